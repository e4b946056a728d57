"""Where the keyphrase sits: meta description, subheadings, links, images, title, slug."""

import pytest
from score_helpers import run_check, score_of, words

KP = "voiture électrique"
BODY = "La voiture électrique arrive. " + words(320, "texte")


@pytest.mark.parametrize("name, meta, expected", [
    ("once", "Tout sur la voiture électrique en 2024.", 9),
    ("twice in two sentences", "La voiture électrique. Une voiture électrique.", 9),
    ("three times", "Voiture électrique. Voiture électrique. Voiture électrique.", 3),
    ("words spread in one sentence", "La voiture de demain sera électrique.", 9),
    ("absent", "Tout sur les transports en commun.", 3),
    ("no meta description", None, 3),
])
def test_meta_description_keyword(name, meta, expected):
    assert score_of("metaDescriptionKeyword", BODY, keyphrase=KP, meta_description=meta) == expected


def _with_headings(*headings: str, words_between: int = 60) -> str:
    parts = ["Introduction. " + words(words_between, "texte")]
    for h in headings:
        parts += [f"## {h}", words(words_between, "texte")]
    return "\n\n".join(parts)


@pytest.mark.parametrize("name, text, expected", [
    ("no subheadings, long text", words(320, "texte"), 2),
    ("no subheadings, short text", words(200, "texte"), 9),
    ("the only H2 matches", _with_headings("La voiture électrique"), 9),
    ("1 of 3 match (33 %)", _with_headings("Voiture électrique", "Prix", "Autonomie"), 9),
    ("3 of 3 match (too many)", _with_headings("Voiture électrique", "La voiture électrique",
                                               "Électrique, la voiture"), 3),
    ("0 of 2 match", _with_headings("Prix", "Autonomie"), 3),
    ("half the words reflect nothing: 'voiture' alone is 50 %", _with_headings("Voiture"), 3),
])
def test_subheadings_keyword(name, text, expected):
    assert score_of("subheadingsKeyword", text, keyphrase=KP) == expected


@pytest.mark.parametrize("name, link, expected", [
    ("anchor is the keyphrase", "[voiture électrique](https://autre.fr/a)", 2),
    ("anchor with function words only added", "[la voiture électrique](https://autre.fr/a)", 2),
    ("anchor says more", "[voiture électrique pas chère](https://autre.fr/a)", 8),
    ("anchor unrelated", "[cliquez ici](https://autre.fr/a)", 8),
    ("link to a fragment of this page", "[voiture électrique](#prix)", 8),
])
def test_text_competing_links(name, link, expected):
    text = f"Un paragraphe avec un lien {link} dans le texte. " + words(50)
    assert score_of("textCompetingLinks", text, keyphrase=KP) == expected


def _images(*alts: str) -> str:
    return "Texte. " + " ".join(f"![{alt}](img{i}.jpg)" for i, alt in enumerate(alts))


@pytest.mark.parametrize("name, text, cornerstone, expected", [
    ("no image", "Texte sans image. " + words(40), False, 3),
    ("one image with the keyphrase in its alt", _images("Une voiture électrique"), False, 9),
    ("half the keyphrase is enough", _images("Une voiture rouge"), False, 9),
    ("alt without the keyphrase", _images("Un chat"), False, 6),
    ("alt without the keyphrase, cornerstone", _images("Un chat"), True, 3),
    ("no alt at all", _images(""), False, 6),
    ("5 images, 2 with the keyphrase", _images(*["voiture électrique"] * 2, *["chat"] * 3),
     False, 9),
    ("6 images, all with the keyphrase", _images(*["voiture électrique"] * 6), False, 6),
    ("10 images, 2 with the keyphrase", _images(*["voiture électrique"] * 2, *["chat"] * 8),
     False, 6),
])
def test_image_keyphrase(name, text, cornerstone, expected):
    assert score_of("imageKeyphrase", text, keyphrase=KP, cornerstone=cornerstone) == expected


@pytest.mark.parametrize("name, title, keyphrase, expected", [
    ("exact match at the start", "Voiture électrique : le guide", KP, 9),
    ("exact match after function words", "La voiture électrique : le guide", KP, 9),
    ("exact match elsewhere", "Le guide de la voiture électrique", KP, 6),
    ("all words, not exact", "Voiture : pourquoi passer à l’électrique", KP, 6),
    ("a word missing", "Le guide de la voiture", KP, 2),
    ("quoted keyphrase, not exact", "Voiture : tout l’électrique", '"voiture électrique"', 2),
    ("no title", None, KP, 2),
    ("no keyphrase", "Le guide", None, 2),
])
def test_keyphrase_in_seo_title(name, title, keyphrase, expected):
    assert score_of("keyphraseInSEOTitle", BODY, keyphrase=keyphrase, title=title) == expected


@pytest.mark.parametrize("name, slug, title, keyphrase, cornerstone, expected", [
    ("both words", "voiture-electrique-guide", None, KP, False, 9),
    ("one of two words", "voiture-guide", None, KP, False, 6),
    ("one of two words, cornerstone", "voiture-guide", None, KP, True, 3),
    ("two of three words", "lavrov-coree", None, "Lavrov Corée du Nord", False, 9),
    ("one of three words", "lavrov-visite", None, "Lavrov Corée du Nord", False, 6),
    ("slug from the title", None, "La voiture électrique", KP, False, 9),
    ("no slug, no title", None, None, KP, False, 3),
])
def test_slug_keyword(name, slug, title, keyphrase, cornerstone, expected):
    assert score_of("slugKeyword", BODY, keyphrase=keyphrase, slug=slug, title=title,
                    cornerstone=cornerstone) == expected


def test_slug_keyword_reports_the_share_found():
    assert run_check("slugKeyword", BODY, keyphrase="Lavrov Corée du Nord",
                     slug="lavrov-en-coree")[1] == 67


# Issue #8, kind 5: a keyphrase with an elision matches a slug, the clitic split as in the text
# (with or without the apostrophe's hyphen). (keyphrase, slug, lang)
ELIDED_SLUGS = [
    ("huile d’olive", "huile-d-olive", "fr"),
    ("huile d'olive", "huile-dolive", "fr"),
    ("l’été indien", "l-ete-indien", "fr"),
    ("prix de l’électricité", "prix-de-l-electricite", "fr"),
    ("jusqu’à l’aube", "jusqu-a-l-aube", "fr"),
    ("qu’est-ce qu’un slug", "qu-est-ce-qu-un-slug", "fr"),
    ("lorsqu’il neige", "lorsquil-neige", "fr"),
    ("aujourd’hui en France", "aujourd-hui-en-france", "fr"),
    ("aujourd’hui en France", "aujourdhui-en-france", "fr"),
    ("presqu’île de Crozon", "presquile-de-crozon", "fr"),
    ("the hero’s journey", "the-hero-s-journey", "en"),
    ("the hero's journey", "the-heros-journey", "en"),
]


@pytest.mark.parametrize(("keyphrase", "slug", "lang"), ELIDED_SLUGS)
def test_elided_keyphrase_is_found_in_the_slug(keyphrase, slug, lang):
    assert run_check("slugKeyword", words(40), lang=lang, keyphrase=keyphrase,
                     slug=slug) == (9, 100)


@pytest.mark.parametrize("keyphrase, lang, heading, reflects", [
    # more than half of the content words, in any order, each in its exact forms
    ("solar farm", "en", "The farm sells solar power to 3,000 homes", True),
    ("solar farm", "en", "The farm’s solar panels", True),  # a possessive is the word
    ("solar farm", "en", "The farm opens in May", False),  # half is not more than half
    ("solar farm", "en", "Solar farms grow", False),  # no word forms in the free package
    ("the city council", "en", "Council votes", False),  # "the" is no content word
    ("parc éolien", "fr", "Le parc produit de l’électricité", False),
    ("parc éolien marin", "fr", "Le parc éolien ouvre", True),  # 2 of 3
])
def test_a_subheading_reflects_the_topic_as_yoast_counts_it(keyphrase, lang, heading,
                                                            reflects) -> None:
    """seo_kit.score.matching.reflects_topic, the one reading of subheadingsKeyword the check and
    the rewrite engine's headings share (matchKeywordInSubheadings.js: > 50 %)."""
    from seo_kit.score.matching import build_topic, reflects_topic

    assert reflects_topic([build_topic(keyphrase, lang)], heading, lang) is reflects
