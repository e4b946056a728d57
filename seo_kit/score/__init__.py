"""Score a text like Yoast SEO does (same check ids, thresholds, 0–9 scores and totals), plus
French-aware extras: keyphrase word forms, facts kept from a source, SERP preview.

    >>> report = score(text, keyphrase="voiture électrique", title="…", meta_description="…")
    >>> report.seo_score, report.readability_score, report["keyphraseDensity"].rating

The text is parsed once into a Document; every check listed in ``checks.CHECKS`` is a pure
function of (Document, Context). Every input string goes through ``text.at_the_door`` (NFC) once. ``yoast=False`` marks the checks Yoast does not have.

    seo          introductionKeyword keyphraseLength keyphraseDensity metaDescriptionKeyword
                 subheadingsKeyword textCompetingLinks imageKeyphrase keyphraseInSEOTitle
                 slugKeyword functionWordsInKeyphrase metaDescriptionLength images textLength
                 externalLinks internalLinks titleWidth singleH1            → seo_score
    readability  subheadingsTooLong textParagraphTooLong textSentenceLength textTransitionWords
                 passiveVoice textPresence sentenceBeginnings                → readability_score
    extra        Premium/trunk Yoast: keyphraseDistribution textTitleAssessment listsPresence
                 wordComplexity altTextLength duplicateAltText; seo_kit's own: keyphraseWordForms
                 factsKept; from the raw text (score() only): instructionLikeText, and with a
                 source injectedTask (seo_kit.score.injection)               (not in the totals)

Parity with yoastseo 3.6 is measured by bench/yoast_parity.py.
"""

from __future__ import annotations

from dataclasses import replace

from seo_kit.errors import InputError
from seo_kit.lang import check_lang, detect_language
from seo_kit.score.checks import CHECKS
from seo_kit.score.context import Context
from seo_kit.score.counting import js_round
from seo_kit.score.facts import compare_facts
from seo_kit.score.injection import (
    InjectedTask,
    find_injections,
    injection_check,
    without_injections,
)
from seo_kit.score.readability import readability_summary
from seo_kit.score.report import CheckResult, Report, rating_for
from seo_kit.score.serp import serp_preview
from seo_kit.text.decode import at_the_door
from seo_kit.text.document import parse
from seo_kit.text.mend import mend_split_names

__all__ = [
    "CHECKS",
    "CheckResult",
    "Report",
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
    if lang == "auto":
        return detect_language(text)
    check_lang(lang)
    return lang


def score(text: str, *, keyphrase: str | None = None, title: str | None = None,
          meta_description: str | None = None, slug: str | None = None, lang: str = "auto",
          source: str | None = None, synonyms=None, permalink: str | None = None,
          cornerstone: bool = False, compare_textstat: bool | None = None) -> Report:
    """Parse ``text`` (Markdown, HTML or plain text) and run every check on it.

    The injection detector reads the raw ``text`` (check ``instructionLikeText``, a warning);
    with a ``source``, its flagged sentences are no support for the facts and grounding checks,
    and ``injectedTask`` says whether the text carries out what they asked.

    ``compare_textstat`` puts textstat's Flesch score next to ours in ``Report.readability`` (for
    French). It costs more than all the checks together, and textstat slows down quadratically on
    long texts, so the default (None) compares on texts up to 3,000 words only.
    InputError for an empty text, a non-str text or an unsupported ``lang``.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}: decode it first")
    text = at_the_door(text)
    if not text.strip():
        raise InputError("the text is empty: give the article's body to score")
    lang = _language(text, lang)
    doc = parse(text, lang=lang, title=title, meta_description=meta_description)
    findings = find_injections(text, lang)  # on the raw text: comments and hidden HTML too
    source = at_the_door(source)
    task = InjectedTask.of(source, lang) if source else None
    report = score_document(doc, keyphrase=keyphrase, title=title,
                            meta_description=meta_description, slug=slug,
                            source=task and without_injections(source, task.findings, lang),
                            synonyms=synonyms, permalink=permalink, cornerstone=cornerstone,
                            compare_textstat=compare_textstat)
    extra = (injection_check(findings, lang),) + ((task.check(text),) if task else ())
    return replace(report, checks=report.checks + extra)


def score_document(doc, *, keyphrase: str | None = None, title: str | None = None,
                   meta_description: str | None = None, slug: str | None = None,
                   source: str | None = None, synonyms=None, permalink: str | None = None,
                   cornerstone: bool = False, compare_textstat: bool | None = None) -> Report:
    """Run every check of ``checks.CHECKS`` on an already parsed Document (the string inputs go
    through ``at_the_door`` here too). InputError when the Document has no words."""
    if not doc.words:
        raise InputError("the text has no words to score: give the article's body")
    if isinstance(synonyms, str):
        synonyms = synonyms.split(",")
    keyphrase, title, meta_description, slug, source, permalink = (
        at_the_door(x) for x in (keyphrase, title, meta_description, slug, source, permalink))
    if source:  # read as the rewrite reads it: a name cut by a stray period joined (text.mend)
        source = mend_split_names(source)[0]
    ctx = Context(
        lang=doc.lang,
        keyphrase=(keyphrase or "").strip() or None,
        title=title if title is not None else doc.title,
        meta_description=meta_description if meta_description is not None
        else doc.meta_description,
        slug=slug, permalink=permalink,
        synonyms=tuple(at_the_door(s).strip() for s in (synonyms or ()) if s and s.strip()),
        cornerstone=cornerstone, source=source,
        facts=compare_facts(source, doc.text, lang=doc.lang) if source else None,
    )
    results = [r for r in (c(doc, ctx) for c in CHECKS) if r is not None]
    words = doc.analysis.word_count
    return Report(
        lang=doc.lang,
        words=words,
        sentences=len(doc.sentences),
        readability=readability_summary(
            doc, compare_textstat=compare_textstat if compare_textstat is not None
            else words <= TEXTSTAT_MAX_WORDS),
        seo_score=seo_total([r for r in results if r.group == "seo"]),
        readability_score=readability_total([r for r in results if r.group == "readability"]),
        checks=tuple(results),
        facts=ctx.facts,
        serp=serp_preview(ctx.title, ctx.meta_description, ctx.slug, lang=doc.lang),
    )
