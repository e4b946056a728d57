"""Reading an article mends its source defects at the door (seo_kit.text.mend, through read_article)."""

from __future__ import annotations

from seo_kit.rewrite.inputs import read_article
from seo_kit.score.grounding import source_sentences


def test_the_seed_reads_whole_with_a_note(article) -> None:
    sentences = source_sentences(article.text, "fr")
    assert not any(s.rstrip().endswith("Kim Jong.") for s in sentences)
    assert any("nord-coréen Kim Jong-un s’est rendu en Russie en septembre." in s
               for s in sentences)
    assert any("«Jong-un»" in note and "stray period" in note for note in article.notes)


def test_read_article_mends_any_text() -> None:
    article = read_article("Kim Jong-un est venu à Moscou cette année pour parler.\n"
                           "Le dirigeant Kim Jong. Un s'est rendu en Russie en septembre.",
                           lang="fr")
    assert "Kim Jong-un s'est rendu en Russie" in article.text
