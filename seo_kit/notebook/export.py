"""Share results with editors who do not run Python: files that open anywhere.

- a variant as Markdown with front matter (for a CMS import) or as a standalone HTML page with its
  meta tags and a JSON-LD ``NewsArticle``;
- a comparison DataFrame as CSV or as a standalone HTML report (styled table, score chart, the
  variants rendered).

Every export goes through `redact`: no API key, bearer token or local file path leaves the machine
in a shared file, and every piece of model or article text is sanitised by `seo_kit.notebook.render`.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from seo_kit.notebook.render import escape, markdown_to_html
from seo_kit.rewrite.variant import markdown_with_front_matter, publishable_meta

__all__ = [
    "comparison_to_csv",
    "news_article_jsonld",
    "publishable_meta",
    "redact",
    "to_html_report",
    "variant_to_html",
    "variant_to_markdown",
]

_SECRET_PATTERNS = (
    re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"),  # OpenAI-style keys
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._\-]{8,}"),
    re.compile(r"(?i)\b(api[_-]?key|token|secret|password)(\s*[=:]\s*)[^\s,;\"']+"),
)
# Absolute paths under the usual private roots (POSIX and Windows); addresses like
# http://127.0.0.1:8000/v1 are not paths and stay.
_PATH_PATTERN = re.compile(
    r"(?<![\w:/.])(?:file://)?(?:/(?:home|root|Users|tmp|var|private|mnt|opt|srv|work|run)"
    r"(?:/[^\s\"'<>|:;,)]*)?|[A-Za-z]:\\[^\s\"'<>|]*)"
)


def redact(text: str) -> str:
    """Remove secrets (keys, tokens) and local paths from text about to be shared."""
    if not text:
        return text
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) + m.group(2) if m.lastindex else "") + "[masqué]",
                           text)
    key = os.environ.get("OPENAI_API_KEY")
    if key and len(key) >= 6:
        text = text.replace(key, "[masqué]")
    return _PATH_PATTERN.sub("[chemin local]", text)


def _field(variant: Any, name: str, default: Any = None) -> Any:
    if isinstance(variant, dict):
        return variant.get(name, default)
    if isinstance(variant, str):
        return default
    return getattr(variant, name, default)


def _keywords(variant: Any) -> list[str]:
    brief = _field(variant, "brief") or {}
    return [str(k) for k in (brief.get("keywords") or ())]


def _created_at(variant: Any) -> str:
    created = _field(variant, "created_at")
    if isinstance(created, datetime):
        return created.isoformat()
    if created:
        return str(created)
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def variant_to_markdown(variant: Any) -> str:
    """The variant (a Variant or its dict) as Markdown with the front matter seo_kit writes
    everywhere (seo_kit.rewrite.variant.front_matter), secrets and local paths redacted."""
    return redact(markdown_with_front_matter(variant))


def news_article_jsonld(variant: Any, *, publisher: str | None = None,
                        author: str | None = None, url: str | None = None) -> dict:
    """A schema.org NewsArticle for the variant (headline cut at Google's 110 characters)."""
    text = _field(variant, "text") or ""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": (_field(variant, "title") or "")[:110],
        "description": publishable_meta(_field(variant, "meta_description") or ""),
        "inLanguage": _field(variant, "lang") or "fr",
        "datePublished": _created_at(variant),
        # the scorer's count (Yoast's way) when the variant has one; else a plain split
        "wordCount": _field(variant, "words") or len(text.split()),
    }
    if keywords := _keywords(variant):
        data["keywords"] = ", ".join(keywords)
    if author:
        data["author"] = {"@type": "Person", "name": author}
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    if url:
        data["mainEntityOfPage"] = url
    return data


def _jsonld_script(data: dict) -> str:
    # "</script>" inside a string must not close the element: escape every "<", ">" and "&".
    payload = json.dumps(data, ensure_ascii=False, indent=2)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{redact(payload)}\n</script>'


_PAGE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;
padding:0 1rem;line-height:1.6;color:#1d2327}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #dcdcde;padding:.25rem .5rem}
th{background:#f6f7f7}.seo-diff del{background:#fbd3d3}.seo-diff ins{background:#d3f5d9}
"""


def variant_to_html(variant: Any, *, publisher: str | None = None, author: str | None = None,
                    url: str | None = None) -> str:
    """A standalone HTML page: title, meta description, Open Graph, JSON-LD, sanitised body."""
    title = _field(variant, "title") or ""
    meta = publishable_meta(_field(variant, "meta_description") or "")
    lang = _field(variant, "lang") or "fr"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f'<meta name="description" content="{escape(meta)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(title)}">',
        f'<meta property="og:description" content="{escape(meta)}">',
    ]
    if keywords := _keywords(variant):
        head.append(f'<meta name="keywords" content="{escape(", ".join(keywords))}">')
    if url:
        head.append(f'<link rel="canonical" href="{escape(url)}">')
    head.append(_jsonld_script(news_article_jsonld(variant, publisher=publisher, author=author,
                                                   url=url)))
    body = markdown_to_html(_field(variant, "text") or "")
    page = (f'<!doctype html>\n<html lang="{escape(lang)}">\n<head>\n' + "\n".join(head)
            + f"\n<style>{_PAGE_CSS}</style>\n</head>\n<body>\n<article>\n{body}</article>\n"
            "</body>\n</html>\n")
    return redact(page)


def comparison_to_csv(df, path: str | Path | None = None) -> str:
    """The comparison as CSV (UTF-8); written to `path` when given. Returns the CSV text."""
    csv = redact(df.to_csv(index=True))
    if path is not None:
        Path(path).write_text(csv, encoding="utf-8")
    return csv


def _chart_img(df) -> str:
    from seo_kit.notebook.views import plot_scores

    fig = plot_scores(df).figure
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="scores" src="data:image/png;base64,{encoded}">'


def _settings_html(settings: Any, lang: str) -> str:
    """The run's settings and the report's date, as a definition list."""
    from dataclasses import asdict, is_dataclass

    values = asdict(settings) if is_dataclass(settings) else dict(settings or {})
    values.pop("article", None)
    values.pop("template_text", None)
    values.pop("base_url", None)  # an address is nobody's business in a shared report
    when = datetime.now(UTC).replace(microsecond=0).isoformat()
    rows = [("date", when)] + [(k, ", ".join(v) if isinstance(v, (list, tuple)) else v)
                               for k, v in values.items()]
    return "<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows) + "</dl>"


def _variant_html(variant: Any, lang: str) -> str:
    """One variant's prompt version, advice (problems and improvements) and facts."""
    from seo_kit.compare import report_of
    from seo_kit.notebook.checks import check_panel
    from seo_kit.notebook.labels import HEADERS
    from seo_kit.notebook.prompt_form import version_names
    from seo_kit.notebook.views import version_labels, version_text
    from seo_kit.score.report import Report

    report = report_of(variant)  # a Report, or the one saved with the variant in the run log
    template = str(_field(variant, "template") or "")
    version = version_text(_field(variant, "template_version"), version_labels()) \
        if _field(variant, "template_version") else \
        version_names().get(template, {}).get("label") or template or "-"
    parts = [f"<h3>{escape(_field(variant, 'title') or '')}</h3>",
             f"<p>{escape(HEADERS[lang]['template_version'])} : {escape(version)}</p>"]
    if isinstance(report, Report):
        brief = _field(variant, "brief") or {}
        keyphrase = (brief.get("keywords") or [None])[0]
        panel = check_panel(report, ui_lang=lang, keyphrase=keyphrase)
        advice = [*panel.problems, *panel.improvements]
        parts.append("<ul>" + "".join(f"<li><b>{escape(i.name)}</b> : {escape(i.advice)}</li>"
                                      for i in advice) + "</ul>")
        facts = dict(report.facts or {})
        grounding = report.get("grounding")
        if grounding is not None and isinstance(grounding.value, dict):
            for key in ("unsupported", "unverified"):
                facts[key] = [item.get("sentence") for item in grounding.value.get(key) or ()]
        for key in ("dropped", "added", "unsupported", "unverified"):
            if facts.get(key):
                parts.append(f"<p>{escape(HEADERS[lang]['facts_' + key])} : "
                             f"{escape(', '.join(map(str, facts[key])))}</p>")
    return "<section>" + "".join(parts) + "</section>"


def to_html_report(df, *, title: str = "Comparaison des variantes", variants=None,
                   chart: bool = True, lang: str = "fr", path: str | Path | None = None,
                   settings: Any = None) -> str:
    """A standalone HTML report of a comparison: the settings and date, styled table, chart,
    checks, each variant's prompt version, advice and facts lost/added, the texts rendered."""
    from seo_kit.compare import rating_columns
    from seo_kit.notebook.views import style_checks, style_comparison

    parts = [f"<h1>{escape(title)}</h1>", _settings_html(settings, lang),
             style_comparison(df, lang=lang).to_html(), "<!--chart-->"]
    if rating_columns(df):
        parts.append(style_checks(df, lang=lang).to_html())
    if "text" in df.columns:
        for label, text in df["text"].items():
            parts.append(f"<details><summary>{escape(label)}</summary>"
                         f"{markdown_to_html(str(text or ''))}</details>")
    for variant in variants or ():
        parts.append(_variant_html(variant, lang))
    page = (f'<!doctype html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>{_PAGE_CSS}body{{max-width:none}}</style>\n"
            "</head>\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n")
    # Redact before the chart goes in: base64 could look like a path by chance.
    page = redact(page)
    has_scores = {"seo_score", "readability_score"} <= set(df.columns)
    chart_html = _chart_img(df) if chart and has_scores else ""
    page = page.replace("<!--chart-->", chart_html, 1)
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page
