"""A Variant: one rewritten article with everything needed to judge, reproduce and compare it,
and the one Markdown front matter seo_kit writes (the CLI's files and the notebook's export).

A Variant never holds an API key: it keeps the endpoint's URL and model name only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from seo_kit.llm.records import new_call_id, utc_now

if TYPE_CHECKING:
    from seo_kit.score.report import Report

__all__ = ["Variant", "front_matter", "markdown_with_front_matter", "publishable_meta"]


@dataclass
class Variant:
    """One finished rewrite, as rewrite() returns it and the run log keeps it (``to_dict()``).

    The page: ``text`` (Markdown, starting with the H1), ``title`` (the SEO title, <title>;
    Google cuts it at about 600 pixels, see ``report.serp``), ``meta_description`` (characters;
    Yoast's metaDescriptionLength wants 120–156), ``slug`` (ASCII, hyphens), ``lang`` ("fr" |
    "en"). How it was made: ``mode`` ("rewrite" | "restructure"), ``brief`` (Brief.to_dict(): no
    key), ``template`` (name or path) and ``template_version`` (``name@<content hash>``, its
    content kept in the run log's templates), ``messages`` (the rendered messages of each
    call), ``model`` and ``base_url``, ``call_ids`` (rows of the run log), ``notes`` (what the engine repaired or
    fell back on). What it cost: ``prompt_tokens`` / ``completion_tokens`` (summed over the calls
    not answered from the cache), ``latency_s`` (seconds, wall clock of the whole rewrite),
    ``cost_usd`` (dollars; None when the endpoint's price is unknown, as for local models).
    How it scores: ``constraints`` ({constraint name: met}, the brief's checks), ``report`` (the
    seo_kit Report of ``text``: Yoast SEO and readability totals 0–100 and every check), and
    ``source_text`` (the article it was made from). ``created_at`` is UTC ISO 8601; ``id`` is
    unique. ``words`` counts Yoast words (as seo_kit.score does).
    """

    text: str
    title: str
    meta_description: str
    slug: str
    lang: str
    mode: str
    brief: dict[str, Any]
    template: str
    messages: list[list[dict[str, str]]] = field(default_factory=list)
    model: str = ""
    base_url: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    cost_usd: float | None = None
    constraints: dict[str, bool] = field(default_factory=dict)
    report: Report | None = None
    source_text: str = ""
    call_ids: list[str] = field(default_factory=list)
    created_at: str = field(default_factory=utc_now)
    id: str = field(default_factory=new_call_id)
    notes: list[str] = field(default_factory=list)
    template_version: str = ""

    @property
    def words(self) -> int:
        """Yoast words of ``text`` (the report's count when there is one)."""
        if self.report is not None:
            return self.report.words
        from seo_kit.text.document import parse

        return len(parse(self.text, lang=self.lang).words)

    @property
    def ok(self) -> bool:
        """Every constraint of the brief was met."""
        return all(self.constraints.values())

    def to_dict(self) -> dict[str, Any]:
        """Every field, the report as a dict, plus words, seo_score and readability_score."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["report"] = self.report.to_dict() if self.report is not None else None
        data["words"] = self.words
        data["seo_score"] = self.report.seo_score if self.report is not None else None
        data["readability_score"] = (self.report.readability_score
                                     if self.report is not None else None)
        return data

    def to_json(self, **kwargs) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, default=str, **kwargs)

    def front_matter(self) -> dict[str, Any]:
        """See front_matter()."""
        return front_matter(self)

    def markdown_with_front_matter(self) -> str:
        """See markdown_with_front_matter()."""
        return markdown_with_front_matter(self)

    def _repr_markdown_(self) -> str:  # Jupyter shows the article
        return self.text


def publishable_meta(text: str) -> str:
    """A meta description fit for a meta tag: never ends with "…" or "..." (a cut belongs on a
    preview screen, not in the page). A cut text ends at its last whole sentence when one is
    long enough (40 characters or more), else at its last whole word."""
    text = " ".join((text or "").split())
    if not text.endswith(("…", "...")):
        return text
    cut = text.rstrip(".…").rstrip()
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", cut)]
    if ends and ends[-1] >= 40:
        return cut[:ends[-1]]
    return cut.rstrip(",;:–- ")


def front_matter(variant: Variant | Mapping[str, Any]) -> dict[str, Any]:
    """The front matter of a variant (a Variant, or its dict from the run log or a notebook).

    The page's fields under the names static-site generators and CMS imports read: ``title``,
    ``description`` (the meta description), ``slug``, ``lang``, ``keywords`` (the brief's, the
    focus keyphrase first) and ``date`` (when it was made, ISO 8601); then how it was made, when
    known: ``mode``, ``template``, ``model``, ``variant_id``, ``words`` (Yoast words) and
    ``constraints`` ({name: met}). seo_kit.score reads ``title`` and ``description`` back.
    """
    def get(name: str) -> Any:
        if isinstance(variant, Mapping):
            return variant.get(name)
        return getattr(variant, name, None)

    brief = get("brief") or {}
    keywords = brief.get("keywords") if isinstance(brief, Mapping) else getattr(
        brief, "keywords", None)
    created = get("created_at")
    fields_ = {
        "title": get("title") or "",
        "description": publishable_meta(get("meta_description") or ""),
        "slug": get("slug") or "",
        "lang": get("lang"),
        "keywords": [str(k) for k in keywords or ()],
        "date": created.isoformat() if isinstance(created, datetime) else created or utc_now(),
        "mode": get("mode"),
        "template": get("template"),
        "model": get("model") or None,
        "variant_id": get("id"),
        "words": get("words"),
        "constraints": dict(get("constraints") or {}) or None,
    }
    return {k: v for k, v in fields_.items() if v is not None}


def markdown_with_front_matter(variant: Variant | Mapping[str, Any]) -> str:
    """The article as a Markdown file: YAML front matter (front_matter(); values JSON-quoted, so
    valid YAML whatever the text holds), a blank line, then ``text``."""
    lines = ["---"]
    for key, value in front_matter(variant).items():
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    text = variant.get("text") if isinstance(variant, Mapping) else variant.text
    return "\n".join([*lines, "---", "", (text or "").strip(), ""])
