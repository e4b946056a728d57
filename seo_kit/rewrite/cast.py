"""Who is who: the people an article names, each with the title the source gives them.

A news article names its actors with a title in apposition ("le ministre russe de la Défense
Sergueï Choïgu", "Le porte-parole du Conseil de sécurité nationale de la Maison Blanche, John
Kirby,", "Kim Il Sung, le défunt grand-père de Kim,"). ``cast_lines`` reads those titles, word for
word and next to the name in one source sentence, and gives one list line per person ("Sergueï
Choïgu : ministre russe de la Défense"): a short who-is-who list ("Qui est qui : Sergueï Lavrov,
Sergueï Choïgu et Kim Jong-un", ``cast_heading``) that says who is who without
telling any sentence again. The lines are true by construction (the title and the name stand
together in the source); the grounding gate cannot check them, as it reads verbless lines
leniently ("Sergueï Choïgu : ministre russe des Affaires étrangères" passes it), so nothing else
goes in. French only (English sources give none yet).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seo_kit.lang import colon, section_labels, summary_labels

__all__ = ["CAST_HEADING", "WHO_FALLBACK", "WHO_LABEL", "add_cast", "cast_heading", "cast_lines"]

CAST_HEADING = {"fr": "Les acteurs"}  # the languages cast_lines reads (its old claim-free title)

_CAP = r"[A-ZÀ-ÖØ-Þ]"
_LOW = r"[a-zà-öø-ÿ]"
# a title: a lower-case noun, then lower-case or capitalised words ("de la Maison Blanche")
_TITLE = (rf"{_LOW}[\w’'-]*(?:\s+(?:{_LOW}[\w’'-]*|(?:(?:des|du|de\s+la|de\s+l[’']|de)\s*)?"
          rf"{_CAP}[\w’'-]*)){{0,9}}")
_CLAUSE_WORDS = {"que", "qu’", "qui", "dont", "où", "a", "ont", "est", "sont", "était"}
_STOP = {"a", "est", "et", "ont", "sont", "qui", "que", "de", "du", "des", "la", "le", "les", "à",
         "en", "dans", "avec", "pour", "sur", "par", "au", "aux", "d’", "l’", "d'", "l'"}


def _persons(names: Sequence[str]) -> list[str]:
    """Names of two capitalised words or more that read as people ("Sergueï Lavrov", "Kim Il
    Sung"), not places with glue ("Corée du Nord") nor institutions ("Maison Blanche" is kept
    out only when the source never gives it a title)."""
    return [n for n in names if len(n.split()) >= 2 and all(re.match(_CAP, w) for w in n.split())]


def cast_lines(sentences: Sequence[str], names: Sequence[str], *, lang: str,
               limit: int = 8) -> list[str]:
    """"Name : title" lines (at most ``limit``), one per person of ``names`` (whole source
    names) that a source sentence of ``sentences`` gives a title in apposition, in the order the
    source names them; [] for a language other than French."""
    if lang != "fr":
        return []
    found: dict[str, tuple[int, int, str]] = {}
    for name in _persons(names):
        escaped = re.escape(name)
        patterns = (
            rf"(?:^|[\s,(])(?:[Ll][ea]\s+|[Ll][’'])(?P<title>{_TITLE}),?\s+{escaped}\b",  # le ministre … Lavrov
            rf"(?:^|,\s+)[Ll][ea]\s+(?P<title>{_TITLE}),\s+{escaped}\s*,",  # Le porte-parole…, Kirby,
            rf"\b{escaped},\s+[Ll][ea]\s+(?P<title>{_TITLE})\s*[,.]",  # Kim Il Sung, le défunt…,
        )
        for position, sentence in enumerate(sentences):
            for pattern in patterns:
                match = re.search(pattern, sentence)
                if not match:
                    continue
                words = match["title"].split()
                # "…nationale de la Maison Blanche": the name is a complement, not a person
                # given a title; "la conclusion claire que…": a clause, not a title
                if words[-1].lower() in _STOP or words[0].lower() in _STOP \
                        or set(map(str.lower, words)) & _CLAUSE_WORDS:
                    continue
                found.setdefault(name, (position, match.start("title"), " ".join(words)))
                break
            if name in found:
                break
    ordered = sorted(found.items(), key=lambda item: item[1][:2])
    return [f"{name} : {title}" for name, (_, _, title) in ordered][:limit]


# "Who is who" headings: the list's first people by name (no claim, no number).
# "acteurs", "named" are words no source sentence says with the names: the scorer's grounding
# leaves such a heading unverified (the constraint no_unsupported_claims fails on it)
_WHO = {"fr": ("{label} : {names}", " et "), "en": ("{label}: {names}", " and ")}
# what the list is: before the colon of its heading, and its whole heading when the names do
# not fit; a labelled summary block (seo_kit.rewrite.clean.summary_block), unlike "Les acteurs",
# which also heads a prose section (seo_kit.lang.section_labels)
WHO_LABEL = {lang: summary_labels(lang)[2] for lang in _WHO}
# the heading when the names do not fit: the label and a claim-free prose label after it, since
# "Qui est qui" alone ends on a function word (a cut heading to the whole_headings constraint)
WHO_FALLBACK = {lang: WHO_LABEL[lang] + colon(lang) + section_labels(lang)[-1][0].lower()
                + section_labels(lang)[-1][1:] for lang in _WHO}  # "… : les acteurs"


def cast_heading(lines: Sequence[str], *, lang: str, keyphrase: str | None = None,
                 limit: int = 70) -> str:
    """The heading of a who-is-who list (``cast_lines``: "Name : title"), built from it: what
    the list is and the people it names, the person the keyphrase names first (Yoast's
    subheadingsKeyword): "Qui est qui : Sergueï Lavrov, Sergueï Choïgu et Kim Jong-un"; as many
    of the list's names as fit in ``limit`` characters (issue #11: a heading ≤ 70), never fewer
    than two, so that it always ends on a name, not on "et les autres" (a heading that ends on a
    function word reads as cut, tests/test_main_job.py); at worst the claim-free "Qui est qui :
    les acteurs" (WHO_FALLBACK).
    Raises KeyError for a language without a template (fr, en)."""
    template, glue = _WHO[lang]
    template, none = template.replace("{label}", WHO_LABEL[lang]), WHO_FALLBACK[lang]
    names = [line.split(" : ")[0].split(": ")[0].strip() for line in lines]
    if keyphrase:
        names.sort(key=lambda n: keyphrase.lower() not in n.lower())
    forms = (template.format(names=", ".join(names[:n - 1]) + glue + names[n - 1])
             for n in range(len(names), 1, -1))
    return next((f for f in forms if len(f) <= limit), none)


def add_cast(draft, source, *, min_words: int, keyphrase: str | None = None) -> int:
    """When ``draft`` (a grounded Draft) is short of ``min_words`` Yoast words, add a
    who-is-who section (``cast_heading``) listing ``cast_lines`` of the source (two lines at
    least). Returns the lines added."""
    from seo_kit.rewrite.draft import Section
    from seo_kit.text.document import parse

    if source.lang not in CAST_HEADING or \
            len(parse(draft.markdown(), lang=source.lang).words) >= min_words:
        return 0
    lines = cast_lines(source.usable(), source.names, lang=source.lang)
    if len(lines) < 2:
        return 0
    heading = cast_heading(lines, lang=source.lang, keyphrase=keyphrase)
    from dataclasses import replace

    if not replace(source, strict=False).verdicts([heading])[0].supported:
        heading = WHO_FALLBACK[source.lang]  # as the scorer's grounding reads it: a safe label
    draft.sections.append(Section(heading, "\n".join(f"- {line}" for line in lines)))
    return len(lines)
