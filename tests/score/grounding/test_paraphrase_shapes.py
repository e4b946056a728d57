"""True paraphrases of shapes that raised false alarms, beside the fault of the same shape:
a reporting verb after its clause (", rapporte l'agence Tass": the agency speaks, it does not
act), a verb of leaving for "migrer" (not for "arriver"), a text run into one "sentence" that
keeps each speaker with its own content. Balanced check and strict gate alike (the strict gate
may refuse a paraphrase: only its misses are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE = (
    "Le ministre Paul Martin est arrivé mardi à Lyon, selon l'agence Reuters.\n"
    "Au cours de sa visite, il doit rencontrer le maire Jean Roux, a rapporté le journal "
    "Le Progrès.\n"
    "Par la suite, Claire Blanc migra vers Radio France où elle fut associée à Marc Petit."
)

ROWS = [
    # a reporting verb after the clause: who speaks, not who acts
    ("Paul Martin est arrivé mardi à Lyon, rapporte l'agence Reuters.", None),
    ("Paul Martin est arrivé mardi à Lyon, rapporte l’agence Reuters.", None),
    ("Paul Martin doit rencontrer Jean Roux, a rapporté le journal Le Progrès.", None),
    ("Paul Martin est arrivé mardi à Lyon, a rapporté le journal Le Progrès.", "speaker"),
    ("Claire Blanc quitta ensuite son poste pour Radio France.", None),  # leaving: "migrer"
]
LEAVING = "Le ministre Paul Martin est arrivé mardi à Lyon."


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_paraphrase_shapes(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE, sentence, expected, strict)


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
def test_leaving_is_not_arriving(strict, assert_grounding):
    assert_grounding("fr", LEAVING, "Paul Martin a quitté Lyon mardi.", "predicate", strict)


def test_a_text_run_into_one_sentence_keeps_each_speaker_with_its_content(assert_grounding):
    run = ("Paul Martin à Lyon Le ministre Paul Martin est arrivé mardi à Lyon, selon l'agence "
           "Reuters. ## Sa visite Il doit rencontrer le maire Jean Roux, a rapporté le journal Le "
           "Progrès. - une visite")
    assert_grounding("fr", SOURCE, run, None, False)
    from seo_kit.score.grounding import ground_sentences, source_sentences

    [gate] = ground_sentences([run], source_sentences(SOURCE, "fr"), "fr", strict=True)
    assert "speaker" not in {r.kind for r in gate.reasons}, gate.reasons
    wrong = "Paul Martin doit rencontrer Jean Roux, selon l'agence Reuters."
    assert_grounding("fr", SOURCE, wrong, "speaker", False)
