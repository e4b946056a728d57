"""What a date, number, duration or place is said of: a check that compares one clause of the
variant with the clauses of ONE source sentence (``senses`` checks a verb's reflexive pronoun).

    moved      a date, number, duration or place that the source sentence ties to one clause
               (its verb and the people and things it is about), put into a clause of the
               variant that the same source sentence says elsewhere, without it: "le ministre
               de la Défense Choïgu s'est rendu en Corée du Nord en juillet" (in a sentence
               whose main clause is "Lavrov est arrivé mercredi en Corée du Nord") does not
               say "En juillet, Lavrov arrive en Corée du Nord"; "la pandémie, au cours de
               laquelle la Corée du Nord a imposé des contrôles … pendant plus de trois ans"
               does not say "la pandémie, qui a duré plus de trois ans".

A clause (``Scene``) is a verb (or a copular predicate, or the root) with what hangs on it in
the dependency parse: its ``mentions`` (the names and common nouns of the clause; a relative
pronoun brings its antecedent, a coordinated verb or an infinitive without a subject the
subject of the verb it depends on) and its ``facts`` (dates, numbers, durations, and names after
a preposition of place). Without a parse (the English rules) a clause is a stretch between
commas and conjunctions (``rules._parts``). A fact is *moved* when, in a source sentence that
holds it, the variant clause's mentions match another clause better (by at least one
mention) than every clause holding the fact, and no source sentence has it at home. A first
name shared by two people of the sentence ("Sergueï" Lavrov and "Sergueï" Choïgu) counts half.
Measured on bench/grounding.py's dev split (no threshold besides "better by one mention").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seo_kit.score.grounding.analysis import Analysis, Reason

__all__ = ["Scene", "mention_of", "moved_reasons", "parsed_scenes", "rule_scenes", "scene_head"]

_RELATIVE = frozenset(["qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which",
                       "that"])
_PLACE_CASES = frozenset(["en", "a", "au", "aux", "dans", "vers", "depuis", "pres", "chez",
                          "in", "at", "to", "from", "near", "into"])
_TIME_UNITS = frozenset(["an", "annee", "mois", "semaine", "jour", "heure", "minute", "siecle",
                         "decennie", "year", "month", "week", "day", "hour", "decade",
                         "century"])
_SELON = frozenset(["selon", "apres", "according"])


@dataclass(frozen=True)
class Scene:
    """One clause: its verb (folded lemma, "" when the clause has none), the names and nouns
    it mentions, and the facts tied to it ("date:month:7", "number:3~an", "name:coree")."""
    verb: str
    mentions: frozenset[str]
    facts: frozenset[str]
    parsed: bool = True  # False: a stretch between commas (no parse), every word a mention
    subject: frozenset[str] = frozenset()  # the mentions of its subject (a relative: antecedent)


def scene_head(token):
    """The clause ``token`` belongs to: the verb above it (itself included), else a predicate
    with a copula, else the root; an infinitive and a coordinated verb without its own subject
    belong to the clause they depend on ("a rencontré Poutine et inspecté des avions")."""
    t = token
    for _ in range(24):
        if t.head.i == t.i:
            break
        if t.pos_ == "VERB" or any(c.dep_ == "cop" for c in t.children):
            own = any(c.dep_.startswith("nsubj") for c in t.children)
            if t.dep_ == "xcomp" or (t.dep_ == "conj" and not own):
                t = t.head
                continue
            return t
        t = t.head
    if t.head.i == t.i and t.pos_ != "VERB" and not any(c.dep_ == "cop" for c in t.children):
        # a second root the small parser made of an adjunct ("a accompagné Poutine | lors
        # d'une visite à Pékin"): the adjunct belongs to the verbal root before it
        return next((r for r in reversed(t.doc[:t.i]) if r.head.i == r.i and r.pos_ == "VERB"),
                    t)
    return t


def _place(token, head, key) -> bool:
    """A name after a preposition of place in its clause ("en Corée", "au cosmodrome de
    Vostochny", "40 salariés à Lille"), not in the subject nor after "de" or "selon" alone."""
    t = token
    for _ in range(12):
        if t.i == head.i or t.dep_.startswith(("nsubj", "appos")):
            return False
        if any(c.dep_ == "case" and key(c.text) in _PLACE_CASES for c in t.children):
            return True
        t = t.head
    return False


def mention_of(t, name_of: dict[int, str], lang: str, fw: frozenset[str]) -> str:
    """The folded name or common noun that token ``t`` mentions in its clause, or "": not a
    number, a date, the unit of a duration ("trois ans") nor who says it ("selon la Maison
    Blanche": the speaker, not what the clause is about)."""
    from seo_kit.score.grounding.words import date_of, key

    unit = t.pos_ == "NUM" or (key(t.lemma_) in _TIME_UNITS and any(
        c.dep_ == "nummod" for c in t.children))
    phrase = t
    for _ in range(6):  # up the noun phrase: "selon l'agence Tass", "d'après son complice"
        if any(key(c.text) in _SELON for c in phrase.children if c.dep_ == "case"):
            return ""
        if phrase.head.i == phrase.i or phrase.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        phrase = phrase.head
    if t.i in name_of:
        return name_of[t.i]
    if t.pos_ in ("NOUN", "PROPN") and not unit and not date_of(t.text, lang) \
            and len(t.text) > 1 and key(t.lemma_) not in fw and not t.text[0].isdigit():
        return key(t.lemma_)
    return ""


def parsed_scenes(tokens, name_of: dict[int, str], keyed: dict[int, set[str]], lang: str,
                  fw: frozenset[str]) -> tuple[Scene, ...]:
    """The clauses of a spaCy parse (``name_of``: token index → folded name; ``keyed``: token
    index → its fact keys, as ``frames.from_doc`` builds them)."""
    from seo_kit.score.grounding.tokens import preverbal_subjects, verb_lemma
    from seo_kit.score.grounding.words import key

    by_index = {t.i: t for t in tokens}
    preverbal = preverbal_subjects(tokens)
    head_of = {t.i: scene_head(preverbal.get(t.i, t)) for t in tokens}
    mentions: dict[int, set[str]] = {}
    facts: dict[int, set[str]] = {}
    subject: dict[int, set[str]] = {}
    for t in tokens:
        h = head_of[t.i]
        mentions.setdefault(h.i, set())
        facts.setdefault(h.i, set()).update(
            f for f in keyed.get(t.i, ()) if not f.startswith("name:") or _place(t, h, key))
        mention = mention_of(t, name_of, lang, fw)
        if not mention:
            continue
        mentions[h.i].add(mention)
        if _in_subject(t, h) or t.i in preverbal:
            subject.setdefault(h.i, set()).add(mention)
    for t in tokens:
        h = head_of[t.i]
        if t.dep_.startswith("nsubj") and t.head.i == h.i and key(t.text) in _RELATIVE \
                and h.dep_.startswith("acl"):
            # "la pandémie, qui a duré": the antecedent, and the noun just before the pronoun
            before = next((u for u in reversed(tokens) if u.i < t.i
                           and u.pos_ in ("NOUN", "PROPN")), None)
            for noun in {h.head, *([before] if before is not None else [])}:
                mentions[h.i].add(name_of.get(noun.i, key(noun.lemma_)))
                subject.setdefault(h.i, set()).add(name_of.get(noun.i, key(noun.lemma_)))
        if h.dep_.startswith("acl") and h.i == t.i and h.head.i in head_of:
            # "une visite à Pékin qui a souligné …", "la finale en 1998 où les Tricolores …":
            # the antecedent's places and dates are the relative clause's too
            facts[h.i] |= {f for c in (h.head, *h.head.children)
                           if c.i == h.head.i or c.dep_.startswith("nmod")
                           for f in keyed.get(c.i, ()) if _kind(f) == "date"
                           or (f.startswith("name:") and _place(c, head_of[h.head.i], key))}
        if t.lower_ in ("où", "where") and t.head.i == h.i:
            # "il migra vers TF1 où il fut associé à Larqué": the place is the relative's too
            ante = next((u for u in reversed(tokens) if u.i < t.i), None)
            if ante is not None and head_of[ante.i].i != h.i:
                facts[h.i] |= {f for f in keyed.get(ante.i, ()) if _kind(f) == "date" or (
                    f.startswith("name:") and _place(ante, head_of[ante.i], key))}
    for t in tokens:  # a verb without a subject shares the subject of the verb it depends on
        if t.pos_ == "VERB" and t.i in mentions and t.i not in subject and t.dep_ in (
                "conj", "xcomp") and head_of[t.head.i].i in subject:
            mentions[t.i] |= subject[head_of[t.head.i].i]
            subject[t.i] = set(subject[head_of[t.head.i].i])
    for t in tokens:  # an adverbial clause and its main clause share what only one of them
        # dates or places ("s'est rendu en Russie en septembre, lorsqu'il a rencontré Poutine":
        # September is the meeting's too; not "en mai, après que le conseil a voté … en mars")
        if t.i in facts and t.dep_ == "advcl" and head_of[t.head.i].i != t.i:
            main = head_of[t.head.i].i
            for kind in ("date", "name"):
                sub_has = {f for f in facts[t.i] if _kind(f) == kind}
                main_has = {f for f in facts[main] if _kind(f) == kind}
                if not sub_has:
                    facts[t.i] |= main_has
                elif not main_has:
                    facts[main] |= sub_has
    return tuple(Scene(verb_lemma(by_index[i], lang) if by_index[i].pos_ == "VERB" else
                       "etre" if any(c.dep_ == "cop" for c in by_index[i].children) else "",
                       frozenset(mentions[i]), frozenset(facts[i]),
                       subject=frozenset(subject.get(i, ())))
                 for i in sorted(mentions) if mentions[i] or facts[i])


def _kind(fact: str) -> str:
    """"date" for a date or a year ("number:1948"), else "number" or "name"."""
    kind, _, value = fact.partition(":")
    return "date" if kind == "number" and value.isdigit() and 1000 <= int(value) <= 2100 \
        else kind


def _in_subject(token, head) -> bool:
    t = token
    for _ in range(12):
        if t.i == head.i:
            return False
        if t.dep_.startswith("nsubj") and t.head.i == head.i:
            return True
        t = t.head
    return False


def rule_scenes(parts: Sequence[frozenset[str]], lang: str) -> tuple[Scene, ...]:
    """Clauses without a parse: each part of ``rules._parts`` (a stretch between commas and
    conjunctions), its content words and names as mentions (not a month or a weekday: a date is
    a fact), its dates and numbers as facts."""
    from seo_kit.score.grounding.words import date_of

    found, carried = [], frozenset()
    for part in parts:
        part = part | carried
        said = frozenset(it.partition(":")[2] for it in part if it.startswith(("w:", "name:"))
                         and not date_of(it.partition(":")[2], lang))
        if len(said) < 2:  # "In 2015, the centre withdrew …": the date opens the next part
            carried = part
            continue
        carried = frozenset()
        found.append(Scene("", said, frozenset(it for it in part
                                               if it.startswith(("date:", "number:"))), False))
    return tuple(found)


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
