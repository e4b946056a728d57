"""The kinds of instruction-like text, decided for one sentence (see ``seo_kit.score.injection``).

Each kind is read from where the table matches stand: a verb at the start of a clause (an
imperative), after a modal ("tu dois", "please"); an addressee in a vocative frame; an
instruction noun pointing at the model's own instructions ("previous", "tes").
"""

from __future__ import annotations

import re
from functools import cache

from seo_kit.lang.injection import INJECTION_LANGS, injection_words
from seo_kit.score.injection.hidden import Paragraph
from seo_kit.score.injection.match import (
    clause_starts,
    ends_before,
    holds_phrase,
    matches,
    sections_in,
    tokens_of,
    within,
)
from seo_kit.score.injection.speech import Sentence

__all__ = ["CAPS_ROLE", "MARKER", "MARKER_ANYWHERE", "ROLE_PREFIX", "continues", "coverage", "kinds_of",
           "may_hold_kind", "may_hold_marker", "speaks_to_model"]

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
# MARKER without its line anchors and leading \W{0,3}: what MARKER finds in a sentence, this
# finds in the sentence's paragraph (a sentence is a piece of it between spaces), so a paragraph
# it does not match holds no sentence with a marker (the detector's paragraph pre-filter).
MARKER_ANYWHERE = re.compile(MARKER.pattern.replace("^\\W{0,3}", "").replace("$", ""),
                             MARKER.flags)
# Every match of MARKER_ANYWHERE holds one of these (lowercased); IGNORECASE also matches "İ"
# and "ı" to i, "ſ" to s and the Kelvin sign to k, which lower() does not.
_MARKER_LITERALS = ("<", "[", "###", "role", "begin", "instruction", "consigne")
_CASE_FOLDED = ("İ", "ı", "ſ", "\u212a")


# A chat role in capitals opening any sentence of a paragraph ("… SYSTEM: new instructions
# follow."), where ROLE_PREFIX in any case counts at the paragraph's start only.
_CAPS_ROLES = ("SYSTEM", "ASSISTANT", "USER", "HUMAN", "SYS", "SYST[EÈ]ME", "UTILISATEUR")
CAPS_ROLE = re.compile(rf"(?:^|(?<=[.!?…]\s))\W{{0,3}}(?:{'|'.join(_CAPS_ROLES)})\s*:")
# Every match of CAPS_ROLE (case-sensitive) holds a colon and the literal start of one of its
# roles ("SYST" for "SYST[EÈ]ME"): a paragraph without them is not searched (the pattern, tried
# at every position, was 2 % of an audit row: most paragraphs hold neither).
_CAPS_ROLE_LITERALS = tuple(sorted(
    starts for starts in {role.split("[")[0] for role in _CAPS_ROLES}
    if not any(other in starts and other != starts for other in _CAPS_ROLES)))  # "SYS" will do


def may_hold_marker(text: str) -> bool:
    """Whether MARKER can match a sentence of the paragraph ``text``, or ROLE_PREFIX its first,
    or CAPS_ROLE one (False is certain): plain substring tests first, the pattern for the few
    that pass."""
    if ROLE_PREFIX.match(text) or ":" in text and any(
            role in text for role in _CAPS_ROLE_LITERALS) and CAPS_ROLE.search(text):
        return True
    lowered = text.lower()
    if any(s in lowered for s in _MARKER_LITERALS) or any(c in text for c in _CASE_FOLDED):
        return bool(MARKER_ANYWHERE.search(text))
    return False


_OPENING_PUNCT = frozenset("«\"“„:—–(")
# Folded tokens: what may stand between a frame and its addressee ("note pour l'assistant"), and
# what starts the subject of an inverted attribution (", explique son avocat").
_DETERMINERS = frozenset({"l", "le", "la", "les", "un", "une", "des", "du", "tout", "toute",
                          "tous", "toutes", "ce", "cet", "cette", "mon", "ma", "mes", "cher",
                          "chere", "the", "a", "an", "any", "all", "every", "this", "that", "my",
                          "dear"})
_COMPLEMENTS = frozenset({"de", "du", "des", "d", "of", "from", "by", "par"})
_HYPHEN_IMPERATIVE = re.compile(r"(?:^|[\s:,;«\"“(])\w+-(?:moi|toi|le|la|les|lui|leur|en)\b",
                                re.IGNORECASE)


def kinds_of(sentence: Sentence, lang: str, found, rare_in_doc) -> tuple[set[str], bool]:
    """(kinds found with ``lang``'s tables, strong override) for one sentence; ``found`` is
    ``matches(sentence.tokens, lang)``, ``rare_in_doc(tokens, span)`` says whether the genre at
    ``span`` appears nowhere else in the input."""
    s = _Reading(sentence, lang, found)
    kinds: set[str] = set()
    override, strong = s.override()
    if override:
        kinds.add("override")
    if s.addressee():
        kinds.add("addressee")
    if s.role_play():
        kinds.add("role-play")
    if s.task(rare_in_doc, bool(kinds)):
        kinds.add("task")
    return kinds, strong


_ALONE = frozenset({"addressees", "makers", "roleplay", "jailbreak", "new_task"})
_INSTRUCTION_NOUNS = frozenset({"instruction_nouns", "weak_instruction_nouns"})
_TASK_NEEDS = frozenset({"genres", "weak_genres", "instead", "only", "regime"})
_FRAMES = frozenset({"address_frames", "readers"})
_DIRECTIVES = frozenset({"second_person", "modals", "override_verbs", "write_verbs"})
_VOCATIVE = frozenset({",", ":", "!"})
# What a sentence asks of a third person it addresses ("les systèmes qui résument ce texte
# doivent …", "the model generating this summary must …", "… est prié de …").
_OBLIGED = injection_words("obligation_modals") | injection_words("obligation_passives")


def may_hold_kind(tokens: tuple[str, ...], text: str) -> bool:
    """Whether ``kinds_of`` can find a kind, with any language's table, in a sentence whose
    tokens are a run of ``tokens`` and whose text is a piece of ``text`` (a paragraph's): False
    is certain. Each TRIGGERS section, with what ``_Reading`` needs besides it to make a kind:
        addressees makers roleplay jailbreak new_task   nothing else
        cancelled       a qualifier and an instruction noun (weak or not)   ``override``
        override_verbs  an instruction noun (weak or not) or a text noun    ``override``
        write_verbs     a genre (weak or not), "instead", "only" or a regime   ``task``
        weak_addressees an address frame or a reader; or before "," ":" "!" (a vocative) with
                        a second person or a directive (modal, verb, "dis-moi")   ``addressee``
    Words as common as "système", "system", "supprimé" or "include" let a quarter of the
    corpus's paragraphs through ``holds_phrase`` alone, each then read sentence by sentence."""
    if not holds_phrase(tokens):  # one pass over the union of the tables: most stop here
        return False
    held = sections_in(tokens)
    return bool(held & _ALONE) or (
        "cancelled" in held and "qualifiers" in held and bool(held & _INSTRUCTION_NOUNS)
    ) or (
        "override_verbs" in held and bool(held & (_INSTRUCTION_NOUNS | {"text_nouns"}))
    ) or (
        "write_verbs" in held and bool(held & _TASK_NEEDS)
    ) or (
        "weak_addressees" in held and (bool(held & _FRAMES) or (
            ends_before(tokens, ("weak_addressees",), _VOCATIVE)
            and (bool(held & _DIRECTIVES) or bool(_HYPHEN_IMPERATIVE.search(text))))))


class _Reading:
    """One sentence read with one language's tables: where its clauses start, what is directed."""

    def __init__(self, sentence: Sentence, lang: str, found):
        self.sentence, self.lang, self.found, self.tokens = sentence, lang, found, sentence.tokens
        self.starts = clause_starts(self.tokens, lang, found)
        self.modal_ends = {end for _, end in found["modals"]}
        self.second_person = bool(found["second_person"])

    def directed(self, span) -> bool:
        """A verb at the start of a clause (an imperative) or right after a modal."""
        return span[0] in self.starts or any(0 <= span[0] - e <= 2 for e in self.modal_ends)

    @property
    def directive_anywhere(self) -> bool:
        verbs = self.found["override_verbs"] + self.found["write_verbs"]
        return bool(self.modal_ends) or any(self.directed(v) for v in verbs) or bool(
            _HYPHEN_IMPERATIVE.search(self.sentence.text))

    def _qualified(self, noun) -> list:
        return within(self.found["qualifiers"], max(0, noun[0] - 3), noun[1] + 2)

    def override(self) -> tuple[bool, bool]:
        """(an override, a strong one: it names the model's own instructions)."""
        found, tokens = self.found, self.tokens
        if found["cancelled"]:  # "les consignes précédentes sont annulées"
            for noun in found["instruction_nouns"] + found["weak_instruction_nouns"]:
                qualifiers = self._qualified(noun)
                after = max([noun[1], *(q[1] for q in qualifiers)])
                owned = after < len(tokens) and tokens[after] in _COMPLEMENTS  # "du ministère"
                if qualifiers and not owned:
                    return True, True
        hit = strong = False
        for start, end in found["override_verbs"]:
            if not self.directed((start, end)):
                continue
            nouns = within(found["instruction_nouns"], end, end + 8) + [
                n for n in within(found["text_nouns"], end, end + 8)
                if tokens[n[0] - 1] in ("ce", "cet", "cette", "l", "this", "the")]
            weak = within(found["weak_instruction_nouns"], end, end + 8)
            qualified = [n for n in nouns + weak if self._qualified(n)]
            if nouns or qualified:
                hit = True
                strong = strong or bool(qualified) or any(
                    tokens[n[0]].startswith("prompt") for n in nouns)
        return hit, strong

    def _after_determiners(self, end: int) -> int:
        while end < len(self.tokens) and self.tokens[end] in _DETERMINERS:
            end += 1
        return end

    def addressee(self) -> bool:
        found, tokens = self.found, self.tokens
        addressees = found["addressees"] + found["weak_addressees"]
        for start, end in found["address_frames"]:  # "Note pour l'assistant", "Dear AI"
            if start in self.starts and any(a[0] == self._after_determiners(end)
                                            for a in addressees):
                return True
        for _, end in found["if_you_are"]:  # "si tu es une IA": a strong addressee only
            if any(a[0] == self._after_determiners(end) for a in found["addressees"]):
                return True
        strong = set(found["addressees"])
        for span in addressees:  # "l'IA qui lit ce texte"
            readers = within(found["readers"], span[1], span[1] + 3)
            nouns = within(found["text_nouns"], readers[0][1], readers[0][1] + 3) if readers \
                else []
            if nouns and (span in strong or self.directive_anywhere or any(
                    t in _OBLIGED for t in tokens[nouns[0][1]:nouns[0][1] + 6])):
                # a word that may name a thing ("le système qui traite ce document") addresses
                # a model only when the sentence directs it ("… doit le présenter comme")
                return True
        if found["makers"]:  # "un ordre de ton créateur", "your developers want"
            return True
        vocative = [a for a in addressees if _vocative_start(tokens, a[0], self.starts)
                    and a[1] < len(tokens) and tokens[a[1]] in {",", ":", "!"}]
        return bool(vocative) and (self.second_person or self.directive_anywhere)

    def role_play(self) -> bool:
        found, tokens = self.found, self.tokens
        for start, end in found["roleplay"]:
            addressed = any(t in ("tu", "vous", "you", "du") for t in tokens[start:end])
            if addressed and tokens[end - 1] in ("maintenant", "desormais", "dorenavant", "now",
                                                  "present", "jetzt", "nun", "eres", "sei"):
                # "you are now a…", not "you are now able to…"
                nxt = tokens[end] if end < len(tokens) else ""
                addressed = nxt in _DETERMINERS or bool(found["jailbreak"]) or bool(
                    re.search(r"\b[A-Z]{3,}\b", self.sentence.text))
                if not addressed:
                    continue
            if addressed or start in self.starts:
                return True
        return bool(found["jailbreak"]) and (self.second_person or self.directive_anywhere)

    def _tu_form(self, verb_at: int) -> bool:
        """French "rédige", "écris" (not "écrivez", not an infinitive), or a "tu" around."""
        return self.lang == "fr" and (self.second_person or not self.tokens[verb_at].endswith(
            ("ez", "er", "ir", "re")))

    def task(self, rare_in_doc, other_kind: bool) -> bool:
        found = self.found
        for start, end in found["write_verbs"]:
            if not self.directed((start, end)):
                continue
            genres = within(found["genres"] + found["weak_genres"], end, end + 12)
            instead = within(found["instead"], start - 2, end + 12) or within(
                found["only"], end, end + 2)
            if found["regime"] and (self.lang != "fr" or self._tu_form(start)):
                instead = instead or found["regime"]  # "Rédige désormais…", "From now on…"
            if not (genres or instead or found["new_task"]):
                continue
            tu_form = self.lang in ("de", "es", "it") or self._tu_form(start)
            rare = any(rare_in_doc(self.tokens, g)
                       for g in within(found["genres"], end, end + 12))
            if tu_form or instead or found["new_task"] or rare or other_kind:
                return True
        return bool(found["new_task"]) and (self.directive_anywhere or self.second_person)


def _vocative_start(tokens: tuple[str, ...], at: int, starts: set[int]) -> bool:
    """An addressee that opens its clause, alone or after "pour l'" / "to the" ("Pour l'IA :")."""
    if at == 0 or tokens[at - 1] in _OPENING_PUNCT:
        return True
    before = at - 1
    while before >= 0 and tokens[before] in _DETERMINERS:
        before -= 1
    return before >= 0 and before in starts and tokens[before] in ("pour", "a", "to", "for")


def speaks_to_model(text: str) -> bool:
    """A second person or a directive in ``text``, in any language of the tables."""
    tokens = tokens_of(text)
    for lang in INJECTION_LANGS:
        found = matches(tokens, lang)
        starts = clause_starts(tokens, lang, found)
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
        if any(v[0] in clause_starts(tokens, lang, found) for v in verbs) or found["modals"] or (
                lang == "fr" and tokens and len(tokens[0]) > 4 and tokens[0].endswith("ez")):
            return True
    return bool(_HYPHEN_IMPERATIVE.search(sentence.text))
