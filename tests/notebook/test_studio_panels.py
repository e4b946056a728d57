"""The studio's panels without a browser: template menu, errors in the status line, progress
and Cancel, the long-run warning, the editor that re-scores, the check panel and its eye, the
SERP snippet, saving a hand edit, the history and a reload."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from seo_kit.llm import RunLog
from seo_kit.notebook import Studio
from seo_kit.notebook.editor import DEBOUNCE_S
from seo_kit.rewrite.inputs import read_article

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"


@pytest.fixture
def article() -> str:
    return read_article(REQUEST, skip_first_line=True).text


@pytest.fixture
def generated(article_server, article) -> Studio:
    studio = Studio(article, keywords="Lavrov !, Corée du Nord.")
    studio.generate_button.click()
    studio.wait()
    assert len(studio.result.variants) == 1, studio.status.value
    return studio


# the template menu ----------------------------------------------------------------------------

def test_every_template_option_has_a_label_and_a_value():
    studio = Studio()
    assert all(isinstance(option, tuple) and len(option) == 2 for option in
               studio.template.options)
    assert studio.template.options[0] == ("celle du mode", "")
    assert "None" not in str([label for label, _ in studio.template.options])


@pytest.mark.parametrize("mode", ["rewrite", "restructure"])
def test_each_template_of_the_menu_generates(article_server, article, mode):
    studio = Studio(article, keywords="Lavrov", min_words=300, mode=mode)
    choices = [value for _, value in studio.template.options]
    assert "" in choices and mode in choices and len(choices) == 2  # only what the mode can run
    studio.template.value = mode
    assert studio.prompt_form.fields["system"].value  # the form shows that template
    studio.generate_button.click()
    studio.wait()
    assert len(studio.result.variants) == 1, studio.status.value
    assert "générée" in studio.status.value


# errors ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("error, shown", [
    (TypeError("unhashable type: 'tuple'"), "erreur inattendue"),
    (__import__("seo_kit").errors.TemplateError("not valid TOML"), "consigne ne peut pas"),
    (__import__("seo_kit").errors.EndpointError("refused"), "serveur du modèle"),
])
def test_every_error_ends_in_the_status_line_in_french(article_server, article, monkeypatch,
                                                         error, shown):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr("seo_kit.notebook.widgets.generate", broken)
    studio = Studio(article, keywords="Lavrov")
    studio.generate_button.click()
    studio.wait()
    assert shown in studio.status.value and "⚠" in studio.status.value
    assert "détails techniques" in studio.status.value  # the English detail is folded away
    assert not studio.generate_button.disabled and studio.cancel_button.disabled


# progress, Cancel, long runs --------------------------------------------------------------------

def test_cancel_stops_and_keeps_the_finished_variant(article_server, article):
    article_server.latency_s = 0.05
    studio = Studio(article, keywords="Lavrov", n_variants=3, min_words=300,
                    concurrency=1)  # one after the other, as on the embedded model
    first_done = threading.Event()
    studio.progress.observe(lambda change: change["new"] >= 1 and first_done.set(),
                            names="value")
    studio.generate_button.click()
    assert first_done.wait(60)
    studio.cancel_button.click()
    studio.wait()
    assert "Annulé" in studio.status.value
    assert 1 <= len(studio.result.variants) < 3
    assert len(RunLog().variants()) == len(studio.result.variants)


def test_a_long_run_on_the_embedded_model_asks_first(article):
    studio = Studio(article, keywords="Lavrov", n_variants=6, min_words=2000)  # no endpoint set
    studio.generate_button.click()
    assert "Attention" in studio.status.value and "modèle embarqué" in studio.status.value
    assert studio._worker is None  # nothing started: a second click would


# the editor, the check panel, the eye ------------------------------------------------------------

def test_editing_the_variant_moves_the_scores(generated):
    editor = generated.editor
    before = editor.report.words
    editor.text.value += "\n\n" + "Lavrov a rencontré Kim Jong-un à Pyongyang mercredi. " * 30
    assert editor._timer is not None
    editor._timer.join(DEBOUNCE_S + 10)  # the debounced re-score has run
    assert editor.report.words > before + 200
    assert "SEO" in editor.scores.value


def test_the_check_panel_groups_with_advice_and_sets_the_cms_apart(generated):
    html = " ".join(row.children[1].value for row in generated.editor.checks.children
                    if hasattr(row, "children") and len(row.children) == 2)
    headings = [row.value for row in generated.editor.checks.children
                if not hasattr(row, "children")]
    assert any("À faire dans le CMS" in h for h in headings)
    assert "Dans le CMS, ajoutez un lien" in html  # links are the CMS's job
    panel = generated.editor.panel
    assert not {i.id for i in (*panel.problems, *panel.improvements, *panel.good)} & \
        {"images", "internalLinks", "externalLinks"}
    assert "keyphraseDensity" not in html and "seo.images" not in html  # names, not ids


def test_the_eye_highlights_the_long_sentences(generated):
    editor = generated.editor
    editor.text.value = ("# Titre\n\nUne phrase courte. " + "Cette phrase est longue " * 6
                         + "et elle continue encore.\n")
    editor.rescore()
    editor.toggle_eye("textSentenceLength")
    marks = BeautifulSoup(editor.highlighted.value, "html.parser").find_all("mark")
    assert len(marks) == 1 and marks[0].text.startswith("Cette phrase est longue")
    editor.toggle_eye(None)
    assert "<mark>" not in editor.highlighted.value


def test_a_hand_edit_is_saved_with_its_parent(generated):
    parent = generated.result.variants[0].id
    generated.editor.text.value += "\n\nUne phrase ajoutée à la main."
    saved = generated.editor.save()
    assert saved["parent"] == parent and saved["kind"] == "edit"
    assert RunLog().variant(saved["id"])["text"].endswith("Une phrase ajoutée à la main.")
    assert len(generated.comparison) == 3  # source, v1, the edit
    assert any(label.startswith("✎") for label in generated.comparison.index)


def test_the_snippet_editor_shows_both_devices_and_the_analyst_s_domain(generated):
    editor = generated.editor
    editor.domain.value = "www.lemonde.fr"
    editor.meta.value = "Trop court."
    editor.rescore()
    assert "www.lemonde.fr" in editor.snippet.value
    bars = BeautifulSoup(editor.snippet.value, "html.parser").select(".seo-bar")
    assert [b["data-rating"] for b in bars][1] == "ok"  # a short meta: orange, not green


# history and reload -----------------------------------------------------------------------------

def test_a_reloaded_page_comes_back_with_the_last_run(generated, article_server):
    reloaded = Studio(restore=True)
    assert len(reloaded.result.variants) == 1
    assert reloaded.article.value.strip() == generated.result.source.strip()
    assert reloaded.history.pick.options
    assert "restaurée" in reloaded.status.value


def test_a_reload_shows_the_saved_reports_without_scoring_again(generated, monkeypatch):
    from seo_kit.score import score as real_score

    plain = []

    def no_grounding(text, **kwargs):  # the source's own row is scored (plain, milliseconds)
        if kwargs.get("source"):
            raise AssertionError("a reload must not ground again (seconds a text)")
        plain.append(text)
        return real_score(text, **kwargs)

    shown = generated.comparison.loc["v1", ["seo_score", "readability_score", "words"]]
    # the module, not `seo_kit.score` (the package face's function of the same name)
    monkeypatch.setattr(sys.modules["seo_kit.score"], "score", no_grounding)
    reloaded = Studio(restore=True)
    assert "restaurée" in reloaded.status.value, reloaded.status.value
    label = reloaded.variant_picker.value
    assert list(reloaded.comparison.loc[label, ["seo_score", "readability_score", "words"]]) \
        == list(shown)
    assert reloaded.editor.panel is not None and reloaded.editor.report.get("grounding")
    reloaded.history.pick.value = (generated.result.variants[0].id,)
    reloaded.history.compare_picked()  # the history's comparison reads the saved reports too
    assert "seo-history-column" in reloaded.history.texts.value
    assert plain == [generated.result.source] * 2  # the source row, on the page and in history


def test_the_history_compares_runs_side_by_side(generated):
    generated.keywords.value = "Corée du Nord"
    generated.generate_button.click()
    generated.wait()
    generated.history.refresh()
    keys = [key for _, key in generated.history.pick.options][:2]
    generated.history.pick.value = tuple(keys)
    generated.history.compare_picked()
    assert generated.history.texts.value.count("seo-history-column") == 2
    assert "score SEO" in generated.history.table.value


# prompts as forms ----------------------------------------------------------------------------

def test_prompt_edits_survive_a_mode_switch_and_reset_asks(article):
    studio = Studio(article)
    system = studio.prompt_form.fields["system"]
    system.value = "Tu es un rédacteur maison."
    studio.mode.value = "restructure"
    studio.mode.value = "rewrite"
    assert studio.prompt_form.fields["system"].value == "Tu es un rédacteur maison."
    studio.prompt_form.reset()
    assert studio.prompt_form.edited()  # the first click only asks
    studio.prompt_form.reset()
    assert not studio.prompt_form.edited()


def test_english_studio_speaks_english(generated, article):
    studio = Studio(article, ui_lang="en", keywords="Lavrov")
    studio.editor.load(generated.result.variants[0], source=article, lang="fr",
                       keyphrase="Lavrov")
    text = " ".join(row.children[1].value for row in studio.editor.checks.children
                    if hasattr(row, "children") and len(row.children) == 2)
    assert "Keyphrase" in text or "keyphrase" in text
    assert "Requête" not in text and "phrases" not in text


# input hygiene -------------------------------------------------------------------------------

def test_a_one_paragraph_article_is_text_not_a_file_name(article_server):
    from seo_kit.notebook.studio import StudioSettings, generate

    sentence = ("Le ministre russe Sergueï Lavrov est arrivé mercredi à Pyongyang pour une "
                "visite officielle de deux jours.")
    one_line = " ".join([sentence] * 6)  # one line of more than 255 bytes, ending with "."
    result = generate(StudioSettings(article=one_line, keywords=("Lavrov",), min_words=100))
    assert len(result.variants) == 1 and result.source == one_line

@pytest.mark.parametrize("typed, expected", [
    ("Lavrov !, Corée du Nord.", ("Lavrov", "Corée du Nord")),
    ("« Kim Jong-un » ; l’Ukraine…", ("Kim Jong-un", "l’Ukraine")),
    ("  Lavrov ,lavrov,, ", ("Lavrov",)),
    ("", ()),
])
def test_keywords_are_trimmed_of_punctuation(typed, expected):
    from seo_kit.notebook.studio import clean_keywords

    assert clean_keywords(typed) == expected


@pytest.mark.parametrize("first_line, instruction", [
    ("Make this article seo compatible, be in french, create at least 700 words", True),
    ("Réécris cet article en français, au moins 700 mots avec des intertitres", True),
    ("Kim Jong-un s’est rendu en Russie en septembre.", False),
    ("Le ministre a écrit une lettre.", False),
])
def test_an_uploaded_file_s_instruction_line_is_detected(first_line, instruction):
    from datetime import UTC, datetime

    studio = Studio()
    content = f"{first_line}\nLe ministre est arrivé mercredi à Pyongyang.".encode()
    studio.upload.value = ({"name": "a.txt", "type": "text/plain", "size": len(content),
                            "content": memoryview(content), "last_modified": datetime.now(UTC)},)
    assert studio.skip_first_line.value is instruction
    assert (first_line not in studio.article.value) is instruction
    assert ("première ligne" in studio.status.value) is instruction
    studio.skip_first_line.value = not instruction  # the analyst overrides the detection
    assert (first_line in studio.article.value) is instruction


def test_an_edited_prompt_is_a_named_version_shown_in_the_history(article_server, article):
    studio = Studio(article, keywords="Lavrov", min_words=300)
    studio.generate_button.click()  # the shipped prompt first
    studio.wait()
    shipped = studio.result.variants[0].template_version
    studio.prompt_form.fields["intro"].value += " Sois bref."
    studio.prompt_form.version.value = "chapô bref"
    studio.generate_button.click()
    studio.wait()
    assert studio.comparison.loc["v1", "template"].startswith("studio-")
    edited = studio.comparison.loc["v1", "template_version"]
    assert shipped.startswith("rewrite@") and edited.startswith("studio-") and edited != shipped
    version = RunLog().template_version(edited)  # the run log keeps the version and its prompts
    assert version["label"] == "chapô bref" and version["base"] == "rewrite"
    assert version["content"]["steps"]["intro"].endswith("Sois bref.")
    assert f"chapô bref ({edited.split('@')[1][:6]})" in studio.table.value
    lines = [label for label, _ in studio.history.pick.options]
    assert any(f"chapô bref ({edited.split('@')[1][:6]})" in line for line in lines)
    assert any(f"rewrite ({shipped.split('@')[1][:6]})" in line for line in lines)
    studio.history.pick.value = tuple(key for _, key in studio.history.pick.options)
    studio.history.compare_picked()  # two versions: how each does, side by side
    assert "Versions de la consigne comparées" in studio.history.table.value
    assert studio.history.table.value.count("seo-versions") == 1
    report = studio.export("report")  # the shared report names the version of each variant
    assert f"version de la consigne : chapô bref ({edited.split('@')[1][:6]})" in report
