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

from seo_kit.rewrite import ground
from seo_kit.rewrite.clean import clean_answer, strip_marks
from seo_kit.text.fold import fold

__all__ = ["KEYPHRASE_SHARE", "names_heading", "write_headings"]

KEYPHRASE_SHARE = 0.3  # Yoast subheadingsKeyword: 30–75 % of the subheadings hold the keyphrase
_AND = {"fr": "et", "en": "and"}
# Lower-case words that may sit inside a proper name: "Corée du Nord", "Maison de la Radio"
_NAME_GLUE = {"fr": {"de", "du", "des", "la", "le", "d'", "d’"}, "en": {"of", "the"}}
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")
_LABEL = re.compile(r"^(?:intertitre|sous-titre|titre|subheading|heading|title)\s*:\s*",
                    re.IGNORECASE)


def _heading_of(answer: str) -> str | None:
    """The heading a ``heading`` answer gives: its first line, without marks, quotes or stop."""
    for line in clean_answer(answer, keep_headings=True).splitlines():
        line = _LABEL.sub("", strip_marks(line)).strip().strip("«»\"“”").strip().rstrip(" .")
        if line:
            return line if len(line.split()) <= 12 else None
    return None


def _strip(token: str) -> str:
    return token.strip(",;:()«»\"“”.")


def _name_at(tokens: list[str], i: int, small: frozenset[str], glue: set[str]) -> int:
    """The index after the proper name that starts at ``tokens[i]`` ("Corée du Nord")."""
    j = i + 1
    while j < len(tokens) and not tokens[j - 1].endswith((",", ";", ":", ")", ".")):
        word = _strip(tokens[j])
        glued = word.lower() in glue and j + 1 < len(tokens) \
            and _NAME.fullmatch(_strip(tokens[j + 1]))
        if not (glued or (_NAME.fullmatch(word) and word.lower() not in small)):
            break
        j += 1
    return j


def names_heading(body: str, *, lang: str, keyphrase: str | None = None) -> str | None:
    """"A et B": the two proper names ``body`` gives most (the keyphrase first when the body
    names it), each as written in the body; None when it gives fewer than two. A capitalised word
    that opens a sentence counts only when the body also writes it capitalised elsewhere."""
    from seo_kit.score.matching import function_words

    small = function_words(lang)
    found: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for sentence in re.split(r"(?<=[.!?»])\s+", body):
        tokens, i = sentence.split(), 0
        while i < len(tokens):
            word = _strip(tokens[i])
            if not _NAME.fullmatch(word) or word.lower() in small:
                i += 1
                continue
            j = _name_at(tokens, i, small, _NAME_GLUE[lang])
            name = " ".join(_strip(t) for t in tokens[i:j])
            if i > 0 or re.search(r"[^.!?»\s]\s+" + re.escape(word) + r"\b", body):
                found[name] += 1
                first_seen.setdefault(name, len(first_seen))
            i = j
    for short in list(found):  # "Kim" counts for "Kim Jong-un", "Poutine" for "Vladimir Poutine"
        longer = [n for n in found if n != short and f" {short} " in f" {n} "]
        if longer:
            found[longer[0]] += found.pop(short)
            first_seen[longer[0]] = min(first_seen[longer[0]], first_seen[short])
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
    lang = source.lang
    taken = {ground.heading_key(draft.h1)}
    if ground.heading_problem(draft.h1, draft.intro, source, taken=set()):
        named = names_heading(draft.intro, lang=lang, keyphrase=keyphrase)
        draft.h1 = named if named and not ground.heading_problem(
            named, draft.intro, source, taken=set()) else \
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
                                                       taken=taken):
                proposals[i] = heading
                taken.add(ground.heading_key(heading))
        if attempt == 0 and any(p is None for p in proposals):
            session.notes.append(f"headings: {sum(p is None for p in proposals)} refused "
                                 "(unsupported, cut, too long or repeated), asked again once")
    built = generic = 0
    for i, section in enumerate(draft.sections):
        if proposals[i] is None:
            heading = names_heading(section.body, lang=lang, keyphrase=keyphrase)
            if heading and not ground.heading_problem(heading, section.body, source, taken=taken):
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
        if not ground.heading_problem(candidate, body, source, taken=others):
            headings[i] = candidate
            needed -= 1
