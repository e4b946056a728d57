"""The plan taken from the source (seo_kit.rewrite.plan): the news first, every passage once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seo_kit.rewrite.plan import group_paragraphs, lead_index, plan_article, source_paragraphs
from seo_kit.text import split_sentences

ROOT = Path(__file__).parents[2]
REQUEST = ROOT / "notebooks" / "data" / "article_request.txt"
CORPUS = Path(os.environ.get("SEO_KIT_CORPUS", ROOT.parent / "shared" / "corpus"))
SEED = REQUEST.read_text(encoding="utf-8").split("\n", 1)[1]

BACKGROUND = "Kim Jong-un s’est rendu en Russie en septembre pour rencontrer Vladimir Poutine."
NEWS = "Sergueï Lavrov est arrivé mercredi en Corée du Nord, selon l’agence Tass."
LATER = "Lavrov s’était déjà rendu en Corée du Nord en 2018, pour deux jours."
DATELINE = "16 juin 2012. - Le commentateur Thierry Roland est mort dans la nuit de vendredi."


@pytest.mark.parametrize("paragraphs, keyphrase, expected", [
    ([BACKGROUND, NEWS, LATER], "Lavrov", 1),  # background first: the news is the 2nd paragraph
    ([BACKGROUND, LATER, NEWS], "Lavrov", 1),  # no weekday in the window: the first naming it
    ([NEWS, BACKGROUND, LATER], "Lavrov", 0),
    ([BACKGROUND, NEWS, LATER], None, 0),  # no keyphrase: the first paragraph
    ([BACKGROUND, NEWS, LATER], "Pyongyang", 0),  # not named: the first paragraph
    ([BACKGROUND, DATELINE, NEWS], "Lavrov", 1),  # a dateline opens the news
    ([BACKGROUND] * 6 + [NEWS], "Lavrov", 0),  # beyond the first third: not pulled up
])
def test_lead_is_the_paragraph_with_the_news(paragraphs, keyphrase, expected) -> None:
    assert lead_index(paragraphs, keyphrase, lang="fr") == expected


def test_plain_text_headings_are_not_passages() -> None:
    text = f"Qu'est-ce qu'Ubuntu ?\n\n{NEWS}\n\n# Un titre\nDes papillons mutants\n{LATER}"
    assert source_paragraphs(text) == [NEWS, LATER]


def _texts() -> list[tuple[str, str, str, str]]:
    out = [("seed", SEED, "Lavrov", "fr")]
    index = CORPUS / "INDEX.tsv"
    if index.is_file():
        for line in index.read_text(encoding="utf-8").splitlines()[1:]:
            name, lang, _, _, _, keyphrase = line.split("\t")
            text = (CORPUS / name).read_text(encoding="utf-8").split("\n", 3)[3]
            out.append((name, text, keyphrase, lang))
    return out


@pytest.mark.parametrize("name, text, keyphrase, lang", _texts(), ids=lambda v: str(v)[:16])
@pytest.mark.parametrize("min_words", [300, 700, 1300])
def test_every_source_sentence_is_in_exactly_one_passage(name, text, keyphrase, lang,
                                                         min_words) -> None:
    plan = plan_article(text, lang=lang, keyphrase=keyphrase, min_words=min_words)
    sentences = lambda t: [s for line in t.split("\n") for s in split_sentences(line, lang=lang)]
    source = [s for p in source_paragraphs(text) for s in sentences(p)]
    planned = sentences(plan.lead) + [s for part in plan.parts for s in sentences(part)]
    assert sorted(planned) == sorted(source)
    assert 2 <= len(plan.parts) <= 8 and len(plan.section_words) == len(plan.parts)
    assert all(words >= 60 for words in plan.section_words)
    assert len(plan.lead.split()) <= 75 or len(sentences(plan.lead)) == 1


def test_the_seed_plan_opens_on_the_news() -> None:
    plan = plan_article(SEED, lang="fr", keyphrase="Lavrov", min_words=700)
    assert plan.lead.startswith("Le ministre russe des Affaires étrangères Sergueï Lavrov est "
                                "arrivé mercredi en Corée du Nord")
    assert plan.parts[0].startswith("Kim Jong-un s’est rendu en Russie en septembre")


@pytest.mark.parametrize("sizes, groups, expected", [
    ([10, 10, 10, 10], 2, [2, 2]),
    ([50, 5, 5, 5, 5], 2, [1, 4]),
    ([10, 10], 4, [1, 1]),
    ([10] * 9, 3, [3, 3, 3]),
])
def test_group_paragraphs_balances_words(sizes, groups, expected) -> None:
    paragraphs = [" ".join(["mot"] * size) for size in sizes]
    assert [len(g) for g in group_paragraphs(paragraphs, groups)] == expected
