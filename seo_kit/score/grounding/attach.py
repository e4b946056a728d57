"""What a date, number, duration or place is said of: a check that compares one clause of the
variant with the clauses of ONE source sentence (``senses`` checks a verb's reflexive pronoun).

    moved      a date, number, duration or place that the source sentence ties to one clause
               (its verb and the people and things it is about), put into a clause of the
               variant that the same source sentence says elsewhere, without it: "le ministre
               de la Défense Choïgu s'est rendu en Corée du Nord en juillet" (in a sentence
               whose main clause is "Lavrov est arrivé mercredi en Corée du Nord") does not
               say "En juillet, Lavrov arrive en Corée du Nord"; "la pandémie, au cours de
               laquelle la Corée du Nord a imposé des contrôles … pendant plus de trois ans"
               does not say "la pandémie, qui a duré plus de trois ans".

A clause (``Scene``) is a verb (or a copular predicate, or the root) with what hangs on it in
the dependency parse: its ``mentions`` (the names and common nouns of the clause; a relative
pronoun brings its antecedent, a participle describing a noun phrase that phrase ("une
centrale du nom de Fukushima, située au Japon"), a relative "où" the noun phrase before it, a
coordinated verb or an infinitive without a subject the subject of the verb it depends on) and
its ``facts`` (dates, numbers, durations, and names after a preposition of place). Without a
parse (the English rules) a clause is a stretch between commas and conjunctions
(``rules._parts``). A fact is *moved* (``moved.moved_reasons``) when, in a source sentence that
holds it, the variant clause's mentions match another clause better (by at least one
mention) than every clause holding the fact, and no source sentence has it at home. A first
name shared by two people of the sentence ("Sergueï" Lavrov and "Sergueï" Choïgu) counts half.
Measured on bench/grounding.py's dev split (no threshold besides "better by one mention").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Scene", "mention_of", "parsed_scenes", "rule_scenes", "scene_head"]

_RELATIVE = frozenset(["qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which",
                       "that"])
_PLACE_CASES = frozenset(["en", "a", "au", "aux", "dans", "vers", "depuis", "pres", "chez",
                          "in", "at", "to", "from", "near", "into"])
_TIME_UNITS = frozenset(["an", "annee", "mois", "semaine", "jour", "heure", "minute", "siecle",
                         "decennie", "year", "month", "week", "day", "hour", "decade",
                         "century"])
_SELON = frozenset(["selon", "apres", "according"])


@dataclass(frozen=True)
class Scene:
    """One clause: its verb (folded lemma, "" when the clause has none), the names and nouns
    it mentions, and the facts tied to it ("date:month:7", "number:3~an", "name:coree")."""
    verb: str
    mentions: frozenset[str]
    facts: frozenset[str]
    parsed: bool = True  # False: a stretch between commas (no parse), every word a mention
    subject: frozenset[str] = frozenset()  # the mentions of its subject (a relative: antecedent)


def scene_head(token):
    """The clause ``token`` belongs to: the verb above it (itself included), else a predicate
    with a copula, else the root; an infinitive and a coordinated verb without its own subject
    belong to the clause they depend on ("a rencontré Poutine et inspecté des avions")."""
    t = token
    for _ in range(24):
        if t.head.i == t.i:
            break
        if t.pos_ == "VERB" or any(c.dep_ == "cop" for c in t.children):
            own = any(c.dep_.startswith("nsubj") for c in t.children)
            if t.dep_ == "xcomp" or (t.dep_ == "conj" and not own):
                t = t.head
                continue
            return t
        t = t.head
    if t.head.i == t.i and t.pos_ != "VERB" and not any(c.dep_ == "cop" for c in t.children):
        # a second root the small parser made of an adjunct ("a accompagné Poutine | lors
        # d'une visite à Pékin"): the adjunct belongs to the verbal root before it
        return next((r for r in reversed(t.doc[:t.i]) if r.head.i == r.i and r.pos_ == "VERB"),
                    t)
    return t


def _place(token, head, key) -> bool:
    """A name after a preposition of place in its clause ("en Corée", "au cosmodrome de
    Vostochny", "40 salariés à Lille"), not in the subject nor after "de" or "selon" alone."""
    t = token
    for _ in range(12):
        if t.i == head.i or t.dep_.startswith(("nsubj", "appos")):
            return False
        if any(c.dep_ == "case" and key(c.text) in _PLACE_CASES for c in t.children):
            return True
        t = t.head
    return False


def mention_of(t, name_of: dict[int, str], lang: str, fw: frozenset[str]) -> str:
    """The folded name or common noun that token ``t`` mentions in its clause, or "": not a
    number, a date, the unit of a duration ("trois ans") nor who says it ("selon la Maison
    Blanche": the speaker, not what the clause is about)."""
    from seo_kit.score.grounding.words import date_of, key

    unit = t.pos_ == "NUM" or (key(t.lemma_) in _TIME_UNITS and any(
        c.dep_ == "nummod" for c in t.children))
    phrase = t
    for _ in range(6):  # up the noun phrase: "selon l'agence Tass", "d'après son complice"
        if any(key(c.text) in _SELON for c in phrase.children if c.dep_ == "case"):
            return ""
        if phrase.head.i == phrase.i or phrase.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        phrase = phrase.head
    if t.i in name_of:
        return name_of[t.i]
    if t.pos_ in ("NOUN", "PROPN") and not unit and not date_of(t.text, lang) \
            and len(t.text) > 1 and key(t.lemma_) not in fw and not t.text[0].isdigit():
        return key(t.lemma_)
    return ""


def parsed_scenes(tokens, name_of: dict[int, str], keyed: dict[int, set[str]], lang: str,
                  fw: frozenset[str]) -> tuple[Scene, ...]:
    """The clauses of a spaCy parse (``name_of``: token index → folded name; ``keyed``: token
    index → its fact keys, as ``frames.from_doc`` builds them)."""
    from seo_kit.score.grounding.tokens import preverbal_subjects, verb_lemma
    from seo_kit.score.grounding.words import key

    by_index = {t.i: t for t in tokens}
    preverbal = preverbal_subjects(tokens)
    head_of = {t.i: scene_head(preverbal.get(t.i, t)) for t in tokens}
    mentions: dict[int, set[str]] = {}
    facts: dict[int, set[str]] = {}
    subject: dict[int, set[str]] = {}
    for t in tokens:
        h = head_of[t.i]
        mentions.setdefault(h.i, set())
        facts.setdefault(h.i, set()).update(
            f for f in keyed.get(t.i, ()) if not f.startswith("name:") or _place(t, h, key))
        mention = mention_of(t, name_of, lang, fw)
        if not mention:
            continue
        mentions[h.i].add(mention)
        if _in_subject(t, h) or t.i in preverbal:
            subject.setdefault(h.i, set()).add(mention)
    for t in tokens:
        h = head_of[t.i]
        if t.dep_.startswith("nsubj") and t.head.i == h.i and key(t.text) in _RELATIVE \
                and h.dep_.startswith("acl"):
            # "la pandémie, qui a duré": the antecedent, and the noun just before the pronoun
            before = next((u for u in reversed(tokens) if u.i < t.i
                           and u.pos_ in ("NOUN", "PROPN")), None)
            for noun in {h.head, *([before] if before is not None else [])}:
                mentions[h.i].add(name_of.get(noun.i, key(noun.lemma_)))
                subject.setdefault(h.i, set()).add(name_of.get(noun.i, key(noun.lemma_)))
        if h.dep_.startswith("acl") and h.i == t.i and h.pos_ == "VERB" and not any(
                c.dep_.startswith("nsubj") for c in h.children) and h.head.pos_ in ("NOUN", "PROPN"):
            # "une centrale du nom de Fukushima, située au Japon, connut …": a participle
            # describing a noun phrase is about it (its place is the noun's, wherever it is)
            phrase = [h.head, *(c for c in h.head.subtree if c.i != h.head.i and c.i < h.i
                                and c.dep_.split(":")[0] in ("nmod", "flat", "appos"))]
            nouns = {m for c in phrase if (m := mention_of(c, name_of, lang, fw))}
            mentions[h.i] |= nouns
            subject.setdefault(h.i, set()).update(nouns)
        if h.dep_.startswith("acl") and h.i == t.i and h.head.i in head_of:
            # "une visite à Pékin qui a souligné …", "la finale en 1998 où les Tricolores …":
            # the antecedent's places and dates are the relative clause's too
            facts[h.i] |= {f for c in (h.head, *h.head.children)
                           if c.i == h.head.i or c.dep_.startswith("nmod")
                           for f in keyed.get(c.i, ()) if _kind(f) == "date"
                           or (f.startswith("name:") and _place(c, head_of[h.head.i], key))}
        if t.lower_ in ("où", "where") and t.head.i == h.i:
            # "il migra vers TF1 où il fut associé à Larqué": the place is the relative's too
            ante = next((u for u in reversed(tokens) if u.i < t.i), None)
            if ante is not None and head_of[ante.i].i != h.i:
                facts[h.i] |= {f for f in keyed.get(ante.i, ()) if _kind(f) == "date" or (
                    f.startswith("name:") and _place(ante, head_of[ante.i], key))}
            mentions[h.i] |= _antecedent(tokens, t, name_of, lang, fw)
    for t in tokens:  # a verb without a subject shares the subject of the verb it depends on
        if t.pos_ == "VERB" and t.i in mentions and t.i not in subject and t.dep_ in (
                "conj", "xcomp") and head_of[t.head.i].i in subject:
            mentions[t.i] |= subject[head_of[t.head.i].i]
            subject[t.i] = set(subject[head_of[t.head.i].i])
    for t in tokens:  # an adverbial clause and its main clause share what only one of them
        # dates or places ("s'est rendu en Russie en septembre, lorsqu'il a rencontré Poutine":
        # September is the meeting's too; not "en mai, après que le conseil a voté … en mars")
        if t.i in facts and t.dep_ == "advcl" and head_of[t.head.i].i != t.i:
            main = head_of[t.head.i].i
            for kind in ("date", "name"):
                sub_has = {f for f in facts[t.i] if _kind(f) == kind}
                main_has = {f for f in facts[main] if _kind(f) == kind}
                if not sub_has:
                    facts[t.i] |= main_has
                elif not main_has:
                    facts[main] |= sub_has
    return tuple(Scene(verb_lemma(by_index[i], lang) if by_index[i].pos_ == "VERB" else
                       "etre" if any(c.dep_ == "cop" for c in by_index[i].children) else "",
                       frozenset(mentions[i]), frozenset(facts[i]),
                       subject=frozenset(subject.get(i, ())))
                 for i in sorted(mentions) if mentions[i] or facts[i])


def _antecedent(tokens, where, name_of, lang: str, fw) -> set[str]:
    """What a relative "où" / "d'où" is about: the mentions of the noun phrase written before
    it ("la zone d'exclusion de 20 kilomètres à la ronde, d'où ont été évacuées 80 000
    personnes": the evacuation is the zone's)."""
    noun = next((u for u in reversed(tokens) if u.i < where.i and u.pos_ in ("NOUN", "PROPN")),
                None)
    for _ in range(6):
        if noun is None or not noun.dep_.startswith("nmod") or \
                noun.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head
    if noun is None:
        return set()
    return {m for c in noun.subtree if c.i < where.i and (m := mention_of(c, name_of, lang, fw))}


def _kind(fact: str) -> str:
    """"date" for a date or a year ("number:1948"), else "number" or "name"."""
    kind, _, value = fact.partition(":")
    return "date" if kind == "number" and value.isdigit() and 1000 <= int(value) <= 2100 \
        else kind


def _in_subject(token, head) -> bool:
    t = token
    for _ in range(12):
        if t.i == head.i:
            return False
        if t.dep_.startswith("nsubj") and t.head.i == head.i:
            return True
        t = t.head
    return False


def rule_scenes(parts: Sequence[frozenset[str]], lang: str) -> tuple[Scene, ...]:
    """Clauses without a parse: each part of ``rules._parts`` (a stretch between commas and
    conjunctions), its content words and names as mentions (not a month or a weekday: a date is
    a fact), its dates and numbers as facts."""
    from seo_kit.score.grounding.words import date_of

    found, carried = [], frozenset()
    for part in parts:
        part = part | carried
        said = frozenset(it.partition(":")[2] for it in part if it.startswith(("w:", "name:"))
                         and not date_of(it.partition(":")[2], lang))
        if len(said) < 2:  # "In 2015, the centre withdrew …": the date opens the next part
            carried = part
            continue
        carried = frozenset()
        found.append(Scene("", said, frozenset(it for it in part
                                               if it.startswith(("date:", "number:"))), False))
    return tuple(found)

