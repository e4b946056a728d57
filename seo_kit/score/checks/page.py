"""Yoast's page checks that need no keyphrase: lengths, links, images, title width, H1s, title.

Also the two alt-text checks of Yoast's trunk (not in npm 3.6.0), in the "extra" group.
"""

from __future__ import annotations

from seo_kit.score.checks.base import check
from seo_kit.score.checks.placement import link_kind
from seo_kit.score.serp import TITLE_MAX_PX, title_width_px


def _js_length(text: str) -> int:
    """String length as JavaScript counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


@check("metaDescriptionLength", "seo")
def meta_description_length(doc, ctx):
    """Meta description characters: 121–156 good; 1–120 or more than 156: ok [cornerstone bad]."""
    length = _js_length((ctx.meta_description or "").strip())
    poor = 3 if ctx.cornerstone else 6
    if length == 0:
        return 1, 0, ("Meta description length: No meta description has been specified. Search "
                      "engines will display copy from the page instead. Make sure to write one!")
    if length <= 120:
        return poor, length, ("Meta description length: The meta description is too short "
                              "(under 120 characters). Up to 156 characters are available. "
                              "Use the space!")
    if length > 156:
        return poor, length, (f"Meta description length: The meta description is over 156 "
                              f"characters ({length}). To ensure the entire description will be "
                              "visible, you should reduce the length!")
    return 9, length, "Meta description length: Well done!"


@check("images", "seo")
def images(doc, ctx):
    """At least one image: 9; none: 3."""
    n = len(doc.images)
    if n == 0:
        return 3, 0, "Images: No images appear on this page. Add some!"
    return 9, n, "Images: Good job!"


@check("textLength", "seo")
def text_length(doc, ctx):
    """Words: ≥300 good, 250–299 ok, 200–249 bad, fewer far too few [cornerstone 900/400/300]."""
    n = doc.analysis.word_count
    said = f"The text contains {n} word{'s' if n != 1 else ''}."
    if ctx.cornerstone:
        if n >= 900:
            return 9, n, f"Text length: {said} Good job!"
        if 400 <= n < 900:
            return 6, n, (f"Text length: {said} This is below the recommended minimum of 900 "
                          "words. Add more content.")
        return -20, n, (f"Text length: {said} This is far below the recommended minimum of 900 "
                        "words. Add more content.")
    if n >= 300:
        return 9, n, f"Text length: {said} Good job!"
    if n < 200:
        return (-20 if n < 100 else -10), n, (f"Text length: {said} This is far below the "
                                              "recommended minimum of 300 words. Add more content.")
    if n >= 250:
        return 6, n, (f"Text length: {said} This is slightly below the recommended minimum of "
                      "300 words. Add a bit more copy.")
    return 3, n, (f"Text length: {said} This is below the recommended minimum of 300 words. "
                  "Add more content.")


def _link_stats(doc, ctx, kind: str) -> tuple[int, int]:
    links = [lk for lk in doc.links if link_kind(lk.href, ctx.permalink) == kind]
    return len(links), sum(1 for lk in links if lk.nofollow)


@check("externalLinks", "seo")
def external_links(doc, ctx):
    """Outbound links: none 3, all nofollow 7, mixed 8, all followed 9."""
    total, nofollow = _link_stats(doc, ctx, "external")
    if total == 0:
        return 3, 0, "Outbound links: No outbound links appear in this page. Add some!"
    if nofollow == total:
        return 7, total, ("Outbound links: All outbound links on this page are nofollowed. "
                          "Add some normal links.")
    if nofollow:
        return 8, total, "Outbound links: There are both nofollowed and normal outbound links."
    return 9, total, "Outbound links: Good job!"


@check("internalLinks", "seo")
def internal_links(doc, ctx):
    """Internal links (relative, or to the permalink's host): none 3, all nofollow 7, mixed 8, 9."""
    total, nofollow = _link_stats(doc, ctx, "internal")
    if total == 0:
        return 3, 0, ("Internal links: No internal links appear in this page, make sure to add "
                      "some!")
    if nofollow == total:
        return 7, total, ("Internal links: The internal links in this page are all nofollowed. "
                          "Add some good internal links.")
    if nofollow:
        return 8, total, ("Internal links: There are both nofollowed and normal internal links "
                          "on this page. Good job!")
    return 9, total, "Internal links: You have enough internal links. Good job!"


@check("titleWidth", "seo")
def title_width(doc, ctx):
    """SEO-title width in Arial 20 px: 1–600 px good, wider bad, missing 1."""
    width = title_width_px((ctx.title or "").strip())
    if width == 0:
        return 1, 0, "SEO title width: Please create an SEO title."
    if width > TITLE_MAX_PX:
        return 3, width, (f"SEO title width: The SEO title is wider than the viewable limit "
                          f"({width} px > {TITLE_MAX_PX} px). Try to make it shorter.")
    return 9, width, "SEO title width: Good job!"


@check("singleH1", "seo")
def single_h1(doc, ctx):
    """More than one H1 in the body: 1; otherwise 8."""
    n = sum(1 for b in doc.headings if b.level == 1 and b.text.strip())
    if n > 1:
        return 1, n, ("Single title: H1s should only be used as your main title. Find all H1s in "
                      "your text that aren't your main title and change them to a lower heading "
                      "level!")
    return 8, n, "Single title: You don't have multiple H1 headings, well done!"


@check("textTitleAssessment", "extra")
def text_title(doc, ctx):
    """(Premium) the page has a title: 9; none: -10000."""
    if (ctx.title or "").strip():
        return 9, True, "Title: Your page has a title. Well done!"
    return -10000, False, "Title: Your page does not have a title yet. Add one!"


@check("altTextLength", "extra")
def alt_text_length(doc, ctx):
    """(Yoast trunk) alt texts of 10 characters or fewer, or 200 or more: 6; otherwise no result."""
    odd = [img.alt for img in doc.images if img.alt.strip() and
           (len(img.alt.strip()) <= 10 or len(img.alt.strip()) >= 200)]
    if not odd:
        return None
    return 6, len(odd), (f"Alt text length: {len(odd)} image alt text(s) are very short (10 "
                         "characters or fewer) or very long (200 or more). Describe each image in "
                         "a sentence.")


@check("duplicateAltText", "extra")
def duplicate_alt_text(doc, ctx):
    """(Yoast trunk) different images sharing one alt text: 6; otherwise no result."""
    sources_by_alt: dict[str, set[str]] = {}
    for img in doc.images:
        if img.alt.strip():
            sources_by_alt.setdefault(img.alt.strip().lower(), set()).add(img.src)
    shared = [alt for alt, srcs in sources_by_alt.items() if len(srcs) > 1]
    if not shared:
        return None
    return 6, len(shared), ("Duplicate alt text: Different images share the same alt text. Give "
                            "each image its own description.")
