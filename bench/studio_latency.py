"""How fast the studio answers: a keystroke → updated scores, and Generate → first progress line.

Each figure is printed next to its peer measured in the same run:
  keystroke → scores     the editor's textarea changes, the debounced re-score redraws the
                         scores, the check panel and the snippet; peer: `seo_kit.score(...)` alone
                         on the same text (what the scoring itself costs)
  Generate → progress    click « Générer » until the status line names a step; peer: the
                         first `on_step` callback of `seo_kit.rewrite_article(...)` called directly
  reload → page shown    `Studio(restore=True)` on a run log with 4 variants of one article (what a
                         reloaded Voilà page does); peer: the same restore scoring every variant
                         again with grounding (the saved reports left out, as before)
  (scripted server by default; --embedded also times the embedded model's first progress line
  and its first finished model call, then cancels)

    .venv/bin/python bench/studio_latency.py [--repeat 5] [--embedded]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from article_responder import article_responder
from scripted_server import ScriptedServer

REQUEST = ROOT / "notebooks" / "data" / "article_request.txt"


def _article() -> str:
    from seo_kit.rewrite.inputs import read_article

    return read_article(REQUEST, skip_first_line=True).text


def keystroke(studio, repeat: int) -> tuple[float, float, float]:
    """(median keystroke → scores redrawn incl. debounce, median re-score alone, median
    seo_kit.score alone) in seconds."""
    from seo_kit.notebook.editor import DEBOUNCE_S
    from seo_kit.score import score

    editor = studio.editor
    total, rescore, peer = [], [], []
    for i in range(repeat):
        done = threading.Event()
        # the rendered text is redrawn last, after scores, checks and snippet
        editor.highlighted.observe(lambda change, done=done: done.set(), names="value")
        started = time.perf_counter()
        editor.text.value += f" Lavrov {i}."
        assert done.wait(60), "the editor never redrew"
        total.append(time.perf_counter() - started)
        editor.highlighted.unobserve_all()
        started = time.perf_counter()
        editor.rescore()
        rescore.append(time.perf_counter() - started)
        started = time.perf_counter()
        score(editor.text.value, keyphrase=editor.keyphrase, title=editor.title.value,
              meta_description=editor.meta.value, slug=editor.slug.value, lang=editor.lang,
              source=editor.source)
        peer.append(time.perf_counter() - started)
    print(f"(debounce {DEBOUNCE_S * 1000:.0f} ms included in the first figure)")
    return statistics.median(total), statistics.median(rescore), statistics.median(peer)


def first_progress(article: str, *, embedded: bool = False) -> tuple[float, float]:
    """(click → status line names a step, direct rewrite → first on_step) in seconds."""
    from seo_kit.notebook import Studio
    from seo_kit.rewrite import RewriteCancelled, rewrite
    from seo_kit.rewrite.brief import Brief

    studio = Studio(article, keywords="Lavrov", min_words=300, n_variants=1)
    studio._confirmed_long = True  # measure the run, not the long-run warning
    seen = threading.Event()
    studio.status.observe(lambda change: change["new"].startswith("Variante") and seen.set(),
                          names="value")
    started = time.perf_counter()
    studio.generate_button.click()
    assert seen.wait(120), studio.status.value
    studio_s = time.perf_counter() - started
    studio.cancel()
    studio.wait(1800)

    first: list[float] = []

    def stop_at_first(step) -> None:
        first.append(time.perf_counter())
        raise RewriteCancelled("measured")

    started = time.perf_counter()
    try:
        rewrite(article, Brief(keywords=("Lavrov",), min_words=300, use_cache=False),
                on_step=stop_at_first)
    except RewriteCancelled:
        pass
    return studio_s, first[0] - started


def embedded_first_call(article: str) -> float:
    """Seconds from Generate to the first finished model call on the embedded model."""
    from seo_kit.notebook import Studio

    studio = Studio(article, keywords="Lavrov", min_words=300, n_variants=1)
    studio._confirmed_long = True
    started = time.perf_counter()
    studio.generate_button.click()
    for _ in range(3600):
        run = studio.run
        if run is not None and any(s.state == "done" and s.name not in ("variant", "model")
                                   for s in run.steps):
            break
        time.sleep(0.5)
    elapsed = time.perf_counter() - started
    print(f"  embedded: {studio.status.value}")
    studio.cancel()
    studio.wait(1800)
    return elapsed


def reload(repeat: int) -> tuple[float, float, int]:
    """(median Studio(restore=True) with the saved reports, median of the same restore with
    every variant scored again, variants shown); the run log holds 4 variants of one article."""
    from unittest import mock

    from seo_kit.compare import frame
    from seo_kit.notebook import Studio, editor

    saved, again = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        studio = Studio(restore=True)
        saved.append(time.perf_counter() - started)
        assert len(studio.result.variants) >= 3, studio.status.value
        with mock.patch.object(frame, "report_of", lambda variant: None), \
                mock.patch.object(editor, "report_of", lambda variant: None):
            started = time.perf_counter()
            studio = Studio(restore=True)
            again.append(time.perf_counter() - started)
    return statistics.median(saved), statistics.median(again), len(studio.result.variants)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--embedded", action="store_true")
    args = parser.parse_args()
    os.environ["SEO_KIT_HOME"] = tempfile.mkdtemp(prefix="seo_kit_bench_home_")
    article = _article()
    from seo_kit.notebook import Studio

    with ScriptedServer() as server:
        server.responder = article_responder
        os.environ["OPENAI_BASE_URL"] = server.url
        studio = Studio(article, keywords="Lavrov")
        studio.generate_button.click()
        studio.wait(600)
        total, rescore, peer = keystroke(studio, args.repeat)
        print(f"keystroke → scores redrawn   {total * 1000:7.0f} ms (median of {args.repeat})")
        print(f"  re-score + redraw alone    {rescore * 1000:7.0f} ms  "
              f"({rescore / peer:.2f}× seo_kit.score alone)")
        print(f"  peer: seo_kit.score alone  {peer * 1000:7.0f} ms")
        studio = Studio(article, keywords="Lavrov", n_variants=3)
        studio._confirmed_long = True
        studio.generate_button.click()
        studio.wait(600)
        saved, again, shown = reload(args.repeat)
        print(f"reload → page shown          {saved * 1000:7.0f} ms ({shown} variants, saved "
              "reports)")
        print(f"  peer: scoring them again   {again * 1000:7.0f} ms  "
              f"({again / saved:.1f}× the saved reports)")
        studio_s, direct_s = first_progress(article)
        print(f"Generate → first progress    {studio_s * 1000:7.0f} ms (scripted server)")
        print(f"  peer: rewrite → on_step    {direct_s * 1000:7.0f} ms  "
              f"(studio {studio_s / max(direct_s, 1e-6):.1f}× the direct call)")
        del os.environ["OPENAI_BASE_URL"]
    if args.embedded:
        studio_s, direct_s = first_progress(article, embedded=True)
        print(f"Generate → first progress    {studio_s * 1000:7.0f} ms (embedded model)")
        print(f"  peer: rewrite → on_step    {direct_s * 1000:7.0f} ms")
        print(f"Generate → first model call  {embedded_first_call(article):7.1f} s (embedded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
