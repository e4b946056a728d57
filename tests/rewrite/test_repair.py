"""Constraint checks of a draft (seo_kit.rewrite.repair) and its Markdown form (draft)."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.draft import assemble, sections_of
from seo_kit.rewrite.repair import check_constraints

SOURCE = ("Sergueï Lavrov est arrivé mercredi en Corée du Nord. Il doit rencontrer Choe Son Hui "
          "pendant sa visite de deux jours. Lavrov s’était rendu dans le pays en 2018.")


def test_assemble_and_sections_of_are_inverse() -> None:
    sections = [("Une visite", "Texte un."), ("Le passé", "Texte deux.\n\nTexte trois.")]
    markdown = assemble("Lavrov à Pyongyang", "Le chapô.", sections)
    assert sections_of(markdown) == ("Lavrov à Pyongyang", "Le chapô.", sections)


def test_a_sentence_the_source_does_not_support_fails_no_unsupported_claims() -> None:
    text = ("# Lavrov à Pyongyang\n\nSergueï Lavrov est arrivé mercredi en Corée du Nord. Selon Le "
            "Figaro, 4 500 soldats l’attendaient.\n\n## Une visite\n\n" + SOURCE + "\n\n## Le passé"
            "\n\n" + SOURCE)
    constraints, report = check_constraints(
        text, lang="fr", min_words=50, keyphrase="Lavrov", title="Lavrov à Pyongyang",
        meta_description="Lavrov", slug="lavrov", source=SOURCE)
    assert not constraints["no_unsupported_claims"]
    [bad] = report["grounding"].value["unsupported"]
    assert bad["sentence"] == "Selon Le Figaro, 4 500 soldats l’attendaient."


def test_check_constraints_reports_each_one() -> None:
    text = assemble("Lavrov à Pyongyang", SOURCE, [("Une visite", SOURCE), ("Le contexte", SOURCE)])
    constraints, _report = check_constraints(
        text, lang="fr", min_words=50, keyphrase="Lavrov", title="Lavrov à Pyongyang",
        meta_description="Lavrov", slug="lavrov", source=SOURCE)
    assert constraints == {"min_words": True, "single_h1": True, "subheadings": True,
                           "language": True, "keyphrase_in_intro": True,
                           "keyphrase_in_title": True, "no_unsupported_claims": True,
                           "news_in_lede": True, "facts_kept": True, "whole_headings": True}
    constraints, _ = check_constraints(
        "# A\n\n# B\n\n" + SOURCE, lang="en", min_words=500, keyphrase="Poutine", title="B",
        meta_description="", slug="b", source=SOURCE)
    assert constraints == {"min_words": False, "single_h1": False, "subheadings": False,
                           "language": False, "keyphrase_in_intro": False,
                           "keyphrase_in_title": False, "no_unsupported_claims": True,
                           "news_in_lede": False, "facts_kept": True, "whole_headings": False}




def test_a_heading_the_source_does_not_say_fails_no_unsupported_claims() -> None:
    """"Le passé" contradicts nothing, yet no source sentence says it: the grounding check's
    "ok" (read it), not its "good" — and the constraint's ✓ is only given for "good"."""
    text = assemble("Lavrov à Pyongyang", SOURCE, [("Une visite", SOURCE), ("Le passé", SOURCE)])
    constraints, report = check_constraints(
        text, lang="fr", min_words=50, keyphrase="Lavrov", title="Lavrov à Pyongyang",
        meta_description="Lavrov", slug="lavrov", source=SOURCE)
    assert not constraints["no_unsupported_claims"]
    assert report["grounding"].rating == "ok" and not report["grounding"].value["unsupported"]
    assert [v["sentence"] for v in report["grounding"].value["unverified"]] == ["Le passé"]


SEED_NEWS = (
    "Kim Jong-un s’est rendu en Russie en septembre.\n"
    "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
    "Nord, selon l’agence de presse officielle russe Tass.\n"
    "Lavrov s’est rendu pour la dernière fois en Corée du Nord en 2018. Au cours de sa visite de "
    "deux jours, il doit rencontrer Choe Son Hui.")
LEDE = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
        "Nord, selon l’agence de presse officielle russe Tass.")
BODY = ("Lavrov s’est rendu pour la dernière fois en Corée du Nord en 2018. Au cours de sa visite "
        "de deux jours, il doit rencontrer Choe Son Hui. Kim Jong-un s’est rendu en Russie en "
        "septembre.")


@pytest.mark.parametrize("standfirst, sections, failed", [
    (LEDE, [("La visite de Lavrov en Corée du Nord", BODY), ("Le voyage de Kim en Russie", BODY)],
     set()),
    # the news gone from the lede (the first variant: Kim's trip in its place)
    ("Kim Jong-un s’est rendu en Russie en septembre.",
     [("La visite de Lavrov en Corée du Nord", LEDE + " " + BODY),
      ("Le voyage de Kim en Russie", BODY)], {"news_in_lede"}),
    # a date of the source dropped everywhere
    (LEDE, [("La visite de Lavrov en Corée du Nord", BODY.replace(" en 2018", "")),
            ("Le voyage de Kim en Russie", BODY.replace(" en 2018", ""))], {"facts_kept"}),
    # a heading cut from its sentence, one cut before its complement, one of names only
    (LEDE, [("Lavrov s’est rendu pour la", BODY), ("Le voyage de Kim en Russie", BODY)],
     {"whole_headings"}),
    (LEDE, [("Lavrov doit rencontrer", BODY), ("Le voyage de Kim en Russie", BODY)],
     {"whole_headings"}),
    (LEDE, [("Russie et Corée du Nord", BODY), ("Le voyage de Kim en Russie", BODY)],
     {"whole_headings"}),
])
def test_an_editor_s_checks_against_the_source_are_constraints(standfirst, sections,
                                                                failed) -> None:
    text = assemble("Lavrov arrive en Corée du Nord", standfirst, sections)
    constraints, _ = check_constraints(
        text, lang="fr", min_words=20, keyphrase="Lavrov", title="Lavrov en Corée du Nord",
        meta_description="Lavrov", slug="lavrov", source=SEED_NEWS)
    assert {k for k in ("news_in_lede", "facts_kept", "whole_headings")
            if not constraints[k]} == failed

