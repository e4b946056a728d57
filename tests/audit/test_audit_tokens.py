"""One tokenisation per word, shared: the fast paths give the tokens of the functions they stand
for, on every sentence of the corpus and on texts made of the characters where a chunk-by-chunk
reading could differ (symbols and emoji that separate words, soft hyphens, quotes of every kind,
ligatures, dashes and brackets, final sigma, the dotted capital I, invisible characters)."""

from __future__ import annotations

import random

import pytest
from audit_samples import SHARED

from seo_kit.lang import split_elisions
from seo_kit.score.injection import match
from seo_kit.text import parse
from seo_kit.text.document import Sentence
from seo_kit.text.fold import fold
from seo_kit.text.tokens import (
    match_tokens,
    normalise_spaces,
    sentence_tokens,
    sentences_of_normalised,
    words_of_normalised,
)

CORPUS = SHARED / "corpus"
# Characters a word-by-word reading must treat as the whole text does.
ODD = ("l’", "L'", "qu’", "‘", "’", "‛", "`", "‹", "›", "“", "”", "«", "»", "„", "\"", "'",
       "-", "–", "—", "‐", "‑", "[", "]", "(", ")", ".", ",", ";", ":", "!", "?", "…", "%", "€",
       "\u00ad", "\u200b", "\u200d", "🚲", "©", "→", "°", "´", "œ", "Œ", "ß", "ﬁ", "Σ", "ΑΣ",
       "İ", "é", "e\u0301", "\u0332", "１２", "1,5", "2.5", "&", "+", "×", "_", "#", "@", "x")


def _texts() -> list[str]:
    rng = random.Random(8)
    texts = []
    for _ in range(3000):
        pieces = [rng.choice(ODD) if rng.random() < 0.6 else rng.choice(
            ("agence", "Nord", "coréen", "vélo", "électrique", "the", "Bikes")) for _ in
            range(rng.randint(1, 12))]
        joined = "".join(p + (" " if rng.random() < 0.5 else "") for p in pieces)
        texts.append(normalise_spaces(joined))
    if (CORPUS / "INDEX.tsv").is_file():
        for path in sorted(CORPUS.glob("*.txt")):
            lang = path.name.split("_")[1]
            for paragraph in path.read_text("utf-8").split("\n\n"):
                texts += sentences_of_normalised(normalise_spaces(paragraph), lang)
    return [t for t in texts if t]


def test_the_three_tokenisations_in_one_pass_are_those_of_the_three_functions():
    texts = _texts()
    assert len(texts) > (3000 if (CORPUS / "INDEX.tsv").is_file() else 2900)  # seeded runs alone
    for text in texts:
        found = words_of_normalised(text)
        assert sentence_tokens(text) == (found, split_elisions(found), match_tokens(text)), text


def test_a_sentence_of_text_holds_what_its_properties_would_compute():
    for text in _texts():
        fast, plain = Sentence.of(text), Sentence(text, words_of_normalised(text))
        assert fast == plain
        assert (fast.words, fast.tokens, fast.match_tokens) == (
            plain.words, plain.tokens, plain.match_tokens)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_parsed_document_reads_the_shared_tokens(lang):
    doc = parse("<p>L’agence « nord-coréen » a dit : c’est 1,5 % — pas plus.</p><p>Σ.</p>",
                lang=lang)
    assert [s.match_tokens for s in doc.sentences] == [match_tokens(s.text) for s in doc.sentences]
    assert doc.analysis.match_tokens == tuple(match_tokens(s.text) for s in doc.sentences)
    assert doc.sentences[0].tokens[:2] == ("l’", "agence")


def _injection_tokens_before(text: str) -> tuple[str, ...]:
    """match.tokens_of as it was: the whole text lowered, folded and matched at once."""
    text = fold(text.lower()).replace("’", " ").replace("'", " ").replace("-", " ")
    return tuple(match._TOKEN.findall(text))


def test_the_injection_tokens_worked_out_per_chunk_are_those_of_the_whole_text():
    """On raw (unnormalised) text too: tabs, newlines, no-break and other Unicode spaces."""
    rng = random.Random(9)
    texts = _texts() + ["\t".join(t.split(" ")) for t in _texts()[:500]]
    spaces = (" ", "\n", "\t", "\u00a0", "\u2000", "\u2009", "\u3000", "\x1c", "\x85", "")
    texts += ["".join(rng.choice(ODD) + rng.choice(spaces) for _ in range(rng.randint(1, 15)))
              for _ in range(3000)]
    texts += [" ".join(phrase) for lang in match.INJECTION_LANGS
              for section in match.SECTIONS for phrase in match.phrases(lang, section)]
    for text in texts:
        assert match.tokens_of(text) == _injection_tokens_before(text), text
