"""Fetch policy decisions that need no socket: address refusal, schemes, Retry-After."""

from __future__ import annotations

import ipaddress

import pytest

from worker.errors import PermanentError
from worker.fetch import check_url, retry_after_seconds


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/feed",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://[::ffff:127.0.0.1]/",
        "http://100.64.0.1/",
    ],
)
def test_private_and_special_addresses_are_refused(url: str) -> None:
    with pytest.raises(PermanentError, match="refused address"):
        check_url(url, [])


def test_allow_networks_exempts() -> None:
    check_url("http://127.0.0.1:8080/feed", [ipaddress.ip_network("127.0.0.0/8")])
    with pytest.raises(PermanentError):
        check_url("http://10.0.0.1/", [ipaddress.ip_network("127.0.0.0/8")])


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/", "javascript:alert(1)"])
def test_only_http_schemes(url: str) -> None:
    with pytest.raises(PermanentError, match="scheme|no host"):
        check_url(url, [])


def test_public_literal_is_allowed() -> None:
    check_url("https://93.184.216.34/", [])


def test_retry_after() -> None:
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("garbage") is None
    when = retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 30)
    assert when == pytest.approx(30)
