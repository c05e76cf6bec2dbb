"""Bad input: every service that takes what a person typed (or a caller passed) either succeeds or
refuses with a DeskError that has a message; never another exception, nothing half-saved, and the
database sound afterwards.

Property-based (hypothesis): names with control characters, lone surrogates, 10,000-character
fields, emoji and rare CJK characters, dates far in the past or future (and with a time zone),
negative or huge amounts, ids SQLite cannot hold, and values of the wrong type. Forms are drawn
acceptable and then have a field or two spoilt, so the success path (with odd but acceptable
text) is walked as often as each refusal. Every example works on its own copy of the station;
after a refused call nothing was committed (SQLite's ``data_version`` is unchanged), and at the
end of every example the file passes SQLite's integrity check and the audit chain holds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from reliability_station import CLERK, NOW, SECOND

from rescue_desk.domain.beds import AreaKind, BedEnd
from rescue_desk.domain.custody import Disposition, ItemKind, Movement
from rescue_desk.domain.departure import (
    TYPE_FIELDS,
    CallOutcome,
    DepartureType,
    FollowUpOutcome,
)
from rescue_desk.domain.duty import MANUAL_KINDS, EntryKind, IncidentKind
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.intake import AgeBasis, IdType, Inspection, Outcome, Source, Welfare
from rescue_desk.domain.outreach import CallAction, ContactOutcome
from rescue_desk.domain.roles import Role
from rescue_desk.domain.rules import LOCAL_RULES
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.approval import Approval
from rescue_desk.services.beds import BedService
from rescue_desk.services.custody import CheckForm, CustodyService, ItemForm
from rescue_desk.services.departures import DepartureForm, DepartureService
from rescue_desk.services.duty import DutyService
from rescue_desk.services.intake import Contact, Decisions, IntakeService, PersonForm, StayForm
from rescue_desk.services.outreach import CallForm, ContactForm, OutreachService, PatrolForm
from rescue_desk.services.search import SearchService
from rescue_desk.services.settings import SettingsService

#: 25 examples per test keep the file within a minute; RESCUE_DESK_HYPOTHESIS_PROFILE=
#: reliability-long searches ten times as hard.
settings.register_profile("reliability", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                 HealthCheck.too_slow,
                                                 HealthCheck.data_too_large,
                                                 HealthCheck.filter_too_much])
settings.register_profile("reliability-long", parent=settings.get_profile("reliability"),
                          max_examples=300)
#: The profile these tests run with (not loaded globally: other tests keep their own).
PROFILE = settings.get_profile(os.environ.get("RESCUE_DESK_HYPOTHESIS_PROFILE", "reliability"))

# -- what a person (or a careless caller) may send -------------------------------------------

#: Characters that break naive code: controls, separators, bidi marks, zero-width, BOM, emoji
#: (with joiners and skin tones), rare CJK (extensions B–G, compatibility), full-width forms.
ODD = ("\x00", "\x07", "\x1b", "\t", "\n", "\r", "\x7f", "\x85", "\u2028", "\u2029", "\u200b",
       "\u200d", "\u202e", "\ufeff", "\u3000", "\ufffd", "\ud800", "\udfff", "😀", "👨‍👩‍👧",
       "👍🏽", "🇨🇳", "𠀀", "𪚥", "𰻞", "𱍐", "〇", "㐀", "丨", "兀", "ｶ", "１", "Ａ", "٣", "ß",
       "é", "e\u0301", "'", '"', "%", "_", "\\", "{", "}", "{label}", "<b>", ";", "--")

odd_char = st.sampled_from(ODD)
rare_cjk = st.characters(min_codepoint=0x20000, max_codepoint=0x3134A)
any_char = st.characters(codec=None, exclude_categories=())

nasty_text = st.one_of(
    st.text(max_size=12),
    st.lists(st.one_of(odd_char, rare_cjk, any_char), max_size=20).map("".join),
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(["张三", "Li Lei", "", " "]), odd_char,
              st.sampled_from(["", "丰", " x"])),
    # long fields: just over a limit, and 10,000 characters
    st.builds(lambda ch, n: ch * n, st.sampled_from(["字", "a", "😀", "𠀀", " "]),
              st.sampled_from([21, 41, 61, 101, 121, 201, 501, 2001, 10_000])),
)
plain_text = st.sampled_from(["", "王五", "Zhang San", "北京站", "36.5", "A-01", "2026-000001"])
wrong_type = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.decimals(allow_nan=True), st.binary(max_size=8), st.just([]), st.just(["王五"]),
    st.just({}), st.just({"a": 1}), st.just(object()), st.just(dt.date(2026, 1, 1)),
    st.just(frozenset({"x"})),
)
#: Anything a text field could receive.
text_value = st.one_of(plain_text, nasty_text, wrong_type)

far_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
near_dates = st.dates(min_value=dt.date(1899, 1, 1), max_value=dt.date(2027, 12, 31))
date_value = st.one_of(far_dates, near_dates, wrong_type, nasty_text,
                       st.datetimes(min_value=dt.datetime(1990, 1, 1)))
moments = st.one_of(
    st.datetimes(),  # year 1 to 9999
    st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31)),
    st.datetimes(timezones=st.just(dt.UTC)),
    st.builds(lambda d: NOW - d, st.timedeltas(min_value=dt.timedelta(0),
                                               max_value=dt.timedelta(days=60))),
)
moment_value = st.one_of(moments, st.none(), wrong_type, nasty_text)
amounts = st.one_of(
    st.integers(), st.integers(min_value=-10, max_value=10**16), st.floats(allow_nan=True),
    st.decimals(allow_nan=True), st.booleans(), st.none(),
    st.sampled_from(["12.50", "-1", "1e5", "0.001", "¥1,234.50", "１２", "99999999999999",
                     "NaN", "inf", "", " ", "20", "20.01", "二十"]),
    nasty_text,
)
counts = st.one_of(st.integers(min_value=-5, max_value=300), st.integers(), wrong_type,
                   st.sampled_from(["3", 2.0]))


def ids(valid) -> st.SearchStrategy:
    """A known id or key, or something that is not one."""
    return st.one_of(st.sampled_from(valid), st.integers(min_value=-3, max_value=10**12),
                     wrong_type, nasty_text)


def enum_value(enum) -> st.SearchStrategy:
    return st.one_of(st.sampled_from(list(enum)), st.sampled_from([e.value for e in enum]),
                     text_value)


#: Odd characters a desk must store as typed: emoji, rare CJK, full-width forms, combining
#: marks, quotes and the characters SQL LIKE and str.format treat specially.
FINE_ODD = ("😀", "👨‍👩‍👧", "👍🏽", "🇨🇳", "𠀀", "𪚥", "𰻞", "〇", "㐀", "丨", "兀", "ｶ", "１",
            "Ａ", "٣", "ß", "é", "e\u0301", "'", '"', "%", "_", "\\", "{", "}", "{label}",
            "<b>", ";", "--", " ", "\u3000")
fine_char = st.one_of(
    st.sampled_from(FINE_ODD),
    st.characters(min_codepoint=0x20000, max_codepoint=0x3134A, categories=("Lo",)),
    st.characters(categories=("L", "M", "N", "P", "S", "Zs")),
)
#: Text a desk should store: odd but printable, at most 20 characters (every limit is above).
fine_text = st.lists(fine_char, max_size=20).map("".join)
#: The same, never blank.
fine_name = st.builds(lambda first, rest: first + rest,
                      st.sampled_from(["王", "李", "Zhang", "𠀀", "😀", "〇", "ｶ"]),
                      st.lists(fine_char, max_size=15).map("".join))


def arg(good: st.SearchStrategy, bad: st.SearchStrategy) -> st.SearchStrategy:
    """A value that is acceptable three times in four, not the fourth."""
    return st.sampled_from((good, good, good, bad)).flatmap(lambda strategy: strategy)


@st.composite
def forms(draw, cls, good: dict, bad: dict, *, max_broken: int = 2):
    """A ``cls`` filled with acceptable values, then up to ``max_broken`` fields spoilt: so both
    the success path (with odd but acceptable text) and every refusal are reached."""
    values = {key: draw(strategy) for key, strategy in good.items()}
    for key in draw(st.sets(st.sampled_from(sorted(bad)), max_size=max_broken)):
        values[key] = draw(bad[key])
    return cls(**values)


# -- the check every call goes through --------------------------------------------------------


class Attempts:
    """Calls a service and holds it to the rule: success, or a DeskError with a message and
    nothing written (SQLite's ``data_version``, seen from another connection, changes with any
    commit)."""

    def __init__(self, station) -> None:
        self.station = station
        self.watch = sqlite3.connect(station.file.resolve().as_uri() + "?mode=ro", uri=True)
        self.refused = 0
        self.done = 0

    def version(self) -> int:
        return self.watch.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.watch.close()

    def __call__(self, call, *args, writes_when_refused: bool = False, **kwargs):
        version = self.version()
        try:
            result = call(*args, **kwargs)
        except DeskError as error:
            self.refused += 1
            event(f"{call.__qualname__}: refused ({error.code})")
            message = error.message()
            try:
                error.template.format(**error.facts)
            except (KeyError, IndexError, ValueError):
                pytest.fail(f"{type(error).__name__} has no sentence: {message!r}")
            if not writes_when_refused and self.version() != version:
                pytest.fail(f"{call.__qualname__} refused ({error.code}) but committed a change")
            return error
        self.done += 1
        event(f"{call.__qualname__}: done")
        return result


# -- intake -----------------------------------------------------------------------------------

PERSON_TEXT = ("alias", "ethnicity", "hukou_place", "residence", "phone", "build", "marks",
               "clothing", "dialect", "vagrancy_reason", "vagrancy_length", "vagrancy_history",
               "needs")
person_forms = forms(PersonForm, good={
    "name": fine_name, "sex": st.sampled_from(["M", "F", "U"]),
    "age": st.integers(min_value=0, max_value=120),
    "birth_date": st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1),
                                                max_value=NOW.date())),
    "age_basis": st.sampled_from(list(AgeBasis)), "welfare": st.sampled_from(list(Welfare)),
    "height_cm": st.one_of(st.none(), st.integers(min_value=30, max_value=250)),
    "contacts": st.lists(st.builds(Contact, fine_text, fine_text, fine_text, fine_text),
                         max_size=3).map(tuple),
    "fingerprints_taken": st.booleans(),
    **{key: fine_text for key in PERSON_TEXT},
}, bad={
    "name": text_value, "unknown": st.one_of(st.booleans(), wrong_type),
    "sex": text_value, "birth_date": date_value,
    "age": st.one_of(st.integers(min_value=-5, max_value=130), st.integers(), wrong_type),
    "age_basis": enum_value(AgeBasis), "id_type": enum_value(IdType),
    "id_number": st.one_of(text_value, st.sampled_from(
        ["11010519491231002X", "110105194912310021", "110105491231002", "abc", "0" * 18])),
    "welfare": enum_value(Welfare), "height_cm": counts,
    "contacts": st.one_of(wrong_type, st.lists(st.one_of(
        st.builds(Contact, text_value, text_value, text_value, text_value), wrong_type),
        max_size=12).map(tuple)),
    "fingerprints_taken": wrong_type,
    "photo_jpeg": st.one_of(st.binary(max_size=64), wrong_type, st.just(b"\xff" * 2_000_001)),
    **{key: text_value for key in PERSON_TEXT},
})
STAY_TEXT = ("escort_unit", "escort_officers", "escort_badges", "escort_phone", "found_place",
             "inspection_note")
stay_forms = forms(StayForm, good={
    "source": st.sampled_from(list(Source)), "escort_unit": fine_name,
    "arrived_at": st.one_of(st.none(), st.builds(lambda d: NOW - d, st.timedeltas(
        min_value=dt.timedelta(0), max_value=dt.timedelta(days=400)))),
    "inspection": st.frozensets(st.sampled_from(list(Inspection))),
    "outcome": st.sampled_from(list(Outcome)), "outcome_reason": fine_name,
    **{key: fine_text for key in STAY_TEXT if key != "escort_unit"},
}, bad={
    "source": enum_value(Source), "arrived_at": moment_value, "found_at": moment_value,
    "inspection": st.one_of(wrong_type, st.just(frozenset({"nonsense"})), st.just("minor")),
    "outcome": enum_value(Outcome), "outcome_reason": text_value,
    **{key: text_value for key in STAY_TEXT},
})
decisions = st.builds(Decisions, id_reason=arg(fine_name, text_value),
                      readmission_decision=arg(fine_name, text_value))


@PROFILE
@given(data=st.data())
def test_intake(fresh_station, station_keys, data):
    """GIVEN any person and stay form, a returning person or not WHEN checked, registered,
    looked up, merged THEN success or a DeskError, and nothing half-saved."""
    keys = station_keys
    person_ids = arg(st.sampled_from(keys.person_ids), ids(keys.person_ids))
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        intake = IntakeService(station.desk)
        person, stay = data.draw(person_forms), data.draw(stay_forms)
        person_id = data.draw(st.one_of(st.none(), st.none(), person_ids))
        attempt(intake.check, person, stay, person_id=person_id)
        attempt(intake.register, person, stay, person_id=person_id,
                decisions=data.draw(decisions))
        attempt(intake.candidates, name=data.draw(arg(fine_text, text_value)),
                id_number=data.draw(arg(st.sampled_from(["", "1101051949", "11010519491231002X"]),
                                        text_value)),
                phone=data.draw(arg(st.sampled_from(["", "13800001111"]), text_value)),
                case_no=data.draw(arg(st.sampled_from(["", "2026-000001"]), text_value)),
                sex=data.draw(arg(st.sampled_from("MFU"), text_value)),
                birth_year=data.draw(st.one_of(st.none(), counts, st.integers(1900, 2026))))
        attempt(intake.record, data.draw(ids(keys.cases)), full_id=data.draw(st.booleans()))
        attempt(intake.person_form, data.draw(person_ids))
        attempt(intake.latest_case, data.draw(person_ids))
        attempt(intake.photo, data.draw(person_ids))
        attempt(intake.merge, data.draw(person_ids), data.draw(person_ids))


# -- accounts ---------------------------------------------------------------------------------

roles = arg(st.frozensets(st.sampled_from(list(Role)), min_size=1, max_size=3),
            st.one_of(wrong_type, st.just(frozenset()), st.just(frozenset({"boss"})),
                      st.just(["admin"]), st.just("admin")))
passwords = arg(st.sampled_from(["Good-pass-1", "密码很长很长很长", "Пароль-123", CLERK[1]]),
                st.one_of(st.sampled_from(["short", "x" * 201, "pass\x00word", "pass\ud800x"]),
                          text_value))
logins = arg(st.sampled_from(["wang5", "li.si", "zhao_6", CLERK[0]]), text_value)
new_users = forms(NewUser, good={
    "login": logins, "name": fine_name, "sex": st.sampled_from("MF"), "password": passwords,
    "roles": roles, "phone": fine_text,
}, bad={"login": text_value, "name": text_value, "sex": text_value, "phone": text_value})


@given(data=st.data())
@settings(PROFILE, max_examples=PROFILE.max_examples * 3 // 5)  # scrypt hashes: slow
def test_accounts(fresh_station, station_keys, data):
    """GIVEN any officer details, roles, passwords and logins WHEN an administrator creates and
    changes officers, the station's details change, someone logs in THEN success or a
    DeskError (a wrong password is recorded, as it must be)."""
    user_ids = arg(st.sampled_from(station_keys.user_ids), ids(station_keys.user_ids))
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        accounts = AccountService(station.desk)
        new = data.draw(new_users)
        attempt(accounts.create_user, new)
        user_id = data.draw(user_ids)
        attempt(accounts.update_user, user_id, name=data.draw(arg(fine_name, text_value)),
                sex=data.draw(arg(st.sampled_from("MF"), text_value)),
                phone=data.draw(arg(fine_text, text_value)), roles=data.draw(roles),
                active=data.draw(arg(st.booleans(), wrong_type)))
        if data.draw(st.booleans()):
            attempt(accounts.reset_password, data.draw(user_ids), data.draw(passwords))
        attempt(accounts.update_station, name=data.draw(arg(fine_name, text_value)),
                hotline=data.draw(arg(fine_text, text_value)),
                address=data.draw(arg(fine_text, text_value)),
                region_code=data.draw(arg(st.sampled_from(["", "110105"]), text_value)))
        attempt(accounts.set_up_station, name=data.draw(arg(fine_name, text_value)), admin=new)
        attempt(accounts.unlock, data.draw(user_ids))
        if data.draw(st.booleans()):
            officer = station.desk.officer
            attempt(accounts.login, data.draw(logins), data.draw(passwords),
                    writes_when_refused=True)
            station.desk.officer = officer
        attempt(accounts.change_own_password, data.draw(passwords), data.draw(passwords))


# -- custody ----------------------------------------------------------------------------------

ITEM_TEXT = ("condition", "serial", "seal_no", "note")
item_forms = forms(ItemForm, good={
    "kind": st.sampled_from([k for k in ItemKind if k != ItemKind.ID_DOCUMENT]),
    "description": fine_name, "quantity": st.integers(min_value=1, max_value=9999),
    "disposition": st.sampled_from([Disposition.HELD, Disposition.KEPT_BY_PERSON,
                                    Disposition.ON_THE_SPOT]),
    "cash_fen": st.integers(min_value=0, max_value=10**14), "counted_by_second": st.just(SECOND[0]),
    **{key: fine_text for key in ITEM_TEXT},
}, bad={
    "kind": enum_value(ItemKind), "description": text_value, "quantity": counts,
    "disposition": enum_value(Disposition), "cash_fen": amounts,
    "counted_by_second": text_value, "police_unit": text_value, "police_officer": text_value,
    "police_receipt_no": text_value, "witness": text_value,
    **{key: text_value for key in ITEM_TEXT},
})
check_forms = forms(CheckForm, good={
    "body_checked_by": st.sampled_from([CLERK[0], SECOND[0]]),
    "baggage_checked": st.booleans(),
    "temperature": st.sampled_from(["36.5", "37", "", "36.8℃", " 36.1 "]),
    "notes": fine_text, "refused": st.booleans(),
    "items": st.lists(item_forms, max_size=3).map(tuple),
    "location": st.sampled_from(["A-01", "贵重物品柜 1"]),
}, bad={
    "body_checked_by": text_value, "baggage_checked": wrong_type,
    "temperature": st.one_of(st.sampled_from(["45.1", "nan", "inf", "1e400", "36,5", "-0"]),
                             text_value),
    "notes": text_value, "refused": wrong_type,
    "items": st.one_of(st.lists(st.one_of(item_forms, wrong_type), max_size=4).map(tuple),
                       wrong_type),
    "location": text_value,
}, max_broken=1)


@PROFILE
@given(data=st.data())
def test_custody(fresh_station, station_keys, data):
    """GIVEN any security check, items found, amounts of cash, bags, movements, counting back
    and disposal WHEN recorded THEN success or a DeskError, and nothing half-saved."""
    keys = station_keys
    cases = arg(st.sampled_from(keys.cases), ids(keys.cases))
    bags = arg(st.sampled_from(keys.bag_nos + ["2026-b00001", " 2026-B00001 "]),
               ids(keys.bag_nos))
    item_ids = st.lists(arg(st.sampled_from(keys.item_ids), ids(keys.item_ids)),
                        max_size=2).map(tuple)
    places = st.sampled_from(["A-01", "B-02", "贵重物品柜 2"])
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        custody = CustodyService(station.desk)
        attempt(custody.record_check, data.draw(cases), data.draw(check_forms))
        attempt(custody.add_bag, data.draw(cases), data.draw(arg(places, text_value)),
                data.draw(arg(st.lists(item_forms, min_size=1, max_size=3).map(tuple),
                              wrong_type)))
        attempt(custody.move, data.draw(bags), data.draw(arg(st.sampled_from(
            [Movement.MOVED, Movement.TAKEN_OUT, Movement.TO_HOSPITAL, Movement.TO_POLICE]),
            enum_value(Movement))),
                item_ids=data.draw(arg(item_ids, wrong_type)),
                to_location=data.draw(arg(places, text_value)),
                reference=data.draw(arg(fine_text, text_value)),
                note=data.draw(arg(fine_text, text_value)))
        attempt(custody.count_back, data.draw(cases), data.draw(arg(
            st.dictionaries(st.one_of(st.sampled_from(keys.item_ids), st.integers()),
                            st.tuples(st.booleans(), arg(fine_text, text_value)), max_size=2),
            st.one_of(wrong_type, st.dictionaries(st.sampled_from(keys.item_ids), wrong_type,
                                                  min_size=1, max_size=1)))))
        attempt(custody.dispose, data.draw(arg(item_ids, wrong_type)),
                second_officer=data.draw(arg(st.just(SECOND[0]), text_value)),
                note=data.draw(arg(fine_text, text_value)))
        attempt(custody.set_locations, data.draw(arg(st.lists(fine_text, max_size=3),
                                                     st.lists(text_value, max_size=3))))
        attempt(custody.bag, data.draw(bags))
        attempt(custody.store_room, location=data.draw(arg(places, text_value)),
                query=data.draw(arg(st.sampled_from(["", "2026-B"]), text_value)))
        attempt(custody.record, data.draw(cases))


# -- beds -------------------------------------------------------------------------------------


@PROFILE
@given(data=st.data())
def test_beds(fresh_station, station_keys, data):
    """GIVEN any area, room and bed names, kinds, counts, holds, reasons and approvals WHEN the
    layout is changed or beds given THEN success or a DeskError, and nothing half-saved."""
    keys = station_keys
    cases = arg(st.sampled_from(keys.cases), ids(keys.cases))
    area_ids = arg(st.sampled_from(keys.area_ids), ids(keys.area_ids))
    room_ids = arg(st.sampled_from(keys.room_ids), ids(keys.room_ids))
    bed_ids = arg(st.sampled_from(keys.bed_ids), ids(keys.bed_ids))
    flags = arg(st.booleans(), wrong_type)
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        beds = BedService(station.desk)
        attempt(beds.add_area, data.draw(arg(fine_name, text_value)),
                data.draw(enum_value(AreaKind)), sex=data.draw(arg(st.sampled_from("MF"),
                                                                   text_value)),
                for_minors=data.draw(flags),
                capacity=data.draw(arg(st.integers(min_value=0, max_value=2000), counts)))
        attempt(beds.update_area, data.draw(area_ids), data.draw(arg(fine_name, text_value)),
                data.draw(enum_value(AreaKind)), sex=data.draw(text_value),
                for_minors=data.draw(flags), capacity=data.draw(counts))
        attempt(beds.add_room, data.draw(area_ids), data.draw(arg(fine_name, text_value)))
        attempt(beds.rename_room, data.draw(room_ids), data.draw(arg(fine_name, text_value)))
        attempt(beds.add_beds, data.draw(room_ids), data.draw(counts),
                lower_bunk=data.draw(flags), accessible=data.draw(flags),
                near_duty_room=data.draw(flags))
        attempt(beds.update_bed, data.draw(bed_ids), label=data.draw(arg(fine_name, text_value)),
                lower_bunk=data.draw(flags), accessible=data.draw(flags),
                near_duty_room=data.draw(flags))
        attempt(beds.hold, data.draw(bed_ids), held_for=data.draw(arg(fine_name, text_value)),
                hours=data.draw(st.one_of(st.none(), counts)),
                case_no=data.draw(st.one_of(st.just(""), cases)))
        attempt(beds.set_out_of_service, data.draw(bed_ids),
                data.draw(arg(fine_name, text_value)))
        attempt(beds.assign, data.draw(cases), data.draw(bed_ids),
                data.draw(st.one_of(st.none(), wrong_type, st.builds(
                    Approval, arg(fine_name, text_value), st.sampled_from(["", SECOND[0]]),
                    arg(st.just(SECOND[1]), text_value)))))
        attempt(beds.release, data.draw(cases), data.draw(enum_value(BedEnd)))
        attempt(beds.back_in_service, data.draw(bed_ids))
        attempt(beds.apply_template, data.draw(arg(st.sampled_from(["small", "large"]),
                                                   text_value)))
        attempt(beds.breaches_for, data.draw(cases), data.draw(bed_ids))


# -- departures -------------------------------------------------------------------------------

DETAIL_KEYS = sorted({k for keys in TYPE_FIELDS.values() for k in keys})
good_details = st.dictionaries(st.sampled_from(DETAIL_KEYS), st.one_of(
    fine_name, st.sampled_from(["12.50", "20", "0", "2026-11-28 20:00"]), st.booleans(),
    st.builds(lambda d: NOW - d, st.timedeltas(min_value=dt.timedelta(0),
                                               max_value=dt.timedelta(days=3)))),
    max_size=8)
bad_details = st.one_of(st.dictionaries(st.sampled_from(DETAIL_KEYS), st.one_of(
    text_value, amounts, moment_value, st.sampled_from(["2026-13-01 25:00", "1899-01-01 00:00",
                                                         "9999-12-31 23:59"])),
    max_size=6), wrong_type)
def full_details(kind: DepartureType) -> st.SearchStrategy:
    """Every field ``kind`` asks for, filled acceptably."""
    def value(key: str) -> st.SearchStrategy:
        if key in ("received_at", "last_seen_at", "died_at"):
            return st.sampled_from(["2026-11-28 20:00", NOW - dt.timedelta(hours=2)])
        if key in ("food_given", "police_told", "police_notified", "family_notified"):
            return st.booleans()
        if key in ("fare", "cash"):
            return st.sampled_from(["0", "12.50", "20", ""])
        if key == "collector_id_number":
            return st.sampled_from(["11010519491231002X", "A1234567"])
        return fine_name
    return st.fixed_dictionaries({key: value(key) for key in TYPE_FIELDS[kind]})


complete_forms = st.sampled_from(list(DepartureType)).flatmap(lambda kind: forms(
    DepartureForm, good={
        "kind": st.just(kind), "dest_province": st.sampled_from(["", "河南省"]),
        "dest_city": fine_text, "cannot_travel_alone": st.booleans(),
        "details": full_details(kind), "note": fine_text,
    }, bad={"details": bad_details, "dest_province": text_value, "note": text_value},
    max_broken=1))
departure_forms = forms(DepartureForm, good={
    "kind": st.sampled_from(list(DepartureType)),
    "planned_at": st.one_of(st.none(), st.builds(lambda d: NOW + d, st.timedeltas(
        min_value=dt.timedelta(0), max_value=dt.timedelta(days=30)))),
    "dest_province": st.sampled_from(["", "河南省", "广西壮族自治区"]),
    "dest_city": fine_text, "dest_county": fine_text, "dest_address": fine_text,
    "cannot_travel_alone": st.booleans(), "details": good_details, "note": fine_text,
}, bad={
    "kind": enum_value(DepartureType), "planned_at": moment_value,
    "dest_province": text_value, "dest_city": text_value, "dest_county": text_value,
    "dest_address": text_value, "cannot_travel_alone": wrong_type, "details": bad_details,
    "note": text_value,
}, max_broken=1)


@PROFILE
@given(data=st.data())
def test_departures(fresh_station, station_keys, data):
    """GIVEN any departure form of any type, cash amounts, dates and approvals WHEN prepared,
    updated, completed, cancelled, with calls and follow-ups THEN success or a DeskError, and
    nothing half-saved."""
    keys = station_keys
    cases = arg(st.sampled_from(keys.cases), ids(keys.cases))
    departure_ids = arg(st.sampled_from(keys.departure_ids), ids(keys.departure_ids))
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        service = DepartureService(station.desk)
        approval = data.draw(st.one_of(st.none(), wrong_type, st.builds(
            Approval, arg(fine_name, text_value), st.sampled_from(["", SECOND[0]]),
            arg(st.just(SECOND[1]), text_value))))
        attempt(service.prepare, data.draw(cases), data.draw(departure_forms))
        attempt(service.update, data.draw(departure_ids), data.draw(departure_forms))
        completed = attempt(service.complete, data.draw(cases),
                            data.draw(arg(complete_forms, departure_forms)), approval)
        if not isinstance(completed, DeskError):
            departure_ids = arg(st.just(completed.id), departure_ids)
        attempt(service.cancel, data.draw(departure_ids), data.draw(arg(fine_name, text_value)))
        attempt(service.log_call, data.draw(cases), contact=data.draw(arg(fine_name, text_value)),
                phone=data.draw(arg(fine_text, text_value)),
                outcome=data.draw(enum_value(CallOutcome)),
                note=data.draw(arg(fine_text, text_value)))
        attempt(service.record_follow_up, data.draw(departure_ids),
                data.draw(enum_value(FollowUpOutcome)), data.draw(arg(fine_text, text_value)))
        attempt(service.register, data.draw(date_value), data.draw(date_value))
        attempt(service.plan, data.draw(cases))
        attempt(service.back_to_station, data.draw(cases))


# -- duty -------------------------------------------------------------------------------------


@PROFILE
@given(data=st.data())
def test_duty(fresh_station, station_keys, data):
    """GIVEN any log entry, roster slot, swap, handover, extension, DNA reference or notice
    WHEN written THEN success or a DeskError, and nothing half-saved."""
    keys = station_keys
    cases = arg(st.sampled_from(keys.cases), ids(keys.cases))
    shift_keys = arg(st.sampled_from(keys.shift_keys), st.one_of(text_value, st.sampled_from(
        ["2026-11-28 X", "99999999-night", "00010101-day", "20261128"])))
    days = arg(st.dates(min_value=dt.date(2026, 11, 1), max_value=dt.date(2027, 1, 31)),
               date_value)
    officers = arg(st.sampled_from([CLERK[0], SECOND[0]]), text_value)
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        duty = DutyService(station.desk)
        shifts = [p.code for p in duty.patterns()]
        posts = [p for p, _ in duty.posts()]
        attempt(duty.add_entry, data.draw(arg(st.sampled_from(MANUAL_KINDS),
                                              enum_value(EntryKind))),
                data.draw(arg(fine_name, text_value)), area=data.draw(arg(fine_text, text_value)),
                incident=data.draw(arg(st.sampled_from(list(IncidentKind)),
                                       st.one_of(st.none(), enum_value(IncidentKind)))),
                people=data.draw(arg(fine_text, text_value)),
                action=data.draw(arg(fine_text, text_value)),
                police=data.draw(arg(st.booleans(), wrong_type)),
                all_well=data.draw(arg(st.booleans(), wrong_type)),
                key=data.draw(st.one_of(st.none(), shift_keys)))
        attempt(duty.correct, data.draw(arg(st.sampled_from(keys.entry_ids),
                                            ids(keys.entry_ids))),
                data.draw(arg(fine_name, text_value)))
        attempt(duty.set_slot, data.draw(days), data.draw(arg(st.sampled_from(shifts),
                                                              text_value)),
                data.draw(arg(st.sampled_from(posts), text_value)),
                data.draw(arg(st.lists(officers, max_size=3), wrong_type)))
        attempt(duty.repeat, data.draw(days), data.draw(arg(st.integers(1, 8), counts)))
        attempt(duty.swap, data.draw(arg(st.just(NOW.date()), date_value)),
                data.draw(arg(st.just("night"), text_value)),
                data.draw(arg(st.just("reception"), text_value)),
                data.draw(arg(st.just(CLERK[0]), text_value)), data.draw(officers),
                data.draw(arg(fine_name, text_value)))
        attempt(duty.roster, data.draw(days), data.draw(days))
        attempt(duty.swaps, data.draw(days), data.draw(days))
        attempt(duty.extend, data.draw(cases), data.draw(arg(st.integers(1, 90), counts)),
                data.draw(arg(fine_name, text_value)), data.draw(arg(fine_name, text_value)))
        attempt(duty.record_dna, data.draw(cases), data.draw(arg(fine_name, text_value)))
        attempt(duty.issue_notice, data.draw(cases),
                health=data.draw(arg(fine_text, text_value)),
                mental_state=data.draw(arg(fine_text, text_value)),
                second=data.draw(officers),
                second_password=data.draw(arg(st.just(SECOND[1]), text_value)))
        attempt(duty.shift, data.draw(shift_keys))
        if data.draw(st.booleans()):
            attempt(duty.sign_handover, data.draw(shift_keys),
                    keys=data.draw(arg(fine_name, text_value)),
                    notes=data.draw(arg(fine_text, text_value)))
            attempt(duty.acknowledge, data.draw(shift_keys), data.draw(officers),
                    data.draw(arg(st.just(SECOND[1]), text_value)))
            attempt(duty.close_without_incoming, data.draw(shift_keys),
                    data.draw(st.one_of(st.none(), wrong_type, st.builds(
                        Approval, arg(fine_name, text_value)))))


# -- outreach ---------------------------------------------------------------------------------

recent = st.builds(lambda d: NOW - d, st.timedeltas(min_value=dt.timedelta(minutes=1),
                                                  max_value=dt.timedelta(days=60)))
CALL_TEXT = ("caller", "caller_phone", "person", "team", "result")
call_forms = forms(CallForm, good={
    "called_at": recent, "place": fine_name, "action": st.sampled_from(list(CallAction)),
    "far": st.booleans(), **{key: fine_text for key in CALL_TEXT},
}, bad={
    "called_at": moment_value, "place": text_value, "action": enum_value(CallAction),
    "far": wrong_type, "arrived_at": moment_value, **{key: text_value for key in CALL_TEXT},
})
contact_forms = forms(ContactForm, good={
    "description": fine_name, "outcome": st.sampled_from(list(ContactOutcome)),
    "place": fine_text, "case_no": st.sampled_from(["", "2026-000001"]), "follow_up": fine_text,
}, bad={
    "description": text_value, "outcome": enum_value(ContactOutcome), "place": text_value,
    "case_no": text_value, "follow_up": text_value,
}, max_broken=1)
patrol_forms = forms(PatrolForm, good={
    "started_at": recent, "team": fine_name,
    "staff_count": st.integers(min_value=1, max_value=20), "vehicle": fine_text,
    "route": fine_text, "places": st.lists(fine_text, max_size=3).map(tuple), "note": fine_text,
    "contacts": st.lists(contact_forms, max_size=2).map(tuple),
}, bad={
    "started_at": moment_value, "team": text_value, "staff_count": counts,
    "vehicle": text_value, "route": text_value,
    "places": st.one_of(st.lists(text_value, max_size=3).map(tuple), wrong_type),
    "note": text_value, "contacts": st.one_of(st.lists(wrong_type, min_size=1, max_size=2)
                                              .map(tuple), wrong_type),
}, max_broken=1)


@PROFILE
@given(data=st.data())
def test_outreach(fresh_station, station_keys, data):
    """GIVEN any hotline call, patrol with the people met, supplies and quantities WHEN
    recorded THEN success or a DeskError, and nothing half-saved."""
    keys = station_keys
    cases = arg(st.sampled_from(keys.cases), ids(keys.cases))
    supplies = arg(st.sampled_from(keys.supply_ids), ids(keys.supply_ids))
    days = arg(st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2027, 12, 31)),
               date_value)
    quantities = arg(st.integers(min_value=1, max_value=99999), counts)
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        outreach = OutreachService(station.desk)
        attempt(outreach.record_call, data.draw(call_forms))
        attempt(outreach.update_call, data.draw(arg(st.sampled_from(keys.call_ids),
                                                    ids(keys.call_ids))),
                data.draw(call_forms))
        attempt(outreach.link_call, data.draw(arg(st.sampled_from(keys.call_ids),
                                                  ids(keys.call_ids))), data.draw(cases))
        attempt(outreach.record_patrol, data.draw(patrol_forms))
        attempt(outreach.add_item, data.draw(arg(fine_name, text_value)),
                data.draw(arg(st.sampled_from(["件", "床", "份"]), text_value)),
                data.draw(arg(st.integers(0, 99999), counts)))
        attempt(outreach.receive, data.draw(supplies), data.draw(quantities),
                data.draw(arg(fine_text, text_value)), data.draw(arg(fine_text, text_value)))
        attempt(outreach.hand_out, data.draw(supplies), data.draw(quantities),
                case_no=data.draw(st.one_of(st.just(""), cases)),
                contact_id=data.draw(st.one_of(st.none(), arg(
                    st.sampled_from(keys.contact_ids), ids(keys.contact_ids)))),
                relief_point=data.draw(arg(fine_text, text_value)),
                note=data.draw(arg(fine_text, text_value)))
        attempt(outreach.set_places, data.draw(arg(st.lists(fine_text, max_size=3),
                                                   st.one_of(st.lists(text_value, max_size=3),
                                                             wrong_type))))
        attempt(outreach.set_cold_wave, data.draw(days), data.draw(arg(st.booleans(),
                                                                       wrong_type)))
        attempt(outreach.calls, data.draw(days), data.draw(days))
        attempt(outreach.patrols, data.draw(days), data.draw(days))
        attempt(outreach.campaign, data.draw(st.one_of(st.none(), days)))
        attempt(outreach.in_campaign, data.draw(st.one_of(st.none(), days)))


# -- settings and search ----------------------------------------------------------------------


def rule_values(key: object) -> st.SearchStrategy:
    """Values for the rule ``key``: mostly within its bounds, sometimes not."""
    rule = next((r for r in LOCAL_RULES if r.key == key), None)
    bad = st.one_of(counts, text_value, st.sampled_from(
        ["24:00", "9:00", "02-30", "13-01", "11-15 ", "09:00\n"]))
    if rule is None:
        return bad
    if rule.kind == "int":
        good = st.integers(min_value=rule.minimum, max_value=rule.maximum)
    elif rule.kind == "time":
        good = st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59))
    else:
        good = st.builds("{:02d}-{:02d}".format, st.integers(1, 12), st.integers(1, 28))
    return arg(good, bad)


rule_and_value = arg(st.sampled_from([r.key for r in LOCAL_RULES]), text_value).flatmap(
    lambda key: st.tuples(st.just(key), rule_values(key)))


@PROFILE
@given(key_value=rule_and_value)
def test_settings(fresh_station, key_value):
    """GIVEN any rule name and value WHEN an administrator sets it THEN a DeskError or success,
    and the rule still reads as a valid value."""
    key, value = key_value
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        service = SettingsService(station.desk)
        attempt(service.set, key, value)
        for rule in LOCAL_RULES:
            assert service.get(rule.key) is not None
        attempt(service.get, key)


@given(text=st.one_of(text_value, st.sampled_from(
    ["RD:STAY:2026-000001", "RD:BAG:", "RD:USER:clerk", "2026-", "2026-B", "1101", "138",
     "zhang", "zds", "%", "_", "张"])), limit=st.one_of(st.just(20), counts))
@settings(PROFILE)
def test_search(fresh_station, text, limit):
    """GIVEN anything typed or scanned into the search box WHEN searched THEN hits, none, or a
    DeskError."""
    with fresh_station() as station, contextlib.closing(Attempts(station)) as attempt:
        attempt(SearchService(station.desk).search, text, limit)


def test_odd_text_is_stored_and_read_back_as_typed(station):
    """GIVEN a name in rare CJK characters with an emoji alias WHEN registered THEN it reads back
    exactly (normalised to NFC), so a clerk finds what they typed."""
    intake = IntakeService(station.desk)
    result = intake.register(PersonForm(name="𠀀𪚥丨", alias="老王😀", sex="M", age=40),
                             StayForm())
    record = intake.record(result.case_no)
    assert (record.name, record.alias) == ("𠀀𪚥丨", "老王😀")
