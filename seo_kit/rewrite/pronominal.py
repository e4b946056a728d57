"""A pronominal verb that lost its "se" (or gained one), or a participle its auxiliary: the
meaning changed.

The embedded model wrote "Lavrov a rendu pour la dernière fois en Corée du Nord en 2018" for the
source's "Lavrov s'est rendu pour la dernière fois…" (issue #11): "se rendre" is to go, "rendre"
is to give back; every name, place and date is the source's, so grounding lets it through. The
same holds for s'engager/engager, se réunir/réunir, se dire/dire, se retirer/retirer,
s'inquiéter/inquiéter, se féliciter/féliciter, s'élever/élever… ``pronominal_slip`` reads the
sentence and its source sentence(s) with spaCy's French parse (the pipeline grounding loads) and
names a verb the source uses only pronominally and the sentence without its reflexive pronoun,
or the other way round; and a past participle the source gives an auxiliary left without one
("Poutine accepté une invitation de Kim…", a fresh seed run of 2026-12-01, for "Poutine a
également accepté…": the parse reads a participle modifying "Poutine"). The engine refuses such a sentence like one with a grammar slip
(seo_kit.rewrite.ground: asked again once, else the source sentence) and a heading like an
unsupported one (seo_kit.rewrite.heading_rules).

The reflexive pronoun is the third person's "se"/"s'" (news reports in the third person; "nous",
"vous" are as often plain objects): a child of the verb in the parse (``expl:comp``, ``expl:pv``,
``expl:pass``, ``obj``, ``iobj``), or the clitic just before the verb group ("s'y est rendu",
"ne s'est pas rendu") when the small parser hangs it elsewhere. Curly apostrophes are read as
straight ones: the small French model tags "s’" as a noun and "s'" as the pronoun. A verb is
matched across the two sentences by its stem (lemma or word without its ending: "rendu",
"rend", "rendre" → "rend"), since the small model lemmatises some participles as nouns
("félicité"). A verb the source sentences do not have is not judged here (grounding's job).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

__all__ = ["pronominal_slip", "pronominal_verbs"]

_REFLEXIVE = {"se", "s'"}
_CLITIC_DEPS = {"expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj"}
# What may stand between "se" and its verb: other clitics, the negation, the auxiliaries.
_BETWEEN = {"y", "en", "l'", "le", "la", "les", "lui", "leur", "ne", "n'"}
# Endings taken off a lemma or a word to match a verb in any form (longest first).
_ENDINGS = ("issent", "ées", "ent", "ées", "ée", "és", "ies", "ues", "oir", "er", "ir", "re",
            "ie", "is", "ue", "us", "it", "é", "i", "u", "e", "s", "t")


def _stem(word: str) -> str:
    word = word.lower()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=2048)
def pronominal_verbs(sentence: str) -> tuple[tuple[frozenset[str], bool, str], ...]:
    """Each verb of ``sentence`` (French) as (its stems, pronominal?, its words as written, a
    past participle with no auxiliary?, with an auxiliary?): "Lavrov s'est rendu en 2018" →
    ((frozenset({"rend"}), True, "s'est rendu", False, True),). Empty when spaCy's French
    pipeline is not installed."""
    from seo_kit.score.grounding.analysis import _pipeline

    nlp = _pipeline("fr")
    if nlp is None:
        return ()
    doc = nlp(sentence.replace("’", "'"))
    out = []
    for token in doc:
        children = list(token.children)
        auxiliaries = [c for c in children if c.dep_.startswith("aux") and c.pos_ == "AUX"]
        clitics = [c for c in children if c.lower_ in _REFLEXIVE and c.dep_ in _CLITIC_DEPS]
        # a root with a subject is a verb even when tagged an adjective ("Paris inquiète de…")
        rooted = token.dep_ == "ROOT" and any(c.dep_.startswith("nsubj") for c in children)
        if token.pos_ != "VERB" and not auxiliaries and not clitics and not rooted:
            continue
        if token.pos_ == "AUX" or token.lemma_.lower() in ("être", "avoir"):
            continue
        start = min([token.i, *(c.i for c in auxiliaries)])
        before = start - 1
        while before >= 0 and (doc[before].lower_ in _BETWEEN or doc[before].pos_ == "AUX"):
            before -= 1
        reflexive = bool(clitics) or (before >= 0 and doc[before].lower_ in _REFLEXIVE)
        stems = {_stem(token.text)}
        if token.pos_ == "VERB":
            stems.add(_stem(token.lemma_))
        first = min([start, *(c.i for c in clitics)]) if clitics else (
            before if reflexive else start)
        bare = not auxiliaries and "Part" in token.morph.get("VerbForm") \
            and "Past" in token.morph.get("Tense")
        out.append((frozenset(stems), reflexive, doc[first:token.i + 1].text, bare,
                    bool(auxiliaries)))
    return tuple(out)


def pronominal_slip(sentence: str, sources: Sequence[str], lang: str) -> str | None:
    """Why ``sentence`` changes a verb's meaning against ``sources`` (the source sentences it
    stands for), or None: "pronominal verb: «a rendu» where the source says «s'est rendu»". A
    verb of the sentence that the sources use, but only pronominally while the sentence does not
    (or only without "se" while the sentence adds it); or a past participle left without the
    auxiliary the sources give it ("Poutine accepté une invitation…" for "Poutine a accepté…":
    read as "Poutine, accepted…", a passive). French only; None for other languages."""
    if lang != "fr" or not sources:
        return None
    theirs = [verb for source in sources for verb in pronominal_verbs(source)]
    for stems, reflexive, words, bare, _ in pronominal_verbs(sentence):
        same = [(flag, said, aux) for other, flag, said, _, aux in theirs if other & stems]
        if same and all(flag != reflexive for flag, _, _ in same):
            return f"pronominal verb: «{words}» where the source says «{same[0][1]}»"
        if bare and same and all(aux for _, _, aux in same):
            return f"auxiliary lost: «{words}» where the source says «{same[0][1]}»"
    return None
