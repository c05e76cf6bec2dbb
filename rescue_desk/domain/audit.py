"""The audit chain's hashing rule: each record's hash covers its fields and the previous hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

#: The hash before the first record.
GENESIS = "0" * 64


def canonical_json(value: object) -> str:
    """JSON with sorted keys and no spaces, so the same data always hashes the same."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(
    prev_hash: str,
    at: dt.datetime,
    officer_login: str,
    action: str,
    entity: str,
    entity_id: str,
    changes: str,
) -> str:
    """SHA-256 over the previous hash and the record's fields."""
    payload = "\x1f".join(
        [prev_hash, at.isoformat(timespec="microseconds"), officer_login, action, entity,
         entity_id, changes]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
