"""Placement rules of step 6, table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from rescue_desk.domain.beds import (
    AreaKind,
    BedState,
    Breach,
    Candidate,
    Occupant,
    area_rule,
    bed_state,
    breaches,
    preferred_kinds,
    suggest,
    template_bed_count,
)
from rescue_desk.domain.intake import Inspection

MAN = Occupant("M", 40)
WOMAN = Occupant("F", 35)
BOY = Occupant("M", 12)
GIRL = Occupant("F", 15)
UNKNOWN_SEX = Occupant("U", 50)
OLD_MAN = Occupant("M", 72)
APPARENT_MINOR = Occupant("M", None, frozenset({Inspection.MINOR}))


@pytest.mark.parametrize(("person", "kind", "sex", "minors", "expected"), [
    (MAN, AreaKind.MEN, "", False, ()),
    (MAN, AreaKind.WOMEN, "", False, (Breach.OPPOSITE_SEX,)),
    (WOMAN, AreaKind.WOMEN, "", False, ()),
    (WOMAN, AreaKind.MEN, "", False, (Breach.OPPOSITE_SEX,)),
    (BOY, AreaKind.BOYS, "", True, ()),
    (BOY, AreaKind.MEN, "", False, (Breach.MINOR_IN_ADULT_AREA,)),
    (BOY, AreaKind.GIRLS, "", True, (Breach.OPPOSITE_SEX,)),
    (GIRL, AreaKind.WOMEN, "", False, (Breach.MINOR_IN_ADULT_AREA,)),
    (GIRL, AreaKind.BOYS, "", True, (Breach.OPPOSITE_SEX,)),
    (MAN, AreaKind.BOYS, "", True, (Breach.ADULT_IN_MINOR_AREA,)),
    (APPARENT_MINOR, AreaKind.MEN, "", False, (Breach.MINOR_IN_ADULT_AREA,)),
    (APPARENT_MINOR, AreaKind.BOYS, "", True, ()),
    (OLD_MAN, AreaKind.ELDERLY, "M", False, ()),
    (OLD_MAN, AreaKind.ELDERLY, "F", False, (Breach.OPPOSITE_SEX,)),
    (BOY, AreaKind.ELDERLY, "M", True, (Breach.MINOR_IN_ADULT_AREA,)),  # kind wins over flag
    (WOMAN, AreaKind.MEDICAL, "F", False, ()),
    (BOY, AreaKind.MEDICAL, "M", False, (Breach.MINOR_IN_ADULT_AREA,)),
    (BOY, AreaKind.MEDICAL, "M", True, ()),
    (MAN, AreaKind.MENTAL, "F", False, (Breach.OPPOSITE_SEX,)),
    (MAN, AreaKind.FAMILY, "", False, ()),
    (GIRL, AreaKind.FAMILY, "", False, ()),
    (UNKNOWN_SEX, AreaKind.MEN, "", False, (Breach.SEX_UNKNOWN,)),
    (UNKNOWN_SEX, AreaKind.FAMILY, "", False, ()),
    (BOY, AreaKind.WOMEN, "", False, (Breach.OPPOSITE_SEX, Breach.MINOR_IN_ADULT_AREA)),
])
def test_breaches(person, kind, sex, minors, expected):
    assert breaches(person, area_rule(kind, sex, minors)) == expected


@pytest.mark.parametrize(("person", "first"), [
    (MAN, AreaKind.MEN),
    (WOMAN, AreaKind.WOMEN),
    (BOY, AreaKind.BOYS),
    (GIRL, AreaKind.GIRLS),
    (OLD_MAN, AreaKind.ELDERLY),
    (Occupant("F", 30, frozenset({Inspection.DISABILITY})), AreaKind.ELDERLY),
    (Occupant("M", 30, frozenset({Inspection.MENTAL})), AreaKind.MENTAL),
    (Occupant("F", 30, frozenset({Inspection.INFECTIOUS})), AreaKind.MEDICAL),
    (Occupant("M", 30, frozenset({Inspection.DRUNK})), AreaKind.MEDICAL),
])
def test_flags_and_age_suggest_the_area(person, first):
    kinds = preferred_kinds(person)
    assert kinds[0] == first
    assert sorted(kinds) == sorted(AreaKind)


def _bed(bed_id, kind, sex="", minors=False, **attrs):
    return Candidate(bed_id, area_rule(kind, sex, minors), order=(bed_id,), **attrs)


def test_suggestion_keeps_to_the_rules_and_the_fit():
    beds = [_bed(1, AreaKind.WOMEN), _bed(2, AreaKind.MEN), _bed(3, AreaKind.MEN,
            accessible=True, lower_bunk=True), _bed(4, AreaKind.ELDERLY, "M", lower_bunk=True,
                                                     accessible=True),
            _bed(5, AreaKind.BOYS, near_duty_room=True), _bed(6, AreaKind.BOYS)]
    assert suggest(MAN, beds).bed_id == 2  # keeps the accessible bed free
    assert suggest(OLD_MAN, beds).bed_id == 4
    assert suggest(BOY, beds).bed_id == 5  # near the duty room
    assert suggest(WOMAN, beds).bed_id == 1
    assert suggest(GIRL, beds) is None  # no girls' bed and no allowed one
    assert suggest(OLD_MAN, [_bed(3, AreaKind.MEN, accessible=True), _bed(2, AreaKind.MEN)]
                   ).bed_id == 3


def test_bed_state_and_hold_expiry():
    now = dt.datetime(2026, 11, 28, 21, 0)
    later = now + dt.timedelta(hours=2)
    common = dict(out_of_service=False, cleaning=False, now=now)
    assert bed_state(occupied=False, held_until=None, **common) == BedState.FREE
    assert bed_state(occupied=False, held_until=later, **common) == BedState.HELD
    assert bed_state(occupied=False, held_until=later,
                     **{**common, "now": later}) == BedState.FREE  # expired at its time
    assert bed_state(occupied=True, held_until=later, **common) == BedState.OCCUPIED
    assert bed_state(occupied=False, held_until=None,
                     **{**common, "out_of_service": True}) == BedState.OUT_OF_SERVICE
    assert bed_state(occupied=False, held_until=None,
                     **{**common, "cleaning": True}) == BedState.CLEANING


def test_templates_have_beds_for_every_group():
    assert template_bed_count("small") < template_bed_count("medium") \
        < template_bed_count("large")
