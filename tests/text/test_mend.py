"""Source defects mended at the door: a name cut by a stray period (seo_kit.text.mend)."""

from __future__ import annotations

import pytest

from seo_kit.text.mend import mend_split_names

ROWS = [
    # the seed's kind: written whole with a hyphen elsewhere
    ("Kim Jong-un est venu. Puis le dirigeant Kim Jong. Un s'est rendu en Russie.",
     "Kim Jong-un est venu. Puis le dirigeant Kim Jong-un s'est rendu en Russie."),
    # whole with a space elsewhere, in the spelling written there
    ("Kim Jong Un met Putin. Later the leader Kim Jong. Un visited Russia.",
     "Kim Jong Un met Putin. Later the leader Kim Jong Un visited Russia."),
    # a held-back kind of name: a hyphenated first name
    ("Jean-Luc Mélenchon a parlé. Le chef Jean. Luc Mélenchon a répondu ensuite.",
     "Jean-Luc Mélenchon a parlé. Le chef Jean-Luc Mélenchon a répondu ensuite."),
    # never written together: two sentences that stay two
    ("Il est arrivé à Paris. Paris est calme. Il a vu Lyon. Marseille attend.",
     "Il est arrivé à Paris. Paris est calme. Il a vu Lyon. Marseille attend."),
    ("Le dirigeant Kim Jong. Un s'est rendu en Russie.",
     "Le dirigeant Kim Jong. Un s'est rendu en Russie."),
    # the joined form only inside a longer word does not count
    ("Le groupe Alpha-Betamax vend. Le chef Alpha. Beta parle.",
     "Le groupe Alpha-Betamax vend. Le chef Alpha. Beta parle."),
]


@pytest.mark.parametrize(("text", "mended"), ROWS)
def test_a_name_cut_by_a_period_is_joined_only_as_the_text_writes_it(text, mended) -> None:
    assert mend_split_names(text)[0] == mended
