"""Reliability tier: each test gets its own copy of a small working station (made once per
session through the services, see ``reliability_station.py``) and ends with the database passing
``rescue-desk check``."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_station import (
    Keys,
    Station,
    assert_sound,
    build_station,
    make_station,
    read_keys,
    remove_sqlite,
)


@pytest.fixture(scope="session")
def station_template(tmp_path_factory) -> Path:
    """The station's database file, made once."""
    file = tmp_path_factory.mktemp("reliability-station") / "station.db"
    build_station(file)
    return file


@pytest.fixture(scope="session")
def station_keys(station_template) -> Keys:
    """The ids and keys the station holds."""
    return read_keys(station_template)


@pytest.fixture
def station(station_template, tmp_path) -> Iterator[Station]:
    """This test's own copy of the station; its database must pass the check at the end."""
    made = make_station(station_template, tmp_path / "station.db")
    yield made
    made.desk.db.dispose()
    assert_sound(made.file)


@pytest.fixture
def fresh_station(station_template, tmp_path):
    """``with fresh_station() as station:`` a copy of the station for one example (property
    tests), checked (``rescue-desk check``) and removed at the end of the block."""
    officer = make_station(station_template, tmp_path / "login.db").desk.officer
    numbers = itertools.count(1)

    @contextlib.contextmanager
    def _fresh() -> Iterator[Station]:
        made = make_station(station_template, tmp_path / f"example-{next(numbers)}.db",
                            officer)
        try:
            yield made
            made.desk.db.dispose()
            assert_sound(made.file, schema=False)
        finally:
            made.desk.db.dispose()
            remove_sqlite(made.file)

    return _fresh


