"""Open the studio on an article from a link: ``?article=<path or variant id>[&page=…][&keyphrase=…]``.

    >>> studio_url("site.xml", page="42", keyphrase="Lavrov")
    'http://127.0.0.1:8866/?article=site.xml&page=42&keyphrase=Lavrov'
    >>> open_from_query("article=site.xml&page=42", roots=[Path.cwd()]).text   # the page's article

What ``article`` may name, in the order tried:
    a file inside one of ``roots``: text, Markdown or HTML (.txt .md .markdown .html .htm), or a
        site export (.xml WordPress export, .csv .parquet .jsonl .ndjson) with ``page`` = the
        page's id, URL or slug (seo_kit.audit.read_pages reads it);
    the id of a variant in the run log: its source article (and its keyphrase).
A relative path is taken from the first root. Nothing outside ``roots`` is read, whatever the
link says (a link is typed by anyone who can reach the page). Plain functions, no ipywidgets.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from seo_kit.errors import InputError

__all__ = ["ARTICLE_SUFFIXES", "EXPORT_SUFFIXES", "Opened", "app_roots", "open_from_query",
           "studio_url"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
EXPORT_SUFFIXES = (".xml", ".csv", ".parquet", ".jsonl", ".ndjson")
MAX_QUERY_VALUE = 4096  # characters; a longer value is no path and no id

_MESSAGES = {
    "fr": {"missing": "Le lien demande un article introuvable ({what}) : vérifiez le lien, ou "
                      "collez l’article.",
           "outside": "Le lien demande un fichier hors des dossiers de l’application ({what}) : "
                      "il n’est pas ouvert. Lancez « seo-kit app » depuis le dossier du fichier.",
           "page": "La page « {page} » n’est pas dans {what} : vérifiez l’identifiant ou l’URL.",
           "no_page": "{what} est un export de site : ajoutez &page=<identifiant ou URL> au lien.",
           "kind": "Le lien demande un fichier que le studio ne lit pas ({what}) : texte, "
                   "Markdown, HTML, ou un export de site avec &page=.",
           "unreadable": "L’article du lien ({what}) n’a pas pu être lu : {why}"},
    "en": {"missing": "The link asks for an article that is not there ({what}): check the link, "
                      "or paste the article.",
           "outside": "The link asks for a file outside the app's folders ({what}): it is not "
                      "opened. Start `seo-kit app` from the file's folder.",
           "page": "Page “{page}” is not in {what}: check the id or URL.",
           "no_page": "{what} is a site export: add &page=<id or URL> to the link.",
           "kind": "The link asks for a file the studio does not read ({what}): text, Markdown, "
                   "HTML, or a site export with &page=.",
           "unreadable": "The link's article ({what}) could not be read: {why}"},
}


@dataclass(frozen=True)
class Opened:
    """What a link opens: the article's text (Markdown), the keyphrase to pre-fill, the run-log
    variant to show again, or why nothing was opened (``error``: a key of the messages, with
    ``what``/``page``/``why`` to fill in)."""

    text: str = ""
    keyphrase: str | None = None
    variant_id: str | None = None
    error: str | None = None
    what: str = ""
    page: str = ""
    why: str = ""

    def message(self, ui_lang: str = "fr") -> str:
        """Why the link opened nothing, in the interface's language ("" when it did)."""
        if not self.error:
            return ""
        table = _MESSAGES.get(ui_lang, _MESSAGES["fr"])
        return table[self.error].format(what=self.what, page=self.page, why=self.why)


def app_roots() -> list[Path]:
    """The folders links may read: SEO_KIT_APP_ROOT (os.pathsep-separated), else the current
    folder."""
    given = [part for part in os.environ.get("SEO_KIT_APP_ROOT", "").split(os.pathsep) if part]
    return [Path(part) for part in given] or [Path.cwd()]


def studio_url(article: str | os.PathLike, *, page: str | int | None = None,
               keyphrase: str | None = None, base: str = "http://127.0.0.1:8866/") -> str:
    """The link that opens the studio (`seo-kit app` at ``base``) on ``article`` (a path as the
    app sees it, or a run-log variant id), optionally one ``page`` of a site export and the
    ``keyphrase`` to pre-fill. Every value is URL-encoded."""
    query = {"article": os.fspath(article)}
    if page is not None:
        query["page"] = str(page)
    if keyphrase:
        query["keyphrase"] = keyphrase
    return f"{base.rstrip('/')}/?{urlencode(query)}"


def _first(query: dict[str, list[str]], name: str) -> str:
    values = query.get(name) or [""]
    return values[0].strip()[:MAX_QUERY_VALUE]


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved.is_relative_to(root.resolve()) for root in roots)


def open_from_query(query: str, *, roots: Sequence[Path]) -> Opened:
    """The article a page's query string names (see the module docstring). Never raises for a
    bad link: the returned Opened carries the reason instead."""
    parsed = parse_qs(query.lstrip("?"), keep_blank_values=False)
    wanted, page = _first(parsed, "article"), _first(parsed, "page")
    keyphrase = _first(parsed, "keyphrase") or None
    if not wanted:
        return Opened(keyphrase=keyphrase)
    roots = list(roots) or [Path.cwd()]
    path = Path(wanted)
    if not path.is_absolute():
        path = roots[0] / path
    looks_like_path = Path(wanted).suffix.lower() in ARTICLE_SUFFIXES + EXPORT_SUFFIXES \
        or "/" in wanted or os.sep in wanted
    if not looks_like_path:
        variant = _logged_variant(wanted)
        if variant is not None:
            return variant if keyphrase is None else Opened(
                text=variant.text, keyphrase=keyphrase, variant_id=variant.variant_id)
    name = Path(wanted).name
    if not _inside(path, roots):
        return Opened(keyphrase=keyphrase, error="outside", what=name)
    if not path.is_file():
        return Opened(keyphrase=keyphrase, error="missing", what=name)
    suffix = path.suffix.lower()
    try:
        if suffix in ARTICLE_SUFFIXES:
            return Opened(text=_article_text(path), keyphrase=keyphrase)
        if suffix in EXPORT_SUFFIXES:
            if not page:
                return Opened(keyphrase=keyphrase, error="no_page", what=name)
            found = _export_page(path, page)
            if found is None:
                return Opened(keyphrase=keyphrase, error="page", what=name, page=page)
            content, page_keyphrase = found
            # as bytes: read_article would take a one-line text for a file name
            return Opened(text=_article_text(content.encode("utf-8")),
                          keyphrase=keyphrase or page_keyphrase)
    except (InputError, ImportError) as error:  # ImportError: the audit extra is missing
        return Opened(keyphrase=keyphrase, error="unreadable", what=name, why=str(error))
    return Opened(keyphrase=keyphrase, error="kind", what=name)


def _article_text(source: bytes | Path) -> str:
    from seo_kit.rewrite.inputs import read_article

    return read_article(source).text


def _logged_variant(variant_id: str) -> Opened | None:
    from seo_kit.llm import RunLog

    variant = RunLog().variant(variant_id)
    if variant is None or not variant.get("source_text"):
        return None
    keywords = (variant.get("brief") or {}).get("keywords") or ()
    return Opened(text=str(variant["source_text"]), variant_id=variant_id,
                  keyphrase=", ".join(map(str, keywords)) or None)


def _export_page(path: Path, page: str) -> tuple[str, str | None] | None:
    """(content, keyphrase) of the page of a site export whose id, URL or slug is ``page``."""
    from seo_kit.audit.pages import read_pages

    for frame in read_pages(path):
        for column in ("id", "url", "slug"):
            if column not in frame.columns:
                continue
            hits = frame[frame[column].astype(str).str.strip() == page]
            if len(hits):
                row = hits.iloc[0]
                content = row.get("content")
                if not isinstance(content, str) or not content.strip():
                    raise InputError("the page has no content")
                keyphrase = row.get("keyphrase")
                return content, keyphrase if isinstance(keyphrase, str) and keyphrase else None
    return None
