"""The deterministic half of the engine: reading model answers, fallbacks, constraints."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.repair import (
    assemble,
    check_constraints,
    clean_answer,
    cut_to_sentence,
    drop_repeats,
    fallback_meta,
    fallback_title,
    parse_meta,
    parse_outline,
    sections_of,
    slugify,
)
from seo_kit.rewrite.restructure import group_paragraphs

SOURCE = ("Sergueï Lavrov est arrivé mercredi en Corée du Nord. Il doit rencontrer Choe Son Hui "
          "pendant sa visite de deux jours. Lavrov s’était rendu dans le pays en 2018.")
# a bold line too long for a pseudo-heading: a sentence the model emphasised
LONG_SENTENCE = ("Spéculations sur un éventuel projet nord-coréen visant à réapprovisionner les "
                 "réserves de munitions russes épuisées par la guerre")


@pytest.mark.parametrize("answer, expected", [
    ("Voici la section :\n\nLe texte.", "Le texte."),
    ("## Un intertitre répété\n\nLe texte.", "Le texte."),
    ("<article>\nLe texte.\n</article>", "Le texte."),
    ("```markdown\nLe texte.\n```", "Le texte."),
    ("**Chapô :** Le texte.", "Le texte."),
    ("**Le contexte**\n\nLe texte.", "Le texte."),
    ("Premier.\n\n\n\nSecond.", "Premier.\n\nSecond."),
    (f"**{LONG_SENTENCE}**\n\nLe texte.", f"{LONG_SENTENCE}\n\nLe texte."),
    ("Le **ministre** est arrivé.", "Le ministre est arrivé."),
])
def test_clean_answer_keeps_the_body_only(answer: str, expected: str) -> None:
    assert clean_answer(answer) == expected


@pytest.mark.parametrize("text, expected", [
    ("Une phrase. Une autre coupée au milieu de", "Une phrase."),
    ("Il a dit « oui. » Puis", "Il a dit « oui. »"),
    ("Rien de fini", "Rien de fini"),
    ("Tout est fini !", "Tout est fini !"),
])
def test_cut_to_sentence_drops_the_unfinished_end(text: str, expected: str) -> None:
    assert cut_to_sentence(text) == expected


@pytest.mark.parametrize("answer, h1, h2s", [
    ("# Lavrov à Pyongyang\n## Une visite\n## Des munitions\n## Le passé", "Lavrov à Pyongyang",
     ["Une visite", "Des munitions", "Le passé"]),
    ("Plan :\n# **Lavrov à Pyongyang**\n1. Une visite\n2. Des munitions", "Lavrov à Pyongyang",
     ["Une visite", "Des munitions"]),
    (("# Lavrov s'est rendu en Russie en septembre, lorsqu'il a rencontré Vladimir Poutine au "
     "cosmodrome de Vostochny et inspecté des avions de combat\n## Introduction\n## A b c"),
     "Lavrov s'est rendu en Russie en septembre", ["A b c"]),
    ("## Seulement des H2\n## Encore", None, ["Seulement des H2", "Encore"]),
])
def test_parse_outline_is_tolerant(answer: str, h1, h2s) -> None:
    assert parse_outline(answer, 5, lang="fr") == (h1, h2s)


@pytest.mark.parametrize("answer, expected", [
    ("Titre SEO : Lavrov à Pyongyang\nMéta-description : Une visite de deux jours.",
     ("Lavrov à Pyongyang", "Une visite de deux jours.")),
    ("**SEO title:** Lavrov in Pyongyang\n**Meta description:** A two-day visit.",
     ("Lavrov in Pyongyang", "A two-day visit.")),
    ("Rien d'utile", (None, None)),
])
def test_parse_meta(answer: str, expected) -> None:
    assert parse_meta(answer) == expected


def test_fallbacks_fit_the_serp_and_hold_the_keyphrase() -> None:
    title = fallback_title("Une visite diplomatique très suivie entre deux pays voisins et alliés",
                           "Lavrov", lang="fr")
    assert title.startswith("Lavrov : ") and len(title) <= 60
    assert not title.split()[-1] in ("et", "de", "entre")  # a complete phrase, not a cut one
    title = fallback_title("Lavrov est arrivé en Corée du Nord pour renforcer les relations",
                           None, 50, lang="fr")
    assert title == "Lavrov est arrivé en Corée du Nord pour renforcer"
    meta = fallback_meta(SOURCE, "Choe Son Hui", "fr")
    assert "Choe Son Hui" in meta and len(meta) <= 155
    assert slugify("Lavrov en Corée du Nord : l’été 2018") == "lavrov-en-coree-du-nord-l-ete-2018"


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
    text = assemble("Lavrov à Pyongyang", SOURCE, [("Une visite", SOURCE), ("Le passé", SOURCE)])
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


@pytest.mark.parametrize("sizes, groups, expected", [
    ([10, 10, 10, 10], 2, [2, 2]),
    ([50, 5, 5, 5, 5], 2, [1, 4]),
    ([10, 10], 4, [1, 1]),
    ([10] * 9, 3, [3, 3, 3]),
])
def test_group_paragraphs_balances_words(sizes, groups, expected) -> None:
    paragraphs = [" ".join(["mot"] * size) for size in sizes]
    assert [len(g) for g in group_paragraphs(paragraphs, groups)] == expected


def test_drop_repeats_removes_copied_sentences_and_heading_echoes() -> None:
    said = "Lavrov est arrivé mercredi en Corée du Nord."
    sections = [("Une visite attendue", f"{said} Il restera deux jours."),
                ("Le voyage de Kim", f"Le voyage de Kim\n{said} Kim était en Russie en septembre."),
                ("Oui", "Oui.")]
    kept, dropped = drop_repeats("Un chapô.", sections, "fr")
    assert dropped == 2
    assert kept == [("Une visite attendue", f"{said} Il restera deux jours."),
                    ("Le voyage de Kim", "Kim était en Russie en septembre."),
                    ("Oui", "Oui.")]
