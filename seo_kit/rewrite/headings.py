"""The heading step: each section's H2 written from that section's grounded text.

A heading is first built without a model: a present-tense clause of one of the section's
sentences ("Lavrov arrive en Corée du Nord": seo_kit.rewrite.headline), the ones holding the
keyphrase first while fewer than 30 % of the headings hold it. Else it is asked of the model
(step ``heading``) with the section's own text as the passage,
once the text is grounded, so it can only name what the section says. Every heading must pass
``ground.heading_problem`` (supported by the source, ≤ 70 characters, not a sentence's first words,
not ending on a function word, not the same as another heading, not obeying an injected
instruction); a refused one is not asked again (on the embedded model a hot retry was almost
always refused too); then the section's heading is built
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

from seo_kit.lang import colon
from seo_kit.rewrite import ground
from seo_kit.rewrite.clean import clean_answer, strip_marks
from seo_kit.text.fold import fold

__all__ = ["KEYPHRASE_SHARE", "headline_for", "label_keyphrase", "names_heading", "seo_title",
           "write_headings"]

KEYPHRASE_SHARE = 0.3  # Yoast subheadingsKeyword: 30–75 % of the subheadings hold the keyphrase
MAX_KEYPHRASE_SHARE = 0.75
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


def headline_for(body: str, source: ground.Source, *, taken: set[str], passage: str = "",
                 keyphrase: str | None = None, want: bool | None = None,
                 leading: bool = False, limit: int = ground.MAX_HEADING_CHARS,
                 dated_past: bool = False) -> str | None:
    """The first present-tense clause of ``body``'s sentences (seo_kit.rewrite.headline) that
    passes the heading rules over ``body`` (``ground.heading_problem``: the strict gate, not
    alike any of ``taken``…); ``want``: True puts the ones holding the keyphrase first, False
    last; ``leading``: only those that open on the keyphrase (an SEO title); ``limit``:
    characters; ``dated_past``: a dated clause keeps the source's past tense (a sentence, not a
    title: seo_kit.rewrite.headline.headlines). English clauses come from
    seo_kit.rewrite.headline_en. None when there is none."""
    from seo_kit.text.tokens import split_sentences

    if source.lang == "fr":
        from seo_kit.rewrite.headline import headlines
        from seo_kit.rewrite.shorten import repeated_stems

        common = repeated_stems(tuple(source.usable()))
    else:  # English: the rules' reading (no English parser installed)
        from seo_kit.rewrite.headline_en import headlines_en

        def headlines(sentence, *, common=None, **options):
            return headlines_en(sentence, **options)
        common = frozenset()
    candidates = [dated for paragraph in body.split("\n")
                  if not paragraph.lstrip().startswith("- ")
                  for sentence in split_sentences(paragraph, lang=source.lang)
                  for h in headlines(sentence, names=source.names, keyphrase=keyphrase,
                                     limit=limit, common=common, dated_past=dated_past)
                  if not (leading and keyphrase and not _leads(h, keyphrase))
                  and (dated := _dated(h, sentence, source)) and len(dated) <= limit]
    if keyphrase and want is not None:
        candidates.sort(key=lambda h: _holds(h, keyphrase, source.lang) != want)
    for heading in dict.fromkeys(candidates):
        if not ground.heading_problem(heading, body, source, taken=taken, passage=passage,
                                      limit=limit):
            return heading
    return None


def _dated(heading: str, sentence: str, source: ground.Source) -> str | None:
    """``heading`` (a present-tense clause of ``sentence``) when it holds a time or
    ``sentence``'s source sentence (grounding's anchor) gives none; else None: without its date
    a past event would read as today's news ("Les autorités soviétiques nomment Kim Il Sung"),
    and a date taken from elsewhere in the source sentence may be another clause's: the lede's
    "en juillet" is Choïgu's visit, and "En juillet, Sergueï Lavrov arrive en Corée du Nord"
    passed the strict gate (fresh seed run, 2026-12-01)."""
    from seo_kit.rewrite.headline import _TIME
    from seo_kit.rewrite.headline_en import TIME

    time = _TIME if source.lang == "fr" else TIME
    if time.search(heading) or time.search(sentence):
        return heading
    anchor = source.anchor(source.verdicts([sentence])[0])
    if anchor is None or not time.search(source.sentences[anchor]):
        return heading
    return None


def seo_title(draft, source: ground.Source, keyphrase: str | None) -> str | None:
    """An SEO title that opens on the keyphrase (Yoast's keyphraseInSEOTitle is good only
    then), within SEO_TITLE_MAX characters (~600 px): the H1 when it does, else the first
    present-tense clause that does, from the standfirst then each section, gated like a heading;
    None when there is none (seo_kit.rewrite.meta then builds one from the H1)."""
    from seo_kit.rewrite.meta import SEO_TITLE_MAX

    if not keyphrase:
        return None
    if _leads(draft.h1, keyphrase) and len(draft.h1) <= SEO_TITLE_MAX:
        return draft.h1
    for body, passage in [(draft.intro, draft.lead), *((s.body, s.passage)
                                                        for s in draft.sections)]:
        title = headline_for(body, source, taken=set(), passage=passage, keyphrase=keyphrase,
                             leading=True, limit=SEO_TITLE_MAX)
        if title:
            return title
    return None


def _leads(heading: str, keyphrase: str) -> bool:
    return fold(heading).startswith(fold(keyphrase))


def _holds(heading: str, keyphrase: str, lang: str) -> bool:
    """Whether ``heading`` counts for Yoast's subheadingsKeyword (seo_kit.score.matching.
    reflects_topic: more than half of the keyphrase's content words, in any order): the
    engine counts its headings as the check does, not by the exact phrase ("Seed vault" is in
    "The vault holds 4.5 million seed samples"; "Mozilla announces a deal" lacks
    "Mozilla community")."""
    from seo_kit.score.matching import build_topic, reflects_topic

    return reflects_topic([build_topic(keyphrase, lang)], heading, lang)


def _names(body: str, keyphrase: str, lang: str) -> bool:
    """Whether one sentence of ``body`` holds every content word of the keyphrase (as Yoast
    matches a sentence for keyphraseDensity): a section that names the topic, so that a heading
    over it may carry the keyphrase; "the LGBT community" in one sentence and "Mozilla" in
    another do not name "Mozilla community"."""
    from seo_kit.score.matching import build_topic, match_percentage
    from seo_kit.text.tokens import split_sentences

    topic = build_topic(keyphrase, lang)
    return any(match_percentage(topic, sentence) == 100
               for line in body.splitlines() for sentence in split_sentences(line, lang=lang))


def _with_keyphrase(heading: str, keyphrase: str, lang: str) -> str:
    from seo_kit.score.matching import function_words

    first = heading.split()[0]
    if first.lower() in function_words(lang):  # "La visite…" → "Lavrov : la visite…"
        heading = first.lower() + heading[len(first):]
    from seo_kit.rewrite.meta import capitalised

    return f"{capitalised(keyphrase)}{colon(lang)}{heading}"


async def write_headings(draft, source: ground.Source, session, *,
                         keyphrase: str | None, ask: bool = True) -> None:
    """Set, in place, the heading of every section of ``draft`` (a Draft whose text is
    grounded) that has none yet, and check its H1; notes say where the headings came from."""
    from seo_kit.rewrite.names import source_names

    lang = source.lang
    names = source_names("\n".join(source.usable()), lang=lang)
    taken = {ground.heading_key(draft.h1)}
    if ground.heading_problem(draft.h1, draft.intro, source, taken=set(), passage=draft.lead):
        named = names_heading(draft.intro, lang=lang, keyphrase=keyphrase, names=names)
        # the news: a present-tense clause of the standfirst (the keyphrase's first), before a
        # claim-free title
        draft.h1 = named if named and not ground.heading_problem(
            named, draft.intro, source, taken=set(), passage=draft.lead) else \
            headline_for(draft.intro, source, taken=set(), passage=draft.lead,
                         keyphrase=keyphrase, want=True) or \
            ground.heading_from(keyphrase, lang=lang, taken=set())
        taken = {ground.heading_key(draft.h1)}
        session.notes.append(f"H1: unsupported or cut, replaced by «{draft.h1}»")
    # a section with a heading already (the closing list of key facts) keeps it
    proposals: list[str | None] = [s.heading or None for s in draft.sections]
    taken |= {ground.heading_key(p) for p in proposals if p}
    # first, without a model: a present-tense clause of the section's own sentences
    headed = 0
    clauses: set[str] = set()  # clause headings: never given a "Lavrov : " prefix
    for i, section in enumerate(draft.sections):
        if proposals[i] is None:
            held = sum(bool(p and keyphrase and _holds(p, keyphrase, lang)) for p in proposals)
            want = None if not keyphrase else True if held < math.ceil(
                KEYPHRASE_SHARE * len(proposals)) else False if held + 1 > \
                MAX_KEYPHRASE_SHARE * len(proposals) else None
            proposals[i] = headline_for(section.body, source, taken=taken,
                                        passage=section.passage, keyphrase=keyphrase, want=want)
            if proposals[i]:
                taken.add(ground.heading_key(proposals[i]))
                clauses.add(proposals[i])
                headed += 1
    if headed:
        session.notes.append(f"headings: {headed} built from a clause of the section's text")
    asked = ask and "heading" in session.template.steps
    # then the model, once, for the sections no clause heads (a hot retry was almost always
    # refused on the embedded model: not asked again)
    for attempt, temperature in enumerate((0.2,) if asked else ()):
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
        _spread_keyphrase(headings, draft, source, keyphrase, keep=clauses)
    for section, heading in zip(draft.sections, headings, strict=True):
        section.heading = heading


def _spread_keyphrase(headings: list[str], draft, source: ground.Source, keyphrase: str, *,
                      keep: set[str] = frozenset()) -> None:
    """Put the keyphrase in front of headings whose section names it, in order, until
    KEYPHRASE_SHARE of them hold it (each still valid); in French never before a heading of
    ``keep`` (a clause: "Lavrov : Kim Jong-un se rend en Russie" reads as two headings); in
    English a clause takes it as a kicker when no other heading can ("Vault: Norway spends about
    100 million kroner to rebuild the tunnel", the usual form of an English news heading), after
    the others."""
    needed = math.ceil(KEYPHRASE_SHARE * len(headings)) - sum(
        _holds(h, keyphrase, source.lang) for h in headings)
    for clauses in (False, True) if source.lang == "en" else (False,):
        for i, heading in enumerate(headings):
            if needed <= 0:
                return
            body = draft.sections[i].body
            if _holds(heading, keyphrase, source.lang) \
                    or not _names(body, keyphrase, source.lang) \
                    or (heading in keep) != clauses:
                continue
            candidate = _with_keyphrase(heading, keyphrase, source.lang)
            others = {ground.heading_key(h) for j, h in enumerate(headings) if j != i}
            if not ground.heading_problem(candidate, body, source, taken=others,
                                          passage=draft.sections[i].passage):
                headings[i] = candidate
                needed -= 1


def label_keyphrase(draft, keyphrase: str | None, lang: str,
                    source: ground.Source | None = None) -> int:
    """Put the keyphrase, in place, in front of the closing lists' claim-free headings ("Les
    acteurs", "À retenir" → "Lavrov : les acteurs") whose list names it, while fewer than
    KEYPHRASE_SHARE of the headings hold it (Yoast's subheadingsKeyword); a clause heading is
    never prefixed. With ``source``, a prefixed heading the scorer's grounding check refuses
    (not the strict gate: a label is no claim) ("Lavrov : à retenir":
    only 26 % of its words in the source, a fresh seed run of 2026-12-01) gives way to the H1
    in front when it holds the keyphrase ("Lavrov arrive en Corée du Nord : à retenir"), else
    stays as it was. Returns the headings changed."""
    from seo_kit.rewrite.cast import CAST_HEADING
    from seo_kit.rewrite.plan import RECAP_HEADING

    if not keyphrase or not draft.sections:
        return 0
    from seo_kit.lang import summary_labels
    from seo_kit.rewrite.cast import WHO_FALLBACK

    labels = {CAST_HEADING.get(lang), WHO_FALLBACK.get(lang), RECAP_HEADING.get(lang),
              summary_labels(lang)[0]} - {None}
    needed = math.ceil(KEYPHRASE_SHARE * len(draft.sections)) - sum(
        _holds(s.heading, keyphrase, lang) for s in draft.sections)
    changed = 0
    for section in draft.sections:
        if changed >= needed:
            break
        if section.heading in labels and _names(section.body, keyphrase, lang):
            label = section.heading[0].lower() + section.heading[1:]
            forms = [_with_keyphrase(section.heading, keyphrase, lang), f"{draft.h1}{colon(lang)}{label}"]
            forms = [f for f in forms if _holds(f, keyphrase, lang)
                     and len(f) <= ground.MAX_HEADING_CHARS]
            if source is not None:  # as the scorer's grounding reads it (not the strict gate)
                from dataclasses import replace

                verdicts = replace(source, strict=False).verdicts(forms)
                forms = [f for f, v in zip(forms, verdicts, strict=True) if v.supported]
            if forms:
                section.heading = forms[0]
                changed += 1
    return changed
