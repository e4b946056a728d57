"""Progress a person can read: the rewrite's `Step`s → "Variant 1/3 · section 2 of 6 · 41 s
elapsed · about 2 min left (7.1 tokens/s)", a Cancel that stops the run, and a duration estimate
to warn before a long run. The studio and the notebooks show the same line.

    >>> progress = RunProgress(n_variants=2, min_words=700, ui_lang="fr")
    >>> seo_kit.rewrite_many(article, briefs, on_step=progress)   # progress.line() meanwhile
    >>> progress.cancel()                                          # from another thread

In a notebook, `show_progress(...)` displays a bar (model steps k of ~n) and the line under the
cell and returns the callback, for one rewrite, `rewrite_many` or a `run_grid`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from seo_kit.errors import RewriteCancelled
from seo_kit.notebook.labels import LABELS, STEPS
from seo_kit.rewrite.progress import Step

__all__ = ["EMBEDDED_TOKENS_PER_S", "LONG_RUN_S", "REMOTE_TOKENS_PER_S", "RunProgress",
           "estimate_seconds", "format_duration", "progress_widget", "show_progress"]

# Priors until a call has been measured. The embedded Qwen 1.5B decodes 6.4–8.4 tokens/s on this
# project's 2-core machine (seo_kit/llm/local.py); a hosted model, tens of tokens per second.
EMBEDDED_TOKENS_PER_S = 7.0
REMOTE_TOKENS_PER_S = 40.0
EMBEDDED_LOAD_S = 15.0
TOKENS_PER_WORD = 1.8  # French on the Qwen/Llama tokenizers (seo_kit.rewrite.engine)
OVERHEAD = 1.25  # outline, meta, repairs and retries on top of the words asked
LONG_RUN_S = 120.0  # beyond this the studio asks for a second click


def estimate_seconds(n_variants: int, min_words: int, *, embedded: bool,
                     tokens_per_s: float | None = None) -> float:
    """Seconds a run should take: tokens to decode (words × 1.8 × 1.25 per variant) over the
    measured or prior decoding rate, plus loading the embedded model. Variants run one after
    the other on the embedded model (one slot), so they add up."""
    rate = tokens_per_s or (EMBEDDED_TOKENS_PER_S if embedded else REMOTE_TOKENS_PER_S)
    tokens = n_variants * min_words * TOKENS_PER_WORD * OVERHEAD
    return tokens / rate + (EMBEDDED_LOAD_S if embedded else 0.0)


def format_duration(seconds: float) -> str:
    """"41 s", "2 min 05 s", "1 h 03 min"."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {sec:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class RunProgress:
    """The `on_step` callback of a run that also knows what to say about it. Thread-safe: steps
    arrive from the rewrite's thread, `line()` and `cancel()` are called from others."""

    def __init__(self, *, n_variants: int, min_words: int, ui_lang: str = "fr",
                 embedded: bool = False, tokens_per_s: float | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 on_change: Callable[[], None] | None = None) -> None:
        self.n_variants, self.ui_lang, self.clock = n_variants, ui_lang, clock
        self.on_change = on_change  # called after each step (e.g. to redraw a widget)
        self.expected_tokens = n_variants * min_words * TOKENS_PER_WORD * OVERHEAD
        self.embedded = embedded
        self.min_words = min_words
        self.call_seconds: list[float] = []  # finished model calls, in order
        self.sections_total: int | None = None
        self.prior_rate = tokens_per_s or (EMBEDDED_TOKENS_PER_S if embedded
                                           else REMOTE_TOKENS_PER_S)
        self.started = clock()
        self.first_call: float | None = None
        self.tokens = 0
        self.calls_done = 0  # model steps finished, answers from the cache included
        self.finished: set[int] = set()
        self.current: dict[int, Step] = {}  # brief → its latest step that started
        self.steps: list[Step] = []
        self._cancel = threading.Event()
        self._lock = threading.Lock()

    # the callback ------------------------------------------------------------------------------

    def __call__(self, step: Step) -> None:
        with self._lock:
            self.steps.append(step)
            if step.state == "start":
                if step.name not in ("variant", "model") and self.first_call is None:
                    self.first_call = self.clock()
                self.current[step.brief] = step
            elif step.name == "variant":
                self.finished.add(step.brief)
                self.current.pop(step.brief, None)
            elif step.name not in ("model",):
                self.calls_done += 1
                if not step.cached:
                    self.tokens += step.tokens or 0
                    if step.seconds is not None:
                        self.call_seconds.append(step.seconds)
            if step.name == "section" and step.total:
                self.sections_total = step.total
        if self.on_change is not None:
            self.on_change()
        if self._cancel.is_set() and step.state == "start":
            raise RewriteCancelled("cancelled by the analyst")

    def cancel(self) -> None:
        """Stop before the next model call of every variant; finished ones are kept."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # what to show ------------------------------------------------------------------------------

    def rate(self) -> float | None:
        """Tokens per second measured on this run's finished calls (wall clock), or None."""
        with self._lock:
            if not self.tokens or self.first_call is None:
                return None
            return self.tokens / max(self.clock() - self.first_call, 1e-6)

    def expected_calls(self) -> int:
        """Model calls a run should make: outline, standfirst, the sections (as announced by
        the engine, else one per ~150 words asked), one for meta or repairs; per variant."""
        sections = self.sections_total or max(2, min(8, round(self.min_words / 150)))
        return self.n_variants * (3 + sections)

    def steps_count(self) -> tuple[int, int]:
        """(model steps done, steps expected): the bar of a run. The total is the estimate of
        expected_calls(), raised while the run needs more (a repair round, a long grid)."""
        with self._lock:
            done, running = self.calls_done, len(self.finished) < self.n_variants
        return done, max(self.expected_calls(), done + (1 if running else 0))

    def eta_seconds(self) -> float:
        """Seconds left. On the embedded model (one call at a time) from the calls still to
        make × the typical call so far: the first call also reads the whole article, so it is
        left out once others are measured. Elsewhere from tokens left / tokens per second."""
        with self._lock:
            seconds = list(self.call_seconds)
        if self.embedded and seconds:
            typical = sorted(seconds[1:] or seconds)[len(seconds[1:] or seconds) // 2]
            return max(0, self.expected_calls() - len(seconds)) * typical
        rate = self.rate() or self.prior_rate
        return max(0.0, self.expected_tokens - self.tokens) / rate

    def step_name(self) -> str:
        with self._lock:
            if not self.current:
                done = len(self.finished) >= self.n_variants
                return STEPS[self.ui_lang]["compare" if done else "variant"]
            step = self.current[max(self.current)]
        template = STEPS[self.ui_lang].get(step.name, step.name)
        return template.format(index=step.index or "?", total=step.total or "?")

    def line(self) -> str:
        """The status line: variant k/n, current step, elapsed time, estimate."""
        text = LABELS[self.ui_lang]
        rate = self.rate()
        eta = ""
        if rate:
            shown = f"{rate:.1f}".replace(".", "," if self.ui_lang == "fr" else ".")
            eta = text["eta"].format(eta=format_duration(self.eta_seconds()),
                                     rate=shown)
        with self._lock:
            variant = min(len(self.finished) + 1, self.n_variants)
        return text["step_line"].format(
            variant=variant, total=self.n_variants, step=self.step_name(),
            elapsed=format_duration(self.clock() - self.started), eta=eta)


def progress_widget(progress: RunProgress):
    """A bar (model steps k of ~n) and the status line of `progress`, and the function that
    redraws them: (widget, redraw)."""
    import ipywidgets as w

    from seo_kit.notebook.render import escape

    bar = w.IntProgress(value=0, min=0, max=1, layout=w.Layout(width="30%"))
    count = w.HTML()
    line = w.HTML()
    box = w.VBox([w.HBox([bar, count]), line])
    box.add_class("seo-kit-run-progress")

    def redraw() -> None:
        done, total = progress.steps_count()
        bar.max, bar.value = max(total, 1), done
        count.value = escape(LABELS[progress.ui_lang]["steps_count"].format(done=done,
                                                                            total=total))
        line.value = escape(progress.line())

    return box, redraw


def show_progress(*, n_variants: int = 1, min_words: int = 700, ui_lang: str = "fr",
                  embedded: bool = False) -> RunProgress:
    """Display a bar (model steps k of ~n) and the progress line under the current notebook
    cell; returns the `on_step` callback that keeps them up to date (pass it to
    `seo_kit.rewrite_article(..., on_step=...)`, `rewrite_many` or
    `seo_kit.run_grid(..., on_step=...)` with `n_variants` = the grid's cells). The elapsed time ticks every second until the last
    variant is done."""
    from IPython.display import display

    stop = threading.Event()

    def on_change() -> None:
        redraw()
        if len(progress.finished) >= n_variants or progress.cancelled:
            stop.set()

    progress = RunProgress(n_variants=n_variants, min_words=min_words, ui_lang=ui_lang,
                           embedded=embedded, on_change=on_change)
    box, redraw = progress_widget(progress)
    on_change()
    display(box)

    def tick() -> None:  # bounded: stops with the run, or after an hour at most
        for _ in range(3600):
            if stop.wait(1.0):
                return
            redraw()

    threading.Thread(target=tick, daemon=True).start()
    return progress
