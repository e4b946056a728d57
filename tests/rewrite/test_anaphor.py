"""A moved source sentence that leans on the one before it ("However, even those games…",
"Les trois autres communes…", "Ces mesures…") stays with its antecedent or is left out
(seo_kit.rewrite.anaphor), in both languages; a meta description never opens on one."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.anaphor import keep_with_antecedents, leans_back
from seo_kit.rewrite.draft import Draft, Section
from seo_kit.rewrite.ground import Source
from seo_kit.rewrite.meta import fallback_meta

pytest.importorskip("spacy")


@pytest.mark.parametrize("sentence, lang, expected", [
    ("However, even those games that may be released must be made with open web technologies.",
     "en", True),  # corpus text 14
    ("Les trois autres communes ne présentaient pas de papillons.", "fr", True),  # text 02
    ("Ces mesures rapporteraient 2 milliards d'euros.", "fr", True),
    ("Cet accord a été signé à Pékin.", "fr", True),
    ("Moreover, these games must be open.", "en", True),  # past our own connector
    # past any transition opener (corpus text 02's scripted meta: "Papillons mutants :
    # Ensuite, les trois autres communes…")
    ("Ensuite, les trois autres communes ne présentaient pas de papillons.", "fr", True),
    ("Then, these games had to be open.", "en", True),
    ("Ensuite, le gouvernement a présenté son budget.", "fr", False),
    ("The other two communes had none.", "en", True),
    ("This led to boycotts and protests.", "en", True),
    ("Les deux pays ont signé un accord.", "fr", True),
    ("Cependant, le gouvernement a refusé.", "fr", True),
    # a demonstrative inside the subject (the meta of corpus text 02: "Papillons mutants :
    # L'origine ces mutations…")
    ("L'origine de ces mutations est facilement identifiable.", "fr", True),
    ("The origin of these mutations is easy to find.", "en", True),
    ("Le gouvernement a annoncé cette semaine une hausse des impôts.", "fr", False),
    ("Cette année, la Russie a signé un accord.", "fr", False),  # a time, not a sentence
    ("This week, Mozilla announced a deal.", "en", False),
    ("Mozilla announced a deal with Cisco Systems.", "en", False),
    ("Le président russe a signé le décret.", "fr", False),
    ("Orange a annoncé une hausse de ses tarifs.", "fr", False),
    ("Thessaloniki hosts the summit.", "en", False),
])
def test_leans_back(sentence, lang, expected) -> None:
    assert leans_back(sentence, lang) is expected


EN = ("Mozilla is a free-software community created by members of Netscape. "
      "In December 2013, Mozilla announced funding for the development of non-free games. "
      "However, even those games must be made with open web technologies and Javascript. "
      "In 2014, Mozilla promoted Brendan Eich to the role of chief executive. "
      "Eich previously donated 1,000 dollars to a campaign against same-sex marriage. "
      "This led to boycotts from 50,000 people and protests in 2014.")
FR = ("Des chercheurs ont étudié des papillons dans dix communes de la région de Fukushima. "
      "Dans six communes, les papillons présentaient des mutations des ailes et des yeux. "
      "Les trois autres communes ne présentaient pas de papillons mutants. "
      "Le gouvernement a annoncé une surtaxe des grandes entreprises en 2011. "
      "Ces mesures rapporteraient 2,3 milliards d'euros à l'État en 2012. "
      "Cette décision a provoqué la colère des patrons.")
SENTENCES = {"en": Source.of(EN, lang="en").sentences, "fr": Source.of(FR, lang="fr").sentences}


def _draft(parts: list[list[int]], lang: str) -> Draft:
    said = SENTENCES[lang]
    texts = [" ".join(said[i] for i in part) for part in parts]
    return Draft("Titre", texts[0], [Section("", t, t) for t in texts[1:]])


@pytest.mark.parametrize("lang, parts, expected, counts", [
    # moved after an unrelated sentence, its antecedent in another section: right after it
    ("en", [[0], [1, 3], [2, 4]], [[0], [1, 2, 3], [4]], (1, 0, 0)),
    ("fr", [[0], [1, 3], [2, 4]], [[0], [1, 2, 3], [4]], (1, 0, 0)),
    # its antecedent nowhere in the draft, nothing of its own to lose: left out
    ("en", [[0], [3, 2]], [[0], [3]], (0, 0, 1)),
    ("fr", [[0], [1, 5]], [[0], [1]], (0, 0, 1)),
    # "trois" is a number only it states: its antecedent comes back before it
    ("fr", [[0], [3, 2]], [[0], [3, 1, 2]], (0, 1, 0)),
    # its antecedent nowhere, and a number and date only it states: the antecedent back before it
    ("en", [[0, 1, 2], [3, 5]], [[0, 1, 2], [3, 4, 5]], (0, 1, 0)),
    ("fr", [[0, 1, 2], [1, 4]], [[0, 1, 2], [1, 3, 4]], (0, 1, 0)),
    # the only sentence of the standfirst or of a section: moved or left out, it would leave
    # the part empty; it stays
    ("en", [[2], [0, 3]], [[2], [0, 3]], (0, 0, 0)),
    ("fr", [[0, 3], [2]], [[0, 3], [2]], (0, 0, 0)),
    # still after its antecedent (across a paragraph or section break too): left as it is
    ("en", [[0, 1], [2, 3]], [[0, 1], [2, 3]], (0, 0, 0)),
    ("fr", [[0, 1, 2], [3, 4]], [[0, 1, 2], [3, 4]], (0, 0, 0)),
])
def test_a_moved_sentence_that_leans_back_stays_with_its_antecedent(lang, parts, expected,
                                                                     counts) -> None:
    source = Source.of(EN if lang == "en" else FR, lang=lang)
    draft = _draft(parts, lang)
    assert keep_with_antecedents(draft, source) == counts
    assert draft.markdown() == _draft(expected, lang).markdown()


LONG = {"en": ("In December 2013, Mozilla announced funding for the development of non-free games "
               "through its Game Creator Challenge for the open web."),
        "fr": ("Des chercheurs japonais ont étudié des papillons mutants dans dix communes de la "
               "région de Fukushima après l'accident nucléaire de mars 2011.")}


@pytest.mark.parametrize("lang, text, keyphrase", [
    # the first sentence that fits (121–156 characters, the keyphrase) leans back
    ("en", ("However, even those games that Mozilla funds must be made with open web "
            f"technologies and Javascript as per the criteria of the announcement. {LONG['en']}"),
     "Mozilla"),
    ("fr", ("Les trois autres communes de la région ne présentaient en revanche pas de papillons "
            f"mutants ayant subi des mutations apparentes des ailes. {LONG['fr']}"),
     "papillons mutants"),
    ("fr", ("L'origine de ces mutations de papillons mutants est facilement identifiable, "
            f"l'accident nucléaire de Fukushima étant tout désigné par les chercheurs. {LONG['fr']}"),
     "papillons mutants"),
])
def test_a_meta_description_never_opens_on_a_sentence_that_leans_back(lang, text,
                                                                      keyphrase) -> None:
    """A whole sentence that fits and holds the keyphrase is there: the one that leans back
    (and the window it opens) comes after it. Only when nothing else fits does a snippet open
    on one (corpus text 10: every other candidate is under 121 characters)."""
    meta = fallback_meta(text, keyphrase, lang=lang)
    body = meta.split(": ", 1)[-1].split(" : ", 1)[-1]
    assert meta and not leans_back(body, lang), meta
