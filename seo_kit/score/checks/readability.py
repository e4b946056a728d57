"""Yoast's readability checks (contentAssessor) plus lists and word complexity (Premium, "extra").

Language rules (transition words, passive voice, first-word exceptions, syllables) come from
``seo_kit.lang``; the thresholds are yoastseo 3.6's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import chain

from seo_kit.lang import count_syllables, is_passive, is_transition_sentence, resources
from seo_kit.lang._memo import memo
from seo_kit.score.checks.base import check
from seo_kit.score.context import body_blocks
from seo_kit.score.counting import percentage
from seo_kit.score.matching import function_words
from seo_kit.text.tokens import words_of_chunk


@dataclass(frozen=True)
class Band:
    """Yoast's three bands of one figure: 9 up to ``good``, 6 up to ``ok``, 3 beyond; with
    ``at_least`` the figure should be high instead (9 from ``good`` up, 6 from ``ok`` up)."""

    good: float
    ok: float
    at_least: bool = False

    def score(self, value: float) -> int:
        if self.at_least:
            return 9 if value >= self.good else 6 if value >= self.ok else 3
        return 9 if value <= self.good else 6 if value <= self.ok else 3

    def rate(self, value, great: str, over: str) -> tuple[int, float, str]:
        """A check's result: (score, ``value``, ``great`` when the score is 9, else ``over``)."""
        score = self.score(value)
        return score, value, great if score == 9 else over


# (regular, cornerstone) bands of yoastseo 3.6's readability assessments (SubheadingDistribution
# TooLong, ParagraphTooLong, SentenceLengthInText, TransitionWords, PassiveVoice).
BANDS = {
    "subheadingsTooLong": (Band(300, 350), Band(250, 300)),  # words of the longest section
    "textParagraphTooLong": (Band(150, 200), Band(150, 200)),  # words of the longest paragraph
    "textSentenceLength": (Band(25, 30), Band(20, 25)),  # % of sentences over 20 words
    "textTransitionWords": (Band(30, 20, at_least=True),) * 2,  # % with a transition word
    "passiveVoice": (Band(10, 15), Band(10, 15)),  # % of passive sentences
}


def band(name: str, ctx) -> Band:
    """The band of check ``name`` for this text (cornerstone or not)."""
    return BANDS[name][bool(ctx.cornerstone)]


@check("subheadingsTooLong", "readability")
def subheadings_too_long(doc, ctx):
    """Words between subheadings: all ≤300 good, 300–350 ok, more bad; no subheadings on a text
    over 300 words: 2 [cornerstone 250/250/300]."""
    bands = band("subheadingsTooLong", ctx)
    limit = bands.good
    total = doc.analysis.word_count
    has_headings = bool(doc.headings)
    if total <= limit:
        return 9, None, "Subheading distribution: You are not using too much text without subheadings."
    if not has_headings:
        return 2, None, ("Subheading distribution: You are not using any subheadings, although your "
                         "text is rather long. Try and add some subheadings.")
    sections, current, seen_heading, before = [], 0, False, 0
    for block in doc.blocks:
        if block.kind == "heading":
            if seen_heading:
                sections.append(current)
            seen_heading, current = True, 0
        elif seen_heading:
            current += len(block.words)
        else:
            before += len(block.words)
    sections.append(current)
    if before:
        sections.insert(0, before)
    too_long = sum(1 for n in sections if n > limit)
    longest = max(sections)
    if before and before > limit and too_long < 2:
        return bands.score(before), before, (
            "Subheading distribution: The beginning of your text is longer than "
            f"{limit} words and is not separated by any subheadings. Add "
            "subheadings to improve readability.")
    return bands.rate(longest, "Subheading distribution: Great job!", (
        f"Subheading distribution: {too_long} section(s) of your text are longer than {limit} "
        "words and are not separated by any subheadings. Add subheadings to improve readability."))


@check("textParagraphTooLong", "readability")
def paragraph_too_long(doc, ctx):
    """Words in the longest paragraph: ≤150 good, 150–200 ok, more bad."""
    bands = band("textParagraphTooLong", ctx)
    lengths = [n for n in (len(b.words) for b in body_blocks(doc)) if n]
    longest = max(lengths, default=0)
    too_long = sum(1 for n in lengths if n > bands.good)
    return bands.rate(
        longest, "Paragraph length: There are no paragraphs that are too long. Great job!",
        f"Paragraph length: {too_long} of the paragraphs contains more than the recommended "
        f"maximum of {bands.good} words. Shorten your paragraphs!")


@check("textSentenceLength", "readability")
def sentence_length(doc, ctx):
    """Share of sentences over 20 words: ≤25 % good, 25–30 % ok, more bad [cornerstone 20/25]."""
    bands = band("textSentenceLength", ctx)
    lengths = doc.analysis.sentence_lengths
    share = percentage(sum(1 for n in lengths if n > 20), len(lengths))
    return bands.rate(
        share, "Sentence length: Great!",
        f"Sentence length: {share}% of the sentences contain more than 20 words, which is more "
        f"than the recommended maximum of {bands.good}%. Try to shorten the sentences.")


@check("textTransitionWords", "readability")
def transition_words(doc, ctx):
    """Share of sentences with a transition word: ≥30 % good, 20–30 % ok, less bad; under 200
    words always good."""
    sentences = doc.sentences
    hits = sum(1 for s in sentences if is_transition_sentence(s.tokens, ctx.lang))
    share = percentage(hits, len(sentences))
    if doc.analysis.word_count < 200:
        return 9, share, "Transition words: the text is short; no minimum applies."
    return band("textTransitionWords", ctx).rate(
        share, "Transition words: Well done!",
        f"Transition words: Only {share}% of the sentences contain transition words, which is "
        "not enough. Use more of them.")


@check("passiveVoice", "readability")
def passive_voice(doc, ctx):
    """Share of passive sentences: ≤10 % good, 10–15 % ok, more bad."""
    sentences = doc.sentences
    passives = sum(1 for s in sentences if is_passive(s.tokens, ctx.lang))
    share = percentage(passives, len(sentences))
    bands = band("passiveVoice", ctx)
    return bands.rate(
        share, "Passive voice: You are not using too much passive voice. That's great!",
        f"Passive voice: {share}% of the sentences contain passive voice, which is more than the "
        f"recommended maximum of {bands.good}%. Try to use their active counterparts.")


@check("textPresence", "readability")
def text_presence(doc, ctx):
    """Under 50 characters of text: 3; otherwise no result."""
    if len(" ".join(b.text for b in doc.blocks)) >= 50:
        return None
    return 3, None, "Not enough content: Please add some content to enable a good analysis."


def _sentence_beginning(sentence, exceptions) -> str:
    # the words of the sentence's first six space-separated chunks, each chunk's words as the
    # sentence's tokenisation remembered them (text.tokens.words_of_chunk): the words of those
    # chunks joined, without tokenising them again (tests/score/test_sentence_beginnings.py)
    words = tuple(chain.from_iterable(map(words_of_chunk, sentence.text.split(None, 6)[:6])))
    if not words:
        return ""
    first = words[0].lower()
    if first in exceptions and len(words) > 1:
        first += " " + words[1].lower()
    return first


@cache
def _beginning_exceptions(lang: str) -> frozenset[str]:
    """The language's first-word exceptions written with ’ and with ' (built once)."""
    exceptions = resources(lang).first_word_exceptions
    return frozenset(exceptions) | {w.replace("’", "'") for w in exceptions}


@check("sentenceBeginnings", "readability")
def sentence_beginnings(doc, ctx):
    """Three or more consecutive sentences starting with the same word: 3; otherwise 9."""
    exceptions = _beginning_exceptions(ctx.lang)
    sentences = [s for b in doc.blocks if b.kind != "list_item" for s in b.sentences]
    beginnings = [_sentence_beginning(s, exceptions) for s in sentences]
    runs, pending = [], 0
    for i, word in enumerate(beginnings):
        pending += 1
        following = beginnings[i + 1] if i + 1 < len(beginnings) else None
        if word and word != following:
            runs.append((word, pending))
            pending = 0
    repeated = [(w, n) for w, n in runs if n > 2]
    if repeated:
        word, n = max(repeated, key=lambda r: r[1])
        return 3, word, (f"Consecutive sentences: The text contains {n} consecutive sentences "
                         f"starting with the same word (« {word} »). Try to mix things up!")
    return 9, None, ("Consecutive sentences: There are no repetitive sentence beginnings. "
                     "That's great!")


@check("listsPresence", "extra")
def lists_presence(doc, ctx):
    """(Premium/Shopify) at least one list: 9; none: 3."""
    n = sum(1 for b in doc.blocks if b.kind == "list_item")
    if n:
        return 9, n, "Lists: There is at least one list on this page. Great!"
    return 3, 0, "Lists: No lists appear on this page. Add at least one ordered or unordered list!"


def is_complex_word(word: str, lang: str, fw: frozenset[str]) -> bool:
    """seo_kit's stand-in for Yoast's Premium frequency list: longer than 9 letters, lowercase,
    not a function word, and at least 4 spoken syllables (frequent long words are rarely that)."""
    if len(word) <= 9 or not word[0].islower() or word in fw or not word.isalpha():
        return False
    return count_syllables(word, lang) >= 4


@cache
def _complex_in(lang: str) -> Callable[[str], bool]:
    """``word → is_complex_word`` of its part after an elision ("l’administration") in
    ``lang``, remembered per word (a site's pages share most of their words)."""
    fw = function_words(lang)

    def complex_word(word: str) -> bool:
        return len(word) > 9 and is_complex_word(word.split("’")[-1], lang, fw)

    return memo(complex_word, 1 << 16)


@check("wordComplexity", "extra")
def word_complexity(doc, ctx):
    """(Premium) share of complex words: over 10 % ok [cornerstone bad]; otherwise good."""
    words = doc.words
    share = round(sum(map(_complex_in(ctx.lang), words)) / len(words) * 100, 2) if words else 0
    note = ("(seo_kit heuristic, not Yoast's frequency list: words over 9 letters with 4+ "
            "syllables)")
    if share >= 10:
        return (3 if ctx.cornerstone else 6), share, (
            f"Word complexity: {share}% of the words are complex {note}. Try to use shorter and "
            "more familiar words to improve readability.")
    return 9, share, (f"Word complexity: {share}% complex words {note}: you are not using too many "
                      "complex words. Good job!")
