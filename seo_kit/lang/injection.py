"""Word tables of instruction-like text, per language, for ``seo_kit.score.injection``.

    injection_tables(lang)   sections of ``data/{lang}_injection.txt``: entries, lowercased
    confusables()            lookalike letter → Latin letter (``data/confusables.txt``)
    INJECTION_LANGS          the languages with a table: the article's two, and three more whose
                             common forms show up as "a line in another language"

The tables were written for this project. An entry is a word or a phrase; a final ``*`` matches
any ending of its one word. The detector (``seo_kit.score.injection.match``) compares entries and
text on folded tokens (no accents, no apostrophes), so "rédige" and "redige" match.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from seo_kit.lang._data import DATA

__all__ = ["INJECTION_LANGS", "SECTIONS", "WORD_SETS", "InjectionTables", "confusables",
           "injection_tables", "injection_words"]

INJECTION_LANGS = ("fr", "en", "de", "es", "it")
SECTIONS = ("addressees", "weak_addressees", "makers", "address_frames", "if_you_are", "readers",
            "override_verbs", "instruction_nouns", "weak_instruction_nouns", "qualifiers",
            "text_nouns", "cancelled", "regime", "write_verbs", "genres", "weak_genres", "instead", "only", "new_task", "roleplay", "jailbreak",
            "modals",
            "clause_openers", "second_person", "speech_verbs", "meta_talk")
# Sections read as sets of single folded tokens by the rules around the phrase matcher (never
# matched as phrases): "obligation_modals" ("doit", "must": a modal of obligation before a
# verb), "obligation_passives" ("prié", "tenu", "required": an obligation said of a third
# person, which a reported saying does not take before its speech verb: "has said").
WORD_SETS = ("obligation_modals", "obligation_passives")
@dataclass(frozen=True)
class InjectionTables:
    lang: str
    sections: dict[str, tuple[str, ...]]  # section → entries ("consigne*", "note pour")

    def __getitem__(self, section: str) -> tuple[str, ...]:
        return self.sections[section]


@cache
def injection_tables(lang: str) -> InjectionTables:
    """The tables of ``lang`` (one of INJECTION_LANGS); ValueError for another language."""
    if lang not in INJECTION_LANGS:
        raise ValueError(f"no injection table for {lang!r}: use one of {', '.join(INJECTION_LANGS)}")
    sections: dict[str, list[str]] = {name: [] for name in (*SECTIONS, *WORD_SETS)}
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
        sections[current].append(" ".join(line.lower().split()))
    return InjectionTables(lang, {k: tuple(v) for k, v in sections.items()})


@cache
def injection_words(section: str) -> frozenset[str]:
    """The entries of ``section`` (one of WORD_SETS) in every language's table, as one set of
    tokens, written folded there (no accents: "priee"): {"doit", "must", …}. ValueError for
    another section."""
    if section not in WORD_SETS:
        raise ValueError(f"{section!r} is not a word set: use one of {', '.join(WORD_SETS)}")
    return frozenset(entry for lang in INJECTION_LANGS for entry in injection_tables(lang)[section])


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
