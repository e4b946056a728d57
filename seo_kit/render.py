"""Markdown or HTML from a model or an article → HTML that is safe to put on a page.

Everything shown in the studio, the Voilà app or an exported report passes through `safe_html`:
Markdown is rendered with markdown-it (raw HTML allowed, so that an article pasted as HTML still
renders), then cleaned by nh3 with a short allow-list. No script, style, iframe, form, event handler
(`on…=`), `style=` attribute or `javascript:`/`data:` URL survives, whatever the model wrote.
"""

from __future__ import annotations

import html

import nh3
from markdown_it import MarkdownIt

__all__ = ["ALLOWED_TAGS", "escape", "markdown_to_html", "safe_html"]

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
    "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
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
