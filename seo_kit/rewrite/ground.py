"""The ground step: no generated sentence reaches the variant unless the source supports it.

Every sentence of the standfirst and of each section, and every heading, is checked with the
scorer's grounding (seo_kit.score.grounding) against the source's sentences, less the ones a
source filter flagged (the injection detector: flagged sentences are never support). A sentence
that fails is regenerated once, with the reason and its closest source sentence (step
``fix_sentence``, a short prompt); if the new one fails too, it is replaced by the source sentence
it stood for — never kept. A heading that fails is rebuilt from its section's first grounded
sentence (``heading_from``). Nothing here writes a fact of its own.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from seo_kit.rewrite import repair
from seo_kit.score.grounding import (
    Verdict,
    flagged_sentences,
    ground_sentences,
    source_sentences,
)

__all__ = ["Source", "ground_draft", "heading_from"]

MAX_HEADING_CHARS = 70


@dataclass(frozen=True)
class Source:
    """The source as grounding sees it: its sentences, and the ones never to use."""
    sentences: tuple[str, ...]
    flagged: frozenset[int]
    lang: str

    @classmethod
    def of(cls, text: str, lang: str) -> Source:
        sentences = source_sentences(text, lang)
        return cls(tuple(sentences), flagged_sentences(sentences, lang), lang)

    def usable(self) -> list[str]:
        """The sentences a model may be given and grounding may count on."""
        return [s for i, s in enumerate(self.sentences) if i not in self.flagged]

    def verdicts(self, sentences: list[str]) -> list[Verdict]:
        return ground_sentences(sentences, list(self.sentences), self.lang, exclude=self.flagged)


def _split(body: str, lang: str) -> list[list[str]]:
    from seo_kit.text import split_sentences

    return [split_sentences(p, lang=lang) for p in re.split(r"\n\s*\n", body) if p.strip()]


def _reason(verdict: Verdict) -> str:
    return "; ".join(f"{r.kind}: {r.detail}" for r in verdict.reasons[:2])


async def ground_draft(draft, source: Source, session, *, keyphrase: str | None) -> None:
    """Replace, in place, every unsupported sentence and heading of ``draft`` (a Draft)."""
    lang = source.lang
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    split = [_split(b, lang) for b in bodies]
    sentences = list(dict.fromkeys(s for body in split for par in body for s in par))
    verdicts = dict(zip(sentences, source.verdicts(sentences), strict=True))
    failing = [s for s in sentences if not verdicts[s].supported]
    fixed: dict[str, str | None] = {}
    if failing and "fix_sentence" in session.template.steps:
        answers = await asyncio.gather(*(session.call(
            "fix_sentence", max_tokens=120, sentence=s, problem=_reason(verdicts[s]),
            passage=verdicts[s].closest) for s in failing))
        retries = [_first_sentence(text, lang) for text, _ in answers]
        checked = source.verdicts([r or "" for r in retries])
        for sentence, retry, verdict in zip(failing, retries, checked, strict=True):
            if retry and verdict.supported and verdict.claim:
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
    _ground_headings(draft, source, keyphrase, session)


def _first_sentence(text: str, lang: str) -> str | None:
    from seo_kit.text import split_sentences

    body = repair.clean_answer(text)
    found = split_sentences(body.split("\n\n")[0], lang=lang) if body else []
    return found[0] if found else None


def _ground_headings(draft, source: Source, keyphrase: str | None, session) -> None:
    headings = [draft.h1, *(s.heading for s in draft.sections)]
    verdicts = source.verdicts(headings)
    seen: set[str] = set()
    rebuilt = 0
    for index, (heading, verdict) in enumerate(zip(headings, verdicts, strict=True)):
        body = draft.intro if index == 0 else draft.sections[index - 1].body
        bad = not verdict.supported or len(heading) > MAX_HEADING_CHARS \
            or _key(heading) in seen or _is_prefix(heading, body)
        if bad:
            heading = heading_from(body, source.lang, keyphrase if index == 0 else None,
                                   taken=seen) or heading
            rebuilt += 1
        seen.add(_key(heading))
        if index == 0:
            draft.h1 = heading
        else:
            draft.sections[index - 1].heading = heading
    if rebuilt:
        session.notes.append(f"headings: {rebuilt} rebuilt from their section (unsupported, "
                             "too long, repeated or cut from the first sentence)")


def _key(heading: str) -> str:
    return " ".join(re.findall(r"\w+", heading.lower()))


def _is_prefix(heading: str, body: str) -> bool:
    """A heading made of the first words of a sentence under it ("Le porte-parole du Conseil")."""
    key = _key(heading)
    return len(key.split()) >= 3 and any(_key(s).startswith(key) and _key(s) != key
                                         for s in re.split(r"(?<=[.!?])\s+", body))


def heading_from(body: str, lang: str, keyphrase: str | None = None, *,
                 taken: set[str] | frozenset[str] = frozenset()) -> str | None:
    """A heading written from a section's own sentences: the core clause of the first sentence
    that has one (subject, verb, object or first complement, from spaCy's parse), ≤ 70
    characters, a complete phrase that is not the sentence's first words alone; prefixed with
    the keyphrase when asked and it fits. None when no sentence gives one."""
    from seo_kit.score.grounding.analysis import _pipeline

    nlp = _pipeline(lang)
    if nlp is None:
        return None
    for sentence in [s for par in _split(body, lang) for s in par][:6]:
        doc = nlp(sentence)
        root = next((t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
        if root is None:
            continue
        keep: set[int] = {root.i}
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:tense", "aux:pass", "expl:pv",
                              "expl:comp", "advmod:neg", "obj", "cop") or (
                    child.dep_.startswith("obl") and not any(
                        c.dep_.startswith(("obj", "obl")) for c in root.children
                        if c.i < child.i)):
                if child.dep_.startswith(("nsubj", "obj", "obl")):
                    keep |= {t.i for t in child.subtree if not t.dep_.startswith(
                        ("acl", "advcl", "appos", "punct", "parataxis"))}
                else:
                    keep.add(child.i)
        if not any(doc[i].dep_.startswith("nsubj") for i in keep):
            continue
        phrase = " ".join(doc[i].text for i in sorted(keep))
        phrase = re.sub(r"\s+([,.;:!?»)])", r"\1", re.sub(r"([’'])\s+", r"\1", phrase))
        phrase = re.sub(r"([«(])\s+", r"\1", phrase).strip(" ,;:.")
        if keyphrase and keyphrase.lower() not in phrase.lower() and \
                len(keyphrase) + len(phrase) + 3 <= MAX_HEADING_CHARS:
            phrase = f"{keyphrase} : {phrase[0].lower()}{phrase[1:]}"
        if 3 <= len(phrase.split()) and len(phrase) <= MAX_HEADING_CHARS \
                and _key(phrase) not in taken:
            return phrase[0].upper() + phrase[1:]
    return None
