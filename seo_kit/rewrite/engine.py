"""The one way a rewrite calls its model: a Session renders a template step, calls achat()
(run log, cache), keeps the records and the notes, and reports each step to the progress callback.

A step's ``article`` variable is the passage of the source that step works from (the lead for the
standfirst, a section's own passage for the section: seo_kit.rewrite.plan), not the whole
article: a small model given the whole article moves actions from one person to another.
"""

from __future__ import annotations

from typing import Any

from seo_kit.errors import AnswerError, InputError
from seo_kit.lang import LANGS, section_labels
from seo_kit.llm import RunLog
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.clean import clean_answer, cut_to_sentence
from seo_kit.rewrite.progress import Progress, Step, emit
from seo_kit.rewrite.templates import Template

__all__ = ["FALLBACK_HEADINGS", "TOKENS_PER_WORD", "Session", "body_of", "lang_of"]

FALLBACK_HEADINGS = {lang: list(section_labels(lang)) for lang in LANGS}  # claim-free titles
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
        self.unchanged: set[tuple] = set()  # requests a repair made already: not made again
        # the embedded model loading (an awaitable set by seo_kit.rewrite.api), None when ready
        self.ready: Any = None

    async def model_ready(self) -> None:
        """Wait for the model load started by the caller (``ready``), once; step "model" done."""
        if self.ready is None:
            return
        ready = self.ready
        try:
            await ready
        finally:
            if self.ready is ready:
                self.ready = None
                self.step("model", "done")

    def step(self, name: str, state: str = "start", **fields: Any) -> None:
        """Report a step to the progress callback (which may cancel the run by raising)."""
        emit(self.on_step, Step(brief=0, name=name, state=state, **fields))  # type: ignore[arg-type]

    async def call(self, step: str, *, max_tokens: int, temperature: float | None = None,
                   **values) -> tuple[str, bool]:
        """(answer text, truncated); an empty answer is retried once, then AnswerError."""
        from seo_kit.llm import achat  # the openai client loads with the first call

        await self.model_ready()
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
        body = body_of(text, truncated)
        if body and lang_of(body) not in (self.brief.lang, None):
            self.notes.append(f"{step}: answer not in {self.brief.lang}, rewritten once")
            text, truncated = await self.call(
                "relang", max_tokens=max_tokens, draft=body,
                section_words=values.get("section_words", self.values.get("section_words")),
                **({"article": values["article"]} if "article" in values else {}))
            body = body_of(text, truncated)
        return body


def body_of(text: str, truncated: bool) -> str:
    """A model's answer as clean body Markdown; an answer cut by max_tokens loses its unfinished
    last sentence."""
    body = clean_answer(text)
    return cut_to_sentence(body) if truncated else body


def lang_of(text: str) -> str | None:
    """The language of ``text`` (seo_kit.lang.detect_language), None when it cannot tell."""
    from seo_kit.lang import detect_language

    try:
        return detect_language(text)
    except InputError:
        return None
