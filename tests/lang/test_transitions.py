"""Transition words: single words, phrases (with elisions) and two-part transitions."""

import pytest

from seo_kit.lang import is_transition_sentence, resources
from seo_kit.text import tokenize

FRENCH = [
    ("Par conséquent, il part.", True),
    ("Il part d’abord à Paris.", True),
    ("Il part d'abord à Paris.", True),  # straight apostrophe
    ("Cependant, rien n’a changé.", True),
    ("C’est-à-dire qu’il viendra.", True),
    ("En effet, le taux a baissé.", True),
    ("Il reste, non seulement pour lui, mais aussi pour elle.", True),
    ("Soit il pleut, soit il neige.", True),
    ("Il pleut sur Paris.", False),
    ("Le effet de serre augmente.", False),  # "effet" alone is not "en effet"
    ("La part du lion.", False),
]

# Issue #8, kind 7: newsroom connectors, elided forms derived from the full entries, two-part
# transitions in either order.
FRENCH_KIND_7 = [
    ("De nos jours, on lit moins.", True),
    ("Face à la crise, le gouvernement agit.", True),
    ("Le prix a doublé par rapport à 2020.", True),
    ("Dans le cadre de la réforme, tout change.", True),
    ("Il viendra sans doute demain.", True),
    ("Lorsqu’il pleut, la route est fermée.", True),
    ("Puisqu’elle le dit, c’est vrai.", True),
    ("Il reste parce qu’on l’attend.", True),
    ("Bien qu’il soit tard, il travaille.", True),
    ("Quoiqu’elle en dise, le projet avance.", True),
    ("Il attendra jusqu’à ce qu’on l’appelle.", True),
    ("Même s’il pleut, la fête aura lieu.", True),
    ("À l’aide d’un drone, ils filment.", True),
    ("Tant qu’il y aura des hommes.", True),
    ("Il viendra, d’autre part, avec sa sœur, d’une part.", True),   # either order
    ("Il pleut, si bien qu’il reste.", True),
    ("De sorte qu’on reste, il chante.", True),
    ("LORSQU’IL PLEUT, ON LIT.", True),
    ("Soit il pleut.", False),                                      # one "soit" is not two
    ("Le chat dort sur le canapé.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FRENCH_KIND_7)
def test_french_connectors_and_elided_forms(sentence, expected):
    assert is_transition_sentence(tokenize(sentence, lang="fr"), "fr") is expected


def _yoast_french_lists():
    import json
    import shutil
    import subprocess
    from pathlib import Path

    folders = sorted((Path.home() / ".cache" / "seo_kit").glob("yoast_oracle_*/node_modules"))
    if not folders or shutil.which("node") is None:
        pytest.skip("Yoast oracle not installed (run bench/yoast_parity.py)")
    config = folders[0] / "yoastseo/build/languageProcessing/languages/fr/config"
    script = (f"const t=require({json.dumps(str(config / 'transitionWords.js'))});"
              f"const p=require({json.dumps(str(config / 'twoPartTransitionWords.js'))});"
              "console.log(JSON.stringify([t.allWords, p.default]))")
    done = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True,
                          timeout=60)
    return json.loads(done.stdout)


YOAST_TYPOS = {"dès qua", "d'une parte"}  # not French: left out of our list on purpose


def test_every_connector_yoast_recognises_is_recognised():
    words, pairs = _yoast_french_lists()
    missed = [w for w in words if w not in YOAST_TYPOS
              and not is_transition_sentence(tokenize(w, lang="fr"), "fr")]
    missed += [f"{a} … {b}" for a, b in pairs if a not in YOAST_TYPOS
               and not is_transition_sentence(tokenize(f"{a} x {b}", lang="fr"), "fr")]
    assert len(words) > 380 and missed == []


ENGLISH = [
    ("However, it rained.", True),
    ("For example, cats.", True),
    ("Not only cats but also dogs.", True),
    ("The cat sat on the mat.", False),
    ("Only the cat sat.", False),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"),
                         [("fr", *row) for row in FRENCH] + [("en", *row) for row in ENGLISH])
def test_transitions(lang, sentence, expected):
    assert is_transition_sentence(tokenize(sentence, lang=lang), lang) is expected


def test_phrases_are_tokenised_like_sentences():
    res = resources("fr")
    assert ("d’", "abord") in res.multiword_transitions
    assert ("d’une part", "d’autre part") in res.two_part_transitions
    assert "cependant" in res.transition_words


def test_accepts_a_sentence_or_a_word_list():
    from seo_kit.text import parse

    sentence = parse("Par conséquent, l’agence ferme.", lang="fr").sentences[0]
    assert is_transition_sentence(sentence, "fr")
    assert is_transition_sentence(["Par", "conséquent", "l’agence", "ferme"], "fr")
    assert not is_transition_sentence(["L’agence", "ferme"], "fr")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_part_spans_are_those_of_a_scan_at_every_position(lang):
    """``_spans`` compares a phrase only where its first token stands: the spans are those of
    comparing every phrase at every position (the formula it replaced)."""
    from seo_kit.lang.transitions import _spans, transition_index

    index = transition_index(lang)
    sentences = [tokenize(s, lang=lang) for s in (
        "D’une part le prix baisse, d’autre part la demande monte.",
        "Soit tu viens, soit tu restes, soit rien.",
        "Non seulement il pleut, mais aussi il vente ; ni l’un ni l’autre.",
        "Either we go now or we stay, both this and that, not only here but also there.",
        "Rien de tout cela.", "")]
    for tokens in sentences:
        for first, second in index.pairs:
            for phrases in (first, second, {()} | first):
                naive = [(i, i + len(p)) for i in range(len(tokens)) for p in phrases
                         if tokens[i:i + len(p)] == p]
                assert sorted(_spans(tokens, phrases)) == sorted(naive)


def _naive_is_transition(tokens: tuple[str, ...], lang: str) -> bool:
    """Every entry compared at every position: the definition ``is_transition`` speeds up."""
    from seo_kit.lang.transitions import transition_index

    index = transition_index(lang)

    def spans(phrases):
        return [(i, i + len(p)) for i in range(len(tokens) + 1) for p in phrases
                if tokens[i:i + len(p)] == p and (p or i < len(tokens))]

    phrases = [p for group in index.by_start.values() for p in group]
    return bool(index.single & set(tokens)) or bool(spans(phrases)) or any(
        a_end <= b_start or b_end <= a_start
        for first, second in index.pairs
        for a_start, a_end in spans(first) for b_start, b_end in spans(second))


def _mixtures(lang: str, n: int = 3000) -> list[tuple[str, ...]]:
    """Token runs drawn from the transition entries' own words and a few others, seeded: most
    hold some words of a phrase or a part, many the whole of one, some in the wrong order."""
    import random

    from seo_kit.lang.transitions import transition_index

    index = transition_index(lang)
    words = sorted({t for group in index.by_start.values() for p in group for t in p}
                   | {t for pair in index.pairs for part in pair for p in part for t in p})
    words += ["le", "la", "de", "the", "of", "maison", "house", "il", "it"]
    rng = random.Random(8)
    return [tuple(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(n)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_is_transition_is_the_scan_of_every_entry_at_every_position(lang):
    """``is_transition`` looks up a sentence's token pairs and the words each entry needs before
    it compares positions: the answer of comparing every entry at every position, on the
    corpus sentences of the language and on runs of the entries' own words."""
    import os
    from pathlib import Path

    from seo_kit.lang.transitions import is_transition
    from seo_kit.text import parse

    corpus = Path(os.environ.get("SEO_KIT_CORPUS", Path(__file__).parents[3] / "shared/corpus"))
    runs = _mixtures(lang)
    for path in sorted(corpus.glob(f"*_{lang}_*.txt")):
        runs += [s.tokens for s in parse(path.read_text("utf-8"), lang=lang).sentences]
    found = [is_transition(tokens, lang) for tokens in runs]
    assert found == [_naive_is_transition(tokens, lang) for tokens in runs]
    assert 200 < sum(found) < len(runs) - 200  # both answers, often
