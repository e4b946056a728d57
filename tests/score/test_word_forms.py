"""keyphraseWordForms: inflections, plurals and elisions count, next to the exact density."""

import pytest
from score_helpers import run_check, words

import seo_kit

KP = "voiture électrique"


@pytest.mark.parametrize("name, sentence, exact, forms", [
    ("exact form", "La voiture électrique roule.", 1, 1),
    ("plural", "Les voitures électriques roulent.", 0, 1),
    ("elision and plural", "L’électrique séduit les voitures neuves.", 0, 1),
    ("absent", "Le vélo roule.", 0, 0),
])
def test_word_forms_are_counted(name, sentence, exact, forms):
    _score, value = run_check("keyphraseWordForms", sentence + " " + words(120, "route"),
                             keyphrase=KP)
    assert (value["exact_count"], value["forms_count"]) == (exact, forms)


def test_word_forms_turn_a_low_density_into_a_good_one():
    text = " ".join(["Les voitures électriques roulent."] * 3) + " " + words(200, "route")
    assert run_check("keyphraseDensity", text, keyphrase=KP)[0] == 4
    assert run_check("keyphraseWordForms", text, keyphrase=KP)[0] == 9


def test_no_keyphrase_no_result():
    assert run_check("keyphraseWordForms", words(50)) is None


# Issue #8, kind 9: the word-form count is never below the exact count; accents are folded on
# both sides. (keyphrase, sentences, lang)
FOLDED = [
    ("création de logotype", ["La création de logotype est un art.",
                              "La creation de logotype aussi.", "Créations de logotypes."], "fr"),
    ("création de logotype", ["Les creations de logotypes.", "La création de logotype.",
                              "Une creation de logotype."], "fr"),
    ("Corée du Nord", ["La Coree du Nord.", "La CORÉE du nord.", "La Corée du Nord."], "fr"),
    ("cœur de ville", ["Le coeur de ville.", "Les cœurs de villes.", "Le Cœur de Ville."], "fr"),
    ("café culture", ["The cafe culture grows.", "Café culture is here.", "Cafés cultures."], "en"),
]


@pytest.mark.parametrize(("keyphrase", "sentences", "lang"), FOLDED)
def test_word_forms_hold_every_exact_match(keyphrase, sentences, lang):
    text = " ".join(sentences * 2) + " " + " ".join(["Autre phrase sans rapport."] * 20)
    value = seo_kit.score(text, keyphrase=keyphrase, lang=lang)["keyphraseWordForms"].value
    assert value["forms_count"] >= value["exact_count"] >= 4


# Issue #8, kind 11: an English possessive matches in every keyphrase check.
POSSESSIVE = "The hero’s journey begins. Every hero's path is long. A hero’s friends help."


@pytest.mark.parametrize("keyphrase", ["hero", "hero’s", "hero's"])
def test_possessives_match_in_every_keyphrase_check(keyphrase):
    body = (f"# The hero’s journey\n\n{POSSESSIVE}\n\n## A hero's friends\n\n"
            "![the hero’s sword](sword.jpg)\n\n" + " ".join(["Nothing else here."] * 30))
    report = seo_kit.score(body, keyphrase=keyphrase, lang="en", title="The hero’s journey",
                           meta_description="Follow the hero's journey.", slug="the-heros-journey")
    assert report["keyphraseDensity"].value > 0
    assert report["introductionKeyword"].score == 9
    assert report["keyphraseInSEOTitle"].score >= 6
    assert report["metaDescriptionKeyword"].value == 1
    assert report["subheadingsKeyword"].value == "1/1"
    assert report["imageKeyphrase"].value == "1/1"
    assert report["slugKeyword"].score == 9
    forms = report["keyphraseWordForms"].value
    assert forms["forms_count"] >= forms["exact_count"] == 5  # 3 sentences and 2 headings


def test_an_unaccented_plural_the_dictionary_does_not_know_is_a_word_form():
    text = " ".join(["Les creations de logotypes.", "La création de logotype."] * 2) + " " + \
        " ".join(["Autre phrase sans rapport."] * 20)
    value = seo_kit.score(text, keyphrase="création de logotype", lang="fr")["keyphraseWordForms"].value
    assert (value["exact_count"], value["forms_count"]) == (2, 4)


def _word_form_count_before(doc, ctx) -> int:
    """extra.word_form_count as it was: each sentence's tokens looked up one by one in each
    content word's holder set."""
    from itertools import chain, compress, repeat
    from operator import contains

    from seo_kit.lang import lemma
    from seo_kit.score.checks import extra
    from seo_kit.score.matching import sentence_counts
    from seo_kit.text.fold import fold

    topic = ctx.topic
    wanted = [fold(lemma(forms[0].replace("'", "’"), doc.lang)) for forms in topic.forms]
    exact = [sentence_counts(doc, forms) for forms in topic.forms]
    sentences = doc.analysis.match_tokens
    distinct = tuple(set(chain.from_iterable(sentences)))
    keys = tuple(map(extra._form_keys_of(doc.lang), distinct))
    holders = [frozenset(compress(distinct, map(contains, keys, repeat(target))))
               for target in wanted]
    return sum(min((max(counts[i], sum(map(held.__contains__, tokens)) if held else 0)
                    for counts, held in zip(exact, holders, strict=True)), default=0)
               for i, tokens in enumerate(sentences))


# (keyphrase, text, lang): word forms repeated within a sentence, in several sentences, absent
COUNTED = [
    ("voiture électrique", ("Les voitures, la voiture et ses voitures électriques. Le vélo. "
                            "Une électrique ; deux électriques, voitures !"), "fr"),
    ("prix de l’énergie", "L’énergie coûte. Les prix, les prix, le prix de l’énergie. Rien.", "fr"),
    ("running shoes", "Shoes for running. Runners run in shoes, shoe after shoe. None here.",
     "en"),
    ("mouse", "Mice everywhere. A mouse, two mice, the mouse’s tail.", "en"),
    ("absent mot", "Le texte ne parle pas du tout de cela.", "fr"),
]


@pytest.mark.parametrize(("keyphrase", "text", "lang"), COUNTED)
def test_word_form_count_is_the_per_token_count(keyphrase, text, lang):
    from seo_kit.score.checks import extra
    from seo_kit.score.context import Context
    from seo_kit.text import parse

    doc = parse(text, lang=lang)
    ctx = Context(lang=lang, keyphrase=keyphrase)
    assert extra.word_form_count(doc, ctx) == _word_form_count_before(doc, ctx)
