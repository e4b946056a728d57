"""Against the real Yoast engine (yoastseo on Node), when it is installed; skipped otherwise.

bench/yoast_parity.py installs the oracle in ~/.cache/seo_kit/yoast_oracle_*; SEO_KIT_YOAST_DIR can
point at another folder holding run_yoast.js and node_modules/yoastseo. Tests never run npm.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import seo_kit


def _oracle_folder() -> Path | None:
    candidates = [Path(os.environ["SEO_KIT_YOAST_DIR"])] if os.environ.get("SEO_KIT_YOAST_DIR") \
        else sorted((Path.home() / ".cache" / "seo_kit").glob("yoast_oracle_*"))
    for folder in candidates:
        if (folder / "run_yoast.js").exists() and (folder / "node_modules" / "yoastseo").is_dir():
            return folder
    return None


FOLDER = _oracle_folder()
pytestmark = pytest.mark.skipif(FOLDER is None or shutil.which("node") is None,
                                reason="Yoast oracle not installed (run bench/yoast_parity.py)")

ARTICLE = """# La voiture électrique en ville

La voiture électrique séduit les citadins. Cependant, son prix reste élevé pour les ménages.

## Le prix de la voiture électrique

Le prix moyen dépasse 35 000 euros. Les aides de l’État réduisent la facture de 5 000 euros.
Il est donc conseillé de comparer les offres. Il faut aussi penser à la recharge.

Lisez notre [guide](https://example.com/guide) et l’[étude](https://www.ademe.fr/etude).

![Une voiture électrique en charge](voiture.jpg)
"""
TITLE = "Voiture électrique : prix et aides en ville"
META = "Tout savoir sur la voiture électrique : son prix, les aides de l’État et la recharge."
# Checks whose outcome depends on helper word lists or on what the free package lacks.
LANGUAGE_DEPENDENT = {"textTransitionWords", "passiveVoice", "keyphraseDistribution"}


def test_same_ratings_as_yoast(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run(["node", str(FOLDER / "run_yoast.js"), str(path), "voiture électrique",
                           TITLE, META, "--extra"], capture_output=True, text=True, check=True,
                          timeout=120)
    oracle = json.loads(done.stdout)
    report = seo_kit.score(ARTICLE, keyphrase="voiture électrique", title=TITLE,
                           meta_description=META, lang="fr",
                           permalink=oracle["input"]["permalink"])
    found = oracle["seo"]["assessments"] + oracle["readability"]["assessments"] + \
        oracle["extra_assessments"]
    differ = {a["identifier"]: (report.get(a["identifier"]) and report[a["identifier"]].score,
                                a["score"])
              for a in found if a["identifier"] not in LANGUAGE_DEPENDENT
              and (report.get(a["identifier"]) is None
                   or report[a["identifier"]].rating != a["rating"])}
    assert differ == {}
    # Yoast turns tags into spaces, so "l’<a>étude</a>" is two words there and one here.
    assert report.words == pytest.approx(oracle["insights"]["word_count"], rel=0.02)
