"""score(): totals as Yoast builds them, the Report's shapes, and bad input."""

import json

import pytest
from score_helpers import words

import seo_kit
from seo_kit.score import readability_total, seo_total
from seo_kit.score.report import CheckResult

ARTICLE = "\n\n".join([
    "# La voiture électrique en ville",
    "La voiture électrique gagne du terrain dans les grandes villes françaises. "
    + words(120, "texte"),
    "## Le prix de la voiture électrique",
    "Cependant, le prix reste élevé. " + words(120, "texte"),
    "- un bonus écologique\n- une recharge à domicile",
])


def _results(*scores: int, group: str = "seo") -> list[CheckResult]:
    return [CheckResult(f"c{i}", group, s, None, "") for i, s in enumerate(scores)]


@pytest.mark.parametrize("scores, expected", [
    ((9, 9, 9), 100),
    ((9, 3), 67),
    ((9, 6, 3, 8), 72),  # 26/36 = 72.2
    ((9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, -999), -559),  # no keyphrase: Yoast too
    ((), 0),
])
def test_seo_total_is_yoasts_average(scores, expected):
    assert seo_total(_results(*scores)) == expected


@pytest.mark.parametrize("scores, expected", [
    ((9, 9, 9, 9, 9, 9), 90),
    ((9, 9, 9, 9, 9, 6, 6), 90),   # 4 points
    ((9, 9, 9, 9, 3, 6), 60),      # 5 points
    ((9, 9, 9, 9, 3, 3), 60),      # 6 points
    ((9, 9, 9, 3, 3, 6), 30),      # 8 points
    ((9,), 30),                    # a single result: Yoast gives 30
])
def test_readability_total_uses_penalty_points(scores, expected):
    assert readability_total(_results(*scores, group="readability")) == expected


def test_report_shapes():
    report = seo_kit.score(ARTICLE, keyphrase="voiture électrique", title="La voiture électrique",
                           meta_description="Tout savoir sur la voiture électrique.", lang="fr")
    data = json.loads(report.to_json())
    assert set(data) == {"lang", "words", "sentences", "readability", "seo_score",
                         "readability_score", "checks", "facts", "serp"}
    assert set(data["checks"][0]) == {"id", "group", "score", "rating", "value", "message", "yoast"}
    frame = report.to_frame()
    assert list(frame.columns) == ["id", "group", "score", "rating", "value", "message", "yoast"]
    assert len(frame) == len(report.checks)
    assert set(frame["group"]) == {"seo", "readability", "extra"}
    assert report["keyphraseDensity"].rating == "good"
    assert report["textTitle"].id == "textTitleAssessment"  # alias
    assert report["keyphraseWordForms"].yoast is False
    assert report.serp["slug"] == "la-voiture-electrique"


def test_checks_that_do_not_apply_are_left_out():
    report = seo_kit.score(ARTICLE, keyphrase="voiture électrique", lang="fr")
    assert "textPresence" not in report and "functionWordsInKeyphrase" not in report
    assert "factsKept" not in report  # no source given
    with pytest.raises(KeyError, match="left out"):
        report["textPresence"]


def test_missing_title_and_meta_give_messages_not_errors():
    report = seo_kit.score(ARTICLE, keyphrase="voiture électrique", lang="fr")
    assert report["titleWidth"].score == 1
    assert report["metaDescriptionLength"].score == 1
    assert "No SEO title" in report["keyphraseInSEOTitle"].message
    assert "meta description" in report["metaDescriptionKeyword"].message


def test_keyphrase_of_function_words_only_gets_feedback():
    report = seo_kit.score(ARTICLE, keyphrase="de la", lang="fr")
    check = report["functionWordsInKeyphrase"]
    assert (check.score, check.rating) == (0, "feedback")


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u00a0"])
def test_empty_text_is_an_input_error(text):
    with pytest.raises(seo_kit.InputError, match="empty"):
        seo_kit.score(text)


def test_bytes_are_refused_with_advice():
    with pytest.raises(seo_kit.InputError, match="decode"):
        seo_kit.score(b"du texte")


def test_language_is_detected():
    report = seo_kit.score("The electric car is winning over the cities of Europe, and "
                           "the prices are falling fast. " * 5)
    assert report.lang == "en"


def test_a_15000_word_text_scores():
    paragraph = ("La voiture électrique séduit de plus en plus de conducteurs, mais son prix "
                 "reste un frein pour de nombreux ménages. ") * 8
    text = "\n\n".join(f"## Partie {i}\n\n{paragraph}" for i in range(95))
    report = seo_kit.score(text, keyphrase="voiture électrique", lang="fr")
    assert report.words > 15000
    assert report["keyphraseDensity"].score == -50  # every sentence holds it


def test_source_adds_facts():
    source = "Le 12 mars 2011, 1 000 papillons ont été étudiés par Joji Otaki."
    variant = "En 2011, des papillons ont été étudiés par Joji Otaki. " + words(30, "texte")
    report = seo_kit.score(variant, source=source, lang="fr")
    assert report.facts["dropped"] == ["12 mars 2011", "1 000"]
    assert report["factsKept"].score == 3


def test_registry_refuses_an_unknown_group():
    from seo_kit.score.checks import check

    with pytest.raises(ValueError, match="unknown group"):
        check("myCheck", "seo-ish")


def test_introduction_skips_a_paragraph_made_of_a_link():
    text = "[Lire aussi : la voiture](https://a.fr/x)\n\nLa voiture électrique arrive. " \
        + words(40)
    report = seo_kit.score(text, keyphrase="voiture électrique", lang="fr")
    assert report["introductionKeyword"].score == 9


def test_report_reads_well_in_a_notebook():
    report = seo_kit.score(ARTICLE, keyphrase="voiture électrique", lang="fr")
    assert repr(report).startswith("<Report fr · ") and "SEO" in repr(report)
    html = report._repr_html_()
    assert "<table" in html and "keyphraseDensity" in html


@pytest.mark.parametrize("fields", [
    ("keyphraseDensity", "seo", 9, 1.25, "Keyphrase density: great!", True),
    ("keyphraseWordForms", "extra", 4, {"exact_count": 1, "forms_count": 2}, "low", False),
    ("keyphraseLength", "seo", -999, 0, "No focus keyphrase", True),
    ("textPresence", "readability", 3, None, "Not enough content", True),
])
def test_check_result_of_is_the_dataclass(fields):
    """CheckResult.of (what every check returns) builds the CheckResult the dataclass builds:
    equal, same fields and dict, frozen, pickled and unpickled equal."""
    import dataclasses
    import pickle

    made, built = CheckResult.of(*fields), CheckResult(*fields)
    assert made == built and vars(made) == vars(built) and repr(made) == repr(built)
    assert made.to_dict() == built.to_dict() and made.rating == built.rating
    assert pickle.loads(pickle.dumps(made)) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.score = 0
