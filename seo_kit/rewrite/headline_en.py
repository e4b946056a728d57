"""English headlines built from a sentence without a model: its clause, in the present tense.

The English twin of seo_kit.rewrite.headline (French). An English news heading says what its
section says as subject + verb + object in the present, without a leading article ("Mozilla
promotes Brendan Eich to the role of CEO", "Norway spends about 100 million kroner to rebuild the
tunnel"). Built from a grounded sentence of the section, it can only say what the sentence says;
the verb changes tense and the article goes, so it is not the sentence's first words; a caller
keeps one that passes the heading rules and the strict gate (seo_kit.rewrite.heading_rules), so
a wrong reading costs a candidate, never a false heading.

No English parser is installed: the clause is read with the grounding check's English rules
(seo_kit.score.grounding.rules.verb_like: a verb of its tables or a past form; simplemma's
lemmas). A past form, a present perfect or a past perfect ("has expanded", "had donated") becomes
the present ("expands", "donates"), a passive's "was" becomes "is"; a form already in the present
is kept as written. No candidate from a clause whose verb is a modal ("could threaten": a
possibility, not a fact), a denial ("did not", "never"), a past "be" ("was $163 million": the
present would change the fact), or whose subject is a pronoun or an indefinite ("He", "Some
scientists"): the heading would name no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seo_kit.score.grounding.cues import MONTHS, WEEKDAYS

__all__ = ["TIME", "headlines_en", "present_en"]

# A time in a clause: a present-tense headline without it would tell a past event as today's.
# Months and weekdays: seo_kit.score.grounding.cues (one list for grounding and headings).
TIME = re.compile(r"\d|\b(?:" + "|".join(w.capitalize() for w in (*MONTHS["en"], *WEEKDAYS["en"]))
                  + r"|years?|decades?|centur(?:y|ies)|months?|weeks?|days?|ago|previously|"
                  r"formerly|earlier|first time|last time|since|until|originally|once)\b")
_PERFECT = {"has", "have", "had"}
_BE_PAST = {"was": "is", "were": "are"}
_BE_PRESENT = {"is", "are", "am", "'s"}
_MODALS = {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "cannot",
           "ought", "won't", "wouldn't", "couldn't", "can't", "shouldn't"}
_NEGATIONS = {"not", "never", "no", "didn't", "doesn't", "don't", "hasn't", "haven't",
              "hadn't", "wasn't", "weren't", "isn't", "aren't", "n't"}
_ADVERBS = {"also", "then", "later", "first", "already", "still", "soon", "recently", "once",
            "now", "further", "again", "ever", "both", "all"}
_ARTICLES = {"the", "a", "an"}
# Subjects that name no one in a heading: pronouns, demonstratives, indefinites.
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
             "there", "some", "many", "several", "others", "one", "its", "their", "his", "her",
             "such", "both", "each", "all", "most", "any", "however", "but", "and", "while",
             "when", "as", "because", "although", "though", "if", "after", "before", "since",
             "which", "who", "where", "whereas", "a", "an", "in", "on", "at", "for", "with",
             "from", "by", "to", "of", "during", "following", "under", "over", "about",
             "according", "due", "despite", "unlike", "like", "without", "within", "through"}
_PLURALS = ("s", "men", "ren", "ice", "eet", "eeth", "ople", "ata")  # fishermen, children, mice
_OF = {"of", "from", "in", "at", "for", "with", "on", "by"}
_RELATIVES = {"that", "which", "who", "whom", "whose", "where", "when"}
# Words that point back to a sentence before: a heading holding one would not stand alone.
_ANAPHORS = {"it", "its", "they", "them", "their", "this", "these", "those", "he", "him",
             "his", "she", "her", "former", "latter", "such"}
# Where a clause ends: a comma-like mark, a relative or subordinate clause, a second verb
# (checked by the caller: "and returned new seeds").
_CLAUSE_END = re.compile(
    r"\s*(?:,(?!\d|\s\d{4}\b)|[;:()\[\]—–])|\s(?:which|who|whom|whose|that|where|when|while|"
    r"whereas|whereby|because|"
    r"since|although|though|unless|if|after|before|until|including|thereby|as part of|"
    r"as per|leading to|but|so that|in order to|such as)\b", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\s(?=(?:in|at|on|to|for|with|from|by|into|during|over|under|"
                         r"through|about|across|near|after|before|as)\s)")
_WORD = re.compile(r"[\w$][\w.$%’'-]*[\w%$]|[\w$%]")


def present_en(lemma: str, *, plural: bool) -> str:
    """The third person present of ``lemma``: "promote" → "promotes"/"promote", "go" → "goes",
    "fly" → "flies", "have" → "has", "be" → "is"/"are"."""
    if lemma == "be":
        return "are" if plural else "is"
    if plural:
        return lemma
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word.lower(), lang="en")


def _apposed(segment: str) -> bool:
    """``segment`` (a stretch between commas) is an apposition: "the former head of …", "a
    spokeswoman for the government", "executive chairwoman of Mozilla Corporation"."""
    words = segment.split()
    return len(words) >= 2 and words[0][:1].islower() and not _verb_at(words)


def _verb_at(words: list[str], start: int = 1) -> tuple[int, int] | None:
    """(first, last) word index of the first verb group of ``words`` from word ``start`` (after
    at least one subject word by default): auxiliaries and adverbs, then the verb read by the
    grounding rules; None."""
    from seo_kit.score.grounding.rules import verb_like
    from seo_kit.score.grounding.words import key

    for i in range(start, len(words)):
        low = words[i].lower()
        if low in _PERFECT | set(_BE_PAST) | _BE_PRESENT | _MODALS | _NEGATIONS | {"did", "does",
                                                                                    "do"}:
            return i, _group_end(words, i)
        if words[i][:1].isupper() or low in _ARTICLES | _ADVERBS | _PRONOUNS | _ANAPHORS \
                or low.endswith(("ly", "ing")) or "-" in low:
            continue
        lemma = key(_lemma(low))
        past = low.endswith("ed") or (lemma != low and not low.endswith(_PLURALS))
        if verb_like(i, words, lemma, "en") and (past or low.endswith("s")) \
                and not (i + 1 < len(words) and words[i + 1].endswith("ed")
                         and _past_form(words[i + 1])):
            return i, i  # "Local fishermen welcomed": the verb is the second, not "fishermen"
    return None


def _past_form(word: str) -> bool:
    """``word`` reads as a verb's past form: "welcomed", "found"; not a noun ("costs")."""
    low = word.lower()
    return word[:1].islower() and low not in _ADVERBS | _PRONOUNS | _ANAPHORS and (
        low.endswith("ed") or (_lemma(low) != low and not low.endswith((*_PLURALS, "ing"))))


def _group_end(words: list[str], i: int) -> int:
    """The last word of the verb group opening at the auxiliary ``words[i]``."""
    j = i
    while j + 1 < len(words) and (words[j + 1].lower() in _ADVERBS | _NEGATIONS | {"been", "be"}
                                  or words[j + 1].lower().endswith("ly")):
        j += 1
    return j + 1 if j + 1 < len(words) and words[j + 1][:1].islower() else j


def _tensed(group: list[str], plural: bool) -> str | None:
    """The verb group ``group`` (its words as written) in the present; None for a modal, a
    denial, a past "be" alone, or a group the rules cannot read."""
    low = [w.lower() for w in group]
    if set(low) & (_MODALS | _NEGATIONS) or any(w.endswith("n't") for w in low):
        return None
    adverbs = [w for w in group[:-1] if w.lower() in _ADVERBS or w.lower().endswith("ly")]
    verb = group[-1]
    head = " ".join([*adverbs, ""])
    if len(group) == 1:
        lemma = _lemma(verb)
        if lemma == verb.lower() or verb.lower().endswith("s") and not verb.lower().endswith(
                "ss") and lemma + "s" == verb.lower() or verb.lower() in _BE_PRESENT:
            return verb  # already the present: kept as written
        if lemma == "be":
            return None
        return present_en(lemma, plural=plural)
    aux = low[0]
    if aux in _PERFECT or aux in ("did", "does", "do"):
        if "been" in low:  # "had been designed": a passive, "is designed"
            return f"{head}{present_en('be', plural=plural)} {verb}"
        return f"{head}{present_en(_lemma(verb), plural=plural)}"
    if aux in _BE_PAST:  # "was designated" → "is designated"
        return f"{head}{present_en('be', plural=plural)} {verb}"
    if aux in _BE_PRESENT:
        return " ".join(group)
    return None


def _subject(words: list[str], names: Sequence[str], opening: bool = True
             ) -> tuple[str, bool] | None:
    """(subject as a headline writes it, plural) from the words before the verb: no leading
    article; the name that ends it without the title before it ("executive chairwoman Mitchell
    Baker" → "Mitchell Baker"); None for a pronoun, an indefinite, a relative or a long phrase.
    ``opening``: the words may open in lower case (a clause after "In 2017, …")."""
    while words and (words[-1].lower() in _ADVERBS or words[-1].lower().endswith("ly")):
        words = words[:-1]
    words = [w.strip(",;:") for w in words]
    if not words or words[0].lower() in _PRONOUNS or not words[0][:1].isalnum() or (
            words[0][:1].islower() and not opening) or {w.lower() for w in words} & _RELATIVES \
            or words[-1].lower() in ("and", "or") or any(map(_past_form, words)):
        return None  # "a mobile OS called …", "said the vault …": no subject of a clause
    if words[0].lower() == "the":
        words = words[1:]
    text = " ".join(words)
    for name in sorted(names, key=len, reverse=True):
        before = text[:-len(name)].split()
        # a title in apposition ("executive chairwoman Mitchell Baker"), not "A and B"
        if len(name.split()) >= 2 and text.endswith(" " + name) and before[-1][:1].islower() \
                and before[-1] not in ("and", "or", "of", "from", "with", "for", "by"):
            text, words = name, name.split()
            break
    if not words or len(words) > 6 or len(text) > 50:
        return None
    plural = _plural(words)
    return text[0].upper() + text[1:], plural


def _plural(words: list[str]) -> bool:
    """A plural subject, as far as its words show: a common noun in -s at its end ("gene
    banks", "Supporters"), or "and" between two names or plurals ("OkCupid and CREDO Mobile";
    not "co-founder and CEO Sam Yagan")."""
    def plural_noun(word: str, first: bool) -> bool:
        return (word[:1].islower() or first) and word.lower().endswith(_PLURALS[:5]) \
            and not word.endswith(("ss", "us", "is", "'s", "’s", "ice"))

    # the head of "Two researchers from Oslo": the word before the first preposition
    head = next((i for i, w in enumerate(words) if i and w in _OF), len(words))
    words = words[:head]
    if plural_noun(words[-1], len(words) == 1):
        return True
    return any(w == "and" and 0 < i < len(words) - 1 and (
        words[i - 1][:1].isupper() or plural_noun(words[i - 1], False))
        for i, w in enumerate(words))


def _trimmed(rest: str) -> str:
    """``rest`` without the function words a cut left at its end: never ending on one."""
    from seo_kit.score.matching import function_words

    small = function_words("en")
    words = rest.split()
    while words and (words[-1].lower() in small or words[-1].lower() in _ANAPHORS
                     or words[-1].lower().endswith("ly")):
        words.pop()
    return " ".join(words)


def _rest(text: str) -> str:
    """The verb's complement, up to the clause's end; a second verb after "and" ends it."""
    from seo_kit.score.grounding.rules import verb_like
    from seo_kit.score.grounding.words import key

    rest = _CLAUSE_END.split(text, maxsplit=1)[0]
    words = rest.split()
    for i, w in enumerate(words[:-1]):
        if w.lower() in ("and", "or"):
            nxt = words[i + 1].strip(".,;").lower()
            second = verb_like(0, [nxt], key(_lemma(nxt)), "en") and words[i + 1][:1].islower() \
                and (nxt.endswith("ed") or _lemma(nxt) != nxt)  # "… and returned new seeds"
            after = [m.group(0) for m in _WORD.finditer(" ".join(words[i + 1:]))]
            clause = _verb_at(after)  # "… and Mitchell Baker posted a statement"
            # "… on April 3, 2014 and Mitchell Baker, …": a name after "and" that follows no
            # name opens a clause of its own ("Lebanon and Morocco" is one complement)
            named = words[i + 1][:1].isupper() and not words[i - 1][:1].isupper() if i else False
            if second or named or (clause and clause[0] <= 6 and _subject(
                    after[:clause[0]], (), opening=False)):
                return " ".join(words[:i])
    return rest.strip()


def headlines_en(sentence: str, *, names: Sequence[str] = (), keyphrase: str | None = None,
                 limit: int = 70, dated_past: bool = False) -> list[str]:
    """Present-tense clauses of ``sentence`` (English), each ≤ ``limit`` characters, the whole
    complement first, then cut before a complement (never losing a time, ``TIME``), the
    keyphrase-led ones first: "On March 24, 2014, Mozilla promoted Brendan Eich to the role of
    CEO." → ["Mozilla promotes Brendan Eich to the role of CEO", "Mozilla promotes Brendan
    Eich"]. The main clause first, then the clauses after "while", "but", "and" with a subject of
    their own. Empty when no clause is read. ``dated_past``: a clause that holds a time keeps
    the verb as written (a sentence of a list, not a title)."""
    out: list[str] = []
    body = sentence.strip().rstrip(".!?")
    segments = re.split(r"(?<!\d),\s+|(?<=\d),\s+(?!\d{4}\b)|;\s+|\s+[—–]\s+|:\s+", body)
    for k, segment in enumerate(segments):
        stripped = re.match(r"(?:while|but|and|whereas|so)\s+", segment.strip())
        segment = segment.strip()[stripped.end() if stripped else 0:]
        found = list(_WORD.finditer(segment))
        words = [m.group(0) for m in found]
        at = _verb_at(words, 0 if k >= 2 and words and words[0][:1].islower() else 1)
        if at is None:
            continue
        first, last = at
        subject = _subject(segment[:found[first].start()].split(), names,
                           opening=k > 0 or stripped)
        if first == 0 and k >= 2 and _apposed(segments[k - 1]):
            # "Marie Haga, the former head of the Crop Trust, called …": the name before the
            # apposition is the subject
            subject = _subject(segments[k - 2].split(), names) \
                if all(w[:1].isupper() for w in segments[k - 2].split()) else None
        if subject is None:
            continue
        text, plural = subject
        written = segment[found[first].start():found[last].end()]
        verb = _tensed(words[first:last + 1], plural)
        if verb is None:
            continue
        rest = _rest(segment[found[last].end():])
        passive = verb.split()[-2:-1] in (["is"], ["are"])  # its agent stays: "… by X"
        cuts = [rest, *(rest[:m.start()] for m in reversed(list(_COMPLEMENT.finditer(rest)))
                        if not TIME.search(rest[m.start():])
                        and not (passive and rest[m.start():].startswith(" by "))
                        and not rest[m.start():].startswith(" as "))]
        cuts = [c for c in dict.fromkeys(_trimmed(c) for c in cuts)
                if c and c.count('"') % 2 == 0 and c.count("“") == c.count("”")]
        for tail in cuts:
            form = written if dated_past and TIME.search(tail) else verb
            heading = f"{text} {form} {tail}"
            if len(heading) <= limit and heading not in out and not (
                    {w.lower() for w in tail.split()} & _ANAPHORS):
                out.append(heading)
    if keyphrase:
        out.sort(key=lambda h: not h.lower().startswith(keyphrase.lower()))
    return out
