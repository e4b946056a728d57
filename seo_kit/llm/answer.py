"""What a chat call brought back, read from one completion or from stream chunks — checked.

A server that answers 200 with something other than a chat completion (a proxy's HTML page, a
JSON error of its own, a stream of other events) raises AnswerError naming what came back,
instead of an AttributeError deep in the client.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from seo_kit.errors import AnswerError

__all__ = ["Answer"]

_FIX = ("Check that OPENAI_BASE_URL is the …/v1 address of an OpenAI-compatible server "
        "(not a web page or a proxy's login).")


def _snippet(value: Any) -> str:
    if hasattr(value, "model_dump"):
        value = {k: v for k, v in value.model_dump(warnings=False).items() if v is not None}
    text = " ".join(str(value).split())
    return text[:120] + ("…" if len(text) > 120 else "")


@dataclass
class Answer:
    """The text, finish_reason and token counts of one answer."""

    text: str = ""
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    chunks: int = 0

    @classmethod
    def from_completion(cls, completion: Any, place: str) -> Answer:
        """Read a ChatCompletion; AnswerError when the body was not one."""
        if isinstance(completion, (str, bytes)):
            raise AnswerError(f"{place} answered HTTP 200 with a body that is not JSON "
                              f"({_snippet(completion)!r}). {_FIX}")
        choices = getattr(completion, "choices", None)
        if not isinstance(choices, list) or not all(
                hasattr(choice, "message") for choice in choices):
            raise AnswerError(f"{place} answered HTTP 200 with JSON that is not a chat "
                              f"completion (no list of choices: {_snippet(completion)}). {_FIX}")
        choice = choices[0] if choices else None
        usage = getattr(completion, "usage", None)
        message = getattr(choice, "message", None)
        return cls(
            text=(getattr(message, "content", None) or "") if choice else "",
            finish_reason=getattr(choice, "finish_reason", None),
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
        )

    def add_chunk(self, chunk: Any, on_text: Callable[[str], None], place: str) -> None:
        """Add one stream chunk; AnswerError when it is not a chat completion chunk."""
        choices = getattr(chunk, "choices", None)
        if not isinstance(choices, list):
            raise AnswerError(f"{place} streamed an event that is not a chat completion chunk "
                              f"({_snippet(chunk)}). {_FIX}")
        self.chunks += 1
        usage = getattr(chunk, "usage", None)
        if usage:  # the last chunk, asked for with stream_options.include_usage
            self.prompt_tokens = getattr(usage, "prompt_tokens", None)
            self.completion_tokens = getattr(usage, "completion_tokens", None)
        for choice in choices[:1]:
            delta = getattr(choice, "delta", None)
            content = getattr(delta, "content", None)
            if isinstance(content, str) and content:
                self.text += content
                on_text(content)
            if getattr(choice, "finish_reason", None):
                self.finish_reason = choice.finish_reason

    def check_complete(self, place: str) -> None:
        """A stream with no chunk at all was not a chat stream; one that ends without a
        finish_reason was cut (close-delimited servers): ConnectionAbortedError."""
        if self.chunks == 0:
            raise AnswerError(f"{place} answered HTTP 200 but sent no chat completion events. "
                              f"{_FIX}")
        if self.finish_reason is None:
            raise ConnectionAbortedError("the stream ended without a finish_reason")
