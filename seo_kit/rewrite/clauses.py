"""Long French sentences cut where the parse shows two clauses, each piece a sentence of its own.

Yoast's sentence-length check (seo_kit.rewrite.readable) fails most on sentences copied from the
source. seo_kit.rewrite.readable cuts them at punctuation and at clause joints its patterns read
("…, lorsqu'il a…", "…, mais…"); ``split_by_parse`` adds two joints read with spaCy's French parse
(the pipeline grounding loads), where the second piece gets back only words the sentence already
gives it — no connector, no relation of its own:

- two verbs of one subject joined by "et" ("Kim Jong-un a rencontré Vladimir Poutine au
  cosmodrome de Vostochny et inspecté des avions de combat…" → "… de Vostochny." + "Kim Jong-un a
  inspecté des avions de combat…"): the subject, and the auxiliary when the second verb shares
  it, said again;
- a clause after "dans lesquels", "au cours de laquelle"… with a subject of its own ("… entre les
  deux pays dans lesquels le ministre russe de la Défense Sergueï Choïgu s'est rendu…" → "…
  entre les deux pays." + "Le ministre russe de la Défense Sergueï Choïgu s'est rendu…");
- a relative clause on "qui" that ends the sentence ("… lors d'une visite à Pékin qui a souligné
  le soutien chinois…" → "… lors d'une visite à Pékin." + "Cette visite a souligné le soutien
  chinois…"): the noun it hangs on, after a demonstrative of its gender and number.

A sentence whose verb reports speech, or that ends on a reporting clause ("…, ont déclaré les
médias d'État"), is not cut: the second piece would lose who said it. Every cut is checked by
the caller like any split (readable._keeps: each piece grounded, no fact lost).
"""

from __future__ import annotations

import re

__all__ = ["split_by_parse"]

_REPORTED = re.compile(r",\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:déclaré|rapporté|indiqué|"
                       r"affirmé|annoncé|précisé|ajouté|expliqué|estimé|souligné)\b|\bselon\b",
                       re.IGNORECASE)
_VOWEL = "aeiouyàâäéèêëîïôöùûüœæh"
# "dans lesquels", "au cours de laquelle"… then a clause with its own subject (a determiner or a
# capitalised name, then a verb further on)
_WHERE = re.compile(r"\s+(?:dans|pendant|durant|lors de|au cours de|après)\s+(?:lesquel(?:le)?s|"
                    r"laquelle|lequel|desquel\w*)\s+(?P<rest>(?:le|la|les|l[’']|un|une|des|"
                    r"[A-ZÀ-ÖØ-Þ])\S*\s.*?\b(?:a|ont|est|sont|avait|avaient|était|étaient)\s.+)$")


def _capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text
_PARTICIPLE = re.compile(r"[a-zà-öø-ÿ]+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ert|ort|int)")


def _demonstrative(noun) -> str | None:
    """"Ce", "Cet", "Cette" or "Ces" for ``noun`` (a spaCy token), by its number and gender —
    the noun's own, else its determiner's —, or None when the gender is unknown: "l'agence"
    tells none, and a guess wrote "Cet agence" (engine10, 2026-12-02)."""
    if "Plur" in noun.morph.get("Number"):
        return "Ces"
    genders = noun.morph.get("Gender") or [g for c in noun.children if c.dep_ == "det"
                                          for g in c.morph.get("Gender")]
    if "Fem" in genders:
        return "Cette"
    if "Masc" not in genders:
        return None
    return "Cet" if noun.lower_[0] in _VOWEL else "Ce"


def _own_verb(verb) -> bool:
    """``verb`` (the token after "et") is a verb of the head's subject: written in lower case
    (the small parse tags names as verbs: "… et Choe Son Hui a salué…" made "Choe" a verb and
    wrote "La ministre a Choe Son Hui a salué…", 2026-12-02), with no subject of its own and no
    finite verb of another subject after it ("et Choe Son Hui a salué": "a" heads a clause)."""
    if not verb.text[:1].islower():
        return False
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    return not any(t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm")
                   and t.head is not verb and t.head.i > verb.i
                   for t in verb.doc[verb.i + 1:])


def _shared_auxiliaries(head) -> str | None:
    """The auxiliaries the second participle shares with ``head``, the first verb, said again:
    "a" ("a rencontré … et inspecté"), "a été" for a passive ("a été accueilli … et escorté
    par Choe Son Hui" → "Lavrov a été escorté par…": "a" alone made the passive an active and
    gave the escort to Lavrov, 2026-12-02). None when the sharing is unsure: a reflexive head
    ("s'est rendu … et rencontré" — the second verb takes "a", not "s'est"), or no auxiliary."""
    auxiliaries = [c for c in head.children if c.dep_.startswith("aux")]
    if not auxiliaries or any(c.dep_ in ("expl:pv", "expl:comp", "obj", "iobj")
                              and c.pos_ == "PRON" and c.i < head.i for c in head.children):
        return None
    return " ".join(t.text for t in sorted(auxiliaries, key=lambda t: t.i))


def _number(token) -> str | None:
    number = token.morph.get("Number")
    return number[0] if number else None


def _hangs_on(noun, relative) -> bool:
    """The "qui" clause ``relative`` surely hangs on ``noun``: its finite verb agrees in number
    with it, and the noun it complements ("une surtaxe des particuliers qui rapporterait…") does
    not agree too. The parse may hang the clause on the nearest noun: "Ces particuliers
    rapporterait 2,3 milliards d'euros" was made of "une surtaxe exceptionnelle des particuliers
    soumis à l'ISF qui rapporterait 2,3 milliards d'euros" (corpus text 10, 2026-12-02) — the
    singular verb is the surtax's. An ambiguous clause is not cut."""
    finite = next((t for t in [relative, *relative.children]
                   if "Fin" in t.morph.get("VerbForm")), None)
    verb = _number(finite) if finite is not None else None
    if verb is None or _number(noun) not in (None, verb):
        return False
    head = noun.head
    while head.dep_ in ("nmod", "amod", "acl") and head.pos_ not in ("NOUN", "PROPN"):
        head = head.head
    return not (noun.dep_ == "nmod" and head is not noun and head.pos_ in ("NOUN", "PROPN")
                and _number(head) in (None, verb))


def split_by_parse(sentence: str, *, names=()) -> list[str]:
    """``sentence`` (French) cut in two at a joint the parse shows (see the module), or
    ``[sentence]``: "Kim a rencontré Poutine au cosmodrome et inspecté des avions de combat." →
    ["Kim a rencontré Poutine au cosmodrome.", "Kim a inspecté des avions de combat."]."""
    from seo_kit.rewrite.headline import _CLAUSE, _SPEECH, _lemma, main_subject
    from seo_kit.score.grounding.analysis import _pipeline

    nlp = _pipeline("fr")
    body = sentence.rstrip()
    if nlp is None or not body:
        return [sentence]
    end = body[-1] if body[-1] in ".!?" else "."
    body = body.rstrip(".!?")
    doc = nlp(body.replace("’", "'"))  # same length: offsets hold for ``body``
    for verb in doc:
        # the small model tags some participles as nouns ("et visité le chantier")
        if verb.dep_ != "conj" or not (verb.pos_ == "VERB" or _PARTICIPLE.fullmatch(verb.lower_)):
            continue
        # "et [a|ont] inspecté": the second verb right after "et", with no subject of its own
        before = [t for t in doc[max(0, verb.i - 2):verb.i]]
        joint = next((t for t in reversed(before) if t.lower_ == "et"), None)
        if joint is None or any(t.pos_ not in ("AUX", "CCONJ") for t in before[
                before.index(joint) + 1:]):
            continue
        head, tail = body[:joint.idx].rstrip(" ,"), body[joint.idx + len(joint.text):].strip()
        if _REPORTED.search(tail) or len(head.split()) < 5 or len(tail.split()) < 4:
            continue
        clause = next((m for seg in re.split(r",\s+", head)
                       if (m := _CLAUSE.match(seg.strip()))), None)
        subject = main_subject(head, names=names)
        if clause is None or not subject or re.search(r"\bqu(?:e\b|[’'])", clause["rest"]) \
                or _lemma(clause["participle"], clause["aux"]) in _SPEECH:
            continue  # the second verb may be a subordinate clause's: "a déclaré que … et …"
        if not _own_verb(verb):
            continue
        if doc[verb.i - 1].pos_ != "AUX" and "Fin" not in verb.morph.get("VerbForm"):
            first = verb.head  # a mis-tagged participle may hang on a noun of the first clause
            while first.pos_ != "VERB" and first.head is not first:
                first = first.head
            shared = _shared_auxiliaries(first)  # the auxiliary is shared: said again
            if shared is None:
                continue
            tail = f"{shared} {tail}"
        return [f"{head}.", f"{subject} {tail}{end}"]
    where = _WHERE.search(body)
    if where and len(body[:where.start()].split()) >= 5:
        # "… entre les deux pays dans lesquels le ministre … s'est rendu …": the clause after
        # "dans lesquels" has a subject of its own; it is said as a sentence, the link goes
        return [f"{body[:where.start()].rstrip(' ,')}.", f"{_capital(where['rest'])}{end}"]
    for noun in doc:
        relative = next((c for c in noun.children if c.dep_ == "acl:relcl"), None)
        if noun.pos_ != "NOUN" or relative is None:
            continue
        who = [t for t in relative.children if t.dep_.startswith("nsubj") and t.lower_ == "qui"]
        last = max(t.i for t in relative.subtree)
        if not who or last < len(doc) - 1 or not who[0].i > noun.i \
                or any(doc[k] not in noun.subtree for k in range(noun.i, who[0].i)) \
                or not any(c.dep_.startswith("aux") or "Fin" in c.morph.get("VerbForm")
                           for c in [relative, *relative.children]):
            continue
        if not _hangs_on(noun, relative) or noun.dep_ == "conj" \
                or any(c.dep_ == "conj" for c in noun.children):
            continue  # "deux Polonais et deux Russes qui servaient": not the Russians alone
        head, tail = body[:who[0].idx].rstrip(" ,"), body[who[0].idx + 3:].strip()
        if _REPORTED.search(tail) or len(head.split()) < 5 or len(tail.split()) < 4:
            continue
        demonstrative = _demonstrative(noun)
        if demonstrative is None:
            continue
        return [f"{head}.", f"{demonstrative} {noun.text} {tail}{end}"]
    return [sentence]
