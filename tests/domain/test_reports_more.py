"""Relief types, special groups, arrivals by source, the daily occupancy sheet and the winter
campaign report, on small hand-built data with known answers."""

from __future__ import annotations

import dataclasses
import datetime as dt

from rescue_desk.domain.reports import (
    CAMPAIGN_ROWS,
    MONTHLY_SECTIONS,
    CallFact,
    ContactFact,
    HandoutFact,
    OutreachFacts,
    PatrolFact,
    campaign,
    campaign_lines,
    counter,
    health,
    monthly,
    monthly_lines,
    occupancy,
    week_of,
)
from tests.domain.test_monthly_report import FACTS, stay

D = dt.date


def extra(fact, **changes):
    return dataclasses.replace(fact, **changes)


NOVEMBER = [
    extra(stay(1, 1, "2026-11-02 10:00", "2026-11-05 09:00", departure="voucher"),
          source="police", supplies=True),
    extra(stay(2, 2, "2026-11-03 22:00", flags=("trafficking",), sex="F"), source="hotline",
          medical=True),
    extra(stay(3, 3, "2026-11-04 08:00", "2026-11-04 18:00", departure="collected", age=12,
               flags=("left_behind",)), source="street_patrol", family_search=True),
    extra(stay(4, 4, "2026-10-20 08:00", flags=("domestic_violence", "dementia"), sex="F"),
          source="walk_in", placed=True),
    # refused: in no figure
    extra(stay(5, 5, "2026-11-04 09:00", "2026-11-04 09:30", admitted=False),
          source="walk_in"),
]


def test_dementia_is_its_own_health_class_after_mental_disorder():
    assert health(frozenset({"dementia", "disability"})) == "dementia"
    assert health(frozenset({"dementia", "mental"})) == "mental"


def test_relief_types_special_groups_and_sources():
    report = monthly(NOVEMBER, 2026, 11)
    c = counter(report)
    assert c["visits"] == 4
    assert (c["relief.living"], c["relief.medical"], c["relief.return_home"],
            c["relief.placement"], c["relief.other_relief"]) == (4, 1, 2, 1, 1)
    assert report.by_relief["return_home"].stays == (1, 3)
    assert (c["special.trafficking"], c["special.domestic_violence"],
            c["special.left_behind"], c["special.minors"]) == (1, 1, 1, 1)
    assert c["health.dementia"] == 1
    # arrivals by source count only the stays that arrived in the month (not stay 4)
    assert (c["source.police"], c["source.hotline"], c["source.street_patrol"],
            c["source.walk_in"]) == (1, 1, 1, 0)


def test_the_form_lists_every_row_in_order_with_zeros():
    lines = monthly_lines(monthly(NOVEMBER, 2026, 11))
    assert len(lines) == sum(len(rows) for _section, rows in MONTHLY_SECTIONS)
    by = {(section, row): figure.value for section, row, figure in lines}
    assert by[("total", "visits")] == 4 and by[("total", "people")] == 4
    assert by[("departure", "death")] == 0 and by[("special", "foreigners")] == 0
    assert lines[0][:2] == ("total", "visits") and lines[-1][:2] == ("special", "minors")


def test_daily_occupancy_counts_start_end_arrivals_and_departures():
    days = occupancy(FACTS, D(2026, 11, 1), D(2026, 11, 3))
    first = days[0]
    # at 00:00 on Nov 1: stays 1 (10-30 → 11-02) and 7 (10-01 → 11-01 00:10)
    assert first.at_start == 2
    assert first.departures.stays == (7,) and first.arrivals.value == 0
    assert first.at_end.stays == (1,)
    assert days[1].departures.stays == (1,) and days[1].at_end.value == 0
    assert [d.day for d in days] == [D(2026, 11, 1), D(2026, 11, 2), D(2026, 11, 3)]
    # across the month: the stays in the station at 24:00 on the 25th
    late = occupancy(FACTS, D(2026, 11, 25), D(2026, 11, 25))[0]
    assert late.arrivals.stays == (3,) and late.at_end.stays == (3,)


OUTREACH = OutreachFacts(
    patrols=[PatrolFact(1, D(2026, 11, 2), 3, True, ("火车站", "桥洞")),
             PatrolFact(2, D(2026, 11, 4), 2, False, ("桥洞", "公园")),
             PatrolFact(3, D(2026, 11, 10), 2, True, ("医院",))],  # next week
    contacts=[ContactFact(1, D(2026, 11, 2), "refused_helped", None),
              ContactFact(2, D(2026, 11, 4), "came_in", 3),
              ContactFact(3, D(2026, 11, 4), "referred", None),
              ContactFact(4, D(2026, 11, 10), "refused_helped", None)],
    calls=[CallFact(1, D(2026, 11, 3), True, 2), CallFact(2, D(2026, 11, 5), False, None),
           CallFact(3, D(2026, 11, 16), False, None)],
    handouts=[HandoutFact(1, D(2026, 11, 2), "棉大衣", 2), HandoutFact(2, D(2026, 11, 4),
                                                                   "棉被", 5),
              HandoutFact(3, D(2026, 11, 10), "棉大衣", 1)],
    cold_days=frozenset({D(2026, 11, 3), D(2026, 11, 12)}),
)


def test_campaign_week_known_answers():
    first, last = week_of(D(2026, 11, 4))
    assert (first, last) == (D(2026, 11, 2), D(2026, 11, 8))
    report = campaign(NOVEMBER, OUTREACH, first, last)
    f = {row: figure.value for row, figure in report.figures.items()}
    assert list(report.figures) == list(CAMPAIGN_ROWS)
    assert (f["patrols"], f["staff_trips"], f["vehicle_trips"], f["places"]) == (2, 5, 1, 3)
    assert f["cold_days"] == 1 and report.figures["cold_days"].refs == ("2026-11-03",)
    assert (f["people_found"], f["helped_outside"], f["referred"]) == (3, 1, 1)
    # brought in: the stays that came through a patrol or the hotline this week
    assert report.figures["brought_in"].stays == (2, 3)
    assert (f["calls"], f["calls_late"]) == (2, 1)
    assert f["admitted"] == 3  # stays 1, 2, 3 arrived this week (not the refused one)
    assert report.figures["families_found"].stays == (3,)
    assert f["escorted_home"] == 0
    assert {k: v.value for k, v in report.supplies.items()} == {"棉大衣": 2, "棉被": 5}
    assert report.figures["patrols"].refs == ("2026-11-02 #1", "2026-11-04 #2")


def test_campaign_so_far_adds_up_the_weeks():
    week = campaign(NOVEMBER, OUTREACH, D(2026, 11, 9), D(2026, 11, 15))
    so_far = campaign(NOVEMBER, OUTREACH, D(2026, 11, 1), D(2026, 11, 15))
    lines = {row: (a.value, b.value) for row, a, b in campaign_lines(week, so_far)}
    assert lines["patrols"] == (1, 3)
    assert lines["supply:棉大衣"] == (1, 3) and lines["supply:棉被"] == (0, 5)
    assert lines["cold_days"] == (1, 2)
    assert lines["calls"] == (0, 2)
