"""Password hashing (scrypt, memory-hard) and the lockout rule for wrong passwords."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os

#: scrypt cost: 2**14 x 8 x 128 bytes = 16 MiB of memory per hash.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
#: Wrong passwords in a row before the account locks.
MAX_FAILED_LOGINS = 5
#: How long a locked account stays locked.
LOCK_DURATION = dt.timedelta(minutes=5)
#: Shortest password accepted.
MIN_PASSWORD_LENGTH = 6


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` with a fresh 16-byte salt."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
        maxmem=64 * 1024 * 1024, dklen=32,
    )
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the stored hash (constant-time comparison). Anything that is
    not text (or cannot be encoded) matches nothing."""
    if not isinstance(password, str) or not isinstance(stored, str):
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
            p=int(p), maxmem=64 * 1024 * 1024, dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def lock_after_failure(failed_logins: int, now: dt.datetime) -> dt.datetime | None:
    """The time until which the account is locked after ``failed_logins`` in a row, or None."""
    if failed_logins >= MAX_FAILED_LOGINS:
        return now + LOCK_DURATION
    return None
