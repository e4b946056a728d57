"""`seo-kit rewrite`: writes the Markdown with front matter and prints the score tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from french_writer import FrenchWriter
from scripted_server import Status

from seo_kit.cli import main
from seo_kit.llm import RunLog

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"


@pytest.fixture
def endpoint_env(scripted_server, monkeypatch):
    scripted_server.responder = FrenchWriter()
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url)
    monkeypatch.setenv("SEO_KIT_MODEL", scripted_server.model)
    return scripted_server


def args(out: Path, *extra: str) -> list[str]:
    # 600 words: the scripted writer only reuses the 590-word source's sentences, and the engine
    # drops repeated and near-repeated ones, so 700 cannot be reached honestly
    return ["rewrite", str(REQUEST), "--skip-first-line", "--lang", "fr", "--min-words", "600",
            "--keyword", "Lavrov", "--keyword", "Corée du Nord", "--tone", "informatif",
            "--out", str(out), *extra]


def test_rewrite_writes_markdown_and_prints_the_scores(endpoint_env, tmp_path, capsys) -> None:
    out = tmp_path / "out" / "article_seo.md"
    assert main(args(out)) == 0
    printed = capsys.readouterr().out
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("---\ntitle: ") and "\n---\n\n# " in markdown
    assert 'keywords: ["Lavrov", "Corée du Nord"]' in markdown
    assert "constraints:\n  min_words: true" in markdown
    assert f"{out}: " in printed and "constraints: min_words ✓" in printed
    assert "read the text against the source before publishing" in printed  # what ✓ means
    assert "source" in printed and "result" in printed and "introductionKeyword" in printed
    assert len(RunLog().variants()) == 1


@pytest.mark.parametrize("extra, lines_expected", [((), True), (("--quiet",), False)])
def test_progress_lines_on_stderr_while_the_model_works(endpoint_env, tmp_path, capsys,
                                                        extra, lines_expected) -> None:
    assert main(args(tmp_path / "a.md", "--no-cache", *extra)) == 0
    err = capsys.readouterr().err
    progress = [line for line in err.splitlines() if line.startswith("[")]
    assert bool(progress) is lines_expected
    if lines_expected:  # one line per finished model call, with its section number and tokens
        assert any(" section 1/" in line and " tokens in " in line for line in progress)
        # the standfirst's call (the H1 is the news's main clause: no outline call)
        assert any(line.split("] ")[1].startswith("intro") for line in progress)


def test_several_variants_go_to_numbered_files(endpoint_env, tmp_path) -> None:
    out = tmp_path / "a.md"
    assert main(args(out, "--variants", "2", "--mode", "restructure")) == 0
    assert out.is_file() and (tmp_path / "a-2.md").is_file()
    assert len(RunLog().variants(mode="restructure")) == 2


def test_strict_fails_when_a_constraint_is_not_met(endpoint_env, tmp_path) -> None:
    endpoint_env.responder = FrenchWriter(word_ratio=0.2)
    out = tmp_path / "a.md"
    too_long = args(out, "--strict")
    too_long[too_long.index("600")] = "3000"
    assert main(too_long) == 3
    assert out.is_file()  # the variant is written anyway


def test_endpoint_errors_are_one_line_with_what_to_do(endpoint_env, tmp_path, capsys) -> None:
    endpoint_env.enqueue(Status(401))
    assert main(args(tmp_path / "a.md")) == 1
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("seo-kit rewrite: ") and "OPENAI_API_KEY" in error


ENGLISH = ("The city council voted on Monday to close the old bridge. The repairs will take two "
           "years and the traffic will go through the ring road.")
FRENCH = ("Le conseil municipal a voté lundi la fermeture du vieux pont. Les travaux dureront "
          "deux ans et la circulation passera par la rocade.")


@pytest.mark.parametrize("text, flag, lang", [
    (ENGLISH, [], "en"),            # no --lang: the article's own language, not French
    (FRENCH, [], "fr"),
    (ENGLISH, ["--lang", "en"], "en"),
    (FRENCH, ["--lang", "en"], "en"),  # an explicit --lang wins
])
def test_the_brief_is_in_the_articles_language(tmp_path, text, flag, lang) -> None:
    from seo_kit.cli import build_parser
    from seo_kit.cli.rewrite import article_of, brief_of

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    parsed = build_parser().parse_args(["rewrite", str(path), *flag])
    assert brief_of(parsed, article_of(parsed)).lang == lang
