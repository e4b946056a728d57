"""Long English sentences cut where a comma and a conjunction join two clauses.

The English twin of the French clause joints of seo_kit.rewrite.readable (``split_clauses``):
"The vault can hold 4.5 million seed samples, and it held more than 1.1 million samples in
2020." → "The vault can hold 4.5 million seed samples." + "It held more than 1.1 million samples
in 2020."; "The Crop Trust funds most of the vault's running costs, while the Nordic Genetic
Resource Center manages the collection." → two sentences. A joint is ", and", ", while" or
", whereas" followed by a clause with a subject of its own (a noun phrase or a personal pronoun,
then a verb the grounding rules read: seo_kit.rewrite.headline_en); the first part must hold a
verb too, and the second no comma of its own (", while he was Mozilla's chief technical officer,
leading to angry responses…": cut there, "leading" would hang on the wrong clause). Nothing is
added: the second piece is the clause as written, capitalised. The caller checks every split
like any other (readable._keeps: each piece grounded, no fact lost).
"""

from __future__ import annotations

import re

__all__ = ["split_clauses_en"]

_JOINT = re.compile(r",\s+(?:and|while|whereas)\s+(?=\S)")
_PERSONAL = {"he", "she", "it", "they", "we"}


def split_clauses_en(sentence: str, *, names=()) -> list[str]:
    """``sentence`` (English) cut in two at the first joint (see the module) whose second part
    is a clause of its own; ``[sentence]`` when there is none."""
    from seo_kit.rewrite.words_en import _WORD, subject_of, verb_at

    body = sentence.rstrip()
    if not body:
        return [sentence]
    end = body[-1] if body[-1] in ".!?" else "."
    body = body.rstrip(".!?")
    for joint in _JOINT.finditer(body):
        head, tail = body[:joint.start()], body[joint.end():]
        head_words = [m.group(0) for m in _WORD.finditer(head)]
        if re.search(r",(?!\d)", tail) or verb_at(head_words) is None:
            continue
        found = list(_WORD.finditer(tail))
        at = verb_at([m.group(0) for m in found])
        if at is None or at[0] > 6:
            continue
        subject = tail[:found[at[0]].start()].split()
        if not (len(subject) == 1 and subject[0].lower() in _PERSONAL) and \
                subject_of(subject, names) is None:
            continue
        return [f"{head}.", f"{tail[0].upper()}{tail[1:]}{end}"]
    return _second_verb(body, end, names) or _named_clause(body, end) or [sentence]


def _main_subject(body: str, names) -> tuple[str, int] | None:
    """(the main clause's subject as written, the offset of its verb) in ``body``: the first
    stretch between commas whose words open on a subject (headline_en.subject_of) and a verb;
    None when the verb reports speech or the clause holds a relative ("that", "which", "who":
    a verb after "and" may be the subordinate clause's) or the verb has an auxiliary ("was
    opened … and designed": the second verb needs it too)."""
    from seo_kit.rewrite.words_en import (
        _ADVERBS,
        _RELATIVES,
        _WORD,
        lemma_en,
        subject_of,
        verb_at,
    )
    from seo_kit.score.grounding.claims import REPORTING

    start = 0
    for segment in re.split(r"(?<!\d),\s+", body):
        found = list(_WORD.finditer(segment))
        at = verb_at([m.group(0) for m in found])
        if at is not None:
            words = segment[:found[at[0]].start()].split()
            while words and (words[-1].lower() in _ADVERBS or words[-1].endswith("ly")):
                words.pop()  # "ICARDA later planted": the subject is "ICARDA"
            personal = len(words) == 1 and words[0].lower() in _PERSONAL
            if at[0] != at[1]:
                return None  # "was opened … and designed": the auxiliary is shared
            if (personal or subject_of(words, names, opening=start > 0)) and \
                    lemma_en(found[at[1]].group(0)) not in REPORTING["en"] and \
                    not {m.group(0).lower() for m in found} & _RELATIVES:
                return " ".join(words), start + found[at[0]].start()
            return None
        start += len(segment) + 2
    return None


def _second_verb(body: str, end: str, names) -> list[str] | None:
    """"Mozilla deprecated the suite …, and moved to supply them …" → "… the suite …." +
    "Mozilla moved to supply them …": a second verb of the main clause's subject after "and",
    the subject said again (as written, the only words added)."""
    from seo_kit.rewrite.words_en import _WORD, past_form

    subject = _main_subject(body, names)
    if subject is None:
        return None
    who, verb_at = subject
    for joint in re.finditer(r",?\s+and\s+(?=(?P<verb>[a-z]\w+)\s)", body[verb_at:]):
        head, tail = body[:verb_at + joint.start()], body[verb_at + joint.end():]
        if past_form(joint["verb"]) and joint["verb"].endswith("ed") and \
                len(_WORD.findall(head)) >= 5 and len(_WORD.findall(tail)) >= 4:
            who = who if who.split()[0] in ("He", "She", "It", "They", "We") or \
                who[:1].isupper() else who[0].upper() + who[1:]
            return [f"{head}.", f"{who} {tail}{end}"]
    return None


def _named_clause(body: str, end: str) -> list[str] | None:
    """"… on April 3, 2014 and Mitchell Baker, executive chairwoman of Mozilla Corporation,
    posted a statement …" → two sentences: after "and", a name, an apposition between commas,
    then a verb in the past."""
    from seo_kit.rewrite.words_en import apposed, past_form

    for joint in re.finditer(r"\s+and\s+(?=[A-Z])", body):
        head, tail = body[:joint.start()], body[joint.end():]
        parts = re.split(r"(?<!\d),\s+", tail, maxsplit=2)
        if len(parts) == 3 and all(w[:1].isupper() for w in parts[0].split()) and \
                len(parts[0].split()) <= 4 and apposed(parts[1]) and \
                past_form(parts[2].split()[0]) and len(head.split()) >= 5:
            return [f"{head.rstrip(' ,')}.", f"{tail}{end}"]
    return None
