"""English grounding without a parse (``rules``): who does what is read only for words that look
like verbs (a verb of the tables, a past form), from the name just before them in their own
clause, a coordinated verb sharing the subject before it ("… and returned new seeds"). Rows: the
sentence and the kind expected among the balanced check's reasons (None = supported)."""

from __future__ import annotations

import pytest

from seo_kit.score.grounding import ground_sentences, source_sentences

VAULT = (
    "The Norwegian government paid for its construction, which cost about 45 million kroner.\n"
    "The Crop Trust funds most of the vault's running costs, while the Nordic Genetic Resource "
    "Center manages the collection.\n"
    "In 2015, the International Center for Agricultural Research in the Dry Areas (ICARDA) "
    "withdrew seeds for the first time, after the war in Syria damaged its gene bank near "
    "Aleppo.\n"
    "ICARDA later planted the seeds in Lebanon and Morocco and returned new seeds to the vault "
    "in 2017.\n"
    "In 2017, meltwater from the permafrost entered the entrance tunnel, but no seeds were "
    "damaged, according to the Norwegian government.\n"
    "Norway then spent about 100 million kroner to rebuild the tunnel.\n"
    "The vault can hold 4.5 million seed samples, and it held more than 1.1 million samples in "
    "2020.\n"
    "Norway reportedly bought a new cooling system in 2019."
)

ROWS = [
    # true paraphrases the word-order reading took for role swaps (every word after a name
    # was "done" by it: "Morocco … sent", "Syria … withdrew")
    (("ICARDA planted the seeds in Lebanon and Morocco, then sent new seeds back to the vault "
     "in 2017."), None),
    ("ICARDA returned new seeds to the vault in 2017.", None),
    (("ICARDA withdrew seeds from the vault in 2015, after the war in Syria damaged its gene "
     "bank."), None),
    (("The Norwegian government said no seeds were damaged when meltwater from the permafrost "
     "flooded the entrance tunnel in 2017."), None),
    ("Norway paid about 45 million kroner to build the vault.", None),
    # role swaps the same reading missed or still has to see
    ("Morocco returned new seeds to the vault in 2017.", "role_swap"),
    ("The Crop Trust paid for the construction of the vault.", "role_swap"),
    ("In 2015, the Norwegian government withdrew seeds from the vault for the first time.",
     "role_swap"),
    # a fact of another event given to this one (the actor does the verb elsewhere without it)
    ("ICARDA returned new seeds to the vault in 2015.", ("merged", "number")),
    ("Norway spent about 45 million kroner to rebuild the tunnel.", ("merged", "number")),
    ("Norway spent about 100 million kroner to rebuild the tunnel.", None),
    # "said" is a function word in Yoast's English list, yet it names a speaker
    ("The Crop Trust said no seeds were damaged when meltwater entered the entrance tunnel.",
     "speaker"),
    ("The Norwegian government said no seeds were damaged when meltwater entered the tunnel.",
     None),
    # a word stated as possible in one stretch and as done in another is done
    ("In 2020 the vault held more than 1.1 million samples.", None),
    # reported, not stated: "reportedly", "allegedly" hedge what follows
    ("Norway bought a new cooling system in 2019.", "modality"),
    ("Norway reportedly bought a new cooling system in 2019.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), ROWS)
def test_english_sentence(sentence, kind):
    [verdict] = ground_sentences([sentence], source_sentences(VAULT, "en"), "en")
    kinds = [r.kind for r in verdict.reasons]
    expected = (kind,) if isinstance(kind, str) else kind
    assert kinds == [] if kind is None else set(kinds) & set(expected), kinds


MOZILLA = (
    "Mozilla is a free-software community, created in 1998 by members of Netscape. "
    "One day later, Jamie Zawinski from Netscape registered mozilla.org. "
    "When AOL (Netscape's parent company) greatly reduced its involvement with Mozilla in July "
    "2003, the Mozilla Foundation was designated the legal steward of the project."
)


@pytest.mark.parametrize(("sentence", "kind"), [
    # "X from Y did": X does it, not the organisation named after "from"/"of"/"at"
    ("Netscape registered mozilla.org one day later.", "role_swap"),
    ("Jamie Zawinski registered mozilla.org one day later.", None),
    ("One day later, Jamie Zawinski of Netscape registered mozilla.org.", None),
    ("Mozilla is a proprietary software community created in 1998.", "polarity"),
])
def test_english_actor_before_from_and_opposites(sentence, kind):
    [verdict] = ground_sentences([sentence], source_sentences(MOZILLA, "en"), "en")
    kinds = [r.kind for r in verdict.reasons]
    assert kinds == [] if kind is None else kind in kinds, (kinds, verdict.reasons)


SUITE = ("Soon after, Mozilla deprecated the Mozilla Suite in favor of creating independent "
         "applications for each function, primarily the Firefox web browser and the Thunderbird "
         "email client, and moved to supply them directly to the public.")


@pytest.mark.parametrize(("sentence", "kind"), [
    # a bare "Mozilla" is not the "Mozilla Suite" it acts on: the piece of the source's own
    # sentence was refused as a swap of Mozilla with itself (english10's split, text 14)
    (("Soon after, Mozilla deprecated the Mozilla Suite in favor of creating independent "
      "applications for each function."), None),
    ("Soon after, Netscape deprecated the Mozilla Suite.", "entity"),
])
def test_an_actor_is_not_the_longer_name_it_acts_on(sentence, kind):
    [verdict] = ground_sentences([sentence], source_sentences(MOZILLA + " " + SUITE, "en"), "en",
                                 strict=True)
    kinds = [r.kind for r in verdict.reasons]
    assert kinds == [] if kind is None else kind in kinds, (kinds, verdict.reasons)
