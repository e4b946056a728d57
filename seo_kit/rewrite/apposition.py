"""An apposition of a long French sentence said as a sentence of its own.

News sentences carry who someone is between commas, after the name: "Les autorités soviétiques
ont nommé le nationaliste Kim Il Sung, le défunt grand-père de Kim, comme premier dirigeant du
pays." (23 words, over Yoast's 20). ``split_apposition`` takes the apposition out and says it
with the name and "être": "Les autorités soviétiques ont nommé le nationaliste Kim Il Sung comme
premier dirigeant du pays." + "Kim Il Sung est le défunt grand-père de Kim.". Likewise a last
apposition that ranks the sentence's event in a series (wire copy: "…, le dernier d'une vague
d'activités diplomatiques") becomes "C'est le dernier d'une vague d'activités diplomatiques.".

Nothing new is said: the new sentence holds the name and the apposition's own words; "être" is
what a French apposition means. Where the apposition may belong to another word — after "selon
X" (the source, not the event), a segment with a verb (a clause, not an apposition), a name
that is not one of the source's — the sentence is not cut. The caller checks every cut like any
split (seo_kit.rewrite.readable._keeps: each piece grounded, no fact lost).
"""

from __future__ import annotations

import re

__all__ = ["split_apposition"]

_DET = r"(?:le|la|les|l[’']|son|sa|ses|leur|leurs|un|une)"
_PLURAL = re.compile(r"(?i)^(?:les|ses|leurs|des)\b")
# a word that makes the segment a clause, not an apposition (a finite verb, a relative)
_CLAUSE = re.compile(r"(?i)\b(?:qui|que|qu[’']|dont|a|ont|est|sont|était|étaient|avait|avaient|"
                     r"sera|seront|fut|doit|doivent|peut|peuvent)\b")
_VERB = re.compile(r"(?i)\b(?:a|ont|est|sont|était|étaient|avait|avaient|doit|doivent)\s+\S+")
# a preposition before the name that makes the segment after it ambiguous ("selon Tass, le…")
_BEFORE = re.compile(r"(?i)\b(?:selon|d[’']après|pour|par|avec)\s+(?:\S+\s+){0,5}$")
# an apposition that ranks the sentence's event: "le dernier d'une vague de…"
_RANK = re.compile(r"(?i)^(?:le dernier|la dernière|le premier|la première|le deuxième|"
                   r"la deuxième|l[’']un|l[’']une)\s+d(?:e|u|es|[’'])\s*\S")
_MIN, _MAX = 3, 16  # words of an apposition


def _words(text: str) -> int:
    return len(text.split())


def _appositive(segment: str) -> bool:
    return bool(re.match(_DET + r"\s*\S", segment)) and _MIN <= _words(segment) <= _MAX \
        and not _CLAUSE.search(segment)


def split_apposition(sentence: str, *, names=()) -> list[str]:
    """``sentence`` (French) with one apposition said as a sentence of its own (see the
    module), or ``[sentence]``; ``names``: the source's names (longest first or not)."""
    body = sentence.rstrip()
    if not body:
        return [sentence]
    end = body[-1] if body[-1] in ".!?" else "."
    body = body.rstrip(".!?")
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(re.escape(name) + r",\s+", body):
            head = body[:match.start()]
            tail = body[match.end():]
            if not re.search(r"(?:^|[\s’'])$", head) or _BEFORE.search(head):
                continue  # inside a longer word, or after "selon": whose apposition?
            segment, _, rest = tail.partition(", ")
            if not _appositive(segment.strip()) or re.match(r"(?i)(?:qui|que|qu[’']|dont)\b",
                                                             rest.strip()):
                continue  # a relative after it: on the name or on the apposition?
            verb = "sont" if _PLURAL.match(segment) else "est"
            said = f"{name} {verb} {segment.strip()}{end}"
            if not rest.strip():  # the sentence ends on it
                main = f"{head}{name}{end}"
            elif _VERB.search(head) or _VERB.match(rest.strip()):  # object or subject
                main = f"{head}{name} {rest.strip()}{end}"
            else:
                continue
            if _words(main) >= 5:
                return [main[0].upper() + main[1:], said]
    head, _, last = body.rpartition(", ")
    if head and _RANK.match(last) and _appositive(last) and _VERB.search(head) \
            and _words(head) >= 5:
        apostrophe = "’" if "’" in sentence else "'"
        return [f"{head}{end}", f"C{apostrophe}est {last}{end}"]
    return [sentence]
