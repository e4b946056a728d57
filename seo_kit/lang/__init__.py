"""Language resources and rules for French and English, always with an explicit ``lang``.

    LANGS, check_lang(lang)       the supported languages; InputError for any other (the one check)
    split_elisions(tokens)        the one elision rule (fr.ELISION): l’agence → l’, agence
    abbreviations, before_numbers which periods do not end a sentence (M., cf.; art. 12)
    unglue_slug_word(word, lang=…) what WordPress glued when it dropped an apostrophe (dolive)
    reading_ease_formula, number_format   per-language Flesch coefficients and number writing
    amount_words(lang)            scale words, currency words and signs, "per cent" (facts)
    language_name(named, lang=…), default_tone, tones, default_audience   what a prompt says by default
    resources(lang)               word lists (function, transition, first-word exceptions, stop)
    is_transition_sentence(tokens, lang)   transitions.py: elided forms, two-part in either order
    is_passive(tokens, lang)      periphrastic passive, inverted questions included
    lemma(word, lang), word_forms_match(a, b, lang)   simplemma, offline, cached
    count_syllables(word, lang)   spoken syllables (French rules, English rule families)
    detect_language(text)         "fr" or "en" from function words, offline

Every per-language table lives here: fr.py / en.py (rules and small tables) and data/*.txt (word
lists, see data/README.md). This package imports nothing else from seo_kit but errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain

from seo_kit.errors import InputError
from seo_kit.lang import en, fr
from seo_kit.lang._data import load_lines, load_words, word_set
from seo_kit.lang._memo import memo
from seo_kit.lang.transitions import is_transition

__all__ = [
    "CURRENCY_SIGNS",
    "LANGS",
    "AmountWords",
    "LanguageResources",
    "abbreviations",
    "amount_words",
    "before_numbers",
    "check_lang",
    "claim_free_labels",
    "colon",
    "count_syllables",
    "default_audience",
    "default_tone",
    "detect_language",
    "faq_questions",
    "is_passive",
    "is_transition_sentence",
    "language_name",
    "lemma",
    "number_format",
    "reading_ease_formula",
    "recap_heading",
    "resources",
    "section_labels",
    "split_elisions",
    "subordinators",
    "summary_labels",
    "tones",
    "unglue_slug_word",
    "word_forms_match",
]

LANGS = ("fr", "en")
_RULES = {"fr": fr, "en": en}


def check_lang(lang: str) -> None:
    """InputError naming the supported languages when ``lang`` is not one of them (the one check
    every layer uses)."""
    if lang not in LANGS:
        raise InputError(f"unsupported language {lang!r}: use one of {', '.join(LANGS)}")


def abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations of ``lang`` whose period never ends a sentence (M., Mme, cf., p. ex.);
    entries with a capital match as written, lowercase ones in any case."""
    check_lang(lang)
    return _RULES[lang].ABBREVIATIONS


def before_numbers(lang: str) -> frozenset[str]:
    """Abbreviations of ``lang`` that announce a number (art. 12, vol. 2): their period does not
    end a sentence when a number follows (lowercase entries, any case)."""
    check_lang(lang)
    return _RULES[lang].BEFORE_NUMBERS


def split_elisions(tokens) -> tuple[str, ...]:
    """Lowercase, unify apostrophes (’) and split French elisions: l’agence → l’, agence.

    The one elision rule of the package (``fr.ELISION``: c’ d’ j’ l’ m’ n’ s’ t’ qu’ jusqu’
    lorsqu’ puisqu’ quoiqu’ presqu’ quelqu’). English text has no such prefixes, so the rule is
    harmless there."""
    return tuple(chain.from_iterable(map(_split_elision, tokens)))


def _split_one_elision(token: str) -> tuple[str, ...]:
    """One token of ``split_elisions``."""
    token = token.lower()
    if "'" in token or "’" in token:  # most tokens have none: skip the regex
        token = token.replace("'", "’")
        match = fr.ELISION.match(token)
        if match:
            return match.group(1), match.group(2)
    return (token,)


# remembered: a site's pages share most of their words, and the per-token Python loop was 6 %
# of an audit row (cProfile, bench/audit_speed.py)
_split_elision = memo(_split_one_elision, 1 << 16)


def unglue_slug_word(word: str, *, lang: str) -> str | None:
    """A slug word without what WordPress glued to it when it dropped an apostrophe ("dolive" →
    olive in French, "heros" → hero in English); None when nothing is glued."""
    check_lang(lang)
    return _RULES[lang].unglue_slug_word(word)


def reading_ease_formula(lang: str) -> tuple[str, float, float, float]:
    """(name, base, words-per-sentence weight, syllables-per-word weight) of ``lang``'s Flesch."""
    check_lang(lang)
    return _RULES[lang].READING_EASE


def number_format(lang: str) -> dict[str, str]:
    """How ``lang`` writes numbers: decimal and group separators (regex pieces), decimal mark."""
    check_lang(lang)
    return _RULES[lang].NUMBERS


# Currency signs and ISO codes, the same in every language (fr.CURRENCIES / en.CURRENCIES: words).
CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "eur": "EUR", "usd": "USD"}


@dataclass(frozen=True)
class AmountWords:
    """How ``lang`` writes amounts around a number (``seo_kit.score.facts``)."""

    scales: dict[str, float]  # scale word → factor ("milliards" → 1e9)
    currencies: dict[str, str]  # currency word or sign → ISO 4217 code ("euros" → "EUR")
    percent: str  # regex of "per cent" written out ("%" is added by the reader)


@cache
def amount_words(lang: str) -> AmountWords:
    """Scale words, currency words (with CURRENCY_SIGNS) and "per cent" of ``lang``."""
    check_lang(lang)
    rules = _RULES[lang]
    return AmountWords(dict(rules.SCALES), {**CURRENCY_SIGNS, **rules.CURRENCIES}, rules.PERCENT)


def language_name(named: str, *, lang: str) -> str:
    """The name of language ``named`` written in ``lang``: ("en", lang="fr") → "anglais"."""
    check_lang(named)
    check_lang(lang)
    return _RULES[lang].LANGUAGE_NAMES[named]


def default_tone(lang: str) -> str:
    """The tone a rewrite brief asks for when none is given, in ``lang`` ("informatif")."""
    check_lang(lang)
    return _RULES[lang].TONE


def tones(lang: str) -> tuple[str, ...]:
    """The tones a brief may ask for in ``lang``, the default first; position k is the same tone
    in every language (fr "pédagogique" = en "educational"). Raises InputError for another lang."""
    check_lang(lang)
    return _RULES[lang].TONES


def colon(lang: str) -> str:
    """The colon between a title's two parts, with the spaces ``lang`` writes around it: " : "
    in French (a space before, Imprimerie nationale), ": " in English ("Mozilla community: the
    background", not "… : the background"). Raises InputError for another language."""
    check_lang(lang)
    return _RULES[lang].COLON


def section_labels(lang: str) -> tuple[str, ...]:
    """Claim-free section titles in ``lang`` ("Le contexte", "The background"…): a rewrite's
    fallback headings, words the grounding check reads as no claim. Raises InputError."""
    check_lang(lang)
    return _RULES[lang].SECTION_LABELS


def subordinators(lang: str) -> tuple[str, ...]:
    """Subordinating conjunctions of ``lang``, lower-case, elided forms with a typographic
    apostrophe ("alors que", "lorsqu’"; "while"): the words that open a clause that cannot stand
    alone. Raises InputError."""
    check_lang(lang)
    return _RULES[lang].SUBORDINATORS


def recap_heading(lang: str) -> str:
    """The heading over a closing list of the source's key facts ("À retenir", "Key points"),
    claim-free like ``section_labels``. Raises InputError for another language."""
    check_lang(lang)
    return _RULES[lang].RECAP_HEADING


def summary_labels(lang: str) -> tuple[str, str, str]:
    """(key points, FAQ, who is who): the labels of the summary blocks a rewrite adds
    ("L’essentiel", "Questions fréquentes", "Qui est qui"; "Key points", "Questions and
    answers", "Who is who"). Raises InputError."""
    check_lang(lang)
    rules = _RULES[lang]
    return rules.KEY_POINTS_HEADING, rules.FAQ_HEADING, rules.WHO_HEADING


def claim_free_labels(lang: str) -> tuple[str, ...]:
    """Every heading text the rewrite engine writes that states nothing: ``section_labels``,
    ``recap_heading``, ``summary_labels`` and the FAQ's questions without their topic. The
    grounding check reads a heading made of their words and the source's as a topic label, not
    a claim (seo_kit.score.checks.grounding). Raises InputError."""
    questions = [q for pair in faq_questions(lang).values() for q in pair]
    return (*section_labels(lang), recap_heading(lang), *summary_labels(lang),
            *(q.replace("{topic}", "") for q in questions))


def faq_questions(lang: str) -> dict[str, tuple[str, str]]:
    """Kind of fact ("date", "figure", "name", "other") → (question with a ``{topic}`` field,
    question without one): the FAQ's questions in ``lang``. Raises InputError."""
    check_lang(lang)
    return dict(_RULES[lang].FAQ_QUESTIONS)


def default_audience(lang: str) -> str:
    """The audience a rewrite prompt names when the brief gives none ("le grand public")."""
    check_lang(lang)
    return _RULES[lang].AUDIENCE


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A lowercased list entry split on spaces and elisions (the lists hold no punctuation)."""
    return split_elisions(phrase.split())


@dataclass(frozen=True)
class LanguageResources:
    lang: str
    function_words: frozenset[str]
    transition_words: frozenset[str]  # single words
    multiword_transitions: tuple[tuple[str, ...], ...]  # tokenised like Sentence.tokens
    two_part_transitions: tuple[tuple[str, str], ...]  # ("d’une part", "d’autre part")
    first_word_exceptions: frozenset[str]
    stop_words: frozenset[str]


@cache
def resources(lang: str) -> LanguageResources:
    """The word lists of ``lang`` ("fr" or "en"); ValueError for another language."""
    check_lang(lang)
    single, multi, two_part = set(), [], []
    for line in load_lines(f"{lang}_transitions.txt"):
        if "…" in line:
            first, second = (part.strip() for part in line.split("…", 1))
            two_part.append((first, second))
            continue
        tokens = _phrase_tokens(line)
        if len(tokens) == 1:
            single.add(tokens[0])
        else:
            multi.append(tokens)
    def word_list(name: str) -> frozenset[str]:  # "d’abord" in a list → "d’" and "abord"
        return frozenset(split_elisions(load_words(f"{lang}_{name}.txt")))

    return LanguageResources(
        lang=lang,
        function_words=word_list("function_words"),
        transition_words=frozenset(single),
        multiword_transitions=tuple(multi),
        two_part_transitions=tuple(two_part),
        first_word_exceptions=word_list("first_word_exceptions"),
        stop_words=word_list("stop_words"),
    )


def _as_tokens(sentence) -> tuple[str, ...]:
    if isinstance(sentence, tuple):
        return sentence  # already tokens, as Sentence.tokens or seo_kit.text.tokenize() give them
    if isinstance(sentence, str):
        raise TypeError("give tokens (seo_kit.text.tokenize(text, lang=…)) or a Sentence, not a str")
    tokens = getattr(sentence, "tokens", None)  # a seo_kit.text.Sentence
    if tokens is not None:
        return tokens
    return split_elisions(tuple(sentence))  # a list of words


def is_transition_sentence(sentence_tokens, lang: str) -> bool:
    """True when the sentence holds a transition word, phrase or both parts of a two-part one
    (in either order), elided forms included (see ``seo_kit.lang.transitions``).

    ``sentence_tokens``: a tuple of lowercased tokens (``Sentence.tokens``,
    ``seo_kit.text.tokenize()``), a Sentence, or a list of words (elisions split here)."""
    check_lang(lang)
    tokens = _as_tokens(sentence_tokens)
    return is_transition(tokens, lang)


def is_passive(sentence_tokens, lang: str) -> bool:
    """True when the sentence is in the passive voice (see ``fr.is_passive`` and ``en``)."""
    check_lang(lang)
    return _RULES[lang].is_passive(_as_tokens(sentence_tokens))


def count_syllables(word: str, lang: str) -> int:
    """Spoken syllables of ``word``; 0 when it has no letters (a number, a symbol)."""
    check_lang(lang)
    return _RULES[lang].count_syllables(word)


@lru_cache(maxsize=131072)
def lemma(word: str, lang: str) -> str:
    """Dictionary form of ``word`` (simplemma, offline); lowercased, ’ for apostrophes."""
    check_lang(lang)
    import simplemma  # loads its language data on first use (~0.4 s)

    word = word.lower().replace("'", "’")
    if not any(c.isalpha() for c in word) or word.endswith("’"):
        return word
    word = split_elisions((word,))[-1]  # l’Ukraine → ukraine, qu’il → il
    return simplemma.lemmatize(word, lang=lang).lower().replace("'", "’")


def word_forms_match(a: str, b: str, lang: str) -> bool:
    """True when ``a`` and ``b`` are the same word or forms of one lemma (maison/maisons)."""
    a, b = a.lower().replace("'", "’"), b.lower().replace("'", "’")
    return a == b or lemma(a, lang) == lemma(b, lang)


# Frequent words that belong to one language only (no "a", "on", "en", "in", "de"…).
_MARKERS = {
    "fr": word_set("le la les des du une est et dans pour que qui pas sur avec au aux ce cette "
                    "il elle ils sont été être avait ont mais ou où nous vous leur plus très "
                    "l’ d’ qu’ n’ s’ c’"),
    "en": word_set("the and is are was were of to that it with for this have has had not be "
                    "by from they which would their been there will an or its"),
}


_FRENCH_LETTERS = re.compile(r"[éèêàùçœâîôû]", re.IGNORECASE)


def _markers_in_chunk(chunk: str) -> complex:
    """How many of ``chunk``'s tokens (punctuation stripped, elisions split) are French markers
    (the real part) and English markers (the imaginary part): one number per chunk, so that a
    text's counts are one ``sum`` in C (small whole numbers: exact in floating point)."""
    tokens = split_elisions((chunk.strip(".,;:!?«»()\"“”"),))
    return complex(sum(map(_MARKERS["fr"].__contains__, tokens)),
                   sum(map(_MARKERS["en"].__contains__, tokens)))


_marker_hits = memo(_markers_in_chunk, 1 << 16)


def detect_language(text: str) -> str:
    """"fr" or "en", whichever has more of its own function words; InputError when neither."""
    # counted per space-separated chunk, each chunk's counts remembered (a site's pages share
    # most of their words): the per-token Python steps were 4 % of an audit row
    total = sum(map(_marker_hits, text.split()), 0j)
    hits = {"fr": total.real, "en": total.imag}
    if not hits["fr"] and not hits["en"] and _FRENCH_LETTERS.search(text):
        return "fr"  # a title without function words: "Voiture électrique, guide d’achat"
    if not hits["fr"] and not hits["en"]:
        raise InputError(
            "cannot tell the language of this text (no French or English function words): "
            "pass lang='fr' or lang='en'"
        )
    return "fr" if hits["fr"] >= hits["en"] else "en"
