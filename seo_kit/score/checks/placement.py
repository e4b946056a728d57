"""Yoast's checks on where the keyphrase sits: meta description, subheadings, links, images,
SEO title and slug (yoastseo 3.6 thresholds; cornerstone values where Yoast has them)."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from urllib.parse import urlsplit

from seo_kit.lang import unglue_slug_word
from seo_kit.score.checks.base import check
from seo_kit.score.checks.keyphrase import NO_KEYPHRASE
from seo_kit.score.matching import (
    Topic,
    best_match_percentage,
    count_form_in_text,
    function_words,
    keyphrase_tokens,
    match_percentage,
    matching_text,
    normalise_quotes,
    reflects_topic,
    strip_punctuation,
    transliterate,
    word_regex,
)
from seo_kit.text.tokens import separate_symbols, split_sentences, words


@check("metaDescriptionKeyword", "seo")
def meta_description_keyword(doc, ctx):
    """Sentences of the meta description holding the keyphrase: 1–2 good, 0 or more than 2 bad."""
    meta = (ctx.meta_description or "").strip()
    if not ctx.topic or not meta:
        what = NO_KEYPHRASE if not ctx.topic else "No meta description was given: write one."
        return 3, None, f"Keyphrase in meta description: {what}"
    total = 0
    for sentence in split_sentences(meta, lang=ctx.lang) or [meta]:
        lowered = matching_text(sentence)  # once for every word of every topic
        for topic in ctx.topics:
            total += min(count_form_in_text(lowered, forms, prepared=True)
                         for forms in topic.forms)
    if total in (1, 2):
        return 9, total, ("Keyphrase in meta description: Keyphrase or synonym appear in the meta "
                          "description. Well done!")
    if total >= 3:
        return 3, total, (f"Keyphrase in meta description: The meta description contains the "
                          f"keyphrase {total} times, which is over the advised maximum of 2 times. "
                          "Limit that!")
    return 3, 0, ("Keyphrase in meta description: The meta description has been specified, but it "
                  "does not contain the keyphrase. Fix that!")


@check("subheadingsKeyword", "seo")
def subheadings_keyword(doc, ctx):
    """H2/H3 subheadings reflecting the topic (more than half its content words): 30–75 % good."""
    if not ctx.topics:
        return 1, None, f"Keyphrase in subheading: {NO_KEYPHRASE}"
    subheadings = [b for b in doc.headings if b.level in (2, 3)]
    if not subheadings:
        limit = 250 if ctx.cornerstone else 300
        if doc.analysis.word_count >= limit:
            return 2, 0, ("Keyphrase in subheading: You are not using any higher-level subheadings "
                          "containing the keyphrase or its synonyms. Fix that!")
        return 9, 0, "Keyphrase in subheading: the text is short enough not to need subheadings."
    topics = list(ctx.topics)
    matches = sum(1 for h in subheadings if reflects_topic(topics, h.text, ctx.lang))
    count = len(subheadings)
    low, high = math.ceil(count * 0.3), math.floor(count * 0.75)
    value = f"{matches}/{count}"
    if 0 < matches < low:
        return 3, value, (f"Keyphrase in subheading: {matches} of {count} higher-level subheadings "
                          "reflect the topic of your copy. That's too few; use more.")
    if count > 1 and matches > high:
        return 3, value, (f"Keyphrase in subheading: {matches} of {count} higher-level subheadings "
                          "reflect the topic of your copy. That's too many; don't overoptimize!")
    if (count == 1 and matches == 1) or low <= matches <= high:
        return 9, value, (f"Keyphrase in subheading: {matches} of your higher-level subheadings "
                          "reflect the topic of your copy. Good job!")
    return 3, value, ("Keyphrase in subheading: Use more keyphrases or synonyms in your "
                      "higher-level subheadings!")


def _links_to_self(href: str, permalink: str | None) -> bool:
    if href.startswith("#"):
        return True
    if not permalink:
        return False
    def bare(u):
        return u.split("#")[0].split("?")[0].rstrip("/") + "/"
    return bare(href) == bare(permalink)


def _anchor_is_topic(anchor_text: str, ctx) -> bool:
    if best_match_percentage(list(ctx.topics), anchor_text) != 100:
        return False
    words = list(dict.fromkeys(keyphrase_tokens(anchor_text)))
    content = [w for w in words if w not in function_words(ctx.lang)]
    words = content or words
    for topic in ctx.topics:
        if topic.exact and all(w in topic.forms[0][0] for w in words):
            return True
        forms = tuple(f for word_forms in topic.forms for f in word_forms)
        if all(count_form_in_text(w, forms) > 0 for w in words):
            return True
    return False


@check("textCompetingLinks", "seo")
def text_competing_links(doc, ctx):
    """Links whose anchor text is the keyphrase compete with this page: none good (8), any bad (2)."""
    if not ctx.topics:
        return 8, 0, "Competing links: no keyphrase, so no link can compete with it."
    anchors = [lk for lk in doc.links if lk.href and not _links_to_self(lk.href, ctx.permalink)]
    competing = [lk for lk in anchors if _anchor_is_topic(lk.text, ctx)]
    if competing:
        return 2, len(competing), ("Competing links: You're linking to another page with the words "
                                   "you want this page to rank for. Don't do that!")
    return 8, 0, ("Competing links: There are no links which use your keyphrase or synonym as "
                  "their anchor text. Nice!")


@check("imageKeyphrase", "seo")
def image_keyphrase(doc, ctx):
    """Alt texts holding at least half the keyphrase: any (under 5 images) or 30–75 % good."""
    images = doc.images
    n = len(images)
    poor = 3 if ctx.cornerstone else 6
    if not ctx.topics or n == 0:
        return 3, 0, ("Keyphrase in image alt attributes: This page does not have images, a "
                      "keyphrase, or both. Add some images with alt attributes that include the "
                      "keyphrase or synonyms!")
    topics = list(ctx.topics)
    alts = [img.alt.strip() for img in images]
    with_keyphrase = sum(1 for a in alts if a and best_match_percentage(topics, a) >= 50)
    without = sum(1 for a in alts if a) - with_keyphrase
    low, high = math.ceil(n * 0.3), math.floor(n * 0.75)
    value = f"{with_keyphrase}/{n}"
    if without > 0 and with_keyphrase == 0:
        return poor, value, ("Keyphrase in image alt attributes: Images on this page do not have "
                             "alt attributes that reflect the topic of your text. Add your "
                             "keyphrase or synonyms to the alt tags of relevant images!")
    if n > 4 and 0 < with_keyphrase < low:
        return 6, value, (f"Keyphrase in image alt attributes: Out of {n} images on this page, only "
                          f"{with_keyphrase} have an alt attribute that reflects the topic of your "
                          "text. Add your keyphrase or synonyms to more relevant images!")
    if (n < 5 and with_keyphrase > 0) or (n == 5 and 2 <= with_keyphrase <= 4) or \
            (n > 4 and low <= with_keyphrase <= high):
        return 9, value, "Keyphrase in image alt attributes: Good job!"
    if n > 4 and with_keyphrase > high:
        return 6, value, (f"Keyphrase in image alt attributes: Out of {n} images on this page, "
                          f"{with_keyphrase} have alt attributes with words from your keyphrase or "
                          "synonyms. That's a bit much. Only include the keyphrase or its synonyms "
                          "when it really fits the image.")
    return poor, value, ("Keyphrase in image alt attributes: Images on this page do not have alt "
                         "attributes with at least half of the words from your keyphrase. Fix that!")


def _first_match(title: str, phrase: str) -> int:
    """Index in ``title`` of the phrase as a whole (or its accent-free form), -1 when absent."""
    text = separate_symbols(normalise_quotes(title))
    lowered = text.lower()
    positions = []
    for form in dict.fromkeys((phrase, transliterate(phrase))):
        match = word_regex(form).search(lowered)
        if match:
            found = strip_punctuation(match.group(0).strip())
            positions.append(lowered.find(found.lower()))
    positions = [p for p in positions if p >= 0]
    return min(positions) if positions else -1


@check("keyphraseInSEOTitle", "seo")
def keyphrase_in_seo_title(doc, ctx):
    """Exact keyphrase at the start of the SEO title (leading function words aside): 9; elsewhere,
    or all its words without the exact phrase: 6; words missing: 2."""
    title = (ctx.title or "").strip()
    if not ctx.topic or not title:
        what = NO_KEYPHRASE if not ctx.topic else "No SEO title was given: write one."
        return 2, None, f"Keyphrase in SEO title: {what}"
    phrase = normalise_quotes(ctx.topic.forms[0][0] if ctx.topic.exact
                              else ctx.keyphrase.strip()).lower()
    position = _first_match(title, phrase)
    if position >= 0:
        before = words(re.sub(r"-", " ", title[:position].lower()), lang=ctx.lang)
        if position == 0 or all(w in function_words(ctx.lang) for w in before):
            return 9, "start", ("Keyphrase in SEO title: The exact match of the focus keyphrase "
                                "appears at the beginning of the SEO title. Good job!")
        return 6, "elsewhere", ("Keyphrase in SEO title: The exact match of the focus keyphrase "
                                "appears in the SEO title, but not at the beginning. Move it to "
                                "the beginning for the best results.")
    if match_percentage(ctx.topic, title) == 100:
        return 6, "words", ("Keyphrase in SEO title: Does not contain the exact match. Try to write "
                            "the exact match of your keyphrase in the SEO title and put it at the "
                            "beginning of the title.")
    if ctx.topic.exact:
        return 2, "absent", ("Keyphrase in SEO title: Does not contain the exact match. Try to write "
                             "the exact match of your keyphrase in the SEO title and put it at the "
                             "beginning of the title.")
    return 2, "absent", (f'Keyphrase in SEO title: Not all the words from your keyphrase '
                         f'"{ctx.keyphrase}" appear in the SEO title. For the best SEO results '
                         "write the exact match of your keyphrase in the SEO title, and put the "
                         "keyphrase at the beginning of the title.")


@check("slugKeyword", "seo")
def slug_keyword(doc, ctx):
    """Keyphrase content words in the slug: all of 1–2 words, or more than half of longer ones."""
    slug = ctx.effective_slug
    poor = 3 if ctx.cornerstone else 6
    if not ctx.topic or not slug:
        what = NO_KEYPHRASE if not ctx.topic else "No slug was given and no title to derive one."
        return 3, None, f"Keyphrase in slug: {what}"
    share = match_percentage(_slug_topic(ctx.topic), slug_words(slug, lang=ctx.lang))
    if ctx.topic.length < 3:
        if share == 100:
            return 9, share, "Keyphrase in slug: Great work!"
        return poor, share, ("Keyphrase in slug: (Part of) your keyphrase does not appear in the "
                             "slug. Change that!")
    if share > 50:
        return 9, share, ("Keyphrase in slug: More than half of your keyphrase appears in the slug. "
                          "That's great!")
    return poor, share, ("Keyphrase in slug: (Part of) your keyphrase does not appear in the slug. "
                         "Change that!")


def _slug_topic(topic: Topic) -> Topic:
    """The topic as a slug writes it: a word with an inner apostrophe (aujourd’hui, O’Brien) is
    also accepted as two words (our slugifier: aujourd-hui) or one (WordPress: aujourdhui)."""
    forms = tuple(
        tuple(dict.fromkeys(x for f in word for x in (f, f.replace("'", " "), f.replace("'", ""))))
        for word in topic.forms)
    return replace(topic, forms=forms)


def slug_words(slug: str, *, lang: str) -> str:
    """The slug as matchable text: words split on - and _; as WordPress drops apostrophes, a word
    that glued an elided clitic ("huile-dolive") or an English possessive ("the-heros-journey")
    is also given without it."""
    words = [w for w in re.split(r"[-_/\s]+", slug.lower()) if w]
    unglued = [rest for rest in (unglue_slug_word(w, lang=lang) for w in words) if rest]
    return " ".join(words + unglued)


def link_kind(href: str, permalink: str | None) -> str:
    """Yoast's getLinkType: "other" (mailto:, #…), "internal" (relative or same host), "external"."""
    parts = urlsplit(href)
    if (parts.scheme and parts.scheme not in ("http", "https")) or href.startswith("#"):
        return "other"
    if href.startswith("/") and not href.startswith("//"):
        return "internal"
    if not parts.hostname:
        return "internal"
    site = urlsplit(permalink).hostname if permalink else None
    return "internal" if site and parts.hostname == site else "external"
