"""Pages to audit, from what analysts export: a WordPress export, a table, a folder of files.

Every reader yields *page frames*: pandas DataFrames of at most ``chunk_size`` rows with the
columns of PAGE_COLUMNS (strings or None), so that a site of any size streams through the audit.

    read_pages("site.xml")            WordPress export (WXR), see seo_kit.audit.wxr
    read_pages("pages.csv")           .csv, .parquet, .jsonl/.ndjson: columns mapped by name
    read_pages("site/")               a folder of .md, .markdown, .html, .htm, .txt files

Table columns are matched by name, ignoring case and punctuation, against ALIASES (``Address``,
``permalink`` → url; ``Focus Keyphrase``, ``_yoast_wpseo_focuskw`` → keyphrase; ``body`` →
content…); ``mapping={"content": "Texte"}`` names a column explicitly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import pandas as pd

from seo_kit.audit.limits import CHUNK_SIZE
from seo_kit.audit.rows import PAGE_COLUMNS, is_missing
from seo_kit.errors import InputError

__all__ = ["ALIASES", "PAGE_COLUMNS", "page_contents", "page_frame", "page_frames", "raw_chunks",
           "read_folder", "read_pages", "read_table"]

ALIASES = {
    "id": ("id", "postid", "pageid"),
    "url": ("url", "address", "permalink", "link", "loc", "pageurl", "canonical", "path"),
    "slug": ("slug", "postname", "urlslug"),
    "title": ("title", "posttitle", "h1", "h11", "pagetitle", "name"),
    "seo_title": ("seotitle", "titletag", "metatitle", "title1", "yoastwpseotitle",
                  "rankmathtitle", "htmltitle"),
    "meta_description": ("metadescription", "description", "metadesc", "meta",
                         "metadescription1", "yoastwpseometadesc", "rankmathdescription"),
    "keyphrase": ("keyphrase", "focuskeyphrase", "focuskeyword", "keyword", "focuskw",
                  "yoastwpseofocuskw", "rankmathfocuskeyword", "targetkeyword"),
    "lang": ("lang", "language", "locale", "hreflang", "inlanguage"),
    "content": ("content", "body", "html", "text", "postcontent", "contenthtml", "markdown",
                "article", "bodyhtml"),
    "status": ("status", "poststatus", "indexability"),
    "post_type": ("posttype", "type", "contenttype"),
    "date": ("date", "postdate", "published", "pubdate", "datepublished"),
    "modified": ("modified", "postmodified", "updated", "datemodified", "lastmod"),
    "site_lang": ("sitelang",),  # the site's declared language, when a page declares none
    "error": ("error",),  # a reader's reason why a page cannot be scored
}
_FOLDER_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def _column_map(columns: Iterable[str], mapping: dict[str, str] | None) -> dict[str, str]:
    """{their column: our column}: explicit ``mapping`` first, then ALIASES by normalised name."""
    columns = list(columns)
    mapping = dict(mapping or {})
    unknown = [ours for ours in mapping if ours not in PAGE_COLUMNS]
    missing = [theirs for theirs in mapping.values() if theirs not in columns]
    if unknown or missing:
        raise InputError(f"bad column mapping: {', '.join(unknown + missing)} "
                         f"(our columns: {', '.join(PAGE_COLUMNS)}; the table has: "
                         f"{', '.join(map(str, columns))})")
    chosen = {theirs: ours for ours, theirs in mapping.items()}
    by_key = {_key(c): c for c in reversed(columns)}  # first of equal keys wins
    for ours, aliases in ALIASES.items():
        if ours in chosen.values():
            continue
        for alias in aliases:
            theirs = by_key.get(alias)
            if theirs is not None and theirs not in chosen:
                chosen[theirs] = ours
                break
    if "content" not in chosen.values():
        raise InputError("no content column in the table (columns: "
                         f"{', '.join(map(str, columns)) or 'none'}); name it content, body or "
                         "html, or pass mapping={'content': 'your column'}")
    return chosen


def _as_page_frame(frame: pd.DataFrame, column_map: dict[str, str]) -> pd.DataFrame:
    """Our columns (missing ones as None), values as str or None."""
    columns: dict[str, list] = {name: [None] * len(frame) for name in PAGE_COLUMNS}
    for theirs, ours in column_map.items():
        values = frame[theirs].to_numpy(dtype=object)
        columns[ours] = [None if is_missing(v) else str(v) for v in values]
    return pd.DataFrame(columns, dtype=object)


def page_frame(rows: list[dict] | pd.DataFrame, column_map: dict[str, str]) -> pd.DataFrame:
    """The page frame of a raw chunk (see ``raw_chunks``): PAGE_COLUMNS, str or None values.
    Page dicts are read key by key, without building a DataFrame of them first."""
    if isinstance(rows, pd.DataFrame):
        return _as_page_frame(rows, column_map)
    columns: dict[str, list] = {name: [None] * len(rows) for name in PAGE_COLUMNS}
    for theirs, ours in column_map.items():
        columns[ours] = [None if is_missing(v := row.get(theirs)) else str(v) for row in rows]
    return pd.DataFrame(columns, dtype=object)


# (rows: page dicts or a table's rows in its own columns, {their column: our column})
RawChunk = tuple[list[dict] | pd.DataFrame, dict[str, str]]


def raw_chunks(pages, *, chunk_size: int = CHUNK_SIZE, mapping: dict[str, str] | None = None
               ) -> Iterator[RawChunk]:
    """Pages as the readers give them, ``chunk_size`` at a time, with the column map decided for
    them: ``(rows, column_map)``, rows being page dicts or a slice of a table in its own columns.
    This is what the audit's driver sends to a worker: the worker maps, scores and returns the
    rows (``page_frame`` then ``score_frame``), so that the driver only reads and writes.
    ``pages``: a path (see read_pages), a DataFrame, page dicts, or DataFrames."""
    if isinstance(pages, (str, os.PathLike)):
        yield from _read_raw(pages, chunk_size=chunk_size, mapping=mapping)
        return
    if isinstance(pages, pd.DataFrame):
        column_map = _column_map(pages.columns, mapping)
        for start in range(0, len(pages), chunk_size):
            yield pages.iloc[start:start + chunk_size], column_map
        return
    items = iter(pages)
    while True:
        batch = list(islice(items, chunk_size))
        if not batch:
            return
        if all(isinstance(b, pd.DataFrame) for b in batch):
            for frame in batch:
                yield from raw_chunks(frame, chunk_size=chunk_size, mapping=mapping)
            continue
        if not all(isinstance(b, dict) for b in batch):
            raise InputError("pages must be a path, a DataFrame, page dicts or DataFrames; got "
                             f"{type(batch[0]).__name__}")
        yield batch, _column_map(dict.fromkeys(k for page in batch for k in page), mapping)


def page_frames(pages, *, chunk_size: int = CHUNK_SIZE, mapping: dict[str, str] | None = None
                ) -> Iterator[pd.DataFrame]:
    """Page frames from a path (see read_pages), a DataFrame, dicts, or page frames already."""
    for rows, column_map in raw_chunks(pages, chunk_size=chunk_size, mapping=mapping):
        yield page_frame(rows, column_map)


def page_contents(pages, urls, **options) -> dict[str, str]:
    """{url: content} of the pages whose url is in ``urls``, read again from ``pages`` (a path,
    DataFrame…: as page_frames) in one streaming pass; the audit frame keeps no page text."""
    wanted, found = set(urls), {}
    for frame in page_frames(pages, **options):
        for url, content in zip(frame["url"], frame["content"]):
            if url in wanted and content is not None:
                found[url] = content
    return found


def read_pages(source: str | os.PathLike, *, chunk_size: int = CHUNK_SIZE,
               mapping: dict[str, str] | None = None) -> Iterator[pd.DataFrame]:
    """Page frames from a WordPress export (.xml), a table (.csv, .parquet, .jsonl, .ndjson) or
    a folder of files. InputError for a path that does not exist or a kind it cannot read."""
    for rows, column_map in _read_raw(source, chunk_size=chunk_size, mapping=mapping):
        yield page_frame(rows, column_map)


def _read_raw(source: str | os.PathLike, *, chunk_size: int, mapping: dict[str, str] | None
              ) -> Iterator[RawChunk]:
    """``read_pages`` as raw chunks (see ``raw_chunks``)."""
    path = Path(source)
    if path.is_dir():
        yield from raw_chunks(read_folder(path), chunk_size=chunk_size)
        return
    if not path.is_file():
        raise InputError(f"nothing at {source}: give a WordPress export (.xml), a table "
                         "(.csv, .parquet, .jsonl) or a folder of .md/.html files")
    suffix = path.suffix.lower()
    if suffix == ".xml":
        from seo_kit.audit.wxr import read_wxr

        yield from raw_chunks(read_wxr(path), chunk_size=chunk_size)
    elif suffix in (".csv", ".parquet", ".jsonl", ".ndjson"):
        yield from _table_chunks(path, chunk_size=chunk_size, mapping=mapping)
    else:
        raise InputError(f"cannot read {path.name}: seo_kit reads WordPress exports (.xml), "
                         ".csv, .parquet, .jsonl tables and folders of .md/.html files")


def read_table(path: str | os.PathLike, *, chunk_size: int = CHUNK_SIZE,
               mapping: dict[str, str] | None = None) -> Iterator[pd.DataFrame]:
    """Page frames from a CSV, Parquet (pyarrow, by row batches) or JSON Lines file, read in
    chunks so that a large table never sits whole in memory. An empty table yields nothing."""
    for rows, column_map in _table_chunks(path, chunk_size=chunk_size, mapping=mapping):
        yield page_frame(rows, column_map)


def _table_chunks(path: str | os.PathLike, *, chunk_size: int,
                  mapping: dict[str, str] | None) -> Iterator[RawChunk]:
    """``read_table`` as raw chunks: the table's own columns, the map decided on the first."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        from seo_kit._optional import require

        pq = require("pyarrow.parquet", "audit", purpose="reading Parquet tables")
        file = pq.ParquetFile(path)
        column_map = _column_map(file.schema_arrow.names, mapping)
        for batch in file.iter_batches(batch_size=chunk_size, columns=list(column_map)):
            yield batch.to_pandas(), column_map
        return
    if path.stat().st_size == 0:
        return
    if suffix == ".csv":
        chunks = pd.read_csv(path, chunksize=chunk_size, dtype=str, keep_default_na=False)
    else:
        chunks = pd.read_json(path, lines=True, chunksize=chunk_size, dtype=False)
    column_map = None
    try:
        for chunk in chunks:
            column_map = column_map or _column_map(chunk.columns, mapping)
            yield chunk, column_map
    except (ValueError, pd.errors.ParserError) as exc:
        raise InputError(f"{path.name} could not be read as {suffix[1:].upper()}: {exc}") from None


def _front_matter_fields(text: str) -> dict[str, str]:
    """keyphrase, lang, slug, url from ``key: value`` lines of a Markdown front matter (the
    scorer reads the title and description itself)."""
    match = re.match(r"\ufeff?---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    fields = {}
    for line in (match.group(1).splitlines() if match else ()):
        key, _, value = line.partition(":")
        ours = {"keyphrase": "keyphrase", "focus_keyphrase": "keyphrase", "keyword": "keyphrase",
                "lang": "lang", "language": "lang", "slug": "slug", "url": "url"}.get(
                    key.strip().lower())
        if ours and value.strip():
            fields[ours] = value.strip().strip("\"'")
    return fields


def read_folder(folder: str | os.PathLike) -> Iterator[dict]:
    """One page per .md, .markdown, .html, .htm or .txt file under ``folder`` (recursively, in
    path order): url is the path relative to the folder, slug the file's stem. Bytes decoded by
    seo_kit.text.decode (UTF-8, else CP1252/Latin-1); a binary file becomes a page whose content
    is None and whose error says why."""
    from seo_kit.text import decode

    folder = Path(folder)
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in _FOLDER_SUFFIXES
                       and p.is_file()):
        relative = path.relative_to(folder).as_posix()
        page = {"url": relative, "slug": path.stem}
        try:
            text, _note = decode(path.read_bytes(), name=relative)  # CP1252 is fine as it is
        except InputError as exc:
            page["content"] = None
            page["error"] = str(exc)
            yield page
            continue
        page.update(_front_matter_fields(text))
        page["content"] = text
        yield page
