"""Model answers to clean Markdown and repeats taken out (seo_kit.rewrite.clean)."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.clean import (
    clean_answer,
    cut_to_sentence,
    drop_repeats,
    drop_retold,
    near_repeat,
    parse_outline,
    wordless,
)

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
    # the embedded model talking about its own answer (seen in a real run)
    (("D'accord, je vais réécrire le passage avec mes propres mots. Voici le résultat :\n\n---\n\n"
     "Kim a visité la Russie.\n\nCette réécriture conserve les faits du passage."),
     "Kim a visité la Russie."),
    ("Partie déjà écrite :\n\nKim a visité la Russie.\n\nContinuerons avec les nouvelles :",
     "Kim a visité la Russie."),  # the prompt's words, a lead-in to nothing
    ("Lavrov est arrivé. La réécriture de la Constitution est en cours.",
     "Lavrov est arrivé. La réécriture de la Constitution est en cours."),  # news, kept
    # a stray bracket of a tag half written, glued to a word; a comparison and a link stay
    ("<En 2009, le festival accueillait 40 000 spectateurs.",
     "En 2009, le festival accueillait 40 000 spectateurs."),
    ("The museum reopened in May> after repairs.", "The museum reopened in May after repairs."),
    ("Le seuil est x < 5 et <https://example.org> le confirme.",
     "Le seuil est x < 5 et <https://example.org> le confirme."),
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


def test_drop_repeats_removes_copied_sentences_and_heading_echoes() -> None:
    said = "Lavrov est arrivé mercredi en Corée du Nord."
    sections = [("Une visite attendue", f"{said} Il restera deux jours."),
                ("Le voyage de Kim", f"Le voyage de Kim\n{said} Kim était en Russie en septembre."),
                ("Oui", "Oui.")]
    intro, kept, dropped = drop_repeats("Un chapô.", sections, lang="fr")
    assert dropped == 2 and intro == "Un chapô."
    assert kept == [("Une visite attendue", f"{said} Il restera deux jours."),
                    ("Le voyage de Kim", "Kim était en Russie en septembre."),
                    ("Oui", "Oui.")]


SAID = "Le ministre russe Sergueï Lavrov est arrivé mercredi en Corée du Nord, selon l’agence Tass."


@pytest.mark.parametrize("sentence, repeated", [
    ("Lavrov est arrivé mercredi en Corée du Nord.", True),  # the same claim, shorter
    ("Mercredi, le ministre russe Lavrov est arrivé en Corée du Nord.", True),  # reordered
    ("Selon l’agence Tass, Sergueï Lavrov est arrivé en Corée du Nord mercredi.", True),
    ("Lavrov doit rencontrer Choe Son Hui pendant sa visite de deux jours.", False),  # new
    ("Lavrov est arrivé mercredi en Russie pour deux jours de visite.", False),  # new facts
    ("Il est arrivé.", False),  # too short to judge
    # the same words and a fact of its own (a second source): not a repeat
    (("Le ministre russe Sergueï Lavrov est arrivé mercredi en Corée du Nord, selon l’agence Tass "
     "et RIA Novosti."), False),
])
def test_near_repeat_is_the_same_claim_reworded(sentence, repeated) -> None:
    from seo_kit.rewrite.clean import said

    assert near_repeat(sentence, [said(SAID, lang="fr")], lang="fr") is repeated


def test_drop_repeats_takes_near_repeats_out_of_the_standfirst_and_sections() -> None:
    intro = f"{SAID} Lavrov est arrivé mercredi en Corée du Nord."
    sections = [("Une visite", ("Selon l’agence Tass, Sergueï Lavrov est arrivé en Corée du "
                                "Nord mercredi. Il doit rencontrer Choe Son Hui.")),
                ("À retenir", "- Lavrov est arrivé mercredi en Corée du Nord.")]
    intro, kept, dropped = drop_repeats(intro, sections, lang="fr")
    assert intro == SAID and dropped == 2
    assert kept == [("Une visite", "Il doit rencontrer Choe Son Hui."),
                    ("À retenir", "- Lavrov est arrivé mercredi en Corée du Nord.")]


@pytest.mark.parametrize("line, debris", [
    ("1. 2. 3.", True), ("6.", True), ("—", True), ("**", True), ("##", True), ("- ", True),
    ("2022.", True),  # a lone number is no sentence
    ("6. Lavrov est arrivé mercredi.", False), ("Kim", False),
])
def test_lines_without_a_word_are_debris(line, debris) -> None:
    assert wordless(line) is debris
    assert (clean_answer(f"Lavrov est arrivé.\n{line}\nIl repart.") ==
            "Lavrov est arrivé.\nIl repart.") is debris


SOURCE_5 = ("Poutine a également accepté une invitation de Kim à se rendre en Corée du Nord, mais le "
            "moment n’a pas été annoncé.")
SHORT = "Poutine a accepté l’invitation de Kim à se rendre en Corée du Nord."
FULL = ("Poutine a aussi accepté une invitation de Kim à se rendre en Corée du Nord. Le moment "
        "n’a pas été annoncé.")


@pytest.mark.parametrize("parts, kept", [
    # the one that tells less goes, wherever it stands
    ([[[SHORT]], [[FULL]]], [[[]], [[FULL]]]),
    ([[[FULL]], [[SHORT]]], [[[FULL]], [[]]]),
    ([[[SHORT]], [[SHORT]]], [[[SHORT]], [[]]]),  # as much: the later one goes
    # another source sentence's fact is no repeat
    ([[[SHORT]], [["Lavrov est arrivé mercredi en Corée du Nord."]]],
     [[[SHORT]], [["Lavrov est arrivé mercredi en Corée du Nord."]]]),
])
def test_a_fact_retold_from_the_same_source_sentence_is_dropped(parts, kept) -> None:
    stand_for = {SHORT: 0, FULL: 0, "Lavrov est arrivé mercredi en Corée du Nord.": 1}
    source = [SOURCE_5, "Lavrov est arrivé mercredi en Corée du Nord, selon Tass."]
    gone = drop_retold(parts, stand_for, source, lang="fr")
    assert parts == kept and gone == sum(not par for body in kept for par in body)
