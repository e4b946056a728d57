"""Who is on which side of a verb: a role swap read from word order, for the sentences whose
roles the small parser gets wrong ("Ubuntu utilise Wikipédia" parsed as two roots; "Les
Bulgares avaient accordé un penalty à l'arbitre" with a common noun for an actor).

    role_swap  two things the source and the variant both mention around the same verb (by
               lemma), each on the other side of it: the source has A before the
               verb and B after it, the variant B before and A after, both active or both
               passive ("Wikipédia utilise Ubuntu" → "Ubuntu utilise Wikipédia"; "Ubuntu …
               dérivé du système Debian" → "Debian est dérivé du système Ubuntu"); with the
               voice changed, the same order is the swap. A participle that qualifies a noun
               ("un système dérivé de Debian") has that noun, and the subject of a copula
               above it ("Ubuntu est un système …"), before it, and is passive.

French only (the English fallback has no parse to tell a clause's verb). No threshold: one
crossing pair is a swap; reciprocal verbs (``verbs.RECIPROCAL``) have no sides. A modal's sides
are its infinitive's ("il doit rencontrer X": the sides of "rencontrer", reciprocal), and an
adjunct detached before the verb by a comma ("Au cours de sa visite, il …", "Lors de la visite
de Kim, des spéculations ont éclaté …") is on no side: a paraphrase moves it anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seo_kit.score.grounding.analysis import Analysis, Reason

__all__ = ["Side", "crossed_reasons", "verb_sides"]

_AGENT = frozenset(["par", "de", "du", "des", "d'", "d’"])


@dataclass(frozen=True)
class Side:
    """One verb of a sentence: its lemma, the names and nouns of its clause before and after
    it, and whether it is passive (an auxiliary of the passive, or a participle that qualifies a
    noun)."""
    verb: str
    before: frozenset[str]
    after: frozenset[str]
    passive: bool


def verb_sides(tokens, name_of: dict[int, str], lang: str, fw: frozenset[str]
               ) -> tuple[Side, ...]:
    """The ``Side`` of each verb of a spaCy parse (``name_of`` as ``frames.from_doc`` builds
    it); empty for English."""
    from seo_kit.score.grounding.attach import mention_of, scene_head
    from seo_kit.score.grounding.tokens import verb_lemma

    if lang != "fr":
        return ()
    from seo_kit.score.grounding.verbs import MODALS

    head_of = {t.i: scene_head(t).i for t in tokens}
    found = []
    for verb in tokens:
        lemma = verb_lemma(verb, lang) if verb.pos_ == "VERB" else ""
        if not lemma or head_of[verb.i] != verb.i:
            continue
        if lemma in MODALS[lang]:
            lemma = next((verb_lemma(c, lang) for c in verb.children if c.dep_ == "xcomp"
                          and c.pos_ == "VERB"), "") or lemma
        fronted = _fronted(verb)
        before, after = set(), set()
        for t in tokens:
            mention = mention_of(t, name_of, lang, fw) if head_of[t.i] == verb.i \
                and t.i not in fronted else ""
            if mention:
                (before if t.i < verb.i else after).add(mention)
        participle = verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and not any(
            c.dep_.startswith("nsubj") for c in verb.children) and not verb.lower_.endswith(
            "ant")  # "visant à": a present participle is active
        if participle:  # "un système … dérivé de Debian": the noun qualified, its subject
            noun = verb.head
            before |= {m for t in (noun, *(c for c in noun.children
                                           if c.dep_.startswith("nsubj")
                                           and any(d.dep_ == "cop" for d in noun.children)))
                       for u in t.subtree if u.i < verb.i
                       and (m := mention_of(u, name_of, lang, fw))}
        # "est utilisé par", "est dérivé du": the auxiliary of the passive with its agent ("est
        # arrivé en Corée", which the small parser also marks aux:pass, is no passive)
        passive = participle or (any(c.dep_ == "aux:pass" for c in verb.children) and (any(
            c.dep_ == "case" and c.lower_ in _AGENT and d.i not in name_of
            for d in verb.children for c in d.children) or any(  # not "arrivé … du Nord"
            t.lower_ == "par" and t.i > verb.i and head_of[t.head.i] == verb.i for t in tokens)))
        found.append(Side(lemma, frozenset(before), frozenset(after), passive))
    return tuple(found)


_ADJUNCTS = ("obl", "advmod", "advcl")


def _fronted(verb) -> frozenset[int]:
    """Token indices of the verb's adjuncts written before it and detached by a comma."""
    out: set[int] = set()
    for c in verb.children:
        if c.i > verb.i or c.dep_.split(":")[0] not in _ADJUNCTS:
            continue
        span = sorted(t.i for t in c.subtree)
        if any(t.text == "," for t in verb.doc[span[-1] + 1:verb.i]):
            out.update(span)
    return frozenset(out)


def crossed_reasons(v: Analysis, parts: Sequence[Analysis], lang: str) -> list[Reason]:
    """A pair of mentions that the variant puts on the other sides of a verb than the passage
    sentence saying that verb does (see the module docstring)."""
    from seo_kit.score.grounding.verbs import RECIPROCAL

    for mine in v.sides:
        if mine.verb in RECIPROCAL:
            continue
        for s in parts:
            for theirs in s.sides:
                if theirs.verb != mine.verb:  # a verb of the family may take its sides otherwise
                    continue
                same_voice = mine.passive == theirs.passive
                first = theirs.after if same_voice else theirs.before
                second = theirs.before if same_voice else theirs.after
                # A mention on one side only, in each sentence: "Wikipédia" before the verb in
                # the source and after it here, "Ubuntu" the other way round
                a = (mine.before - mine.after) & (first - second)
                b = (mine.after - mine.before) & (second - first)
                if a and b:
                    return [Reason("role_swap", f"{min(a)} and {min(b)} swap sides of "
                                                f"'{mine.verb}': the source has "
                                                f"{min(b) if same_voice else min(a)} before it")]
    return []
