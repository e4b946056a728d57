"""Whether a speed-up changed any result: this tree's audit rows and injection findings against
another checkout's (the commit before it), page by page, every column compared.

    git archive 020363e seo_kit | tar -x -C /tmp/old
    python bench/audit_same_rows.py /tmp/old --pages 2000

The pages, scored by both trees (one child process each, PYTHONPATH set to that tree):
    corpus   ``--pages`` pages built by bench/audit_speed.py from ../shared/corpus (French and
             English, a seed of their own: ``--seed``)
    wxr      every post and page of the WordPress exports in ../shared/wxr
    planted  every sentence of the injection tests (tests/score/test_injection*.py: hostile
             and benign, French, English and others) planted in a corpus page as a paragraph,
             an HTML comment, a hidden div, an alt text and a Markdown line
For each page: its audit row (``seo_kit.audit.scoring.score_page``: every check's score and
rating, totals, readability figures, SERP widths, error) and ``find_injections`` on its content
in the row's language (every Finding field: offsets, kinds, disguises). Prints how many pages
of each kind differ and the first differences; exit status 1 when any does. Skips when the
corpus is absent.
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

from audit_speed import CORPUS, SHARED, pages

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests" / "score"
_CHILD = """
import pickle, sys
from seo_kit.audit.scoring import score_page
from seo_kit.score.injection import find_injections
with open(sys.argv[1], "rb") as file:
    built = pickle.load(file)
out = []
for page in built:
    row = score_page(page)
    found = None
    if row.get("lang"):
        found = [tuple(vars(f).items()) for f in find_injections(page["content"], row["lang"])]
    out.append((row, found))
with open(sys.argv[2], "wb") as file:
    pickle.dump(out, file)
"""


def test_sentences() -> list[str]:
    """Every string literal of 20 characters or more in tests/score/test_injection*.py."""
    found: set[str] = set()
    for path in sorted(TESTS.glob("test_injection*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and len(node.value) >= 20 and "\n" not in node.value.strip():
                found.add(node.value)
    return sorted(found)


def planted(sentences: list[str], seed: int) -> list[dict]:
    """Each sentence in a corpus page five ways (see the module doc)."""
    out = []
    hosts = list(pages(len(sentences), seed=seed + 1))
    for sentence, host in zip(sentences, hosts, strict=True):
        head, _, tail = host["content"].partition("\n")
        quoted = sentence.replace('"', "&quot;")
        for form in (f"<p>{sentence}</p>", f"<!-- {sentence} -->",
                     f'<div style="display:none">{sentence}</div>',
                     f'<p><img src="a.png" alt="{quoted}"> Photo.</p>'):
            out.append({**host, "content": f"{head}\n{form}\n{tail}", "kind": "planted"})
        text = "\n\n".join(line.removeprefix("<p>").removesuffix("</p>")
                           for line in host["content"].split("\n"))
        out.append({**host, "content": f"{sentence}\n\n{text}", "kind": "planted"})
    return out


def wxr_pages() -> list[dict]:
    from seo_kit.audit.wxr import read_wxr

    return [{**page, "kind": "wxr"} for path in sorted((SHARED / "wxr").glob("*.xml"))
            for page in read_wxr(path)]


def same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the other checkout (a tree with seo_kit/)")
    parser.add_argument("--tree", type=Path, default=HERE.parent,
                        help="the checkout compared with base (default: this one)")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--show", type=int, default=5, help="differences printed")
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    built = [{**page, "kind": "corpus"} for page in pages(args.pages, seed=args.seed)]
    built += wxr_pages() + planted(test_sentences(), args.seed)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        given = Path(folder) / "pages.pickle"
        given.write_bytes(pickle.dumps(built))
        for name, tree in {"base": args.base.resolve(), "this": args.tree.resolve()}.items():
            out = Path(folder) / f"{name}.pickle"
            subprocess.run([sys.executable, "-c", _CHILD, str(given), str(out)], check=True,
                           cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)})
            results[name] = pickle.loads(out.read_bytes())
    differ: dict[str, int] = {}
    shown = 0
    for page, (row_a, found_a), (row_b, found_b) in zip(built, results["base"], results["this"],
                                                        strict=True):
        columns = sorted(set(row_a) | set(row_b))
        bad = [c for c in columns if not same(row_a.get(c), row_b.get(c))]
        if found_a != found_b:
            bad.append("find_injections")
        differ.setdefault(page["kind"], 0)
        if bad:
            differ[page["kind"]] += 1
            if shown < args.show:
                shown += 1
                print(f"DIFFERS {page['url']}: " + "; ".join(
                    f"{c}: {row_a.get(c)!r} -> {row_b.get(c)!r}" for c in bad[:4]))
    counts = {kind: sum(p["kind"] == kind for p in built) for kind in differ}
    print("pages that differ: " + ", ".join(f"{kind} {differ[kind]} of {counts[kind]:,}"
                                            for kind in differ)
          + f" ({len(results['this'][0][0])} columns; every field of "
            f"{sum(len(found or ()) for _, found in results['base']):,} findings)")
    return 1 if any(differ.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
