"""Token-level readings of a spaCy parse that the frames build on: a verb's lemma, runs of names
written together, the whole name an actor is written with, the verbs a sentence denies or
presents as unreal, and the predicates the small parser missed (a verb tagged ADJ).
"""

from __future__ import annotations

from seo_kit.score.grounding.verbs import verb_reading
from seo_kit.score.grounding.words import key

__all__ = ["common_subject", "copula_pronoun", "detached_subjects", "future_stem_form", "modal_form", "moods", "name_run",
           "negated",
           "past_apposition", "preverbal_subjects", "runs", "subject_phrase_names", "verb_lemma", "verbless",
           "whole_name"]

_VERB_ENDINGS = {"fr": ("er", "ir", "re", "oir"), "en": ("",)}


def verb_lemma(verb, lang: str) -> str:
    """The folded lemma of a verb; simplemma's when spaCy's small model gives a non-infinitive
    ("estime" for "estime"); "" when neither looks like a verb."""
    lemma = key(verb.lemma_)
    if lemma.endswith(_VERB_ENDINGS[lang]):
        return lemma
    import simplemma

    lemma = key(simplemma.lemmatize(verb.text.lower(), lang=lang))
    return lemma if lemma.endswith(_VERB_ENDINGS[lang]) else ""


def detached_subjects(verb) -> frozenset[int]:
    """Indices of the verb's ``nsubj`` children that are a detached phrase, not its subject: a
    phrase before a nearer subject, a comma between them ("Commentateur mythique …, avec son
    complice Jean-Michel Larqué, sa disparition a plongé …": the subject is "disparition"; the
    phrase describes someone the sentence does not name)."""
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(before) < 2:
        return frozenset()
    nearest = before[-1]
    return frozenset(c.i for c in before[:-1]
                     if any(t.text == "," for t in verb.doc[c.i:nearest.i]))


def common_subject(verb, name_of) -> bool:
    """The verb's subject is a common noun with no name in its phrase ("sa disparition a
    plongé …"): it names no actor, so no name written before the verb is its agent."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in detached_subjects(verb)
               and not any(t.i in name_of for t in c.subtree) for c in verb.children)


_CLAUSAL = ("acl", "advcl", "xcomp", "ccomp", "csubj", "parataxis")


def subject_phrase_names(verb, name_of) -> list[int]:
    """Indices of the names in the phrase of the verb's common-noun subject, leaving out the
    clauses inside it: "les spéculations sur un projet nord-coréen visant à réapprovisionner
    les munitions russes ont éclaté" → nord-coréen, not "russes" (a name of the clause
    "visant à …", written just before the verb). Empty when the subject is no common noun."""
    found: list[int] = []
    for c in verb.children:
        if c.dep_ != "nsubj" or c.pos_ != "NOUN" or c.i in detached_subjects(verb):
            continue
        stack = [c]
        while stack:
            t = stack.pop()
            if t.i in name_of:
                found.append(t.i)
            stack.extend(k for k in t.children if k.dep_.split(":")[0] not in _CLAUSAL)
    return sorted(found)


_PERSONAL = frozenset(["il", "elle", "ils", "elles", "he", "she", "they"])


def copula_pronoun(tokens, name_of) -> bool:
    """A personal pronoun is the subject of a predicate that is no verb, and no name is written
    before it ("Lors de …, il fut présentateur vedette de Stade 2"): who it is, is said in a
    sentence before."""
    first_name = min(name_of, default=None)
    return any(t.dep_ in ("nsubj", "expl:subj") and t.lower_ in _PERSONAL
               and t.head.pos_ != "VERB" and (first_name is None or t.i < first_name)
               for t in tokens)


def runs(tokens, name_of) -> tuple[frozenset[str], ...]:
    """Runs of two or more adjacent name tokens (a hyphen between them allowed)."""
    found, current = [], set()
    for t in tokens:
        if t.i in name_of:
            current.add(name_of[t.i])
            continue
        if t.text == "-" and current:
            continue
        if len(current) > 1:
            found.append(frozenset(current))
        current = set()
    if len(current) > 1:
        found.append(frozenset(current))
    return tuple(found)


_NEGATIONS = {"pas", "jamais", "plus", "guere", "point", "not", "never", "n't"}
_COUNTERFACTUAL = {"devoir", "pouvoir"}


_WITHOUT = frozenset(["sans", "without"])  # "sans divulguer": the infinitive is denied


def negated(tokens, lang: str) -> frozenset[str]:
    """Lemmas of verbs the sentence denies ("n'a pas été annoncé", "n'a divulgué aucune", "sans
    divulguer") or presents as unreal ("aurait dû se reconstituer": it did not)."""
    found = set()
    for ne in tokens:  # a denied attribute: "ne sont pas moins fertiles", "ne sont plus un …"
        head = ne.head
        if key(ne.text) not in ("ne", "n") or head.pos_ not in ("NOUN", "ADJ", "AUX"):
            continue
        if head.pos_ == "AUX":  # the parse may hang the attribute on the copula
            head = next((c for c in head.children if c.i > head.i and c.pos_ in ("NOUN", "ADJ")
                         and c.dep_ in ("obj", "xcomp", "attr")), None)
        if head is not None:
            found.add(key(head.lemma_))
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        lemma = verb_lemma(verb, lang) or key(verb.lemma_)
        children = list(verb.children)
        if any(c.dep_ == "advmod" and ("Neg" in c.morph.get("Polarity")
                                       or key(c.text) in _NEGATIONS) for c in children) \
                or any(c.dep_ in ("obj", "nsubj") and any(key(d.lemma_) in ("aucun", "nul")
                                                          for d in c.children)
                       for c in children) \
                or any(c.dep_ in ("mark", "case") and key(c.text) in _WITHOUT for c in children):
            found.add(lemma)
        head = verb.head
        if verb.dep_ == "xcomp" and key(head.lemma_) in _COUNTERFACTUAL and any(
                "Cnd" in a.morph.get("Mood") for a in head.children if a.pos_ == "AUX"):
            found.add(lemma)
    return frozenset(found)


def past_apposition(gap: list) -> list:
    """The tokens between a name and its verb, an apposition between commas left out ("Kim Il
    Sung, le dirigeant du pays, a appelé": the name is the subject)."""
    commas = [k for k, t in enumerate(gap) if t.text == ","]
    if len(commas) >= 2 and commas[0] == 0 and not any(t.pos_ in ("VERB", "AUX")
                                                       for t in gap[:commas[-1]]):
        return gap[commas[-1] + 1:]
    return gap


def whole_name(agent: frozenset[str], written: tuple[frozenset[str], ...]) -> frozenset[str]:
    """An agent as the whole name written ("Il Sung" of "Kim Il Sung" → kim, il, sung): the
    runs it shares a token with that no other run of the sentence has (not "Sergueï Lavrov" for
    "Sergueï Choïgu")."""
    whole = set(agent)
    for run in written:
        own = run & agent
        if own and any(not any(t in other for other in written if other != run) for t in own):
            whole |= run
    return frozenset(whole)


def verbless(tokens, name_of, lang: str) -> dict[int, str]:
    """Predicates the small parser missed: in a sentence with no finite verb, a lowercase word
    tagged ADJ or NOUN right after a name whose form is a verb form (``verbs.verb_reading``):
    "Vladimir Poutine inspecte des avions" (``fr_core_news_sm`` tags "inspecte" ADJ).
    Index → the verb's folded lemma."""
    if any(t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") for c in t.children)) for t in tokens):
        return {}  # a finite verb: the parse found the predicate (not "… située à …")
    found = {}
    for k, t in enumerate(tokens[1:], start=1):
        if t.pos_ in ("ADJ", "NOUN") and t.text[:1].islower() and tokens[k - 1].i in name_of:
            lemma = verb_reading(t.text, lang)
            if lemma:
                found[t.i] = lemma
    return found


def modal_form(tokens, i: int) -> bool:
    """A verb form the parser missed that reads as a conditional or a future ("inspecterait")."""
    text = next(t.lower_ for t in tokens if t.i == i)
    return text.endswith(("rait", "raient", "ra", "ront"))


def name_run(index: int, name_of, tokens) -> set[str]:
    """The names of the run of name tokens ending at ``index`` ("Kim Jong-un" → kim, jong, un)."""
    text = {t.i: t.text for t in tokens}
    found, i = set(), index
    while i in name_of or (text.get(i) == "-" and i - 1 in name_of):
        if i in name_of:
            found.add(name_of[i])
        i -= 1
    return found


_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient")


def future_stem_form(form: str, lemma: str) -> bool:
    """A French future or conditional written on the infinitive ("rapporterait", "prendront"),
    which the small parser often tags as an imperfect; not an imperfect ("déclarait")."""
    form, lemma = form.lower(), lemma.lower()
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return lemma.endswith(("er", "ir", "re")) and len(stem) > 3 and form.startswith(stem) \
        and form[len(stem):] in _FUTURE_ENDINGS


_CLITICS = frozenset(["se", "s'", "me", "m'", "te", "t'", "nous", "vous", "le", "la", "l'",
                      "les", "lui", "leur", "y", "en", "ne", "n'"])
_PHRASE_DEPS = ("flat", "nmod", "appos", "amod", "compound", "fixed")


def preverbal_subjects(tokens) -> dict[int, object]:
    """Noun phrases the small parser hung on an earlier clause although they stand right before
    a verb, nothing between them but its clitics and auxiliaries: token index → that verb. In
    "… dans lesquels Choïgu s'est rendu en Corée du Nord en juillet et le dirigeant nord-coréen
    Kim Jong-un s'est rendu en Russie", "le dirigeant …" is parsed as a conjunct of "Nord" (and
    "rendre" given the subject "dernier", far before): by French word order, it is the subject
    of the "s'est rendu" it precedes. A phrase that is already some verb's subject stays."""
    by_index = {t.i: t for t in tokens}
    moved: dict[int, object] = {}
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        j = verb.i - 1
        while j in by_index and by_index[j].head.i == verb.i and (
                by_index[j].pos_ == "AUX" or by_index[j].lower_.replace("’", "'") in _CLITICS):
            j -= 1
        if j == verb.i - 1 or j not in by_index:
            continue  # no auxiliary or clitic between: the parse's reading of a bare verb stands
        head = by_index[j]
        for _ in range(4):  # up the noun phrase: "un" of "Kim Jong-un" → "dirigeant"
            if head.dep_.split(":")[0] not in _PHRASE_DEPS or head.head.i >= verb.i:
                break
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN") or head.dep_.startswith("nsubj") or \
                head.head.i == verb.i or head.head.i >= verb.i or head.dep_ == "ROOT":
            continue
        for t in head.subtree:
            if t.i < verb.i and t.i in by_index:
                moved[t.i] = verb
    return moved


# Every French conditional ends so (Grevisse §794); the small pipeline also tags passés simples
# ("il migra", "ils migrèrent") as conditionals: a form without the ending is not one.
_CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")


def moods(token, lang: str) -> set[str]:
    """The token's Mood features, "Cnd" dropped where the French form is not a conditional."""
    moods = set(token.morph.get("Mood"))
    if lang == "fr" and "Cnd" in moods and not token.lower_.endswith(_CONDITIONAL_ENDINGS):
        moods.discard("Cnd")
    return moods
