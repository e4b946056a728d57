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
from itertools import chain, repeat

from seo_kit.lang import abbreviations, before_numbers, check_lang, split_elisions
from seo_kit.lang._memo import memo

__all__ = ["PUNCTUATION", "match_tokens", "normalise_quotes", "normalise_spaces",
           "sentence_tokens", "separate_symbols", "split_sentences", "tokenize", "words",
           "words_of_chunk"]

# A sentence ends at . ! ? … (possibly followed by closing quotes/brackets) then whitespace.
_BOUNDARY = re.compile(r"([.!?…]+(?: ?[»\"”’)\]])*)(\s+)")
# What may open the next sentence: a capital, a digit, an opening quote or bracket, a dialogue dash.
_OPENER = re.compile(r"[^\W\d_]|[\d«\"“‘(\[¿¡—]")
# Yoast's punctuation (removePunctuation.js), stripped at both ends of a word: the one list.
PUNCTUATION = "–-()_[]’‘“”〝〞〟‟„\"'.?!:;,¿¡«»‹›—×+&<>…"
# Yoast's quotes.normalize: every single quote becomes ', every double quote (and « ») ".
_QUOTES_TABLE = str.maketrans({**{c: "'" for c in "‘’‛`‹›"},
                               **{c: '"' for c in "“”〝〞〟‟„『』«»"}})
# splitIntoTokens.js: match tokens are separated by spaces, en/em dashes, hyphens and brackets.
_TOKEN_SPLIT = re.compile(r"[\s\u00a0\u2013\u2014\-\[\]]+")


class _Separators(dict):
    """str.translate table built on demand: which non-ASCII characters separate words.

    By Unicode category, not a list: dashes (Pd: – — ― ‒, but not the hyphens ‐ ‑), symbols
    (So: emoji, ©, ™; Sk: emoji skin tones; Sm: →, ≈),
    format characters (Cf: zero-width joiner and space), enclosing marks (Me: keycaps), variation
    selectors and private-use characters become a space. Kept: letters, digits, combining accents,
    currency signs (Sc), punctuation (stripped later), ° (n°, 20 °C) and ´ (typed as an
    apostrophe). The soft hyphen and decorative combining marks (underline, strike-through,
    marks for symbols) are removed: "télé\u00adtravail" and "v̲é̲l̲o̲" are one plain word."""

    _CATEGORIES = frozenset({"So", "Sk", "Sm", "Cf", "Me", "Co"})
    _JOINING_DASHES = "\u2010\u2011"  # hyphen and non-breaking hyphen join like "-"

    def __missing__(self, code: int):
        char = chr(code)
        if code == 0xAD or 0x332 <= code <= 0x338 or 0x20D0 <= code <= 0x20DC \
                or 0xFE20 <= code <= 0xFE2F:
            value = None  # soft hyphen; decorative marks (v̲é̲l̲o̲, s̶t̶r̶u̶c̶k̶) that compose nothing
        elif code > 127 and char not in "°´" and (
                unicodedata.category(char) in self._CATEGORIES
                or unicodedata.category(char) == "Pd" and char not in self._JOINING_DASHES
                or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF):
            value = " "
        else:
            value = char
        self[code] = value
        return value


_SEPARATORS = _Separators()
# The tables above change non-ASCII characters only (and the backtick): replacing the few distinct
# such characters of a text (a few in a hundred in French) gives what str.translate gives, much
# faster than translate looking every character up (tests/text/test_tokens.py compares).
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_QUOTE_CHARS = re.compile("[" + re.escape("".join(map(chr, _QUOTES_TABLE))) + "]")


def separate_symbols(text: str) -> str:
    """Symbols, emoji and format characters glued to words become spaces ("vélo🚲" → "vélo ")."""
    if text.isascii():
        return text
    # Most non-ASCII characters of a text stay (é, ’, «): replace only the few distinct ones that
    # change, each in one pass, instead of calling back into Python for every one of them.
    for char in set(_NON_ASCII.findall(text)):
        kept = _SEPARATORS[ord(char)]
        if kept != char:
            text = text.replace(char, kept or "")
    return text


def normalise_spaces(text: str) -> str:
    """Fold every kind of space (NBSP, thin space…) into one ASCII space and strip."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\ufeff" in text:
        text = text.replace("\ufeff", " ")
    return " ".join(text.split())  # str.split() knows every Unicode space, NBSP included


def split_sentences(text: str, *, lang: str) -> list[str]:
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
        last_word = before.rsplit(" ", 1)[-1]
        following = text[match.end():match.end() + 1]
        if match.group(1).startswith(".") and (_never_final(last_word, lang) or (
                following.isdigit()
                and split_elisions((last_word,))[-1] in before_numbers(lang))):
            continue
        if following and (following.islower() or not _OPENER.match(following)):
            continue  # "Ah ! c’est superbe", "4 juillet 2012. - Afin de…" stay one sentence
        sentences.append(text[start:end].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if any(c.isalnum() for c in s)]


def _never_final(word: str, lang: str) -> bool:
    """True when the period after ``word`` cannot end a sentence: an abbreviation of the
    language's table, or an initial (a single capital: J. K. Rowling). A unit (20 min., 8 h.), a
    number or a lowercase word ends the sentence when a capital follows."""
    word = word.strip("(«\"“")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    table = abbreviations(lang)
    return word in table or word.lower() in table  # lowercase entries match any case


def words(text: str, *, lang: str) -> tuple[str, ...]:
    """Counting units as Yoast counts them: "l’agence", "1,5", "%" are one word each."""
    check_lang(lang)
    return words_of_normalised(normalise_spaces(text))


def words_of_normalised(text: str) -> tuple[str, ...]:
    """``words`` for a text that went through ``normalise_spaces`` already."""
    text = separate_symbols(text)  # dashes and symbols separate words even without spaces
    return tuple(filter(None, map(str.strip, text.split(), repeat(PUNCTUATION))))


def tokenize(text: str, *, lang: str) -> tuple[str, ...]:
    """Lowercased words with French elisions split, as in ``Sentence.tokens``."""
    return split_elisions(words(text, lang=lang))


def normalise_quotes(text: str) -> str:
    """Every single quote becomes ', every double quote (and « ») " (Yoast's quotes.normalize)."""
    for char in set(_QUOTE_CHARS.findall(text)):  # the distinct quotes, one pass each
        text = text.replace(char, _QUOTES_TABLE[ord(char)])
    return text


def match_tokens(text: str) -> tuple[str, ...]:
    """Lowercased tokens for keyphrase matching, split and stripped the way Yoast's tree tokens
    are (hyphenated words split, quotes normalised). Not a word count: see ``words``."""
    parts = _TOKEN_SPLIT.split(separate_symbols(normalise_quotes(text)).lower())
    return tuple(filter(None, map(str.strip, parts, repeat(PUNCTUATION))))


def _tokens_of_chunk(chunk: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(words, tokens, match tokens) of one space-free chunk of a normalised text."""
    found = words_of_normalised(chunk)
    return found, split_elisions(found), match_tokens(chunk)


# remembered: a site's pages share most of their words (the bound keeps it to a few tens of MB)
_chunk_tokens = memo(_tokens_of_chunk, 1 << 17)


def words_of_chunk(chunk: str) -> tuple[str, ...]:
    """``words_of_normalised`` of one space-free chunk of a normalised text, remembered with
    its other tokenisations (``sentence_tokens``): the words of a run of chunks are the run of
    their words."""
    return _chunk_tokens(chunk)[0]


def sentence_tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The three tokenisations of a text that went through ``normalise_spaces``, in one pass
    over its space-separated chunks: (``words_of_normalised``, ``split_elisions`` of those words,
    ``match_tokens``). Each is the run of its chunks' own, since every step of the three (symbols
    to spaces, quotes, lowercase, splitting and stripping) acts within a chunk and every split
    is at a space; tests/audit/test_audit_tokens.py compares them with the three functions."""
    chunks = tuple(map(_chunk_tokens, text.split()))
    if not chunks:
        return (), (), ()
    found, tokens, matched = zip(*chunks, strict=True)
    return (tuple(chain.from_iterable(found)), tuple(chain.from_iterable(tokens)),
            tuple(chain.from_iterable(matched)))
