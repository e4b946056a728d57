"""Mechanical grammar slips a small model makes, found without a parser.

The embedded model wrote "dans l' maintien à flot" (issue #11: an elided article before a
consonant, where the source had "le maintien"). Such a slip is mechanical: an elision before a
consonant or a space, the full form where French elides ("le économie", "que il"), "si il", a
word doubled ("de de"). ``grammar_slip`` names the first one a sentence has; the engine refuses
a generated sentence with one like an unsupported sentence (seo_kit.rewrite.ground: asked again
once, else the source sentence). Rules of French typography and elision: the Académie française's
"Élision" note and Grevisse, Le Bon Usage §§ 44–45; h aspiré and semi-vowels left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["dropped_determiner", "grammar_slip"]

_VOWEL = "aeiouàâäéèêëîïôöùûüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ"
# Elided forms (l', d', qu'…) must be followed at once by a vowel, an h or y ("s'y").
_ELIDED = re.compile(r"(?<![\w’'])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?:\s+|(?=[^\W\d_]))"
                     r"(?=\S)(?![" + _VOWEL + r"hHyY])", re.IGNORECASE)
# Full forms that French elides before a vowel: "le économie", "que il", "de Ottawa".
# "un(e)", "onze", "oui", "ouest"-free exceptions: "le un", "la une", "le onze" are usual.
_UNELIDED = re.compile(r"(?<![\w’'-])(le|la|de|je|me|te|se|ne|que|jusque|lorsque|puisque)\s+"
                       r"(?!(?:une?|onze|onzième|oui|ouate|ouistiti)\b)[" + _VOWEL + r"]",
                       re.IGNORECASE)
_CE = re.compile(r"(?<![\w’'-])ce\s+(?!à\b)[" + _VOWEL + r"]", re.IGNORECASE)
_SI_IL = re.compile(r"(?<![\w’'-])si\s+ils?\b", re.IGNORECASE)
_DOUBLED = {"fr": re.compile(r"(?<![\w’'-])(le|la|les|de|des|du|un|une|et|à|en|que|qui)\s+\1\b",
                             re.IGNORECASE),
            "en": re.compile(r"(?<![\w'-])(the|a|an|of|to|and|in|that)\s+\1\b", re.IGNORECASE)}


def grammar_slip(sentence: str, lang: str) -> str | None:
    """The first mechanical slip of ``sentence`` ("elision before a consonant: «l' maintien»"),
    or None. French: elision before a consonant or a space, an unelided le/la/de/que… before a
    vowel, "ce" before a vowel, "si il", a doubled small word; English: a doubled small word;
    both: a small word in capitals after an opener ("Toutefois, Dès que…")."""
    rules = [("doubled word", _DOUBLED[lang])] if lang in _DOUBLED else []
    if lang == "fr":
        rules = [("elision before a consonant", _ELIDED), ("no elision before a vowel",
                                                           _UNELIDED),
                 ("«ce» before a vowel", _CE), ("«si il»", _SI_IL), *rules]
    for name, pattern in rules:
        found = pattern.search(sentence)
        if found:
            return f"{name}: «{sentence[found.start():found.end() + 8].strip()}»"
    return _capital_after_opener(sentence, lang)


# an opener of 1–4 words and its comma, then a capitalised word: "Toutefois, Dès que…"
# (not a name that opens on one: "Par ailleurs, Le Monde affirme…", "Also, The Guardian…")
_OPENER = re.compile(r"^(?:[^\W\d_][\w’'-]*\s+){0,3}[^\W\d_][\w’'-]*,\s+"
                     r"(?P<word>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\b(?!\s+[A-ZÀ-ÖØ-Þ])")


def _capital_after_opener(sentence: str, lang: str) -> str | None:
    """A small word kept in capitals after a sentence's opener: a connector put before a
    sentence without lowering its first word ("En outre, Pour terminer, la porte-parole…",
    "Toutefois, Dès que le logiciel…": the scripted writer's seams, 2026-12-02; a model writes
    the same). A name keeps its capital ("Par ailleurs, Kim a…"): only a function word of
    ``lang`` (seo_kit.score.matching.function_words) is a slip."""
    found = _OPENER.match(sentence)
    if found is None:
        return None
    from seo_kit.score.matching import function_words

    if found["word"].lower() not in function_words(lang):
        return None
    return f"capital after an opener: «{sentence[:found.end()]}»"


_DETERMINERS = {"fr": r"(?:les|le|la|l['’]|des|du|un|une|ces|ce|cet|cette|sa|son|ses|leur|leurs|au|aux)",
                "en": r"(?:the|a|an|these|this|those|its|their|his|her)"}


def dropped_determiner(sentence: str, sources: Sequence[str], lang: str) -> str | None:
    """Why ``sentence`` opens on a common noun without the determiner its source gives it, or
    None: "determiner dropped: «Spéculations» where the source says «Les spéculations»" (the
    embedded model's "Spéculations sur un éventuel projet … ont éclaté", seed run of 2026-12-02).
    The noun counts when every source sentence that writes it writes it in lower case after a
    determiner (a name or a headline word is never so written)."""
    match = re.match(r"\s*([^\W\d_][\w-]{3,})\b", sentence)
    if not match or lang not in _DETERMINERS or not match.group(1)[0].isupper():
        return None
    word = match.group(1)
    noun = word[0].lower() + word[1:]
    if re.match(rf"(?i){_DETERMINERS[lang]}\b", word) or not sources:
        return None
    written = [m for text in sources for m in re.finditer(
        rf"(?<![\w’'-])(\S+\s+)?{re.escape(noun)}(?![\w-])", text)]
    if written and not re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", " ".join(sources)) \
            and all(m.group(1) and re.fullmatch(rf"(?i){_DETERMINERS[lang]}\s*",
                                                m.group(1).strip() + " ") for m in written):
        before = written[0].group(1).strip()
        return f"determiner dropped: «{word}» where the source says «{before} {noun}»"
    return None

