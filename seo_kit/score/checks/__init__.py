"""Every check of a report, in report order: ``CHECKS`` is the one list (no import side effects).

    seo          Yoast's seoAssessor, in its order                    → seo_score
    readability  Yoast's contentAssessor, in its order                → readability_score
    extra        Premium/trunk Yoast checks and seo_kit's own (yoast=False); not in the totals
"""

from __future__ import annotations

from seo_kit.score.checks import extra, grounding, keyphrase, page, placement, readability
from seo_kit.score.checks.base import GROUPS, Check, check

__all__ = ["CHECKS", "GROUPS", "Check", "by_id", "check"]

CHECKS: tuple[Check, ...] = (
    # seo
    keyphrase.introduction_keyword,
    keyphrase.keyphrase_length,
    keyphrase.keyphrase_density,
    placement.meta_description_keyword,
    page.meta_description_length,
    placement.subheadings_keyword,
    placement.text_competing_links,
    placement.image_keyphrase,
    page.images,
    page.text_length,
    page.external_links,
    page.internal_links,
    placement.keyphrase_in_seo_title,
    page.title_width,
    placement.slug_keyword,
    keyphrase.function_words_in_keyphrase,
    page.single_h1,
    # readability
    readability.subheadings_too_long,
    readability.paragraph_too_long,
    readability.sentence_length,
    readability.transition_words,
    readability.passive_voice,
    readability.text_presence,
    readability.sentence_beginnings,
    # extra
    keyphrase.keyphrase_distribution,
    page.text_title,
    readability.lists_presence,
    readability.word_complexity,
    page.alt_text_length,
    page.duplicate_alt_text,
    extra.keyphrase_word_forms,
    extra.facts_kept,
    grounding.grounding,
)


def by_id(check_id: str) -> Check:
    """The check named ``check_id``; KeyError listing the ids otherwise."""
    for found in CHECKS:
        if found.id == check_id:
            return found
    raise KeyError(f"no check {check_id!r}; ids: {', '.join(c.id for c in CHECKS)}")
