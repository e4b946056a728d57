"""A source sentence whose subject is a pronoun keeps the person it is about.

In the source, "Au cours de sa visite de deux jours, il doit rencontrer … Choe Son Hui" follows
"Lavrov s'est rendu pour la dernière fois en Corée du Nord en 2018": "il" is Lavrov. Once the
rewrite moves it (a sentence put back by ``ground.restore_news``, one that replaces a refused
sentence, a repeat taken out before it), it may follow "Kim Jong-un a rencontré Vladimir
Poutine…", and a reader takes "il" for Kim (the embedded model's seed variant, 2026-12-01). So a
sentence of the draft that is a source sentence (or a piece of one) with a pronoun subject, and
that no longer follows the source sentence before it, has the pronoun replaced by that sentence's
subject (seo_kit.rewrite.headline.main_subject) — kept only when grounding (the strict gate)
supports the result; otherwise the sentence stays as it is.
"""

from __future__ import annotations

import re

from seo_kit.text.tokens import split_sentences

__all__ = ["name_pronouns", "source_index"]

_PRONOUN = re.compile(r"(^|,\s+)(Il|Elle|Ils|Elles|il|elle|ils|elles)(?=\s)")
_PLURAL = {"ils", "elles"}


def _plural(subject: str) -> bool:
    return bool(re.match(r"(?i)(?:les|des|ces)\b", subject) or " et " in subject)


def named(sentence: str, before: str, *, names=()) -> str | None:
    """``sentence`` with its first subject pronoun replaced by the main subject of ``before``
    (the source sentence it followed), the number agreeing; None when either is missing."""
    from seo_kit.rewrite.headline import main_subject

    match = _PRONOUN.search(sentence)
    subject = main_subject(before, names=names)
    if not match or not subject or (match[2].lower() in _PLURAL) != _plural(subject):
        return None
    if match.start(2) > 0 and subject.split()[0] in ("Le", "La", "Les", "L’", "L'"):
        subject = subject[0].lower() + subject[1:]
    return f"{sentence[:match.start(2)]}{subject}{sentence[match.end(2):]}"


def source_index(sentence: str, sentences: tuple[str, ...]) -> int | None:
    """The source sentence ``sentence`` is, or is a piece of (a mechanical split), an additive
    connector of either language in front or not (seo_kit.rewrite.readable.ADDITIVE)."""
    from seo_kit.rewrite.readable import ADDITIVE

    if sentence in sentences:
        return sentences.index(sentence)
    core = sentence.rstrip(".!? ")
    for connector in (c for connectors in ADDITIVE.values() for c in connectors):
        if core.startswith(f"{connector} "):
            core = core[len(connector) + 1:]
    forms = {core, core[:1].upper() + core[1:]}
    found = [i for i, s in enumerate(sentences)
             if len(core.split()) >= 5 and any(form in s for form in forms)]
    return found[0] if len(found) == 1 else None


def name_pronouns(draft, source) -> int:
    """Replace, in place, the pronoun subject of each sentence of ``draft`` (a Draft; ``source`` a
    ground.Source, French) that is a source sentence moved away from the one before it; returns
    how many were named."""
    from seo_kit.score.grounding.analysis import analyse

    if source.lang != "fr":
        return 0
    changed = 0
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    rebuilt = []
    for body in bodies:
        paragraphs = []
        for paragraph in re.split(r"\n\s*\n", body):
            if paragraph.lstrip().startswith("- "):
                paragraphs.append(paragraph)
                continue
            sentences = split_sentences(paragraph, lang=source.lang) if paragraph.strip() else []
            for k, sentence in enumerate(sentences):
                index = source_index(sentence, source.sentences)
                if not index or not analyse([sentence], source.lang)[0].pronoun:
                    continue
                before = source.sentences[index - 1]
                previous = sentences[k - 1] if k else ""
                if previous and (previous == before or previous.rstrip(".!? ") in before):
                    continue  # it still follows its antecedent
                new = named(sentence, before, names=source.names)
                if new and source.verdicts([new])[0].supported:
                    sentences[k] = new
                    changed += 1
            paragraphs.append(" ".join(sentences))
        rebuilt.append("\n\n".join(p for p in paragraphs if p.strip()))
    draft.intro = rebuilt[0]
    for section, body in zip(draft.sections, rebuilt[1:], strict=True):
        section.body = body
    return changed
