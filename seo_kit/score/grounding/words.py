"""Word-level facts the grounding analysis reads in both pipelines (spaCy and rules): the match
key of a word, names, numbers written in digits, dates, and the cause/intent/judgement cues.

Folding is ``seo_kit.text.fold`` (the package's one accent and ligature table) plus lowercase
and one apostrophe; the elided article or pronoun of a French word ("l’agence") is cut with
``seo_kit.lang``'s one elision rule before a word is taken as a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from seo_kit.lang.fr import ELISION
from seo_kit.score.grounding.cues import (
    CAPITALS,
    CAUSE,
    CAUSE_VERBS,
    MONTHS,
    NUMBER_WORDS,
    PURPOSE,
    RELATIVE_DATES,
    SEATS,
    WEEKDAYS,
    evaluative,
)
from seo_kit.text.fold import fold

__all__ = ["CAUSATIVE_EN", "WORD", "bare", "capital_held", "counted", "cues", "date_of",
           "digit_numbers", "fact_keys", "function_words", "is_name", "judgements", "key",
           "name_held", "purpose_starts"]

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")  # a word, inner hyphens and apostrophes kept

_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")
_SCALE = {"mille": 1e3, "millier": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6,
          "milliard": 1e9, "milliards": 1e9, "thousand": 1e3, "billion": 1e9, "billions": 1e9}


def key(word: str) -> str:
    """The match key of a word: folded (no accents, no ligatures), lowercase, one apostrophe:
    "Corée" → "coree", "l’Œuvre" → "l'oeuvre"."""
    return fold(word).lower().replace("’", "'")


def bare(token: str) -> str:
    """``token`` without a French elided clitic ("l’Ukraine" → "Ukraine") or an English
    possessive ("Mozilla's" → "Mozilla"), case kept."""
    if "'" not in token and "’" not in token:
        return token
    if token[-2:] in ("'s", "’s") and len(token) > 3:
        return token[:-2]
    match = ELISION.match(token.replace("'", "’"))
    return match.group(2) if match else token


@lru_cache(maxsize=2)
def function_words(lang: str) -> frozenset[str]:
    from seo_kit.score.matching import function_words as words_of

    return frozenset(key(w) for w in words_of(lang))


@lru_cache(maxsize=8192)
def _common_word(word: str, lang: str) -> bool:
    """A dictionary word whose lemma is lowercase ("Plus" → "plus"); names keep their capital
    ("Norway" → "Norway") or are unknown to simplemma (it returns them unchanged)."""
    import simplemma

    return simplemma.lemmatize(word, lang=lang)[:1].islower()


def is_name(token: str, first: bool, lang: str, propn: bool = False) -> bool:
    """A capitalised word that is not a function word; at the start of a sentence only when it
    is not a common word ("Plus", "Lors" are capitalised because the sentence starts)."""
    word = bare(token)
    if len(word) < 2 or not word[0].isupper() or key(word) in function_words(lang):
        return False
    if first and key(word) in evaluative(lang).adverbs:  # "Malheureusement, …": a stance adverb
        return False
    return not first or propn or not _common_word(word, lang)


def digit_numbers(text: str, lang: str) -> list[tuple[int, str]]:
    """(character offset, canonical value) of every number written in digits; a scale word
    after it multiplies it ("7,2 milliards" = 7200000000)."""
    out = []
    for match in _NUMBER.finditer(text):
        raw = re.sub(r"[ \u00a0\u202f]", "", match.group(0))
        raw = raw.replace(",", ".") if lang == "fr" else raw.replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        after = text[match.end():].lstrip().split(" ", 1)[0].lower().strip(".,;:")
        out.append((match.start(), f"{value * _SCALE.get(after, 1):.10g}"))
    return out


def date_of(word: str, lang: str) -> str | None:
    """"month:9" for "septembre", "weekday:3" for "mercredi" (English "may" only capitalised)."""
    low = word.lower()
    if low in MONTHS[lang] and (lang != "en" or low != "may" or word[0].isupper()):
        return f"month:{MONTHS[lang].index(low) + 1}"
    if low in WEEKDAYS[lang]:
        return f"weekday:{WEEKDAYS[lang].index(low) + 1}"
    return None


@lru_cache(maxsize=4)
def _relative_dates(lang: str) -> re.Pattern:
    phrases = sorted(RELATIVE_DATES.get(lang, {}), key=len, reverse=True)
    body = "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)


def relative_dates(text: str, lang: str) -> list[tuple[int, str]]:
    """(character offset, "rel:<period>:<shift>") of every date ``text`` tells from the day of
    writing ("le mois dernier" → "rel:month:-1"; cues.RELATIVE_DATES), the longest phrase
    first ("plus tôt cette semaine" is one date, not "cette semaine" inside it)."""
    table = RELATIVE_DATES.get(lang, {})
    if not table:
        return []
    return [(m.start(), "rel:" + table[re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")])
            for m in _relative_dates(lang).finditer(text)]


def fact_keys(text: str, lang: str) -> list[tuple[int, str]]:
    """(character offset, "number:<value>" or "date:<key>") of every number written in digits,
    every date word and every relative date ("le mois dernier": ``relative_dates``) of
    ``text``, in text order: the facts both pipelines read the same way (``frames`` ties them
    to the parse's tokens by offset, ``rules`` to its words). A date word after an elided
    article counts from its own first letter ("d'août" → "date:month:8")."""
    found = [(offset, "number:" + value) for offset, value in digit_numbers(text, lang)]
    for m in WORD.finditer(text):
        word = bare(m.group(0))
        date = date_of(word, lang)
        if date:
            found.append((m.end() - len(word), "date:" + date))
    found += [(offset, "date:" + rel) for offset, rel in relative_dates(text, lang)]
    return sorted(found)


def counted(word: str, unit: str, lang: str) -> str | None:
    """The number key of a number word and the lemma key of its unit ("six", "jour" →
    "6~jour"; "6" without a unit); None when ``word`` is no number word (cues.NUMBER_WORDS)."""
    value = NUMBER_WORDS[lang].get(word.lower())
    if value is None:
        return None
    return f"{value:.10g}" + (f"~{unit}" if unit else "")


# "which led Norway to rebuild it", "forcing ICARDA to withdraw": a verb that makes someone act,
# an infinitive after its object (not "led the delegation to Pyongyang": a name, an article;
# not "leading", "driving": an adjective, a steering).
CAUSATIVE_EN = re.compile(
    r"\b(?:led|leads?|forced|forces?|forcing|pushed|push(?:es|ing)?|prompted|prompts?|"
    r"prompting|compelled)\b(?: [\w'’-]+){1,4}? to "
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z]\w*)\b)[a-z]+\b")


@lru_cache(maxsize=2048)
def _bounded(cue: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(key(cue)) + r"(?![\w])")


def cues(text: str, lemmas: set[str], lang: str, purpose_of: Callable[[int], str],
         more: Sequence[str] = ()) -> set[str]:
    """"cause" when a causal connector is present, "cause:<lemma>" for a causal verb
    (``CAUSE_VERBS``); "purpose:<key>" after each purpose connector
    such as "afin de" (``purpose_of(offset just after it)`` reads what follows: a verb's lemma
    key, "~" + a noun's); the pipeline's own cues in ``more`` ("pour:<verb>" for "pour +
    infinitive"); and ``judgements``."""
    low = " " + key(text) + " "
    found = {"purpose:" + purpose_of(end) for end in purpose_starts(text, lang)} | set(more)
    if any(_bounded(cue).search(low) for cue in CAUSE[lang]) or (
            lang == "en" and CAUSATIVE_EN.search(text)):
        found.add("cause")
    found |= {"cause:" + lemma for lemma in lemmas & CAUSE_VERBS[lang]}
    return found | judgements(text, lemmas, lang)


# A participle is an adjective ("un diplomate chevronné", "an astonishing 4.5 million") unless a
# French perfect's auxiliary stands before it ("a réussi"); in English, only after a determiner
# ("rising temperatures threatening the site" is a verb).
_PARTICIPLE = {"fr": ("e", "i", "es", "is", "ee", "ees", "ie", "ies"), "en": ("ing", "ed")}
_PERFECT = {"fr": frozenset(["a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait",
                             "auraient", "avoir", "ayant", "eu", "aura", "auront"]),
            "en": frozenset()}
_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his",
                          "her", "our", "your", "my", "most", "more", "so", "such", "very"])

# A superlative ranks ("le système le plus populaire", "the most popular"): held by a passage
# that has its adjective (by stem: "les plus performants", "son plus long voyage").
_SUPERLATIVE = {
    "fr": re.compile(r"\b(?:le|la|les|du|des|au|aux|son|sa|ses|leur|leurs|notre|nos|votre|vos) "
                     r"(?:plus|moins) ([a-z]{3,})"),
    "en": re.compile(r"\b(?:the|its|his|her|their|our|your) (?:most|least) ([a-z]{3,})")}
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def judgements(text: str, lemmas: set[str], lang: str) -> set[str]:
    """"judgement:<entry>" for every evaluative word of ``text`` (``cues.evaluative``): an
    adjective or noun by its lemma (a verb's participle, "threatening", is not one), a stance
    adverb by its word, the adjective it comes from as its entry ("remarquablement" →
    "remarquable"); "judgement:~degree:<word>" for an intensifier ("très"), "judgement:~superlative:<adjective>"
    for a superlative ("le plus populaire"); "judgement:<phrase>"
    for a phrase ("sans précédent", "a blow to")."""
    table = evaluative(lang)
    quoted = {table.lemmas.get(w, w) for q in _QUOTED.findall(text)
              for w in map(key, WORD.findall(q))}
    text = _QUOTED.sub(" ", text)  # a quotation's words are its speaker's, not the writer's
    order = [key(bare(m.group(0))) for m in WORD.finditer(text)]
    words = set(order)
    found = {"judgement:" + table.lemmas[w] for w in lemmas
             if w in table.lemmas and (table.lemmas[w] not in quoted or w in words)}
    for before, word in zip([""] + order, order):  # a participle the lemmatiser read as a verb
        if word in table.lemmas and word.endswith(_PARTICIPLE[lang]) and (
                before not in _PERFECT[lang] if lang == "fr" else before in _DETERMINERS):
            found.add("judgement:" + table.lemmas[word])
    found |= {"judgement:" + table.adverbs[w] for w in words if w in table.adverbs}
    found |= {"judgement:~degree:" + w for w in words & table.degree}
    low = " " + key(text).replace("-", " ") + " "
    found |= {"judgement:~superlative:" + m.group(1) for m in _SUPERLATIVE[lang].finditer(low)}
    return found | {"judgement:" + p for p in table.phrases if _bounded(p).search(low)}


def purpose_starts(text: str, lang: str) -> list[int]:
    """Character offsets just after every purpose connector ("afin de", "in order to"), in
    ``text`` itself (folded one character at a time, so that "œ" does not shift them)."""
    low = "".join((key(c) or c)[0] for c in text)
    return [m.end() for cue in PURPOSE[lang] for m in _bounded(cue).finditer(low)]


def capital_held(name: str, words: frozenset[str]) -> bool:
    """A capital held by its country's name as written ("Washington" by "États-Unis", "Moscou"
    by "Russie"), not by a nationality ("l'agence russe" says nothing of Moscou)."""
    country = CAPITALS.get(name)
    return (country is not None and any(w.startswith(country) for w in words)) or any(
        seat in words for seat in SEATS.get(name, ()))


def name_held(name: str, words: frozenset[str]) -> bool:
    """A name is held when the passage has the word, or a word of the same stem ("Russie" and
    "russe", "Corée" and "coréen": a common prefix of at least max(4, len − 2) letters), or
    names the country of a capital ("Pyongyang" and "Corée"; by its name, not a nationality)."""
    if name in words or capital_held(name, words):
        return True
    if len(name) < 5:
        return False
    need = max(4, len(name) - 2)
    return any(len(w) >= need and w[:need] == name[:need] for w in words)
