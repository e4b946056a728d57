"""A verb the small French pipeline mis-tags (``retag``): "migré" read as a preposition or an
adjective, "migra" as part of a name, "nécessite" as a preposition, "utilisaient" as an adverb; and the
passé simple "il migra" tagged as a conditional (the source then seemed to say it as possible).
The sentence had no verb, hence no actor, and a role swap on it passed; it is now parsed again
with a stand-in verb and judged like any other. Balanced check and strict gate alike (the strict
gate may refuse a paraphrase: only its misses are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE = (
    "Le journaliste Paul Martin a présenté le journal du soir pendant dix ans.\n"
    "Par la suite, il migra vers RTL où il fut associé à Marc Petit, ancien joueur du FC Nantes.\n"
    "Selon la police, les escrocs utilisaient de faux sites de la banque Belfius.\n"
    "Le ministre Jean Roux précise que la réforme nécessite un vote du Sénat."
)

ROWS = [
    ("Paul Martin a migré vers RTL, où il a été associé à Marc Petit.", None),
    ("Marc Petit a migré vers RTL, où il a été associé à Paul Martin.", "role_swap"),
    ("Ensuite, Paul Martin migra vers RTL.", None),
    ("Ensuite, Marc Petit migra vers RTL.", "role_swap"),
    ("Ensuite, Marc Petit a migré vers RTL.", "role_swap"),
    ("Selon la police, les escrocs utilisaient de faux sites de la banque Belfius.", None),
    ("Selon la police, la banque Belfius utilisaient de faux sites des escrocs.", "role_swap"),
    ("Jean Roux précise que la réforme nécessite un vote du Sénat.", None),
    ("Le Sénat précise que la réforme nécessite un vote de Jean Roux.", "role_swap"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_a_mis_tagged_verb_is_read_as_a_verb(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE, sentence, expected, strict)


def test_a_real_conditional_is_still_not_a_fact(assert_grounding):
    """The passé simple is no conditional any more; a conditional still is (strict gate)."""
    assert_grounding("fr", SOURCE, "Paul Martin migrerait vers RTL.", "modality", True)


@pytest.mark.parametrize("sentence", [
    "Depuis le début de l’année, on a constaté 261 cas de réelle fraude, pour 2 millions d’euros.",
    "Ensuite, Marc Petit a migré vers RTL.",
    "Selon la police, les escrocs utilisaient de faux sites de la banque Belfius.",
])
def test_the_stand_in_is_never_read_as_a_word_of_the_sentence(sentence):
    """The second parse lends its tags, never its words: a stand-in read as the sentence's own
    verb ("passé" for "constaté") met a source "s'y passait" as a verb whose sense changed."""
    from seo_kit.score.grounding.analysis import _pipeline, analyse
    from seo_kit.score.grounding.retag import mis_tagged

    assert mis_tagged(_pipeline("fr")(sentence.replace("’", "'")))  # the case at hand
    [a] = analyse([sentence], "fr")
    stems = {stem for sense in a.senses for stem in sense.stems}
    assert not any(w.startswith(("pass", "travaill", "arriv", "donn")) for w in a.words | stems)
