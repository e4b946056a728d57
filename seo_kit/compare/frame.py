"""Variants → one tidy DataFrame to compare them at a glance, plus a word diff.

    >>> df = compare(variants, source=article_text)      # a row per variant, the source first
    >>> diff_html(df.loc["source", "text"], variants[0])  # word diff, safe to display

How the table looks (colours, chart) is the notebook front end's job: seo_kit.notebook.views.

A row holds the variant's parameters (tone, keywords, template, model, temperature), its text, its
size and readability figures, the SEO and readability totals, every check's rating as a column named
``seo.<check id>`` / ``readability.<check id>`` / ``extra.<check id>``, the facts dropped and added
against the source, grounding (``grounded`` pass/fail — the check's "good": every clause said by
one source sentence —, ``unsupported_sentences`` and their share 0–1 of the sentences,
``unverified_sentences`` that only the strict gate rejects, from the ``grounding`` check: only
when scored against a source), a clean
output (``clean_output`` pass/fail and ``output_problems``, seo_kit.compare.clean), each
constraint of the brief met or not (``constraint.<name>``), and what the call cost (tokens,
dollars, seconds).
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from seo_kit.compare.clean import output_problems
from seo_kit.errors import InputError
from seo_kit.score.report import Report

if TYPE_CHECKING:  # pandas is imported when a comparison is made, not with seo_kit
    import pandas as pd

__all__ = ["PASS_FAIL_COLUMNS", "SUMMARY_COLUMNS", "compare", "diff_html", "pass_fail_columns",
           "rating_columns", "report_of", "report_row"]

PARAMETER_COLUMNS = ["kind", "tone", "keywords", "mode", "template", "template_version", "model",
                     "temperature", "min_words"]
SUMMARY_COLUMNS = ["words", "sentences", "seo_score", "readability_score", "facts_dropped",
                   "facts_added", "grounded", "unsupported_sentences", "unsupported_share",
                   "unverified_sentences",
                   "clean_output", "output_problems", "prompt_tokens", "completion_tokens",
                   "cost_usd", "latency_s"]
# pass/fail columns (True, False, or None when they do not apply, e.g. grounding without a source)
PASS_FAIL_COLUMNS = ["grounded", "clean_output"]


def pass_fail_columns(df: pd.DataFrame) -> list[str]:
    """The pass/fail columns: grounding, clean output, then each constraint of the brief
    (``constraint.<name>``, from Variant.constraints)."""
    return [c for c in PASS_FAIL_COLUMNS if c in df.columns] + [
        c for c in df.columns if str(c).startswith("constraint.")]


def rating_columns(df: pd.DataFrame) -> list[str]:
    """The columns holding a check's rating (named group.checkId)."""
    return [c for c in df.columns if re.fullmatch(r"(seo|readability|extra)\.\w+", str(c))]


def _field(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    if isinstance(obj, str):  # plain text has no fields (and str.title is a method)
        return default
    return getattr(obj, name, default)


def _text_of(obj: Any) -> str:
    if obj is None:
        return ""
    if isinstance(obj, str):
        return obj
    return _field(obj, "text") or ""


def report_of(variant: Any) -> Report | None:
    """The Report a variant carries: a Variant's, or the one saved with a variant in the run log
    (Report.to_dict(), rebuilt here so that a reloaded page is not re-scored: grounding alone
    takes about a second per text). None for plain text or a variant saved without one."""
    report = _field(variant, "report")
    if isinstance(report, Report) or report is None:
        return report
    if not isinstance(report, dict) or not isinstance(report.get("checks"), list):
        return None
    from seo_kit.score.report import CheckResult

    try:
        checks = tuple(CheckResult(id=c["id"], group=c["group"], score=c["score"],
                                   value=c.get("value"), message=c.get("message", ""),
                                   yoast=c.get("yoast", True)) for c in report["checks"])
        return Report(lang=report["lang"], words=report["words"],
                      sentences=report["sentences"], readability=report.get("readability") or {},
                      seo_score=report["seo_score"],
                      readability_score=report["readability_score"], checks=checks,
                      facts=report.get("facts"), serp=report.get("serp") or {})
    except (KeyError, TypeError):  # saved by an older seo_kit: score it again
        return None


def _score(text: str, **kwargs) -> Report:
    from seo_kit.score import score

    return score(text, **kwargs)


def report_row(report: Report) -> dict[str, Any]:
    """The numbers of one Report as flat columns (words, readability figures, totals, ratings)."""
    row: dict[str, Any] = {
        "lang": report.lang,
        "words": report.words,
        "sentences": report.sentences,
        "seo_score": report.seo_score,
        "readability_score": report.readability_score,
    }
    for name, value in (report.readability or {}).items():
        row[name] = value
    facts = report.facts or {}
    if facts:
        row["facts_dropped"] = len(facts.get("dropped") or ())
        row["facts_added"] = len(facts.get("added") or ())
        row["facts_dropped_list"] = "; ".join(map(str, facts.get("dropped") or ()))
    grounding = report.get("grounding")
    if grounding is not None and isinstance(grounding.value, dict):
        unsupported = len(grounding.value.get("unsupported") or ())
        unverified = len(grounding.value.get("unverified") or ())
        sentences = grounding.value.get("sentences") or 0
        row["grounded"] = unsupported == 0 and unverified == 0  # the check's "good"
        row["unsupported_sentences"] = unsupported
        row["unverified_sentences"] = unverified
        row["unsupported_share"] = round(unsupported / sentences, 3) if sentences else None
    for check in report.checks:
        row[f"{check.group}.{check.id}"] = check.rating
    return row


def _brief_row(variant: Any) -> dict[str, Any]:
    brief = _field(variant, "brief") or {}
    if not isinstance(brief, dict):
        brief = getattr(brief, "__dict__", {}) or {}
    keywords = brief.get("keywords") or ()
    return {
        "tone": brief.get("tone"),
        "keywords": ", ".join(map(str, keywords)) if not isinstance(keywords, str) else keywords,
        "mode": _field(variant, "mode") or brief.get("mode"),
        "template": _template_name(_field(variant, "template") or brief.get("template")),
        "template_version": _field(variant, "template_version") or None,
        "model": _field(variant, "model") or brief.get("model"),
        "temperature": brief.get("temperature"),
        "min_words": brief.get("min_words"),
    }


def _template_name(template: str | None) -> str | None:
    """A template's name, not its path (a comparison is shared; local paths stay local)."""
    if not template:
        return template
    return re.split(r"[\\/]", str(template))[-1].removesuffix(".toml")


def _keyphrase_of(variant: Any) -> str | None:
    brief = _field(variant, "brief") or {}
    keywords = brief.get("keywords") if isinstance(brief, dict) else getattr(brief, "keywords", ())
    return str(keywords[0]) if keywords else None


def _label(variant: Any, position: int) -> str:
    return str(_field(variant, "label") or f"v{position}")


def compare(variants: Iterable[Any], *, source: Any = None, keyphrase: str | None = None,
            lang: str = "auto", labels: Iterable[str] | None = None) -> pd.DataFrame:
    """Score every variant (and the source) and return one row each, the source first.

    A variant is a `seo_kit.Variant`, a dict with the same fields, or plain text. Variants that
    carry a Report (or its dict, as the run log keeps it: report_of()) are not re-scored unless
    `keyphrase` is given. The keyphrase defaults to each
    variant's first keyword; the source is scored with the first variant's keyphrase. ``lang``
    "auto" detects each text's language.

    Returns a pandas DataFrame indexed by label ("source", then ``labels`` or v1, v2…): kind,
    the brief's parameters, title / meta_description / slug, SUMMARY_COLUMNS (Yoast words,
    sentences, SEO and readability totals 0–100, facts dropped and added, grounding and clean
    output pass/fail with the unsupported sentences' count and share, tokens, dollars,
    seconds), the readability figures, one rating column per check (rating_columns()), and the
    text last. Raises InputError when ``labels`` does not give one label per variant, and what
    seo_kit.score raises for a text it cannot score.
    """
    variants = list(variants)
    labels = list(labels) if labels is not None else [_label(v, i + 1)
                                                      for i, v in enumerate(variants)]
    if len(labels) != len(variants):
        raise InputError(f"{len(labels)} labels for {len(variants)} variants: give one label "
                         "per variant, or none")
    if source is not None:
        source_text = _text_of(source)
    else:  # a Variant remembers the text it was made from
        first = variants[0] if variants else None
        source_text = None if first is None or isinstance(first, str) else _field(
            first, "source_text")
    default_keyphrase = keyphrase or next(
        (kp for kp in map(_keyphrase_of, variants) if kp), None)
    rows, index = [], []
    if source_text:
        report = _score(source_text, keyphrase=default_keyphrase, lang=lang)
        rows.append({"kind": "source", "text": source_text, **report_row(report)})
        index.append("source")
    for label, variant in zip(labels, variants):
        text = _text_of(variant)
        report = None if isinstance(variant, str) or keyphrase else report_of(variant)
        if report is None:  # none yet: score it
            report = _score(
                text, keyphrase=keyphrase or _keyphrase_of(variant) or default_keyphrase,
                title=_field(variant, "title"),
                meta_description=_field(variant, "meta_description"),
                slug=_field(variant, "slug"), lang=lang, source=source_text or None)
        row = {"kind": "variant", "id": _field(variant, "id"), "text": text}
        if not isinstance(variant, str):
            row.update(_brief_row(variant))
            row.update(title=_field(variant, "title"), meta_description=_field(
                variant, "meta_description"), slug=_field(variant, "slug"))
            for name in ("prompt_tokens", "completion_tokens", "cost_usd", "latency_s"):
                row[name] = _field(variant, name)
        problems = output_problems(text, title=None if isinstance(variant, str) else _field(
            variant, "title") or "", meta=None if isinstance(variant, str) else _field(
            variant, "meta_description") or "")
        row.update(clean_output=not problems, output_problems="; ".join(problems))
        for name, met in (_field(variant, "constraints") or {}).items() \
                if not isinstance(variant, str) else ():
            row[f"constraint.{name}"] = bool(met)
        row.update(report_row(report))
        rows.append(row)
        index.append(label)
    import pandas as pd

    df = pd.DataFrame(rows, index=pd.Index(index, name="variant"))
    return df[_ordered_columns(df)]


def _ordered_columns(df: pd.DataFrame) -> list[str]:
    first = ["kind", "id", *PARAMETER_COLUMNS[1:], "title", "meta_description", "slug", "lang"]
    ratings = rating_columns(df)
    constraints = [c for c in pass_fail_columns(df) if c not in PASS_FAIL_COLUMNS]
    known = [c for c in first + SUMMARY_COLUMNS if c in df.columns]
    rest = [c for c in df.columns
            if c not in known and c not in ratings and c not in constraints and c != "text"]
    return known + rest + constraints + ratings + (["text"] if "text" in df.columns else [])


def _escape(value: str) -> str:
    return html.escape(value, quote=True)


_TOKEN = re.compile(r"\n|[^\S\n]+|[^\s]+")


def diff_html(a: Any, b: Any, *, label_a: str = "source", label_b: str = "variante") -> str:
    """A word-level diff of two texts (or variants) as escaped HTML with <del> and <ins>."""
    left, right = _TOKEN.findall(_text_of(a)), _TOKEN.findall(_text_of(b))
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    header = (f'<div class="seo-diff"><p><del>{_escape(label_a)}</del> → '
              f"<ins>{_escape(label_b)}</ins></p><p>")
    out = [header]

    def chunk(tokens: list[str]) -> str:
        return _escape("".join(tokens)).replace("\n", "<br>")

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(chunk(left[i1:i2]))
        if op in ("delete", "replace"):
            out.append(f"<del>{chunk(left[i1:i2])}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins>{chunk(right[j1:j2])}</ins>")
    out.append("</p></div>")
    return "".join(out)
