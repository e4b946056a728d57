"""Parse Markdown, HTML or plain text once into a Document that every check reads.

Plain text follows the convention of the Yoast oracle and of newsroom exports: every non-empty line
is a paragraph, and ``#`` lines are headings (so plain text is read as light Markdown). HTML goes
through a real parser; script, style, iframe, noscript and comments are dropped and never re-emitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from bs4 import BeautifulSoup, Comment
from markdown_it import MarkdownIt

from seo_kit import text as textlib

__all__ = ["Block", "Document", "Image", "Link", "Sentence", "parse", "detect_format"]

_DROPPED_TAGS = ("script", "style", "iframe", "noscript", "template", "object", "embed", "svg")
_BLOCK_TAGS = {
    "h1": ("heading", 1), "h2": ("heading", 2), "h3": ("heading", 3),
    "h4": ("heading", 4), "h5": ("heading", 5), "h6": ("heading", 6),
    "p": ("paragraph", 0), "li": ("list_item", 0), "blockquote": ("paragraph", 0),
    "td": ("paragraph", 0), "th": ("paragraph", 0), "figcaption": ("paragraph", 0),
    "dd": ("paragraph", 0), "dt": ("paragraph", 0), "pre": ("paragraph", 0),
}
_HTML_HINT = re.compile(
    r"<(p|h[1-6]|div|article|section|body|html|br|ul|ol|li|a|img|span|strong|em|script|style)[\s>/]",
    re.I,
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_md_inline = MarkdownIt("commonmark")


@dataclass(frozen=True)
class Sentence:
    text: str
    words: tuple[str, ...]  # counting units, as Yoast counts them ("l’agence" is one word)

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """Words with French elisions split off ("l’agence" → "l’", "agence"), lowercased."""
        return textlib.split_elisions(self.words)


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    nofollow: bool = False


@dataclass(frozen=True)
class Image:
    src: str
    alt: str


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" | "paragraph" | "list_item"
    level: int  # 1–6 for headings, 0 otherwise
    text: str
    sentences: tuple[Sentence, ...]
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for s in self.sentences for w in s.words)


@dataclass(frozen=True)
class Document:
    blocks: tuple[Block, ...]
    lang: str
    source_format: str  # "html" | "markdown"
    title: str | None = None
    meta_description: str | None = None
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def headings(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "heading")

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind != "heading")

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for b in self.blocks for s in b.sentences)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for b in self.blocks for w in b.words)

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(link for b in self.blocks for link in b.links)

    @property
    def images(self) -> tuple[Image, ...]:
        return tuple(img for b in self.blocks for img in b.images)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def body_text(self) -> str:
        """Paragraph text without headings."""
        return "\n\n".join(b.text for b in self.paragraphs)


def detect_format(raw: str) -> str:
    return "html" if _HTML_HINT.search(raw) else "markdown"


def parse(raw: str, *, lang: str = "fr", fmt: str = "auto", title: str | None = None,
          meta_description: str | None = None) -> Document:
    """Parse ``raw`` (HTML, Markdown or plain text) into a Document in language ``lang``."""
    if fmt == "auto":
        fmt = detect_format(raw)
    if fmt not in ("html", "markdown", "text"):
        raise ValueError(f"unknown format {fmt!r}: use 'html', 'markdown', 'text' or 'auto'")
    parts = _html_blocks(raw) if fmt == "html" else _markdown_blocks(raw)
    blocks = []
    for kind, level, text, links, images in parts:
        text = textlib.normalise_spaces(text)
        if not text and not images:
            continue
        sentences = tuple(
            Sentence(s, textlib.words(s, lang)) for s in textlib.split_sentences(text, lang)
        ) if text else ()
        blocks.append(Block(kind, level, text, sentences, tuple(links), tuple(images)))
    html_title = _html_title(raw) if fmt == "html" else None
    return Document(tuple(blocks), lang, "html" if fmt == "html" else "markdown",
                    title if title is not None else html_title, meta_description)


def _markdown_blocks(raw: str):
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            kind, level, inline = "heading", len(heading.group(1)), heading.group(2)
        else:
            item = _MD_LIST.match(line)
            kind, level, inline = ("list_item", 0, item.group(1)) if item else ("paragraph", 0, line)
        html = _md_inline.renderInline(inline)
        soup = BeautifulSoup(html, "html.parser")
        yield kind, level, soup.get_text(" ") if soup.find("img") else soup.get_text(), \
            _links(soup), _images(soup)


def _html_blocks(raw: str):
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(_DROPPED_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    found = soup.find_all(list(_BLOCK_TAGS))
    if not found:  # bare HTML fragment: text with inline tags only
        yield "paragraph", 0, soup.get_text(" "), _links(soup), _images(soup)
        return
    for tag in found:
        if tag.find_parent(list(_BLOCK_TAGS)) is not None:
            continue  # nested block (p inside li…): the outer block carries its text
        kind, level = _BLOCK_TAGS[tag.name]
        yield kind, level, tag.get_text(" "), _links(tag), _images(tag)


def _html_title(raw: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", raw, re.I | re.S)
    return textlib.normalise_spaces(BeautifulSoup(match.group(1), "html.parser").get_text()) \
        if match else None


def _links(soup) -> list[Link]:
    return [
        Link(a.get("href", ""), textlib.normalise_spaces(a.get_text()),
             "nofollow" in (a.get("rel") or []))
        for a in soup.find_all("a")
    ]


def _images(soup) -> list[Image]:
    return [Image(img.get("src", ""), textlib.normalise_spaces(img.get("alt", "")))
            for img in soup.find_all("img")]
