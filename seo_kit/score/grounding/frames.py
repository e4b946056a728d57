"""Who does what in one sentence parsed by spaCy: an Analysis from a ``Doc``.

Each verb gets a Frame: its agent (subject, "par X" of a passive), its patient (object), the
facts that hang on it. What the parse leaves implicit is filled the way French grammar reads it:

- a coordinated verb without a subject shares the subject (and a missing object) of the verb it
  is coordinated with: "Kim a rencontré Poutine et a inspecté des avions" → Kim inspects;
- an infinitive takes its controller as agent: the object of the verb it completes ("Poutine a
  invité Kim à se rendre" → Kim goes), else that verb's subject; an infinitive completing a
  noun takes the subject of the clause ("Poutine a accepté une invitation … à se rendre");
- a noun that names an action (``verbs.NOMINALS``) is a frame too: "l'invitation de Kim" is
  Kim inviting;
- a relative pronoun subject ("Lavrov, qui a …") is its antecedent.

Predicates (main verbs with their actor, light verbs left out) are listed apart: the passage must
say them (``verbs.verb_held``).
"""

from __future__ import annotations

from dataclasses import replace

from seo_kit.score.grounding.actors import parsed_subjects
from seo_kit.score.grounding.analysis import Analysis, Frame
from seo_kit.score.grounding.attach import parsed_scenes
from seo_kit.score.grounding.claims import REPORTING, modal_lemmas, parts, speakers
from seo_kit.score.grounding.cues import ANAPHORIC_UNITS, DEMONYMS, ORDINALS
from seo_kit.score.grounding.described import descriptions
from seo_kit.score.grounding.implicit import (
    controller,
    coordinated_with,
    nominal_frames,
    object_controlled,
    span_names,
)
from seo_kit.score.grounding.moved import noun_pairs
from seo_kit.score.grounding.order import verb_sides
from seo_kit.score.grounding.phrases import apposition_before, noun_by
from seo_kit.score.grounding.senses import verb_senses
from seo_kit.score.grounding.tokens import (
    common_subject,
    copula_pronoun,
    detached_subjects,
    modal_form,
    name_run,
    negated,
    past_apposition,
    runs,
    subject_phrase_names,
    verb_lemma,
    verbless,
    whole_name,
)
from seo_kit.score.grounding.verbs import LIGHT, NOMINALS, idiom
from seo_kit.score.grounding.views import viewed_lemmas
from seo_kit.score.grounding.words import (
    bare,
    counted,
    cues,
    fact_keys,
    function_words,
    is_name,
    key,
)

__all__ = ["from_doc"]

_CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"}
_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles", "que", "who", "which", "that"}
# Not xcomp ("cherche à obtenir"), unless it completes a light verb: "doit annuler" states annuler.
_PREDICATE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "parataxis")
_DEGREE = {"trop", "assez", "suffisamment", "too", "enough"}  # "trop fatigué pour": no purpose
# Verbs that make someone act ("a poussé Kim à chercher"): a cause ("cause:<verb>", held by the
# verb's family: "a appelé son parti à" holds "a poussé son parti à") when they have an object and
# an infinitive depends on them or on it (the small parser hangs "à annoncer" on "la direction");
# "l'utilisateur est obligé de télécharger" has no causer. English, read by rules, has
# words.CAUSATIVE_EN.
_CAUSATIVE = {"fr": frozenset(["pousser", "amener", "conduire", "mener", "forcer", "contraindre",
                               "obliger", "inciter"]),
              "en": frozenset(["lead", "force", "push", "drive", "compel", "prompt"])}
_PERSONAL = {"il", "elle", "ils", "elles", "he", "she", "they"}


def from_doc(text: str, doc, lang: str) -> Analysis:
    fw = function_words(lang)
    tokens = [t for t in doc if not t.is_space]
    name_of = {}
    for k, t in enumerate(tokens):
        if is_name(t.text, k == 0, lang, t.pos_ == "PROPN"):
            name_of[t.i] = key(bare(t.text))
        elif t.pos_ in ("ADJ", "NOUN") and key(t.lemma_) in DEMONYMS[lang]:
            name_of[t.i] = key(t.lemma_)
        elif (t.text[:1].isupper() and k and tokens[k - 1].i in name_of and k + 1 < len(tokens)
              and is_name(tokens[k + 1].text, False, lang, tokens[k + 1].pos_ == "PROPN")):
            name_of[t.i] = key(t.text)  # "Kim Il Sung": a capitalised function word inside a name
    pseudo = verbless(tokens, name_of, lang)
    content = {t.i: pseudo.get(t.i) or key(t.lemma_) for t in tokens
               if t.pos_ in _CONTENT_POS and t.i not in name_of and key(t.text) not in fw
               and len(t.text) > 1 and not t.text[0].isdigit()}
    lemmas = set(content.values())
    keyed: dict[int, set[str]] = {i: {"name:" + n} for i, n in name_of.items()}
    starts = {t.idx: t.i for t in tokens}
    numbers, dates = set(), set()
    for offset, fact in fact_keys(text, lang):
        kind, _, value = fact.partition(":")
        (numbers if kind == "number" else dates).add(value)
        if offset in starts:
            keyed.setdefault(starts[offset], set()).add(fact)
    for k, t in enumerate(tokens):
        if counted(t.text, "", lang) is None or (k and tokens[k - 1].text[:1].isdigit()):
            continue
        unit = t.head if t.head.pos_ == "NOUN" and t.head.i != t.i else next(
            (u for u in tokens[k + 1:k + (2 if t.lower_ in ORDINALS else 4)]
             if u.pos_ == "NOUN"), None)
        value = counted(t.text, key(unit.lemma_) if unit is not None else "", lang)
        numbers.add(value)
        if unit is None or unit.lower_ not in ANAPHORIC_UNITS:  # "les deux pays": no fact
            keyed.setdefault(t.i, set()).add("number:" + value)
    groups = _groups(tokens, keyed)
    frames, predicates, pronoun = _frames(tokens, name_of, groups, lang, pseudo)
    written = runs(tokens, name_of)
    frames = [replace(f, agent=whole_name(f.agent, written)) for f in frames]
    purpose = ["for:~" + key(t.head.lemma_) for t in tokens if t.lower_ == "pour"
                and t.head.pos_ == "NOUN" and t.head.i > t.i]  # support only, never a claim
    purpose += ["pour:" + key(t.head.lemma_) for k, t in enumerate(tokens) if t.lower_ == "pour"
                and t.head.pos_ == "VERB" and t.head.i > t.i
                and "Inf" in t.head.morph.get("VerbForm")
                and not {u.lower_ for u in tokens[max(0, k - 4):k]} & _DEGREE]
    purpose += ["cause:" + key(t.lemma_) for t in tokens if key(t.lemma_) in _CAUSATIVE[lang]
                and any(c.dep_ == "obj" for c in t.children) and any(
                    c.i > t.i and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")
                    and t in (c.head, c.head.head) for c in t.subtree)]  # "a poussé Kim à chercher"
    return Analysis(text, frozenset(lemmas), frozenset(key(t.text) for t in tokens),
                    frozenset(name_of.values()), frozenset(numbers), frozenset(dates),
                    tuple(frames), tuple(frozenset(g) for g in groups.values() if g),
                    frozenset(cues(text, lemmas, lang, lambda end: _purpose(tokens, end), purpose)), tuple(predicates),
                    negated(tokens, lang), written, pronoun,
                    parts(tokens, keyed, content), speakers(tokens, name_of, fw, lang),
                    modal_lemmas(tokens, lang) | {pseudo[i] for i in pseudo
                                                  if modal_form(tokens, i)},
                    parsed_subjects(tokens, lang), viewed_lemmas(tokens, lang),
                    parsed_scenes(tokens, name_of, keyed, lang, fw),
                    verb_senses(tokens, lang), verb_sides(tokens, name_of, lang, fw),
                    descriptions(tokens, name_of, key, lang), noun_pairs(tokens, name_of))


def _purpose(tokens, end: int) -> str:
    """What a purpose connector ending at offset ``end`` introduces: the lemma key of a verb
    among the next three tokens, else "~" + a noun's ("destinés à la guerre": a purpose that is a
    thing, held by "pour sa guerre"), else ""."""
    after = [t for t in tokens if t.idx >= end][:3]
    verb = next((t for t in after if t.pos_ in ("VERB", "AUX")), None)
    noun = next((t for t in after if t.pos_ == "NOUN"), None)
    return key(verb.lemma_) if verb is not None else \
        "~" + key(noun.lemma_) if noun is not None else ""


def _groups(tokens, keyed: dict[int, set[str]]) -> dict[int, set[str]]:
    """Fact keys grouped by the verb they hang on (the first verb above them in the parse); facts
    under no verb (the parse found none, or split the sentence) form one group, key -1."""
    by_index = {t.i: t for t in tokens}
    groups: dict[int, set[str]] = {}
    for i, keys in keyed.items():
        head, hops = by_index[i], 0
        while head.pos_ != "VERB" and head.head.i != head.i and hops < 12:
            head, hops = head.head, hops + 1
        groups.setdefault(head.i if head.pos_ == "VERB" else -1, set()).update(keys)
    return groups


def _own_roles(verb, name_of, lang: str) -> tuple[set[str], set[str], bool]:
    """Agent and patient names from the verb's own dependents; True when it has a subject."""
    passive = any(c.dep_ == "nsubj:pass" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agent, patient, subject = set(), set(), False
    detached = detached_subjects(verb)
    for child in verb.children:
        dep = child.dep_
        if child.i in detached or noun_by(child, lang) is not None:
            continue
        if dep == "nsubj" and len(subjects) > 1 and child.i in name_of and \
                child.lower_ in _PERSONAL:
            patient |= span_names(child, name_of)  # "ont nommé … Kim Il Sung": "Il" is no subject
            continue
        by = dep.startswith("obl") and any(c.lower_ in ("par", "by") for c in child.children
                                           if c.dep_ == "case")
        if dep in ("nsubj", "obl:agent") or (by and passive):
            subject = subject or dep == "nsubj"
            agent |= span_names(child, name_of)
            if not agent and child.lower_ in _PRONOUNS and verb.dep_.startswith("acl"):
                agent |= span_names(verb.head, name_of)  # "Lavrov, qui a …": the antecedent
        elif dep in ("obj", "nsubj:pass", "iobj"):
            subject = subject or dep == "nsubj:pass"
            patient |= span_names(child, name_of)
    return agent, patient, subject


def _frames(tokens, name_of, groups, lang: str, pseudo: dict[int, str]):
    roles: dict[int, tuple[set[str], set[str], bool]] = {}  # verb index -> agent, patient, sure
    by_pronoun: set[int] = set()  # verbs whose agent is a personal pronoun not resolved here
    frames, predicates, pronoun = [], [], False
    for verb in tokens:
        lemma = key(verb.lemma_)
        if verb.pos_ == "NOUN" and lemma in NOMINALS[lang]:
            frames += nominal_frames(verb, NOMINALS[lang][lemma], name_of, lang)
            continue
        if (verb.pos_ != "VERB" and verb.i not in pseudo) or len(lemma) < 3 or "'" in lemma:
            continue
        lemma = pseudo.get(verb.i) or verb_lemma(verb, lang) or lemma
        lemma = idiom(verb, lemma, lang) or lemma  # "a perdu la vie": mourir
        agent, patient, subject = _own_roles(verb, name_of, lang)
        opened = apposition_before(verb, tokens)
        if opened is not None and opened - 1 in name_of and any(
                c.dep_ == "nsubj" and c.i > opened for c in verb.children):
            agent = name_run(opened - 1, name_of, tokens)  # "Choe Son Hui, la ministre …, doit"
        start = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
        if lemma in REPORTING[lang] and start and verb.doc[start - 1].text in (",", "»") and \
                not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue  # ", rapporte l'agence Tass" (subject after it): claims.speakers' to judge
        sure = True
        if not agent and any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in verb.children):
            # "Kim s'est rendu en Russie, lorsqu'il a rencontré …": the nearest actor before
            earlier = [roles[i] for i in sorted(roles) if i < verb.i and roles[i][0]]
            if earlier:
                agent, sure = set(earlier[-1][0]), earlier[-1][2]
            else:
                pronoun = True  # "il doit rencontrer …": the antecedent is in a sentence before
                by_pronoun.add(verb.i)
        if not agent and not subject and verb.dep_ == "conj":  # a passive has its own subject
            other = coordinated_with(verb, tokens)
            if other is not None and other.i in roles:
                agent, _, sure = roles[other.i]
                if other.i in by_pronoun:
                    by_pronoun.add(verb.i)
                if not subject:
                    subject = True
                if not roles[other.i][1] and patient and not any(
                        t.pos_ in ("NOUN", "PROPN") for t in tokens if other.i < t.i < verb.i):
                    roles[other.i] = (agent, set(patient), sure)  # "a rencontré et salué X"
        if not agent:
            controlled = controller(verb, roles, name_of, NOMINALS[lang].keys())
            if controlled is not None:
                agent, sure = controlled
                if not agent and {verb.head.i, verb.head.head.i} & by_pronoun:
                    by_pronoun.add(verb.i)  # "il doit rencontrer …": the pronoun's too
        said_by_pronoun = any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _PERSONAL
                              for c in verb.children)
        # Names inside an apposition right before the verb are not its subject ("Choe Son Hui,
        # la ministre des Affaires étrangères, doit …"); a passive's named subject there has no
        # agent at all ("Mbappé, attaquant du Real Madrid, a été retenu": not Madrid).
        named_passive = opened is not None and any(
            c.dep_ == "nsubj:pass" and span_names(c, name_of) for c in verb.children)
        if not agent and not said_by_pronoun and not named_passive and \
                not common_subject(verb, name_of) and \
                not object_controlled(verb, NOMINALS[lang].keys()):
            # "où il fut associé à …", "sa disparition a plongé …": not the name before
            before = [i for i in name_of if i < (verb.i if opened is None else opened)]
            before = subject_phrase_names(verb, name_of) or before
            if before:
                # Sure when only auxiliaries, pronouns, determiners or punctuation stand between
                # the name and the verb ("Kim Jong-un est arrivé", which the parse often misses).
                gap = past_apposition([t for t in tokens if max(before) < t.i < verb.i])
                # Never for an infinitive or a participle ("Vostochny, inspectant …", "de Kim à
                # se rendre"): they take no subject, the name before them is someone else.
                finite = not ({"Inf", "Part"} & set(verb.morph.get("VerbForm"))) or any(
                    c.dep_.startswith("aux") for c in verb.children)
                sure = finite and all(t.pos_ in ("AUX", "PRON", "DET", "PUNCT", "PART")
                                      or len(t.text) <= 2 for t in gap)
                agent = name_run(max(before), name_of, tokens)
        roles[verb.i] = (set(agent), set(patient), sure)
        under_light = verb.dep_ == "xcomp" and (verb_lemma(verb.head, lang) in LIGHT[lang])
        if ((verb.dep_ in _PREDICATE_DEPS or under_light or verb.i in pseudo)
                and lemma not in LIGHT[lang] and (verb.i in pseudo or verb_lemma(verb, lang))
                and (subject or agent)):
            predicates.append((lemma, frozenset(agent)))
    for verb in tokens:
        if verb.i not in roles:
            continue
        agent, patient, sure = roles[verb.i]
        args = frozenset(k for k in groups.get(verb.i, ()) if k.partition(":")[2] not in agent)
        if agent or patient or verb.i in by_pronoun:
            said = pseudo.get(verb.i) or verb_lemma(verb, lang) or key(verb.lemma_)
            frames.append(Frame(idiom(verb, said, lang) or said,
                                frozenset(agent), frozenset(patient), sure, args,
                                pronoun=not agent and verb.i in by_pronoun))
    return frames, predicates, pronoun or copula_pronoun(tokens, name_of)

