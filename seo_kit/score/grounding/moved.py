"""The check ``moved`` (see ``attach`` for how clauses are read): a date, number, duration or
place that the source sentence ties to one clause, put into another clause of that sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.attach import Scene

__all__ = ["moved_reasons"]

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
