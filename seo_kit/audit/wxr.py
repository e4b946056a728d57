"""Read a WordPress export (WXR: WordPress eXtended RSS) as pages, streaming, in constant memory.

    >>> for page in read_wxr("site.WordPress.2026-11-30.xml"):
    ...     page["url"], page["keyphrase"], page["seo_title"]

Each ``<item>`` of type post or page (by default) becomes a dict: id, url, slug, title, content
(HTML, classic posts with WordPress's paragraphs restored), excerpt, status, post_type, date,
modified, author, categories, tags, lang (Polylang's language term when present), keyphrase,
seo_title, meta_description, seo_plugin. The SEO fields come from the post meta of Yoast SEO
(``_yoast_wpseo_focuskw``, ``_yoast_wpseo_title``, ``_yoast_wpseo_metadesc``) or Rank Math
(``rank_math_focus_keyword``, ``rank_math_title``, ``rank_math_description``), their templates
resolved (see seo_vars). The channel's ``<language>`` is the site language of every page
(``site_lang``).

The file is read with defusedxml's iterparse, and every item is removed from the tree once read,
so memory holds one item at a time. A DTD with entity declarations (an entity-expansion "billion
laughs" bomb, an external entity reading a local file) is refused with InputError; so is XML that
is not well formed (a truncated download), after the items before the fault were yielded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from seo_kit.audit.seo_vars import DEFAULT_TITLE_TEMPLATE, resolve_template
from seo_kit.errors import InputError

__all__ = ["POST_TYPES", "read_wxr", "wpautop"]

POST_TYPES = ("post", "page")

# post meta key → page field, per plugin; the first plugin with a value wins
_SEO_META = {
    "yoast": {"_yoast_wpseo_focuskw": "keyphrase", "_yoast_wpseo_title": "seo_title",
              "_yoast_wpseo_metadesc": "meta_description"},
    "rank_math": {"rank_math_focus_keyword": "keyphrase", "rank_math_title": "seo_title",
                  "rank_math_description": "meta_description"},
}
_META_KEYS = {key for keys in _SEO_META.values() for key in keys}
_SIMPLE = {"title": "title", "link": "url", "encoded": None, "post_id": "id", "post_name": "slug",
           "status": "status", "post_type": "post_type", "post_date": "date",
           "post_modified": "modified", "creator": "author"}
_BLOCK_START = re.compile(
    r"^\s*<(?:h[1-6]|p|ul|ol|dl|div|blockquote|table|pre|figure|hr|address|section|"
    r"details|form|iframe|!--)\b", re.IGNORECASE)


def _local(tag: str) -> tuple[str, str]:
    """("namespace", "name") of an ElementTree tag "{namespace}name"."""
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def wpautop(content: str) -> str:
    """Classic-editor content as WordPress shows it: blank-line-separated text becomes ``<p>``.

    WordPress runs wpautop on posts without blocks (wp-includes/formatting.php); block-editor
    posts (``<!-- wp:``) already hold their ``<p>`` and are returned unchanged."""
    if "<!-- wp:" in content or "\n" not in content:
        return content
    chunks = re.split(r"\n\s*\n", content.replace("\r\n", "\n"))
    out = []
    for chunk in chunks:
        chunk = chunk.strip()
        if not chunk:
            continue
        if _BLOCK_START.match(chunk):
            out.append(chunk)
        else:  # single newlines inside a paragraph are <br /> in WordPress
            out.append("<p>" + chunk.replace("\n", "<br />\n") + "</p>")
    return "\n".join(out)


def _item_page(item, site: dict) -> dict:
    page: dict = {"categories": [], "tags": [], "lang": None}
    meta: dict[str, str] = {}
    for child in item:
        namespace, name = _local(child.tag)
        text = child.text or ""
        if name == "encoded":
            page["excerpt" if "excerpt" in namespace else "content"] = text
        elif name in _SIMPLE and (name != "title" or not namespace):
            page[_SIMPLE[name]] = text.strip()
        elif name == "category":
            domain, nicename = child.get("domain"), child.get("nicename")
            if domain == "category":
                page["categories"].append(text.strip())
            elif domain == "post_tag":
                page["tags"].append(text.strip())
            elif domain == "language" and nicename:  # Polylang's language taxonomy
                page["lang"] = nicename
        elif name == "postmeta":
            key = value = None
            for field in child:
                field_name = _local(field.tag)[1]
                if field_name == "meta_key":
                    key = (field.text or "").strip()
                elif field_name == "meta_value":
                    value = field.text or ""
            if key in _META_KEYS and value and value.strip():
                meta[key] = value.strip()
    page["seo_plugin"] = None
    fields: dict[str, str] = {}
    for plugin, keys in _SEO_META.items():
        found = {field: meta[key] for key, field in keys.items() if key in meta}
        if found:
            page["seo_plugin"] = page["seo_plugin"] or plugin
            for field, value in found.items():
                fields.setdefault(field, value)
    keyphrase = fields.get("keyphrase")
    if keyphrase and page["seo_plugin"] == "rank_math":
        keyphrase = keyphrase.split(",")[0]  # Rank Math: "primary, secondary, …"
    page["keyphrase"] = keyphrase.strip() if keyphrase else None
    page["content"] = wpautop(page.get("content", ""))
    page["seo_title"] = resolve_template(fields.get("seo_title") or DEFAULT_TITLE_TEMPLATE,
                                         page, site)
    page["meta_description"] = resolve_template(fields.get("meta_description"), page, site)
    page["slug"] = page.get("slug") or None
    page["site_lang"] = site.get("lang")
    return page


def read_wxr(path: str | os.PathLike, *, post_types: tuple[str, ...] = POST_TYPES
             ) -> Iterator[dict]:
    """Yield one dict per post or page of the WordPress export at ``path`` (see the module doc).

    Raises InputError for a missing file, a file that is not a WXR export, entity declarations
    (XML bombs, external entities) and XML that is not well formed (after the items before it)."""
    from xml.etree.ElementTree import ParseError

    from seo_kit._optional import require

    defusedxml = require("defusedxml", "audit", purpose="reading WordPress exports safely")
    iterparse = require("defusedxml.ElementTree", "audit").iterparse
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no WordPress export at {path}; check the path")
    site: dict = {}
    read = 0
    stack: list = []
    channel = None
    try:
        for event, elem in iterparse(str(file), events=("start", "end")):
            if event == "start":
                if not stack and _local(elem.tag)[1] != "rss":
                    raise InputError(f"{path} is not a WordPress export (WXR): its root is "
                                     f"<{_local(elem.tag)[1]}>, not <rss>; export it from "
                                     "WordPress with Tools → Export")
                if _local(elem.tag)[1] == "channel" and len(stack) == 1:
                    channel = elem
                stack.append(elem)
                continue
            stack.pop()
            if channel is None or not stack or stack[-1] is not channel:
                continue
            namespace, name = _local(elem.tag)
            if name == "item":
                page = _item_page(elem, site)
                if page.get("post_type") in post_types:
                    read += 1
                    yield page
            elif not namespace and name == "title":
                site["sitename"] = (elem.text or "").strip()
            elif not namespace and name == "description":
                site["sitedesc"] = (elem.text or "").strip()
            elif not namespace and name == "language":
                site["lang"] = (elem.text or "").strip().lower()[:2] or None
            channel.remove(elem)  # constant memory: nothing read stays in the tree
    except defusedxml.DefusedXmlException as exc:
        raise InputError(
            f"{path} declares XML entities or a DTD ({type(exc).__name__}: {exc}); seo_kit refuses "
            "them because they can expand into gigabytes (an entity bomb) or read local files. "
            "WordPress exports never need them: export the site again from Tools → Export"
        ) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise InputError(
            f"{path} is not well-formed XML at line {line}, column {column} ({exc}); a truncated "
            f"download or a hand edit? {read} posts and pages were read before it. Export the "
            "site again from Tools → Export"
        ) from None
    if channel is None:
        raise InputError(f"{path} has no <channel>: not a WordPress export (WXR)")
