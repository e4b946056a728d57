"""What no per-page tool sees: tables across the pages of an audit frame (seo_kit.audit.audit).

    cannibalisation(frame)             pages sharing one focus keyphrase (in any word form)
    duplicates(frame, "seo_title")     pages with the same title / meta description
    near_duplicates(frame, "seo_title", threshold=90)   pairs of nearly equal ones (in .similar)
    missing_fields(frame)              pages without a keyphrase or a meta description
    thin_pages(frame, min_words=300)   pages under Yoast's recommended length
    check_distribution(frame)          per check: how many pages are good / ok / bad
    weakest_pages(frame, 10)           the scored pages with the lowest SEO, then readability score
    page_locations(frame, export)      where the studio finds each page (article, page) for
                                       seo_kit.notebook.app.studio_url's "open in studio" links
    site_summary(frame)                the headline figures

Every function returns a pandas DataFrame (empty with its columns when nothing is found) and
takes the frame as it is: filter first (``frame[frame.status == "publish"]``) to leave drafts out.
Yoast itself flags a keyphrase used before only through the site's database
(``previouslyUsedKeywords``); here the whole export is the database.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

__all__ = [
    "THIN_WORDS", "cannibalisation", "check_distribution", "common_tail", "duplicates",
    "missing_fields", "normalise_keyphrase", "normalise_text", "page_locations", "site_summary",
    "thin_pages", "weakest_pages",
]

# Yoast's textLength assessment: 300 words is the recommended minimum of a post or page
# (yoastseo src/scoring/assessments/seo/TextLengthAssessment.js, "recommendedMinimum": 300).
THIN_WORDS = 300
RATINGS = ("good", "ok", "bad", "feedback", "error")


def normalise_text(text) -> str:
    """Casefolded, accents stripped, punctuation and runs of spaces reduced: how two titles or
    descriptions are compared ("Vélo électrique !" == "velo electrique")."""
    from seo_kit.text import fold

    if not isinstance(text, str):
        return ""
    plain = fold(text.casefold())
    return " ".join(re.findall(r"\w+", plain))


@lru_cache(maxsize=65536)
def normalise_keyphrase(keyphrase: str, lang: str | None) -> str:
    """The key two keyphrases share when Yoast would treat them as one: case, accents, word order,
    function words and word forms set aside ("Voitures électriques" and "la voiture électrique"
    → "electrique voiture"). Word forms by seo_kit.lang.lemma (simplemma) when ``lang`` is known.
    """
    text = (keyphrase or "").strip().strip('"').strip()
    if not text:
        return ""
    if lang not in ("fr", "en"):
        return " ".join(sorted(set(normalise_text(text).split())))
    from seo_kit.lang import lemma, resources
    from seo_kit.text import tokenize

    tokens = [t for t in tokenize(text, lang=lang) if any(c.isalnum() for c in t)]
    function_words = resources(lang).function_words
    content = [t for t in tokens if t not in function_words] or tokens
    lemmas = {normalise_text(lemma(t, lang)) for t in content}
    return " ".join(sorted(w for w in lemmas if w))


def _page_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in ("url", "slug", "title", "status") if c in frame.columns]


def cannibalisation(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per page whose normalised focus keyphrase another page also has: key, keyphrase
    as written, pages_with_key, the page's url/slug/title/status and seo_score; largest groups
    first."""
    columns = ["key", "keyphrase", "pages_with_key", *_page_columns(frame), "seo_score"]
    if frame.empty or "keyphrase" not in frame:
        return pd.DataFrame(columns=columns)
    lang = frame["lang"] if "lang" in frame else pd.Series(None, index=frame.index)
    site_lang = lang.mode().iloc[0] if lang.notna().any() else None
    keys = [normalise_keyphrase(k, la if isinstance(la, str) else site_lang)
            if isinstance(k, str) else "" for k, la in zip(frame["keyphrase"], lang)]
    table = frame.assign(key=keys)
    table = table[table["key"] != ""]
    table = table.assign(pages_with_key=table.groupby("key")["key"].transform("size"))
    table = table[table["pages_with_key"] > 1]
    table = table.sort_values(["pages_with_key", "key"], ascending=[False, True], kind="stable")
    return table.reindex(columns=columns).reset_index(drop=True)


def duplicates(frame: pd.DataFrame, field: str = "seo_title") -> pd.DataFrame:
    """Pages sharing one ``field`` ("seo_title", "meta_description", "title") once normalised
    (normalise_text): one row per page, with ``key`` and ``pages_with_key``; largest first."""
    columns = ["key", field, "pages_with_key", *_page_columns(frame)]
    if frame.empty or field not in frame:
        return pd.DataFrame(columns=columns)
    table = frame.assign(key=[normalise_text(v) for v in frame[field]])
    table = table[table["key"] != ""]
    table = table.assign(pages_with_key=table.groupby("key")["key"].transform("size"))
    table = table[table["pages_with_key"] > 1]
    table = table.sort_values(["pages_with_key", "key"], ascending=[False, True], kind="stable")
    return table.reindex(columns=columns).reset_index(drop=True)


def common_tail(keys: list[str], max_words: int = 8) -> str:
    """The longest word tail that at least half the non-empty keys end with (and go beyond)."""
    keys = [k for k in keys if k]
    best = ""
    for size in range(1, max_words + 1):
        tails: dict[str, int] = {}
        for key in keys:
            words = key.split()
            if len(words) > size:
                tail = " ".join(words[-size:])
                tails[tail] = tails.get(tail, 0) + 1
        top = max(tails.items(), key=lambda item: item[1], default=("", 0))
        if not keys or top[1] * 2 < len(keys):
            break
        best = top[0]
    return best


def missing_fields(frame: pd.DataFrame) -> pd.DataFrame:
    """Pages without a focus keyphrase or a meta description: the page, no_keyphrase, no_meta."""
    columns = [*_page_columns(frame), "no_keyphrase", "no_meta"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    def blank(name: str) -> pd.Series:
        if name not in frame:
            return pd.Series(True, index=frame.index)
        return frame[name].isna() | (frame[name].astype("string").str.strip() == "")
    table = frame.assign(no_keyphrase=blank("keyphrase"), no_meta=blank("meta_description"))
    table = table[table["no_keyphrase"] | table["no_meta"]]
    return table.reindex(columns=columns).reset_index(drop=True)


def thin_pages(frame: pd.DataFrame, min_words: int = THIN_WORDS) -> pd.DataFrame:
    """Scored pages with fewer than ``min_words`` Yoast words, shortest first."""
    columns = [*_page_columns(frame), "words"]
    if frame.empty or "words" not in frame:
        return pd.DataFrame(columns=columns)
    table = frame[frame["words"].notna() & (frame["words"] < min_words)]
    return table.sort_values("words", kind="stable").reindex(columns=columns).reset_index(
        drop=True)


def check_distribution(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per check (Yoast assessment id): pages it applied to, pages rated good / ok /
    bad / feedback / error, share_good (0–1) and mean_score; worst share_good first."""
    columns = ["check", "pages", *RATINGS, "share_good", "mean_score"]
    rows = []
    for column in frame.columns:
        if not column.endswith("_rating"):
            continue
        check = column[: -len("_rating")]
        ratings = frame[column].dropna()
        if ratings.empty:
            continue
        counts = ratings.value_counts()
        row = {"check": check, "pages": len(ratings)}
        row |= {r: int(counts.get(r, 0)) for r in RATINGS}
        row["share_good"] = row["good"] / len(ratings)
        row["mean_score"] = float(frame[check].dropna().mean())
        rows.append(row)
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["share_good", "check"], kind="stable").reset_index(drop=True)


def weakest_pages(frame: pd.DataFrame, count: int = 10) -> pd.DataFrame:
    """The ``count`` scored pages with the lowest SEO score, then readability score (pages
    without a keyphrase, which have no SEO score, after the others); the frame's columns."""
    scored = frame[frame["error"].isna()] if "error" in frame else frame
    order = [c for c in ("seo_score", "readability_score") if c in scored]
    if order:
        scored = scored.sort_values(order, na_position="last", kind="stable")
    return scored.head(count)


def page_locations(frame: pd.DataFrame, export: str | os.PathLike) -> pd.DataFrame:
    """For each row of ``frame`` (an audit of ``export``), where the studio reads that page: the
    ``article`` (the export's path as given, or for a folder of files, the page's file in it)
    and the ``page`` within it (the page's id, else its URL; empty for a file of its own). Same
    index as ``frame``. The front ends turn them into links with
    seo_kit.notebook.opening.studio_url(article, page=…, keyphrase=…)."""
    folder = Path(export).is_dir()
    rows = []
    for row in frame.to_dict("records"):
        page = row.get("id") if isinstance(row.get("id"), str) else row.get("url")
        if folder:
            rows.append(((Path(export) / str(row.get("url"))).as_posix(), None))
        else:
            rows.append((os.fspath(export), page if isinstance(page, str) else None))
    return pd.DataFrame(rows, columns=["article", "page"], index=frame.index)


def site_summary(frame: pd.DataFrame, *, min_words: int = THIN_WORDS) -> pd.DataFrame:
    """The headline figures as (figure, value) rows: pages, scored, not scored, languages,
    median SEO / readability scores, pages without keyphrase or meta, thin pages, pages in
    cannibalised keyphrase groups, pages with a duplicated SEO title or meta description."""
    scored = frame[frame["error"].isna()] if "error" in frame else frame
    missing = missing_fields(frame)
    languages = scored["lang"].value_counts() if "lang" in scored else pd.Series(dtype=int)
    figures = {
        "pages": len(frame),
        "scored": len(scored),
        "not scored (see error)": len(frame) - len(scored),
        "languages": ", ".join(f"{k} {v}" for k, v in languages.items()) or "—",
        "median SEO score": _median(scored, "seo_score"),
        "median readability score": _median(scored, "readability_score"),
        "median words": _median(scored, "words"),
        "no keyphrase": int(missing["no_keyphrase"].sum()) if len(missing) else 0,
        "no meta description": int(missing["no_meta"].sum()) if len(missing) else 0,
        f"thin (< {min_words} words)": len(thin_pages(frame, min_words)),
        "pages sharing a keyphrase": len(cannibalisation(frame)),
        "pages with a duplicated SEO title": len(duplicates(frame, "seo_title")),
        "pages with a duplicated meta description": len(duplicates(frame, "meta_description")),
    }
    return pd.DataFrame({"figure": list(figures), "value": [str(v) for v in figures.values()]})


def _median(frame: pd.DataFrame, column: str):
    values = frame[column].dropna() if column in frame else ()
    return float(pd.Series(values, dtype="float64").median()) if len(values) else "—"
