"""Whether a verb keeps its sense: a verb that loses or gains its reflexive pronoun is another
verb ("se rendre", to go, is not "rendre", to give back; "s'engager" is not "engager";
"se réunir", to meet, is not "réunir", to gather). French only: English has no such pair.

    predicate  "Lavrov a rendu … en 2018" where the source says "Lavrov s'est rendu … en 2018"
               (verb sense changed), and the reverse.

The one reader of the reflexive pronoun in seo_kit (``verb_senses``, computed by
``frames.from_doc`` for every Analysis): ``align._reasons`` asks ``sense_reasons`` after
``moved``, in the balanced check and the strict gate alike, and seo_kit.rewrite.pronominal reads
the same records for its grammar rule (a past participle that lost its auxiliary). The embedded
model wrote "Lavrov a rendu pour la dernière fois en Corée du Nord en 2018" (issue #11): every
name, place and date is the source's, only the verb changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seo_kit.score.grounding.analysis import Analysis, Reason

__all__ = ["SAME_SENSE", "Sense", "sense_reasons", "verb_senses"]

# Verbs whose reflexive is the reciprocal of the same event ("A et B se sont rencontrés" = "A a
# rencontré B"); every other verb changes sense with its reflexive pronoun (Le Robert's
# "pronominal" senses: se rendre / rendre, s'engager / engager, se réunir / réunir …).
SAME_SENSE = frozenset(["rencontrer", "affronter", "croiser", "quitter", "embrasser", "saluer",
                        "meet"])

_REFLEXIVE = frozenset(["se", "s'"])
_CLITIC_DEPS = frozenset(["expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj"])
# between the reflexive pronoun and its verb group: other clitics, the negation
_BETWEEN = frozenset(["y", "en", "l'", "le", "la", "les", "lui", "leur", "ne", "n'"])
# endings taken off a folded lemma or word to match a verb in any form (longest first)
_ENDINGS = ("issent", "ees", "ent", "ee", "es", "ies", "ues", "oir", "er", "ir", "re", "ie",
            "is", "ue", "us", "it", "e", "i", "u", "s", "t")


@dataclass(frozen=True)
class Sense:
    """One verb as written: its stems ("rendu", "rend", "rendre" → "rend": the small model
    lemmatises some participles as nouns, "félicité"), its folded lemma ("" when none looks
    like a verb), whether it has the reflexive pronoun, its words ("s'est rendu"), and whether
    it is a past participle without an auxiliary (``bare``) or has one (``auxiliary``)."""
    stems: frozenset[str]
    lemma: str
    reflexive: bool
    words: str
    bare: bool = False
    auxiliary: bool = False


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def verb_senses(tokens, lang: str) -> tuple[Sense, ...]:
    """Each verb of a spaCy parse (French; empty for other languages) as a ``Sense``. The
    pronoun is the third person's "se"/"s'" ("nous", "vous" are as often plain objects): a child
    of the verb (``expl:comp``, ``expl:pv``, ``expl:pass``, ``obj``, ``iobj``), or the clitic
    just before the verb group ("s'y est rendu", "ne s'est pas rendu") when the small parser
    hangs it elsewhere (it tags "s’" with a curly apostrophe as a noun). A root with a subject is
    a verb even when tagged an adjective ("Paris inquiète de…")."""
    from seo_kit.score.grounding.tokens import verb_lemma
    from seo_kit.score.grounding.words import key

    if lang != "fr" or not tokens:
        return ()
    doc = tokens[0].doc
    found = []
    for token in tokens:
        children = list(token.children)
        auxiliaries = [c for c in children if c.dep_.startswith("aux") and c.pos_ == "AUX"]
        clitics = [c for c in children if key(c.text) in _REFLEXIVE and c.dep_ in _CLITIC_DEPS]
        rooted = token.dep_ == "ROOT" and any(c.dep_.startswith("nsubj") for c in children)
        if token.pos_ != "VERB" and not auxiliaries and not clitics and not rooted:
            continue
        if token.pos_ == "AUX" or key(token.lemma_) in ("etre", "avoir"):
            continue
        start = min([token.i, *(c.i for c in auxiliaries)])
        before = start - 1
        while before >= 0 and (key(doc[before].text) in _BETWEEN or doc[before].pos_ == "AUX"):
            before -= 1
        reflexive = bool(clitics) or (before >= 0 and key(doc[before].text) in _REFLEXIVE)
        stems = {_stem(key(token.text))}
        if token.pos_ == "VERB":
            stems.add(_stem(key(token.lemma_)))
        first = min([start, *(c.i for c in clitics)]) if clitics else (
            before if reflexive else start)
        bare = not auxiliaries and "Part" in token.morph.get("VerbForm") \
            and "Past" in token.morph.get("Tense")
        lemma = verb_lemma(token, lang) if token.pos_ == "VERB" else ""
        found.append(Sense(frozenset(stems), lemma, reflexive,
                           doc[first:token.i + 1].text.replace("’", "'"), bare,
                           bool(auxiliaries)))
    return tuple(found)


def same_verbs(sense: Sense, pool: Sequence[Analysis]) -> list[tuple[Analysis, Sense]]:
    """The verbs of ``pool`` that share a stem with ``sense`` (any form, any voice)."""
    return [(s, theirs) for s in pool for theirs in s.senses if theirs.stems & sense.stems]


def sense_reasons(v: Analysis, parts: Sequence[Analysis], source: Sequence[Analysis],
                  lang: str) -> list[Reason]:
    """A verb said with a reflexive pronoun where every passage sentence saying that verb says
    it without one, or the reverse (``parts`` first, else the whole ``source``). A reciprocal
    that tells the same meeting (``SAME_SENSE``: "Kim et Poutine se sont rencontrés") keeps its
    sense. Only verbs whose subject (``order.Side.before``, names and nouns before the verb in
    its clause) shares a mention with this one's are compared, when both have one: with another
    subject, the reflexive is the passive voice said actively ("les mutations peuvent se
    transmettre" → "les papillons transmettent")."""
    if lang != "fr":
        return []
    for mine in v.senses:
        if mine.lemma in SAME_SENSE:
            continue
        same = []
        for pool in (parts, source):
            same = same_verbs(mine, pool)
            if same:
                break
        actors = _actors(v, mine.lemma)
        same = [(s, theirs) for s, theirs in same
                if not actors or not _actors(s, theirs.lemma) or actors & _actors(s, theirs.lemma)]
        if same and all(theirs.reflexive != mine.reflexive for _, theirs in same):
            return [Reason("predicate", f"verb sense changed: '{mine.words}' here, "
                                        f"'{same[0][1].words}' in the source (the reflexive "
                                        "pronoun makes another verb)")]
    return []


def _actors(a: Analysis, lemma: str) -> frozenset[str]:
    """Names and nouns before the verb ``lemma`` in its clause (its subject, as word order
    tells it)."""
    return frozenset().union(*(side.before for side in a.sides if lemma and side.verb == lemma))
