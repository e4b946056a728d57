"""Shared set-up for the benchmarks that compare seo_kit with the Yoast oracle (yoastseo on Node).

The oracle lives in ../shared/oracles/yoast (read-only); it is copied to a cache folder and
installed there with ``npm ci``. Everything returns None when ../shared or node is missing, so the
benchmarks can skip cleanly.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SEO_KIT_SHARED", ROOT.parent / "shared"))
ORACLE_FILES = ("package.json", "package-lock.json", "run_yoast.js")
SEED_TITLE = "Lavrov en Corée du Nord : une visite diplomatique clé"
SEED_META = ("Le ministre russe Sergueï Lavrov est arrivé en Corée du Nord pour renforcer les liens "
             "entre Moscou et Pyongyang après la visite de Kim Jong-un en Russie.")


@dataclass(frozen=True)
class Sample:
    name: str
    body: str
    keyphrase: str
    title: str
    meta: str
    lang: str = "fr"
    synonyms: str = ""


def oracle_dir() -> Path | None:
    """A ready oracle folder (copied and ``npm ci``-installed once), or None when impossible."""
    source = SHARED / "oracles" / "yoast"
    if not source.is_dir() or shutil.which("node") is None or shutil.which("npm") is None:
        return None
    digest = hashlib.sha256(b"".join((source / f).read_bytes() for f in ORACLE_FILES)).hexdigest()
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "seo_kit" / \
        f"yoast_oracle_{digest[:12]}"
    if not (cache / "node_modules" / "yoastseo").is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        for name in ORACLE_FILES:
            shutil.copy(source / name, cache / name)
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], check=False, cwd=cache,
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"npm ci failed in {cache}: {done.stderr.strip()[-300:]}")
            return None
    return cache


SYNTHETIC_HTML = """<h1>La voiture électrique en ville</h1>
<p>La voiture électrique séduit les citadins. Cependant, son prix reste élevé pour les ménages.
Lisez notre <a href="/guide-achat">guide d’achat</a> et l’étude de
<a href="https://www.ademe.fr/etude" rel="nofollow">l’Ademe</a>.</p>
<img src="voiture.jpg" alt="Une voiture électrique en charge">
<img src="borne.jpg" alt="Une borne de recharge">
<h2>Le prix de la voiture électrique</h2>
<p>Le prix moyen dépasse 35 000 euros. Les aides de l’État réduisent la facture de 5 000 euros.
Il est donc conseillé de comparer les offres. Il faut aussi penser à la recharge.
Il existe des bornes publiques dans la plupart des villes.</p>
<ul><li><p>un bonus écologique</p></li><li><p>une prime à la conversion</p></li></ul>
<h2>La recharge</h2>
<p>La recharge à domicile coûte moins cher. Elle a été simplifiée par la loi.
Une <a href="https://example.com/voiture-electrique">voiture électrique</a> se recharge la nuit.</p>
"""


def samples() -> list[Sample]:
    """The seed article (first line skipped), every French text of the shared corpus, and a small
    HTML page with headings, links and images (the corpus has none)."""
    out = [Sample("synthetic_html", SYNTHETIC_HTML, "voiture électrique",
                  "Voiture électrique : prix, aides et recharge en ville",
                  "Tout savoir sur la voiture électrique en ville : son prix, les aides de l’État "
                  "et la recharge à domicile ou sur les bornes publiques.")]
    seed = SHARED / "seed" / "article_request.txt"
    if seed.exists():
        body = seed.read_text(encoding="utf-8").split("\n", 1)[1]
        out.append(Sample("seed", body, "Lavrov Corée du Nord", SEED_TITLE, SEED_META))
        out.append(Sample("seed, quoted keyphrase", body, "\"Corée du Nord\"", SEED_TITLE,
                          SEED_META))
        out.append(Sample("seed, synonyms", body, "Sergueï Lavrov", SEED_TITLE, SEED_META,
                          synonyms="ministre russe, Pyongyang"))
    index = SHARED / "corpus" / "INDEX.tsv"
    if index.exists():
        with index.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["lang"] != "fr":
                    continue
                lines = (SHARED / "corpus" / row["file"]).read_text(encoding="utf-8").split("\n")
                title = lines[0].removeprefix("TITLE:").strip()
                body = "\n".join(lines[3:])
                first = next(line for line in lines[3:] if line.strip())
                meta = first[:155].rsplit(" ", 1)[0] if len(first) > 155 else first
                out.append(Sample(Path(row["file"]).stem, body, row["keyphrase"], title, meta))
    return out
