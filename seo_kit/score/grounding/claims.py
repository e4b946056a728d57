"""What a parsed sentence claims beyond who does what: its content words clause by clause, who
is reported as saying it (the speaker), and which of its predicates it states as not (yet) done.

- **parts**: the content items of each clause (``"w:<lemma>"`` for a content word, fact keys
  for names, numbers and dates), a clause being a verb heading ROOT, conj, ccomp, advcl,
  parataxis, a relative clause or a clausal subject; an infinitive completing a verb (xcomp)
  belongs to that verb's clause ("cherchaient à conclure des accords" is one claim).
- **speakers**: one set of folded keys per speaker: the subject of a reporting verb (the "dire"
  family of ``verbs``, the stance verbs "penser", "estimer" …) that introduces a clause or
  follows one ("…, a rapporté l'agence"), and the complement of "selon" / "d'après" /
  "according to". Keys are its names and nouns ("gouvernement", "kirby").
- **modal**: lemmas of verbs and nouns stated as intended, sought, planned, possible, future,
  rumoured or alleged, not as done: an infinitive under a verb of intent or possibility
  (``INTENT``: "cherchaient à conclure"), a verb in the conditional or the future ("serait
  envisagé", "seront assurées"), a word under a noun of plan or rumour ("spéculations sur un
  éventuel projet") or qualified by a hedge ("éventuel", "présumé").

The word tables are written for news prose (French grammars' "semi-auxiliaires" of aspect and
modality, Grevisse §818–821, and their English equivalents) and checked on the dev split of
bench/data/grounding_eval.tsv.
"""

from __future__ import annotations

from seo_kit.score.grounding.cues import TITLES
from seo_kit.score.grounding.tokens import future_stem_form, moods, verb_lemma
from seo_kit.score.grounding.verbs import EXHORT, families, verb_reading
from seo_kit.score.grounding.words import key

__all__ = ["HEDGES", "INTENT", "QUOTING", "REPORTING", "is_reporting", "modal_lemmas", "parts",
           "speakers"]

# Verbs whose infinitive complement is intended, sought, planned or possible, not done.
INTENT = {
    "fr": frozenset(["chercher", "rechercher", "tenter", "essayer", "vouloir", "souhaiter", "esperer", "envisager", "prevoir", "projeter", "compter", "viser", "pouvoir", "devoir", "menacer", "promettre", "proposer", "planifier", "preparer", "negocier", "aspirer", "ambitionner", "tacher", "s'efforcer", "efforcer", "desirer", "risquer", "militer", "appeler", "demander", "accepter", "decider", "engager",
                     "convenir", "plaider", "reclamer", "exiger", "proner", "preconiser",
                     "recommander"]) | EXHORT["fr"],
    "en": frozenset(["seek", "try", "attempt", "want", "wish", "hope", "plan", "intend", "aim", "expect", "propose", "promise", "threaten", "consider", "could", "may", "might", "would", "should", "will", "can", "must", "need", "prepare", "negotiate"]),
}
# Nouns and adjectives that present what hangs on them as planned, possible or rumoured.
HEDGES = {
    "fr": frozenset(["projet", "plan", "intention", "volonte", "possibilite", "speculation", "speculations", "rumeur", "rumeurs", "hypothese", "perspective", "promesse", "tentative", "proposition", "objectif", "espoir", "eventuel", "eventuelle", "probable", "possible", "presume", "presumee", "suppose", "supposee", "hypothetique", "pretendu", "pretendue", "soupcon", "soupcons", "allegation", "allegations", "tel",
                     "pretendument", "supposement"]),
    "en": frozenset(["plan", "plans", "project", "intention", "prospect", "possibility", "speculation", "rumour", "rumor", "rumours", "rumors", "hypothesis", "promise", "attempt", "proposal", "aim", "goal", "hope", "possible", "potential", "probable", "alleged", "supposed", "purported", "likely",
                     "reportedly", "allegedly", "supposedly", "purportedly"]),
}
# Reporting verbs: the "dire" and "penser" families of verbs.py, plus these.
REPORTING = {
    "fr": frozenset(["dire", "declarer", "affirmer", "annoncer", "indiquer", "preciser", "ajouter", "expliquer", "rapporter", "souligner", "assurer", "confirmer", "estimer", "penser", "croire", "juger", "considerer", "reaffirmer", "pretendre", "soutenir", "temoigner", "raconter", "signaler", "rappeler", "ecrire",
                     "reconnaitre", "admettre", "avertir"]),
    "en": frozenset(["say", "state", "announce", "note", "report", "claim", "add", "explain", "tell", "believe", "think", "assert", "insist", "confirm", "reaffirm", "write", "argue",
                     "acknowledge", "admit", "stress", "warn", "emphasize", "emphasise",
                     # stance verbs, as French "penser … craindre" (verbs.py's family)
                     "fear", "suspect", "suppose", "estimate", "worry", "predict"]),
}
# Verbs that report speech only before or after a quotation ("a répondu : « … »", "», lâcha-t-il"):
# "lancer" and "conclure" say other things elsewhere.
QUOTING = {"fr": frozenset(["repondre", "lacher", "lancer", "conclure", "exclamer", "s'exclamer",
                            "ajouter", "rappeler", "insister", "commenter", "plaisanter",
                            "ironiser", "tonner", "avertir", "reconnaitre"]),
           "en": frozenset(["reply", "answer", "respond", "exclaim", "conclude", "add",
                            "remark", "joke", "warn", "acknowledge", "admit"])}
_QUOTE_MARKS = frozenset([":", "«", "»", "“", "”", '"'])
SELON = {"fr": ("selon", "apres"), "en": ("according",)}
_SELON_FORMS = frozenset(["selon", "après", "apres", "according"])
# Verbs whose object noun of action is discussed or requested, not done ("discuter du
# renforcement", "appeler à une augmentation"); not "accepter une invitation" (it was made).
DISCUSS = {"fr": frozenset(["discuter", "negocier", "evoquer", "debattre", "examiner", "etudier", "appeler", "plaider", "demander", "reclamer", "exiger", "proner", "preconiser", "recommander", "proposer", "envisager", "prevoir"]) | EXHORT["fr"],
           "en": frozenset(["discuss", "negotiate", "consider", "debate", "call", "urge", "demand", "request", "propose", "plan"])}
# Verbs whose object exists only once they are done ("conclure des accords").
CREATION = {"fr": frozenset(["conclure", "signer", "obtenir", "construire", "creer", "fonder",
                             "etablir", "acheter", "acquerir", "developper", "produire",
                             "fabriquer", "batir", "former"]),
            "en": frozenset(["conclude", "sign", "obtain", "build", "create", "found",
                             "establish", "buy", "acquire", "develop", "produce", "make"])}
_FUTURE = ("ront", "rons", "rez", "rait", "raient", "rions", "riez")
_ACTION_NOUN = ("ment", "tion", "sion", "age")
_CLAUSE = ("ROOT", "conj", "ccomp", "advcl", "parataxis", "acl:relcl", "csubj")
_CONTENT = {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"}


def is_reporting(lemma: str, lang: str) -> bool:
    """A verb that reports speech or belief ("affirmer", "said", "estimer")."""
    say = families("dire" if lang == "fr" else "say", lang)
    return lemma in REPORTING[lang] or bool(families(lemma, lang) & say)


def _clause_head(token):
    """The verb heading the clause ``token`` belongs to (the root when none)."""
    t, hops = token, 0
    while hops < 20:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE:
            return t
        if t.head.i == t.i:
            return t
        t, hops = t.head, hops + 1
    return t


def parts(tokens, keyed: dict[int, set[str]], content: dict[int, str]) -> tuple[frozenset, ...]:
    """Content items grouped by clause: ``content`` maps token index → content lemma,
    ``keyed`` token index → its fact keys (names, numbers, dates)."""
    by_index = {t.i: t for t in tokens}
    groups: dict[int, set[str]] = {}
    for i in set(keyed) | set(content):
        head = _clause_head(by_index[i]).i
        groups.setdefault(head, set()).update(keyed.get(i, ()))
        if i in content:
            groups[head].add("w:" + content[i])
    return tuple(frozenset(g) for _, g in sorted(groups.items()) if g)


def _span_keys(token, name_of, fw) -> frozenset[str]:
    """Names and nouns of the noun phrase ``token`` heads (no clauses): who a speaker is."""
    found, stack = set(), [token]
    while stack:
        t = stack.pop()
        if t.i in name_of:
            found.add(name_of[t.i])
        elif t.pos_ in ("NOUN", "PROPN") and key(t.lemma_) not in fw:
            found.add(key(t.lemma_))
        stack.extend(c for c in t.children if c.dep_.split(":")[0] in
                     ("flat", "appos", "nmod", "compound", "amod", "conj", "fixed"))
    return frozenset(found)


def _named_before(subject, tokens, name_of) -> frozenset[str]:
    """The name just before a speaker's comma ("Lavrov, le porte-parole du Conseil…, a
    déclaré"): the small parser leaves it as a root of its own, yet it names who speaks."""
    by_index = {u.i: u for u in tokens}
    comma = by_index.get(subject.left_edge.i - 1)
    if comma is None or comma.text != ",":
        return frozenset()
    for j in range(comma.i - 1, max(-1, comma.i - 4), -1):
        if j in name_of:
            return frozenset([name_of[j]])
        if j not in by_index or by_index[j].pos_ != "PROPN":
            break
    return frozenset()


# People and bodies whose view a sentence may report ("pour le procureur, …"), besides names.
_VOICES = TITLES["fr"] | frozenset([
    "gouvernement", "federation", "expert", "chercheur", "scientifique", "police", "parquet",
    "analyste", "specialiste", "observateur", "autorite", "media", "agence", "association",
    "syndicat", "auteur", "medecin", "juriste", "economiste", "opposition", "ministere",
    "commission", "conseil", "tribunal", "cour", "justice", "porte-parole"])


def _opening_attribution(tokens, name_of, fw) -> frozenset[str]:
    """"Pour le procureur fédéral, plus de 3 millions d'euros auraient été volés": a sentence
    opening on "Pour" + a person or body + a comma says whose view it is (not "Pour 2013, …",
    "Pour trouver …", "Pour cela, …")."""
    if len(tokens) < 4 or tokens[0].lower_ != "pour":
        return frozenset()
    comma = next((k for k, t in enumerate(tokens[:9]) if t.text == ","), None)
    span = tokens[1:comma] if comma else []
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN") or t.i in name_of), None)
    if head is None or any(t.pos_ in ("VERB", "AUX", "NUM", "PRON") for t in span) or not (
            head.i in name_of or key(head.lemma_) in _VOICES):
        return frozenset()  # "Pour l'authentification, …", "Pour sa guerre en Ukraine, …"
    return frozenset(name_of.get(t.i) or key(t.lemma_) for t in span
                     if (t.i in name_of or t.pos_ in ("NOUN", "PROPN"))
                     and key(t.lemma_) not in fw)


_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on", "he", "she", "they", "it"}


def speakers(tokens, name_of, fw, lang: str) -> tuple[frozenset[str], ...]:
    """One key set per speaker the sentence names (see the module docstring)."""
    found = []
    opening = _opening_attribution(tokens, name_of, fw)
    if opening:
        found.append(opening)
    if not any(t.lower_ in _SELON_FORMS for t in tokens) and not any(
            t.pos_ == "VERB" for t in tokens):
        return tuple(found)
    text_at = {t.i: t.lower_.replace("’", "'") for t in tokens}
    for t in tokens:
        follows = next((u for u in tokens if u.i == t.i + 1), None)
        if t.pos_ != "VERB" and follows is not None and key(follows.text) in ("que", "qu'") and \
                any(c.dep_ == "nsubj" for c in t.children) and \
                (verb_reading(t.text, lang) or key(t.lemma_)) in REPORTING[lang]:
            # a present-tense reporting verb the small parser tags NOUN or ADV ("La police
            # annonce que …", "Les médecins précisent que …"): its subject is the speaker
            found += [_span_keys(c, name_of, fw) for c in t.children if c.dep_ == "nsubj"
                      and c.lower_ not in _SUBJECT_PRONOUNS]
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            cases = {c.lower_.replace("’", "'") for c in t.children
                     if c.dep_ in ("case", "fixed")}
            cases |= {c.lower_ for c in t.children for c in c.children if c.dep_ == "fixed"}
            prev = text_at.get(t.i - 2, "")
            if "selon" in cases or "according" in cases or (
                    cases & {"après", "apres"} and (cases & {"d'", "de"} or prev in ("d'", "de"))):
                found.append(_span_keys(t, name_of, fw))
            continue
        ahead = next((u for u in tokens if u.i > t.i and u.pos_ != "ADV"), None)  # "alors :"
        quoted = ahead is not None and ahead.text in _QUOTE_MARKS or any(
            u.text in _QUOTE_MARKS for u in tokens if t.i - 3 <= u.i < t.i)
        lemma = verb_lemma(t, lang) if t.pos_ == "VERB" else ""
        if lemma in REPORTING[lang] and text_at.get(t.i - 1) == "en" and follows is not None \
                and key(follows.text) in ("que", "qu'") and t.head.i != t.i:
            # a gerund ("… a revu la prévision en affirmant que …"): the main verb's subject
            found += [_span_keys(c, name_of, fw) | _named_before(c, tokens, name_of)
                      for c in t.head.children if c.dep_ == "nsubj"
                      and c.lower_ not in _SUBJECT_PRONOUNS]
            continue
        if not (lemma in REPORTING[lang] or (quoted and lemma in QUOTING[lang])) or not (
                "Fin" in t.morph.get("VerbForm") or any(c.pos_ == "AUX" for c in t.children)):
            continue  # not an infinitive or a bare participle ("…, soulignant le soutien")
        before = [u for u in tokens if t.i - 3 <= u.i < t.i]
        after = [u for u in tokens if u.i > t.i and u.pos_ not in ("DET", "AUX", "PUNCT", "ADV")]
        if any(u.text == "," for u in before) and t.i > 3 and after and (
                after[0].i in name_of or after[0].pos_ in ("NOUN", "PROPN")) and not any(
                u.pos_ == "VERB" for u in after):
            # an incise after the content ("…, ont déclaré les médias d'État"): the small
            # parser hangs its subject anywhere; the words after the verb are the speaker
            found.append(frozenset(
                name_of.get(u.i) or key(u.lemma_) for u in tokens
                if u.i > t.i and (u.i in name_of or u.pos_ in ("NOUN", "PROPN"))
                and key(u.lemma_) not in fw))
            continue
        adverbs = {key(c.text) for c in t.children if c.dep_ == "advmod"}
        restrictive = bool(adverbs & {"ne", "n"}) and not adverbs & {"pas", "plus", "jamais"}
        says = quoted or not restrictive and (  # "ne rapporteront que 3 %": no saying
            any(c.dep_ in ("ccomp", "xcomp") for c in t.children) or (
                follows is not None and key(follows.text) in ("que", "qu'", "that"))
            or t.dep_ == "parataxis" or (t.dep_ == "ROOT" and any(
                c.dep_ == "parataxis" for c in t.children)))
        if not says:
            continue
        for c in t.children:
            if c.dep_ in ("nsubj", "obl:agent") and c.lower_ not in _SUBJECT_PRONOUNS:
                found.append(_span_keys(c, name_of, fw) | _named_before(c, tokens, name_of))
    return tuple(s for s in found if s)


def modal_lemmas(tokens, lang: str) -> frozenset[str]:
    """Lemmas the sentence states as intended, possible, future or rumoured (module docstring)."""
    found = set()
    hedges, intent = HEDGES[lang], INTENT[lang]
    for t in tokens:
        if t.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        lemma = (verb_lemma(t, lang) if t.pos_ == "VERB" else "") or key(t.lemma_)
        if lang == "fr" and t.pos_ != "VERB" and t.lower_.endswith(_FUTURE):
            reading = verb_reading(t.text, lang)  # "bénéficieront" tagged NOUN by the parser
            if reading:
                found.add(reading)
                continue
        if t.pos_ == "NOUN" and lemma.endswith(_ACTION_NOUN) and t.head.pos_ == "VERB" and \
                t.dep_.split(":")[0] in ("obl", "obj", "nmod") and \
                verb_lemma(t.head, lang) in DISCUSS[lang]:
            found.add(lemma)  # "ont discuté du renforcement de leurs liens": not done
            continue
        mood = moods(t, lang) | {m for a in t.children if a.pos_ == "AUX"
                                 for m in moods(a, lang)}
        tenses = set(t.morph.get("Tense")) | {m for a in t.children if a.pos_ == "AUX"
                                              for m in a.morph.get("Tense")}
        bare_infinitive = "Inf" in t.morph.get("VerbForm") and not any(
            c.pos_ == "AUX" for c in t.children)  # an infinitive states nothing as done
        # the small parser tags many conditionals as imperfects ("rapporterait"): the form says
        written = lang == "fr" and (future_stem_form(t.text, t.lemma_) or any(
            c.lower_.endswith(("rait", "raient", "ront", "ra")) for c in t.children
            if c.pos_ == "AUX"))
        if t.pos_ == "VERB" and ("Cnd" in mood or "Fut" in tenses or bare_infinitive
                                 or written):
            found.add(lemma)
            continue
        if t.pos_ == "VERB" and t.dep_ == "ccomp" and t.head.pos_ == "VERB" and \
                verb_lemma(t.head, lang) in intent | DISCUSS[lang]:
            found.add(lemma)  # "a appelé à ce que son pays joue un rôle": a call, not a fact
            continue
        if t.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "que" for c in t.children) \
                and (up := next((a for a in t.ancestors if a.pos_ == "VERB"), None)) is not None \
                and verb_lemma(up, lang) in intent | DISCUSS[lang]:
            found.add(lemma)  # the same call when the parser hangs "que … joue" on a noun
            continue
        if any(key(c.lemma_) in hedges for c in t.children if c.dep_ in ("amod", "advmod")):
            found.add(lemma)
            continue
        # An infinitive under a verb of intent ("cherchaient à conclure"); a word under a noun
        # of plan or rumour ("un projet visant à réapprovisionner"). Not a noun under a verb of
        # intent: "voulait des technologies" states no action of its own.
        head, hops = t, 0
        while head.head.i != head.i and hops < 4:
            dep = head.dep_.split(":")[0]
            if dep not in ("xcomp", "acl", "nmod"):
                break
            head, hops = head.head, hops + 1
            h = (verb_lemma(head, lang) if head.pos_ == "VERB" else "") or key(head.lemma_)
            if (t.pos_ == "VERB" and head.pos_ in ("VERB", "AUX") and h in intent
                    and dep == "xcomp") or (head.pos_ == "NOUN" and h in hedges):
                found.add(lemma)
                break
    return frozenset(found) | _hypothetical(tokens, found, lang)


def _hypothetical(tokens, modal: set[str], lang: str) -> frozenset[str]:
    """Nouns whose existence the sentence does not state: what a sought or planned action would
    create ("cherchaient à conclure des accords": no deal exists yet)."""
    return frozenset(key(t.lemma_) for t in tokens
                     if t.pos_ == "NOUN" and t.dep_ == "obj" and t.head.pos_ == "VERB"
                     and verb_lemma(t.head, lang) in modal & CREATION[lang])

