"""The fetch stage against a real HTTP server on loopback."""

from __future__ import annotations

import ipaddress

import pytest

from tests.integration.conftest import Reply, Site
from worker.errors import PermanentError, TransientError
from worker.fetch import FetchPolicy, fetch

LOOP = [ipaddress.ip_network("127.0.0.0/8")]


def policy(**kw: object) -> FetchPolicy:
    return FetchPolicy(allow_networks=LOOP, **kw)  # type: ignore[arg-type]


def test_conditional_get_costs_one_request_and_no_body(site: Site) -> None:
    site.routes["/feed"] = Reply(b"<rss/>", etag='"v1"', headers={"Last-Modified": "Tue, 14 Jan 2025 09:30:00 GMT"})
    first = fetch(site.url("/feed"), policy())
    assert first.status == 200 and first.etag == '"v1"' and first.last_modified
    second = fetch(site.url("/feed"), policy(), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    assert site.requests[-1][2].get("If-None-Match") == '"v1"'
    assert site.requests[-1][2].get("If-Modified-Since") == "Tue, 14 Jan 2025 09:30:00 GMT"
    assert site.hits["/feed"] == 2


def test_gzip_is_decoded(site: Site) -> None:
    site.routes["/gz"] = Reply(b"hello " * 1000, gzip=True)
    assert fetch(site.url("/gz"), policy()).body == b"hello " * 1000


def test_redirects_followed_and_permanence_reported(site: Site) -> None:
    site.routes["/old"] = Reply(status=301, headers={"Location": "/mid"})
    site.routes["/mid"] = Reply(status=308, headers={"Location": site.url("/new")})
    site.routes["/new"] = Reply(b"ok")
    res = fetch(site.url("/old"), policy())
    assert res.body == b"ok" and res.final_url == site.url("/new")
    assert res.permanent_redirect == site.url("/new")
    site.routes["/temp"] = Reply(status=302, headers={"Location": "/new"})
    assert fetch(site.url("/temp"), policy()).permanent_redirect is None


def test_redirect_cap(site: Site) -> None:
    site.routes["/loop"] = Reply(status=302, headers={"Location": "/loop"})
    with pytest.raises(PermanentError, match="more than 3 redirects"):
        fetch(site.url("/loop"), policy(max_redirects=3))
    assert site.hits["/loop"] == 4


def test_redirect_to_private_address_is_refused_before_connecting(site: Site) -> None:
    site.routes["/evil"] = Reply(status=302, headers={"Location": "http://10.255.255.1/internal"})
    with pytest.raises(PermanentError, match="refused address 10.255.255.1"):
        fetch(site.url("/evil"), policy())
    site.routes["/meta"] = Reply(status=302, headers={"Location": "http://169.254.169.254/latest/"})
    with pytest.raises(PermanentError, match="169.254.169.254"):
        fetch(site.url("/meta"), policy())


def test_redirect_to_other_scheme_is_refused(site: Site) -> None:
    site.routes["/file"] = Reply(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(PermanentError, match="scheme 'file'"):
        fetch(site.url("/file"), policy())


def test_loopback_refused_without_allow_list(site: Site) -> None:
    site.routes["/x"] = Reply(b"secret")
    with pytest.raises(PermanentError, match="refused address 127.0.0.1"):
        fetch(site.url("/x"), FetchPolicy())
    assert site.hits["/x"] == 0


def test_byte_cap_applies_to_decompressed_stream(site: Site) -> None:
    site.routes["/big"] = Reply(b"x" * 50_000)
    with pytest.raises(PermanentError, match="exceeds the cap"):
        fetch(site.url("/big"), policy(max_bytes=10_000))
    # a gzip bomb: 5 MB of zeros compress to a few KB
    site.routes["/bomb"] = Reply(b"\0" * 5_000_000, gzip=True)
    with pytest.raises(PermanentError, match="exceeds the cap"):
        fetch(site.url("/bomb"), policy(max_bytes=100_000))


def test_total_deadline_stops_a_slow_drip(site: Site) -> None:
    site.routes["/slow"] = Reply(b"y" * 64 * 40, drip=0.1)  # 4 s in total, each chunk well within a read timeout
    with pytest.raises(TransientError, match="deadline|timeout"):
        fetch(site.url("/slow"), policy(timeout=1.0))


def test_hanging_server_times_out(site: Site) -> None:
    site.routes["/hang"] = Reply(b"late", delay=3)
    with pytest.raises(TransientError, match="timeout"):
        fetch(site.url("/hang"), policy(timeout=0.5))


def test_status_mapping_and_retry_after(site: Site) -> None:
    site.routes["/busy"] = Reply(status=503, headers={"Retry-After": "120"})
    with pytest.raises(TransientError) as exc:
        fetch(site.url("/busy"), policy())
    assert exc.value.retry_after == 120
    site.routes["/gone"] = Reply(status=410)
    with pytest.raises(PermanentError, match="HTTP 410"):
        fetch(site.url("/gone"), policy())
    with pytest.raises(PermanentError, match="HTTP 404"):
        fetch(site.url("/missing"), policy())


def test_unreachable_host_is_transient() -> None:
    with pytest.raises(TransientError):
        fetch("http://127.0.0.1:9/feed", policy(timeout=2))


def test_connection_guard_catches_dns_rebinding(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the name resolved to a public address when checked and to loopback when connecting, the
    connected socket's address is still refused."""
    import worker.fetch as f

    site.routes["/secret"] = Reply(b"internal data")
    monkeypatch.setattr(f, "check_url", lambda url, allow: None)  # the first lookup "said" public
    with pytest.raises(PermanentError, match="refused connection to 127.0.0.1"):
        fetch(site.url("/secret"), FetchPolicy())
    assert site.hits["/secret"] == 0  # refused after connect, before any request was sent
    assert fetch(site.url("/secret"), policy()).body == b"internal data"  # allowed networks still work
