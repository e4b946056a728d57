"""A moved source sentence with a pronoun subject gets the person it is about back
(seo_kit.rewrite.antecedent): "il" never reads as someone else once the rewrite moves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from seo_kit.rewrite.antecedent import name_pronouns, named
from seo_kit.rewrite.draft import Draft, Section
from seo_kit.rewrite.ground import Source

pytest.importorskip("spacy")

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"
SEED = Source.of(REQUEST.read_text(encoding="utf-8").split("\n", 1)[1], lang="fr", strict=True)
LAST_VISIT = "Lavrov s’est rendu pour la dernière fois en Corée du Nord en 2018."
TWO_DAYS = next(s for s in SEED.sentences if s.startswith("Au cours de sa visite de deux jours"))
KIM = "Kim Jong-un a rencontré Vladimir Poutine au cosmodrome de Vostochny."


@pytest.mark.parametrize("sentence, before, expected", [
    ("Au cours de sa visite, il doit rencontrer Choe Son Hui.", LAST_VISIT,
     "Au cours de sa visite, Lavrov doit rencontrer Choe Son Hui."),
    ("Il doit rencontrer Choe Son Hui.", LAST_VISIT, "Lavrov doit rencontrer Choe Son Hui."),
    # the number must agree: "ils" is not Lavrov
    ("Ils doivent rencontrer Choe Son Hui.", LAST_VISIT, None),
    ("Les deux pays ont signé un accord.", LAST_VISIT, None),  # no pronoun
    ("Il doit rencontrer Choe Son Hui.", "Il est arrivé mercredi.", None),  # no named subject
])
def test_named(sentence, before, expected) -> None:
    assert named(sentence, before, names=SEED.names) == expected


@pytest.mark.parametrize("body, expected", [
    # moved after Kim's sentence: "il" would read as Kim
    (f"{LAST_VISIT} {KIM}\n\n{TWO_DAYS}",
     TWO_DAYS.replace(", il doit", ", Lavrov doit")),
    # still after its antecedent: left as the source writes it
    (f"{KIM} {LAST_VISIT} {TWO_DAYS}", TWO_DAYS),
])
def test_name_pronouns(body, expected) -> None:
    draft = Draft("Lavrov en Corée du Nord", "", [Section("Partie", body)])
    changed = name_pronouns(draft, SEED)
    assert expected in draft.sections[0].body
    assert changed == (expected != TWO_DAYS)
    assert SEED.verdicts([expected])[0].supported
