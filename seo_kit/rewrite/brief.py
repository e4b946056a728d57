"""The Brief: what an analyst asks of a rewrite (language, tone, keywords, length, mode, model)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from seo_kit.errors import InputError
from seo_kit.lang import check_lang, default_audience, default_tone, language_name
from seo_kit.llm import Endpoint, resolve_endpoint

__all__ = ["Brief"]


@dataclass(frozen=True)
class Brief:
    """What the analyst asks of one rewrite. Frozen; ``replace(brief, tone=…)`` makes a variant.

    The article's ``lang`` ("fr" | "en"); ``tone`` and ``audience`` (free text for the prompt;
    None: ``lang``'s default tone, "informatif" / "informative", set when the Brief is made, and
    the general public in the template's language, ``seo_kit.lang.default_tone`` /
    ``default_audience``); ``keywords``, the first being the focus keyphrase
    Yoast's checks use; ``min_words`` (Yoast words, 0–5,000) the length the draft must reach;
    ``mode`` "rewrite" (new text, planned in ``section_words``-word sections) or "restructure"
    (every source sentence kept, headings added); ``template`` a name under prompts/<lang>/ or a
    path to a .toml (default: the mode's name), looked up first in ``template_folder``;
    ``extra`` more template variables. The model: ``endpoint``, else ``model`` / ``base_url`` /
    ``api_key``, else the environment (seo_kit.llm.resolve_endpoint); ``api_key`` is used for the
    calls and never stored. ``temperature`` (0–2), ``seed``; ``max_repairs`` rounds of repair
    when a constraint fails; ``model_meta`` / ``model_intro`` / ``sequential`` None lets the
    endpoint decide (on the embedded model: no meta call, the standfirst is the lead's own
    sentences, one section at a time); ``use_cache`` answers identical
    requests from the run log.

    Raises InputError for an unknown mode, an unsupported language or ``min_words`` outside
    0–5,000.
    """

    lang: str = "fr"
    tone: str | None = None  # None: lang's default tone (seo_kit.lang.default_tone)
    keywords: tuple[str, ...] = ()
    min_words: int = 700
    audience: str | None = None
    mode: str = "rewrite"  # "rewrite" | "restructure"
    template: str | None = None  # name or path; default: the mode's name
    temperature: float = 0.7
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    seed: int | None = None
    section_words: int = 190  # asked of each section; small models deliver ~75 %
    max_repairs: int = 2
    model_meta: bool | None = None  # ask the model for SEO title/meta; None: not the embedded one
    model_intro: bool | None = None  # ask the model for the standfirst; None: not the embedded
    # one, whose standfirst is the lead's own sentences
    sequential: bool | None = None  # sections one by one, stop at the target; None: embedded only
    use_cache: bool = True
    template_folder: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # more template variables
    endpoint: Endpoint | None = None  # overrides model/base_url/api_key when given
    # Instruction-like sentences of the article (seo_kit.score.injection) are removed before any
    # model call; True keeps them as inert quotations (never support for grounding).
    keep_flagged_text: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.keywords, str):
            object.__setattr__(self, "keywords", (self.keywords,))
        object.__setattr__(self, "keywords", tuple(k.strip() for k in self.keywords if k.strip()))
        if self.mode not in ("rewrite", "restructure"):
            raise InputError(f"unknown mode {self.mode!r}: use 'rewrite' or 'restructure'")
        check_lang(self.lang)
        if self.tone is None:
            object.__setattr__(self, "tone", default_tone(self.lang))
        if self.min_words < 0 or self.min_words > 5000:
            raise InputError(f"min_words={self.min_words}: choose between 0 and 5000")

    @property
    def keyphrase(self) -> str | None:
        return self.keywords[0] if self.keywords else None

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("api_key", "endpoint")}
        data["keywords"] = list(self.keywords)
        if self.endpoint is not None:  # its URL and model, never its key
            data["base_url"], data["model"] = self.endpoint.base_url, self.endpoint.model
        return data

    def template_values(self, *, template_lang: str, article: str) -> dict[str, Any]:
        """The variables every step of a template can use: lang, lang_name (the brief's language
        named in the template's), tone, audience, keywords ("-" when none), keyphrase, min_words,
        mode, article, and the brief's ``extra`` variables (which win)."""
        return {"lang": self.lang, "lang_name": language_name(self.lang, lang=template_lang),
                "tone": self.tone, "audience": self.audience or default_audience(template_lang),
                "keywords": ", ".join(self.keywords) or "-", "keyphrase": self.keyphrase or "",
                "min_words": self.min_words, "mode": self.mode, "article": article, **self.extra}

    def resolve_endpoint(self) -> Endpoint:
        if self.endpoint is not None:
            return self.endpoint
        return resolve_endpoint(base_url=self.base_url, api_key=self.api_key, model=self.model)
