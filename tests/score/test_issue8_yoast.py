"""Issue #8: the kinds where Yoast is right, checked against the real Yoast engine (yoastseo 3.6
on Node) on held-out style inputs; skipped when the oracle is not installed.

Where Yoast is wrong too (slug elisions, glued symbols, possessives), the table tests in
tests/text, tests/lang and tests/score hold the right values instead.
"""

import json
import shutil
import subprocess
import unicodedata

import pytest
from test_yoast_oracle import FOLDER

import seo_kit
from seo_kit.lang import is_passive, is_transition_sentence
from seo_kit.text import parse

pytestmark = pytest.mark.skipif(FOLDER is None or shutil.which("node") is None,
                                reason="Yoast oracle not installed (run bench/yoast_parity.py)")


def yoast(tmp_path, body: str, lang: str = "fr", title: str = "Titre", meta: str = "Meta",
          keyphrase: str = "x") -> dict:
    path = tmp_path / "text.txt"
    path.write_text(body, encoding="utf-8")
    done = subprocess.run(["node", str(FOLDER / "run_yoast.js"), str(path), keyphrase, title, meta,
                           "--locale", "fr_FR" if lang == "fr" else "en_US"],
                          capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout)


# kinds 1 and 3: one word count; tag boundaries survive (Yoast's wordCountInText)
WORD_COUNTS = [
    ("Le télétravail—longtemps marginal—concerne un salarié sur quatre.", "fr"),
    ("La réforme – votée hier – entre en vigueur – enfin – demain.", "fr"),
    ("<p>Le chantier a démarré lundi.<strong>Les travaux dureront six mois.</strong></p>", "fr"),
    ("<p>Fin du match !<em>Le public</em> applaudit.</p>", "fr"),
    ("Remote work—once rare—now concerns one employee in four.", "en"),
]


@pytest.mark.parametrize(("body", "lang"), WORD_COUNTS)
def test_word_count_as_yoast(tmp_path, body, lang):
    report = seo_kit.score(body, lang=lang)
    assert report.words == report["textLength"].value == \
        yoast(tmp_path, body, lang)["insights"]["word_count"]


# kind 2: a period after a unit, an hour or a number ends the sentence
SENTENCES = [
    ("Le trajet dure 20 min. Le bus passe à 8 h. Il repart à 18 h.", "fr"),
    ("La piste fait 12 km. Elle monte de 300 m. Comptez deux heures.", "fr"),
    ("Ils étaient 40. Les autres ont fui. Le car part à 8 h. Puis il pleut.", "fr"),
]


@pytest.mark.parametrize(("body", "lang"), SENTENCES)
def test_sentence_count_as_yoast(tmp_path, body, lang):
    insights = yoast(tmp_path, body, lang)["insights"]
    assert len(parse(body, lang=lang).sentences) == insights["total_sentences_transition_research"]


# kind 6: passive voice in inverted questions (one sentence each)
QUESTIONS = ["Le projet sera-t-il financé par l’État ?", "Les comptes ont-ils été vérifiés ?",
             "Seraient-elles reçues par le ministre ?", "Êtes-vous informés du changement ?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_inverted_passive_as_yoast(tmp_path, question):
    insights = yoast(tmp_path, question)["insights"]
    doc = parse(question, lang="fr")
    assert insights["passive_sentences"] == 1
    assert sum(is_passive(s.tokens, "fr") for s in doc.sentences) == 1


# kind 7: at least every sentence Yoast finds a transition in
def test_transitions_at_least_as_yoast(tmp_path):
    body = ("Lorsqu’il pleut, on reste. De nos jours, on lit. Face à la crise, il agit. "
            "Puisqu’elle vient, on reste. Par rapport à 2020, tout change. Le chat dort. "
            "Il viendra sans doute. Dans le cadre de la loi, on agit. Parce qu’on doute, on lit.")
    insights = yoast(tmp_path, body)["insights"]
    ours = sum(is_transition_sentence(s.tokens, "fr") for s in parse(body, lang="fr").sentences)
    assert ours >= insights["transition_word_sentences"]
    assert ours == 8  # every sentence but "Le chat dort."


# kind 8: decomposed accents (NFD) give the report the NFC text gets from Yoast
def test_nfd_inputs_measure_like_nfc_in_yoast(tmp_path):
    title = "Élégie de l’été à Orléans : la création règne"
    meta = ("Un été à Orléans, où la création règne sur les quais de Loire, entre fêtes, "
            "marchés et musées ouverts tard le soir.")
    body = "Un été à Orléans. La création règne sur les quais. " * 5
    nfd = {k: unicodedata.normalize("NFD", v) for k, v in
           {"title": title, "meta": meta, "body": body}.items()}
    report = seo_kit.score(nfd["body"], keyphrase=unicodedata.normalize("NFD", "été Orléans"),
                           title=nfd["title"], meta_description=nfd["meta"], lang="fr")
    oracle = yoast(tmp_path, body, title=title, meta=meta, keyphrase="été Orléans")
    scores = {a["identifier"]: a["score"] for a in oracle["seo"]["assessments"]}
    for check_id in ("metaDescriptionLength", "keyphraseInSEOTitle", "metaDescriptionKeyword"):
        assert report[check_id].score == scores[check_id], check_id
    assert report["metaDescriptionLength"].value == len(meta)
