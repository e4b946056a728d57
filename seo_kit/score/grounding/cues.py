"""Per-language word tables the grounding check reads: connectors that state a cause or an
intent, evaluative words that state a judgement, number words, months and weekdays.

A variant sentence that holds one of these while its supporting passage does not has added a
claim of its own (a cause, an intent or a judgement the source does not state). Lists written for
news prose; the French connectors follow the "connecteurs logiques de cause / de but" of French
grammars (Grevisse, Le Bon Usage §1138–1142), the English ones their usual equivalents.
Keys are lowercase; multi-word cues are matched on the lowercased sentence with word bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from seo_kit.lang._data import load_lines
from seo_kit.text.fold import fold

__all__ = ["ANAPHORIC_UNITS", "CAPITALS", "CAUSE", "CAUSE_VERBS", "DEMONYMS", "JUDGEMENT", "MONTHS",
           "NUMBER_WORDS", "ORDINALS", "PURPOSE", "SEATS", "TITLES", "WEEKDAYS", "Evaluative",
           "evaluative"]

# Connector → family. A variant's cue is supported when the passage holds a cue of the same family.
# Causal verbs ("provoquer", "entraîner") are predicates: the passage must say them (verbs.py).
CAUSE = {
    "fr": ("parce que", "parce qu", "car", "en raison de", "en raison d", "grâce à", "grâce au",
           "grâce aux", "à cause de", "à cause du", "à cause des", "du fait de", "du fait du",
           "puisque", "puisqu", "étant donné que", "vu que", "faute de", "suite à", "à la suite de",
           "en conséquence", "par conséquent", "c'est pourquoi", "c’est pourquoi", "ce qui explique",
           "s'explique par", "s’explique par", "motivé par",
           "en réponse à", "en réponse au", "en réponse aux", "en réaction à", "en réaction au",
           "en réaction aux", "en représailles", "donc"),
    "en": ("because", "due to", "owing to", "thanks to", "as a result", "therefore",
           "hence", "consequently", "caused by", "led to", "resulted in", "in response to",
           "in retaliation", "that is why", "which explains", "so that"),
}
# Verbs that state a cause by their lemma ("la visite a provoqué des spéculations", "prompting
# Norway to rebuild"): a "cause:<verb>" cue, held by a passage cause or by the verb's family
# ("lui a valu" for "lui a causé", verbs._FAMILIES). Verbs of one sense only: "mener", "conduire",
# "lead" also mean to guide or drive.
CAUSE_VERBS = {
    "fr": frozenset(["provoquer", "entrainer", "causer", "susciter", "declencher", "engendrer",
                     "occasionner"]),
    "en": frozenset(["prompt", "trigger", "spark"]),  # "cause" is a noun as often ("caused by")
}
PURPOSE = {
    "fr": ("afin de", "afin d", "afin que", "dans le but de", "dans le but d", "en vue de",
           "pour que", "de manière à", "de façon à", "dans l'objectif de", "dans l’objectif de",
           "avec l'intention de", "avec l’intention de", "visant à", "destiné à", "destinées à",
           "destinés à", "destinée à"),
    "en": ("in order to", "so as to", "with the aim of", "aimed at", "aiming to", "intended to",
           "with a view to", "in a bid to", "seeking to", "designed to"),
}
# Evaluative words a news rewrite must not add on its own: seo_kit/lang/data/{fr,en}_evaluative.txt
# (the table, by class, and the derivation rules of its forms), read by ``evaluative``.
JUDGEMENT_LANGS = ("fr", "en")


@dataclass(frozen=True)
class Evaluative:
    """One language's evaluative words as match keys (folded, lowercase, one apostrophe)."""
    lemmas: dict[str, str]  # adjective or noun, any form listed or derived → its table entry
    adverbs: dict[str, str]  # stance adverb → the adjective it comes from, or itself
    degree: frozenset[str]  # intensifiers: any one of them holds any other
    phrases: tuple[str, ...]  # several words, hyphens read as spaces


def _key(word: str) -> str:
    return fold(word).lower().replace("’", "'")


def _sections(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for line in load_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        out.setdefault(current, []).append(line)
    return out


def _feminine(adj: str) -> str:
    """French feminine of a masculine adjective by its ending (heureux → heureuse)."""
    for masc, fem in (("eux", "euse"), ("if", "ive"), ("el", "elle"), ("en", "enne"), ("on", "onne"),
                      ("er", "ère"), ("c", "que")):
        if adj.endswith(masc):
            return adj[: -len(masc)] + fem
    return adj if adj.endswith("e") else adj + "e"


def _adverb(adj: str, lang: str) -> str:
    """The manner adverb of an adjective: étonnant → étonnamment, évident → évidemment, vrai →
    vraiment, heureux → heureusement; remarkable → remarkably, lucky → luckily, tragic →
    tragically, sad → sadly."""
    if lang == "fr":
        if adj.endswith(("ant", "ent")):
            return adj[:-2] + "mment"
        return adj + "ment" if adj[-1] in "aeiouéiï" else _feminine(adj) + "ment"
    if adj.endswith("ic"):
        return adj + "ally"
    if adj.endswith("le") and adj[-3] not in "aeiou":
        return adj[:-1] + "y"
    if adj.endswith("y") and adj[-2] not in "aeiou":
        return adj[:-1] + "ily"
    return adj + "ly"


@cache
def evaluative(lang: str) -> Evaluative:
    """The evaluative table of ``lang`` with its derived forms: French feminine and plural, the
    adverb of every adjective that is no French participle in -é (less the [no_adverb] section)."""
    table = _sections(f"{lang}_evaluative.txt")
    def words(section: str) -> list[str]:
        return [w for line in table.get(section, []) for w in line.split()]

    lemmas, adverbs = {}, {}
    for adj in words("adjectives"):
        forms = [adj]
        if lang == "fr":
            fem = _feminine(adj)
            forms += [fem, fem + "s", adj[:-2] + "aux" if adj.endswith("al") else
                      adj if adj.endswith(("s", "x")) else adj + "s"]
        lemmas.update({_key(f): _key(adj) for f in forms})
        if not (lang == "fr" and adj.endswith("é")):  # acharné → "acharnement" (a noun)
            adverbs[_key(_adverb(adj, lang))] = _key(adj)
    for noun in words("nouns"):
        lemmas[_key(noun)] = _key(noun)
    for adverb in words("adverbs"):
        adverbs[_key(adverb)] = _key(adverb)
    for adverb in words("no_adverb"):
        adverbs.pop(_key(adverb), None)
    return Evaluative(lemmas, adverbs, frozenset(_key(w) for w in words("degree")),
                      tuple(_key(p).replace("-", " ") for p in table.get("phrases", [])))


JUDGEMENT = {lang: evaluative(lang).lemmas for lang in JUDGEMENT_LANGS}
NUMBER_WORDS = {
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
           "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
           "soixante": 60, "cent": 100, "cents": 100, "mille": 1000, "million": 1e6,
           "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "première": 1, "premier": 1,
           "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "dizaine": 10,
           "dizaines": 10, "centaine": 100, "centaines": 100, "millier": 1000, "milliers": 1000,
           "double": 2, "moitié": 0.5, "tiers": 3, "quart": 4},
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
           "forty": 40, "fifty": 50, "hundred": 100, "hundreds": 100, "thousand": 1000,
           "thousands": 1000, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "first": 1, "second": 2, "third": 3, "dozen": 12, "dozens": 12, "double": 2,
           "half": 0.5, "twice": 2},
}
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"),
}
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
# Dates told from the article's day ("le mois dernier", "last week"): dates as surely as
# "septembre" ("Lavrov est arrivé le mois dernier" for "mercredi" is a changed date). Keyed by the
# period and its shift from the day of writing, so "l'an dernier" and "l'année passée" are one.
RELATIVE_DATES = {
    "fr": {"avant-hier": "day:-2", "hier": "day:-1", "aujourd'hui": "day:0", "demain": "day:+1",
           "après-demain": "day:+2",
           "la semaine dernière": "week:-1", "la semaine passée": "week:-1",
           "cette semaine": "week:0", "plus tôt dans la semaine": "week:0",
           "plus tôt cette semaine": "week:0", "la semaine prochaine": "week:+1",
           "le mois dernier": "month:-1", "le mois passé": "month:-1", "ce mois-ci": "month:0",
           "le mois prochain": "month:+1",
           "l'an dernier": "year:-1", "l'année dernière": "year:-1", "l'an passé": "year:-1",
           "l'année passée": "year:-1", "cette année": "year:0", "l'an prochain": "year:+1",
           "l'année prochaine": "year:+1"},
    "en": {"yesterday": "day:-1", "today": "day:0", "tomorrow": "day:+1",
           "last week": "week:-1", "this week": "week:0", "earlier this week": "week:0",
           "earlier in the week": "week:0", "next week": "week:+1",
           "last month": "month:-1", "this month": "month:0", "next month": "month:+1",
           "last year": "year:-1", "this year": "year:0", "next year": "year:+1"},
}
# Seats of power named for a capital's government ("la Maison Blanche" for Washington): a capital
# is held by them too (folded name tokens).
SEATS = {"washington": ("blanche",), "moscou": ("kremlin",), "moscow": ("kremlin",),
         "paris": ("elysee", "matignon"), "londres": ("downing",), "london": ("downing",),
         "pekin": ("zhongnanhai",), "beijing": ("zhongnanhai",)}
# News prose names a country by its capital (metonymy): "Pyongyang a livré" = "la Corée du Nord a
# livré". A capital in a variant is held when the passage names the country (folded name tokens).
CAPITALS = {
    "pyongyang": "coree", "seoul": "coree", "moscou": "russie", "moscow": "russia",
    "pekin": "chine", "beijing": "china", "washington": "etats", "kiev": "ukraine",
    "kyiv": "ukraine", "paris": "france", "londres": "royaume", "london": "britain",
    "berlin": "allemagne", "tokyo": "japon", "bruxelles": "belgique", "brussels": "belgium",
    "rome": "italie", "madrid": "espagne", "ottawa": "canada", "teheran": "iran",
    "ankara": "turquie", "oslo": "norvege", "tel-aviv": "israel", "jerusalem": "israel",
}
# Nationality adjectives (lemmas, folded) name a country as surely as a capitalised name does:
# "les autorités chinoises" for "soviétiques" is a changed entity. Matched to country names by stem.
DEMONYMS = {
    "fr": frozenset([
        "russe", "chinois", "americain", "ukrainien", "coreen", "nord-coreen", "sud-coreen",
        "sovietique", "japonais", "francais", "belge", "allemand", "britannique", "anglais",
        "italien", "espagnol", "polonais", "roumain", "europeen", "iranien", "israelien", "turc",
        "indien", "canadien", "norvegien", "suisse", "neerlandais", "grec", "syrien", "irakien",
        "afghan", "pakistanais", "bresilien", "mexicain", "africain", "asiatique", "nippon",
        "bulgare", "portugais", "suedois", "danois", "finlandais", "autrichien", "hongrois",
        "tcheque", "serbe", "croate", "libanais", "egyptien", "marocain", "algerien", "tunisien",
        "senegalais", "australien", "argentin", "chilien", "colombien", "venezuelien", "cubain",
        "vietnamien", "thailandais", "indonesien", "philippin", "saoudien", "qatari", "emirati"]),
    "en": frozenset(),  # English capitalises nationalities: they are names already
}
# Number words that refer back to entities already named ("les deux pays") rather than state a
# quantity: they are not tied to an action when checking merged events.
# Number words that rank rather than count: their unit is the noun they qualify ("le premier
# voyage"), and none when they stand for a noun said before ("le premier de Kim": the trip).
ORDINALS = frozenset(["premier", "première", "deuxième", "second", "seconde", "troisième", "first",
                      "second", "third"])
ANAPHORIC_UNITS = frozenset(["pays", "parties", "camps", "hommes", "femmes", "dirigeants",
                             "countries", "sides", "men", "women", "leaders", "nations"])
# Titles and offices a variant may give a person (lemmas, folded). One the source gives no one is
# an invented fact as surely as a wrong name ("le sénateur Kim Jong"). Vague words ("chef",
# "dirigeant", "responsable", "homologue") are left out: paraphrases use them for any office.
TITLES = {
    "fr": frozenset([
        "senateur", "senatrice", "depute", "deputee", "maire", "roi", "reine", "prince",
        "princesse", "general", "colonel", "amiral", "marechal", "capitaine", "commandant",
        "lieutenant", "sergent", "directeur", "directrice", "pdg", "chancelier", "chanceliere",
        "secretaire", "ambassadeur", "ambassadrice", "juge", "procureur", "procureure",
        "gouverneur", "empereur", "imperatrice", "pape", "president", "presidente", "ministre",
        "porte-parole", "commissaire", "prefet", "cardinal", "eveque", "professeur", "docteur",
        "fondateur", "fondatrice", "vice-president", "conseiller", "conseillere"]),
    "en": frozenset([
        "senator", "congressman", "congresswoman", "mayor", "king", "queen", "prince",
        "princess", "general", "colonel", "admiral", "director", "ceo", "cto", "cfo",
        "chairman", "chairwoman", "chancellor", "secretary", "ambassador", "judge",
        "prosecutor", "governor", "emperor", "pope", "president", "minister", "spokesperson",
        "spokesman", "spokeswoman", "commissioner", "founder", "professor"]),
}
