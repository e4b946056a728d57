"""Labelled summary blocks: the key points after the standfirst and an FAQ at the end.

When the source told once (every paragraph covered, the standfirst) is still short of the brief,
the length comes from the source's key facts said again where a reader looks for them (issue
#11: "a 'L'essentiel' list or an FAQ whose answers are grounded"), never from padding:

- ``add_key_points``: "L’essentiel" / "Key points", 3–5 list lines right after the standfirst;
- ``add_faq``: "Questions fréquentes" / "Questions and answers" ("FAQ" reads as a name to the
  grounding check), an H2 over one H3 question per kind of fact (dates, figures, names, the
  rest), each answered by the draft's facts of that kind.

Every line is a short summary of a draft sentence (seo_kit.rewrite.once.recap_lines: a main
clause passing the strict gate and the heading rules, unlike every heading and every other line),
else one of the draft's own short grounded sentences that reads alone (``_alone``); the questions
hold no claim (seo_kit.lang.faq_questions, read as labels by the scorer's grounding:
seo_kit.lang.claim_free_labels). Their lines restate the body on purpose: seo_kit.rewrite.clean.
summary_block is the one rule that keeps them out of the near-repeat check.
"""

from __future__ import annotations

import re
from dataclasses import replace

from seo_kit.lang import faq_questions, summary_labels
from seo_kit.rewrite.clean import near_repeat, said, summary_block
from seo_kit.rewrite.draft import Section
from seo_kit.text.document import parse

__all__ = ["KEY_POINTS", "add_faq", "add_key_points", "fact_kind"]

KEY_POINTS = (3, 5)  # list lines of the key points: fewer than 3 is no list, more is the body again
MAX_KEYPHRASE_SHARE = 0.75  # Yoast subheadingsKeyword: at most 75 % of the H2/H3 hold the keyphrase
KEY_POINT_SHARE = 4  # one key point per this many prose sentences (3–5): the FAQ keeps the rest
SENTENCE_WORDS = 20  # a list line or an answer of one sentence: Yoast's long-sentence limit
# words that point elsewhere in the text: a sentence holding one does not stand alone in a list
_POINTING = {
    "fr": frozenset(("il", "elle", "ils", "elles", "leur", "ce", "cet", "cette", "ces",
                     "celui", "celle", "ceux", "celles")),
    "en": frozenset(("he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
                     "this", "these", "those")),  # not "that": a conjunction as often
}
_KINDS = ("date", "figure", "name", "other")  # the FAQ's order


def _words(draft, lang: str) -> int:
    return len(parse(draft.markdown(), lang=lang).words)


def _list_lines(sections) -> list[str]:
    """The text of every list line ("- …") of ``sections``."""
    return [line[2:] for s in sections for line in s.body.splitlines() if line.startswith("- ")]


def _taken(draft) -> set[str]:
    from seo_kit.rewrite.heading_rules import heading_key

    return {heading_key(h) for h in [draft.h1, *(s.heading for s in draft.sections),
                                     *_list_lines(draft.sections)] if h}


def _told(draft, source, *, keyphrase: str | None, k: int) -> list[str]:
    """Up to ``k`` lines of key facts not yet in a list: the short summaries of
    ``recap_lines`` first, then (when a source's sentences give few present-tense clauses:
    past historic, quotations) the draft's own prose sentences — grounded already — that state
    a fact, stand alone (no pronoun or demonstrative leaning on the sentence before:
    seo_kit.rewrite.anaphor.leans_back, no quotation; a French pronoun subject named first:
    ``_named``) and are at most SENTENCE_WORDS long, those
    with the most facts first, without the additive connector the readability step put in
    front."""
    from seo_kit.rewrite.once import recap_lines
    from seo_kit.rewrite.readable import ADDITIVE
    from seo_kit.score.facts import extract_facts
    from seo_kit.text.tokens import split_sentences

    lang = source.lang
    lines = recap_lines(draft, source, keyphrase=keyphrase, taken=_taken(draft), k=k)
    listed = set(_list_lines(draft.sections))
    prose = [s for body in [draft.intro, *(s.body for s in draft.sections
                                           if not summary_block(s.heading, lang=lang))]
             for paragraph in body.split("\n") if paragraph.strip()
             and not paragraph.startswith(("- ", "#"))
             for s in split_sentences(paragraph, lang=lang)]
    ranked = []
    for order, sentence in enumerate(prose):
        for connector in ADDITIVE.get(lang, ()):
            if sentence.startswith(f"{connector} "):
                rest = sentence[len(connector) + 1:]
                sentence = rest[:1].upper() + rest[1:]
        sentence = _named(sentence, source)
        facts = extract_facts(sentence, lang=lang)
        if facts and len(sentence.split()) <= SENTENCE_WORDS and _alone(sentence, lang) \
                and sentence.endswith(".") and sentence not in listed:
            ranked.append((-len(facts), len(sentence.split()), order, sentence))
    for *_, sentence in sorted(ranked):
        if len(lines) >= k:
            break
        if sentence not in lines:
            lines.append(sentence)
    return lines


def _named(sentence: str, source) -> str:
    """``sentence`` with its pronoun subject replaced by the person the source sentence before
    its own names (seo_kit.rewrite.antecedent.named: "Dès 1976, il fit parler…" → "Dès 1976,
    Thierry Roland fit parler…"), when the result still passes grounding; else as it is.
    French only, as name_pronouns."""
    from seo_kit.rewrite.antecedent import named, source_index

    if source.lang != "fr":
        return sentence
    index = source_index(sentence, source.sentences)
    if not index:
        return sentence
    new = named(sentence, source.sentences[index - 1], names=source.names)
    return new if new and source.verdicts([new])[0].supported else sentence


def _alone(sentence: str, lang: str) -> bool:
    """True when ``sentence`` reads alone, out of its paragraph, in the active voice: no third
    person subject pronoun or demonstrative anywhere ("lui" may be its own subject's) ("Dès 1976, il fit parler de lui", "… par cette
    mauvaise nouvelle": who, which?), no opening that leans on the sentence before
    (seo_kit.rewrite.anaphor.leans_back), no quotation (a quote's words are its speaker's), not
    passive (Yoast's passiveVoice counts the summary's sentences too: seo_kit.lang.is_passive)."""
    from seo_kit.lang import is_passive
    from seo_kit.rewrite.anaphor import leans_back
    from seo_kit.text import tokenize

    words = set(re.findall(r"[\w’']+", sentence.lower().replace("’", "'")))
    return not (words & _POINTING[lang] or leans_back(sentence, lang)
                or set(sentence) & set("«»\"“”") or is_passive(tokenize(sentence, lang=lang), lang))


def _prose_count(draft, lang: str) -> int:
    from seo_kit.text.tokens import split_sentences

    return sum(len(split_sentences(p, lang=lang)) for body in
               [draft.intro, *(s.body for s in draft.sections)] for p in body.split("\n")
               if p.strip() and not p.startswith(("- ", "#")))


def add_key_points(draft, source, *, min_words: int, keyphrase: str | None = None) -> int:
    """When ``draft`` (grounded, headed) is short of ``min_words`` Yoast words, put a list of
    its key facts (KEY_POINTS lines, one per KEY_POINT_SHARE prose sentences: ``_told``, the
    sentences with the most facts first) right after the standfirst, under the key-points
    label. None when fewer than KEY_POINTS[0] lines exist. Returns the lines added."""
    lang = source.lang
    if _words(draft, lang) >= min_words:
        return 0
    lines = _told(draft, source, keyphrase=keyphrase, k=max(KEY_POINTS[0], min(
        KEY_POINTS[1], _prose_count(draft, lang) // KEY_POINT_SHARE)))
    if len(lines) < KEY_POINTS[0]:
        return 0
    draft.sections.insert(0, Section(summary_labels(lang)[0],
                                     "\n".join(f"- {line}" for line in lines)))
    return len(lines)


def fact_kind(line: str, *, lang: str) -> str:
    """The kind of fact a line states, the FAQ's question for it: "date" (a date, or a year:
    a number from 1500 to 2099 written alone),
    "figure" (a number, amount or percentage), "name" (a person, place or organisation),
    else "other" (seo_kit.score.facts reads them)."""
    from seo_kit.score.facts import extract_facts

    facts = extract_facts(line, lang=lang)
    keys = {key.split(":")[0] for key in facts}
    if "date" in keys or any(re.fullmatch(r"number:(1[5-9]|20)\d\d", key) for key in facts):
        return "date"
    if keys & {"number", "amount", "percent"}:
        return "figure"
    return "name" if "name" in keys else "other"


def add_faq(draft, source, *, min_words: int, keyphrase: str | None = None) -> int:
    """When ``draft`` is still short of ``min_words``, close it with an FAQ: an H2 (the FAQ
    label) over one H3 question per kind of fact (``fact_kind``), each answered by the draft's
    key facts of that kind not yet in a list (``recap_lines``: short grounded clauses), asked in
    _KINDS order until the draft reaches ``min_words``. A question names the keyphrase while at
    most MAX_KEYPHRASE_SHARE of the H2/H3 then do (Yoast's subheadingsKeyword counts both) and
    the scorer's grounding reads it as supported, else it is asked without. None when no line
    is left. Returns the questions added."""
    from seo_kit.rewrite.meta import capitalised
    from seo_kit.text.fold import fold

    lang = source.lang
    if _words(draft, lang) >= min_words:
        return 0
    lines = _told(draft, source, keyphrase=keyphrase, k=8)
    # the blocks restate the body, never each other: an answer that says again a key point
    # (or an earlier answer) goes ("On March 24, 2014, Mozilla promoted Brendan Eich…" listed,
    # "Mozilla promotes Brendan Eich to the role of CEO." answered: corpus text 14, scripted)
    seen = [said(line, lang=lang) for line in _list_lines(
        s for s in draft.sections if summary_block(s.heading, lang=lang))]
    answers: dict[str, list[str]] = {}
    for line in lines:
        if near_repeat(line, seen, lang=lang):
            continue
        seen.append(said(line, lang=lang))
        answers.setdefault(fact_kind(line, lang=lang), []).append(_sentence(line))
    if not answers:
        return 0
    headings = [s.heading for s in draft.sections] + [summary_labels(lang)[1]]
    held = sum(bool(keyphrase) and fold(keyphrase) in fold(h) for h in headings)
    lenient = replace(source, strict=False)
    parts: list[str] = []
    faq = Section(summary_labels(lang)[1], "")
    draft.sections.append(faq)
    for kind in _KINDS:
        if kind not in answers:
            continue
        with_topic, without = faq_questions(lang)[kind]
        forms = [without]
        if keyphrase and (held + 1) / (len(headings) + 1) <= MAX_KEYPHRASE_SHARE:
            forms.insert(0, with_topic.format(topic=capitalised(keyphrase)))
        question = next((q for q, v in zip(forms, lenient.verdicts(forms), strict=True)
                         if v.supported), None)
        if question is None:
            continue
        held += question != without
        headings.append(question)
        parts += [f"### {question}", " ".join(answers[kind][:2])]
        faq.body = "\n\n".join(parts)
        if _words(draft, lang) >= min_words:
            break
    if not parts:
        draft.sections.remove(faq)
    return len(parts) // 2


def _sentence(line: str) -> str:
    line = line.strip()
    return line if line.endswith((".", "!", "?", "»")) else f"{line}."

