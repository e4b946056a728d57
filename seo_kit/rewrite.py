"""Brief → Variant: rewrite or restructure an article with a model, check it, repair it, log it.

    >>> variant = seo_kit.rewrite("article.txt", lang="fr", keywords=("Lavrov",), min_words=700)
    >>> variant.constraints, variant.report.seo_score

Mode "rewrite" plans an outline (an H1 and N intertitles, N × words per section ≥ min_words), writes
the standfirst and every section as separate calls that share one prompt prefix (system prompt,
article, brief: llama.cpp reuses it from its cache), assembles, scores the draft and repairs what
fails for ``brief.max_repairs`` rounds (seo_kit.repair). Mode "restructure" keeps every source
sentence (seo_kit.restructure). Each Variant is saved to the run log before it is returned.

rewrite_many() runs several briefs concurrently through achat(). Finished variants are saved as
they finish; if some briefs fail, it raises RewriteManyError *after* saving the others, and the
error carries them (``.variants``) and the failures (``.errors``). With return_exceptions=True the
failures take their place in the returned list instead.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from dataclasses import dataclass, field, fields, replace
from typing import Any

from seo_kit import repair, restructure
from seo_kit.errors import AnswerError, InputError, SeoKitError
from seo_kit.inputs import Article, read_article
from seo_kit.llm import Endpoint, RunLog, achat, resolve_endpoint
from seo_kit.templates import Template, load_template
from seo_kit.variant import Variant

__all__ = ["Brief", "RewriteManyError", "arewrite", "rewrite", "rewrite_many"]

LANG_NAMES = {"fr": {"fr": "français", "en": "anglais"}, "en": {"fr": "French", "en": "English"}}
AUDIENCE = {"fr": "le grand public", "en": "a general audience"}
FALLBACK_HEADINGS = {
    "fr": ["Le contexte", "Les faits", "Les enjeux", "Les réactions", "Ce qu’il faut savoir",
           "Les perspectives", "En détail", "Les acteurs"],
    "en": ["The background", "The facts", "What is at stake", "The reactions", "What to know",
           "The outlook", "In detail", "The actors"],
}
TOKENS_PER_WORD = 1.8  # French on the Qwen/Llama tokenizers, with margin


@dataclass(frozen=True)
class Brief:
    """What the analyst asks for. ``api_key`` is used for the calls and never stored."""

    lang: str = "fr"
    tone: str = "informatif"
    keywords: tuple[str, ...] = ()
    min_words: int = 700
    audience: str | None = None
    mode: str = "rewrite"  # "rewrite" | "restructure"
    template: str | None = None  # name or path; default: the mode's name
    temperature: float = 0.7
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    seed: int | None = None
    section_words: int = 190  # asked of each section; small models deliver ~75 %
    max_repairs: int = 2
    use_cache: bool = True
    template_folder: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # more template variables

    def __post_init__(self) -> None:
        if isinstance(self.keywords, str):
            object.__setattr__(self, "keywords", (self.keywords,))
        object.__setattr__(self, "keywords", tuple(k.strip() for k in self.keywords if k.strip()))
        if self.mode not in ("rewrite", "restructure"):
            raise InputError(f"unknown mode {self.mode!r}: use 'rewrite' or 'restructure'")
        if self.lang not in LANG_NAMES:
            raise InputError(f"unsupported language {self.lang!r}: use 'fr' or 'en'")
        if self.min_words < 0 or self.min_words > 5000:
            raise InputError(f"min_words={self.min_words}: choose between 0 and 5000")

    @property
    def keyphrase(self) -> str | None:
        return self.keywords[0] if self.keywords else None

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "api_key"}
        data["keywords"] = list(self.keywords)
        return data

    def endpoint(self) -> Endpoint:
        return resolve_endpoint(base_url=self.base_url, api_key=self.api_key, model=self.model)


class RewriteManyError(SeoKitError):
    """Some briefs of rewrite_many failed; the finished variants are saved and kept here."""

    def __init__(self, variants: list[Variant | None], errors: dict[int, BaseException]):
        self.variants = variants
        self.errors = errors
        done = sum(v is not None for v in variants)
        lines = "; ".join(f"brief {i + 1}: {type(e).__name__}: {e}" for i, e in errors.items())
        super().__init__(f"{len(errors)} of {len(variants)} rewrites failed ({lines}). The {done} "
                         "finished variants are saved in the run log and in .variants; rerun the "
                         "failed briefs (identical calls come from the cache).")


class _Session:
    """The calls of one variant: renders a template step, calls the model, keeps the records."""

    def __init__(self, brief: Brief, template: Template, values: dict, runlog: RunLog | None):
        self.brief, self.template, self.values, self.runlog = brief, template, values, runlog
        self.endpoint = brief.endpoint()
        self.records: list = []
        self.notes: list[str] = []

    async def call(self, step: str, *, max_tokens: int, **values) -> tuple[str, bool]:
        """(answer text, truncated); an empty answer is retried once, then AnswerError."""
        messages = self.template.render(step, **{**self.values, **values})
        for attempt in (0, 1):
            seed = self.brief.seed if attempt == 0 else (self.brief.seed or 0) + 1
            try:
                record = await achat(messages, endpoint=self.endpoint, max_tokens=max_tokens,
                                     temperature=self.brief.temperature, seed=seed,
                                     use_cache=self.brief.use_cache and attempt == 0,
                                     purpose=f"{self.brief.mode}:{step}", runlog=self.runlog)
            except AnswerError as exc:
                if attempt == 1:
                    raise AnswerError(f"step {step!r} got an empty answer twice: {exc}") from None
                self.notes.append(f"{step}: empty answer, retried once")
                continue
            self.records.append(record)
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
    delivered = 0.75 * brief.section_words  # what small models actually write per call
    n_sections = max(2, min(8, math.ceil((brief.min_words - 0.8 * intro_words) / delivered)))
    return n_sections, brief.section_words, intro_words


async def _write(article: Article, brief: Brief, session: _Session) -> dict:
    """Outline → (standfirst, sections, meta) → assembled draft."""
    n_sections, section_words, intro_words = _plan(brief)
    session.values.update(n_sections=n_sections, section_words=section_words,
                          intro_words=intro_words, paragraphs=3 if section_words > 150 else 2)
    answer, _ = await session.call("outline", max_tokens=40 + 30 * n_sections)
    h1, headings = repair.parse_outline(answer, n_sections)
    if h1 is None:
        h1 = repair.fallback_title(article.title or headings[0] if headings else
                                   FALLBACK_HEADINGS[brief.lang][0], brief.keyphrase, 90)
        session.notes.append("outline: no H1 in the answer, fallback used")
    spare = [h for h in FALLBACK_HEADINGS[brief.lang] if h not in headings]
    if len(headings) < n_sections:
        session.notes.append(f"outline: {len(headings)} intertitles of {n_sections}, completed")
        headings += spare[:n_sections - len(headings)]
    outline = "\n".join([f"# {h1}", *(f"## {h}" for h in headings)])
    per_section = int(section_words * TOKENS_PER_WORD) + 60
    intro_task = session.language_checked("intro", max_tokens=int(intro_words * 2.5) + 40,
                                          outline=outline)
    section_tasks = [session.language_checked("section", max_tokens=per_section,
                                              outline=outline, heading=h) for h in headings]
    meta_task = session.call("meta", max_tokens=120, title=h1) if "meta" in \
        session.template.steps else _none()
    intro, *bodies, meta = await asyncio.gather(intro_task, *section_tasks, meta_task)
    seo_title, meta_description = repair.parse_meta(meta[0]) if meta else (None, None)
    return {"h1": h1, "intro": intro, "sections": list(zip(headings, bodies)),
            "seo_title": seo_title, "meta_description": meta_description, "outline": outline}


async def _none() -> None:
    return None


async def _repair(draft: dict, brief: Brief, session: _Session, source: str) -> dict:
    """Bounded rounds: extend short drafts, rewrite parts in the wrong language, redo the intro."""
    for round_number in range(1, brief.max_repairs + 1):
        text = repair.assemble(draft["h1"], draft["intro"], draft["sections"])
        constraints, report = repair.check_constraints(text, source=source, **_meta(draft, brief))
        tasks: dict[Any, Any] = {}
        if not constraints["language"]:
            for index, (heading, body) in enumerate(draft["sections"]):
                if _lang_of(body) != brief.lang:
                    tasks[index] = session.call("relang", max_tokens=int(
                        session.values["section_words"] * TOKENS_PER_WORD) + 60, draft=body)
        if not constraints["min_words"]:
            deficit = brief.min_words - report.words
            extra_words = 130
            count = min(len(draft["sections"]), math.ceil(deficit / (0.75 * extra_words)))
            shortest = sorted(range(len(draft["sections"])),
                              key=lambda i: len(draft["sections"][i][1].split()))
            for index in [i for i in shortest if i not in tasks][:count]:
                heading, body = draft["sections"][index]
                tasks[("extend", index)] = session.call(
                    "extend", max_tokens=int(extra_words * TOKENS_PER_WORD) + 60,
                    heading=heading, draft=body, extra_words=extra_words)
        if not constraints.get("keyphrase_in_intro", True) and "fix_intro" in \
                session.template.steps:
            tasks["intro"] = session.call("fix_intro", max_tokens=220)
        if not tasks:
            break
        session.notes.append(f"repair round {round_number}: " + ", ".join(
            f"{k[0]} section {k[1] + 1}" if isinstance(k, tuple) else
            ("intro" if k == "intro" else f"relang section {k + 1}") for k in tasks))
        answers = dict(zip(tasks, await asyncio.gather(*tasks.values())))
        sections = list(draft["sections"])
        for key, (text_answer, truncated) in answers.items():
            body = _body(text_answer, truncated)
            if key == "intro":
                draft["intro"] = body or draft["intro"]
            elif isinstance(key, tuple):
                heading, old = sections[key[1]]
                sections[key[1]] = (heading, f"{old}\n\n{body}".strip())
            else:
                sections[key] = (sections[key][0], body or sections[key][1])
        draft["sections"] = sections
    _drop_invented_facts(draft, brief, source, session)
    return draft


def _meta(draft: dict, brief: Brief) -> dict:
    keyphrase = brief.keyphrase
    title = draft.get("seo_title") or ""
    if not title or len(title) > 70 or (keyphrase and keyphrase.lower() not in title.lower()):
        title = repair.fallback_title(draft["h1"], keyphrase)
    meta = draft.get("meta_description") or ""
    if not (80 <= len(meta) <= 170) or (keyphrase and keyphrase.lower() not in meta.lower()):
        meta = repair.fallback_meta(draft["intro"] or draft["h1"], keyphrase, brief.lang)
    draft["seo_title"], draft["meta_description"] = title, meta
    return {"lang": brief.lang, "min_words": brief.min_words, "keyphrase": keyphrase,
            "title": title, "meta_description": meta, "slug": repair.slugify(title)}


def _drop_invented_facts(draft: dict, brief: Brief, source: str, session: _Session) -> None:
    """Remove sentences stating facts the source lacks, as long as the text stays long enough."""
    text = repair.assemble(draft["h1"], draft["intro"], draft["sections"])
    invented = repair.invented_fact_sentences(text, source, brief.lang)
    words = len(text.split())
    dropped = 0
    sections = list(draft["sections"])
    for sentence in invented:
        size = len(sentence.split())
        if words - size < brief.min_words * 1.02:
            continue
        for index, (heading, body) in enumerate(sections):
            if sentence in body:
                sections[index] = (heading, body.replace(sentence, "", 1).replace("  ", " "))
                words -= size
                dropped += 1
                break
    draft["sections"] = [(h, "\n\n".join(p.strip() for p in b.split("\n\n") if p.strip()))
                         for h, b in sections]
    if invented:
        session.notes.append(f"facts: {len(invented)} sentence(s) with facts absent from the "
                             f"source, {dropped} removed")


async def _restructure(article: Article, brief: Brief, session: _Session) -> dict:
    doc_paragraphs = [p for p in article.text.split("\n") if p.strip() and not p.startswith("#")]
    n_sections = max(2, min(6, round(len(doc_paragraphs) / 3)))
    groups = restructure.group_paragraphs(doc_paragraphs[1:] or doc_paragraphs, n_sections)
    frame = restructure.Frame()
    try:
        answer, _ = await session.call(
            "headings", max_tokens=60 + 25 * n_sections, n_sections=len(groups),
            article=restructure.digest(groups, brief.lang))
        frame = restructure.parse_headings(answer, len(groups), article.text, brief.lang)
    except AnswerError as exc:
        session.notes.append(f"headings: {exc}; deterministic fallbacks used")
    built = restructure.build(article.text, lang=brief.lang, keyphrase=brief.keyphrase,
                              n_sections=len(groups), frame=frame, title=article.title)
    session.notes.extend(built["notes"])
    return built


async def arewrite(article: str | bytes | Article, brief: Brief | None = None, *,
                   runlog: RunLog | None = None, **brief_fields) -> Variant:
    """The async form of rewrite() (for notebooks with a running loop, and rewrite_many)."""
    brief = replace(brief, **brief_fields) if brief is not None else Brief(**brief_fields)
    if not isinstance(article, Article):
        article = read_article(article, lang=brief.lang)
    started = time.perf_counter()
    template = load_template(brief.template or brief.mode, brief.lang,
                             folder=brief.template_folder)
    template.require_steps(*(("headings",) if brief.mode == "restructure"
                             else ("outline", "intro", "section")))
    values = {"lang": brief.lang, "lang_name": LANG_NAMES[template.lang][brief.lang],
              "tone": brief.tone, "audience": brief.audience or AUDIENCE[template.lang],
              "keywords": ", ".join(brief.keywords) or "-", "keyphrase": brief.keyphrase or "",
              "min_words": brief.min_words, "mode": brief.mode, "article": article.text,
              **brief.extra}
    session = _Session(brief, template, values, runlog)
    session.notes.extend(article.notes)
    if brief.mode == "restructure":
        built = await _restructure(article, brief, session)
        text, meta = built["text"], {"title": built["title"],
                                     "meta_description": built["meta_description"],
                                     "slug": built["slug"]}
    else:
        draft = await _repair(await _write(article, brief, session), brief, session,
                              article.text)
        text = repair.assemble(draft["h1"], draft["intro"], draft["sections"])
        meta = {k: v for k, v in _meta(draft, brief).items()
                if k in ("title", "meta_description", "slug")}
    constraints, report = repair.check_constraints(
        text, lang=brief.lang, min_words=brief.min_words, keyphrase=brief.keyphrase,
        source=article.text, **meta)
    variant = _variant(text, meta, brief, template, session, constraints, report, article,
                       time.perf_counter() - started)
    (runlog or RunLog()).save_variant(variant.to_dict())
    return variant


def _variant(text, meta, brief, template, session, constraints, report, article, latency):
    records = session.records
    costs = [r.cost_usd for r in records]
    return Variant(
        text=text, title=meta["title"], meta_description=meta["meta_description"],
        slug=meta["slug"], lang=brief.lang, mode=brief.mode, brief=brief.to_dict(),
        template=template.path or template.name,
        messages=[[dict(m) for m in r.messages] for r in records],
        model=session.endpoint.model, base_url=session.endpoint.base_url,
        prompt_tokens=sum((r.prompt_tokens or 0) for r in records if not r.cached),
        completion_tokens=sum((r.completion_tokens or 0) for r in records if not r.cached),
        latency_s=round(latency, 3),
        cost_usd=None if any(c is None for c in costs) else round(sum(costs), 6),
        constraints=constraints, report=report, source_text=article.text,
        call_ids=[r.id for r in records], notes=list(session.notes))


def _run(coro):
    """Run a coroutine from sync code, also inside Jupyter (where a loop is already running)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["result"]


def rewrite(article: str | bytes | Article, brief: Brief | None = None, *,
            runlog: RunLog | None = None, **brief_fields) -> Variant:
    """Rewrite (or restructure) one article; the Variant is saved to the run log first."""
    return _run(arewrite(article, brief, runlog=runlog, **brief_fields))


async def arewrite_many(article, briefs, *, concurrency: int = 4, progress: bool = True,
                        return_exceptions: bool = False, runlog: RunLog | None = None) -> list:
    from tqdm.auto import tqdm

    if not isinstance(article, Article):
        article = read_article(article, lang=briefs[0].lang if briefs else None)
    limit = asyncio.Semaphore(max(1, concurrency))
    results: list[Any] = [None] * len(briefs)
    bar = tqdm(total=len(briefs), desc="variants", disable=not progress)

    async def one(index: int, brief: Brief) -> None:
        async with limit:
            try:
                results[index] = await arewrite(article, brief, runlog=runlog)
            except SeoKitError as exc:
                results[index] = exc
            finally:
                bar.update(1)

    try:
        await asyncio.gather(*(one(i, b) for i, b in enumerate(briefs)))
    finally:
        bar.close()
    errors = {i: r for i, r in enumerate(results) if isinstance(r, BaseException)}
    if errors and not return_exceptions:
        raise RewriteManyError([None if i in errors else r for i, r in enumerate(results)],
                               errors)
    return results


def rewrite_many(article: str | bytes | Article, briefs: list[Brief], *, concurrency: int = 4,
                 progress: bool = True, return_exceptions: bool = False,
                 runlog: RunLog | None = None) -> list[Variant]:
    """Several briefs concurrently (at most ``concurrency`` at once), with a progress bar."""
    return _run(arewrite_many(article, briefs, concurrency=concurrency, progress=progress,
                              return_exceptions=return_exceptions, runlog=runlog))


def brief_from_dict(data: dict) -> Brief:
    known = {f.name for f in fields(Brief)}
    return Brief(**{k: v for k, v in data.items() if k in known})

