"""Score a text like Yoast SEO does (same check ids, thresholds, 0–9 scores and totals), plus
French-aware extras: keyphrase word forms, facts kept from a source, SERP preview.

    >>> report = score(text, keyphrase="voiture électrique", title="…", meta_description="…")
    >>> report.seo_score, report.readability_score, report["keyphraseDensity"].rating

The text is parsed once into a Document; every registered check is a pure function of
(Document, Context). ``yoast=False`` marks the checks Yoast does not have.

    seo          introductionKeyword keyphraseLength keyphraseDensity metaDescriptionKeyword
                 subheadingsKeyword textCompetingLinks imageKeyphrase keyphraseInSEOTitle
                 slugKeyword functionWordsInKeyphrase metaDescriptionLength images textLength
                 externalLinks internalLinks titleWidth singleH1            → seo_score
    readability  subheadingsTooLong textParagraphTooLong textSentenceLength textTransitionWords
                 passiveVoice textPresence sentenceBeginnings                → readability_score
    extra        Premium/trunk Yoast: keyphraseDistribution textTitleAssessment listsPresence
                 wordComplexity altTextLength duplicateAltText; seo_kit's own: keyphraseWordForms
                 factsKept                                                   (not in the totals)

Parity with yoastseo 3.6 is measured by bench/yoast_parity.py.
"""

from __future__ import annotations

from seo_kit.errors import InputError
from seo_kit.score import (  # noqa: F401  (importing a module registers its checks)
    checks_extra,
    checks_keyphrase,
    checks_page,
    checks_placement,
    checks_readability,
)
from seo_kit.score.context import Context, word_count
from seo_kit.score.counting import js_round
from seo_kit.score.registry import CHECKS, GROUPS, check
from seo_kit.score.report import CheckResult, Report, rating_for
from seo_kit.score.serp import serp_preview

__all__ = [
    "CHECKS",
    "CheckResult",
    "Report",
    "check",
    "rating_for",
    "readability_total",
    "score",
    "score_document",
    "seo_total",
]

_PENALTY = {"bad": 3, "ok": 2}
TEXTSTAT_MAX_WORDS = 3000  # textstat's cost grows quadratically: 0.3 s of checks, 2.5 s of it at 15k


def seo_total(results: list[CheckResult]) -> int:
    """Yoast's SEO score: round(Σ scores / (n · 9) · 100), 0 without results."""
    if not results:
        return 0
    return js_round(sum(r.score for r in results) / (len(results) * 9) * 100)


def readability_total(results: list[CheckResult]) -> int:
    """Yoast's readability score from penalty points: bad 3, ok 2; >6 → 30, >4 → 60, else 90."""
    if len(results) <= 1:
        return 30
    points = sum(_PENALTY.get(r.rating, 0) for r in results)
    return 30 if points > 6 else 60 if points > 4 else 90


def _language(text: str, lang: str) -> str:
    if lang != "auto":
        from seo_kit.text import LANGS

        if lang not in LANGS:
            raise InputError(f"unsupported language {lang!r}: use 'fr', 'en' or 'auto'")
        return lang
    from seo_kit.lang import detect_language

    return detect_language(text)


def score(text: str, *, keyphrase: str | None = None, title: str | None = None,
          meta_description: str | None = None, slug: str | None = None, lang: str = "auto",
          source: str | None = None, synonyms=None, permalink: str | None = None,
          cornerstone: bool = False, compare_textstat: bool | None = None) -> Report:
    """Parse ``text`` (Markdown, HTML or plain text) and run every check on it.

    ``compare_textstat`` puts textstat's Flesch score next to ours in ``Report.readability`` (for
    French). It costs more than all the checks together, and textstat slows down quadratically on
    long texts, so the default (None) compares on texts up to 3,000 words only.
    """
    from seo_kit.document import parse

    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}: decode it first")
    if not text.strip():
        raise InputError("the text is empty: give the article's body to score")
    lang = _language(text, lang)
    doc = parse(text, lang=lang, title=title, meta_description=meta_description)
    return score_document(doc, keyphrase=keyphrase, title=title,
                          meta_description=meta_description, slug=slug, source=source,
                          synonyms=synonyms, permalink=permalink, cornerstone=cornerstone,
                          compare_textstat=compare_textstat)


def score_document(doc, *, keyphrase: str | None = None, title: str | None = None,
                   meta_description: str | None = None, slug: str | None = None,
                   source: str | None = None, synonyms=None, permalink: str | None = None,
                   cornerstone: bool = False, compare_textstat: bool | None = None) -> Report:
    """Run every registered check on an already parsed Document."""
    if not doc.words:
        raise InputError("the text has no words to score: give the article's body")
    if isinstance(synonyms, str):
        synonyms = [s for s in synonyms.split(",")]
    ctx = Context(
        lang=doc.lang,
        keyphrase=(keyphrase or "").strip() or None,
        title=title if title is not None else doc.title,
        meta_description=meta_description if meta_description is not None
        else doc.meta_description,
        slug=slug, permalink=permalink,
        synonyms=tuple(s.strip() for s in (synonyms or ()) if s and s.strip()),
        cornerstone=cornerstone, source=source,
    )
    results = [r for r in (c(doc, ctx) for c in CHECKS.values()) if r is not None]
    results.sort(key=lambda r: GROUPS.index(r.group))  # stable: registration order within a group
    return Report(
        lang=doc.lang,
        words=word_count(doc),
        sentences=len(doc.sentences),
        readability=_readability(doc, compare_textstat if compare_textstat is not None
                                 else word_count(doc) <= TEXTSTAT_MAX_WORDS),
        seo_score=seo_total([r for r in results if r.group == "seo"]),
        readability_score=readability_total([r for r in results if r.group == "readability"]),
        checks=tuple(results),
        facts=checks_extra.facts_of(doc, source) if source else None,
        serp=serp_preview(ctx.title, ctx.meta_description, ctx.slug, lang=doc.lang),
    )


def _readability(doc, compare_textstat: bool) -> dict:
    from seo_kit.readability import readability_summary

    return readability_summary(doc, compare_textstat=compare_textstat)
