"""Check a draft against its brief, and the bounded repair rounds that fix what fails.

The constraints a Variant records (name → met):

    min_words          the text has at least brief.min_words words (as Yoast counts them)
    single_h1          exactly one H1
    subheadings        at least two H2/H3
    language           seo_kit.lang.detect_language(text) == brief.lang
    keyphrase_in_intro Yoast's introductionKeyword is good (first paragraph holds the keyphrase)
    keyphrase_in_title Yoast's keyphraseInSEOTitle is good
    no_injected_task   no sentence, title or description carries out an instruction hidden in
                       the source (``Article.task``)
    no_unsupported_claims  every sentence and heading is supported by the source (the scorer's
                       ``grounding`` check with source=: no changed name, number or date, no
                       role swap, no invented cause, intent or judgement)

A repair round asks the model only for what fails — a section too short is extended from its own
passage, a part in the wrong language rewritten, a standfirst without the keyphrase redone — and
everything it writes is grounded again by the caller (seo_kit.rewrite.ground).
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import replace
from typing import Any

from seo_kit.errors import InputError
from seo_kit.rewrite.clean import drop_repeats
from seo_kit.rewrite.meta import settle_meta
from seo_kit.text.document import parse

__all__ = ["check_constraints", "repair_draft"]

EXTRA_WORDS = 130  # words asked of one "extend" call


def check_constraints(text: str, *, lang: str, min_words: int, keyphrase: str | None,
                      title: str, meta_description: str, slug: str, source: str | None,
                      task=None):
    """Score the draft (seo_kit.score) and say which constraints of the brief it meets.

    ``task`` (``Article.task``, an InjectedTask): ``no_injected_task`` holds when no sentence of
    the text, the SEO title or the meta description carries out an instruction hidden in the
    source; the report's ``injectedTask`` check is then the one made against that task."""
    from seo_kit.lang import detect_language
    from seo_kit.score import score

    doc = parse(text, lang=lang, fmt="markdown")
    report = score(text, keyphrase=keyphrase, title=title, meta_description=meta_description,
                   slug=slug, lang=lang, source=source)
    try:
        detected = detect_language(doc.text)
    except InputError:
        detected = None
    h1s = sum(1 for h in doc.headings if h.level == 1)
    subheadings = sum(1 for h in doc.headings if h.level in (2, 3))
    constraints = {
        "min_words": report.words >= min_words,
        "single_h1": h1s == 1,
        "subheadings": subheadings >= 2,
        "language": detected == lang,
    }
    if keyphrase:
        constraints["keyphrase_in_intro"] = _good(report, "introductionKeyword")
        constraints["keyphrase_in_title"] = _good(report, "keyphraseInSEOTitle")
    if task is not None:
        check = task.check(f"{text}\n\n{title}\n\n{meta_description}")
        report = replace(report, checks=tuple(c for c in report.checks if c.id != check.id)
                         + (check,))
        constraints["no_injected_task"] = check.score == 9
    if source:
        grounding = report.get("grounding")
        constraints["no_unsupported_claims"] = bool(grounding) and grounding.rating == "good"
        constraints.update(source_constraints(text, source, lang=lang, keyphrase=keyphrase,
                                              report=report))
    return constraints, report


def source_constraints(text: str, source: str, *, lang: str, keyphrase: str | None,
                       report) -> dict[str, bool]:
    """What an editor checks against the source before publishing (issue #11): the news in the
    standfirst (``plan.lede_gaps``), every fact of the source kept (the report's factsKept:
    nothing dropped), every heading a whole, distinct phrase (``heading_rules.heading_faults``)."""
    from seo_kit.rewrite.ground import Source
    from seo_kit.rewrite.heading_rules import heading_faults
    from seo_kit.rewrite.plan import lede_gaps

    facts = report.get("factsKept")
    return {
        "news_in_lede": not lede_gaps(text, source, lang=lang, keyphrase=keyphrase),
        "facts_kept": bool(facts) and facts.value["dropped"] == 0,
        "whole_headings": not heading_faults(text, Source.of(source, lang=lang)),
    }


def _good(report, check_id: str) -> bool:
    try:
        return report[check_id].rating == "good"
    except KeyError:
        return False


async def repair_draft(draft, brief, session, source: str, *, extend: bool = True) -> None:
    """Bounded rounds (``brief.max_repairs``), in place on ``draft`` (a Draft): drop repeats,
    extend the shortest sections from their own passage (unless ``extend`` is False), rewrite a
    part in the wrong language, redo a standfirst without the keyphrase. Stops at the first
    round with nothing to fix."""
    from seo_kit.rewrite.engine import TOKENS_PER_WORD, body_of, lang_of

    lang = brief.lang
    for round_number in range(1, brief.max_repairs + 1):
        draft.intro, pairs, repeated = drop_repeats(draft.intro, draft.pairs, lang=lang)
        draft.set_pairs(pairs)
        if repeated:
            session.notes.append(f"repair round {round_number}: {repeated} repeated "
                                 "sentence(s) removed")
        constraints, report = check_constraints(draft.markdown(), source=source,
                                                **settle_meta(draft, brief))
        tasks: dict[Any, Any] = {}
        passage = lambda i: draft.sections[i].passage or session.values["article"]
        if not constraints["language"]:
            for index, section in enumerate(draft.sections):
                if lang_of(section.body) != lang:
                    tasks[index] = session.call(
                        "relang", max_tokens=int(len(section.body.split()) * TOKENS_PER_WORD)
                        + 60, draft=section.body, article=passage(index))
        if extend and not constraints["min_words"]:
            deficit = brief.min_words - report.words
            count = min(len(draft.sections), math.ceil(deficit / (0.75 * EXTRA_WORDS)))
            shortest = sorted(range(len(draft.sections)),
                              key=lambda i: len(draft.sections[i].body.split()))
            # a section whose text an extension already left unchanged (the answer only said
            # again what it says: removed as a repeat) is not asked the same question twice
            tried = session.unchanged
            for index in [i for i in shortest if i not in tasks
                          and (i, draft.sections[i].body) not in tried][:count]:
                section = draft.sections[index]
                tried.add((index, section.body))
                tasks[("extend", index)] = session.call(
                    "extend", max_tokens=int(EXTRA_WORDS * TOKENS_PER_WORD) + 60,
                    heading=section.heading, draft=section.body, extra_words=EXTRA_WORDS,
                    article=passage(index))
        if not constraints.get("keyphrase_in_intro", True) and "fix_intro" in \
                session.template.steps:
            tasks["intro"] = session.call("fix_intro", max_tokens=220,
                                          article=draft.lead or session.values["article"])
        if not tasks:
            return
        session.step("repair", index=round_number, total=brief.max_repairs)
        session.notes.append(f"repair round {round_number}: " + ", ".join(
            f"{k[0]} section {k[1] + 1}" if isinstance(k, tuple) else
            ("intro" if k == "intro" else f"relang section {k + 1}") for k in tasks))
        answers = dict(zip(tasks, await asyncio.gather(*tasks.values()), strict=True))
        for key, (text_answer, truncated) in answers.items():
            body = body_of(text_answer, truncated)
            if key == "intro":
                draft.intro = body or draft.intro
            elif isinstance(key, tuple):
                section = draft.sections[key[1]]
                section.body = f"{section.body}\n\n{body}".strip()
            else:
                draft.sections[key].body = body or draft.sections[key].body
