"""Each source sentence told once: across the standfirst and the sections, and by a closing list
that summarises instead of repeating.

The embedded model's seed variant told Lavrov's arrival three times (standfirst, a section, the
"À retenir" list), Kirby's statement twice and Kim's Vostochny visit twice (issue #11). Every
sentence of a grounded draft stands for a source sentence (grounding's anchor); ``tell_once``
keeps, of the sentences that stand for the same one, the first, and a later one only when it
states a fact (a name, number or date) the earlier ones do not — and when that later one states
everything the standfirst's telling does and more (the lede in full), it takes the standfirst's
place. Source sentences that tell the same thing twice (the seed tells Kim's visit in its first
and fifth sentences: ``source_twins``) count as one. ``recap_lines`` makes the closing list of
short summaries: present-tense main clauses (seo_kit.rewrite.headline) of the key-fact sentences,
each gated like a heading and unlike every heading, never a body sentence again.
"""

from __future__ import annotations

import re

from seo_kit.rewrite.clean import content_words

__all__ = ["TWIN_SHARE", "recap_lines", "source_twins", "tell_draft_once", "tell_once"]

# A list line is not a heading: it may say the clause with its complements, up to about 15
# words (Yoast's sentence-length limit is 20 words), where a heading stops at 70 characters.
RECAP_CHARS = 120
TWIN_SHARE = 0.8  # NEAR_REPEAT (seo_kit.rewrite.clean): share of content words the twin holds


def _name_tokens(sentence: str, lang: str) -> frozenset[str]:
    """The words of the facts a sentence states ("Vladimir Poutine" → {vladimir, poutine}):
    "Kim" is then a fact "Kim Jong-un" holds."""
    from seo_kit.score.facts import extract_facts
    from seo_kit.text.fold import fold

    return frozenset(w for value in extract_facts(sentence, lang=lang).values()
                     for w in re.findall(r"\w+", fold(value).lower()))


def source_twins(sentences: list[str] | tuple[str, ...], lang: str) -> dict[int, int]:
    """index → the index of the earlier source sentence it tells again (TWIN_SHARE of its content
    words, at least 4, and every fact of it in the earlier one), for the sentences that have
    one; an index without a twin is absent."""
    said = [(content_words(s, lang=lang), _name_tokens(s, lang)) for s in sentences]
    twins: dict[int, int] = {}
    for j, (words, facts) in enumerate(said):
        for i in range(j):
            if i in twins:
                continue
            other, other_facts = said[i]
            small, big = sorted(((words, facts), (other, other_facts)), key=lambda w: len(w[0]))
            if len(small[0]) >= 4 and len(small[0] & big[0]) >= TWIN_SHARE * len(small[0]) \
                    and small[1] <= big[1]:
                twins[j] = i
                break
    return twins


def tell_once(parts: list[list[list[str]]], stand_for: dict[str, int], source, *,
              lang: str, keep_standfirst: bool = False) -> int:
    """Take out, in place, from ``parts`` (standfirst, then sections → paragraphs → sentences)
    every sentence standing for a source sentence (``stand_for``: sentence → source index) told
    already, unless it states a fact none of the earlier tellings does; a later telling that
    states every fact of the earlier ones and more takes the first one's place (the standfirst
    keeps the news, in full). Bullet lines are not looked at. ``keep_standfirst``: the
    standfirst is not counted as a telling (its sentences stay, and the sections tell the same
    source sentences once among themselves): a short summary of the news over the full telling,
    for a source too short for the brief's length otherwise. Returns how many sentences went."""
    twins = source_twins(source.sentences, lang)
    told: dict[int, list[tuple[int, int, int]]] = {}  # source → places (part, paragraph, k)
    facts = {}
    gone = 0
    for p, part in enumerate(parts):
        if p == 0 and keep_standfirst:
            continue
        for q, paragraph in enumerate(part):
            for k, sentence in enumerate(paragraph):
                if sentence is None or sentence.lstrip().startswith("- ") \
                        or sentence not in stand_for:
                    continue
                index = stand_for[sentence]
                index = twins.get(index, index)
                mine = facts.setdefault(sentence, _name_tokens(sentence, lang))
                places = told.setdefault(index, [])
                earlier = [parts[a][b][c] for a, b, c in places]
                known = frozenset().union(*(facts[e] for e in earlier)) if earlier else None
                if known is not None and known < mine:
                    # the fuller telling takes the place of the first one (the standfirst's
                    # lede in full; the twin that names "Kim Jong-un" where the other said
                    # "Kim"); the others go
                    a, b, c = places[0]
                    parts[a][b][c] = sentence
                    for a, b, c in places[1:]:
                        parts[a][b][c] = None
                    del places[1:]
                    paragraph[k] = None
                    gone += len(earlier)
                    continue
                if known is None or mine - known:
                    places.append((p, q, k))  # it says something the others do not
                    continue
                paragraph[k] = None
                gone += 1
    for part in parts:
        for paragraph in part:
            paragraph[:] = [s for s in paragraph if s is not None]
    return gone


def recap_lines(draft, source, *, keyphrase: str | None, taken: set[str],
                k: int = 6) -> list[str]:
    """Up to ``k`` short summaries of the draft's key facts for a closing list: main clauses of
    the sentences with the most facts (names, numbers, dates), in the present unless they hold
    a time (a dated past event keeps the source's past tense: "Lavrov s’est rendu … en 2018"),
    each passing
    the heading rules over the whole draft (``ground.heading_problem``: the strict gate, not
    alike any of ``taken`` — the H1 and the headings — nor each other). Fewer than two: none
    (a list that can only repeat the text is left out)."""
    from seo_kit.rewrite.heading_rules import heading_key
    from seo_kit.rewrite.headings import headline_for
    from seo_kit.text.tokens import split_sentences

    text = "\n".join([draft.intro, *(s.body for s in draft.sections)])
    sentences = [s for line in text.split("\n") if line.strip() and not line.startswith("- ")
                 for s in split_sentences(line, lang=source.lang)]
    ranked = sorted(sentences, key=lambda s: -len(_name_tokens(s, source.lang)))
    seen = set(taken)
    lines: list[tuple[int, str]] = []  # (place of its sentence in the text, line)
    for sentence in ranked:
        line = headline_for(sentence, source, taken=seen, passage=text, keyphrase=keyphrase,
                            limit=RECAP_CHARS, dated_past=True)
        # a line the text holds word for word is a repeat (a short dated sentence kept in its
        # past tense is its own summary), not a key fact told once more
        if line and line not in text:
            lines.append((sentences.index(sentence), line))
            seen.add(heading_key(line))
        if len(lines) == k:
            break
    varied = _varied([line for _, line in sorted(lines)], source.lang)
    return varied if len(varied) >= 2 else []


def _varied(lines: list[str], lang: str) -> list[str]:
    """``lines`` without each one that would make a third line in a row opening on the same
    word (Yoast's sentenceBeginnings turns bad at three, list lines included: corpus text 14's
    English recap "Mozilla announces a deal / Mozilla announces funding / Mozilla promotes…"
    took Yoast's readability from 60 to 30). The opening word as the scorer reads it
    (seo_kit.score.checks.readability: a first word of the language's exceptions, "The",
    "Le", with the next)."""
    from seo_kit.lang import resources

    exceptions = {w.replace("’", "'") for w in resources(lang).first_word_exceptions}

    def opening(line: str) -> str:
        words = re.findall(r"[\w'’-]+", line.lower().replace("’", "'"))[:2]
        return " ".join(words) if words and words[0] in exceptions else words[0] if words else ""

    kept: list[str] = []
    for line in lines:
        if len(kept) >= 2 and all(opening(k) == opening(line) for k in kept[-2:]):
            continue
        kept.append(line)
    return kept


def tell_draft_once(draft, source, verdicts: dict, *, keep_standfirst: bool = False) -> int:
    """``tell_once`` on a grounded Draft, in place; ``verdicts``: sentence → grounding Verdict
    (``ground.ground_draft`` / ``ground.restore_news``). Returns the sentences taken out."""
    from seo_kit.text.tokens import split_sentences

    lang = source.lang
    stand_for = {s: i for s, v in verdicts.items()
                 if v.supported and (i := source.anchor(v)) is not None}
    bodies = [draft.intro, *(s.body for s in draft.sections)]
    parts = [[split_sentences(p, lang=lang) if not p.lstrip().startswith("- ") else [p]
              for p in re.split(r"\n\s*\n", body) if p.strip()] for body in bodies]
    gone = tell_once(parts, stand_for, source, lang=lang, keep_standfirst=keep_standfirst)
    texts = ["\n\n".join(" ".join(par) for par in part if par) for part in parts]
    draft.intro = texts[0]
    for section, body in zip(draft.sections, texts[1:], strict=True):
        section.body = body
    return gone
