"""What the page would look like in Google's results: title width, cuts, meta length, slug.

Widths come from a committed table of Arial advance widths at 20 px (generated from the
metric-compatible Liberation Sans by .ci/gen_title_widths.py), the font and size Yoast measures the
SEO title with. Google cuts desktop titles at about 600 px and descriptions at about 920 px of
14 px Arial (about 156 characters, Yoast's limit).
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat

from seo_kit.lang import check_lang
from seo_kit.text.fold import slugify

__all__ = [
    "META_MAX_CHARS",
    "META_MAX_PX",
    "TITLE_MAX_PX",
    "serp_preview",
    "text_width_px",
    "title_width_px",
]

TITLE_MAX_PX = 600
META_MAX_CHARS = 156
META_MAX_PX = 920
_META_FONT_PX = 14
_ELLIPSIS = " …"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, float], float]:
    raw = resources.files("seo_kit.score").joinpath("data/arial_20px_widths.json").read_text("utf-8")
    data = json.loads(raw)
    return data["widths"], data["default"]


def text_width_px(text: str, size_px: float = 20) -> float:
    """Width of ``text`` in Arial at ``size_px``, unrounded (unknown characters get the mean)."""
    widths, default = _table()
    return sum(map(widths.get, text, repeat(default))) * size_px / 20


def title_width_px(title: str) -> int:
    """SEO-title width in pixels, Arial 20 px, as Yoast measures it."""
    return round(text_width_px(title or ""))


def _cut(text: str, max_px: float, size_px: float) -> int | None:
    """Index where Google would cut ``text`` (at a word boundary, leaving room for " …")."""
    if text_width_px(text, size_px) <= max_px:
        return None
    room = max_px - text_width_px(_ELLIPSIS, size_px)
    width, last_space, cut = 0.0, None, 0
    widths, default = _table()
    for i, char in enumerate(text):
        width += widths.get(char, default) * size_px / 20
        if width > room:
            cut = i
            break
        if char == " ":
            last_space = i
    return last_space if last_space else cut


def serp_preview(title: str | None, meta: str | None, slug: str | None = None, *,
                 lang: str) -> dict:
    """Title width and cut, meta description length and cut, and the slug (from the title if None;
    ``slug_short`` is the same without ``lang``'s function words). Widths in pixels, lengths in
    characters. InputError for an unsupported ``lang``."""
    check_lang(lang)
    title = (title or "").strip()
    meta = (meta or "").strip()
    width = title_width_px(title)
    title_cut = _cut(title, TITLE_MAX_PX, 20)
    meta_px = round(text_width_px(meta, _META_FONT_PX))
    meta_cut = _cut(meta, META_MAX_PX, _META_FONT_PX)
    if meta_cut is None and len(meta) > META_MAX_CHARS:
        meta_cut = meta.rfind(" ", 0, META_MAX_CHARS) if " " in meta[:META_MAX_CHARS] \
            else META_MAX_CHARS
    return {
        "title": title,
        "title_width_px": width,
        "title_max_px": TITLE_MAX_PX,
        "title_truncated": title_cut is not None,
        "title_cut_at": title_cut,
        "title_display": title if title_cut is None else title[:title_cut].rstrip() + _ELLIPSIS,
        "meta_description": meta,
        "meta_chars": len(meta),
        "meta_width_px": meta_px,
        "meta_max_chars": META_MAX_CHARS,
        "meta_truncated": meta_cut is not None,
        "meta_cut_at": meta_cut,
        "meta_display": meta if meta_cut is None else meta[:meta_cut].rstrip() + _ELLIPSIS,
        "slug": slug.strip() if slug is not None else slugify(title),
        "slug_from_title": slug is None,
        "slug_short": slugify(title, drop_words=_function_words(lang)),
    }


@cache
def _function_words(lang: str) -> frozenset[str]:
    from seo_kit.score.matching import function_words

    slugs = (slugify(w) for w in function_words(lang))  # "à" → "a", as it reads in a slug
    return frozenset(s for s in slugs if s and "-" not in s)
