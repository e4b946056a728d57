"""A scripted "model" for rewrite tests: answers each template step the way a small model would.

It reads the step from the last user message (outline, standfirst, section, meta, extend, relang,
fix_intro, restructure headings) and answers in French Markdown built from the sentences of the
article between <article> markers, so no fact is invented unless a test asks for it.

    writer = FrenchWriter(word_ratio=0.6)          # sections come out at 60 % of the words asked
    scripted_server.responder = writer
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from scripted_server import Reply

HEADINGS = ["Une visite très attendue", "Le voyage de Kim en Russie", "Des munitions pour Moscou",
            "Une relation ancienne", "Le rôle de la Chine", "Les craintes de Washington",
            "Une nouvelle guerre froide", "Les prochaines étapes"]
CONNECTORS = ["Par ailleurs,", "En outre,", "De plus,", "Selon les informations disponibles,",
              "Il faut rappeler que", "Dans le même temps,", "Pour mémoire,", "On notera que",
              "À ce propos,", "Comme le rappellent les observateurs,", "Ensuite,", "Enfin,",
              "Autre point important :", "Rappelons que", "Selon les médias,", "Toutefois,"]
# Sentence openers a connector puts in lower case ("Par ailleurs, le ministre…"); any other first
# word (a name: "Kim", "Lavrov") keeps its capital.
LOWER_FIRST = {"le", "la", "les", "l", "au", "aux", "lors", "plus", "ce", "cette", "ces",
               "après", "dans", "selon", "un", "une", "des", "il", "elle", "ils", "en", "d"}
ENGLISH = ("The minister arrived on Wednesday and the two countries discussed their ties. "
           "Experts believe that the visit was planned for a long time. ")


def _article(prompt: str) -> str:
    match = re.search(r"<article>\n(.*?)\n</article>", prompt, re.DOTALL)
    return match.group(1) if match else prompt


def _sentences(text: str) -> list[str]:
    text = re.sub(r"^\s*(?:#+|\d+\.)\s*", "", text, flags=re.MULTILINE)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]


def _asked(prompt: str, default: int) -> int:
    match = re.search(r"(?:environ|about) (\d+) (?:mots|words)", prompt)
    return int(match.group(1)) if match else default


@dataclass
class FrenchWriter:
    word_ratio: float = 1.0  # words written / words asked
    english_steps: set[str] = field(default_factory=set)  # steps answered in English (once each)
    invent: bool = False  # add a sentence with facts absent from the article
    keyphrase_in_intro: bool = True
    calls: list[str] = field(default_factory=list)

    def __call__(self, request: dict) -> Reply | str:
        prompt = request["messages"][-1]["content"]
        step = self.step_of(prompt)
        self.calls.append(step)
        if step in self.english_steps:
            self.english_steps.discard(step)
            return ENGLISH * 4
        return getattr(self, step)(prompt)

    @staticmethod
    def step_of(prompt: str) -> str:
        for marker, step in (("Donne le plan", "outline"), ("Donne le titre H1", "outline"),
                             ("H1 : (", "headings"), ("Titre SEO : (", "meta"),
                             ("paragraphes de plus", "extend"), ("paragraphe de plus", "extend"),
                             ("n'est pas en", "relang"), ("contient exactement", "fix_intro"),
                             ("Écris le chapô", "intro"), ("Écris le texte de la partie", "section"),
                             ("Réécris ce passage", "section"), ("Donne un intertitre", "heading"),
                             ("Phrase trop longue", "split_sentence"),
                             ("Phrase à corriger", "fix_sentence"),
                             ("Phrase de l'article", "fix_sentence")):
            if marker in prompt:
                return step
        return "other"

    def _text(self, prompt: str, words: int, salt: str) -> str:
        sentences = _sentences(_article(prompt))
        start = zlib.crc32(salt.encode()) % len(sentences)
        out, count, i = [], 0, start
        while count < words:
            sentence = sentences[i % len(sentences)]
            # a connector varies each sentence, as a paraphrase would: no two answers repeat
            connector = CONNECTORS[zlib.crc32(f"{salt}{i}".encode()) % len(CONNECTORS)]
            first = re.split(r"[\s’']", sentence, maxsplit=1)[0]
            if first.lower() in LOWER_FIRST:  # a name keeps its capital, as a model writes it
                sentence = f"{sentence[0].lower()}{sentence[1:]}"
            sentence = f"{connector} {sentence}"
            out.append(sentence)
            count += len(sentence.split())
            i += 1
        paragraphs = [" ".join(out[j:j + 2]) for j in range(0, len(out), 2)]
        if self.invent:
            paragraphs.append("Selon Le Figaro, 4 500 soldats ont défilé à Pyongyang en 2017.")
        return "\n\n".join(paragraphs)

    def outline(self, prompt: str) -> str:
        keyphrase = re.search(r"contient (?:exactement )?« (.+?) »", prompt).group(1)
        found = re.search(r"puis (\d+) intertitres", prompt)  # an older, whole-outline template
        lines = [f"# {keyphrase} : la visite"]
        lines += [f"## {HEADINGS[i - 1]}" for i in range(1, int(found.group(1)) + 1)] if found \
            else []
        return "\n".join(lines)

    def intro(self, prompt: str) -> str:
        keyphrase = re.search(r"contient (?:exactement )?« (.+?) »", prompt).group(1)
        lead = f"La visite de {keyphrase} marque une étape." if self.keyphrase_in_intro \
            else "Les deux pays ont discuté du renforcement de leurs liens de défense."
        text = f"{lead} {self._text(prompt, 40, 'intro')}".split("\n\n")[0]
        if not self.keyphrase_in_intro:  # a model that leaves the keyphrase out altogether
            text = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if keyphrase not in s)
        return text

    fix_intro = intro

    def section(self, prompt: str) -> str:
        return self._text(prompt, int(_asked(prompt, 150) * self.word_ratio), _article(prompt))

    def heading(self, prompt: str) -> str:
        """One of the stock headings (the engine refuses it when the text does not support it)."""
        return HEADINGS[zlib.crc32(_article(prompt).encode()) % len(HEADINGS)]

    def split_sentence(self, prompt: str) -> str:
        """The sentence cut before its first ", et il/elle/ils/les…" (two clauses), else given
        back unchanged (the engine keeps it then)."""
        sentence = re.search(r"Phrase trop longue : (.+)", prompt).group(1).strip()
        parts = re.split(r", et (?=(?:il|elle|ils|elles|les|la|le) )", sentence, maxsplit=1)
        if len(parts) < 2:
            return sentence
        return f"{parts[0]}. {parts[1][0].upper()}{parts[1][1:]}"

    def fix_sentence(self, prompt: str) -> str:
        """The source sentence given, as it is (a faithful rewrite)."""
        return re.search(r"(?:Passage|Phrase) de l'article : (.+)", prompt).group(1).strip()

    def extend(self, prompt: str) -> str:
        return self._text(prompt, int(_asked(prompt, 120) * self.word_ratio), "extend" + prompt)

    def relang(self, prompt: str) -> str:
        return self._text(prompt, _asked(prompt, 150), "relang")

    def meta(self, prompt: str) -> str:
        keyphrase = re.search(r"avec « (.+?) »", prompt).group(1)
        return (f"Titre SEO : {keyphrase} en visite officielle\n"
                f"Méta-description : {keyphrase} est arrivé mercredi pour une visite de deux "
                "jours, la dernière d’une vague d’activités diplomatiques entre les deux pays.")

    def headings(self, prompt: str) -> str:
        n = int(re.search(r"découpé en (\d+) parties", prompt).group(1))
        keyphrase = re.search(r"« (.+?) »", prompt.split("H1 :")[1]).group(1)
        lines = [f"H1 : {keyphrase} en visite officielle",
                 f"Titre SEO : {keyphrase} : la visite",
                 (f"Méta-description : {keyphrase} est arrivé mercredi pour une visite de deux "
                 "jours, la dernière d’une vague d’activités diplomatiques.")]
        lines += [f"{i} : {HEADINGS[i - 1]}" for i in range(1, n + 1)]
        return "\n".join(lines)

    def other(self, prompt: str) -> str:
        return "Réponse."
