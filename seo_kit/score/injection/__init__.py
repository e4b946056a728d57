"""Find instruction-like text (prompt injection) in an article before any model reads it.

    find_injections(raw, lang)            -> tuple[Finding, ...]   (pure, no model)
    without_injections(raw, findings, lang, keep_quoted=False) -> str
    InjectedTask.of(source, lang).reason(sentence)   a variant's sentence that obeys (obedience)
    injection_check(findings, lang)       the report's instructionLikeText check

Modules: hidden (where text hides in HTML, Markdown, invisible characters), match (folded tokens
and table phrases), speech (sentences, quotations, reported speech), rules (the kinds), detect
(findings, removal), obedience (the check behind the constraint no_injected_task).

A sentence is flagged by what it does, not by a list of phrases. Each sentence is read against
the tables of every language in ``seo_kit.lang.injection`` (fr, en, de, es, it: an English line
in a French article is found as well) for five kinds:

    addressee   it speaks to a model: "Note pour l'assistant :", "Dear AI,", "si tu es une IA",
                "any language model reading this text", "Assistant : …" followed by a directive
    override    a directive (imperative, infinitive at the start of a clause, or after "tu dois",
                "please"…) to ignore, forget or replace instructions ("consignes", "previous
                instructions", "tout ce qui précède")
    task        a directive to write something else: a genre (poème, recette, story, code…) or a
                request "plutôt / instead / ta nouvelle tâche"
    role-play   "tu es maintenant…", "you are now a…", "act as", "joue le rôle de", jailbreaks
    marker      chat-template and prompt markers: <|im_start|>, [INST], <<SYS>>, "### Instruction",
                "system:" at the start of a paragraph

Rules that keep news text out: a task is flagged only with a second sign (the "tu" form, a
"plutôt/instead", another kind, or a genre the rest of the article never mentions: a poetry-contest
article may say "Écrivez un poème"); reported speech (a quotation attributed by "a déclaré",
"selon", "said"…) is flagged only when two kinds meet or the override names the model's own
instructions ("previous instructions", "le prompt système"), so "« Ignorez ces rumeurs », a
déclaré le maire" is news. Sentences after a flagged one that are directives too are flagged with
it (kind "continuation"). Disguises: the place (see ``hidden``), "quoted", "zero-width",
"homoglyph", "foreign-language".

Cost. The detector reads the raw input, not the parsed Document: comments, hidden elements,
attributes, Markdown comments and invisible characters are not in a Document, by design, and
findings point at raw offsets. What made it slow was reading every sentence with every table:
a sentence is now read with a language's table only when a phrase of that table that some
kind needs (``match.TRIGGERS``) stands in it, found in one pass over the union of the tables
(``match.holds_phrase``), then per table for the few sentences that hold one
(``match.trigger_langs``); how well each table covers a sentence (which language it is in) and
reported speech are worked out only for a flagged sentence.
``bench/injection_speed.py`` times it against the parse, ``score()`` and textstat.
"""

from __future__ import annotations

from seo_kit.score.injection.detect import (
    KINDS,
    Finding,
    find_injections,
    injection_check,
    quoted_inert,
    task_words,
    without_injections,
)
from seo_kit.score.injection.obedience import InjectedTask

__all__ = ["KINDS", "Finding", "InjectedTask", "find_injections", "injection_check",
           "quoted_inert", "task_words", "without_injections"]
