"""The keyphrase checks share one count per content word and sentence (``sentence_counts``,
``Analysis.form_counts``): each check's figure is the one its own per-sentence formula gives."""

from __future__ import annotations

import pytest
from test_injection import CORPUS

from seo_kit.score.checks.keyphrase import _words_found, keyphrase_count
from seo_kit.score.context import Context
from seo_kit.score.matching import (
    build_topic,
    count_topic_in_tokens,
    sentence_counts,
    words_found_in_tokens,
)
from seo_kit.text.document import parse

TEXT = ("<h2>La voiture électrique en ville</h2><p>La voiture électrique gagne du terrain. Les "
        "voitures électriques se rechargent la nuit. Une électrique, une voiture : deux mots. "
        "Le « vélo électrique » aussi.</p><p>Rien ici. Voiture, voiture et voiture électrique.</p>")
KEYPHRASES = ["voiture électrique", "voiture", "électrique voiture ville", '"voiture électrique"',
              "la voiture", "vélo", "absent du texte"]


def _docs() -> list:
    docs = [parse(TEXT, lang="fr")]
    docs += [parse(p.read_text(encoding="utf-8"), lang=p.name.split("_")[1])
             for p in sorted(CORPUS.glob("*.txt"))]
    return docs


@pytest.mark.parametrize("keyphrase", KEYPHRASES)
def test_shared_counts_give_each_checks_own_count(keyphrase):
    for doc in _docs():
        topic = build_topic(keyphrase, doc.lang)
        tokens = doc.analysis.match_tokens
        assert keyphrase_count(doc, topic) == sum(count_topic_in_tokens(topic, t) for t in tokens)
        assert _words_found(doc, topic) == [words_found_in_tokens(topic, t) for t in tokens]
        ctx = Context(lang=doc.lang, keyphrase=keyphrase)
        assert ctx.topic == topic


def test_a_words_counts_are_counted_once_per_document():
    doc = parse(TEXT, lang="fr")
    forms = build_topic("voiture", "fr").forms[0]
    first = sentence_counts(doc, forms)
    assert sentence_counts(doc, forms) is first and doc.analysis.form_counts == {forms: first}
    # the heading 1, the first sentence 1, "une voiture" 1, the last sentence 3; Yoast's exact
    # matching reads "voitures" as another word
    assert first == (1, 1, 0, 1, 0, 0, 3)
