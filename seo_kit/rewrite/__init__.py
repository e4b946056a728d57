"""Brief → Variant: read the article, plan, write, repair and assemble a rewrite with a model.

    brief.py        Brief: what the analyst asks for (language, tone, keywords, words, mode, model)
    inputs.py       Article: the source text read once at the door (read_article)
    templates.py    Template: the prompts of each step, strict TOML data under prompts/<lang>/
    engine.py       the model calls of one rewrite (plan, intro, sections, repairs, restructure)
    repair.py       deterministic fixes and the constraint checks of a draft
    restructure.py  the "restructure" mode: every source sentence kept, headings added
    variant.py      Variant: one finished rewrite with its brief, calls, cost and Report
    api.py          rewrite(), rewrite_many() and their async forms
    progress.py     Step: what a rewrite is doing (the `on_step` callback), RewriteCancelled
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
