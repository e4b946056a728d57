"""A headline clause too long for a heading, shortened at syntactic boundaries.

A present-tense clause of a section's sentence is the best heading it has
(seo_kit.rewrite.headline), but news sentences are long: "Kim appelle à une augmentation
exponentielle de la production d'armes nucléaires" is 80 characters, "Les spéculations sur un
éventuel projet nord-coréen visant à… éclatent lors de la visite de Kim en Russie" far more; the
heading step then fell back on a pair of names ("Kim et États-Unis", issue #11) that names no
event. ``shortened`` reads the clause with spaCy's French parse (the pipeline grounding loads)
and drops whole subtrees that modify a word — a relative or participial clause (``acl``,
``acl:relcl``), an apposition, a complement of a noun (``nmod``), an adjective (``amod``), an
adverbial clause, a conjunct of an adjective or a verb with its conjunction, an adjunct of the
verb (``obl:mod``) — never the verb, its subject's or object's head, an argument the verb needs
(``obl:arg``: "appelle à …"), a conjunct of a noun ("La Russie et la Corée du Nord se
rapprochent": both did), a name (a phrase that holds one deeper may go), an amount, a rank
("dixième", "premier"), a span that is not one whole phrase of the parse, nor a time of the
clause (a present-tense heading without its date would tell a past event as today's), nor
what places its event ("lors de la visite de Kim", "pendant le sommet": ``_WHEN``). What is
left keeps subject, verb and object: "Kim appelle à une augmentation de la production d'armes
nucléaires". Each form is gated like any heading (seo_kit.rewrite.heading_rules: supported by
the strict gate, not cut, on topic), so a wrong parse costs a candidate, never a false heading.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations, pairwise

__all__ = ["common_stems", "repeated_stems", "shortened"]

# Dependents that modify a word and may go with their whole subtree.
_DROP = {"amod", "nmod", "acl", "acl:relcl", "appos", "advcl", "conj", "obl:mod", "obl",
         "advmod", "nummod:entity"}
_ORDINALS = {"premier", "première", "premiers", "premières", "dernier", "dernière", "derniers",
             "dernières", "seul", "seule", "seuls", "seules"}
# What places the clause's event ("éclatent lors de la visite de Kim en Russie"): an adjunct of
# the verb that opens with one of these stays, like a date (the seed's "Les spéculations …
# éclatent en Russie" had lost "lors de la visite de Kim", so it said where, not when).
_WHEN = re.compile(r"^(?:lors|pendant|durant|au cours|à l['’]occasion|à l['’]issue|au moment|"
                   r"avant|après|depuis|dès|à la suite|au lendemain|à la veille|la veille)\b",
                   re.IGNORECASE)
_MAX_DROPPED = 3  # subtrees dropped at once (keeps the forms tried few and close to the clause)
_FORMS = 6  # forms returned, longest first


@lru_cache(maxsize=1024)
def shortened(clause: str, limit: int, *, verb: str | None = None, names: tuple[str, ...] = (),
              common: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Forms of ``clause`` (French, one clause: subject, verb, the rest) of at most ``limit``
    characters and 3 words or more, made by dropping modifier subtrees (see the module); ``verb``:
    the clause's verb as the caller wrote it (its root, whatever the tagger says), else the root
    must be tagged a verb. Longest
    first among those that keep the most of ``common`` (``common_stems`` of the source: the words
    it repeats say what matters), at most _FORMS; never inside one of ``names`` ("Kim Il Sung",
    "Corée du Nord" stay whole); empty when the clause has no verb root or none fits.
    "Kim appelle à une augmentation exponentielle de la production d'armes nucléaires", 70 →
    ("Kim appelle à une augmentation de la production d'armes nucléaires", …)."""
    from seo_kit.rewrite.headline import _TIME, _trimmed
    from seo_kit.score.grounding.analysis import _pipeline

    nlp = _pipeline("fr")
    if nlp is None or len(clause) <= limit:
        return ()
    doc = nlp(clause.replace("’", "'"))  # same length: offsets hold for ``clause``
    roots = [t for t in doc if t.dep_ == "ROOT"]
    # the small model tags some present tenses as adverbs ("éclatent"): the verb the caller
    # conjugated is the root whatever its tag
    if len(roots) != 1 or (roots[0].pos_ not in ("VERB", "AUX") if verb is None
                           else roots[0].text != verb.split()[-1]):
        return ()
    root = roots[0]
    protected = [(m.start(), m.end()) for name in names
                 for m in re.finditer(re.escape(name), clause)]
    # what places an event, wherever the parse hangs it, with the noun it needs: "lors de la
    # visite", "au cours de leur rencontre" (a complement of that noun may still go)
    when = [t for t in doc if _WHEN.match(doc.text[t.left_edge.idx:])]
    placing = {t.i for w in when for t in (w, *w.children)
               if t.i == w.i or t.dep_ in ("nmod", "obl:arg")}
    droppable = []
    for token in doc:
        if token.dep_ not in _DROP or token.i == root.i or token.pos_ == "PUNCT":
            continue
        span = list(token.subtree)
        if root in span or token.i in placing or token.head.i == root.i and (
                token.dep_ == "obl:arg" or _TIME.search(" ".join(t.text for t in span))):
            continue
        if token.head.i == root.i and token.dep_ == "advmod" and token.lower_ in (
                "ne", "pas", "jamais", "plus", "non"):
            continue  # a negation is never dropped
        if token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            continue  # "La Russie et la Corée du Nord se rapprochent": both did
        if token.head.pos_ == "NUM" or token.pos_ == "PROPN" or any(t.pos_ == "NUM"
                                                                     for t in span) \
                or token.lower_.endswith("ième") or token.lower_ in _ORDINALS:
            continue  # an amount, a rank or a name says which one: "0,25 point", "dixième"
        inside = {t.i for t in span}
        if span[-1].i - span[0].i + 1 != len(span) or any(
                t.head.i in inside for t in doc if t.i not in inside):
            continue  # not a whole phrase in the text: dropping it leaves debris
        start, end = span[0].idx, span[-1].idx + len(span[-1].text)
        if any(a < end and start < b and not (start <= a and b <= end) for a, b in protected):
            continue  # it would cut a name ("Kim Il Sung" → "Kim Sung")
        droppable.append((start, end))
    spans = sorted(set(droppable))
    forms: set[str] = set()
    for size in range(1, min(_MAX_DROPPED, len(spans)) + 1):
        for chosen in combinations(spans, size):
            if any(a[1] > b[0] for a, b in pairwise(chosen)):
                continue  # nested or overlapping: the outer one alone says it
            text = clause
            for start, end in sorted(chosen, reverse=True):
                text = text[:start] + " " + text[end:]
            text = _trimmed(re.sub(r"\s+", " ", text).strip(" ,"))
            text = re.sub(r"\s+([,.])", r"\1", text)
            if len(text) <= limit and len(text.split()) >= 3:
                forms.add(text)
    return tuple(sorted(forms, key=lambda f: (-len(common_stems(f) & common), -len(f),
                                               f))[:_FORMS])


def common_stems(text: str) -> frozenset[str]:
    """The stems (first 5 letters, lower case) of the words of 4 letters or more of ``text``:
    "armes nucléaires" and "programme nucléaire" share "nuclé"."""
    return frozenset(w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.lower()))


@lru_cache(maxsize=8)
def repeated_stems(sentences: tuple[str, ...]) -> frozenset[str]:
    """The ``common_stems`` that two sentences or more of ``sentences`` (the source) share."""
    from collections import Counter

    counts = Counter(stem for sentence in sentences for stem in common_stems(sentence))
    return frozenset(stem for stem, n in counts.items() if n >= 2)
