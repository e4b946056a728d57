"""A Variant: one rewritten article with everything needed to judge, reproduce and compare it.

A Variant never holds an API key: it keeps the endpoint's URL and model name only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from seo_kit.llm.records import new_call_id, utc_now

__all__ = ["Variant"]


@dataclass
class Variant:
    text: str  # Markdown, starting with the H1
    title: str  # SEO title (<title>)
    meta_description: str
    slug: str
    lang: str
    mode: str  # "rewrite" | "restructure"
    brief: dict[str, Any]
    template: str
    messages: list[list[dict[str, str]]] = field(default_factory=list)  # rendered, per call
    model: str = ""
    base_url: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0  # wall-clock time of the whole rewrite
    cost_usd: float | None = None
    constraints: dict[str, bool] = field(default_factory=dict)
    report: Any = None  # seo_kit.score.Report of the final text, or None
    source_text: str = ""
    call_ids: list[str] = field(default_factory=list)
    created_at: str = field(default_factory=utc_now)
    id: str = field(default_factory=new_call_id)
    notes: list[str] = field(default_factory=list)  # what the engine repaired or fell back on

    @property
    def words(self) -> int:
        if self.report is not None:
            return self.report.words
        from seo_kit.text.document import parse

        return len(parse(self.text, lang=self.lang).words)

    @property
    def ok(self) -> bool:
        """Every constraint of the brief was met."""
        return all(self.constraints.values())

    def to_dict(self) -> dict[str, Any]:
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
        return {
            "title": self.title, "meta_description": self.meta_description, "slug": self.slug,
            "lang": self.lang, "keywords": list(self.brief.get("keywords", ())),
            "mode": self.mode, "template": self.template, "model": self.model,
            "variant_id": self.id, "created_at": self.created_at, "words": self.words,
            "constraints": dict(self.constraints),
        }

    def markdown_with_front_matter(self) -> str:
        """The article as a Markdown file with YAML front matter (values JSON-quoted: valid YAML)."""
        lines = ["---"]
        for key, value in self.front_matter().items():
            if isinstance(value, dict):
                lines.append(f"{key}:")
                lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
            else:
                lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
        lines.append("---")
        return "\n".join(lines) + "\n\n" + self.text.strip() + "\n"

    def _repr_markdown_(self) -> str:  # Jupyter shows the article
        return self.text
