"""Yoast's keyphrase checks on the body: introduction, length, density, distribution.

Thresholds and scores are those of yoastseo 3.6 (see research/seo-checks-anchors.md §1).
"""

from __future__ import annotations

import itertools
import math

from seo_kit.score.checks.base import check
from seo_kit.score.context import first_paragraph
from seo_kit.score.counting import js_round
from seo_kit.score.matching import (
    best_match_percentage,
    count_topic_in_tokens,
    function_words,
    sentence_counts,
    words_found_in_tokens,
)

NO_KEYPHRASE = "No focus keyphrase was set: add one to run this check."


@check("introductionKeyword", "seo")
def introduction_keyword(doc, ctx):
    """The keyphrase (or a synonym) in one sentence of the first paragraph: 9; spread over it: 6."""
    if not ctx.topics:
        return 3, None, f"Keyphrase in introduction: {NO_KEYPHRASE}"
    paragraph = first_paragraph(doc)
    if paragraph is None:
        return 3, None, "Keyphrase in introduction: the text has no paragraph."
    topics = list(ctx.topics)
    if any(best_match_percentage(topics, s.text) == 100 for s in paragraph.sentences):
        return 9, "sentence", "Keyphrase in introduction: Well done!"
    if best_match_percentage(topics, paragraph.text) == 100:
        return 6, "paragraph", ("Keyphrase in introduction: Your keyphrase or its synonyms appear "
                                "in the first paragraph, but not within one sentence. Fix that!")
    return 3, "absent", ("Keyphrase in introduction: Your keyphrase or its synonyms do not appear "
                         "in the first paragraph. Make sure the topic is clear immediately.")


@check("keyphraseLength", "seo")
def keyphrase_length(doc, ctx):
    """Content words in the keyphrase: 1–4 good, 5–8 ok, more bad (1–6 / 7–9 without FW list)."""
    if not ctx.has_keyphrase or not ctx.topic:
        return -999, 0, ("Keyphrase length: No focus keyphrase was set for this page. "
                         "Set a keyphrase in order to calculate your SEO score.")
    n = ctx.topic.length
    has_fw = bool(function_words(ctx.lang))
    good_max, ok_max = (4, 8) if has_fw else (6, 9)
    unit = "content words" if has_fw and not ctx.topic.exact else "words"
    if n <= good_max:
        return 9, n, "Keyphrase length: Good job!"
    if n <= ok_max:
        return 6, n, (f"Keyphrase length: The keyphrase contains {n} {unit}. That's more than "
                      f"the recommended maximum of {good_max} {unit}. Make it shorter!")
    return 3, n, (f"Keyphrase length: The keyphrase contains {n} {unit}. That's way more than "
                  f"the recommended maximum of {good_max} {unit}. Make it shorter!")


def keyphrase_count(doc, topic) -> int:
    """Yoast's getKeyphraseCount: Σ over sentences of min(occurrences of each content word)."""
    if not topic or topic.exact:
        return sum(count_topic_in_tokens(topic, tokens) for tokens in doc.analysis.match_tokens)
    # count_topic_in_tokens per sentence, from each word's counts (shared with the other checks)
    return sum(map(min, zip(*(sentence_counts(doc, forms) for forms in topic.forms))))


def density_word_count(doc) -> int:
    """Words for density: the text's word count (one definition of "word" in the report)."""
    return doc.analysis.word_count


def _recommended_count(length: int, density: float, words: int, bound: str) -> int:
    if words == 0:
        return 0
    count = density * words / (100 * (0.7 + length / 3))
    if count < 2:
        return 2
    return math.ceil(count) if bound == "min" else math.floor(count)


def density_score(count: int, words: int, length: int,
                  bounds: tuple[float, float, float] = (0.5, 3, 4)) -> tuple[int, float]:
    """Score and length-weighted density for ``count`` matches in ``words`` words."""
    minimum, maximum, over = bounds
    if words < 100:
        max_count = 2 if words > 50 else 1
        if count == 0:
            return 4, 0.0
        if 1 <= count <= max_count:
            return 9, 0.0
        return (-10 if count == max_count + 1 else -50), 0.0
    density = count / words * 100 * (0.7 + length / 3)
    min_count = _recommended_count(length, minimum, words, "min")
    if count == 0 or 0 <= density < minimum or count == 1:
        return 4, density
    if minimum <= density <= maximum or (count == 2 and min_count <= 2):
        return 9, density
    if maximum < density <= over:
        return -10, density
    return -50, density


@check("keyphraseDensity", "seo")
def keyphrase_density(doc, ctx):
    """Matches per 100 words, weighted by keyphrase length: 0.5–3 good, 3–4 too many, >4 far too many."""
    if not ctx.topic:
        return -50, None, f"Keyphrase density: {NO_KEYPHRASE}"
    count = keyphrase_count(doc, ctx.topic)
    words = density_word_count(doc)
    score, _ = density_score(count, words, ctx.topic.length)
    raw = round(count / words * 100, 2) if words else 0.0
    found = f"The keyphrase was found {count} time{'s' if count != 1 else ''}"
    messages = {
        9: f"Keyphrase density: {found}. This is great!",
        4: f"Keyphrase density: {found} ({raw} %). That's less than the recommended minimum. "
           "Focus on your keyphrase!",
        -10: f"Keyphrase density: {found} ({raw} %). That's more than the recommended maximum. "
             "Don't overoptimize!",
        -50: f"Keyphrase density: {found} ({raw} %). That's way more than the recommended maximum. "
             "Don't overoptimize!",
    }
    return score, raw, messages[score]


@check("functionWordsInKeyphrase", "seo")
def function_words_in_keyphrase(doc, ctx):
    """Feedback (score 0) when the keyphrase holds function words only; otherwise no result."""
    if not ctx.topic or not ctx.topic.only_function_words:
        return None
    return 0, ctx.keyphrase, (f'Function words in keyphrase: Your keyphrase "{ctx.keyphrase}" '
                              "contains function words only (le, de, pour…). Add the words that "
                              "say what the page is about.")


def _words_found(doc, topic) -> list[int]:
    """``words_found_in_tokens`` for each sentence (the words' counts shared with the others)."""
    if topic.exact:
        return [words_found_in_tokens(topic, tokens) for tokens in doc.analysis.match_tokens]
    return [sum(map(bool, counts))
            for counts in zip(*(sentence_counts(doc, forms) for forms in topic.forms))]


def _distraction_percentage(doc, ctx) -> float:
    found_by_topic = [_words_found(doc, topic) for topic in ctx.topics]
    relevant = []
    for i in range(len(doc.analysis.match_tokens)):
        hit = False
        for topic, founds in zip(ctx.topics, found_by_topic, strict=True):
            found = founds[i]
            share = js_round(found / topic.length * 100) if topic.length else 0
            if (topic.length < 4 and share == 100) or (topic.length >= 4 and share >= 50):
                hit = True
                break
        relevant.append(hit)
    n = len(relevant)
    if n < 15:
        return 10.0 if any(relevant) else 100.0
    indices = [-1] + [i for i, hit in enumerate(relevant) if hit] + [n]
    if len(indices) == 2:
        return 100.0
    longest = max(b - a - 1 for a, b in itertools.pairwise(indices))
    return longest / n * 100


@check("keyphraseDistribution", "extra")
def keyphrase_distribution(doc, ctx):
    """(Premium) the longest stretch of sentences without the keyphrase, as a share of all sentences."""
    if not ctx.topics:
        return 1, None, f"Keyphrase distribution: {NO_KEYPHRASE}"
    distraction = _distraction_percentage(doc, ctx)
    value = round(distraction, 1)
    if distraction == 100:
        return 1, value, ("Keyphrase distribution: Please add both a keyphrase and some text "
                          "containing the keyphrase or its synonyms.")
    if distraction > 50:
        return 1, value, ("Keyphrase distribution: Very uneven. Large parts of your text do not "
                          "contain the keyphrase or its synonyms. Distribute them more evenly.")
    if distraction > 30:
        return 6, value, ("Keyphrase distribution: Uneven. Some parts of your text do not contain "
                          "the keyphrase or its synonyms. Distribute them more evenly.")
    return 9, value, "Keyphrase distribution: Good job!"
