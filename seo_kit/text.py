"""Sentence and word splitting for French and English, with an explicit ``lang``.

French needs care that generic splitters lack: elisions with ' and ’ (l’agence), non-breaking and
thin spaces before « » : ; ! ?, decimal commas (1,5 %), abbreviations (M., Mme, p. ex.).

Words are counted the way Yoast counts them, so that lengths and densities agree with it: split
on spaces, strip punctuation at both ends, keep everything else ("l’agence", "nord-coréen",
"1,5", "2.5" and even "%" are one word each; "1 000" is two).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LANGS", "check_lang", "normalise_spaces", "split_elisions", "split_sentences", "words"]

LANGS = ("fr", "en")

_ABBREVIATIONS = {
    # Not "etc", "vol", "art", "sept": they end sentences too often (le vol., il y en a sept.).
    "fr": {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "ex", "p",
           "av", "apr", "j.-c", "n°", "env", "min", "max", "tél", "éd", "fig", "chap", "coll",
           "janv", "févr", "oct", "nov", "déc"},
    "en": {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "e.g", "i.e", "inc",
           "ltd", "co", "corp", "no", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "u.s", "u.k"},
}
# A sentence ends at . ! ? … (possibly followed by closing quotes/brackets) then whitespace.
_BOUNDARY = re.compile(r"([.!?…]+(?: ?[»\"”’)\]])*)(\s+)")
# What may open the next sentence: a capital, a digit, an opening quote or bracket, a dialogue dash.
_OPENER = re.compile(r"[^\W\d_]|[\d«\"“‘(\[¿¡—]")
# Yoast's punctuation, stripped at both ends of a space-separated word.
_PUNCTUATION = "–-()_[]’‘“”〝〞〟‟„\"'.?!:;,¿¡«»‹›—×+&<>…"
_ELISION = re.compile(r"^((?:qu|lorsqu|puisqu|jusqu|quoiqu|[cdjlmnst])['’])(.+)$", re.IGNORECASE)


def check_lang(lang: str) -> None:
    """ValueError naming the supported languages when ``lang`` is not one of them."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGS)}")


def normalise_spaces(text: str) -> str:
    """Fold every kind of space (NBSP, thin space…) into one ASCII space and strip."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\ufeff" in text:
        text = text.replace("\ufeff", " ")
    return " ".join(text.split())  # str.split() knows every Unicode space, NBSP included


def split_sentences(text: str, lang: str) -> list[str]:
    """Split a block of text into sentences; a block without final punctuation is one sentence."""
    check_lang(lang)
    return sentences_of_normalised(normalise_spaces(text), lang)


def sentences_of_normalised(text: str, lang: str) -> list[str]:
    """``split_sentences`` for a text that went through ``normalise_spaces`` already."""
    if not text:
        return []
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(1)
        before = text[start:match.start(1)]
        last_word = before.rsplit(" ", 1)[-1].lower()
        following = text[match.end():match.end() + 1]
        if match.group(1).startswith(".") and _is_abbreviation(last_word, lang):
            continue
        if following and (following.islower() or not _OPENER.match(following)):
            continue  # "Ah ! c’est superbe", "4 juillet 2012. - Afin de…" stay one sentence
        sentences.append(text[start:end].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if any(c.isalnum() for c in s)]


def _is_abbreviation(word: str, lang: str) -> bool:
    word = word.strip("(«\"“")
    if len(word) == 1 and word.isalpha():  # initials: J. K. Rowling
        return True
    return word in _ABBREVIATIONS[lang]


def words(text: str, lang: str) -> tuple[str, ...]:
    """Counting units as Yoast counts them: "l’agence", "1,5", "%" are one word each."""
    check_lang(lang)
    return words_of_normalised(normalise_spaces(text))


def words_of_normalised(text: str) -> tuple[str, ...]:
    """``words`` for a text that went through ``normalise_spaces`` already."""
    if "—" in text or "–" in text:  # dashes separate words even without spaces (as in Yoast)
        text = text.replace("—", " ").replace("–", " ")
    return tuple(filter(None, [w.strip(_PUNCTUATION) for w in text.split(" ")]))


def split_elisions(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Lowercase, unify apostrophes and split French elisions: l’agence → l’, agence."""
    out: list[str] = []
    for token in tokens:
        token = token.lower()
        if "'" in token or "’" in token:  # most tokens have none: skip the regex
            token = token.replace("'", "’")
            match = _ELISION.match(token)
            if match:
                out += (match.group(1), match.group(2))
                continue
        out.append(token)
    return tuple(out)
