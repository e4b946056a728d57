"""Who does an action the parse leaves implicit (read by ``frames``): the names of a noun phrase,
the verb a coordinated verb shares its subject with, the controller of an infinitive, and the
agent of a noun that names an action.

- ``controller``: an infinitive completing a verb takes that verb's object as agent when there
  is one ("Poutine a invité Kim à se rendre": Kim goes; "Kim a exhorté son pays à jouer un
  rôle": the country plays, no one named), else the verb's subject; an infinitive completing
  a noun takes the subject of the clause ("Poutine a accepté une invitation … à se rendre").
- ``nominal_frames``: "l'invitation de Kim (à Poutine)": Kim invites (Poutine).

French grammar's object control ("verbes à complément d'objet + infinitif": inviter, exhorter,
appeler, pousser, encourager, obliger, autoriser … quelqu'un à / de faire), Grevisse §907.
"""

from __future__ import annotations

from seo_kit.score.grounding.analysis import Frame
from seo_kit.score.grounding.cues import DEMONYMS
from seo_kit.score.grounding.words import key

__all__ = ["controller", "coordinated_with", "nominal_frames", "object_controlled", "span_names"]

_NP_DEPS = ("flat", "appos", "nmod", "compound", "amod", "conj")
_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "parataxis", "xcomp")
_DEMONYM_KEYS = DEMONYMS["fr"] | DEMONYMS["en"]

def span_names(token, name_of) -> set[str]:
    """Names of a noun phrase: the token and its flat/appos/nmod dependents, not its clauses. A
    nationality names the actor only on the phrase's own head ("les autorités soviétiques"),
    not under a complement ("les spéculations sur un projet nord-coréen")."""
    found, stack = set(), [(token, False)]
    while stack:
        t, under = stack.pop()
        if t.i in name_of and not (under and t.pos_ == "ADJ" and name_of[t.i] in _DEMONYM_KEYS):
            found.add(name_of[t.i])
        stack.extend((c, under or c.dep_.startswith("nmod")) for c in t.children
                     if c.dep_.split(":")[0] in _NP_DEPS)
    return found



def coordinated_with(verb, tokens):
    """The verb a conj verb is coordinated with: its head when the parse made it a verb, else
    the nearest verb before it (the small parser often hangs "et a inspecté" on a noun)."""
    if verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        return verb.head
    return next((t for t in reversed(tokens) if t.i < verb.i and t.pos_ == "VERB"
                 and t.dep_ in _CLAUSE_DEPS), None)



def object_controlled(verb, nominals) -> bool:
    """An infinitive completing a verb whose object, a common noun written before it, is the
    one who does it ("a exhorté son pays à jouer", "a appelé les habitants à fuir"); not a
    noun that names an action (``nominals``: "a accepté une invitation … à se rendre")."""
    return verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm") and any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < verb.i and key(c.lemma_) not in nominals
        for c in verb.head.children) and verb.head.pos_ == "VERB"


def controller(verb, roles, name_of, nominals=frozenset()):
    """(agent, sure) of an infinitive from the verb or noun it completes, or None; the agent is
    empty when a common-noun object controls it (``object_controlled``)."""
    if "Inf" not in verb.morph.get("VerbForm") or verb.dep_ not in ("xcomp", "acl", "advcl"):
        return None
    head = verb.head
    if head.pos_ == "VERB" and head.i in roles:
        agent, _, sure = roles[head.i]
        # Object control when the object is a person named ("a invité Kim à …"), not a noun
        # that only holds a name ("a accepté l'invitation de Kim à …": Poutine goes).
        # A passive's subject is the one controlled ("Poutine a été invité par Kim à se
        # rendre": Poutine goes), not its agent.
        named = {name for c in head.children if c.dep_ in ("obj", "nsubj:pass")
                 and c.i in name_of for name in span_names(c, name_of)}
        if verb.dep_ == "xcomp" and (named or object_controlled(verb, nominals)):
            return named, sure  # "a exhorté son pays à jouer": the country, whom none names
        return agent, sure
    if head.pos_ == "NOUN" and head.dep_ in ("obj", "nsubj:pass") and head.head.i in roles:
        agent, _, sure = roles[head.head.i]
        return agent, sure
    return None



def nominal_frames(noun, lemma: str, name_of, lang: str) -> list[Frame]:
    """"l'invitation de Kim (à Poutine)": Kim invites (Poutine). Possessives ("sa visite") and
    nouns without a named complement give no frame. A "par X" the parser hung on the verb
    above is the noun's when it follows the noun's phrase (``phrases.noun_by``)."""
    from seo_kit.score.grounding.phrases import noun_by

    agent, patient, by = set(), set(), set()
    head = noun.head
    while head.pos_ != "VERB" and head.head.i != head.i:
        head = head.head
    for phrase in head.children if head.pos_ == "VERB" else ():
        owner = noun_by(phrase, lang)
        if owner is not None and owner.i == noun.i:
            by |= span_names(phrase, name_of)
    for child in noun.children:
        if not child.dep_.startswith("nmod"):
            continue
        case = {c.lower_ for c in child.children if c.dep_ == "case"}
        if case & {"par", "by"}:
            by |= span_names(child, name_of)
        elif case & {"de", "d'", "d’", "du", "des", "of"} and child.i in name_of:
            # "de Kim" is who does it, unless "par X" says so: "l'invasion de l'Ukraine par
            # Moscou" (Ukraine is the patient); "du Nord" / "de la Russie" with no "par": a
            # person takes no article
            if not any(c.dep_ == "det" for c in child.children) and not case & {"du", "des"}:
                agent |= span_names(child, name_of)
            else:
                patient |= span_names(child, name_of)
        elif case & {"à", "au", "aux", "to"}:
            patient |= span_names(child, name_of)
    if by:
        agent, patient = by, patient | agent
    return [Frame(lemma, frozenset(agent), frozenset(patient), True)] if agent else []
