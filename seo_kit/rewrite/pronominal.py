"""A past participle that lost the auxiliary its source sentence gives it: a grammar slip that
changes the meaning ("Poutine accepté une invitation de Kim…", a fresh seed run of 2026-12-01,
for "Poutine a également accepté…": the parse reads a participle modifying "Poutine", a
passive). The engine refuses such a sentence like one with a grammar slip
(seo_kit.rewrite.ground: asked again once, else the source sentence) and a heading likewise
(seo_kit.rewrite.heading_rules).

A verb that lost or gained its reflexive pronoun ("Lavrov a rendu … en 2018" for "s'est
rendu") is the grounding check's to refuse (seo_kit.score.grounding.senses, reason
"predicate: verb sense changed", balanced and strict): this module reads the same verb records
(``senses.Sense``, from the one parse grounding makes) and judges only the auxiliary.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["pronominal_slip"]


def pronominal_slip(sentence: str, sources: Sequence[str], lang: str) -> str | None:
    """Why ``sentence`` lost an auxiliary against ``sources`` (the source sentences it stands
    for), or None: "auxiliary lost: «accepté» where the source says «a également accepté»". A
    past participle without an auxiliary whose verb (by stem) every source sentence gives one.
    A verb the sources do not have is grounding's to judge. French only; None for other
    languages or no source. ImportError (with the install hint) without spaCy's French
    pipeline, as the grounding check."""
    from seo_kit.score.grounding.analysis import analyse
    from seo_kit.score.grounding.senses import same_verbs

    if lang != "fr" or not sources:
        return None
    mine, *theirs = analyse([sentence, *sources], lang)
    for verb in mine.senses:
        same = same_verbs(verb, theirs)
        if verb.bare and same and all(other.auxiliary for _, other in same):
            return f"auxiliary lost: «{verb.words}» where the source says «{same[0][1].words}»"
    return None
