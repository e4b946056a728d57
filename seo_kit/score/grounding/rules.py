"""Who does what in one sentence without a parser (English while no English spaCy pipeline is
on our package index): simplemma lemmas; the name just before a word is its agent, the name just
after it its patient, and "by"/"par" in between swaps them; a clause is a stretch between
commas, semicolons and "and"/"who"/"which"; the predicates are the event verbs only
(``verbs.EVENTS``), as no POS tag tells a verb from a noun; a word up to three words after
"not"/"never"/"…n't" is denied.
"""

from __future__ import annotations

import re

from seo_kit.score.grounding.actors import (
    COORDINATORS,
    agent_before_apposition,
    apposed_agent,
    pronoun_subject,
    word_subjects,
)
from seo_kit.score.grounding.analysis import Analysis, Frame
from seo_kit.score.grounding.attach import rule_scenes
from seo_kit.score.grounding.verbs import EVENTS, NOMINALS
from seo_kit.score.grounding.views import viewed_words
from seo_kit.score.grounding.words import WORD as _WORD
from seo_kit.score.grounding.words import (
    bare,
    counted,
    cues,
    fact_keys,
    function_words,
    is_name,
    key,
)

__all__ = ["from_rules", "verb_like"]

_NEGATIONS = {"not", "never", "no", "cannot", "pas", "jamais"}
_SAID = frozenset(["said", "says", "say", "told", "tells"])  # and every "…n't"
# a comma between two digits is inside a number ("50,000"), one between a day and a year inside a
# date ("February 26, 2008")
_COMMA = r"(?<!\d),|(?<=\d),(?!\d| \d{4}\b)"


def _fronted_joined(text: str, lang: str) -> str:
    """``text`` with the comma after a fronted date removed ("In 2017, Norway spent …" → "In
    2017  Norway spent …", same length): the date is the next clause's, not a clause of its
    own. A fronted stretch is at most five words before the first comma, holding a date or
    a number and no verb of its own."""
    match = re.match(r"([^,;:]{1,60}?),", text)
    if not match or len(_WORD.findall(match.group(1))) > 5 or not fact_keys(match.group(1), lang):
        return text
    if re.search(r"\d,\s*\d{4}\b", text[:match.end() + 6]):
        return text  # "On February 26, 2008, …": the comma is inside the date
    return text[:match.end() - 1] + " " + text[match.end():]


def from_rules(text: str, lang: str) -> Analysis:
    """The Analysis of ``text`` without a parse (see the module docstring); a fronted date
    belongs to the clause after it (``_fronted_joined``)."""
    import simplemma

    split = _fronted_joined(text, lang)

    fw = function_words(lang)
    found = list(_WORD.finditer(text))
    words = [m.group(0) for m in found]
    # two words are adjacent when only spaces stand between them ("Crop Trust, Norway": not)
    joined = {i for i in range(1, len(found))
              if not text[found[i - 1].end():found[i].start()].strip()}
    name_at = {i: key(bare(w)) for i, w in enumerate(words) if is_name(w, i == 0, lang)}
    lemma_at = {i: key(simplemma.lemmatize(w.lower(), lang=lang)) for i, w in enumerate(words)
                if key(w) not in fw and len(w) > 2 and i not in name_at and not w[0].isdigit()}
    facts = [fact for _, fact in fact_keys(text, lang)]
    numbers = {f.partition(":")[2] for f in facts if f.startswith("number:")}
    dates = {f.partition(":")[2] for f in facts if f.startswith("date:")}
    numbers |= {value for i, w in enumerate(words)
                if (value := counted(w, lemma_at.get(i + 1, ""), lang)) is not None}
    spans: list[list[int]] = []  # runs of consecutive capitalised words: one name each
    for i in sorted(name_at):
        if spans and spans[-1][-1] == i - 1 and i in joined:
            spans[-1].append(i)
        else:
            spans.append([i])
    frames, predicates = _frames(split, found, name_at, lemma_at, spans, lang)
    lemmas = set(lemma_at.values())
    negated = {lemma_at[j] for i, w in enumerate(words) if key(w) in _NEGATIONS
               or key(w).endswith("n't") for j in range(i + 1, i + 4) if j in lemma_at}
    clauses = []  # without a parse, a clause is a stretch between commas, semicolons and "and"
    for part in re.split(_COMMA + r"|[;:]|\b(?:and|et|who|which|qui)\b", split):
        keys = {"name:" + key(bare(w)) for k, w in enumerate(_WORD.findall(part))
                if key(bare(w)) in name_at.values()}
        keys |= {fact for _, fact in fact_keys(part, lang)}
        if keys:
            clauses.append(frozenset(keys))

    def purpose_of(end: int) -> str:
        nxt = _WORD.findall(text[end:])[:1]
        return key(simplemma.lemmatize(nxt[0].lower(), lang=lang)) if nxt else ""

    return Analysis(text, frozenset(lemmas), frozenset(key(w) for w in words),
                    frozenset(name_at.values()), frozenset(numbers), frozenset(dates),
                    tuple(frames), tuple(clauses),
                    frozenset(cues(text, lemmas, lang, purpose_of)), tuple(predicates),
                    frozenset(negated),
                    tuple(frozenset(name_at[j] for j in sp) for sp in spans if len(sp) > 1),
                    pronoun=any(f.pronoun for f in frames),
                    parts=_parts(split, lang), scenes=rule_scenes(_parts(split, lang, True), lang),
                    speakers=_speakers(text, words, name_at, lemma_at, lang),
                    modal=_modal(words, lemma_at, lang),
                    viewed=viewed_words(words, lemma_at, lang),
                    subjects=word_subjects(words, lemma_at, [
                        i for i, lemma in sorted(lemma_at.items())
                        if verb_like(i, words, lemma, lang)], _BETWEEN | _DETERMINERS, lang,
                        frozenset(i for i in range(1, len(found)) if re.search(
                            r"[,;:]", text[found[i - 1].end():found[i].start()]))))


# Words between a subject and its verb ("Norway then spent", "Mozilla has also announced") and
# words after which a word is a noun, not a verb ("the costs", "its seeds").
_BETWEEN = frozenset(["has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "also", "then", "later", "first", "not", "never", "already", "still", "once", "soon", "recently", "a-ete", "a", "ete", "est", "sont", "avait", "avaient"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "my", "your", "no", "some", "any", "each", "every", "le", "la", "les", "un", "une", "des", "du", "ses", "leur", "leurs", "son", "sa", "ce", "cette", "ces", "aucun", "aucune"])
_PREPOSITIONS = frozenset(["of", "in", "for", "from", "at", "by", "with", "on", "to", "into", "over", "under", "about", "de", "du", "des", "en", "pour", "par", "avec", "sur", "dans"])
_CLAUSE_WORDS = frozenset(["and", "but", "while", "whereas", "when", "which", "who", "that", "after", "before", "because", "as", "where", "et", "mais", "qui", "que", "quand", "lorsque", "alors"])


def verb_like(i: int, words: list[str], lemma: str, lang: str) -> bool:
    """Without POS tags: a verb of the tables, or a past form ("registered"), not after a
    determiner ("the costs")."""
    from seo_kit.score.grounding.claims import CREATION, INTENT, QUOTING, REPORTING
    from seo_kit.score.grounding.verbs import families

    if i and key(words[i - 1]) in _DETERMINERS:
        return False
    low = key(words[i])
    known = lemma in EVENTS[lang] or families(lemma, lang) or lemma in REPORTING[lang] or \
        lemma in INTENT[lang] or lemma in QUOTING[lang] or lemma in CREATION[lang]
    # a past form: "registered", or irregular ("spent", "withdrew"; not a plural "seeds")
    past = lang == "en" and ((low.endswith("ed") and len(low) > 4)
                             or (lemma != low and not low.endswith("s")))
    return bool(known) or past


def _frames(text, found, name_at, lemma_at, spans, lang: str):
    """One frame per verb-like word: its agent is the name just before it in its own clause
    (sure when only auxiliaries, adverbs or the subject's nouns stand between: "The Norwegian
    government paid"), its patient the name just after it in the clause; "by"/"par" in between
    swaps them."""
    words = [m.group(0) for m in found]
    clause, current = {}, 0
    for i, m in enumerate(found):
        gap = text[found[i - 1].end():m.start()] if i else ""
        inside_number = gap == "," and words[i - 1].isdigit() and words[i].isdigit()
        if i and not inside_number and (re.search(r"[,;:\u2014]", gap)
                                        or key(words[i]) in _CLAUSE_WORDS):
            current += 1
        clause[i] = current
    facts: dict[int, frozenset[str]] = {}  # per clause: its numbers and dates
    for offset, fact in fact_keys(text, lang):
        i = next((k for k, m in enumerate(found) if m.start() <= offset < m.end()), None)
        if i is not None and (fact.startswith("date:") or found[i].start() == offset):
            facts[clause[i]] = facts.get(clause[i], frozenset()) | {fact}
    # a bracket holding only a name is another name for the one before it ("(ICARDA)")
    bracketed = {i for group in _bracketed(text, found) if not all(k in name_at for k in group)
                 for i in group}
    frames, predicates = [], []
    for i, lemma in sorted(lemma_at.items()):
        if not verb_like(i, words, lemma, lang):
            continue
        # a name in brackets is an aside ("AOL (Netscape's parent) reduced"): no role outside
        near = [sp for sp in spans if clause[sp[0]] == clause[i]
                and (sp[0] in bracketed) == (i in bracketed)]
        before = [sp for sp in near if sp[-1] < i]
        after = [sp for sp in near if sp[0] > i]
        agent = {name_at[j] for j in before[-1]} if before else set()
        patient = {name_at[j] for j in after[0]} if after else set()
        between = [key(w) for k, w in enumerate(words[before[-1][-1] + 1:i], before[-1][-1] + 1)
                   if k not in bracketed or i in bracketed] if before else []
        if len(before) > 1 and [key(w) for w in words[before[-2][-1] + 1:before[-1][0]]] in (
                ["from"], ["of"], ["at"], ["de"], ["du"]):
            # "Jamie Zawinski from Netscape registered …": Zawinski does it, not Netscape
            agent = {name_at[j] for j in before[-2]}
        if before and _possessor(text, found, before[-1][-1], between):
            agent = set()  # "Mozilla's revenue comes": the revenue does it, not Mozilla
        if lang == "en" and between and between[-1] in _BE and _participle(words[i], lemma):
            # passive ("Eich was promoted to CEO by Mozilla"): the name before undergoes it;
            # the one after "by" does it, or no one the sentence names
            by = [sp for sp in after if any(key(w) == "by" for w in words[i + 1:sp[0]])]
            agent, patient = ({name_at[j] for j in by[0]} if by else set()), agent
            after = []
        sure = bool(before) and all(w in _BETWEEN or w.endswith("ly") or (
            w not in _PREPOSITIONS and w not in _DETERMINERS and not w.endswith("ed"))
            for w in between) and len(between) <= 3
        opening = [key(w) for w, k in zip(words, range(len(words)))
                   if clause[k] == clause[i] and k < i]
        named = agent_before_apposition(clause, i, spans, name_at, words, {
            k for k, lem in lemma_at.items() if verb_like(k, words, lem, lang)}) \
            if lang == "en" and not before else None
        if named:  # "… and Mitchell Baker, executive chairwoman of …, posted"
            agent, sure = named, True
        elif not before and frames and all(w in _BETWEEN or w in _CLAUSE_WORDS
                                           or w.endswith("ly") for w in opening):
            # "… and returned new seeds": a coordinated verb shares the subject before it
            agent, sure = set(frames[-1].agent), frames[-1].sure
        if not before and not frames:  # "Marie Haga, the former head of …, called"
            agent, sure = apposed_agent(clause, i, name_at) or (agent, sure)
        if after and any(w.lower() in ("by", "par") for w in words[i + 1:after[0][0]]):
            agent, patient, sure = patient, agent, True  # passive: "was visited by X"
        pronoun = not agent and pronoun_subject(words, i, clause, _BETWEEN)
        if agent or pronoun:  # "She called the vault …": whom "she" stands for is resolved
            # from the sentences before (``roles.resolve_pronouns``)
            frames.append(Frame(lemma, frozenset(agent), frozenset(patient), sure,
                                facts.get(clause[i], frozenset()), pronoun=pronoun))
        if lemma in EVENTS[lang]:  # without POS tags, only the event verbs are predicates
            predicates.append((lemma, frozenset(agent)))
    for j, lemma in sorted(lemma_at.items()):
        # "Netscape made two announcements": Netscape announced (a light verb and its noun;
        # "made" is a function word, so it has no lemma of its own)
        light = [i for i in range(max(0, j - 3), j) if key(words[i]) in _LIGHT_FORMS
                 and clause[i] == clause[j]]
        before = [sp for sp in spans if light and sp[-1] < light[0] and clause[sp[-1]] == clause[j]]
        if lemma in NOMINALS[lang] and before:
            sure = all(key(w) in _BETWEEN or key(w).endswith("ly")
                       for w in words[before[-1][-1] + 1:light[0]])
            frames.append(Frame(NOMINALS[lang][lemma], frozenset(name_at[k] for k in before[-1]),
                                frozenset(), sure, facts.get(clause[j], frozenset())))
    return frames, predicates


_LIGHT_FORMS = frozenset(["made", "makes", "make", "gave", "gives", "give", "issued", "issues"])
_BE = frozenset(["was", "were", "is", "are", "be", "been", "being"])


def _participle(word: str, lemma: str) -> bool:
    """A past participle, as far as the form shows: "promoted", or irregular ("paid", "taken")."""
    low = key(word)
    return low.endswith(("ed", "en")) or (lemma != low and not low.endswith("s"))


def _bracketed(text: str, found) -> list[list[int]]:
    """The indices of the words written inside each pair of round brackets."""
    depth, groups, last = 0, [], 0
    for i, m in enumerate(found):
        gap = text[last:m.start()]
        opened = depth
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth:
            if not opened or "(" in gap or ")" in gap or not groups:
                groups.append([])
            groups[-1].append(i)
        last = m.end()
    return groups


def _possessor(text: str, found, j: int, between: list[str]) -> bool:
    """The name at word ``j`` owns a noun between it and the verb ("Mozilla's revenue comes")."""
    word = found[j].group(0)
    return bool(between) and (word.endswith(("'s", "’s")) or text[found[j].end():].startswith(
        ("'s", "’s", "'", "’"))) and between[0] not in _BETWEEN


def _parts(text: str, lang: str, with_counts: bool = False) -> tuple[frozenset[str], ...]:
    """Content items per clause, a clause being a stretch between commas, semicolons, "and",
    "who", "which" (no parse); ``with_counts``: number words too ("six months" → "6~month")."""
    import simplemma

    fw = function_words(lang)
    found = []
    for part in re.split(_COMMA + r"|[;:]|\b(?:and|but|while|who|which|that|et|mais|qui)\b",
                         text):
        ws = _WORD.findall(part)
        items = {"name:" + key(bare(w)) for k, w in enumerate(ws) if is_name(w, False, lang)}
        items |= {"w:" + key(simplemma.lemmatize(w.lower(), lang=lang)) for w in ws
                  if key(w) not in fw and len(w) > 2 and not w[0].isdigit()
                  and not is_name(w, False, lang)}
        items |= {fact for _, fact in fact_keys(part, lang)}
        if with_counts:
            items |= {"number:" + value for w in ws
                      if (value := counted(w, "", lang)) is not None}
        if items:
            found.append(frozenset(items))
    return tuple(found)


def _speakers(text: str, words, name_at, lemma_at, lang: str) -> tuple[frozenset[str], ...]:
    """"according to X" / "selon X": the words after it up to the next comma-free stretch of
    four; "X said/announced that …" or "…, X said": the name or noun just before the verb."""
    import simplemma

    from seo_kit.score.grounding.claims import SELON, is_reporting

    found = []
    fw = function_words(lang)
    for match in re.finditer(r"\b(?:according to|selon|d['’]apr[eè]s)\s+([^,;.:]+)", text,
                             re.IGNORECASE):
        span = _WORD.findall(match.group(1))[:5]
        found.append(frozenset(key(bare(w)) if is_name(w, False, lang) else
                               key(simplemma.lemmatize(w.lower(), lang=lang)) for w in span
                               if key(w) not in fw and len(w) > 1))
    for i, w in enumerate(words):
        if key(w) in SELON[lang]:
            continue
        # "said" and "says" are function words (Yoast's list): no lemma, yet they report speech
        verb = lemma_at.get(i) or ("say" if key(w) in _SAID else "")
        if verb and is_reporting(verb, lang) and i > 0:
            j = i - 1
            while j >= 0 and key(words[j]) in fw:
                if lang == "en" and key(words[j]) in COORDINATORS:
                    # "Opponents saw …, and felt … the actions of Mozilla and suspected that
                    # …": a coordinated verb's speaker is the sentence's subject (before its
                    # first verb), not the name before "and"
                    first = min((k for k, lem in lemma_at.items()
                                 if verb_like(k, words, lem, lang)), default=0)
                    j = first - 1
                    while j >= 0 and key(words[j]) in fw:
                        j -= 1
                    break
                j -= 1
            if j >= 0 and (j in name_at or j in lemma_at):
                run = {name_at[k] for k in range(max(0, j - 3), j + 1) if k in name_at}
                found.append(frozenset(run or {lemma_at[j]}))
            elif i + 1 in name_at:  # "…, said Brendan Eich"
                found.append(frozenset(name_at[k] for k in range(i + 1, i + 4) if k in name_at))
    return tuple(s for s in found if s)


def _modal(words, lemma_at, lang: str) -> frozenset[str]:
    """Lemmas up to three words after a verb of intent or possibility ("plans to build",
    "could fund") or a hedge ("alleged", "potential")."""
    from seo_kit.score.grounding.claims import HEDGES, INTENT

    within: set[int] = set()
    for i, w in enumerate(words):
        low = key(w)
        lemma = lemma_at.get(i, low)
        if lemma in INTENT[lang] or low in INTENT[lang] or lemma in HEDGES[lang]:
            within |= {j for j in range(i + 1, i + 4) if j in lemma_at}

    # a word the sentence also states outside such a stretch is stated as done there ("can
    # hold 4.5 million samples, and it held 1.1 million")
    done = {lemma_at[j] for j in lemma_at if j not in within}
    return frozenset(lemma_at[j] for j in within) - done
