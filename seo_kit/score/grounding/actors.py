"""Who does what when the actor is not a name: "les clients ouvraient …", "the insurer sent …".
The frames (``frames``, ``rules``) compare named actors only, so a swap between two people or
bodies written as common nouns or pronouns went unseen.

A subject is read per verb: (verb lemma, the subject's key, the keys of its whole phrase, the
keys of the words before it) — from spaCy's parse (``nsubj``, a passive's agent; a relative
pronoun stands for its antecedent's phrase), or in English without a parse from the word just
before the verb. Synonyms make two nouns a weak sign ("les chercheurs" / "les scientifiques"), so
a swap is only called where the passage sentence saying the same verb has another subject *and*
holds the variant's subject as something else, outside that subject's phrase:

    source   Quand les clients ouvraient des pièces jointes, les escrocs installaient un logiciel.
    variant  Les escrocs ouvraient des pièces jointes.        → role_swap (the crooks are there,
                                                                 not as the ones opening)
    source   Ils envoyaient un faux courriel de la mutuelle.
    variant  La mutuelle envoyait un faux courriel.           → role_swap
    source   Le porte-parole de la fédération a contesté les chiffres.
    variant  La fédération a contesté les chiffres.           → supported (inside the subject)

A source pronoun subject is not called another actor than a noun written before it in its
sentence (" … ces résultats …, car ils ne concernent …": "ils" may be them).
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.cues import DEMONYMS
from seo_kit.score.grounding.verbs import LIGHT
from seo_kit.score.grounding.words import WORD, function_words, key

__all__ = ["COORDINATORS", "Subject", "actor_swaps", "agent_before_apposition", "apposed_agent", "parsed_subjects", "pronoun_subject",
           "word_subjects"]

# (verb lemma, subject key, keys of its phrase, keys of the words written before the subject)
Subject = tuple[str, str, frozenset[str], frozenset[str]]

COORDINATORS = {"and", "or", "but", "nor"}  # English: a verb after one has no subject of its own
_PERSONAL = {"il", "elle", "ils", "elles", "he", "she", "it", "they"}
_BE = {"was", "were", "is", "are", "be", "been", "being"}
_RELATIVE = {"qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which", "that"}
_PHRASE_DEPS = ("det", "amod", "nmod", "appos", "flat", "compound", "conj", "case", "nummod",
                "fixed", "cc", "acl")


def _phrase(token) -> frozenset[str]:
    """Keys of a subject's noun phrase: its head and the words hanging on it, clauses included
    ("la porte-parole de la fédération")."""
    found, stack = set(), [token]
    while stack:
        t = stack.pop()
        found |= {key(t.lemma_), key(t.text)}
        stack.extend(c for c in t.children if c.dep_.split(":")[0] in _PHRASE_DEPS)
    return frozenset(found)


def parsed_subjects(tokens, lang: str) -> tuple[Subject, ...]:
    """(verb, subject, phrase) for each verb of a spaCy parse with a nominal subject (a passive's
    "par X"); a relative pronoun stands for its antecedent."""
    from seo_kit.score.grounding.tokens import detached_subjects, verb_lemma

    found = []
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        lemma = verb_lemma(verb, lang)
        if not lemma:
            continue
        detached = detached_subjects(verb)
        for child in verb.children:
            agent = (child.dep_ == "nsubj" and child.i not in detached) or \
                child.dep_ == "obl:agent"
            if not agent or child.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ") or any(
                    c.dep_ == "case" for c in child.children) or \
                    not child.text.replace("-", "").isalpha():
                continue  # ADJ: a noun the small parser mistags ("la mutuelle envoyait"); a
                # word after a preposition is no subject ("Selon la Maison Blanche, X a …")
            phrase_of = child
            if child.lower_ in _RELATIVE:
                if not verb.dep_.startswith("acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
                    continue  # the parse gives no antecedent
                child = phrase_of = verb.head
                while phrase_of.dep_.split(":")[0] in ("nmod", "appos") and \
                        phrase_of.head.i != phrase_of.i:
                    # "une surtaxe des particuliers qui rapporterait": the parse may hang the
                    # clause on either noun; the whole phrase is its antecedent
                    phrase_of = phrase_of.head
            head = key(child.text) if child.pos_ == "ADJ" else key(child.lemma_)
            before = frozenset(key(t.text) for t in tokens if t.i < child.i) | frozenset(
                key(t.lemma_) for t in tokens if t.i < child.i)
            found.append((lemma, head, _phrase(phrase_of), before))
    return tuple(found)


def word_subjects(words: list[str], lemma_at: dict[int, str], verbs: Sequence[int],
                  skip: frozenset[str], lang: str,
                  breaks: frozenset[int] = frozenset()) -> tuple[Subject, ...]:
    """Without a parse: the word just before a verb (auxiliaries and adverbs in ``skip`` left
    out) is its subject; its phrase is the clause's words before the verb. ``breaks``: indices
    of words with a comma, semicolon or colon before them; no subject is read across one ("In
    the future, rising temperatures …": "future" is no one)."""
    found = []
    for i in verbs:
        j = i - 1
        while j >= 0 and (key(words[j]) in skip or key(words[j]).endswith("ly")):
            j -= 1
        passive = {key(w) for w in words[j + 1:i]} & _BE and key(words[i]) != lemma_at[i]
        if j < 0 or not words[j][:1].isalpha() or passive or any(
                k in breaks for k in range(j + 1, i + 1)):
            continue  # "Eich was promoted": the one before a passive undergoes it
        if lang == "en" and key(words[j]) in COORDINATORS:
            continue  # "… and suspected that …": "and" is no one; the verb shares a subject
        start = j
        while start > 0 and key(words[start - 1]) not in {",", "and", "et"}:
            start -= 1
        subject = lemma_at.get(j) or key(words[j])
        phrase = frozenset(lemma_at.get(k) or key(words[k]) for k in range(start, i))
        before = frozenset(lemma_at.get(k) or key(words[k]) for k in range(j))
        found.append((lemma_at[i], subject, phrase, before))
    return tuple(found)


def pronoun_subject(words: list[str], i: int, clause: dict[int, int],
                    skip: frozenset[str]) -> bool:
    """Without a parse: the verb at word ``i`` has a personal pronoun for subject, only words of
    ``skip`` (auxiliaries) and adverbs between them in its clause, and no name is written before
    it in the sentence ("She called the vault …"): whom it stands for is in a sentence before
    (``roles.resolve_pronouns``). ``clause``: word index → stretch, as the rules number them."""
    j = i - 1
    while j >= 0 and (key(words[j]) in skip or key(words[j]).endswith("ly")):
        j -= 1
    return j >= 0 and clause[j] == clause[i] and key(words[j]) in _PERSONAL and not any(
        words[k][:1].isupper() for k in range(1, j))


def _same_verb(a: str, b: str, lang: str) -> bool:
    """The same verb: not one of its family, which holds converses ("livrer" / "recevoir")."""
    return a == b


def actor_swaps(v: Analysis, parts: Sequence[Analysis], lang: str) -> list[Reason]:
    """A subject of ``v`` that the supporting passage's sentence saying the same verb holds only
    as something else (see the module docstring)."""
    fw = function_words(lang)
    for verb, subject, mine, _ in v.subjects:
        if subject in fw or verb in LIGHT[lang] or len(subject) < 3:
            continue  # a pronoun names no one here; "être", "avoir" say no action
        theirs = [(s, m, phrase, before) for s in parts for (w, m, phrase, before) in s.subjects
                  if _same_verb(w, verb, lang)]
        if not theirs or any(subject in phrase or m in mine for _, m, phrase, _ in theirs) or any(
                subject in f.agent and f.lemma == verb for s in parts for f in s.frames) or \
                _titled_actor(subject, mine & v.names, verb, parts, lang):
            continue  # the subject's side, or a named actor the frames see doing it
        for s, m, _, before in theirs:
            if m in _PERSONAL and subject in before:
                continue  # "… ces résultats …, car ils ne concernent": the pronoun is them
            if subject in (s.lemmas | s.names | s.words):
                return [Reason("role_swap", f"'{subject}' is the one who does '{verb}' here; in "
                                            f"the source it is '{m}', and '{subject}' is there "
                                            "as something else")]
    return []


_TITLE_GAP = 3  # words between a title and its name: "le dirigeant nord-coréen Kim Jong-un"


def _titled_actor(subject: str, names: frozenset[str], verb: str, parts: Sequence[Analysis],
                  lang: str) -> bool:
    """The subject is a title followed by a name ("Le dirigeant nord-coréen Kim Jong-un s'est
    rendu …"), the passage writes that title before that name too, and its frames have that
    person do the verb: the named actor is the one the sentence is about, however the parse
    read the title in the source (the seed's "… et le dirigeant nord-coréen Kim Jong-un s'est
    rendu en Russie" hangs "le dirigeant" on "Nord", and gives "rendre" to "ministre"). A
    title given to someone else ("Le ministre Kim Jong-un …") is still a swap."""
    people = names - DEMONYMS[lang]
    if not people:
        return False
    for s in parts:
        if not any(f.lemma == verb and people <= f.agent for f in s.frames):
            continue
        words = [key(w) for w in WORD.findall(s.text)]
        for i, w in enumerate(words):
            if w.rstrip("s") == subject.rstrip("s") and people & set(
                    words[i + 1:i + 2 + _TITLE_GAP]):
                return True
    return False


def agent_before_apposition(clause: dict[int, int], i: int, spans: Sequence[Sequence[int]],
                            name_at: dict[int, str], words: Sequence[str],
                            verbs: set[int]) -> set[str] | None:
    """English, without a parse: the agent of the verb at word ``i`` that opens its stretch
    right after an apposition (a stretch between commas opening in lower case, with no verb of
    ``verbs``) that follows a name ending the stretch before it: "… on April 3, 2014 and
    Mitchell Baker, executive chairwoman of Mozilla Corporation, posted a statement" — Baker
    posted, not Eich, whom the coordinated-verb rule would otherwise give it. None otherwise.
    ``clause``: word index → stretch, as the rules number them; ``spans``: the name spans."""
    mine = clause[i]
    if mine < 2 or any(clause[k] == mine for k in range(i)):
        return None
    aside = [k for k in sorted(clause) if clause[k] == mine - 1]
    if not aside or not words[aside[0]][:1].islower() or set(aside) & verbs:
        return None
    last = max(k for k in clause if clause[k] == mine - 2)
    ending = [sp for sp in spans if sp[-1] == last]
    return {name_at[j] for j in ending[0]} if ending else None


def apposed_agent(clause: dict[int, int], i: int, name_at: dict[int, str]
                  ) -> tuple[set[str], bool] | None:
    """(agent, sure) of the verb at word ``i`` whose clause opens the sentence's third stretch
    between commas, the first or second stretch being a name alone: "Marie Haga, the former
    head of the Crop Trust, called …", "Mozilla's CTO, Brendan Eich, acknowledged …"
    (``clause``: word index → stretch, as the rules number them). None otherwise."""
    mine = clause[i]
    if mine != 2 or any(clause[k] == mine for k in range(i)):
        return None
    for stretch in (1, 0):
        words = [k for k, c in clause.items() if c == stretch]
        if words and all(k in name_at for k in words):
            return {name_at[k] for k in words}, True
    return None
