"""Every number and date of the source kept (seo_kit.rewrite.kept): a rewritten sentence that
lost one gives way to its source sentence, in its place; numbers that only count people just
named are no facts of their own."""

from __future__ import annotations

import re

import pytest

from seo_kit.rewrite.draft import Draft, Section
from seo_kit.rewrite.ground import Source
from seo_kit.rewrite.kept import facts_of, keep_facts, unstated

pytest.importorskip("spacy")

SIX_DAYS = ("Au cours du voyage de six jours de Kim en Russie, les deux pays ont déclaré avoir "
            "discuté du renforcement de leurs liens en matière de défense.")
SOURCE = (
    "Le ministre Sergueï Lavrov est arrivé mercredi en Corée du Nord, selon l’agence Tass. "
    "Sergueï Choïgu s’est rendu en Corée du Nord en juillet pour une visite officielle. "
    f"{SIX_DAYS} "
    "Les experts pensent que les deux pays, tous deux engagés dans des confrontations avec "
    "l’Occident, cherchaient à conclure des accords. "
    "La Maison Blanche a déclaré que la Corée du Nord avait livré plus de 1 000 conteneurs "
    "d’équipements à la Russie. "
    "Les relations entre la Russie et la Corée du Nord remontent à la création du Nord en 1948."
)


@pytest.mark.parametrize(("sentence", "facts"), [
    (SIX_DAYS, {"number:6~jour"}),  # a duration in words, "les deux pays" no fact
    ("Lavrov est arrivé mercredi en Corée du Nord.", {"date:weekday:3"}),
    ("Choïgu s’est rendu en Corée du Nord en juillet.", {"date:month:7"}),
    ("Elle a livré plus de 1 000 conteneurs en 2023.", {"number:1000", "number:2023"}),
    ("Les deux pays, tous deux engagés contre l’Occident, discutent.", set()),
    ("Both countries said they had discussed defence ties for three days.", {"number:3~day"}),
])
def test_facts_are_numbers_and_dates_as_grounding_reads_them(sentence, facts):
    lang = "en" if sentence.startswith("Both") else "fr"
    assert facts_of(sentence, lang) == frozenset(facts)


@pytest.mark.parametrize(("facts", "stated", "missing"), [
    ({"number:6~jour"}, {"number:6"}, set()),  # "6 jours" states "six jours"
    ({"number:6~jour"}, {"number:6~mois"}, {"number:6~jour"}),  # six months is another fact
    ({"number:1000"}, {"number:1000~conteneur"}, set()),
    ({"date:month:7"}, {"date:month:9"}, {"date:month:7"}),
])
def test_a_fact_is_stated_by_the_same_value(facts, stated, missing):
    assert unstated(frozenset(facts), frozenset(stated)) == frozenset(missing)


def _draft(intro: str, *bodies: str) -> Draft:
    return Draft(h1="Lavrov arrive en Corée du Nord", intro=intro,
                 sections=[Section(f"Partie {k}", body) for k, body in enumerate(bodies)])


@pytest.fixture(scope="module")
def source() -> Source:
    return Source.of(SOURCE, lang="fr", strict=True)


@pytest.mark.parametrize(("retold", "lost"), [
    # the embedded model's (CI run of session 6): true, and the six-day trip gone
    ("Les deux pays ont discuté du renforcement de leurs liens en matière de défense.", SIX_DAYS),
    # the weekday and the agency dropped from the news
    ("Le ministre Sergueï Lavrov est arrivé en Corée du Nord.",
     "Le ministre Sergueï Lavrov est arrivé mercredi en Corée du Nord, selon l’agence Tass."),
    # the month dropped
    ("Sergueï Choïgu s’est rendu en Corée du Nord pour une visite officielle.",
     "Sergueï Choïgu s’est rendu en Corée du Nord en juillet pour une visite officielle."),
])
def test_a_retelling_that_lost_a_fact_gives_way_to_its_source_sentence(source, retold, lost):
    told = [retold if s == lost else s for s in source.sentences]
    draft = _draft(told[0], " ".join(told[1:3]), " ".join(told[3:]))
    back = keep_facts(draft, source, {})
    assert back == [lost]
    text = draft.markdown()
    assert lost in text and retold not in text  # in its place, not beside it
    assert not keep_facts(draft, source, {})  # nothing lost any more


def test_a_sentence_dropped_outright_comes_back_next_to_its_neighbour(source):
    draft = _draft(source.sentences[0], source.sentences[1],
                   " ".join(source.sentences[3:]))  # the six-day sentence is nowhere
    assert keep_facts(draft, source, {}) == [SIX_DAYS]
    text, before, after = draft.markdown(), source.sentences[1], source.sentences[3]
    assert f"{before} {SIX_DAYS}" in text or f"{SIX_DAYS} {after}" in text  # in source order


def test_list_lines_stay_and_count_as_stated(source):
    listing = "- Choïgu : visite en juillet\n- Lavrov : arrivé mercredi"
    draft = _draft(" ".join(source.sentences[2:]), listing)
    draft.sections[0].body = listing
    keep_facts(draft, source, {})
    assert draft.sections[0].body == listing  # nothing lost: the list states both dates


class FactDropper:
    """A FrenchWriter (tests/french_writer.py) whose every answer drops durations, weekdays and
    months, as the embedded model did ("Les deux pays ont discuté…" for the six-day trip); its
    retry of a refused sentence drops them too."""

    DROPS = (r"\s+de (?:six|deux) jours", r"\s+(?:mercredi|vendredi)", r"\s+en (?:juillet|septembre)",
             r"\s+pendant plus de trois ans")

    def __new__(cls):
        from french_writer import FrenchWriter

        class Writer(FrenchWriter):
            def __call__(self, request):
                import re

                answer = super().__call__(request)
                for drop in cls.DROPS:
                    answer = re.sub(drop, "", answer)
                return answer

        return Writer()


def test_the_engine_keeps_every_number_and_date_a_model_drops(scripted_server, scripted_endpoint,
                                                              article):
    from seo_kit.rewrite import rewrite
    from seo_kit.rewrite.brief import Brief

    scripted_server.responder = FactDropper()
    variant = rewrite(article, Brief(endpoint=scripted_endpoint, keywords=("Lavrov",),
                                     min_words=500))
    source = Source.of(article.support_text, lang="fr")
    wanted = frozenset().union(*(facts_of(s, "fr") for s in source.usable()))
    lines = [s for line in variant.text.split("\n") if not line.startswith("#")
             for s in re.split(r"(?<=[.!?»])\s+", line)]
    stated = frozenset().union(*(facts_of(s, "fr") for s in lines if s.strip()))
    assert {"number:6~jour", "date:weekday:3", "date:month:7"} <= wanted  # the test bites
    assert not unstated(wanted, stated)
    assert any("number or date" in note for note in variant.notes)
