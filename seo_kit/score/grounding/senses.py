"""Whether a verb keeps its sense: a verb that loses or gains its reflexive pronoun is another
verb ("se rendre", to go, is not "rendre", to give back; "s'engager" is not "engager";
"se réunir", to meet, is not "réunir", to gather). French only: English has no such pair.

    predicate  "Lavrov a rendu … en 2018" where the source says "Lavrov s'est rendu … en 2018"
               (verb sense changed), and the reverse.

Not yet part of the verdict (``align._reasons``): tests/rewrite/test_ground.py
(test_a_headline_without_its_se_is_refused) pins the engine's own reading of this fault
(seo_kit.rewrite.pronominal, reason "pronominal", asked only when grounding passes). Once that
test accepts "unsupported", add ``or sense_reasons(v, parts, source, lang)`` after
``moved_reasons`` in ``align._reasons`` and drop the engine's copy: one home for the fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason

__all__ = ["SAME_SENSE", "reflexive_verbs", "sense_reasons"]

# Verbs whose reflexive is the reciprocal of the same event ("A et B se sont rencontrés" = "A a
# rencontré B"); every other verb changes sense with its reflexive pronoun (Le Robert's
# "pronominal" senses: se rendre / rendre, s'engager / engager, se réunir / réunir …).
SAME_SENSE = frozenset(["rencontrer", "affronter", "croiser", "quitter", "embrasser", "saluer",
                        "meet"])


_REFLEXIVE = frozenset(["se", "s'"])
# between the reflexive pronoun and its verb: auxiliaries, negation, adverbs, other clitics
_BETWEEN = frozenset(["ne", "n'", "pas", "plus", "jamais", "guere", "point", "y", "en", "le",
                      "la", "les", "l'", "lui", "leur"])


def reflexive_verbs(tokens, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(lemmas of verbs said with a reflexive pronoun, lemmas said without one), French only:
    "s'est rendu" → rendre in the first, "a rendu" in the second. The pronoun ("se", "s'") stands
    just before the verb, its auxiliaries, negation, adverbs and other clitics between ("ne s'en
    est pas allé", "s'était déjà rendu"); read from word order, not from the parse's
    ``expl:comp`` / ``expl:pv`` label, because the small parser often hangs the clitic on
    another word ("s’" as a ``dep`` of the subject) or on a modal ("il doit s'entretenir")."""
    from seo_kit.score.grounding.tokens import verb_lemma
    from seo_kit.score.grounding.words import key

    if lang != "fr":
        return frozenset(), frozenset()
    marked, plain = set(), set()
    for k, verb in enumerate(tokens):
        lemma = verb_lemma(verb, lang) if verb.pos_ == "VERB" else ""
        if not lemma:
            continue
        j = k - 1
        while j >= 0 and ((tokens[j].head.i == verb.i and tokens[j].dep_.startswith("aux"))
                          or key(tokens[j].text) in _BETWEEN or tokens[j].pos_ == "ADV"):
            j -= 1
        found = j >= 0 and key(tokens[j].text) in _REFLEXIVE
        (marked if found else plain).add(lemma)
    return frozenset(marked), frozenset(plain)


def sense_reasons(v: Analysis, parts: Sequence[Analysis], source: Sequence[Analysis],
                  lang: str) -> list[Reason]:
    """A verb said with a reflexive pronoun where every passage sentence saying that verb says
    it without one, or the reverse (``parts`` first, else the whole ``source``). A reciprocal
    that tells the same meeting (``SAME_SENSE``: "Kim et Poutine se sont rencontrés") keeps its
    sense; "se réunir" (to meet) is not "réunir" (to gather). Only sentences whose subject of
    the verb (``order.Side.before``) shares a name or noun with this one's are compared: with
    another subject, the reflexive is the passive voice said actively."""
    marked, plain = v.senses
    for lemma in sorted(marked ^ plain):
        if lemma in SAME_SENSE:
            continue
        mine = lemma in marked
        actors = _actors(v, lemma)
        for pool in (parts, source):
            hosts = [s for s in pool if lemma in s.senses[0] | s.senses[1]]
            if hosts:
                break
        # the same actor: "Lavrov s'est rendu" → "Lavrov a rendu"; another subject is a change
        # of voice ("les mutations peuvent se transmettre" → "les papillons transmettent …")
        hosts = [s for s in hosts if not actors or not _actors(s, lemma)
                 or actors & _actors(s, lemma)]
        if hosts and all(lemma in (s.senses[1] if mine else s.senses[0])
                         and lemma not in (s.senses[0] if mine else s.senses[1])
                         for s in hosts):
            said, was = ("se " + lemma, lemma) if mine else (lemma, "se " + lemma)
            return [Reason("predicate", f"verb sense changed: '{said}' here, '{was}' in the "
                                        "source (the reflexive pronoun makes another verb)")]
    return []


def _actors(a: Analysis, lemma: str) -> frozenset[str]:
    """Names and nouns before the verb ``lemma`` in its clause (its subject, as word order
    tells it)."""
    return frozenset().union(*(side.before for side in a.sides if side.verb == lemma))
