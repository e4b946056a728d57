"""A clause in a simple tense, read for a headline: subject, verb in the present, the rest.

seo_kit.rewrite.headline reads the passé composé with patterns ("Lavrov est arrivé…" → "Lavrov
arrive…"). News also reports in the present ("Les relations … remontent à la création du Nord en
1948"), with a modal ("Lavrov doit rencontrer Choe Son Hui") or in the imperfect ("La Corée du
Nord imposait des contrôles…"): ``finite_clause`` reads those with spaCy's French parse (the
pipeline grounding loads): the root verb, finite, indicative, present or imperfect, with its
subject before it and no auxiliary (a compound tense or a passive is headline's), no negation.
An imperfect is put in the present with the conjugation rules of headline (``present``). A parse
that is wrong costs a candidate only: every headline is gated (seo_kit.rewrite.heading_rules).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

__all__ = ["finite_clause"]

_NEGATION = {"ne", "n’", "n'", "pas", "jamais", "rien", "plus"}


@lru_cache(maxsize=1024)
def finite_clause(segment: str, present: Callable[..., str | None]) -> \
        tuple[str, str, str, str] | None:
    """(subject, verb in the present, lemma, rest) of ``segment`` (one comma-free clause), or
    None: "Les relations entre la Russie et la Corée du Nord remontent à la création du Nord" →
    ("Les relations entre la Russie et la Corée du Nord", "remontent", "remonter", "à la
    création du Nord"). ``present(lemma, plural=…)``: seo_kit.rewrite.headline.present."""
    from seo_kit.score.grounding.analysis import _pipeline

    nlp = _pipeline("fr")
    if nlp is None:
        return None
    doc = nlp(segment)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    morph = root.morph
    if root.pos_ not in ("VERB", "AUX") or "Fin" not in morph.get("VerbForm") \
            or (morph.get("Mood") and "Ind" not in morph.get("Mood")) \
            or "3" not in (morph.get("Person") or ["3"]):
        return None
    children = list(root.children)
    if any(c.dep_.startswith("aux") for c in children):
        return None  # a compound tense or a passive: headline's _CLAUSE
    subjects = [c for c in children if c.dep_ in ("nsubj", "expl:subj") and c.i < root.i]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    if any(t.lower_ in _NEGATION for t in doc[:root.i + 2]):
        return None
    subject = segment[:root.idx].strip()
    rest = segment[root.idx + len(root.text):].strip()
    if not subject or not rest or "," in subject:
        return None
    word, lemma = root.text, root.lemma_.lower()
    if not lemma.endswith(("er", "ir", "re")):  # "estime" for "estimer": a lemma it missed
        lemma = f"{lemma}r" if lemma.endswith("e") else lemma
    if word.endswith(("ait", "aient")):  # the imperfect: in the present
        word = present(lemma, plural=word.endswith("aient"))
        if not word:
            return None
    elif word.endswith(("ra", "ront", "rait", "raient")):
        return None  # future or conditional: not said as done
    return subject, word, lemma, rest
