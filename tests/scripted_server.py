"""A scripted OpenAI-compatible server for tests: real HTTP on 127.0.0.1, programmable answers.

    server = ScriptedServer().start()
    server.enqueue("first answer")                       # consumed in order…
    server.enqueue(Status(429, retry_after=1))           # …faults too
    server.responder = lambda request: "otherwise this"  # a function of the request JSON
    chat(..., endpoint=Endpoint(server.url, "scripted", kind="compatible"))
    server.requests[-1].body["messages"]

Script items: a str (answer text), Reply (text, finish_reason, delay, tokens), Status (an HTTP
error, optional Retry-After), Delay (wait, then answer: for timeouts), Drop (close the connection
without answering), Raw (any body with any status and content type). `truncated(text)` and `empty()` build the usual Replies. `latency_s` delays
every answer. Streaming (`"stream": true`) answers in SSE chunks, a word each, then a usage chunk
when the request asks for it (stream_options.include_usage); Reply(drop_after=N) cuts the stream.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "Delay",
    "Drop",
    "Raw",
    "Reply",
    "Request",
    "ScriptedServer",
    "Status",
    "echo_responder",
    "empty",
    "truncated",
]


@dataclass
class Reply:
    text: str
    finish_reason: str = "stop"
    delay_s: float = 0.0
    prompt_tokens: int | None = None  # default: words in the request's messages
    completion_tokens: int | None = None  # default: words in text
    drop_after: int | None = None  # streaming only: cut the connection after N text chunks


@dataclass
class Status:
    code: int
    retry_after: float | None = None
    message: str | None = None


@dataclass
class Delay:
    seconds: float
    then: Reply | str | None = None


@dataclass
class Raw:
    """Answer with this exact body (a proxy's HTML page, JSON of the wrong shape…), for streaming
    requests too."""

    body: str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"


@dataclass
class Drop:
    """Close the connection without sending a response."""


def truncated(text: str = "Une réponse coupée au milieu de la") -> Reply:
    return Reply(text, finish_reason="length")


def empty() -> Reply:
    return Reply("", finish_reason="stop")


ScriptItem = str | Reply | Status | Delay | Drop | Raw


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names lowercased
    body: dict[str, Any] | None
    received_at: float = field(default_factory=time.monotonic)


def echo_responder(request: dict[str, Any]) -> str:
    """Default answer: names the last user message, so tests can tell answers apart."""
    users = [m.get("content", "") for m in request.get("messages", []) if m.get("role") == "user"]
    last = users[-1] if users else ""
    return f"Réponse scriptée à : {last[:200]}"


_STATUS_TEXT = {
    401: ("invalid_api_key", "Incorrect API key provided."),
    403: ("permission_denied", "You are not allowed to use this model."),
    404: ("model_not_found", "The model does not exist."),
    429: ("rate_limit_exceeded", "Rate limit reached, slow down."),
    500: ("server_error", "The server had an error while processing your request."),
    503: ("overloaded", "The engine is currently overloaded."),
}


class ScriptedServer:
    """OpenAI-compatible /v1/chat/completions and /v1/models served from a script."""

    def __init__(self, model: str = "scripted-model", *, api_key: str | None = None) -> None:
        self.model = model
        self.api_key = api_key  # when set, other keys get 401 like the real API
        self.responder: Callable[[dict[str, Any]], str | Reply] = echo_responder
        self.latency_s = 0.0
        self.requests: list[Request] = []
        self._script: deque[ScriptItem] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # control --------------------------------------------------------------------------------

    def start(self) -> ScriptedServer:
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = _Server(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:  # noqa: PYI034 - py3.10 has no typing.Self
        return self.start() if self._httpd is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "call start() first"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, *items: ScriptItem) -> None:
        with self._lock:
            self._script.extend(items)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    @property
    def chat_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next_item(self, body: dict[str, Any]) -> ScriptItem:
        with self._lock:
            if self._script:
                return self._script.popleft()
        return self.responder(body)

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    # The stdlib's listen backlog of 5 drops connections when many clients arrive at once,
    # and the kernel retries them a second later: a fake delay in concurrency tests.
    request_queue_size = 128


class _Handler(BaseHTTPRequestHandler):
    server_state: ScriptedServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _record(self, body: dict[str, Any] | None) -> None:
        state = self.server_state
        with state._lock:
            headers = {name.lower(): value for name, value in self.headers.items()}
            state.requests.append(Request(self.command, self.path, headers, body))

    def _send_json(self, status: int, payload: dict[str, Any], headers: dict | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_raw(self, raw: Raw) -> None:
        data = raw.body.encode()
        self.send_response(raw.status)
        self.send_header("Content-Type", raw.content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, status: Status) -> None:
        code, text = _STATUS_TEXT.get(status.code, ("error", "Error."))
        headers = {}
        if status.retry_after is not None:
            headers["Retry-After"] = f"{status.retry_after:g}"
        self._send_json(
            status.code,
            {"error": {"message": status.message or text, "type": code, "code": code}},
            headers,
        )

    def _authorised(self) -> bool:
        state = self.server_state
        if state.api_key is None:
            return True
        return self.headers.get("Authorization") == f"Bearer {state.api_key}"

    def do_GET(self) -> None:
        self._record(None)
        if not self._authorised():
            return self._send_error(Status(401))
        if self.path.rstrip("/") == "/v1/models":
            model = {"id": self.server_state.model, "object": "model", "created": 0,
                     "owned_by": "scripted"}
            return self._send_json(200, {"object": "list", "data": [model]})
        self._send_json(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        self._record(body)
        state = self.server_state
        if self.path.rstrip("/") != "/v1/chat/completions":
            return self._send_json(404, {"error": {"message": f"no route {self.path}"}})
        if not self._authorised():
            return self._send_error(Status(401))
        item = state._next_item(body)
        state._wait(state.latency_s)
        if isinstance(item, Delay):
            state._wait(item.seconds)
            item = item.then if item.then is not None else state.responder(body)
        if isinstance(item, Drop):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if isinstance(item, Status):
            return self._send_error(item)
        if isinstance(item, Raw):
            return self._send_raw(item)
        reply = item if isinstance(item, Reply) else Reply(str(item))
        state._wait(reply.delay_s)
        try:
            if body.get("stream"):
                self._stream(body, reply)
            else:
                self._send_json(200, _completion(body, reply, state.model))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout): nothing to answer to


    def _stream(self, body: dict[str, Any], reply: Reply) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")  # as real servers do: a cut shows
        self.end_headers()
        base = {"id": "chatcmpl-" + uuid.uuid4().hex[:12], "object": "chat.completion.chunk",
                "created": int(time.time()), "model": body.get("model") or "scripted-model"}
        pieces = [{"role": "assistant", "content": ""}]
        pieces += [{"content": word} for word in _split_keep_spaces(reply.text)]
        for sent, delta in enumerate(pieces):
            if reply.drop_after is not None and sent > reply.drop_after:
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            chunk = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
            self._event(chunk)
        self._event({**base, "choices": [{"index": 0, "delta": {},
                                          "finish_reason": reply.finish_reason}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            self._event({**base, "choices": [], "usage": _usage(body, reply)})
        self._write_chunk(b"data: [DONE]\n\n")
        self._write_chunk(b"")  # end of the chunked body

    def _event(self, payload: dict[str, Any]) -> None:
        self._write_chunk(b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n")

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def _split_keep_spaces(text: str) -> list[str]:
    words = text.split(" ")
    return [word + (" " if i < len(words) - 1 else "") for i, word in enumerate(words) if word or i]


def _usage(body: dict[str, Any], reply: Reply) -> dict[str, int]:
    prompt = reply.prompt_tokens
    if prompt is None:
        prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion = reply.completion_tokens
    if completion is None:
        completion = len(reply.text.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


def _completion(body: dict[str, Any], reply: Reply, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-" + uuid.uuid4().hex[:12],
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model") or model,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": reply.text},
            "finish_reason": reply.finish_reason,
        }],
        "usage": _usage(body, reply),
    }
