"""The write step: the plan taken from the source, then the H1 and the standfirst from the news,
then each section from its own passage (seo_kit.rewrite.plan).

Sections are written without their heading: a heading is written afterwards from the section's
grounded text (seo_kit.rewrite.headings). On the embedded model (one slot) the sections are asked
one after the other; a remote endpoint answers them in parallel. Every prompt holds one passage,
not the whole article, which also keeps prompt processing short on a CPU.
"""

from __future__ import annotations

import asyncio
import re

from seo_kit.rewrite.clean import parse_outline, strip_marks
from seo_kit.rewrite.draft import Draft, Section
from seo_kit.rewrite.engine import TOKENS_PER_WORD, Session
from seo_kit.rewrite.meta import fallback_title, parse_meta
from seo_kit.rewrite.plan import Plan, plan_article

__all__ = ["write"]


def _plan(article, brief) -> Plan:
    plan = plan_article(article.text, lang=brief.lang, keyphrase=brief.keyphrase,
                        min_words=brief.min_words)
    if not plan.parts and plan.lead:  # an article of one short paragraph: one section from it
        plan = Plan(plan.lead, (plan.lead,), (max(60, brief.min_words - plan.intro_words),),
                    plan.intro_words)
    return plan


def h1_of(answer: str, n_sections: int, *, lang: str) -> str | None:
    """The H1 of an ``outline`` answer: its "# " line, else its first short line (≤ 14 words)."""
    h1, _ = parse_outline(answer, n_sections, lang=lang)
    if h1:
        return h1
    for line in answer.splitlines():
        line = strip_marks(line).rstrip(".")
        if line and len(line.split()) <= 14 and not re.match(r"(?i)(titre|title|h1)\b", line):
            return line
    return None


async def write(article, brief, session: Session, *, source=None) -> Draft:
    """``article`` (an Article) → a Draft: H1, standfirst and section bodies, each written from
    its own passage; headings empty (written later from the grounded sections); the SEO title
    and description when the model is asked for them (not the embedded model)."""
    plan = _plan(article, brief)
    n_sections = len(plan.parts)
    session.values.update(n_sections=n_sections, section_words=max(plan.section_words),
                          intro_words=plan.intro_words, paragraphs=2, outline="", heading="")
    h1 = None
    if source is not None and article.title:  # the source's own headline, gated like any
        h1 = _source_title(article.title, article.text, source)
        if h1:
            session.notes.append(f"H1: the source's own title, «{h1}»")
    if source is not None and h1 is None:  # the news as a present-tense clause, gated
        from seo_kit.rewrite.headings import headline_for

        h1 = headline_for(plan.lead, source, taken=set(), passage=plan.lead,
                          keyphrase=brief.keyphrase, want=True)
        if h1:
            session.notes.append(f"H1: built from the news's main clause, «{h1}»")
    if h1 is None:
        # A title is structure, not style: a low temperature keeps small models on the format.
        answer, _ = await session.call("outline", max_tokens=40 + 16 * n_sections,
                                       temperature=min(brief.temperature, 0.3),
                                       article=plan.lead)
        h1 = h1_of(answer, n_sections, lang=brief.lang)
    if h1 is None:
        # a page name ("Mozilla": under 3 words, as _source_title refuses it) is no title to
        # build on: "Mozilla community: Mozilla" (corpus text 14); the lead is
        titled = article.title and len(article.title.split()) >= 3
        h1 = fallback_title(article.title if titled else plan.lead, brief.keyphrase, 90,
                            lang=brief.lang)
        session.notes.append("outline: no H1 in the answer, fallback used")
    outline = f"# {h1}"
    session.values["outline"] = outline
    if _asks(brief.model_intro, session):
        intro_task = session.language_checked(
            "intro", max_tokens=int(plan.intro_words * 2.5) + 40, article=plan.lead)
    else:  # the news in the source's own words: grounded by construction, no call
        intro_task = _given(plan.lead)
        session.notes.append("standfirst: the lead's own sentences (no intro call)")
    has_meta = _asks(brief.model_meta, session) and "meta" in session.template.steps
    if not has_meta:
        session.notes.append("meta: SEO title and description built from the grounded draft")
    meta_task = session.call("meta", max_tokens=120, title=h1, article=plan.lead) \
        if has_meta else _none()
    def section(index: int):
        words = plan.section_words[index]
        return session.language_checked(
            "section", max_tokens=int(words * TOKENS_PER_WORD) + 60, article=plan.parts[index],
            section_words=words, paragraphs=3 if words > 150 else 2)

    sequential = brief.sequential if brief.sequential is not None else \
        session.endpoint.kind == "embedded"
    if sequential:  # one slot: in order, so that progress reads "section k of n"
        intro, meta = await asyncio.gather(intro_task, meta_task)
        bodies = [await section(i) for i in range(n_sections)]
    else:
        intro, *bodies, meta = await asyncio.gather(intro_task, *map(section, range(n_sections)),
                                                    meta_task)
    seo_title, meta_description = parse_meta(meta[0]) if meta else (None, None)
    sections = [Section("", body, passage) for body, passage in zip(bodies, plan.parts,
                                                                      strict=True)]
    return Draft(h1, intro, sections, seo_title, meta_description, outline, lead=plan.lead)


def _source_title(title: str, text: str, source) -> str | None:
    """The source article's title as the H1 when it passes the heading rules over the whole
    source (seo_kit.rewrite.heading_rules: ≤ 70 characters, whole, supported by the source…): the
    editor's own headline of the news, which a clause built from the lede can only approach (the
    corpus text 10, "France : les impôts augmenteront de 7,2 milliards d'euros en 2012", got the
    cut "Le gouvernement français vient d'annoncer", 2026-12-02); None when it fails them (a
    site name after "|", a title too long) or is under 3 words (a page name: "Mozilla")."""
    from seo_kit.rewrite.heading_rules import heading_problem

    title = re.sub(r"\s+", " ", title).strip().rstrip(".")
    if len(title.split()) < 3 or heading_problem(title, text, source, taken=set()):
        return None
    return title


def _asks(flag: bool | None, session: Session) -> bool:
    """Whether a step the Brief may turn off (``model_intro``, ``model_meta``) is asked of the
    model: the Brief's flag, else every endpoint but the embedded one (seo_kit.rewrite.api.
    EMBEDDED_SKIPS says why: a small local model does no better than the source's own text)."""
    return flag if flag is not None else session.endpoint.kind != "embedded"


async def _given(text: str) -> str:
    return text


async def _none() -> None:
    return None
