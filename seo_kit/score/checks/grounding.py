"""The ``grounding`` check (group "extra", seo_kit's own): on whenever a source is given."""

from __future__ import annotations

import re
from functools import lru_cache

from seo_kit.score.checks.base import check

__all__ = ["grounding"]

_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")  # a word, hyphens and elisions inside


@check("grounding", "extra", yoast=False)
def grounding(doc, ctx):
    """With ``source=``: every sentence aligned with the source sentences supporting it, read
    twice (seo_kit.score.grounding): by the balanced check, then by the strict gate (each
    clause said in full by one source sentence, same speaker, actors, modality, polarity).

    Rating, a 0–100 score's Yoast-style bands: 9 (good) when every sentence passes the strict
    gate; 6 (ok, "read these") when the balanced check finds nothing false but some sentences
    say more than any one source sentence; 3 for one unsupported sentence (a false statement is
    not a detail), 1 for more. Why three levels: on the embedded model's real sentences the
    balanced check alone caught 8 of 28 false ones and the strict gate 25 (lead's labelled set,
    session of 2026-11-30), so "good" is only given to what the strict gate passed.

    With ``title=`` and ``meta_description=``, the SERP snippet is read with the text by the
    balanced check: a false title or description is an unsupported sentence like any other.

    ``value``: the balanced check's ``to_dict()`` (sentences, claims, unsupported with reasons
    and closest source sentence, alignment, excluded, pipeline) plus ``unverified``: the
    sentences only the strict gate rejects, same shape as ``unsupported``. The source reaches
    here without the sentences the injection detector flagged (score() removes them)."""
    from seo_kit.score.grounding import ground_levels, variant_sentences

    if not ctx.source:
        return None
    # the SERP snippet says things too: the SEO title and meta description are read with the
    # text by the balanced check (a restructured variant published "Thierry Roland est arrivé
    # mercredi pour une visite de deux jours" as its description, 2026-12-02); not by the
    # strict gate, which reads a snippet cut to 156 characters as saying less than its source
    serp = [t.strip() for t in (ctx.title, ctx.meta_description) if t and t.strip()]
    text = "\n\n".join([doc.text, *serp]) if serp else doc.text
    result, strict = ground_levels(text, ctx.source, doc.lang)
    snippet = set(variant_sentences("\n\n".join(serp), doc.lang)) if serp else set()
    bad = result.unsupported
    flagged = {v.sentence for v in bad}
    headings = {h.text.strip() for h in doc.headings}
    unverified = [v for v in strict.unsupported if v.sentence not in flagged
                  and v.sentence not in snippet
                  and not (v.sentence.strip() in headings
                           and _topic_label(v, _label_words(ctx.source, doc.lang), doc.lang))]
    value = {**result.to_dict(), "unverified": [v.to_dict() for v in unverified]}
    total = len(result.verdicts)
    if bad:
        first = bad[0]
        why = "; ".join(r.detail for r in first.reasons[:2])
        message = (f"Grounding: {len(bad)} of {total} sentences are not supported by the "
                   f"source, e.g. « {first.sentence[:80]} » ({first.reasons[0].kind}: {why}; "
                   f"closest source sentence: « {first.closest[:80]} »).")
        return (3 if len(bad) == 1 else 1), value, message
    if unverified:
        first = unverified[0]
        reason = first.reasons[0] if first.reasons else None
        why = f" ({reason.kind}: {reason.detail})" if reason else ""
        return 6, value, (f"Grounding: no sentence contradicts the source, but {len(unverified)} "
                          f"of {total} say more than any one source sentence, e.g. "
                          f"« {first.sentence[:80]} »{why}: read them against the source.")
    return 9, value, (f"Grounding: all {total} sentences are said by the source (each clause by "
                      "one source sentence; headings as topic labels).")


def _topic_label(verdict, known: frozenset[str], lang: str) -> bool:
    """A heading the strict gate rejected only for words no single source sentence holds with
    the rest ("Lavrov et les projets nord-coréens") is a topic label, not a claim, when each of
    its words (by lemma) is in the source or a claim-free section title ("Lavrov : le
    contexte"). A word the source never uses ("… en rupestre") keeps it unverified."""
    from seo_kit.lang import lemma

    if not verdict.reasons or any(r.kind != "new_words" for r in verdict.reasons):
        return False
    return all(lemma(w, lang) in known for w in _WORD.findall(verdict.sentence))


@lru_cache(maxsize=8)
def _label_words(source: str, lang: str) -> frozenset[str]:
    """Lemmas of the source's words and of the language's claim-free section titles; read
    only when a heading needs them, once per source (variants of one source share it)."""
    from seo_kit.lang import claim_free_labels, lemma

    text = " ".join([source, *claim_free_labels(lang)])
    return frozenset(lemma(w, lang) for w in set(_WORD.findall(text)))
