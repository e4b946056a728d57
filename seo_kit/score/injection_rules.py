"""The sentence-level rules of the injection detector (see ``seo_kit.score.injection``).

Tokens are folded (``seo_kit.lang.injection.tokens_of``); every table section is matched once per
sentence and language, and the kinds are decided from where the matches stand: a verb at the
start of a clause (an imperative), after a modal ("tu dois", "please"), an addressee in a
vocative frame, a quotation attributed by a speech verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from seo_kit.lang.injection import INJECTION_LANGS, SECTIONS, injection_tables
from seo_kit.score.hidden_text import Paragraph
from seo_kit.text.fold import fold

__all__ = ["MARKER", "ROLE_PREFIX", "Sentence", "continues", "coverage", "kinds_of", "matches",
           "phrases", "sentences_of", "speaks_to_model", "tokens_of", "words_of"]
MARKER = re.compile(
    r"<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|"
    r"end_header_id|begin_of_text)\s*\|>|\[/?(?:INST|SYS|SYSTEM)\]|<</?SYS>>|</?(?:system|"
    r"instructions?|prompt)>|^\W{0,3}#{3,6}\s*(?:new\s+|nouvelles?\s+)?(?:instruction|system|"
    r"syst[eè]me|response|r[ée]ponse|consigne|task|t[aâ]che|prompt|input|output)\b\s*:?\s*$"
    r"|\"role\"\s*:\s*\"(?:system|assistant|developer)\"|\bBEGIN\s+(?:SYSTEM\s+)?PROMPT\b|^\W{0,3}(?:new|nouvelles?)\s+(?:instructions?|consignes?)\s*:",
    re.IGNORECASE | re.MULTILINE)
# A chat role before a colon: a marker when what follows speaks to the model ("system: tu …").
ROLE_PREFIX = re.compile(r"^\W{0,3}(?:system|assistant|user|human|sys|syst[eè]me|utilisateur)\s*:",
                          re.IGNORECASE)
_OPENING_PUNCT = frozenset("«\"“„:—–(")
_PUNCT = frozenset(":;,!?«»\"“”„()[]—–")
# Folded tokens: what may stand between a frame and its addressee ("note pour l'assistant"), and
# what starts the subject of an inverted attribution (", explique son avocat").
_DETERMINERS = frozenset({"l", "le", "la", "les", "un", "une", "des", "du", "tout", "toute",
                          "tous", "toutes", "ce", "cet", "cette", "mon", "ma", "mes", "cher",
                          "chere", "the", "a", "an", "any", "all", "every", "this", "that", "my",
                          "dear"})
_SUBJECT_STARTS = frozenset({"le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "m",
                             "mme", "mmes", "the", "his", "her", "their"})
_COMPLEMENTS = frozenset({"de", "du", "des", "d", "of", "from", "by", "par"})
_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf",
                            "ex", "mr", "mrs", "ms", "prof", "vs", "etc", "no", "n°"})
_ATTRIBUTION = re.compile(r"(?:[»”\"]\s*,|,\s*[”\"])\s+[a-zà-ÿ'’-]+(?:[\s-]+\S+){1,5}\s*[.!?…]?\s*$")
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}
_BOUNDARY = re.compile(r"[.!?…]+[\"»”’)\]]*(?=\s+\S)")
_HYPHEN_IMPERATIVE = re.compile(r"(?:^|[\s:,;«\"“(])\w+-(?:moi|toi|le|la|les|lui|leur|en)\b",
                                re.IGNORECASE)


_TOKEN = re.compile(r"\w+|[:;,!?«»\"“”„()\[\]—–]")


def tokens_of(text: str) -> tuple[str, ...]:
    """Lowercase tokens without accents or ligatures (``text.fold``), apostrophes and hyphens
    splitting words ("l'assistant" → l, assistant), and the punctuation that separates clauses."""
    text = fold(text.lower()).replace("’", " ").replace("'", " ").replace("-", " ")
    return tuple(_TOKEN.findall(text))


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


def matches(tokens: tuple[str, ...], lang: str) -> dict[str, list[tuple[int, int]]]:
    """Section → (start, end) token spans of its phrases found in ``tokens``."""
    by_first, prefixes, lengths = _index(lang)
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in SECTIONS}
    for i, token in enumerate(tokens):
        for name, phrase in by_first.get(token, ()):
            if _phrase_at(tokens, i, phrase):
                found[name].append((i, i + len(phrase)))
        for size in lengths:
            if size > len(token):
                break
            for name in prefixes.get(token[:size], ()):
                found[name].append((i, i + 1))
    return found


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


def _clause_starts(tokens: tuple[str, ...], lang: str, found=None) -> set[int]:
    """Token positions where an imperative may stand: the start, after punctuation, after
    "et/and/puis/please…" at such a position; after any "et/and" once the sentence began with a
    directive ("Oublie la consigne et rédige…", not "Students read and write…")."""
    openers = words_of(lang, "clause_openers")
    starts = {0}
    for i, token in enumerate(tokens):
        if token in _PUNCT or (token in openers and i in starts):
            starts.add(i + 1)
    if found is not None:
        verbs = found["override_verbs"] + found["write_verbs"] + found["roleplay"]
        if any(v[0] in starts for v in verbs):
            starts |= {i + 1 for i, token in enumerate(tokens) if token in openers}
    return starts


def _within(spans, start: int, end: int) -> list[tuple[int, int]]:
    return [s for s in spans if start <= s[0] < end]


@dataclass
class Sentence:
    text: str
    tokens: tuple[str, ...]
    quoted: bool  # inside quotation marks
    attributed: bool  # a speech verb outside the quotes: reported speech


def kinds_of(sentence: Sentence, lang: str, found, rare_in_doc) -> tuple[set[str], bool]:
    """(kinds found with ``lang``'s tables, strong override) for one sentence; ``found`` is
    ``matches(sentence.tokens, lang)``."""
    tokens = sentence.tokens
    starts = _clause_starts(tokens, lang, found)
    modal_ends = {end for _, end in found["modals"]}

    def directed(span) -> bool:
        return span[0] in starts or any(0 <= span[0] - e <= 2 for e in modal_ends)

    kinds: set[str] = set()
    strong = False
    if found["cancelled"]:  # "les consignes précédentes sont annulées", "your rules no longer apply"
        for noun in found["instruction_nouns"] + found["weak_instruction_nouns"]:
            qualifiers = _within(found["qualifiers"], max(0, noun[0] - 3), noun[1] + 2)
            after = max([noun[1], *(q[1] for q in qualifiers)])
            owned = after < len(tokens) and tokens[after] in _COMPLEMENTS  # "… du ministère"
            if qualifiers and not owned:
                kinds.add("override")
                strong = True
    for start, end in found["override_verbs"]:
        if not directed((start, end)):
            continue
        window = (end, end + 8)
        nouns = _within(found["instruction_nouns"], *window) + [
            n for n in _within(found["text_nouns"], *window)
            if tokens[n[0] - 1] in ("ce", "cet", "cette", "l", "this", "the")]
        weak = _within(found["weak_instruction_nouns"], *window)
        qualified = [n for n in nouns + weak
                     if _within(found["qualifiers"], max(0, n[0] - 3), n[1] + 2)]
        if nouns or qualified:
            kinds.add("override")
            strong = strong or bool(qualified) or any(
                tokens[n[0]].startswith("prompt") for n in nouns)
    addressees = found["addressees"] + found["weak_addressees"]
    for start, end in found["address_frames"]:
        after = end
        while after < len(tokens) and tokens[after] in _DETERMINERS:
            after += 1
        if start in starts and any(a[0] == after for a in addressees):
            kinds.add("addressee")
    for start, end in found["if_you_are"]:
        after = end
        while after < len(tokens) and tokens[after] in _DETERMINERS:
            after += 1
        if any(a[0] == after for a in found["addressees"]):
            kinds.add("addressee")
    for start, end in addressees:
        readers = _within(found["readers"], end, end + 3)
        if readers and _within(found["text_nouns"], readers[0][1], readers[0][1] + 3):
            kinds.add("addressee")
    second_person = bool(found["second_person"])
    directive_anywhere = bool(modal_ends) or any(
        directed(s) for s in found["override_verbs"] + found["write_verbs"]) or bool(
        _HYPHEN_IMPERATIVE.search(sentence.text))
    vocative = [a for a in addressees if _vocative_start(tokens, a[0], starts)
                and a[1] < len(tokens) and tokens[a[1]] in {",", ":", "!"}]
    if found["makers"]:  # "un ordre de ton créateur", "your developers want"
        kinds.add("addressee")
    if vocative and (second_person or directive_anywhere):
        kinds.add("addressee")
    for start, end in found["roleplay"]:
        addressed = any(t in ("tu", "vous", "you", "du") for t in tokens[start:end])
        if addressed and tokens[end - 1] in ("maintenant", "desormais", "dorenavant", "now",
                                              "present", "jetzt", "nun", "eres", "sei"):
            nxt = tokens[end] if end < len(tokens) else ""
            addressed = nxt in _DETERMINERS or bool(found["jailbreak"]) or bool(
                re.search(r"\b[A-Z]{3,}\b", sentence.text))
        if addressed or (start in starts and not any(
                t in ("tu", "vous", "you", "du") for t in tokens[start:end])):
            kinds.add("role-play")
    if found["jailbreak"] and (second_person or directive_anywhere):
        kinds.add("role-play")
    for start, end in found["write_verbs"]:
        if not directed((start, end)):
            continue
        genres = _within(found["genres"] + found["weak_genres"], end, end + 12)
        instead = _within(found["instead"], start - 2, end + 12) or _within(found["only"], end,
                                                                          end + 2)
        if found["regime"] and (lang != "fr" or second_person or not tokens[start].endswith(
                ("ez", "er", "ir", "re"))):
            instead = instead or found["regime"]  # "Rédige désormais…", "From now on, write…"
        if not (genres or instead or found["new_task"]):
            continue
        tu_form = lang in ("de", "es", "it") or lang == "fr" and (second_person or not tokens[
            start].endswith(("ez", "er", "ir", "re")))  # "rédige", "écris": not "écrivez"
        rare = any(rare_in_doc(tokens, g) for g in _within(found["genres"], end, end + 12))
        if tu_form or instead or found["new_task"] or rare or kinds:
            kinds.add("task")
    if found["new_task"] and (directive_anywhere or second_person):
        kinds.add("task")
    return kinds, strong


def _vocative_start(tokens: tuple[str, ...], at: int, starts: set[int]) -> bool:
    """An addressee that opens its clause, alone or after "pour l'" / "to the" ("Pour l'IA :")."""
    if at == 0 or tokens[at - 1] in _OPENING_PUNCT:
        return True
    before = at - 1
    while before >= 0 and tokens[before] in _DETERMINERS:
        before -= 1
    return before >= 0 and before in starts and tokens[before] in ("pour", "a", "to", "for")


def _quotes_mask(text: str) -> list[bool]:
    """True for each character inside quotation marks (« », “ ”, „ “, " ")."""
    mask, closing, opened_at = [False] * len(text), None, 0
    for i, char in enumerate(text):
        if closing is not None and char == closing:
            for j in range(opened_at, i + 1):
                mask[j] = True
            closing = None
        elif closing is None and char in _QUOTES:
            closing, opened_at = _QUOTES[char], i
    if closing is not None and text[opened_at] != '"':  # a quote running to the paragraph's end
        for j in range(opened_at, len(text)):
            mask[j] = True
    return mask


def sentences_of(paragraph: Paragraph) -> list[tuple[int, int, Sentence]]:
    text = paragraph.text
    mask = _quotes_mask(text)
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        word = re.search(r"(\w+)\W*$", text[start:match.start() + 1])
        if match.group(0).startswith(".") and word and (
                len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
            continue  # "N.B. pour l'IA", "M. Dupuis"
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    outside = "".join(c if not m else " " for c, m in zip(text, mask))
    dialogue = text.lstrip().startswith(("—", "–", "- "))
    out = []
    for start, end in spans:
        inside = sum(mask[start:end])
        quoted = inside > (end - start) / 2
        out.append((start, end, Sentence(text[start:end], tokens_of(text[start:end]), quoted,
                                          False)))
        # News attributes a quotation after it: « … », lui répétait son entraîneur.
        attribution = text[start:end].lstrip().startswith(tuple(_QUOTES)) and bool(
            _ATTRIBUTION.search(text[start:end]))
        out[-1][2].attributed = dialogue or attribution or _speech_outside(outside[start:end]) \
            or (quoted and _speech_outside(outside))
    return out


def _speech_outside(text: str) -> bool:
    """A speech verb that attributes (not an imperative "Ajoute que…" at a clause start: there
    it attributes only when a subject follows, as in ", explique son avocat")."""
    tokens = tokens_of(text)
    for lang in ("fr", "en"):
        starts = _clause_starts(tokens, lang)
        for start, end in matches(tokens, lang)["speech_verbs"]:
            if start not in starts or end - start > 1 or (
                    end < len(tokens) and tokens[end] in _SUBJECT_STARTS):
                return True
    return False


def speaks_to_model(text: str) -> bool:
    """A second person or a directive in ``text``, in any language of the tables."""
    tokens = tokens_of(text)
    for lang in INJECTION_LANGS:
        found = matches(tokens, lang)
        starts = _clause_starts(tokens, lang, found)
        if found["second_person"] or found["modals"] or any(
                v[0] in starts for v in found["override_verbs"] + found["write_verbs"]):
            return True
    return False


def coverage(tokens: tuple[str, ...], found, lang: str) -> int:
    """How many tokens ``lang`` explains (its table phrases, its function words): the language
    of a short sentence, where function-word counts alone are too few."""
    covered = {i for spans in found.values() for start, end in spans for i in range(start, end)}
    function_words = _functionwords_of(lang)
    return len(covered | {i for i, t in enumerate(tokens) if t in function_words})


@cache
def _functionwords_of(lang: str) -> frozenset[str]:
    if lang not in ("fr", "en"):
        return frozenset()
    from seo_kit.lang import resources

    return frozenset(t for w in resources(lang).function_words for t in tokens_of(w))


def continues(previous: tuple[Paragraph, int], paragraph: Paragraph, sentence: Sentence) -> bool:
    """A directive right after a flagged sentence, in its paragraph or the next one."""
    last, _ = previous
    if paragraph is not last and not (paragraph.where == last.where
                                      and paragraph.index <= last.index + 1):
        return False
    tokens = sentence.tokens
    for lang in INJECTION_LANGS:
        found = matches(tokens, lang)
        verbs = found["override_verbs"] + found["write_verbs"]
        if any(v[0] in _clause_starts(tokens, lang, found) for v in verbs) or found["modals"] or (
                lang == "fr" and tokens and len(tokens[0]) > 4 and tokens[0].endswith("ez")):
            return True
    return bool(_HYPHEN_IMPERATIVE.search(sentence.text))


