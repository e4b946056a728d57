"""seo_kit: rewrite articles for search engines with an LLM, and score them the way Yoast does.

    >>> import seo_kit
    >>> report = seo_kit.score(text, keyphrase="voiture électrique", lang="fr")
    >>> report.to_frame()
"""

from seo_kit.compare import compare, run_grid
from seo_kit.errors import (
    AnswerError,
    AuthError,
    EndpointError,
    InputError,
    LocalModelError,
    ModelError,
    RateLimitError,
    SeoKitError,
    TemplateError,
)
from seo_kit.rewrite import Article, Brief, Variant, read_article, rewrite, rewrite_many
from seo_kit.score import Report, score, score_document

__all__ = [
    "AnswerError",
    "Article",
    "AuthError",
    "Brief",
    "EndpointError",
    "InputError",
    "LocalModelError",
    "ModelError",
    "RateLimitError",
    "Report",
    "SeoKitError",
    "TemplateError",
    "Variant",
    "compare",
    "read_article",
    "rewrite",
    "rewrite_many",
    "run_grid",
    "score",
    "score_document",
]
__version__ = "0.1.0"
