"""English long sentences cut at ", and" / ", while" + a clause of its own
(seo_kit.rewrite.clauses_en), through readable.split_at_marks as the readability repair calls
it; each split still checked by readable._keeps (grounded, every fact kept)."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.ground import Source
from seo_kit.rewrite.readable import _keeps, split_at_marks

pytest.importorskip("simplemma")


@pytest.mark.parametrize("sentence, pieces", [
    (("The vault can hold 4.5 million seed samples, and it held more than 1.1 million samples "
     "in 2020."), ["The vault can hold 4.5 million seed samples.",
                  "It held more than 1.1 million samples in 2020."]),
    (("U.S. companies OkCupid and CREDO Mobile received media coverage for their objections, "
     "while Credo amassed 50,000 signatures for a petition that called for Eich's resignation."),
     ["U.S. companies OkCupid and CREDO Mobile received media coverage for their objections.",
      "Credo amassed 50,000 signatures for a petition that called for Eich's resignation."]),
    (("The council approved the budget for the harbour, and the mayor praised the staff of the "
     "harbour for their work."), ["The council approved the budget for the harbour.",
                                 "The mayor praised the staff of the harbour for their work."]),
    (("Norway paid for the construction of the tunnel, whereas the Crop Trust raised money for "
     "gene banks in poor countries."), ["Norway paid for the construction of the tunnel.",
                                       ("The Crop Trust raised money for gene banks in poor "
                                       "countries.")]),
    # a second verb of the main clause's subject: the subject said again, as written
    (("ICARDA later planted the seeds in Lebanon and Morocco and returned new seeds to the vault "
     "in 2017."), ["ICARDA later planted the seeds in Lebanon and Morocco.",
                  "ICARDA returned new seeds to the vault in 2017."]),
    ("The fishermen repaired the nets on the pier and sailed to the islands in the morning.",
     ["The fishermen repaired the nets on the pier.",
      "The fishermen sailed to the islands in the morning."]),
    (("Soon after, Mozilla deprecated the Mozilla Suite in favor of independent applications, "
      "and moved to supply them directly to the public."),
     ["Soon after, Mozilla deprecated the Mozilla Suite in favor of independent applications.",
      "Mozilla moved to supply them directly to the public."]),
    # a name and its apposition after "and": a clause of its own
    (("Due to the controversy, Eich stepped down on April 3, 2014 and Mitchell Baker, executive "
      "chairwoman of Mozilla Corporation, posted a statement on the Mozilla blog."),
     ["Due to the controversy, Eich stepped down on April 3, 2014.",
      ("Mitchell Baker, executive chairwoman of Mozilla Corporation, posted a statement on the "
      "Mozilla blog.")]),
    # the second verb may be the reported clause's: not cut
    (("The government said the company had hired new staff and opened two factories in the "
     "north."), None),
    # no clause of its own after the joint: a list, a participle, a clause with commas of its
    # own (its "leading…" would hang on the wrong clause)
    (("Mozilla produces many products such as the Firefox web browser, and other projects for "
     "the open web and its users."), None),
    (("Eich's donation first became public knowledge in 2012, while he was Mozilla's chief "
     "technical officer, leading to angry responses on Twitter."), None),
    (("The vault was opened in 2008 on the island of Spitsbergen and designed to last for "
     "centuries."), None),  # a shared auxiliary: "The vault designed…" would be false
])
def test_an_english_sentence_is_cut_at_a_clause_joint(sentence, pieces) -> None:
    assert split_at_marks(sentence, lang="en") == (pieces or [sentence])


def test_each_english_piece_is_checked_like_any_split() -> None:
    source = Source.of("The vault can hold 4.5 million seed samples, and it held more than 1.1 "
                       "million samples in 2020.", lang="en")
    sentence = source.sentences[0]
    assert _keeps(sentence, split_at_marks(sentence, lang="en"), source, "en")
