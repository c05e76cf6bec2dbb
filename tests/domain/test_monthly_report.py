"""The monthly report's counting rules on a small hand-built dataset with known answers."""

from __future__ import annotations

import datetime as dt

from rescue_desk.domain.reports import (
    StayFact,
    age_band,
    counter,
    days_in_station,
    health,
    monthly,
    served,
)


def stay(stay_id, person_id, arrived, ended=None, *, admitted=True, sex="M", age=40,
         flags=(), origin="this", departure="", cross=False, id_type="resident_id"):
    a = dt.datetime.fromisoformat(arrived)
    e = dt.datetime.fromisoformat(ended) if ended else None
    return StayFact(stay_id, person_id, a, e, admitted, sex, age, frozenset(flags), origin,
                    departure, e if departure else None, cross, id_type)


FACTS = [
    # arrived in October, left in November: counts in both months
    stay(1, 1, "2026-10-30 22:00", "2026-11-02 09:00", departure="voucher"),
    # the same person again in November (人次 2, 人数 1 for person 1)
    stay(2, 1, "2026-11-20 10:00", "2026-11-23 10:00", departure="escorted", cross=True),
    # a woman over 60 still in the station at the end of November
    stay(3, 2, "2026-11-25 08:00", sex="F", age=72, flags=("disability",), origin="other"),
    # a boy collected from another province
    stay(4, 3, "2026-11-10 12:00", "2026-11-11 12:00", age=6, origin="unknown",
         departure="collected", cross=True, flags=("mental",)),
    # refused: never counts
    stay(5, 4, "2026-11-15 12:00", "2026-11-15 12:00", admitted=False),
    # arrived in December: not November
    stay(6, 5, "2026-12-01 00:05"),
    # ended at the very start of November (still served in November)
    stay(7, 6, "2026-10-01 09:00", "2026-11-01 00:10", departure="death", age=None,
         flags=("critical",), id_type="passport"),
    # ended in October: not November
    stay(8, 7, "2026-10-01 09:00", "2026-10-31 23:50", departure="self"),
]


def test_rules():
    assert days_in_station(dt.datetime(2026, 11, 1, 23), dt.datetime(2026, 11, 2, 1)) == 2
    assert [age_band(a) for a in (0, 6, 7, 18, 19, 59, 60, None)] == [
        "≤6", "≤6", "7–18", "7–18", "19–59", "19–59", "≥60", "unknown"]
    assert health(frozenset({"critical", "mental"})) == "critical"
    assert health(frozenset()) == "healthy"
    nov = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert served(FACTS[0], *nov) and not served(FACTS[4], *nov)
    assert not served(FACTS[5], *nov) and served(FACTS[6], *nov) and not served(FACTS[7], *nov)


def test_november_known_answers():
    report = monthly(FACTS, 2026, 11)
    c = counter(report)
    assert c["visits"] == 5 and c["people"] == 4  # stays 1, 2, 3, 4, 7; persons 1, 2, 3, 6
    assert report.visits.stays == (1, 2, 3, 4, 7)
    assert (c["sex.M"], c["sex.F"]) == (4, 1)
    assert (c["age.≤6"], c["age.19–59"], c["age.≥60"], c["age.unknown"]) == (1, 2, 1, 1)
    assert (c["health.healthy"], c["health.disability"], c["health.mental"],
            c["health.critical"]) == (2, 1, 1, 1)
    assert (c["origin.this"], c["origin.other"], c["origin.unknown"]) == (3, 1, 1)
    assert (c["departure.voucher"], c["departure.escorted"], c["departure.collected"],
            c["departure.death"], c["departure.still_in_station"]) == (1, 1, 1, 1, 1)
    assert c["departure.escorted_cross_province"] == 1
    assert c["departure.collected_cross_province"] == 1
    assert c["special.foreigners"] == 1 and c["special.minors"] == 1
    # days: stay 1: 10-30..11-02 = 4; stay 2: 4; stay 4: 2; stay 7: 10-01..11-01 = 32
    assert report.average_days == round((4 + 4 + 2 + 32) / 4, 1)
    assert report.by_departure["voucher"].stays == (1,)


def test_october_counts_the_stays_that_ran_into_november():
    c = counter(monthly(FACTS, 2026, 10))
    assert c["visits"] == 3  # stays 1, 7, 8
    assert c["departure.went_home"] == 1  # stay 8 left on its own request
    assert c["departure.still_in_station"] == 2  # stays 1 and 7 were there on 31 October
