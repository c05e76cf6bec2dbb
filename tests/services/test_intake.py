"""The intake service: registering stays, case numbers, ID and re-admission warnings, refusal,
candidates (search before create), merging, and the record forms print from."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from rescue_desk.domain.errors import PermissionDenied, RequiredField
from rescue_desk.domain.intake import IdType, Inspection, Outcome, Source, StayStatus
from rescue_desk.domain.models import AuditEvent, Person, PersonKey, Stay
from rescue_desk.domain.roles import Role
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.intake import (
    AgeMissing,
    AlreadyInStation,
    BadAge,
    BadDate,
    Decisions,
    IdNumberTaken,
    IntakeService,
    NeedsDecision,
    PersonForm,
    ReadmissionException,
    ReadmissionWarning,
    StayForm,
)

VALID_ID = "11010519491231002X"  # female, born 1949-12-31


@pytest.fixture
def clerk(station_desk, add_officer):
    """A front-desk officer logged in at the station desk."""
    cred = add_officer("jiedai", {Role.FRONT_DESK})
    AccountService(station_desk).login(cred.login, cred.password)
    return station_desk


@pytest.fixture
def intake(clerk) -> IntakeService:
    return IntakeService(clerk)


def walk_in(name="张三", sex="M", age=40, **more) -> PersonForm:
    return PersonForm(name=name, sex=sex, age=age, **more)


def count(desk, model) -> int:
    with desk.db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_case_numbers_follow_the_year_and_a_sequence(intake):
    """GIVEN a station WHEN two people are registered THEN their case numbers are 2026-000001
    and 2026-000002."""
    first = intake.register(walk_in(), StayForm())
    second = intake.register(walk_in("李四"), StayForm())
    assert (first.case_no, second.case_no) == ("2026-000001", "2026-000002")


def test_case_number_uses_the_year_of_arrival(intake):
    """GIVEN an arrival on 2025-12-31 registered later WHEN saved THEN its case is 2025-…."""
    result = intake.register(walk_in(), StayForm(arrived_at=dt.datetime(2025, 12, 31, 23, 50)))
    assert result.case_no == "2025-000001"


def test_register_writes_person_stay_keys_and_audit_in_one_go(intake, clerk):
    """GIVEN a walk-in WHEN registered THEN the person, the stay, pinyin keys and two audit
    records (person.create, stay.create) exist."""
    result = intake.register(walk_in(), StayForm())
    with clerk.db.read() as s:
        keys = set(s.execute(select(PersonKey.key).where(
            PersonKey.person_id == result.person_id)).scalars())
        actions = s.execute(select(AuditEvent.action).order_by(AuditEvent.id.desc())
                            .limit(2)).scalars().all()
        stay = s.execute(select(Stay)).scalar_one()
        assert stay.status == StayStatus.IN_STATION and stay.age_at_arrival == 40
        assert stay.registered_by == "jiedai"
    assert {"zhangsan", "zs", "张三"} <= keys
    assert actions == ["stay.create", "person.create"]


def test_unknown_person_gets_a_station_number(intake):
    """GIVEN two people who cannot give a name WHEN registered THEN they are 无名氏2026-001 and
    无名氏2026-002."""
    first = intake.register(PersonForm(unknown=True, sex="U", age=70), StayForm())
    second = intake.register(PersonForm(unknown=True, sex="M", age=50), StayForm())
    assert (first.display_name, second.display_name) == ("无名氏2026-001", "无名氏2026-002")


def test_missing_name_is_an_error_and_nothing_is_saved(intake, clerk):
    """GIVEN no name and not marked unknown WHEN saved THEN RequiredField on name, and no person,
    stay or audit record was written."""
    before = count(clerk, AuditEvent)
    with pytest.raises(RequiredField) as error:
        intake.register(walk_in(name="  "), StayForm())
    assert error.value.field == "name"
    assert count(clerk, Person) == 0 and count(clerk, Stay) == 0
    assert count(clerk, AuditEvent) == before


@pytest.mark.parametrize("form, error, field", [
    (PersonForm(name="甲", sex="M"), AgeMissing, "age"),
    (PersonForm(name="甲", sex="M", age=130), BadAge, "age"),
    (PersonForm(name="甲", sex="M", birth_date=dt.date(2030, 1, 1)), BadDate, "birth_date"),
    (PersonForm(name="甲", sex="X", age=3), RequiredField, "sex"),
])
def test_bad_person_fields_name_their_field(intake, form, error, field):
    """GIVEN a bad age, birth date or sex WHEN saved THEN the error names that field."""
    with pytest.raises(error) as raised:
        intake.register(form, StayForm())
    assert raised.value.field == field


def test_wrong_check_character_needs_a_reason_which_is_recorded(intake, clerk):
    """GIVEN an ID number with a wrong check character WHEN saved without a reason THEN the
    officer must decide; WITH a reason the stay is saved and the reason kept."""
    number = VALID_ID[:-1] + "1"
    form = walk_in(sex="F", age=None, id_type=IdType.RESIDENT_ID, id_number=number)
    with pytest.raises(NeedsDecision) as need:
        intake.register(form, StayForm())
    assert [w.code for w in need.value.warnings] == ["id_check_character"]
    assert need.value.warnings[0].field == "id_number"
    result = intake.register(form, StayForm(), decisions=Decisions(id_reason="本人所报"))
    with clerk.db.read() as s:
        person = s.get(Person, result.person_id)
        assert person.id_warning_reason == "本人所报"


def test_valid_id_gives_birth_date_and_sex(intake, clerk):
    """GIVEN a valid ID and sex not determined WHEN saved THEN birth date and sex come from the
    number, lower-case x is normalised."""
    result = intake.register(
        PersonForm(name="王芳", sex="U", id_type=IdType.RESIDENT_ID,
                   id_number=VALID_ID.lower()), StayForm())
    with clerk.db.read() as s:
        person = s.get(Person, result.person_id)
        assert (person.sex, person.birth_date, person.id_number) == (
            "F", dt.date(1949, 12, 31), VALID_ID)
        assert person.id_tail == "002X"


def test_fifteen_digit_number_is_stored_upgraded(intake, clerk):
    """GIVEN an old 15-digit number WHEN saved THEN the 18-character number is stored."""
    result = intake.register(
        PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID,
                   id_number="110105491231002"), StayForm())
    with clerk.db.read() as s:
        assert s.get(Person, result.person_id).id_number == VALID_ID


def test_sex_mismatch_with_id_is_a_warning(intake):
    """GIVEN a male sex entered with a female ID number WHEN saved THEN a warning asks why."""
    with pytest.raises(NeedsDecision) as need:
        intake.register(PersonForm(name="王芳", sex="M", id_type=IdType.RESIDENT_ID,
                                   id_number=VALID_ID), StayForm())
    assert "id_sex_mismatch" in [w.code for w in need.value.warnings]


def test_same_id_number_for_a_new_person_is_refused(intake):
    """GIVEN a person with an ID number WHEN a new record with that number is saved THEN the
    desk says the number is already registered, to pick that person instead."""
    intake.register(PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID,
                               id_number=VALID_ID), StayForm(outcome=Outcome.REFUSE,
                                                              outcome_reason="不属于救助对象"))
    with pytest.raises(IdNumberTaken) as error:
        intake.register(PersonForm(name="王芳芳", sex="F", id_type=IdType.RESIDENT_ID,
                                   id_number=VALID_ID), StayForm())
    assert "王芳" in error.value.message()


def test_police_escort_needs_the_unit(intake):
    """GIVEN a police escort WHEN the unit is empty THEN the escort unit field says so."""
    with pytest.raises(RequiredField) as error:
        intake.register(walk_in(), StayForm(source=Source.POLICE))
    assert error.value.field == "escort_unit"


def test_refusal_needs_a_reason_and_closes_the_stay(intake, clerk):
    """GIVEN a refusal WHEN no reason is given THEN an error; WITH a reason the stay is closed
    at its arrival time."""
    with pytest.raises(RequiredField):
        intake.register(walk_in(), StayForm(outcome=Outcome.REFUSE))
    result = intake.register(walk_in(), StayForm(outcome=Outcome.REFUSE,
                                                 outcome_reason="拒不提供个人情况"))
    record = intake.record(result.case_no)
    assert record.status == StayStatus.CLOSED and record.outcome == "refuse"


def test_person_in_station_cannot_start_a_second_stay(intake):
    """GIVEN a person in the station WHEN a new stay is started for them THEN refused, naming
    the open case."""
    first = intake.register(walk_in(), StayForm())
    with pytest.raises(AlreadyInStation) as error:
        intake.register(walk_in(), StayForm(), person_id=first.person_id)
    assert first.case_no in error.value.message()


def test_readmission_within_the_period_asks_for_a_decision(intake, clerk, clock):
    """GIVEN a person refused 3 days ago WHEN they come again THEN the officer must record a
    decision; it is stored with the number of days."""
    first = intake.register(walk_in(), StayForm(outcome=Outcome.REFUSE, outcome_reason="无"))
    clock.advance(days=3)
    with pytest.raises(NeedsDecision) as need:
        intake.register(walk_in(), StayForm(), person_id=first.person_id)
    assert isinstance(need.value.warnings[0], ReadmissionWarning)
    result = intake.register(walk_in(), StayForm(), person_id=first.person_id,
                             decisions=Decisions(readmission_decision="天气寒冷，予以救助"))
    record = intake.record(result.case_no)
    assert record.readmission_days == 3 and record.readmission_decision == "天气寒冷，予以救助"
    assert result.person_id == first.person_id


def test_readmission_after_the_period_raises_nothing(intake, clock):
    """GIVEN a person refused 31 days ago WHEN they come again THEN no decision is needed."""
    first = intake.register(walk_in(), StayForm(outcome=Outcome.REFUSE, outcome_reason="无"))
    clock.advance(days=31)
    result = intake.register(walk_in(), StayForm(), person_id=first.person_id)
    assert intake.record(result.case_no).readmission_days is None


def test_readmission_of_a_minor_states_the_exception(intake, clock):
    """GIVEN a 14-year-old who left yesterday WHEN they come again THEN the warning says the
    exception applies (and a decision is still recorded)."""
    first = intake.register(walk_in(age=14), StayForm(outcome=Outcome.POLICE,
                                                      outcome_reason="移交公安"))
    clock.advance(days=1)
    with pytest.raises(NeedsDecision) as need:
        intake.register(walk_in(age=14), StayForm(), person_id=first.person_id)
    assert isinstance(need.value.warnings[0], ReadmissionException)


def test_candidates_by_pinyin_initials_and_surname_reading(intake):
    """GIVEN 单雄信 registered WHEN a clerk types sxx, shanxiongxin or danxiongxin THEN he is a
    candidate."""
    result = intake.register(walk_in("单雄信"), StayForm())
    for typed in ("sxx", "shanxiongxin", "danxiongxin"):
        found = intake.candidates(name=typed)
        assert [c.person_id for c in found] == [result.person_id], typed
        assert "pinyin" in found[0].reasons


def test_candidates_by_id_number_and_similar_name(intake):
    """GIVEN a person with an ID WHEN the number or a one-character-different name with the same
    sex and a close birth year is typed THEN the person is found, for the right reason."""
    result = intake.register(PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID,
                                        id_number=VALID_ID), StayForm())
    by_id = intake.candidates(id_number=VALID_ID.lower())
    assert by_id[0].person_id == result.person_id and "id" in by_id[0].reasons
    similar = intake.candidates(name="王芬", sex="F", birth_year=1951)
    assert similar and "similar" in similar[0].reasons
    assert similar[0].id_shown == "110105********002X"
    assert similar[0].in_station and similar[0].last_case_no == "2026-000001"


def test_leader_sees_full_id_in_candidates(intake, station_desk, add_officer):
    """GIVEN a leader on duty WHEN candidates show THEN the ID number is not masked."""
    intake.register(PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID,
                               id_number=VALID_ID), StayForm())
    AccountService(station_desk).login("admin", "Admin-pass-7391")
    leader = add_officer("daiban", {Role.LEADER_ON_DUTY})
    AccountService(station_desk).login(leader.login, leader.password)
    assert IntakeService(station_desk).candidates(id_number=VALID_ID)[0].id_shown == VALID_ID


def test_record_masks_unless_the_form_requires_full_number(intake):
    """GIVEN a registered person with an ID WHEN the record is read THEN masked by default and
    full when the form requires it."""
    result = intake.register(PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID,
                                        id_number=VALID_ID), StayForm())
    assert intake.record(result.case_no).id_number_shown == "110105********002X"
    assert intake.record(result.case_no, full_id=True).id_number_shown == VALID_ID


def test_returning_person_with_masked_number_keeps_the_number(intake, clock, clerk):
    """GIVEN a returning person's form as the clerk sees it (masked ID) WHEN saved unchanged
    THEN the stored number is still the full one."""
    first = intake.register(PersonForm(name="王芳", sex="F", id_type=IdType.RESIDENT_ID,
                                       id_number=VALID_ID),
                            StayForm(outcome=Outcome.REFUSE, outcome_reason="无"))
    clock.advance(days=40)
    form = intake.person_form(first.person_id)
    assert form.id_number == "110105********002X"
    intake.register(form, StayForm(), person_id=first.person_id)
    with clerk.db.read() as s:
        assert s.get(Person, first.person_id).id_number == VALID_ID


def test_note_printed_is_audited(intake, clerk):
    """GIVEN a stay WHEN its slip is printed THEN an audit record says who printed which form."""
    result = intake.register(walk_in(), StayForm())
    intake.note_printed(result.case_no, "intake")
    with clerk.db.read() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc())).scalars().first()
        assert (event.action, event.entity_id, event.officer_login) == (
            "print", result.case_no, "jiedai")


def test_merge_moves_stays_and_hides_the_merged_record(intake, station_desk, clock):
    """GIVEN the same man registered twice under two names WHEN the administrator merges them
    THEN all stays belong to one person, and the other no longer appears as a candidate."""
    a = intake.register(walk_in("张三"), StayForm(outcome=Outcome.REFUSE, outcome_reason="无"))
    clock.advance(days=40)
    b = intake.register(walk_in("张叁"), StayForm())
    with pytest.raises(PermissionDenied):
        intake.merge(a.person_id, b.person_id)
    AccountService(station_desk).login("admin", "Admin-pass-7391")
    IntakeService(station_desk).merge(a.person_id, b.person_id)
    with station_desk.db.read() as s:
        owners = set(s.execute(select(Stay.person_id)).scalars())
        assert owners == {a.person_id}
        assert s.get(Person, a.person_id).alias == "张叁"
    found = IntakeService(station_desk).candidates(name="张叁")
    assert [c.person_id for c in found] == [a.person_id]


def test_security_officer_may_not_register(station_desk, add_officer):
    """GIVEN a security officer WHEN they try to register THEN PermissionDenied."""
    cred = add_officer("anbao", {Role.SECURITY}, sex="M")
    AccountService(station_desk).login(cred.login, cred.password)
    with pytest.raises(PermissionDenied):
        IntakeService(station_desk).register(walk_in(), StayForm())


def test_inspection_flags_are_kept(intake):
    """GIVEN flags at the initial inspection WHEN saved THEN the record carries them."""
    result = intake.register(walk_in(age=15), StayForm(
        inspection=frozenset({Inspection.INJURY, Inspection.MINOR})))
    record = intake.record(result.case_no)
    assert record.inspection == {"injury", "minor"} and record.minor
