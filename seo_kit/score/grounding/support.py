"""Checks on what a sentence claims beyond its words, shared by the balanced check (``align``)
and the strict gate (``strict``): who is said to say it (speaker), whether it happened
(modality), and whether each of its clauses is said by one source sentence (clause support).

    speaker    "X a déclaré que …", "selon X", "according to X": X must be a speaker the source
               gives for that content — in the source sentence that holds it or in one of the
               ``QUOTE_RUN`` sentences before it (a quote or a paragraph running on). Balanced:
               a source that attributes nothing there lets any speaker pass (the brief of #11);
               strict: it does not.
    modality   a verb (or a noun the source hedges) stated as done while every passage sentence
               holding it states it as intended, sought, planned, possible, future or rumoured
               (``claims.modal_lemmas``); strict: the reverse too.
    no_support (clause) a clause of the sentence whose content no single source sentence covers
               to ``MIN_CLAUSE_COVERAGE``: support by the union of sentences is for merges of
               clauses, not for a clause assembled from the words of several sentences.

Thresholds: QUOTE_RUN = 2 and MIN_CLAUSE_COVERAGE were set on the dev split of
bench/data/grounding_eval.tsv; the held-out test split measures them (bench/grounding.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.cues import DEMONYMS
from seo_kit.score.grounding.words import name_held

__all__ = ["MIN_CLAUSE_COVERAGE", "QUOTE_RUN", "claim_reasons", "content_cover",
           "modality_reasons", "moved_fact_reasons", "says_all", "speaker_keys", "speaker_reason"]

QUOTE_RUN = 2
_PERSONAL = {"il", "elle", "ils", "elles", "he", "she", "it", "they"}
MIN_CLAUSE_COVERAGE = 0.5


def speaker_keys(v: Analysis) -> frozenset[str]:
    return frozenset().union(*v.speakers) if v.speakers else frozenset()


def _heads(keys: frozenset[str], lang: str) -> frozenset[str]:
    """A speaker's identifying keys: not its nationality alone ("le gouvernement russe" and
    "l'agence russe" are two speakers)."""
    return frozenset(k for k in keys if k not in DEMONYMS[lang]) or keys


def speaker_reason(v: Analysis, source: Sequence[Analysis], covers: Sequence[int], lang: str, *,
                   silent_ok: bool = False, named_ok: bool = False) -> Reason | None:
    """A speaker of ``v`` that the source does not give for the content held by the source
    sentences ``covers`` (indices into ``source``), or None. ``silent_ok``: a source that
    attributes that content to no one lets any speaker pass; ``named_ok``: a name of the content
    sentence itself counts as a speaker (the small parser misses "les États-Unis pensaient que")."""
    if not v.speakers or not covers:
        return None
    theirs = []
    for c in covers:  # the content sentence's own speaker, else the nearest one before it
        for j in range(c, max(-1, c - QUOTE_RUN - 1), -1):
            if source[j].speakers:
                theirs += [_heads(k, lang) for k in _segment_speakers(source[j], v)]
                break
    if not theirs and silent_ok:
        return None
    named = frozenset().union(*(_unquoted_names(source[c]) & (_stretch(source[c], v) or (
        source[c].names)) for c in covers)) if named_ok else frozenset()
    for speaker in v.speakers:
        mine = _heads(speaker, lang)
        # a speaker given the source speaker's title and another name: "Lavrov, le
        # porte-parole de la Maison Blanche" shares Kirby's title, not his name
        titled = [t for t in theirs if (mine - v.names) & t]
        renamed = bool(titled) and any(not any(k in t or name_held(k, t) for t in titled)
                                       for k in mine & v.names)
        if renamed or (not mine & named and not any(any(k in t or name_held(k, t) for k in mine)
                                                    for t in theirs)):
            return Reason("speaker", f"{'/'.join(sorted(speaker))} is not who the source says "
                                     "it" + ("" if theirs else " (the source attributes it to "
                                                               "no one)"))
    return None


def _stretch(s: Analysis, v: Analysis) -> frozenset[str] | None:
    """The words of the stretch of ``s`` cut by ";" that holds the most of ``v``'s words (its
    own speaker's left out) when ``s`` gives two speakers or more ("D'après Jean Roux, « … » ;
    Paul Martin a ajouté : « … »"); None when there is one stretch, one speaker, or a tie."""
    import re

    from seo_kit.score.grounding.words import key

    if ";" not in s.text or len(s.speakers) < 2:
        return None
    said = v.words | v.lemmas
    said -= frozenset().union(*v.speakers) if v.speakers else frozenset()
    stretches = [{key(w) for w in re.findall(r"[^\W_]+", part)} for part in s.text.split(";")]
    held = [len(said & words) for words in stretches]
    return None if held.count(max(held)) > 1 else frozenset(stretches[held.index(max(held))])


def _segment_speakers(s: Analysis, v: Analysis) -> tuple[frozenset[str], ...]:
    """The speakers of ``s`` for what ``v`` says: those of its ``_stretch``, else all."""
    words = _stretch(s, v)
    if not words:
        return s.speakers
    # by name where the speaker has one: "le ministre" is in both stretches, "Martin" in one
    return tuple(k for k in s.speakers if (k & s.names or k) & words) or s.speakers


def _unquoted_names(s: Analysis) -> frozenset[str]:
    """The names of ``s`` outside quotation marks: "« Tout à fait Thierry ! », répondit son
    complice" is said to Thierry, not by him."""
    import re

    from seo_kit.score.grounding.words import key

    if not re.search(r"[«»“”\"]", s.text):
        return s.names
    plain = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", s.text)
    plain = re.sub(r"^[^«»]*»|«[^«»]*$", " ", plain)  # a quote that opens or closes elsewhere
    words = {key(w) for w in re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", plain)}
    words |= {w.split("'")[-1] for w in words if "'" in w}
    return frozenset(n for n in s.names if n in words)


def _part_covers(v: Analysis, source: Sequence[Analysis], lang: str) -> dict[str, list[int]]:
    """For each content lemma of ``v``: the source sentences that hold the most of its clause."""
    from seo_kit.score.grounding.strict import item_held

    covers: dict[str, list[int]] = {}
    for part in v.parts:
        held = [sum(1 for it in part if item_held(it, s, lang)) for s in source]
        best = max(held, default=0)
        at = [i for i, n in enumerate(held) if n == best and n > 0]
        for it in part:
            if it.startswith("w:"):
                covers.setdefault(it[2:], []).extend(at)
    return covers


def modality_reasons(v: Analysis, source: Sequence[Analysis], lang: str, *,
                     both_ways: bool) -> list[Reason]:
    """A lemma of ``v`` stated as done that the source sentence saying its clause (the one that
    holds the most of the clause; ties all count) states as not done, by lemma, stem or verb
    family ("renforcer" / "renforcement"). ``both_ways`` (strict): the reverse too, and no
    excuse; otherwise a sentence that keeps that sentence's own marker of modality
    ("spéculations", "cherchaient") keeps its modality, however the parse attached it."""
    from seo_kit.score.grounding.claims import HEDGES, INTENT, REPORTING
    from seo_kit.score.grounding.verbs import verb_held

    markers = HEDGES[lang] | INTENT[lang]
    modal = frozenset().union(*(h.modal for h in source)) if source else frozenset()
    if not both_ways and not any(verb_held(lemma, modal, lang) for lemma in v.lemmas - v.modal):
        return []  # nothing of this sentence is stated as not done anywhere in the source
    covers = _part_covers(v, source, lang)
    for lemma in sorted(v.lemmas):
        if v.speakers and lemma in REPORTING[lang]:
            continue  # who says it is the speaker check's
        hosts = [source[i] for i in dict.fromkeys(covers.get(lemma, ()))]
        holding = [h for h in hosts if lemma in h.lemmas] or [
            h for h in hosts if verb_held(lemma, h.lemmas, lang)]  # the same word first
        if not holding:
            continue
        mine = lemma in v.modal
        if mine and not both_ways:
            continue
        if not mine and not both_ways and any((v.lemmas & h.lemmas & markers) - {lemma}
                                              for h in holding):
            continue
        if all(verb_held(lemma, h.modal, lang) != mine for h in holding):
            how = "as intended, possible or rumoured" if not mine else "as done"
            return [Reason("modality", f"'{lemma}': the source states it {how}; this sentence "
                                       f"{'states it as done' if not mine else 'does not'}")]
    return []


def content_cover(v: Analysis, source: Sequence[Analysis], lang: str) -> list[int]:
    """Indices of the source sentences that hold the most of ``v``'s content, its speaker and
    reporting verb left out (they say who speaks, not what is said)."""
    from seo_kit.score.grounding.claims import is_reporting
    from seo_kit.score.grounding.strict import free_words, item_held

    said, free = speaker_keys(v), free_words(lang)
    items = {it for part in v.parts for it in part
             if it.partition(":")[2] not in said and it.partition(":")[2] not in free
             and not (it.startswith("w:") and is_reporting(it[2:], lang))}
    if not items:
        return []
    held = [sum(1 for it in items if item_held(it, s, lang)) for s in source]
    best = max(held, default=0)
    return [i for i, n in enumerate(held) if n == best and n > 0]


def claim_reasons(v: Analysis, parts: Sequence[Analysis], source: Sequence[Analysis],
                  lang: str) -> list[Reason]:
    """The balanced check's speaker and modality reasons (``parts``: the supporting passage)."""
    if v.speakers:
        # content all quoted or vague ("« Tout à fait Thierry ! »"): the passage sentences
        # that say who speaks hold it, else the whole passage
        passage = [i for i, s in enumerate(source) if any(s is p for p in parts)]
        covers = content_cover(v, source, lang) or [
            i for i in passage if source[i].speakers] or passage
        # a passage sentence with a speaker whose whole content this one says is covered too
        # (a text run into one "sentence": "… deux jours. Il doit rencontrer …, selon KCNA")
        covers += [i for i in passage if i not in covers and source[i].speakers
                   and says_all(v, source[i], lang)]
        reason = speaker_reason(v, source, covers, lang, named_ok=True)
        if reason is not None:
            return [reason]
    from seo_kit.score.grounding.views import view_reasons

    return modality_reasons(v, source, lang, both_ways=False) or view_reasons(
        v, parts, lang) or clause_reasons(v, [*parts, *source], lang)


def says_all(v: Analysis, s: Analysis, lang: str) -> bool:
    """Does ``v`` hold every content item of ``s`` (its speaker and reporting verb aside)?"""
    from seo_kit.score.grounding.claims import is_reporting
    from seo_kit.score.grounding.strict import item_held

    said = speaker_keys(s)
    items = {it for part in s.parts for it in part if it.partition(":")[2] not in said
             and not (it.startswith("w:") and is_reporting(it[2:], lang))}
    return bool(items) and all(item_held(it, v, lang) for it in items)


def clause_reasons(v: Analysis, source: Sequence[Analysis], lang: str) -> list[Reason]:
    """A clause of ``v`` (3 content items or more) that no single sentence of ``source`` covers
    to MIN_CLAUSE_COVERAGE (share of its items held: words by lemma, stem or family; facts).
    The first sentence that does ends the search (callers put the likely ones first)."""
    from seo_kit.score.grounding.strict import free_words, item_held

    free = free_words(lang)
    for part in v.parts:
        items = [it for it in part if it.partition(":")[2] not in free]
        if len(items) < 3:
            continue
        need, best = MIN_CLAUSE_COVERAGE * len(items), 0
        for s in source:
            best = max(best, sum(1 for it in items if item_held(it, s, lang)))
            if best >= need:
                break
        if best < need:
            shown = ", ".join(sorted(it.partition(":")[2] for it in items)[:6])
            return [Reason("no_support", f"no single source sentence says this clause ({shown}"
                                         f"): at most {best} of its {len(items)} content words")]
    return []


def moved_fact_reasons(v: Analysis, parts: Sequence[Analysis], lang: str) -> list[Reason]:
    """A fact put into a clause that one passage sentence says, word for word, with another fact
    of the same kind in its place ("Les oiseaux ont été bagués à Lorient" where the source's
    clause bags them at Brest and names Lorient for something else): merged. Clauses are
    ``Analysis.parts``; free words and nationalities are left out."""
    from seo_kit.score.grounding.strict import free_words, item_held

    free = free_words(lang)
    for part in v.parts:
        words = {it for it in part if it.startswith("w:") and it[2:] not in free}
        facts = [it for it in part if not it.startswith("w:")
                 and it.partition(":")[2] not in DEMONYMS[lang]]
        need = max(2.0, 0.6 * len(words))
        homes = [(s, p) for s in parts for p in s.parts if len(words & p) >= need]
        if any(s.pronoun or s.text.split(" ", 1)[0].lower() in _PERSONAL for s, _ in homes):
            continue  # "Il se veut une distribution …": the name may be the pronoun's
        for fact in facts:
            kind = fact.partition(":")[0]
            if not homes or any(item_held(fact, s, lang) and sum(
                    1 for w in words if item_held(w, s, lang)) >= need
                    for s in parts):
                continue  # a sentence says the clause with this very fact
            # a name's rival stands after the same preposition ("à Okinawa" / "à Brest")
            rivals = sorted(f.partition(":")[2] for s, p in homes for f in p
                            if f.startswith(kind + ":") and f not in v.facts
                            and f.partition(":")[2] not in DEMONYMS[lang]
                            and (kind != "name" or _word_before(s.text, f[5:]) in (
                                _PREPOSITIONS & {_word_before(v.text, fact[5:])})))
            if rivals:
                return [Reason("merged", f"{fact.partition(':')[2]!r} comes from another source "
                                         f"sentence than the rest of its clause, which has "
                                         f"{rivals[0]!r}")]
    return []


_PREPOSITIONS = {"a", "au", "aux", "en", "dans", "de", "depuis", "vers", "par", "pour", "sur",
                 "chez", "in", "at", "from", "to", "by", "for", "on", "near", "pres"}


def _word_before(text: str, name: str) -> str:
    """The folded word before the first word ``name`` of ``text`` ("" when none)."""
    import re

    from seo_kit.score.grounding.words import key

    words = [key(w) for w in re.findall(r"\w+", text)]
    return words[words.index(name) - 1] if name in words[1:] else ""
