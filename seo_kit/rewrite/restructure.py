"""Fact-safe restructuring: every source sentence is kept verbatim, in order; only the frame is new.

The frame: an H1, a standfirst (the first paragraph that names the keyphrase, moved to the top),
H2 intertitles over groups of paragraphs, and a closing "À retenir" list of the source sentences
richest in facts (numbers, dates, names). The model is asked only for the H1, the intertitles, the
SEO title and the meta description, from a short digest of the parts; each of these has a
deterministic fallback, and a proposal that states a fact the source lacks is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seo_kit.errors import AnswerError
from seo_kit.rewrite.heading_rules import off_topic
from seo_kit.rewrite.meta import capitalised, fallback_meta, fallback_title, parse_meta, slugify
from seo_kit.rewrite.plan import RECAP_HEADING, group_paragraphs, recap_sentences
from seo_kit.text.document import parse

__all__ = ["Frame", "build", "digest", "fallback_heading", "parse_headings",
           "restructure_article"]

_NUMBERED = re.compile(r"^\s*(?:partie\s+|part\s+|section\s+)?(\d{1,2})\s*[.):\-–]\s*(.+)$", re.IGNORECASE)


@dataclass
class Frame:
    """What the model may propose; None means "use the fallback"."""

    h1: str | None = None
    seo_title: str | None = None
    meta_description: str | None = None
    headings: dict[int, str] | None = None


def digest(groups: list[list[str]], *, lang: str, words_per_part: int = 45) -> str:
    """The start of each part, numbered: enough for headings, short enough for a fast prompt."""
    lines = []
    for number, group in enumerate(groups, start=1):
        words = " ".join(group).split()
        lines.append(f"{number}. " + " ".join(words[:words_per_part])
                     + (" …" if len(words) > words_per_part else ""))
    return "\n".join(lines)


def _acceptable(heading: str, known_facts: set[str], *, lang: str) -> bool:
    from seo_kit.score.facts import extract_facts

    if not heading or len(heading.split()) > 14 or len(heading) > 110 or "http" in heading:
        return False
    return not (set(extract_facts(heading, lang=lang)) - known_facts)


def parse_headings(answer: str, n_sections: int, source: str, *, lang: str) -> Frame:
    """Read "H1 : …", "Titre SEO : …", "Méta-description : …", "1 : …" lines; refuse bad ones."""
    from seo_kit.rewrite.ground import Source
    from seo_kit.score.facts import extract_facts

    known = set(extract_facts(source, lang=lang))
    frame = Frame(headings={})
    for line in answer.splitlines():
        line = line.strip().strip("*").strip()
        numbered = _NUMBERED.match(line)
        if numbered and 1 <= int(numbered.group(1)) <= n_sections:
            heading = numbered.group(2).strip().strip("*«»\"“” ").rstrip(".")
            if _acceptable(heading, known, lang=lang):
                frame.headings.setdefault(int(numbered.group(1)), heading)
            continue
        key, sep, value = line.partition(":")
        value = value.strip().strip("*«»\"“” ")
        if sep and key.strip().lstrip("#").strip().upper() == "H1" and _acceptable(value, known, lang=lang):
            frame.h1 = frame.h1 or value.rstrip(".")
    title, meta = parse_meta("\n".join(
        line for line in answer.splitlines() if not line.strip().upper().startswith("H1")))
    checked = Source.of(source, lang=lang) if title or meta else None  # one split, for both
    if title and _acceptable(title, known, lang=lang) and _grounded(title, checked) \
            and not off_topic(title, source, lang):  # "Thierry Roland : la visite"
        frame.seo_title = capitalised(title)
    if meta and 50 <= len(meta) <= 200 and not (set(extract_facts(meta, lang=lang)) - known) \
            and _grounded(meta, checked):
        frame.meta_description = meta
    return frame


def _grounded(text: str, source) -> bool:
    """Every sentence of ``text`` (an SEO title or meta description) supported by ``source`` (a
    ground.Source, the balanced grounding check): names and numbers alone let "Thierry Roland
    est arrivé mercredi pour une visite de deux jours" through as a description (2026-12-02)."""
    from seo_kit.text.tokens import split_sentences

    return all(v.supported for v in source.verdicts(split_sentences(text, lang=source.lang)))


def fallback_heading(group: list[str], *, lang: str, max_words: int = 10,
                     used: set[str] | None = None) -> str:
    """The first clause of a sentence of the part, cut to ``max_words`` before a function word."""
    from seo_kit.rewrite.clean import short_heading
    from seo_kit.text.tokens import split_sentences

    candidates = [s for paragraph in group for s in split_sentences(paragraph, lang=lang)] or group
    heading = ""
    for sentence in candidates:
        heading = short_heading(sentence, lang=lang, max_words=max_words)
        if heading and heading not in (used or set()):
            return heading
    return heading


def _recap(paragraphs: list[str], *, lang: str, skip: str, k: int = 4) -> list[str]:
    from seo_kit.text.tokens import split_sentences

    return recap_sentences([s for p in paragraphs for s in split_sentences(p, lang=lang)
                            if s not in skip], lang=lang, k=k)


def build(text: str, *, lang: str, keyphrase: str | None, n_sections: int,
          frame: Frame, title: str | None = None) -> dict:
    """Markdown and metadata for the restructured article (pure: the model's part is ``frame``)."""
    doc = parse(text, lang=lang, fmt="markdown")
    paragraphs = [b.text for b in doc.blocks if b.kind != "heading"]
    source_h1 = next((b.text for b in doc.headings if b.level == 1), None) or title
    lead_index = next((i for i, p in enumerate(paragraphs)
                       if keyphrase and keyphrase.lower() in p.lower()), 0)
    if lead_index > len(paragraphs) // 3:
        lead_index = 0  # do not pull a late paragraph to the top
    lead = paragraphs[lead_index]
    body = paragraphs[:lead_index] + paragraphs[lead_index + 1:]
    groups = group_paragraphs(body, n_sections) if body else []
    notes = []
    headings = []
    for number, group in enumerate(groups, start=1):
        proposed = (frame.headings or {}).get(number)
        if proposed is None:
            notes.append(f"intertitle {number}: deterministic fallback")
        headings.append(proposed or fallback_heading(group, lang=lang, used=set(headings)))
    h1 = frame.h1 or source_h1 or fallback_heading([lead], lang=lang, max_words=16)
    if frame.h1 is None:
        notes.append("H1: deterministic fallback")
    from seo_kit.rewrite.ground import Source, checked_headings

    # Whole, grounded, distinct headings: a cut or unsupported one becomes a claim-free title.
    # The H1 stands over the whole article: its words may come from any part of it.
    checked, rebuilt = checked_headings([h1, *headings], [text, *("\n".join(g) for g in groups)],
                                        Source.of(text, lang=lang), keyphrase)
    h1, headings = checked[0], checked[1:]
    if rebuilt:
        notes.append(f"headings: {rebuilt} rebuilt (unsupported, too long, repeated or cut from "
                     "a sentence)")
    parts = [f"# {h1}", lead]
    for heading, group in zip(headings, groups):
        parts.append(f"## {heading}")
        parts.extend(group)
    recap = _recap(body, lang=lang, skip=lead)
    if recap:
        parts.append(f"## {RECAP_HEADING[lang]}")
        parts.extend(f"- {sentence}" for sentence in recap)
    seo_title = frame.seo_title or fallback_title(h1, keyphrase, lang=lang)
    meta = frame.meta_description or fallback_meta("\n\n".join([lead, *body]), keyphrase, lang=lang)
    return {"text": "\n\n".join(parts) + "\n", "h1": h1, "title": seo_title,
            "meta_description": meta, "slug": slugify(seo_title), "notes": notes}


async def restructure_article(article, brief, session) -> dict:
    """The restructured article (``build``) with the frame the model proposes from a digest of
    the parts (step ``headings``); what it proposes badly, or not at all, falls back."""
    doc_paragraphs = [p for p in article.text.split("\n") if p.strip() and not p.startswith("#")]
    n_sections = max(2, min(6, round(len(doc_paragraphs) / 3)))
    groups = group_paragraphs(doc_paragraphs[1:] or doc_paragraphs, n_sections)
    frame = Frame()
    try:
        answer, _ = await session.call(
            "headings", max_tokens=60 + 25 * n_sections, n_sections=len(groups),
            article=digest(groups, lang=brief.lang))
        frame = parse_headings(answer, len(groups), article.support_text,
                                lang=brief.lang)
        _refuse_task_headings(frame, article, session)
    except AnswerError as exc:
        session.notes.append(f"headings: {exc}; deterministic fallbacks used")
    built = build(article.text, lang=brief.lang, keyphrase=brief.keyphrase,
                              n_sections=len(groups), frame=frame, title=article.title)
    session.notes.extend(built["notes"])
    return built


def _refuse_task_headings(frame: Frame, article, session) -> None:
    """Headings, title and description that carry out an instruction hidden in the article
    (``Article.task``) are refused: the deterministic fallbacks stand in for them."""
    if article.task is None:
        return
    refused = []
    for name in ("h1", "seo_title", "meta_description"):
        value = getattr(frame, name)
        if value and article.task.reason(value):
            refused.append(value)
            setattr(frame, name, None)
    for number, heading in list((frame.headings or {}).items()):
        if article.task.reason(heading):
            refused.append(heading)
            del frame.headings[number]
    if refused:
        session.notes.append(f"injected task: {len(refused)} heading(s) refused (they carry out "
                             f"an instruction hidden in the source), e.g. «{refused[0][:60]}»")
