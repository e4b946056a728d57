"""An apposition said as a sentence of its own (seo_kit.rewrite.apposition), through the
readability split (seo_kit.rewrite.readable.split_at_marks) and its checks (_keeps)."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.apposition import split_apposition
from seo_kit.rewrite.ground import Source
from seo_kit.rewrite.readable import _keeps, split_at_marks

pytest.importorskip("spacy")

SPLIT = [  # (sentence, pieces): each sentence held by its source (the sentence itself)
    (("Les autorités soviétiques ont nommé le jeune et ambitieux nationaliste Kim Il Sung, le "
     "défunt grand-père de Kim, comme premier dirigeant du pays."),
     [("Les autorités soviétiques ont nommé le jeune et ambitieux nationaliste Kim Il Sung comme "
      "premier dirigeant du pays."), "Kim Il Sung est le défunt grand-père de Kim."]),
    (("Le président a reçu Olaf Scholz, le chancelier allemand, à l’Élysée mardi soir pour un "
     "dîner de travail."),
     ["Le président a reçu Olaf Scholz à l’Élysée mardi soir pour un dîner de travail.",
      "Olaf Scholz est le chancelier allemand."]),
    (("Mark Shuttleworth, le fondateur de la société Canonical, a présenté jeudi à Londres la "
     "nouvelle version d’Ubuntu."),
     ["Mark Shuttleworth a présenté jeudi à Londres la nouvelle version d’Ubuntu.",
      "Mark Shuttleworth est le fondateur de la société Canonical."]),
    (("Le ministre a longuement rencontré mardi à Genève Antony Blinken, le secrétaire d’État "
     "américain."),
     ["Le ministre a longuement rencontré mardi à Genève Antony Blinken.",
      "Antony Blinken est le secrétaire d’État américain."]),
    (("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
     "Nord, selon l’agence russe Tass, le dernier d’une vague d’activités diplomatiques."),
     [("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
      "Nord, selon l’agence russe Tass."),
      "C’est le dernier d’une vague d’activités diplomatiques."]),
]
KEPT = [  # no apposition of a name, or one whose owner is unsure: split_apposition leaves it
    ("Selon Antony Blinken, les négociations de Genève ont échoué mardi après trois jours de "
    "discussions."),
    "Lavrov a rencontré Vladimir Poutine, Kim Jong-un et Choe Son Hui à Pyongyang mercredi soir.",
    ("La Maison Blanche a déclaré vendredi que la Corée du Nord avait livré plus de 1 000 "
    "conteneurs d’équipements militaires à la Russie."),
    ("Le ministre a cité l’agence Tass, la principale agence de presse russe, qui parle d’une "
    "visite de deux jours."),
]


@pytest.mark.parametrize("sentence, pieces", SPLIT)
def test_an_apposition_is_said_as_a_sentence_of_its_own(sentence, pieces) -> None:
    source = Source.of(sentence, lang="fr", strict=True)
    assert split_at_marks(sentence, lang="fr", names=source.names) == pieces
    # grounded, no fact lost; the name as subject: the strict gate reads the apposition's noun
    # as the verb's subject in the source (a false alarm of the gate, not this split's): there
    # the caller keeps the sentence whole, so only the split itself is asserted
    if not sentence.startswith(pieces[1].split(" est ")[0] + ","):
        assert _keeps(sentence, pieces, source, "fr")


@pytest.mark.parametrize("sentence", KEPT)
def test_a_segment_that_may_not_be_the_name_s_apposition_is_not_cut(sentence) -> None:
    source = Source.of(sentence, lang="fr", strict=True)
    assert split_apposition(sentence, names=source.names) == [sentence]
