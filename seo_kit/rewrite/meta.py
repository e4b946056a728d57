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

from seo_kit.score.serp import META_MAX_CHARS
from seo_kit.text.fold import fold
from seo_kit.text.fold import slugify as text_slugify

__all__ = ["META_MAX", "META_MIN", "SEO_TITLE_MAX", "fallback_meta", "fallback_title",
           "parse_meta", "shorten", "slugify"]

SEO_TITLE_MAX = 60
META_MAX = META_MAX_CHARS  # 156: Yoast's metaDescriptionLength is good up to here…
META_MIN = 121  # …and from here (120 characters or fewer is "ok", not good)


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


def _clause_head(sentence: str, keyphrase: str | None, shortest: int = META_MIN) -> str | None:
    """The longest head of ``sentence`` ending at a clause boundary (", le dernier…") that fits
    META_MIN–META_MAX and holds the keyphrase, closed with a full stop; None when none does."""
    # not inside a list of names ("Belfius, ING, KBC"), not before a relative clause that may
    # restrict what precedes it ("les banques qui…")
    heads = [sentence[:m.start()] for m in re.finditer(r"[,;]\s(?=[a-zà-öø-ÿ])(?!(?:qui|que|qu['’]|"
                                                       r"dont|où|which|that|who)\b)", sentence)]
    fits = [h for h in heads if shortest <= len(h) + 1 <= META_MAX
            and (keyphrase is None or _holds(h, keyphrase))]
    return f"{fits[-1]}." if fits else None


def fallback_meta(text: str, keyphrase: str | None, *, lang: str) -> str:
    """A meta description from ``text`` (the grounded standfirst, then the body),
    META_MIN–META_MAX characters, holding the keyphrase, never ending in "…".

    Candidates are one to three consecutive sentences of one paragraph (a sentence read
    without the one before it may not say who "il" is; two sentences from apart may not follow),
    earliest and fewest first. The first that fits and holds the keyphrase wins; failing that,
    a sentence with the keyphrase cut at its last clause boundary that fits ("…, selon l'agence
    Tass."); failing that, the longest candidate under META_MAX with the keyphrase (Yoast's
    metaDescriptionKeyword outweighs a length rated "ok"); then the first that fits without it,
    the longest under META_MAX; a text whose sentences are all longer gives the head of its
    first sentence at a clause boundary (else at a word), with a full stop. Datelines ("16 juin 2012. -") and title
    lines are left out."""
    from seo_kit.rewrite.plan import DATELINE
    from seo_kit.text.tokens import split_sentences

    paragraphs = [[DATELINE.sub("", s) for s in split_sentences(line.lstrip("-* "), lang=lang)
                   if s.rstrip().endswith((".", "!", "?", "»", '"', "”"))]
                  for line in text.splitlines()
                  if line.strip() and not line.lstrip().startswith("#")]
    windows = sorted(((size, p, i) for p, sentences in enumerate(paragraphs)
                      for i in range(len(sentences)) for size in (1, 2, 3)
                      if i + size <= len(sentences)), key=lambda w: (w[0], w[1], w[2]))
    # a leading additive connector ("Par ailleurs, …") links to a sentence the snippet lacks
    paragraphs = [[_unlinked(s) for s in sentences] for sentences in paragraphs]
    candidates = [" ".join(paragraphs[p][i:i + size]) for size, p, i in windows]
    if not candidates:
        return ""
    short = [c for c in candidates if len(c) <= META_MAX]
    held = [c for c in short if keyphrase and _holds(c, keyphrase)]
    fits = [c for c in held if len(c) >= META_MIN]
    # the news first: the standfirst's own sentences, whole or cut at a clause, before the body's
    lead = [c for c, (_, p, _) in zip(candidates, windows, strict=True) if p == 0]
    if fits and fits[0] not in lead and keyphrase and paragraphs:
        for sentence in paragraphs[0]:
            head = _clause_head(sentence, keyphrase)
            if head:
                return head
    if fits:
        return fits[0]
    if keyphrase:
        for sentence in (s for sentences in paragraphs for s in sentences):
            head = _clause_head(sentence, keyphrase)
            if head:
                return head
    for pool in (held, short):
        fits = [c for c in pool if len(c) >= META_MIN]
        if fits or pool:
            return fits[0] if fits else max(pool, key=len)
    return _clause_head(candidates[0], None, shortest=40) or \
        shorten(candidates[0], META_MAX - 1, lang=lang).rstrip(" ,;:") + "."


def _unlinked(sentence: str) -> str:
    from seo_kit.rewrite.readable import ADDITIVE

    for connectors in ADDITIVE.values():
        for connector in connectors:
            if sentence.startswith(f"{connector} "):
                rest = sentence[len(connector) + 1:]
                return rest[:1].upper() + rest[1:]
    return sentence


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
