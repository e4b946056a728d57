"""The readability repair: long sentences split until Yoast's sentence-length check is good.

Yoast's ``textSentenceLength`` counts the sentences over 20 words (seo_kit.score.checks.readability:
good up to 25 % of them). Short sentences are also what lifts Flesch / Kandel–Moles. The longest
sentences of the grounded draft are split, first without a model where the sentence says where
(a semicolon, a ", mais"/", but" between two clauses), then by the model (step ``split_sentence``,
with the sentence's own passage), until the share is under TARGET_SHARE or the calls are spent.
A split is kept only when every new sentence is shorter, supported by the source (grounding) and
the facts of the sentence (names, numbers — "deux jours" too —, dates: as grounding reads
them) are all still there;
otherwise the sentence stays as it was.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import re

from seo_kit.rewrite.clean import clean_answer
from seo_kit.rewrite.grammar import grammar_slip

__all__ = ["LONG_PARAGRAPH", "LONG_SENTENCE", "TARGET_SHARE", "long_share", "shorten_sentences",
           "split_at_marks", "split_paragraphs"]

LONG_SENTENCE = 20  # words: Yoast's textSentenceLength limit
LONG_PARAGRAPH = 150  # words: Yoast's textParagraphTooLong is good up to this many
TARGET_SHARE = 0.2  # aim under Yoast's 25 % so that a later edit does not tip it over
# Where punctuation joins two clauses; after "mais"/"but" only when a subject follows (a pronoun,
# a determiner or a name), so that no piece is left without one ("…, mais n'ont divulgué…").
_SUBJECT = {"fr": r"(?=(?:il|elle|ils|elles|on|le|la|les|l[’']|un|une|des|ce|cette|ces|son|sa|ses|"
                  r"leur|leurs|[A-ZÀ-Ö])\w*)",
            "en": r"(?=(?:he|she|it|they|we|the|a|an|this|these|his|her|its|their|[A-Z])\w*)"}
_CLAUSE_BREAKS = {"fr": (r";\s+", r",\s+mais\s+" + _SUBJECT["fr"]),
                  "en": (r";\s+", r",\s+but\s+" + _SUBJECT["en"])}
_BUT = {"fr": "Mais", "en": "But"}


def _words(sentence: str, lang: str) -> int:
    from seo_kit.text.tokens import words

    return len(words(sentence, lang=lang))


def _split(text: str, lang: str) -> list[list[str]]:
    from seo_kit.text import split_sentences

    return [split_sentences(p, lang=lang) for p in re.split(r"\n\s*\n", text) if p.strip()]


def long_share(sentences: list[str], *, lang: str) -> float:
    """Share (0–1) of ``sentences`` over LONG_SENTENCE words."""
    return sum(_words(s, lang) > LONG_SENTENCE for s in sentences) / max(1, len(sentences))


# French clause joints a sentence can be cut at without a model, the second clause given the
# main clause's subject when it has none or a pronoun: "…, lorsqu'il a rencontré X" → "… . Kim
# Jong-un a rencontré X"; "…, mais n'ont divulgué…" → "Mais les deux pays n'ont…";
# "… en juillet et le dirigeant Kim Jong-un s'est rendu…" → "… en juillet. Le dirigeant…".
_AUX_WORD = r"(?:a|ont|est|sont|avait|avaient|était|étaient)"
_WHEN = re.compile(r",\s+(?:lorsqu[’']|lorsque\s+|quand\s+)(?P<subject>[^,]+?)\s+"
                   r"(?P<aux>(?:s[’']|se\s+|n[’'])?" + _AUX_WORD + r")\s+(?P<rest>.+)$")
_BUT_VERB = re.compile(r",\s+mais\s+(?P<rest>(?:n[’']|ne\s+|s[’']|se\s+)?"
                       + _AUX_WORD + r"\s+.+)$")
_AND_CLAUSE = re.compile(r"\s+et\s+(?P<second>(?:le|la|les|l[’'])\s*[^,]{0,60}?\s+"
                         r"(?:s[’']|se\s+)?" + _AUX_WORD + r"\s+\w+.*)$")
# "…depuis la pandémie, au cours de laquelle la Corée du Nord a imposé…" → "… depuis la
# pandémie. Au cours de la pandémie, la Corée du Nord a imposé…": the antecedent said again.
_DURING = re.compile(r"\s(?P<antecedent>(?:(?:la|le|les)\s+|l[’']\s*)[a-zà-öø-ÿ-]+),\s+"
                     r"(?P<preposition>au cours de|lors de|pendant|dans|durant)\s+"
                     r"(?:laquelle|lequel|lesquels|lesquelles)\s+(?P<rest>.+)$")
_PRONOUNS = {"il", "elle", "ils", "elles"}


def _plural(subject: str) -> bool:
    """A plural subject: "les deux pays", "la Russie et la Corée du Nord"."""
    return bool(re.match(r"(?i)(?:les|des|ces|leurs|ses|nos|vos|mes|tes)\b", subject)
                or re.search(r"\set\s", subject))


def _capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def split_clauses(sentence: str, *, lang: str, names=()) -> list[str]:
    """``sentence`` cut at a French clause joint (``_WHEN``, ``_BUT_VERB``, ``_AND_CLAUSE``;
    English: seo_kit.rewrite.clauses_en),
    the second clause given the main clause's subject (seo_kit.rewrite.headline.main_subject)
    where it has none or a pronoun; ``[sentence]`` when there is no such joint or no subject,
    or when the joint is inside a quotation."""
    pieces = _split_clauses(sentence, lang=lang, names=names)
    return pieces if _quotes_whole(pieces) else [sentence]


def _split_clauses(sentence: str, *, lang: str, names=()) -> list[str]:
    from seo_kit.rewrite.headline import main_subject

    if lang == "en":  # the English joints: seo_kit.rewrite.clauses_en
        from seo_kit.rewrite.clauses_en import split_clauses_en

        return split_clauses_en(sentence, names=names)
    if lang != "fr":
        return [sentence]
    body = sentence.rstrip()
    end = body[-1] if body[-1] in ".!?" else "."
    body = body.rstrip(".!?")
    when = _WHEN.search(body)
    if when:
        subject = when["subject"].strip()
        if subject.lower() in _PRONOUNS:
            pronoun = subject.lower()
            subject = main_subject(body[:when.start()], names=names)
            # "Les autorités ont nommé Kim Il Sung …, lorsqu'il a rencontré Staline": "il" is
            # not "Les autorités"; a subject whose number is not the pronoun's is not its own
            if subject and _plural(subject) != (pronoun in ("ils", "elles")):
                subject = None
        if subject and subject.lower() not in _PRONOUNS:
            # no "alors": a later step may drop or move the first piece (a repeat of the
            # standfirst), and "alors" would then tie the clause to the wrong sentence
            second = f"{_capital(subject)} {when['aux']} {when['rest']}{end}"
            return [f"{body[:when.start()]}.", second]
    during = _DURING.search(body)
    if during and re.search(r"\b" + _AUX_WORD + r"\s+\w+", during["rest"]):
        antecedent = during["antecedent"]
        preposition = during["preposition"]
        joined_to = f"{preposition} {antecedent}".replace("de le ", "du ").replace(
            "de les ", "des ")
        return [f"{body[:during.end('antecedent')]}.",
                f"{_capital(joined_to)}, {during['rest']}{end}"]
    but = _BUT_VERB.search(body)
    if but:
        subject = main_subject(body[:but.start()], names=names)
        plural = bool(re.search(r"\b(?:ont|sont|avaient|étaient)\b", but["rest"]))
        if subject and plural != _plural(subject):  # "Mais Kim n'ont…": not its subject
            subject = None
        if subject:
            return [f"{body[:but.start()]}.", f"Mais {subject[0].lower() if subject.split()[0] in ('Les', 'Le', 'La') else subject[0]}{subject[1:]} {but['rest']}{end}"]
    joined = _AND_CLAUSE.search(body)
    # the first part must be a clause of its own ("…, la Russie et la Corée du Nord se sont
    # rapprochées": a subject of two, not two clauses), and the second's verb its subject's,
    # not a relative's ("et les ouvriers qui ont travaillé, et qui…" is no sentence)
    if joined and "," not in joined["second"][:20] and not _RELATIVE_SUBJECT.match(
            joined["second"]) and re.search(r"\b" + _AUX_WORD + r"\s+\w+", body[:joined.start()]):
        return [f"{body[:joined.start()]}.", f"{_capital(joined['second'])}{end}"]
    from seo_kit.rewrite.apposition import split_apposition
    from seo_kit.rewrite.clauses import split_by_parse  # joints the parse shows

    pieces = split_by_parse(sentence, names=names)
    return pieces if len(pieces) > 1 else split_apposition(sentence, names=names)


# a subject whose first verb is a relative clause's: "les ouvriers qui ont travaillé"
_RELATIVE_SUBJECT = re.compile(r"[^,]*?\b(?:qui|que|dont|où|qu[’'])\s+(?:\S+\s+)?" + _AUX_WORD
                               + r"\b", re.IGNORECASE)
_QUOTES = (("«", "»"), ("“", "”"))
# a piece that opens on a subordinate clause, an ordinal before it ("second, that …")
_SUBORDINATE = re.compile(r"\s*(?:\w+,\s+)?(?:that|que|qu[’'])\b", re.IGNORECASE)


def _quotes_whole(pieces: list[str]) -> bool:
    """No piece opens a quotation another closes: a cut inside « … » wrote "« La sécurité c'est
    l'affaire de tous, c'est une collaboration entre la banque." + "Le client » a ensuite
    précisé Febelfin." (corpus text 06, 2026-12-02)."""
    return all(p.count(o) == p.count(c) for p in pieces for o, c in _QUOTES) and all(
        p.count('"') % 2 == 0 for p in pieces)


def split_at_marks(sentence: str, *, lang: str, names=()) -> list[str]:
    """``sentence`` cut where its punctuation joins two clauses ("…; il doit…", "…, mais…"),
    each part a sentence of at least 5 words; else at a clause joint (``split_clauses``);
    ``[sentence]`` when there is no such place."""
    pieces = _split_marks(sentence, lang=lang)
    if len(pieces) == 1:  # split_clauses keeps quotations whole itself
        pieces = split_clauses(sentence, lang=lang, names=names)
        if len(pieces) > 1 and not all(_words(p, lang) >= 5 for p in pieces):
            return [sentence]
        return pieces
    return pieces if _quotes_whole(pieces) else [sentence]


def _split_marks(sentence: str, *, lang: str) -> list[str]:
    for pattern in _CLAUSE_BREAKS[lang]:
        match = re.search(pattern, sentence)
        if not match:
            continue
        head, tail = sentence[:match.start()].rstrip(" ,"), sentence[match.end():]
        if _SUBORDINATE.match(tail):  # "…; second, that the source code will…": no sentence
            continue
        if "mais" in match.group(0) or "but" in match.group(0):
            tail = f"{_BUT[lang]} {tail}"
        if _words(head, lang) >= 5 and _words(tail, lang) >= 5:
            return [f"{head}.", tail[0].upper() + tail[1:]]
    return [sentence]


def _keeps(sentence: str, pieces: list[str], source, lang: str) -> bool:
    """2–4 pieces, each a sentence of 5 words or more, shorter than ``sentence``, together hardly
    longer; supported, not obeying an injected task, with every fact of ``sentence``."""
    from seo_kit.score.grounding.analysis import analyse

    words = _words(sentence, lang)
    if not 2 <= len(pieces) <= 4 or sum(_words(p, lang) for p in pieces) > 1.3 * words + 5:
        return False  # a split, not a new text
    if any(not 5 <= _words(p, lang) < words or not p[0].isupper()
           or not p.rstrip().endswith((".", "!", "?", "»", "”")) for p in pieces):
        return False  # each piece a sentence of its own ("À ce propos." is not one)
    whole, *parts = analyse([sentence, *pieces], lang)
    if whole.facts - frozenset().union(*(p.facts for p in parts)):  # a name, number, date lost
        return False
    if any(p not in source.sentences and grammar_slip(p, lang) for p in pieces):
        return False  # "dans l' maintien": seo_kit.rewrite.grammar
    verdicts = source.verdicts(pieces)
    return all(v.supported for v in verdicts) and not any(source.obeys(p) for p in pieces)


def _split_deep(sentence: str, source, lang: str, depth: int = 3) -> list[str]:
    """``sentence`` split at marks and clause joints (``split_at_marks``), each piece kept only
    when ``_keeps`` passes the split, and a piece still over LONG_SENTENCE split again (up to
    ``depth`` times)."""
    pieces = split_at_marks(sentence, lang=lang, names=source.names)
    if len(pieces) < 2 or not _keeps(sentence, pieces, source, lang):
        return [sentence]
    if depth <= 1:
        return pieces
    return [p for piece in pieces for p in (
        _split_deep(piece, source, lang, depth - 1) if _words(piece, lang) > LONG_SENTENCE
        else [piece])]


async def shorten_sentences(draft, source, session, *, max_calls: int = 8) -> int:
    """Split, in place, the longest sentences of ``draft`` (a grounded Draft) until at most
    TARGET_SHARE are over LONG_SENTENCE words; ``source`` a ground.Source. At most ``max_calls``
    model calls (step ``split_sentence``, when the template has it). Returns the sentences split."""
    lang = source.lang
    parts = [draft.intro, *(s.body for s in draft.sections)]
    passages = [draft.lead, *(s.passage for s in draft.sections)]
    split = [_split(p, lang) for p in parts]
    everything = [s for part in split for par in part for s in par]
    replaced: dict[str, list[str]] = {}
    for sentence in everything:
        if _words(sentence, lang) > LONG_SENTENCE:
            pieces = _split_deep(sentence, source, lang)
            if len(pieces) > 1:
                replaced[sentence] = pieces

    def share() -> float:
        return long_share([p for s in everything for p in replaced.get(s, [s])], lang=lang)

    if share() > TARGET_SHARE and "split_sentence" in session.template.steps:
        where = {s: passages[k] for k, part in enumerate(split) for par in part for s in par}
        longest = sorted((s for s in dict.fromkeys(everything) if s not in replaced
                          and _words(s, lang) > LONG_SENTENCE),
                         key=lambda s: -_words(s, lang))
        # splitting k long sentences in two: (long - k) / (total + k) ≤ TARGET_SHARE; about
        # two splits in three pass the checks, so ask for half as many again
        total = len([p for s in everything for p in replaced.get(s, [s])])
        needed = (share() * total - TARGET_SHARE * total) / (1 + TARGET_SHARE)
        count = min(max_calls, len(longest), math.ceil(1.5 * needed))
        chosen = longest[:count]
        answers = await asyncio.gather(*(session.call(
            "split_sentence", max_tokens=int(_words(s, lang) * 2.4) + 40, sentence=s,
            **({"article": where[s]} if where.get(s) else {})) for s in chosen))
        from seo_kit.text import split_sentences

        for sentence, (answer, _) in zip(chosen, answers, strict=True):
            body = " ".join(clean_answer(answer).split("\n"))
            pieces = split_sentences(body, lang=lang) if body else []
            if _keeps(sentence, pieces, source, lang):
                replaced[sentence] = pieces
    if not replaced:
        return 0
    rebuilt = ["\n\n".join(" ".join(p for s in par for p in replaced.get(s, [s]))
                           for par in part) for part in split]
    draft.intro = rebuilt[0]
    for section, body in zip(draft.sections, rebuilt[1:], strict=True):
        section.body = body
    session.notes.append(f"readability: {len(replaced)} long sentence(s) split; "
                         f"{round(100 * share())} % of the sentences over {LONG_SENTENCE} words")
    return len(replaced)


# Additive connectors: they join a sentence to the one before it and claim no cause, contrast,
# time or judgement; each is in yoastseo 3.6's transition-word list of its language (checked by
# tests/rewrite/test_readable.py against the Yoast oracle): "De plus" is not, so a "De plus,"
# put in for Yoast's textTransitionWords counted in seo_kit's check and not in Yoast's.
ADDITIVE = {"fr": ("Par ailleurs,", "En outre,", "De surcroît,"),
            "en": ("Also,", "Moreover,", "In addition,")}
TRANSITION_TARGET = 0.35  # Yoast textTransitionWords is good at ≥ 30 % of the sentences; margin


def add_transitions(draft, source) -> int:
    """Put, in place, an additive connector (ADDITIVE) in front of sentences of ``draft`` (a
    grounded Draft; ``source`` a ground.Source) until TRANSITION_TARGET of its sentences hold a
    transition word (as seo_kit.score counts them for Yoast's textTransitionWords). Only a
    sentence that follows another in its paragraph, holds no transition word and opens with a
    word (not a quote or a number) is given one, never two sentences in a row; each changed
    sentence is kept only when grounding (the strict gate when ``source.strict``) still passes
    it. Returns the sentences changed."""
    from seo_kit.lang import is_transition_sentence
    from seo_kit.text.document import parse
    from seo_kit.text.tokens import tokenize

    lang = source.lang
    parts = [draft.intro, *(s.body for s in draft.sections)]
    # a list paragraph stays one piece, its lines as they are (never joined into one line)
    split = [[[p] if p.lstrip().startswith("- ") else sentences
              for p, sentences in zip([q for q in re.split(r"\n\s*\n", part) if q.strip()],
                                      _split(part, lang), strict=True)] for part in parts]
    sentences = [s for part in split for par in part for s in par]
    holds = {s: is_transition_sentence(tokenize(s, lang=lang), lang) for s in sentences}
    # the share as the scorer (and Yoast) reads the whole text: the H1, the subheadings and
    # each list line are sentences too (counting the body alone, the seed's variant stopped at
    # 34 % by its count, 29.8 % by Yoast's: 14 of 47 sentences)
    document = parse(draft.markdown(), lang=lang)
    needed = math.ceil(TRANSITION_TARGET * len(document.sentences)) - sum(
        is_transition_sentence(s.tokens, lang) for s in document.sentences)
    if needed <= 0:
        return 0
    # a sentence said inside a quotation opened before it (in its paragraph or one before it
    # under the same heading) is the speaker's words: no connector of ours goes in ("Enfin, le plus tard possible. Par ailleurs, ah ! c'est superbe !",
    # corpus text 03, real model, 2026-12-02)
    quoted = {s for part in split
              for s in _inside_quotations([s for par in part for s in par])}
    names = {n.split()[0] for n in source.names} | {"I"}  # English "I" is never lowered
    opened: dict[str, str] = {}  # eligible sentence → its text after a connector
    for part in split:
        for before, sentence in _linked_pairs(part):
            first = sentence.split()[0]
            # never over Yoast's limit for a connector's sake ("En outre, au cours de…"):
            # a connector is two words; a sentence over the limit already may take one
            if holds[sentence] or before in opened or sentence in quoted \
                    or LONG_SENTENCE - 2 < _words(sentence, lang) <= LONG_SENTENCE \
                    or not re.match(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]", first):
                continue
            word = re.split(r"[’']", first)[0]
            # only a name keeps its capital ("Par ailleurs, commentateur mythique…", not
            # "Commentateur": a common noun is no function word either)
            opened[sentence] = sentence if word in names \
                else f"{sentence[0].lower()}{sentence[1:]}"
    eligible = list(opened)
    if not eligible:
        return 0
    # every eligible sentence is tried (the strict gate refuses some), then the passing ones
    # are taken spread over the text: every k-th, not the first ones only
    # a connector the gate refuses ("Moreover, it will…" read as a speaker) is tried with the
    # next one: the sentence is not lost for the word
    words = ADDITIVE[lang]
    found: dict[str, str] = {}
    for turn in range(len(words)):
        proposed = {s: f"{words[(k + turn) % len(words)]} {opened[s]}"
                    for k, s in enumerate(eligible) if s not in found}
        checked = source.verdicts(list(proposed.values())) if proposed else []
        found.update((s, new) for (s, new), v in zip(proposed.items(), checked, strict=True)
                     if v.supported and not grammar_slip(new, lang))
    passing = [(s, found[s]) for s in eligible if s in found]
    step = max(1, len(passing) // needed)
    changed = dict(passing[::step][:needed])
    rebuilt = ["\n\n".join(" ".join(changed.get(s, s) for s in par) for par in part)
               for part in split]
    draft.intro = rebuilt[0]
    for section, body in zip(draft.sections, rebuilt[1:], strict=True):
        section.body = body
    return len(changed)


def _inside_quotations(paragraph: list[str]) -> list[str]:
    """The sentences of ``paragraph`` that open inside a quotation (« … », “ … ”) an earlier
    sentence of it opened and did not close."""
    return [s for k, s in enumerate(paragraph) if _open_quotes(paragraph[:k])]


def _open_quotes(sentences: list[str]) -> bool:
    """Whether ``sentences``, read in order, leave a quotation (« … », “ … ”) open."""
    depth = 0
    for sentence in sentences:
        depth = max(0, depth + sentence.count("«") - sentence.count("»")
                    + sentence.count("“") - sentence.count("”"))
    return depth > 0


def _linked_pairs(part: list[list[str]]) -> list[tuple[str, str]]:
    """(sentence before, sentence) pairs of one part (the standfirst or a section's body: its
    paragraphs, each a list of sentences, a list paragraph one item): two sentences in a row of
    one paragraph, and the last sentence of a prose paragraph with the first of the prose
    paragraph after it in the same part — under one heading the next paragraph goes on with
    the same subject, so an additive connector may open it. The first paragraph of a part
    (after a heading) and the paragraphs next to a list give no pair."""
    def listed(paragraph: list[str]) -> bool:
        return not paragraph or paragraph[0].lstrip().startswith(("- ", "* "))

    pairs = []  # in reading order: "never two in a row" reads them so
    for k, paragraph in enumerate(part):
        if k and not listed(paragraph) and not listed(part[k - 1]):
            pairs.append((part[k - 1][-1], paragraph[0]))
        pairs.extend(itertools.pairwise(paragraph))
    return pairs


def split_paragraphs(draft, *, lang: str, limit: int = LONG_PARAGRAPH) -> int:
    """Cut, in place, every body paragraph of ``draft`` over ``limit`` words between two of its
    sentences, at the boundary nearest its middle that is not inside a quotation (again for a
    piece still over it); lists are left whole. Nothing is reworded. Returns the paragraphs
    cut."""
    def cut(sentences: list[str]) -> list[list[str]]:
        counts = [_words(s, lang) for s in sentences]
        if sum(counts) <= limit or len(sentences) < 2:
            return [sentences]
        # never inside a quotation: "« Eh oui, mon petit Jean-Mimi !" and "— Tout à fait
        # Thierry ! »" in two paragraphs (corpus text 03, scripted, 2026-12-02)
        bounds = [k for k in range(1, len(sentences)) if not _open_quotes(sentences[:k])]
        if not bounds:
            return [sentences]
        half = sum(counts) / 2
        at = min(bounds, key=lambda k: abs(sum(counts[:k]) - half))
        return [*cut(sentences[:at]), *cut(sentences[at:])]

    done = 0
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    rebuilt = []
    for body in bodies:
        paragraphs = []
        for paragraph in re.split(r"\n\s*\n", body):
            if paragraph.lstrip().startswith(("- ", "* ")):
                paragraphs.append(paragraph)
                continue
            pieces = cut(_split(paragraph, lang)[0] if paragraph.strip() else [])
            done += len(pieces) - 1
            paragraphs.extend(" ".join(p) for p in pieces if p)
        rebuilt.append("\n\n".join(p for p in paragraphs if p.strip()))
    draft.intro = rebuilt[0]
    for section, body in zip(draft.sections, rebuilt[1:], strict=True):
        section.body = body
    return done
