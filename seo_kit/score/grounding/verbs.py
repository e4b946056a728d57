"""Verb tables the grounding check reads: which predicates say the same thing, which carry no
claim of their own, and which nouns name an action (a nominal predicate: "l'invitation de Kim").

A predicate of a variant sentence must be in its supporting passage: the same lemma, a word
derived from the same stem ("livrer" / "livraison"), or a verb of the same family below
("fournir" for "livrer", "s'éteindre" for "mourir"). The families group the verbs a news
paraphrase swaps for one another (near-synonyms, and the two sides of one transfer); they are
written for news prose and checked on the dev split of bench/data/grounding_eval.tsv. A verb
that changes what happened ("annuler", "refuser", "vendre" for "livrer") is in no family with it.
Lemmas are folded (no accents, lowercase), as spaCy's French lemmatizer and simplemma give them.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["EVENTS", "EXHORT", "IDIOMS", "LIGHT", "MODALS", "NOMINALS", "OUTCOMES", "RECIPROCAL", "families", "idiom", "verb_held", "verb_reading"]

# Verbs of exhortation: calling on someone to do something ("appeler à", "exhorter à", "inciter
# à", "plaider pour"); one family, and what they introduce is not done (claims.INTENT).
_EXHORT_FR = frozenset(["appeler", "exhorter", "inciter", "enjoindre", "encourager", "pousser",
                        "plaider", "reclamer", "implorer", "adjurer"])
_EXHORT_EN = frozenset(["call", "urge", "exhort", "encourage", "press", "implore"])
EXHORT = {"fr": _EXHORT_FR, "en": _EXHORT_EN}

_FAMILIES = {
    "fr": [
        ("rendre aller venir voyager visiter arriver rejoindre migrer deplacer sejourner retourner "
         "debarquer"),
        "migrer quitter partir demenager",  # leaving: not "arriver" ("a quitté" ≠ "est arrivé")
        "rencontrer entretenir recevoir retrouver discuter reunir voir accueillir",
        ("dire declarer affirmer annoncer indiquer preciser ajouter expliquer rapporter souligner "
        "evoquer parler assurer confirmer noter lancer lacher repondre conclure signaler "
        "rappeler insister citer ecrire publier"),
        "penser estimer croire juger considerer soupconner supposer craindre redouter",
        ("livrer fournir donner envoyer transferer remettre expedier approvisionner "
        "reapprovisionner recevoir procurer"),
        "mourir deceder eteindre disparaitre perir succomber",
        "utiliser servir employer tourner recourir",
        "nommer designer baptiser surnommer appeler",
        "voler derober pirater detourner subtiliser depouiller",
        "recommander conseiller preconiser appeler inviter",
        "nuancer relativiser minimiser temperer",
        "baisser abaisser reduire diminuer revoir",
        "augmenter relever hausser accroitre rehausser",
        "capturer prelever collecter recolter attraper recueillir",
        "installer implanter",
        "associer former rejoindre collaborer",
        "reformer reconstituer reunir ressouder",
        "remporter gagner obtenir",
        "creer fonder etablir lancer",
        "inclure comprendre integrer equiper contenir comporter",
        "prevoir compter envisager projeter",
        "reproduire croiser",
        "sortir publier paraitre lancer arriver",
        "arreter interpeller detenir",
        "remonter dater",
        "montrer reveler prouver demontrer",
        "divulguer devoiler reveler communiquer",
        "envahir invasion",
        " ".join(sorted(_EXHORT_FR)),
        "accepter consentir",
        "demander exiger reclamer inviter",
        "trouver constater decouvrir apercevoir observer",
        "rapporter couter generer",
        "toucher frapper viser concerner porter",
        "chercher rechercher viser tenter essayer",
        "presenter animer",
        "valoir causer provoquer entrainer susciter",
    ],
    "en": [
        "say state announce note report claim add explain tell",
        "resign step quit",
        "come think invent",
        "agree accept consent",
        "give provide supply deliver send",
        "build construct erect construction",
        "pay fund finance",
        "create found establish",
        "promote appoint name",
        "collect gather amass",
        "use employ",
        " ".join(sorted(_EXHORT_EN)),
        "receive get obtain",
    ],
}

# Verbs that carry no claim of their own (auxiliaries, modals, support verbs; "s'inscrire
# dans", "se situer"; "durer", whose claim is its number): never a predicate to look for.
def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


LIGHT = {
    "fr": _set("etre avoir faire pouvoir devoir vouloir falloir sembler paraitre rester "
                    "devenir mettre prendre permettre laisser commencer continuer agir exister "
                    "savoir aller venir tenir inscrire situer figurer durer effectuer"),
    "en": _set("be have do can could may might must shall should will would get make "
                    "take let keep become seem begin continue go"),
}

# Modal and aspectual verbs: their infinitive names the action ("il doit rencontrer Choe": the
# meeting), so who does them is who does the infinitive, compared on the infinitive's own frame
# (a reciprocal "rencontrer" keeps its either-side subject under "devoir"). Part of LIGHT.
MODALS = {
    "fr": _set("pouvoir devoir vouloir falloir sembler paraitre commencer continuer"),
    "en": _set("can could may might must shall should will would seem begin continue"),
}

# Verbs that state an event or a stance of their own: stopping or cancelling, refusing or denying,
# conflict, deals and money, opening or closing, freeing, winning or losing, votes, admissions.
# A sentence that gives one of them to an actor while its passage says no such thing has invented
# what happened ("Lavrov a renoncé …", "X sold …"), even when every name and number is right.
# Other verbs absent from the passage are more often a synonym the tables lack: they only lower
# the sentence's coverage (no_support). Grouped by kind, written for news prose.
EVENTS = {
    "fr": _set(
        "annuler renoncer abandonner suspendre interrompre cesser stopper retirer reporter "
        "ajourner repousser demissionner quitter "
        "refuser rejeter nier dementir decliner contester boycotter "
        "critiquer condamner denoncer menacer attaquer accuser sanctionner bombarder tuer "
        "blesser expulser poursuivre interdire bloquer "
        "vendre acheter signer ratifier payer financer rembourser racheter investir louer "
        "embaucher licencier recruter "
        "fermer elargir agrandir supprimer remplacer detruire construire fusionner privatiser "
        "nationaliser liberer relacher enlever kidnapper "
        "perdre echouer battre vaincre "
        "approuver voter adopter valider autoriser legaliser "
        "avouer admettre regretter excuser"),
    "en": _set(
        "cancel abandon suspend halt stop withdraw postpone delay resign quit leave "
        "refuse reject deny decline oppose boycott "
        "criticize criticise condemn denounce threaten attack accuse sanction ban block sue "
        "fire kill "
        "sell buy acquire sign ratify pay fund repay invest hire "
        "close shut expand replace destroy build merge release free "
        "lose fail defeat "
        "approve vote adopt authorize authorise "
        "admit apologize apologise confess regret"),
}

# Outcome verbs: an event predicate only where the sentence states it as done ("Kim a obtenu
# des technologies" for "Kim recherchait …"); "voulait obtenir" states no outcome.
OUTCOMES = {
    "fr": _set("obtenir conclure reussir parvenir aboutir achever finaliser"),
    "en": _set("obtain achieve succeed complete finalize finalise secure"),
}

# Verbs whose subject and object do the action together ("se rapprocher", "rencontrer"): the
# variant may name either side as the subject.
RECIPROCAL = _set("rencontrer rapprocher entretenir discuter negocier allier associer affronter "
                  "opposer reunir meet discuss negotiate ally")

# Nouns that name an action: their "de X" / "of X" complement is its agent, "à X" / "to X"
# its patient ("l'invitation de Kim à Poutine" = Kim invites Poutine).
NOMINALS = {
    "fr": {"invitation": "inviter", "visite": "visiter", "voyage": "voyager",
           "livraison": "livrer", "annonce": "annoncer", "declaration": "declarer",
           "demande": "demander", "proposition": "proposer", "recommandation": "recommander",
           "nomination": "nommer", "arrestation": "arreter", "decision": "decider",
           "promesse": "promettre", "accusation": "accuser", "attaque": "attaquer",
           "victoire": "gagner", "depart": "partir", "arrivee": "arriver",
           "rencontre": "rencontrer", "critique": "critiquer", "soutien": "soutenir",
           "aide": "aider", "creation": "creer", "demission": "demissionner",
           "invasion": "envahir", "annexion": "annexer", "rachat": "racheter",
           "achat": "acheter", "vente": "vendre", "acquisition": "acquerir",
           "signature": "signer", "election": "elire", "assassinat": "assassiner",
           "meurtre": "tuer", "enlevement": "enlever", "condamnation": "condamner",
           "liberation": "liberer", "lancement": "lancer", "fermeture": "fermer",
           "interdiction": "interdire", "publication": "publier", "destruction": "detruire",
           "construction": "construire", "retrait": "retirer", "licenciement": "licencier"},
    "en": {"invitation": "invite", "visit": "visit", "trip": "travel", "announcement":
           "announce", "promotion": "promote", "resignation": "resign", "donation": "donate",
           "appointment": "appoint", "decision": "decide", "support": "support",
           "invasion": "invade", "annexation": "annex", "acquisition": "acquire",
           "purchase": "purchase", "sale": "sell", "election": "elect", "arrest": "arrest",
           "release": "release", "launch": "launch", "murder": "murder",
           "assassination": "assassinate", "withdrawal": "withdraw"},
}

# Endings a word derived from a verb's stem may take ("livr" + "aison", "inspect" + "ion").
_DERIVED = ("", "e", "es", "s", "ion", "ions", "ation", "ations", "ement", "ements", "age",
            "ateur", "ateurs", "atrice", "ien", "iens",
            "ages", "eur", "eurs", "euse", "ure", "ures", "ance", "ence", "aison", "ant", "ante",
            "ants", "i", "is", "ie", "it", "ite", "ee", "ees", "ed", "ing", "er", "ers", "ment")


@lru_cache(maxsize=4)
def _family_index(lang: str) -> dict[str, frozenset[int]]:
    index: dict[str, set[int]] = {}
    for number, line in enumerate(_FAMILIES[lang]):
        for verb in line.split():
            index.setdefault(verb, set()).add(number)
    return {verb: frozenset(numbers) for verb, numbers in index.items()}


def families(lemma: str, lang: str) -> frozenset[int]:
    """The families ``lemma`` belongs to (numbers into the table above; empty when none)."""
    return _family_index(lang).get(lemma, frozenset())


def _stem(lemma: str, lang: str) -> str:
    endings = ("er", "ir", "re", "oir") if lang == "fr" else ("e",)
    for end in endings:
        if lemma.endswith(end) and len(lemma) - len(end) >= 4:
            return lemma[:-len(end)]
    return lemma


def verb_held(lemma: str, held: frozenset[str], lang: str) -> bool:
    """Is the predicate ``lemma`` said by a passage whose folded lemmas and words are ``held``?
    The same lemma, a word of the same stem with a derivational ending, the noun that names
    its action (``NOMINALS``: "rachat" for "racheter"), or a verb of its family."""
    if lemma in held:
        return True
    stem = _stem(lemma, lang)
    if len(stem) >= 4 and any(w.startswith(stem) and w[len(stem):] in _DERIVED for w in held):
        return True
    # A stem that alternates ("maintenir" / "maintien"): a long shared beginning.
    need = max(5, len(stem) - 2)
    if len(stem) >= 6 and any(len(w) >= need and w[:need] == stem[:need] for w in held):
        return True
    if any(NOMINALS[lang].get(w) == lemma for w in held):
        return True  # "le rachat de Tiffany par LVMH" says "LVMH a racheté Tiffany"
    mine = families(lemma, lang)
    return bool(mine) and any(families(w, lang) & mine for w in held)


@lru_cache(maxsize=4)
def _known_verbs(lang: str) -> frozenset[str]:
    return frozenset(_family_index(lang)) | EVENTS[lang] | frozenset(NOMINALS[lang].values())


# Finite endings of a first-group verb (and -ir/-re in the third person) that a verb form read
# back to its infinitive may have: "rencontre" → "rencontrer", "conclut" → "conclure".
_FINITE = {"fr": (("ent", "er"), ("es", "er"), ("e", "er"), ("ait", "er"), ("aient", "er"),
                  ("it", "ir"), ("issent", "ir"), ("ut", "ure"), ("ent", "re")),
           "en": (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("s", "e"))}


@lru_cache(maxsize=4096)
def verb_reading(form: str, lang: str) -> str:
    """The infinitive a word form reads as when it is a verb form, else "": simplemma's lemma
    when it is an infinitive other than the form itself ("inspecte" → "inspecter"), or a verb of
    the tables above reached by a finite ending ("signe" → "signer", which simplemma reads as
    the noun "signe")."""
    import simplemma

    from seo_kit.score.grounding.words import key

    low = key(form)
    lemma = key(simplemma.lemmatize(form.lower(), lang=lang))
    endings = ("er", "ir", "re", "oir") if lang == "fr" else ("",)
    if lemma != low and lemma.endswith(endings) and lang == "fr":
        return lemma
    known = _known_verbs(lang)
    for end, infinitive in _FINITE[lang]:
        if low.endswith(end) and low[:-len(end)] + infinitive in known:
            return low[:-len(end)] + infinitive
    return ""


# A verb and its object that say one other verb ("perdre la vie" = "mourir"; "prendre part" =
# "participer"): the predicate is that verb, so "a perdu la vie" is held by "s'est éteint" and
# is no event "perdre" the source lacks. (verb, object noun) → verb, folded; French locutions
# verbales of news prose and their English equivalents. Not those of a light verb ("prendre
# part", "faire face"): a light verb states no predicate, and its idiom would add one.
IDIOMS = {
    "fr": {("perdre", "vie"): "mourir", ("trouver", "mort"): "mourir", ("rendre", "ame"): "mourir",
           ("rendre", "visite"): "visiter", ("donner", "accord"): "accepter",
           ("rendre", "hommage"): "saluer", ("porter", "plainte"): "poursuivre"},
    "en": {("lose", "life"): "die", ("pay", "visit"): "visit", ("pay", "tribute"): "honour",
           ("give", "approval"): "approve"},
}


def idiom(verb, lemma: str, lang: str) -> str:
    """The verb a parsed ``verb`` token (folded ``lemma``) and its object say together, or ""."""
    from seo_kit.score.grounding.words import key

    table = IDIOMS.get(lang, {})
    return next((table[(lemma, key(c.lemma_))] for c in verb.children
                 if c.dep_ == "obj" and (lemma, key(c.lemma_)) in table), "")
