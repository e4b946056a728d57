"""A pronominal verb that lost (or gained) its "se", or a participle its auxiliary, changes the
meaning: the engine refuses the first through the grounding gate (seo_kit.score.grounding.senses,
strict) and the second through its grammar rule (seo_kit.rewrite.pronominal). One row per verb of
the kind, each against its source sentence; every row the engine refused when it read "se" itself
is still refused."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.pronominal import pronominal_slip
from seo_kit.score.grounding import ground_sentences

pytest.importorskip("spacy")

LAST = "Lavrov s’est rendu pour la dernière fois en Corée du Nord en 2018."
INVITED = ("Poutine a également accepté une invitation de Kim à se rendre en Corée du Nord, mais le "
           "moment n’a pas été annoncé.")
SENSE = "verb sense changed"
SE_SLIPS = [  # (sentence, its source sentence): the meaning changed
    ("Lavrov a rendu pour la dernière fois en Corée du Nord en 2018.", LAST),  # the embedded model's
    ("Lavrov rend pour la dernière fois en Corée du Nord en 2018", LAST),  # its recap line
    ("Poutine a accepté une invitation de Kim à rendre en Corée du Nord.", INVITED),
    ("Les deux pays ont engagé une coopération militaire.",
     "Les deux pays se sont engagés à une coopération militaire."),
    ("Les ministres ont réuni à Paris mardi.", "Les ministres se sont réunis à Paris mardi."),
    ("Le maire a dit satisfait du résultat.", "Le maire s’est dit satisfait du résultat."),
    ("Le groupe a retiré du marché européen.", "Le groupe s’est retiré du marché européen."),
    ("Le président a félicité de l’accord.", "Le président s'est félicité de l’accord."),
    ("Le coût a élevé à 3 milliards d’euros.", "Le coût s’est élevé à 3 milliards d’euros."),
    ("Kim n’a pas rendu à Pékin.", "Kim ne s'est pas rendu à Pékin en mai."),
    ("La Russie a rapproché la Corée du Nord depuis 2022.",
     "La Russie et la Corée du Nord se sont rapprochées depuis 2022."),
    # the other way round: a "se" the source does not have
    ("Les deux pays se sont engagés à une coopération militaire.",
     "Les deux pays ont engagé une coopération militaire."),
    ("Le ministre s’est retiré de son offre.", "Le ministre a retiré son offre mardi."),
]
AUX_SLIPS = [
    # a participle without the auxiliary the source gives it (a fresh seed run, 2026-12-01)
    (("Poutine accepté une invitation de Kim à se rendre en Corée du Nord, mais le moment n'a pas "
     "été annoncé."), INVITED),
    ("Les deux pays discuté du renforcement de leurs liens en matière de défense.",
     ("Les deux pays ont déclaré avoir discuté du renforcement de leurs liens en matière de "
     "défense.")),
    ("Kim Jong-un rencontré Vladimir Poutine au cosmodrome.",
     "Kim a rencontré Poutine au cosmodrome russe Vostochny."),
]
SLIPS = SE_SLIPS + AUX_SLIPS  # 16 rows: the engine's own reading of "se" refused them all
SAME = [  # the same verb, the same voice, in another tense or word order
    ("Lavrov se rend pour la dernière fois en Corée du Nord en 2018", LAST),
    ("En 2018, Lavrov s'était rendu en Corée du Nord.", LAST),
    ("Poutine a accepté une invitation de Kim à se rendre en Corée du Nord.", INVITED),
    ("Les ministres se réunissent à Paris mardi.", "Les ministres se sont réunis à Paris mardi."),
    ("Le groupe a retiré son offre.", "Le groupe a retiré son offre la semaine dernière."),
    ("Le président félicite les négociateurs.", "Le président a félicité les négociateurs."),
    ("Kim ne s’est pas rendu à Pékin.", "Kim ne s'est pas rendu à Pékin en mai."),
    ("Il s’y est rendu hier.", "Il s'y est rendu hier soir."),
    ("La Russie et la Corée du Nord se rapprochent depuis 2022.",
     "La Russie et la Corée du Nord se sont rapprochées depuis 2022."),
    # a participle that modifies a noun in the source too
    ("Les avions inspectés par Kim étaient récents.", ("Les avions inspectés par Kim étaient "
     "récents, selon Tass.")),
    # a verb the source does not have is grounding's to judge, not this rule's
    ("Lavrov a visité la Corée du Nord en 2018.", LAST),
]


def _refusal(sentence: str, source: str) -> str:
    """Why the engine refuses ``sentence`` standing for ``source``: the strict gate's reasons,
    else the grammar rule's; "" when it passes."""
    [verdict] = ground_sentences([sentence], [source], "fr", strict=True)
    return "; ".join(f"{r.kind}: {r.detail}" for r in verdict.reasons) or (
        pronominal_slip(sentence, [source], "fr") or "")


@pytest.mark.parametrize(("sentence", "source"), SLIPS)
def test_a_verb_that_lost_or_gained_its_se_or_its_auxiliary_is_refused(sentence, source) -> None:
    assert _refusal(sentence, source)


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "source"), SE_SLIPS)
def test_the_lost_se_is_named_by_the_grounding_check(sentence, source, strict) -> None:
    [verdict] = ground_sentences([sentence], [source], "fr", strict=strict)
    assert any(SENSE in r.detail for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(("sentence", "source"), AUX_SLIPS)
def test_a_participle_without_its_auxiliary_is_named(sentence, source) -> None:
    assert (pronominal_slip(sentence, [source], "fr") or "").startswith("auxiliary lost")


@pytest.mark.parametrize(("sentence", "source"), SAME)
def test_the_same_verb_in_the_same_voice_passes(sentence, source) -> None:
    assert pronominal_slip(sentence, [source], "fr") is None
    [verdict] = ground_sentences([sentence], [source], "fr", strict=False)
    assert not any(SENSE in r.detail for r in verdict.reasons), verdict.reasons


def test_english_and_no_source_are_not_judged() -> None:
    assert pronominal_slip("He gave back the book.", ["He returned the book."], "en") is None
    assert pronominal_slip("Lavrov a rendu le livre.", [], "fr") is None


def test_no_source_sentence_of_the_seed_slips_against_itself(article) -> None:
    from seo_kit.score.grounding import source_sentences

    sentences = source_sentences(article.text, "fr")
    assert not [s for s in sentences if pronominal_slip(s, [s], "fr")]
