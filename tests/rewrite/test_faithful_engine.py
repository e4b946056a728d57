"""The engine hands over nothing a bad model writes: the scripted server plays a model that swaps
actors, invents a cause, cuts its headings, repeats them, invents them, repeats sentences, writes
raw HTML, bold pseudo-headings, echoes the prompt and "splits" long sentences into false ones —
the variant that comes out has none of it."""

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

    headings_given: int = 0

    def outline(self, prompt: str) -> str:
        return "# Lavrov et Kim se rencontrent au cosmodrome de Pékin"

    def heading(self, prompt: str) -> str:
        """Cut, repeated or invented headings, whatever the section says."""
        self.headings_given += 1
        bad = [*CUT, "Le contexte", "Le contexte", "Lavrov inspecte 40 avions de combat à Pékin"]
        return f"## {bad[self.headings_given % len(bad)]}"

    def section(self, prompt: str) -> str:
        body = super().section(prompt)
        first = body.split("\n\n")[0]
        return (f"**Les faits marquants**\n\n{SWAPPED} {INVENTED}<br><br>\n\n{body}\n\n"
                f"<div style=\"color:red\">{first}</div>\n\n{first}\n\n"
                "Mots-clés : Corée du Nord, Lavrov !. Article final en Markdown, en français.")

    def fix_sentence(self, prompt: str) -> str:
        return SWAPPED  # the retry is as wrong as the first attempt

    def split_sentence(self, prompt: str) -> str:
        return f"{SWAPPED} {INVENTED}"  # two short sentences, both false


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
    assert any(note.startswith("grounding (strict gate):") for note in variant.notes)


def test_no_cut_repeated_or_ungrounded_heading(variant):
    headings = re.findall(r"^#{1,3} (.+)$", variant.text, flags=re.MULTILINE)
    assert not set(headings) & {*CUT, "Lavrov et Kim se rencontrent au cosmodrome de Pékin",
                                 "Lavrov inspecte 40 avions de combat à Pékin"}
    assert len(headings) == len(set(headings))
    assert all(len(h) <= 70 for h in headings)


def test_clean_markdown_only(variant):
    assert not re.search(r"<[a-zA-Z/][^>]*>", variant.text)
    assert "**" not in variant.text
    assert "Mots-clés" not in variant.text and "Article final" not in variant.text
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", variant.text) if len(s.split()) > 4]
    assert len(sentences) == len(set(sentences))


def test_title_and_meta_are_complete(variant):
    """The title holds the keyphrase; the description is whole sentences (or a clause closed
    with a full stop), never "…" (here no sentence of 156 characters or fewer names Lavrov)."""
    assert "Lavrov" in variant.title
    assert variant.title.split()[-1].lower() not in ("le", "la", "de", "pour", "et")
    assert len(variant.meta_description) <= 156 and "…" not in variant.meta_description
    assert variant.meta_description.endswith((".", "!", "?", "»"))


LIBRARY = """The city of Harlow opened its new central library on 4 March 2024, after three years of work.

The building cost 18 million pounds and holds 120,000 books on four floors. Mayor Ruth Okafor said the library would stay open until 10 p.m. on weekdays.

Architect Daniel Brandt designed the glass roof, which lets daylight reach the reading rooms. The old library on Market Street closed in 2021 because of damp walls.

The library employs 45 staff, among them twelve children's librarians. A café on the ground floor is run by a local charity, the Harlow Food Trust.

Readers borrowed 9,000 books in the first week, twice the number the council had expected. The council plans to open two smaller branches in the north of the city by 2026.
"""


class WrongLanguageWriter(FrenchWriter):
    """Every section and every repair of it answered in the wrong language: each is refused."""

    def section(self, prompt: str) -> str:
        return ("La bibliothèque a ouvert ses portes au public après des années de travaux. "
                "Les lecteurs sont venus nombreux dès la première semaine.")

    relang = section


def test_sections_refused_whole_get_their_passage_not_a_bare_heading(scripted_server,
                                                                    scripted_endpoint,
                                                                    tmp_path):
    """Seven H2 without a word under them, and every sentence put back under the last one, came
    out of corpus text 14 when its sections were refused whole (scripted, 2026-12-02)."""
    scripted_server.responder = WrongLanguageWriter()
    source = tmp_path / "library.txt"
    source.write_text(LIBRARY, encoding="utf-8")
    article = read_article(source)
    result = rewrite(article, Brief(endpoint=scripted_endpoint, lang="en",
                                    keywords=("central library",), min_words=260))
    blocks = re.split(r"(?m)^## ", result.text)[1:]
    assert blocks
    for block in blocks:
        heading, _, body = block.partition("\n")
        assert len(body.split()) >= 8, f"a bare heading: {heading!r}"


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
