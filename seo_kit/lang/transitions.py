"""Does a sentence hold a transition word? Single words, phrases and two-part transitions.

The lists are ``{lang}_transitions.txt`` (see data/README.md). Entries are written in full; the
forms a French writer elides are derived here from ``fr.ELIDABLE`` (lorsque → lorsqu’, parce
que → parce qu’, même si → même s’, à l’aide de → à l’aide d’), so "Lorsqu’il", "Puisqu’elle"
and "Parce qu’on" are found. A two-part transition counts when both parts are in the sentence,
in either order and without overlapping (soit … soit needs two "soit"), as Yoast counts them.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise, product

from seo_kit.lang import en, fr
from seo_kit.lang._data import load_lines

__all__ = ["TransitionIndex", "is_transition", "transition_index"]

_ELIDABLE = {"fr": fr.ELIDABLE, "en": en.ELIDABLE}


def _variants(tokens: tuple[str, ...], elidable: dict[str, str]) -> set[tuple[str, ...]]:
    """The phrase and every form with some of its elidable words elided."""
    choices = [(t, elidable[t]) if t in elidable else (t,) for t in tokens]
    return set(product(*choices))


class TransitionIndex:
    """Single words, phrases by their first two tokens, and two-part transitions (with their
    elided variants), built once per language."""

    def __init__(self, lang: str, split_elisions) -> None:
        elidable = _ELIDABLE[lang]
        self.single: set[str] = set()
        self.by_start: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self.pairs: list[tuple[set[tuple[str, ...]], set[tuple[str, ...]]]] = []
        for line in load_lines(f"{lang}_transitions.txt"):
            if "…" in line:
                first, second = (split_elisions(p.split()) for p in line.split("…", 1))
                self.pairs.append((_variants(first, elidable), _variants(second, elidable)))
                continue
            for phrase in _variants(split_elisions(line.split()), elidable):
                if len(phrase) == 1:
                    self.single.add(phrase[0])
                else:
                    self.by_start.setdefault(phrase[:2], []).append(phrase)
        self.starts = frozenset(self.by_start)
        # The words a phrase holds must all stand in a sentence before its positions are
        # compared: one set test in C ("de la", "d’ … de" start many French sentences, their
        # phrases' other words stand in few).
        self.words_of = {phrase: frozenset(phrase)
                         for phrases in self.by_start.values() for phrase in phrases}
        self.pair_words = [tuple({frozenset(p) for p in part} for part in pair)
                           for pair in self.pairs]
        # the two-part transitions a sentence may hold, by a token their first part starts with
        self.pairs_by_head: dict[str, list[int]] = {}
        for number, (first, _) in enumerate(self.pairs):
            for head in {p[0] for p in first if p}:
                self.pairs_by_head.setdefault(head, []).append(number)


@cache
def transition_index(lang: str) -> TransitionIndex:
    from seo_kit.lang import split_elisions

    return TransitionIndex(lang, split_elisions)


def _spans(tokens: tuple[str, ...], phrases: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    found = [(i, i) for i in range(len(tokens))] if () in phrases else []
    heads = {phrase[0] for phrase in phrases if phrase}
    for i, token in enumerate(tokens):
        if token in heads:  # most tokens start no phrase: no slice to compare
            for phrase in phrases:
                if phrase and tokens[i:i + len(phrase)] == phrase:
                    found.append((i, i + len(phrase)))
    return found


def _holds_any(present: set[str], word_sets) -> bool:
    return any(map(present.issuperset, word_sets))


def is_transition(tokens: tuple[str, ...], lang: str) -> bool:
    """True when the lowercased tokens hold a transition word, phrase or two-part transition."""
    index = transition_index(lang)
    if not index.single.isdisjoint(tokens):
        return True
    present = set(tokens)
    # A phrase starts at one of its first two tokens' pairs: the sentence's pairs are looked up
    # in C, then only the phrases whose words all stand in it are compared by position.
    for start in index.starts.intersection(pairwise(tokens)):
        phrases = [p for p in index.by_start[start] if present.issuperset(index.words_of[p])]
        if phrases and any(tokens[i:i + len(p)] == p for i in range(len(tokens) - 1)
                           if (tokens[i], tokens[i + 1]) == start for p in phrases):
            return True
    for number in {n for head in present.intersection(index.pairs_by_head)
                   for n in index.pairs_by_head[head]}:
        first_words, second_words = index.pair_words[number]
        if not (_holds_any(present, first_words) and _holds_any(present, second_words)):
            continue  # cheap test before the search
        first, second = index.pairs[number]
        a_spans, b_spans = _spans(tokens, first), _spans(tokens, second)
        if any(a_end <= b_start or b_end <= a_start
               for a_start, a_end in a_spans for b_start, b_end in b_spans):
            return True
    return False
