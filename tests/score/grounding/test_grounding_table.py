"""Grounding verdicts on named sample texts: each row is one variant sentence, the kind(s) of
unsupported claim expected among its reasons (None = supported, no reason at all). French rows go through spaCy's French parse; the
English rows through the rule-based fallback (no English spaCy pipeline on our index)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from seo_kit.score.grounding import ground, ground_sentences, source_sentences

LAVROV = (
    "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
    "Nord, selon l’agence de presse officielle russe Tass.\n"
    "Plus tôt dans la semaine, Lavrov a accompagné le président Vladimir Poutine lors d’une visite "
    "à Pékin.\n"
    "Lors de sa visite en Russie en septembre, Kim a rencontré Poutine au cosmodrome Vostochny "
    "et a inspecté des avions de combat dans une usine aéronautique.\n"
    "Poutine a également accepté une invitation de Kim à se rendre en Corée du Nord, mais le "
    "moment n’a pas été annoncé.\n"
    "La Maison Blanche a déclaré vendredi que la Corée du Nord avait livré plus de 1 000 "
    "conteneurs d’équipements militaires à la Russie.\n"
    "Au cours du voyage de six jours de Kim en Russie, les deux pays ont discuté de leurs liens "
    "en matière de défense.\n"
    "Les relations entre la Russie et la Corée du Nord remontent à la création du Nord en 1948.\n"
    "Les experts étrangers pensent que les deux pays cherchaient à conclure des accords de "
    "transfert d’armes."
)
VAULT = (
    "The Svalbard Global Seed Vault opened in 2008 on the Norwegian island of Spitsbergen.\n"
    "In 1984 the Nordic Gene Bank began storing seeds in an abandoned coal mine nearby.\n"
    "The Crop Trust pays for the running costs of the vault.\n"
    "Norway funded the construction, which cost about 45 million kroner.\n"
    "According to the Crop Trust, Norway plans to expand the vault next year."
)

# A merge of two source facts may be reported as "merged", or as the entity missing from the
# sentence that supports the rest (a name, number or date), or as a role swap: all are right.
MERGED = ("merged", "entity", "role_swap", "number", "date")
FRENCH = [
    # supported paraphrases
    (("Sergueï Lavrov, chef de la diplomatie russe, est arrivé mercredi en Corée du Nord, "
     "selon Tass."), None),
    ("Lavrov avait accompagné Vladimir Poutine à Pékin plus tôt dans la semaine.", None),
    ("En septembre, Kim a rencontré Poutine au cosmodrome de Vostochny, en Russie.", None),
    (("Selon la Maison Blanche, Pyongyang a livré à la Russie plus de 1 000 conteneurs "
     "d’équipements militaires."), None),
    ("Les liens entre les deux pays datent de 1948, année de la création du Nord.", None),
    # unsupported: numbers, dates, entities
    ("La Corée du Nord a livré plus de 2 000 conteneurs à la Russie.", "number"),
    ("Lavrov est arrivé mardi en Corée du Nord.", "date"),
    ("Lavrov est arrivé mercredi au Japon, selon Tass.", "entity"),
    # role swaps: another actor, reversed giver and receiver
    ("Plus tôt dans la semaine, Poutine a accompagné Lavrov à Pékin.", "role_swap"),
    ("La Russie a livré plus de 1 000 conteneurs d’équipements militaires à la Corée du Nord.",
     "role_swap"),
    # role swaps read through coordination ("et a inspecté": Kim) and nouns ("invitation de Kim")
    ("Poutine a inspecté des avions de combat dans une usine aéronautique.", "role_swap"),
    # a present-tense verb that fr_core_news_sm tags ADJ after a name is still read as the verb
    ("Vladimir Poutine inspecte des avions de combat dans une usine aéronautique.", "role_swap"),
    ("Kim inspecte des avions de combat dans une usine aéronautique.", None),
    ("Kim a rencontré Poutine au cosmodrome Vostochny, puis a inspecté des avions de combat.",
     None),
    ("Poutine a invité Kim à se rendre en Corée du Nord.", "role_swap"),
    ("Kim a invité Poutine à se rendre en Corée du Nord.", None),
    # an action the source does not state (its actor and the rest of the sentence are in it)
    ("Lavrov a renoncé mercredi à ses activités diplomatiques.", "predicate"),
    ("Poutine a refusé une invitation de Kim à se rendre en Corée du Nord.", "predicate"),
    ("Lavrov doit annuler sa visite en Corée du Nord, selon Tass.", "predicate"),
    # ... but a verb of the same family, or a noun of the same stem, is the same action
    (("Selon la Maison Blanche, Pyongyang a fourni plus de 1 000 conteneurs d’équipements "
      "militaires à la Russie."), None),
    # a title the source gives no one; an action the source denies, stated (and kept denied)
    ("Le sénateur Sergueï Lavrov est arrivé mercredi en Corée du Nord.", "entity"),
    ("Le moment de la visite de Poutine en Corée du Nord a été annoncé.", "polarity"),
    ("Le moment de la visite de Poutine en Corée du Nord n’a pas été annoncé.", None),
    # a participle takes the clause's subject, not the name just before it
    ("Kim a vu Poutine au cosmodrome Vostochny, inspectant des avions de combat.", None),
    # "pour + infinitive" linking two things the source says invents the intent
    (("Lavrov est arrivé mercredi en Corée du Nord pour livrer des conteneurs d’équipements "
      "militaires."), ("intent", *MERGED)),
    # merged events: Lavrov given Kim's September trip
    ("Lavrov a rencontré Poutine au cosmodrome Vostochny en septembre.", MERGED),
    # invented cause, intent, judgement
    # (Moscou is held by no sentence saying the arrival: "l'agence russe" is no capital's
    # country, so the entity may be the reason given first)
    ("Lavrov est arrivé mercredi en Corée du Nord parce que Moscou manque de munitions.",
     ("cause", "entity")),
    ("Lavrov est arrivé mercredi en Corée du Nord afin de signer un accord.", "intent"),
    ("Cette visite historique de Lavrov en Corée du Nord a eu lieu mercredi.", "judgement"),
    # a speaker the source does not give for this content; the one it gives
    (("Le gouvernement russe a affirmé que la Corée du Nord avait livré plus de 1 000 "
      "conteneurs d’équipements militaires à la Russie."), "speaker"),
    ("Selon Tass, la Corée du Nord a livré plus de 1 000 conteneurs à la Russie.",
     ("speaker", "entity")),
    (("La Maison Blanche a affirmé que la Corée du Nord avait livré plus de 1 000 conteneurs "
      "à la Russie."), None),
    # stated as done what the source states as planned, sought or not yet announced
    ("Poutine s’est rendu en Corée du Nord à l’invitation de Kim.", "modality"),
    ("Les experts pensent que les deux pays ont conclu des accords de transfert d’armes.",
     "modality"),
    ("Les experts pensent que les deux pays cherchaient à conclure des accords.", None),
]
ENGLISH = [
    ("The Svalbard Global Seed Vault opened on Spitsbergen in 2008.", None),
    ("Nearby, the Nordic Gene Bank started keeping seeds in an old coal mine in 1984.", None),
    ("The Svalbard Global Seed Vault opened in 1984.", MERGED),
    ("The vault opened in 2010 on Spitsbergen.", "number"),
    ("The vault's running costs are paid by the Crop Trust.", None),
    ("Norway pays for the running costs of the Crop Trust.", MERGED),
    ("The vault opened in 2008 because Norway feared a global famine.", "cause"),
    ("The iconic vault opened in 2008 on Spitsbergen.", "judgement"),
    ("The Norwegian king opened the vault in 2008.", "entity"),
    ("Norway sold the vault to the Crop Trust.", ("predicate", *MERGED)),
    ("Norway did not fund the construction, which cost about 45 million kroner.", "polarity"),
    ("Norway funded the construction, which cost about 45 million kroner.", None),
    ("According to the Crop Trust, Norway funded the construction.", "speaker"),
    ("According to the vault's staff, Norway will expand the vault next year.", "speaker"),
    ("Norway expanded the vault last year.", ("modality", "date", "no_support")),
    ("According to the Crop Trust, Norway plans to expand the vault next year.", None),
]


def _tuple(kind) -> tuple[str, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kinds(sentence: str, source: str, lang: str) -> list[str]:
    [verdict] = ground_sentences([sentence], source_sentences(source, lang), lang)
    return [r.kind for r in verdict.reasons]


@pytest.mark.parametrize(("sentence", "kind"), FRENCH)
def test_french_sentence(sentence, kind):
    kinds = _kinds(sentence, LAVROV, "fr")
    assert kinds == [] if kind is None else set(kinds) & set(_tuple(kind)), kinds


@pytest.mark.parametrize(("sentence", "kind"), ENGLISH)
def test_english_sentence(sentence, kind):
    kinds = _kinds(sentence, VAULT, "en")
    assert kinds == [] if kind is None else set(kinds) & set(_tuple(kind)), kinds


def test_flagged_source_sentence_is_no_support():
    """A source sentence excluded (the injection detector's seam) cannot support anything."""
    sentences = source_sentences(LAVROV, "fr")
    claim = "Lavrov a accompagné Vladimir Poutine à Pékin plus tôt dans la semaine."
    [kept] = ground_sentences([claim], sentences, "fr")
    [dropped] = ground_sentences([claim], sentences, "fr", exclude={1})
    assert kept.supported and not dropped.supported


def test_report_lists_unsupported_sentence_with_closest_source_sentence():
    from seo_kit.score import score

    variant = ("# Lavrov en Corée du Nord\n\nLavrov est arrivé mercredi en Corée du Nord, selon "
               "Tass.\n\nPlus tôt dans la semaine, Poutine a accompagné Lavrov à Pékin.")
    report = score(variant, lang="fr", keyphrase="Lavrov", source=LAVROV)
    check = report["grounding"]
    assert check.rating == "bad"
    [bad] = check.value["unsupported"]
    assert bad["reasons"][0]["kind"] == "role_swap"
    assert "Lavrov a accompagné" in bad["closest"]
    frame = report.to_frame()
    assert "grounding" in set(frame["id"])
    assert '"role_swap"' in report.to_json()


def test_no_source_no_check():
    from seo_kit.score import score

    assert "grounding" not in score("Lavrov est arrivé mercredi.", lang="fr")


def test_ground_rejects_unknown_language():
    with pytest.raises(ValueError, match="'fr' or 'en'"):
        ground("Hallo.", "Hallo.", "de")
