"""``seo-kit score FILE``: score a text file and print a table or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from seo_kit.errors import InputError
from seo_kit.text.decode import decode

__all__ = ["configure", "read_text_file", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the article: Markdown, HTML or plain text ('-' for stdin)")
    parser.add_argument("--keyphrase", help="focus keyphrase (double quotes force exact matching)")
    parser.add_argument("--title", help="SEO title")
    parser.add_argument("--meta", help="meta description")
    parser.add_argument("--slug", help="URL slug (default: from the title)")
    parser.add_argument("--lang", default="auto", choices=("auto", "fr", "en"))
    parser.add_argument("--source", help="the original article: facts kept, and grounding (every "
                        "sentence checked against it)")
    parser.add_argument("--synonyms", help="comma-separated keyphrase synonyms")
    parser.add_argument("--permalink", help="page URL; links to its host count as internal")
    parser.add_argument("--cornerstone", action="store_true", help="cornerstone thresholds")
    parser.add_argument("--skip-first-line", action="store_true",
                        help="drop line 1 (an instruction, not the article)")
    parser.add_argument("--format", default="table", choices=("table", "json"))
    parser.set_defaults(run=run)


def read_text_file(path: str) -> str:
    """Text of ``path`` ("-" is stdin), decoded by ``seo_kit.text.decode`` (UTF-8, else
    CP1252/Latin-1 with a note on stderr).
    InputError for a missing, empty, binary or non-text file."""
    if path == "-":
        raw = sys.stdin.buffer.read()
    else:
        file = Path(path)
        if not file.is_file():
            raise InputError(f"no file at {path}; check the path")
        raw = file.read_bytes()
    text, note = decode(raw, name=path)
    if note:
        print(f"seo-kit score: note: {note}", file=sys.stderr)
    if not text.strip():
        raise InputError(f"{path} is empty (or only whitespace): nothing to score")
    return text


def run(args: argparse.Namespace) -> int:
    from seo_kit.score import score

    text = read_text_file(args.file)
    if args.skip_first_line:
        text = text.strip().partition("\n")[2]
    source = read_text_file(args.source) if args.source else None
    report = score(text, keyphrase=args.keyphrase, title=args.title, meta_description=args.meta,
                   slug=args.slug, lang=args.lang, source=source, synonyms=args.synonyms,
                   permalink=args.permalink, cornerstone=args.cornerstone)
    if args.format == "json":
        print(report.to_json(indent=2))
    else:
        print(format_table(report))
    for warning in injection_warnings(report):
        print(f"seo-kit score: warning: {warning}", file=sys.stderr)
    return 0


def injection_warnings(report) -> list[str]:
    """One line per instruction-like sentence found in the text, and per sentence of the text
    that carries out an instruction hidden in the source (a warning: scoring goes on)."""
    lines = []
    found = report.get("instructionLikeText")
    for finding in (found.value if found is not None else []):
        lines.append(f"instruction-like text (a model given this text may obey it) at "
                     f"{finding['where']}: {', '.join(finding['kinds'])}: «{finding['text'][:100]}»")
    obeyed = report.get("injectedTask")
    for sentence, why in (obeyed.value if obeyed is not None else []):
        lines.append(f"this sentence carries out an instruction hidden in the source ({why}): "
                     f"«{sentence[:100]}»")
    return lines


def format_table(report) -> str:
    serp = report.serp
    cut = " (cut by Google)" if serp.get("title_truncated") else ""
    length = report.get("keyphraseLength")
    no_keyphrase = " (no keyphrase: Yoast's SEO total means nothing)" \
        if length is not None and length.score == -999 else ""
    lines = [
        (f"lang {report.lang} · {report.words} words · {report.sentences} sentences · "
         f"SEO {report.seo_score}/100{no_keyphrase} · readability {report.readability_score}/100"),
        (f"title {serp.get('title_width_px', 0)} px{cut} · meta {serp.get('meta_chars', 0)} "
         f"chars · slug {serp.get('slug') or '—'}"),
        "",
        f"{'check':26s} {'group':11s} {'score':>6s} {'rating':8s} message",
    ]
    for c in report.checks:
        message = c.message if len(c.message) <= 110 else c.message[:107] + "…"
        lines.append(f"{c.id:26s} {c.group:11s} {c.score:>6d} {c.rating:8s} {message}")
    if report.facts:
        lines += ["", f"facts dropped: {', '.join(report.facts['dropped']) or 'none'}",
                  f"facts added:   {', '.join(report.facts['added']) or 'none'}"]
    grounding = report.get("grounding")
    for key, said in (("unsupported", "unsupported"), ("unverified", "read against the source")):
        for bad in grounding.value.get(key) or () if grounding else ():
            reason = bad["reasons"][0] if bad["reasons"] else {"kind": "no_support", "detail": ""}
            lines += ["", f"{said} ({reason['kind']}): {bad['sentence']}",
                      f"  why: {reason['detail']}", f"  closest source sentence: {bad['closest']}"]
    return "\n".join(lines)
