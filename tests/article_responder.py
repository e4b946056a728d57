"""A scripted-server responder that writes plausible French SEO articles, step by step.

The rewrite engine asks for an H1, a lead, each section, its heading, then the meta tags (see
seo_kit/rewrite/prompts/fr/rewrite.toml). This responder answers each step from the sentences of the article
found between <article> and </article>, so the result keeps the source's facts, has subheadings,
contains the keyphrase and reaches the requested length. It is deterministic: the same request gets
the same answer, which is what cache tests count on.
"""

from __future__ import annotations

import re
from typing import Any

_ARTICLE = re.compile(r"<article>\s*(.*?)\s*</article>", re.DOTALL)
_SENTENCE = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«])")
_HEADINGS = ("Les faits essentiels", "Le contexte diplomatique", "Les enjeux militaires",
             "Une relation ancienne", "Ce que disent les experts", "Les prochaines étapes",
             "Les réactions internationales", "Ce qu’il faut retenir")
_TONE_OPENERS = {
    "pédagogique": "Pour bien comprendre, ",
    "engageant": "Voici pourquoi c’est important : ",
    "expert": "Selon les analystes, ",
}


def _user_text(request: dict[str, Any]) -> str:
    users = [m.get("content", "") for m in request.get("messages", []) if m.get("role") == "user"]
    return users[-1] if users else ""


def _system_text(request: dict[str, Any]) -> str:
    return " ".join(m.get("content", "") for m in request.get("messages", [])
                    if m.get("role") == "system")


def _sentences(prompt: str) -> list[str]:
    match = _ARTICLE.search(prompt)
    body = match.group(1) if match else "La visite a eu lieu. Les deux pays ont discuté."
    lines = [line.strip(" #") for line in body.splitlines() if line.strip()]
    return [s.strip() for line in lines for s in _SENTENCE.split(line) if len(s.split()) > 3]


def _keyphrase(prompt: str) -> str:
    match = re.search(r"(?:Mots-clés|Keywords)\s*:\s*([^.\n]+)", prompt)
    keyphrase = match.group(1).split(",")[0].strip() if match else "-"
    return keyphrase if keyphrase != "-" else "la visite"


def _number(pattern: str, text: str, default: int) -> int:
    match = re.search(pattern, text)
    return int(match.group(1)) if match else default


def _tone_opener(request: dict[str, Any]) -> str:
    system = _system_text(request)
    return next((opener for tone, opener in _TONE_OPENERS.items() if f"ton {tone}" in system), "")


def _paragraphs(sentences: list[str], words: int, start: int, keyphrase: str,
                opener: str = "") -> str:
    """About `words` words of the source's sentences from `start`, in paragraphs of three."""
    chosen, count, i = [], 0, start
    while count < words and sentences:
        sentence = sentences[i % len(sentences)]
        chosen.append(sentence)
        count += len(sentence.split())
        i += 1
    if chosen and keyphrase.lower() not in " ".join(chosen).lower():
        chosen[0] = f"Au sujet de {keyphrase}, {chosen[0][0].lower()}{chosen[0][1:]}"
    if chosen and opener:
        chosen[0] = f"{opener}{chosen[0][0].lower()}{chosen[0][1:]}"
    return "\n\n".join(" ".join(chosen[j:j + 3]) for j in range(0, len(chosen), 3))


def article_responder(request: dict[str, Any]) -> str:
    """Answer one step of the rewrite engine (outline, lead, section, meta) or a whole article."""
    prompt = _user_text(request)
    step = prompt.rsplit("</article>", 1)[-1]
    sentences = _sentences(prompt)
    keyphrase = _keyphrase(prompt)
    opener = _tone_opener(request)
    if any(m in step for m in ("Phrase trop longue", "Phrase à corriger", "Phrase de l'article")):
        # repairs: the sentence given, left as it is
        return step.split(" : ", 1)[1].split("\n")[0]
    if "Donne un intertitre" in step:
        return _HEADINGS[sum(map(ord, prompt)) % len(_HEADINGS)]
    if "titre H1" in step or (re.search(r"\bplan\b", step) and "intertitre" in step):
        n = _number(r"(\d+) (?:lignes|intertitres)", step, 4)
        title = f"# {keyphrase} : ce qu’il faut savoir sur la visite"
        return "\n".join([title] + [f"## {h}" for h in _HEADINGS[:n]])
    if "Titre SEO" in step:
        return (f"Titre SEO : {keyphrase} : les enjeux de la visite\n"
                f"Méta-description : {keyphrase} : ce que l’on sait de la visite, de ses enjeux "
                "militaires et diplomatiques, et de la relation entre les deux pays.")
    if "chapô" in step:
        return _paragraphs(sentences, _number(r"environ (\d+) mots", step, 60), 0, keyphrase,
                           opener)
    heading = re.search(r"partie « ([^»]+) »", step, re.IGNORECASE)
    if heading or "Réécris ce passage" in step or "déjà écrite" in step:
        # a section, or more text for a section ("déjà écrite": start further on)
        position = _HEADINGS.index(heading.group(1)) if heading and \
            heading.group(1) in _HEADINGS else 0
        words = _number(r"environ (\d+) mots", step, 150)
        start = 3 * (position + 1) + (7 if "déjà écrite" in step else 0)
        return _paragraphs(sentences, words, start, keyphrase)
    # any other prompt (restructure, a custom template): a whole article in one answer
    target = _number(r"au moins (\d+) mots", prompt, 700)
    parts = [f"# {keyphrase} : ce qu’il faut savoir", _paragraphs(sentences, 60, 0, keyphrase)]
    per_section = max(80, (target - 40) // 4 + 20)
    for position, heading_text in enumerate(_HEADINGS[:4]):
        parts += [f"## {heading_text}", _paragraphs(sentences, per_section, 3 * (position + 1),
                                                    keyphrase)]
    return "\n\n".join(parts)
