"""Blocks out of HTML, Markdown or plain text: (kind, level, text, links, images) per block.

Plain text follows the convention of the Yoast oracle and of newsroom exports: every non-empty line
is a paragraph, and ``#`` lines are headings (so plain text is read as light Markdown). HTML goes
through a real parser; script, style, iframe, noscript and comments are dropped and never
re-emitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from markdown_it import MarkdownIt

from seo_kit.text.tokens import normalise_spaces

__all__ = ["Image", "Link", "detect_format", "front_matter", "html_blocks", "html_title",
           "markdown_blocks"]

_DROPPED_TAGS = ("script", "style", "iframe", "noscript", "template", "object", "embed", "svg")
_BLOCK_TAGS = {
    "h1": ("heading", 1), "h2": ("heading", 2), "h3": ("heading", 3),
    "h4": ("heading", 4), "h5": ("heading", 5), "h6": ("heading", 6),
    "p": ("paragraph", 0), "li": ("list_item", 0), "blockquote": ("paragraph", 0),
    "td": ("paragraph", 0), "th": ("paragraph", 0), "figcaption": ("paragraph", 0),
    "dd": ("paragraph", 0), "dt": ("paragraph", 0), "pre": ("paragraph", 0),
}
_HTML_HINT = re.compile(
    r"<(?:p|h[1-6]|div|article|section|main|header|footer|nav|aside|body|html|head|title|br|hr|"
    r"ul|ol|li|dl|dt|dd|table|tr|td|th|blockquote|figure|figcaption|pre|code|a|img|span|strong|"
    r"em|b|i|u|sup|sub|script|style|iframe|noscript)[\s>/]|<!--",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_md_inline = MarkdownIt("commonmark")


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    nofollow: bool = False


@dataclass(frozen=True)
class Image:
    src: str
    alt: str


def detect_format(raw: str) -> str:
    """"html" when the text holds block or inline HTML tags, otherwise "markdown" (plain text
    is read as light Markdown)."""
    return "html" if _HTML_HINT.search(raw) else "markdown"


# --- Markdown and plain text ------------------------------------------------------------------

_FENCE = re.compile(r"^(?:```|~~~)")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_QUOTE = re.compile(r"^(?:>\s?)+")
_SETEXT = re.compile(r"^(?:=+|-+)$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_INLINE_SYNTAX = re.compile(r"[\[\]*_`<&\\]")  # without these, a line is plain text


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    lines = raw.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, raw
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            fields = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep and key.strip().isidentifier():
                    fields[key.strip().lower()] = value.strip().strip("\"'")
            return fields, "\n".join(lines[end + 1:])
    return {}, raw


def markdown_blocks(raw: str):
    lines = raw.splitlines()
    for i, line in enumerate(lines):
        line = _QUOTE.sub("", line.strip()).strip()
        if not line or _FENCE.match(line) or _RULE.match(line) or _SETEXT.match(line) \
                or _TABLE_RULE.match(line):
            continue
        heading = _MD_HEADING.match(line)
        underline = _SETEXT.match(lines[i + 1].strip()) if i + 1 < len(lines) else None
        if heading:
            kind, level, inline = "heading", len(heading.group(1)), heading.group(2)
        elif underline:  # Setext heading: "Titre" over a line of === (h1) or --- (h2)
            kind, level, inline = "heading", 1 if underline.group(0)[0] == "=" else 2, line
        elif line.startswith("|") and line.endswith("|"):  # a table row: its cells, no pipes
            kind, level, inline = "paragraph", 0, " ".join(c.strip() for c in line[1:-1].split("|"))
        else:
            item = _MD_LIST.match(line)
            kind, level, inline = ("list_item", 0, item[1]) if item else ("paragraph", 0, line)
        if not _INLINE_SYNTAX.search(inline):  # the common case: no links, images or emphasis
            yield kind, level, inline, [], []
            continue
        soup = BeautifulSoup(_md_inline.renderInline(inline), "html.parser")
        for img in _tags(soup, {"img"}):  # an image between words separates them
            img.insert_before(" ")
        yield kind, level, text_of([soup]), _links(soup), _images(soup)


# --- Text of a node: tag boundaries that separate words survive ------------------------------

_ENDS_CLAUSE = frozenset(".!?…;:,»”\")]")
_BLOCK_NAMES = frozenset(_BLOCK_TAGS) | {"div", "section", "article", "ul", "ol", "table", "tr"}


_SEPARATING = frozenset({"img", "hr", "input", "video", "audio", "picture", "svg", "math"})


def _pieces(node):
    """Strings in document order, with None where an element that stands between words (an
    image, a rule) sits."""
    if isinstance(node, NavigableString):
        yield node
        return
    if getattr(node, "name", None) in _SEPARATING:
        yield None
        return
    for d in getattr(node, "descendants", ()):
        if isinstance(d, NavigableString):
            yield d
        elif d.name in _SEPARATING:
            yield None


def _in_block(string) -> object:
    parent = string.parent
    while parent is not None and parent.name not in _BLOCK_NAMES:
        parent = parent.parent
    return parent


def text_of(nodes) -> str:
    """The text of ``nodes`` with the word boundaries their tags imply kept: a tag boundary right
    after a period (or other clause punctuation) before a letter is a space ("lundi.<b>Les" →
    "lundi. Les"), and so are a change of block element and an image or rule between words. Inside a word, inline tags join
    ("l’<em>agence</em>", "<b>Pari</b>s")."""
    out: list[str] = []
    last, last_block, apart = "", None, False
    for node in nodes:
        for string in _pieces(node):
            if string is None:
                apart = True
                continue
            piece = str(string)
            if not piece:
                continue
            block = _in_block(string)
            if last and not last[-1].isspace() and not piece[0].isspace() and (
                    apart or block is not last_block
                    or (last[-1] in _ENDS_CLAUSE and (piece[0].isalnum() or piece[0] in "«“\"("))):
                out.append(" ")
            out.append(piece)
            last, last_block, apart = piece, block, False
    return "".join(out)


# --- HTML ---------------------------------------------------------------------------------------

_CONTAINERS = {"html", "body", "main", "article", "section", "div", "header", "footer", "aside",
               "nav", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "form",
               "fieldset", "details", "figure", "center", "hgroup", "address"}
_BREAK = "seo-kit-break"  # stands for <br><br> while walking the tree


def _tags(node, names) -> list:
    """The tags named one of ``names`` under ``node``, in document order: what bs4's
    ``node.find_all(names)`` returns, without building bs4's filter objects on every call (they
    were over half of the parse time, measured with cProfile on bench/audit_speed.py pages)."""
    return [d for d in node.descendants if isinstance(d, Tag) and d.name in names]


def _holds_tag(node, names) -> bool:
    """``node.find(names) is not None``, stopping at the first one."""
    return any(isinstance(d, Tag) and d.name in names for d in node.descendants)


_DROPPED = frozenset(_DROPPED_TAGS)


_HEAD = frozenset({"title", "head"})


def html_blocks(raw: str):
    soup = BeautifulSoup(raw, "html.parser")
    # One walk over the tree finds what each step below removes or replaces; a step leaves out
    # what an earlier one destroyed (``decomposed``), so each acts on the tags and comments it
    # found when it walked the tree again after the previous step (four walks were 2 % of an
    # audit row: cProfile, bench/audit_speed.py pages).
    dropped, comments, heads, breaks = [], [], [], []
    for node in soup.descendants:
        if isinstance(node, Tag):
            name = node.name
            if name in _DROPPED:
                dropped.append(node)
            elif name in _HEAD:
                heads.append(node)
            elif name == "br":
                breaks.append(node)
        elif isinstance(node, Comment):
            comments.append(node)
    for tag in dropped:
        tag.decompose()
    for comment in [c for c in comments if not c.decomposed]:
        comment.extract()
    for tag in [t for t in heads if not t.decomposed]:
        tag.decompose()
    for br in [b for b in breaks if not b.decomposed]:
        after = br.next_sibling
        while isinstance(after, NavigableString) and not after.strip():
            after = after.next_sibling
        if getattr(after, "name", None) == "br":  # <br><br>: a paragraph break, as in Yoast
            br.replace_with(soup.new_tag(_BREAK))
        else:
            br.replace_with(" ")
    yield from _walk(soup, "paragraph", 0)


def _walk(node, kind: str, level: int):
    """Blocks in document order: block tags are leaves unless they hold other blocks; text and
    inline tags between blocks (inside a div, say) form paragraphs of their own."""
    pending: list = []
    for child in list(node.children):
        name = getattr(child, "name", None)
        if name == _BREAK:
            yield from _inline_block(pending, kind, level)
            pending = []
        elif name in _BLOCK_TAGS or name in _CONTAINERS:
            yield from _inline_block(pending, kind, level)
            pending = []
            if name in _CONTAINERS or _holds_tag(child, _BLOCK_OR_BREAK):
                child_kind, child_level = _BLOCK_TAGS.get(name, (kind, level))
                yield from _walk(child, child_kind, child_level)
            else:
                child_kind, child_level = _BLOCK_TAGS[name]
                if child_kind == "paragraph" and kind == "list_item":
                    child_kind = kind  # <li><p>…</p></li> is still a list item
                yield child_kind, child_level, text_of([child]), _links(child), _images(child)
        else:
            pending.append(child)
    yield from _inline_block(pending, kind, level)


_BLOCK_OR_BREAK = frozenset([*_BLOCK_TAGS, _BREAK])


def _inline_block(nodes: list, kind: str, level: int):
    if not nodes:
        return
    text = text_of(nodes)
    links = [link for n in nodes if hasattr(n, "find_all") for link in _links(n, self_too=True)]
    images = [img for n in nodes if hasattr(n, "find_all") for img in _images(n, self_too=True)]
    if text.strip() or images:
        yield kind, level, text, links, images


def html_title(raw: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", raw, re.IGNORECASE | re.DOTALL)
    return normalise_spaces(BeautifulSoup(match.group(1), "html.parser").get_text()) \
        if match else None


def _links(soup, self_too: bool = False) -> list[Link]:
    tags = ([soup] if self_too and soup.name == "a" else []) + _tags(soup, {"a"})
    return [
        Link(a.get("href", ""), normalise_spaces(a.get_text()),
             "nofollow" in (a.get("rel") or []))
        for a in tags
    ]


def _images(soup, self_too: bool = False) -> list[Image]:
    tags = ([soup] if self_too and soup.name == "img" else []) + _tags(soup, {"img"})
    return [Image(img.get("src", ""), normalise_spaces(img.get("alt", ""))) for img in tags]
