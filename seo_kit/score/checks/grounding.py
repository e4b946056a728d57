"""The ``grounding`` check (group "extra", seo_kit's own): on whenever a source is given."""

from __future__ import annotations

from seo_kit.score.checks.base import check

__all__ = ["grounding"]


@check("grounding", "extra", yoast=False)
def grounding(doc, ctx):
    """With ``source=``: every sentence aligned with the source sentences supporting it. All
    supported: 9; one unsupported sentence: 3 (a false statement is not a detail); more: 1.
    ``value`` holds the unsupported sentences with reasons and closest source sentence, and the
    alignment of every sentence (indices into the source's sentences). The source reaches here
    without the sentences the injection detector flagged (score() removes them)."""
    from seo_kit.score.grounding import ground

    if not ctx.source:
        return None
    result = ground(doc.text, ctx.source, doc.lang)
    value = result.to_dict()
    bad = result.unsupported
    if not bad:
        return 9, value, (f"Grounding: all {len(result.verdicts)} sentences are supported by the "
                          "source.")
    first = bad[0]
    why = "; ".join(r.detail for r in first.reasons[:2])
    message = (f"Grounding: {len(bad)} of {len(result.verdicts)} sentences are not supported by "
               f"the source, e.g. « {first.sentence[:80]} » ({first.reasons[0].kind}: {why}; "
               f"closest source sentence: « {first.closest[:80]} »).")
    return (3 if len(bad) == 1 else 1), value, message
