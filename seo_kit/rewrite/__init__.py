"""Brief → Draft → Variant: read the article, plan, write, ground, repair, assemble with a model.

In the order a rewrite uses them:

    brief.py        Brief: what the analyst asks for (language, tone, keywords, words, mode, model)
    inputs.py       Article: the source read once at the door (read_article), flagged text out
    templates.py    Template: the prompts of each step, strict TOML data under prompts/<lang>/
    engine.py       Session: the one way a step calls the model (records, notes, progress)
    plan.py         Plan: from the source, the news first, then every passage once
    write.py        the H1 and standfirst from the news, each section from its own passage
    draft.py        Draft: the typed rewrite in progress (H1, standfirst, sections and their
                    passages, title, meta); its Markdown
    clean.py        model answers to clean Markdown; repeated and near-repeated sentences out
    ground.py       every generated sentence checked against the source; headings judged
    repair.py       the constraint checks of a draft and the bounded repair rounds
    readable.py     long sentences split, each piece grounded (Yoast textSentenceLength)
    headings.py     each section's heading written from its grounded text
    meta.py         SEO title, meta description and slug (model's or built from the draft)
    restructure.py  the "restructure" mode: every source sentence kept, headings added
    variant.py      Variant: one finished rewrite with its brief, calls, cost and Report; its
                    front matter
    api.py          rewrite(), rewrite_many() and their async forms: the path through the above
    progress.py     Step: what a rewrite is doing (the ``on_step`` callback), RewriteCancelled
"""

from seo_kit.rewrite.api import (
    RewriteManyError,
    arewrite,
    arewrite_many,
    rewrite,
    rewrite_many,
)
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.inputs import Article, read_article
from seo_kit.rewrite.progress import RewriteCancelled, Step
from seo_kit.rewrite.templates import Template, list_templates, load_template
from seo_kit.rewrite.variant import Variant

__all__ = [
    "Article",
    "Brief",
    "RewriteCancelled",
    "RewriteManyError",
    "Step",
    "Template",
    "Variant",
    "arewrite",
    "arewrite_many",
    "list_templates",
    "load_template",
    "read_article",
    "rewrite",
    "rewrite_many",
]
