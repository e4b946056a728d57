"""seo_kit: rewrite articles for search engines with an LLM, and score them the way Yoast does.

    >>> import seo_kit
    >>> report = seo_kit.score(text, keyphrase="voiture électrique", lang="fr")
    >>> report.to_frame()                                      # one row per Yoast check
    >>> variant = seo_kit.rewrite_article("article.txt", lang="fr", keywords=("Lavrov",))
    >>> seo_kit.compare([variant])                             # one row per variant, source first
    >>> seo_kit.audit("site.WordPress.xml")                    # one row per page of a site

The face of the package, nothing more: scoring (seo_kit.score), rewriting (seo_kit.rewrite),
comparing (seo_kit.compare), auditing a whole site (seo_kit.audit) and the root error. The model seam is seo_kit.llm, every error
seo_kit.errors, the notebook front end seo_kit.notebook (the [notebook] extra).

``import seo_kit`` loads neither the openai client (loaded with the first model call) nor pandas
(loaded with the first comparison).
"""

# seo_kit.rewrite is the subpackage (``import seo_kit.rewrite as r`` gives it); its function is
# seo_kit.rewrite_article here, seo_kit.rewrite.rewrite there. score, compare and audit are still
# both functions here and subpackages: bound eagerly, so that importing a submodule
# (seo_kit.score.report…) can never leave the subpackage in their place.
from seo_kit.audit import audit
from seo_kit.compare import compare, run_grid
from seo_kit.errors import InputError, SeoKitError
from seo_kit.rewrite import Article, Brief, Variant, read_article, rewrite_many
from seo_kit.rewrite import rewrite as rewrite_article
from seo_kit.score import Report, score

__all__ = [
    "Article",
    "Brief",
    "InputError",
    "Report",
    "SeoKitError",
    "Variant",
    "audit",
    "compare",
    "read_article",
    "rewrite_article",
    "rewrite_many",
    "run_grid",
    "score",
]
__version__ = "0.1.0"
