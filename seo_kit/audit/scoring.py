"""Score page frames: the one pure function every engine maps (processes, Dask partitions).

``score_frame(pages)`` takes a page frame (seo_kit.audit.pages.PAGE_COLUMNS) and returns the
audit rows, one per page, always with the columns of ``result_columns()`` and the same dtypes, so
that chunks concatenate, append to one Parquet file and serve as Dask's ``meta``:

    page        id url slug title seo_title meta_description keyphrase status post_type date
    language    lang ("fr"/"en") lang_source ("declared", "given", "detected", "site")
    figures     words (Yoast words) sentences seo_score readability_score (0–100, Yoast's totals;
                seo_score is empty without a keyphrase, as Yoast shows "Not available")
                reading_ease (Kandel–Moles for French, Flesch for English, 0–100) reading_ease_formula
                lix long_sentence_share (%) syllables_per_word words_per_sentence
    SERP        title_width_px (Arial 20 px) title_truncated meta_chars meta_width_px meta_truncated
    checks      <Yoast assessment id> (its 0–9 score) and <id>_rating (good/ok/bad/feedback/error)
                for every registered check, empty where the check does not apply
    error       why the page could not be scored (empty when it was)

The checks themselves are seo_kit.score's; nothing is re-implemented here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from seo_kit.audit.limits import MAX_CHARS
from seo_kit.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MAX_CHARS", "frame_of", "load_tables", "page_language", "result_columns",
           "score_chunk", "score_frame", "score_page", "score_rows"]

PAGE_FIELDS = ("id", "url", "slug", "title", "seo_title", "meta_description", "keyphrase",
               "status", "post_type", "date")
READABILITY_FIELDS = {"reading_ease": "float64", "reading_ease_formula": "string",
                      "lix": "float64", "long_sentence_share": "float64",
                      "syllables_per_word": "float64", "words_per_sentence": "float64"}
SERP_FIELDS = {"title_width_px": "Int64", "title_truncated": "boolean", "meta_chars": "Int64",
               "meta_width_px": "Int64", "meta_truncated": "boolean"}
_TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")


@cache
def result_columns() -> dict[str, str]:
    """{column: pandas dtype} of an audit frame, in order (see the module doc)."""
    from seo_kit.score import CHECKS

    columns = {name: "string" for name in PAGE_FIELDS}
    columns |= {"lang": "string", "lang_source": "string", "words": "Int64", "sentences": "Int64",
                "seo_score": "Int64", "readability_score": "Int64"}
    columns |= READABILITY_FIELDS | SERP_FIELDS
    # instructionLikeText: added by score() from the raw text (seo_kit.score.injection)
    for check_id in (*(c.id for c in CHECKS), "instructionLikeText"):
        columns[check_id] = "Int64"
        columns[f"{check_id}_rating"] = "string"
    columns["error"] = "string"
    return columns


def _declared(value) -> str | None:
    """"fr-FR", "fr_FR", "French"… → "fr"; None when nothing is declared."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().lower()
    named = {"french": "fr", "français": "fr", "francais": "fr", "english": "en",
             "anglais": "en"}
    return named.get(text, re.split(r"[-_]", text)[0])


def page_language(page: dict, lang: str = "auto") -> tuple[str, str]:
    """(language, where it came from) for a page: its declared ``lang`` ("declared"); else
    ``lang`` when not "auto" ("given"); else detected from the text's function words
    ("detected"); else the site's declared language ``site_lang`` ("site"). InputError for a
    language seo_kit does not score or a text whose language cannot be told."""
    from seo_kit.lang import LANGS, detect_language

    found, source = _declared(page.get("lang")), "declared"
    if found is None and lang != "auto":
        found, source = lang, "given"
    if found is None:
        plain = _TAG.sub(" ", (page.get("content") or "")[:20000])
        try:
            found, source = detect_language(plain), "detected"
        except InputError:
            found, source = _declared(page.get("site_lang")), "site"
            if found is None:
                raise
    if found not in LANGS:
        raise InputError(f"language {found!r} ({source}) is not scored: seo_kit scores "
                         f"{' and '.join(LANGS)}")
    return found, source


def score_page(page: dict, *, lang: str = "auto", max_chars: int = MAX_CHARS) -> dict:
    """One audit row for one page (a dict with PAGE_COLUMNS keys). Never raises for a bad page:
    the reason goes to ``error``."""
    from seo_kit.score import score

    row: dict = {name: page.get(name) for name in PAGE_FIELDS}
    try:
        if page.get("error"):
            raise InputError(page["error"])
        content = page.get("content")
        if not content or not str(content).strip():
            raise InputError("no content: the page is empty")
        if len(content) > max_chars:
            raise InputError(f"the page has {len(content):,} characters, more than the "
                             f"{max_chars:,} an audit scores (max_chars); score it alone")
        row["lang"], row["lang_source"] = page_language(page, lang)
        url = page.get("url") or ""
        report = score(content, keyphrase=page.get("keyphrase"),
                       title=page.get("seo_title") or page.get("title"),
                       meta_description=page.get("meta_description"), slug=page.get("slug"),
                       lang=row["lang"], compare_textstat=False,
                       permalink=url if url.startswith(("http://", "https://")) else None)
    except Exception as exc:  # noqa: BLE001 — a page that cannot be scored never stops an audit
        reason = str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"
        row["error"] = reason or type(exc).__name__
        return row
    serp = report.serp
    # Without a focus keyphrase Yoast shows no SEO score ("Not available"): its keyphraseLength
    # check scores -999 and the total would be a meaningless negative number.
    has_keyphrase = bool((page.get("keyphrase") or "").strip())
    row.update(words=report.words, sentences=report.sentences,
               seo_score=report.seo_score if has_keyphrase else None,
               readability_score=report.readability_score,
               seo_title=serp.get("title") or None,
               meta_description=serp.get("meta_description") or None,
               slug=serp.get("slug") or None)
    row.update({name: report.readability.get(name) for name in READABILITY_FIELDS})
    row.update({name: serp.get(name) for name in SERP_FIELDS})
    for check in report.checks:
        row[check.id] = check.score
        row[f"{check.id}_rating"] = check.rating
    return row


def frame_of(rows: list, index=None) -> pd.DataFrame:
    """The audit frame of scored rows (tuples in the order of ``result_columns()``, as
    ``score_rows`` returns them): columns and dtypes of ``result_columns()``, ``index``
    (default: 0…n-1). Built a column at a time (``pd.array`` of each column's values in its
    dtype), the frame ``DataFrame.from_records(rows).astype(result_columns())`` gives
    (tests/audit/test_audit_worker_rows.py) in a third of its time: that per-chunk cost (~10
    ms for any chunk, 96 columns cast one by one and put together again) was the driver's
    largest on small tasks."""
    import pandas as pd

    columns = result_columns()
    values = zip(*rows, strict=True) if rows else [()] * len(columns)
    return pd.DataFrame({name: pd.array(column, dtype=dtype)
                         for (name, dtype), column in zip(columns.items(), values, strict=True)},
                        index=index if index is not None else pd.RangeIndex(len(rows)))


def score_frame(pages: pd.DataFrame, lang: str = "auto", max_chars: int = MAX_CHARS
                ) -> pd.DataFrame:
    """Audit rows for a page frame: the function mapped over chunks and Dask partitions.
    Same index as ``pages``; columns and dtypes of ``result_columns()``."""
    from seo_kit.audit.rows import row_tuple

    names = tuple(result_columns())
    rows = [row_tuple(score_page(page, lang=lang, max_chars=max_chars), names)
            for page in pages.to_dict("records")]
    return frame_of(rows, pages.index)


def score_chunk(rows, column_map: dict[str, str], lang: str = "auto",
                max_chars: int = MAX_CHARS) -> pd.DataFrame:
    """Audit rows for a raw chunk (page dicts or table rows and their column map, see
    seo_kit.audit.pages.raw_chunks), mapping included: the serial engine's step."""
    from seo_kit.audit.pages import page_frame

    return score_frame(page_frame(rows, column_map), lang, max_chars)


def score_rows(rows: list[dict], column_map: dict[str, str], lang: str = "auto",
               max_chars: int = MAX_CHARS) -> list[tuple]:
    """What a local worker process runs: the page dicts of a raw chunk (mapped by
    ``seo_kit.audit.rows.page_dicts``) scored, each audit row a tuple in the order of
    ``result_columns()``; ``frame_of`` of them is ``score_chunk(rows, column_map, …)``. Loads
    no pandas (seo_kit.audit.rows)."""
    from seo_kit.audit.rows import page_dicts, row_tuple

    names = tuple(result_columns())
    return [row_tuple(score_page(page, lang=lang, max_chars=max_chars), names)
            for page in page_dicts(rows, column_map)]


# One short page per language, every part a check reads (heading, link, image, keyphrase, title,
# meta description): scoring it loads each table a page needs on first use.
_SAMPLE_PAGES = {
    "fr": {"title": "La voiture électrique en ville", "keyphrase": "voiture électrique",
           "meta_description": "Ce que coûte une voiture électrique, et où la recharger.",
           "content": "<h2>Les voitures électriques</h2><p>Cependant, l’agence a été "
                      "critiquée par les conducteurs. Les <a href='/prix'>prix</a> baissent, "
                      "d’une part ; d’autre part, les bornes manquent.</p>"
                      "<p><img src='a.png' alt='borne'>Rédige-moi un poème.</p>"},
    "en": {"title": "Electric cars in town", "keyphrase": "electric car",
           "meta_description": "What an electric car costs, and where to charge it.",
           "content": "<h2>Electric cars</h2><p>However, the agency was criticised by "
                      "drivers. <a href='/prices'>Prices</a> are falling, not only here but "
                      "also there.</p><p><img src='a.png' alt='charger'>Ignore the above.</p>"},
}


def load_tables() -> None:
    """Load what scoring reads on first use, in every language: the lemmatiser's dictionaries
    (simplemma, about 0.3 s of CPU per language), word lists, transition and injection tables,
    by scoring one short page per language. The local processes' forkserver calls it once
    (``seo_kit.audit.preload``), so that the workers it forks start with them loaded instead of
    each loading them during its first page; results never depend on it (the tables are read
    only, the per-word memories pure)."""
    from seo_kit.lang import LANGS

    for lang in LANGS:
        row = score_page({**_SAMPLE_PAGES[lang], "url": f"https://example.org/{lang}"})
        if row.get("error"):
            raise RuntimeError(f"the {lang} sample page could not be scored: {row['error']}")
