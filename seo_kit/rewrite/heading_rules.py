"""Rules a heading must follow (the heading step, seo_kit.rewrite.headings, and restructure's
``checked_headings``): whole, short, distinct, on its section's subject, supported by the source.
``heading_from`` is the claim-free last resort. Split from seo_kit.rewrite.ground (which
re-exports these names) to keep both modules short.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from seo_kit.rewrite.clean import wordless
from seo_kit.text.fold import fold

if TYPE_CHECKING:
    from seo_kit.rewrite.ground import Source

__all__ = ["ALIKE", "MAX_HEADING_CHARS", "checked_headings", "heading_faults", "heading_from",
           "heading_key", "heading_problem"]

MAX_HEADING_CHARS = 70  # issue #11: headings ≤ 70 characters
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def heading_problem(heading: str, body: str, source: Source, *, taken: set[str],
                    passage: str = "", limit: int = MAX_HEADING_CHARS) -> str | None:
    """Why ``heading`` (over ``body``, the text under it, written from ``passage``, its source
    passage) may not stand, or None: "empty", "long" (> MAX_HEADING_CHARS characters),
    "repeated" (its ``heading_key`` is in ``taken``), "alike" (``_alike`` one in ``taken``),
    "glued" (words run together: "MinistreLavrovCoréeDuNord"), "list" (keywords and commas),
    "cut" (``_is_cut``, or opening on a subordinating conjunction: ``opens_subordinate``),
    "name" (``_broken_name``: "Affaires et Corée du Nord"), "names" (only
    names and "et": "Russie et Corée du Nord" is no phrase, it says nothing of the section), "obeys" an instruction hidden in the source, "off_topic" (a content
    word neither in ``body`` nor in ``passage``: "une guerre froide en rupestre"), "unsupported"
    by the source (grounding), "pronominal" (a verb without the "se" its source sentence gives
    it: "Lavrov rend … en 2018" for "s'est rendu", seo_kit.rewrite.pronominal)."""
    if not heading.strip() or wordless(heading):
        return "empty"
    if len(heading) > limit:  # a list line (seo_kit.rewrite.once) may be longer
        return "long"
    if heading_key(heading) in taken:
        return "repeated"
    if _alike(heading, taken, source.lang):
        return "alike"
    if _glued(heading, source):
        return "glued"  # words run together like a hashtag: "MinistreLavrovCoréeDuNord"
    if heading.count(",") >= 2:
        return "list"  # keywords, not a phrase: "Corée du Nord, Lavrov, renforcer la capacité"
    if _is_cut(heading, body, source) or opens_subordinate(heading, source.lang):
        return "cut"
    if _broken_name(heading, source):
        return "name"
    if _names_only(heading, source):
        return "names"
    if source.obeys(heading):
        return "obeys"
    if off_topic(heading, f"{body}\n{passage}", source.lang):
        return "off_topic"
    verdict = source.verdicts([heading])[0]
    if not verdict.supported:
        return "unsupported"
    from seo_kit.rewrite.pronominal import pronominal_slip

    return "pronominal" if pronominal_slip(heading, source.supports(verdict), source.lang) \
        else None


def _glued(heading: str, source: Source) -> bool:
    """Words run together like a hashtag ("MinistreLavrovCoréeDuNord", a heading of one
    20-character token);
    a word the source itself writes so is a name, not glued words ("OkCupid", "iPhone",
    "YouTube": corpus text 14's "OkCupid co-founder … Sam Yagan also donates $500" was refused
    as glued)."""
    if re.fullmatch(r"\S{20,}", heading):
        return True
    text = None
    for token in re.findall(r"[^\s,;:!?()«»\"“”]+", heading.replace("’", "'")):
        if re.search(r"[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]", token):
            text = text if text is not None else "\n".join(source.usable()).replace("’", "'")
            if not re.search(r"(?<![\w'-])" + re.escape(token.removesuffix("'s"))
                             + r"(?![\w-])", text):
                return True
    return False


# What may join names in a heading that is only names: "A et B", "A, B & C", "Lavrov : A et B"
_JOINERS = re.compile(r"(?i)[\s,;:&/–—-]+|\b(?:et|and|ou|or|vs)\b")


# What makes a heading no phrase, whoever wrote it (the constraint ``whole_headings``).
# ("name", a capitalised word that is no whole source name, may be a name the source lacks:
# the grounding check's to judge.)
WHOLE = ("empty", "long", "repeated", "alike", "glued", "list", "cut", "names")


def heading_faults(markdown: str, source: Source) -> list[tuple[str, str]]:
    """(heading, problem) for each heading of ``markdown`` (H1–H3) that is not a whole phrase,
    or a subheading alike another (``WHOLE`` of ``heading_problem``), judged over the text
    under it; the H1 (the article's title) may say what a subheading says."""
    blocks = re.split(r"^(#{1,3} .+)$", markdown, flags=re.MULTILINE)
    faults, taken = [], set()
    for k in range(1, len(blocks), 2):
        heading = blocks[k].lstrip("#").strip()
        h1 = blocks[k].startswith("# ")
        problem = heading_problem(heading, blocks[k + 1], source, taken=set() if h1 else taken)
        if problem in WHOLE:
            faults.append((heading, problem))
        if not h1:
            taken.add(heading_key(heading))
    return faults


def _names_only(heading: str, source: Source) -> bool:
    """True when ``heading`` holds nothing but names of the source (``Source.names``, longest
    first) and joiners: a list of who or where, not a phrase about the section (issue #11, the
    seed's H2 "Russie et Corée du Nord" over the history of their relations)."""
    rest = heading
    for name in sorted(source.names, key=len, reverse=True):
        rest = re.sub(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", " ", rest)
    return rest != heading and not _JOINERS.sub("", rest).strip()


def _broken_name(heading: str, source: Source) -> bool:
    """A run of capitalised words in the heading that is not a whole name of the source
    (``Source.names``): a common noun cut out of a title ("Affaires", of "ministre des Affaires
    étrangères"), a name cut short ("Maison" of "Maison Blanche"). The heading's first word
    (and the first after ":") may be capitalised as any first word is, unless the source writes
    it capitalised inside a sentence without it being a name ("Affaires")."""
    from seo_kit.rewrite.names import NAME_GLUE

    glue = NAME_GLUE[source.lang]
    names = set(source.names)
    text = "\n".join(source.usable())
    for clause in re.split(r"\s*[:–—,]\s*", heading):
        tokens = [t.strip(",;.!?()«»\"“”") for t in clause.split()]
        i = 0
        while i < len(tokens):
            if not _CAPITAL.match(tokens[i]):
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and (_CAPITAL.match(tokens[j]) or (
                    tokens[j].lower() in glue and j + 1 < len(tokens)
                    and _CAPITAL.match(tokens[j + 1]))):
                j += 1
            run = " ".join(tokens[i:j])
            inside = re.search(r"[^.!?:\s»]\s+" + re.escape(tokens[i]) + r"\b", text)
            rest = tokens[i + 1:j]
            while rest and rest[0].lower() in glue:
                rest = rest[1:]  # "Visite de Lavrov": the first word, then a name
            if inside and i == 0 and j == 1:  # one capitalised first word ("Seed vault: …")
                inside = _capitalised_alone(tokens[i], text)
            first_word = i == 0 and not inside and (not rest or " ".join(rest) in names)
            if run not in names and not first_word:
                return True
            i = j
    return False


def _capitalised_alone(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` capitalised inside a sentence other than within a longer
    name: "Affaires" in "ministre des Affaires étrangères" does (a common noun the source
    capitalises), "Maison" in "la Maison Blanche" does (the head of a name: "Maison et Kim" cuts
    it short), "Seed" in "the Svalbard Global Seed Vault" does not (a word inside a name, after
    its head: a heading may still open on "Seed vault: …")."""
    for m in re.finditer(r"(\S+)\s+" + re.escape(word) + r"\b", text):
        before = m.group(1)
        if before[-1] not in ".!?:»" and not _CAPITAL.match(before):
            return True
    return False


ALIKE = 0.75  # share of the shorter heading's content words the other one holds


def _alike(heading: str, taken: set[str], lang: str) -> bool:
    """Two headings alike: one holds ALIKE of the other's content words (2 at least)
    ("Kim Jong-un et Poutine" / "Poutine et Kim Jong-un", "La visite de Lavrov" /
    "Lavrov : la visite")."""
    from seo_kit.rewrite.clean import content_words

    mine = content_words(heading, lang=lang)
    for key in taken:
        other = content_words(key, lang=lang)
        smaller, larger = sorted((len(mine), len(other)))
        # two short ones alike on the shorter's words; longer clauses (3 words or more each)
        # on the longer's too: "Lavrov se rend pour la dernière fois en Corée du Nord en 2018"
        # shares only its names with "Lavrov arrive en Corée du Nord"
        share = ALIKE * (smaller if smaller <= 2 else larger)
        if smaller >= 2 and len(mine & other) >= share:
            return True
    return False


def off_topic(heading: str, text: str, lang: str) -> bool:
    """A content word of the heading (as a stem) absent from ``text`` (the section and its
    source passage): a stock or invented title ("Une visite très attendue", "… en rupestre")
    over a section that says nothing of the kind. Every word, not most: one invented word is
    enough to make a heading false or odd."""
    from seo_kit.rewrite.clean import content_words

    if not content_words(heading, lang=lang) - content_words(text, lang=lang):
        return False
    # a verb in another tense ("se rend" over "s'est rendu"): the same lemma is on topic
    from seo_kit.score.grounding.analysis import analyse
    from seo_kit.text.tokens import split_sentences

    mine = analyse([heading], lang)[0].lemmas
    theirs = frozenset().union(*(a.lemmas for a in analyse(
        split_sentences(text, lang=lang) or [text], lang)))
    return bool(mine - theirs)


def checked_headings(headings: list[str], bodies: list[str], source: Source,
                     keyphrase: str | None) -> tuple[list[str], int]:
    """The headings with every bad one (``heading_problem``: unsupported, > 70 characters, the
    same as one before, cut from a sentence of its section or of the source) replaced by one
    written from its section's text — a present-tense clause of it
    (seo_kit.rewrite.headings.headline_for) — and only when none passes by ``heading_from``;
    and how many were replaced. ``bodies[i]`` is the text under ``headings[i]``."""
    from seo_kit.rewrite.headings import headline_for

    seen: set[str] = set()
    out, rebuilt = [], 0
    for heading, body in zip(headings, bodies, strict=True):
        if heading_problem(heading, body, source, taken=seen):
            heading = headline_for(body, source, taken=seen, keyphrase=keyphrase) \
                or heading_from(keyphrase, lang=source.lang, taken=seen)
            rebuilt += 1
        seen.add(heading_key(heading))
        out.append(heading)
    return out, rebuilt


def heading_key(heading: str) -> str:
    """What two headings must not share: their words, lower-cased, without punctuation."""
    return " ".join(re.findall(r"\w+", heading.lower()))


def _is_cut(heading: str, body: str, source: Source) -> bool:
    """A heading cut from a sentence: the first words of a sentence of its section or of the
    source ("Le porte-parole du Conseil"), or one that ends on a function word or an elision
    ("… pour renforcer le")."""
    from seo_kit.score.matching import function_words

    words = heading.rstrip(" .:!?").split()
    if words and (words[-1].lower() in function_words(source.lang)
                  or words[-1].endswith(("'", "’"))):
        return True
    if _ends_bare(heading, source.lang) or _drops_complement(heading, source):
        return True
    key = heading_key(heading)
    sentences = [*re.split(r"(?<=[.!?])\s+", body), *source.sentences]
    if _opener_of(heading, sentences):
        return True
    return len(key.split()) >= 3 and any(heading_key(s).startswith(key) and heading_key(s) != key
                                         for s in sentences)


def opens_subordinate(text: str, lang: str) -> bool:
    """``text`` opens on a subordinating conjunction (seo_kit.lang.subordinators: "Alors que
    l'arbitre accorde un penalty…", "While the council votes…"): a clause that cannot stand
    alone, no heading."""
    from seo_kit.lang import subordinators

    head = text.strip().replace("'", "’").casefold()
    return any(head.startswith(word) and (word.endswith("’") or head[len(word):][:1] in (" ", ","))
               for word in subordinators(lang))


def _opener_of(heading: str, sentences: list[str]) -> bool:
    """``heading`` is the opener of one of ``sentences``, the words before its first comma:
    "Pour terminer", "Recently", "En 1998" (restructure's fallbacks, corpus texts 06, 14, 03,
    2026-12-02) say nothing of the section, however short."""
    head = heading.strip().rstrip(" .:").casefold()
    return bool(head) and any(s.casefold().startswith(head) and s[len(head):].lstrip()[:1] == ","
                              for s in sentences)


# English forms of reporting verbs the rules read without a pipeline ("said", "announced").
_EN_PAST = {"said": "say", "told": "tell", "wrote": "write", "thought": "think"}


def _ends_bare(heading: str, lang: str) -> bool:
    """A heading that ends on a verb the cut left without what it governs: a verb of reporting
    with nothing reported ("Le gouvernement français vient d'annoncer", the head of "… vient
    d'annoncer qu'il devra trouver 7,2 milliards d'euros", corpus text 10, 2026-12-02; "Le
    ministre a déclaré"; "The minister said"), or, in French, an infinitive after "de", "d'" or
    "à" with no complement of its own ("Le gouvernement a décidé de lancer"). Reporting verbs:
    seo_kit.score.grounding.claims.REPORTING (one list for grounding and headings)."""
    from seo_kit.score.grounding.claims import REPORTING

    words = re.findall(r"[\w’'-]+", heading)
    if not words:
        return False
    if lang != "fr":  # English: the last word's lemma by its ending
        last = re.sub(r"^\w[’']", "", words[-1].lower())
        lemmas = {_EN_PAST.get(last, last), last.removesuffix("s"), last.removesuffix("ed"),
                  last.removesuffix("d")}
        return bool({fold(lemma) for lemma in lemmas} & REPORTING.get(lang, frozenset()))
    doc = _heading_doc(heading)
    tokens = [t for t in doc if not t.is_punct]
    if not tokens:
        return False
    last = tokens[-1]
    own = [c for c in last.children if c.dep_ not in ("mark", "case", "aux", "aux:tense",
                                                      "advmod", "nsubj", "expl:comp")]
    if last.pos_ not in ("VERB", "AUX") or own:
        return False
    if fold(last.lemma_.lower()) in REPORTING[lang]:
        return True
    before = doc[last.i - 1].lower_ if last.i else ""
    return "Inf" in last.morph.get("VerbForm") and before in ("de", "d'", "à") \
        and last.dep_ != "acl" and last.i > 1  # "Un projet à découvrir", "À retenir": whole


_COMPLEMENTS = ("obj", "iobj", "obl:arg", "ccomp", "xcomp")


def _drops_complement(heading: str, source: Source) -> bool:
    """A French heading that ends on a verb with nothing after it, where the source gives that
    verb a complement: "Kim s'est rendu" (en Russie), "Poutine a accepté" (une invitation),
    "Lavrov doit rencontrer" (Choe Son Hui), "… un projet visant" (à réapprovisionner). A verb
    the source uses without one stays whole: "Thierry Roland s'est éteint"."""
    if source.lang == "en":
        return _drops_complement_en(heading, source)
    if source.lang != "fr" or not heading.strip():
        return False
    tokens = [t for t in _heading_doc(heading) if not t.is_punct]
    if len(tokens) < 3 or tokens[-1].pos_ != "VERB" or any(
            c.dep_.startswith(("obj", "obl", "iobj", "ccomp", "xcomp", "advmod"))
            for c in tokens[-1].children):
        return False
    return fold(tokens[-1].lemma_.lower()) in _governing_verbs(source.sentences)


# What may follow an English verb without being its complement ("Eich stepped down", "Lavrov
# arrived in …": a particle or a preposition).
_NOT_COMPLEMENT_EN = frozenset(["in", "on", "at", "to", "from", "by", "for", "with", "after",
                                "before", "during", "into", "over", "under", "about", "down",
                                "up", "out", "off", "away", "back", "again", "also", "and", "or",
                                "but", "as", "when", "while", "since", "until"])


def _drops_complement_en(heading: str, source: Source) -> bool:
    """English, without a parser: a heading whose last word reads as a verb ("Netscape made",
    "Jamie Zawinski registered") where every time the source writes that word, a complement
    follows it ("made two announcements", "registered mozilla.org")."""
    import simplemma

    from seo_kit.score.grounding.rules import verb_like

    words = re.findall(r"[\w][\w.'’-]*\w|\w", heading)
    if len(words) < 2:
        return False
    last = words[-1]
    if not verb_like(len(words) - 1, words, fold(simplemma.lemmatize(last.lower(), lang="en")),
                     "en"):
        return False
    after = [m.group(1) for s in source.sentences for m in re.finditer(
        rf"(?i)(?<![\w-]){re.escape(last)}\s+([\w$]+)", s)]
    return bool(after) and all(w.lower() not in _NOT_COMPLEMENT_EN for w in after)


@lru_cache(maxsize=256)
def _heading_doc(heading: str):
    """The French parse of a heading (straight apostrophes, no closing punctuation), once for
    ``_ends_bare`` and ``_drops_complement`` alike."""
    from seo_kit.score.grounding.analysis import _pipeline

    return _pipeline("fr")(heading.replace("’", "'").rstrip(" .:!?"))


@lru_cache(maxsize=8)
def _governing_verbs(sentences: tuple[str, ...]) -> frozenset[str]:
    """Folded lemmas of the French verbs that the source gives a complement at least once."""
    from seo_kit.score.grounding.analysis import _pipeline

    nlp = _pipeline("fr")
    return frozenset(fold(t.lemma_.lower()) for doc in nlp.pipe(
        [s.replace("’", "'") for s in sentences]) for t in doc
        if t.pos_ == "VERB" and any(c.dep_ in _COMPLEMENTS for c in t.children))


def heading_from(keyphrase: str | None, *, lang: str, taken: set[str]) -> str:
    """A heading that cannot be false: a generic section title ("Le contexte", "Les enjeux"),
    with the keyphrase in front when one is given ("Lavrov : le contexte", so that Yoast's
    subheadingsKeyword counts it), the first one not taken. Complete, short, claim-free."""
    from seo_kit.lang import colon
    from seo_kit.rewrite.engine import FALLBACK_HEADINGS
    from seo_kit.rewrite.meta import capitalised

    for generic in FALLBACK_HEADINGS[lang]:
        heading = f"{capitalised(keyphrase)}{colon(lang)}{generic[0].lower()}{generic[1:]}" \
            if keyphrase else generic
        if len(heading) > MAX_HEADING_CHARS:
            heading = generic
        if heading_key(heading) not in taken:
            return heading
    return FALLBACK_HEADINGS[lang][0]
