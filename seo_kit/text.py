"""Sentence and word splitting for French and English, with an explicit ``lang``.

French needs care that generic splitters lack: elisions with ' and ’ (l’agence), non-breaking and
thin spaces before « » : ; ! ?, decimal commas (1,5 %), abbreviations (M., Mme, p. ex.).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise_spaces", "split_sentences", "words", "split_elisions", "LANGS"]

LANGS = ("fr", "en")

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\ufeff]+")
_ABBREVIATIONS = {
    "fr": {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "ex", "p",
           "av", "apr", "j.-c", "vol", "no", "n°", "env", "min", "max", "tél", "art", "éd", "fig",
           "janv", "févr", "sept", "oct", "nov", "déc"},
    "en": {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "inc",
           "ltd", "co", "corp", "no", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "u.s", "u.k"},
}
# A sentence ends at . ! ? … (possibly followed by closing quotes/brackets) then whitespace.
_BOUNDARY = re.compile(r"([.!?…]+[»\"”’)\]]*)(\s+)")
_WORD = re.compile(r"[^\W_](?:[\w’'\-.,]*[^\W_])?", re.UNICODE)
_ELISION = re.compile(r"^((?:qu|lorsqu|puisqu|jusqu|quoiqu|[cdjlmnst])['’])(.+)$", re.I)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGS)}")


def normalise_spaces(text: str) -> str:
    """Fold every kind of space (NBSP, thin space…) into one ASCII space and strip."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def split_sentences(text: str, lang: str) -> list[str]:
    """Split a block of text into sentences; a block without final punctuation is one sentence."""
    _check_lang(lang)
    text = normalise_spaces(text)
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
        if following and following.islower():
            continue
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
    """Counting units: "l’agence" and "1,5" are one word each; punctuation is not a word."""
    _check_lang(lang)
    return tuple(_WORD.findall(normalise_spaces(text)))


def split_elisions(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Lowercase, unify apostrophes and split French elisions: l’agence → l’, agence."""
    out: list[str] = []
    for token in tokens:
        token = token.lower().replace("'", "’")
        match = _ELISION.match(token)
        if match:
            out.extend((match.group(1), match.group(2)))
        else:
            out.append(token)
    return tuple(out)
