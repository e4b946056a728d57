"""The check ``moved`` (see ``attach`` for how clauses are read): a date, number, duration or
place that the source sentence ties to one clause, put into another clause of that sentence;
and, inside the phrases of one sentence (``phrase_moved_reasons``), a name or nationality given
to another noun than the one the source sentence gives it to, where that sentence gives this noun
another name ("les munitions nord-coréennes" and "un projet russe" for "un projet nord-coréen
… les munitions russes"; "la visite de Kim en Ukraine" for "la guerre avec l'Ukraine … la
visite de Kim en Russie").
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.attach import Scene

__all__ = ["moved_reasons", "noun_pairs", "phrase_moved_reasons"]

_QUALIFY = ("amod", "nmod")


def noun_pairs(tokens, name_of: dict[int, str]) -> frozenset[tuple[str, str]]:
    """(name, noun or verb lemma) for each name token (a run of names counts as its head) that
    qualifies a common noun as an adjective or a complement ("munitions russes", "visite de Kim
    en Russie", "le porte-parole du Conseil … de la Maison Blanche": every token of the run),
    or is an oblique of a verb ("épuisées par sa guerre avec l'Ukraine": épuiser)."""
    from seo_kit.score.grounding.words import key

    found = set()
    for t in tokens:
        if t.i not in name_of:
            continue
        u = t
        while u.head.i != u.i and u.head.i in name_of:
            u = u.head
        if any(c.dep_ == "nummod" for c in u.head.children):
            continue  # "six jours en Russie": a counted noun's complement is read too loosely
        if u.dep_.split(":")[0] in _QUALIFY and u.head.pos_ == "NOUN" or (
                u.dep_.startswith("obl") and u.head.pos_ == "VERB"):
            found.add((name_of[t.i], key(u.head.lemma_)))
    return frozenset(found)


def _same_name(a: str, b: str) -> bool:
    from seo_kit.score.grounding.words import name_held

    return a == b or name_held(a, frozenset([b])) or name_held(b, frozenset([a])) or (
        a in b.split("-") or b in a.split("-"))  # "Nord" and "nord-coréen"


def phrase_moved_reasons(v: Analysis, parts: Sequence[Analysis],
                         source: Sequence[Analysis]) -> list[Reason]:
    """A name that qualifies a noun here, where a sentence of the supporting passage
    (``parts``) that has the name gives it to another noun and gives this noun another name,
    which this sentence does not give it; and no ``source`` sentence gives the name to this
    noun (see the module docstring)."""
    for name, noun in sorted(v.qualifies):
        if any((x, noun) in s.qualifies for s in source for x, _ in s.qualifies
               if _same_name(x, name)):
            continue
        moved = None
        verb = noun in {f.lemma for f in v.frames} | {side.verb for side in v.sides}
        for s in parts:
            mine = [n for x, n in s.qualifies if _same_name(x, name)]
            if not mine or (verb and set(mine) & v.lemmas):
                continue  # "a souligné le soutien à Moscou": the verb or the noun, as parsed
            rivals = sorted(x for x, n in s.qualifies if n == noun and not _same_name(x, name)
                            and not any(_same_name(x, y) for y, m in v.qualifies if m == noun))
            if rivals and moved is None:
                moved = (rivals[0], mine[0])
        if moved:
            rival, home = moved
            return [Reason("moved", f"{name!r} is said of '{noun}' here; its source sentence "
                                    f"says it of '{home}' and says {rival!r} of '{noun}'")]
    return []

def _ambiguous(s: Analysis) -> frozenset[str]:
    """Name tokens of two different names written in ``s`` ("Sergueï" of "Sergueï Lavrov" and
    "Sergueï Choïgu"): they tell no one apart."""
    seen: dict[str, set[frozenset[str]]] = {}
    for run in s.runs:
        for token in run:
            seen.setdefault(token, set()).add(run)
    return frozenset(t for t, found in seen.items() if len(found) > 1)


def _overlap(mine: frozenset[str], theirs: frozenset[str], half: frozenset[str]) -> float:
    return sum(0.5 if k in half else 1.0 for k in mine & theirs)


def _holds(scene: Scene, fact: str) -> bool:
    if fact in scene.facts:
        return True
    kind, _, value = fact.partition(":")
    plain = value.partition("~")[0]
    return kind == "number" and any(f.startswith("number:") and f[7:].partition("~")[0] == plain
                                    for f in scene.facts)


def _shown(scene: Scene) -> str:
    said = ", ".join(sorted(scene.mentions)[:5])
    return f"'{scene.verb}' ({said})" if scene.verb else f"({said})"


def moved_reasons(v: Analysis, source: Sequence[Analysis], lang: str) -> list[Reason]:
    """A fact of a clause of ``v`` that a source sentence ties to another clause than the one
    this clause says (see the module docstring), and that no source sentence ties to it. The
    clause of a verb of saying is no other clause: what is said is not the saying."""
    from seo_kit.score.grounding.claims import is_reporting

    margin = 1.0 if all(sc.parsed for sc in v.scenes) else 2.0  # no parse: every word counts
    for mine in v.scenes:
        if not mine.verb and margin == 1.0:
            continue  # the parse found no verb: nothing to say of what the fact is tied to
        for fact in sorted(mine.facts):
            value = fact.partition(":")[2]
            said = mine.mentions - {value}
            if not said:
                continue
            home, moved = False, None
            for s in source:
                holding = [sc for sc in s.scenes if _holds(sc, fact)]
                if not holding or (margin == 1.0 and not any(sc.verb for sc in holding)):
                    continue
                half = _ambiguous(s)
                there = max(holding, key=lambda sc: _overlap(said, sc.mentions - {value}, half))
                if mine.verb and there.verb and is_reporting(mine.verb, lang) and \
                        is_reporting(there.verb, lang):
                    home = True  # "… a été annoncée vendredi par la Maison Blanche": the date
                    break  # is the saying's, whatever is said
                at_home = _overlap(said, there.mentions - {value}, half)
                others = [sc for sc in s.scenes if not _holds(sc, fact)
                          and (sc.verb or margin > 1.0) and not is_reporting(sc.verb, lang)]
                best = max(others, default=None,
                           key=lambda sc: _overlap(said, sc.mentions - {value}, half))
                gain = _overlap(said, best.mentions - {value}, half) if best else 0.0
                # the other clause wins by a name of its own (Lavrov for Choïgu), or the fact's
                # own clause shares nothing with this one (the pandemic for the border closure)
                # A clause is known by its subject: the other clause holds this clause's subject
                # and the fact's own clause does not, by a name of its own (Lavrov for
                # Choïgu), or the fact's clause shares nothing with this one and the other
                # holds its subject or two of its mentions (the pandemic for the border closure)
                own = mine.subject - there.mentions
                named = v.names & own & best.mentions if best else frozenset()
                rival = best is not None and (bool(own & best.mentions) or gain >= 2.0)
                if gain >= at_home + margin and ((at_home == 0 and rival) or named
                                                 or margin > 1.0):
                    moved = moved or (there, best)
                elif at_home > 0:
                    home = True
                    break
            if moved and not home:
                there, best = moved
                shown = value.partition("~")[0]
                return [Reason("moved", f"{shown!r} belongs to another clause of its source "
                                        f"sentence: {_shown(there)}, not {_shown(best)}, the "
                                        f"clause this sentence gives it to")]
    return []
