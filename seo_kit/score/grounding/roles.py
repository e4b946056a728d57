"""Who does what, and whether it happened: the checks that compare a variant sentence's frames
and predicates with the source's (see ``frames`` for how they are read).

    role_swap   the same verb, another actor (A visited X → B visited X), or agent and patient
                reversed (A gave to B → B gave to A); reciprocal verbs ("se rapprocher") accept
                either side as the subject
    merged      the same verb and actor, with facts the source ties to that verb done by
                someone else (Lavrov "s'est rendu en Russie en septembre": Kim did)
    polarity    the variant states an action the source denies or presents as unreal ("aurait
                dû se reconstituer" → "s'est reconstitué"), or denies one the source states
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from seo_kit.score.grounding.analysis import Analysis, Frame, Reason
from seo_kit.score.grounding.claims import REPORTING
from seo_kit.score.grounding.cues import CAPITALS
from seo_kit.score.grounding.verbs import MODALS, RECIPROCAL, families, verb_held
from seo_kit.score.grounding.words import name_held


def _meets(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """A shared name token, or one of the same stem ("Norway" / "Norwegian")."""
    return bool(mine & theirs) or any(name_held(t, theirs) for t in mine)


def _split(run: frozenset[str]) -> frozenset[str]:
    return frozenset(part for token in run for part in token.split("-") if part)


def _other_person(mine: frozenset[str], theirs: frozenset[str], runs, source_runs) -> bool:
    """Two full names that share a token and each have a part the other lacks: "Kim Il Sung"
    for the source's "Kim" (its first full mention: "Kim Jong-un"). ``runs``: the variant's
    names written together; ``source_runs``: the source's, in source order."""
    for token in mine & theirs:
        # the actor's own full name; a bare "Mozilla" is not the "Mozilla Suite" it acts on
        my_run = next((r for r in runs if token in r and r <= mine), None)
        their_run = next((r for r in source_runs if token in r and r <= theirs), None) or next(
            (r for r in source_runs if token in r), None)
        if my_run and their_run and _split(my_run) - _split(their_run) and \
                _split(their_run) - _split(my_run):
            return True
    return False


def _same_actor(mine: frozenset[str], theirs: frozenset[str], actors: list[frozenset[str]],
                runs: tuple[frozenset[str], ...] = (),
                source_runs: tuple[frozenset[str], ...] = ()) -> bool:
    """Do the name tokens ``mine`` and ``theirs`` name one actor? They share a token, the two
    full names do not differ (``_other_person``), and the rest of that name as written
    (``runs``: names written together) is not another actor of the passage while ``theirs`` has
    a name of its own: "Sergueï Choïgu" is not "Sergueï Lavrov"; "Kim Jong-un" is "Kim"; "Kim
    Il Sung" is not the source's "Kim" when the source first wrote him "Kim Jong-un"."""
    shared = mine & theirs or frozenset(t for t in mine if name_held(t, theirs))  # Norway
    if not shared or _other_person(mine, theirs, runs, source_runs):
        return False
    rest = frozenset(t for r in runs if r & shared for t in r) - shared
    return not (rest and theirs - mine and any(rest & other for other in actors
                                               if other != theirs))

__all__ = ["other_event", "polarity", "resolve_names", "resolve_pronouns", "role_swaps"]


def _canon(names: frozenset[str]) -> frozenset[str]:
    return frozenset(CAPITALS.get(n, n) for n in names)


def _same_verb(a: str, b: str) -> bool:
    return a == b or a == "re" + b or b == "re" + a  # "chercher" / "rechercher"


def _args_held(arg: str, source_args: frozenset[str]) -> bool:
    kind, _, value = arg.partition(":")
    values = frozenset(a.partition(":")[2] for a in source_args if a.startswith(kind + ":"))
    return value in values or (kind == "name" and name_held(value, values))


def role_swaps(mine: Sequence[Frame], theirs: Sequence[Frame], lang: str,
               source: Sequence[Frame] = (), runs: tuple[frozenset[str], ...] = (),
               source_runs: tuple[frozenset[str], ...] = ()) -> list[Reason]:
    """Same verb, no shared agent: reversed roles, or another actor. Same verb and actor, but
    facts that the source gives to the same verb done by someone else: merged. Only frames whose
    agent the parse gave count (not ones guessed from word order). ``theirs`` are the frames of
    the supporting passage; ``source`` those of the whole source, checked after them: an actor
    who does a verb nowhere in the source while someone surely does it there is a swap too,
    whichever sentences the alignment picked."""
    runs, source_runs = tuple(_canon(r) for r in runs), tuple(_canon(r) for r in source_runs)
    # a modal's actor is its infinitive's, checked on the infinitive's frame ("devoir rencontrer")
    mine = [f for f in mine if not (f.lemma in MODALS[lang] and any(
        g is not f and g.agent == f.agent and g.lemma not in MODALS[lang] for g in mine))]
    return _local(mine, theirs, lang, source, runs, source_runs) or _anywhere(
        mine, source, lang, runs, source_runs)


def _anywhere(mine: Sequence[Frame], source: Sequence[Frame], lang: str, runs=(),
              source_runs=()) -> list[Reason]:
    for f in mine:
        agent = _canon(f.agent)
        kin = families(f.lemma, lang)  # "la visite de Lavrov" where the source has "il s'est rendu"
        # A verb of the same family names the same event ("a exhorté" for "a appelé"): its
        # actor is compared with the actors of the family's verbs in the source; not for a
        # reporting verb, whose actor is the speaker (``support.speaker_reason``).
        same = [g for g in source if _same_verb(g.lemma, f.lemma) or (
            kin & families(g.lemma, lang) and f.lemma not in REPORTING[lang])]
        if not f.sure or not agent or not same or any(
                _meets(agent, _canon(g.agent)) and not _other_person(agent, _canon(g.agent), runs,
                                                                     source_runs)
                for g in source if _same_verb(g.lemma, f.lemma) or kin & families(g.lemma, lang)):
            continue
        if any(not g.agent for g in same):
            continue  # "il doit rencontrer …": someone the sentence does not name does it
        if f.lemma in RECIPROCAL and any(agent & _canon(g.patient) and not _other_person(
                agent, _canon(g.patient), runs, source_runs) for g in same):
            continue
        sure = [g for g in same if g.sure]
        if sure:
            return [Reason("role_swap", f"{'/'.join(sorted(f.agent))} is the one who does "
                                        f"'{f.lemma}' here; nowhere in the source, where it is "
                                        f"{'/'.join(sorted(sure[0].agent))}")]
    return []


def _local(mine: Sequence[Frame], theirs: Sequence[Frame], lang: str,
           source: Sequence[Frame], runs: tuple[frozenset[str], ...] = (),
           source_runs: tuple[frozenset[str], ...] = ()) -> list[Reason]:
    for f in mine:
        same = [g for g in theirs if _same_verb(g.lemma, f.lemma) and g.sure]
        agent, patient = _canon(f.agent), _canon(f.patient)
        if not same or not agent or not f.sure:
            continue
        actors = [_canon(g.agent) for g in theirs if g.agent]
        mine_too = [g for g in same if _same_actor(agent, _canon(g.agent), actors, runs,
                                                   source_runs)]
        if mine_too:
            # Merged actions: the source has this verb twice, for two actors; the variant gives
            # this actor the other one's facts (Lavrov "s'est rendu en Russie en septembre"),
            # wherever in the source the other actor does it.
            source_args = frozenset().union(*(g.args for g in mine_too))
            others = frozenset().union(*(g.args for g in (*theirs, *source)
                                         if _same_verb(g.lemma, f.lemma)
                                         and not _canon(g.agent) & agent))
            # An actor of this verb elsewhere is a person in the story, not a detail of the
            # other action ("à l'invitation de Kim" while Kim also travels).
            actors = frozenset("name:" + n for g in source if _same_verb(g.lemma, f.lemma)
                               for n in g.agent)
            lost = sorted(a.partition(":")[2] for a in f.args
                          if "~" not in a and a not in actors
                          and not _args_held(a, source_args | _frame_names(mine_too))
                          and _args_held(a, others))
            if lost:
                return [Reason("merged", f"'{f.lemma}' by {'/'.join(sorted(f.agent))} gets "
                                         f"{', '.join(lost)}: the source ties it to another "
                                         "action")]
            continue
        if f.lemma in RECIPROCAL and any(
                side & agent and not _other_person(agent, side, runs, source_runs)
                and _other_side(patient, rest)
                for g in same for side, rest in ((_canon(g.agent), _canon(g.patient)),
                                                 (_canon(g.patient), _canon(g.agent)))):
            continue  # "la Russie et la Corée se sont rapprochées": either side is a subject
        reversed_ = [g for g in same if _canon(g.agent) & patient and _canon(g.patient) & agent]
        other = [g for g in same if g.agent]
        if reversed_ or other:
            g = (reversed_ or other)[0]
            return [Reason("role_swap", f"{'/'.join(sorted(f.agent))} is the one who does "
                                        f"'{f.lemma}' here; in the source it is "
                                        f"{'/'.join(sorted(g.agent))}")]
    return []


def _other_side(patient: frozenset[str], rest: frozenset[str]) -> bool:
    """A reciprocal verb's other side agrees: this frame's patient is the source's other side,
    or either is unnamed ("Choe Son Hui doit rencontrer Kim" for "il [Lavrov] doit rencontrer
    Choe Son Hui" has Choe on a side, and Kim for Lavrov on the other: a swap)."""
    return not patient or not rest or _meets(patient, rest)


def _frame_names(frames: list[Frame]) -> frozenset[str]:
    """The agents and patients of source frames, as name facts (a variant may name them)."""
    return frozenset("name:" + n for g in frames for n in g.agent | g.patient)


def polarity(v: Analysis, parts: Sequence[Analysis], lang: str) -> list[Reason]:
    """A predicate of ``v`` that the passage says with the other polarity (same lemma only: a
    verb family is too loose to oppose two sentences). What ``v`` denies may be stated by a
    word of its stem ("ne baissera pas" / "une baisse"), and a denied attribute counts too ("ne
    sont pas moins fertiles")."""
    said = [lemma for lemma, _ in v.predicates]
    # a word the passage denies and this sentence, which denies nothing, states without a
    # parse of it as a predicate (English has no parse: "no seeds were damaged" → "damaged
    # some seeds")
    denied_there = frozenset().union(*(p.negated for p in parts)) & v.lemmas \
        if not v.negated else frozenset()
    for lemma in [*said, *sorted(v.negated - set(said)),
                  *sorted(denied_there - v.negated - set(said))]:
        mine = lemma in v.negated
        hosts = _closest([p for p in parts if lemma in p.lemmas] or [
            p for p in parts if mine and verb_held(lemma, p.lemmas, lang)], v)
        if hosts and all((lemma in p.negated or verb_held(lemma, p.negated, lang)) != mine
                         for p in hosts):
            said = "denies or presents as unreal" if not mine else "states"
            return [Reason("polarity", f"'{lemma}': the source {said} what this sentence "
                                       f"{'denies' if mine else 'states'}")]
    return []


def _closest(hosts: list[Analysis], v: Analysis) -> list[Analysis]:
    """The hosts of a predicate that share most content lemmas with ``v``: the one that says
    the same thing of the same things ("n'inclut pas de paquets non libres", not "incluant le
    noyau Linux" of another sentence, decides "Ubuntu inclut des paquets non libres")."""
    if len(hosts) < 2:
        return hosts
    shared = [len((p.lemmas | p.names) & (v.lemmas | v.names)) for p in hosts]
    return [p for p, n in zip(hosts, shared, strict=True) if n == max(shared)]


def resolve_pronouns(analyses: Sequence[Analysis], back: int = 3) -> list[Analysis]:
    """Source sentences in order, each whose subject is a personal pronoun with no antecedent in
    it ("Au cours de sa visite, il doit rencontrer …") given the names of the nearest sentence
    before (up to ``back``) with a sure actor — its first, or the one its own pronoun was given
    —, so that a variant may name who "il" is; the actions whose subject is that pronoun
    (``Frame.pronoun``) are that actor's ("Par la suite, il migra vers TF1": Thierry Roland,
    named three sentences before), not the ones a common noun or a passive leaves without a
    named actor ("l'arbitre avait accordé un penalty …, il avait alors lâché")."""
    out = list(analyses)
    actor_of: dict[int, frozenset[str]] = {}
    for i, a in enumerate(analyses):
        first = next((f.agent for f in a.frames if f.sure and f.agent), None)
        if a.pronoun and i:
            actor = next((actor_of[j] for j in range(i - 1, max(-1, i - 1 - back), -1)
                          if j in actor_of), None)
            if actor:
                frames = tuple(replace(f, agent=actor, sure=True, pronoun=False)
                               if f.pronoun else f for f in a.frames)
                out[i] = replace(a, names=a.names | actor, words=a.words | actor,
                                 frames=frames)
                first = first or actor
        if first:
            actor_of[i] = first
    return out


def resolve_names(analyses: Sequence[Analysis]) -> list[Analysis]:
    """Source sentences in order, each bare name in them ("Kim", "Poutine") given the other
    tokens of the first full name the source wrote with it ("Kim Jong-un", "Vladimir
    Poutine"): a later bare mention is that person, and a variant may name them in full."""
    first: dict[str, frozenset[str]] = {}
    for a in analyses:
        for run in a.runs:
            for token in run:
                first.setdefault(token, run)
    out = []
    for a in analyses:
        written = frozenset().union(*a.runs) if a.runs else frozenset()
        extra = frozenset().union(*(first.get(n, frozenset()) for n in a.names - written))
        extra -= a.names
        out.append(replace(a, names=a.names | extra, words=a.words | extra) if extra else a)
    return out


def other_event(v: Analysis, source: list[Analysis], lang: str = "fr") -> list[Reason]:
    """A fact tied to an action that the source has this actor do, where no source sentence
    saying it holds that fact: the fact belongs to another event ("ICARDA returned seeds in
    2015": it withdrew them in 2015, returned them in 2017). Sentence level, not the parse's
    attachment: "En septembre, Kim a rencontré Poutine" is held by "Kim s'est rendu en Russie
    en septembre, lorsqu'il a rencontré Poutine"."""
    from seo_kit.score.grounding.align import _held_by

    for f in v.frames:
        if not f.sure or not f.agent:
            continue
        agent = _canon(f.agent)
        hosts = [s for s in source if any(
            _same_verb(g.lemma, f.lemma) and g.agent and agent & _canon(g.agent) for g in s.frames)]
        if not hosts:
            continue
        # A verb of the same family keeps its event's facts: "Kim a voyagé en Russie en
        # septembre" is held by "Kim s'est rendu en Russie en septembre".
        kin = families(f.lemma, lang)
        hosts += [s for s in source if kin and any(
            kin & families(g.lemma, lang) and g.agent and agent & _canon(g.agent)
            for g in s.frames)]
        for fact in sorted(f.args):
            kind, _, value = fact.partition(":")
            if kind == "name" or "~" in value or any(_held_by(fact, h) for h in hosts):
                continue
            if any(_held_by(fact, s) for s in source):
                return [Reason("merged", f"{value!r} belongs to another event: no source "
                                         f"sentence where {'/'.join(sorted(f.agent))} does "
                                         f"'{f.lemma}' holds it")]
    return []
