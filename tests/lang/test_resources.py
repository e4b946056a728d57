"""Word lists: sizes, shapes, and the language rules around them."""

import pytest

from seo_kit.errors import InputError
from seo_kit.lang import detect_language, lemma, resources, split_elisions, word_forms_match


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lists_are_frozen_lowercase_and_large_enough(lang):
    res = resources(lang)
    assert len(res.function_words) >= 300
    assert len(res.transition_words) >= 40
    assert len(res.multiword_transitions) >= 40
    assert len(res.two_part_transitions) >= 5
    for words in (res.function_words, res.transition_words, res.first_word_exceptions,
                  res.stop_words):
        assert isinstance(words, frozenset)
        assert all(w == w.lower() and "'" not in w for w in words)
    assert res.stop_words <= res.function_words | res.stop_words
    assert resources(lang) is resources(lang)  # built once
    # every entry is one token, as Sentence.tokens holds them ("d’abord" is stored as d’ + abord)
    for words in (res.function_words, res.first_word_exceptions, res.stop_words):
        assert all(split_elisions((w,)) == (w,) for w in words)


def test_french_lists_hold_the_usual_suspects():
    res = resources("fr")
    assert {"le", "la", "les", "l’", "d’", "est", "sont", "été", "dans", "que", "qu’"} \
        <= res.function_words
    assert {"le", "la", "les", "un", "une", "deux", "dix"} <= res.first_word_exceptions
    assert "agence" not in res.function_words


def test_unknown_language():
    with pytest.raises(ValueError, match="unsupported language"):
        resources("de")


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre est arrivé en Corée du Nord pour une visite.", "fr"),
    ("L’agence de presse a rapporté que la visite durera deux jours.", "fr"),
    ("The minister arrived in North Korea for a two-day visit.", "en"),
    ("It is what it is, and that was the end of it.", "en"),
    ("Voiture électrique", "fr"),  # no function word, but French letters
    ("The cat et le chien", "fr"),  # 2 French markers against 1 English
    ("the le", "fr"),  # as many of each: French
    ("The cat and the dog, le chien", "en"),
    ("«Dans» l’eau, the and, of", "en"),  # punctuation stripped, elisions split: 2 against 3
    ("qu’il l’a dit, c’est tout: the end", "fr"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "12 345 678", "Lavrov Pyongyang Moscou"])
def test_detect_language_refuses_to_guess(text):
    with pytest.raises(InputError, match="lang="):
        detect_language(text)


@pytest.mark.parametrize(("a", "b", "lang", "expected"), [
    ("maison", "maisons", "fr", True),
    ("Maison", "maison", "fr", True),
    ("voiture", "voitures", "fr", True),
    ("électrique", "électriques", "fr", True),
    ("arrivé", "arrive", "fr", True),
    ("maison", "voiture", "fr", False),
    ("car", "cars", "en", True),
    ("cat", "dog", "en", False),
])
def test_word_forms_match(a, b, lang, expected):
    assert word_forms_match(a, b, lang) is expected


def test_lemma_keeps_elisions_and_numbers():
    assert lemma("l’", "fr") == "l’"
    assert lemma("2018", "fr") == "2018"
    assert lemma("Maisons", "fr") == "maison"
    assert lemma("l’Ukraine", "fr") == lemma("Ukraine", "fr") == "ukraine"
    assert lemma("aujourd'hui", "fr") == "aujourd’hui"  # one apostrophe in, one out


def _naive_language(text: str) -> str | None:
    """Every token looked up one by one: the count ``detect_language`` sums per chunk."""
    from seo_kit.lang import _MARKERS

    tokens = [t for chunk in text.split()
              for t in split_elisions((chunk.strip(".,;:!?«»()\"“”"),))]
    fr, en = (sum(t in _MARKERS[lang] for t in tokens) for lang in ("fr", "en"))
    return None if not fr and not en else "fr" if fr >= en else "en"


def test_detect_language_counts_every_token_of_every_corpus_text_and_mixture():
    """The markers counted per chunk and summed at once (``_markers_in_chunk``): the language
    of counting each token, on every corpus text, each of its paragraphs and seeded mixtures
    of French and English paragraphs (many near a tie)."""
    import os
    import random
    from pathlib import Path

    corpus = Path(os.environ.get("SEO_KIT_CORPUS", Path(__file__).parents[3] / "shared/corpus"))
    texts = [path.read_text("utf-8") for path in sorted(corpus.glob("*.txt"))]
    if not texts:
        pytest.skip(f"the shared corpus is absent ({corpus})")
    paragraphs = [p for text in texts for p in text.split("\n\n") if p.strip()]
    rng = random.Random(5)
    mixtures = [" ".join(word for p in rng.sample(paragraphs, k=3)
                         for word in rng.sample(p.split(), k=min(6, len(p.split()))))
                for _ in range(500)]
    answers = {"fr": 0, "en": 0}
    for text in [*texts, *paragraphs, *mixtures]:
        expected = _naive_language(text)
        if expected is None:
            continue
        assert detect_language(text) == expected, text
        answers[expected] += 1
    assert min(answers.values()) > 50
