"""The report runs the checks of one explicit tuple, in that order; nothing registers itself."""

import importlib
import pkgutil

import seo_kit
from seo_kit.score.checks import CHECKS, GROUPS, Check, by_id

score_package = importlib.import_module("seo_kit.score")


def test_every_check_defined_is_listed_once():
    """Every Check defined anywhere under seo_kit.score (checks/, grounding/, …) is in CHECKS."""
    defined = set()
    for info in pkgutil.walk_packages(score_package.__path__, "seo_kit.score."):
        module = importlib.import_module(info.name)
        defined |= {v for v in vars(module).values() if isinstance(v, Check)}
    assert len(CHECKS) == len(set(CHECKS)) == len({c.id for c in CHECKS})
    assert defined == set(CHECKS)


def test_report_order_is_the_tuple_order():
    report = seo_kit.score("La voiture électrique séduit. " * 30, keyphrase="voiture", lang="fr",
                           source="La voiture électrique séduit en 2024.")
    order = [c.id for c in CHECKS]
    ids = [c.id for c in report.checks if c.id in order]  # score() may add raw-text checks
    assert ids == sorted(ids, key=order.index)
    assert [GROUPS.index(c.group) for c in report.checks] == \
        sorted(GROUPS.index(c.group) for c in report.checks)
    assert by_id("keyphraseDensity").group == "seo"
