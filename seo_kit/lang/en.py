"""English rules: syllables without dictionaries and passive voice.

Syllables are a heuristic vowel-group count with the usual corrections (silent final e, -ed after
a consonant other than t/d, -es after a non-sibilant, consonant + le, y as a vowel), so no nltk or
CMUdict download is needed at run time (textstat's English mode fetches cmudict). Two families of
vowels that meet without merging are counted apart: a prefix before a vowel-initial word (re-act,
co-operate, re-invent: the rest must be a known English word) and hiatus (mu-se-um, Ko-re-an,
stu-dy-ing, go-ing, or-gan-ism); compounds keep the silent e of their first word (house-keeper).
tests/lang/test_syllables.py measures the rules against CMUdict.
Passive: a form of "be" (or "get"), optionally adverbs, then a past participle (-ed or irregular).
"""

from __future__ import annotations

import re
from functools import lru_cache

from seo_kit.lang._data import load_words, word_set

__all__ = [
    "ABBREVIATIONS",
    "AUDIENCE",
    "BEFORE_NUMBERS",
    "COLON",
    "CURRENCIES",
    "ELIDABLE",
    "FAQ_HEADING",
    "FAQ_QUESTIONS",
    "KEY_POINTS_HEADING",
    "LANGUAGE_NAMES",
    "MONTHS",
    "NUMBERS",
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

# Abbreviations that never end a sentence (see fr.ABBREVIATIONS); Inc., Ltd., Co., Jr., U.S.
# and etc. can, so they are not here.
ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt",
    "Capt", "vs", "e.g", "i.e", "cf", "approx", "ca", "No", "no", "fig", "p", "pp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# Reading ease: Flesch (1948), 206.835 − 1.015·W/S − 84.6·Syl/W.
READING_EASE = ("flesch", 206.835, 1.015, 84.6)
# How numbers are written: decimal point (a comma is read as one too), thousands grouped by commas.
NUMBERS = {"decimal": r"[.,]", "group": r",", "decimal_mark": "."}
ELIDABLE: dict[str, str] = {}  # English transitions are not elided
# Abbreviations that announce a number (vol. 2, art. 5): joined when a number follows.
BEFORE_NUMBERS = frozenset({"vol", "art", "ch", "sec", "eq", "ref", "max", "nos"})
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
# Amounts (see fr.SCALES): an English billion is a thousand millions.
SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
          "k": 1e3, "m": 1e6}
CURRENCIES = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pounds": "GBP",
              "yen": "JPY", "rouble": "RUB", "roubles": "RUB"}
PERCENT = r"per\s?cent|percent"
# What a rewrite prompt says when the brief does not (see fr.LANGUAGE_NAMES).
LANGUAGE_NAMES = {"fr": "French", "en": "English"}
AUDIENCE = "a general audience"
# Claim-free section titles, as fr.SECTION_LABELS.
COLON = ": "  # between a title's two parts: English: no space before the colon
# Subordinating conjunctions: a clause they open cannot stand alone, so no heading opens on one
# ("While the referee awards a penalty…").
SUBORDINATORS = ("while", "whereas", "although", "though", "because", "if", "unless", "when",
                 "whenever", "once", "as soon as", "so that", "even if", "even though")
SECTION_LABELS = ("The background", "The facts", "What is at stake", "The reactions", "What to know",
                  "The outlook", "In detail", "The actors")
RECAP_HEADING = "Key points"  # over a closing list of the source's key facts (claim-free too)
# Labelled summary blocks a rewrite adds when the source told once is short of the brief
# (seo_kit.rewrite.summary): a list of the key facts after the standfirst, and an FAQ (an H2
# over one H3 question per kind of fact). Their lines may restate a body sentence
# (seo_kit.rewrite.clean.summary_block).
KEY_POINTS_HEADING = "Key points"
FAQ_HEADING = "Questions and answers"  # "FAQ" reads as a name to the grounding check
WHO_HEADING = "Who is who"  # over the who-is-who list (seo_kit.rewrite.cast), before its names
FAQ_QUESTIONS = {  # kind of the answer's facts → (with the keyphrase as topic, without)
    # "key" after a topic reads as a judgement of the topic (grounding): not in those forms
    "date": ("{topic}: what are the dates?", "What are the key dates?"),
    "figure": ("{topic}: what are the figures?", "What are the key figures?"),
    "name": ("{topic}: what are the names to know?", "What are the key names?"),
    "other": ("{topic}: what else should you know?", "What else should you know?"),
}
# The tones the studio offers, the default first (seo_kit.lang.tones), in the order of fr.TONES.
TONES = ("informative", "educational", "engaging", "neutral", "expert", "punchy")
TONE = TONES[0]


_GROUPS = re.compile(r"[aeiouy]+")
_NOT_LETTER = re.compile(r"[^a-z]")
_Y_CONSONANT = re.compile(r"(?<=[aeiou])y(?=[aeiou])")  # player, employee, beyond
# Vowel pairs read as two syllables (stu-dio, pre-vi-ous, cre-ate, ri-ot, qui-et, flu-id…),
# but not the palatal ones (so-cial, na-tion, reli-gious) nor qu/gu (equal, language).
_HIATUS = re.compile(
    r"(?<![aeioutscgxh])i(?:a|o|e(?=nts?$))|(?<![aeiouqg])(?:iu|eo|uo|ie(?=r|t|st$))"
    r"|(?<![aeiouqg])u(?:a|i(?=d))|(?<=cr)ea(?=t)|(?<![aeioug])ue(?=l|t)"
    r"|(?<=[^aeiou])e(?:um|us)s?$|(?<=[^aeiou])eate$"
    r"|(?<=[^aeiou])y(?=ing$)|(?<=[aeou])(?=ings?$)|(?<=[^aeiou])i(?=sms?$)|(?<=[^aeiou])a(?=sms?$)"
    r"|(?<=[^aeiou])i(?=res?$)|(?<=[^aeiou])o(?=et)|(?<=r)u(?=in)|a(?=o[^aeiou])|(?<=th)e(?=at)"
)
# Prefixes that keep their vowel before a vowel-initial word: re-act, co-operate, pre-empt.
_PREFIX = re.compile(r"^(re|pre|de|co|bi|tri|anti|semi|multi)(?=[aeiou])")
_SUFFIXES = ("ments", "ment", "ness", "less", "ful", "ly", "by")
_WORDS = {"the": 1, "every": 3, "business": 2, "different": 3, "evening": 2, "area": 3,
          "idea": 3, "people": 2, "being": 2, "going": 2, "doing": 2, "seeing": 2,
          "poem": 2, "science": 2, "real": 1, "really": 2, "toward": 2, "towards": 2,
          "fire": 1, "hour": 1, "our": 1, "prior": 2, "lion": 2, "violent": 3, "society": 4,
          "variety": 4, "anxiety": 4, "naive": 2, "recipe": 3, "everything": 3, "everyone": 3,
          "everybody": 4, "everywhere": 3, "simile": 3, "apostrophe": 4, "catastrophe": 4,
          "coyote": 3, "creature": 2, "million": 2, "billion": 2, "trillion": 2, "client": 2,
          "clients": 2, "quiet": 2, "marriage": 2, "carriage": 2, "california": 4}


@lru_cache(maxsize=200_000)  # bounded memory on endless streams of new words
def count_syllables(word: str) -> int:
    """Syllables of an English word; 0 for a word without letters."""
    return _count(word.lower())


def _count(word: str) -> int:
    total = 0
    for part in re.split(r"[-’']", word):
        part = _NOT_LETTER.sub("", part)
        if part:
            total += _WORDS.get(part) or _count_part(part)
    return total


def _count_part(w: str) -> int:
    prefix = _PREFIX.match(w)
    if prefix and _is_word(w[prefix.end():]):
        return _count_part(prefix.group(1)) + _count_part(w[prefix.end():])
    for i in range(4, len(w) - 2):  # a compound whose first word ends in a silent e
        if w[i - 1] == "e" and w[i] not in "aeiouyrsd" and _is_word(w[:i]) and _is_word(w[i:]):
            return _count_part(w[:i]) + _count_part(w[i:])
    for suffix in _SUFFIXES:  # state-ment, exclusive-ly, where-by: the stem keeps its silent e
        stem = w[:-len(suffix)]
        if w.endswith(suffix) and len(stem) > 3 and stem.endswith("e"):
            return _count_part(stem) + 1
    w = _Y_CONSONANT.sub("j", w)
    if w.startswith("y") and w[1:2] in ("a", "e", "i", "o", "u"):
        w = "j" + w[1:]  # yes, year, yanking: y is a consonant
    count = len(_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye", "oe", "ie")) and count > 1:
        if not (w.endswith("ue") and w[-3:-2] not in ("g", "q")):
            count -= 1  # make, become, league (but value, revenue)
    elif w.endswith("le") and w[-3:-2] in ("a", "e", "i", "o", "u", "y") and count > 1:
        count -= 1  # whole, mile
    elif w.endswith("es") and count > 1 and not re.search(r"(?:[sxz]|ch|sh|g|c|[^aeiou]l)es$", w):
        if not w.endswith(("ies", "ees", "oes", "yes")) or w.endswith("ies") and len(w) <= 4:
            count -= 1  # makes, times (but buses, pages, prices, battles)
    elif w.endswith("ed") and count > 1 and not re.search(r"[td]ed$|[aeiouy]ed$|[^aeiouylr]led$",
                                                          w):
        count -= 1  # walked, planned (but wanted, needed)
    if w.endswith("ean") and count > 1 and w[-4:-3] not in ("", "a", "e", "i", "o", "u", "c", "g"):
        count += 1  # Ko-re-an, Eu-ro-pe-an (but o-cean, clean)
    count += len(_HIATUS.findall(w))
    return max(count, 1)


@lru_cache(maxsize=65536)
def _is_word(rest: str) -> bool:
    """A known English word of at least three letters (simplemma's dictionary, offline)."""
    if len(rest) < 3:
        return False
    import simplemma  # loads its English data on first use

    return simplemma.is_known(rest, lang="en")


def unglue_slug_word(word: str) -> str | None:
    """A slug word that glued a possessive (WordPress drops apostrophes): "heros" → "hero"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else None


# --- Passive voice -------------------------------------------------------------------------------

_BE = word_set("am is are was were be been being ’s ’re isn’t aren’t wasn’t weren’t get gets got "
                "gotten getting")
_BETWEEN = word_set("not never also already always often still just being been now then "
                     "usually sometimes frequently widely largely quickly n’t")
_IRREGULAR = frozenset(load_words("en_irregular_participles.txt"))
_EXCEPTIONS = frozenset(load_words("en_participle_exceptions.txt"))
_REGULAR = re.compile(r"^[a-z]{2,}ed$")
_QUESTION_BE = word_set("am is are was were isn’t aren’t wasn’t weren’t")


def is_passive(tokens: tuple[str, ...]) -> bool:
    """True when the lowercased tokens hold be/get + (adverbs) + a past participle, or open a
    question with a form of be whose subject (up to three words) precedes the participle
    ("Was the bridge built in 1900?")."""
    n = len(tokens)
    if n > 2 and tokens[0] in _QUESTION_BE:
        for k in range(2, min(n, 5)):
            if _is_participle(tokens[k]):
                return True
            if tokens[k] in _BE:
                break
    if _BE.isdisjoint(tokens):  # half the sentences hold no form of be: no step per token
        return False
    for i, token in enumerate(tokens):
        if token not in _BE:
            continue
        j = i + 1
        while j < n and (tokens[j] in _BETWEEN or tokens[j].endswith("ly")):
            j += 1
        if j < n and _is_participle(tokens[j]):
            return True
    return False


def _is_participle(word: str) -> bool:
    return word not in _EXCEPTIONS and (word in _IRREGULAR or bool(_REGULAR.match(word)))
