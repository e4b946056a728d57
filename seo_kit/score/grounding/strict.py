"""The strict gate: a sentence passes only when ONE source sentence says all of each of its
clauses — for the rewrite engine, which can afford a false alarm (the sentence is regenerated,
or replaced by its source sentence) but not a miss.

On top of the balanced check (``align.judge``: a sentence it rejects stays rejected), each
clause of the sentence (``Analysis.parts``) must have one source sentence that holds every
content item of it: names, numbers and dates (as ``align`` matches them), and every content word
(noun, verb, adjective, adverb) by lemma, word form, stem or verb family (``verbs.verb_held``),
or the verb a noun names ("livraison" ↔ "livrer"). Different clauses may come from different
source sentences (a true merge). Free words: the Yoast transition words of ``seo_kit.lang``
(``resources(lang)``, single words and the words of multi-word transitions) and number words
(their value is checked as a number), light verbs (``verbs.LIGHT``) and ``GENERIC`` vague
words ("homologue", "dirigeant", "personnes"). Then, against the sentences found:

    new_words  a content word no single source sentence holds with the rest of its clause
    speaker    "X a déclaré que …" / "selon X": X is not who the source says it (the source
               sentence that holds the content, or one of the two before it, a quote running on)
    role_swap  a verb whose actor the parse gave is not the actor of that verb in those sentences
    modality   a verb or noun stated as done that those sentences state as intended, sought,
               planned, possible, future or rumoured (``claims.modal_lemmas``), or the reverse
    polarity   a verb denied here and stated there, or the reverse

No threshold: every content word counts. The false alarms this costs are measured by
bench/grounding.py (the "strict" row).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from seo_kit.score.grounding.align import same_text
from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.claims import is_reporting
from seo_kit.score.grounding.cues import CAPITALS, NUMBER_WORDS
from seo_kit.score.grounding.roles import _same_actor
from seo_kit.score.grounding.support import (
    content_cover,
    modality_reasons,
    says_all,
    speaker_keys,
    speaker_reason,
)
from seo_kit.score.grounding.verbs import (
    LIGHT,
    NOMINALS,
    RECIPROCAL,
    families,
    verb_held,
    verb_reading,
)
from seo_kit.score.grounding.words import capital_held, key

__all__ = ["free_words", "item_held", "strict_reasons", "strict_verdict"]

@lru_cache(maxsize=2)
def free_words(lang: str) -> frozenset[str]:
    """Words a strict sentence may add anywhere: single transition words (seo_kit.lang), number
    words, vague words (GENERIC) and light verbs (LIGHT). The words of a multi-word transition are free only where the whole phrase
    stands (``phrase_words``): "important" alone is a judgement, not "il est important de"."""
    from seo_kit.lang import resources

    res = resources(lang)
    return frozenset(key(w) for w in res.transition_words) | frozenset(NUMBER_WORDS[lang]) | \
        GENERIC[lang] | LIGHT[lang]


# Vague words a paraphrase uses for anyone or anything the source names (an office without its
# title, people, a point in time): they add no claim. Titles proper (cues.TITLES) are not here.
GENERIC = {
    "fr": frozenset(["chef", "dirigeant", "responsable", "homologue", "personne", "personnes", "gens", "date", "annee", "debut", "fin", "moment", "fois", "cas", "fait", "chose", "partie", "cadre", "sujet"]),
    "en": frozenset(["leader", "head", "chief", "counterpart", "people", "person", "date", "year", "time", "moment", "case", "fact", "thing", "part", "subject"]),
}


@lru_cache(maxsize=4)
def _phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    from seo_kit.lang import resources

    res = resources(lang)
    found = [tuple(key(w) for w in phrase) for phrase in res.multiword_transitions]
    for first, second in res.two_part_transitions:  # "certes … mais": each part where it stands
        found += [tuple(key(w) for w in part.split()) for part in (first, second)]
    return tuple(p for p in found if p)


def phrase_words(text: str, lang: str) -> frozenset[str]:
    """The words of the multi-word transitions that stand whole in ``text`` ("en effet",
    "il est important de"), folded as ``key`` folds them."""
    import re

    tokens = [key(t) for t in re.findall(r"\w+['’]?", text)]
    tokens = [t.replace("’", "'") for t in tokens]
    found: set[str] = set()
    for phrase in _phrases(lang):
        n = len(phrase)
        if any(tuple(tokens[i:i + n]) == phrase for i in range(len(tokens) - n + 1)):
            found |= set(phrase)
    return frozenset(found)


_memo: dict[tuple[str, str, str], bool] = {}


def item_held(item: str, s: Analysis, lang: str) -> bool:
    """Does the source sentence ``s`` hold ``item`` ("w:<lemma>" or a fact key)? A word by
    lemma or form, stem or verb family (``verbs.verb_held``), a shared long prefix
    (``words.name_held``) or the verb a noun names; a fact as ``align`` matches it. Memoised
    per (item, sentence): the balanced and strict checks ask the same questions many times."""
    memo_key = (item, s.text, lang)
    found = _memo.get(memo_key)
    if found is None:
        found = _memo[memo_key] = _item_held(item, s, lang)
        if len(_memo) > 200_000:  # bound the memo; the oldest half goes
            for old in list(_memo)[:100_000]:
                del _memo[old]
    return found


_indices: dict[tuple[str, str], tuple[frozenset[str], set[str], frozenset[int]]] = {}


def _index(s: Analysis, lang: str):
    """What ``verb_held`` and ``name_held`` scan a sentence for, as sets: its lemmas and words,
    every prefix of 4 letters or more of them, and the verb families they belong to."""
    found = _indices.get((s.text, lang))
    if found is None:
        held = s.lemmas | s.words
        held |= {part for w in held if "-" in w for part in w.split("-") if part}  # "non-libres"
        # a form the small parser left unlemmatised ("Baptisé" → baptise) read as its verb
        held |= {r for w in s.words if (r := verb_reading(w, lang)) and r != w}
        prefixes = {w[:k] for w in held for k in range(4, len(w) + 1)}
        kin = frozenset().union(*(families(w, lang) for w in held)) if held else frozenset()
        found = _indices[(s.text, lang)] = (held, prefixes, kin)
        if len(_indices) > 20_000:
            _indices.clear()
    return found


def _item_held(item: str, s: Analysis, lang: str) -> bool:
    """``verbs.verb_held`` or ``words.name_held`` or the verb a noun names, read from set
    lookups (``_index``): the same answers, without scanning the passage's words."""
    from seo_kit.score.grounding.align import _held_by
    from seo_kit.score.grounding.verbs import _DERIVED, _stem

    kind, _, value = item.partition(":")
    if kind != "w":
        return _held_by(item, s) or (kind == "name" and capital_held(value, s.words))
    held, prefixes, kin = _index(s, lang)

    def verb(lemma: str) -> bool:
        if lemma in held:
            return True
        stem = _stem(lemma, lang)
        if len(stem) >= 4 and any(stem + end in held for end in _DERIVED):
            return True
        if len(stem) >= 6 and stem[:max(5, len(stem) - 2)] in prefixes:
            return True
        return bool(families(lemma, lang) & kin)

    def name(word: str) -> bool:
        return word in held or (len(word) >= 5 and word[:max(4, len(word) - 2)] in prefixes)

    if verb(value) or name(value) or (value in NOMINALS[lang] and verb(NOMINALS[lang][value])):
        return True
    # the small parser's lemma may be the verb form itself ("estime", "vise", "regarderait")
    reading = verb_reading(value, lang)
    return bool(reading) and reading != value and verb(reading)


def _cover(items: frozenset[str], source: list[Analysis], lang: str):
    """(index of the source sentence holding most of ``items``, the items it lacks)."""
    best, lacking = -1, items
    for i, s in enumerate(source):
        missing = frozenset(it for it in items if not item_held(it, s, lang))
        if len(missing) < len(lacking):
            best, lacking = i, missing
            if not missing:
                break
    return best, lacking


def strict_reasons(v: Analysis, source: list[Analysis], lang: str) -> list[Reason]:
    """Why ``v`` fails the strict gate against the usable source sentences (empty: it passes)."""
    free = free_words(lang) | phrase_words(v.text, lang)
    said = speaker_keys(v)
    reasons, covers, content_covers = [], [], []
    for part in v.parts:
        # Who speaks is checked apart (the speaker check below), against the source's speakers.
        items = frozenset(it for it in part if it.partition(":")[2] not in free
                          and it.partition(":")[2] not in said
                          and not (it.startswith("w:") and is_reporting(it[2:], lang)
                                   and said))
        if not items:
            continue
        at, lacking = _cover(items, source, lang)
        if lacking:
            shown = ", ".join(sorted(it.partition(":")[2].partition("~")[0] for it in lacking))
            reasons.append(Reason("new_words", f"no source sentence says {shown} with the rest "
                                               "of this clause"))
            continue
        covers.append(at)
        content_covers.append(at)
    if reasons:
        return reasons[:1]
    # every source sentence that says the content as fully, not the first of them: "« Tout à
    # fait Thierry ! », répondit son complice" is said where the source gives that speaker
    cover = content_cover(v, source, lang) or content_covers
    cover += [c for c in dict.fromkeys(covers) if c not in cover and source[c].speakers
              and says_all(v, source[c], lang)]  # a speaker with the whole content it says
    speaker = speaker_reason(v, source, cover, lang)
    if speaker:
        return [speaker]
    hosts = [source[c] for c in dict.fromkeys(covers)]
    return _roles(v, hosts, lang, source) + _numbers(v, hosts, lang) + modality_reasons(
        v, source, lang, both_ways=True) + _polarity(v, hosts, lang)


def _numbers(v: Analysis, hosts: list[Analysis], lang: str) -> list[Reason]:
    """A number of a clause that has a verb must sit in a clause of a host sentence that says
    that verb too: "seront assurées durant un an, contrairement à la version … qui ne durent que
    5 ans" does not say "seront assurées durant cinq ans"."""
    from seo_kit.score.grounding.align import _number_held
    from seo_kit.score.grounding.numbers import swapped_reasons

    swapped = swapped_reasons(v, hosts, lang) if len(v.numbers) > 1 else []
    if swapped:
        return swapped
    # light verbs claim nothing of their own ("a duré six jours": the claim is the number)
    verbs = ({lemma for lemma, _ in v.predicates} | {f.lemma for f in v.frames}) - LIGHT[lang]
    for part in v.parts:
        numbers = [it[7:] for it in part if it.startswith("number:")]
        mine = [it[2:] for it in part if it.startswith("w:") and it[2:] in verbs]
        if not numbers or not mine:
            continue
        clauses = [c for h in hosts for c in h.parts]
        for value in numbers:
            if not any(_number_held(value, frozenset(it[7:] for it in c if it.startswith(
                    "number:")), frozenset(it[2:] for it in c if it.startswith("w:")))
                       and any(verb_held(m, frozenset(it[2:] for it in c), lang) for m in mine)
                       for c in clauses):
                shown = value.partition("~")[0]
                return [Reason("number", f"{shown} is not tied to the same action in the "
                                         "source")]
    return []


def _roles(v: Analysis, hosts: list[Analysis], lang: str, source: list[Analysis]
           ) -> list[Reason]:
    source_runs = tuple(frozenset(CAPITALS.get(n, n) for n in r) for s in source for r in s.runs)
    for f in v.frames:
        if not f.sure or not f.agent:
            continue
        kin = families(f.lemma, lang)
        done = [g for h in hosts for g in h.frames if g.sure and g.agent]
        # the same verb first: a verb of its family ("se rendre" for "arriver") is a fallback
        same = [g for g in done if g.lemma == f.lemma] or [
            g for g in done if kin & families(g.lemma, lang)]
        canon = frozenset(CAPITALS.get(n, n) for n in f.agent)
        actors = [frozenset(CAPITALS.get(n, n) for n in g.agent) for g in done]
        runs = tuple(frozenset(CAPITALS.get(n, n) for n in r) for r in v.runs)
        if same and not any(_same_actor(canon, frozenset(CAPITALS.get(n, n) for n in g.agent | (
                g.patient if f.lemma in RECIPROCAL else frozenset())), actors, runs,
                source_runs)
                            for g in same):
            return [Reason("role_swap", f"{'/'.join(sorted(f.agent))} does '{f.lemma}' here; "
                                        f"in the source it is {'/'.join(sorted(same[0].agent))}")]
    return []


def _polarity(v: Analysis, hosts: list[Analysis], lang: str) -> list[Reason]:
    for lemma in sorted(v.lemmas):
        holding = [h for h in hosts if lemma in h.lemmas]
        mine = lemma in v.negated
        if holding and all((lemma in h.negated) != mine for h in holding):
            return [Reason("polarity", f"'{lemma}' is {'denied' if mine else 'stated'} here, "
                                       f"{'stated' if mine else 'denied'} in the source")]
    # a denial carried by a light verb ("n'a pas eu de visite en Russie" for "s'est rendu en
    # Russie"): the lemmas above never see it; the source sentences saying this deny nothing
    light = v.negated & LIGHT[lang]
    if hosts and light and not any(h.negated for h in hosts):
        return [Reason("polarity", f"'{min(light)}' is denied here; the source sentences "
                                   "saying this deny nothing")]
    return []


def strict_verdict(verdict, v: Analysis, source: list[Analysis], lang: str):
    """``verdict`` (the balanced one) turned unsupported when the strict gate fails."""
    if not verdict.supported or any(same_text(s.text, v.text) for s in source):
        return verdict  # a copy of a source sentence is said in full by it
    reasons = strict_reasons(v, source, lang)
    if not reasons:
        return verdict
    return replace(verdict, supported=False, reasons=tuple(reasons), claim=True)
