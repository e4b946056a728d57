"""Exports for editors: Markdown with front matter, an HTML page with meta tags and JSON-LD, a
standalone comparison report; none of them leaks a key, a token or a local path."""

import json
import re

import pandas as pd
import pytest

from seo_kit.notebook.export import (
    comparison_to_csv,
    news_article_jsonld,
    redact,
    to_html_report,
    variant_to_html,
    variant_to_markdown,
)

VARIANT = {
    "id": "v1",
    "title": "Lavrov en Corée du Nord : « </script><script>alert(1)</script> »",
    "meta_description": 'Le ministre russe arrive à Pyongyang "après" Pékin & Moscou.',
    "slug": "lavrov-coree-du-nord",
    "lang": "fr",
    "brief": {"keywords": ["Lavrov", "Corée du Nord"], "tone": "informatif",
              "template": "/home/analyste/prompts/maison.toml"},
    "text": "# Lavrov à Pyongyang\n\n## Une visite\n\nTexte <img src=x onerror=alert(1)>.\n",
    "created_at": "2026-11-28T17:00:00+00:00",
}


def _jsonld(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', page, re.DOTALL)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


def test_variant_html_has_meta_tags_and_news_article():
    page = variant_to_html(VARIANT)
    assert '<html lang="fr">' in page
    assert '<meta name="description" content="Le ministre russe arrive à Pyongyang &quot;après' \
           '&quot; Pékin &amp; Moscou.">' in page
    assert "<title>Lavrov en Corée du Nord : « &lt;/script&gt;" in page
    data = _jsonld(page)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("Lavrov en Corée du Nord")
    assert data["inLanguage"] == "fr"
    assert data["keywords"] == "Lavrov, Corée du Nord"
    assert data["datePublished"] == "2026-11-28T17:00:00+00:00"


def test_variant_html_cannot_be_broken_out_of():
    page = variant_to_html(VARIANT)
    # only our own JSON-LD script element; the title's </script> is escaped inside it
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert "onerror" not in page


def test_headline_is_cut_at_110_characters():
    assert len(news_article_jsonld({**VARIANT, "title": "x" * 300})["headline"]) == 110


def test_markdown_export_has_front_matter():
    md = variant_to_markdown(VARIANT)
    head, _, body = md.partition("\n---\n")
    assert head.startswith("---\ntitle: ")
    assert 'slug: "lavrov-coree-du-nord"' in head
    assert '"Corée du Nord"' in head
    assert body.strip().startswith("# Lavrov à Pyongyang")


@pytest.mark.parametrize("secret", [
    "sk-proj-AbCdEf0123456789xyz",
    "Bearer eyJhbGciOiJIUzI1NiJ9.payload",
    "api_key=abcdef123456",
    "/home/analyste/prompts/maison.toml",
    "/tmp/pytest-of-root/pytest-1/seo_home/runs.sqlite",
    "/root/.seo_kit/runs.sqlite",
    r"C:\Users\analyste\article.txt",
])
def test_redact_removes_secrets_and_paths(secret):
    assert secret not in redact(f"avant {secret} après")
    assert redact(f"avant {secret} après").startswith("avant ")


@pytest.mark.parametrize("kept", [
    "http://127.0.0.1:8000/v1", "https://www.lemonde.fr/international/article.html",
    "10/12/2023", "1 000 conteneurs", "prompt_tokens: 512", "Kim Jong-un",
])
def test_redact_keeps_ordinary_text(kept):
    assert redact(kept) == kept


def _comparison() -> pd.DataFrame:
    return pd.DataFrame(
        {"kind": ["source", "variant"], "tone": [None, "informatif"],
         "words": [420, 812], "seo_score": [45, 82], "readability_score": [38, 74],
         "facts_dropped": [0, 1], "seo.keyphraseDensity": ["bad", "good"],
         "text": ["Texte source", "## Titre <script>alert(1)</script>\n\nCorps"],
         "template": [None, "/home/analyste/prompts/maison.toml"]},
        index=pd.Index(["source", "v1"], name="variant"))


def test_html_report_is_standalone_styled_and_safe(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-NOT-TO-LEAK-123456")
    df = _comparison()
    df.loc["v1", "tone"] = "sk-test-NOT-TO-LEAK-123456"
    page = to_html_report(df, title="Essai <b>")
    assert page.startswith("<!doctype html>")
    assert "Essai &lt;b&gt;" in page
    assert "<script" not in page and "alert" not in page
    assert "sk-test-NOT-TO-LEAK" not in page
    assert "/home/analyste" not in page
    assert "background-color: #c6efce" in page  # good in green
    assert "background-color: #ffc7ce" in page  # bad in red
    assert 'src="data:image/png;base64,' in page  # the chart is embedded
    assert "<h2>Titre" in page  # variants rendered


def test_csv_export_writes_file(tmp_path):
    path = tmp_path / "comparaison.csv"
    csv = comparison_to_csv(_comparison(), path)
    assert path.read_text(encoding="utf-8") == csv
    assert csv.splitlines()[0].startswith("variant,kind,tone,words")
    assert "/home/analyste" not in csv


@pytest.mark.parametrize("meta, expected", [
    ("Sergueï Lavrov est arrivé en Corée du Nord. Il a rencontré Kim Jong-un pour parler…",
     "Sergueï Lavrov est arrivé en Corée du Nord."),
    ("Sergueï Lavrov est arrivé en Corée du Nord mercredi pour…",
     "Sergueï Lavrov est arrivé en Corée du Nord mercredi pour"),
    ("Une phrase entière, sans coupure.", "Une phrase entière, sans coupure."),
    ("Trois points à la fin...", "Trois points à la fin"),
])
def test_no_ellipsis_is_ever_written_into_a_meta_tag(meta, expected):
    from seo_kit.notebook.export import publishable_meta, variant_to_html, variant_to_markdown

    variant = {"title": "Lavrov", "meta_description": meta, "text": "# Lavrov\n\nTexte.",
               "lang": "fr", "brief": {"keywords": ["Lavrov"]}}
    assert publishable_meta(meta) == expected
    page = variant_to_html(variant)
    assert f'<meta name="description" content="{expected}">' in page.replace("&#x27;", "'")
    assert "…" not in variant_to_markdown(variant).split("---")[1]
