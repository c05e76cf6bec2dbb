"""The command's output piped into a reader that stops early (``rescue-desk search 王 | head``)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rescue_desk.cli import EXIT_PIPE_CLOSED


def _run_into_closed_pipe(data_home, *argv: str) -> subprocess.CompletedProcess:
    """Run ``python -m rescue_desk *argv`` with its standard output on a pipe whose read end is
    already closed, as after ``head -1`` has read its line: the first write fails, every time."""
    env = {**os.environ, "RESCUE_DESK_HOME": str(data_home), "RESCUE_DESK_LANG": "en",
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RESCUE_DESK_DB", None)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "rescue_desk", *argv], stdout=write_end,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                              env=env, timeout=120)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("options", [[], ["--json"]], ids=["lines", "json"])
def test_search_into_a_closed_pipe_exits_quietly(initialised, data_home, options):
    """GIVEN a station with the officer 王站长 WHEN ``search 王`` writes into a pipe whose reader
    has gone THEN it exits 141 (as a tool stopped by SIGPIPE) with nothing on stderr: no
    BrokenPipeError traceback, no "Exception ignored" note from the flush at exit."""
    result = _run_into_closed_pipe(data_home, "--db", str(initialised), "search", *options, "王")
    assert "Traceback" not in result.stderr
    assert (result.returncode, result.stderr) == (EXIT_PIPE_CLOSED, "")


def test_search_into_a_pipe_read_to_the_end_still_exits_zero(initialised, data_home):
    """GIVEN a reader that reads everything WHEN ``search 王`` runs THEN it exits 0 and prints the
    hit (the pipe handling changes nothing when the reader stays)."""
    env = {**os.environ, "RESCUE_DESK_HOME": str(data_home), "RESCUE_DESK_LANG": "en",
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RESCUE_DESK_DB", None)
    result = subprocess.run([sys.executable, "-m", "rescue_desk", "--db", str(initialised),
                             "search", "王"], capture_output=True, text=True, env=env, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")
    assert "王站长" in result.stdout
