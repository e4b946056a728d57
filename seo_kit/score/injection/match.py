"""Instruction-like text, matched: folded tokens and the table phrases found among them.

Tokens are lowercase without accents or ligatures (``text.fold``), apostrophes and hyphens split
words, and the punctuation that separates clauses is kept as tokens. ``matches`` finds every
section of a language's table (``seo_kit.lang.injection``) in one pass; ``clause_starts`` says
where an imperative may stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, pairwise

from seo_kit.lang._memo import memo
from seo_kit.lang.injection import INJECTION_LANGS, SECTIONS, injection_tables
from seo_kit.text.fold import fold

__all__ = ["PUNCT", "TRIGGERS", "clause_starts", "ends_before", "holds_phrase", "matches",
           "phrases", "sections_in", "tokens_of", "trigger_langs", "within", "words_of"]

PUNCT = frozenset(":;,!?«»\"“”„()[]—–")
_TOKEN = re.compile(r"\w+|[:;,!?«»\"“”„()\[\]—–]")


def tokens_of(text: str) -> tuple[str, ...]:
    """Lowercase tokens without accents or ligatures (``text.fold``), apostrophes and hyphens
    splitting words ("l'assistant" → l, assistant), and the punctuation that separates clauses.

    Worked out per space-separated chunk, remembered (a site's pages share most of their
    words): lowering, folding and the token pattern all act within a chunk (no token spans a
    space), so the run of the chunks' tokens is the text's (tests/audit/test_audit_tokens.py)."""
    return tuple(chain.from_iterable(map(_chunk_tokens, text.split())))


def _tokens_of_chunk(chunk: str) -> tuple[str, ...]:
    chunk = fold(chunk.lower()).replace("’", " ").replace("'", " ").replace("-", " ")
    return tuple(_TOKEN.findall(chunk))


_chunk_tokens = memo(_tokens_of_chunk, 1 << 16)


@cache
def phrases(lang: str, section: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a table section as token tuples; a last token ending in "*" is a prefix."""
    out = []
    for entry in injection_tables(lang)[section]:
        phrase = tokens_of(entry.rstrip("*"))
        if phrase:
            out.append((*phrase[:-1], phrase[-1] + "*") if entry.endswith("*") else phrase)
    return tuple(out)


@cache
def _index(lang: str):
    """``lang``'s phrases by first token, and the one-word prefixes (``consigne*``) by prefix."""
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    prefixes: dict[str, list[str]] = {}
    for name in SECTIONS:
        for phrase in phrases(lang, name):
            if len(phrase) == 1 and phrase[0].endswith("*"):
                prefixes.setdefault(phrase[0][:-1], []).append(name)
            else:
                by_first.setdefault(phrase[0], []).append((name, phrase))
    lengths = sorted({len(p) for p in prefixes})
    return by_first, prefixes, lengths


# The sections without which no kind can be found (``rules.kinds_of``): an override needs an
# override verb or "cancelled", an addressee needs an addressee or a maker, a role-play needs a
# role-play phrase or a jailbreak, a task needs a writing verb or "new task".
TRIGGERS = ("cancelled", "override_verbs", "addressees", "weak_addressees", "makers", "roleplay",
            "jailbreak", "write_verbs", "new_task")


@dataclass(frozen=True)
class _Union:
    """The phrases of some sections in some tables, laid out for a yes/no search: one-token
    phrases as a set, longer phrases by their first two tokens (a pair of tokens is found in
    one set operation), the few whose second token is a prefix by their first token, and the
    one-word prefixes (``consigne*``) as one pattern after a space, over " " + the space-joined
    tokens."""

    singles: frozenset[str]
    by_pair: dict[tuple[str, str], tuple[tuple[str, ...], ...]]
    by_first: dict[str, tuple[tuple[str, ...], ...]]
    prefixed: re.Pattern


@cache
def _union_index(sections: tuple[str, ...], langs: tuple[str, ...] = INJECTION_LANGS) -> _Union:
    """The phrases of ``sections`` in the tables of ``langs`` (see ``_Union``)."""
    singles, by_pair, by_first, prefixes = set(), {}, {}, set()
    for lang in langs:
        for name in sections:
            for phrase in phrases(lang, name):
                if len(phrase) == 1:
                    if phrase[0].endswith("*"):
                        prefixes.add(phrase[0][:-1])
                    else:
                        singles.add(phrase[0])
                elif phrase[1].endswith("*"):
                    by_first.setdefault(phrase[0], set()).add(phrase)
                else:
                    by_pair.setdefault(phrase[:2], set()).add(phrase)
    starts = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return _Union(frozenset(singles), {k: tuple(sorted(v)) for k, v in by_pair.items()},
                  {k: tuple(sorted(v)) for k, v in by_first.items()},
                  re.compile(rf" (?:{starts or '(?!)'})"))


def holds_phrase(tokens: tuple[str, ...], sections: tuple[str, ...] = TRIGGERS) -> bool:
    """Whether a phrase of one of ``sections`` stands in ``tokens``, in any language's table.
    One pass over the union of the tables: False means that ``matches`` would find none of
    them in any language (by default: no kind can be found, see TRIGGERS)."""
    return _holds(tokens, _union_index(sections))


def sections_in(tokens: tuple[str, ...]) -> frozenset[str]:
    """The sections (of SECTIONS) one of whose phrases, in any language's table, stands in
    ``tokens``: ``name in sections_in(tokens)`` exactly when ``matches(tokens, lang)[name]`` is
    not empty for some language. One pass over the tokens for every section and table, where
    ``holds_phrase`` makes one per question."""
    _, _, by_pair, by_first, starts = _section_index()
    found = set().union(*map(_token_sections, tokens))  # one-token phrases and prefixes
    for i, token in enumerate(tokens):
        if token not in starts:
            continue
        for phrase, name in by_pair.get(tokens[i:i + 2], ()) + by_first.get(token, ()):
            if name not in found and _phrase_at(tokens, i, phrase):
                found.add(name)
    return frozenset(found)


@cache
def _section_index():
    """Every table's phrases, with the section they stand in: one-token phrases by token,
    one-word prefixes (``consigne*``) by prefix, longer phrases by their first two tokens, or
    by their first when the second is a prefix (a first token never is: ``phrases``), and the
    first tokens of the longer phrases."""
    singles: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    by_pair: dict[tuple[str, ...], set] = {}
    by_first: dict[str, set] = {}
    for lang in INJECTION_LANGS:
        for name in SECTIONS:
            for phrase in phrases(lang, name):
                if len(phrase) > 1 and phrase[1].endswith("*"):
                    by_first.setdefault(phrase[0], set()).add((phrase, name))
                elif len(phrase) > 1:
                    by_pair.setdefault(phrase[:2], set()).add((phrase, name))
                elif phrase[0].endswith("*"):
                    prefixes.setdefault(phrase[0][:-1], set()).add(name)
                else:
                    singles.setdefault(phrase[0], set()).add(name)
    return (singles, prefixes, {k: tuple(sorted(v)) for k, v in by_pair.items()},
            {k: tuple(sorted(v)) for k, v in by_first.items()},
            frozenset(by_first) | {first for first, _ in by_pair})


def _sections_of_token(token: str) -> frozenset[str]:
    """The sections of ``token`` as a one-token phrase or a prefixed word."""
    singles, prefixes = _section_index()[:2]
    found = set(singles.get(token, ()))
    for prefix, names in prefixes.items():
        if token.startswith(prefix):
            found |= names
    return frozenset(found)


_token_sections = memo(_sections_of_token, 1 << 16)  # per token: pages share most words


def ends_before(tokens: tuple[str, ...], sections: tuple[str, ...], followers: frozenset[str]
                ) -> bool:
    """Whether a phrase of ``sections`` (any language's table) ends right before a token of
    ``followers``: "système" before ":" in "Système : …"."""
    union = _union_index(sections)
    longer = [phrase for found in (*union.by_pair.values(), *union.by_first.values())
              for phrase in found]
    for j, token in enumerate(tokens):
        if j == 0 or token not in followers:
            continue
        before = tokens[j - 1]
        if before in union.singles or union.prefixed.match(" " + before) or any(
                _phrase_at(tokens, j - len(phrase), phrase) for phrase in longer
                if j >= len(phrase)):
            return True
    return False


def trigger_langs(tokens: tuple[str, ...], sections: tuple[str, ...] = TRIGGERS
                  ) -> tuple[str, ...]:
    """The languages (of INJECTION_LANGS, in order) whose table has a phrase of ``sections`` in
    ``tokens``: the only tables that can find a kind in them (see TRIGGERS). The union is read
    first, so a sentence with no such phrase in any language costs one pass."""
    if not holds_phrase(tokens, sections):
        return ()
    return tuple(lang for lang in INJECTION_LANGS
                 if _holds(tokens, _union_index(sections, (lang,))))


def _holds(tokens: tuple[str, ...], union: _Union) -> bool:
    # " " + the joined tokens: the pattern starts with a literal, which re looks for quickly
    if not union.singles.isdisjoint(tokens) or union.prefixed.search(" " + " ".join(tokens)):
        return True
    if union.by_first and not union.by_first.keys().isdisjoint(tokens) and any(
            _phrase_at(tokens, i, phrase) for i, token in enumerate(tokens)
            if token in union.by_first for phrase in union.by_first[token]):
        return True
    pairs = union.by_pair.keys() & pairwise(tokens)
    return bool(pairs) and any(_phrase_at(tokens, i, phrase)
                               for i, pair in enumerate(pairwise(tokens))
                               if pair in pairs for phrase in union.by_pair[pair])


def matches(tokens: tuple[str, ...], lang: str) -> dict[str, list[tuple[int, int]]]:
    """Section → (start, end) token spans of its phrases found in ``tokens``."""
    by_first = _index(lang)[0]
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in SECTIONS}
    # whether a token starts with one of the table's one-word prefixes (``consigne*``) at all
    prefixed = bool(_union_index(SECTIONS, (lang,)).prefixed.search(" " + " ".join(tokens)))
    for i, token in enumerate(tokens):
        for name, phrase in by_first.get(token, ()):
            if _phrase_at(tokens, i, phrase):
                found[name].append((i, i + len(phrase)))
        if prefixed:
            for name in _prefixed_sections(lang, token):
                found[name].append((i, i + 1))
    return found


@lru_cache(maxsize=1 << 16)
def _prefixed_sections(lang: str, token: str) -> tuple[str, ...]:
    """The sections whose one-word prefixes (``consigne*``) ``token`` starts with, shortest
    prefix first: what ``matches`` appends for a token, remembered per token (a site's pages
    share most of their words; the bound keeps the memory to a few MB)."""
    _, prefixes, lengths = _index(lang)
    out: list[str] = []
    for size in lengths:
        if size > len(token):
            break
        out.extend(prefixes.get(token[:size], ()))
    return tuple(out)


@cache
def words_of(lang: str, section: str) -> frozenset[str]:
    """Every word of a section's phrases (without the ``*`` ones)."""
    return frozenset(w for p in phrases(lang, section) for w in p if not w.endswith("*"))


def _phrase_at(tokens: tuple[str, ...], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(tokens):
        return False
    for word, token in zip(phrase, tokens[i:i + len(phrase)]):
        if word.endswith("*") and token.startswith(word[:-1]) or word == token:
            continue
        return False
    return True


def clause_starts(tokens: tuple[str, ...], lang: str, found=None) -> set[int]:
    """Token positions where an imperative may stand: the start, after punctuation, after
    "et/and/puis/please…" at such a position; after any "et/and" once the sentence began with a
    directive ("Oublie la consigne et rédige…", not "Students read and write…")."""
    openers = words_of(lang, "clause_openers")
    starts = {0}
    for i, token in enumerate(tokens):
        if token in PUNCT or (token in openers and i in starts):
            starts.add(i + 1)
    if found is not None:
        verbs = found["override_verbs"] + found["write_verbs"] + found["roleplay"]
        if any(v[0] in starts for v in verbs):
            starts |= {i + 1 for i, token in enumerate(tokens) if token in openers}
    return starts


def within(spans, start: int, end: int) -> list[tuple[int, int]]:
    return [s for s in spans if start <= s[0] < end]
