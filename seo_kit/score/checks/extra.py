"""Checks Yoast does not have (``yoast=False``): keyphrase word forms and facts kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import chain, compress, repeat
from operator import contains

from seo_kit.lang import lemma
from seo_kit.lang._memo import memo
from seo_kit.score.checks.base import check
from seo_kit.score.checks.keyphrase import density_score, density_word_count, keyphrase_count
from seo_kit.score.facts import compare_facts
from seo_kit.score.matching import sentence_counts
from seo_kit.text.fold import fold


def word_form_count(doc, ctx) -> int:
    """Yoast's keyphrase count where a content word also matches in any inflected form.

    Per sentence and content word, the count is the larger of the exact count (the matching of
    keyphraseDensity, accents folded) and the number of tokens with the same lemma, accents folded
    on both sides (creation/création, voitures/voiture, creations); a sentence counts min over the
    content words. So the word-form count is never below the exact count (word forms ⊇ exact forms)."""
    topic = ctx.topic
    if topic.exact:
        return keyphrase_count(doc, topic)
    lang = doc.lang
    wanted = [fold(lemma(forms[0].replace("'", "’"), lang)) for forms in topic.forms]
    exact = [sentence_counts(doc, forms) for forms in topic.forms]
    sentences = doc.analysis.match_tokens
    distinct = tuple(set(chain.from_iterable(sentences)))
    keys = tuple(map(_form_keys_of(lang), distinct))
    # per content word, the tokens one of whose keys is its folded lemma
    holders = [frozenset(compress(distinct, map(contains, keys, repeat(target))))
               for target in wanted]
    # per content word and sentence, the larger of the two counts; a sentence counts the min
    # over the content words. A sentence's tokens of a holder set are counted by one
    # ``tuple.count`` per holder (a few tokens), in C, not one set lookup per token of every
    # sentence (two thirds of this check's time)
    per_word = [tuple(map(max, counts, (sum(map(tokens.count, held)) for tokens in sentences)))
                for counts, held in zip(exact, holders, strict=True)]
    return sum(map(min, zip(*per_word)))


@cache
def _form_keys_of(lang: str) -> Callable[[str], tuple[str, ...]]:
    """``token → _lemma_keys(token, its lemma)`` in ``lang``, remembered per word (a site's pages
    share most of their words; the bound keeps the memory to a few MB)."""

    def form_keys(token: str) -> tuple[str, ...]:
        return _lemma_keys(token, lemma(token, lang))

    return memo(form_keys, 1 << 16)


def _lemma_keys(token: str, found: str) -> tuple[str, ...]:
    """The folded lemma of a token; for a word the dictionary does not know (often a plural
    typed without its accents: "creations"), also the word without its plural s/x."""
    key = fold(found)
    if found == token and len(token) > 3 and token[-1] in "sx":
        return key, fold(token[:-1])
    return (key,)


@check("keyphraseWordForms", "extra", yoast=False)
def keyphrase_word_forms(doc, ctx):
    """Keyphrase density counting inflections, plurals and elisions ("voitures électriques",
    "l’électrique" match "voiture électrique"), scored with Yoast's word-form bounds 0.5–3.5 %."""
    if not ctx.topic:
        return None
    words = density_word_count(doc)
    exact = keyphrase_count(doc, ctx.topic)
    forms = word_form_count(doc, ctx)
    score, _ = density_score(forms, words, ctx.topic.length, (0.5, 3.5, 4))
    value = {
        "exact_count": exact,
        "forms_count": forms,
        "exact_density": round(exact / words * 100, 2) if words else 0.0,
        "forms_density": round(forms / words * 100, 2) if words else 0.0,
    }
    extra = forms - exact
    message = (f"Keyphrase with word forms: found {forms} times ({value['forms_density']} %), "
               f"against {exact} exact matches ({value['exact_density']} %)")
    message += f"; {extra} more through inflections or elisions." if extra > 0 else "."
    return score, value, message


def facts_of(doc, source: str) -> dict[str, list[str]]:
    """compare_facts(source, the document's text)."""
    return compare_facts(source, doc.text, lang=doc.lang)


@check("factsKept", "extra", yoast=False)
def facts_kept(doc, ctx):
    """With ``source=``: numbers, dates, amounts and names of the source that the text dropped,
    and ones it introduced. None dropped or added: 9; a few: 6; many: 3."""
    if not ctx.source:
        return None
    facts = ctx.facts if ctx.facts is not None else facts_of(doc, ctx.source)
    kept, dropped, added = (len(facts[k]) for k in ("kept", "dropped", "added"))
    total = kept + dropped
    value = {"kept": kept, "dropped": dropped, "added": added}
    if dropped == 0 and added == 0:
        return 9, value, f"Facts kept: all {kept} facts of the source are here, none added."
    shown = ", ".join(facts["dropped"][:5]) or "none"
    new = ", ".join(facts["added"][:5]) or "none"
    message = (f"Facts kept: {kept} of {total} source facts kept; dropped: {shown}; "
               f"added (check them): {new}.")
    if dropped <= max(1, total // 10) and added <= 2:
        return 6, value, message
    return 3, value, message
