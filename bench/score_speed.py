"""How long a full seo_kit report takes, against textstat's Flesch alone and Yoast in warm Node.

    .venv/bin/python bench/score_speed.py

Each tool scores the same 30 versions of a ~700-word French text (each version ends with a
different sentence, so no tool can answer from a cache of the previous text). Yoast runs its SEO
and readability assessors in one warm Node process (a loop script written to the oracle folder).
Prints medians and ratios; never asserts a time.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _oracle import SEED_META, SEED_TITLE, oracle_dir, samples

import seo_kit

RUNS = 30
KEYPHRASE = "Lavrov Corée du Nord"

NODE_LOOP = r"""
const fs = require("fs");
const { Paper } = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/fr/Researcher").default;
const SEOAssessor = require("yoastseo/build/scoring/assessors/seoAssessor").default;
const ContentAssessor = require("yoastseo/build/scoring/assessors/contentAssessor").default;
const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const toHtml = raw => raw.split(/\r?\n/).map(l => l.trim()).filter(Boolean).map(l => {
  const h = l.match(/^(#{1,6})\s+(.*)$/);
  return h ? `<h${h[1].length}>${h[2]}</h${h[1].length}>` : `<p>${l}</p>`; }).join("\n");
const times = [];
job.texts.forEach((text, i) => {
  const t0 = process.hrtime.bigint();
  const paper = new Paper(toHtml(text), { keyword: job.keyphrase, title: job.title,
    description: job.meta, locale: "fr_FR", titleWidth: 480, slug: "lavrov-coree-du-nord" });
  const researcher = new Researcher(paper);
  const seo = new SEOAssessor(researcher); seo.assess(paper);
  const content = new ContentAssessor(researcher); content.assess(paper);
  seo.calculateOverallScore(); content.calculateOverallScore();
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
});
process.stdout.write(JSON.stringify(times));
"""


def text_of_700_words() -> str | None:
    texts = samples()
    if not texts:
        return None
    parts, total = [], 0
    for sample in texts:
        if sample.lang != "fr" or (sample.name != "seed" and not sample.name[:2].isdigit()):
            continue  # the seed and the corpus texts only (no HTML page, no variants)
        for paragraph in sample.body.split("\n"):
            if paragraph.strip() and total < 700:
                kept = paragraph.split()[:700 - total]
                parts.append(" ".join(kept).rstrip(".,;:") + ".")
                total += len(kept)
    return "\n\n".join(parts)


def median_ms(func, texts) -> float:
    func(texts[0])  # imports, dictionaries, first-call set-up
    times = []
    for text in texts:
        start = time.perf_counter()
        func(text)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def yoast_median_ms(folder: Path, texts: list[str]) -> float | None:
    (folder / "speed_loop.js").write_text(NODE_LOOP, encoding="utf-8")
    job = folder / "speed_job.json"
    warm = texts[:5]  # the first papers pay for JIT compilation; they are dropped below
    job.write_text(json.dumps({"texts": warm + texts, "keyphrase": KEYPHRASE, "title": SEED_TITLE,
                               "meta": SEED_META}), encoding="utf-8")
    done = subprocess.run(["node", str(folder / "speed_loop.js"), str(job)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        print(f"Yoast loop failed: {done.stderr.strip()[-300:]}")
        return None
    return statistics.median(json.loads(done.stdout)[len(warm):])


def main() -> int:
    base = text_of_700_words()
    if base is None:
        print("skipped: ../shared is missing (no French text to time)")
        return 0
    texts = [f"{base}\n\nMise à jour numéro {i} de cet article." for i in range(RUNS)]
    words = seo_kit.score(texts[0], lang="fr").words

    def full_report(text):
        return seo_kit.score(text, keyphrase=KEYPHRASE, title=SEED_TITLE,
                             meta_description=SEED_META, lang="fr")

    from seo_kit.score import CHECKS
    from seo_kit.score.context import Context
    from seo_kit.text.document import parse

    def checks_only(text):
        doc = parse(text, lang="fr")
        ctx = Context(lang="fr", keyphrase=KEYPHRASE, title=SEED_TITLE, meta_description=SEED_META)
        return [check(doc, ctx) for check in CHECKS]

    import textstat

    textstat.set_lang("fr")
    # Each tool gets its own versions: seo_kit's readability summary also calls textstat, whose
    # cache would otherwise answer textstat's turn for free.
    def without_textstat(text):
        return seo_kit.score(text, keyphrase=KEYPHRASE, title=SEED_TITLE,
                             meta_description=SEED_META, lang="fr", compare_textstat=False)

    rows = [("seo_kit.score, every check + readability + SERP", median_ms(full_report, texts)),
            ("  the same with compare_textstat=False",
             median_ms(without_textstat, [t + " Suite." for t in texts])),
            ("  parse + every check, no readability summary",
             median_ms(checks_only, [t + " Encore." for t in texts])),
            ("textstat.flesch_reading_ease alone",
             median_ms(textstat.flesch_reading_ease, [t + " Fin." for t in texts]))]
    folder = oracle_dir()
    if folder is not None:
        yoast = yoast_median_ms(folder, texts)
        if yoast is not None:
            rows.append(("Yoast SEO + readability assessors, warm Node", yoast))
    else:
        print("(Yoast skipped: ../shared/oracles or node/npm missing)")

    ours = rows[0][1]
    print(f"\nMedian time per {words}-word French text, {RUNS} different versions, same run")
    print(f"{'tool':52s} {'median ms':>10s} {'× seo_kit':>10s} {'10,000 texts':>14s}")
    for name, ms in rows:
        print(f"{name:52s} {ms:>10.2f} {ms / ours:>10.2f} {ms * 10_000 / 1000 / 60:>11.1f} min")
    print("targets: full report ≤ 10 ms; ≥ 50× faster than Yoast")
    return 0


if __name__ == "__main__":
    sys.exit(main())
