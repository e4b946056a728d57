"""``seo-kit rewrite FILE``: rewrite an article with a model, write Markdown, print the scores."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace

from seo_kit.rewrite import Article, Brief, read_article, rewrite, rewrite_many
from seo_kit.rewrite.variant import Variant

__all__ = ["article_of", "brief_of", "configure", "run", "side_by_side", "step_printer", "summary"]


def configure(parser) -> None:
    """Arguments of `seo-kit rewrite FILE …` (registered by seo_kit.cli)."""
    parser.add_argument("file", help="the article: text, Markdown or HTML")
    parser.add_argument("--lang", default="auto", choices=("auto", "fr", "en"),
                        help="the article's language (default: detected from the article)")
    parser.add_argument("--min-words", type=int, default=700)
    parser.add_argument("--keyword", action="append", default=[],
                        help="a keyword (repeat; the first is the focus keyphrase)")
    parser.add_argument("--tone", default=None,
                        help="default: the article's language's (informatif, informative)")
    parser.add_argument("--audience", default=None)
    parser.add_argument("--mode", default="rewrite", choices=("rewrite", "restructure"))
    parser.add_argument("--variants", type=int, default=1, help="how many variants (seeds 1…N)")
    parser.add_argument("--skip-first-line", action="store_true",
                        help="line 1 is the request (an instruction), not the article")
    parser.add_argument("--keep-flagged-text", action="store_true",
                        help="keep instruction-like sentences of the article (prompt injection) "
                             "as inert quotations instead of removing them")
    parser.add_argument("--template", default=None, help="template name or path to a .toml")
    parser.add_argument("--model", default=None)
    parser.add_argument("--base-url", default=None)
    parser.add_argument("--temperature", type=float, default=0.7)
    parser.add_argument("--no-cache", action="store_true", help="ask the model again")
    parser.add_argument("--max-wait", type=float, default=None, metavar="SECONDS",
                        help="when the server asks (Retry-After) to wait longer than the openai "
                             "client does (120 s), wait up to SECONDS in all, with a countdown, "
                             "instead of stopping (also SEO_KIT_MAX_WAIT)")
    parser.add_argument("--out", default="out/article_seo.md", help="Markdown file to write")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress lines on stderr while the model works")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 3 when a constraint of the brief is not met")
    parser.set_defaults(run=run)


def article_of(args) -> Article:
    """The article FILE, in the language --lang names, else the one detected in it."""
    return read_article(args.file, skip_first_line=args.skip_first_line,
                        lang=None if args.lang == "auto" else args.lang,
                        keep_flagged_text=args.keep_flagged_text)


def brief_of(args, article: Article) -> Brief:
    """The Brief the command line asks for, in the article's language (given or detected)."""
    return Brief(lang=article.lang, tone=args.tone, keywords=tuple(args.keyword),
                 keep_flagged_text=args.keep_flagged_text,
                 min_words=args.min_words, audience=args.audience, mode=args.mode,
                 template=args.template, temperature=args.temperature, model=args.model,
                 base_url=args.base_url, use_cache=not args.no_cache)


def run(args) -> int:
    from pathlib import Path

    if args.max_wait is not None:  # read by resolve_endpoint, like the other endpoint settings
        os.environ["SEO_KIT_MAX_WAIT"] = f"{args.max_wait:g}"
    article = article_of(args)
    for finding in article.findings:
        print(f"seo-kit rewrite: warning: {finding.describe()}", file=sys.stderr)
    base = brief_of(args, article)
    endpoint = base.resolve_endpoint()
    where = "the embedded model (a few minutes on 2 cores)" if endpoint.kind == "embedded" \
        else f"{endpoint.model} at {endpoint.base_url}"
    print(f"seo-kit rewrite: {article.words} words in ({article.lang}), mode {args.mode}, "
          f"{args.variants} variant(s) with {where}…", file=sys.stderr, flush=True)
    started = time.perf_counter()
    show = None if args.quiet else step_printer(started)
    if args.variants > 1:
        variants = rewrite_many(article, [replace(base, seed=i) for i in
                                          range(1, args.variants + 1)], concurrency=2,
                                on_step=show)
    else:
        variants = [rewrite(article, base, on_step=show)]
    elapsed = time.perf_counter() - started
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    for number, variant in enumerate(variants, start=1):
        path = out if number == 1 else out.with_name(f"{out.stem}-{number}{out.suffix}")
        path.write_text(variant.markdown_with_front_matter(), encoding="utf-8")
        print(summary(variant, path))
    source_report = _source_report(article, base)
    print()
    print(side_by_side(source_report, variants[0].report))
    print(f"\ntotal {elapsed:.1f} s for {len(variants)} variant(s)")
    return 3 if args.strict and not all(v.ok for v in variants) else 0


def step_printer(started: float, stream=None):
    """A progress callback printing one stderr line per finished step of a rewrite:
    ``[  41 s] section 3/6 · 212 tokens in 18.0 s`` (the model's loading and every model call), so
    a run of minutes on the embedded model is never silent."""

    def show(step) -> None:
        if step.state != "done" or step.name == "variant":
            return
        where = f" {step.index}/{step.total}" if step.index and step.total else ""
        work = "from the run log" if step.cached else (
            f"{step.tokens} tokens in {step.seconds:.1f} s" if step.tokens is not None
            and step.seconds is not None else "done")
        variant = f"variant {step.brief + 1}: " if step.brief else ""
        print(f"[{time.perf_counter() - started:5.0f} s] {variant}{step.name}{where} · {work}",
              file=stream or sys.stderr, flush=True)

    return show


def _source_report(article: Article, brief: Brief):
    from seo_kit.score import score

    return score(article.text, keyphrase=brief.keyphrase, lang=brief.lang)


def summary(variant: Variant, path) -> str:
    """Where the variant went, its size, scores, time, speed and constraints."""
    speed = (variant.completion_tokens / variant.latency_s) if variant.latency_s else 0.0
    met = ", ".join(f"{k} {'✓' if v else '✗'}" for k, v in variant.constraints.items())
    report = variant.report
    return (f"{path}: {variant.words} words · SEO {report.seo_score}/100 · readability "
            f"{report.readability_score}/100 · {variant.latency_s:.1f} s · "
            f"{variant.completion_tokens} tokens out ({speed:.1f} tokens/s) · "
            f"{len(variant.call_ids)} calls · model {variant.model}\nconstraints: {met}"
            + (GROUNDING_CAVEAT if "no_unsupported_claims" in variant.constraints else "")
            + (f"\nnotes: {'; '.join(variant.notes)}" if variant.notes else ""))


# What the no_unsupported_claims ✓ means, said where it is printed: the grounding check is
# automatic and misses some false sentences (bench/grounding.py measures how many).
GROUNDING_CAVEAT = ("\nno_unsupported_claims ✓ means the automatic grounding check "
                    "(seo_kit.score.grounding, strict gate) found every clause said by one source "
                    "sentence; it still misses some false sentences (bench/grounding.py measures "
                    "how many): read the text against the source before publishing")


def side_by_side(source, result) -> str:
    """The score table of the source and of the result, one row per check."""
    rows = [f"{'check':28s} {'source':>14s} {'result':>14s}",
            f"{'words':28s} {source.words:>14d} {result.words:>14d}",
            f"{'SEO score':28s} {source.seo_score:>14d} {result.seo_score:>14d}",
            (f"{'readability score':28s} {source.readability_score:>14d} "
            f"{result.readability_score:>14d}")]
    before = {c.id: c for c in source.checks}
    for check in result.checks:
        old = before.get(check.id)
        left = f"{old.score} {old.rating}" if old else "—"
        rows.append(f"{check.id:28s} {left:>14s} {f'{check.score} {check.rating}':>14s}")
    return "\n".join(rows)
