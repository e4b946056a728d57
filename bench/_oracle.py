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


_FILLER = [
    "Le marché change vite depuis deux ans.", "Les acheteurs comparent les offres en ligne.",
    "Chaque modèle promet une autonomie plus longue.", "Nous avons interrogé des conducteurs.",
    "Certains hésitent encore à franchir le pas.", "Un garagiste nous explique son métier.",
    "Pourtant, les ventes progressent chaque mois.", "Elle roule tous les jours vers Lyon.",
    "Son voisin préfère attendre les prochains modèles.", "Trois entreprises dominent le secteur.",
]


def _filler(n_words: int, start: int = 0) -> str:
    out, total, i = [], 0, start
    while total < n_words:
        sentence = _FILLER[i % len(_FILLER)]
        out.append(sentence)
        total += len(sentence.split())
        i += 1
    return " ".join(out)


def probes() -> list[Sample]:
    """Small HTML pages built to sit on Yoast's thresholds (one or two checks each)."""
    kp = "voiture électrique"
    meta = ("La voiture électrique en ville : prix, aides de l’État, recharge à domicile et "
            "bornes publiques, tout ce qu’il faut savoir avant d’acheter.")
    title = "Voiture électrique : le guide"
    intro = "<p>La voiture électrique arrive en ville. " + _filler(60) + "</p>"
    cases = {
        "probe: long sections": intro + "<p>" + _filler(340) + "</p><h2>Prix</h2><p>"
        + _filler(320, 3) + "</p><h3>Voiture électrique et recharge</h3><p>" + _filler(100) + "</p>",
        "probe: 10 images": intro + "".join(
            f'<img src="i{i}.jpg" alt="{"Une voiture électrique" if i < 2 else "Une route"}">'
            for i in range(10)) + "<p>" + _filler(300) + "</p>",
        "probe: competing link, two H1": "<h1>Voiture électrique</h1>" + intro
        + '<h1>Autre titre</h1><p>Voir la <a href="https://autre.fr/voiture-electrique">voiture '
        "électrique</a> du concurrent. " + _filler(250) + "</p>",
        "probe: stuffed keyphrase": "<p>" + " ".join(
            f"La voiture électrique numéro {i} roule bien." for i in range(40)) + "</p>",
        "probe: short text": "<p>La voiture électrique arrive. Il pleut. Il neige. Il vente. "
        "Une voiture électrique passe.</p>",
        "probe: long paragraph, repeated beginnings": intro + "<p>" + _filler(180) + "</p><p>"
        + " ".join(["Il part tôt le matin."] * 4) + " " + _filler(200) + "</p>",
    }
    titles = {"probe: long sections": "La voiture électrique : prix, aides, recharge, autonomie, "
              "bornes et conseils pour bien choisir en ville",
              "probe: short text": "Guide de la voiture électrique"}
    metas = {"probe: stuffed keyphrase": "Voiture électrique. Voiture électrique. La voiture "
             "électrique en ville, encore une voiture électrique."}
    return [Sample(name, html, kp, titles.get(name, title), metas.get(name, meta))
            for name, html in cases.items()]


def samples() -> list[Sample]:
    """The seed article (first line skipped), every French and English text of the shared corpus,
    and a small HTML page with headings, links and images (the corpus has none)."""
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
                if row["lang"] not in ("fr", "en"):
                    continue
                lines = (SHARED / "corpus" / row["file"]).read_text(encoding="utf-8").split("\n")
                title = lines[0].removeprefix("TITLE:").strip()
                body = "\n".join(lines[3:])
                first = next(line for line in lines[3:] if line.strip())
                meta = first[:155].rsplit(" ", 1)[0] if len(first) > 155 else first
                out.append(Sample(Path(row["file"]).stem, body, row["keyphrase"], title, meta,
                                  lang=row["lang"]))
    return out
