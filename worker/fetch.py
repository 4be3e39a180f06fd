"""Fetch stage: a careful HTTP GET for feeds and article pages.

Guarantees: a total deadline per download (across redirects and a slow-dripping body), a byte
cap on the *decompressed* stream, a redirect cap, no https→http downgrade, only http(s), and
refusal of private, loopback, link-local and otherwise non-public addresses, checked on the
resolved address of every hop (NEWSWATCH_ALLOW_NETWORKS exempts networks, e.g. for tests).
Conditional GET (ETag / Last-Modified) and Retry-After are honoured.
"""

from __future__ import annotations

import email.utils
import ipaddress
import socket
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from .errors import PermanentError, TransientError
from .models import FetchResult
from .retry import transient_status

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class FetchPolicy:
    """Limits for one download."""

    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = "newswatch/0.1"
    allow_networks: Sequence[Network] = field(default_factory=list)


def _blocked(ip: IPAddress, allow: Sequence[Network]) -> bool:
    """True if the address is not a public unicast one and no allowed network contains it."""
    if any(ip.version == n.version and ip in n for n in allow):
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return _blocked(ip.ipv4_mapped, allow)
    return not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_unspecified


def check_url(url: str, allow: Sequence[Network]) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to a non-public address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise PermanentError(f"refused scheme {parts.scheme!r}: only http and https are fetched")
    host = parts.hostname
    if not host:
        raise PermanentError(f"no host in URL {url!r}")
    try:
        literal = ipaddress.ip_address(host)
        addrs: list[IPAddress] = [literal]
    except ValueError:
        try:
            infos = socket.getaddrinfo(
                host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
            )
        except socket.gaierror as exc:
            raise TransientError(f"cannot resolve {host}: {exc.strerror}") from exc
        addrs = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    for ip in addrs:
        if _blocked(ip, allow):
            raise PermanentError(f"refused address {ip} for host {host} (not public; see NEWSWATCH_ALLOW_NETWORKS)")


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Parse a Retry-After header (seconds or HTTP date) into seconds from now."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now_ts = now if now is not None else time.time()
    return max(0.0, when.timestamp() - now_ts)


def fetch(
    url: str,
    policy: FetchPolicy,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
) -> FetchResult:
    """Download `url` within the policy; raise TransientError/PermanentError on failure."""
    own = client is None
    http = client or make_client(policy.allow_networks)
    deadline = time.monotonic() + policy.timeout
    headers = {"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    all_permanent = True  # only a chain of 301/308 moves a feed for good
    try:
        for hop in range(policy.max_redirects + 1):
            check_url(current, policy.allow_networks)  # every hop: a redirect must not lead inside
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TransientError(f"deadline of {policy.timeout:g} s exceeded for {url}")
            with _http_errors(current), http.stream("GET", current, headers=headers, timeout=remaining) as resp:
                if resp.status_code in REDIRECTS:
                    all_permanent = all_permanent and resp.status_code in (301, 308)
                    current = _redirect_target(resp, current)
                    continue
                moved = current if hop and all_permanent else None
                return _result(resp, url, current, moved, policy.max_bytes, deadline, etag, last_modified)
        raise PermanentError(f"more than {policy.max_redirects} redirects from {url}")
    finally:
        if own:
            http.close()


@contextmanager
def _http_errors(current: str) -> Iterator[None]:
    """httpx's exceptions as the pipeline's vocabulary."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise TransientError(f"timeout fetching {current}") from exc
    except httpx.DecodingError as exc:
        raise PermanentError(f"undecodable content encoding from {current}") from exc
    except httpx.UnsupportedProtocol as exc:
        raise PermanentError(f"unsupported protocol in {current}") from exc
    except httpx.TransportError as exc:
        raise TransientError(f"{type(exc).__name__} fetching {current}: {exc}") from exc


def _redirect_target(resp: httpx.Response, current: str) -> str:
    """Where a redirect leads; never from https down to http."""
    location = str(resp.headers.get("location") or "")
    if not location:
        raise PermanentError(f"redirect {resp.status_code} without Location from {current}")
    nxt = urljoin(current, location)
    if urlsplit(current).scheme == "https" and urlsplit(nxt).scheme == "http":
        raise PermanentError(f"refused https→http downgrade redirect to {nxt}")
    return nxt


def _result(
    resp: httpx.Response,
    url: str,
    final_url: str,
    moved: str | None,
    max_bytes: int,
    deadline: float,
    etag: str | None,
    last_modified: str | None,
) -> FetchResult:
    """The final answer of a download: not modified, an error, or the (capped) body."""
    if resp.status_code == 304:
        return FetchResult(
            url=url,
            final_url=final_url,
            status=304,
            etag=resp.headers.get("etag") or etag,
            last_modified=resp.headers.get("last-modified") or last_modified,
            permanent_redirect=moved,
        )
    if resp.status_code >= 400:
        msg = f"HTTP {resp.status_code} from {final_url}"
        if transient_status(resp.status_code):
            raise TransientError(msg, retry_after=retry_after_seconds(resp.headers.get("retry-after")))
        raise PermanentError(msg)
    return FetchResult(
        url=url,
        final_url=final_url,
        status=resp.status_code,
        body=_read_capped(resp, max_bytes, deadline, final_url),
        content_type=resp.headers.get("content-type", ""),
        etag=resp.headers.get("etag"),
        last_modified=resp.headers.get("last-modified"),
        permanent_redirect=moved,
    )


def _read_capped(resp: httpx.Response, cap: int, deadline: float, url: str) -> bytes:
    """Read the decoded body, enforcing the byte cap and the total deadline."""
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap and not resp.headers.get("content-encoding"):
        raise PermanentError(f"{url}: body of {declared} bytes exceeds the cap of {cap}")
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():  # decompressed: the cap also defuses gzip bombs
        size += len(chunk)
        if size > cap:
            raise PermanentError(f"{url}: body exceeds the cap of {cap} bytes")
        if time.monotonic() > deadline:
            raise TransientError(f"{url}: deadline exceeded while reading the body")
        chunks.append(chunk)
    return b"".join(chunks)


class _GuardedBackend(httpcore.SyncBackend):
    """Checks the address of every socket actually connected, not just the one we resolved.

    `check_url` resolves the host before each hop, but httpx resolves it again when connecting: a DNS
    answer that changes in between (DNS rebinding) would otherwise reach a private address.
    """

    def __init__(self, allow: Sequence[Network]) -> None:
        super().__init__()
        self.allow = list(allow)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = super().connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        peer = ipaddress.ip_address(str(stream.get_extra_info("socket").getpeername()[0]).split("%")[0])
        if _blocked(peer, self.allow):
            stream.close()
            raise PermanentError(
                f"refused connection to {peer} for host {host} (not public; see NEWSWATCH_ALLOW_NETWORKS)"
            )
        return stream


def make_client(allow_networks: Sequence[Network] = ()) -> httpx.Client:
    """An httpx client that never follows redirects itself, always verifies TLS, ignores proxy variables
    (a proxy would hide the real peer) and refuses to connect to non-public addresses."""
    transport = httpx.HTTPTransport(
        verify=True, http2=False, retries=0, limits=httpx.Limits(max_connections=20, max_keepalive_connections=10)
    )
    pool = transport._pool  # httpx has no public hook for the network backend
    if not hasattr(pool, "_network_backend"):
        raise RuntimeError("httpx/httpcore changed: cannot install the connection guard")
    pool._network_backend = _GuardedBackend(allow_networks)
    return httpx.Client(transport=transport, follow_redirects=False, trust_env=False)
