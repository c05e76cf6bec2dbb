"""Outreach: hotline calls with their response time, street patrols with the people met, the
cold-wave days and the winter campaign, and supplies (stock in, handouts out, never below
zero). Each public call is one transaction with its audit record."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, Duplicate, NotFound, RequiredField
from rescue_desk.domain.inputs import (
    as_sequence,
    check_day,
    check_period,
    is_moment,
    is_record_id,
    lookup_key,
    shown,
)
from rescue_desk.domain.models import (
    HotlineCall,
    Patrol,
    PatrolContact,
    Setting,
    Stay,
    SupplyItem,
    SupplyMovement,
)
from rescue_desk.domain.outreach import (
    DEFAULT_PLACES,
    DEFAULT_SUPPLIES,
    ArrivalBeforeCall,
    CallAction,
    ContactOutcome,
    HandoutNeedsWho,
    call_late,
    campaign_of,
    check_count,
    in_campaign,
    response_minutes,
    stock_after,
)
from rescue_desk.domain.roles import Permission
from rescue_desk.domain.text import clean_text
from rescue_desk.services import audit
from rescue_desk.services.desk import Desk
from rescue_desk.services.settings import SettingsService

PLACES_KEY = "patrol_places"
COLD_KEY = "cold_wave_days"

LABELS = {
    "place": QT_TRANSLATE_NOOP("Field", "place"),
    "caller": QT_TRANSLATE_NOOP("Field", "caller"),
    "phone": QT_TRANSLATE_NOOP("Field", "phone"),
    "person": QT_TRANSLATE_NOOP("Field", "who needs help"),
    "team": QT_TRANSLATE_NOOP("Field", "team"),
    "result": QT_TRANSLATE_NOOP("Field", "result"),
    "vehicle": QT_TRANSLATE_NOOP("Field", "vehicle"),
    "route": QT_TRANSLATE_NOOP("Field", "route"),
    "note": QT_TRANSLATE_NOOP("Field", "note"),
    "description": QT_TRANSLATE_NOOP("Field", "description"),
    "follow_up": QT_TRANSLATE_NOOP("Field", "follow-up"),
    "item": QT_TRANSLATE_NOOP("Field", "supplies"),
    "unit": QT_TRANSLATE_NOOP("Field", "unit"),
    "source": QT_TRANSLATE_NOOP("Field", "received from"),
    "relief_point": QT_TRANSLATE_NOOP("Field", "relief point"),
    "call": QT_TRANSLATE_NOOP("Field", "hotline call"),
    "stay": QT_TRANSLATE_NOOP("Field", "case"),
    "contact": QT_TRANSLATE_NOOP("Field", "person met"),
}


@dataclasses.dataclass(frozen=True)
class CallForm:
    called_at: dt.datetime
    place: str
    action: CallAction | str
    caller: str = ""
    caller_phone: str = ""
    person: str = ""
    far: bool = False
    team: str = ""
    arrived_at: dt.datetime | None = None
    result: str = ""


@dataclasses.dataclass(frozen=True)
class CallRow:
    id: int
    called_at: dt.datetime
    caller: str
    caller_phone: str
    place: str
    far: bool
    person: str
    action: CallAction
    team: str
    arrived_at: dt.datetime | None
    result: str
    minutes: int | None
    late: bool
    case_no: str


@dataclasses.dataclass(frozen=True)
class ContactForm:
    description: str
    outcome: ContactOutcome | str
    place: str = ""
    case_no: str = ""  #: the intake, when the person came in
    follow_up: str = ""


@dataclasses.dataclass(frozen=True)
class PatrolForm:
    started_at: dt.datetime
    team: str
    staff_count: int = 2
    vehicle: str = ""
    route: str = ""
    places: tuple[str, ...] = ()
    note: str = ""
    contacts: tuple[ContactForm, ...] = ()


@dataclasses.dataclass(frozen=True)
class PatrolRow:
    id: int
    day: dt.date
    started_at: dt.datetime
    team: str
    staff_count: int
    vehicle: str
    route: str
    places: tuple[str, ...]
    cold_wave: bool
    note: str
    contacts: tuple[tuple[int, str, str, str, str, str], ...]  #: id, place, description,
    #: outcome, case no, follow-up


@dataclasses.dataclass(frozen=True)
class StockRow:
    id: int
    name: str
    unit: str
    stock: int
    low_level: int

    @property
    def low(self) -> bool:
        return self.stock <= self.low_level


class OutreachService:
    """Hotline, patrols and supplies."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- settings ---------------------------------------------------------------------------
    def places(self) -> tuple[str, ...]:
        with self.desk.db.read() as s:
            row = s.get(Setting, PLACES_KEY)
            if row is not None and isinstance(row.value, list) and row.value:
                return tuple(str(v) for v in row.value)
        return DEFAULT_PLACES

    def set_places(self, places: list[str]) -> None:
        officer = self.desk.require(Permission.EDIT_RULES)
        cleaned: list[str] = []
        given = as_sequence(places)
        if given is None:
            raise RequiredField(field="places", label=LABELS["place"])
        for place in given:
            text = clean_text(place, LABELS["place"], limit=40, field="places")
            if text and text not in cleaned:
                cleaned.append(text)
        if not cleaned:
            raise RequiredField(field="places", label=LABELS["place"])
        with self.desk.db.write() as s:
            row = s.get(Setting, PLACES_KEY)
            if row is None:
                s.add(Setting(key=PLACES_KEY, value=cleaned))
            else:
                row.value = cleaned
            audit.record(s, officer, self.desk.now(), "setting.update", "setting", PLACES_KEY,
                         {"value": cleaned})

    def cold_wave_days(self) -> set[dt.date]:
        with self.desk.db.read() as s:
            row = s.get(Setting, COLD_KEY)
            values = row.value if row is not None and isinstance(row.value, list) else []
        return {dt.date.fromisoformat(v) for v in values}

    def set_cold_wave(self, day: dt.date, on: bool) -> None:
        """Mark a day as a cold-wave day (patrols daily) or not."""
        officer = self.desk.require(Permission.DUTY_LOG)
        day, on = check_day(day, field="day"), bool(on)
        with self.desk.db.write() as s:
            row = s.get(Setting, COLD_KEY)
            days = set(row.value) if row is not None and isinstance(row.value, list) else set()
            before = day.isoformat() in days
            (days.add if on else days.discard)(day.isoformat())
            if row is None:
                s.add(Setting(key=COLD_KEY, value=sorted(days)))
            else:
                row.value = sorted(days)
            if before != on:
                audit.record(s, officer, self.desk.now(), "outreach.cold_wave", "day",
                             day.isoformat(), {"cold_wave": on})

    def campaign(self, day: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
        """The winter campaign that ``day`` (default: today) falls in, or None."""
        settings = SettingsService(self.desk)
        day = self.desk.now().date() if day is None else check_day(day, field="day")
        return campaign_of(day, str(settings.get("campaign_start")),
                           str(settings.get("campaign_end")))

    def in_campaign(self, day: dt.date | None = None) -> bool:
        settings = SettingsService(self.desk)
        day = self.desk.now().date() if day is None else check_day(day, field="day")
        return in_campaign(day, str(settings.get("campaign_start")),
                           str(settings.get("campaign_end")))

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _stay_id(s: Session, case_no: str) -> int | None:
        if case_no is None or case_no == "":
            return None
        key = lookup_key(case_no, limit=40)
        stay = s.execute(select(Stay).where(Stay.case_no == key)).scalar_one_or_none() \
            if key else None
        if stay is None:
            raise NotFound(field="case_no", what=LABELS["stay"], key=shown(case_no))
        return stay.id

    # -- hotline ----------------------------------------------------------------------------
    def _call_values(self, form: CallForm) -> dict:
        now = self.desk.now()
        t = clean_text
        if not isinstance(form, CallForm):
            raise RequiredField(field="called_at", label=LABELS["call"])
        try:
            action = CallAction(form.action)
        except ValueError:
            raise RequiredField(field="action", label=LABELS["call"]) from None
        if not is_moment(form.called_at) or form.called_at > now + dt.timedelta(
                minutes=5) or form.called_at.year < 2000:
            raise RequiredField(field="called_at", label=LABELS["call"])
        arrived = form.arrived_at
        if arrived is not None:
            if not is_moment(arrived) or arrived > now + dt.timedelta(minutes=5):
                raise RequiredField(field="arrived_at", label=LABELS["team"])
            if arrived < form.called_at:
                raise ArrivalBeforeCall(field="arrived_at")
        return {
            "called_at": form.called_at.replace(second=0, microsecond=0),
            "caller": t(form.caller, LABELS["caller"], limit=60, field="caller"),
            "caller_phone": t(form.caller_phone, LABELS["phone"], limit=40, field="caller_phone"),
            "place": t(form.place, LABELS["place"], limit=200, required=True, field="place"),
            "far": bool(form.far),
            "person": t(form.person, LABELS["person"], limit=200, field="person"),
            "action": action.value,
            "team": t(form.team, LABELS["team"], limit=100, field="team"),
            "arrived_at": arrived.replace(second=0, microsecond=0) if arrived else None,
            "result": t(form.result, LABELS["result"], limit=2000, field="result"),
        }

    def record_call(self, form: CallForm) -> int:
        """A hotline call (and, if known already, when the team arrived)."""
        officer = self.desk.require(Permission.DUTY_LOG)
        values = self._call_values(form)
        now = self.desk.now()
        with self.desk.db.write() as s:
            call = HotlineCall(recorded_by=officer.login, **values)
            s.add(call)
            s.flush()
            audit.record(s, officer, now, "hotline.call", "hotline_call", call.id,
                         {"place": values["place"], "action": values["action"]})
            from rescue_desk.domain.duty import EntryKind
            from rescue_desk.services.duty import log_event

            log_event(s, officer, now, EntryKind.HOTLINE,
                      f"热线 #{call.id} {values['called_at']:%H:%M} {values['place']}"
                      + (f"：{values['person']}" if values["person"] else ""))
            return call.id

    def update_call(self, call_id: int, form: CallForm) -> None:
        """The team's arrival and the result, added later."""
        officer = self.desk.require(Permission.DUTY_LOG)
        values = self._call_values(form)
        with self.desk.db.write() as s:
            call = s.get(HotlineCall, call_id) if is_record_id(call_id) else None
            if call is None:
                raise NotFound(field="call", what=LABELS["call"], key=shown(call_id))
            changed = {k: [str(getattr(call, k)), str(v)] for k, v in values.items()
                       if getattr(call, k) != v}
            for key, value in values.items():
                setattr(call, key, value)
            if changed:
                audit.record(s, officer, self.desk.now(), "hotline.update", "hotline_call",
                             call.id, changed)

    def link_call(self, call_id: int, case_no: str) -> None:
        """The call led to an intake: the stay records it as its source."""
        officer = self.desk.require(Permission.REGISTER)
        with self.desk.db.write() as s:
            call = s.get(HotlineCall, call_id) if is_record_id(call_id) else None
            if call is None:
                raise NotFound(field="call", what=LABELS["call"], key=shown(call_id))
            stay_id = self._stay_id(s, case_no)
            if stay_id is None:
                raise NotFound(field="case_no", what=LABELS["stay"], key="—")
            call.stay_id = stay_id
            stay = s.get(Stay, stay_id)
            stay.hotline_call_id = call.id
            audit.record(s, officer, self.desk.now(), "hotline.link", "stay", stay.case_no,
                         {"call": call.id})

    def calls(self, first: dt.date, last: dt.date) -> list[CallRow]:
        self.desk.require(Permission.SEARCH)
        first, last = check_period(first, last, field="period")
        settings = SettingsService(self.desk)
        target = int(settings.get("hotline_target_minutes"))
        far_target = int(settings.get("hotline_far_minutes"))
        now = self.desk.now()
        with self.desk.db.read() as s:
            cases = dict(s.execute(select(Stay.id, Stay.case_no)).all())
            rows = s.execute(select(HotlineCall).where(
                HotlineCall.called_at >= dt.datetime.combine(first, dt.time.min),
                HotlineCall.called_at <= dt.datetime.combine(last, dt.time.max))
                .order_by(HotlineCall.called_at.desc())).scalars()
            return [CallRow(
                c.id, c.called_at, c.caller, c.caller_phone, c.place, c.far, c.person,
                CallAction(c.action), c.team, c.arrived_at, c.result,
                response_minutes(c.called_at, c.arrived_at),
                c.action == CallAction.TEAM_SENT.value and call_late(
                    c.called_at, c.arrived_at, far=c.far, target=target,
                    far_target=far_target, now=now),
                cases.get(c.stay_id, "")) for c in rows]

    # -- patrols ----------------------------------------------------------------------------
    def record_patrol(self, form: PatrolForm) -> int:
        """A street patrol with the people met on it."""
        officer = self.desk.require(Permission.DUTY_LOG)
        t = clean_text
        now = self.desk.now()
        if not isinstance(form, PatrolForm) or not is_moment(form.started_at) \
                or form.started_at > now + dt.timedelta(minutes=5) \
                or form.started_at.year < 2000:
            raise RequiredField(field="started_at", label=LABELS["team"])
        team = t(form.team, LABELS["team"], limit=200, required=True, field="team")
        staff = check_count(form.staff_count, "staff_count")
        given_places = as_sequence(form.places) if form.places is not None else []
        if given_places is None:
            raise RequiredField(field="places", label=LABELS["place"])
        places = [t(p, LABELS["place"], limit=40, field="places") for p in given_places]
        given_contacts = as_sequence(form.contacts) if form.contacts is not None else []
        if given_contacts is None or not all(isinstance(c, ContactForm)
                                             for c in given_contacts):
            raise RequiredField(field="description", label=LABELS["contact"])
        contacts = []
        for c in given_contacts:
            try:
                outcome = ContactOutcome(c.outcome)
            except ValueError:
                raise RequiredField(field="outcome", label=LABELS["contact"]) from None
            contacts.append((
                t(c.place, LABELS["place"], limit=100, field="place"),
                t(c.description, LABELS["description"], limit=200, required=True,
                  field="description"),
                outcome, c.case_no,
                t(c.follow_up, LABELS["follow_up"], limit=1000, field="follow_up")))
        cold = form.started_at.date() in self.cold_wave_days()
        with self.desk.db.write() as s:
            patrol = Patrol(day=form.started_at.date(), started_at=form.started_at, team=team,
                            staff_count=staff,
                            vehicle=t(form.vehicle, LABELS["vehicle"], limit=40,
                                      field="vehicle"),
                            route=t(form.route, LABELS["route"], limit=300, field="route"),
                            places=[p for p in places if p], cold_wave=cold,
                            note=t(form.note, LABELS["note"], limit=2000, field="note"),
                            recorded_by=officer.login)
            s.add(patrol)
            s.flush()
            for place, description, outcome, case_no, follow_up in contacts:
                s.add(PatrolContact(patrol_id=patrol.id, place=place, description=description,
                                    outcome=outcome.value, stay_id=self._stay_id(s, case_no),
                                    follow_up=follow_up))
            audit.record(s, officer, now, "patrol.create", "patrol", patrol.id,
                         {"team": team, "places": patrol.places, "contacts": len(contacts)})
            return patrol.id

    def patrols(self, first: dt.date, last: dt.date) -> list[PatrolRow]:
        self.desk.require(Permission.SEARCH)
        first, last = check_period(first, last, field="period")
        with self.desk.db.read() as s:
            cases = dict(s.execute(select(Stay.id, Stay.case_no)).all())
            out = []
            for p in s.execute(select(Patrol).where(Patrol.day >= first, Patrol.day <= last)
                               .order_by(Patrol.started_at.desc())).scalars():
                contacts = tuple((c.id, c.place, c.description, c.outcome,
                                  cases.get(c.stay_id, ""), c.follow_up)
                                 for c in s.execute(select(PatrolContact).where(
                                     PatrolContact.patrol_id == p.id)
                                     .order_by(PatrolContact.id)).scalars())
                out.append(PatrolRow(p.id, p.day, p.started_at, p.team, p.staff_count,
                                     p.vehicle, p.route, tuple(p.places or ()), p.cold_wave,
                                     p.note, contacts))
            return out

    # -- supplies ---------------------------------------------------------------------------
    def stock(self) -> list[StockRow]:
        """Every item with its stock (the usual winter items when the station has none)."""
        self.desk.require(Permission.SEARCH)
        with self.desk.db.read() as s:
            rows = list(s.execute(select(SupplyItem).order_by(SupplyItem.id)).scalars())
            if rows:
                return [StockRow(i.id, i.name, i.unit, i.stock, i.low_level) for i in rows]
        with self.desk.db.write() as s:
            if not s.execute(select(SupplyItem.id).limit(1)).first():
                for name, unit, low in DEFAULT_SUPPLIES:
                    s.add(SupplyItem(name=name, unit=unit, stock=0, low_level=low))
        with self.desk.db.read() as s:
            return [StockRow(i.id, i.name, i.unit, i.stock, i.low_level)
                    for i in s.execute(select(SupplyItem).order_by(SupplyItem.id)).scalars()]

    def add_item(self, name: str, unit: str, low_level: int = 0) -> int:
        officer = self.desk.require(Permission.EDIT_STATION)
        name = clean_text(name, LABELS["item"], limit=40, required=True, field="name")
        unit = clean_text(unit, LABELS["unit"], limit=10, required=True, field="unit")
        if isinstance(low_level, bool) or not isinstance(low_level, int) \
                or not 0 <= low_level <= 99999:
            raise RequiredField(field="low_level", label=LABELS["item"])
        with self.desk.db.write() as s:
            if s.execute(select(SupplyItem.id).where(SupplyItem.name == name)).first():
                raise Duplicate(field="name", label=LABELS["item"], value=name)
            item = SupplyItem(name=name, unit=unit, stock=0, low_level=low_level)
            s.add(item)
            s.flush()
            audit.record(s, officer, self.desk.now(), "supply.item", "supply_item", item.id,
                         {"name": name, "unit": unit, "low_level": low_level})
            return item.id

    def _move(self, item_id: int, change: int, **where) -> int:
        officer = self.desk.require(Permission.DUTY_LOG) if change < 0 else \
            self.desk.require(Permission.SEARCH)
        now = self.desk.now()
        with self.desk.db.write() as s:
            item = s.get(SupplyItem, item_id) if is_record_id(item_id) else None
            if item is None:
                raise NotFound(field="item", what=LABELS["item"], key=shown(item_id))
            item.stock = stock_after(item.stock, change, item=item.name, unit=item.unit)
            stay_id = self._stay_id(s, where.pop("case_no", ""))
            s.add(SupplyMovement(item_id=item.id, at=now, change=change, stock_after=item.stock,
                                 stay_id=stay_id, officer=officer.login, **where))
            audit.record(s, officer, now, "supply.in" if change > 0 else "supply.out",
                         "supply_item", item.id, {"change": change, "stock": item.stock})
            return item.stock

    def receive(self, item_id: int, count: int, source: str = "", note: str = "") -> int:
        """Stock received (donated, bought, from the civil-affairs bureau). Returns the stock."""
        count = check_count(count)
        source = clean_text(source, LABELS["source"], limit=100, field="source")
        note = clean_text(note, LABELS["note"], limit=500, field="note")
        return self._move(item_id, count, source=source, note=note)

    def hand_out(self, item_id: int, count: int, *, case_no: str = "",
                 contact_id: int | None = None, relief_point: str = "",
                 note: str = "") -> int:
        """A handout to a stay, a person met on a patrol, or an outside relief point; refused
        beyond the stock. Returns the stock left."""
        count = check_count(count)
        relief_point = clean_text(relief_point, LABELS["relief_point"], limit=100,
                                  field="relief_point")
        note = clean_text(note, LABELS["note"], limit=500, field="note")
        if not (case_no or contact_id or relief_point):
            raise HandoutNeedsWho(field="relief_point")
        if contact_id is not None:
            with self.desk.db.read() as s:
                if not is_record_id(contact_id) or s.get(PatrolContact, contact_id) is None:
                    raise NotFound(field="contact", what=LABELS["contact"],
                                   key=shown(contact_id))
        return self._move(item_id, -count, case_no=case_no, contact_id=contact_id,
                          relief_point=relief_point, note=note)
