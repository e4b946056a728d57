"""A headline clause over 70 characters, shortened at the parse's boundaries
(seo_kit.rewrite.shorten), and the headings the heading step then builds instead of a pair of
names ("Kim et États-Unis", "Maison Blanche et Corée du Nord": issue #11)."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.shorten import common_stems, shortened

pytest.importorskip("spacy")

NAMES = ("Kim", "Kim Il Sung", "Corée du Nord", "Russie", "Ukraine", "Moscou", "Martine Aubry",
         "Lille", "Conseil de sécurité")


@pytest.mark.parametrize("clause, kept, gone", [
    # the seed's: an adjective goes, the noun chain that says what is produced stays
    ("Kim appelle à une augmentation exponentielle de la production d’armes nucléaires",
     "Kim appelle à une augmentation", ""),
    # a long subject loses its complements, the verb and its time stay
    (("Les spéculations sur un éventuel projet nord-coréen visant à réapprovisionner les réserves "
     "de munitions russes éclatent lors de la visite de Kim en Russie"), "Les spéculations",
     "réapprovisionner"),
    # unseen: a relative clause and an apposition go
    (("Martine Aubry inaugure la nouvelle gare de Lille qui a coûté des millions aux habitants "
     "de la métropole"), "Martine Aubry inaugure", "habitants de la métropole"),
    (("Le conseil municipal adopte un budget de crise qui prévoit une hausse de la taxe foncière "
     "pour faire face à la hausse des prix"), "Le conseil", "faire face"),
])
def test_a_long_clause_is_shortened_at_a_boundary(clause, kept, gone) -> None:
    verb = next(w for w in ("appelle", "éclatent", "inaugure", "adopte") if f" {w} " in clause)
    forms = shortened(clause, 70, verb=verb, names=NAMES)
    assert forms and all(len(f) <= 70 for f in forms)
    assert all(f.startswith(kept) for f in forms)
    assert not gone or all(gone not in f for f in forms)


@pytest.mark.parametrize("clause, verb, whole", [
    # a name is never cut: "Kim Sung", "la Corée" were forms of an early version
    (("Les autorités soviétiques nomment le jeune et ambitieux nationaliste Kim Il Sung premier "
     "dirigeant du pays"), "nomment", "Kim Il Sung"),
    (("La Russie et la Corée du Nord se rapprochent depuis l’invasion de l’Ukraine par Moscou en "
     "2022"), "rapprochent", "La Russie et la Corée du Nord"),  # both subjects stay: both did
    # a name in apposition stays ("Le président reçoit le chancelier" names nobody)
    (("Le président Emmanuel Macron reçoit le chancelier allemand Olaf Scholz au palais de "
     "l’Élysée pour un dîner de travail"), "reçoit", "Emmanuel Macron"),
])
def test_names_and_joined_subjects_stay_whole(clause, verb, whole) -> None:
    names = (*NAMES, "Emmanuel Macron", "Olaf Scholz")
    assert all(whole in f for f in shortened(clause, 70, verb=verb, names=names))


def test_amounts_and_ranks_are_never_cut() -> None:
    forms = shortened("La Banque centrale européenne relève ses taux directeurs de 0,25 point "
                      "pour la dixième fois consécutive depuis juillet 2022", 70, verb="relève")
    assert not [f for f in forms if "0,25" in f and "0,25 point" not in f or "la fois" in f]


def test_the_time_of_the_clause_and_a_negation_stay() -> None:
    forms = shortened("La Russie et la Corée du Nord se rapprochent depuis l’invasion de "
                      "l’Ukraine par Moscou en 2022", 70, names=NAMES)
    assert all("2022" in f for f in forms)
    forms = shortened("Le gouvernement ne publie pas le rapport annuel de la commission d’enquête "
                      "parlementaire sur les retraites", 70)
    assert forms and all("ne publie pas" in f for f in forms)


@pytest.mark.parametrize("clause, verb, qualifier", [
    # the seed's: "Les spéculations … éclatent en Russie" had lost when they broke out
    (("Les spéculations sur un éventuel projet nord-coréen visant à réapprovisionner les réserves "
      "de munitions russes épuisées par sa guerre prolongée avec l’Ukraine éclatent lors de la "
      "visite de Kim en Russie"), "éclatent", "lors de la visite de Kim"),
    # unseen: the event that places the clause, whatever its preposition
    (("Le ministre signe un accord de coopération militaire avec son homologue chinois au cours "
      "de leur rencontre à Vladivostok"), "signe", "au cours de leur rencontre"),
    (("Les deux dirigeants évoquent la livraison de munitions et de missiles balistiques à "
      "l’occasion de la visite du cosmodrome"), "évoquent", "à l’occasion de la visite"),
    (("La présidente annonce une enveloppe exceptionnelle pour les agriculteurs sinistrés à "
      "l’issue du conseil des ministres"), "annonce", "à l’issue du conseil"),
])
def test_a_shortened_clause_keeps_what_places_its_event(clause, verb, qualifier) -> None:
    forms = shortened(clause, 70, verb=verb, names=NAMES)
    assert all(qualifier in f for f in forms), forms


def test_words_the_source_repeats_are_kept_first() -> None:
    clause = "Kim appelle à une augmentation exponentielle de la production d’armes nucléaires"
    common = common_stems("programme nucléaire") | common_stems("armes augmentation production")
    assert shortened(clause, 70, names=NAMES, common=common)[0] == \
        "Kim appelle à une augmentation de la production d’armes nucléaires"


def test_a_short_clause_or_no_verb_gives_nothing() -> None:
    assert shortened("Lavrov arrive en Corée du Nord", 70) == ()
    assert shortened("Une très longue liste de noms propres et de lieux sans aucun verbe conjugué "
                     "dans toute la phrase", 70) == ()


SEED_SECTIONS = [  # the sections of the CI article (session 5) headed by a pair of names
    ("La Maison Blanche a déclaré vendredi que la Corée du Nord avait livré plus de 1 000 "
     "conteneurs d’équipements militaires et de munitions à la Russie pour sa guerre en cours en "
     "Ukraine. De plus, les spéculations sur un éventuel projet nord-coréen visant à réapprovisionner "
     "les réserves de munitions russes épuisées par sa guerre prolongée avec l’Ukraine ont éclaté "
     "lors de la visite de Kim en Russie."),
    ("Kim a appelé le mois dernier à une augmentation exponentielle de la production d’armes "
     "nucléaires et à ce que son pays joue un rôle plus important dans une coalition de nations "
     "affrontant les États-Unis dans une « nouvelle guerre froide », ont déclaré les médias "
     "d’État nord-coréens."),
]


@pytest.fixture(scope="module")
def seed():
    from pathlib import Path

    from seo_kit.rewrite.ground import Source
    from seo_kit.rewrite.inputs import read_article

    article = read_article(Path(__file__).parents[2] / "notebooks" / "data" /
                           "article_request.txt", skip_first_line=True)
    return Source.of(article.text, lang="fr", strict=True)


@pytest.mark.parametrize("body", SEED_SECTIONS)
def test_a_section_of_long_sentences_gets_a_clause_heading(seed, body) -> None:
    from seo_kit.rewrite.headings import headline_for

    heading = headline_for(body, seed, taken=set())
    assert heading and len(heading) <= 70
    assert " et " not in heading or len(heading.split()) > 4  # not "A et B"
    assert not body.startswith(heading)


@pytest.mark.parametrize("lines, lang, keyphrase, expected", [
    (["Sergueï Choïgu : ministre russe de la Défense", ("Sergueï Lavrov : ministre russe des "
      "Affaires étrangères"), "John Kirby : porte-parole"], "fr", "Lavrov",
     "Qui est qui : Sergueï Lavrov, Sergueï Choïgu et John Kirby"),
    (["Martine Aubry : maire de Lille", "Jean Dupont : adjoint"], "fr", None,
     "Qui est qui : Martine Aubry et Jean Dupont"),
    (["Cary Fowler: former director", "Marie Haga: executive director", ("Åsmund Asdal: "
      "coordinator")], "en", "Haga", "Who is who: Marie Haga, Cary Fowler and Åsmund Asdal"),
    # seven people: as many as fit in 70 characters, the last one a name
    (["Sergueï Lavrov : ministre", "Sergueï Choïgu : ministre", "Kim Jong-un : dirigeant",
      "Vladimir Poutine : président", "Choe Son Hui : ministre", "John Kirby : porte-parole",
      "Kim Il Sung : nationaliste"], "fr", "Lavrov",
     "Qui est qui : Sergueï Lavrov, Sergueï Choïgu et Kim Jong-un"),  # four names: 77 characters
    # over 70 characters with two names already: no name
    (["Alexandre-Benoît de Saint-Exupéry-Montmorency : duc", ("Marie-Christine de La "
      "Rochefoucauld-Liancourt : duchesse"), "Paul : page"], "fr", None,
     "Qui est qui : les acteurs"),
])
def test_the_who_is_who_heading_says_what_the_list_is(lines, lang, keyphrase, expected) -> None:
    from seo_kit.rewrite.cast import cast_heading

    assert cast_heading(lines, lang=lang, keyphrase=keyphrase) == expected
