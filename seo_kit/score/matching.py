"""Keyphrase matching the way Yoast matches it (yoastseo 3.6, free package, no morphology).

- The keyphrase is lowercased and split on spaces, en dashes and hyphens; function words are removed
  (unless nothing would be left). Each remaining content word is matched on its own.
- A word matches when it stands between Yoast's word boundaries: spaces, punctuation, « », and an
  apostrophe before it (so "agence" is found in "l’agence"). Case does not matter, and the word
  without its accents also matches (Yoast's transliteration).
- A keyphrase in double quotes is matched as one exact phrase.
- In running text, matching is per sentence: a sentence holds the keyphrase when it holds every
  content word, and counts min(occurrences) times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from seo_kit.lang import split_elisions
from seo_kit.text.fold import fold
from seo_kit.text.tokens import PUNCTUATION, match_tokens, normalise_quotes, separate_symbols

__all__ = [
    "Topic",
    "build_topic",
    "content_words",
    "count_form_in_text",
    "count_topic_in_tokens",
    "function_words",
    "keyphrase_tokens",
    "match_percentage",
    "matching_text",
    "normalise_quotes",
    "reflects_topic",
    "sentence_counts",
    "transliterate",
]

_DOUBLE_QUOTES = "“”〝〞〟‟„\"「」『』"
# addWordboundary.js: characters that may stand around a word.
# Word boundaries by Unicode category, not a list (Yoast's addWordboundary lists the characters):
# any character that is not a letter, a digit or a mark. A word may start after an apostrophe
# (l’agence) and end before one, or before the English possessive ’s / 's (the hero’s).
_APOSTROPHES = "'‘’‛`"
_BOUNDARY = f"(?:(?![{_APOSTROPHES}])[\\W_])"
_START = r"(?:^|[\W_])"
_END = f"(?:$|{_BOUNDARY}|[{_APOSTROPHES}]s?(?:$|{_BOUNDARY}))"
_KEYPHRASE_SPLIT = re.compile(r"[\s\u2013\-]+")


def strip_punctuation(word: str) -> str:
    """Punctuation removed from both ends of a word (Yoast's removePunctuation)."""
    return word.strip(PUNCTUATION)


def transliterate(word: str) -> str:
    """Accents and ligatures removed: "corée" → "coree", "cœur" → "coeur"."""
    return fold(word)


@lru_cache(maxsize=4)
def function_words(lang: str) -> frozenset[str]:
    from seo_kit.lang import resources  # helper A's package; imported late to keep import light

    words = {w.lower() for w in resources(lang).function_words}
    return frozenset(words | {w.replace("’", "'") for w in words})


@lru_cache(maxsize=4096)
def word_regex(form: str) -> re.Pattern:
    return re.compile(_START + re.escape(form) + _END, re.IGNORECASE)


def _is_double_quoted(phrase: str) -> bool:
    return len(phrase) >= 2 and phrase[0] in _DOUBLE_QUOTES and phrase[-1] in _DOUBLE_QUOTES


def keyphrase_tokens(phrase: str) -> list[str]:
    """The keyphrase's words: lowercase, split on spaces, en dashes and hyphens as Yoast splits
    them, and on elisions as the text is ("huile d’olive" → huile, d’, olive: the clitic is a
    function word, so "olive" is matched on its own, in the text and in a slug alike). An English
    possessive is dropped ("hero’s" → hero): every check then finds hero, hero’s and hero's."""
    words = (strip_punctuation(w)
             for w in _KEYPHRASE_SPLIT.split(separate_symbols(phrase).lower().strip()))
    words = (w[:-2] if len(w) > 3 and w[-2:] in ("’s", "'s") else w for w in words if w)
    return [w for w in split_elisions(words) if w]


def content_words(phrase: str, lang: str) -> list[str]:
    """Keyphrase words without function words; all words when only function words are left."""
    words = keyphrase_tokens(phrase)
    fw = function_words(lang)
    content = [w for w in words if w not in fw]
    return content or words


@dataclass(frozen=True)
class Topic:
    """A keyphrase (or synonym) ready for matching: one tuple of accepted forms per content word."""

    phrase: str
    exact: bool
    forms: tuple[tuple[str, ...], ...]
    only_function_words: bool = False

    def __bool__(self) -> bool:
        return bool(self.forms)

    @property
    def length(self) -> int:
        return len(self.forms)


def _forms(word: str) -> tuple[str, ...]:
    word = normalise_quotes(word)
    plain = transliterate(word)
    return (word,) if plain == word else (word, plain)


def build_topic(phrase: str | None, lang: str) -> Topic:
    phrase = (phrase or "").strip()
    if not phrase:
        return Topic("", False, ())
    if _is_double_quoted(phrase):
        inner = phrase[1:-1].strip().lower()
        return Topic(phrase, True, (_forms(inner),) if inner else ())
    words = keyphrase_tokens(phrase)
    fw = function_words(lang)
    content = [w for w in words if w not in fw]
    only_fw = bool(words) and not content
    return Topic(phrase, False, tuple(_forms(w) for w in (content or words)), only_fw)


def matching_text(text: str) -> str:
    """``text`` as forms are looked for in it: quotes normalised, symbols separated, lowercase.
    Worked out once per text by the callers that look for several words in it."""
    return separate_symbols(normalise_quotes(text)).lower()


def count_form_in_text(text: str, forms: tuple[str, ...], *, prepared: bool = False) -> int:
    """Occurrences of any form in a string (Yoast's matchTextWithArray over unique forms);
    ``prepared``: ``text`` is already ``matching_text`` of the string."""
    lowered = text if prepared else matching_text(text)
    total = 0
    for form in dict.fromkeys(forms):
        if form in lowered:
            total += len(word_regex(form).findall(lowered))
    return total


def match_percentage(topic: Topic, text: str, *, prepared: bool = False) -> int:
    """Share of the topic's content words found anywhere in ``text``, rounded (0–100);
    ``prepared`` as for ``count_form_in_text``."""
    if not topic:
        return 0
    lowered = text if prepared else matching_text(text)
    found = sum(1 for forms in topic.forms if count_form_in_text(lowered, forms, prepared=True))
    return round(found / topic.length * 100 + 1e-9)


def best_match_percentage(topics: list[Topic], text: str) -> int:
    """findTopicFormsInString with synonyms: the keyphrase unless a synonym matches better."""
    lowered = matching_text(text)
    return max((match_percentage(t, lowered, prepared=True) for t in topics if t), default=0)


def reflects_topic(topics: list[Topic], heading: str, lang: str) -> bool:
    """Whether a subheading "reflects the topic" as Yoast's subheadingsKeyword counts it
    (researches/matchKeywordInSubheadings.js): more than half of a topic's content words
    (each in its exact forms, anywhere in the heading) where ``lang`` has function words, all of
    them where it has none. "Seed vault" is reflected by "The vault holds 4.5 million seed
    samples", not by "Crop Trust funds the vault"."""
    share = best_match_percentage(topics, heading)
    return share > 50 if function_words(lang) else share == 100


def _token_matches(token: str, form: str) -> bool:
    return form in token and (token == form or word_regex(form).search(token) is not None)


def count_word_in_tokens(tokens: tuple[str, ...], forms: tuple[str, ...],
                         joined: str | None = None) -> int:
    """How many of ``tokens`` match one of ``forms`` (each form counted on its own);
    ``joined``: ``" ".join(tokens)`` when the caller has it."""
    joined = " ".join(tokens) if joined is None else joined
    total = 0
    for form in forms:
        if form not in joined:
            continue
        exact = tokens.count(form)
        # a form without a space stands within tokens: when the joined tokens hold it exactly
        # as often as tokens equal to it, no other token holds it and the count is theirs (in
        # C); a token that holds it among other characters goes through the word pattern
        if " " not in form and joined.count(form) == exact:
            total += exact
        else:
            total += sum(1 for token in tokens if _token_matches(token, form))
    return total


def _count_exact_in_tokens(tokens: tuple[str, ...], phrase: str) -> int:
    wanted = match_tokens(phrase)
    if not wanted:
        return 0
    count, i = 0, 0
    while i <= len(tokens) - len(wanted):
        if all(_token_matches(tokens[i + k], wanted[k]) for k in range(len(wanted))):
            count += 1
            i += len(wanted)
        else:
            i += 1
    return count


def sentence_counts(doc, forms: tuple[str, ...]) -> tuple[int, ...]:
    """``count_word_in_tokens`` of one content word's ``forms`` in each sentence of ``doc``
    (``doc.analysis.match_tokens``), counted once per Document (``Analysis.form_counts``)."""
    memo = doc.analysis.form_counts
    counts = memo.get(forms)
    if counts is None:
        counts = memo[forms] = tuple(map(count_word_in_tokens, doc.analysis.match_tokens,
                                         repeat(forms), doc.analysis.match_texts))
    return counts


def count_topic_in_tokens(topic: Topic, tokens: tuple[str, ...]) -> int:
    """How many times a sentence holds the whole topic: min over content words, 0 if one is missing."""
    if not topic:
        return 0
    if topic.exact:
        return _count_exact_in_tokens(tokens, topic.forms[0][0])
    counts = []
    for forms in topic.forms:
        n = count_word_in_tokens(tokens, forms)
        if n == 0:
            return 0
        counts.append(n)
    return min(counts)


def words_found_in_tokens(topic: Topic, tokens: tuple[str, ...]) -> int:
    """Number of the topic's content words present in a sentence (for keyphrase distribution)."""
    if topic.exact:
        return topic.length if _count_exact_in_tokens(tokens, topic.forms[0][0]) else 0
    return sum(1 for forms in topic.forms if count_word_in_tokens(tokens, forms) > 0)
