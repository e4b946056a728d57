"""The audit's speed-ups change no result: the shared WordPress exports and corpus pages audit to
the same frame with the fast paths as with the code they replaced (bs4's find_all for the HTML
walk; the injection tables' prefixes and sections, French elisions, word-form keys, complex words,
reading figures (syllables, long words), each chunk's tokens and language markers worked out again
for every token, not remembered: seo_kit.lang._memo). Below, on the corpus: the
Document's words and sentences (chained in C), the reading counts (numbers left out and
figures summed in C), the keyphrase's share in a text (the text lowered once, not once per
word and topic) and the injection tables' phrases found in a sentence (the one-word prefixes
looked up per token only when the sentence holds one) against the code they replaced.

fold, separate_symbols and normalise_quotes are compared with the str.translate formula on every
code point in tests/text (test_fold.py, test_tokens.py); the injection pre-filters in
tests/score/test_injection_prefilter.py, its raw offsets in tests/score/test_injection_origins.py.
"""

from __future__ import annotations

import csv
import re

import pandas as pd
import pytest
from audit_samples import EXPORTS, SHARED, WXR_DIR

import seo_kit.lang as language
from seo_kit.audit import audit
from seo_kit.score import matching
from seo_kit.score.checks import extra, readability
from seo_kit.score.injection import match
from seo_kit.text import analysis, markup, parse
from seo_kit.text import tokens as text_tokens
from seo_kit.text.document import Block, Document

CORPUS = SHARED / "corpus"


def _find_all(node, names) -> list:
    return node.find_all(sorted(names))


def _find(node, names) -> bool:
    return node.find(sorted(names)) is not None


def _reading_counts_before(doc, lang: str) -> analysis.TextCounts:
    """analysis.reading_counts as it was: numbers left out and figures added word by word."""
    sentences = words = syllables = long_words = 0
    for sentence in doc.sentences:
        kept = [w for w in sentence.words
                if not (w[0] in "0123456789.," and re.fullmatch(r"[\d.,]+", w))]
        if not kept:
            continue
        sentences += 1
        words += len(kept)
        for word in kept:
            syllables += language.count_syllables(word, lang)
            long_words += len(word) > 6 and len(re.findall(r"[^\W\d_]", word)) > 6
    return analysis.TextCounts(sentences, words, syllables, long_words)


def _corpus_pages() -> list[dict]:
    """Every corpus text as plain text and as HTML paragraphs, with its keyphrase."""
    with (CORPUS / "INDEX.tsv").open(encoding="utf-8") as index:
        keyphrases = {row["file"]: row["keyphrase"] for row in csv.DictReader(index, delimiter="\t")}
    pages = []
    for path in sorted(CORPUS.glob("*.txt")):
        head, _, body = path.read_text("utf-8").partition("\n\n")
        title = head.split("\n")[0].removeprefix("TITLE:").strip()
        html = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        for suffix, content in (("", body), ("#html", html)):
            pages.append({"url": path.name + suffix, "title": title,
                          "keyphrase": keyphrases.get(path.name), "content": content})
    return pages


def _sources() -> list:
    exports = [WXR_DIR / name for name in EXPORTS if (WXR_DIR / name).is_file()]
    if not exports or not (CORPUS / "INDEX.tsv").is_file():
        pytest.skip(f"the shared exports or corpus are absent ({SHARED})")
    return [*exports, _corpus_pages()]


def test_the_fast_paths_give_the_frames_of_the_code_they_replaced(monkeypatch):
    sources = _sources()
    fast = [audit(source, workers=1) for source in sources]
    assert sum(len(frame) for frame in fast) > 150
    monkeypatch.setattr(markup, "_tags", _find_all)
    monkeypatch.setattr(markup, "_holds_tag", _find)
    # the same functions without their per-token memory
    monkeypatch.setattr(match, "_prefixed_sections", match._prefixed_sections.__wrapped__)
    monkeypatch.setattr(language, "_split_elision", language._split_elision.__self__.func)
    form_keys_of = extra._form_keys_of
    monkeypatch.setattr(extra, "_form_keys_of", lambda lang: form_keys_of(lang).__self__.func)
    reading_figures_of = analysis._reading_figures_of
    monkeypatch.setattr(analysis, "_reading_figures_of",
                        lambda lang: reading_figures_of(lang).__self__.func)
    complex_in = readability._complex_in
    monkeypatch.setattr(readability, "_complex_in", lambda lang: complex_in(lang).__self__.func)
    for module, name in ((text_tokens, "_chunk_tokens"), (match, "_chunk_tokens"),
                         (match, "_token_sections"), (language, "_marker_hits")):
        monkeypatch.setattr(module, name, getattr(module, name).__self__.func)
    for source, frame in zip(sources, fast, strict=True):
        pd.testing.assert_frame_equal(audit(source, workers=1), frame)


def test_document_words_are_those_of_its_blocks_sentences():
    """Document.words, .sentences and Block.words chained in C: the tuples the generators gave."""
    if not (CORPUS / "INDEX.tsv").is_file():
        pytest.skip(f"the shared corpus is absent ({CORPUS})")
    for path in sorted(CORPUS.glob("*.txt")):
        lang = path.name.split("_")[1]
        text = path.read_text("utf-8")
        for doc in (parse(text, lang=lang),
                    parse("".join(f"<h2>{p}</h2>" if len(p) < 80 else f"<p>{p}</p>"
                                  for p in text.split("\n\n")), lang=lang)):
            assert isinstance(doc, Document) and all(isinstance(b, Block) for b in doc.blocks)
            assert doc.sentences == tuple(s for b in doc.blocks for s in b.sentences)
            assert [b.words for b in doc.blocks] == [
                tuple(w for s in b.sentences for w in s.words) for b in doc.blocks]
            assert doc.words == tuple(w for b in doc.blocks for w in b.words) and doc.words


NUMBERS = {"fr": "En 2018, 1,5 million de foyers (12,5 %) payaient 3.000 euros ; 42. Puis 7.",
           "en": "In 2018, 1.5 million homes (12.5%) paid 3,000 pounds; 42. Then 7."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reading_counts_are_those_of_the_word_by_word_sums(lang):
    """reading_counts (numbers left out by the remembered per-word figures, sums in C) against
    the word-by-word formula it replaced, on every corpus text of its language and on numbers."""
    if not (CORPUS / "INDEX.tsv").is_file():
        pytest.skip(f"the shared corpus is absent ({CORPUS})")
    texts = [NUMBERS[lang], "2018. 42.", *(p.read_text("utf-8")
                                            for p in sorted(CORPUS.glob(f"*_{lang}_*.txt")))]
    for text in texts:
        doc = parse(text, lang=lang)
        counts = analysis.reading_counts(doc, lang=lang)
        assert counts == _reading_counts_before(doc, lang)
        assert type(counts.long_words) is int and counts.syllables >= counts.words
    assert analysis.reading_counts(parse("2018. 42.", lang=lang), lang=lang).sentences == 0
    assert analysis.reading_counts(parse(NUMBERS[lang], lang=lang), lang=lang).words < len(
        parse(NUMBERS[lang], lang=lang).words)


def _match_percentage_before(topic, text: str) -> int:
    """matching.match_percentage as it was: the text prepared again for every content word."""
    if not topic:
        return 0
    found = sum(1 for forms in topic.forms if matching.count_form_in_text(text, forms) > 0)
    return round(found / topic.length * 100 + 1e-9)


def test_keyphrase_shares_are_those_of_the_text_prepared_per_word():
    """match_percentage and best_match_percentage (the text lowered, its quotes and symbols
    normalised once) against the per-word formula, for every corpus keyphrase (and each
    keyphrase with another's words as a synonym) on every sentence and paragraph of its text."""
    if not (CORPUS / "INDEX.tsv").is_file():
        pytest.skip(f"the shared corpus is absent ({CORPUS})")
    with (CORPUS / "INDEX.tsv").open(encoding="utf-8") as index:
        rows = list(csv.DictReader(index, delimiter="\t"))
    shares = []
    for row, other in zip(rows, rows[1:] + rows[:1], strict=True):
        lang = row["lang"]
        topics = [matching.build_topic(row["keyphrase"], lang),
                  matching.build_topic(other["keyphrase"].split()[0] + " " + row["keyphrase"],
                                       lang),
                  matching.build_topic(f"“{row['keyphrase']}”", lang)]
        doc = parse((CORPUS / row["file"]).read_text("utf-8"), lang=lang)
        for text in [s.text for s in doc.sentences] + [b.text for b in doc.blocks]:
            for topic in topics:
                share = matching.match_percentage(topic, text)
                assert share == _match_percentage_before(topic, text)
                shares.append(share)
            assert matching.best_match_percentage(topics, text) == max(
                _match_percentage_before(t, text) for t in topics)
    assert 100 in shares and 0 in shares and any(0 < x < 100 for x in shares)


def _matches_before(tokens: tuple[str, ...], lang: str) -> dict[str, list[tuple[int, int]]]:
    """match.matches as it was: every token's one-word prefixes looked up."""
    by_first = match._index(lang)[0]
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in match.SECTIONS}
    for i, token in enumerate(tokens):
        for name, phrase in by_first.get(token, ()):
            if match._phrase_at(tokens, i, phrase):
                found[name].append((i, i + len(phrase)))
        for name in match._prefixed_sections(lang, token):
            found[name].append((i, i + 1))
    return found


def test_injection_phrases_are_found_as_when_every_token_prefix_was_looked_up():
    """match.matches (its prefixes looked up only when the joined tokens hold one) against the
    formula it replaced, in every table's language, on every
    paragraph of the corpus and on every phrase of every table standing in a sentence (whole,
    cut before its last word, and with its prefixes completed), so that every kind of phrase
    (one word, several, a prefix after the first word) is met."""
    if not (CORPUS / "INDEX.tsv").is_file():
        pytest.skip(f"the shared corpus is absent ({CORPUS})")
    rows = [match.tokens_of(p) for path in sorted(CORPUS.glob("*.txt"))
            for p in path.read_text("utf-8").split("\n\n")]
    for lang in match.INJECTION_LANGS:
        for section in match.SECTIONS:
            for phrase in match.phrases(lang, section):
                words = tuple(w[:-1] + "ment" if w.endswith("*") else w for w in phrase)
                rows += [("ok", *words, "now"), words, ("so", *words[:-1]), words + words]
    hits = 0
    for lang in match.INJECTION_LANGS:
        for tokens in rows:
            found = match.matches(tokens, lang)
            assert found == _matches_before(tokens, lang), (lang, tokens)
            hits += sum(map(len, found.values()))
    assert hits > len(rows)
