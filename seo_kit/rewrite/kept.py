"""Every number and date of the source kept: a rewritten sentence that lost one gives way to its
source sentence.

A sentence may pass grounding and still drop a fact of the sentence it stands for: the embedded
model wrote "Les deux pays ont discuté du renforcement de leurs liens…" for "Au cours du voyage
de six jours de Kim en Russie, …, les deux pays ont déclaré avoir discuté du renforcement…" —
true, and the six-day trip gone (issue #11, CI run of session 6). ``keep_facts`` reads the
numbers and dates of every usable source sentence as grounding reads them (grounding's
``Analysis.numbers`` and ``Analysis.dates``: digits, "six jours" → "6~jour", "mercredi",
"juillet"; ``facts_of``) and, for each one the draft no longer states anywhere, puts the source
sentence back verbatim (supported by construction) where the draft told it: in place of the
draft's sentences that stand for it, else next to the sentence that stands for its nearest
source neighbour. Long sentences put back are split later like the others (seo_kit.rewrite.readable,
each piece grounded with every fact kept).

Numbers that only count what the sentence names again ("les deux pays", "tous deux engagés")
are not facts of their own (grounding's ANAPHORIC_UNITS). Names dropped are
``ground.restore_news``'s job (seo_kit.score.facts).
"""

from __future__ import annotations

import re

__all__ = ["facts_of", "keep_facts", "unstated"]

# "tous deux", "toutes les trois", "both": the number counts people just named
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s", re.MULTILINE)
_BOTH = re.compile(r"\b(?:tous|toutes)\s+(?:les\s+)?(\w+)|\b(both)\b", re.IGNORECASE)


def facts_of(sentence: str, lang: str) -> frozenset[str]:
    """The numbers and dates ``sentence`` states, as grounding reads them: "number:2018",
    "number:6~jour" (a number word and its unit), "date:month:7", "date:weekday:3"."""
    from seo_kit.score.grounding.analysis import analyse
    from seo_kit.score.grounding.cues import ANAPHORIC_UNITS, NUMBER_WORDS

    found = analyse([sentence], lang)[0]
    counted = {f"{NUMBER_WORDS[lang][w.lower()]:.10g}" for m in _BOTH.finditer(sentence)
               if (w := m.group(1) or "two") and w.lower() in NUMBER_WORDS[lang]}
    numbers = set()
    for number in found.numbers:
        value, _, unit = number.partition("~")
        if unit and (unit in ANAPHORIC_UNITS or value in counted):
            continue
        numbers.add("number:" + number)
    return frozenset(numbers | {"date:" + d for d in found.dates})


def unstated(facts: frozenset[str], stated: frozenset[str]) -> frozenset[str]:
    """The ``facts`` (``facts_of`` keys) ``stated`` does not hold. A number word with its unit
    ("6~jour") is stated by the same or by the bare value in digits ("6 jours" → "6"); digits
    by the same value with any unit."""
    values = {f.partition("~")[0] for f in stated if f.startswith("number:")}
    bare = {f for f in stated if "~" not in f}
    return frozenset(f for f in facts if f not in stated and not (
        f.startswith("number:") and (f.partition("~")[0] in bare if "~" in f else f in values)))


def keep_facts(draft, source, verdicts: dict) -> list[str]:
    """Put back, in place, each usable sentence of ``source`` (a ground.Source) holding a number
    or date (``facts_of``) that no sentence of ``draft`` (a Draft) states any more (see the
    module). ``verdicts``: sentence → Verdict, as ground_draft returned them; completed for the
    sentences it lacks, and given the verbatim verdict of each sentence put back. List lines
    count as stated and are left as they are. Returns the source sentences put back, in source
    order."""
    from seo_kit.text import split_sentences

    lang = source.lang
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    # per part, its paragraphs: (text as written, its sentences or None for a list)
    parts = [[(par, None if _LIST.match(par) else split_sentences(par, lang=lang))
              for par in re.split(r"\n\s*\n", body) if par.strip()] for body in bodies]
    sentences = [s for part in parts for _, said in part for s in said or ()]
    lines = [line for part in parts for par, said in part if said is None
             for line in par.splitlines()]
    stated = frozenset().union(*(facts_of(s, lang) for s in [*sentences, *lines]))
    lost = [i for i, text in enumerate(source.sentences)
            if i not in source.flagged and not source.obeys(text)
            and unstated(facts_of(text, lang), stated)]
    if not lost:
        return []
    todo = list(dict.fromkeys(s for s in sentences if s not in verdicts))
    verdicts.update(zip(todo, source.verdicts(todo), strict=True))
    anchor = {s: source.anchor(verdicts[s]) for s in sentences}
    changed: set[tuple[int, int]] = set()
    for i in lost:
        text = source.sentences[i]
        verdicts[text] = source.verbatim(i)
        where = [(p, q, k) for p, part in enumerate(parts) for q, (_, said) in enumerate(part)
                 for k, s in enumerate(said or ()) if anchor.get(s) == i]
        if where:  # in place of its retelling(s): the first takes it, the others go
            for n, (p, q, k) in enumerate(where):
                parts[p][q][1][k] = None if n else text
                changed.add((p, q))
        else:  # next to the sentence standing for its nearest source neighbour
            near = [(abs(j - i), j > i, p, q, k) for p, part in enumerate(parts)
                    for q, (_, said) in enumerate(part) for k, s in enumerate(said or ())
                    if (j := anchor.get(s)) is not None and (p or not draft.sections)]
            if near:
                _, after, p, q, k = min(near)
                parts[p][q][1].insert(k if after else k + 1, text)
                changed.add((p, q))
            else:
                parts[-1].append(("", [text]))
                changed.add((len(parts) - 1, len(parts[-1]) - 1))
        for p, q in changed:
            parts[p][q] = (parts[p][q][0], [s for s in parts[p][q][1] if s is not None])
        anchor[text] = i
    texts = ["\n\n".join(" ".join(said) if (p, q) in changed else par
                         for q, (par, said) in enumerate(part) if par or said)
             for p, part in enumerate(parts)]
    draft.intro = texts[0]
    for section, body in zip(draft.sections, texts[1:], strict=True):
        section.body = body
    return [source.sentences[i] for i in lost]
