"""Facts a rewrite must keep: numbers, dates, amounts, percentages and proper names.

``compare_facts(source, variant, lang)`` extracts them from both texts, reduces each to a canonical
key (1 000 = 1000, 1,5 % = 1.5 %, 7,2 milliards d’euros = 7 200 millions d’euros, 12 mars 2011 =
12/03/2011) and says which source facts the variant kept, which it dropped, and which it added.
"""

from __future__ import annotations

import re
from functools import lru_cache

from seo_kit.lang import CURRENCY_SIGNS, amount_words, check_lang, en, fr, number_format
from seo_kit.text.tokens import normalise_spaces, split_sentences

__all__ = ["compare_facts", "extract_facts"]

_MONTHS = {"fr": fr.MONTHS, "en": en.MONTHS}


@lru_cache(maxsize=2)
def _patterns(lang: str) -> dict[str, re.Pattern]:
    months = "|".join(_MONTHS[lang])
    numbers = number_format(lang)
    decimal, thousands = numbers["decimal"], rf"(?:{numbers['group']}\d{{3}})+"
    number = rf"\d{{1,3}}{thousands}(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?"
    words = amount_words(lang)
    scale = "|".join(sorted(words.scales, key=len, reverse=True))
    currency = "|".join(re.escape(c) for c in sorted(words.currencies, key=len, reverse=True))
    percent = rf"(?:%|{words.percent})"
    signs = "".join(re.escape(c) for c in CURRENCY_SIGNS if not c.isalpha())  # € $ £
    return {
        "date": re.compile(
            rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({months})(?:\s+(\d{{4}}))?\b"
            rf"|\b({months})\s+(\d{{4}})\b|\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b", re.IGNORECASE),
        "amount": re.compile(
            rf"(?P<pre>[{signs}])?\s?(?P<num>{number})\s?(?P<scale>{scale})?\b\s?"
            rf"(?:(?:d['’]\s?|de\s|of\s)?(?P<cur>{currency})(?![a-z])|(?P<pct>{percent}))?",
            re.IGNORECASE),
        "name": re.compile(
            r"(?<![\w])(?:[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ][\w\-]*(?:[’'][A-Z][\w\-]*)?)"
            r"(?:\s+(?:(?:de|du|des|la|le|d['’]|von|van|al|bin|of|the)\s+)?"
            r"[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ][\w\-]*)*"),
    }


def _to_float(number: str, lang: str) -> float:
    digits = re.sub(r"[  \u202f]", "", number)
    if number_format(lang)["decimal_mark"] == ",":
        digits = digits.replace(".", "") if re.search(r"\.\d{3}(?!\d)", digits) else digits
        digits = digits.replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return float("nan")


def _fmt(value: float) -> str:
    return f"{value:.10g}"


def _dates(text: str, lang: str, facts: dict[str, str]) -> str:
    months = _MONTHS[lang]

    def keep(match: re.Match) -> str:
        g = match.groups()
        if g[1]:
            key = f"{g[2] or '????'}-{months.index(g[1].lower()) + 1:02d}-{int(g[0]):02d}"
        elif g[3]:
            key = f"{g[4]}-{months.index(g[3].lower()) + 1:02d}"
        else:
            key = f"{g[7]}-{int(g[6]):02d}-{int(g[5]):02d}"
        facts.setdefault("date:" + key, match.group(0))
        return " " * len(match.group(0))

    return _patterns(lang)["date"].sub(keep, text)


def _amounts(text: str, lang: str, facts: dict[str, str]) -> str:
    def keep(match: re.Match) -> str:
        value = _to_float(match.group("num"), lang)
        scale = (match.group("scale") or "").lower()
        if scale in ("m", "k") and not (match.group("cur") or match.group("pre")):
            scale = ""  # "5 m" is five metres, not five million
        words = amount_words(lang)
        value *= words.scales.get(scale, 1)
        if match.group("pct"):
            key = f"percent:{_fmt(value)}"
        elif match.group("cur") or match.group("pre"):
            currency = words.currencies[(match.group("cur") or match.group("pre")).lower()]
            key = f"amount:{_fmt(value)} {currency}"
        else:
            key = f"number:{_fmt(value)}"
        facts.setdefault(key, match.group(0).strip())
        return " " * len(match.group(0))

    return _patterns(lang)["amount"].sub(keep, text)


def _names(text: str, lang: str, facts: dict[str, str], lowercase_words: set[str]) -> None:
    from seo_kit.score.matching import function_words

    fw = function_words(lang)
    for sentence in split_sentences(text, lang=lang):
        for match in _patterns(lang)["name"].finditer(sentence):
            name = match.group(0).strip(" -’'")
            first = name.split()[0]
            at_start = sentence[:match.start()].strip(" «\"“(—-") == ""
            if first.lower() in fw and len(name.split()) == 1:
                continue
            if at_start and len(name.split()) == 1 and (
                    first.lower() in lowercase_words or first.lower() in fw
                    or _is_dictionary_word(first.lower(), lang)):
                continue  # "Contexte", "Hier": a capital only because the sentence starts
            while len(name.split()) > 1 and name.split()[0].lower() in fw:
                name = " ".join(name.split()[1:])  # "Le Parquet" → "Parquet"
            if len(name) > 1:
                # Keyed by the last word, so "Sergueï Lavrov" and "Lavrov" are the same person.
                facts.setdefault("name:" + name.split()[-1], name)


@lru_cache(maxsize=16384)
def _is_dictionary_word(word: str, lang: str) -> bool:
    """A common word of ``lang`` (simplemma's dictionary); names like Lavrov or Moscou are not."""
    import simplemma

    return simplemma.is_known(word, lang=lang)


def extract_facts(text: str, *, lang: str) -> dict[str, str]:
    """Canonical key → the fact as written, for every fact in ``text``.

    A fact never runs over a line break: a heading and the paragraph under it, or two lines of
    a list, are read apart ("# … en Corée du Nord" then "Le ministre …" is not the name "Corée du
    Nord Le"; a Document's ``text`` joins its blocks with a blank line). A name hard-wrapped
    across two lines is read as two names.
    """
    check_lang(lang)
    text = text.replace("\u2019", "’")
    lowercase_words = set(re.findall(r"\b[a-zà-ÿ][\w’'-]*", text))
    facts: dict[str, str] = {}
    for line in text.split("\n"):
        line = normalise_spaces(line)
        if line:
            rest = _dates(line, lang, facts)
            rest = _amounts(rest, lang, facts)
            _names(rest, lang, facts, lowercase_words)
    return facts


def compare_facts(source_text: str, variant_text: str, *, lang: str) -> dict[str, list[str]]:
    """Which facts of the source the variant ``kept`` or ``dropped``, and which it ``added``.

    A name written word for word in the other text is there, whatever it was read with: the
    source's "ministre russe de la Défense Sergueï Choïgu" is one name (keyed Choïgu), and a
    who-is-who line "Sergueï Choïgu : ministre russe de la Défense" adds no "Défense".
    """
    source = extract_facts(source_text, lang=lang)
    variant = extract_facts(variant_text, lang=lang)
    source_flat, variant_flat = normalise_spaces(source_text), normalise_spaces(variant_text)
    kept = {k for k in source if k in variant or _name_written(k, source[k], variant_flat)}
    return {
        "kept": [source[k] for k in source if k in kept],
        "dropped": [source[k] for k in source if k not in kept],
        "added": [variant[k] for k in variant
                  if k not in source and not _name_written(k, variant[k], source_flat)],
    }


def _name_written(key: str, written: str, text: str) -> bool:
    return key.startswith("name:") and re.search(
        rf"(?<![\w-]){re.escape(written)}(?![\w-])", text) is not None
