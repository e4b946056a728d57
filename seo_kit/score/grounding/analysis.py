"""What the grounding check reads in one sentence: content lemmas, the facts it states (names,
numbers, dates), who does what (agent and patient of each verb, with the facts tied to it), and
the cause, intent and judgement cues it holds.

French goes through spaCy's ``fr_core_news_sm`` (dependency parse, POS, lemmas), loaded lazily on
the first grounded sentence (~3 s) and kept for the process. English uses ``en_core_web_sm`` when
it is installed; it is not on our package index, so the documented fallback is rule-based:
simplemma lemmas, and agents/patients read from word order (the name just before a word is its
agent, the name just after its patient; "by"/"par" in between swaps them). Both give an Analysis.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from seo_kit.score.grounding.cues import (
    ANAPHORIC_UNITS,
    CAUSE,
    DEMONYMS,
    JUDGEMENT,
    MONTHS,
    NUMBER_WORDS,
    PURPOSE,
    WEEKDAYS,
)

__all__ = ["Analysis", "Frame", "analyse", "fold", "pipeline_name"]

PIPELINES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
_INSTALL = "pip install 'seo-kit[grounding]'"
_CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"}
_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles", "que", "who", "which", "that"}
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")
_SCALE = {"mille": 1e3, "millier": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6,
          "milliard": 1e9, "milliards": 1e9, "thousand": 1e3, "billion": 1e9, "billions": 1e9}
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_ELIDED = re.compile(r"^(?:qu|lorsqu|puisqu|jusqu|quoiqu|[cdjlmnst])['’]", re.IGNORECASE)


@dataclass(frozen=True)
class Frame:
    """One action: the verb's lemma, who does it (agent), to whom or what (patient), as folded
    name tokens, and the other facts tied to it (``args``: fact keys). ``sure`` is False when the
    agent was guessed from word order in a parsed sentence (the parse had no subject)."""
    lemma: str
    agent: frozenset[str]
    patient: frozenset[str]
    sure: bool = True
    args: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Analysis:
    text: str
    lemmas: frozenset[str]  # content lemmas other than names, folded (lowercase, no accents)
    words: frozenset[str]  # every word form, folded
    names: frozenset[str]  # proper-name tokens and nationality adjectives, folded
    numbers: frozenset[str]  # "1000", "2018" from digits; "6~jour" from number words + unit
    dates: frozenset[str]  # "month:9", "weekday:3"
    frames: tuple[Frame, ...]
    clauses: tuple[frozenset[str], ...]  # fact keys that hang on the same verb
    cues: frozenset[str]  # "cause", "purpose:<verb>", "pour:<verb>", "judgement:<lemma>"

    @property
    def facts(self) -> frozenset[str]:
        return (frozenset("name:" + n for n in self.names)
                | frozenset("number:" + n for n in self.numbers)
                | frozenset("date:" + d for d in self.dates))


def fold(word: str) -> str:
    """Lowercase without accents: "Corée" → "coree" (so "Coree" written without accents matches)."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=2)
def _pipeline(lang: str):
    """The spaCy pipeline for ``lang``, or None where none is installed (English fallback).
    ImportError with the install hint when spaCy itself or the French model is missing."""
    try:
        import spacy
    except ImportError as exc:
        raise ImportError(f"the grounding check needs spaCy: {_INSTALL}") from exc
    try:
        return spacy.load(PIPELINES[lang], exclude=["ner"])
    except OSError as exc:
        if lang == "fr":
            raise ImportError(f"the grounding check needs spaCy's French pipeline "
                              f"{PIPELINES['fr']}: {_INSTALL}") from exc
        return None


def pipeline_name(lang: str) -> str:
    """The pipeline used for ``lang``: a spaCy package name, or "rules" for the fallback."""
    return PIPELINES[lang] if _pipeline(lang) is not None else "rules"


_memo: dict[tuple[str, str], Analysis] = {}


def analyse(sentences: list[str], lang: str) -> list[Analysis]:
    """One Analysis per sentence (memoised per process: the engine grounds the same source many
    times). Sentences not seen yet go through the pipeline in one batch."""
    todo = [s for s in dict.fromkeys(sentences) if (lang, s) not in _memo]
    if todo:
        nlp = _pipeline(lang)
        parsed = nlp.pipe(todo, batch_size=64) if nlp is not None else [None] * len(todo)
        for text, doc in zip(todo, parsed, strict=True):
            _memo[(lang, text)] = _from_doc(text, doc, lang) if doc is not None \
                else _from_rules(text, lang)
        if len(_memo) > 20000:  # bound the memo; the oldest half goes
            for key in list(_memo)[:10000]:
                del _memo[key]
    return [_memo[(lang, s)] for s in sentences]


@lru_cache(maxsize=2)
def _function_words(lang: str) -> frozenset[str]:
    from seo_kit.score.matching import function_words

    return frozenset(fold(w) for w in function_words(lang))


@lru_cache(maxsize=8192)
def _common_word(word: str, lang: str) -> bool:
    """A dictionary word whose lemma is lowercase ("Plus" → "plus"); names keep their capital
    ("Norway" → "Norway") or are unknown to simplemma (it returns them unchanged)."""
    import simplemma

    return simplemma.lemmatize(word, lang=lang)[:1].islower()


def _is_name(token: str, first: bool, lang: str, propn: bool = False) -> bool:
    """A capitalised word that is not a function word; at the start of a sentence only when it
    is not a common word ("Plus", "Lors" are capitalised because the sentence starts)."""
    bare = _ELIDED.sub("", token)
    if len(bare) < 2 or not bare[0].isupper() or fold(bare) in _function_words(lang):
        return False
    return not first or propn or not _common_word(bare, lang)


def _digit_numbers(text: str, lang: str) -> list[tuple[int, str]]:
    """(character offset, canonical value) of every number written in digits; a scale word
    after it multiplies it ("7,2 milliards" = 7200000000)."""
    out = []
    for match in _NUMBER.finditer(text):
        raw = re.sub(r"[ \u00a0\u202f]", "", match.group(0))
        raw = raw.replace(",", ".") if lang == "fr" else raw.replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        after = text[match.end():].lstrip().split(" ", 1)[0].lower().strip(".,;:")
        out.append((match.start(), f"{value * _SCALE.get(after, 1):.10g}"))
    return out


def _date_of(word: str, lang: str) -> str | None:
    low = word.lower()
    if low in MONTHS[lang] and (lang != "en" or low != "may" or word[0].isupper()):
        return f"month:{MONTHS[lang].index(low) + 1}"
    if low in WEEKDAYS[lang]:
        return f"weekday:{WEEKDAYS[lang].index(low) + 1}"
    return None


def _cues(text: str, lemmas: set[str], lang: str, purpose_verbs: list[str]) -> set[str]:
    """"cause" when a causal connector is present; the purpose cues given ("purpose:<verb>" after
    a connector such as "afin de", "pour:<verb>" for "pour + infinitive"); "judgement:<lemma>"."""
    low = " " + fold(text) + " "
    found = set()
    if any(re.search(r"(?<![\w])" + re.escape(fold(cue)) + r"(?![\w])", low)
           for cue in CAUSE[lang]):
        found.add("cause")
    found |= set(purpose_verbs)
    judged = {fold(w) for w in JUDGEMENT[lang]}
    found |= {"judgement:" + w for w in lemmas & judged}
    return found


def _purpose_starts(text: str, lang: str) -> list[int]:
    """Character offsets just after every purpose connector ("afin de", "in order to")."""
    low = fold(text)
    ends = []
    for cue in PURPOSE[lang]:
        for m in re.finditer(r"(?<![\w])" + re.escape(fold(cue)) + r"(?![\w])", low):
            ends.append(m.end())
    return ends


def _from_doc(text: str, doc, lang: str) -> Analysis:
    fw = _function_words(lang)
    tokens = [t for t in doc if not t.is_space]
    demonyms = DEMONYMS[lang]
    name_of = {}
    for k, t in enumerate(tokens):
        if _is_name(t.text, k == 0, lang, t.pos_ == "PROPN"):
            name_of[t.i] = fold(_ELIDED.sub("", t.text))
        elif t.pos_ in ("ADJ", "NOUN") and fold(t.lemma_) in demonyms:
            name_of[t.i] = fold(t.lemma_)
    lemmas = {fold(t.lemma_) for t in tokens if t.pos_ in _CONTENT_POS and t.i not in name_of
              and fold(t.text) not in fw and len(t.text) > 1 and not t.text[0].isdigit()}
    keyed: dict[int, set[str]] = {i: {"name:" + n} for i, n in name_of.items()}
    starts = {t.idx: t.i for t in tokens}
    numbers = set()
    for offset, value in _digit_numbers(text, lang):
        numbers.add(value)
        if offset in starts:
            keyed.setdefault(starts[offset], set()).add("number:" + value)
    dates = set()
    anaphoric = set()
    for k, t in enumerate(tokens):
        date = _date_of(t.text, lang)
        if date:
            dates.add(date)
            keyed.setdefault(t.i, set()).add("date:" + date)
        low = t.lower_
        if low in NUMBER_WORDS[lang] and not (k and tokens[k - 1].text[:1].isdigit()):
            unit = t.head if t.head.pos_ == "NOUN" and t.head.i != t.i else next(
                (u for u in tokens[k + 1:k + 4] if u.pos_ == "NOUN"), None)
            key = f"{NUMBER_WORDS[lang][low]:.10g}" + (f"~{fold(unit.lemma_)}" if unit else "")
            numbers.add(key)
            if unit is not None and (unit.lower_ in ANAPHORIC_UNITS):
                anaphoric.add(t.i)
            else:
                keyed.setdefault(t.i, set()).add("number:" + key)
    groups = _groups(tokens, keyed)
    frames = tuple(_frames(tokens, name_of, groups))
    purpose_verbs = []
    for end in _purpose_starts(text, lang):
        verb = next((t for t in tokens if t.idx >= end and t.pos_ in ("VERB", "AUX")), None)
        purpose_verbs.append("purpose:" + (fold(verb.lemma_) if verb is not None else ""))
    purpose_verbs += ["pour:" + fold(t.head.lemma_) for t in tokens if t.lower_ == "pour"
                      and t.head.pos_ == "VERB" and t.head.i > t.i
                      and "Inf" in t.head.morph.get("VerbForm")]
    cues = _cues(text, lemmas, lang, purpose_verbs)
    return Analysis(text, frozenset(lemmas), frozenset(fold(t.text) for t in tokens),
                    frozenset(name_of.values()), frozenset(numbers), frozenset(dates), frames,
                    tuple(frozenset(g) for g in groups.values() if g), frozenset(cues))


def _groups(tokens, keyed: dict[int, set[str]]) -> dict[int, set[str]]:
    """Fact keys grouped by the verb they hang on (the first verb above them in the parse); facts
    under no verb (the parse found none, or split the sentence) form one group, key -1."""
    by_index = {t.i: t for t in tokens}
    groups: dict[int, set[str]] = {}
    for i, keys in keyed.items():
        head, hops = by_index[i], 0
        while head.pos_ != "VERB" and head.head.i != head.i and hops < 12:
            head, hops = head.head, hops + 1
        groups.setdefault(head.i if head.pos_ == "VERB" else -1, set()).update(keys)
    return groups


def _span_names(token, name_of) -> set[str]:
    """Names of a noun phrase: the token and its flat/appos/nmod dependents, not its clauses."""
    found, stack = set(), [token]
    while stack:
        t = stack.pop()
        if t.i in name_of:
            found.add(name_of[t.i])
        stack.extend(c for c in t.children if c.dep_.split(":")[0] in
                     ("flat", "appos", "nmod", "compound", "amod", "conj"))
    return found


def _frames(tokens, name_of, groups):
    agents: dict[int, tuple[set[str], bool]] = {}
    for verb in tokens:
        lemma = fold(verb.lemma_)
        if verb.pos_ != "VERB" or len(lemma) < 3 or "'" in lemma:
            continue
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) and any(
            c.dep_ == "nsubj:pass" for c in verb.children)
        agent, patient, sure = set(), set(), True
        for child in verb.children:
            dep = child.dep_
            by = dep.startswith("obl") and any(c.lower_ in ("par", "by") for c in child.children
                                               if c.dep_ == "case")
            if dep in ("nsubj", "obl:agent") or (by and passive):
                agent |= _span_names(child, name_of)
                if not agent and child.lower_ in _PRONOUNS and verb.dep_.startswith("acl"):
                    agent |= _span_names(verb.head, name_of)  # "Lavrov, qui a …": the antecedent
            elif dep in ("obj", "nsubj:pass", "iobj"):
                patient |= _span_names(child, name_of)
        if not agent and verb.dep_ == "conj" and verb.head.i in agents:
            agent, sure = agents[verb.head.i]  # "Kim a rencontré … et a inspecté …"
        if not agent:
            before = [i for i in name_of if i < verb.i]
            if before:
                # Sure when only auxiliaries, pronouns, determiners or punctuation stand between
                # the name and the verb ("Kim Jong-un est arrivé", which the parse often misses).
                gap = [t for t in tokens if max(before) < t.i < verb.i]
                close = all(t.pos_ in ("AUX", "PRON", "DET", "PUNCT", "PART") or len(t.text) <= 2
                            for t in gap)
                agent, sure = {name_of[max(before)]}, close
        agents[verb.i] = (agent, sure)
        args = frozenset(k for k in groups.get(verb.i, ()) if k.partition(":")[2] not in agent)
        if agent or patient:
            yield Frame(lemma, frozenset(agent), frozenset(patient), sure, args)


def _from_rules(text: str, lang: str) -> Analysis:
    import simplemma

    fw = _function_words(lang)
    words = _WORD.findall(text)
    name_at = {i: fold(_ELIDED.sub("", w)) for i, w in enumerate(words) if _is_name(w, i == 0, lang)}
    lemma_at = {i: fold(simplemma.lemmatize(w.lower(), lang=lang)) for i, w in enumerate(words)
                if fold(w) not in fw and len(w) > 2 and i not in name_at and not w[0].isdigit()}
    numbers = {value for _, value in _digit_numbers(text, lang)}
    dates = {d for d in (_date_of(w, lang) for w in words) if d}
    for i, w in enumerate(words):
        if w.lower() in NUMBER_WORDS[lang]:
            unit = lemma_at.get(i + 1)
            numbers.add(f"{NUMBER_WORDS[lang][w.lower()]:.10g}" + (f"~{unit}" if unit else ""))
    spans: list[list[int]] = []  # runs of consecutive capitalised words: one name each
    for i in sorted(name_at):
        if spans and spans[-1][-1] == i - 1:
            spans[-1].append(i)
        else:
            spans.append([i])
    frames = []
    for i, lemma in lemma_at.items():
        before = [sp for sp in spans if sp[-1] < i]
        after = [sp for sp in spans if sp[0] > i]
        agent = {name_at[j] for j in before[-1]} if before else set()
        patient = {name_at[j] for j in after[0]} if after else set()
        if after and any(w.lower() in ("by", "par") for w in words[i + 1:after[0][0]]):
            agent, patient = patient, agent  # passive: "was visited by X"
        if agent:
            frames.append(Frame(lemma, frozenset(agent), frozenset(patient), True))
    lemmas = set(lemma_at.values())
    clauses = []  # without a parse, a clause is a stretch between commas, semicolons and "and"
    for part in re.split(r"[,;:]|\b(?:and|et|who|which|qui)\b", text):
        keys = {"name:" + fold(_ELIDED.sub("", w)) for k, w in enumerate(_WORD.findall(part))
                if fold(_ELIDED.sub("", w)) in name_at.values()}
        keys |= {"number:" + v for _, v in _digit_numbers(part, lang)}
        keys |= {"date:" + d for d in (_date_of(w, lang) for w in _WORD.findall(part)) if d}
        if keys:
            clauses.append(frozenset(keys))
    purpose_verbs = []
    for end in _purpose_starts(text, lang):
        nxt = _WORD.findall(text[end:])[:2]
        purpose_verbs.append("purpose:" + (fold(simplemma.lemmatize(nxt[0].lower(), lang=lang))
                                           if nxt else ""))
    return Analysis(text, frozenset(lemmas), frozenset(fold(w) for w in words),
                    frozenset(name_at.values()), frozenset(numbers), frozenset(dates),
                    tuple(frames), tuple(clauses), frozenset(_cues(text, lemmas, lang,
                                                                     purpose_verbs)))
