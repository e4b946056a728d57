"""Issue #8 kinds 1 and 8: one definition of "word" in the whole report, and every input
normalised (NFC) once at the door."""

import unicodedata

import pytest

import seo_kit
from seo_kit.text import decode

# kind 1: (text, lang, words) — dashes join words as spaces do; hyphens, elisions, numbers and
# "%" are one word each; a symbol glued to a word is no word.
TEXTS = [
    ("Le télétravail—longtemps marginal—concerne un salarié sur quatre.", "fr", 9),
    ("La réforme – votée hier – entre en vigueur – enfin – demain.", "fr", 9),
    ("Le dirigeant nord-coréen est arrivé à l’aéroport.", "fr", 7),
    ("Le taux passe de 1,5 % à 2 %—un record.", "fr", 11),
    ("Une balade à vélo🚲 le long de la Loire.", "fr", 9),
    ("Remote work—once rare—now concerns one employee in four.", "en", 10),
]


@pytest.mark.parametrize(("text", "lang", "n"), TEXTS)
def test_one_word_count_everywhere_in_the_report(text, lang, n):
    body = f"# {text}\n\n{text}\n\n{text} {text}"
    report = seo_kit.score(body, keyphrase="zzz", lang=lang)
    assert report.words == report["textLength"].value == 4 * n
    assert report["textParagraphTooLong"].value == 2 * n
    density = report["keyphraseDensity"]  # 0 matches: the message gives the words it divided by
    assert density.value == 0.0
    readability = report.readability
    if not any(c.isdigit() for c in text):  # the reading-ease formulas leave numbers out (Yoast)
        assert readability["words_per_sentence"] * report.sentences == pytest.approx(4 * n)
    doc = seo_kit.text.parse(body, lang=lang)
    assert len(doc.words) == doc.analysis.word_count == sum(doc.analysis.sentence_lengths)


def test_density_divides_by_the_same_word_count():
    text = "Le télétravail—longtemps marginal—concerne un salarié sur quatre."
    report = seo_kit.score(text, keyphrase="télétravail", lang="fr")
    assert report.words == 9 and report["keyphraseDensity"].value == round(100 / 9, 2)


# kind 8: each input given decomposed (NFD) gives the report of its composed (NFC) form
TITLE = "Élégie de l’été à Orléans : la création règne"
META = ("Un été à Orléans, où la création règne sur les quais de Loire, entre fêtes, marchés et "
        "musées ouverts tard le soir.")
BODY = "# Un été à Orléans\n\nUn été à Orléans. La création règne sur les quais. " * 4
INPUTS = {"text": BODY, "title": TITLE, "meta_description": META, "keyphrase": "été à Orléans",
          "slug": "été-à-orléans", "synonyms": "création, Loire", "source": BODY}


@pytest.mark.parametrize("field", [*INPUTS, "all"])
def test_decomposed_inputs_are_composed_at_the_door(field):
    nfd = {k: unicodedata.normalize("NFD", v) if field in (k, "all") else v
           for k, v in INPUTS.items()}
    assert nfd != INPUTS
    expected = seo_kit.score(lang="fr", **INPUTS).to_dict()
    assert seo_kit.score(lang="fr", **nfd).to_dict() == expected


def test_decoded_bytes_are_composed():
    raw = unicodedata.normalize("NFD", "Élégie de l’été\r\n").encode("utf-8")
    text, note = decode(raw)
    assert text == "Élégie de l’été\n" and note is None
    text, note = decode("Élégie de l’été".encode("cp1252"))
    assert text == "Élégie de l’été" and "not UTF-8" in note
