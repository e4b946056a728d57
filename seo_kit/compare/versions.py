"""Prompt template versions side by side: one row per version of a comparison's variants.

    >>> df = compare(variants)                  # each row names its template_version
    >>> compare_versions(df)                    # n, mean scores, share grounded / clean / ok

A version is ``name@<content hash>`` (seo_kit.rewrite.templates.Template.version); the run log
keeps each version's prompts (RunLog.template_version) and an edited prompt's label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seo_kit.compare.frame import pass_fail_columns

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["VERSION_COLUMNS", "compare_versions"]

VERSION_COLUMNS = ["variants", "seo_score", "readability_score", "words", "unsupported_share"]


def compare_versions(df: pd.DataFrame) -> pd.DataFrame:
    """One row per template version among the variants of ``df`` (a comparison, the source row
    left out; variants made before versions were recorded are grouped under "?"), in the order
    the versions first appear (a comparison of the run log's variants: oldest first): ``variants`` (how many), the means of the SEO and readability totals (0–100),
    Yoast words and the unsupported share (0–1), and for each pass/fail column the share of
    variants that pass (0–1; grounding, clean output, each constraint)."""
    import pandas as pd

    rows = df[df["kind"] != "source"] if "kind" in df.columns else df
    if rows.empty:
        return pd.DataFrame(columns=["template_version", *VERSION_COLUMNS])
    versions = rows.get("template_version", pd.Series(index=rows.index, dtype=object))
    keys = versions.fillna("?").replace("", "?")
    table = pd.DataFrame({"variants": keys.groupby(keys, sort=False).size()})
    for column in VERSION_COLUMNS[1:]:
        if column in rows.columns:
            table[column] = pd.to_numeric(rows[column], errors="coerce").groupby(
                keys, sort=False).mean().round(3)
    for column in pass_fail_columns(rows):
        passed = rows[column].map(lambda v: None if pd.isna(v) else float(bool(v)))
        table[column] = pd.to_numeric(passed, errors="coerce").groupby(
            keys, sort=False).mean().round(3)
    table.index.name = "template_version"
    return table
