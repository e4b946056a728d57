"""The model-driven steps of a rewrite: outline → standfirst, sections, meta → repair rounds,
and the headings of a restructure. seo_kit.rewrite wires them to a Brief and returns a Variant.

All the calls of one variant go through a _Session, which renders the template step, calls
achat() (run log, cache) and keeps the records. The sections of a draft are requested together:
a remote endpoint answers them in parallel; the embedded server queues them, and since every step
starts with the same system prompt, article and brief, llama.cpp reuses that prefix from its cache.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

from seo_kit.errors import AnswerError, InputError
from seo_kit.llm import RunLog
from seo_kit.rewrite import repair, restructure
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.draft import Draft, Section
from seo_kit.rewrite.inputs import Article
from seo_kit.rewrite.progress import Progress, Step, emit
from seo_kit.rewrite.templates import Template

__all__ = ["FALLBACK_HEADINGS", "Session", "repair_draft", "restructure_article", "settle_meta",
           "write"]

FALLBACK_HEADINGS = {
    "fr": ["Le contexte", "Les faits", "Les enjeux", "Les réactions", "Ce qu’il faut savoir",
           "Les perspectives", "En détail", "Les acteurs"],
    "en": ["The background", "The facts", "What is at stake", "The reactions", "What to know",
           "The outlook", "In detail", "The actors"],
}
TOKENS_PER_WORD = 1.8  # French on the Qwen/Llama tokenizers, with margin


class Session:
    """The calls of one variant: renders a template step, calls the model, keeps the records."""

    def __init__(self, brief: Brief, template: Template, article: str, runlog: RunLog | None,
                 on_step: Progress | None = None):
        self.brief, self.template, self.runlog = brief, template, runlog
        self.values = brief.template_values(template_lang=template.lang, article=article)
        self.endpoint = brief.resolve_endpoint()
        self.records: list = []
        self.notes: list[str] = []
        self.on_step = on_step
        self._started: dict[str, int] = {}  # step name → calls started (section k of n)

    def step(self, name: str, state: str = "start", **fields: Any) -> None:
        """Report a step to the progress callback (which may cancel the run by raising)."""
        emit(self.on_step, Step(brief=0, name=name, state=state, **fields))  # type: ignore[arg-type]

    async def call(self, step: str, *, max_tokens: int, temperature: float | None = None,
                   **values) -> tuple[str, bool]:
        """(answer text, truncated); an empty answer is retried once, then AnswerError."""
        from seo_kit.llm import achat  # the openai client loads with the first call

        messages = self.template.render(step, **{**self.values, **values})
        index = self._started[step] = self._started.get(step, 0) + 1
        total = self.values.get("n_sections") if step == "section" else None
        where = {"index": index, "total": total} if total else {}
        self.step(step, **where)
        for attempt in (0, 1):
            seed = self.brief.seed if attempt == 0 else (self.brief.seed or 0) + 1
            try:
                record = await achat(messages, endpoint=self.endpoint, max_tokens=max_tokens,
                                     temperature=self.brief.temperature if temperature is None
                                     else temperature, seed=seed,
                                     use_cache=self.brief.use_cache and attempt == 0,
                                     purpose=f"{self.brief.mode}:{step}", runlog=self.runlog)
            except AnswerError as exc:
                if attempt == 1:
                    raise AnswerError(f"step {step!r} got an empty answer twice: {exc}") from None
                self.notes.append(f"{step}: empty answer, retried once")
                continue
            self.records.append(record)
            self.step(step, "done", tokens=record.completion_tokens, seconds=record.latency_s,
                      cached=record.cached, **where)
            return record.text, record.truncated
        raise AssertionError("unreachable")

    async def language_checked(self, step: str, *, max_tokens: int, **values) -> str:
        """A body text in the brief's language: one retry (relang) when the answer is not."""
        text, truncated = await self.call(step, max_tokens=max_tokens, **values)
        body = _body(text, truncated)
        if body and _lang_of(body) not in (self.brief.lang, None):
            self.notes.append(f"{step}: answer not in {self.brief.lang}, rewritten once")
            text, truncated = await self.call(
                "relang", max_tokens=max_tokens, draft=body,
                section_words=self.values["section_words"])
            body = _body(text, truncated)
        return body


def _body(text: str, truncated: bool) -> str:
    body = repair.clean_answer(text)
    return repair.cut_to_sentence(body) if truncated else body


def _lang_of(text: str) -> str | None:
    from seo_kit.lang import detect_language

    try:
        return detect_language(text)
    except InputError:
        return None


def _plan(brief: Brief) -> tuple[int, int, int]:
    """(number of sections, words asked per section, words asked of the standfirst)."""
    intro_words = 70
    needed = brief.min_words - 0.8 * intro_words
    delivered = 0.75 * brief.section_words  # what small models actually write per call
    n_sections = max(2, min(8, math.ceil(needed / delivered)))
    section_words = max(brief.section_words, math.ceil(needed / n_sections / 0.75))
    return n_sections, section_words, intro_words


async def write(article: Article, brief: Brief, session: Session) -> Draft:
    """Outline → (standfirst, sections, meta) → assembled draft."""
    n_sections, section_words, intro_words = _plan(brief)
    session.values.update(n_sections=n_sections, section_words=section_words,
                          intro_words=intro_words, paragraphs=3 if section_words > 150 else 2)
    # A plan is structure, not style: a low temperature keeps small models on the format.
    answer, _ = await session.call("outline", max_tokens=30 + 16 * n_sections,
                                   temperature=min(brief.temperature, 0.3))
    h1, headings = repair.parse_outline(answer, n_sections, lang=brief.lang)
    if h1 is None:
        h1 = repair.fallback_title(article.title or (headings.pop(0) if len(headings) > 1 else
                                   FALLBACK_HEADINGS[brief.lang][0]), brief.keyphrase, 90,
                                   lang=brief.lang)
        session.notes.append("outline: no H1 in the answer, fallback used")
    if len(headings) < n_sections:
        session.notes.append(f"outline: {len(headings)} intertitles of {n_sections}, completed "
                             "from the source's paragraphs")
        headings += _source_headings(article, brief.lang, n_sections, headings)
    outline = "\n".join([f"# {h1}", *(f"## {h}" for h in headings)])
    per_section = int(section_words * TOKENS_PER_WORD) + 60
    intro_task = session.language_checked("intro", max_tokens=int(intro_words * 2.5) + 40,
                                          outline=outline)
    ask_meta = brief.model_meta if brief.model_meta is not None else \
        session.endpoint.kind != "embedded"  # a small local model: the fallback is as good
    if not (ask_meta and "meta" in session.template.steps):
        session.notes.append("meta: SEO title and description built from the H1 and standfirst")
    meta_task = session.call("meta", max_tokens=120, title=h1) if ask_meta and "meta" in \
        session.template.steps else _none()
    sequential = brief.sequential if brief.sequential is not None else \
        session.endpoint.kind == "embedded"
    if sequential:
        intro, meta = await asyncio.gather(intro_task, meta_task)
        sections = await _write_until_long_enough(session, brief, outline, headings, intro)
    else:
        section_tasks = [session.language_checked("section", max_tokens=per_section,
                                                  outline=outline, heading=h) for h in headings]
        intro, *bodies, meta = await asyncio.gather(intro_task, *section_tasks, meta_task)
        sections = list(zip(headings, bodies))
    seo_title, meta_description = repair.parse_meta(meta[0]) if meta else (None, None)
    return Draft(h1, intro, [Section(h, b) for h, b in sections], seo_title, meta_description,
                 outline)


async def _write_until_long_enough(session: Session, brief: Brief, outline: str,
                                   headings: list[str], intro: str) -> list[tuple[str, str]]:
    """Sections one after the other (a one-slot local server answers them in turn anyway),
    stopping once the target is reached and asking the last ones only for the words missing:
    every token decoded on a CPU costs ~0.1 s, so overshooting the target is expensive."""
    target = brief.min_words * 1.04 + 10  # headings and the H1 count a few words
    written = len(intro.split())
    sections: list[tuple[str, str]] = []
    for index, heading in enumerate(headings):
        remaining_sections = len(headings) - index
        missing = target - written
        if missing <= 0 and len(sections) >= 2:
            session.notes.append(f"sections: target reached after {len(sections)} of "
                                 f"{len(headings)}")
            break
        words = max(80, min(session.values["section_words"],
                            math.ceil(missing / max(1, remaining_sections) / 0.75)))
        body = await session.language_checked(
            "section", max_tokens=int(words * TOKENS_PER_WORD) + 60, outline=outline,
            heading=heading, section_words=words, paragraphs=3 if words > 150 else 2)
        sections.append((heading, body))
        written += len(body.split()) + len(heading.split())
    return sections


def _source_headings(article: Article, lang: str, n_sections: int, used: list[str]) -> list[str]:
    """Intertitles from the first clauses of the source's parts, then generic ones."""
    paragraphs = [p for p in article.text.split("\n") if p.strip() and not p.startswith("#")]
    found: list[str] = []
    for group in restructure.group_paragraphs(paragraphs, n_sections):
        heading = restructure.fallback_heading(group, lang, max_words=8, used={*used, *found})
        if heading and heading not in used and heading not in found:
            found.append(heading)
    found += [h for h in FALLBACK_HEADINGS[lang] if h not in used and h not in found]
    return found[:n_sections - len(used)]


async def _none() -> None:
    return None


async def repair_draft(draft: Draft, brief: Brief, session: Session, source: str) -> Draft:
    """Bounded rounds: extend short drafts, rewrite parts in the wrong language, redo the intro."""
    for round_number in range(1, brief.max_repairs + 1):
        pairs, repeated = repair.drop_repeats(draft.intro, draft.pairs, brief.lang)
        draft.set_pairs(pairs)
        if repeated:
            session.notes.append(f"repair round {round_number}: {repeated} repeated "
                                 "sentence(s) removed")
        constraints, report = repair.check_constraints(draft.markdown(), source=source,
                                                       **settle_meta(draft, brief))
        tasks: dict[Any, Any] = {}
        if not constraints["language"]:
            for index, (heading, body) in enumerate(draft.pairs):
                if _lang_of(body) != brief.lang:
                    tasks[index] = session.call("relang", max_tokens=int(
                        session.values["section_words"] * TOKENS_PER_WORD) + 60, draft=body)
        if not constraints["min_words"]:
            deficit = brief.min_words - report.words
            extra_words = 130
            count = min(len(draft.sections), math.ceil(deficit / (0.75 * extra_words)))
            shortest = sorted(range(len(draft.sections)),
                              key=lambda i: len(draft.sections[i].body.split()))
            for index in [i for i in shortest if i not in tasks][:count]:
                heading, body = draft.pairs[index]
                tasks[("extend", index)] = session.call(
                    "extend", max_tokens=int(extra_words * TOKENS_PER_WORD) + 60,
                    heading=heading, draft=body, extra_words=extra_words)
        if not constraints.get("keyphrase_in_intro", True) and "fix_intro" in \
                session.template.steps:
            tasks["intro"] = session.call("fix_intro", max_tokens=220)
        if not tasks:
            break
        session.step("repair", index=round_number, total=brief.max_repairs)
        session.notes.append(f"repair round {round_number}: " + ", ".join(
            f"{k[0]} section {k[1] + 1}" if isinstance(k, tuple) else
            ("intro" if k == "intro" else f"relang section {k + 1}") for k in tasks))
        answers = dict(zip(tasks, await asyncio.gather(*tasks.values())))
        sections = draft.pairs
        for key, (text_answer, truncated) in answers.items():
            body = _body(text_answer, truncated)
            if key == "intro":
                draft.intro = body or draft.intro
            elif isinstance(key, tuple):
                heading, old = sections[key[1]]
                sections[key[1]] = (heading, f"{old}\n\n{body}".strip())
            else:
                sections[key] = (sections[key][0], body or sections[key][1])
        draft.set_pairs(sections)
    return draft


def settle_meta(draft: Draft, brief: Brief) -> dict:
    """Fix the draft's SEO title and meta description (the model's when usable, else built from
    the H1 and the standfirst) and return the scoring arguments they give."""
    keyphrase = brief.keyphrase
    title = draft.seo_title or ""
    if not title or len(title) > 70 or (keyphrase and keyphrase.lower() not in title.lower()):
        title = repair.fallback_title(draft.h1, keyphrase, lang=brief.lang)
    meta = draft.meta_description or ""
    if not (120 <= len(meta) <= 156) or (keyphrase and keyphrase.lower() not in meta.lower()):
        meta = repair.fallback_meta(draft.intro or draft.h1, keyphrase, brief.lang)
    draft.seo_title, draft.meta_description = title, meta
    return {"lang": brief.lang, "min_words": brief.min_words, "keyphrase": keyphrase,
            "title": title, "meta_description": meta, "slug": repair.slugify(title)}


async def restructure_article(article: Article, brief: Brief, session: Session) -> dict:
    doc_paragraphs = [p for p in article.text.split("\n") if p.strip() and not p.startswith("#")]
    n_sections = max(2, min(6, round(len(doc_paragraphs) / 3)))
    groups = restructure.group_paragraphs(doc_paragraphs[1:] or doc_paragraphs, n_sections)
    frame = restructure.Frame()
    try:
        answer, _ = await session.call(
            "headings", max_tokens=60 + 25 * n_sections, n_sections=len(groups),
            article=restructure.digest(groups, brief.lang))
        frame = restructure.parse_headings(answer, len(groups), article.support_text,
                                           brief.lang)
        _refuse_task_headings(frame, article, session)
    except AnswerError as exc:
        session.notes.append(f"headings: {exc}; deterministic fallbacks used")
    built = restructure.build(article.text, lang=brief.lang, keyphrase=brief.keyphrase,
                              n_sections=len(groups), frame=frame, title=article.title)
    session.notes.extend(built["notes"])
    return built


def _refuse_task_headings(frame: restructure.Frame, article: Article, session: Session) -> None:
    """Headings, title and description that carry out an instruction hidden in the article
    (``Article.task``) are refused: the deterministic fallbacks stand in for them."""
    if article.task is None:
        return
    refused = []
    for name in ("h1", "seo_title", "meta_description"):
        value = getattr(frame, name)
        if value and article.task.reason(value):
            refused.append(value)
            setattr(frame, name, None)
    for number, heading in list((frame.headings or {}).items()):
        if article.task.reason(heading):
            refused.append(heading)
            del frame.headings[number]
    if refused:
        session.notes.append(f"injected task: {len(refused)} heading(s) refused (they carry out "
                             f"an instruction hidden in the source), e.g. «{refused[0][:60]}»")
