"""The proper names of a source, whole, for headings built without a model.

A heading made of names ("Kim Jong-un et Vladimir Poutine", seo_kit.rewrite.headings) must use
names, complete: not a capitalised common noun cut out of a title ("Affaires", from "ministre des
Affaires étrangères", gave the H1 "Affaires et Corée du Nord" on the seed, issue #11), not a name
cut short ("Kim Jong" for "Kim Jong-un").

Where spaCy's pipeline for the language is installed (the one grounding uses, loaded once for
both: seo_kit.score.grounding.analysis.entity_doc), the names are its named entities (PER, LOC,
ORG and English's PERSON, GPE, NORP-less equivalents), kept only when whole: each ends at a word boundary
(extended to the end of its word otherwise: "Kim Jong" → "Kim Jong-un"), starts and ends with a
capital, has only capitalised words or name glue ("Corée du Nord"), and, when it is one word, is
tagged PROPN (fr_core_news_sm tags "Affaires", "État" NOUN). An entity that opens with lower-case
words keeps the capitalised run that ends it ("ministre … étrangères Choe Son Hui"), unless glue
comes before that run ("ministre des Affaires étrangères": no name). Elsewhere (English, no pipeline),
runs of capitalised words that are not the first word of a sentence and do not follow a
lower-case word + glue ("ministre des Affaires"), the rule the issue gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["NAME_GLUE", "source_names"]

# Lower-case words that may sit inside a proper name: "Corée du Nord", "Kim Il Sung"
NAME_GLUE = {"fr": frozenset({"de", "du", "des", "la", "le", "d'", "d’", "l'", "l’"}),
             "en": frozenset({"of", "the"})}
_LABELS = frozenset({"PER", "LOC", "ORG", "PERSON", "GPE", "FAC"})
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_WORD = re.compile(r"[\w’'-]+")


def _whole(tokens: list[str], glue: frozenset[str]) -> bool:
    """Capitalised words and glue only, a capital at both ends."""
    return bool(tokens) and all(_CAPITAL.match(t) or t.lower() in glue for t in tokens) \
        and bool(_CAPITAL.match(tokens[0])) and bool(_CAPITAL.match(tokens[-1]))


def _from_entities(doc, lang: str) -> list[str]:
    text = doc.text
    out: list[str] = []
    glue = NAME_GLUE[lang]
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        end = ent.end_char
        if text[end - 1].isalnum():  # "Kim Jong" → "Kim Jong-un": never a name cut in a word
            end += len(re.match(r"[\w-]*", text[end:]).group(0).rstrip("-"))
        tokens = [t.strip(",;:.!?()«»\"“”") for t in text[ent.start_char:end].split()]
        while tokens and tokens[-1].endswith(("’", "'")):
            tokens.pop()  # "Sergueï Choïgu s’": the elision of the verb after the name
        if not _whole(tokens, glue):
            # "ministre nord-coréen des Affaires étrangères Choe Son Hui": the name that ends
            # the entity, when a lower-case word other than glue comes before it
            start = len(tokens)
            while start > 0 and _CAPITAL.match(tokens[start - 1]):
                start -= 1
            if start == 0 or start == len(tokens) or tokens[start - 1].lower() in glue:
                continue  # "Conseil de sécurité…", "Union soviétique", "des Affaires": no name
            tokens = tokens[start:]
        # one word alone must be tagged a proper noun: "État" (médias d'État) is a NOUN
        if _whole(tokens, glue) and (len(tokens) > 1 or any(t.pos_ == "PROPN" for t in ent)):
            out.append(" ".join(tokens))
    return out


def _from_capitals(text: str, lang: str) -> list[str]:
    glue = NAME_GLUE[lang]
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?»])\s+|\n+", text):
        tokens = sentence.split()
        i = 1  # the first word of a sentence is capitalised whatever it is
        while i < len(tokens):
            word = tokens[i].strip(",;:.!?()«»\"“”")
            if not _CAPITAL.match(word):
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and not tokens[j - 1].endswith((",", ";", ":", ")", ".")):
                nxt = tokens[j].strip(",;:.!?()«»\"“”")
                glued = nxt.lower() in glue and j + 1 < len(tokens) \
                    and _CAPITAL.match(tokens[j + 1])
                if not (glued or _CAPITAL.match(nxt)):
                    break
                j += 1
            after_title = i >= 2 and tokens[i - 1].lower() in glue \
                and not _CAPITAL.match(tokens[i - 2])  # "ministre des Affaires"
            name = " ".join(t.strip(",;:.!?()«»\"“”") for t in tokens[i:j])
            if not after_title and _WORD.search(name):
                out.append(name)
            i = j
    return out


@lru_cache(maxsize=16)
def source_names(text: str, *, lang: str) -> tuple[str, ...]:
    """The proper names ``text`` (a source article, plain text) writes, whole and as written,
    each once, longest first ("Kim Jong-un" before "Kim"). Empty when it names nothing."""
    from seo_kit.score.grounding.analysis import entity_doc  # spaCy loads on the first call

    doc = entity_doc(text, lang)
    found = _from_entities(doc, lang) if doc is not None else _from_capitals(text, lang)
    return tuple(sorted(dict.fromkeys(n for n in found if n), key=lambda n: (-len(n), n)))
