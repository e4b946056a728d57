"""The engine hands over nothing a bad model writes: the scripted server plays a model that swaps
actors, invents a cause, cuts its headings, repeats sentences, writes raw HTML, bold
pseudo-headings and echoes the prompt — the variant that comes out has none of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from french_writer import FrenchWriter

from seo_kit.rewrite import rewrite
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.inputs import read_article
from seo_kit.score import score

pytest.importorskip("spacy")

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"
SWAPPED = "Kim Jong-un a accompagné le président Vladimir Poutine lors d’une visite à Pékin."
INVENTED = "Lavrov est arrivé mercredi en Corée du Nord parce que Moscou manque de munitions."
CUT = ("Les spéculations sur un éventuel projet nord-coréen visant",
       "Le porte-parole du Conseil", "Lavrov s’est rendu pour renforcer le")


class BadWriter(FrenchWriter):
    """A FrenchWriter with the faults a small model shows (issue #11)."""

    def outline(self, prompt: str) -> str:
        n = int(re.search(r"puis (\d+) intertitres", prompt).group(1))
        headings = [*CUT, "Le contexte", "Le contexte", "Les enjeux", "Les acteurs"][:n]
        return "\n".join(["# Lavrov et Kim se rencontrent au cosmodrome de Pékin",
                          *(f"## {h}" for h in headings)])

    def section(self, prompt: str) -> str:
        body = super().section(prompt)
        first = body.split("\n\n")[0]
        return (f"**Les faits marquants**\n\n{SWAPPED} {INVENTED}<br><br>\n\n{body}\n\n"
                f"<div style=\"color:red\">{first}</div>\n\n{first}\n\n"
                "Mots-clés : Corée du Nord, Lavrov !. Article final en Markdown, en français.")

    def fix_sentence(self, prompt: str) -> str:
        return SWAPPED  # the retry is as wrong as the first attempt

    @staticmethod
    def step_of(prompt: str) -> str:
        if "Phrase à corriger" in prompt:
            return "fix_sentence"
        return FrenchWriter.step_of(prompt)


@pytest.fixture
def variant(scripted_server, scripted_endpoint):
    scripted_server.responder = BadWriter()
    article = read_article(REQUEST, skip_first_line=True)
    return rewrite(article, Brief(endpoint=scripted_endpoint, keywords=("Lavrov",),
                                  min_words=500))


def test_no_unsupported_sentence_survives(variant):
    assert SWAPPED not in variant.text and "parce que Moscou manque" not in variant.text
    report = score(variant.text, lang="fr", keyphrase="Lavrov", source=variant.source_text)
    assert report["grounding"].value["unsupported"] == []
    assert variant.constraints["no_unsupported_claims"]
    assert any(note.startswith("grounding:") for note in variant.notes)


def test_no_cut_repeated_or_ungrounded_heading(variant):
    headings = re.findall(r"^#{1,3} (.+)$", variant.text, flags=re.MULTILINE)
    assert not set(headings) & {*CUT, "Lavrov et Kim se rencontrent au cosmodrome de Pékin"}
    assert len(headings) == len(set(headings))
    assert all(len(h) <= 70 for h in headings)


def test_clean_markdown_only(variant):
    assert not re.search(r"<[a-zA-Z/][^>]*>", variant.text)
    assert "**" not in variant.text
    assert "Mots-clés" not in variant.text and "Article final" not in variant.text
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", variant.text) if len(s.split()) > 4]
    assert len(sentences) == len(set(sentences))


def test_title_and_meta_are_complete_and_hold_the_keyphrase(variant):
    assert "Lavrov" in variant.title and "Lavrov" in variant.meta_description
    assert variant.title.split()[-1].lower() not in ("le", "la", "de", "pour", "et")
    assert len(variant.meta_description) <= 156


def test_restructure_headings_are_never_cut_from_a_sentence(scripted_server, scripted_endpoint):
    """restructure keeps every source sentence; its headings, when the model gives none, used to
    be the first words of the sentence under them: now they are whole, distinct, claim-free."""
    scripted_server.responder = lambda request: "Réponse."  # no usable heading at all
    article = read_article(REQUEST, skip_first_line=True)
    variant = rewrite(article, Brief(endpoint=scripted_endpoint, keywords=("Lavrov",),
                                     mode="restructure"))
    headings = re.findall(r"^#{1,2} (.+)$", variant.text, flags=re.MULTILINE)
    lines = [line for line in article.text.splitlines() if line.strip()]
    assert len(headings) == len(set(headings)) >= 3
    for heading in headings:
        assert not any(line.startswith(heading) for line in lines), heading
        assert len(heading) <= 70
