"""What a rewrite prompt says when the brief does not, and how each language writes amounts:
one table per language in seo_kit.lang (fr.py / en.py), read through explicit ``lang``."""

from __future__ import annotations

import pytest

from seo_kit.errors import InputError
from seo_kit.lang import amount_words, default_audience, default_tone, language_name, tones
from seo_kit.rewrite import Brief
from seo_kit.score.facts import extract_facts


@pytest.mark.parametrize(("named", "lang", "name"), [
    ("fr", "fr", "français"), ("en", "fr", "anglais"),
    ("fr", "en", "French"), ("en", "en", "English"),
])
def test_language_names_in_each_language(named, lang, name):
    assert language_name(named, lang=lang) == name


@pytest.mark.parametrize(("lang", "tone", "audience"), [
    ("fr", "informatif", "le grand public"),
    ("en", "informative", "a general audience"),
])
def test_a_brief_without_tone_takes_its_languages_default(lang, tone, audience):
    assert default_tone(lang) == tone and default_audience(lang) == audience
    brief = Brief(lang=lang)
    assert brief.tone == tone
    values = brief.template_values(template_lang=lang, article="…")
    assert (values["tone"], values["audience"]) == (tone, audience)


def test_each_language_offers_the_same_tones_in_the_same_order_default_first():
    assert tones("fr")[0] == default_tone("fr") and tones("en")[0] == default_tone("en")
    assert len(tones("fr")) == len(tones("en")) == len(set(tones("en")))
    assert tones("fr").index("pédagogique") == tones("en").index("educational")


def test_a_given_tone_is_kept():
    assert Brief(lang="en", tone="playful").tone == "playful"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("fr", "Un trou de 7,2 milliards d’euros.", "amount:7200000000 EUR"),
    ("en", "A gap of 7.2 billion dollars.", "amount:7200000000 USD"),
    ("fr", "Un billion d’euros.", None),  # no digits: not an amount
    ("fr", "Une dette de 2 billions de dollars.", "amount:2e+12 USD"),  # a French billion: 10¹²
    ("en", "Prices rose 3 per cent.", "percent:3"),
    ("fr", "Les prix ont augmenté de 3 pour cent.", "percent:3"),
    ("en", "It cost £40.", "amount:40 GBP"),
    ("fr", "Il a coûté 40 livres.", "amount:40 GBP"),
])
def test_amounts_are_read_with_their_languages_words(lang, text, key):
    keys = set(extract_facts(text, lang=lang))
    if key is None:
        assert not any(k.startswith("amount:") for k in keys)
    else:
        assert key in keys, keys


@pytest.mark.parametrize("call", [
    lambda: amount_words("de"), lambda: default_tone("de"), lambda: language_name("de", lang="fr"),
    lambda: tones("de"),
])
def test_another_language_is_an_input_error(call):
    with pytest.raises(InputError):
        call()
