"""Readability checks (Yoast's contentAssessor) and the Premium ones in the "extra" group."""

import pytest
from score_helpers import run_check, score_of, words

from seo_kit.score.checks.readability import Band

SHORT_SENTENCE = "Le chat dort sur le canapé."  # 6 words
LONG_SENTENCE = " ".join(["Le chat"] + ["dort"] * 20) + "."  # 22 words


def _mix(long: int, short: int) -> str:
    return " ".join([LONG_SENTENCE] * long + [SHORT_SENTENCE] * short)


@pytest.mark.parametrize("name, text, cornerstone, expected", [
    ("no long sentence", _mix(0, 10), False, 9),
    ("25 % long", _mix(1, 3), False, 9),
    ("30 % long", _mix(3, 7), False, 6),
    ("40 % long", _mix(2, 3), False, 3),
    ("25 % long, cornerstone", _mix(1, 3), True, 6),
])
def test_sentence_length(name, text, cornerstone, expected):
    assert score_of("textSentenceLength", text, cornerstone=cornerstone) == expected


@pytest.mark.parametrize("name, paragraph_words, expected", [
    ("150 words", 150, 9),
    ("151 words", 151, 6),
    ("200 words", 200, 6),
    ("201 words", 201, 3),
])
def test_paragraph_too_long(name, paragraph_words, expected):
    text = words(paragraph_words) + "\n\n" + words(20)
    assert run_check("textParagraphTooLong", text) == (expected, paragraph_words)


def _sections(*sizes: int, before: int = 0) -> str:
    parts = [words(before)] if before else []
    for i, size in enumerate(sizes):
        parts += [f"## Partie {i}", words(size)]
    return "\n\n".join(parts)


@pytest.mark.parametrize("name, text, cornerstone, expected", [
    ("short text without subheadings", words(300), False, 9),
    ("long text without subheadings", words(301), False, 2),
    ("sections of 200 words", _sections(200, 200), False, 9),
    ("a section of 320 words", _sections(200, 320), False, 6),
    ("a section of 400 words", _sections(200, 400), False, 3),
    ("320 words before the first subheading", _sections(100, before=320), False, 6),
    ("400 words before the first subheading", _sections(100, before=400), False, 3),
    ("a section of 280 words, cornerstone", _sections(200, 280), True, 6),
])
def test_subheadings_too_long(name, text, cornerstone, expected):
    assert score_of("subheadingsTooLong", text, cornerstone=cornerstone) == expected


TRANSITION = "Cependant, le chat dort sur le canapé du salon toute la journée."  # 12 words
PLAIN = "Le chien aboie contre le facteur dans la rue tous les matins."  # 12 words


@pytest.mark.parametrize("name, with_tw, without, expected", [
    ("under 200 words: always good", 0, 10, 9),
    ("30 % of 20 sentences", 6, 14, 9),
    ("25 % of 20 sentences", 5, 15, 6),
    ("10 % of 20 sentences", 2, 18, 3),
])
def test_transition_words(name, with_tw, without, expected):
    text = " ".join([TRANSITION] * with_tw + [PLAIN] * without)
    assert score_of("textTransitionWords", text) == expected


PASSIVE = "Le projet a été validé par le conseil municipal."
ACTIVE = "Le conseil municipal valide le projet."


@pytest.mark.parametrize("name, passive, active, expected", [
    ("none", 0, 10, 9),
    ("10 %", 1, 9, 9),
    ("12.5 %", 1, 7, 6),
    ("20 %", 2, 8, 3),
])
def test_passive_voice(name, passive, active, expected):
    text = " ".join([PASSIVE] * passive + [ACTIVE] * active)
    assert score_of("passiveVoice", text) == expected


@pytest.mark.parametrize("name, text, expected", [
    ("under 50 characters", "Un texte court.", 3),
    ("50 characters or more", words(20), None),
])
def test_text_presence(name, text, expected):
    assert score_of("textPresence", text) == expected


@pytest.mark.parametrize("name, text, expected", [
    ("varied beginnings", "Il pleut. Elle chante. Nous partons. Il neige.", 9),
    ("three sentences starting with Il", "Il pleut. Il chante. Il part. Elle reste.", 3),
    ("two only", "Il pleut. Il chante. Elle part. Il reste.", 9),
    ("article + noun differ", "Le chat dort. Le chien aboie. Le lapin court.", 9),
    ("article + same noun", "Le chat dort. Le chat mange. Le chat court.", 3),
    ("in a list they do not count", "- Il pleut.\n- Il chante.\n- Il part.", 9),
])
def test_sentence_beginnings(name, text, expected):
    assert score_of("sentenceBeginnings", text) == expected


@pytest.mark.parametrize("name, text, expected", [
    ("a list", "Intro.\n\n- un\n- deux", 9),
    ("no list", "Intro sans liste.", 3),
])
def test_lists_presence(name, text, expected):
    assert score_of("listsPresence", text) == expected


@pytest.mark.parametrize("name, text, cornerstone, expected", [
    ("plain words", words(100, "chat"), False, 9),
    ("long rare words", " ".join(["anticonstitutionnellement"] * 20 + ["chat"] * 80) + ".",
     False, 6),
    ("long rare words, cornerstone",
     " ".join(["anticonstitutionnellement"] * 20 + ["chat"] * 80) + ".", True, 3),
    ("capitalised long names are not complex",
     " ".join(["Constantinople"] * 20 + ["chat"] * 80) + ".", False, 9),
])
def test_word_complexity(name, text, cornerstone, expected):
    assert score_of("wordComplexity", text, cornerstone=cornerstone) == expected


@pytest.mark.parametrize(("bands", "value", "expected"), [
    (Band(150, 200), 150, 9), (Band(150, 200), 151, 6), (Band(150, 200), 200, 6),
    (Band(150, 200), 201, 3),
    (Band(30, 20, at_least=True), 30, 9), (Band(30, 20, at_least=True), 29.9, 6),
    (Band(30, 20, at_least=True), 20, 6), (Band(30, 20, at_least=True), 19.9, 3),
])
def test_bands_are_yoasts_three_scores(bands, value, expected):
    assert bands.score(value) == expected
