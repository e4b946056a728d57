"""The check panel's content as plain data: each check with one sentence of advice, grouped the
way Yoast's sidebar groups them, and the sentences a check is about (the "eye").

    >>> panel = check_panel(report, ui_lang="fr", keyphrase="Lavrov")
    >>> [item.name for item in panel.problems]
    >>> concerned_sentences(text, "textSentenceLength", lang="fr")

Checks the CMS owns (images, links, alt texts) are listed apart and left out of the rewrite's
SEO score: a rewrite cannot add a photo or an internal link. The advice sentences live in
data/advice.toml (French and English, one table); the thresholds they quote are Yoast SEO's.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from seo_kit.score import seo_total
from seo_kit.score.report import CheckResult, Report

__all__ = ["CMS_CHECKS", "EYE_CHECKS", "CheckItem", "Panel", "advice", "check_name", "check_panel",
           "concerned_sentences", "rewrite_seo_score"]

# What the CMS adds after the rewrite: images and their alt texts, links.
CMS_CHECKS = frozenset({"images", "imageKeyphrase", "altTextLength", "duplicateAltText",
                        "internalLinks", "externalLinks", "textCompetingLinks"})
# Checks whose sentences can be pointed at in the text.
EYE_CHECKS = ("textSentenceLength", "passiveVoice", "textTransitionWords", "keyphraseDensity",
              "keyphraseDistribution", "introductionKeyword", "sentenceBeginnings", "grounding",
              "instructionLikeText", "injectedTask")
# Checks whose value lists the sentences themselves (dicts with "sentence"/"text", or
# [sentence, reason] pairs).
LISTED_CHECKS = ("grounding", "instructionLikeText", "injectedTask")
LONG_SENTENCE_WORDS = 20  # Yoast's recommended maximum sentence length (French and English)


@cache
def _advice_table() -> dict[str, dict[str, dict[str, str]]]:
    data = resources.files("seo_kit.notebook").joinpath("data", "advice.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "…" if key == "keyphrase" else ""


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return "" if value is None or isinstance(value, (dict, list, tuple)) else str(value)


def check_name(check_id: str, ui_lang: str) -> str:
    """The check's name in `ui_lang` (its id when the table has none)."""
    return _advice_table().get(check_id, {}).get(ui_lang, {}).get("name", check_id)


def advice(check: CheckResult, ui_lang: str, keyphrase: str | None = None) -> tuple[str, str]:
    """(the check's name, one sentence: what to fix, or what is right) in `ui_lang`.
    A check without an entry in the table keeps its own (English) message."""
    entry = _advice_table().get(check.id, {}).get(ui_lang)
    if entry is None:
        name, _, rest = check.message.partition(": ")
        return (name or check.id), (rest or check.message)
    values = _Blank(value=_shown(check.value), keyphrase=keyphrase or "")
    if ui_lang == "fr" and isinstance(check.value, float):
        values["value"] = values["value"].replace(".", ",")
    sentence = entry["good"] if check.rating == "good" else entry["fix"]
    return entry["name"], sentence.format_map(values)


@dataclass(frozen=True)
class CheckItem:
    id: str
    name: str
    advice: str
    rating: str  # "good" | "ok" | "bad" | "feedback" | "error"
    group: str  # "seo" | "readability" | "extra"
    eye: bool  # its sentences can be highlighted


@dataclass(frozen=True)
class Panel:
    problems: tuple[CheckItem, ...]
    improvements: tuple[CheckItem, ...]
    good: tuple[CheckItem, ...]
    cms: tuple[CheckItem, ...]
    seo_score: int  # Yoast's formula over the checks a rewrite can act on
    readability_score: int


def rewrite_seo_score(report: Report) -> int:
    """Yoast's SEO score (round(Σ scores / (n·9) · 100)) without the CMS-owned checks."""
    return seo_total([c for c in report.checks if c.group == "seo" and c.id not in CMS_CHECKS])


def check_panel(report: Report, *, ui_lang: str, keyphrase: str | None = None) -> Panel:
    """Every check of `report` as a CheckItem, grouped: problems (bad, error), improvements (ok),
    good; CMS-owned checks apart whatever their rating. Feedback-only checks go with the good."""
    groups: dict[str, list[CheckItem]] = {"problems": [], "improvements": [], "good": [],
                                          "cms": []}
    for check in report.checks:
        name, sentence = advice(check, ui_lang, keyphrase)
        item = CheckItem(check.id, name, sentence, check.rating, check.group,
                         check.id in EYE_CHECKS)
        if check.id in CMS_CHECKS:
            groups["cms"].append(item)
        elif check.rating in ("bad", "error"):
            groups["problems"].append(item)
        elif check.rating == "ok":
            groups["improvements"].append(item)
        else:
            groups["good"].append(item)
    return Panel(**{k: tuple(v) for k, v in groups.items()},
                 seo_score=rewrite_seo_score(report), readability_score=report.readability_score)


def listed_sentences(value: Any) -> list[str]:
    """The sentences a check's value lists: [{"sentence"|"text": …}, …], [[sentence, …], …], or
    the grounding check's {"unsupported": [{"sentence", "closest", …}, …], "unverified": […]}."""
    if isinstance(value, dict):
        value = [*(value.get("unsupported") or ()), *(value.get("unverified") or ())]
    found = []
    for item in value or ():
        if isinstance(item, dict):  # the first of these that holds text
            sentence = next((item[k] for k in ("sentence", "text")
                             if isinstance(item.get(k), str)), None)
        elif isinstance(item, (list, tuple)) and item:
            sentence = item[0]
        else:
            sentence = getattr(item, "sentence", item)
        if sentence:
            found.append(str(sentence))
    return found


def concerned_sentences(text: str, check_id: str, *, lang: str, keyphrase: str | None = None,
                        value: Any = None) -> list[str]:
    """The sentences of `text` a check is about, as they appear in the parsed text:
    long sentences (> 20 words), passive ones, those WITH a transition word (so the others
    stand out), those holding the keyphrase, the first paragraph (where the introduction's
    keyphrase is looked for), consecutive ones starting alike, and for
    "grounding" the unsupported sentences given by the grounding check's result."""
    from seo_kit import lang as language
    from seo_kit.text.document import parse

    if check_id in LISTED_CHECKS:
        return listed_sentences(value)
    doc = parse(text, lang=lang)
    sentences = [s for s in doc.sentences if s.words]
    if check_id == "textSentenceLength":
        return [s.text for s in sentences if len(s.words) > LONG_SENTENCE_WORDS]
    if check_id == "passiveVoice":
        return [s.text for s in sentences if language.is_passive(s.tokens, lang)]
    if check_id == "textTransitionWords":
        return [s.text for s in sentences if language.is_transition_sentence(s.tokens, lang)]
    if check_id == "sentenceBeginnings":
        return _repeated_beginnings(sentences)
    if check_id == "introductionKeyword":  # what Yoast reads: the first paragraph
        first = next((b for b in doc.paragraphs if b.sentences), None)
        return [s.text for s in first.sentences] if first else []
    if check_id in ("keyphraseDensity", "keyphraseDistribution"):
        if not keyphrase:
            return []
        from seo_kit.score.matching import build_topic, count_topic_in_tokens

        topic = build_topic(keyphrase, lang)
        hits = [s.text for s, tokens in zip(doc.sentences, doc.analysis.match_tokens)
                if s.words and count_topic_in_tokens(topic, tokens)]
        return hits
    return []


def _repeated_beginnings(sentences: list) -> list[str]:
    """Runs of three or more consecutive sentences starting with the same word (Yoast's rule)."""
    marked: list[str] = []
    run: list = []
    for sentence in [*sentences, None]:
        first = sentence.tokens[0] if sentence is not None and sentence.tokens else None
        if run and first == run[0].tokens[0]:
            run.append(sentence)
            continue
        if len(run) >= 3:
            marked += [s.text for s in run]
        run = [sentence] if first else []
    return marked
