"""How faithful and how good is a rewrite? One row per text, embedded model, this machine.

    .venv/bin/python bench/faithfulness.py                  # seed + every corpus text (long)
    .venv/bin/python bench/faithfulness.py --texts seed     # the seed only (~ minutes)
    .venv/bin/python bench/faithfulness.py --scripted       # the scripted writer: checks the bench

Texts: the seed article at --min-words 700 (keyphrase "Lavrov"), and each text of
../shared/corpus at 1.3 × its length (keyphrase from INDEX.tsv). Columns:
  words       Yoast words of the variant (source words in brackets)
  H           headings (H1 + H2/H3) and their defects: cut (the first words of a sentence, or
              ending on a function word), long (> 70 characters), dup (the same twice),
              unsup (not supported by the source)
  unsup       sentences of the variant the grounding check finds unsupported (target 0), then
              those the strict gate refuses (``ground(..., strict=True)``: it may refuse true
              sentences; the engine's own gate)
  kept        source numbers / dates / names kept (seo_kit.score.facts), "kept/total"
  SEO, read.  Yoast's own scores (../shared/oracles/yoast) of source → variant; "-" without node
  ease        reading ease of source → variant (Kandel–Moles for French, Flesch for English)
  long%       share of sentences over 20 words, source → variant (Yoast textSentenceLength)
  rep         sentences that say again what an earlier one said (seo_kit.rewrite.clean)
  meta        characters of the meta description (121–156 is Yoast's "good"), "…" if it has one
  s           seconds for the rewrite, model start included when the server was not running
  calls       model calls the rewrite made (run log records, cached ones included)
Results are also written as JSON next to the run log (path printed at the end).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from _oracle import SHARED, oracle_dir

from seo_kit.rewrite import rewrite
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.inputs import read_article
from seo_kit.score import score
from seo_kit.score.facts import compare_facts

SEED = ROOT / "notebooks" / "data" / "article_request.txt"


def texts(wanted: set[str] | None) -> list[dict]:
    out = []
    if SEED.exists() and (not wanted or "seed" in wanted):
        out.append({"name": "seed", "path": SEED, "skip": True, "lang": "fr",
                    "keywords": ("Lavrov", "Corée du Nord"), "min_words": 700})
    index = SHARED / "corpus" / "INDEX.tsv"
    if index.exists():
        with index.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                name = Path(row["file"]).stem
                if wanted and not any(name.startswith(w) for w in wanted):
                    continue
                out.append({"name": name, "path": SHARED / "corpus" / row["file"],
                            "skip": False, "lang": row["lang"], "keywords": (row["keyphrase"],),
                            "min_words": round(1.3 * int(row["words"]))})
    return out


def body_of(item: dict) -> tuple[str, str | None]:
    """(article body, its title) as the engine reads it."""
    raw = item["path"].read_text(encoding="utf-8")
    if raw.startswith("TITLE:"):
        lines = raw.split("\n")
        return "\n".join(lines[3:]).strip(), lines[0].removeprefix("TITLE:").strip()
    return (raw.split("\n", 1)[1] if item["skip"] else raw).strip(), None


def heading_defects(text: str, source: str, lang: str, unsupported: set[str]) -> dict:
    from seo_kit.score.matching import function_words

    headings = re.findall(r"^#{1,3} (.+)$", text, flags=re.MULTILINE)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    sentences = re.split(r"(?<=[.!?])\s+", body.replace("\n", " ") + " " + source)
    key = lambda s: " ".join(re.findall(r"\w+", s.lower()))
    cut = [h for h in headings if h.split()[-1].lower() in function_words(lang) or (
        len(key(h).split()) >= 3 and any(key(s).startswith(key(h)) and key(s) != key(h)
                                         for s in sentences))]
    return {"headings": len(headings), "cut": len(cut),
            "long": sum(1 for h in headings if len(h) > 70),
            "dup": len(headings) - len({key(h) for h in headings}),
            "unsup": sum(1 for h in headings if h in unsupported)}


def near_repeats(text: str, lang: str) -> int:
    """Sentences of ``text`` that say again what an earlier one said, labelled summary blocks
    aside (seo_kit.rewrite.clean.near_repeats)."""
    from seo_kit.rewrite.clean import near_repeats as repeats

    return len(repeats(text, lang=lang))


def yoast(folder: Path | None, body: str, keyphrase: str, title: str, meta: str,
          lang: str) -> tuple[int, int] | None:
    import subprocess

    if folder is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(body)
    done = subprocess.run(["node", str(folder / "run_yoast.js"), fh.name, keyphrase, title, meta,
                           "--locale", "fr_FR" if lang == "fr" else "en_US"],
                          capture_output=True, text=True, check=False)
    Path(fh.name).unlink()
    if done.returncode != 0:
        return None
    out = json.loads(done.stdout)
    return out["seo"]["overall_score_0_100"], out["readability"]["overall_score_0_100"]


def measure(item: dict, endpoint, folder: Path | None) -> dict:
    source, source_title = body_of(item)
    # the body only: a corpus file's TITLE/SOURCE lines are not article text
    article = dataclasses.replace(read_article(source.encode("utf-8"), lang=item["lang"]),
                                  title=source_title)
    brief = Brief(lang=item["lang"], keywords=item["keywords"], min_words=item["min_words"],
                  seed=1, **({"endpoint": endpoint} if endpoint is not None else {}))
    started = time.perf_counter()
    variant = rewrite(article, brief)
    seconds = time.perf_counter() - started
    report = score(variant.text, lang=item["lang"], keyphrase=brief.keyphrase,
                   title=variant.title, meta_description=variant.meta_description,
                   source=article.text)
    source_report = score(source, lang=item["lang"], keyphrase=brief.keyphrase)
    bad = report["grounding"].value["unsupported"]
    from seo_kit.score.grounding import ground

    strict = ground(variant.text, article.text, item["lang"], strict=True).unsupported
    facts = compare_facts(article.text, variant.text, lang=item["lang"])
    kept, total = len(facts["kept"]), len(facts["kept"]) + len(facts["dropped"])
    source_meta = re.split(r"(?<=[.!?])\s", source.split("\n")[0])[0][:155]
    return {
        "text": item["name"], "words_in": article.words, "words": variant.words,
        "min_words": item["min_words"],
        **heading_defects(variant.text, article.text, item["lang"], {b["sentence"] for b in bad}),
        "unsupported": len(bad), "strict_refused": [v.sentence for v in strict],
        "unsupported_sentences": [
            {"sentence": b["sentence"], "kind": b["reasons"][0]["kind"]} for b in bad],
        "facts_kept": kept, "facts_total": total, "facts_dropped": facts["dropped"],
        "yoast_source": yoast(folder, source, brief.keyphrase, source_title or variant.title,
                              source_meta, item["lang"]),
        "yoast_variant": yoast(folder, variant.text, brief.keyphrase, variant.title,
                               variant.meta_description, item["lang"]),
        "ease": (source_report.readability["reading_ease"], report.readability["reading_ease"]),
        "long_share": (source_report.readability["long_sentence_share"],
                 report.readability["long_sentence_share"]),
        "repeats": near_repeats(variant.text, item["lang"]), "meta_chars": len(
            variant.meta_description), "meta_ellipsis": "…" in variant.meta_description,
        "seconds": round(seconds, 1), "calls": len(variant.call_ids),
        "constraints": variant.constraints, "notes": variant.notes,
        "title": variant.title, "meta": variant.meta_description, "variant": variant.text,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", help="comma-separated: seed, 02, 03… (default: all)")
    parser.add_argument("--scripted", action="store_true",
                        help="the scripted FrenchWriter instead of the embedded model")
    parser.add_argument("--timeout", type=float, default=900.0,
                        help="seconds one model call may take (raise it on a loaded machine)")
    args = parser.parse_args()
    os.environ.setdefault("SEO_KIT_HOME", tempfile.mkdtemp(prefix="seo_kit_faithful_"))
    wanted = set(args.texts.split(",")) if args.texts else None
    folder = oracle_dir()
    rows = []
    server = None
    endpoint = None
    if args.scripted:
        from french_writer import FrenchWriter
        from scripted_server import ScriptedServer

        from seo_kit.llm import Endpoint

        server = ScriptedServer().start()
        server.responder = FrenchWriter()
        endpoint = Endpoint(server.url, "scripted-model", kind="compatible", max_retries=0)
    elif args.timeout != 900.0:
        from seo_kit.llm import resolve_endpoint

        endpoint = resolve_endpoint().with_options(timeout_s=args.timeout)
    try:
        for item in texts(wanted):
            row = measure(item, endpoint, folder)
            rows.append(row)
            print(_line(row), flush=True)
    finally:
        if server is not None:
            server.stop()
    out = Path(os.environ["SEO_KIT_HOME"]) / "faithfulness.json"
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\n{'text':26s} {'words':>11s} {'H cut/long/dup/unsup':>21s} {'unsup/strict':>12s} "
          f"{'kept':>7s} {'SEO src→var':>12s} {'read. src→var':>13s} {'ease':>11s} "
          f"{'long%':>11s} {'rep':>3s} {'meta':>4s} {'s':>6s} {'calls':>5s}")
    for row in rows:
        print(_line(row))
    print(f"\nvariants and details: {out}")
    return 0


def _line(row: dict) -> str:
    ys, yv = row["yoast_source"], row["yoast_variant"]
    seo = f"{ys[0]}→{yv[0]}" if ys and yv else "-"
    read = f"{ys[1]}→{yv[1]}" if ys and yv else "-"
    heads = f"{row['headings']} {row['cut']}/{row['long']}/{row['dup']}/{row['unsup']}"
    return (f"{row['text']:26s} {row['words']:5d} ({row['words_in']:4d}) {heads:>21s} "
            f"{row['unsupported']:5d}/{len(row['strict_refused']):<6d} "
            f"{row['facts_kept']:3d}/{row['facts_total']:<3d} "
            f"{seo:>12s} {read:>13s} {row['ease'][0]:>4}→{row['ease'][1]:<5} "
            f"{row['long_share'][0]:>4}→{row['long_share'][1]:<5} {row['repeats']:3d} "
            f"{row['meta_chars']:3d}{'…' if row['meta_ellipsis'] else ' '} {row['seconds']:6.1f} "
            f"{row.get('calls', 0):5d}")


if __name__ == "__main__":
    sys.exit(main())
