"""Align each variant sentence with the source sentences that support it, and say why a sentence
is unsupported.

Support is searched in two steps. First the *anchor*: the source sentence that shares the most
weighted content (idf-weighted lemmas, facts counted 2). Then up to two more sentences are added
while each brings content words the passage still lacks (a variant sentence may merge source
sentences). The three best anchors are tried; the first passage without a fault wins. Against
the passage, in this order:

    entity / number / date   a fact of the sentence is not in the passage (a title such as
                             "sénateur" that the source gives no one is an entity too)
    merged                   facts tied to one verb come from different source sentences, or
                             an actor gets the facts the source gives to another actor's action
    role_swap                the same verb, another actor (A visited X → B visited X), or agent
                             and patient reversed (A gave to B → B gave to A); nouns that name
                             an action count ("l'invitation de Kim" = Kim invites)
    polarity                 an action the passage denies or presents as unreal, stated (see
                             ``roles``)
    predicate                a main verb stating an event or stance (``verbs.EVENTS``) that the
                             passage does not say, by lemma, stem or verb family ("Lavrov a
                             renoncé …": nothing in the source renounces), or a verb that
                             lost or gained its reflexive pronoun ("a rendu" for "s'est rendu":
                             ``senses``, after ``moved``)
    cause / intent / judgement  a connector of cause or purpose, or an evaluative word, that the
                             source sentence saying the same action does not hold
    no_support               too little of the sentence's content words are in the passage

Thresholds (coverage 0.4; 0.34 for ≤ 4 content words; facts weigh 1) were set on the dev split of
bench/data/grounding_eval.tsv and are measured on its held-out test split by bench/grounding.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from seo_kit.score.grounding.actors import actor_swaps
from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.cues import DEMONYMS, TITLES
from seo_kit.score.grounding.described import description_swaps
from seo_kit.score.grounding.moved import moved_reasons, phrase_moved_reasons
from seo_kit.score.grounding.numbers import swapped_reasons
from seo_kit.score.grounding.opposites import opposite_reasons
from seo_kit.score.grounding.order import crossed_reasons
from seo_kit.score.grounding.roles import other_event, polarity, role_swaps
from seo_kit.score.grounding.senses import sense_reasons
from seo_kit.score.grounding.support import claim_reasons, moved_fact_reasons
from seo_kit.score.grounding.verbs import EVENTS, OUTCOMES, verb_held
from seo_kit.score.grounding.words import name_held

__all__ = ["Passage", "Reason", "Verdict", "judge", "weights"]

MIN_COVERAGE = 0.4
MIN_COVERAGE_SHORT = 0.34
NAME_WEIGHT = 1.0
MAX_EXTRA = 2
ANCHORS = 3
_ABOUT = 1
_EN_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    """One variant sentence against the source: supported or not, why, and the support found."""
    sentence: str
    supported: bool
    reasons: tuple[Reason, ...] = ()
    support: tuple[int, ...] = ()  # indices of the supporting source sentences, anchor first
    closest: str = ""  # the anchor's text
    coverage: float = 0.0  # weighted share of the sentence's content words found in the passage
    claim: bool = True  # False for a label: < 3 content words and at most one (known) fact

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "supported": self.supported,
                "reasons": [{"kind": r.kind, "detail": r.detail} for r in self.reasons],
                "support": list(self.support), "closest": self.closest,
                "coverage": round(self.coverage, 3)}


@dataclass
class Passage:
    """The source sentences grounding may use (flagged ones already left out), their idf and
    their language ("fr" or "en": no default)."""
    indices: list[int]
    analyses: list[Analysis]
    idf: dict[str, float]
    lang: str


def weights(analyses: Sequence[Analysis]) -> dict[str, float]:
    """Inverse document frequency of every lemma and name over the source sentences,
    log(1 + N/df); key "" holds the weight of a word the source never uses (the rarest)."""
    df: dict[str, int] = {}
    for a in analyses:
        for lemma in a.lemmas | a.names:
            df[lemma] = df.get(lemma, 0) + 1
    n = max(1, len(analyses))
    idf = {lemma: math.log(1 + n / count) for lemma, count in df.items()}
    idf[""] = math.log(1 + n)
    return idf


def _weight(lemma: str, idf: dict[str, float]) -> float:
    return idf.get(lemma, idf.get("", 1.0))


def _number_held(value: str, numbers: frozenset[str], lemmas: frozenset[str]) -> bool:
    """"6~jour" (six jours) is held by "6~jour", or by "6" in digits with "jour" nearby."""
    if value in numbers:
        return True
    plain, _, unit = value.partition("~")
    if unit:
        return plain in numbers and unit in lemmas
    return any(n.partition("~")[0] == plain for n in numbers)


def _fact_held(fact: str, a_names, a_words, numbers, dates, lemmas) -> bool:
    kind, _, value = fact.partition(":")
    if kind == "name":
        return value in a_names or name_held(value, a_words)
    if kind == "number":
        return _number_held(value, numbers, lemmas)
    return value in dates


def _held_by(fact: str, a: Analysis) -> bool:
    return _fact_held(fact, a.names, a.words, a.numbers, a.dates, a.lemmas)


def _score(v: Analysis, s: Analysis, idf: dict[str, float]) -> float:
    shared = sum(_weight(lemma, idf) for lemma in v.lemmas & (s.lemmas | s.words))
    return shared + sum(2.0 for f in v.facts if _held_by(f, s))


def judge(v: Analysis, passage: Passage) -> Verdict:
    """The verdict on one analysed variant sentence against the source passage."""
    if not v.facts and len(v.lemmas) < 3:
        return Verdict(v.text, True, claim=False, coverage=1.0)
    if len(v.facts) == 1 and len(v.lemmas) < 3 and not _has_verb(v, passage.lang) and any(
            _held_by(f, s) for f in v.facts for s in passage.analyses):
        return Verdict(v.text, True, claim=False, coverage=1.0)  # a label: "Lavrov : le contexte"
    if not passage.analyses:
        return Verdict(v.text, False, (Reason("no_support", "the source has no sentence"),))
    copied = next((k for k, s in enumerate(passage.analyses) if same_text(s.text, v.text)), None)
    if copied is not None:  # the source's own sentence, word for word, says what it says
        return Verdict(v.text, True, (), (passage.indices[copied],),
                       passage.analyses[copied].text, 1.0)
    scores = [_score(v, s, passage.idf) for s in passage.analyses]
    ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
    best = None
    for anchor in ranked[:ANCHORS]:  # the best-scoring passage may be the wrong one: try a few
        verdict = _against(v, passage, anchor)
        if verdict.supported:
            return verdict
        if best is None or len(verdict.reasons) < len(best.reasons):
            best = verdict
    return best


def same_text(a: str, b: str) -> bool:
    """The same sentence, spaces and apostrophes aside: a copy of a source sentence."""
    return " ".join(a.replace("’", "'").split()) == " ".join(b.replace("’", "'").split())


def _has_verb(v: Analysis, lang: str) -> bool:
    """A sentence with a verb states something ("Les papillons ont été capturés à Okinawa"): it
    is no label, however short."""
    return bool(v.predicates or v.frames or v.subjects) or (lang == "en" and bool(
        _EN_FINITE.search(v.text)))


def _against(v: Analysis, passage: Passage, anchor: int) -> Verdict:
    chosen = [anchor]
    for _ in range(MAX_EXTRA):
        parts = [passage.analyses[i] for i in chosen]
        missing = {f for f in v.facts if not any(_held_by(f, p) for p in parts)}
        held = set().union(*(p.lemmas | p.words for p in parts))
        rest = [lemma for lemma in v.lemmas if lemma not in held]
        extra, gain = None, 0.0
        for i, s in enumerate(passage.analyses):
            if i in chosen:
                continue
            content = sum(_weight(lemma, passage.idf) for lemma in rest
                          if lemma in s.lemmas or lemma in s.words)
            if content < 1.0:  # a sentence that only holds a missing fact does not support it
                continue
            g = content + sum(2.0 for f in missing if _held_by(f, s))
            if g > gain:
                extra, gain = i, g
        if extra is None or gain < 1.5:
            break
        chosen.append(extra)
    parts = [passage.analyses[i] for i in chosen]
    reasons = _reasons(v, parts, passage.lang, passage.analyses) or claim_reasons(
        v, parts, passage.analyses, passage.lang)
    held = frozenset().union(*(p.lemmas | p.words for p in parts))
    total = sum(_weight(lemma, passage.idf) for lemma in v.lemmas)
    # A lemma is held as written, or as a word of its stem or verb family ("rejoindre" for
    # "migrer"): the same action said otherwise.
    got = sum(_weight(lemma, passage.idf) for lemma in v.lemmas
              if lemma in held or verb_held(lemma, held, passage.lang))
    # Facts the passage holds count too, at NAME_WEIGHT: a paraphrase changes the words around
    # the names, not the names.
    facts = [f for f in v.facts if "~" not in f]
    total += NAME_WEIGHT * len(facts)
    got += NAME_WEIGHT * sum(1 for f in facts if any(_held_by(f, p) for p in parts))
    coverage = got / total if total else 1.0
    floor = MIN_COVERAGE_SHORT if len(v.lemmas) <= 4 else MIN_COVERAGE
    if not reasons and coverage < floor:
        reasons.append(Reason("no_support", f"only {coverage:.0%} of its content words are in "
                                            "the source"))
    return Verdict(v.text, not reasons, tuple(reasons), tuple(passage.indices[i] for i in chosen),
                   passage.analyses[anchor].text, coverage)


def _run_held(name: str, v: Analysis, names: frozenset[str], source: list[Analysis]) -> bool:
    """"Vladimir" of "Vladimir Poutine" is held when the passage names Poutine and the source's
    first full name with Poutine in it is "Vladimir Poutine": the same person, named in full.
    Not "Sung" of "Kim Il Sung" for a passage's "Kim" when the source first wrote "Kim Jong-un"
    (a later "Kim" is that one)."""
    first: dict[str, frozenset[str]] = {}
    for s in source:
        for s_run in s.runs:
            for token in s_run:
                first.setdefault(token, s_run)
    return any(name in run and any(other in names and other != name
                                   and name in first.get(other, ()) for other in run)
               for run in v.runs)


def _reasons(v: Analysis, parts: list[Analysis], lang: str,
             source: list[Analysis]) -> list[Reason]:
    names = frozenset().union(*(p.names for p in parts))
    words = frozenset().union(*(p.words for p in parts))
    numbers = frozenset().union(*(p.numbers for p in parts))
    dates = frozenset().union(*(p.dates for p in parts))
    lemmas = frozenset().union(*(p.lemmas for p in parts))
    reasons = []
    for fact in sorted(v.facts):
        kind, _, value = fact.partition(":")
        if not _fact_held(fact, names, words, numbers, dates, lemmas) and not (
                kind == "name" and _run_held(value, v, names, source)):
            label = {"name": "entity"}.get(kind, kind)
            reasons.append(Reason(label, f"{value.partition('~')[0]!r} is not in the "
                                         "supporting passage"))
    everywhere = frozenset().union(*(s.lemmas | s.words for s in source))
    for title in sorted(v.lemmas & TITLES[lang]):
        if title not in everywhere:  # "le sénateur Kim Jong": no one is a senator in the source
            reasons.append(Reason("entity", f"{title!r} is a title the source gives no one"))
    if not reasons and len(v.numbers) > 1:
        reasons += swapped_reasons(v, parts, lang)
    if reasons:
        return reasons
    for clause in v.clauses:
        # A nationality describes an actor ("le dirigeant nord-coréen Kim"): not an event's fact.
        clause = frozenset(f for f in clause if f.partition(":")[2] not in DEMONYMS[lang])
        if len(clause) > 1 and not any(all(_held_by(f, p) or (
                f.startswith("name:") and _run_held(f[5:], v, p.names, source)) for f in clause)
                for p in parts):
            shown = ", ".join(sorted(f.partition(":")[2].partition("~")[0] for f in clause))
            reasons.append(Reason("merged", f"{shown} are tied to one action here but come from "
                                            "different source sentences"))
            break
    frames = [f for p in parts for f in p.frames]
    reasons += role_swaps(v.frames, frames, lang, [f for s in source for f in s.frames], v.runs,
                          tuple(r for s in source for r in s.runs))
    if not reasons:
        reasons += description_swaps(v, source)
    if not reasons:
        reasons += actor_swaps(v, parts, lang) or crossed_reasons(v, parts, lang) or other_event(
            v, source, lang) or moved_fact_reasons(v, parts, lang) or moved_reasons(
            v, source, lang) or phrase_moved_reasons(v, parts, source) or sense_reasons(
            v, parts, source, lang)
    reasons += polarity(v, parts, lang)
    if not reasons:
        reasons += opposite_reasons(v, parts, lang)
    held = frozenset().union(*(p.lemmas | p.words for p in parts))
    for lemma, agent in v.predicates:
        event = lemma in EVENTS[lang] or (lemma in OUTCOMES[lang] and lemma not in v.modal)
        if event and not verb_held(lemma, held, lang):
            by = f" by {'/'.join(sorted(agent))}" if agent else ""
            reasons.append(Reason("predicate", f"'{lemma}'{by} is not in the supporting passage"))
            break
    reasons += _cue_reasons(v, parts, lang)
    return reasons


def _cue_reasons(v: Analysis, parts: list[Analysis], lang: str) -> list[Reason]:
    """A cause or an intent must be stated where the claim comes from: the passage sentence that
    says the sentence's own actions (its predicates), else the anchor. An intent read from
    "pour + infinitive" is accepted when that sentence states an intent too and the passage has
    the verb (its stem or family): "afin de savoir" → "pour savoir". Linking two things the
    source says with "pour" ("s'est rendu en Russie pour inspecter") invents the intent."""
    hosts = [p for p in parts if any(verb_held(lemma, p.lemmas | p.words, lang)
                                     for lemma, _ in v.predicates)]
    anchor = hosts[0] if hosts else parts[0]
    reasons = []
    held = anchor.lemmas | anchor.words  # a causal verb is held by its family: "valoir", "causer"
    stated = "cause" in v.cues or any(c.startswith("cause:") and not verb_held(c[6:], held, lang)
                                      for c in v.cues)
    if stated and not any(c == "cause" or c.startswith("cause:") for c in anchor.cues):
        reasons.append(Reason("cause", "states a cause the source does not state"))
    anchor_verbs = {c.partition(":")[2] for c in anchor.cues if c.startswith(("purpose:", "pour:"))}
    words = frozenset().union(*(p.words | p.lemmas for p in parts))
    for cue in sorted(c for c in v.cues if c.startswith(("purpose:", "pour:"))):
        family, _, verb = cue.partition(":")
        if verb in anchor_verbs or (anchor_verbs and verb in anchor.lemmas):
            continue
        if verb.startswith("~") and any(f"for:{verb}" in p.cues or f"purpose:{verb}" in p.cues
                                        for p in parts):
            continue  # "destinés à la guerre" for "pour sa guerre"
        if family == "pour" and verb and anchor_verbs and (name_held(verb, words)
                                                           or verb_held(verb, words, lang)):
            continue
        reasons.append(Reason("intent", f"states an intent ('{verb}') the source does not state"))
        break
    # A judgement is held by a passage sentence about the same thing (sharing a content lemma
    # besides it), not by one added for that word alone ("un voyage crucial" is not held
    # by "un rôle crucial" of another sentence).
    for cue in sorted(c for c in v.cues if c.startswith("judgement:")):
        word = cue.partition(":")[2]
        if word.startswith("~degree:"):  # an intensifier holds another: "très", "extrêmement"
            if not any(c.startswith("judgement:~degree:") for p in parts for c in p.cues):
                reasons.append(Reason("judgement", f"{word[8:]!r} grades what the source does "
                                                   "not grade"))
        elif word.startswith("~superlative:"):  # held by its adjective, by stem
            if not any(name_held(word[13:], p.words | p.lemmas) for p in parts):
                reasons.append(Reason("judgement", f"'{word[13:]}' is ranked as the source does "
                                                   "not rank it"))
        elif not any((word in p.lemmas or word in p.words or cue in p.cues)
                     and len(v.lemmas & p.lemmas - {word}) >= _ABOUT for p in parts):
            reasons.append(Reason("judgement", f"{word!r} is a judgement the source does not make"))
    return reasons
