"""What a check needs besides the Document: the inputs of one scoring run, prepared once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from seo_kit.score import matching
from seo_kit.score.counting import count_words
from seo_kit.score.serp import slugify

__all__ = ["Context", "body_blocks", "doc_tokens", "first_paragraph"]


@dataclass(frozen=True)
class Context:
    lang: str
    keyphrase: str | None = None
    title: str | None = None
    meta_description: str | None = None
    slug: str | None = None
    permalink: str | None = None
    synonyms: tuple[str, ...] = ()
    cornerstone: bool = False
    source: str | None = None

    @cached_property
    def topic(self) -> matching.Topic:
        return matching.build_topic(self.keyphrase, self.lang)

    @cached_property
    def synonym_topics(self) -> tuple[matching.Topic, ...]:
        topics = (matching.build_topic(s, self.lang) for s in self.synonyms)
        return tuple(t for t in topics if t)

    @cached_property
    def topics(self) -> tuple[matching.Topic, ...]:
        """The keyphrase first, then its synonyms (Yoast's keyphraseForms + synonymsForms)."""
        return ((self.topic,) if self.topic else ()) + self.synonym_topics

    @property
    def has_keyphrase(self) -> bool:
        return bool((self.keyphrase or "").strip())

    @cached_property
    def effective_slug(self) -> str:
        """The slug given, or the one WordPress would derive from the title."""
        if self.slug is not None:
            return self.slug.strip()
        return slugify(self.title or "")


def doc_tokens(doc) -> tuple[tuple[str, ...], ...]:
    """Yoast-style lowercased tokens of every sentence of ``doc`` (cached on the Document)."""
    cached = doc._cache.get("score_tokens")
    if cached is None:
        cached = tuple(matching.sentence_tokens(s.text) for s in doc.sentences)
        doc._cache["score_tokens"] = cached
    return cached


def block_word_counts(doc) -> dict[int, int]:
    """Words of each block (by id) as Yoast's getWords counts them ("4,5 %" is two words)."""
    cached = doc._cache.get("score_block_words")
    if cached is None:
        cached = {id(b): count_words(b.text) for b in doc.blocks}
        doc._cache["score_block_words"] = cached
    return cached


def word_count(doc) -> int:
    """Words of the whole text, headings included (Yoast's wordCountInText)."""
    return sum(block_word_counts(doc).values())


def sentence_lengths(doc) -> list[int]:
    """Words per sentence (hyphenated words count once), empty sentences left out."""
    cached = doc._cache.get("score_sentence_lengths")
    if cached is None:
        lengths = (count_words(s.text) for s in doc.sentences)
        cached = doc._cache["score_sentence_lengths"] = [n for n in lengths if n > 0]
    return cached


def body_blocks(doc):
    """Blocks that Yoast treats as paragraphs (<p>, and list items' implicit paragraphs)."""
    return [b for b in doc.blocks if b.kind != "heading"]


def first_paragraph(doc):
    """Yoast's introduction: the first paragraph with text that is not only a link."""
    for block in body_blocks(doc):
        only_links = block.links and \
            " ".join(link.text for link in block.links).strip() == block.text.strip()
        if block.sentences and not only_links:
            return block
    return None
