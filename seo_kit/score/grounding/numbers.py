"""Numbers swapped within one sentence: every number of the variant is in the source sentence,
but tied to the other's place ("53 % … sur les entreprises et 47 % sur les ménages" for "53 % …
sur les ménages et 47 % sur les entreprises"; "0,7 % au lieu de 0,3 %" for "0,3 % (au lieu de
0,7 %)"). Read from the text alone (both pipelines), in three ways:

    pairs     two numbers joined by a marker of comparison: "X au lieu de Y", "X contre Y",
              "X instead of Y", "X, up from Y" (X the new value), "de X à Y", "from X to Y"
              (Y the new one). A pair the source writes the other way round is a swap.
    segments  the stretches between commas, brackets and coordinators ("et", "and", "while"),
              a stretch holding nothing but a number joined to the one before ("(au lieu de
              0,7 %)" says nothing of its own). A number is misplaced when its segment shares
              no word (stems of five letters, other numbers) with its own source segment and
              some with the source segment of another number — one this sentence writes in
              another segment —, words of both source segments left out ("samples"); a year
              alone between commas ("…, en mai 2011, …") is a date adjunct, placed nowhere.
    units     two numbers each written before the other's noun ("8 ordinateurs dans 52
              bureaux" for "52 ordinateurs dans 8 bureaux").
Only numbers present in both sentences are compared: a number the source lacks is the
``number`` reason's job already. Written for news prose; measured on bench/grounding.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.words import digit_numbers, function_words, key

__all__ = ["swapped_number", "swapped_reasons"]

# A comma between two digits is inside a number ("50,000", "0,7 %"), not between stretches.
_SPLIT = {
    "fr": r"(?<!\d),|,(?!\d)|[;:()\[\]]|\b(?:et|mais|alors que|tandis que)\b",
    "en": r"(?<!\d),|,(?!\d)|[;:()\[\]]|\b(?:and|but|while|whereas)\b",
}
# Markers of comparison: before the old value ("X au lieu de Y": X is new) or, with "de"/"from"
# before the first number, before the new one ("de X à Y").
_OLD_NEXT = {"fr": r"(?:au lieu d[e'’]|contre|plutôt que|comparé à)\s*$",
             "en": r"(?:instead of|compared (?:with|to)|versus|vs\.?|from|rather than)\s*\$?\s*$"}
_NEW_NEXT = {"fr": r"\bà\s*$", "en": r"\bto\s*\$?\s*$"}
_ELLIPTIC = {"fr": r"\s*(?:au lieu d[e'’]|contre|plutôt que|comparé à)",
             "en": r"\s*(?:instead of|compared (?:with|to)|versus|vs\.?|up from|down from|"
                   r"rather than)\b"}
_FROM = {"fr": r"\bde\s*$", "en": r"\bfrom\s*\$?\s*$"}
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class _Segment:
    numbers: frozenset[str]  # every number of the stretch, an elliptic tail's included
    words: frozenset[str]
    head: frozenset[str]  # the numbers of its own words (not "contre 95 %" joined to it)


def _segments(text: str, lang: str) -> list[_Segment]:
    """Stretches between commas, brackets and coordinators; one that starts with a marker of
    comparison ("contre 95 % actuellement") or holds only a number is the one before's, unless
    that number is a year ("Deux mois plus tard, en mai 2011, …": a date adjunct, its own
    stretch without words, which places it nowhere)."""
    fw = function_words(lang)
    found: list[_Segment] = []
    for part in re.split(_SPLIT[lang], text, flags=re.IGNORECASE):
        if not part or not part.strip():
            continue
        numbers = frozenset(v for _, v in digit_numbers(part, lang))
        words = frozenset(key(w)[:5] for w in _WORD.findall(part)
                          if len(w) > 3 and key(w) not in fw)
        elliptic = re.match(_ELLIPTIC[lang], part, re.IGNORECASE)
        dated = not words and any(v.isdigit() and 1000 <= int(v) <= 2100 for v in numbers)
        if found and numbers and (not words or elliptic) and not (dated and not elliptic):
            last = found.pop()
            found.append(_Segment(last.numbers | numbers, last.words, last.head))
        elif numbers or words:
            found.append(_Segment(numbers, words, numbers))
    return found


def _units(text: str, lang: str) -> dict[str, str]:
    """Number → the stem of the content word right after it ("52 ordinateurs": "ordin"), for
    the numbers written once with such a word."""
    fw = function_words(lang)
    values = dict(digit_numbers(text, lang))
    found: dict[str, list[str]] = {}
    for m in _NUMBER.finditer(text):
        if m.start() not in values:
            continue
        after = _WORD.findall(text[m.end():m.end() + 40])[:1]
        if after and len(after[0]) > 3 and key(after[0]) not in fw:
            found.setdefault(values[m.start()], []).append(key(after[0])[:5])
    return {n: words[0] for n, words in found.items() if len(set(words)) == 1}


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    """(new, old) for two numbers of one unit (the word after them: "%", "millions") joined by a
    marker of comparison."""
    values = dict(digit_numbers(text, lang))
    spans = [(m.start(), m.end()) for m in _NUMBER.finditer(text) if m.start() in values]
    unit = {start: (text[end:].split() or [""])[0].strip(".,;:()").lower()
            for start, end in spans}
    found = set()
    for k, (b_start, _) in enumerate(spans):
        before = text[max(0, b_start - 30):b_start].lower()
        old_next = re.search(_OLD_NEXT[lang], before)
        new_next = re.search(_NEW_NEXT[lang], before)
        if not (old_next or new_next):
            continue
        a_start = next((a for a, _ in reversed(spans[:k]) if unit[a] == unit[b_start]), None)
        if a_start is None or b_start - a_start > 80:
            continue
        a, b = values[a_start], values[b_start]
        if old_next:
            found.add((a, b))
        elif re.search(_FROM[lang], text[max(0, a_start - 12):a_start].lower()):
            found.add((b, a))  # "de 1,7 % à 1,2 %": 1,2 is the new value
    return found


def swapped_number(sentence: str, source: str, lang: str) -> str | None:
    """A number of ``sentence`` that the source sentence ``source`` ties to another number's
    place (see the module docstring), or None."""
    mine = {v for _, v in digit_numbers(sentence, lang)}
    theirs = {v for _, v in digit_numbers(source, lang)}
    shared = mine & theirs
    if len(shared) < 2:
        return None
    source_pairs = _pairs(source, lang)
    for new, old in _pairs(sentence, lang):
        if {new, old} <= shared and (old, new) in source_pairs and (new, old) not in \
                source_pairs:
            return new
    mine_units, their_units = _units(sentence, lang), _units(source, lang)
    for n in sorted(shared):
        unit = mine_units.get(n)
        if unit and their_units.get(n) and unit != their_units[n] and any(
                their_units.get(m) == unit for m in shared - {n}):
            return n  # "8 ordinateurs dans 52 bureaux" for "52 ordinateurs dans 8 bureaux"
    segments = _segments(source, lang)
    for seg in _segments(sentence, lang):
        for n in seg.head & shared:
            items = seg.words | (seg.head - {n})
            own = [s for s in segments if n in s.numbers]
            if own and not any(s.words for s in own):
                continue  # "…, en mai 2011, …": a date alone in its stretch is placed nowhere
            # a rival: the source stretch of a number this sentence writes in another stretch
            rivals = [s for s in segments if n not in s.numbers and (s.numbers & shared)
                      - seg.numbers]
            common = frozenset().union(*(s.words for s in own)) & frozenset().union(
                *(s.words for s in rivals)) if own and rivals else frozenset()
            if own and not any(items & (s.words | s.numbers) - common - {n} for s in own) and \
                    any(items & (s.words | s.numbers) - common for s in rivals):
                return n
    return None


def swapped_reasons(v: Analysis, parts: list[Analysis], lang: str) -> list[Reason]:
    """Two numbers of one source sentence, each put in the other's place (``numbers``)."""
    for p in parts:
        if len(v.numbers & p.numbers) > 1:
            found = swapped_number(v.text, p.text, lang)
            if found:
                return [Reason("number", f"{found} takes another number's place in the source "
                                         "sentence")]
    return []
