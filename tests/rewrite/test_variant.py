"""Variant: one front matter for every file seo_kit writes, read back by the scorer."""

import pytest

from seo_kit.notebook.export import variant_to_markdown
from seo_kit.rewrite.variant import Variant, front_matter, markdown_with_front_matter
from seo_kit.score import score

TEXT = ("# Le cœur de la réforme\n\nLa réforme des retraites revient au Parlement. "
        "Le gouvernement veut un vote avant l'été.\n")
VARIANT = Variant(
    text=TEXT, title="Le cœur de la réforme des retraites", slug="le-coeur-de-la-reforme",
    meta_description="La réforme des retraites revient au Parlement : ce qui change et quand.",
    lang="fr", mode="rewrite", brief={"keywords": ["réforme des retraites", "Parlement"]},
    template="rewrite", model="qwen", constraints={"min_words": False},
    created_at="2026-11-30T12:00:00.000+00:00", id="v1")


@pytest.mark.parametrize("variant", [VARIANT, VARIANT.to_dict()], ids=["Variant", "dict"])
def test_a_variant_and_its_dict_have_the_same_front_matter(variant):
    assert front_matter(variant) == {
        "title": "Le cœur de la réforme des retraites",
        "description": VARIANT.meta_description,
        "slug": "le-coeur-de-la-reforme",
        "lang": "fr",
        "keywords": ["réforme des retraites", "Parlement"],
        "date": "2026-11-30T12:00:00.000+00:00",
        "mode": "rewrite", "template": "rewrite", "model": "qwen", "variant_id": "v1",
        "words": VARIANT.words, "constraints": {"min_words": False},
    }


@pytest.mark.parametrize("written", [
    VARIANT.markdown_with_front_matter(),  # seo-kit rewrite's file
    variant_to_markdown(VARIANT),           # the notebook's export
    variant_to_markdown(VARIANT.to_dict()),  # the export of a run-log row
], ids=["cli", "export", "export-dict"])
def test_every_writer_is_the_one_writer_and_the_scorer_reads_it_back(written):
    assert written == markdown_with_front_matter(VARIANT)
    report = score(written, keyphrase="réforme des retraites", lang="fr")
    assert report.serp["title"] == VARIANT.title
    assert report.serp["meta_description"] == VARIANT.meta_description
    assert report.words == VARIANT.words  # the front matter is not text


def test_a_hand_made_dict_gets_only_the_fields_it_has():
    minimal = front_matter({"title": "T", "text": "# T\n\nx", "lang": "en"})
    assert set(minimal) == {"title", "description", "slug", "lang", "keywords", "date"}
