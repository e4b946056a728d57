"""The studio without a browser: set the controls' values, .click(), assert on what it shows."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from article_responder import article_responder
from bs4 import BeautifulSoup

from seo_kit.notebook import Studio, StudioSettings, generate
from seo_kit.rewrite.inputs import read_article

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"


@pytest.fixture
def article() -> str:
    return read_article(REQUEST, skip_first_line=True).text


def test_generate_is_a_plain_function(article_server, article):
    result = generate(StudioSettings(article=article, keywords=("Lavrov",), n_variants=2))
    assert list(result.comparison.index) == ["source", "v1", "v2"]
    assert len(result.variants) == 2
    assert result.variants[0].brief["seed"] != result.variants[1].brief["seed"]


def test_click_generate_fills_the_comparison(article_server, article):
    studio = Studio(article)
    studio.tone.value = "pédagogique"
    studio.keywords.value = "Lavrov, Corée du Nord"
    studio.min_words.value = 500  # the scripted responder only copies the 590-word source and
    studio.generate_button.click()  # the engine drops repeated sentences: 700 is out of reach
    studio.wait()
    df = studio.comparison
    assert list(df.index) == ["source", "v1"]
    assert df.loc["v1", "tone"] == "pédagogique"
    assert df.loc["v1", "keywords"] == "Lavrov, Corée du Nord"
    assert df.loc["v1", "words"] >= 500
    assert df.loc["v1", "seo_score"] > df.loc["source", "seo_score"]
    assert "seo-comparison" in studio.table.value and "pédagogique" in studio.table.value
    assert studio.chart.value[:4] == b"\x89PNG"
    assert studio.progress.value == studio.progress.max == 1
    assert "1 variante" in studio.status.value
    assert not studio.generate_button.disabled


def test_progress_names_the_step_and_counts_variants(article_server, article):
    article_server.latency_s = 0.05  # a slow model: the line changes as the steps go
    studio = Studio(article, keywords="Lavrov", n_variants=2, min_words=300)
    seen = []
    studio.status.observe(lambda change: seen.append(change["new"]), names="value")
    studio.generate_button.click()
    studio.wait()
    lines = [s for s in seen if s.startswith("Variante ")]
    # the standfirst's step (the H1 is the news's main clause: no "plan" call)
    assert any("section 1 sur" in s for s in lines) and any(" chapeau" in s for s in lines)
    assert any(s.startswith("Variante 2/2") for s in lines)
    assert "2 variante(s) générée(s)" in studio.status.value
    assert studio.progress.value == studio.progress.max == 2


def test_the_request_reaches_the_model_with_the_settings(article_server, article):
    studio = Studio(article, tone="expert", keywords="Lavrov")
    studio.temperature.value = 0.3
    studio.generate_button.click()
    studio.wait()
    body = article_server.chat_requests[0].body
    assert body["temperature"] == pytest.approx(0.3)
    assert "ton expert" in body["messages"][0]["content"]


def test_variant_serp_and_diff_views(article_server, article):
    studio = Studio(article, keywords="Lavrov", n_variants=2)
    studio.generate_button.click()
    studio.wait()
    assert studio.variant_picker.options == ("v1", "v2")
    assert "<h1>" in studio.variant_view.value and "<h2>" in studio.variant_view.value
    assert "px sur 600 px" in studio.serp.value and "lavrov" in studio.serp.value.lower()
    assert "seo-serp-desktop" in studio.serp.value and "seo-serp-mobile" in studio.serp.value
    assert studio.diff_left.value == "source" and studio.diff_right.value == "v1"
    assert "<ins " in studio.diff_view.value and "seo-diff" in studio.diff_view.value
    studio.diff_left.value = "v2"
    assert ">v2</del>" in studio.diff_view.value


def test_hostile_model_output_never_reaches_the_page(article_server, article):
    def hostile(request):
        text = article_responder(request)
        return text + ' <script>alert(1)</script><img src=x onerror=alert(2)>' \
                      ' [clic](javascript:alert(3))'
    article_server.responder = hostile
    studio = Studio(article, keywords="Lavrov")
    studio.generate_button.click()
    studio.wait()
    for view in (studio.variant_view, studio.diff_view, studio.table, studio.serp):
        page = BeautifulSoup(view.value, "html.parser")
        assert not page.find_all(["script", "iframe", "object"])
        for tag in page.find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on")], tag
            for attribute in ("href", "src"):
                assert not str(tag.get(attribute, "")).lower().startswith("javascript:"), tag
    assert "alert(1)" not in studio.variant_view.value  # the script's text is dropped too


def test_exports(article_server, article):
    studio = Studio(article, keywords="Lavrov")
    studio.generate_button.click()
    studio.wait()
    for kind, button in studio.export_buttons.items():
        button.click()
        assert studio.exported[kind], kind
        assert 'download="' in studio.downloads.value
    assert studio.exported["markdown"].startswith("---\n")
    assert '"@type": "NewsArticle"' in studio.exported["html"]
    assert studio.exported["csv"].startswith("variant,")
    assert "<table" in studio.exported["report"]


def test_nothing_to_export_before_generating():
    studio = Studio("")
    assert studio.export("html") == ""
    assert "générez d’abord" in studio.status.value


def test_empty_article_is_an_error_in_the_status(article_server):
    studio = Studio("   ")
    studio.generate_button.click()
    studio.wait()
    assert "Collez un article" in studio.status.value
    assert article_server.chat_requests == []


def test_model_errors_show_in_the_status(scripted_server, monkeypatch, article):
    from scripted_server import Status

    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url)
    scripted_server.responder = lambda request: Status(500)
    studio = Studio(article, keywords="Lavrov")
    studio.generate_button.click()
    studio.wait()
    assert "⚠" in studio.status.value and studio.comparison.empty


def test_edited_template_is_used(article_server, article):
    studio = Studio(article, keywords="Lavrov")
    system = studio.prompt_form.fields["system"]
    system.value = "Tu es un rédacteur SEO maison. " + system.value
    settings = studio.settings()
    assert settings.template_text is not None
    studio.generate_button.click()
    studio.wait()
    assert "rédacteur SEO maison" in article_server.chat_requests[0].body["messages"][0]["content"]
    assert studio.comparison.loc["v1", "template"].startswith("studio-")


def test_the_environment_key_only_goes_to_the_environment_server(article_server, monkeypatch, article):
    from scripted_server import ScriptedServer

    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-key-for-the-configured-server")
    with ScriptedServer() as other:
        other.responder = article_responder
        studio = Studio(article, keywords="Lavrov")
        studio.base_url.value = other.url  # typed in the studio
        studio.generate_button.click()
        studio.wait()
        assert other.chat_requests and not article_server.chat_requests
        sent = {r.headers.get("authorization") for r in other.chat_requests}
        assert not any("sk-env-key" in (header or "") for header in sent)
    studio.base_url.value = article_server.url  # the configured server gets the key
    studio.keywords.value = "Corée du Nord"
    studio.generate_button.click()
    studio.wait()
    assert "sk-env-key" in article_server.chat_requests[-1].headers["authorization"]


def test_the_app_locks_the_endpoint():
    studio = Studio(lock_endpoint=True)
    assert studio.base_url.disabled and studio.model.disabled


def test_upload_fills_the_article():
    studio = Studio()
    content = "Une brève.\nLe ministre est arrivé mercredi à Pyongyang pour deux jours.".encode(
        "cp1252")
    studio.upload.value = ({"name": "breve.txt", "type": "text/plain", "size": len(content),
                            "content": memoryview(content),
                            "last_modified": datetime.now(UTC)},)
    assert "Pyongyang" in studio.article.value


def test_language_switch_loads_that_language_s_template():
    studio = Studio()
    assert "Tu es" in studio.prompt_form.fields["system"].value
    studio.lang.value = "en"
    assert "You are" in studio.prompt_form.fields["system"].value
    assert studio.settings().template_text is None  # shown, not edited


def test_english_article_settings_from_the_constructor():
    studio = Studio(lang="en", template="rewrite")
    assert "You are" in studio.prompt_form.fields["system"].value
    assert studio.settings().lang == "en" and studio.settings().template == "rewrite"


def test_tones_follow_the_article_language():
    studio = Studio()
    assert studio.tone.value == "informatif" and "percutant" in studio.tone.options
    studio.tone.value = "pédagogique"
    studio.lang.value = "en"
    assert studio.tone.value == "educational" and "informatif" not in studio.tone.options
    assert Studio(lang="en").settings().tone == "informative"
    assert Studio(lang="en", tone="playful").settings().tone == "playful"  # an analyst's own tone


def test_english_labels():
    studio = Studio(ui_lang="en")
    assert studio.generate_button.description == "Generate"
    assert studio.tabs.titles[0] == "Comparison"
