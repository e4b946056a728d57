"""SERP fields from a model's answer or from the grounded draft (seo_kit.rewrite.meta)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from seo_kit.rewrite.meta import (
    META_MAX,
    META_MIN,
    fallback_meta,
    fallback_title,
    parse_meta,
    slugify,
)
from seo_kit.rewrite.plan import DATELINE
from seo_kit.text import split_sentences

ROOT = Path(__file__).parents[2]
REQUEST = ROOT / "notebooks" / "data" / "article_request.txt"
CORPUS = Path(os.environ.get("SEO_KIT_CORPUS", ROOT.parent / "shared" / "corpus"))
SHORT = ("Sergueï Lavrov est arrivé mercredi en Corée du Nord. Il doit rencontrer Choe Son Hui "
         "pendant sa visite de deux jours. Lavrov s’était rendu dans le pays en 2018.")


@pytest.mark.parametrize("answer, expected", [
    ("Titre SEO : Lavrov à Pyongyang\nMéta-description : Une visite de deux jours.",
     ("Lavrov à Pyongyang", "Une visite de deux jours.")),
    ("**SEO title:** Lavrov in Pyongyang\n**Meta description:** A two-day visit.",
     ("Lavrov in Pyongyang", "A two-day visit.")),
    ("Rien d'utile", (None, None)),
])
def test_parse_meta(answer: str, expected) -> None:
    assert parse_meta(answer) == expected


def test_fallback_title_fits_the_serp_and_holds_the_keyphrase() -> None:
    title = fallback_title("Une visite diplomatique très suivie entre deux pays voisins et alliés",
                           "Lavrov", lang="fr")
    assert title.startswith("Lavrov : ") and len(title) <= 60
    assert not title.split()[-1] in ("et", "de", "entre")  # a complete phrase, not a cut one
    title = fallback_title("Lavrov est arrivé en Corée du Nord pour renforcer les relations",
                           None, 50, lang="fr")
    assert title == "Lavrov est arrivé en Corée du Nord"  # not "… pour renforcer": a whole phrase
    assert slugify("Lavrov en Corée du Nord : l’été 2018") == "lavrov-en-coree-du-nord-l-ete-2018"




@pytest.mark.parametrize("h1, keyphrase, lang, title", [
    # the H1 too long for "Keyphrase : H1": never cut mid-phrase ("hausse des impôts : Le
    # gouvernement français", corpus text 10, 2026-12-02), a claim-free title with the keyphrase
    ("Le gouvernement français annonce une hausse de la fiscalité", "hausse des impôts", "fr",
     "Hausse des impôts : le contexte"),
    ("France : les impôts augmenteront de 7,2 milliards d'euros en 2012", "hausse des impôts",
     "fr", "Hausse des impôts : le contexte"),
    # it fits: the keyphrase first, capitalised, the H1's determiner in lower case
    ("Le Kremlin reçoit Kim", "visite de Kim", "fr", "Visite de Kim : le Kremlin reçoit Kim"),
    ("Fukushima fait muter les papillons", "papillons mutants", "fr",
     "Papillons mutants : Fukushima fait muter les papillons"),
    # it holds the keyphrase already: its head before a complement when too long
    ("The Svalbard Global Seed Vault opened in 2008 on the Norwegian island of Spitsbergen",
     "seed vault", "en", "The Svalbard Global Seed Vault opened in 2008"),
    ("Lavrov arrive en Corée du Nord", "lavrov", "fr", "Lavrov arrive en Corée du Nord"),
    # a page name that says nothing the keyphrase does not is no head for it ("Mozilla
    # community: Mozilla", corpus text 14): a claim-free title with the keyphrase
    ("Ubuntu", "Ubuntu 12.10", "fr", "Ubuntu 12.10 : le contexte"),
    ("Hornsea", "Hornsea wind farm", "en", "Hornsea wind farm: the background"),
])
def test_fallback_title_is_a_whole_phrase(h1, keyphrase, lang, title) -> None:
    assert fallback_title(h1, keyphrase, lang=lang) == title


@pytest.mark.parametrize("text, keyphrase, meta", [
    # a sentence that opens on "Mais" links to one the snippet lacks: the opener goes
    (("Le premier ministre a revu les prévisions de croissance à la baisse pour 2012.\n\nMais "
      "Jean-Marc Ayrault a cependant réitéré l'engagement pris par le président de ramener les "
      "comptes publics à l'équilibre en 2017."), "Jean-Marc Ayrault",
     ("Jean-Marc Ayrault a cependant réitéré l'engagement pris par le président de ramener les "
      "comptes publics à l'équilibre en 2017.")),
    # no sentence holds the keyphrase: "Keyphrase : " before whole sentences, not a fragment
    (("Afin de pouvoir tenir ses engagements de retour du déficit public à 4,5 % du PIB à la fin "
      "de l'année 2012, le gouvernement français vient d'annoncer qu'il devra trouver 7,2 "
      "milliards d'euros supplémentaires.\n\nAutre mesure : 88 % des héritages seront exonérés, "
      "contre 95 % actuellement. Les entreprises paieront de leur côté 3 milliards d'euros de "
      "taxes nouvelles en 2012, selon le ministre du budget."), "hausse des impôts",  # no second colon: "X : autre mesure : …"
     ("Hausse des impôts : les entreprises paieront de leur côté 3 milliards d'euros de taxes "
      "nouvelles en 2012, selon le ministre du budget.")),
])
def test_fallback_meta_unlinks_and_holds_the_keyphrase(text, keyphrase, meta) -> None:
    assert fallback_meta(text, keyphrase, lang="fr") == meta


@pytest.mark.parametrize("lang, text, keyphrase, meta", [
    # the standfirst's two opening sentences fit: the news, not one sentence of the third
    # paragraph that fits alone
    ("fr", ("Le conseil municipal de Rennes a voté lundi la gratuité des bus. La mesure entrera "
            "en vigueur le 1er mars pour tous les habitants.\n\nLes commerçants du centre "
            "craignent une baisse de leur clientèle.\n\nSelon l'adjoint aux transports, la "
            "gratuité des bus à Rennes coûtera environ 12 millions d'euros par an à la métropole "
            "et à ses communes."), "Rennes",
     ("Le conseil municipal de Rennes a voté lundi la gratuité des bus. La mesure entrera en "
      "vigueur le 1er mars pour tous les habitants.")),
    ("en", ("The city council of Leeds voted on Monday to make buses free. The measure takes "
            "effect on 1 March for every resident of the city.\n\nShop owners in the centre "
            "fear they will lose customers.\n\nAccording to the transport officer, free buses "
            "in Leeds will cost the metropolitan area about 12 million pounds a year, paid from "
            "parking fees."), "Leeds",
     ("The city council of Leeds voted on Monday to make buses free. The measure takes effect "
      "on 1 March for every resident of the city.")),
])
def test_fallback_meta_takes_the_news_first(lang, text, keyphrase, meta) -> None:
    assert fallback_meta(text, keyphrase, lang=lang) == meta


def _texts() -> list[tuple[str, str, str]]:
    """(name, text, keyphrase): the request's article and the corpus texts when present."""
    out = [("seed", REQUEST.read_text(encoding="utf-8").split("\n", 1)[1], "Lavrov"),
           ("short", SHORT, "Choe Son Hui")]
    index = CORPUS / "INDEX.tsv"
    if index.is_file():
        for line in index.read_text(encoding="utf-8").splitlines()[1:]:
            name, lang, _, _, _, keyphrase = line.split("\t")
            if lang == "fr":
                text = (CORPUS / name).read_text(encoding="utf-8").split("\n", 3)[3]
                out.append((name, text, keyphrase))
    return out


@pytest.mark.parametrize("name, text, keyphrase", _texts(), ids=lambda v: str(v)[:20])
def test_fallback_meta_is_whole_sentences_or_clauses_of_a_good_length(name, text, keyphrase) -> None:
    meta = fallback_meta(text, keyphrase, lang="fr")
    sentences = {DATELINE.sub("", s) for line in text.split("\n")
                 for s in split_sentences(line, lang="fr")}
    assert "…" not in meta
    heads = {s[:m.start()] + "." for s in sentences for m in re.finditer(r"[,;] ", s)}
    # "Keyphrase : " before whole sentences when none holds the keyphrase
    led = f"{keyphrase[0].upper()}{keyphrase[1:]} : "
    said = meta.removeprefix(led)
    said = said[0].upper() + said[1:] if said != meta else said
    assert all(s in sentences | heads or s[0].lower() + s[1:] in sentences
               for s in split_sentences(said, lang="fr")), meta
    assert len(meta) <= META_MAX
    if any(keyphrase.lower() in s.lower() and len(s) <= META_MAX and s[-1] in ".!?»"
           for s in sentences):
        assert keyphrase.lower() in meta.lower(), meta  # held whenever a sentence can hold it
    if name == "short":  # 3 sentences of 50–65 characters: two give at most 117
        assert len(meta) == 117
    elif name != "seed":  # the raw seed's sentences with "Lavrov" are all long or very short
        assert len(meta) >= META_MIN, (len(meta), meta)


def test_fallback_meta_without_a_sentence_short_enough_ends_on_a_clause() -> None:
    long = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée "
            "du Nord, selon l’agence de presse officielle russe Tass, le dernier d’une vague "
            "d’activités diplomatiques entre les deux pays qui se sont rapprochés depuis 2022.")
    meta = fallback_meta(long, "Lavrov", lang="fr")
    assert len(meta) <= META_MAX and meta.endswith(".") and "…" not in meta


@pytest.mark.parametrize("sentence, keyphrase, expected", [
    # an apposition after the source: cut there, the keyphrase kept
    (("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
     "Nord, selon l’agence de presse officielle russe Tass, le dernier d’une vague d’activités "
     "diplomatiques entre les deux pays."), "Lavrov",
     ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
     "Nord, selon l’agence de presse officielle russe Tass.")),
    # never inside a list of names ("Belfius, ING, KBC"): after it
    (("D’après l’enquête, plus de 3 millions d’euros auraient été volés dans les banques belges "
     "que sont Belfius, ING, KBC, BNP Paribas Fortis et Argenta, selon le parquet fédéral de "
     "Bruxelles."), "banques belges",
     ("D’après l’enquête, plus de 3 millions d’euros auraient été volés dans les banques belges "
     "que sont Belfius, ING, KBC, BNP Paribas Fortis et Argenta.")),
])
def test_a_clause_head_stands_in_for_a_sentence_too_long(sentence, keyphrase, expected) -> None:
    assert fallback_meta(sentence, keyphrase, lang="fr") == expected


@pytest.mark.parametrize("lang, keyphrase, title", [
    ("fr", "Lavrov", "Lavrov : le contexte"),  # French: a space before the colon
    ("en", "Mozilla community", "Mozilla community: the background"),  # English: none (corpus
    # text 14 got "Mozilla community : the background" five times, 2026-12-02)
])
def test_claim_free_titles_follow_the_language_s_typography(lang, keyphrase, title) -> None:
    from seo_kit.rewrite.heading_rules import heading_from

    assert heading_from(keyphrase, lang=lang, taken=set()) == title
    assert fallback_title("x " * 40, keyphrase, lang=lang) == title
