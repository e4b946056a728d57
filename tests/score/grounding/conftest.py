"""The grounding tables' shared assertion: a row's sentence, grounded in its source by the
balanced check or the strict gate, has the expected kind among its reasons (None: supported)."""

from __future__ import annotations

import pytest


@pytest.fixture
def assert_grounding():
    """``assert_grounding(lang, source, sentence, expected, strict)``: ``expected`` None
    (supported), a reason kind, or a tuple of kinds any of which is right; skips a supported row
    under the strict gate (it may refuse a paraphrase; only its misses are tested)."""
    from seo_kit.score.grounding import ground_sentences, source_sentences

    def check(lang: str, source: str, sentence: str, expected: str | None, strict: bool):
        if strict and expected is None:
            pytest.skip("the strict gate may refuse a paraphrase: only misses are tested there")
        [verdict] = ground_sentences([sentence], source_sentences(source, lang), lang,
                                     strict=strict)
        kinds = {r.kind for r in verdict.reasons}
        if expected is None:
            assert verdict.supported, verdict.reasons
        else:  # one kind, or a tuple of kinds any of which is right
            wanted = set(expected) if isinstance(expected, tuple) else {expected}
            assert kinds & wanted, (kinds, verdict.reasons, verdict.closest)
        return verdict

    return check
