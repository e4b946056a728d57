"""Word tables of instruction-like text, per language, for ``seo_kit.score.injection``.

    injection_tables(lang)   sections of ``data/{lang}_injection.txt`` as token tuples
    fold_token_text(text)    lowercase, no accents, apostrophes and dashes split: matching form
    confusables()            lookalike letter → Latin letter (``data/confusables.txt``)
    INJECTION_LANGS          the languages with a table: the article's two, and three more whose
                             common forms show up as "a line in another language"

The tables were written for this project. An entry is a word or a phrase; a final ``*`` matches
any ending of its last word. Entries are compared on folded tokens, so "rédige" and "redige" match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from seo_kit.lang._data import DATA

__all__ = ["INJECTION_LANGS", "InjectionTables", "confusables", "fold_token_text",
           "injection_tables", "tokens_of"]

INJECTION_LANGS = ("fr", "en", "de", "es", "it")
SECTIONS = ("addressees", "weak_addressees", "address_frames", "if_you_are", "readers",
            "override_verbs", "instruction_nouns", "weak_instruction_nouns", "qualifiers",
            "text_nouns", "write_verbs", "genres", "instead", "only", "new_task", "roleplay", "jailbreak",
            "modals",
            "clause_openers", "second_person", "speech_verbs", "meta_talk")
_TOKEN = re.compile(r"\w+|[:;,!?«»\"“”„()\[\]—–]")


def fold_token_text(text: str) -> str:
    """Lowercase without accents, apostrophes as spaces: the form tables and tokens share."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").replace("'", " ").replace("ʼ", " ")


def tokens_of(text: str) -> tuple[str, ...]:
    """Folded word tokens and the punctuation that separates clauses (: ; , « » …)."""
    return tuple(_TOKEN.findall(fold_token_text(text.replace("-", " "))))


Phrase = tuple[str, ...]  # folded tokens; a last token ending in "*" is a prefix


@dataclass(frozen=True)
class InjectionTables:
    lang: str
    sections: dict[str, tuple[Phrase, ...]]

    def __getitem__(self, section: str) -> tuple[Phrase, ...]:
        return self.sections[section]


@cache
def injection_tables(lang: str) -> InjectionTables:
    """The tables of ``lang`` (one of INJECTION_LANGS); ValueError for another language."""
    if lang not in INJECTION_LANGS:
        raise ValueError(f"no injection table for {lang!r}: use one of {', '.join(INJECTION_LANGS)}")
    sections: dict[str, list[Phrase]] = {name: [] for name in SECTIONS}
    current = None
    for line in (DATA / f"{lang}_injection.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            if current not in sections:
                raise ValueError(f"{lang}_injection.txt: unknown section [{current}]")
            continue
        if current is None:
            raise ValueError(f"{lang}_injection.txt: entry {line!r} before any [section]")
        star = line.endswith("*")
        phrase = tokens_of(line.rstrip("*"))
        if star:
            phrase = (*phrase[:-1], phrase[-1] + "*")
        sections[current].append(phrase)
    return InjectionTables(lang, {k: tuple(v) for k, v in sections.items()})


@cache
def confusables() -> dict[str, str]:
    """Lookalike letters (Cyrillic, Greek, Armenian…) → the Latin letter they imitate."""
    table = {}
    for line in (DATA / "confusables.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lookalike, latin = line.split()
            table[lookalike] = latin.upper() if lookalike.isupper() else latin
    return table
