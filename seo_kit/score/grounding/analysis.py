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

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Analysis", "Frame", "Reason", "analyse", "entity_doc", "pipeline_name"]

PIPELINES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
_INSTALL = "pip install 'seo-kit[grounding]'"


@dataclass(frozen=True)
class Reason:
    kind: str  # entity | number | date | merged | moved | role_swap | predicate | cause |
    # intent | judgement | polarity | speaker | modality | new_words | no_support
    detail: str


@dataclass(frozen=True)
class Frame:
    """One action: the verb's lemma, who does it (agent), to whom or what (patient), as folded
    name tokens, and the other facts tied to it (``args``: fact keys). ``sure`` is False when the
    agent was guessed from word order in a parsed sentence (the parse had no subject).
    ``pronoun``: the agent is a personal pronoun the sentence does not resolve ("il migra vers
    TF1"): the agent is left empty for ``roles.resolve_pronouns`` to fill from the sentences
    before."""
    lemma: str
    agent: frozenset[str]
    patient: frozenset[str]
    sure: bool = True
    args: frozenset[str] = frozenset()
    pronoun: bool = False


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
    cues: frozenset[str]  # "cause", "cause:<verb>", "purpose:<verb>", "pour:<verb>", "judgement:<lemma>"
    predicates: tuple[tuple[str, frozenset[str]], ...] = ()  # (main verb lemma, its agent)
    negated: frozenset[str] = frozenset()  # verb lemmas denied ("n'a pas") or unreal ("aurait dû")
    runs: tuple[frozenset[str], ...] = ()  # names written together ("Vladimir Poutine")
    pronoun: bool = False  # a personal pronoun is the subject and no name in the sentence is it
    parts: tuple[frozenset[str], ...] = ()  # per clause: "w:<lemma>" and fact keys (claims.py)
    speakers: tuple[frozenset[str], ...] = ()  # who the sentence says says it (claims.py)
    modal: frozenset[str] = frozenset()  # lemmas stated as intended/possible/future/rumoured
    # (verb, subject, its phrase, words before it), common nouns included (actors.Subject)
    subjects: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...] = ()
    viewed: frozenset[str] = frozenset()  # lemmas a verb of opinion introduces (claims.py)
    scenes: tuple = ()  # clauses with their mentions and facts (attach.Scene)
    senses: tuple = ()  # each verb with or without its reflexive pronoun (senses.Sense)
    sides: tuple = ()  # per verb, who and what stand before and after it (order.Side)
    described: tuple = ()  # who each name is said to be (described.Description)
    # (name, the common noun whose phrase it qualifies): "visite de Kim en Russie" → (russie,
    # visite), "munitions russes" → (russe, munition) (moved.noun_pairs)
    qualifies: frozenset[tuple[str, str]] = frozenset()

    @property
    def facts(self) -> frozenset[str]:
        return (frozenset("name:" + n for n in self.names)
                | frozenset("number:" + n for n in self.numbers)
                | frozenset("date:" + d for d in self.dates))


@lru_cache(maxsize=2)
def _pipeline(lang: str):
    """The spaCy pipeline for ``lang``, loaded once per process for every reader (grounding, the
    rewrite's clause and sentence readers, seo_kit.rewrite.names), or None where none is installed
    (English fallback). Calling it runs the parse, morphology and lemmas; its NER is loaded but
    disabled (grounding reads no entities): entity_doc() runs it. ImportError with the install
    hint when spaCy itself or the French model is missing."""
    try:
        import spacy
    except ImportError as exc:
        raise ImportError(f"the grounding check needs spaCy: {_INSTALL}") from exc
    try:
        nlp = spacy.load(PIPELINES[lang])
    except OSError as exc:
        if lang == "fr":
            raise ImportError(f"the grounding check needs spaCy's French pipeline "
                              f"{PIPELINES['fr']}: {_INSTALL}") from exc
        return None
    if "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    return nlp


def entity_doc(text: str, lang: str):
    """``text`` through the loaded pipeline's tagger and NER (no parse, no lemmas): a spaCy Doc
    whose ``ents`` are set, or None where ``lang`` has no pipeline (or spaCy is missing)."""
    try:
        nlp = _pipeline(lang)
    except ImportError:
        return None
    if nlp is None or "ner" not in nlp.component_names:
        return None
    return nlp.get_pipe("ner")(nlp(text, disable=["parser", "lemmatizer"]))


def pipeline_name(lang: str) -> str:
    """The pipeline used for ``lang``: a spaCy package name, or "rules" for the fallback."""
    return PIPELINES[lang] if _pipeline(lang) is not None else "rules"


_memo: dict[tuple[str, str], Analysis] = {}


def analyse(sentences: list[str], lang: str) -> list[Analysis]:
    """One Analysis per sentence (memoised per process: the engine grounds the same source many
    times). Sentences not seen yet go through the pipeline in one batch."""
    from seo_kit.score.grounding.rules import from_rules

    todo = [s for s in dict.fromkeys(sentences) if (lang, s) not in _memo]
    if todo:
        nlp = _pipeline(lang)
        # the small French model reads "s’" (curly) as a noun, "s'" as the pronoun: parse the
        # straight apostrophe (same length, so offsets into the text still hold)
        parsed = nlp.pipe([t.replace("’", "'") for t in todo], batch_size=64) \
            if nlp is not None else [None] * len(todo)
        for text, doc in zip(todo, parsed, strict=True):
            _memo[(lang, text)] = _from_parse(text, doc, nlp, lang) if doc is not None \
                else from_rules(text, lang)
        if len(_memo) > 20000:  # bound the memo; the oldest half goes
            for key in list(_memo)[:10000]:
                del _memo[key]
    return [_memo[(lang, s)] for s in sentences]




def _from_parse(text: str, doc, nlp, lang: str) -> Analysis:
    """The Analysis of a parsed sentence; one with a verb the pipeline mis-tagged is read from
    a parse with a stand-in verb there (``retag.reparsed``), its own words and lemma kept."""
    from seo_kit.score.grounding.frames import from_doc
    from seo_kit.score.grounding.retag import reparsed

    again = reparsed(text, doc, nlp) if lang == "fr" else None
    return from_doc(text, doc if again is None else again, lang)
