"""run_grid(): every combination of parameters → one tidy row per variant, through the engine's
cache, so that re-running after changing one parameter only calls the model for the new cells."""

from pathlib import Path

import pytest

from seo_kit.compare.grid import run_grid
from seo_kit.llm import RunLog
from seo_kit.rewrite.inputs import read_article

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"


@pytest.fixture
def article():
    return read_article(REQUEST, skip_first_line=True)


@pytest.mark.parametrize(("lang", "tone"), [("fr", "informatif"), ("en", "informative")])
def test_without_tones_the_grid_asks_for_the_language_s_default(article_server, article, lang, tone):
    df = run_grid(article, lang=lang, min_words=300)
    assert list(df["tone"]) == [tone]


def test_one_row_per_combination(article_server, article):
    df = run_grid(article, tones=["informatif", "pédagogique"],
                  keyword_sets=[["Lavrov"], ["Corée du Nord", "Russie"]], min_words=[400, 700])
    assert len(df) == 2 * 2 * 2
    combos = set(zip(df["tone"], df["keywords"], df["min_words"]))
    assert ("pédagogique", "Corée du Nord, Russie", 700) in combos
    assert len(combos) == 8
    for column in ("article", "template", "model", "temperature", "mode", "text", "words",
                   "seo_score", "readability_score", "facts_dropped", "prompt_tokens",
                   "latency_s", "seo.keyphraseDensity"):
        assert column in df.columns, column
    assert (df["kind"] == "variant").all()
    assert set(df["model"]) == {"scripted-model"}  # not given: the model the endpoint served
    assert set(df["template"]) == {"rewrite"}


def test_scores_follow_the_keyphrase(article_server, article):
    # 500 words: the scripted responder only copies the 590-word source, and the engine drops
    # repeated sentences, so it cannot honestly reach 700
    df = run_grid(article, keyword_sets=[["Lavrov"], ["Corée du Nord"]], min_words=[500])
    assert set(df["keywords"]) == {"Lavrov", "Corée du Nord"}
    assert (df["words"] >= 500).all()
    assert df["text"].str.contains("Lavrov").all()


def test_rerun_only_calls_the_model_for_new_cells(article_server, article):
    run_grid(article, tones=["informatif", "pédagogique"])
    first = len(article_server.chat_requests)
    assert first > 0

    run_grid(article, tones=["informatif", "pédagogique"])
    assert len(article_server.chat_requests) == first  # nothing new: all from the cache

    df = run_grid(article, tones=["informatif", "pédagogique", "expert"])
    assert len(df) == 3
    third = len(article_server.chat_requests)
    # only the "expert" cell calls the model (fewer calls than a whole cell when it shares a
    # grounding fix with the cells before, which the cache serves)
    assert first < third < first + first
    run_grid(article, tones=["informatif", "pédagogique", "expert"])
    assert len(article_server.chat_requests) == third

    run_grid(article, tones=["informatif"], min_words=[500])
    assert len(article_server.chat_requests) > third  # a changed parameter is a new cell


def test_variants_are_logged(article_server, article):
    df = run_grid(article, tones=["informatif", "engageant"])
    saved = RunLog().variants()
    assert {v["id"] for v in saved} >= set(df["id"])


def test_several_articles_and_the_source_rows(article_server, article, tmp_path):
    other = tmp_path / "breve.txt"
    other.write_text("\n".join(article.text.splitlines()[:6]), encoding="utf-8")
    df = run_grid({"lavrov": article, "breve": other}, tones=["informatif"],
                  keyword_sets=[["Lavrov"]], include_source=True)
    assert list(df["article"]) == ["lavrov", "lavrov", "breve", "breve"]
    assert list(df["kind"]) == ["source", "variant", "source", "variant"]
    assert list(df.index) == ["lavrov/source", "lavrov/v1", "breve/source", "breve/v1"]


def test_a_path_and_its_instruction_line(article_server):
    df = run_grid(str(REQUEST), skip_first_line=True, keyword_sets=[["Lavrov"]])
    assert df.loc["article_request/v1", "article"] == "article_request"
    assert "Make this article seo compatible" not in df.iloc[0]["text"]


def test_models_and_temperatures_reach_the_server(article_server, article):
    df = run_grid(article, models=["modele-a", "modele-b"], temperatures=[0.2, 0.9],
                  keyword_sets=[["Lavrov"]])
    assert sorted(zip(df["model"], df["temperature"])) == [
        ("modele-a", 0.2), ("modele-a", 0.9), ("modele-b", 0.2), ("modele-b", 0.9)]
    sent = {(r.body["model"], r.body["temperature"]) for r in article_server.chat_requests}
    # (the engine may use its own temperature for a step such as the meta tags)
    assert sent >= {("modele-a", 0.2), ("modele-a", 0.9), ("modele-b", 0.2), ("modele-b", 0.9)}
    assert {model for model, _ in sent} == {"modele-a", "modele-b"}


@pytest.mark.parametrize("on_progress", [False, True])  # one batch, or batches of `concurrency`
def test_every_step_of_every_cell_reaches_on_step(article_server, article, on_progress):
    steps, batches = [], []
    second = article.text.replace("Lavrov", "Sergueï Lavrov", 1)
    df = run_grid({"a": article, "b": second}, tones=["informatif", "pédagogique"],
                  min_words=300, concurrency=1, on_step=steps.append,
                  on_progress=(lambda done, total: batches.append((done, total)))
                  if on_progress else None)
    assert len(df) == 4
    finished = sorted(s.brief for s in steps if s.name == "variant" and s.state == "done")
    assert finished == [0, 1, 2, 3]  # the cell's place in the whole grid, not in its batch
    sections = [s for s in steps if s.name == "section" and s.state == "start"]
    assert sections and all(1 <= s.index <= s.total for s in sections)
    assert {s.brief for s in sections} == {0, 1, 2, 3}
    if on_progress:
        assert batches[-1] == (4, 4)


def test_the_grid_s_bar_counts_steps_k_of_n(article_server, article):
    pytest.importorskip("ipywidgets")  # the bar is the [notebook] extra's (test-lowest has core)
    from seo_kit.notebook.progress import RunProgress, progress_widget

    progress = RunProgress(n_variants=2, min_words=300, ui_lang="fr")
    box, redraw = progress_widget(progress)
    progress.on_change = redraw
    run_grid(article, tones=["informatif", "pédagogique"], min_words=300, on_step=progress)
    bar, count = box.children[0].children
    done, total = progress.steps_count()
    assert len(progress.finished) == 2 and done > 2
    assert (bar.value, bar.max) == (done, total) and done <= total
    assert count.value == f"étape {done} sur ~{total}"
    assert box.children[1].value.startswith("Variante 2/2")


def test_a_cancel_keeps_the_cells_that_finished(article_server, article):
    from seo_kit.errors import RewriteCancelled, RewriteManyError

    def cancel_after_the_first(step):
        if step.state == "start" and any(s.name == "variant" and s.state == "done"
                                         for s in seen):
            raise RewriteCancelled("cancelled by the analyst")
        seen.append(step)

    seen: list = []
    with pytest.raises(RewriteManyError) as stopped:
        run_grid(article, tones=["informatif", "pédagogique", "expert"], min_words=300,
                 concurrency=1, on_step=cancel_after_the_first)
    finished = [v for v in stopped.value.variants if v is not None]
    assert len(finished) == 1 and len(stopped.value.errors) == 2
    assert [v["id"] for v in RunLog().variants()] == [finished[0].id]  # saved before the stop
