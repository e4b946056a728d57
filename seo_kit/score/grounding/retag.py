"""Verbs the small French pipeline mis-tags, read again: a first-group verb it does not know
well comes out as a preposition, a proper noun or a noun ("Larqué a migré vers TF1": "migré"
ADP, the sentence's root; "Larqué migra vers TF1": "migra" a PROPN inside the name), so the
sentence has no verb, no subject and no frame, and a role swap on it passes unseen.

Its lemmatizer still reads the form back to its infinitive ("migrer"; for a participle tagged
as an adjective or a noun, simplemma's ``verbs.verb_reading`` does). A token whose reading is a first-group infinitive (-er) that its form
inflects with a verb ending, tagged as no verb, is a mis-tagged verb; the sentence is parsed
again with that form replaced by the same inflection of a common verb ("passer": "passa",
"passé"; the next of ``STAND_INS`` where the pipeline does not tag that one VERB either), and the
token gets its own lemma back; if none is tagged VERB, the first parse stands. Participles (-é, -ée, -és,
-ées) count only after a form of "avoir" ("a migré", tagged ADP or ADJ) or, tagged as no
adjective, of "être"; finite forms only when tagged as no verb and no adjective, and not after a
determiner or a preposition ("la fraude"); capitalised words (names) and function words
("entre", read as "entrer") never.

The endings are the first group's (Grevisse §791–795); checked on the sentences of
bench/data/grounding_eval.tsv.
"""

from __future__ import annotations

__all__ = ["STAND_INS", "mis_tagged", "reparsed", "stand_in_text"]

# stems of verbs the pipeline tags as verbs; the first whose form it tags VERB in the sentence
STAND_INS = ("pass", "travaill", "arriv", "donn")
_FINITE = ("a", "erent", "ait", "aient", "e", "ent", "era", "eront", "erait", "eraient", "at")
_PARTICIPLE = ("é", "ée", "és", "ées")
_NOT_VERB = {"ADP", "PROPN", "NOUN", "X", "ADV", "SCONJ", "CCONJ", "INTJ"}


def _infinitive(t, reread: bool) -> str:
    """The first-group infinitive ``t`` reads as (folded): spaCy's lemma, or where ``reread``
    (a participle or a passé simple) simplemma's: spaCy lemmatizes a form it tags ADJ, NOUN or
    PROPN as itself ("visité", "migra")."""
    from seo_kit.score.grounding.verbs import verb_reading
    from seo_kit.score.grounding.words import key

    lemma = key(t.lemma_)
    if not lemma.endswith("er") and reread:
        lemma = verb_reading(t.text, "fr")
    return lemma if lemma.endswith("er") and len(lemma) >= 5 else ""


def mis_tagged(doc) -> list[tuple[int, str, str]]:
    """(token index, ending as written, folded infinitive) of each first-group verb form tagged
    as no verb, in ``doc`` (a parsed spaCy Doc); empty for most sentences."""
    from seo_kit.score.grounding.words import function_words, key

    fw = function_words("fr")
    found = []
    for t in doc:
        low = t.lower_
        if t.pos_ in ("VERB", "AUX") or t.text[:1].isupper() or low in fw or len(low) < 4:
            continue  # "entre" (read as "entrer") is the preposition
        before = doc[t.i - 1] if t.i else None
        if before is not None and before.pos_ in ("ADV",) and t.i > 1:
            before = doc[t.i - 2]  # "a ensuite migré"
        infinitive = _infinitive(t, low.endswith((*_PARTICIPLE, "a", "èrent")))
        stem = infinitive[:-2]
        if not infinitive or key(low)[:len(stem)] != stem or low == infinitive:
            continue
        ending = low[len(stem):]
        aux = key(before.lemma_) if before is not None else ""
        if low.endswith(_PARTICIPLE) and key(ending) in ("e", "ee", "es", "ees"):
            if aux == "avoir" or (aux == "etre" and t.pos_ != "ADJ"):
                found.append((t.i, ending, infinitive))  # "a migré", tagged ADP or ADJ
        elif key(ending) in _FINITE and t.pos_ in _NOT_VERB and (
                before is None or before.pos_ not in ("DET", "ADP")):
            found.append((t.i, ending, infinitive))  # "migra", tagged PROPN; not "la fraude"
    return found


def stand_in_text(text: str, doc, found: list[tuple[int, str, str]], stem: str) -> str:
    """``text`` (what ``doc`` parsed, offsets alike) with each mis-tagged form replaced by the
    same inflection of the stand-in ``stem``."""
    out, last = [], 0
    for i, ending, _ in found:
        t = doc[i]
        out += [text[last:t.idx], stem + ending]
        last = t.idx + len(t.text)
    return "".join(out) + text[last:]


def reparsed(text: str, doc, nlp):
    """A Doc of ``doc``'s own words, annotated from the parse with stand-ins, where every
    mis-tagged verb of ``doc`` is now tagged VERB and carries its own infinitive; None when none
    is mis-tagged or no stand-in is read as a verb there. ``text`` is what ``doc`` parsed (with
    the caller's apostrophes); the words stay the sentence's own, so no reader of word forms
    sees a stand-in."""
    from spacy.tokens import Doc

    found = mis_tagged(doc)
    if not found:
        return None
    for stem in STAND_INS:
        again = nlp(stand_in_text(text, doc, found, stem).replace("’", "'"))
        if len(again) != len(doc) or any(again[i].pos_ != "VERB" for i, _, _ in found):
            continue
        lemmas = [t.lemma_ for t in again]
        for i, _, infinitive in found:
            lemmas[i] = infinitive
        return Doc(doc.vocab, words=[t.text for t in doc],
                   spaces=[bool(t.whitespace_) for t in doc], pos=[t.pos_ for t in again],
                   tags=[t.tag_ for t in again], morphs=[str(t.morph) for t in again],
                   lemmas=lemmas, heads=[t.head.i for t in again], deps=[t.dep_ for t in again])
    return None
