"""Sentence and word splitting: a table of tricky French (and a few English) cases."""

import pytest

from seo_kit.lang import split_elisions
from seo_kit.text import normalise_spaces, split_sentences, words

NBSP, THIN = "\u00a0", "\u202f"

SENTENCES = [
    # (text, lang, expected sentences)
    ("Il pleut. Il vente.", "fr", ["Il pleut.", "Il vente."]),
    ("Le taux est de 1,5 % cette année. Il baisse.", "fr",
     ["Le taux est de 1,5 % cette année.", "Il baisse."]),
    ("La version 2.5 sort demain.", "fr", ["La version 2.5 sort demain."]),
    ("M. Dupont et Mme Durand sont venus.", "fr", ["M. Dupont et Mme Durand sont venus."]),
    ("Des fruits, p. ex. des pommes. Puis du pain.", "fr",
     ["Des fruits, p. ex. des pommes.", "Puis du pain."]),
    ("Il est né en 52 av. J.-C. à Rome.", "fr", ["Il est né en 52 av. J.-C. à Rome."]),
    ("Elle a dit : « Je viens. » Puis elle est partie.", "fr",
     ["Elle a dit : « Je viens. »", "Puis elle est partie."]),
    (f"Quoi{NBSP}? Vraiment{THIN}! Oui.", "fr", ["Quoi ?", "Vraiment !", "Oui."]),
    ("Ah ! c’est superbe !", "fr", ["Ah ! c’est superbe !"]),
    ("16 juin 2012. - Le journaliste est mort.", "fr",
     ["16 juin 2012. - Le journaliste est mort."]),
    ("Des pommes, des poires, etc. Le marché ferme.", "fr",
     ["Des pommes, des poires, etc.", "Le marché ferme."]),
    ("Il attend… Rien ne vient.", "fr", ["Il attend…", "Rien ne vient."]),
    ("Un titre sans point", "fr", ["Un titre sans point"]),
    ("   ", "fr", []),
    ("Mr. Smith arrived. He sat down.", "en", ["Mr. Smith arrived.", "He sat down."]),
    # Issue #8, kind 2: a period after a unit, an hour or a number ends the sentence unless a
    # lowercase word follows; abbreviations that cannot end one stay joined.
    ("Le trajet dure 20 min. Le bus passe à 8 h. Il repart à 18 h.", "fr",
     ["Le trajet dure 20 min.", "Le bus passe à 8 h.", "Il repart à 18 h."]),
    ("La piste fait 12 km. Elle monte de 300 m. Comptez 2 kg. De l’eau suffit.", "fr",
     ["La piste fait 12 km.", "Elle monte de 300 m.", "Comptez 2 kg.", "De l’eau suffit."]),
    ("Il pèse 2 kg. environ et mesure 3 m. au garrot.", "fr",
     ["Il pèse 2 kg. environ et mesure 3 m. au garrot."]),
    ("Ils étaient 40. Les autres ont fui.", "fr", ["Ils étaient 40.", "Les autres ont fui."]),
    ("Rendez-vous à 14 h. Mme Martin et M. Petit viendront, cf. l’annexe.", "fr",
     ["Rendez-vous à 14 h.", "Mme Martin et M. Petit viendront, cf. l’annexe."]),
    ("Voir p. 12 et le chap. 3, etc. pour le détail.", "fr",
     ["Voir p. 12 et le chap. 3, etc. pour le détail."]),
    ("Selon l’art. 12 du code, le vol. 2 suffit. Le vol. Le lendemain, rien.", "fr",
     ["Selon l’art. 12 du code, le vol. 2 suffit.", "Le vol.", "Le lendemain, rien."]),
    ("Il dure 20 min. 30 personnes attendent.", "fr", ["Il dure 20 min.", "30 personnes attendent."]),
    ("Rendez-vous à 20h. Le car part le 3 sept. Les classes rouvrent.", "fr",
     ["Rendez-vous à 20h.", "Le car part le 3 sept.", "Les classes rouvrent."]),
    ("The ride takes 20 min. The bus leaves at 8 a.m. and returns at 6 p.m. Tickets cost $5.",
     "en", ["The ride takes 20 min.", "The bus leaves at 8 a.m. and returns at 6 p.m.",
            "Tickets cost $5."]),
    ("Dr. Lee works at Apple Inc. The firm grew. See Fig. 2 and e.g. the notes.", "en",
     ["Dr. Lee works at Apple Inc.", "The firm grew.", "See Fig. 2 and e.g. the notes."]),
]

WORDS = [
    ("l’agence de presse", ["l’agence", "de", "presse"]),
    ("l'agence", ["l'agence"]),
    ("Le taux de 1,5 % en 2.5 ans", ["Le", "taux", "de", "1,5", "%", "en", "2.5", "ans"]),
    ("« Bonjour », dit-il.", ["Bonjour", "dit-il"]),
    ("le dirigeant nord-coréen", ["le", "dirigeant", "nord-coréen"]),
    ("1 000 conteneurs", ["1", "000", "conteneurs"]),  # Yoast counts two words too
    ("Quoi ? — Rien !", ["Quoi", "Rien"]),
    ("Twitter—including Facebook", ["Twitter", "including", "Facebook"]),
    (f"aujourd’hui{NBSP}: (demain)", ["aujourd’hui", "demain"]),
]

ELISIONS = [
    (("L’agence",), ("l’", "agence")),
    (("l'agence",), ("l’", "agence")),
    (("qu’il", "jusqu’à", "lorsqu’on"), ("qu’", "il", "jusqu’", "à", "lorsqu’", "on")),
    (("aujourd’hui", "d’abord"), ("aujourd’hui", "d’", "abord")),
    (("C’est-à-dire",), ("c’", "est-à-dire")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SENTENCES)
def test_split_sentences(text, lang, expected):
    assert split_sentences(text, lang=lang) == expected


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words(text, expected):
    assert list(words(text, lang="fr")) == expected


@pytest.mark.parametrize(("tokens", "expected"), ELISIONS)
def test_split_elisions(tokens, expected):
    assert split_elisions(tokens) == expected


def test_normalise_spaces_folds_every_space():
    assert normalise_spaces(f" a{NBSP}b{THIN}c\u2009d\n\te ") == "a b c d e"


def test_unknown_language():
    with pytest.raises(ValueError, match="unsupported language"):
        words("Hallo Welt", lang="de")


# Issue #8, kind 10: word boundaries come from Unicode categories, not from a list.
SYMBOLS = [
    ("Une balade à vélo🚲 le long de la Loire", "vélo", 9),
    ("Un vélo️🚲‍🔥 rouge", "vélo", 3),            # variation selector, zero-width joiner
    ("Le Vélo™ et l’Auto® roulent", "Vélo", 5),
    ("Paris→Lyon en vélo", "Paris", 4),
    ("Étape 1⃣ : le départ", "1", 4),             # a keycap (enclosing mark) glued to a digit
    ("télé\u00adtravail et vélo", "télétravail", 3),  # a soft hyphen joins
    ("Le n° 5 coûte 20 € à 20 °C", "n°", 9),       # n°, € and ° stay
    ("A bike🚲ride along the Loire", "bike", 6),
    ("Le vote―serré―est acquis", "serré", 5),     # horizontal bar, a dash (Pd)
    ("Le vote‒serré⸺est acquis", "serré", 5),     # figure dash, two-em dash
    ("Le dirigeant nord‑coréen", "nord‑coréen", 3),  # a non-breaking hyphen joins
    ("Un v\u0332é\u0332l\u0332o\u0332 rouge", "vélo", 3),  # decorative combining underline
]


@pytest.mark.parametrize(("text", "word", "count"), SYMBOLS)
def test_symbols_glued_to_words_separate_them(text, word, count):
    found = words(text, lang="fr")
    assert word in found and len(found) == count


def _every_character(step: int) -> list[str]:
    """Every code point but the surrogates, alone (step 1) or in runs of ``step``."""
    codes = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    return ["".join(map(chr, codes[i:i + step])) for i in range(0, len(codes), step)]


@pytest.mark.parametrize("step", [1, 64])
def test_separators_and_quotes_are_what_str_translate_gives(step):
    """separate_symbols and normalise_quotes substitute the few non-ASCII characters of a text;
    the result is that of str.translate with the same tables, on every character."""
    from seo_kit.text import tokens

    texts = _every_character(step) + ["`l’été` « vélo🚲 » \u00ad—–‐"]
    assert [tokens.separate_symbols(t) for t in texts] == [
        t if t.isascii() else t.translate(tokens._SEPARATORS) for t in texts]
    assert [tokens.normalise_quotes(t) for t in texts] == [
        t.translate(tokens._QUOTES_TABLE) for t in texts]
