"""Crash safety: a writer registering intakes is killed with SIGKILL at random moments; nothing it
acknowledged is lost and nothing partial is left (see ``crash.py``).

``RESCUE_DESK_CRASH_SEED`` repeats a run (the seed is printed, and named in any failure);
``RESCUE_DESK_CRASH_TRIALS`` makes it longer. For long runs by hand:
``python tests/reliability/crash.py --trials 200``.
"""

from __future__ import annotations

import os
import random
import sys

import crash
import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the writer is forked and killed with SIGKILL (Linux)")


def test_killed_writer_loses_nothing_it_acknowledged(tmp_path, capsys):
    """GIVEN a writer registering complete intakes (person, stay, inspection, audit records,
    security check, bag) and acknowledging each commit
    WHEN it is killed with SIGKILL at a random moment, at least 30 times
    THEN after each kill the database passes the check, every acknowledged intake is there whole,
    no partial intake exists, and the real ``rescue-desk check`` command agrees at the end."""
    seed = int(os.environ.get("RESCUE_DESK_CRASH_SEED") or random.randrange(10**6))
    trials = max(30, int(os.environ.get("RESCUE_DESK_CRASH_TRIALS") or 30))

    try:
        figures = crash.run(trials, seed, tmp_path / "crash")
    except crash.CrashCheckFailed as failure:
        pytest.fail(f"crash harness, seed {seed} (repeat with RESCUE_DESK_CRASH_SEED={seed}): "
                    f"{failure}", pytrace=False)
    done = crash.cli_check(tmp_path / "crash" / "crash.db")

    with capsys.disabled():
        print("\n" + figures.summary())
    assert done.returncode == 0, f"seed {seed}: rescue-desk check said {done.stderr}"
    assert figures.trials >= 30
    assert figures.lost == 0
    assert figures.acknowledged > figures.trials, \
        f"seed {seed}: too few intakes were written to prove anything ({figures.summary()})"
