"""Checks that need no keyphrase: lengths, links, images, title width, H1s, title, alt texts."""

import pytest
from score_helpers import run_check, score_of, words

BODY = words(320, "texte")


@pytest.mark.parametrize("name, meta, cornerstone, expected", [
    ("none", None, False, 1),
    ("short", "Court.", False, 6),
    ("short, cornerstone", "Court.", True, 3),
    ("121 characters", "a" * 121, False, 9),
    ("156 characters", "a" * 156, False, 9),
    ("157 characters", "a" * 157, False, 6),
    ("157 characters, cornerstone", "a" * 157, True, 3),
])
def test_meta_description_length(name, meta, cornerstone, expected):
    assert score_of("metaDescriptionLength", BODY, meta_description=meta,
                    cornerstone=cornerstone) == expected


@pytest.mark.parametrize("name, text, expected", [
    ("no image", BODY, 3),
    ("one image", BODY + "\n\n![Une photo](a.jpg)", 9),
])
def test_images(name, text, expected):
    assert score_of("images", text) == expected


@pytest.mark.parametrize("n, cornerstone, expected", [
    (300, False, 9), (299, False, 6), (250, False, 6), (249, False, 3), (200, False, 3),
    (199, False, -10), (100, False, -10), (99, False, -20),
    (900, True, 9), (899, True, 6), (400, True, 6), (399, True, -20), (150, True, -20),
])
def test_text_length(n, cornerstone, expected):
    assert run_check("textLength", words(n), cornerstone=cornerstone) == (expected, n)


def test_text_length_counts_percent_signs_like_yoast():
    assert run_check("textLength", "Le taux passe à 4,5 % cette année.")[1] == 8


LINKS = {
    "none": "",
    "external followed": "[a](https://lemonde.fr/x)",
    "external nofollow": '<a href="https://lemonde.fr/x" rel="nofollow">a</a>',
    "external mixed": '<a href="https://lemonde.fr/x">a</a> <a href="https://b.fr" rel="nofollow">b</a>',
    "relative internal": "[a](/autre-article)",
    "same host as the permalink": "[a](https://monsite.fr/autre)",
    "mailto is neither": "[écrire](mailto:a@b.fr)",
}


@pytest.mark.parametrize("name, external, internal", [
    ("none", 3, 3),
    ("external followed", 9, 3),
    ("external nofollow", 7, 3),
    ("external mixed", 8, 3),
    ("relative internal", 3, 9),
    ("same host as the permalink", 3, 9),
    ("mailto is neither", 3, 3),
])
def test_links(name, external, internal):
    link = LINKS[name]
    text = f"<p>Un paragraphe {link} avec du texte.</p>" if link.startswith("<a") \
        else f"Un paragraphe {link} avec du texte."
    ctx = {"permalink": "https://monsite.fr/article/"}
    assert score_of("externalLinks", text, **ctx) == external
    assert score_of("internalLinks", text, **ctx) == internal


@pytest.mark.parametrize("title, expected", [
    (None, 1),
    ("Court", 9),
    ("Lavrov en Corée du Nord : une visite diplomatique clé", 9),
    ("Un titre beaucoup trop long pour tenir dans les résultats de recherche de Google", 3),
])
def test_title_width(title, expected):
    assert score_of("titleWidth", BODY, title=title) == expected


@pytest.mark.parametrize("name, text, expected", [
    ("no heading", BODY, 8),
    ("one H1", "# Titre\n\n" + BODY, 8),
    ("two H1", "# Titre\n\n" + BODY + "\n\n# Autre titre\n\nFin.", 1),
])
def test_single_h1(name, text, expected):
    assert score_of("singleH1", text) == expected


@pytest.mark.parametrize("title, expected", [("Un titre", 9), ("  ", -10000), (None, -10000)])
def test_text_title(title, expected):
    assert score_of("textTitleAssessment", BODY, title=title) == expected


@pytest.mark.parametrize("name, text, length, duplicate", [
    ("good alt", "Texte. ![Une voiture électrique garée devant la mairie](a.jpg)", None, None),
    ("too short alt", "Texte. ![Photo](a.jpg)", 6, None),
    ("same alt on two images", ("Texte. ![Une voiture en ville](a.jpg) "
     "![Une voiture en ville](b.jpg)"), None, 6),
])
def test_alt_text_checks(name, text, length, duplicate):
    assert score_of("altTextLength", text) == length
    assert score_of("duplicateAltText", text) == duplicate
