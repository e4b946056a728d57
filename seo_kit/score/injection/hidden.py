"""Where text hides in an input, and the text a model would read from each place.

    paragraphs_of(raw) -> list[Paragraph]

The injection detector reads the raw input (before the Document parser drops comments or
reads hidden elements as text), so that a finding can say where it was:

    text              visible text (a line of text or Markdown, an HTML block)
    html-comment      <!-- … --> (in HTML or in Markdown)
    hidden-html       an element with display:none, visibility:hidden, the hidden attribute,
                      aria-hidden="true", a zero (or 1 px) font size, opacity 0, white or
                      transparent text, pushed off-screen (left/text-indent ≤ -999), or a
                      hiding class (hidden, d-none, sr-only, visually-hidden…)
    html-attribute    alt, title, aria-label, placeholder, content and data-* values
    markdown-comment  a link definition used as a comment: [//]: # (…)
    unicode-tags      text written in Unicode tag characters (U+E0020–E007E, invisible)

Each Paragraph keeps the raw offset of every character, so findings point into the input.
Folding removes invisible format characters (zero-width spaces and joiners, soft hyphens, bidi
controls: Unicode category Cf), applies NFKC (fullwidth and mathematical letters) and maps
lookalike letters (Cyrillic, Greek…) to Latin inside words that mix them with Latin letters.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import count

from seo_kit.lang.injection import confusables
from seo_kit.score.injection.origins import Origins

__all__ = ["Paragraph", "paragraphs_of"]

_MARKUP = re.compile(
    r"<!--(?P<comment>.*?)(?:-->|\Z)"
    r"|<(?P<dropped>script|style|noscript|template|svg)\b.*?(?:</(?P=dropped)\s*>|\Z)"
    r"|<(?P<close>/?)(?P<tag>[a-zA-Z][\w:-]*)(?P<attrs>[^<>]*)>"
    r"|&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]\w*);",
    re.DOTALL | re.IGNORECASE,
)
_MD_COMMENT = re.compile(r"^[ \t]*\[[^\]\n]*\]:[ \t]*(?:#|<>)[ \t]*(?:\((?P<p>[^\n]*)\)|\"(?P<q>[^\n]*)\")"
                         r"[ \t]*$", re.MULTILINE)
_ATTR = re.compile(r"""([\w:-]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
          "section", "article", "header", "footer", "table", "tr", "td", "th", "pre", "hr", "dd",
          "dt", "dl", "figcaption", "figure", "main", "aside", "nav", "body", "html", "title"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}
_TEXT_ATTRS = {"alt", "title", "aria-label", "placeholder", "content"}
# Class names that CSS frameworks use for text nobody sees (Bootstrap, Tailwind, WordPress).
_HIDING_CLASS = frozenset({"hidden", "hide", "d-none", "invisible", "visually-hidden", "sr-only",
                           "screen-reader-text"})
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*(?:0|0?\.\d+|1)(?:px|pt|em|rem|%)?\s*(?:;|$|!)"
    r"|(?<![-\w])color\s*:\s*(?:white|transparent|#fff(?:fff)?\b|rgba?\(\s*255\s*,\s*255\s*,\s*255)"
    r"|(?:left|text-indent|top)\s*:\s*-\d{3,}", re.IGNORECASE)


@dataclass(frozen=True)
class Paragraph:
    where: str  # see the module docstring
    index: int  # 0-based paragraph of the input (a hidden place: the one it sits in, or the
    #             number of visible paragraphs before it)
    text: str  # folded: invisible characters removed, NFKC, lookalike letters as Latin
    origin: Origins  # raw offset of each character of ``text`` (a sequence of ints)
    invisible: frozenset[int]  # raw offsets of invisible characters removed by folding
    lookalike: frozenset[int]  # raw offsets of letters changed by NFKC or the confusables

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets [start, end) of ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1


class _Piece:
    """The text of one place, added in parts, with the raw offset of each character (runs)."""

    def __init__(self, where: str, start: int):
        self.where, self.start, self.parts, self.runs, self.length = where, start, [], [], 0

    def add(self, text: str, offset: int, *, same_origin: bool = False) -> None:
        if text:
            self.parts.append(text)
            self.runs.append((self.length, offset, 0 if same_origin else 1))
            self.length += len(text)


def _hides(tag: str, attrs: str) -> bool:
    found = {k.lower(): (v or "").strip("\"'") for k, v in _ATTR.findall(attrs)}
    if "hidden" in found or found.get("aria-hidden", "").lower() == "true":
        return True
    if tag == "input" and found.get("type", "").lower() == "hidden":
        return True
    if _HIDING_CLASS & set(found.get("class", "").lower().split()):
        return True
    if re.fullmatch(r"\s*(?:white|#fff(?:fff)?)\s*", found.get("color", ""), re.IGNORECASE):
        return True  # <font color="white">
    return bool(_HIDING_STYLE.search(found.get("style", "")))


def _attribute_pieces(match: re.Match, pieces: list[_Piece]) -> None:
    base = match.start("attrs")
    for attr in _ATTR.finditer(match.group("attrs")):
        name, value = attr.group(1).lower(), attr.group(2)
        if value and (name in _TEXT_ATTRS or name.startswith("data-") or name == "value"):
            inner = value.strip("\"'")
            if len(inner.split()) >= 3:
                piece = _Piece("html-attribute", base + attr.start(2))
                piece.add(html.unescape(inner), base + attr.start(2) + (value[0] in "\"'"))
                pieces.append(piece)


def _scan(raw: str, is_html: bool, pieces: list[_Piece]) -> _Piece:
    """The visible text of ``raw``; comments, hidden elements, attributes go to ``pieces``."""
    main = _Piece("text", 0)
    newline = " " if is_html and re.search(r"<(?:p|div|br|h[1-6]|li)\b", raw, re.IGNORECASE) else "\n"
    stack: list[tuple[str, _Piece | None]] = []  # open elements; a hidden one owns a piece
    position = 0

    def target() -> _Piece:
        return next((p for _, p in stack if p is not None), main)

    def text_until(end: int) -> None:
        chunk = raw[position:end]
        target().add(chunk.replace("\n", newline), position)

    for match in _MARKUP.finditer(raw):
        text_until(match.start())
        position = match.end()
        if match.group("comment") is not None:
            piece = _Piece("html-comment", match.start())
            inner = match.group("comment")
            piece.add(re.sub(r"<[^<>]*>", lambda m: " " * len(m.group(0)), inner),
                      match.start("comment"))
            pieces.append(piece)
        elif match.group("dropped") or not is_html:
            if not is_html and not match.group("dropped"):
                target().add(match.group(0), match.start())  # Markdown: keep what is not a comment
        elif match.group("tag"):
            tag = match.group("tag").lower()
            if tag in _BLOCK:
                target().add("\n", match.start())
            if match.group("close"):
                names = [name for name, _ in stack]
                if tag in names:
                    del stack[len(names) - 1 - names[::-1].index(tag):]
                continue
            attrs = match.group("attrs")
            hidden = False
            if attrs and not attrs.isspace():  # most tags have no attribute: nothing to read
                _attribute_pieces(match, pieces)
                hidden = _hides(tag, attrs)
            if tag in _VOID or match.group("attrs").rstrip().endswith("/"):
                continue
            if hidden and all(p is None for _, p in stack):
                piece = _Piece("hidden-html", match.start())
                pieces.append(piece)
                stack.append((tag, piece))
            else:
                stack.append((tag, None))
        else:  # an entity: one character standing for the whole reference
            target().add(html.unescape(match.group(0)), match.start(), same_origin=True)
    text_until(len(raw))
    return main


def _markdown_comments(raw: str, pieces: list[_Piece]) -> str:
    """Markdown comment lines go to ``pieces`` and are blanked (same length) in the result."""
    def blank(match: re.Match) -> str:
        group = "p" if match.group("p") is not None else "q"
        piece = _Piece("markdown-comment", match.start())
        piece.add(match.group(group), match.start(group))
        pieces.append(piece)
        return " " * len(match.group(0))

    return _MD_COMMENT.sub(blank, raw)


# In UTF-8 every tag character (U+E0000–U+E007F), and nothing else, starts with one of these
_TAG_UTF8 = (b"\xf3\xa0\x80", b"\xf3\xa0\x81")


def _tag_characters(raw: str, pieces: list[_Piece]) -> None:
    """Runs of Unicode tag characters, decoded to the ASCII they spell. Nearly no input holds
    one: its UTF-8 bytes are searched first (in C, a third of the pattern's time on the
    audit's pages), and the pattern runs only where they are."""
    encoded = raw.encode("utf-8", "surrogatepass")  # a lone surrogate is no tag character
    if not any(prefix in encoded for prefix in _TAG_UTF8):
        return
    for run in re.finditer("[\U000e0000-\U000e007f]+", raw):
        piece = _Piece("unicode-tags", run.start())
        for i, char in enumerate(run.group(0)):
            piece.add(chr(ord(char) - 0xE0000), run.start() + i)
        pieces.append(piece)


_INVISIBLE = "\u034f\u115f\u1160\u3164\uffa0"  # blank, yet letters or marks (not Cf)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _kept(char: str) -> bool:
    """Folding leaves ``char`` as it is: visible, and its own NFKC form."""
    return not (unicodedata.category(char) == "Cf" or char in _INVISIBLE) and \
        unicodedata.normalize("NFKC", char) == char


def _fold(text: str, origins: Origins) -> tuple[str, Origins, set[int], set[int]]:
    parts, runs, invisible, lookalike = [], [], set(), set()
    # The non-ASCII characters met (the only possible confusables), listed by one scan in C;
    # only those folding changes are stepped through, found by str.find: a French page holds
    # some fifty non-ASCII characters (é, à, ’…) and a few spaces to fold (NBSP before ":")
    seen: set[str] = set(_NON_ASCII.findall(text))
    at_changed = sorted(_find_all(text, [char for char in seen if not _kept(char)]))
    position = length = 0  # ASCII and most letters are kept as they are: copied in runs
    for at in at_changed:
        char = text[at]
        parts.append(text[position:at])
        runs += origins.runs_between(position, at, length)
        length += at - position
        position = at + 1
        offset = origins[at]
        if unicodedata.category(char) == "Cf" or char in _INVISIBLE:
            invisible.add(offset)
            continue
        folded = unicodedata.normalize("NFKC", char)
        if folded != char and unicodedata.category(char)[0] in "LN":
            lookalike.add(offset)
        if folded:
            seen.update(folded)
            parts.append(folded)
            runs.append((length, offset, 0))
            length += len(folded)
    if position:  # something was folded
        parts.append(text[position:])
        runs += origins.runs_between(position, len(text), length)
        text, origins = "".join(parts), Origins(runs, length + len(text) - position)
    table = confusables()
    if table.keys().isdisjoint(seen) and not _ascii_confusables():
        return text, origins, invisible, lookalike
    latin = sum("a" <= c.lower() <= "z" for c in text)
    mostly_latin = latin > 0.5 * sum(c.isalpha() for c in text)
    out = list(text)
    for word in _LETTERS.finditer(text):
        letters = word.group(0)
        if any(c in table for c in letters) and (mostly_latin and all(
                c in table or "a" <= c.lower() <= "z" for c in letters)):
            for i in range(word.start(), word.end()):
                if out[i] in table:  # one letter for one: the origins stay
                    lookalike.add(origins[i])
                    out[i] = table[out[i]]
    return "".join(out), origins, invisible, lookalike


def _find_all(text: str, chars: list[str]):
    """The positions of each of ``chars`` (single characters) in ``text``."""
    for char in chars:
        at = text.find(char)
        while at >= 0:
            yield at
            at = text.find(char, at + 1)


@cache
def _ascii_confusables() -> bool:
    """Whether the confusables table maps an ASCII character (it has none: Cyrillic, Greek…)."""
    return any(c.isascii() for c in confusables())


_NONE: frozenset[int] = frozenset()


def _split(piece: _Piece, index_of) -> list[Paragraph]:
    text, origins, invisible, lookalike = _fold("".join(piece.parts),
                                                Origins(piece.runs, piece.length))
    paragraphs, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped_from = start + len(line) - len(line.lstrip())
        stripped_to = start + len(line.rstrip())
        if stripped_to > stripped_from:
            span = origins.window(stripped_from, stripped_to)
            first, last = span[0], span[-1]
            paragraphs.append(Paragraph(
                piece.where, index_of(first), text[stripped_from:stripped_to], span,
                frozenset(o for o in invisible if first <= o <= last) if invisible else _NONE,
                frozenset(o for o in lookalike if first <= o <= last) if lookalike else _NONE))
        start = end + 1
    return paragraphs


def paragraphs_of(raw: str) -> list[Paragraph]:
    """Every non-empty paragraph of ``raw`` (HTML, Markdown or plain text), visible ones first in
    input order, then the hidden places in input order, each with its raw offsets."""
    pieces: list[_Piece] = []
    _tag_characters(raw, pieces)
    is_html = bool(re.search(r"<(?:[a-zA-Z][\w:-]*)(?:\s[^<>]*)?/?>", raw))
    scanned = raw if is_html else _markdown_comments(raw, pieces)
    main = _scan(scanned, is_html, pieces)
    numbers = count()  # visible paragraphs are numbered in input order
    visible = _split(main, lambda _: next(numbers))
    starts = [p.origin[0] for p in visible]

    def index_of(offset: int) -> int:
        """The visible paragraph holding ``offset``, or the number of those before it."""
        before = bisect.bisect_right(starts, offset)
        if before and offset <= visible[before - 1].origin[-1]:
            return before - 1
        return before

    hidden = [p for piece in sorted(pieces, key=lambda p: p.start) for p in _split(piece, index_of)]
    return visible + hidden
