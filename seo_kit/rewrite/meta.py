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

from seo_kit.lang import colon
from seo_kit.score.serp import META_MAX_CHARS
from seo_kit.text.fold import fold
from seo_kit.text.fold import slugify as text_slugify

__all__ = ["META_MAX", "META_MIN", "SEO_TITLE_MAX", "capitalised", "fallback_meta",
           "fallback_title", "parse_meta", "shorten", "slugify", "whole_head"]

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
    """An SEO title from the H1, a complete phrase within ``limit`` characters, opening on the
    keyphrase when the H1 lacks it (Yoast's keyphraseInSEOTitle is good only then), tried in
    this order: "Keyphrase : H1"; "Keyphrase : " + the H1's head cut before a complement
    (``whole_head``); the H1 (or its head) when it holds the keyphrase; "Keyphrase : " + a
    claim-free section title (seo_kit.rewrite.heading_rules.heading_from); the H1's head; the
    H1 cut at a word as a last resort. Never the H1 cut mid-phrase when a whole one fits: the
    corpus text 10 got "hausse des impôts : Le gouvernement français" (2026-12-02)."""
    from seo_kit.score.matching import function_words

    title = re.sub(r"\s+", " ", h1).strip().rstrip(".")
    lead = capitalised(keyphrase) if keyphrase else ""
    if keyphrase and not _holds(title, keyphrase):
        first = title.split()[0] if title else ""
        tail = first.lower() + title[len(first):] if first.lower() in function_words(lang) \
            else title
        sep = colon(lang)
        for head in (tail, whole_head(tail, limit - len(lead) - len(sep), lang=lang)):
            if head and len(f"{lead}{sep}{head}") <= limit and not _stub(head, keyphrase, lang):
                return f"{lead}{sep}{head}"
    else:
        head = whole_head(title, limit, lang=lang)
        if head:
            return capitalised(head)
    if keyphrase:
        from seo_kit.rewrite.heading_rules import heading_from

        generic = heading_from(keyphrase, lang=lang, taken=set())
        if len(generic) <= limit and _holds(generic, keyphrase):
            return generic
    head = whole_head(title, limit, lang=lang)
    return capitalised(head) if head else shorten(title, limit, lang=lang)


def _stub(head: str, keyphrase: str, lang: str) -> bool:
    """A head that says nothing the keyphrase does not: every content word of it is one of the
    keyphrase's ("Mozilla" after "Mozilla community", "Ubuntu" after "Ubuntu 12.10": a page
    name, not a phrase; corpus text 14's H1 came out "Mozilla community: Mozilla")."""
    from seo_kit.score.matching import content_words

    return set(content_words(head, lang)) <= set(content_words(keyphrase, lang))


def capitalised(text: str) -> str:
    """``text`` with a capital first letter, as a title starts ("hausse des impôts : …" →
    "Hausse des impôts : …"); a word written with a capital inside ("iPhone") is kept."""
    first = text.split()[0] if text.split() else ""
    if not first or any(c.isupper() for c in first[1:]):
        return text
    return text[0].upper() + text[1:]


# Where a title may be cut and stay a phrase: before a preposition that opens a complement, or
# at clause punctuation (a head ending on a bare verb or a function word is refused).
_COMPLEMENTS = {
    "fr": r"(?:en|à|au|aux|dans|lors|avec|sur|vers|entre|pendant|chez|contre|par|pour|afin|selon|"
          r"après|avant|depuis|malgré)",
    "en": r"(?:in|at|on|to|for|with|from|by|after|before|during|since|despite|amid|over)",
}


def whole_head(text: str, limit: int, *, lang: str) -> str | None:
    """``text`` when it fits ``limit`` characters, else its longest head (3 words or more) that
    ends before a complement or at clause punctuation, fits, and is a phrase (not ending on a
    function word or a bare verb: seo_kit.rewrite.heading_rules); None when none does:
    "Lavrov est arrivé en Corée du Nord pour renforcer les relations" (50) → "Lavrov est arrivé
    en Corée du Nord"."""
    from seo_kit.rewrite.heading_rules import _ends_bare
    from seo_kit.score.matching import function_words

    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    small = function_words(lang)
    cuts = [m.start() for m in re.finditer(
        r"\s*[,;:(—–]\s|\s(?=" + _COMPLEMENTS.get(lang, _COMPLEMENTS["en"]) + r"\s)", text)]
    for cut in sorted((c for c in cuts if c <= limit), reverse=True):
        head = text[:cut].rstrip(" ,;:–—-")
        words = head.split()
        if len(words) >= 3 and words[-1].lower() not in small and not words[-1].endswith(
                ("'", "’")) and not _ends_bare(head, lang):
            return head
    return None


def _holds(text: str, keyphrase: str) -> bool:
    key = " ".join(re.findall(r"\w+", fold(keyphrase.replace("’", "'")).lower()))
    return f" {key} " in " " + " ".join(re.findall(r"\w+", fold(text.replace("’", "'")).lower())) \
        + " "  # case aside, as Yoast matches


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
    earliest first, then fewest: the news (the standfirst's opening sentences) before a single
    sentence from the middle of the text that happens to fit. The first that fits and holds the keyphrase wins; failing that,
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
                      if i + size <= len(sentences)), key=lambda w: (w[1], w[2], w[0]))
    # a leading additive connector ("Par ailleurs, …") links to a sentence the snippet lacks
    paragraphs = [[_unlinked(s) for s in sentences] for sentences in paragraphs]
    # a snippet opens on words pointing to a sentence it lacks ("Lavrov : les trois autres
    # communes ne présentaient…", "Even those games…": seo_kit.rewrite.anaphor) only when no
    # other candidate is left: those come last, in every order below
    from seo_kit.rewrite.anaphor import leans_back

    leaning = {w for w in windows if leans_back(paragraphs[w[1]][w[2]], lang)}
    windows.sort(key=lambda w: w in leaning)
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
    if keyphrase and not held:
        from seo_kit.score.matching import function_words

        # no sentence holds the keyphrase: "Keyphrase : " before whole sentences (one to three,
        # the news first), claim-free; metaDescriptionKeyword is bad without it (corpus text
        # 10, 2026-12-02). Never before a clause's head: "Afin de pouvoir tenir…" says nothing.
        lead = capitalised(keyphrase)
        by_place = [c for c, (_, p, i) in sorted(
            zip(candidates, windows, strict=True),
            key=lambda cw: (cw[1] in leaning, cw[1][1], cw[1][2], cw[1][0]))]
        for candidate in (c for c in by_place if ":" not in c):  # never "X : autre mesure : …"
            first = candidate.split()[0]
            led = f"{lead}{colon(lang)}{candidate[0].lower()}{candidate[1:]}" \
                if first.lower() in function_words(lang) else f"{lead}{colon(lang)}{candidate}"
            if META_MIN <= len(led) <= META_MAX:
                return led
    for pool in (held, short):
        fits = [c for c in pool if len(c) >= META_MIN]
        if fits or pool:
            return fits[0] if fits else max(pool, key=len)
    return _clause_head(candidates[0], None, shortest=40) or \
        shorten(candidates[0], META_MAX - 1, lang=lang).rstrip(" ,;:") + "."


# Openers that tie a sentence to the one before it, which a snippet lacks ("Mais Jean-Marc
# Ayrault a cependant réitéré…", the meta of corpus text 10, 2026-12-02): dropped from a meta
# description's sentence, with seo_kit.rewrite.readable.ADDITIVE.
_LINKED = {"fr": ("Mais", "Cependant,", "Pourtant,", "Toutefois,", "Néanmoins,", "En revanche,"),
           "en": ("But", "However,", "Yet", "Still,", "Nevertheless,")}


def _unlinked(sentence: str) -> str:
    from seo_kit.rewrite.readable import ADDITIVE

    for connectors in (*ADDITIVE.values(), *_LINKED.values()):
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
