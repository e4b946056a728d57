"""seo_kit.lang._memo: the per-word memory of the functions an audit calls on every word gives
the function's own results, keeps at most its bound, and is a plain dict lookup once filled."""

from __future__ import annotations

import pytest

import seo_kit.lang as language
from seo_kit.lang._memo import Memo, memo
from seo_kit.score.injection import match
from seo_kit.text import tokens


def test_a_memo_gives_the_function_s_results_and_keeps_at_most_its_bound():
    calls = []

    def double(x: int) -> int:
        calls.append(x)
        return 2 * x

    remembered = memo(double, 3)
    assert isinstance(remembered.__self__, Memo) and remembered.__self__.func is double
    assert [remembered(x) for x in (1, 2, 1, 3, 4, 5, 4)] == [2, 4, 2, 6, 8, 10, 8]
    assert dict(remembered.__self__) == {1: 2, 2: 4, 3: 6}  # the first 3 arguments, no more
    assert calls == [1, 2, 3, 4, 5, 4]  # 1 from memory; 4 again: past the bound
    assert list(map(remembered, [3, 1])) == [6, 2]


def test_a_memo_passes_the_function_s_errors_on_and_remembers_nothing_then():
    remembered = memo(lambda word: word[0], 10)
    with pytest.raises(IndexError):
        remembered("")
    assert dict(remembered.__self__) == {}


@pytest.mark.parametrize(("remembered", "words"), [
    (tokens._chunk_tokens, ["l’agence", "Nord-Coréen,", "«vélo»", "1,5", "%", "🚲x"]),
    (match._chunk_tokens, ["L'Assistant", "rédige-moi", "«poème»:", "ÉCRIS"]),
    (match._token_sections, ["redige", "systeme", "consignes", "maison"]),
    (language._split_elision, ["L’agence", "qu'il", "jusqu’au", "aujourd’hui"]),
    (language._marker_hits, ["Les", "the", "l’eau", "«dans»", "and,"]),
])
def test_the_audit_s_memos_give_their_functions_results(remembered, words):
    for word in words:
        assert remembered(word) == remembered.__self__.func(word)
        assert remembered(word) == remembered.__self__.func(word)  # from memory
