"""French rules: spoken syllables and periphrastic passive voice.

Syllables are counted on the written word with the rules a French reader applies aloud: a final
mute e/es is silent, so is the -ent of a third-person plural verb (ils parlent) but not of
moment or président; digraphs (ai, au, eau, eu, ou, oi…) are one vowel; i/u/ou before another
vowel glide into it (na-tion, nuit, jouer) unless a consonant cluster comes first (cli-ent);
é never merges with a neighbour (é-té, i-dée, cré-ée, a-é-ro-nau-tique).

Passive: a form of être, optionally adverbs, then a past participle, excluding pronominal verbs
(s’est rendu), verbs that take être as their perfect auxiliary (il est arrivé, elle est venue),
and common adjectives and nouns in -é that follow être (il est âgé, il est député).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from seo_kit.lang._data import load_words, word_set

__all__ = [
    "ABBREVIATIONS",
    "AUDIENCE",
    "BEFORE_NUMBERS",
    "CLITICS",
    "COLON",
    "CURRENCIES",
    "ELIDABLE",
    "ELISION",
    "FAQ_HEADING",
    "FAQ_QUESTIONS",
    "KEY_POINTS_HEADING",
    "LANGUAGE_NAMES",
    "MONTHS",
    "MOVEMENT_PARTICIPLES",
    "NUMBERS",
    "PARTICIPLE_EXCEPTIONS",
    "PERCENT",
    "READING_EASE",
    "RECAP_HEADING",
    "SCALES",
    "SECTION_LABELS",
    "SUBORDINATORS",
    "TONE",
    "TONES",
    "WHO_HEADING",
    "count_syllables",
    "is_passive",
    "unglue_slug_word",
]

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
# Amounts (seo_kit.score.facts): a scale word after a number and its factor (a French billion is
# a million millions), currency words and their ISO 4217 code (signs: lang.CURRENCY_SIGNS), and
# how "per cent" is written out ("%" is a percentage in every language).
SCALES = {"mille": 1e3, "millier": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6,
          "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "billion": 1e12,
          "billions": 1e12, "k": 1e3, "m": 1e6}
CURRENCIES = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "livres": "GBP",
              "yen": "JPY", "yens": "JPY", "rouble": "RUB", "roubles": "RUB"}
PERCENT = r"pour\s?cents?"
# What a rewrite prompt says when the brief does not (seo_kit.rewrite.brief): the languages'
# names in French, the default audience and tone.
LANGUAGE_NAMES = {"fr": "français", "en": "anglais"}
AUDIENCE = "le grand public"
# Claim-free section titles (a rewrite's fallback heading after the keyphrase: "Lavrov : le
# contexte"); the grounding check reads their words as making no claim.
COLON = " : "  # between a title's two parts: French typography: a space before the colon (Lexique des règles typographiques de l’Imprimerie nationale)
# Subordinating conjunctions: a clause they open cannot stand alone, so no heading opens on one
# ("Alors que l'arbitre accorde un penalty…", corpus text 03, real model, 2026-12-02).
SUBORDINATORS = ("alors que", "tandis que", "lorsque", "lorsqu’", "quand", "si", "s’il", "s’ils",
                 "parce que", "parce qu’", "puisque", "puisqu’", "bien que", "bien qu’", "quoique",
                 "quoiqu’", "afin que", "afin qu’", "pour que", "pour qu’", "dès que", "dès qu’",
                 "après que", "après qu’", "avant que", "avant qu’", "même si", "comme", "sans que")
SECTION_LABELS = ("Le contexte", "Les faits", "Les enjeux", "Les réactions", "Ce qu’il faut savoir",
                  "Les perspectives", "En détail", "Les acteurs")
RECAP_HEADING = "À retenir"  # over a closing list of the source's key facts (claim-free too)
# Labelled summary blocks a rewrite adds when the source told once is short of the brief
# (seo_kit.rewrite.summary): a list of the key facts after the standfirst, and an FAQ (an H2
# over one H3 question per kind of fact). Their lines may restate a body sentence
# (seo_kit.rewrite.clean.summary_block).
KEY_POINTS_HEADING = "L’essentiel"
FAQ_HEADING = "Questions fréquentes"
WHO_HEADING = "Qui est qui"  # over the who-is-who list (seo_kit.rewrite.cast), before its names
FAQ_QUESTIONS = {  # kind of the answer's facts → (with the keyphrase as topic, without)
    "date": ("{topic} : quelles dates retenir ?", "Quelles dates retenir ?"),
    "figure": ("{topic} : quels chiffres retenir ?", "Quels chiffres retenir ?"),
    "name": ("{topic} : quels noms retenir ?", "Quels noms retenir ?"),
    "other": ("{topic} : que faut-il savoir d’autre ?", "Que faut-il savoir d’autre ?"),
}
# The tones the studio offers, the default first (seo_kit.lang.tones).
TONES = ("informatif", "pédagogique", "engageant", "neutre", "expert", "percutant")
TONE = TONES[0]


# Reading ease: (name, base, words-per-sentence weight, syllables-per-word weight), Kandel &
# Moles (1958), the French Flesch Yoast uses (languages/fr/helpers/calculateFleschReadingScore).
READING_EASE = ("kandel_moles", 207.0, 1.015, 73.6)
# How numbers are written: decimal comma, thousands grouped by a (narrow) space or a period.
NUMBERS = {"decimal": r",", "group": r"[  \u202f.]", "decimal_mark": ","}
# Abbreviations that never end a sentence (a title before a name, a word before a number or a
# phrase): their period is not a full stop. Entries with a capital match as written (M. is
# Monsieur, m. after a number is a metre); lowercase entries match any case. Units (min, h, km),
# etc. and numbers are not here: their period ends the sentence unless a lowercase word follows.
ABBREVIATIONS = frozenset({
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "Pr", "Me", "St", "Ste", "J.-C",
    "cf", "ex", "p", "pp", "av", "apr", "n°", "env", "tél", "éd", "fig", "chap", "coll", "janv",
    "févr", "oct", "nov", "déc", "ca",
})
# Words a French writer elides before a vowel or a mute h, and their elided form: the lists are
# written in full and these forms are derived (lorsque → lorsqu’il, parce que → parce qu’on).
ELIDABLE = {"que": "qu’", "lorsque": "lorsqu’", "puisque": "puisqu’", "quoique": "quoiqu’",
            "jusque": "jusqu’", "de": "d’", "le": "l’", "la": "l’", "ce": "c’", "si": "s’",
            "se": "s’", "ne": "n’", "je": "j’", "me": "m’", "te": "t’"}
# Abbreviations that announce a number (art. 12, vol. 2, t. III): joined when a number follows,
# a full stop otherwise (le vol. Le lendemain…).
BEFORE_NUMBERS = frozenset({"art", "vol", "al", "t", "réf", "max", "no", "n"})
# Elided words: the clitic and its apostrophe (always ’ here), then the word it leans on.
CLITICS = ("lorsqu", "puisqu", "jusqu", "quoiqu", "qu", "c", "d", "j", "l", "m", "n", "s", "t")
ELISION = re.compile(rf"^((?:{'|'.join(CLITICS)})’)(.+)$", re.IGNORECASE)

_VOWELS = "aeiouyàâäéèêëîïôöûùüÿæœ"
_IS_VOWEL = frozenset(_VOWELS)
_DIAERESIS = frozenset("ëïüÿ")
# Multi-letter vowels read as one sound, longest first.
_DIGRAPHS = ("eau", "œu", "œi", "ai", "aî", "au", "ei", "eu", "eû", "oi", "oî", "oê", "ou", "où",
             "oû", "ay", "ey", "oy")
_GLIDES = frozenset({"i", "u", "ou"})
_CLUSTER = re.compile(r"[bcdfgkptv][rl]$")
_PARTS = re.compile(r"[’'\-]")
_NOT_LETTER = re.compile(r"[^a-zàâäéèêëîïôöûùüÿæœç]")
_QU_GU = re.compile(r"(?<=g)u(?=[eéèêiy])|(?<=q)u")
_GE = re.compile(r"(?<=g)e(?=[aoâôu])")
_Y_CONSONANT = re.compile(r"(?<=[aeiouàâéèêîôû])y(?=[aeiouàâéèêîôû])|^y(?=[aeiouéèêô])")
_ILL = re.compile(r"(?<=[aeouœâêôû])i(?=ll|l$)")
# Mute e after a vowel: paiement, dévouement, il paiera, nous essaierons, Jean.
_MUTE_E = re.compile(r"(?<=[aiouéy])e(?=ments?$|r(?:ai|a|on|ez|i|o))|(?<=^j)e(?=an)")
_OE = re.compile(r"(?:^|(?<=f))oe|oe(?=u)")  # oeil, foetus, coeur: œ typed as two letters
_PAYS = re.compile(r"pays")  # pays, paysage, dépaysé: pé-i
_OO = re.compile(r"oo(?=[kgtlmdnr])")  # football, Facebook: English loanwords
# Whole words that the rules get wrong, with their spoken syllable count.
_WORDS = {"abbaye": 3, "abbayes": 3, "eu": 1, "eue": 1, "eus": 1, "eues": 1,
          "août": 1, "monsieur": 2, "messieurs": 2, "oignon": 2, "oignons": 2}


@lru_cache(maxsize=200_000)  # bounded memory on endless streams of new words
def count_syllables(word: str) -> int:
    """Spoken syllables of a French word; 0 for a word without letters (numbers, symbols)."""
    return _count(word.lower())


def _count(word: str) -> int:
    total = 0
    for part in _PARTS.split(word):
        part = _NOT_LETTER.sub("", part)
        if part:
            total += _WORDS.get(part) or _count_part(part)
    return total


def _count_part(word: str) -> int:
    w = _QU_GU.sub("", _PAYS.sub("péis", _OE.sub("œ", word)))
    w = _GE.sub("", w)
    w = _ILL.sub("", w)
    w = _Y_CONSONANT.sub("j", w)
    w = _OO.sub("u", _MUTE_E.sub("", w))
    if not any(c in _IS_VOWEL for c in w):
        return 0  # qu’, t (a-t-il)
    w = _drop_silent_ending(word, w)
    units: list[tuple[str, int]] = []  # (vowel unit, start index)
    i, n = 0, len(w)
    while i < n:
        if w[i] not in _IS_VOWEL:
            i += 1
            continue
        unit = next((d for d in _DIGRAPHS if w.startswith(d, i)), w[i])
        units.append((unit, i))
        i += len(unit)
    count = len(units)
    for (here, start), (after, following) in pairwise(units):
        if start + len(here) != following or after[0] in _DIAERESIS:
            continue  # a consonant between, or naïf / Noël: a diaeresis opens a syllable
        if here == "i" and after[0] == "i":
            continue  # associions: a-sso-ci-ions
        if here == "u" and after == "i" or (
                here in _GLIDES and not _CLUSTER.search(w[max(0, start - 2):start])):
            count -= 1  # na-tion, nuit, fruit, jouer, pi-tié; but cli-ent, cru-el
    return max(count, 1)


def _drop_silent_ending(original: str, w: str) -> str:
    if w.endswith("ent") and len(w) > 4 and _is_plural_verb(original):
        return w[:-3]
    for ending in ("es", "e"):
        if w.endswith(ending) and any(c in _IS_VOWEL for c in w[:-len(ending)]):
            return w[:-len(ending)]
    return w


@lru_cache(maxsize=16384)
def _is_plural_verb(word: str) -> bool:
    """ils parlent → True; moment, président, vient → False (simplemma decides the lemma)."""
    if word.endswith("aient"):
        return True  # imperfect and conditional: ils étaient, ils téléchargeaient
    from seo_kit.lang import lemma  # late import: simplemma loads its data on first use

    base = lemma(word, "fr")
    if word.endswith("ment"):  # ils aiment, blâment, dorment; not moment, librement (→ libre)
        return base in (word[:-3] + "er", word[:-3] + "ir")
    if base == word or not base.endswith(("er", "ir", "re", "oir")):
        return False
    return not (word.endswith("ient") and base.endswith(("enir", "ndre")) and
                len(word) <= len(base))



def unglue_slug_word(word: str) -> str | None:
    """A slug word whose elided clitic lost its apostrophe, without it: "dolive" → "olive",
    "lete" → "ete"; None when the word does not start with a clitic before a vowel or h."""
    for clitic in CLITICS:
        rest = word[len(clitic):]
        if word.startswith(clitic) and len(rest) > 2 and rest[0] in "aeiouyhéèêàâîôû":
            return rest
    return None


# --- Passive voice -------------------------------------------------------------------------------

# Every simple form of être (the compound ones end in été): present, imperfect, simple past,
# future, conditional, subjunctive present and imperfect, participles, infinitive.
_ETRE = word_set("""suis es est sommes êtes sont étais était étions étiez étaient fus fut fûmes
fûtes furent serai seras sera serons serez seront serais serait serions seriez seraient sois soit
soyons soyez soient fusse fusses fût fussions fussiez fussent été étant être""")
# Subject pronouns after an inverted verb: sera-t-il, est-elle, ont-ils, suis-je, êtes-vous.
_INVERTED = re.compile(r"^(.+?)(?:-t)?-(?:il|elle|on|ils|elles|je|tu|nous|vous|ce)$")
_REFLEXIVE = frozenset({"se", "s’", "me", "m’", "te", "t’"})
_BETWEEN = frozenset(load_words("fr_passive_adverbs.txt"))
_REGULAR = re.compile(r"^[a-zàâäéèêëîïôöûùüÿæœç]{2,}(?:é|ée|és|ées)$")
_IRREGULAR = frozenset(load_words("fr_irregular_participles.txt", inflect=True))
MOVEMENT_PARTICIPLES = frozenset(load_words("fr_etre_verbs_participles.txt", inflect=True))
PARTICIPLE_EXCEPTIONS = frozenset(load_words("fr_participle_exceptions.txt", inflect=True))


def is_passive(tokens: tuple[str, ...]) -> bool:
    """True when the lowercased tokens hold être + (adverbs) + a past participle, the verb
    inverted in a question included ("Le projet sera-t-il financé ?", "A-t-elle été reçue ?")."""
    tokens = _uninvert(tokens)
    if _ETRE.isdisjoint(tokens):  # half the sentences hold no form of être: no step per token
        return False
    n = len(tokens)
    for i, token in enumerate(tokens):
        if token not in _ETRE or _pronominal(tokens, i):
            continue
        if token == "étant" and tokens[i + 1:i + 2] == ("donné",):
            continue  # "étant donné que" is a conjunction
        j = i + 1
        while j < n and (tokens[j] in _BETWEEN or tokens[j].endswith("ment")):
            j += 1
        if j < n and _is_participle(tokens[j]):
            return True
    return False


def _uninvert(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Inverted verbs without their subject pronoun: "sera-t-il" → "sera" (peut-être stays)."""
    if not any("-" in t for t in tokens):
        return tokens
    out = []
    for token in tokens:
        match = _INVERTED.match(token) if "-" in token else None
        out.append(match.group(1) if match else token)
    return tuple(out)


def _pronominal(tokens: tuple[str, ...], i: int) -> bool:
    k = i - 1
    while k >= 0 and tokens[k] in ("ne", "n’", "y", "en"):
        k -= 1
    if k < 0:
        return False
    if tokens[k] in _REFLEXIVE:
        return True
    return tokens[k] in ("nous", "vous") and k > 0 and tokens[k - 1] == tokens[k]


def _is_participle(word: str) -> bool:
    if word in MOVEMENT_PARTICIPLES or word in PARTICIPLE_EXCEPTIONS:
        return False
    return word in _IRREGULAR or bool(_REGULAR.match(word))
