"""The readability repair (seo_kit.rewrite.readable): long sentences split, never made false."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from seo_kit.rewrite.draft import Draft, Section
from seo_kit.rewrite.ground import Source
from seo_kit.rewrite.readable import (
    LONG_SENTENCE,
    TRANSITION_TARGET,
    add_transitions,
    long_share,
    shorten_sentences,
    split_at_marks,
)

pytest.importorskip("spacy")

SOURCE = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée "
          "du Nord, selon l’agence de presse officielle russe Tass. Au cours de sa visite de deux "
          "jours, il doit rencontrer la ministre nord-coréenne des Affaires étrangères Choe Son "
          "Hui, a rapporté l’agence RIA Novosti.")
LONG = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
        "Nord et, au cours de sa visite de deux jours, il doit rencontrer Choe Son Hui.")


@pytest.mark.parametrize("sentence, pieces", [
    (("Lavrov est arrivé mercredi en Corée du Nord pour deux jours; il doit rencontrer Choe "
     "Son Hui à Pyongyang."),
     ["Lavrov est arrivé mercredi en Corée du Nord pour deux jours.",
      "Il doit rencontrer Choe Son Hui à Pyongyang."]),
    (("Les deux pays ont discuté de leurs liens en matière de défense, mais ils n’ont divulgué "
     "aucune mesure."),
     ["Les deux pays ont discuté de leurs liens en matière de défense.",
      "Mais ils n’ont divulgué aucune mesure."]),
    ("Lavrov est arrivé; il repart.", ["Lavrov est arrivé; il repart."]),  # parts too short
    ("Lavrov est arrivé mercredi en Corée du Nord.", [("Lavrov est arrivé mercredi en Corée du "
                                                      "Nord.")]),
])
def test_split_at_marks_cuts_where_the_punctuation_joins_two_clauses(sentence, pieces) -> None:
    assert split_at_marks(sentence, lang="fr") == pieces


# Never cut where a piece is no sentence (2026-12-02, on the corpus's own sentences): inside a
# quotation, before a clause on "that"/"que", after a relative's subject, into a bare noun
# ("Dans larve, …": "la" read in "larve"), or a relative of two nouns given to the last one
# ("Ces Russes servaient de « mules »" for "deux Polonais et deux Russes qui servaient…").
@pytest.mark.parametrize("lang, sentence", [
    ("fr", ("« Le climat est l’affaire de tous, c’est un travail entre la mairie et les habitants "
           "» a ensuite déclaré le maire de Lyon.")),
    ("en", ("The board gave two reasons: first, that the plant had lost money for years; second, "
           "that the site would be sold to the city.")),
    ("fr", ("Le ministre a promis deux choses : d’abord, que les écoles rouvriraient lundi ; "
           "ensuite, que les examens seraient maintenus en juin.")),
    ("fr", ("Aucun incident n’a été signalé, mais c’est ce que redoutent les riverains et les "
           "pompiers qui ont combattu l’incendie pendant trois jours.")),
    ("fr", ("Les chenilles étaient encore à l’état de larve, dans lequel elles avaient passé tout "
           "l’hiver sous la neige.")),
])
def test_no_cut_makes_a_piece_that_is_no_sentence(lang, sentence) -> None:
    assert split_at_marks(sentence, lang=lang) == [sentence]


def test_a_relative_on_two_nouns_is_not_given_to_the_last() -> None:
    from seo_kit.rewrite.readable import split_clauses

    sentence = ("La police a arrêté quatre personnes lors de l’enquête ; il s’agit de deux "
                "Polonais et de deux Russes qui servaient de « mules ».")
    assert split_clauses(sentence, lang="fr") == [sentence]


GOOD = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
        "Nord. Au cours de sa visite de deux jours, il doit rencontrer Choe Son Hui.")


@pytest.mark.parametrize("answer, split", [
    (GOOD, True),
    # a new fact (the place of the meeting) in one piece: not supported
    (GOOD.replace("Choe Son Hui.", "Choe Son Hui à Pékin."), False),
    # the role swapped: Choe is the one who arrived
    (("Choe Son Hui est arrivée mercredi en Corée du Nord. Elle doit rencontrer Sergueï Lavrov "
     "pendant deux jours."), False),
    # a fact lost (the two days)
    (("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
     "Nord. Il doit rencontrer Choe Son Hui."), False),
    (LONG, False),  # not split at all
    (f"{GOOD} {SOURCE}", False),  # a new text, not a split
])
def test_a_split_is_kept_only_when_every_piece_is_true_and_shorter(answer, split,
                                                                  step_session) -> None:
    draft = Draft("Lavrov en Corée du Nord", LONG, [Section("Une visite", "Lavrov arrive.")],
                  lead=SOURCE)
    session = step_session("split_sentence", [answer])
    count = asyncio.run(shorten_sentences(draft, Source.of(SOURCE, lang="fr"), session))
    assert [c["sentence"] for c in session.calls] == [LONG]
    assert (count, draft.intro) == ((1, GOOD) if split else (0, LONG))


def test_nothing_is_asked_when_sentences_are_short_enough(step_session) -> None:
    draft = Draft("Lavrov", "Lavrov est arrivé mercredi.", [Section("A", "Il repart jeudi.")])
    session = step_session("split_sentence", [""])
    assert asyncio.run(shorten_sentences(draft, Source.of(SOURCE, lang="fr"), session)) == 0
    assert session.calls == [] and long_share([LONG], lang="fr") == 1.0
    assert len(LONG.split()) > LONG_SENTENCE


def test_a_connector_never_takes_a_sentence_over_the_length_limit() -> None:
    """"En outre, au cours de la pandémie, la Corée du Nord a imposé…" (21 words with the
    connector: the CI article of session 5) — a connector goes before short sentences only."""
    from seo_kit.text import split_sentences

    long = ("Au cours de la pandémie, la Corée du Nord a imposé des contrôles stricts aux "
            "frontières pendant trois ans.")  # 19 words: 21 with a connector
    text = f"Lavrov est arrivé mercredi en Corée du Nord. {long}"
    source = Source.of(text, lang="fr", strict=True)
    draft = Draft("Lavrov", text, [Section("A", text)])
    add_transitions(draft, source)
    out = split_sentences(f"{draft.intro} {draft.sections[0].body}", lang="fr")
    assert long in out


def test_additive_connectors_lift_the_transition_share_and_stay_grounded() -> None:
    from seo_kit.lang import is_transition_sentence
    from seo_kit.text import split_sentences
    from seo_kit.text.tokens import tokenize

    short = ("Sergueï Lavrov est arrivé mercredi en Corée du Nord. La visite de Lavrov doit durer "
             "deux jours. Lavrov doit rencontrer Choe Son Hui à Pyongyang. Moscou et Pyongyang ont "
             "signé un accord en 2022.")  # short sentences: a connector keeps them short
    source = Source.of(short, lang="fr", strict=True)
    sentences = split_sentences(short, lang="fr")
    draft = Draft("Lavrov", " ".join(sentences[:2]), [Section("A", " ".join(sentences[2:]))])
    changed = add_transitions(draft, source)
    out = [s for part in (draft.intro, draft.sections[0].body)
           for s in split_sentences(part, lang="fr")]
    assert changed and len(out) == len(sentences)
    share = sum(is_transition_sentence(tokenize(s, lang="fr"), "fr") for s in out) / len(out)
    assert share >= TRANSITION_TARGET
    assert draft.intro.startswith(sentences[0])  # a paragraph's first sentence keeps its start
    assert all(v.supported for v in source.verdicts(out))
    new = [s for s in out if s not in sentences]
    assert all(s.split(",")[0] in ("Par ailleurs", "En outre", "De surcroît") for s in new)


def _yoast_transition_words(lang):
    """yoastseo's own transition-word list of ``lang`` (its npm package, as installed by
    bench/yoast_parity.py); skips when the oracle or node is absent."""
    import json
    import shutil
    import subprocess
    from pathlib import Path

    folders = sorted((Path.home() / ".cache" / "seo_kit").glob("yoast_oracle_*/node_modules"))
    if not folders or shutil.which("node") is None:
        pytest.skip("Yoast oracle not installed (run bench/yoast_parity.py)")
    config = folders[0] / f"yoastseo/build/languageProcessing/languages/{lang}/config"
    script = (f"const t=require({json.dumps(str(config / 'transitionWords.js'))});"
              "console.log(JSON.stringify(t.allWords || t.default))")
    done = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True,
                          timeout=60)
    return set(json.loads(done.stdout))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_additive_connector_counts_in_yoasts_own_list(lang):
    """The connectors are put in for Yoast's textTransitionWords: one Yoast does not know
    ("De plus," in French) raises seo_kit's count and leaves Yoast's where it was."""
    from seo_kit.rewrite.readable import ADDITIVE

    yoast = _yoast_transition_words(lang)
    assert [c for c in ADDITIVE[lang] if c.rstrip(",").lower() not in yoast] == []


@pytest.mark.parametrize("sentence, pieces", [
    (("Kim Jong-un s’est rendu en Russie en septembre, lorsqu’il a rencontré Vladimir Poutine "
     "au cosmodrome de Vostochny."),
     ["Kim Jong-un s’est rendu en Russie en septembre.",
      "Kim Jong-un a rencontré Vladimir Poutine au cosmodrome de Vostochny."]),
    ("Le maire a inauguré le nouveau tramway en mai, quand la préfète a visité la gare.",
     ["Le maire a inauguré le nouveau tramway en mai.", "La préfète a visité la gare."]),
    (("Au cours du voyage, les deux pays ont déclaré avoir discuté de leurs liens, mais n’ont "
     "divulgué aucune mesure spécifique."),
     ["Au cours du voyage, les deux pays ont déclaré avoir discuté de leurs liens.",
      "Mais les deux pays n’ont divulgué aucune mesure spécifique."]),
    (("Le ministre Sergueï Choïgu s’est rendu en Corée du Nord en juillet et le dirigeant "
     "Kim Jong-un s’est rendu en Russie en septembre."),
     ["Le ministre Sergueï Choïgu s’est rendu en Corée du Nord en juillet.",
      "Le dirigeant Kim Jong-un s’est rendu en Russie en septembre."]),
    (("Ce voyage était le premier voyage de Kim à l’étranger depuis la pandémie, au cours de "
      "laquelle la Corée du Nord a imposé des contrôles stricts aux frontières."),
     ["Ce voyage était le premier voyage de Kim à l’étranger depuis la pandémie.",
      "Au cours de la pandémie, la Corée du Nord a imposé des contrôles stricts aux frontières."]),
    # a subject of two names is not two clauses
    (("Après des décennies de relations, la Russie et la Corée du Nord se sont rapprochées "
     "depuis 2022."), None),
    # the parse's joints (seo_kit.rewrite.clauses): two verbs of one subject, the auxiliary
    # shared (the seed's) or not (unseen)
    (("Kim Jong-un a rencontré Vladimir Poutine au cosmodrome de Vostochny et inspecté des "
      "avions de combat dans une usine aéronautique."),
     ["Kim Jong-un a rencontré Vladimir Poutine au cosmodrome de Vostochny.",
      "Kim Jong-un a inspecté des avions de combat dans une usine aéronautique."]),
    (("Lors de sa visite en Russie, Kim a rencontré Poutine au cosmodrome russe Vostochny et a "
      "inspecté des avions de combat."),
     ["Lors de sa visite en Russie, Kim a rencontré Poutine au cosmodrome russe Vostochny.",
      "Kim a inspecté des avions de combat."]),
    (("Le maire de Lille a inauguré mardi la nouvelle ligne de tramway et visité le chantier "
      "de la future gare avec les élus."),
     ["Le maire de Lille a inauguré mardi la nouvelle ligne de tramway.",
      "Le maire de Lille a visité le chantier de la future gare avec les élus."]),
    # the shared auxiliaries are all said again, a passive stays passive ("Lavrov a escorté
    # par…" was written, 2026-12-02); a finite second verb takes none ("Lavrov est
    # rencontrera" was written); a name the parse tags as a verb is no joint ("La ministre a
    # Choe Son Hui a salué…" was written); a reflexive first verb does not lend "s'est"
    (("Sergueï Lavrov a été accueilli à Pyongyang et escorté par Choe Son Hui jusqu’au palais "
      "des congrès."),
     ["Sergueï Lavrov a été accueilli à Pyongyang.",
      "Lavrov a été escorté par Choe Son Hui jusqu’au palais des congrès."]),
    (("Le projet de loi a été adopté par les députés en juin et rejeté par les sénateurs en "
      "octobre dernier."),
     ["Le projet de loi a été adopté par les députés en juin.",
      "Le projet de loi a été rejeté par les sénateurs en octobre dernier."]),
    (("Sergueï Lavrov est arrivé mercredi à Pyongyang et rencontrera la ministre Choe Son Hui "
      "au cours de sa visite de deux jours."),
     ["Sergueï Lavrov est arrivé mercredi à Pyongyang.",
      "Lavrov rencontrera la ministre Choe Son Hui au cours de sa visite de deux jours."]),
    (("La ministre a accueilli Lavrov à l’aéroport et Choe Son Hui a salué sa venue devant la "
      "presse."), None),
    (("Kim s’est rendu en Russie en septembre et rencontré Vladimir Poutine au cosmodrome de "
      "Vostochny."), None),
    # a relative clause on "qui" that ends the sentence: its noun after a demonstrative
    (("Plus tôt dans la semaine, Lavrov a accompagné le président Vladimir Poutine lors d’une "
      "visite à Pékin qui a souligné le soutien chinois à Moscou."),
     [("Plus tôt dans la semaine, Lavrov a accompagné le président Vladimir Poutine lors d’une "
      "visite à Pékin."), "Cette visite a souligné le soutien chinois à Moscou."]),
    (("La ministre a présenté un plan de relance qui prévoit trois milliards d’euros pour les "
     "hôpitaux."), ["La ministre a présenté un plan de relance.",
                   "Ce plan prévoit trois milliards d’euros pour les hôpitaux."]),
    # the demonstrative takes the noun's gender, the noun's or its determiner's; "l'agence"
    # tells none, so no cut ("Cet agence a publié…" was written, engine10, 2026-12-02)
    (("Le ministre a été reçu mercredi par les responsables de l’agence de presse officielle "
      "qui a publié un long communiqué sur sa visite."), None),
    (("Le ministre a rencontré mercredi les dirigeants de l’entreprise publique qui a construit "
      "le nouveau cosmodrome en Sibérie."),
     ["Le ministre a rencontré mercredi les dirigeants de l’entreprise publique.",
      "Cette entreprise a construit le nouveau cosmodrome en Sibérie."]),
    # not cut where the parse may hang "qui" on the wrong noun: the verb agrees with another
    # ("Ces particuliers rapporterait…", corpus text 10, 2026-12-02), or two nouns agree with it
    (("Dans ces mesures, apparait une surtaxe exceptionnelle des particuliers soumis à l’ISF "
      "qui rapporterait 2,3 milliards d’euros en 2012."), None),
    (("Les ministres ont présenté les mesures fiscales du gouvernement qui visent surtout les "
      "ménages aisés du pays."), None),
    # a clause after "dans lesquels" with its own subject
    (("Lavrov est arrivé mercredi, le dernier d’une vague d’activités entre les deux pays dans "
      "lesquels le ministre Sergueï Choïgu s’est rendu en Corée du Nord en juillet."),
     ["Lavrov est arrivé mercredi, le dernier d’une vague d’activités entre les deux pays.",
      "Le ministre Sergueï Choïgu s’est rendu en Corée du Nord en juillet."]),
    # not cut: a restrictive relative inside the subject, a second verb under a verb of
    # saying (whose subject it is not), a reporting clause the second piece would lose
    ("Les pays qui ont signé l’accord se sont engagés à réduire leurs émissions.", None),
    (("La Maison Blanche a déclaré que Kim avait livré des munitions à Moscou et reçu des "
      "technologies russes."), None),
    (("Kim a rencontré Poutine au cosmodrome de Vostochny et inspecté des avions de combat, a "
      "rapporté l’agence Tass."), None),
])
def test_clause_joints_are_cut_with_the_subject_said(sentence, pieces) -> None:
    from seo_kit.rewrite.readable import split_clauses

    names = ("Kim Jong-un", "Vladimir Poutine", "Sergueï Choïgu", "Russie", "Corée du Nord",
             "Kim", "Poutine", "Lavrov", "Lille", "Pékin", "Moscou", "Choe Son Hui",
             "Pyongyang")
    assert split_clauses(sentence, lang="fr", names=names) == (pieces or [sentence])


@pytest.mark.parametrize("counts, expected", [
    ([40, 40, 40], [[40, 40, 40]]),  # 120 words: one paragraph
    ([60, 60, 60, 30], [[60, 60], [60, 30]]),  # 210: cut nearest the middle
    ([100, 100, 100, 100], [[100], [100], [100], [100]]),  # each piece cut again
    ([200], [[200]]),  # one sentence: nothing to cut
])
def test_split_paragraphs(counts, expected) -> None:
    from seo_kit.rewrite.draft import Draft, Section
    from seo_kit.rewrite.readable import split_paragraphs

    sentence = lambda n, i: " ".join(["Le"] + ["mot"] * (n - 2) + [f"fin{i}."])
    body = " ".join(sentence(n, i) for i, n in enumerate(counts))
    draft = Draft("H1", "", [Section("Partie", f"{body}\n\n- une liste")])
    split_paragraphs(draft, lang="fr")
    paragraphs = draft.sections[0].body.split("\n\n")
    assert paragraphs[-1] == "- une liste"
    got = [[len(s.split()) for s in p.split(". ")] for p in paragraphs[:-1]]
    assert got == expected


# Paragraphs of one sentence each (verbatim source paragraphs, as the engine puts them back):
# before, a connector went only between two sentences of one paragraph, so none went in and the
# seed's variant stayed at 29.5 % (Yoast textTransitionWords needs 30 %).
ONE_SENTENCE_PARAGRAPHS = [
    ("fr", ["Sergueï Lavrov est arrivé mercredi en Corée du Nord.",
            "Lavrov doit rencontrer Choe Son Hui à Pyongyang.",
            "Moscou et Pyongyang ont signé un accord en 2022.",
            "Le ministre russe de la Défense Sergueï Choïgu s’est rendu en Corée en juillet."]),
    ("fr", ["Le gouvernement a annoncé une hausse des impôts.",
            "La surtaxe touchera les particuliers soumis à l’ISF.",
            "Elle rapporterait 2,3 milliards d’euros.",
            "Les entreprises paieront une taxe sur les dividendes.",
            "Le projet sera présenté au Parlement en octobre."]),
    ("fr", ["La centrale de Fukushima a subi un accident en 2011.",
            "Les réacteurs ont été arrêtés.",
            "Des milliers d’habitants ont quitté la région.",
            "Le site sera démantelé en quarante ans."]),
    ("en", ["Mozilla released a new version of Firefox on Tuesday.",
            "The browser now blocks trackers by default.",
            "Volunteers translated it into 90 languages.",
            "The next version is due in six weeks."]),
]


@pytest.mark.parametrize("lang, sentences", ONE_SENTENCE_PARAGRAPHS)
def test_a_connector_may_open_a_paragraph_that_goes_on_under_the_same_heading(lang, sentences):
    from seo_kit.lang import is_transition_sentence
    from seo_kit.text import split_sentences
    from seo_kit.text.tokens import tokenize

    source = Source.of(" ".join(sentences), lang=lang, strict=True)
    listed = "- Une ligne de liste." if lang == "fr" else "- A list line."
    body = "\n\n".join(sentences)
    draft = Draft("T", sentences[0], [Section("A", f"{body}\n\n{listed}")])
    add_transitions(draft, source)
    paragraphs = [p for p in draft.sections[0].body.split("\n\n") if p.strip()]
    assert paragraphs[-1] == listed  # a list is left as it is
    out = [s for p in paragraphs[:-1] for s in split_sentences(p, lang=lang)]
    assert len(out) == len(sentences) and out[0] == sentences[0]  # the first after the heading
    holds = [is_transition_sentence(tokenize(s, lang=lang), lang) for s in out]
    assert sum(holds) / len(out) >= TRANSITION_TARGET
    assert not any(a and b for a, b in itertools.pairwise(holds))  # never two in a row
    assert all(v.supported for v in source.verdicts(out))
    assert all(s in sentences or s.split(",")[0] in ("Par ailleurs", "En outre", "De surcroît",
                                                     "Also", "Moreover", "In addition")
               for s in out)


# (H1, standfirst, sections): the scorer, like Yoast, counts the H1, each subheading and each
# list line as a sentence; counting the body alone, the connector step stopped short of the
# target (the seed's variant of 2026-12-02: 34 % by its count, 29.8 % by Yoast's, 14 of 47).
HEADED_DRAFTS = [
    ("fr", "Lavrov en Corée du Nord", "Sergueï Lavrov est arrivé mercredi en Corée du Nord.", [
        ("La visite de Lavrov", ("Lavrov doit rencontrer Choe Son Hui à Pyongyang. La visite doit "
         "durer deux jours. Lavrov est venu en Corée du Nord en 2018. Il avait vu Kim Jong-un.")),
        ("La visite de Choïgu", ("Sergueï Choïgu est venu en Corée du Nord en juillet. Il a vu un "
         "défilé militaire. Il a rencontré Kim Jong-un. Il est reparti le lendemain.")),
        ("Kim en Russie", ("Kim Jong-un s’est rendu en Russie en septembre. Il a vu Vladimir "
         "Poutine. Il a visité une usine. Son voyage a duré six jours."))]),
    ("fr", "La hausse des impôts", "Le gouvernement a annoncé une hausse des impôts.", [
        ("La surtaxe", ("La surtaxe touchera les particuliers. Elle rapporterait deux milliards. "
         "Elle durera deux ans. Elle sera votée en octobre.")),
        ("Les entreprises", ("Les entreprises paieront une taxe. Elle porte sur les dividendes. "
         "Le taux est de trois pour cent. Les petites entreprises en sont exemptées.")),
        ("Le calendrier", ("Le projet sera présenté en octobre. Le Parlement le votera en "
         "décembre. La loi entrera en vigueur en janvier. Un bilan suivra en juin."))]),
    ("en", "Mozilla ships Firefox", "Mozilla released a new version of Firefox on Tuesday.", [
        ("Trackers", ("The browser now blocks trackers. It does so by default. Users can turn it "
         "off. The setting is in the menu.")),
        ("Languages", ("Volunteers translated it into 90 languages. The work took a year. Most "
         "volunteers are students. Some of them are teachers.")),
        ("Next steps", ("The next version is due in six weeks. It will add a new menu. The menu "
         "was asked for by users. The beta opens in May."))]),
]


@pytest.mark.parametrize("lang, h1, intro, sections", HEADED_DRAFTS)
def test_the_transition_share_is_counted_over_the_whole_text_as_yoast_counts_it(lang, h1, intro,
                                                                                 sections):
    from seo_kit.lang import is_transition_sentence
    from seo_kit.text.document import parse

    text = " ".join([intro, *(body for _, body in sections)])
    source = Source.of(text, lang=lang, strict=True)
    draft = Draft(h1, intro, [Section(h, body) for h, body in sections])
    assert add_transitions(draft, source)
    sentences = parse(draft.markdown(), lang=lang).sentences
    held = sum(is_transition_sentence(s.tokens, lang) for s in sentences)
    assert held / len(sentences) >= TRANSITION_TARGET
    assert all(v.supported for v in source.verdicts(
        [s.text for s in sentences if s.text not in (h1, *(h for h, _ in sections))]))


# A sentence of four clauses (the seed's 62-word lede: an apposition ranking the event, "dans
# lesquels …", "… et le dirigeant …") needs three cuts; with two, a 32-word piece stayed.
FOUR_CLAUSES = [
    ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
     "Nord, selon l’agence de presse officielle russe Tass, le dernier d’une vague d’activités "
     "diplomatiques entre les deux pays dans lesquels le ministre russe de la Défense Sergueï "
     "Choïgu s’est rendu en Corée du Nord en juillet et le dirigeant nord-coréen Kim Jong-un "
     "s’est rendu en Russie en septembre."),
]


@pytest.mark.parametrize("sentence", FOUR_CLAUSES)
def test_a_sentence_of_four_clauses_is_cut_three_times(sentence) -> None:
    from seo_kit.rewrite.readable import _split_deep

    source = Source.of(sentence, lang="fr", strict=True)
    pieces = _split_deep(sentence, source, "fr")
    assert len(pieces) == 4, pieces
    assert all(v.supported for v in source.verdicts(pieces))


# "…, lorsqu'il a …" cut with the main clause's subject said again: only when that subject can
# be the pronoun (its number); "Les autorités a rencontré Staline" passed the checks before.
@pytest.mark.parametrize("sentence", [
    ("Les autorités soviétiques ont nommé Kim Il Sung premier dirigeant du pays en 1948, lorsqu’il "
    "a rencontré Staline à Moscou."),
    ("Les deux ministres ont signé un accord de défense à Pyongyang en juin, lorsqu’il a reçu la "
    "délégation russe."),
    ("Les experts ont visité la centrale de Fukushima en mars, lorsqu’elle a rouvert ses portes "
    "au public."),
])
def test_a_when_clause_is_not_given_a_subject_of_another_number(sentence) -> None:
    from seo_kit.rewrite.readable import split_clauses

    source = Source.of(sentence, lang="fr", strict=True)
    assert split_clauses(sentence, lang="fr", names=source.names) == [sentence]


@pytest.mark.parametrize("text, untouched, lowered", [
    # the sentences inside « … » are the agent's words: no connector of ours goes in
    (("Anne Valère a annulé son concert de Lyon. Selon son agent, « Elle a beaucoup travaillé "
      "ces derniers mois. Elle voulait chanter à Lyon. Les médecins lui demandent du repos ». "
      "Les billets seront remboursés."),
     ["Elle voulait chanter à Lyon.", "Les médecins lui demandent du repos »."], None),
    # a common noun that opens the sentence is no name: it loses its capital after a connector
    (("Anne Valère a annulé son concert de Lyon. Elle reprendra sa tournée en juin. Chanteuse "
      "populaire depuis dix ans, elle remplit les salles."),
     [], "chanteuse populaire depuis dix ans"),
])
def test_connectors_stay_out_of_quotations_and_lower_common_nouns(text, untouched,
                                                                 lowered) -> None:
    from seo_kit.text import split_sentences

    source = Source.of(text, lang="fr")
    draft = Draft("Anne Valère", split_sentences(text, lang="fr")[0],
                  [Section("A", " ".join(split_sentences(text, lang="fr")[1:]))])
    add_transitions(draft, source)
    out = split_sentences(draft.sections[0].body, lang="fr")
    assert all(s in out for s in untouched), out
    assert not any(s.startswith(("Par ailleurs, C", "En outre, C", "De surcroît, C"))
                   for s in out), out
    if lowered:
        assert any(f", {lowered}" in s for s in out), out


def test_a_long_paragraph_is_never_cut_inside_a_quotation() -> None:
    from seo_kit.rewrite.readable import split_paragraphs

    words = " ".join(["mot"] * 40)
    body = (f"Le maire parle {words} fin. Il ajoute : « Nous {words} fin. Puis {words} fin. "
            f"Enfin {words} fin ». Le préfet répond {words} fin.")
    draft = Draft("H1", "", [Section("Partie", body)])
    split_paragraphs(draft, lang="fr")
    for paragraph in draft.sections[0].body.split("\n\n"):
        assert paragraph.count("«") == paragraph.count("»"), paragraph


def test_no_connector_inside_a_quotation_opened_a_paragraph_before() -> None:
    from seo_kit.text import split_sentences

    text = ("Anne Valère a annulé son concert de Lyon. Selon son agent, « Elle a beaucoup "
            "travaillé ces derniers mois.\n\nElle voulait chanter à Lyon. Les médecins lui "
            "demandent du repos ». Les billets seront remboursés.")
    source = Source.of(text.replace("\n\n", " "), lang="fr")
    first, rest = text.split(". ", 1)
    draft = Draft("Anne Valère", first + ".", [Section("A", rest)])
    add_transitions(draft, source)
    out = split_sentences(draft.sections[0].body.replace("\n\n", " "), lang="fr")
    assert "Elle voulait chanter à Lyon." in out and "Les médecins lui demandent du repos »." in out
