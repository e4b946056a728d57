"""The SERP fields of a variant: SEO title, meta description and slug — read from a model's
answer when it gave usable ones, else built from the grounded draft without a model.

Limits (Yoast): the SEO title within 600 px (``seo_kit.score.serp``; ~60 characters here), the
meta description good from 121 to 156 characters (``metaDescriptionLength``), both holding the
keyphrase (``keyphraseInSEOTitle``, ``metaDescriptionKeyword``). A fallback is made of whole
sentences of the draft, never cut with "…": a description that stops mid-phrase reads as a
truncated snippet, and the draft's sentences are grounded already.
"""

from __future__ import annotations

import re
from itertools import combinations

from seo_kit.score.serp import META_MAX_CHARS
from seo_kit.text.fold import fold
from seo_kit.text.fold import slugify as text_slugify

__all__ = ["META_MAX", "META_MIN", "SEO_TITLE_MAX", "fallback_meta", "fallback_title",
           "parse_meta", "shorten", "slugify"]

SEO_TITLE_MAX = 60
META_MAX = META_MAX_CHARS  # 156: Yoast's metaDescriptionLength is good up to here…
META_MIN = 121  # …and from here (120 characters or fewer is "ok", not good)
_SEARCHED = 16  # the first sentences of the draft pairs and triples are made of


def _strip_marks(line: str) -> str:
    line = re.sub(r"^\s*(?:#{1,6}|[-*•]|\d{1,2}[.):]|H[1-6]\s*:)\s*", "", line)
    return line.strip().strip("*_«»\"“” ").rstrip(":").strip()


def parse_meta(text: str) -> tuple[str | None, str | None]:
    """SEO title and meta description from "Titre SEO : …" / "Méta-description : …" lines."""
    title = meta = None
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key = _strip_marks(key).lower()
        value = value.strip().strip("*_«»\"“” ").strip()
        if not value:
            continue
        if "méta" in key or "meta" in key or "description" in key:
            meta = meta or value
        elif "titre" in key or "title" in key:
            title = title or value
    return title, meta


def shorten(text: str, limit: int, *, lang: str) -> str:
    """``text`` within ``limit`` characters, cut at a clause boundary when there is one, else at
    a word boundary, never ending on a function word ("… pour renforcer le")."""
    from seo_kit.score.matching import function_words

    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    head = text[:limit + 1]
    bounds = [m.start() for m in re.finditer(r"[,;:(—–]\s", head)]
    if bounds and bounds[-1] >= 0.6 * limit:  # a clause boundary late enough to keep the sense
        return head[:bounds[-1]].strip()
    words = head.rsplit(" ", 1)[0].rstrip(" ,;:–-").split()
    small = function_words(lang)
    while len(words) > 2 and (words[-1].lower() in small or words[-1].endswith(("'", "’"))):
        words.pop()
    return " ".join(words)


def fallback_title(h1: str, keyphrase: str | None, limit: int = SEO_TITLE_MAX, *,
                   lang: str) -> str:
    """An SEO title from the H1 that starts with the keyphrase when the H1 lacks it."""
    title = h1.strip()
    if keyphrase and keyphrase.lower() not in title.lower():
        title = f"{keyphrase} : {title}"
    return shorten(title, limit, lang=lang)


def _holds(text: str, keyphrase: str) -> bool:
    key = " ".join(re.findall(r"\w+", fold(keyphrase.replace("’", "'"))))
    return f" {key} " in " " + " ".join(re.findall(r"\w+", fold(text.replace("’", "'")))) + " "


def fallback_meta(text: str, keyphrase: str | None, *, lang: str) -> str:
    """A meta description of whole sentences of ``text`` (the grounded standfirst, then the
    body), META_MIN–META_MAX characters, holding the keyphrase, never ending in "…".

    Among one, two or three sentences (in their order; pairs and triples from the first
    sentences only), the first that fits and holds the keyphrase wins (fewest sentences,
    earliest); failing that, the longest under META_MAX that holds it (Yoast's
    metaDescriptionKeyword outweighs a length rated "ok"); failing that, the first that fits,
    then the longest under META_MAX; a text without any sentence under META_MAX gives its first
    sentence shortened at a clause boundary, with a full stop."""
    from seo_kit.rewrite.plan import DATELINE
    from seo_kit.text.tokens import split_sentences

    sentences = [DATELINE.sub("", s) for line in text.splitlines()
                 if line.strip() and not line.lstrip().startswith("#")
                 for s in split_sentences(line.lstrip("-* "), lang=lang)
                 if s.rstrip().endswith((".", "!", "?", "»", '"', "”"))]  # not a title line
    if not sentences:
        return ""
    candidates = [" ".join(sentences[i] for i in chosen) for size in (1, 2, 3)
                  for chosen in combinations(range(min(len(sentences),
                                                       40 if size == 1 else _SEARCHED)), size)]
    short = [c for c in candidates if len(c) <= META_MAX]
    held = [c for c in short if keyphrase and _holds(c, keyphrase)]
    for pool in (held, short):
        fits = [c for c in pool if len(c) >= META_MIN]
        if fits or pool:
            return fits[0] if fits else max(pool, key=len)
    return shorten(sentences[0], META_MAX - 1, lang=lang).rstrip(" ,;:") + "."


def slugify(text: str, max_words: int = 8) -> str:
    """A variant's slug: the one slugifier (``seo_kit.text.slugify``), first ``max_words`` words:
    "Le cœur de la réforme" → "le-coeur-de-la-reforme"."""
    return text_slugify(text, max_words=max_words)


def settle_meta(draft, brief) -> dict:
    """Fix ``draft``'s SEO title and meta description — the model's when usable (title ≤ 70
    characters, description META_MIN–META_MAX, both with the keyphrase), else built from the H1
    and from the standfirst and body — and return the scoring arguments they give (lang,
    min_words, keyphrase, title, meta_description, slug)."""
    keyphrase = brief.keyphrase
    title = draft.seo_title or ""
    if not title or len(title) > 70 or (keyphrase and not _holds(title, keyphrase)):
        title = fallback_title(draft.h1, keyphrase, lang=brief.lang)
    meta = draft.meta_description or ""
    if not (META_MIN <= len(meta) <= META_MAX) or "…" in meta \
            or (keyphrase and not _holds(meta, keyphrase)):
        meta = fallback_meta("\n\n".join([draft.intro, *(s.body for s in draft.sections)]),
                             keyphrase, lang=brief.lang) or fallback_title(
                                 draft.h1, keyphrase, META_MAX, lang=brief.lang)
    draft.seo_title, draft.meta_description = title, meta
    return {"lang": brief.lang, "min_words": brief.min_words, "keyphrase": keyphrase,
            "title": title, "meta_description": meta, "slug": slugify(title)}
