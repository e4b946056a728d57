"""SEO titles and meta descriptions as WordPress SEO plugins store them: templates with variables.

Yoast SEO stores ``%%title%% %%sep%% %%sitename%%``; Rank Math ``%title% %sep% %sitename%``. An
audit scores what the page shows, so the variables are replaced with the page's values; variables
that need the live site (``%%primary_category%%``, custom fields…) are dropped, and the separators
left dangling by an empty variable are removed.

Defaults when a post has no SEO title of its own: Yoast's post and page template
``%%title%% %%page%% %%sep%% %%sitename%%`` with its default separator "-" (Yoast SEO, Search
appearance → Content types); Rank Math's ``%title% %sep% %sitename%``, separator "-".
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DEFAULT_SEPARATOR", "DEFAULT_TITLE_TEMPLATE", "resolve_template"]

DEFAULT_TITLE_TEMPLATE = "%%title%% %%page%% %%sep%% %%sitename%%"
DEFAULT_SEPARATOR = "-"

# Yoast's %%var%% and Rank Math's %var% (names are letters, digits and underscores; Rank Math
# also has %customfield(name)%).
_VARIABLE = re.compile(r"%%([A-Za-z0-9_]+)%%|%([A-Za-z0-9_]+(?:\([^)%]*\))?)%")
_SEPARATOR_MARK = "\x00sep\x00"


def _values(page: dict, site: dict) -> dict[str, str]:
    date = str(page.get("date") or "")
    year = date[:4] if date[:4].isdigit() and date[:4] != "0000" else ""
    return {
        "title": page.get("title") or "",
        "sitename": site.get("sitename") or "",
        "sitedesc": site.get("sitedesc") or "",
        "excerpt": page.get("excerpt") or "",
        "excerpt_only": page.get("excerpt") or "",
        "date": date[:10] if year else "",
        "name": page.get("author") or "",
        "author": page.get("author") or "",
        "category": ", ".join(page.get("categories") or ()),
        "primary_category": (page.get("categories") or ("",))[0],
        "tag": ", ".join(page.get("tags") or ()),
        "currentyear": str(dt.date.today().year),
        "currentdate": dt.date.today().isoformat(),
        "pt_single": page.get("post_type") or "",
        "page": "",  # "Page 2 of 3" only on paginated views: an audit scores page 1
        "pagenumber": "",
        "pagetotal": "",
        "focuskw": page.get("keyphrase") or "",
        "focuskeyword": page.get("keyphrase") or "",
        "sep": _SEPARATOR_MARK,
    }


def resolve_template(template: str | None, page: dict, site: dict | None = None) -> str | None:
    """The text a Yoast (``%%var%%``) or Rank Math (``%var%``) template shows for ``page``.

    ``page`` holds the post's fields (title, excerpt, date, author, categories, tags, post_type,
    keyphrase); ``site`` its sitename, sitedesc and separator. Unknown variables become empty;
    separators with nothing on one side are dropped. None or blank in → None out.
    """
    if template is None or not template.strip():
        return None
    site = site or {}
    values = _values(page, site)
    # HTML entities Yoast stores for separators (sc-dash → "-", sc-ndash → "–", …) are already
    # decoded by the XML parser; a named separator from the options is passed as site["separator"]
    separator = site.get("separator") or DEFAULT_SEPARATOR

    def value(match: re.Match) -> str:
        name = (match.group(1) or match.group(2) or "").lower()
        return values.get(name, "")

    text = _VARIABLE.sub(value, template)
    parts = [p.strip() for p in text.split(_SEPARATOR_MARK)]
    kept = [p for p in parts if p]
    text = f" {separator} ".join(kept)
    text = re.sub(r"\s+", " ", text).strip()
    return text or None
