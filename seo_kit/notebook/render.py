"""Markdown or HTML from a model or an article → HTML that is safe to put on a page.

Everything shown in the studio, the Voilà app or an exported report passes through `safe_html`:
Markdown is rendered with markdown-it (raw HTML allowed, so that an article pasted as HTML still
renders), then cleaned by nh3 with a short allow-list. No script, style, iframe, form, event handler
(`on…=`), `style=` attribute or `javascript:`/`data:` URL survives, whatever the model wrote.
"""

from __future__ import annotations

import html

from markdown_it import MarkdownIt

from seo_kit._optional import extra

__all__ = ["ALLOWED_TAGS", "escape", "markdown_to_html", "safe_html", "serp_snippet_html"]

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
})
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "ol": {"start"},
}
# Tags removed together with their content (nh3 keeps the text of other stripped tags).
_DROPPED_WITH_CONTENT = {"script", "style", "iframe", "noscript", "template", "object", "embed",
                         "svg", "math", "textarea", "select", "title", "frameset", "noembed"}
_URL_SCHEMES = {"http", "https", "mailto"}

_markdown = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")


def safe_html(fragment: str) -> str:
    """Clean an HTML fragment with the allow-list; links get rel="noopener noreferrer nofollow"."""
    with extra("notebook", purpose="cleaning HTML"):
        import nh3

    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes={tag: set(attrs) for tag, attrs in _ATTRIBUTES.items()},
        url_schemes=set(_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def markdown_to_html(text: str) -> str:
    """Render Markdown (or light Markdown / HTML as articles come) and sanitise the result."""
    return safe_html(_markdown.render(text or ""))


def escape(value: object) -> str:
    """Escape any value for an HTML text node or a double-quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def serp_snippet_html(preview: dict, *, site: str = "www.exemple.fr") -> str:
    """A Google-like result snippet from `seo_kit.score.serp.serp_preview` output (escaped)."""
    title = escape(preview.get("title_display") or preview.get("title") or "")
    meta = escape(preview.get("meta_display") or preview.get("meta_description") or "")
    slug = escape(preview.get("slug") or "")
    width = preview.get("title_width_px")
    limit = preview.get("title_max_px", 600)
    cut = " (coupé)" if preview.get("title_truncated") else ""
    chars = preview.get("meta_chars", len(preview.get("meta_description") or ""))
    return (
        '<div class="seo-serp" style="font-family:Arial,sans-serif;max-width:600px">'
        f'<div style="font-size:14px;color:#202124">{escape(site)} › {slug}</div>'
        f'<div style="font-size:20px;color:#1a0dab;line-height:1.3">{title}</div>'
        f'<div style="font-size:14px;color:#4d5156;line-height:1.58">{meta}</div>'
        f'<div style="font-size:12px;color:#70757a;margin-top:4px">titre : {width} px / {limit} px'
        f"{cut} · méta : {chars} caractères</div></div>"
    )
