"""One small HTTP server on 127.0.0.1: the demo's news site and webhook receiver, and the test and
benchmark sites, all answer through it.

A `respond(request) -> Response` function decides each answer; the server runs in a daemon thread,
speaks HTTP/1.1 with keep-alive, and can answer slowly (`delay`, `drip`) to play a bad server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Request:
    """What a client sent."""

    method: str
    target: str  # path with query string, as sent
    headers: dict[str, str]
    body: bytes
    client: str = ""  # the client's address

    @property
    def path(self) -> str:
        """The path without the query string."""
        return self.target.split("?", 1)[0]


@dataclass
class Response:
    """What the server answers."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between 64-byte chunks of the body (a slow server)


Respond = Callable[[Request], Response]


class LoopbackServer:
    """Serves `respond` on 127.0.0.1 (`port` 0: any free port) until closed.

    Tests that put workers in network namespaces listen on another `host` and give the address the
    namespaces reach it by as `public_host`.
    """

    def __init__(
        self, respond: Respond, port: int = 0, host: str = "127.0.0.1", public_host: str | None = None
    ) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(self.command, self.path, dict(self.headers), body, self.client_address[0])
                reply = respond(request)
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if self.command == "HEAD":
                    return  # the length was announced; a HEAD answer has no body
                try:
                    step = 64 if reply.drip else len(reply.body) or 1
                    for i in range(0, len(reply.body), step):
                        self.wfile.write(reply.body[i : i + step])
                        if reply.drip:
                            self.wfile.flush()
                            time.sleep(reply.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a deadline in the test, a closed benchmark)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve  # noqa: N815 - http.server's method names

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self.base = f"http://{public_host or host}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        """An absolute URL on this server."""
        return self.base + path

    def start(self) -> LoopbackServer:
        """Start serving in the background."""
        self.thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port."""
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
