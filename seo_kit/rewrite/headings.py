"""The heading step: each section's H2 written from that section's grounded text.

A heading is asked of the model (step ``heading``) with the section's own text as the passage,
once the text is grounded, so it can only name what the section says. It must pass
``ground.heading_problem`` (supported by the source, ≤ 70 characters, not a sentence's first words,
not ending on a function word, not the same as another heading, not obeying an injected
instruction); a refused one is asked again once, hotter; then the section's heading is built
without a model from the names its text gives most ("Kim Jong-un et Vladimir Poutine"), checked
the same way; the claim-free generic title (``ground.heading_from``) is the last resort. Finally,
when too few headings hold the keyphrase for Yoast's ``subheadingsKeyword`` (30 %), it is put in
front of those whose section names it ("Lavrov : la visite à Pékin"), if they stay valid.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections import Counter
from collections.abc import Sequence

from seo_kit.rewrite import ground
from seo_kit.rewrite.clean import clean_answer, strip_marks
from seo_kit.text.fold import fold

__all__ = ["KEYPHRASE_SHARE", "names_heading", "write_headings"]

KEYPHRASE_SHARE = 0.3  # Yoast subheadingsKeyword: 30–75 % of the subheadings hold the keyphrase
_AND = {"fr": "et", "en": "and"}
_LABEL = re.compile(r"^(?:intertitre|sous-titre|titre|subheading|heading|title)\s*:\s*",
                    re.IGNORECASE)


def _heading_of(answer: str) -> str | None:
    """The heading a ``heading`` answer gives: its first line, without marks, quotes or stop."""
    for line in clean_answer(answer, keep_headings=True).splitlines():
        line = _LABEL.sub("", strip_marks(line)).strip().strip("«»\"“”").strip().rstrip(" .")
        if line:
            return line if len(line.split()) <= 12 else None
    return None


def names_heading(body: str, *, lang: str, keyphrase: str | None = None,
                  names: Sequence[str] | None = None) -> str | None:
    """"A et B": the two proper names ``body`` gives most (the keyphrase first when the body
    names it), each whole as the source writes it; None when it gives fewer than two.

    ``names``: the names the source writes (``seo_kit.rewrite.names.source_names``, whole
    entities: never "Affaires" out of "ministre des Affaires étrangères"); by default those of
    ``body`` itself. A short form counts for the longer name that holds it ("Kim" for
    "Kim Jong-un", "Poutine" for "Vladimir Poutine")."""
    from seo_kit.rewrite.names import source_names

    known = sorted(names if names is not None else source_names(body, lang=lang),
                   key=lambda n: -len(n))
    found: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    rest = body
    for name in known:  # longest first, each occurrence counted once
        pattern = re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])")
        hits = list(pattern.finditer(rest))
        if hits:
            found[name] = len(hits)
            first_seen[name] = hits[0].start()
            rest = pattern.sub(lambda m: " " * len(m.group(0)), rest)
    for short in sorted(found, key=len):
        longer = [n for n in found if n != short and f" {short} " in f" {n} "]
        # "Kim" is Kim Jong-un or Kim Il Sung: a short form that several known names hold
        # stays itself ("Kim et Russie", never "Kim Il Sung" for Kim Jong-un's trip)
        if len([n for n in known if n != short and f" {short} " in f" {n} "]) > 1:
            continue
        if longer:
            found[longer[0]] += found.pop(short)
            first_seen[longer[0]] = min(first_seen[longer[0]], first_seen.pop(short))
    ranked = sorted(found, key=lambda n: (-found[n], first_seen[n]))
    if keyphrase:
        wanted = fold(keyphrase)
        ranked.sort(key=lambda n: wanted not in fold(n))
    if len(ranked) < 2:
        return None
    return f"{ranked[0]} {_AND[lang]} {ranked[1]}"


def _holds(heading: str, keyphrase: str) -> bool:
    return fold(keyphrase) in fold(heading)


def _with_keyphrase(heading: str, keyphrase: str, lang: str) -> str:
    from seo_kit.score.matching import function_words

    first = heading.split()[0]
    if first.lower() in function_words(lang):  # "La visite…" → "Lavrov : la visite…"
        heading = first.lower() + heading[len(first):]
    return f"{keyphrase} : {heading}"


async def write_headings(draft, source: ground.Source, session, *,
                         keyphrase: str | None) -> None:
    """Set, in place, the heading of every section of ``draft`` (a Draft whose text is
    grounded) that has none yet, and check its H1; notes say where the headings came from."""
    from seo_kit.rewrite.names import source_names

    lang = source.lang
    names = source_names("\n".join(source.usable()), lang=lang)
    taken = {ground.heading_key(draft.h1)}
    if ground.heading_problem(draft.h1, draft.intro, source, taken=set(), passage=draft.lead):
        named = names_heading(draft.intro, lang=lang, keyphrase=keyphrase, names=names)
        draft.h1 = named if named and not ground.heading_problem(
            named, draft.intro, source, taken=set(), passage=draft.lead) else \
            ground.heading_from(keyphrase, lang=lang, taken=set())
        taken = {ground.heading_key(draft.h1)}
        session.notes.append(f"H1: unsupported or cut, replaced by «{draft.h1}»")
    # a section with a heading already (the closing list of key facts) keeps it
    proposals: list[str | None] = [s.heading or None for s in draft.sections]
    taken |= {ground.heading_key(p) for p in proposals if p}
    asked = "heading" in session.template.steps
    for attempt, temperature in enumerate((0.2, 0.9) if asked else ()):
        todo = [i for i, p in enumerate(proposals) if p is None]
        if not todo:
            break
        answers = await asyncio.gather(*(session.call(
            "heading", max_tokens=30, temperature=temperature,
            article=draft.sections[i].body) for i in todo))
        for i, (answer, _) in zip(todo, answers, strict=True):
            heading = _heading_of(answer)
            if heading and not ground.heading_problem(heading, draft.sections[i].body, source,
                                                       taken=taken,
                                                       passage=draft.sections[i].passage):
                proposals[i] = heading
                taken.add(ground.heading_key(heading))
        if attempt == 0 and any(p is None for p in proposals):
            session.notes.append(f"headings: {sum(p is None for p in proposals)} refused "
                                 "(unsupported, cut, too long or repeated), asked again once")
    built = generic = 0
    for i, section in enumerate(draft.sections):
        if proposals[i] is None:
            heading = names_heading(section.body, lang=lang, keyphrase=keyphrase, names=names)
            if heading and not ground.heading_problem(heading, section.body, source, taken=taken,
                                                      passage=section.passage):
                built += 1
            else:
                heading = ground.heading_from(keyphrase, lang=lang, taken=taken)
                generic += 1
            proposals[i] = heading
            taken.add(ground.heading_key(heading))
    if built or generic:
        session.notes.append(f"headings: {built} built from the section's names, {generic} "
                             "generic (no valid heading from the model)")
    headings = [p or "" for p in proposals]
    if keyphrase:
        _spread_keyphrase(headings, draft, source, keyphrase)
    for section, heading in zip(draft.sections, headings, strict=True):
        section.heading = heading


def _spread_keyphrase(headings: list[str], draft, source: ground.Source, keyphrase: str) -> None:
    """Put the keyphrase in front of headings whose section names it, in order, until
    KEYPHRASE_SHARE of them hold it (each still valid)."""
    needed = math.ceil(KEYPHRASE_SHARE * len(headings)) - sum(_holds(h, keyphrase)
                                                             for h in headings)
    for i, heading in enumerate(headings):
        if needed <= 0:
            return
        body = draft.sections[i].body
        if _holds(heading, keyphrase) or not _holds(body, keyphrase):
            continue
        candidate = _with_keyphrase(heading, keyphrase, source.lang)
        others = {ground.heading_key(h) for j, h in enumerate(headings) if j != i}
        if not ground.heading_problem(candidate, body, source, taken=others,
                                      passage=draft.sections[i].passage):
            headings[i] = candidate
            needed -= 1
