"""URL canonicalisation and the ids derived from it."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# courlan strips utm_* and friends; these are further click trackers seen in news feeds.
EXTRA_TRACKING = {
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "yclid",
    "_ga",
    "ocid",
    "cmpid",
    "wt_mc",
    "wt.mc_id",
    "at_medium",
    "at_campaign",
    "at_custom1",
    "at_custom2",
    "at_custom3",
    "at_custom4",
    "ns_mchannel",
    "ns_source",
    "ns_campaign",
    "ns_linkname",
    "ns_fee",
    "rss",
    "ref",
    "xtor",
    "smid",
    "cid",
    "feature",
    "s_cid",
    "icid",
    "utm",
}


def sha(text: str) -> str:
    """Hex SHA-256 of a string."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def canonicalize(url: str) -> str:
    """Normalise scheme/host/port, drop fragments and tracking parameters, sort the query."""
    url = url.strip()
    try:
        norm = normalize_url(url, strict=False)
    except Exception:  # noqa: BLE001 - courlan raises several types on junk; fall back to our own split
        norm = url
    parts = urlsplit(norm)
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    netloc = f"{host}:{port}" if port else host
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in EXTRA_TRACKING
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def doc_id(canonical_url: str) -> str:
    """The Elasticsearch _id of an article: a hash of its canonical URL."""
    return sha(canonical_url)[:40]


def domain(url: str) -> str:
    """The host of a URL without a leading www."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")
