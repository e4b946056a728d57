"""Readability formulas on named sample texts, with counts worked out by hand."""

from pathlib import Path

import pytest

from seo_kit.score.readability import (
    counts,
    flesch_reading_ease,
    kandel_moles,
    lix,
    long_sentence_share,
    readability_summary,
    reading_ease,
    syllables_per_word,
)
from seo_kit.text.document import parse

SEED = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"

# 2 sentences, 13 words once "2018" is stripped (as Yoast strips numbers), 18 syllables:
# le chat dort sur le ca-na-pé (8) / il fait beau au-jour-d’hui à Pa-ris en (10).
FR_SHORT = "Le chat dort sur le canapé. Il fait beau aujourd’hui à Paris en 2018."
EN_SHORT = "The cat sat on the mat. The dog ran to the park and back home."


def test_counts_strip_numbers_and_count_spoken_syllables():
    c = counts(FR_SHORT, lang="fr")
    assert (c.sentences, c.words) == (2, 13)  # "en" stays, "2018" goes
    assert c.syllables == 18
    assert c.long_words == 1  # "aujourdhui" has 10 letters; canapé has only 6


def test_kandel_moles_by_hand():
    c = counts(FR_SHORT, lang="fr")
    expected = 207 - 1.015 * c.words / c.sentences - 73.6 * c.syllables / c.words
    assert kandel_moles(FR_SHORT) == round(expected, 1)


def test_flesch_reading_ease_english_by_hand():
    c = counts(EN_SHORT, lang="en")
    assert (c.sentences, c.words, c.syllables) == (2, 15, 15)
    expected = 206.835 - 1.015 * 15 / 2 - 84.6 * 15 / 15
    assert flesch_reading_ease(EN_SHORT) == round(min(100, expected), 1)
    assert reading_ease(parse(EN_SHORT, lang="en")) == flesch_reading_ease(EN_SHORT)


@pytest.mark.parametrize(
    "text", ["", "Trop court.", "Un deux trois quatre cinq six sept huit neuf dix."])
def test_no_score_for_ten_words_or_fewer(text):
    assert kandel_moles(text) is None


def test_scores_are_clamped():
    easy = "Il va. " * 30
    assert kandel_moles(easy) == 100.0
    hard = ("Anticonstitutionnellement " * 40).strip() + "."
    assert kandel_moles(hard) == 0.0


def test_lix_and_long_sentences():
    text = ("Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
            "seize dix-sept dix-huit dix-neuf vingt vingt-et-un. Court. Court aussi.")
    doc = parse(text, lang="fr")
    assert long_sentence_share(doc) == round(100 / 3, 1)
    assert long_sentence_share(doc, limit=25) == 0.0
    c = counts(doc)
    assert lix(doc) == round(c.words / c.sentences + 100 * c.long_words / c.words, 1)


def test_seed_article_is_within_two_points_of_yoast():
    doc = parse(SEED.read_text(encoding="utf-8").split("\n", 1)[1], lang="fr")
    c = counts(doc)
    assert (c.sentences, c.words) == (18, 581)  # Yoast: 18 sentences, 581 words once numbers go
    assert abs(c.syllables - 975) <= 10  # Yoast's French syllable counter: 975
    assert abs(kandel_moles(doc) - 50.7) <= 2  # yoastseo 3.6 Flesch (French) on this text


def test_summary_keys_and_textstat_comparison():
    doc = parse(SEED.read_text(encoding="utf-8").split("\n", 1)[1], lang="fr")
    summary = readability_summary(doc)
    assert set(summary) == {"reading_ease", "reading_ease_formula", "lix", "long_sentence_share",
                            "syllables_per_word", "words_per_sentence",
                            "textstat_flesch_reading_ease"}
    assert summary["reading_ease_formula"] == "kandel_moles"
    # textstat uses the same coefficients but pyphen undercounts French syllables: it reads easier
    assert summary["textstat_flesch_reading_ease"] > summary["reading_ease"] + 3
    assert summary["syllables_per_word"] == syllables_per_word(doc)
    assert "textstat_flesch_reading_ease" not in readability_summary(doc, compare_textstat=False)
    english = readability_summary(parse(EN_SHORT, lang="en"))
    assert english["reading_ease_formula"] == "flesch"
    assert "textstat_flesch_reading_ease" not in english


def test_unknown_language():
    with pytest.raises(ValueError):
        reading_ease(parse("Hello there.", lang="en"), lang="de")


@pytest.mark.parametrize("raw", ["", "<script>x()</script>", "Bonjour.", "2018 2019."])
def test_summary_of_too_little_text(raw):
    summary = readability_summary(parse(raw, lang="fr"))
    assert summary["reading_ease"] is None
    assert summary["textstat_flesch_reading_ease"] is None
    assert summary["long_sentence_share"] == 0.0


def test_cached_counts_do_not_leak_into_a_replaced_document():
    import dataclasses

    doc = parse("Un deux trois.\nQuatre cinq six sept huit neuf dix onze douze.", lang="fr")
    assert counts(doc).sentences == 2
    shorter = dataclasses.replace(doc, blocks=doc.blocks[:1])
    assert counts(shorter).sentences == 1
