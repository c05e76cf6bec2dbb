"""Password hashing with scrypt and the lockout rule."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.passwords import (
    LOCK_DURATION,
    MAX_FAILED_LOGINS,
    hash_password,
    lock_after_failure,
    verify_password,
)

NOW = dt.datetime(2026, 11, 28, 21, 5)


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password("correct horse 马")


def test_hash_names_scrypt_and_its_cost(stored):
    """GIVEN a password WHEN it is hashed THEN the result is ``scrypt$N$r$p$salt$hash`` and does
    not contain the password."""
    parts = stored.split("$")
    assert parts[:4] == ["scrypt", "16384", "8", "1"]
    assert len(parts) == 6
    assert "correct horse" not in stored


def test_same_password_gets_a_different_salt_each_time(stored):
    """GIVEN a password hashed once WHEN it is hashed again THEN the two hashes differ (fresh
    salt) and both verify."""
    again = hash_password("correct horse 马")
    assert again != stored
    assert verify_password("correct horse 马", again)


def test_right_password_verifies(stored):
    """GIVEN a stored hash WHEN the same password is checked THEN it verifies."""
    assert verify_password("correct horse 马", stored)


def test_wrong_password_does_not_verify(stored):
    """GIVEN a stored hash WHEN a different password is checked THEN it does not verify."""
    assert not verify_password("correct horse 牛", stored)


@pytest.mark.parametrize(
    "malformed",
    [
        "",
        "plain-text-password",
        "scrypt$16384$8$1",
        "md5$16384$8$1$c2FsdHNhbHQ=$ZGlnZXN0",
        "scrypt$sixteen$8$1$c2FsdHNhbHQ=$ZGlnZXN0",
        "scrypt$16384$8$1$!!!$???",
        "scrypt$3$8$1$c2FsdHNhbHQ=$ZGlnZXN0",
        "scrypt$16384$8$1$c2FsdHNhbHQ=$",
        "scrypt$16384$8$1$c2FsdHNhbHQ=$ZGlnZXN0$extra",
    ],
)
def test_malformed_hash_never_verifies(malformed):
    """GIVEN a malformed stored hash WHEN a password is checked against it THEN the answer is
    False, not an exception."""
    assert verify_password("anything", malformed) is False


def test_four_failures_do_not_lock():
    """GIVEN one failure less than the limit WHEN the lock rule is asked THEN nothing locks."""
    assert lock_after_failure(MAX_FAILED_LOGINS - 1, NOW) is None


def test_fifth_failure_locks_for_five_minutes():
    """GIVEN five wrong passwords in a row WHEN the lock rule is asked THEN the account is locked
    until five minutes from now."""
    assert MAX_FAILED_LOGINS == 5
    assert lock_after_failure(5, NOW) == NOW + dt.timedelta(minutes=5) == NOW + LOCK_DURATION
