"""The seed article (notebooks/data/article_request.txt without its request line) and a variant
made by hand from it: what the comparison tests and the studio's view tests compare."""

from __future__ import annotations

from pathlib import Path

REQUEST = Path(__file__).parents[1] / "notebooks" / "data" / "article_request.txt"
SOURCE = REQUEST.read_text(encoding="utf-8").split("\n", 1)[1]
PARAGRAPHS = [p for p in SOURCE.splitlines() if p.strip()]

WITH_HEADINGS = "\n\n".join([
    "# Sergueï Lavrov en visite en Corée du Nord",
    *PARAGRAPHS[0:2],
    "## Lavrov à Pyongyang après Pékin",
    *PARAGRAPHS[2:5],
    "## Des munitions pour la guerre en Ukraine",
    *PARAGRAPHS[5:9],
    "## Une relation ancienne entre Moscou et Pyongyang",
    *PARAGRAPHS[9:],
])
# A variant as the run log stores it (seo_kit.rewrite.Variant.to_dict's keys).
HAND_MADE = {
    "title": "Lavrov en Corée du Nord : une visite sous le signe de la défense",
    "meta_description": "Sergueï Lavrov est arrivé en Corée du Nord après la visite de Kim Jong-un "
                        "en Russie : armes, munitions et nouvelle guerre froide.",
    "slug": "lavrov-coree-du-nord",
    "brief": {"tone": "informatif", "keywords": ["Lavrov"], "temperature": 0.7},
    "text": WITH_HEADINGS,
    "prompt_tokens": 900, "completion_tokens": 1100, "cost_usd": None, "latency_s": 3.5,
}
# The same text with a fact dropped ("1 000 conteneurs").
SHORT = WITH_HEADINGS.replace("1 000 conteneurs", "des conteneurs")


def near_repeats(body: str, lang: str = "fr") -> list[str]:
    """Prose sentences of ``body`` (Markdown) that say again what an earlier one said; headings
    and the lines of labelled summary blocks (which restate on purpose) are left out
    (seo_kit.rewrite.clean.near_repeats). The main job's check, shared with the scripted
    writer's."""
    from seo_kit.rewrite.clean import near_repeats as repeats

    return repeats(body, lang=lang)
