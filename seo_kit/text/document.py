"""Parse Markdown, HTML or plain text once into a Document that every check reads.

    doc = parse(raw, lang="fr")          # lang is required: no hidden default
    doc.blocks, doc.sentences, doc.words  # counting units as Yoast counts words
    doc.analysis                          # derived figures, computed once (see text.analysis)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from seo_kit.errors import InputError
from seo_kit.lang import check_lang, split_elisions
from seo_kit.text import markup
from seo_kit.text.analysis import Analysis
from seo_kit.text.decode import at_the_door
from seo_kit.text.markup import Image, Link, detect_format
from seo_kit.text.tokens import (
    match_tokens,
    normalise_spaces,
    sentence_tokens,
    sentences_of_normalised,
    words_of_normalised,
)

__all__ = ["Block", "Document", "Image", "Link", "Sentence", "detect_format", "parse",
           "word_count"]


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text (spaces normalised) and its words, as Yoast counts them."""

    text: str
    words: tuple[str, ...]  # counting units ("l’agence", "nord-coréen" are one word each)

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """Words with French elisions split off ("l’agence" → "l’", "agence"), lowercased."""
        return split_elisions(self.words)

    @cached_property
    def match_tokens(self) -> tuple[str, ...]:
        """The lowercased tokens keyphrase matching reads (``text.tokens.match_tokens``)."""
        return match_tokens(self.text)

    @classmethod
    def of(cls, text: str) -> Sentence:
        """The Sentence of ``text`` (spaces normalised) with its words, tokens and match tokens
        from one pass over its words (``text.tokens.sentence_tokens``): what every check, the
        readability figures and keyphrase matching read, tokenised once. Its fields and cached
        properties are set in one step (``cls(text, words)`` would set each field through the
        frozen dataclass's ``object.__setattr__``: every sentence of every audited page)."""
        found, tokens, matched = sentence_tokens(text)
        sentence = object.__new__(cls)
        sentence.__dict__.update(text=text, words=found, tokens=tokens, match_tokens=matched)
        return sentence


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item with its sentences, links and images."""

    kind: str  # "heading" | "paragraph" | "list_item"
    level: int  # 1–6 for headings, 0 otherwise
    text: str
    sentences: tuple[Sentence, ...]
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()

    @cached_property
    def words(self) -> tuple[str, ...]:
        # chained in C: a generator stepped once per word was a tenth of the checks' own time
        return tuple(chain.from_iterable(s.words for s in self.sentences))


@dataclass(frozen=True)
class Document:
    """A parsed text in one language. Immutable; derived views are cached properties, and the
    figures the checks share live in the typed ``analysis`` (no private dict with string keys)."""

    blocks: tuple[Block, ...]
    lang: str  # "fr" | "en"
    source_format: str  # "html" | "markdown"
    title: str | None = None
    meta_description: str | None = None

    @cached_property
    def analysis(self) -> Analysis:
        """Figures derived once and shared by every check (tokens, lemmas, counts)."""
        return Analysis(self)

    @cached_property
    def headings(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "heading")

    @cached_property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind != "heading")

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(chain.from_iterable(b.sentences for b in self.blocks))

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(chain.from_iterable(b.words for b in self.blocks))

    @cached_property
    def links(self) -> tuple[Link, ...]:
        return tuple(link for b in self.blocks for link in b.links)

    @cached_property
    def images(self) -> tuple[Image, ...]:
        return tuple(img for b in self.blocks for img in b.images)

    @cached_property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @cached_property
    def body_text(self) -> str:
        """Paragraph text without headings."""
        return "\n\n".join(b.text for b in self.paragraphs)


def word_count(raw: str, *, fmt: str = "auto") -> int:
    """Yoast words of ``raw`` (HTML, Markdown or plain text); words do not depend on the
    language, so none is needed (the article reader counts before it detects the language)."""
    raw = at_the_door(raw)
    if fmt == "auto":
        fmt = detect_format(raw)
    parts = markup.html_blocks(raw) if fmt == "html" else \
        markup.markdown_blocks(markup.front_matter(raw)[1])
    return sum(len(words_of_normalised(normalise_spaces(text))) for _, _, text, _, _ in parts)


def parse(raw: str, *, lang: str, fmt: str = "auto", title: str | None = None,
          meta_description: str | None = None) -> Document:
    """Parse ``raw`` (HTML, Markdown or plain text) into a Document in language ``lang``.

    Markdown front matter (``---`` … ``---`` at the top) is not text: its ``title`` and
    ``meta_description``/``description`` fields fill the arguments left as None. Every string is
    NFC-normalised here (``at_the_door``). InputError for an unsupported ``lang`` or ``fmt``.
    """
    check_lang(lang)
    raw = at_the_door(raw)
    title, meta_description = at_the_door(title), at_the_door(meta_description)
    if fmt == "auto":
        fmt = detect_format(raw)
    if fmt not in ("html", "markdown", "text"):
        raise InputError(f"unknown format {fmt!r}: use 'html', 'markdown', 'text' or 'auto'")
    if fmt == "html":
        parts, found_title = markup.html_blocks(raw), markup.html_title(raw)
    else:
        front, raw = markup.front_matter(raw)
        parts = markup.markdown_blocks(raw)
        found_title = front.get("title")
        if meta_description is None:
            meta_description = front.get("meta_description") or front.get("description")
    blocks = []
    for kind, level, text, links, images in parts:
        text = normalise_spaces(text)
        if not text and not images:
            continue
        # the block text is normalised: skip doing it again per sentence
        sentences = tuple(map(Sentence.of, sentences_of_normalised(text, lang)))
        blocks.append(Block(kind, level, text, sentences, tuple(links), tuple(images)))
    return Document(tuple(blocks), lang, "html" if fmt == "html" else "markdown",
                    title if title is not None else found_title, meta_description)
