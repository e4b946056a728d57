"""Turn model answers into clean Markdown, check a draft against its brief, and fix what can be
fixed without a model (one H1, SEO title with the keyphrase, slug, clean Markdown).

The constraints a Variant records (name → met):

    min_words          the text has at least brief.min_words words (as Yoast counts them)
    single_h1          exactly one H1
    subheadings        at least two H2/H3
    language           seo_kit.lang.detect_language(text) == brief.lang
    keyphrase_in_intro Yoast's introductionKeyword is good (first paragraph holds the keyphrase)
    keyphrase_in_title Yoast's keyphraseInSEOTitle is good
    no_unsupported_claims  every sentence and heading is supported by the source (the scorer's
                       ``grounding`` check with source=: no changed name, number or date, no
                       role swap, no invented cause, intent or judgement)
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from seo_kit.errors import InputError
from seo_kit.text.document import parse
from seo_kit.text.fold import slugify as text_slugify

__all__ = [
    "assemble",
    "check_constraints",
    "clean_answer",
    "cut_to_sentence",
    "drop_repeats",
    "fallback_meta",
    "fallback_title",
    "parse_meta",
    "parse_outline",
    "sections_of",
    "short_heading",
    "slugify",
]

_HEADING = re.compile(r"^\s*(#{1,6})\s*(.+?)\s*#*\s*$")
_LABEL = re.compile(r"^\s*(?:\*\*)?(chapô|chapeau|introduction|standfirst|intro|texte|text|"
                    r"paragraphe \d+|paragraph \d+|partie \d+|section \d+)(?:\*\*)?\s*:\s*(?:\*\*)?",
                    re.IGNORECASE)
_PREAMBLE = re.compile(r"^(voici|here is|here's|bien sûr|certainly|sure)\b.*:\s*$", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/div|/blockquote|/li|hr)\s*/?\s*>", re.IGNORECASE)
_HTML_DROPPED = re.compile(r"<\s*(script|style|iframe|noscript|template|svg)\b.*?<\s*/\s*\1\s*>",
                           re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_BOLD_LINE = re.compile(r"^\*\*[^*]+\*\*\s*:?\s*$|^__[^_]+__\s*:?\s*$")
# Lines a model copies from the prompt (user message and step texts) instead of writing.
_PROMPT_ECHO = re.compile(
    r"^(?:mots-clés|keywords|plan|outline|problème|problem|passage de l'article|phrase à "
    r"corriger)\s*:|article final en markdown|final article in markdown|réponds seulement|"
    r"answer with|pas de titre\.|no heading\.", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…](?:[ \u00a0\u202f]?[»\"”’)\]])*(?=\s|$)")
SEO_TITLE_MAX = 60
META_MAX = 155
META_MIN = 120  # Yoast's metaDescriptionLength is good from 120 characters


def clean_answer(text: str, *, keep_headings: bool = False) -> str:
    """A model's answer as body Markdown: no code fences, labels, preambles, raw HTML, bold
    pseudo-headings, lines echoed from the prompt or (by default) headings."""
    out = []
    text = re.sub(r"</?\s*(?:article|draft)\s*>", "", text, flags=re.IGNORECASE)  # echoed markers
    text = _HTML_DROPPED.sub("", text)  # script, style…: their content is not article text
    text = _HTML_BREAK.sub("\n\n", text)
    text = html.unescape(_HTML_TAG.sub("", text)) if _HTML_TAG.search(text) else text
    for line in text.replace("\r", "").splitlines():
        stripped = line.strip()
        if stripped.startswith("```") or stripped in ("---", "***", "___"):
            continue
        if _PREAMBLE.match(stripped) or _PROMPT_ECHO.search(stripped):
            continue
        if _HEADING.match(stripped) and not keep_headings:
            continue
        line = _LABEL.sub("", line).strip()
        if _BOLD_LINE.match(line) and len(line.split()) <= 14:
            continue  # a bold pseudo-heading
        line = line.replace("**", "")  # a news body has no bold: a longer bold line is a sentence
        line = re.sub(r"^>\s*", "", line)  # a quote block in a news body is a model's habit
        out.append(line)
    body = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", body).strip()


def cut_to_sentence(text: str) -> str:
    """Drop the unfinished sentence an answer cut by max_tokens ends with."""
    text = text.rstrip()
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return text
    return text[:ends[-1].end()].rstrip()


def _strip_marks(line: str) -> str:
    line = re.sub(r"^\s*(?:#{1,6}|[-*•]|\d{1,2}[.):]|H[1-6]\s*:)\s*", "", line)
    return line.strip().strip("*_«»\"“” ").rstrip(":").strip()


def short_heading(sentence: str, lang: str, max_words: int = 9) -> str:
    """The start of a sentence's first clause, never ending on a function word ("de", "la")."""
    from seo_kit.lang import resources

    function_words = resources(lang).function_words
    clause = re.split(r"[,;:(]| selon | according to |\. ", sentence)[0].rstrip(".!? ")
    words = clause.split()[:max_words]
    while len(words) > 3 and (words[-1].lower() in function_words
                              or words[-1].lower().endswith(("’", "'"))):
        words.pop()
    return " ".join(words)


def parse_outline(text: str, n_sections: int, *, lang: str) -> tuple[str | None, list[str]]:
    """The H1 and the H2 intertitles of an outline answer (tolerant of numbering and bullets)."""
    h1, h2s = None, []
    for line in text.splitlines():
        if not line.strip():
            continue
        heading = _HEADING.match(line)
        level = len(heading.group(1)) if heading else None
        title = _strip_marks(line)
        if len(title.split()) > 12:  # a sentence, not a title: keep the start of its first clause
            title = short_heading(title, lang)
        if not title:
            continue
        first_word = title.split()[0].lower() if title else ""
        if first_word in ("introduction", "conclusion", "plan", "outline", "chapô", "titre",
                          "title", "intertitre", "subheading", "format") or \
                "tour de france" in title.lower():
            continue  # a label or the template's own example, not a heading
        if level == 1 and h1 is None:
            h1 = title
        elif level in (2, 3) or (heading is None and h1 is not None and re.match(
                r"^\s*(?:[-*•]|\d{1,2}[.):])\s+", line)):
            h2s.append(title)
    return h1, h2s[:n_sections]


def parse_meta(text: str) -> tuple[str | None, str | None]:
    """SEO title and meta description from "Titre SEO : …" / "Méta-description : …" lines."""
    title = meta = None
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key = _strip_marks(key).lower()
        value = value.strip().strip("*_«»\"“” ").strip()
        if not value:
            continue
        if "méta" in key or "meta" in key or "description" in key:
            meta = meta or value
        elif "titre" in key or "title" in key:
            title = title or value
    return title, meta


def _shorten(text: str, limit: int, lang: str) -> str:
    """``text`` within ``limit`` characters, cut at a clause boundary when there is one, else at
    a word boundary, never ending on a function word ("… pour renforcer le")."""
    from seo_kit.score.matching import function_words

    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    head = text[:limit + 1]
    bounds = [m.start() for m in re.finditer(r"[,;:(—–]\s", head)]
    if bounds and bounds[-1] >= 0.6 * limit:  # a clause boundary late enough to keep the sense
        return head[:bounds[-1]].strip()
    words = head.rsplit(" ", 1)[0].rstrip(" ,;:–-").split()
    small = function_words(lang)
    while len(words) > 2 and (words[-1].lower() in small or words[-1].endswith(("'", "’"))):
        words.pop()
    return " ".join(words)


def fallback_title(h1: str, keyphrase: str | None, limit: int = SEO_TITLE_MAX, *,
                   lang: str) -> str:
    """An SEO title from the H1 that starts with the keyphrase when the H1 lacks it."""
    title = h1.strip()
    if keyphrase and keyphrase.lower() not in title.lower():
        title = f"{keyphrase} : {title}"
    return _shorten(title, limit, lang)


def fallback_meta(intro: str, keyphrase: str | None, lang: str, limit: int = META_MAX) -> str:
    """A meta description from the first sentences of the standfirst, within ``limit`` chars."""
    from seo_kit.text.tokens import split_sentences

    sentences = split_sentences(intro, lang=lang) or [intro]
    if keyphrase:
        sentences.sort(key=lambda s: keyphrase.lower() not in s.lower())
    meta = ""
    for sentence in sentences:
        candidate = f"{meta} {sentence}".strip()
        if len(candidate) > limit:
            if len(meta) < META_MIN:  # too short alone: end on part of the next sentence
                meta = _shorten(candidate, limit - 1, lang).rstrip(".") + "…"
            break
        meta = candidate
    return meta or _shorten(sentences[0], limit - 1, lang).rstrip(".") + "…"


def slugify(text: str, max_words: int = 8) -> str:
    """A variant's slug: the one slugifier (``seo_kit.text.slugify``), first ``max_words`` words:
    "Le cœur de la réforme" → "le-coeur-de-la-reforme"."""
    return text_slugify(text, max_words=max_words)


def assemble(h1: str, intro: str, sections: list[tuple[str, str]], level: int = 2) -> str:
    """Markdown: one H1, the standfirst, then each (heading, body) as an H2 (or ``level``)."""
    parts = [f"# {h1.strip()}", intro.strip()]
    for heading, body in sections:
        parts.append(f"{'#' * level} {heading.strip()}")
        parts.append(body.strip())
    return "\n\n".join(p for p in parts if p) + "\n"


def sections_of(markdown: str) -> tuple[str | None, str, list[tuple[str, str]]]:
    """Inverse of assemble: (H1, intro, [(heading, body)…]); extra H1s become H2s."""
    h1, intro_lines, sections = None, [], []
    for line in markdown.splitlines():
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) <= 3:
            if h1 is None and len(heading.group(1)) == 1:
                h1 = heading.group(2)
            else:
                sections.append((heading.group(2), []))
            continue
        (sections[-1][1] if sections else intro_lines).append(line)
    join = lambda lines: re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return h1, join(intro_lines), [(h, join(body)) for h, body in sections]


def _normal(sentence: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", sentence.lower().replace("’", "'")).split())


def _echoes(line: str, heading: str) -> bool:
    """A first line that repeats the heading: short, unpunctuated, mostly the heading's words."""
    words, heading_words = set(_normal(line).split()), set(_normal(heading).split())
    return bool(words) and len(words) <= 14 and not line.rstrip().endswith((".", "!", "?")) \
        and len(words & heading_words) >= 0.7 * len(heading_words)


def drop_repeats(intro: str, sections: list[tuple[str, str]],
                 lang: str) -> tuple[list[tuple[str, str]], int]:
    """Sections without the sentences already said earlier, word for word (small models copy the
    same source passage into several sections), and without a first line that only echoes the
    heading. Bullet lines (a recap) are kept."""
    from seo_kit.text.tokens import split_sentences

    seen = {_normal(s) for s in split_sentences(intro, lang=lang)}
    dropped = 0
    cleaned = []
    for heading, body in sections:
        paragraphs = []
        for index, paragraph in enumerate(body.split("\n")):
            if index == 0 and _echoes(paragraph, heading):
                dropped += 1
                continue
            if paragraph.lstrip().startswith(("- ", "* ")):  # a recap list restates on purpose
                paragraphs.append(paragraph)
                continue
            kept = []
            for sentence in split_sentences(paragraph, lang=lang):
                key = _normal(sentence)
                if len(key.split()) > 3 and key in seen:
                    dropped += 1
                    continue
                seen.add(key)
                kept.append(sentence)
            paragraphs.append(" ".join(kept))
        text = "\n".join(paragraphs)
        cleaned.append((heading, re.sub(r"\n{3,}", "\n\n", text).strip()))
    return cleaned, dropped


def check_constraints(text: str, *, lang: str, min_words: int, keyphrase: str | None,
                      title: str, meta_description: str, slug: str, source: str | None,
                      task=None):
    """Score the draft (seo_kit.score) and say which constraints of the brief it meets.

    ``task`` (``Article.task``, an InjectedTask): ``no_injected_task`` holds when no sentence of
    the text, the SEO title or the meta description carries out an instruction hidden in the
    source; the report's ``injectedTask`` check is then the one made against that task."""
    from seo_kit.lang import detect_language
    from seo_kit.score import score

    doc = parse(text, lang=lang, fmt="markdown")
    report = score(text, keyphrase=keyphrase, title=title, meta_description=meta_description,
                   slug=slug, lang=lang, source=source)
    try:
        detected = detect_language(doc.text)
    except InputError:
        detected = None
    h1s = sum(1 for h in doc.headings if h.level == 1)
    subheadings = sum(1 for h in doc.headings if h.level in (2, 3))
    constraints = {
        "min_words": report.words >= min_words,
        "single_h1": h1s == 1,
        "subheadings": subheadings >= 2,
        "language": detected == lang,
    }
    if keyphrase:
        constraints["keyphrase_in_intro"] = _good(report, "introductionKeyword")
        constraints["keyphrase_in_title"] = _good(report, "keyphraseInSEOTitle")
    if task is not None:
        check = task.check(f"{text}\n\n{title}\n\n{meta_description}")
        report = replace(report, checks=tuple(c for c in report.checks if c.id != check.id)
                         + (check,))
        constraints["no_injected_task"] = check.score == 9
    if source:
        grounding = report.get("grounding")
        constraints["no_unsupported_claims"] = bool(grounding) and \
            not grounding.value["unsupported"]
    return constraints, report


def _good(report, check_id: str) -> bool:
    try:
        return report[check_id].rating == "good"
    except KeyError:
        return False
