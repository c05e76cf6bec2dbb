"""Areas and beds (分区安置): area kinds, bed states, and the placement rules of step 6.

Men and women apart; minors apart from adults; inspection flags suggest the medical observation
or the mental-health watch area; elderly and disabled people an area of their own. All placement
rules live here and are pure functions, so the GUI, the CLI and the tests share one answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError
from rescue_desk.domain.intake import ADULT_AGE, Inspection


class AreaKind(enum.StrEnum):
    MEN = "men"  #: 男宿区
    WOMEN = "women"  #: 女宿区
    BOYS = "boys"  #: 男童区
    GIRLS = "girls"  #: 女童区
    ELDERLY = "elderly"  #: 老年/残疾人区
    MEDICAL = "medical"  #: 医疗观察区
    MENTAL = "mental"  #: 精神观察区
    FAMILY = "family"  #: 家庭区
    OVERFLOW = "overflow"  #: 临时加床区


AREA_KIND_LABELS = {
    AreaKind.MEN: QT_TRANSLATE_NOOP("Beds", "Men"),
    AreaKind.WOMEN: QT_TRANSLATE_NOOP("Beds", "Women"),
    AreaKind.BOYS: QT_TRANSLATE_NOOP("Beds", "Boys"),
    AreaKind.GIRLS: QT_TRANSLATE_NOOP("Beds", "Girls"),
    AreaKind.ELDERLY: QT_TRANSLATE_NOOP("Beds", "Elderly and disabled"),
    AreaKind.MEDICAL: QT_TRANSLATE_NOOP("Beds", "Medical observation"),
    AreaKind.MENTAL: QT_TRANSLATE_NOOP("Beds", "Mental-health watch"),
    AreaKind.FAMILY: QT_TRANSLATE_NOOP("Beds", "Family"),
    AreaKind.OVERFLOW: QT_TRANSLATE_NOOP("Beds", "Overflow"),
}

#: Kinds whose sex is fixed by the kind itself.
KIND_SEX = {AreaKind.MEN: "M", AreaKind.BOYS: "M", AreaKind.WOMEN: "F", AreaKind.GIRLS: "F"}
#: Kinds for minors only, and kinds for adults only; the others are set per area.
MINOR_KINDS = frozenset({AreaKind.BOYS, AreaKind.GIRLS})
ADULT_KINDS = frozenset({AreaKind.MEN, AreaKind.WOMEN, AreaKind.ELDERLY})
#: The only kind that may take both sexes (a family stays together).
MIXED_KINDS = frozenset({AreaKind.FAMILY})

#: From this age a person is suggested the elderly area (老年人权益保障法: 60 周岁).
ELDERLY_AGE = 60


class BedState(enum.StrEnum):
    FREE = "free"
    OCCUPIED = "occupied"
    HELD = "held"
    OUT_OF_SERVICE = "out_of_service"
    CLEANING = "cleaning"


BED_STATE_LABELS = {
    BedState.FREE: QT_TRANSLATE_NOOP("Beds", "Free"),
    BedState.OCCUPIED: QT_TRANSLATE_NOOP("Beds", "Occupied"),
    BedState.HELD: QT_TRANSLATE_NOOP("Beds", "Held"),
    BedState.OUT_OF_SERVICE: QT_TRANSLATE_NOOP("Beds", "Out of service"),
    BedState.CLEANING: QT_TRANSLATE_NOOP("Beds", "Being cleaned"),
}


class BedEnd(enum.StrEnum):
    """Why a bed assignment ended."""

    MOVED = "moved"
    DEPARTED = "departed"
    HOSPITAL = "hospital"
    CARE = "care"  #: out-of-station care
    RELEASED = "released"  #: freed by an officer


def bed_state(*, occupied: bool, out_of_service: bool, cleaning: bool,
              held_until: dt.datetime | None, now: dt.datetime) -> BedState:
    """The state a bed shows now. A hold ends by itself at its time."""
    if occupied:
        return BedState.OCCUPIED
    if out_of_service:
        return BedState.OUT_OF_SERVICE
    if held_until is not None and held_until > now:
        return BedState.HELD
    if cleaning:
        return BedState.CLEANING
    return BedState.FREE


@dataclasses.dataclass(frozen=True)
class AreaRule:
    """What the rules need to know of an area."""

    kind: AreaKind
    sex: str  #: "M", "F", or "" for a mixed (family) area
    for_minors: bool


def area_rule(kind: AreaKind | str, sex: str, for_minors: bool) -> AreaRule:
    """The effective rule of an area: the kind fixes sex and age group where it can."""
    kind = AreaKind(kind)
    sex = KIND_SEX.get(kind, sex if sex in ("M", "F") else "")
    if kind in MINOR_KINDS:
        for_minors = True
    elif kind in ADULT_KINDS:
        for_minors = False
    return AreaRule(kind, sex, bool(for_minors))


class Breach(enum.StrEnum):
    """A placement rule a bed would break (a leader on duty may still approve it)."""

    OPPOSITE_SEX = "opposite_sex"
    SEX_UNKNOWN = "sex_unknown"
    MINOR_IN_ADULT_AREA = "minor_in_adult_area"
    ADULT_IN_MINOR_AREA = "adult_in_minor_area"


BREACH_LABELS = {
    Breach.OPPOSITE_SEX: QT_TRANSLATE_NOOP("Beds", "an area for the other sex"),
    Breach.SEX_UNKNOWN: QT_TRANSLATE_NOOP(
        "Beds", "a single-sex area while the person's sex is not determined"),
    Breach.MINOR_IN_ADULT_AREA: QT_TRANSLATE_NOOP("Beds", "a minor in an adult area"),
    Breach.ADULT_IN_MINOR_AREA: QT_TRANSLATE_NOOP("Beds", "an adult in a minors' area"),
}


@dataclasses.dataclass(frozen=True)
class Occupant:
    """What the rules need to know of a person."""

    sex: str  #: M, F or U
    age: int | None
    flags: frozenset[Inspection] = frozenset()

    @property
    def minor(self) -> bool:
        if self.age is not None:
            return self.age < ADULT_AGE
        return Inspection.MINOR in self.flags


def breaches(person: Occupant, area: AreaRule) -> tuple[Breach, ...]:
    """The placement rules that putting ``person`` in ``area`` would break (empty: allowed).

    Men and women apart, except in a family area; minors never in an adult area, adults never
    in a minors' area (a family area takes both).
    """
    found: list[Breach] = []
    if area.sex:
        if person.sex not in ("M", "F"):
            found.append(Breach.SEX_UNKNOWN)
        elif person.sex != area.sex:
            found.append(Breach.OPPOSITE_SEX)
    if area.kind not in MIXED_KINDS:
        if person.minor and not area.for_minors:
            found.append(Breach.MINOR_IN_ADULT_AREA)
        elif not person.minor and area.for_minors:
            found.append(Breach.ADULT_IN_MINOR_AREA)
    return tuple(found)


def preferred_kinds(person: Occupant) -> tuple[AreaKind, ...]:
    """Area kinds in the order the rules suggest them for ``person``.

    A suspected mental disorder suggests the watch area; a suspected infectious disease, an
    injury or a critical illness the medical observation area; age 60+ or a disability the
    elderly and disabled area; then the ordinary area by sex and age; then the overflow, the
    medical observation and the family area.
    """
    order: list[AreaKind] = []
    if Inspection.MENTAL in person.flags:
        order.append(AreaKind.MENTAL)
    if person.flags & {Inspection.INFECTIOUS, Inspection.INJURY, Inspection.CRITICAL,
                       Inspection.DRUNK}:
        order.append(AreaKind.MEDICAL)
    if person.minor:
        order += [AreaKind.GIRLS if person.sex == "F" else AreaKind.BOYS]
    else:
        if (person.age is not None and person.age >= ELDERLY_AGE) \
                or Inspection.DISABILITY in person.flags:
            order.append(AreaKind.ELDERLY)
        order += [AreaKind.WOMEN if person.sex == "F" else AreaKind.MEN]
    for kind in (AreaKind.OVERFLOW, AreaKind.MEDICAL, AreaKind.FAMILY):
        if kind not in order:
            order.append(kind)
    for kind in AreaKind:
        if kind not in order:
            order.append(kind)
    return tuple(order)


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A free bed as the suggestion sees it."""

    bed_id: int
    area: AreaRule
    lower_bunk: bool = False
    accessible: bool = False
    near_duty_room: bool = False
    order: tuple = ()  #: area, room and bed sort keys (a stable tie-break)


def bed_score(person: Occupant, bed: Candidate) -> tuple:
    """Sort key of a free bed for ``person`` (smaller is better): allowed beds first, then the
    preferred area kind, then the bed's fit (accessible or lower bunk for the elderly and
    disabled; near the duty room for minors and people on watch; otherwise a lower bunk)."""
    allowed = not breaches(person, bed.area)
    kinds = preferred_kinds(person)
    rank = kinds.index(bed.area.kind)
    needs_access = (person.age is not None and person.age >= ELDERLY_AGE) \
        or Inspection.DISABILITY in person.flags
    watch = person.minor or bool(person.flags & {Inspection.MENTAL, Inspection.CRITICAL})
    fit = 0
    if needs_access:
        fit += 0 if bed.accessible else 2
        fit += 0 if bed.lower_bunk else 1
    if watch:
        fit += 0 if bed.near_duty_room else 1
    if not needs_access and not watch:
        # keep accessible beds and near-duty beds for those who need them
        fit += (1 if bed.accessible else 0) + (1 if bed.near_duty_room else 0)
        fit += 0 if bed.lower_bunk else 0.5
    return (0 if allowed else 1, rank, fit, bed.order)


def suggest(person: Occupant, beds: list[Candidate]) -> Candidate | None:
    """The best allowed free bed, or None when no free bed is allowed for this person."""
    best = min(beds, key=lambda b: bed_score(person, b), default=None)
    if best is None or breaches(person, best.area):
        return None
    return best


# -- errors -------------------------------------------------------------------------------


class BedTaken(DeskError):
    code = "bed_taken"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Bed {bed} was just given to someone else. Choose another bed.")


class BedNotFree(DeskError):
    code = "bed_not_free"
    fact_contexts = {"state": "Beds"}
    template = QT_TRANSLATE_NOOP("DeskError", "Bed {bed} is {state} and cannot be given now.")


class BedHeld(DeskError):
    code = "bed_held"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Bed {bed} is held for {held_for} until {until}. Release the hold first.")


class PlacementNeedsApproval(DeskError):
    code = "placement_needs_approval"
    fact_contexts = {"breach": "Beds"}
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "This bed would put {breach}. Only with the leader on duty's approval and a reason.")


class NotPlaceable(DeskError):
    code = "not_placeable"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Case {case_no} is not in the station, so it takes no bed.")


class BedInUse(DeskError):
    code = "bed_in_use"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Bed {bed} has someone in it. Move them to another bed first.")


class AreaNotEmpty(DeskError):
    code = "area_not_empty"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "{what} {name} still has people in it. Move them to other beds first.")


class SexNeedsKind(DeskError):
    code = "area_sex_needed"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Say whether this area is for men or women (only a family area is mixed).")


class BadHold(DeskError):
    code = "bad_hold"
    template = QT_TRANSLATE_NOOP("DeskError", "A hold lasts from 1 to 48 hours.")


class NoBed(DeskError):
    code = "no_bed"
    template = QT_TRANSLATE_NOOP("DeskError", "Case {case_no} has no bed.")


# -- layout templates (first start and the demo) -----------------------------------------

#: (area name, kind, sex, for minors, [(room, beds, lower bunks, accessible, near duty room)])
TemplateArea = tuple[str, AreaKind, str, bool, list[tuple[str, int, int, int, int]]]

LAYOUT_TEMPLATES: dict[str, list[TemplateArea]] = {
    "small": [
        ("男宿区", AreaKind.MEN, "M", False, [("101", 6, 3, 1, 0), ("102", 6, 3, 0, 0)]),
        ("女宿区", AreaKind.WOMEN, "F", False, [("201", 4, 2, 1, 1)]),
        ("未成年人区", AreaKind.BOYS, "M", True, [("301", 2, 1, 0, 2)]),
        ("未成年人区（女）", AreaKind.GIRLS, "F", True, [("302", 2, 1, 0, 2)]),
        ("医疗观察区", AreaKind.MEDICAL, "M", False, [("观察室", 2, 2, 2, 2)]),
    ],
    "medium": [
        ("男宿一区", AreaKind.MEN, "M", False,
         [("101", 8, 4, 0, 0), ("102", 8, 4, 0, 0), ("103", 8, 4, 1, 0), ("104", 6, 3, 1, 2)]),
        ("女宿区", AreaKind.WOMEN, "F", False, [("201", 6, 3, 1, 2), ("202", 6, 3, 0, 0)]),
        ("男童区", AreaKind.BOYS, "M", True, [("301", 4, 2, 0, 4)]),
        ("女童区", AreaKind.GIRLS, "F", True, [("302", 4, 2, 0, 4)]),
        ("老年残疾人区", AreaKind.ELDERLY, "M", False, [("105", 6, 6, 4, 2)]),
        ("老年残疾人区（女）", AreaKind.ELDERLY, "F", False, [("203", 4, 4, 2, 2)]),
        ("医疗观察区（男）", AreaKind.MEDICAL, "M", False, [("观察一", 4, 4, 2, 4)]),
        ("医疗观察区（女）", AreaKind.MEDICAL, "F", False, [("观察二", 2, 2, 1, 2)]),
        ("精神观察区", AreaKind.MENTAL, "M", False, [("监护一", 3, 3, 0, 3)]),
        ("精神观察区（女）", AreaKind.MENTAL, "F", False, [("监护二", 2, 2, 0, 2)]),
        ("家庭区", AreaKind.FAMILY, "", False, [("401", 4, 2, 1, 0)]),
        ("临时加床区", AreaKind.OVERFLOW, "M", False, [("大厅", 6, 6, 0, 0)]),
    ],
}


def _larger(areas: list[TemplateArea]) -> list[TemplateArea]:
    """Twice the beds in every room, and a second room in the men's and women's areas."""
    bigger: list[TemplateArea] = []
    for name, kind, sex, minors, rooms in areas:
        rooms = [(room, beds * 2, lower * 2, acc, near) for room, beds, lower, acc, near in rooms]
        if kind in (AreaKind.MEN, AreaKind.WOMEN):
            first = rooms[0]
            rooms.append((f"{first[0]}A", first[1], first[2], 0, 0))
        bigger.append((name, kind, sex, minors, rooms))
    return bigger


LAYOUT_TEMPLATES["large"] = _larger(LAYOUT_TEMPLATES["medium"])

TEMPLATE_LABELS = {
    "small": QT_TRANSLATE_NOOP("Beds", "Small station (about 20 beds)"),
    "medium": QT_TRANSLATE_NOOP("Beds", "Medium station (about 80 beds)"),
    "large": QT_TRANSLATE_NOOP("Beds", "Large station (about 190 beds)"),
}


def template_bed_count(name: str) -> int:
    return sum(beds for *_, rooms in LAYOUT_TEMPLATES[name] for _, beds, *_ in rooms)
