"""English headlines built from a sentence without a model: its clause, in the present tense.

The English twin of seo_kit.rewrite.headline (French). An English news heading says what its
section says as subject + verb + object in the present, without a leading article ("Mozilla
promotes Brendan Eich to the role of CEO", "Norway spends about 100 million kroner to rebuild the
tunnel"). Built from a grounded sentence of the section, it can only say what the sentence says;
the verb changes tense and the article goes, so it is not the sentence's first words; a caller
keeps one that passes the heading rules and the strict gate (seo_kit.rewrite.heading_rules), so
a wrong reading costs a candidate, never a false heading.

No English parser is installed: the clause is read by seo_kit.rewrite.words_en (the grounding
check's English rules). A past form, a present perfect or a past perfect ("has expanded", "had
donated") becomes the present ("expands", "donates"), a passive's "was" becomes "is"; a form
already in the present is kept as written, and so is a past said from today ("hired 300
engineers last year"). The news day goes ("on Thursday"), any other time stays. No candidate
from a clause whose verb is a modal ("could threaten": a possibility, not a fact), a denial
("did not", "never"), a past "be" ("was $163 million": the present would change the fact), a
past intent ("had expected", "aimed to": in the present it would still hold), or whose subject
is a pronoun or an indefinite ("He", "Some scientists"): the heading would name no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seo_kit.rewrite.words_en import (
    _ANAPHORS,
    _WORD,
    apposed,
    lemma_en,
    present_en,
    subject_of,
    tensed,
    verb_at,
)
from seo_kit.score.grounding.cues import MONTHS, WEEKDAYS

__all__ = ["TIME", "headlines_en", "present_en"]

# A time in a clause: a present-tense headline without it would tell a past event as today's.
# Months and weekdays: seo_kit.score.grounding.cues (one list for grounding and headings).
TIME = re.compile(r"\d|\b(?:" + "|".join(w.capitalize() for w in (*MONTHS["en"], *WEEKDAYS["en"]))
                  + r"|years?|decades?|centur(?:y|ies)|months?|weeks?|days?|ago|previously|"
                  r"formerly|earlier|first time|last time|since|until|originally|once)\b")
# Where a clause ends: a comma-like mark, a relative or subordinate clause, a second verb
# (checked by the caller: "and returned new seeds").
_CLAUSE_END = re.compile(
    r"\s*(?:,(?!\d|\s\d{4}\b)|[;:()\[\]—–])|\s(?:which|who|whom|whose|that|where|when|while|"
    r"whereas|whereby|because|"
    r"since|although|though|unless|if|after|before|until|including|thereby|as part of|"
    r"as per|leading to|but|so that|in order to|such as)\b", re.IGNORECASE)
# The news day goes, as in French headlines ("… raises interest rates on Thursday").
_NEWS_DAY = re.compile(r"\s(?:on\s+)?(?:" + "|".join(d.capitalize() for d in WEEKDAYS["en"])
                       + r")\b|\s(?:yesterday|today|overnight|this week)\b")
# A past time said from today: the verb keeps its past ("Company hired 300 engineers last
# year", never "hires … last year").
_PAST_DEICTIC = re.compile(r"\b(?:last|ago|yesterday|previously|earlier|formerly)\b")
# "to" opens a complement before a noun phrase ("to the public"), not before an infinitive
# ("expected the bank to pause": cut there, the verb would say something else)
_COMPLEMENT = re.compile(r"\s(?=(?:in|at|on|for|with|from|by|into|during|over|under|"
                         r"through|about|across|near|after|before|as)\s|"
                         r"to\s(?:the|a|an|\d|[A-Z]))")


# A finite verb later in the clause: the verb read first was a participle of a reduced
# relative ("articles published close to the events were divided"), not the clause's verb.
_REDUCED = re.compile(r"\b(?:was|were|is|are|has|have|had)\b")


def _trimmed(rest: str) -> str:
    """``rest`` without the function words a cut left at its end: never ending on one."""
    from seo_kit.score.matching import function_words

    small = function_words("en")
    words = rest.split()
    while words and not words[-1][:1].isupper() and (  # "in May": a month, not a modal
            words[-1].lower() in small or words[-1].lower() in _ANAPHORS
            or words[-1].lower().endswith("ly")):
        words.pop()
    return " ".join(words)


def _rest(text: str) -> str:
    """The verb's complement, up to the clause's end; a second verb after "and" ends it."""
    from seo_kit.score.grounding.rules import verb_like
    from seo_kit.score.grounding.words import key

    rest = _CLAUSE_END.split(text, maxsplit=1)[0]
    words = rest.split()
    for i, w in enumerate(words[:-1]):
        if w.lower() in ("and", "or"):
            nxt = words[i + 1].strip(".,;").lower()
            second = verb_like(0, [nxt], key(lemma_en(nxt)), "en") and words[i + 1][:1].islower() \
                and (nxt.endswith("ed") or lemma_en(nxt) != nxt)  # "… and returned new seeds"
            after = [m.group(0) for m in _WORD.finditer(" ".join(words[i + 1:]))]
            clause = verb_at(after)  # "… and Mitchell Baker posted a statement"
            # "… on April 3, 2014 and Mitchell Baker, …": a name after "and" that follows no
            # name opens a clause of its own ("Lebanon and Morocco" is one complement)
            named = words[i + 1][:1].isupper() and not words[i - 1][:1].isupper() if i else False
            if second or named or (clause and clause[0] <= 6 and subject_of(
                    after[:clause[0]], (), opening=False)):
                return " ".join(words[:i])
    return rest.strip()


def _cuts(rest: str, passive: bool) -> list[str]:
    """Shorter forms of the complement ``rest``: cut before a complement ("… to rebuild the
    tunnel" → "… kroner"), never losing a time, a passive's agent ("by …") or an "as …"; then
    one inner complement left out before a time that stays ("discover a new species of moss
    near the harbour in 2021" → "… of moss in 2021")."""
    bounds = [m.start() for m in _COMPLEMENT.finditer(rest)]
    keep = [not (passive and rest[b:].startswith(" by ")) and not rest[b:].startswith(" as ")
            for b in bounds]
    ends = [*bounds[1:], len(rest)] if bounds else []
    tails = [rest[:b] for b, ok in zip(reversed(bounds), reversed(keep), strict=True)
             if ok and not TIME.search(rest[b:])]
    inner = [rest[:b] + rest[end:] for b, end, ok in zip(bounds, ends, keep, strict=True)
             if ok and end < len(rest) and not TIME.search(rest[b:end])]
    return [*tails, *inner]


def _is_verb(word: str, like: str) -> bool:
    """``word`` reads as a verb of a list opened by the verb ``like``: a verb of the grounding
    rules' tables, or an inflected form with ``like``'s ending ("uses, develops, spreads":
    -s; "collected, sorted": -ed)."""
    from seo_kit.score.grounding.rules import verb_like
    from seo_kit.score.grounding.words import key

    if not (word.isalpha() and word.islower()):
        return False
    ending = next((e for e in ("ed", "s") if like.endswith(e)), None)
    return bool(verb_like(0, [word], key(lemma_en(word)), "en")) or bool(
        ending and word.endswith(ending) and lemma_en(word) != word)


def _coordinated(after: Sequence[str], like: str, plural: bool) -> tuple[str, str] | None:
    """(verbs, complement) of a list of verbs that share one complement, read from the comma
    segments ``after`` a subject's first verb: "The Mozilla community uses, develops, spreads
    and supports Mozilla products" → ("spreads and supports", "Mozilla products"), the last
    coordination as the source writes it, in the present (what the subject does to the
    complement, each verb of the list being said of it); ``like``: the list's first verb as
    written. None when the segments are no such list (a bare verb between commas, then
    "[verb] and|or verb complement")."""
    m = 0
    while m < len(after) and _is_verb(after[m].strip(), like):
        m += 1
    if m >= len(after):
        return None
    words = after[m].split()
    if words and words[0] in ("and", "or"):
        verbs, tail = ([words[1]], words[2:]) if len(words) > 2 and _is_verb(words[1], like) \
            else ([], [])
    elif len(words) > 3 and words[1] in ("and", "or") and _is_verb(words[0], like) \
            and _is_verb(words[2], like):
        verbs, tail = [words[0], words[2]], words[3:]
    else:
        return None
    present = [tensed([v], plural) for v in verbs]
    if not verbs or None in present or not tail or not _is_verb_complement(tail[0]):
        return None
    rest = _NEWS_DAY.sub("", _rest(" ".join(tail))).strip()
    joined = f" {words[1] if len(verbs) == 2 else words[0]} ".join(present) \
        if len(verbs) == 2 else present[0]
    return joined, rest


def _is_verb_complement(word: str) -> bool:
    """A complement's first word: no second verb ("… and supports promoting")."""
    return not word.endswith("ing") or word[:1].isupper()


def headlines_en(sentence: str, *, names: Sequence[str] = (), keyphrase: str | None = None,
                 limit: int = 70, dated_past: bool = False) -> list[str]:
    """Present-tense clauses of ``sentence`` (English), each ≤ ``limit`` characters, the whole
    complement first, then cut before a complement (never losing a time, ``TIME``), the
    keyphrase-led ones first: "On March 24, 2014, Mozilla promoted Brendan Eich to the role of
    CEO." → ["Mozilla promotes Brendan Eich to the role of CEO", "Mozilla promotes Brendan
    Eich"]. The main clause first, then the clauses after "while", "but", "and" with a subject of
    their own. Empty when no clause is read. ``dated_past``: a clause that holds a time keeps
    the verb as written (a sentence of a list, not a title)."""
    out: list[str] = []
    body = sentence.strip().rstrip(".!?")
    segments = re.split(r"(?<!\d),\s+|(?<=\d),\s+(?!\d{4}\b)|;\s+|\s+[—–]\s+|:\s+", body)
    for k, segment in enumerate(segments):
        stripped = re.match(r"(?:while|but|and|whereas|so)\s+", segment.strip())
        segment = segment.strip()[stripped.end() if stripped else 0:]
        found = list(_WORD.finditer(segment))
        words = [m.group(0) for m in found]
        at = verb_at(words, 0 if k >= 2 and words and words[0][:1].islower() else 1)
        if at is None:
            continue
        first, last = at
        subject = subject_of(segment[:found[first].start()].split(), names,
                           opening=k > 0 or stripped)
        if first == 0 and k >= 2 and apposed(segments[k - 1]):
            # "Marie Haga, the former head of the Crop Trust, called …": the name before the
            # apposition is the subject
            subject = subject_of(segments[k - 2].split(), names) \
                if all(w[:1].isupper() for w in segments[k - 2].split()) else None
        if subject is None:
            continue
        text, plural = subject
        written = segment[found[first].start():found[last].end()]
        if first == last and _REDUCED.search(_CLAUSE_END.split(segment[found[last].end():],
                                                               maxsplit=1)[0]):
            continue  # "Comments on articles published close to the events were divided":
            # a participle of a reduced relative, the clause's verb comes after it
        verb = tensed(words[first:last + 1], plural)
        if verb is None:
            continue
        rest = _NEWS_DAY.sub("", _rest(segment[found[last].end():])).strip()
        if not rest and found[last].end() == len(segment):  # "uses, develops, … and supports X"
            shared = _coordinated(segments[k + 1:], words[last], plural)
            verb, rest = shared if shared else (verb, rest)
        passive = verb.split()[-2:-1] in (["is"], ["are"])  # its agent stays: "… by X"
        cuts = [rest, *_cuts(rest, passive)]
        cuts = [c for c in dict.fromkeys(_trimmed(c) for c in cuts)
                if c and c.count('"') % 2 == 0 and c.count("“") == c.count("”")]
        for tail in cuts:
            form = written if (dated_past and TIME.search(tail)) or _PAST_DEICTIC.search(
                tail) else verb
            heading = f"{text} {form} {tail}"
            if len(heading) <= limit and heading not in out and not (
                    {w.lower() for w in tail.split()} & _ANAPHORS):
                out.append(heading)
    if keyphrase:
        out.sort(key=lambda h: not h.lower().startswith(keyphrase.lower()))
    return out
