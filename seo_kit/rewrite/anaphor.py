"""A source sentence that leans on the one before it stays with it, or is left out.

"However, even those games that may be released under a non-free … license must be made with
open web technologies" is true after "In December 2013, Mozilla announced funding for the
development of non-free games" (corpus text 14) and means nothing after an unrelated paragraph;
"Les trois autres communes ne présentaient pas de papillons…" (corpus text 02) needs the sentence
that named the first one. The rewrite moves source sentences: ``ground.restore_news`` puts them
back at the end of a section, ``kept.keep_facts`` next to a neighbour, a repeat taken out leaves
one after another sentence. ``antecedent.name_pronouns`` names a moved pronoun subject ("il");
every other opening that points back (``leans_back``: a demonstrative, "the other(s)", "the
former/latter", a contrast or consequence connector, a pronoun subject left unnamed) is handled
here, in both languages: a moved sentence goes right after its antecedent sentence when the
draft holds it; else, when it states a number or date nothing else in the draft states, its
antecedent goes back before it, verbatim (supported by construction); else it is left out.
"""

from __future__ import annotations

import re

__all__ = ["keep_with_antecedents", "leans_back"]

# Time words after a demonstrative: "Cette année", "This week" point to the date, not to a
# sentence before.
_DEICTIC = {"fr": r"année|semaine|mois|jour|matin|soir|soirée|nuit|week-end|été|hiver|automne|"
                  r"printemps|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|fois",
            "en": r"year|week|month|day|morning|evening|night|weekend|summer|winter|autumn|fall|"
                  r"spring|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time"}
_LEANS = {
    "fr": re.compile(
        r"^(?:(?:Ce|Cet|Cette|Ces)\s(?!(?:" + _DEICTIC["fr"] + r")\b)|(?:Cela|Ceci|Ça|Celui|Celle|"
        r"Ceux|Celles)\b|(?:Il|Elle|Ils|Elles)\s|(?:Mais|Cependant|Pourtant|Toutefois|Néanmoins|"
        r"En revanche|Par contre|Or|Donc|Du coup|Par conséquent|De même|Quant à)\b|"
        r"(?:Le|La|Les|L[’'])\s*(?:\w+\s+)?(?:autres?|dernier|dernière|derniers|dernières|"
        r"même|mêmes)\b(?!\s+(?:fois|année|semaine|mois|jour))|"
        r"(?:Les|Ces)\s+deux\b)", re.IGNORECASE),
    "en": re.compile(
        r"^(?:(?:This|That|These|Those|Such)\s(?!(?:" + _DEICTIC["en"] + r")\b)|(?:He|She|It|They)\s|(?:However|But|Yet|Still|Nevertheless|"
        r"Nonetheless|Instead|Otherwise|Therefore|Thus|Hence|Consequently|Even so|Even those|"
        r"Even these|Likewise|Similarly|As a result)\b|"
        r"(?:The|Both)\s+(?:\w+\s+)?(?:other|others|former|latter|same)\b"
        r"(?!\s+(?:time|year|day|week|month)))", re.IGNORECASE),
}


# Within the first words (the subject): a demonstrative ("L'origine de ces mutations…", the
# meta of corpus text 02). A contrast adverb there ("Jean-Marc Ayrault a cependant réitéré…")
# is left alone: the sentence still says its fact whole (tests/rewrite/test_meta.py).
_INSIDE = {
    "fr": re.compile(r"^(?:\S+\s+){1,4}?(?:ces|cette|cet)\s(?!(?:" + _DEICTIC["fr"] + r")\b)"),
    "en": re.compile(r"^(?:\S+\s+){1,4}?(?:these|those)\s(?!(?:" + _DEICTIC["en"] + r")\b)"),
}


def leans_back(sentence: str, lang: str) -> bool:
    """``sentence`` opens on words that point to the sentence before it (see the module): "Ces
    mesures…", "Les trois autres communes…", "However, even those games…", "The other two…",
    "It was…", "L'origine de ces mutations…". Not a deictic time
    ("Cette année", "This week") and not an additive connector (seo_kit.rewrite.readable.
    ADDITIVE: the rewrite's own, which claims no link)."""
    from seo_kit.rewrite.readable import ADDITIVE

    pattern = _LEANS.get(lang)
    text = sentence.lstrip("«\"“ ")
    for connector in ADDITIVE.get(lang, ()):  # "Moreover, these games…" leans back still
        if text.startswith(f"{connector} "):
            text = text[len(connector) + 1:]
    opener = re.match(r"([\w’'-]+(?:\s[\w’'-]+){0,2}),\s+", text)
    if opener and not _LEANS[lang].match(text) and _transition(opener[1], lang):
        text = text[opener.end():]  # "Ensuite, les trois autres communes…": the rest decides
        text = text[:1].upper() + text[1:]
    inside = _INSIDE.get(lang)
    return bool(pattern and (pattern.match(text) or inside.match(text)))


def _transition(words: str, lang: str) -> bool:
    """``words`` (an opener before a comma) are a transition word of the language ("Ensuite",
    "Then", "In addition"), as the scorer counts them (seo_kit.lang.is_transition_sentence)."""
    from seo_kit.lang import is_transition_sentence
    from seo_kit.text.tokens import tokenize

    return is_transition_sentence(tokenize(words, lang=lang), lang)


def _parts(draft, lang: str) -> list[list[list[str]]]:
    """Per part (standfirst, each section), its paragraphs, each a list of sentences; a list
    paragraph is one item."""
    from seo_kit.text.tokens import split_sentences

    return [[[p] if p.lstrip().startswith(("- ", "* ")) else split_sentences(p, lang=lang)
             for p in re.split(r"\n\s*\n", body) if p.strip()]
            for body in [draft.intro, *(s.body for s in draft.sections)]]


def _follows(previous: str, index: int, source) -> bool:
    """``previous`` (the draft sentence before a source sentence's telling) is source sentence
    ``index - 1`` or a piece of it, or a piece of sentence ``index`` itself (a split), word for
    word or as grounding anchors it."""
    from seo_kit.rewrite.antecedent import source_index

    if not previous:
        return False
    if source_index(previous, source.sentences) in (index - 1, index):
        return True
    return source.anchor(source.verdicts([previous])[0]) in (index - 1, index)


def keep_with_antecedents(draft, source) -> tuple[int, int, int]:
    """Keep, in place, each sentence of ``draft`` (a Draft) that is a source sentence of
    ``source`` (a ground.Source) or a piece of one, ``leans_back`` and no longer follows its
    source sentence before, with that sentence (see the module). Returns (moved after their
    antecedent, given their antecedent back, left out)."""
    from seo_kit.rewrite.antecedent import source_index
    from seo_kit.rewrite.clean import near_repeat, said

    lang = source.lang
    parts = _parts(draft, lang)
    done = [0, 0, 0]
    for _ in range(sum(len(par) for part in parts for par in part)):
        flat = [(p, q, k, s) for p, part in enumerate(parts) for q, par in enumerate(part)
                for k, s in enumerate(par)]
        for n, (p, q, k, sentence) in enumerate(flat):
            if sentence.lstrip().startswith(("- ", "* ")) or not leans_back(sentence, lang):
                continue
            if sum(map(len, parts[p])) == 1:
                continue  # a part's only sentence: moved or left out, it would leave none
            index = source_index(sentence, source.sentences)
            if not index or _follows(flat[n - 1][3] if n else "", index, source):
                continue
            at = next(((pp, qq, kk) for m, (pp, qq, kk, t) in enumerate(flat)
                       if m != n and source_index(t, source.sentences) == index - 1), None)
            if at is None:  # told in other words: there too; the source's words put back
                # would say it twice (the seed's "Les experts étrangers pensent …", 2026-12-02)
                before = source.sentences[index - 1]
                at = next(((pp, qq, kk) for m, (pp, qq, kk, t) in enumerate(flat) if m != n
                           and near_repeat(before, [said(t, lang=lang)], lang=lang)), None)
            del parts[p][q][k]
            if at is not None:  # the antecedent is told elsewhere: right after it
                pp, qq, kk = at
                parts[pp][qq].insert(kk + 1 - (pp == p and qq == q and kk > k), sentence)
                done[0] += 1
            elif _needed(sentence, flat, n, source) and _usable(index - 1, source):
                parts[p][q][k:k] = [source.sentences[index - 1], sentence]
                done[1] += 1
            else:  # what it says needs a sentence the draft does not tell
                done[2] += 1
            break
        else:
            break
    if any(done):
        bodies = ["\n\n".join(" ".join(par) for par in part if par) for part in parts]
        draft.intro = bodies[0]
        for section, body in zip(draft.sections, bodies[1:], strict=True):
            section.body = body
    return done[0], done[1], done[2]


def _needed(sentence: str, flat, n: int, source) -> bool:
    """``sentence`` states a number or date (seo_kit.rewrite.kept.facts_of) no other sentence
    of the draft states: leaving it out would lose a fact of the source."""
    from seo_kit.rewrite.kept import facts_of, unstated

    mine = facts_of(sentence, source.lang)
    if not mine:
        return False
    others = frozenset().union(*(facts_of(t, source.lang) for m, (*_, t) in enumerate(flat)
                                 if m != n))
    return bool(unstated(mine, others))


def _usable(index: int, source) -> bool:
    """Source sentence ``index`` may be put back: not flagged by the injection detector, not
    obeying it, not leaning on a sentence before it in turn."""
    text = source.sentences[index]
    return index not in source.flagged and not source.obeys(text) \
        and not leans_back(text, source.lang)
