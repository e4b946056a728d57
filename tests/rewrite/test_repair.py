"""Constraint checks of a draft (seo_kit.rewrite.repair) and its Markdown form (draft)."""

from __future__ import annotations

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
                           "keyphrase_in_title": True, "no_unsupported_claims": True}
    constraints, _ = check_constraints(
        "# A\n\n# B\n\n" + SOURCE, lang="en", min_words=500, keyphrase="Poutine", title="B",
        meta_description="", slug="b", source=SOURCE)
    assert constraints == {"min_words": False, "single_h1": False, "subheadings": False,
                           "language": False, "keyphrase_in_intro": False,
                           "keyphrase_in_title": False, "no_unsupported_claims": True}




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
