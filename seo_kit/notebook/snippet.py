"""The Google result a variant would make, desktop and mobile, with Yoast-style length bars.

    >>> snippet_html(title, meta, slug, lang="fr", ui_lang="fr", domain="www.exemple.fr",
    ...              date="30 nov. 2026", device="mobile")

The bars follow Yoast's SERP preview: the title measured in pixels against 600 px (Arial 20 px,
seo_kit.score.serp), the meta description in characters against 156; orange when too short,
green when right, red when Google cuts. "…" is only ever drawn here, on screen: exports and
front matter keep the whole text (a cut is shown, never written into a meta tag).
"""

from __future__ import annotations

from seo_kit.notebook.labels import LABELS
from seo_kit.notebook.render import escape
from seo_kit.score.serp import serp_preview

__all__ = ["bar_html", "length_rating", "snippet_html"]

TITLE_MIN_PX = 400  # Yoast's SEO-title width: under 400 px "too short" (ok), 400–600 good
META_MIN_CHARS = 120  # Yoast's metaDescriptionLength: 120–156 good
_COLOURS = {"good": "#7ad03a", "ok": "#ee7c1b", "bad": "#dc3232"}
_WIDTH = {"desktop": 600, "mobile": 360}


def length_rating(value: float, low: float, high: float) -> str:
    """"ok" below `low` (too short), "good" up to `high`, "bad" beyond (cut)."""
    if value <= 0:
        return "bad"
    return "ok" if value < low else "good" if value <= high else "bad"


def bar_html(label: str, value: float, high: float, rating: str) -> str:
    """A progress bar in Yoast's colours; the bar fills at `high`."""
    fill = max(2.0, min(100.0, 100.0 * value / high)) if high else 0.0
    return (f'<div class="seo-bar" data-rating="{rating}" style="margin:4px 0;font-size:12px">'
            f'<div style="color:#50575e">{escape(label)}</div>'
            '<div style="background:#dcdcde;height:6px;width:300px;border-radius:3px">'
            f'<div style="background:{_COLOURS[rating]};height:6px;width:{fill:.0f}%;'
            'border-radius:3px"></div></div></div>')


def snippet_html(title: str, meta: str, slug: str, *, lang: str, ui_lang: str,
                 domain: str = "www.exemple.fr", date: str = "", device: str = "desktop",
                 bars: bool = True) -> str:
    """The snippet (escaped), then its two length bars unless `bars` is False.
    `device`: "desktop" or "mobile"."""
    text = LABELS[ui_lang]
    preview = serp_preview(title, meta, slug or None, lang=lang)
    width = _WIDTH[device]
    title_px = preview["title_width_px"]
    chars = preview["meta_chars"]
    title_rating = length_rating(title_px, TITLE_MIN_PX, preview["title_max_px"])
    meta_rating = length_rating(chars, META_MIN_CHARS, preview["meta_max_chars"])
    shown_title = preview["title_display"] if device == "desktop" else \
        _cut(preview["title"], 70)
    shown_meta = preview["meta_display"] if device == "desktop" else _cut(preview["meta_description"], 120)
    dated = f'<span style="color:#70757a">{escape(date)} — </span>' if date else ""
    site = escape(domain.strip() or "www.exemple.fr")
    title_size = 20 if device == "desktop" else 18
    return (
        f'<div class="seo-serp seo-serp-{device}" style="font-family:Arial,sans-serif;'
        f'max-width:{width}px;border:1px solid #dcdcde;border-radius:8px;padding:10px;'
        'margin-bottom:6px">'
        f'<div style="font-size:12px;color:#50575e">{escape(text[device])}</div>'
        f'<div style="font-size:14px;color:#202124">{site} › {escape(preview["slug"])}</div>'
        f'<div style="font-size:{title_size}px;color:#1a0dab;line-height:1.3">'
        f"{escape(shown_title)}</div>"
        f'<div style="font-size:14px;color:#4d5156;line-height:1.58">{dated}'
        f"{escape(shown_meta)}</div></div>"
        + (bar_html(text["title_bar"].format(px=title_px, max=preview["title_max_px"]),
                   title_px, preview["title_max_px"], title_rating)
        + bar_html(text["meta_bar"].format(chars=chars, max=preview["meta_max_chars"]),
                   chars, preview["meta_max_chars"], meta_rating) if bars else "")
    )


def _cut(text: str, limit: int) -> str:
    """Mobile results cut shorter (about 70 characters of title, 120 of description)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip() + "…"
