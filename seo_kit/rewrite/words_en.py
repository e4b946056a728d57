"""English clauses read without a parser: verb groups, subjects, tenses (the headings' and the
sentence splits' reading: seo_kit.rewrite.headline_en, seo_kit.rewrite.clauses_en).

No English spaCy pipeline is installed: a verb is what the grounding check's English rules take
for one (seo_kit.score.grounding.rules.verb_like: a verb of its tables or a past form, simplemma
lemmas); a subject is the words before it, without an opening pronoun, indefinite, preposition
or relative; a past form, a present perfect or a past perfect becomes the present, a passive's
"was" becomes "is".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["apposed", "lemma_en", "past_form", "plural_subject", "present_en", "subject_of",
           "tensed", "verb_at"]

_PERFECT = {"has", "have", "had"}
_BE_PAST = {"was": "is", "were": "are"}
_BE_PRESENT = {"is", "are", "am", "'s"}
_MODALS = {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "cannot",
           "ought", "won't", "wouldn't", "couldn't", "can't", "shouldn't"}
_NEGATIONS = {"not", "never", "no", "didn't", "doesn't", "don't", "hasn't", "haven't",
              "hadn't", "wasn't", "weren't", "isn't", "aren't", "n't"}
_ADVERBS = {"also", "then", "later", "first", "already", "still", "soon", "recently", "once",
            "now", "further", "again", "ever", "both", "all"}
_ARTICLES = {"the", "a", "an"}
# Subjects that name no one in a heading: pronouns, demonstratives, indefinites.
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
             "there", "some", "many", "several", "others", "one", "its", "their", "his", "her",
             "such", "both", "each", "all", "most", "any", "however", "but", "and", "while",
             "when", "as", "because", "although", "though", "if", "after", "before", "since",
             "which", "who", "where", "whereas", "a", "an", "in", "on", "at", "for", "with",
             "from", "by", "to", "of", "during", "following", "under", "over", "about",
             "according", "due", "despite", "unlike", "like", "without", "within", "through"}
_PLURALS = ("s", "men", "ren", "ice", "eet", "eeth", "ople", "ata")  # fishermen, children, mice
_OF = {"of", "from", "in", "at", "for", "with", "on", "by"}
_RELATIVES = {"that", "which", "who", "whom", "whose", "where", "when"}
# Words that point back to a sentence before: a heading holding one would not stand alone.
_ANAPHORS = {"it", "its", "they", "them", "their", "this", "these", "those", "he", "him",
             "his", "she", "her", "former", "latter", "such"}
_WORD = re.compile(r"[\w$][\w.$%’'-]*[\w%$]|[\w$%]")


def present_en(lemma: str, *, plural: bool) -> str:
    """The third person present of ``lemma``: "promote" → "promotes"/"promote", "go" → "goes",
    "fly" → "flies", "have" → "has", "be" → "is"/"are"."""
    if lemma == "be":
        return "are" if plural else "is"
    if plural:
        return lemma
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def lemma_en(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word.lower(), lang="en")


def apposed(segment: str) -> bool:
    """``segment`` (a stretch between commas) is an apposition: "the former head of …", "a
    spokeswoman for the government", "executive chairwoman of Mozilla Corporation"."""
    words = segment.split()
    return len(words) >= 2 and words[0][:1].islower() and not verb_at(words)


def verb_at(words: list[str], start: int = 1) -> tuple[int, int] | None:
    """(first, last) word index of the first verb group of ``words`` from word ``start`` (after
    at least one subject word by default): auxiliaries and adverbs, then the verb read by the
    grounding rules; None."""
    from seo_kit.score.grounding.rules import verb_like
    from seo_kit.score.grounding.words import key

    for i in range(start, len(words)):
        low = words[i].lower()
        if low in _PERFECT | set(_BE_PAST) | _BE_PRESENT | _MODALS | _NEGATIONS | {"did", "does",
                                                                                    "do"}:
            return i, _group_end(words, i)
        if words[i][:1].isupper() or low in _ARTICLES | _ADVERBS | _PRONOUNS | _ANAPHORS \
                or low.endswith(("ly", "ing")) or "-" in low:
            continue
        lemma = key(lemma_en(low))
        past = low.endswith("ed") or (lemma != low and not low.endswith(_PLURALS))
        if verb_like(i, words, lemma, "en") and (past or low.endswith("s")) \
                and not (i + 1 < len(words) and words[i + 1].endswith("ed")
                         and past_form(words[i + 1])):
            return i, i  # "Local fishermen welcomed": the verb is the second, not "fishermen"
    return None


def past_form(word: str) -> bool:
    """``word`` reads as a verb's past form: "welcomed", "found"; not a noun ("costs")."""
    low = word.lower()
    return word[:1].islower() and low not in _ADVERBS | _PRONOUNS | _ANAPHORS and (
        low.endswith("ed") or (lemma_en(low) != low and not low.endswith((*_PLURALS, "ing"))))


def _group_end(words: list[str], i: int) -> int:
    """The last word of the verb group opening at the auxiliary ``words[i]``."""
    j = i
    while j + 1 < len(words) and (words[j + 1].lower() in _ADVERBS | _NEGATIONS | {"been", "be"}
                                  or words[j + 1].lower().endswith("ly")):
        j += 1
    return j + 1 if j + 1 < len(words) and words[j + 1][:1].islower() else j


def tensed(group: list[str], plural: bool) -> str | None:
    """The verb group ``group`` (its words as written) in the present; None for a modal, a
    denial, a past "be" alone, a past intent or expectation ("had expected", "hoped": in the
    present it would still hold; seo_kit.score.grounding.claims.INTENT), or a group the rules
    cannot read."""
    from seo_kit.score.grounding.claims import INTENT

    low = [w.lower() for w in group]
    if set(low) & (_MODALS | _NEGATIONS) or any(w.endswith("n't") for w in low):
        return None
    adverbs = [w for w in group[:-1] if w.lower() in _ADVERBS or w.lower().endswith("ly")]
    verb = group[-1]
    head = " ".join([*adverbs, ""])
    if len(group) == 1:
        lemma = lemma_en(verb)
        if lemma == verb.lower() or verb.lower().endswith("s") and not verb.lower().endswith(
                "ss") and lemma + "s" == verb.lower() or verb.lower() in _BE_PRESENT:
            return verb  # already the present: kept as written
        if lemma == "be" or lemma in INTENT["en"]:
            return None
        return present_en(lemma, plural=plural)
    aux = low[0]
    if aux in _PERFECT or aux in ("did", "does", "do"):
        if "been" in low:  # "had been designed": a passive, "is designed"
            return f"{head}{present_en('be', plural=plural)} {verb}"
        if lemma_en(verb) in INTENT["en"]:
            return None
        return f"{head}{present_en(lemma_en(verb), plural=plural)}"
    if aux in _BE_PAST:  # "was designated" → "is designated"
        return f"{head}{present_en('be', plural=plural)} {verb}"
    if aux in _BE_PRESENT:
        return " ".join(group)
    return None


def subject_of(words: list[str], names: Sequence[str], opening: bool = True
             ) -> tuple[str, bool] | None:
    """(subject as a headline writes it, plural) from the words before the verb: no leading
    article; the name that ends it without the title before it ("executive chairwoman Mitchell
    Baker" → "Mitchell Baker"); None for a pronoun, an indefinite, a relative or a long phrase.
    ``opening``: the words may open in lower case (a clause after "In 2017, …")."""
    while words and (words[-1].lower() in _ADVERBS or words[-1].lower().endswith("ly")):
        words = words[:-1]
    words = [w.strip(",;:") for w in words]
    if not words or words[0].lower() in _PRONOUNS or not words[0][:1].isalnum() or (
            words[0][:1].islower() and not opening) or {w.lower() for w in words} & _RELATIVES \
            or words[-1].lower() in ("and", "or") or any(map(past_form, words)):
        return None  # "a mobile OS called …", "said the vault …": no subject of a clause
    if words[0].lower() == "the":
        words = words[1:]
    text = " ".join(words)
    for name in sorted(names, key=len, reverse=True):
        before = text[:-len(name)].split()
        # a title in apposition ("executive chairwoman Mitchell Baker"), not "A and B"
        if len(name.split()) >= 2 and text.endswith(" " + name) and before[-1][:1].islower() \
                and before[-1] not in ("and", "or", "of", "from", "with", "for", "by"):
            text, words = name, name.split()
            break
    if not words or len(words) > 6 or len(text) > 50:
        return None
    plural = plural_subject(words)
    return text[0].upper() + text[1:], plural


def plural_subject(words: list[str]) -> bool:
    """A plural subject, as far as its words show: a common noun in -s at its end ("gene
    banks", "Supporters"), or "and" between two names or plurals ("OkCupid and CREDO Mobile";
    not "co-founder and CEO Sam Yagan")."""
    def plural_noun(word: str, first: bool) -> bool:
        if word.lower() in ("police", "people", "staff", "cattle", "clergy"):
            return True
        return (word[:1].islower() or first) and word.lower().endswith(_PLURALS[:5]) \
            and not word.endswith(("ss", "us", "is", "'s", "’s", "ice"))

    # the head of "Two researchers from Oslo": the word before the first preposition
    head = next((i for i, w in enumerate(words) if i and w in _OF), len(words))
    words = words[:head]
    if plural_noun(words[-1], len(words) == 1):
        return True
    return any(w == "and" and 0 < i < len(words) - 1 and (
        words[i - 1][:1].isupper() or plural_noun(words[i - 1], False))
        for i, w in enumerate(words))
