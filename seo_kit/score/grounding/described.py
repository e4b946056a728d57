"""Who a sentence says someone is, and the check that a variant gives no one another's title.

A source describes a person with a noun phrase next to the name: an apposition ("Jean-Michel
Larqué, ancien footballeur et joueur mythique de l'AS Saint-Étienne"), a title before the name
("le journaliste et commentateur sportif Thierry Roland", "le porte-parole du Conseil …, John
Kirby") or a copula ("Larqué est un ancien footballeur"). A variant that writes "Thierry Roland
était un ancien joueur de l'AS Saint-Étienne" moves Larqué's description to Roland: every name,
word and place is in the source, the sentence is false. ``description_swaps`` reports it as a
``role_swap`` when the source gives the variant's noun to someone else and never to the person
the variant gives it to.

Read from the token sequence (the small French parser mislabels appositions: "défunt/NOUN
grand-père/ADJ"), French only: the English rule-based reading keeps no tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.cues import DEMONYMS
from seo_kit.score.grounding.words import key

__all__ = ["Description", "description_swaps", "descriptions"]

# (name keys of the person, head nouns: what a variant claims, every content word of the phrase:
# what a source supports)
Description = tuple[frozenset[str], frozenset[str], frozenset[str]]

_COPULAS = {"est", "etait", "fut", "sera", "serait", "reste", "restait", "devient", "devint",
            "demeure", "etaient", "sont", "furent"}
_PREPOSITIONS = {"de", "du", "des", "d'", "a", "au", "aux", "en", "dans", "pour", "chez", "sur",
                 "avec", "par"}
_STOP = {"qui", "que", "dont", "ou", "lequel", "laquelle"}
_JOIN = {"et", "ou"}
_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "ce", "cet",
                "cette"}


def descriptions(tokens, name_of: dict[int, str], fold, lang: str) -> tuple[Description, ...]:
    """Descriptions of each run of name tokens in one parsed sentence. ``fold`` folds a word
    (lowercase, no accents); ``name_of`` maps token index → folded name. French only."""
    if lang != "fr":
        return ()
    out: list[Description] = []
    named = {i for i, name in name_of.items() if name not in DEMONYMS[lang]}  # not "russe"
    k = 0
    while k < len(tokens):
        if tokens[k].i not in named:
            k += 1
            continue
        end = k
        while end + 1 < len(tokens) and (tokens[end + 1].i in named
                                         or tokens[end + 1].text == "-"):
            end += 1
        run = frozenset(name_of[t.i] for t in tokens[k:end + 1] if t.i in named)
        closed = end + 1 >= len(tokens) or tokens[end + 1].is_punct
        # "le voyage en Russie était …": a name under a preposition is no subject
        subject = k == 0 or not (tokens[k - 1].pos_ == "ADP"
                                 or fold(tokens[k - 1].text) in _PREPOSITIONS)
        for heads, words in (_after(tokens, end + 1, name_of, fold, subject),
                             _before(tokens, k - 1, name_of, fold, closed)):
            if heads or words:
                out.append((run, heads, words))
        k = end + 1
    return tuple(out)


def _phrase(tokens, start: int, name_of, fold) -> tuple[frozenset[str], frozenset[str], str]:
    """Head nouns (before any preposition) and content words of the noun phrase at ``start``,
    and the token that ends it ("" at the end of the sentence)."""
    heads, words, in_complement = set(), set(), False
    for t in tokens[start:]:
        word = fold(t.text)
        if t.is_punct or t.pos_ in ("VERB", "AUX") or word in _STOP:
            return frozenset(heads), frozenset(words), t.text if t.is_punct else "verb"
        if t.pos_ == "ADP" or word in _PREPOSITIONS or word.endswith("'") and word != "l'":
            if not words:
                return frozenset(), frozenset(), "adp"  # "Kim, selon l'agence …": no phrase
            in_complement = True
            continue
        if t.i in name_of or t.pos_ in ("DET", "NUM", "PRON") or word in _JOIN:
            continue
        lemma = fold(t.lemma_)
        words |= {lemma, word}
        if not in_complement and t.pos_ == "NOUN":
            heads.add(lemma)
    return frozenset(heads), frozenset(words), ""


_NONE = (frozenset(), frozenset())


def _after(tokens, k: int, name_of, fold, subject: bool):
    """"Larqué, ancien footballeur …," (an apposition closed by punctuation, not "Selon Kim,
    les deux pays ont …") or "Larqué est un ancien footballeur …"."""
    if k >= len(tokens):
        return _NONE
    word = fold(tokens[k].text)
    if word in _COPULAS and subject:
        start = k + 1
        if start < len(tokens) and fold(tokens[start].text) in ("devenu", "devenue"):
            start += 1
        return _phrase(tokens, start, name_of, fold)[:2]
    if tokens[k].text == ",":
        heads, words, end = _phrase(tokens, k + 1, name_of, fold)
        return (heads, words) if end in (",", ".", ";", ")", "") else _NONE
    return _NONE


def _before(tokens, k: int, name_of, fold, closed: bool):
    """"le journaliste et commentateur sportif Thierry Roland", "le porte-parole du Conseil …,
    John Kirby," (after a comma only when the name is closed by punctuation too: not "Après la
    visite, Kim a …"): the phrase from its determiner to the name, which it must touch (not "la
    visite de Lavrov")."""
    if k >= 0 and tokens[k].text == ",":
        if not closed:
            return _NONE
        k -= 1
    elif k < 0 or fold(tokens[k].text) in _PREPOSITIONS or tokens[k].pos_ == "ADP" or \
            tokens[k].text[:1].isupper():
        return _NONE  # "la visite de Lavrov", "l'AS Saint-Étienne": no title of the name
    start = None
    while k >= 0:
        t = tokens[k]
        if t.is_punct or t.pos_ in ("VERB", "AUX") or fold(t.text) in _STOP:
            break
        if t.pos_ == "DET" and fold(t.text) in _DETERMINERS:
            start = k
            if k == 0 or fold(tokens[k - 1].text) not in _PREPOSITIONS:
                break
            start = None  # "le ministre des Affaires": a determiner inside the phrase
        k -= 1
    if start is None:
        return _NONE
    return _phrase(tokens, start + 1, name_of, fold)[:2]


def description_swaps(v: Analysis, source: Sequence[Analysis]) -> list[Reason]:
    """A noun the variant gives a person that the source gives only to someone else: "Thierry
    Roland était un ancien joueur" when the source's "ancien joueur" is Jean-Michel Larqué."""
    given: list[tuple[frozenset[str], frozenset[str]]] = [
        (run, words) for s in source for run, _, words in s.described]
    for run, heads, _ in v.described:
        for noun in sorted(heads):
            holders = [other for other, words in given if noun in words]
            if not holders or any(other & run for other in holders):
                continue
            if not any(run & s.names for s in source):
                continue  # a name the source lacks is an entity fault, said elsewhere
            if any((noun in s.lemmas or noun in s.words) and run & _written(s.text)
                   and not any(noun in words and not other & run
                               for other, _, words in s.described) for s in source):
                continue  # the source says it of them in a way not read here ("nommé … comme")
            shown = " ".join(sorted(holders[0]))
            return [Reason("role_swap", f"the source calls {shown!r} {noun!r}, not "
                                        f"{' '.join(sorted(run))!r}")]
    return []


def _written(text: str) -> frozenset[str]:
    """Folded words the sentence writes (names a pronoun stands for are not written)."""
    return frozenset(key(w) for w in re.findall(r"[\w-]+", text))
