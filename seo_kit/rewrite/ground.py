"""The ground step: no generated sentence reaches the variant unless the source supports it.

Every sentence of the standfirst and of each section is checked with the scorer's grounding
(seo_kit.score.grounding) against the source's sentences, less the ones a source filter flagged
(the injection detector: flagged sentences are never support). A sentence that fails is
regenerated once, with the reason and its closest source sentences (step ``fix_sentence``, a
short prompt); if the new one fails too, it is replaced by the source sentence it stood for —
never kept. ``restore_news`` puts back source sentences whose facts the draft lost.
Headings are judged by ``heading_problem`` (the heading step, seo_kit.rewrite.headings, and
restructure's ``checked_headings``); ``heading_from`` is the claim-free last resort. Nothing here
writes a fact of its own.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from seo_kit.rewrite.clean import clean_answer
from seo_kit.score.grounding import (
    Verdict,
    flagged_sentences,
    ground_sentences,
    source_sentences,
)
from seo_kit.score.injection import InjectedTask

__all__ = ["Source", "checked_headings", "ground_draft", "heading_from", "heading_key",
           "heading_problem", "restore_news"]

MAX_HEADING_CHARS = 70


@dataclass(frozen=True)
class Source:
    """The source as grounding sees it: its sentences, the ones never to use, and the task an
    instruction hidden in it asked for (``Article.task``: a sentence that carries it out fails
    like an unsupported one)."""
    sentences: tuple[str, ...]
    flagged: frozenset[int]
    lang: str
    task: InjectedTask | None = None

    @classmethod
    def of(cls, text: str, *, lang: str, task: InjectedTask | None = None) -> Source:
        sentences = source_sentences(text, lang)
        return cls(tuple(sentences), flagged_sentences(sentences, lang), lang, task)

    def obeys(self, sentence: str) -> str | None:
        """Why ``sentence`` carries out the injected task (seo_kit.score.obedience), or None."""
        return self.task.reason(sentence) if self.task is not None else None

    def usable(self) -> list[str]:
        """The sentences a model may be given and grounding may count on."""
        return [s for i, s in enumerate(self.sentences) if i not in self.flagged]

    def verdicts(self, sentences: list[str]) -> list[Verdict]:
        return ground_sentences(sentences, list(self.sentences), self.lang, exclude=self.flagged)


def _split(body: str, lang: str) -> list[list[str]]:
    from seo_kit.text import split_sentences

    return [split_sentences(p, lang=lang) for p in re.split(r"\n\s*\n", body) if p.strip()]


def _passage(verdict: Verdict, source: Source) -> str:
    """The source sentences around the one a failing sentence stood for: a short prompt."""
    if not verdict.support:
        return verdict.closest
    first = max(0, min(verdict.support) - 1)
    return " ".join(s for i, s in enumerate(source.sentences[first:max(verdict.support) + 2],
                                             start=first) if i not in source.flagged)


def _reason(verdict: Verdict) -> str:
    return "; ".join(f"{r.kind}: {r.detail}" for r in verdict.reasons[:2])


async def ground_draft(draft, source: Source, session, *, keyphrase: str | None) -> None:
    """Replace, in place, every unsupported sentence and heading of ``draft`` (a Draft)."""
    lang = source.lang
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    split = [_split(b, lang) for b in bodies]
    sentences = list(dict.fromkeys(s for body in split for par in body for s in par))
    verdicts = dict(zip(sentences, source.verdicts(sentences), strict=True))
    obeying = {s: why for s in sentences if (why := source.obeys(s))}
    failing = [s for s in sentences if not verdicts[s].supported or s in obeying]
    fixed: dict[str, str | None] = {}
    if failing and "fix_sentence" in session.template.steps:
        answers = await asyncio.gather(*(session.call(
            "fix_sentence", max_tokens=120, sentence=s,
            problem=obeying.get(s) or _reason(verdicts[s]),
            passage=verdicts[s].closest, article=_passage(verdicts[s], source))
            for s in failing))
        retries = [_first_sentence(text, lang) for text, _ in answers]
        checked = source.verdicts([r or "" for r in retries])
        for sentence, retry, verdict in zip(failing, retries, checked, strict=True):
            if retry and verdict.supported and verdict.claim and not source.obeys(retry):
                fixed[sentence] = retry
    used = set(sentences) - set(failing)
    replaced = regenerated = dropped = 0
    for sentence in failing:
        if sentence in fixed:
            regenerated += 1
            continue
        anchor = verdicts[sentence].support[:1]
        stood_for = source.sentences[anchor[0]] if anchor else None
        if stood_for and stood_for not in used:
            fixed[sentence] = stood_for
            used.add(stood_for)
            replaced += 1
        else:
            fixed[sentence] = None  # the source sentence is in the draft already: drop it
            dropped += 1
    if obeying:
        first = next(iter(obeying.items()))
        session.notes.append(
            f"injected task: {len(obeying)} sentence(s) carried out an instruction hidden in the "
            f"source, e.g. «{first[0][:80]}» ({first[1]}); regenerated once, else replaced by "
            "their source sentence or dropped")
    if failing:
        session.notes.append(
            f"grounding: {len(failing)} unsupported sentence(s) of {len(sentences)}; "
            f"{regenerated} regenerated, {replaced} replaced by their source sentence, "
            f"{dropped} dropped (source sentence already used)")
    rebuilt = ["\n\n".join(" ".join(fixed.get(s, s) for s in par if fixed.get(s, s))
                           for par in body) for body in split]
    draft.intro = rebuilt[0]
    for section, body in zip(draft.sections, rebuilt[1:], strict=True):
        section.body = body


def restore_news(draft, source: Source, *, min_words: int) -> tuple[int, int]:
    """Put back, in place, source sentences the grounded ``draft`` (a Draft) lost.

    First every usable source sentence that carries a fact (a number, date, amount or proper
    name: seo_kit.score.facts) the draft no longer states — no dropped news; then, while the
    draft has fewer than ``min_words`` words (Yoast words, as the min_words constraint counts
    them), the other source sentences no draft sentence stands for, in source order. Each goes
    verbatim (supported by construction) into the section whose grounded sentences stand for the
    nearest source sentences (the standfirst only when there is no section), as one closing
    paragraph per section, in source order. Flagged sentences (the injection detector) and fragments under 6 words never come back.
    Returns (sentences restored for their facts, sentences added for length)."""
    from seo_kit.score.facts import extract_facts
    from seo_kit.text.document import parse

    lang = source.lang
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    split = [[s for par in _split(b, lang) for s in par] for b in bodies]
    verdicts = source.verdicts([s for part in split for s in part])
    anchors: list[set[int]] = []
    position = 0
    for part in split:
        # the sentence each one stands for (its anchor), not every sentence grounding lent it
        # a word from: a source sentence only lent to another keeps its own facts to give
        anchors.append({v.support[0] for v in verdicts[position:position + len(part)]
                        if v.supported and v.support})
        position += len(part)
    used = set().union(*anchors)
    text = draft.markdown()
    words = len(parse(text, lang=lang).words)
    stated = set(extract_facts(text, lang=lang))
    candidates = [i for i, s in enumerate(source.sentences)
                  if i not in source.flagged and i not in used and len(s.split()) >= 6
                  and not source.obeys(s)]
    news = [i for i in candidates
            if set(extract_facts(source.sentences[i], lang=lang)) - stated]
    chosen = set(news)
    words += sum(len(parse(source.sentences[i], lang=lang).words) for i in news)
    filler = 0
    for i in candidates:
        if words >= min_words:
            break
        if i not in chosen:
            chosen.add(i)
            filler += 1
            words += len(parse(source.sentences[i], lang=lang).words)
    additions: dict[int, list[str]] = {}
    for i in sorted(chosen):  # the standfirst stays short: sections take them when there are any
        part = _nearest_part(i, anchors[1:]) + 1 if draft.sections else 0
        additions.setdefault(part, []).append(source.sentences[i])
    for part, sentences in additions.items():
        paragraph = " ".join(sentences)
        if part == 0:
            draft.intro = f"{draft.intro}\n\n{paragraph}".strip()
        else:
            section = draft.sections[part - 1]
            section.body = f"{section.body}\n\n{paragraph}".strip()
    return len(news), filler


def _nearest_part(index: int, anchors: list[set[int]]) -> int:
    """The position in ``anchors`` (source indices each part stands for) nearest to source
    sentence ``index``; the last one when no part has any support."""
    best, distance = len(anchors) - 1, None
    for part, support in enumerate(anchors):
        if support:
            gap = min(abs(index - j) for j in support)
            if distance is None or gap < distance:
                best, distance = part, gap
    return best


def _first_sentence(text: str, lang: str) -> str | None:
    from seo_kit.text import split_sentences

    body = clean_answer(text)
    found = split_sentences(body.split("\n\n")[0], lang=lang) if body else []
    return found[0] if found else None


def heading_problem(heading: str, body: str, source: Source, *, taken: set[str]) -> str | None:
    """Why ``heading`` (over ``body``, the text under it) may not stand, or None: "empty",
    "long" (> MAX_HEADING_CHARS characters), "repeated" (its ``heading_key`` is in ``taken``),
    "glued" (words run together: "MinistreLavrovCoréeDuNord"), "list" (keywords and commas),
    "cut" (``_is_cut``), "obeys" an instruction hidden in the source, "off_topic" (most of its
    words absent from ``body``), "unsupported" by the source (grounding)."""
    if not heading.strip():
        return "empty"
    if len(heading) > MAX_HEADING_CHARS:
        return "long"
    if heading_key(heading) in taken:
        return "repeated"
    if re.search(r"[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]|^\S{20,}$", heading.replace("’", "'")):
        return "glued"  # words run together like a hashtag: "MinistreLavrovCoréeDuNord"
    if heading.count(",") >= 2:
        return "list"  # keywords, not a phrase: "Corée du Nord, Lavrov, renforcer la capacité"
    if _is_cut(heading, body, source):
        return "cut"
    if source.obeys(heading):
        return "obeys"
    if _off_topic(heading, body, source.lang):
        return "off_topic"
    return None if source.verdicts([heading])[0].supported else "unsupported"


def _off_topic(heading: str, body: str, lang: str) -> bool:
    """Fewer than half of the heading's content words (as stems) are in the text under it: a
    stock title ("Une visite très attendue") over a section that says nothing of the kind."""
    from seo_kit.rewrite.clean import content_words

    mine = content_words(heading, lang=lang)
    return bool(mine) and len(mine & content_words(body, lang=lang)) < 0.5 * len(mine)


def checked_headings(headings: list[str], bodies: list[str], source: Source,
                     keyphrase: str | None) -> tuple[list[str], int]:
    """The headings with every bad one (``heading_problem``: unsupported, > 70 characters, the
    same as one before, cut from a sentence of its section or of the source) replaced by
    ``heading_from``; and how many were replaced. ``bodies[i]`` is the text under
    ``headings[i]``."""
    seen: set[str] = set()
    out, rebuilt = [], 0
    for heading, body in zip(headings, bodies, strict=True):
        if heading_problem(heading, body, source, taken=seen):
            heading = heading_from(keyphrase, lang=source.lang, taken=seen)
            rebuilt += 1
        seen.add(heading_key(heading))
        out.append(heading)
    return out, rebuilt


def heading_key(heading: str) -> str:
    """What two headings must not share: their words, lower-cased, without punctuation."""
    return " ".join(re.findall(r"\w+", heading.lower()))


def _is_cut(heading: str, body: str, source: Source) -> bool:
    """A heading cut from a sentence: the first words of a sentence of its section or of the
    source ("Le porte-parole du Conseil"), or one that ends on a function word or an elision
    ("… pour renforcer le")."""
    from seo_kit.score.matching import function_words

    words = heading.rstrip(" .:!?").split()
    if words and (words[-1].lower() in function_words(source.lang)
                  or words[-1].endswith(("'", "’"))):
        return True
    key = heading_key(heading)
    sentences = [*re.split(r"(?<=[.!?])\s+", body), *source.sentences]
    return len(key.split()) >= 3 and any(heading_key(s).startswith(key) and heading_key(s) != key
                                         for s in sentences)


def heading_from(keyphrase: str | None, *, lang: str, taken: set[str]) -> str:
    """A heading that cannot be false: a generic section title ("Le contexte", "Les enjeux"),
    with the keyphrase in front when one is given ("Lavrov : le contexte", so that Yoast's
    subheadingsKeyword counts it), the first one not taken. Complete, short, claim-free."""
    from seo_kit.rewrite.engine import FALLBACK_HEADINGS

    for generic in FALLBACK_HEADINGS[lang]:
        heading = f"{keyphrase} : {generic[0].lower()}{generic[1:]}" if keyphrase else generic
        if len(heading) > MAX_HEADING_CHARS:
            heading = generic
        if heading_key(heading) not in taken:
            return heading
    return FALLBACK_HEADINGS[lang][0]
