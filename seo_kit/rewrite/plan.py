"""The plan of a rewrite, taken from the source: its news first, then every passage in order.

A small model that reads the whole article gives actions to the wrong people (issue #11: "Lavrov
s'est rendu en Russie… pour inspecter les avions" — it was Kim). So each part of the draft is
written from its OWN passage of the source: the standfirst from the lead (the sentences that carry
the news: who, what, when), each section from a contiguous group of the other paragraphs, in
source order, so that every paragraph is covered once and nothing is asked of a part that its
passage does not say. Pure: no model, no I/O.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from seo_kit.lang import LANGS, recap_heading

__all__ = ["DATELINE", "LEAD_MAX_WORDS", "RECAP_HEADING", "Plan", "group_paragraphs", "lead_index",
           "plan_article", "recap_sentences", "source_paragraphs"]

LEAD_MAX_WORDS = 75  # the standfirst's passage: the first sentences of the lead, up to this many
PART_WORDS = 110  # source words per section: about what a small model rewrites well in one
# call; shorter parts also give more headings, which say what each part says
MIN_PART_WORDS = 40  # a shorter part joins its neighbour
DELIVERY = 0.8  # words a small model writes / words asked, when it rewrites a given passage
RECAP_HEADING = {lang: recap_heading(lang) for lang in LANGS}  # a closing list of the key facts


@dataclass(frozen=True)
class Plan:
    """``lead``: the source sentences the standfirst is written from; ``parts``: the source
    passage of each section, in source order; ``section_words``: the words asked of each section
    (Yoast words, from the passage's share of the target); ``intro_words`` those of the
    standfirst."""

    lead: str
    parts: tuple[str, ...]
    section_words: tuple[int, ...]
    intro_words: int


def source_paragraphs(text: str) -> list[str]:
    """The source's non-empty lines, without headings: Markdown ones, and in plain text a short
    line without final punctuation ("Des papillons mutants", "Qu'est-ce qu'Ubuntu ?"), which
    titles a passage and states nothing of its own."""
    return [line.strip() for line in text.splitlines() if line.strip()
            and not line.lstrip().startswith("#")
            and not (len(line.split()) <= 8 and not line.rstrip().endswith((".", "»", '"', "”")))]


def _folded(text: str) -> str:
    from seo_kit.text.fold import fold

    return " ".join(re.findall(r"\w+", fold(text.replace("’", "'"))))


# A dateline opens the news on a wire or wiki page: "16 juin 2012. - Le journaliste…"
DATELINE = re.compile(r"^\W*[^.!?]{0,30}\b(?:1[89]|20)\d\d\s*\.?\s*[-–—]\s")


def _is_recent(paragraph: str, lang: str) -> bool:
    """A weekday names the day of the news ("arrivé mercredi"); background has months/years."""
    from seo_kit.score.grounding.cues import WEEKDAYS

    return bool(set(_folded(paragraph).split()) & {_folded(d) for d in WEEKDAYS[lang]})


def lead_index(paragraphs: list[str], keyphrase: str | None, *, lang: str) -> int:
    """The paragraph that carries the news, among the first third (the first two at least):
    the first with a dateline; else the first that names the keyphrase and a weekday; else the
    first that names the keyphrase — a news article may open on background (the seed opens on
    Kim's September trip; its news, Lavrov's arrival on Wednesday, is the second paragraph) —;
    else the first paragraph."""
    window = paragraphs[:max(2, math.ceil(len(paragraphs) / 3))]
    for index, paragraph in enumerate(window):
        if DATELINE.match(paragraph):
            return index
    wanted = f" {_folded(keyphrase)} " if keyphrase and _folded(keyphrase) else None
    named = [i for i, p in enumerate(window) if wanted and wanted in f" {_folded(p)} "]
    recent = [i for i in named if _is_recent(window[i], lang)]
    return (recent or named or [0])[0]


def _sentences(paragraph: str, lang: str) -> list[str]:
    from seo_kit.text.tokens import split_sentences

    return split_sentences(paragraph, lang=lang) or [paragraph]


def _words(text: str, lang: str) -> int:
    from seo_kit.text.tokens import words

    return len(words(text, lang=lang))


def _split_lead(paragraph: str, lang: str) -> tuple[str, str]:
    """(the lead's first sentences up to LEAD_MAX_WORDS — at least one —, the rest)."""
    sentences = _sentences(paragraph, lang)
    taken, count = [], 0
    for sentence in sentences:
        n = _words(sentence, lang)
        if taken and count + n > LEAD_MAX_WORDS:
            break
        taken.append(sentence)
        count += n
    return " ".join(taken), " ".join(sentences[len(taken):])


def group_paragraphs(paragraphs: list[str], n_groups: int) -> list[list[str]]:
    """Contiguous groups of paragraphs with about the same number of words each (every group
    has at least one paragraph; at most ``len(paragraphs)`` groups)."""
    n_groups = max(1, min(n_groups, len(paragraphs)))
    total = sum(len(p.split()) for p in paragraphs)
    groups: list[list[str]] = [[]]
    done = 0
    for index, paragraph in enumerate(paragraphs):
        remaining_paragraphs = len(paragraphs) - index
        remaining_groups = n_groups - len(groups)
        if groups[-1] and remaining_groups > 0 and (
                done >= total * len(groups) / n_groups or remaining_paragraphs <= remaining_groups):
            groups.append([])
        groups[-1].append(paragraph)
        done += len(paragraph.split())
    return groups


def plan_article(text: str, *, lang: str, keyphrase: str | None, min_words: int,
                 max_sections: int = 8) -> Plan:
    """The plan of a rewrite of ``text`` (the article as the model may read it) to ``min_words``
    Yoast words: the lead (``lead_index``), then the other paragraphs in source order grouped
    into 2–``max_sections`` parts of about PART_WORDS words (a paragraph is cut between its
    sentences when there are fewer paragraphs than parts). Words asked of each part: its share
    of the target (the standfirst's part taken off), divided by what a small model delivers
    (DELIVERY); at least 60 and 90 % of the passage, at most 1.5 × the passage plus 30 (the rest of a
    target beyond the source comes from the repair rounds, never from padding one call)."""
    paragraphs = source_paragraphs(text)
    if not paragraphs:
        return Plan("", (), (), 0)
    index = lead_index(paragraphs, keyphrase, lang=lang)
    lead, rest = _split_lead(paragraphs[index], lang)
    body = [*paragraphs[:index], *([rest] if rest else []), *paragraphs[index + 1:]]
    body_words = sum(_words(p, lang) for p in body)
    n_parts = max(2, min(max_sections, round(body_words / PART_WORDS)))
    units = body
    if len(units) < n_parts:  # few long paragraphs: group sentences instead
        units = [s for p in body for s in _sentences(p, lang)]
    parts = ["\n".join(g) for g in group_paragraphs(units, n_parts)] if units else []
    # a part of a few words (a short paragraph between long ones: 13 words of Fukushima's)
    # gives a call with nothing to say: it joins the part before it (the next for the first)
    for i in range(len(parts) - 1, -1, -1):
        if len(parts) > 2 and _words(parts[i], lang) < MIN_PART_WORDS:
            j = i - 1 if i > 0 else 1
            parts[min(i, j)] = "\n".join((parts[min(i, j)], parts[max(i, j)]))
            del parts[max(i, j)]
    intro_words = max(30, min(70, _words(lead, lang)))
    target = max(0.0, min_words * 1.04 + 10 - 0.8 * intro_words)  # headings count a few words
    sizes = [_words(p, lang) for p in parts]
    # never much less than the passage (every fact of it kept), never padding far beyond it
    asked = tuple(min(round(1.5 * size) + 30, max(60, round(0.9 * size),
                                         math.ceil(target * size / (sum(sizes) or 1) / DELIVERY)))
                  for size in sizes)
    return Plan(lead, tuple(parts), asked, intro_words)


def recap_sentences(sentences: list[str], *, lang: str, k: int = 4) -> list[str]:
    """The ``k`` sentences with the most facts (numbers, dates, names: seo_kit.score.facts;
    ties: the shorter, then the earlier), in their order: the key facts of a closing list.
    A line of fewer than 5 words or without a final mark is a title, not a sentence ("Ubuntu
    12.10", a subheading of corpus text 09, was listed as a key fact, 2026-12-02)."""
    from seo_kit.score.facts import extract_facts

    whole = [i for i, s in enumerate(sentences)
             if len(s.split()) >= 5 and s.rstrip().endswith((".", "!", "?", "»", "”", '"'))]
    ranked = sorted(whole, key=lambda i: (
        -len(extract_facts(sentences[i], lang=lang)), len(sentences[i].split()), i))[:k]
    return [sentences[i] for i in sorted(ranked)]


def lede_gaps(markdown: str, source: str, *, lang: str, keyphrase: str | None) -> list[str]:
    """Facts of the source's news that the variant's standfirst does not state, as
    seo_kit.score.facts reads them (names, dates, numbers, amounts); [] when the lede carries
    the news. The news is the first sentence of the lead paragraph (``lead_index``), cut to its
    first comma-separated part holding two facts or more ("Le ministre russe des Affaires
    étrangères Sergueï Lavrov est arrivé mercredi en Corée du Nord"); the standfirst is the
    variant's text before its first subheading, the H1 aside (issue #11: "no dropped news")."""
    from seo_kit.rewrite.draft import sections_of
    from seo_kit.score.facts import compare_facts, extract_facts

    paragraphs = source_paragraphs(source)
    if not paragraphs:
        return []
    sentence = _sentences(paragraphs[lead_index(paragraphs, keyphrase, lang=lang)], lang)[0]
    news = next((part for part in re.split(r",\s", sentence)
                 if len(extract_facts(part, lang=lang)) >= 2), sentence)
    _, standfirst, _ = sections_of(markdown)
    return compare_facts(news, standfirst, lang=lang)["dropped"]
