"""The faults the embedded model showed on the seed in the last real runs (issue #11, stop 7's
closing note), played by the scripted server: the variant that comes out has none of them.

Each row is one instance of a kind: an actor swapped in the present tense, an invented speaker,
a claim stated as done that the source states as sought, debris list lines, an empty sentence, a
near-repeat of a fact in two sections, headings cut from a title or with an invented word. The
engine keeps a generated sentence only when the strict grounding gate passes it; it regenerates a
refused one once from its one source sentence, else puts that source sentence in verbatim.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from french_writer import FrenchWriter

from seo_kit.rewrite import rewrite
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.inputs import read_article
from seo_kit.score.grounding import source_sentences

pytest.importorskip("spacy")

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"
FALSE = {  # what the model wrote → its kind
    "Vladimir Poutine inspecte des avions de combat dans une usine aéronautique.": "role swap",
    "Le gouvernement russe a affirmé que la Corée du Nord avait livré des munitions à la Russie.":
        "invented speaker",
    "Kirby a réaffirmé que les États-Unis ont toujours soutenu la Corée du Nord.":
        "invented claim",
    "Les deux pays ont conclu des accords de transfert d’armes.": "modality (sought → done)",
    "Les États-Unis se comportent ainsi envers la Corée du Nord.": "empty",
    # after "il a rencontré Vladimir Poutine": Putin added as an inspector (a real model's)
    "Ils ont inspecté des avions de combat dans une usine aéronautique.": "pronoun subject",
    # the embedded model's "dans l' maintien à flot" (CI article of stop 8): a grammar slip
    "Les expéditions d’aide soviétique ont joué un rôle crucial dans l' maintien à flot de "
    "l’économie nord-coréenne.": "grammar slip",
    # the embedded model's (CI article of session 5): "s'est rendu" (went) as "a rendu" (gave back)
    "Lavrov a rendu pour la dernière fois en Corée du Nord en 2018.": "verb sense changed",
}
REPEATED = "Poutine a accepté l’invitation de Kim à se rendre en Corée du Nord."
DEBRIS = ("1. 2. 3.", "6.", "—", "**")


class WorseWriter(FrenchWriter):
    """Every section opens with the false sentences and the repeated invitation, and ends with
    debris lines; headings and the H1 are cut from a title or hold an invented word; the retry
    of a refused sentence is the source sentence it is given (a faithful small rewrite)."""

    def __init__(self) -> None:
        super().__init__()
        self.fix_prompts: list[str] = []
        self.headings_given = 0

    def outline(self, prompt: str) -> str:
        return "# Affaires et Corée du Nord"

    def heading(self, prompt: str) -> str:
        self.headings_given += 1
        bad = ["Kim et Lavrov : une guerre froide en rupestre", "Affaires et Lavrov",
               "Le porte-parole du Conseil"]
        return bad[self.headings_given % len(bad)]

    def section(self, prompt: str) -> str:
        body = super().section(prompt)
        return (f"{' '.join(FALSE)} {REPEATED}\n\n{body}\n\n" + "\n".join(DEBRIS))

    def fix_sentence(self, prompt: str) -> str:
        self.fix_prompts.append(prompt)
        return super().fix_sentence(prompt)


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """One rewrite of the seed by the WorseWriter (a module's worth of tests read it), with its
    own SEO_KIT_HOME and scripted server."""
    from scripted_server import ScriptedServer

    from seo_kit.llm import Endpoint

    writer = WorseWriter()
    server = ScriptedServer().start()
    server.responder = writer
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("SEO_KIT_HOME", str(tmp_path_factory.mktemp("seo_kit_home")))
            endpoint = Endpoint(base_url=server.url, model=server.model, api_key="sk-test",
                                kind="compatible", timeout_s=10.0, max_retries=0)
            article = read_article(REQUEST, skip_first_line=True)
            variant = rewrite(article, Brief(endpoint=endpoint, keywords=("Lavrov",),
                                             min_words=500))
    finally:
        server.stop()
    return variant, writer, article


@pytest.mark.parametrize("sentence, kind", FALSE.items())
def test_no_false_sentence_survives(ran, sentence, kind) -> None:
    variant, _, _ = ran
    assert sentence not in variant.text, kind
    assert variant.constraints["no_unsupported_claims"]


def test_no_debris_line(ran) -> None:
    variant, _, _ = ran
    lines = [line.strip() for line in variant.text.splitlines() if line.strip()]
    assert not [line for line in lines if not re.search(r"[^\W\d_]", line)]


def test_a_fact_is_told_once(ran) -> None:
    variant, _, _ = ran
    told = [s for s in re.split(r"(?<=[.!?])\s+", variant.text)
            if "accepté" in s and "invitation" in s]
    assert len(told) <= 1, told


def test_headings_are_whole_names_or_grounded_phrases(ran) -> None:
    variant, _, _ = ran
    headings = re.findall(r"^#{1,3} (.+)$", variant.text, flags=re.MULTILINE)
    assert not [h for h in headings if "Affaires" in h or "rupestre" in h
                or h == "Le porte-parole du Conseil"], headings
    assert len(headings) == len(set(headings))


def test_a_refused_sentence_is_asked_again_from_its_one_source_sentence(ran) -> None:
    """The retry's prompt holds one source sentence, not the refused sentence nor a passage."""
    _, writer, article = ran
    sources = source_sentences(article.text, "fr")
    assert writer.fix_prompts
    for prompt in writer.fix_prompts:
        given = re.search(r"Phrase de l'article : (.+)", prompt).group(1).strip()
        assert given in sources
        assert not any(false in prompt for false in FALSE)
        assert "20 mots au plus" in prompt
