"""Keyphrase checks on the body: one table per check, named sample texts."""

import pytest
from score_helpers import run_check, score_of, words

import seo_kit

KP = "voiture électrique"
FILLER = words(300, "texte")

INTRO_ONE_SENTENCE = "La voiture électrique séduit les Français. " + FILLER
INTRO_SPLIT = "La voiture coûte cher. Elle est électrique désormais. " + FILLER
INTRO_ABSENT = "Le marché automobile change vite.\n\nLa voiture électrique arrive. " + FILLER
INTRO_ELISION = "L’électrique et la voiture du futur, c’est pour demain. " + FILLER
INTRO_ACCENTLESS = "La voiture electrique arrive en ville. " + FILLER


@pytest.mark.parametrize("name, text, keyphrase, expected", [
    ("all words in one sentence", INTRO_ONE_SENTENCE, KP, 9),
    ("words spread over the paragraph", INTRO_SPLIT, KP, 6),
    ("only in the second paragraph", INTRO_ABSENT, KP, 3),
    ("elided word l’électrique", INTRO_ELISION, KP, 9),
    ("text without accents still matches", INTRO_ACCENTLESS, KP, 9),
    ("function words of the keyphrase are not needed", INTRO_ONE_SENTENCE,
     "la voiture électrique de Paris", 3),
    ("no keyphrase", INTRO_ONE_SENTENCE, None, 3),
])
def test_introduction_keyword(name, text, keyphrase, expected):
    assert score_of("introductionKeyword", text, keyphrase=keyphrase) == expected


def test_introduction_keyword_uses_synonyms():
    text = "Les véhicules propres séduisent. " + FILLER
    assert score_of("introductionKeyword", text, keyphrase=KP) == 3
    assert score_of("introductionKeyword", text, keyphrase=KP,
                    synonyms=("véhicules propres",)) == 9


@pytest.mark.parametrize("keyphrase, expected_score, expected_length", [
    ("voiture", 9, 1),
    ("la voiture électrique de Paris", 9, 3),  # la, de are function words
    ("voiture électrique rapide silencieuse économique", 6, 5),
    ("un deux trois quatre cinq six sept huit neuf dix", 3, 10),
    ('"la voiture électrique"', 9, 1),  # exact match counts as one phrase
    (None, -999, 0),
])
def test_keyphrase_length(keyphrase, expected_score, expected_length):
    assert run_check("keyphraseLength", FILLER, keyphrase=keyphrase) == \
        (expected_score, expected_length)


def _density_text(matches: int, total: int) -> str:
    hits = ["La voiture électrique roule vite ici."] * matches  # 6 words each
    rest = words(total - 6 * matches, "route")
    return " ".join(hits + [rest])


@pytest.mark.parametrize("name, text, expected", [
    ("0 matches in 300 words", _density_text(0, 300), 4),
    ("1 match in 300 words", _density_text(1, 300), 4),
    ("2 matches in 300 words (minimum ≤ 2)", _density_text(2, 300), 9),
    ("4 matches in 300 words: 2.2 % weighted", _density_text(4, 300), 9),
    ("6 matches in 300 words: 3.0 % weighted", _density_text(6, 300), 9),
    ("7 matches in 300 words: 3.1 %, too many", _density_text(7, 300), -10),
    ("10 matches in 300 words: far too many", _density_text(10, 300), -50),
    ("short text 60 words, 2 matches", _density_text(2, 60), 9),
    ("short text 60 words, 3 matches", _density_text(3, 60), -10),
    ("very short text 40 words, 2 matches", _density_text(2, 40), -10),
    ("very short text 40 words, 3 matches", _density_text(3, 40), -50),
])
def test_keyphrase_density(name, text, expected):
    assert score_of("keyphraseDensity", text, keyphrase=KP) == expected


def test_keyphrase_density_counts_each_occurrence_in_a_sentence():
    text = "La voiture électrique et une autre voiture électrique. " + words(100, "route")
    assert run_check("keyphraseDensity", text, keyphrase=KP)[1] == pytest.approx(2 / 108 * 100, abs=0.01)


def test_keyphrase_density_without_keyphrase_is_the_documented_score():
    assert score_of("keyphraseDensity", FILLER, keyphrase=None) == -50


@pytest.mark.parametrize("keyphrase, expected", [
    ("le la les de", 0),
    ("la voiture", None),
    ('"le la"', None),  # exact match requested: not flagged (Yoast's rule)
    (None, None),
])
def test_function_words_in_keyphrase(keyphrase, expected):
    assert score_of("functionWordsInKeyphrase", FILLER, keyphrase=keyphrase) == expected


def _sentences(pattern: str) -> str:
    """One sentence per character: K holds the keyphrase, x does not."""
    return " ".join("La voiture électrique passe." if c == "K" else "Le soleil brille fort."
                    for c in pattern)


@pytest.mark.parametrize("name, pattern, expected", [
    ("even: every third sentence", "KxxKxxKxxKxxKxxK", 9),
    ("a gap of 6 in 20 sentences (30 %)", "KxxxxxxKxxKxxKxxKxxK", 9),
    ("a gap of 8 in 20 sentences (40 %)", "KxxxxxxxxKxKxKxKxKxK", 6),
    ("keyphrase only at the start of 20", "K" + "x" * 19, 1),
    ("never in 20 sentences", "x" * 20, 1),
    ("short text, found once", "xxKxx", 9),
    ("short text, never found", "xxxxx", 1),
])
def test_keyphrase_distribution(name, pattern, expected):
    assert score_of("keyphraseDistribution", _sentences(pattern), keyphrase=KP) == expected


# Issue #8, kind 10: a symbol glued to the keyphrase does not hide it, in the body, the title
# and the meta description. (text, keyphrase, lang)
GLUED = [
    ("Une balade à vélo🚲 le long de la Loire.", "balade à vélo", "fr"),
    ("Le Vélo™ électrique séduit. ", "vélo électrique", "fr"),
    ("Partez en randonnée⛰️ cet été.", "randonnée", "fr"),
    ("A bike🚲 ride along the Loire.", "bike ride", "en"),
    ("Le #vélo électrique* séduit en ville.", "vélo électrique", "fr"),
    ("Le vélo–électrique séduit en ville.", "vélo électrique", "fr"),
]


@pytest.mark.parametrize(("sentence", "keyphrase", "lang"), GLUED)
def test_symbols_glued_to_the_keyphrase(sentence, keyphrase, lang):
    report = seo_kit.score(sentence * 3, keyphrase=keyphrase, lang=lang, title=sentence,
                           meta_description=sentence)
    assert report["keyphraseDensity"].value > 0
    assert report["keyphraseInSEOTitle"].score >= 6
    assert report["metaDescriptionKeyword"].value == 1
