"""A clean output, and the comparison's pass/fail columns: grounding and clean output."""

from __future__ import annotations

import pytest

from seo_kit.compare import compare
from seo_kit.compare.clean import PROBLEM_KINDS, output_problems

BODY = ("# Lavrov à Pyongyang\n\nLe ministre russe Sergueï Lavrov est arrivé mercredi à "
        "Pyongyang pour une visite de deux jours.\n\n## Une visite de deux jours\n\nIl doit "
        "rencontrer son homologue nord-coréen, selon l’agence officielle KCNA.\n\n"
        "- une visite de deux jours\n- Lavrov est arrivé mercredi")
TITLE = "Lavrov à Pyongyang pour deux jours"
META = "Le ministre russe Sergueï Lavrov est arrivé mercredi à Pyongyang pour une visite."
REPEATED = "Il doit rencontrer son homologue nord-coréen, selon l’agence officielle KCNA."


@pytest.mark.parametrize("text, title, meta, found", [
    (BODY, TITLE, META, []),
    (BODY + "\n\n<p>Un paragraphe resté en HTML.</p>", TITLE, META,
     ["leftover: <p>Un paragraphe resté en HTML.</p>"]),
    ("Voici l’article réécrit :\n\n" + BODY, TITLE, META, ["leftover: Voici l’article réécrit :"]),
    (BODY + "\n\n**Le contexte**", TITLE, META, ["leftover: **Le contexte**"]),
    (BODY.replace("Il doit", "Chapô : Il doit"), TITLE, META, ["leftover: Chapô : Il doit"]),
    ("```markdown\n" + BODY + "\n```", TITLE, META, ["leftover: ```markdown", "leftover: ```"]),
    (BODY + "\n\nMots-clés : Lavrov, Corée du Nord", TITLE, META,
     ["leftover: Mots-clés : Lavrov, Corée du Nord"]),
    (BODY + "\n\n" + REPEATED, TITLE, META, [f"repeat: {REPEATED[:59]}…"]),
    (BODY + "\n\nÀ lire aussi.\n\nÀ lire aussi.", TITLE, META, []),  # short lines may repeat
    (BODY + "\n\nLe ministre parle de {keyword}.", TITLE, META, ["placeholder: {keyword}"]),
    (BODY, TITLE, META[:60] + "…", ["cut: meta"]),
    (BODY, TITLE + "...", META, ["cut: title"]),
    (BODY, "<b>Lavrov</b> à Pyongyang", META, ["html: title"]),
    (BODY, TITLE, "", ["empty: meta"]),
    (BODY, None, None, []),  # plain text: no title or meta to check
])
def test_output_problems(text, title, meta, found):
    """Each problem is "kind: excerpt"; `found` holds their starts."""
    problems = output_problems(text, title=title, meta=meta)
    assert len(problems) == len(found), problems
    assert all(p.startswith(f) for p, f in zip(problems, found)), problems
    assert {p.split(":", 1)[0] for p in problems} <= set(PROBLEM_KINDS)


def _variant(text: str, **fields) -> dict:
    return {"text": text, "title": TITLE, "meta_description": META, "slug": "lavrov-pyongyang",
            "brief": {"keywords": ["Lavrov"]}, **fields}


SOURCE = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi à "
          "Pyongyang pour une visite de deux jours.\n\nIl doit rencontrer son homologue "
          "nord-coréen, selon l’agence officielle KCNA.")
INVENTED = BODY + "\n\nLavrov a signé un traité de défense avec Kim Jong-un à Moscou en 2019."
# says more than the source without contradicting it: the strict gate's "read it" (rating ok)
UNVERIFIED = BODY.replace("## Une visite de deux jours", "## Une visite préparée")


@pytest.fixture(scope="module")
def table():
    return compare([_variant(BODY), _variant(INVENTED), _variant(BODY + "\n\n<div>x</div>"),
                    _variant(UNVERIFIED)],
                   source=SOURCE, labels=["fidèle", "inventé", "html", "à relire"])


@pytest.mark.parametrize("label, grounded, unsupported, unverified, clean", [
    ("fidèle", True, 0, 0, True),
    ("inventé", False, 1, 0, True),
    ("html", True, 0, 0, False),
    ("à relire", False, 0, 1, True),  # "grounded" is the check's good: nothing left to read
])
def test_pass_fail_columns(table, label, grounded, unsupported, unverified, clean):
    row = table.loc[label]
    assert (row["grounded"], row["unsupported_sentences"], row["unverified_sentences"],
            row["clean_output"]) == (grounded, unsupported, unverified, clean)
    assert 0 <= row["unsupported_share"] <= 1
    assert (row["output_problems"] == "") is clean


def test_the_share_is_of_the_sentences_grounding_read(table):
    from seo_kit.score import score

    # the SERP snippet (title, meta description) is read with the text
    grounding = score(INVENTED, source=SOURCE, lang="fr", title=TITLE,
                      meta_description=META)["grounding"].value
    assert table.loc["inventé", "unsupported_share"] == \
        pytest.approx(1 / grounding["sentences"], abs=0.001)


def test_without_a_source_grounding_does_not_apply():
    df = compare([_variant(BODY)], labels=["seul"])
    assert "source" not in df.index
    assert "grounded" not in df.columns or df["grounded"].isna().all()
    assert bool(df.loc["seul", "clean_output"]) is True
