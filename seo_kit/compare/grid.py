"""Prompt experiments as a grid: every combination of parameters → one tidy DataFrame.

    >>> df = run_grid("notebooks/data/article_request.txt",
    ...               tones=["informatif", "pédagogique"],
    ...               keyword_sets=[["Lavrov"], ["Corée du Nord", "Russie"]])
    >>> df.pivot_table(index="tone", columns="keywords", values="seo_score")

Each cell is one `Brief`; all cells of an article go through `seo_kit.rewrite_many` (concurrent,
cached, logged), so re-running a grid after adding a tone only calls the model for the new cells:
the others are identical requests, answered by the run log's cache.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seo_kit.compare.frame import compare
from seo_kit.errors import InputError
from seo_kit.lang import default_tone
from seo_kit.rewrite.progress import Progress

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["GRID_PARAMETERS", "rewrite_all", "run_grid"]

GRID_PARAMETERS = ("template", "tone", "keywords", "min_words", "model", "temperature", "mode")


def _as_list(values: Any) -> list:
    if values is None or isinstance(values, (str, int, float)):
        return [values]
    return list(values)


def _keyword_sets(values: Any) -> list[tuple[str, ...]]:
    if values is None:
        return [()]
    if isinstance(values, str):
        return [(values,)]
    sets = list(values)
    if sets and all(isinstance(v, str) for v in sets):  # ["a", "b"] means one set per keyword
        return [(v,) for v in sets]
    return [tuple(s) for s in sets] or [()]


def _make_brief(**fields: Any):
    from seo_kit.rewrite import Brief

    known = set(inspect.signature(Brief).parameters)
    extra = {k: v for k, v in fields.items() if k not in known and v is not None}
    if extra:
        raise InputError(f"Brief has no field(s) {sorted(extra)}; the grid's parameters are "
                         f"{', '.join(GRID_PARAMETERS)} (plus any other Brief field)")
    return Brief(**{k: v for k, v in fields.items() if v is not None})


def _shifted(on_step: Progress | None, offset: int) -> Progress | None:
    """`on_step` seeing each Step's brief as its position in the whole grid, not in its batch."""
    if on_step is None or offset == 0:
        return on_step
    return lambda step: on_step(replace(step, brief=step.brief + offset))


def rewrite_all(article: Any, briefs: Sequence, *, concurrency: int = 4,
                on_progress: Callable[[int, int], None] | None = None,
                on_step: Progress | None = None, first: int = 0) -> list:
    """`rewrite_many` over the briefs; with `on_progress`, in batches of `concurrency` so that
    (done, total) can be reported after each batch. `on_step` receives every Step of every
    rewrite (seo_kit.rewrite.progress), its ``brief`` counted from `first` (the position of
    ``briefs[0]`` in a larger grid). If it raises RewriteCancelled (a Cancel), the rewrites stop
    before their next model call and RewriteManyError is raised with the variants that finished
    (already saved in the run log)."""
    from seo_kit.rewrite import rewrite_many

    total, variants = len(briefs), []
    step = max(1, concurrency) if on_progress else max(total, 1)
    if on_progress:
        on_progress(0, total)
    for start in range(0, total, step):
        batch = list(briefs[start:start + step])
        variants.extend(rewrite_many(article, batch, concurrency=concurrency, progress=False,
                                     on_step=_shifted(on_step, first + start)))
        if on_progress:
            on_progress(start + len(batch), total)
    return variants


def _articles(articles: Any, *, lang: str, skip_first_line: bool) -> list[tuple[str, Any]]:
    """(name, article) pairs from a text, a path, an Article, a list or a {name: article} dict."""
    from seo_kit.rewrite.inputs import read_article

    if isinstance(articles, Mapping):
        items = list(articles.items())
    elif isinstance(articles, (str, Path, bytes)) or hasattr(articles, "text"):
        items = [(None, articles)]
    else:
        items = [(None, a) for a in articles]
    named = []
    for position, (name, article) in enumerate(items, start=1):
        if isinstance(article, Path) or (isinstance(article, str) and "\n" not in article
                                         and len(article) < 500 and Path(article).is_file()):
            name = name or Path(article).stem
            article = read_article(Path(article), skip_first_line=skip_first_line, lang=lang)
        elif not hasattr(article, "text"):
            article = read_article(article, skip_first_line=skip_first_line, lang=lang)
        elif not name and getattr(article, "path", None):
            name = Path(article.path).stem
        named.append((str(name or f"article{position}"), article))
    return named


def run_grid(articles: Any, *, templates: Iterable | None = None,
             tones: Iterable[str] | str | None = None,
             keyword_sets: Iterable | None = None, min_words: Iterable[int] | int = (700,),
             models: Iterable | None = None, temperatures: Iterable[float] | float = (0.7,),
             modes: Iterable[str] | str = ("rewrite",), lang: str = "fr", concurrency: int = 4,
             base_url: str | None = None, include_source: bool = False,
             skip_first_line: bool = False,
             on_progress: Callable[[int, int], None] | None = None,
             on_step: Progress | None = None) -> pd.DataFrame:
    """Rewrite every article with every combination of the parameters; one row per variant.

    ``tones``: None gives the language's default tone (seo_kit.lang.default_tone: "informatif",
    "informative"). Columns: article, the grid parameters (template, tone, keywords, min_words, model, temperature,
    mode), then what `compare` gives (scores, every check's rating, facts, tokens, cost, latency,
    text). With `include_source`, each article's source row comes first (kind == "source").
    Articles given as paths or text are read with `read_article` (`skip_first_line` drops an
    instruction line, as in notebooks/data/article_request.txt).

    Progress: `on_progress(done, total)` after each batch of `concurrency` cells; `on_step(step)`
    for every step of every rewrite (model loading, plan, section k of n, grounding…), the
    step's ``brief`` being the cell's position in the whole grid (0 … articles × cells − 1):
    seo_kit.notebook.progress.show_progress(n_variants=…) turns them into a bar and a line.
    """
    import pandas as pd

    axes = {
        "template": _as_list(templates),
        "tone": _as_list(tones if tones is not None else default_tone(lang)),
        "keywords": _keyword_sets(keyword_sets),
        "min_words": _as_list(min_words),
        "model": _as_list(models),
        "temperature": _as_list(temperatures),
        "mode": _as_list(modes),
    }
    cells = [dict(zip(axes, values)) for values in itertools.product(*axes.values())]
    frames = []
    named = _articles(articles, lang=lang, skip_first_line=skip_first_line)
    total = len(named) * len(cells)
    for position, (name, article) in enumerate(named):
        briefs = [_make_brief(lang=lang, base_url=base_url, **cell) for cell in cells]
        offset = position * len(cells)
        progress = (lambda done, _t, offset=offset: on_progress(offset + done, total)) \
            if on_progress else None
        variants = rewrite_all(article, briefs, concurrency=concurrency, on_progress=progress,
                               on_step=on_step, first=offset)
        df = compare(variants, source=article if include_source else "", lang=lang,
                     labels=[f"{name}/v{i + 1}" for i in range(len(variants))])
        if include_source:
            df = df.rename(index={"source": f"{name}/source"})
        else:
            df = df[df["kind"] != "source"]
        params = pd.DataFrame(
            [{"article": name, **{k: cell[k] for k in GRID_PARAMETERS}} for cell in cells],
            index=df.index[-len(cells):])
        params["keywords"] = params["keywords"].map(", ".join)
        for column in GRID_PARAMETERS:  # a parameter left to its default: show what was used
            if column in df.columns:
                used = df.loc[params.index, column]
                params[column] = params[column].astype(object).where(params[column].notna(), used)
        df = df.drop(columns=[c for c in GRID_PARAMETERS if c in df.columns])
        frames.append(params.join(df, how="right").assign(article=name))
    grid = pd.concat(frames) if frames else pd.DataFrame()
    grid.index.name = "variant"
    return grid
