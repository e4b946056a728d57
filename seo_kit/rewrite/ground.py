"""The ground step: no generated sentence reaches the variant unless the source supports it.

Every sentence of the standfirst and of each section is checked with the scorer's grounding
(seo_kit.score.grounding) against the source's sentences, less the ones a source filter flagged
(the injection detector: flagged sentences are never support). ``Source.strict`` makes that check
the strict gate (``ground_sentences(strict=True)``: each clause said in full by one source
sentence, same speaker, actors, modality, polarity; it may refuse a true sentence, it should
let no false one through). A sentence that fails is regenerated once from the one source
sentence it stands for (step ``fix_sentence``: that sentence only, "in 20 words at most, same
facts, same people, nothing new") and checked again the same way; if it fails again it is
replaced by that source sentence verbatim — never kept. Under the strict gate a generated
sentence whose subject is a bare pronoun ("Ils ont inspecté…") is refused too: who "ils" is
depends on a sentence the rewrite may have moved. So is one with a mechanical grammar slip
("dans l' maintien": seo_kit.rewrite.grammar), one whose verb lost the "se" its source sentence
gives it ("Lavrov a rendu … en 2018" for "s'est rendu": seo_kit.rewrite.pronominal), and one that merges several source sentences
(its support spans two or more): each clause may be said somewhere, the link between them is
not ("Lavrov s'est rendu en Corée du Nord en 2018, mais le moment n'a pas été annoncé": the
moment was that of Putin's visit, in another sentence). Sentences with no word ("1. 2. 3.") or
no fact of the source ("Les États-Unis se comportent ainsi envers la Corée du Nord": no content
word, number or date the source has) are dropped, and so is a sentence that only says again what
another one standing for the same source sentence says
(seo_kit.rewrite.clean.drop_retold).
``restore_news`` puts back source sentences whose facts the draft lost. The heading rules live in
seo_kit.rewrite.heading_rules (re-exported here). Nothing here writes a fact of its own.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from functools import cached_property

from seo_kit.rewrite.clean import clean_answer, drop_retold, wordless
from seo_kit.rewrite.grammar import dropped_determiner, grammar_slip
from seo_kit.rewrite.heading_rules import (
    MAX_HEADING_CHARS,
    checked_headings,
    heading_from,
    heading_key,
    heading_problem,
)
from seo_kit.rewrite.pronominal import pronominal_slip
from seo_kit.score.grounding import (
    Verdict,
    flagged_sentences,
    ground_sentences,
    source_sentences,
)
from seo_kit.score.injection import InjectedTask

__all__ = ["MAX_HEADING_CHARS", "Source", "checked_headings", "ground_draft",
           "heading_from", "heading_key", "heading_problem", "quotation_groups", "quotation_piece",
           "restore_news"]

FIX_WORDS = 20  # the regenerated sentence is asked in at most this many words (Yoast's limit)


@dataclass(frozen=True)
class Source:
    """The source as grounding sees it: its sentences, the ones never to use, the task an
    instruction hidden in it asked for (``Article.task``: a sentence that carries it out fails
    like an unsupported one), and whether generated text must pass the strict gate."""
    sentences: tuple[str, ...]
    flagged: frozenset[int]
    lang: str
    task: InjectedTask | None = None
    strict: bool = False

    @classmethod
    def of(cls, text: str, *, lang: str, task: InjectedTask | None = None,
           strict: bool = False) -> Source:
        sentences = source_sentences(text, lang)
        return cls(tuple(sentences), flagged_sentences(sentences, lang), lang, task, strict)

    def obeys(self, sentence: str) -> str | None:
        """Why ``sentence`` carries out the injected task (seo_kit.score.obedience), or None."""
        return self.task.reason(sentence) if self.task is not None else None

    def usable(self) -> list[str]:
        """The sentences a model may be given and grounding may count on."""
        return [s for i, s in enumerate(self.sentences) if i not in self.flagged]

    def verdicts(self, sentences: list[str]) -> list[Verdict]:
        """One Verdict per sentence (the strict gate when ``strict``)."""
        gate = {"strict": True} if self.strict else {}
        return ground_sentences(sentences, list(self.sentences), self.lang, exclude=self.flagged,
                                **gate)

    def anchor(self, verdict: Verdict) -> int | None:
        """The one usable source sentence ``verdict``'s sentence stands for: its first support,
        else its closest sentence; None when there is none."""
        if verdict.support:
            return verdict.support[0]
        if verdict.closest in self.sentences:
            index = self.sentences.index(verdict.closest)
            return None if index in self.flagged else index
        return None

    def supports(self, verdict: Verdict) -> list[str]:
        """The source sentences ``verdict``'s sentence stands for: its support, else its
        closest sentence (what seo_kit.rewrite.pronominal compares its verbs with)."""
        if verdict.support:
            return [self.sentences[i] for i in verdict.support]
        return [verdict.closest] if verdict.closest else []

    def verbatim(self, index: int) -> Verdict:
        """The verdict of source sentence ``index`` copied as it is: supported by itself."""
        text = self.sentences[index]
        return Verdict(text, True, support=(index,), closest=text, coverage=1.0)

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The proper names the usable sentences write, whole (seo_kit.rewrite.names)."""
        from seo_kit.rewrite.names import source_names

        return source_names("\n".join(self.usable()), lang=self.lang)

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Every content lemma of the usable sentences (grounding's Analysis.lemmas)."""
        from seo_kit.score.grounding.analysis import analyse

        return frozenset().union(*(a.lemmas for a in analyse(self.usable(), self.lang)))

    def says_nothing(self, sentence: str) -> bool:
        """True for a sentence with no word, or with no fact of the source: no number, no date
        and no content lemma (other than names) that the source has — names alone say
        nothing ("Les États-Unis se comportent ainsi envers la Corée du Nord")."""
        from seo_kit.score.grounding.analysis import analyse

        if wordless(sentence):
            return True
        mine = analyse([sentence], self.lang)[0]
        return not (mine.numbers or mine.dates or mine.lemmas & self.lemmas)


def _split(body: str, lang: str) -> list[list[str]]:
    from seo_kit.text import split_sentences

    return [split_sentences(p, lang=lang) for p in re.split(r"\n\s*\n", body) if p.strip()]


def _reason(verdict: Verdict) -> str:
    return "; ".join(f"{r.kind}: {r.detail}" for r in verdict.reasons[:2])


async def ground_draft(draft, source: Source, session, *, keyphrase: str | None,
                       known: dict[str, Verdict] | None = None,
                       ask_again: bool = True) -> dict[str, Verdict]:
    """Replace, in place, every unsupported sentence of ``draft`` (a Draft); drop its empty
    sentences and its repeats of a source sentence's fact. ``known``: verdicts of sentences
    judged already (a previous round, ``restore_news``), not judged again. ``ask_again`` False:
    no ``fix_sentence`` call, a refused sentence goes straight to its source sentence (on the
    embedded model about 1 retry in 9 passed the strict gate). Returns the verdict
    of every sentence the draft now holds (for ``restore_news``: no sentence judged twice)."""
    lang = source.lang
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    split = [_split(b, lang) for b in bodies]
    sentences = list(dict.fromkeys(s for body in split for par in body for s in par))
    known = known or {}
    empty = [s for s in sentences if s not in known and source.says_nothing(s)]
    fixed: dict[str, str | None] = dict.fromkeys(empty)
    todo = [s for s in sentences if s not in known and s not in fixed]
    verdicts = {**{s: known[s] for s in sentences if s in known},
                **dict(zip(todo, source.verdicts(todo), strict=True))}
    obeying = {s: why for s in todo if (why := source.obeys(s))}
    pronoun = {s for s in todo if source.strict and verdicts[s].supported
               and s not in source.sentences and _pronoun_subject(s, lang)}
    slips = {s: why for s in todo if s not in source.sentences
             and (why := grammar_slip(s, lang) or pronominal_slip(s, source.supports(verdicts[s]),
                                                                  lang)
                  or dropped_determiner(s, source.supports(verdicts[s]), lang)
                  or quotation_piece(s))}
    merged = {s for s in todo if source.strict and verdicts[s].supported
              and s not in source.sentences and len(set(verdicts[s].support)) > 1}
    failing = [s for s in todo if not verdicts[s].supported or s in obeying or s in pronoun
               or s in slips or s in merged]
    final = {s: v for s, v in verdicts.items() if s not in failing}
    stands_for = {s: source.anchor(verdicts[s]) for s in failing}
    # one call per source sentence: two sentences that stand for the same one get one retry
    asked = list({stands_for[s]: s for s in reversed(failing)
                  if stands_for[s] is not None}.values())[::-1]
    if asked and ask_again and "fix_sentence" in session.template.steps:
        answers = await asyncio.gather(*(session.call(
            "fix_sentence", max_tokens=int(FIX_WORDS * 2.5) + 30, sentence=s,
            problem=obeying.get(s) or slips.get(s) or _reason(verdicts[s])
            or ("merges several source sentences" if s in merged else "pronoun subject"),
            passage=source.sentences[stands_for[s]], article=source.sentences[stands_for[s]])
            for s in asked))
        retries = [_first_sentence(text, lang) for text, _ in answers]
        checked = source.verdicts([r or "" for r in retries])
        for sentence, retry, verdict in zip(asked, retries, checked, strict=True):
            if retry and verdict.supported and verdict.claim and not source.obeys(retry) \
                    and len(set(verdict.support)) <= 1 \
                    and not source.says_nothing(retry) and retry not in sentences \
                    and not grammar_slip(retry, lang) and not quotation_piece(retry) \
                    and not dropped_determiner(retry, source.supports(verdict), lang) \
                    and not pronominal_slip(retry, source.supports(verdict), lang) \
                    and not (retry not in source.sentences and _pronoun_subject(retry, lang)):
                fixed[sentence], final[retry] = retry, verdict
    present = set(sentences) - set(failing)
    regenerated = sum(s in fixed for s in failing)
    replaced = dropped = 0
    standfirst = {s for par in split[0] for s in par}
    for sentence in failing:
        if sentence in fixed:
            continue
        index = stands_for[sentence]
        # the standfirst tells the news again on purpose: it keeps its source sentence even
        # when a section holds it too (drop_repeats then keeps the standfirst's, the first)
        if index is not None and (source.sentences[index] not in present
                                  or sentence in standfirst):
            fixed[sentence] = source.sentences[index]
            final[fixed[sentence]] = source.verbatim(index)
            present.add(source.sentences[index])
            replaced += 1
        else:
            fixed[sentence] = None  # its source sentence is in the draft already: dropped
            dropped += 1
    rebuilt = [[[t for s in par if (t := fixed.get(s, s))] for par in body] for body in split]
    stand_for = {s: i for s, v in final.items() if v.supported
                 and (i := source.anchor(v)) is not None}
    repeats = drop_retold(rebuilt, stand_for, source.sentences, lang=lang, keep_first=True)
    if obeying:
        first = next(iter(obeying.items()))
        session.notes.append(
            f"injected task: {len(obeying)} sentence(s) carried out an instruction hidden in the "
            f"source, e.g. «{first[0][:80]}» ({first[1]}); regenerated once, else replaced by "
            "their source sentence or dropped")
    if failing or empty or repeats:
        gate = " (strict gate)" if source.strict else ""
        session.notes.append(
            f"grounding{gate}: {len(failing)} unsupported sentence(s) of {len(sentences)} "
            f"({len(pronoun)} for a pronoun subject, {len(slips)} for a grammar slip, "
            f"{len(merged)} merging several source sentences); "
            f"{regenerated} regenerated from their source sentence, {replaced} replaced by it "
            f"verbatim, {dropped} dropped (source sentence already used); {len(empty)} empty "
            f"and {repeats} repeating a fact dropped")
    texts = ["\n\n".join(" ".join(par) for par in body if par) for body in rebuilt]
    draft.intro = texts[0]
    for section, body in zip(draft.sections, texts[1:], strict=True):
        section.body = body
    kept = {s for body in rebuilt for par in body for s in par}
    return {s: v for s, v in final.items() if s in kept}


_OPENING = {"«": "»", "“": "”"}
_CLOSING = (".", "!", "?", "…", "»", '"', "”", ")")


def quotation_piece(sentence: str) -> str | None:
    """Why a generated ``sentence`` may not stand as written: it opens a quotation it does not
    close, or closes one it did not open — a piece of someone's words with the writer's own
    around it ("On notera que « Je crois qu'après avoir vu ça, on peut mourir tranquille !",
    corpus text 03, scripted, 2026-12-02); None when its quotations are whole."""
    if any(sentence.count(o) != sentence.count(c) for o, c in _OPENING.items()):
        return "a piece of a quotation, its marks unbalanced: quote the source's words whole"
    return None


def quotation_groups(sentences) -> list[tuple[int, ...]]:
    """For each of ``sentences`` (in order), the indices of the sentences of the quotation it
    stands in: a run from the sentence that opens « … » or “ … ” to the one that closes it
    ("Selon son complice, « Il se sentait faible… partir." … "Il faut laisser le temps au
    temps »."), else the sentence alone. A quotation left open runs at most 8 sentences."""
    out: list[tuple[int, ...]] = []
    run: list[int] = []
    depth = 0
    for i, sentence in enumerate(sentences):
        run.append(i)
        for opening, closing in _OPENING.items():
            depth += sentence.count(opening) - sentence.count(closing)
        depth = max(depth, 0)
        if depth == 0 or len(run) >= 8:
            out.extend([tuple(run)] * len(run))
            run, depth = [], 0
    out.extend([tuple(run)] * len(run))
    return out


def restore_news(draft, source: Source, *, min_words: int,
                 verdicts: dict[str, Verdict] | None = None) -> tuple[int, int]:
    """Put back, in place, source sentences the grounded ``draft`` (a Draft) lost.

    First every usable source sentence that carries a fact (a number, date, amount or proper
    name: seo_kit.score.facts) the draft no longer states — no dropped news; then, while the
    draft has fewer than ``min_words`` words (Yoast words, as the min_words constraint counts
    them), the other source sentences no draft sentence stands for, in source order. Each goes
    verbatim (supported by construction) into the section whose grounded sentences stand for the
    nearest source sentences (the standfirst only when there is no section), as one closing
    paragraph per section, in source order. Flagged sentences (the injection detector),
    fragments under 6 words and lines without a closing mark (the source's own headings) never
    come back. ``verdicts``: those ``ground_draft`` returned (only
    sentences missing from it are grounded here); the restored sentences' verdicts are added to
    it. Returns (sentences restored for their facts, sentences added for length)."""
    from seo_kit.score.facts import extract_facts
    from seo_kit.text.document import parse

    lang = source.lang
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    split = [_split_flat(b, lang) for b in bodies]
    verdicts = verdicts if verdicts is not None else {}
    todo = list(dict.fromkeys(s for part in split for s in part if s not in verdicts))
    verdicts.update(zip(todo, source.verdicts(todo), strict=True))
    # the sentence each one stands for (its anchor), not every sentence grounding lent it a
    # word from: a source sentence only lent to another keeps its own facts to give
    anchors = [{verdicts[s].support[0] for s in part
                if verdicts[s].supported and verdicts[s].support} for part in split]
    used = set().union(*anchors)
    # a section left empty (its answer refused whole: a wrong language twice) is placed by the
    # passage it was planned from, else every sentence put back went to the last section and
    # the others were published as bare headings (corpus text 14, scripted, 2026-12-02)
    for k, section in enumerate(draft.sections, start=1):
        if not anchors[k] and section.passage.strip():
            anchors[k] = {source.sentences.index(s) for s in _split_flat(section.passage, lang)
                          if s in source.sentences}
    split_all = {s for part in split for s in part}
    text = draft.markdown()
    words = len(parse(text, lang=lang).words)
    stated = set(extract_facts(text, lang=lang))
    # a source line without a closing mark is a heading of the source, not a sentence: put in
    # a paragraph it ran into the next one ("Des résultats à prendre avec précaution Joji
    # Otaki, auteur de l'étude…", corpus text 02, real model, 2026-12-02)
    usable = [i for i, s in enumerate(source.sentences)
              if i not in source.flagged and len(s.split()) >= 6 and not source.obeys(s)
              and s.rstrip().endswith(_CLOSING)]
    candidates = [i for i in usable if i not in used]
    # a sentence that only stands for part of its source sentence ("Lavrov arrive en Corée du
    # Nord." for the whole lede) does not make the rest of it told: facts lost come back
    news = [i for i in usable if source.sentences[i] not in split_all
            and set(extract_facts(source.sentences[i], lang=lang)) - stated]
    # a sentence inside a quotation comes back only with the whole quotation, never alone (out
    # of its « … » the speaker's "Il me disait que…" reads as the writer's: corpus text 03,
    # real model, 2026-12-02), and not at all when part of it is told already
    groups = quotation_groups(source.sentences)
    split_flat = {s for part in split for s in part}

    def whole(i: int) -> list[int]:
        group = groups[i]
        if len(group) > 1 and any(j in used or j in source.flagged
                                  or source.sentences[j] in split_flat for j in group):
            return []
        return list(group)

    chosen: set[int] = set()
    for i in news:
        if i not in chosen:
            added = whole(i)
            chosen.update(added)
            words += sum(len(parse(source.sentences[j], lang=lang).words) for j in added)
    news = sorted(chosen)
    filler = 0
    for i in candidates:
        if words >= min_words:
            break
        if i not in chosen:
            added = whole(i)
            chosen.update(added)
            filler += len(added)
            words += sum(len(parse(source.sentences[j], lang=lang).words) for j in added)
    additions: dict[int, list[str]] = {}
    # the news goes first: a sentence of the lead (the standfirst's passage) comes back in the
    # standfirst, and takes its place when the standfirst only told part of the lead ("Sergei
    # Lavrov est arrivé en Corée du Nord." for the lede with Wednesday, Tass and Choïgu)
    lead = {source.sentences.index(s) for s in _split(draft.lead, lang)[0]
            if s in source.sentences} if draft.lead.strip() else set()
    for i in sorted(chosen):  # the standfirst stays short: sections take them when there are any
        first = groups[i][0]  # a quotation goes whole where its first sentence goes
        part = 0 if first in lead or not draft.sections else _nearest_part(first, anchors[1:]) + 1
        additions.setdefault(part, []).append(source.sentences[i])
        verdicts[source.sentences[i]] = source.verbatim(i)
    for part, sentences in additions.items():
        paragraph = " ".join(sentences)
        if part == 0 and lead and anchors[0] <= lead:
            draft.intro = paragraph  # the lead in full over a partial telling of it
        elif part == 0:
            draft.intro = f"{draft.intro}\n\n{paragraph}".strip()
        else:
            section = draft.sections[part - 1]
            section.body = f"{section.body}\n\n{paragraph}".strip()
    return len(news), filler


def _split_flat(text: str, lang: str) -> list[str]:
    return [s for par in _split(text, lang) for s in par]


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


def _pronoun_subject(sentence: str, lang: str) -> bool:
    """The subject is a personal pronoun that no name of the sentence stands for ("Ils ont
    inspecté des avions de combat": grounding's Analysis.pronoun). Who it is depends on the
    sentence before, which the rewrite moves or replaces; the strict gate reads "ils" as
    anyone: the embedded model's "Ils ont inspecté…" added Putin as an inspector (issue #11)."""
    from seo_kit.score.grounding.analysis import analyse

    return analyse([sentence], lang)[0].pronoun


def _first_sentence(text: str, lang: str) -> str | None:
    from seo_kit.text import split_sentences

    body = clean_answer(text)
    found = split_sentences(body.split("\n\n")[0], lang=lang) if body else []
    return found[0] if found else None


