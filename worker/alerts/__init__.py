"""Alert stage: rules from alerts.yaml, email and webhook channels, and a delivery ledger.

- `rules`: alerts.yaml as models (channels, rules, delivery policy) and what a rule matches;
- `channels`: what a webhook or an email carries, signing, and the Sender that delivers it;
- `ledger`: the `<prefix>-alerts` records that make delivery exactly-once-or-recognisable, and
  the sweep that re-sends what a crash or a failure left behind;
- `engine`: when each rule fires (instant, threshold, digest), tying the three together.

Delivery you can trust: every alert has a stable id (rule + story, rule + window, rule + digest
time); its ledger record is created before sending, so the same story never alerts twice, and a
record left pending by a crash is re-sent with the same Idempotency-Key.
"""

from __future__ import annotations

from .channels import Sender, article_payload, build_payload, sign, verify
from .engine import AlertEngine
from .ledger import Ledger, recent
from .rules import (
    AlertRule,
    AlertsFile,
    Delivery,
    EmailChannel,
    Match,
    WebhookChannel,
    alert_key,
    es_query,
    last_scheduled,
    load_alerts,
    matches,
)

__all__ = [
    "AlertEngine",
    "AlertRule",
    "AlertsFile",
    "Delivery",
    "EmailChannel",
    "Ledger",
    "Match",
    "Sender",
    "WebhookChannel",
    "alert_key",
    "article_payload",
    "build_payload",
    "es_query",
    "last_scheduled",
    "load_alerts",
    "matches",
    "recent",
    "sign",
    "verify",
]
