"""Align each variant sentence with the source sentences that support it, and say why a sentence
is unsupported.

Support is searched in two steps. First the *anchor*: the source sentence that shares the most
weighted content (idf-weighted lemmas, facts counted double). Then up to two more sentences are
added while each covers content the passage still lacks (a variant sentence may merge two source
sentences). The sentence is then checked against that passage, in this order of reasons:

    entity / number / date   a fact of the sentence is not in the passage
    merged                   facts that hang on one verb come from different source sentences
    role_swap                the same verb, another actor (A visited X → B visited X), or agent
                             and patient reversed (A gave to B → B gave to A)
    cause / intent / judgement  a connector of cause or purpose, or an evaluative word, that the
                             passage does not hold
    no_support               too little of the sentence's content is in the source at all

Thresholds (coverage 0.5, 0.34 for ≤ 4 content words) were set on the dev split of
bench/data/grounding_eval.tsv and are measured on its test split by bench/grounding.py.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from seo_kit.score.grounding.analysis import Analysis, Frame
from seo_kit.score.grounding.cues import CAPITALS

__all__ = ["Passage", "Reason", "Verdict", "judge", "weights"]

MIN_COVERAGE = 0.5
MIN_COVERAGE_SHORT = 0.34
MAX_EXTRA = 2
ANCHORS = 3


@dataclass(frozen=True)
class Reason:
    kind: str  # entity | number | date | merged | role_swap | cause | intent | judgement | no_support
    detail: str


@dataclass(frozen=True)
class Verdict:
    """One variant sentence against the source: supported or not, why, and the support found."""
    sentence: str
    supported: bool
    reasons: tuple[Reason, ...] = ()
    support: tuple[int, ...] = ()  # indices of the supporting source sentences, anchor first
    closest: str = ""  # the anchor's text
    coverage: float = 0.0  # weighted share of the sentence's content found in the passage
    claim: bool = True  # False for a line without facts and with < 3 content words ("FAQ")

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "supported": self.supported,
                "reasons": [{"kind": r.kind, "detail": r.detail} for r in self.reasons],
                "support": list(self.support), "closest": self.closest,
                "coverage": round(self.coverage, 3)}


@dataclass
class Passage:
    """The source sentences grounding may use (flagged ones already left out) and their idf."""
    indices: list[int]
    analyses: list[Analysis]
    idf: dict[str, float] = field(default_factory=dict)


def weights(analyses: Sequence[Analysis]) -> dict[str, float]:
    """Inverse document frequency of every lemma over the source sentences: log(1 + N/df)."""
    df: dict[str, int] = {}
    for a in analyses:
        for lemma in a.lemmas:
            df[lemma] = df.get(lemma, 0) + 1
    n = max(1, len(analyses))
    idf = {lemma: math.log(1 + n / count) for lemma, count in df.items()}
    idf[""] = math.log(1 + n)
    return idf


def _name_held(name: str, words: frozenset[str]) -> bool:
    """A name is held when the passage has the word, or a word of the same stem ("Russie" and
    "russe", "Corée" and "coréen": a common prefix of at least max(4, len − 2) letters)."""
    if name in words or (name in CAPITALS and _name_held(CAPITALS[name], words)):
        return True
    need = max(4, len(name) - 2)
    if len(name) < 5:
        return False
    return any(len(w) >= need and w[:need] == name[:need] for w in words)


def _weight(lemma: str, idf: dict[str, float]) -> float:
    return idf.get(lemma, idf.get("", 1.0))  # a word the source never uses: the rarest weight


def _coverage(v: Analysis, held_lemmas: set[str], held_words: frozenset[str],
              idf: dict[str, float]) -> float:
    total = got = 0.0
    for lemma in v.lemmas:
        w = _weight(lemma, idf)
        total += w
        if lemma in held_lemmas or lemma in held_words:
            got += w
    return got / total if total else 1.0


def _fact_held(fact: str, a_names: frozenset[str], a_words: frozenset[str],
               numbers: frozenset[str], dates: frozenset[str]) -> bool:
    kind, _, value = fact.partition(":")
    if kind == "name":
        return value in a_names or _name_held(value, a_words)
    if kind == "number":
        return value in numbers
    return value in dates


def _held_by(fact: str, a: Analysis) -> bool:
    return _fact_held(fact, a.names, a.words, a.numbers, a.dates)


def _score(v: Analysis, s: Analysis, idf: dict[str, float]) -> float:
    shared = sum(_weight(lemma, idf) for lemma in v.lemmas & (s.lemmas | s.words))
    facts = sum(2.0 for f in v.facts if _held_by(f, s))
    return shared + facts


def judge(v: Analysis, passage: Passage) -> Verdict:
    """The verdict on one analysed variant sentence against the source passage."""
    if not v.facts and len(v.lemmas) < 3:
        return Verdict(v.text, True, claim=False, coverage=1.0)
    if not passage.analyses:
        return Verdict(v.text, False, (Reason("no_support", "the source has no sentence"),))
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


def _against(v: Analysis, passage: Passage, anchor: int) -> Verdict:
    chosen = [anchor]
    for _ in range(MAX_EXTRA):
        missing_facts = {f for f in v.facts if not any(_held_by(f, passage.analyses[i])
                                                       for i in chosen)}
        held = set().union(*(passage.analyses[i].lemmas | passage.analyses[i].words
                             for i in chosen))
        rest = [lemma for lemma in v.lemmas if lemma not in held]
        extra, gain = None, 0.0
        for i, s in enumerate(passage.analyses):
            if i in chosen:
                continue
            g = sum(2.0 for f in missing_facts if _held_by(f, s)) + sum(
                _weight(lemma, passage.idf) for lemma in rest if lemma in s.lemmas or
                lemma in s.words)
            if g > gain:
                extra, gain = i, g
        if extra is None or gain < 1.5:
            break
        chosen.append(extra)
    parts = [passage.analyses[i] for i in chosen]
    reasons = _reasons(v, parts, passage.idf)
    held_lemmas = set().union(*(p.lemmas for p in parts))
    held_words = frozenset().union(*(p.words for p in parts))
    coverage = _coverage(v, held_lemmas, held_words, passage.idf)
    floor = MIN_COVERAGE_SHORT if len(v.lemmas) <= 4 else MIN_COVERAGE
    if not reasons and coverage < floor:
        reasons.append(Reason("no_support", f"only {coverage:.0%} of its content words are in "
                                            "the source"))
    return Verdict(v.text, not reasons, tuple(reasons), tuple(passage.indices[i] for i in chosen),
                   passage.analyses[anchor].text, coverage)


def _reasons(v: Analysis, parts: list[Analysis], idf) -> list[Reason]:
    names = frozenset().union(*(p.names for p in parts))
    words = frozenset().union(*(p.words for p in parts))
    numbers = frozenset().union(*(p.numbers for p in parts))
    dates = frozenset().union(*(p.dates for p in parts))
    reasons = []
    for fact in sorted(v.facts):
        if not _fact_held(fact, names, words, numbers, dates):
            kind, _, value = fact.partition(":")
            label = {"name": "entity"}.get(kind, kind)
            reasons.append(Reason(label, f"{value!r} is not in the supporting passage"))
    if reasons:
        return reasons
    for clause in v.clauses:
        if len(clause) > 1 and not any(all(_held_by(f, p) for f in clause) for p in parts):
            shown = ", ".join(sorted(f.partition(":")[2] for f in clause))
            reasons.append(Reason("merged", f"{shown} are tied to one action here but come from "
                                            "different source sentences"))
    reasons += _role_swaps(v.frames, [f for p in parts for f in p.frames])
    mine = {c for c in v.cues if not c.startswith("judgement:")}
    # A cause or intent must be stated where the claim itself comes from: the anchor sentence.
    theirs = {c for c in parts[0].cues if not c.startswith("judgement:")}
    for family in sorted(mine - theirs):
        kind = "cause" if family == "cause" else "intent"
        reasons.append(Reason(kind, f"states a {family} the source does not state"))
    for cue in sorted(c for c in v.cues if c.startswith("judgement:")):
        word = cue.partition(":")[2]
        if not any(word in p.lemmas or word in p.words for p in parts):
            reasons.append(Reason("judgement", f"{word!r} is a judgement the source does not make"))
    return reasons


def _canon(names: frozenset[str]) -> frozenset[str]:
    return frozenset(CAPITALS.get(n, n) for n in names)


def _role_swaps(mine: Sequence[Frame], theirs: Sequence[Frame]) -> list[Reason]:
    """Same verb lemma, no shared agent: reversed roles, or another actor. A source frame whose
    agent was only guessed from word order counts against a parsed variant frame only when the
    variant's agent was guessed too (the rule-based fallback guesses both)."""
    reasons = []
    for f in mine:
        same = [g for g in theirs if g.lemma == f.lemma]
        agent, patient = _canon(f.agent), _canon(f.patient)
        if not same or not agent:
            continue
        if any(_canon(g.agent) & agent for g in same):
            continue
        reversed_ = [g for g in same if _canon(g.agent) & patient and _canon(g.patient) & agent]
        other = [g for g in same if g.agent and (g.sure or not f.sure)]
        if reversed_ or other:
            g = (reversed_ or other)[0]
            reasons.append(Reason("role_swap", f"{'/'.join(sorted(f.agent))} is the one who "
                                               f"does '{f.lemma}' here; in the source it is "
                                               f"{'/'.join(sorted(g.agent))}"))
            break
    return reasons
