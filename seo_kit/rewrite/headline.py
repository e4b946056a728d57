"""Headlines built from a sentence without a model: its main clause, in the present tense.

A French news heading says what its section says in a short clause in the present ("Lavrov
arrive en Corée du Nord", "Poutine accepte une invitation de Kim"): subject, verb, object. Built
from a grounded sentence of the section, it can only say what the sentence says; it is never the
sentence's first words (the verb changes tense, a title before the name goes), and it is never a
concatenation of names ("Lavrov et Russie", issue #11). ``headlines`` gives the candidates of one
sentence, longest first; the caller keeps one that passes the heading rules and the strict gate
(seo_kit.rewrite.heading_rules), so a wrong parse costs a candidate, never a false heading.

The clause is read with patterns on the passé composé and plus-que-parfait (auxiliary + past
participle, the tenses of news reporting) and spaCy's lemma of the participle (the pipeline the
grounding check loads); the present is conjugated by the rules of the Bescherelle (groups 1–3, the
spelling changes of -eler/-eter/-e·er/-é·er/-yer verbs, a table of irregular verbs). A verb the
rules do not know gives no candidate. English: none yet (no English pipeline is installed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["MAX_HEADLINE_CHARS", "headlines", "main_subject", "present"]

MAX_HEADLINE_CHARS = 70  # issue #11: a heading ≤ 70 characters
_AUX = {"a": False, "avait": False, "ont": True, "avaient": True,
        "est": False, "était": False, "sont": True, "étaient": True}
# Verbs conjugated with "être" in the passé composé; any other "est + participle" is a passive.
_ETRE = {"aller", "arriver", "venir", "devenir", "revenir", "parvenir", "partir", "repartir",
         "rester", "retourner", "tomber", "entrer", "rentrer", "sortir", "naître", "mourir",
         "monter", "descendre", "passer", "décéder", "intervenir", "survenir"}
# Third person present (singular, plural) of the irregular verbs news report with.
_IRREGULAR = {
    "être": ("est", "sont"), "avoir": ("a", "ont"), "aller": ("va", "vont"),
    "faire": ("fait", "font"), "dire": ("dit", "disent"), "prendre": ("prend", "prennent"),
    "mettre": ("met", "mettent"), "venir": ("vient", "viennent"), "tenir": ("tient", "tiennent"),
    "pouvoir": ("peut", "peuvent"), "vouloir": ("veut", "veulent"), "devoir": ("doit", "doivent"),
    "voir": ("voit", "voient"), "savoir": ("sait", "savent"), "recevoir": ("reçoit", "reçoivent"),
    "partir": ("part", "partent"), "sortir": ("sort", "sortent"), "servir": ("sert", "servent"),
    "ouvrir": ("ouvre", "ouvrent"), "offrir": ("offre", "offrent"), "couvrir": ("couvre", "couvrent"),
    "écrire": ("écrit", "écrivent"), "lire": ("lit", "lisent"), "conduire": ("conduit", "conduisent"),
    "produire": ("produit", "produisent"), "construire": ("construit", "construisent"),
    "réduire": ("réduit", "réduisent"), "craindre": ("craint", "craignent"),
    "atteindre": ("atteint", "atteignent"), "joindre": ("joint", "joignent"),
    "vivre": ("vit", "vivent"), "suivre": ("suit", "suivent"), "naître": ("naît", "naissent"),
    "mourir": ("meurt", "meurent"), "courir": ("court", "courent"),
    "connaître": ("connaît", "connaissent"), "paraître": ("paraît", "paraissent"),
    "battre": ("bat", "battent"), "rompre": ("rompt", "rompent"), "croire": ("croit", "croient"),
    "fuir": ("fuit", "fuient"), "conclure": ("conclut", "concluent"),
    "exclure": ("exclut", "excluent"), "résoudre": ("résout", "résolvent"),
    "accueillir": ("accueille", "accueillent"), "sentir": ("sent", "sentent"),
    "mentir": ("ment", "mentent"), "dormir": ("dort", "dorment"), "vaincre": ("vainc", "vainquent"),
}
# Verbs of saying: the headline is what was said, not that it was ("La Maison Blanche déclare").
_SPEECH = {"déclarer", "affirmer", "dire", "annoncer", "estimer", "penser", "indiquer",
           "rapporter", "ajouter", "expliquer", "souligner", "assurer", "préciser", "croire"}
# Lower-case words that may open the subject of a clause after a comma ("…, la Russie et…").
_OPENERS = {"le", "la", "les", "l’", "l'"}
_DETERMINERS = {"Le", "La", "Les", "L’", "L'"}
# Subjects that are no headline's: a pronoun or an indefinite ("Il", "Des experts").
_PRONOUNS = {"il", "elle", "ils", "elles", "on", "ce", "cela", "ceci", "celui", "celle", "ceux",
             "un", "une", "des"}
_SMALL = {"de", "du", "des", "la", "le", "les", "à", "au", "aux", "avec", "en", "et", "par",
          "pour", "sur", "entre", "contre", "chez", "sans", "vers", "dans"}
_PREFIXES = ("re", "ré", "com", "ap", "sur", "entre", "per", "pro", "ad", "sou", "ob", "con",
             "de", "dé", "pré", "main", "re", "dis", "ap", "trans", "inter", "sou", "par",
             "con", "dé", "r", "at", "ab")
_DOUBLE = {"appeler", "rappeler", "épeler", "renouveler", "jeter", "projeter", "rejeter",
           "interpeller", "feuilleter"}
_SECOND_GROUP_NOT = {"partir", "sortir", "servir", "sentir", "mentir", "dormir", "ouvrir", "offrir",
                     "couvrir", "venir", "tenir", "courir", "mourir", "fuir", "accueillir"}
# Where the main clause ends: a comma, a relative or subordinate clause, a source ("selon"), a
# purpose ("pour", "afin"), a second verb ("et a inspecté").
_CLAUSE_END = re.compile(
    r"\s*[,;:(«—–]|\s(?:selon|lorsqu[’']?|quand|qui|que|qu[’']|dont|où|afin|mais|car|tandis|"
    r"alors|pour\s+(?:\w+er|\w+ir|\w+re|[ld]es?|se|s[’'])|avant|après|depuis que|dans lesquel\w*|"
    r"auxquel\w*|lequel|laquelle)\b|"
    r"\set\s+(?:a|ont|est|sont|avait|avaient|\w+(?:é|és|ée|ées|i|is|u|us|it))\b")
_ADVERB = re.compile(r"^(?:\w+ment|déjà|aussi|encore|toujours|enfin|ensuite|bien|alors|"
                     r"ainsi|même)$")
# The news day, dropped from a headline ("Lavrov arrive mercredi en Corée du Nord" → "Lavrov
# arrive en Corée du Nord"); any other time stays (a present-tense headline without its date
# would say a past event is happening now).
_NEWS_DAY = re.compile(r"\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                       r"le mois dernier|la semaine dernière|plus tôt dans la semaine)\b")
_TIME = re.compile(r"\d|\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                   r"octobre|novembre|décembre|pendant|depuis|jusqu|décennies?|années?|ans|"
                   r"siècles?|mois|semaines?|jours?|autrefois|jadis|dernière fois)\b")
# Where a long clause may be cut: before a preposition that opens a complement.
_COMPLEMENT = re.compile(r"\s(?=(?:en|à|au|aux|dans|lors|avec|sur|vers|entre|pendant|chez|"
                         r"contre|par)\s)")


def _stem_changed(stem: str, lemma: str) -> str:
    """The stem of a 1st-group verb before a mute ending: appelle, lève, cède, envoie."""
    if lemma in _DOUBLE or lemma.endswith(("peler", "jeter")):
        return stem + stem[-1]
    if stem.endswith(("oy", "uy")):
        return stem[:-1] + "i"
    changed = re.sub(r"[eé]([^aeiouyéèêàâîôû]{1,2})$", r"è\1", stem)
    if changed != stem and not re.search(r"[eé](?:[^aeiouyéèêàâîôû]{2})$", stem[-3:]) \
            or re.search(r"é[^aeiouyéèêàâîôû]$", stem) or re.search(r"é(?:[bcdgptv][lr])$", stem):
        return changed
    return stem


def present(lemma: str, *, plural: bool) -> str | None:
    """The third person present of ``lemma`` ("arriver" → "arrive"/"arrivent", "rendre" →
    "rend", "appeler" → "appelle", "céder" → "cède"); None for a verb the rules do not cover."""
    for prefix in ("", *sorted(set(_PREFIXES), key=len, reverse=True)):
        base = lemma[len(prefix):] if prefix and lemma.startswith(prefix) else None
        if prefix == "" and lemma in _IRREGULAR:
            return _IRREGULAR[lemma][plural]
        if base and base in _IRREGULAR and base not in ("être", "avoir", "aller"):
            return prefix + _IRREGULAR[base][plural]
    if lemma.endswith("er") and len(lemma) > 3:
        stem = _stem_changed(lemma[:-2], lemma)
        return stem + ("ent" if plural else "e")
    if lemma.endswith("ir") and lemma not in _SECOND_GROUP_NOT and len(lemma) > 3:
        return lemma[:-2] + ("issent" if plural else "it")  # finir → finit, finissent
    if lemma.endswith(("endre", "ondre", "erdre", "ordre", "andre")):
        return lemma[:-2] + ("ent" if plural else "")  # rendre → rend, rendent
    return None


@lru_cache(maxsize=512)
def _lemma(participle: str, auxiliary: str) -> str | None:
    from seo_kit.score.grounding.analysis import _pipeline

    nlp = _pipeline("fr")
    if nlp is None:
        return None
    for token in nlp(f"il {auxiliary} {participle}"):
        if token.text == participle and token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower()
    return None


_CLAUSE = re.compile(
    r"^(?P<subject>[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][^,;:]*?)\s+(?P<reflexive>s[’']|se\s+)?"
    r"(?P<aux>a|ont|est|sont|avait|avaient|était|étaient)\s+(?:(?P<adverb>\w+)\s+)??"
    r"(?P<participle>[a-zà-öø-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|"
    r"ort|orte|int|inte|aint|eint|oint))(?P<rest>(?:\s.*)?)$")


def _subjects(subject: str, names: Sequence[str], keyphrase: str | None) -> list[str]:
    """The subject as it may stand in a headline: the name that ends it without the title
    before it ("Le ministre russe … Sergueï Lavrov" → "Sergueï Lavrov"), the keyphrase alone when
    it is that name's last word ("Lavrov"); the subject itself when it is short (6 words, or
    50 characters: "Les relations entre la Russie et la Corée du Nord")."""
    words = subject.split()
    if words[0].lower() in _PRONOUNS:
        return []
    out = []
    for name in sorted(names, key=len, reverse=True):
        before = subject[:len(subject) - len(name)].split()
        # a title in apposition ("ministre … étrangères Sergueï Lavrov", "président Vladimir
        # Poutine"), not a complement ("…avec l'Ukraine", "…de Kim")
        if subject.endswith(name) and (not before or (
                before[-1][-1].isalpha() and before[-1].lower() not in _SMALL)):
            out.append(name)
            if keyphrase and name != keyphrase and name.endswith(f" {keyphrase}"):
                out.insert(0, keyphrase)
            break
    if (len(words) <= 6 or len(subject) <= 50) and subject not in out:
        out.append(subject)
    return out


def headlines(sentence: str, *, names: Sequence[str] = (), keyphrase: str | None = None,
              limit: int = MAX_HEADLINE_CHARS, common: frozenset[str] = frozenset(),
              dated_past: bool = False) -> list[str]:
    """Present-tense main clauses of ``sentence`` (French), each ≤ ``limit`` characters, longest
    first for each subject form, the keyphrase-led ones first: "Le ministre … Sergueï Lavrov est
    arrivé mercredi en Corée du Nord, selon…" → ["Lavrov arrive mercredi en Corée du Nord",
    "Sergueï Lavrov arrive mercredi en Corée du Nord", …]. Empty when no clause is read.
    ``dated_past``: a clause that holds a time (``_TIME``) keeps the verb as ``sentence`` writes
    it, for a sentence rather than a title (a list of key facts): "Lavrov s’est rendu … en 2018",
    never "Lavrov se rend … en 2018", which tells a dated past event in the present."""
    out: list[str] = []
    segments = re.split(r",\s+", sentence.strip().rstrip(".!?"))
    speaker = None  # who said the clause: "Selon la Maison Blanche, la Corée du Nord livre…"
    while segments:
        segment = segments.pop(0).strip()
        if not segment or (segment[0].islower() and segment.split()[0] not in _OPENERS):
            continue
        from seo_kit.rewrite.heading_rules import opens_subordinate

        if opens_subordinate(segment, "fr"):  # "Alors que l'arbitre avait accordé…": no main clause
            continue
        match = _CLAUSE.match(segment)
        if match:
            clause = _compound(match, segment)
        else:  # a simple tense: "Les relations … remontent à 1948", "Lavrov doit rencontrer…"
            from seo_kit.rewrite.finite import finite_clause

            clause = finite_clause(segment, present)
        if clause is None:
            continue
        subject_text, verb, lemma, rest_text = clause
        # the verb as the sentence writes it ("s’est rendu", "imposait"): between its subject
        # (a prefix of the segment) and the rest (a suffix)
        written = segment[len(subject_text):len(segment) - len(rest_text)].strip() \
            if segment.startswith(subject_text) and segment.endswith(rest_text) else verb
        if lemma in _SPEECH:  # "X a déclaré que Y avait livré…": Y's clause, said by X
            said = re.split(r"\bqu(?:e\s+|[’'])", rest_text, maxsplit=1)
            speakers = _subjects(subject_text.strip(), names, None)
            if len(said) == 2 and not out and speakers and not speaker:
                segments, speaker = [said[1]], speakers[0]
            continue
        rest = _CLAUSE_END.split(rest_text, maxsplit=1)[0]
        rest = _trimmed(_NEWS_DAY.sub("", rest).strip())
        # shorter: cut before a complement, never losing a time (see _TIME), never to one word
        cuts = [rest, *(rest[:m.start()] for m in reversed(list(_COMPLEMENT.finditer(rest)))
                        if not _TIME.search(rest[m.start():]) and len(rest[:m.start()].split()) >= 2)]
        # before cutting a complement, the title before a name goes ("accompagne le président
        # Vladimir Poutine lors d'une visite à Pékin" → "accompagne Vladimir Poutine lors…")
        untitled = _untitled(rest, names)
        if untitled != rest:
            cuts.insert(1, untitled)
        cuts = [c for c in cuts if c]  # never a verb without its complement
        said_by = f"Selon {speaker[0].lower() if speaker.split()[0] in _DETERMINERS else speaker[0]}" \
            f"{speaker[1:]}, " if speaker else ""
        subjects = _subjects(subject_text.strip(), names, keyphrase)
        if not subjects and subject_text.split()[0].lower() not in _PRONOUNS:
            subjects = [subject_text.strip()]  # a long one: only its shortened forms fit
        def tensed(tail: str, written: str = written, verb: str = verb) -> str:  # dated_past
            return written if dated_past and _TIME.search(tail) else verb

        for subject in subjects:
            if said_by:
                subject = subject[0].lower() + subject[1:] if subject.split()[0] in \
                    _DETERMINERS else subject
            whole = [f"{said_by}{subject} {tensed(tail)} {tail}".strip() for tail in cuts]
            fits = [t for t in whole if len(t) <= limit]
            if not fits and cuts:  # too long: cut at the parse's boundaries (.shorten)
                from seo_kit.rewrite.shorten import shortened

                fits = [f"{said_by}{form}" for form in shortened(
                    f"{subject} {tensed(cuts[0])} {cuts[0]}", limit - len(said_by),
                    verb=tensed(cuts[0]), names=tuple(names), common=common)]
            for text in fits[:1] if fits and len(fits[0]) <= limit and fits[0] in whole \
                    else fits:
                if text not in out:
                    out.append(text[0].upper() + text[1:])
        break  # the main clause only: the first segment that has one
    if keyphrase:
        out.sort(key=lambda h: not h.startswith(keyphrase))
    return out


def _compound(match: re.Match, segment: str) -> tuple[str, str, str, str] | None:
    """(subject, present verb, lemma, rest) of a clause in the passé composé or the
    plus-que-parfait (``_CLAUSE``); None for a passive, a denial, "alors" (the time is in
    another sentence) or a verb the rules cannot conjugate."""
    aux, participle = match["aux"], match["participle"]
    adverb = match["adverb"]
    if adverb and not _ADVERB.match(adverb) or adverb == "alors":
        return None  # "a été nommé" (passive), "n'a pas"…: not a plain clause
    if adverb in ("pas", "jamais", "plus", "rien", "été") or "n’" in segment[:match.start("aux")] \
            or "n'" in segment[:match.start("aux")]:
        return None
    lemma = _lemma(participle, aux)
    if not lemma or lemma in ("être", "avoir"):
        return None
    if aux in ("est", "sont", "était", "étaient") and not match["reflexive"] \
            and lemma not in _ETRE:
        return None  # a passive ("est considéré"): not the subject's action
    verb = present(lemma, plural=_AUX[aux])
    if not verb:
        return None
    if match["reflexive"]:
        verb = f"s’{verb}" if verb[0] in "aeiouéèêhâîô" else f"se {verb}"
    return match["subject"], verb, lemma, match["rest"]


_NOT_SMALL = r"(?!(?:" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r")\s)"


def _untitled(text: str, names: Sequence[str]) -> str:
    """``text`` with the title before each name dropped: "le président Vladimir Poutine" →
    "Vladimir Poutine", "le ministre nord-coréen des Affaires étrangères Choe Son Hui" → "Choe
    Son Hui" (a determiner, then lower-case words or "des Affaires étrangères"-like runs)."""
    for name in sorted(names, key=len, reverse=True):
        if len(name.split()) < 2:  # a whole name only: "le président Poutine" may be a title
            continue
        text = re.sub(r"\b(?:le|la|les|l[’'])\s*(?:" + _NOT_SMALL + r"[a-zà-öø-ÿ-]+\s+|"
                      r"(?:des|du|de la|de)\s+"
                      r"[A-ZÀ-Ö][\w-]*\s+(?:[a-zà-öø-ÿ-]+\s+)?){1,6}(?=" + re.escape(name) + r"\b)",
                      "", text)
    return text


def _trimmed(rest: str) -> str:
    """``rest`` without the function words a cut left at its end ("… nucléaires et à ce" of
    "… et à ce que son pays joue…" → "… nucléaires"): a heading never ends on one."""
    from seo_kit.score.matching import function_words

    small = function_words("fr")
    words = rest.split()
    while words and (words[-1].lower() in small or words[-1].endswith(("’", "'"))):
        words.pop()
    return " ".join(words)


def main_subject(sentence: str, *, names: Sequence[str] = ()) -> str | None:
    """The subject of ``sentence``'s main clause (the first comma-separated segment that reads
    as subject + auxiliary + participle), a title before its name dropped ("Le ministre …
    Sergueï Lavrov" → "Sergueï Lavrov"); None when none is read or it is a pronoun."""
    for segment in re.split(r",\s+", sentence.strip().rstrip(".!?")):
        match = _CLAUSE.match(segment.strip())
        if match and (segment[0].isupper() or segment.split()[0] in _OPENERS):
            subjects = _subjects(match["subject"].strip(), names, None)
            return subjects[0] if subjects else None
    return None
