"""A realistic demo station, made through the program's own services (never written directly).

Names follow the real distribution of Chinese surnames; ID numbers are valid, with real region
codes (a few misremembered); every source, inspection flag and outcome occurs, with unidentified
and returning people. Every officer of the demo station has the password ``demo1234``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import random

from sqlalchemy import select

from rescue_desk.domain import idnumber
from rescue_desk.domain.intake import AgeBasis, IdType, Inspection, Outcome, Source, Welfare
from rescue_desk.domain.models import Station, User
from rescue_desk.domain.roles import Permission, Role
from rescue_desk.services import audit
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.desk import Desk, Officer
from rescue_desk.services.intake import Contact, Decisions, IntakeService, PersonForm, StayForm

#: The demo's stays arrived within this many days before now, three in four of them within
#: the last ``BUSY_DAYS``.
RECENT_DAYS = 90
BUSY_DAYS = 21
#: Password of every demo officer.
DEMO_PASSWORD = "demo1234"
DEMO_STATION = "演示市救助管理站"

#: The 60 commonest surnames with their share in per mille (2020 census, rounded).
SURNAMES = (
    ("王", 72), ("李", 72), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 22),
    ("吴", 21), ("周", 19), ("徐", 17), ("孙", 15), ("马", 15), ("朱", 14), ("胡", 13), ("郭", 12),
    ("何", 12), ("林", 11), ("高", 11), ("罗", 10), ("郑", 10), ("梁", 9), ("谢", 8), ("宋", 8),
    ("唐", 8), ("许", 7), ("韩", 7), ("邓", 7), ("冯", 7), ("曹", 7), ("彭", 6), ("曾", 6),
    ("肖", 6), ("田", 6), ("董", 6), ("潘", 5), ("袁", 5), ("蔡", 5), ("蒋", 5), ("余", 5),
    ("于", 5), ("杜", 5), ("叶", 5), ("程", 4), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4),
    ("任", 4), ("卢", 4), ("姚", 4), ("沈", 4), ("钟", 4), ("姜", 4), ("崔", 4), ("谭", 3),
    ("陆", 3), ("范", 3), ("汪", 3), ("单", 1),
)
GIVEN_MALE = "伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国志"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀燕玲桂丹萍红梅琳雪慧颖倩婷洁蓉佳琴云英兰凤"

#: The demo station's staff: login, sex, roles.
STAFF = (
    ("zhanzhang", "M", {Role.ADMIN, Role.LEADER_ON_DUTY}),
    ("daiban1", "M", {Role.LEADER_ON_DUTY}),
    ("daiban2", "F", {Role.LEADER_ON_DUTY}),
    ("jiedai1", "F", {Role.FRONT_DESK}),
    ("jiedai2", "M", {Role.FRONT_DESK}),
    ("jiedai3", "F", {Role.FRONT_DESK, Role.DUTY_OFFICER}),
    ("anbao1", "M", {Role.SECURITY}),
    ("anbao2", "M", {Role.SECURITY}),
    ("anbao3", "F", {Role.SECURITY}),
    ("zhiban1", "M", {Role.DUTY_OFFICER}),
    ("zhiban2", "F", {Role.DUTY_OFFICER}),
    ("zhiban3", "M", {Role.DUTY_OFFICER, Role.SECURITY}),
)


#: Real region codes (county level) for demo ID numbers: where people come from.
REGIONS = (
    "411302", "341222", "512501", "432524", "130423", "110105", "310104", "440106", "330106",
    "510104", "420106", "410105", "430102", "340104", "360102", "500103", "610113", "230102",
    "370102", "130102", "450102", "520102", "530102", "620102", "350102",
)
SOURCES = (
    (Source.WALK_IN, 45), (Source.POLICE, 20), (Source.STREET_PATROL, 12),
    (Source.CITY_MANAGEMENT, 8), (Source.HOTLINE, 5), (Source.HOSPITAL, 4),
    (Source.OTHER_STATION, 4), (Source.OTHER, 2),
)
FLAGS = (
    (Inspection.INJURY, 0.08), (Inspection.DISABILITY, 0.06), (Inspection.MENTAL, 0.10),
    (Inspection.INFECTIOUS, 0.01), (Inspection.DRUNK, 0.04), (Inspection.CRITICAL, 0.02),
)
RARE_FLAGS = (
    (Inspection.DEMENTIA, 0.04), (Inspection.TRAFFICKING, 0.01),
    (Inspection.DOMESTIC_VIOLENCE, 0.02),
)
POLICE_UNITS = ("城东派出所", "火车站派出所", "滨江派出所", "高新区派出所", "城西派出所")
PLACES = ("火车站南广场", "汽车客运站", "人民桥桥洞", "地下通道", "市第一人民医院门口",
          "中山公园", "滨江路烂尾楼", "高速服务区")
REASONS = ("外出务工被骗，身无分文", "钱包被盗，无法返乡", "寻亲未果，盘缠用尽", "离家出走",
           "看病花光积蓄", "找工作未果", "与家人争吵后离家")
REFUSALS = ("拒不如实提供个人情况", "有固定住所和收入来源，不属于救助对象",
            "醉酒滋事，不配合救助工作")
CLOTHING = ("深蓝色棉衣，灰色裤子", "黑色羽绒服，牛仔裤", "红色外套，黑色裤子",
            "军绿色大衣，布鞋", "灰色夹克，运动鞋")
BUILDS = ("偏瘦", "中等", "偏胖")
DIALECTS = ("河南口音", "安徽口音", "四川口音", "湖南口音", "普通话", "东北口音")
MOBILE_PREFIXES = ("138", "139", "151", "158", "186", "187", "135")
RELATIONS = ("父亲", "母亲", "兄弟", "姐妹", "配偶", "子女")
WELFARE = (Welfare.NONE, Welfare.NONE, Welfare.UNKNOWN, Welfare.DIBAO)
AWAY = ("3天", "一周", "半个月", "一个多月", "不详")
NEEDS = ("返乡", "临时住宿", "就医", "寻亲", "")
PHONES = ("华为手机", "小米手机", "老人机")
PHONE_STATES = ("完好", "屏幕碎裂", "无电")
CASH_FEN = (50, 350, 1200, 2050, 8000, 12350, 30000)


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    station: str
    officers_added: int
    people_registered: int = 0
    stays_registered: int = 0


_SURNAME_CHOICES = tuple(s for s, _ in SURNAMES)
_SURNAME_CUMULATIVE = tuple(itertools.accumulate(w for _, w in SURNAMES))
_SOURCE_CHOICES = tuple(s for s, _ in SOURCES)
_SOURCE_CUMULATIVE = tuple(itertools.accumulate(w for _, w in SOURCES))


def person_name(rng: random.Random, sex: str) -> str:
    """A realistic Chinese name: a weighted surname and one or two given characters."""
    # cumulative weights computed once: the same draws as ``choices(weights=...)``
    surname = rng.choices(_SURNAME_CHOICES, cum_weights=_SURNAME_CUMULATIVE)[0]
    pool = GIVEN_MALE if sex == "M" else GIVEN_FEMALE
    given = "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2))))
    return surname + given


def mobile_number(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(
        str(rng.randrange(10)) for _ in range(8)
    )


def fill_demo(desk: Desk, *, people: int = 0, seed: int = 1, recent_days: int = RECENT_DAYS,
              busy_days: int = BUSY_DAYS,
              returning: list[tuple[int, dt.datetime]] | None = None) -> DemoSummary:
    """Make this database a demo station with a full staff, through the services.

    ``people`` intakes arrive in the last ``recent_days``, three in four of them in the last
    ``busy_days``. Without ``returning`` some people refused or handed to the police come back;
    with it (the big demo: person ids and when they left, from the history before), that many
    of the intakes are those people coming back, and nobody else returns."""
    rng = random.Random(seed)
    added = set_up_station(desk, rng)
    _lay_out_station(desk, people)
    people_count, stays = _register_people(desk, rng, people, recent_days, busy_days, returning)
    _check_people(desk, rng)
    # The previous winter has its own random numbers, so the rest of the demo stays as it is.
    _place_people(desk, rng, random.Random(f"winter-{seed}"), recent_days)
    name = AccountService(desk).station().name
    return DemoSummary(name, added, people_count, stays)


def set_up_station(desk: Desk, rng: random.Random) -> int:
    """The demo station and its staff (an existing station is marked demo; its administrator
    must be logged in). Returns how many officers were added."""
    accounts = AccountService(desk)
    station = accounts.station()
    if station is None:
        admin = accounts.set_up_station(
            name=DEMO_STATION, hotline="0571-87654321", address="演示市滨江路 88 号",
            region_code="330100", is_demo=True,
            # The demo's "admin" holds every role, so a visitor can try every page.
            admin=NewUser("admin", person_name(rng, "M"), "M", DEMO_PASSWORD,
                          frozenset(Role), mobile_number(rng)),
        )
        desk.officer = admin
    else:
        officer = desk.require(Permission.MANAGE_USERS)
        if not station.is_demo:
            with desk.db.write() as s:
                s.execute(select(Station)).scalar_one().is_demo = True
                audit.record(s, officer, desk.now(), "station.demo", "station", 1,
                             {"is_demo": [False, True]})
    with desk.db.read() as s:
        existing = set(s.execute(select(User.login)).scalars())
    added = 0
    for login, sex, roles in STAFF:
        if login in existing:
            continue
        accounts.create_user(NewUser(login, person_name(rng, sex), sex, DEMO_PASSWORD,
                                     frozenset(roles), mobile_number(rng)))
        added += 1
    return added


@functools.cache
def region_place(region: str) -> str:
    """Province and county of a demo region code ("" if unknown), looked up once per code."""
    return idnumber.region_name(region) or ""


def resident_id(rng: random.Random, region: str, birth: dt.date, sex: str) -> str:
    """A valid GB 11643 number: region, birth date, sequence (odd for men), check character."""
    sequence = rng.randrange(0, 500) * 2 + (1 if sex == "M" else 0)
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + idnumber.check_character(first17)


def _register_people(desk: Desk, rng: random.Random, count: int,
                     recent_days: int = RECENT_DAYS, busy_days: int = BUSY_DAYS,
                     known: list[tuple[int, dt.datetime]] | None = None) -> tuple[int, int]:
    """Register ``count`` intakes through the intake service, as the front-desk officers do
    (``known``: people of an earlier history who come back, see ``fill_demo``)."""
    if count <= 0:
        return 0, 0
    clerks = [Officer(u.id, u.login, u.name, u.sex, u.roles)
              for u in AccountService(desk).users() if Role.FRONT_DESK in u.roles]
    saved, saved_clock = desk.officer, desk.clock
    intake = IntakeService(desk)
    now = desk.now()
    desk.log_admissions = False  # written to the shift log when the timeline replays them
    # most arrivals in the last three weeks (a busy station now), the rest over 90 days
    moments = sorted(now - dt.timedelta(seconds=rng.randrange(
        (busy_days if rng.random() < 0.75 else recent_days) * 86400)) for _ in range(count))
    returners: list[tuple[int, dt.datetime]] = []  # person id, time their stay ended
    back = set(rng.sample(range(count), min(len(known), count))) if known is not None else ()
    known = list(known or ())
    people = stays = 0
    try:
        for index, moment in enumerate(moments):
            desk.officer = rng.choice(clerks)
            returning = [r for r in returners if r[1] < moment]
            if index in back or returning and rng.random() < 0.35:
                person_id, left = known.pop() if index in back else rng.choice(returning)
                if index not in back:
                    returners.remove((person_id, left))
                form = intake.person_form(person_id)
                stay = _stay_form(rng, moment, form)
                within = (moment.date() - left.date()).days < 30
                decision = "经带班领导同意，予以救助" if within else ""
                _at(desk, moment + dt.timedelta(minutes=rng.randint(2, 8)), now)
                result = intake.register(form, stay, person_id=person_id,
                                         decisions=Decisions("身份证号为本人所报",
                                                             decision))
            else:
                form = _person_form(rng, moment.date())
                stay = _stay_form(rng, moment, form)
                _at(desk, moment + dt.timedelta(minutes=rng.randint(2, 8)), now)
                result = _register_new(intake, form, stay)
                people += 1
            stays += 1
            if stay.outcome in (Outcome.REFUSE, Outcome.POLICE) and not back:
                returners.append((result.person_id, moment))
    finally:
        desk.officer, desk.clock = saved, saved_clock
        desk.log_admissions = True
    return people, stays


def _register_new(intake: IntakeService, form: PersonForm, stay: StayForm):
    """Register a new person. A made-up ID number that an earlier person already holds (likely
    only beside a bulk history of many people) gets other sequence digits, as if misheard."""
    from rescue_desk.services.intake import IdNumberTaken

    for attempt in range(1, 100):
        try:
            return intake.register(form, stay, decisions=Decisions("身份证号为本人所报", ""))
        except IdNumberTaken:
            form = dataclasses.replace(form, id_number=other_sequence(form.id_number, attempt))
    return intake.register(form, stay, decisions=Decisions("身份证号为本人所报", ""))


def other_sequence(number: str, step: int) -> str:
    """``number`` with its sequence digits moved on by ``step`` (the sex digit kept) and a
    fresh check character."""
    sequence = (int(number[14:17]) + 2 * step) % 1000
    first17 = f"{number[:14]}{sequence:03d}"
    return first17 + idnumber.check_character(first17)


def _person_form(rng: random.Random, today: dt.date) -> PersonForm:
    roll = rng.random()
    sex = "M" if roll < 0.80 else "F" if roll < 0.98 else "U"
    band = rng.random()
    age = rng.randint(10, 17) if band < 0.04 else rng.randint(60, 85) if band < 0.20 \
        else rng.randint(19, 59)
    unknown = rng.random() < 0.08
    birth = today - dt.timedelta(days=age * 365 + rng.randrange(365))
    region = rng.choice(REGIONS)
    hukou = region_place(region)
    id_type, number, birth_date, age_value = IdType.NONE, "", None, age
    if not unknown and rng.random() < 0.65:
        id_type = IdType.RESIDENT_ID
        number = resident_id(rng, region, birth, sex if sex != "U" else "M")
        if rng.random() < 0.05:  # misremembered: wrong check character
            number = number[:-1] + ("0" if number[-1] != "0" else "1")
        birth_date, age_value = birth, None
    basis = AgeBasis.ESTIMATED if unknown or rng.random() < 0.5 else AgeBasis.STATED
    contacts = ()
    if not unknown and rng.random() < 0.4:
        contacts = (Contact(person_name(rng, rng.choice("MF")), rng.choice(RELATIONS),
                            mobile_number(rng), hukou),)
    return PersonForm(
        name="" if unknown else person_name(rng, "M" if sex == "U" else sex),
        unknown=unknown, sex=sex, ethnicity="汉族" if rng.random() < 0.92 else "回族",
        birth_date=birth_date, age=age_value, age_basis=basis, id_type=id_type,
        id_number=number, hukou_place="" if unknown else hukou,
        welfare=rng.choice(WELFARE),
        phone=mobile_number(rng) if not unknown and rng.random() < 0.3 else "",
        height_cm=rng.randint(150, 185), build=rng.choice(BUILDS),
        clothing=rng.choice(CLOTHING), dialect=rng.choice(DIALECTS),
        vagrancy_reason="" if unknown else rng.choice(REASONS),
        vagrancy_length=rng.choice(AWAY), contacts=contacts, needs=rng.choice(NEEDS),
        fingerprints_taken=rng.random() < 0.7,
    )


def _stay_form(rng: random.Random, moment: dt.datetime, person: PersonForm) -> StayForm:
    source = rng.choices(_SOURCE_CHOICES, cum_weights=_SOURCE_CUMULATIVE)[0]
    flags = {flag for flag, share in FLAGS if rng.random() < share}
    # the rarer findings and special groups from their own stream, so the rest of the demo
    # draws the same numbers whatever is added here
    rare = random.Random(f"{moment.isoformat()}|{person.name}|{person.age}")
    flags |= {flag for flag, share in RARE_FLAGS if rare.random() < share}
    if person.age is not None and person.age < 18 or (
            person.birth_date and (moment.date() - person.birth_date).days < 18 * 365):
        flags.add(Inspection.MINOR)
        if rare.random() < 0.3:
            flags.add(Inspection.LEFT_BEHIND)
    roll = rng.random()
    outcome = Outcome.ADMIT
    reason = ""
    if Inspection.CRITICAL in flags or roll < 0.05:
        outcome, reason = Outcome.HOSPITAL_FIRST, "身体不适，先送医院救治"
    elif Inspection.DRUNK in flags and roll < 0.5:
        outcome, reason = Outcome.POLICE, "醉酒并有攻击行为，移交公安"
    elif roll > 0.94 and Inspection.MINOR not in flags:
        outcome, reason = Outcome.REFUSE, rng.choice(REFUSALS)
    escorted = source in (Source.POLICE, Source.CITY_MANAGEMENT, Source.STREET_PATROL)
    return StayForm(
        source=source, arrived_at=moment,
        escort_unit=rng.choice(POLICE_UNITS) if source == Source.POLICE
        else "城管执法大队" if source == Source.CITY_MANAGEMENT
        else "本站巡查组" if source == Source.STREET_PATROL else "",
        escort_officers=person_name(rng, "M") if escorted else "",
        escort_badges=f"{rng.randrange(100000, 999999)}" if source == Source.POLICE else "",
        escort_phone=mobile_number(rng) if escorted else "",
        found_place=rng.choice(PLACES) if escorted else "",
        found_at=moment - dt.timedelta(minutes=rng.randint(20, 180)) if escorted else None,
        inspection=frozenset(flags), outcome=outcome, outcome_reason=reason,
    )


def _at(desk: Desk, moment: dt.datetime, latest: dt.datetime | None = None):
    """Run the desk's clock at ``moment`` (never later than ``latest``) while a demo event is
    recorded."""
    if latest is not None:
        moment = min(moment, latest)
    desk.clock = lambda: moment


def check_items(rng: random.Random, second_login: str, second_name: str,
                id_number: str) -> list:
    """What the demo's security check finds on a person (``ItemForm`` values): cash counted
    with a second officer, a phone, clothes, medicine, leftovers, now and then a knife for the
    police or lighter fluid destroyed before a witness, and the ID card the person keeps."""
    from rescue_desk.domain.custody import Disposition, ItemKind
    from rescue_desk.services.custody import ItemForm

    items = []
    if rng.random() < 0.6:
        fen = rng.choice(CASH_FEN)
        items.append(ItemForm(ItemKind.CASH, "现金", 1, cash_fen=fen,
                              counted_by_second=second_login))
    if rng.random() < 0.4:
        items.append(ItemForm(ItemKind.PHONE, rng.choice(PHONES), 1,
                              condition=rng.choice(PHONE_STATES),
                              serial=f"IMEI {rng.randrange(10**14, 10**15)}"))
    if rng.random() < 0.5:
        items.append(ItemForm(ItemKind.CLOTHING, "旧衣物一包", 1, condition="旧"))
    if rng.random() < 0.1:
        items.append(ItemForm(ItemKind.MEDICINE, "降压药", 2, Disposition.MEDICINE_STAFF))
    if rng.random() < 0.1:
        items.append(ItemForm(ItemKind.PERISHABLE, "剩饭菜", 1, Disposition.ON_THE_SPOT))
    if rng.random() < 0.03:
        items.append(ItemForm(ItemKind.WEAPON, "管制刀具（折叠刀）", 1, Disposition.POLICE,
                              police_unit="城东派出所", police_officer="李警官",
                              police_receipt_no=f"JS{rng.randrange(10000, 99999)}"))
    if rng.random() < 0.02:
        items.append(ItemForm(ItemKind.DANGEROUS, "打火机油", 1, Disposition.DESTROYED,
                              witness=second_name))
    if id_number:
        items.append(ItemForm(ItemKind.ID_DOCUMENT, "居民身份证", 1,
                              Disposition.KEPT_BY_PERSON))
    return items


def _check_people(desk: Desk, rng: random.Random) -> None:
    """Security checks, items found and bags for the stays in the station, as the security
    officers of the same sex record them, each a few minutes after arrival."""
    from rescue_desk.domain.custody import Movement
    from rescue_desk.services.custody import CheckForm, CustodyService

    users = AccountService(desk).users() if desk.officer else []
    guards = {sex: [Officer(u.id, u.login, u.name, u.sex, u.roles) for u in users
                    if Role.SECURITY in u.roles and u.sex == sex] for sex in ("M", "F")}
    if not guards["M"] or not guards["F"]:
        return
    saved_officer, saved_clock = desk.officer, desk.clock
    now = saved_clock()
    with desk.db.read() as s:
        from rescue_desk.domain.models import Person, Stay

        stays = s.execute(select(Stay.case_no, Stay.arrived_at, Person.sex, Person.id_number)
                          .join(Person, Stay.person_id == Person.id)
                          .where(Stay.status != "closed").order_by(Stay.arrived_at)).all()
    custody = CustodyService(desk)
    places = custody.locations()
    try:
        for case_no, arrived, sex, id_number in stays:
            if rng.random() > 0.9:
                continue  # not yet checked
            moment = arrived + dt.timedelta(minutes=rng.randint(5, 30))
            _at(desk, moment, now)
            pool = guards["F"] if sex == "F" else guards["M"]
            desk.officer = rng.choice(pool)
            second = rng.choice([g for g in guards["M"] + guards["F"]
                                 if g.login != desk.officer.login])
            items = check_items(rng, second.login, second.name, id_number)
            record = custody.record_check(case_no, CheckForm(
                body_checked_by=desk.officer.login, temperature=f"{rng.uniform(36.0, 37.4):.1f}",
                items=tuple(items), location=rng.choice(places)))
            for bag in record.bags:
                if rng.random() < 0.8:
                    custody.mark_owner_signed(bag.bag_no)
                phones = [i.id for i in bag.items if i.kind == "phone"]
                if phones and rng.random() < 0.5:
                    _at(desk, moment + dt.timedelta(hours=rng.randint(2, 20)), now)
                    custody.move(bag.bag_no, Movement.TAKEN_OUT, item_ids=tuple(phones),
                                 note="本人给家人打电话")
                    _at(desk, moment + dt.timedelta(hours=21), now)
                    custody.move(bag.bag_no, Movement.PUT_BACK, item_ids=tuple(phones))
                if rng.random() < 0.1:
                    _at(desk, moment + dt.timedelta(days=1), now)
                    custody.move(bag.bag_no, Movement.MOVED, to_location=rng.choice(places),
                                 note="整理库房")
                clothes = [i.id for i in bag.items if i.kind == "clothing"]
                if clothes and rng.random() < 0.3:  # asked for their clothes back
                    _at(desk, moment + dt.timedelta(days=1, hours=2), now)
                    custody.count_back(case_no, dict.fromkeys(clothes, (True, "本人换洗，领回")))
    finally:
        desk.officer, desk.clock = saved_officer, saved_clock


#: Areas added to the "large" template for a station of about 1,000 beds (a big city's
#: station): name, kind, sex, rooms of (name, beds, lower bunks, accessible, near the duty room).
BIG_STATION_AREAS = (
    *((f"男宿{n}区", "men", "M", [(f"{r}{k:02d}", 12, 6, 0, 0) for k in range(1, 9)])
      for n, r in (("二", 5), ("三", 6), ("四", 7), ("五", 8), ("六", 9))),
    ("男宿七区", "men", "M", [(f"10{k}", 12, 6, 1 if k == 1 else 0, 0) for k in range(1, 7)]),
    *((f"女宿{n}区", "women", "F", [(f"{r}{k:02d}", 12, 6, 1 if k == 1 else 0, 2 if k == 1
                                      else 0) for k in range(1, 7)])
      for n, r in (("二", 21), ("三", 22))),
    ("老年残疾人二区", "elderly", "M", [(f"11{k}", 10, 10, 2, 1) for k in range(1, 5)]),
    ("老年残疾人二区（女）", "elderly", "F", [(f"23{k}", 8, 8, 2, 1) for k in range(1, 3)]),
    ("医疗观察三区", "medical", "M", [(f"观察{n}", 8, 8, 2, 8) for n in "三四五"]),
    ("精神观察三区", "mental", "M", [(f"监护{n}", 8, 8, 0, 8) for n in "三四"]),
    ("临时加床二区", "overflow", "M", [("二楼大厅", 20, 20, 0, 0)]),
)


def lay_out_big_station(desk: Desk) -> int:
    """About 1,000 beds through the bed service: the "large" template and the areas of
    ``BIG_STATION_AREAS``. Nothing is done when the station already has areas. Returns the
    beds added."""
    from rescue_desk.services.beds import BedService

    beds = BedService(desk)
    if beds.board(waiting=False).areas:
        return 0
    total = beds.apply_template("large")
    for name, kind, sex, rooms in BIG_STATION_AREAS:
        area = beds.add_area(name, kind, sex=sex, capacity=sum(r[1] for r in rooms))
        for room_name, count, lower, accessible, near in rooms:
            room = beds.add_room(area, room_name)
            # accessible and near-duty beds (lower bunks) first, then lower, then upper bunks
            both = min(accessible, near)
            for n, flags in (
                    (both, dict(lower_bunk=True, accessible=True, near_duty_room=True)),
                    (accessible - both, dict(lower_bunk=True, accessible=True)),
                    (near - both, dict(lower_bunk=True, near_duty_room=True)),
                    (lower - accessible - near + both, dict(lower_bunk=True)),
                    (count - max(lower, accessible + near - both), {})):
                if n > 0:
                    total += len(beds.add_beds(room, n, **flags))
    return total


@dataclasses.dataclass(frozen=True)
class _BedRow:
    """A bed as the demo needs it from the board: its place in the board's order, its area's
    rule and its state now."""

    bed_id: int
    area_id: int
    state: str
    rule: object  # domain.beds.AreaRule
    lower_bunk: bool
    accessible: bool
    near_duty_room: bool
    order: tuple


def _bed_rows(desk: Desk) -> list[_BedRow]:
    """Every bed in the bed board's order, with its state now, in two queries. (The board
    itself also loads every occupant, which makes it slow on a station of 1,000 beds; the
    demo asks for it after every placement and departure.)"""
    from rescue_desk.domain.beds import area_rule, bed_state
    from rescue_desk.domain.models import Area, Bed, BedAssignment, Room

    now = desk.now()
    with desk.db.read() as s:
        live = set(s.execute(select(BedAssignment.bed_id).where(
            BedAssignment.end_at.is_(None))).scalars())
        rows = s.execute(
            select(Area.id, Area.kind, Area.sex, Area.for_minors, Room.id, Bed.id,
                   Bed.out_of_service, Bed.cleaning, Bed.held_until, Bed.lower_bunk,
                   Bed.accessible, Bed.near_duty_room)
            .join(Room, Room.area_id == Area.id).join(Bed, Bed.room_id == Room.id)
            .order_by(Area.sort, Area.id, Room.sort, Room.id, Bed.sort, Bed.id)).all()
    out: list[_BedRow] = []
    areas: dict[int, int] = {}
    rooms: dict[int, int] = {}
    rules: dict[int, object] = {}
    for (area_id, kind, sex, minors, room_id, bed_id, broken, cleaning, held, lower,
         accessible, near) in rows:
        if area_id not in areas:
            areas[area_id] = len(areas)
            rules[area_id] = area_rule(kind, sex, minors)
        if room_id not in rooms:
            rooms[room_id] = len(rooms)
        state = bed_state(occupied=bed_id in live, out_of_service=broken, cleaning=cleaning,
                          held_until=held, now=now)
        out.append(_BedRow(bed_id, area_id, state, rules[area_id], lower, accessible, near,
                           (areas[area_id], rooms[room_id], bed_id)))
    return out


def _suggested_bed(desk: Desk, case_no: str) -> _BedRow | None:
    """The bed the bed service would suggest for this stay (the same rule, ``suggest``, on the
    same free beds; of beds alike in area and fittings only the first can win)."""
    from rescue_desk.domain.beds import BedState, Candidate, Occupant, suggest
    from rescue_desk.domain.intake import Inspection
    from rescue_desk.domain.models import Stay

    known = {i.value for i in Inspection}
    with desk.db.read() as s:
        stay = s.execute(select(Stay).where(Stay.case_no == case_no)).scalar_one()
        person = Occupant(stay.person.sex, stay.age_at_arrival,
                          frozenset(Inspection(f) for f in stay.inspection or [] if f in known))
    first: dict[tuple, _BedRow] = {}
    for row in _bed_rows(desk):
        if row.state == BedState.FREE:
            first.setdefault((row.area_id, row.lower_bunk, row.accessible, row.near_duty_room),
                             row)
    best = suggest(person, [Candidate(r.bed_id, r.rule, r.lower_bunk, r.accessible,
                                      r.near_duty_room, r.order) for r in first.values()])
    return next(r for r in first.values() if r.bed_id == best.bed_id) if best else None


def _lay_out_station(desk: Desk, people: int) -> None:
    """The areas and beds, from the template that fits the number of people."""
    from rescue_desk.services.beds import BedService

    beds = BedService(desk)
    if beds.board().areas:
        return
    beds.apply_template("small" if people <= 15 else "medium" if people <= 150 else "large")


def _place_people(desk: Desk, rng: random.Random,
                  winter: random.Random | None = None,
                  recent_days: int = RECENT_DAYS) -> None:
    """The life of the station in time order: every stay in the station gets the bed the
    rules suggest soon after arrival; most leave after a few days, each type of departure
    with its own details, belongings counted back, the bed freed; some move bed, some come
    back from hospital; a few beds are out of service or held; follow-up calls are made; the
    outreach of the winter campaign so far and of the whole previous one (drawn from
    ``winter``)."""
    from rescue_desk.domain.beds import BedState
    from rescue_desk.domain.models import Stay
    from rescue_desk.services.beds import BedService

    users = AccountService(desk).users() if desk.officer else []
    clerks = [Officer(u.id, u.login, u.name, u.sex, u.roles) for u in users
              if Role.FRONT_DESK in u.roles]
    if not clerks:
        return
    saved_officer, saved_clock = desk.officer, desk.clock
    now = saved_clock()
    beds = BedService(desk)
    winter = winter or random.Random(0)
    try:
        desk.officer = rng.choice(clerks)
        board = beds.board()
        free = [b for b in board.beds if b.state == BedState.FREE]
        if len(free) > 10:  # two beds out of service, as at any station
            for bed, reason in zip(rng.sample(free, 2), ("床板损坏，待维修", "暖气漏水"),
                                   strict=True):
                _at(desk, now - dt.timedelta(days=rng.randint(2, 20)), now)
                beds.set_out_of_service(bed.bed_id, reason)
        with desk.db.read() as s:
            stays = s.execute(select(Stay).where(Stay.status != "closed")
                              .order_by(Stay.arrived_at)).scalars().all()
            people = {stay.case_no: (stay.arrived_at, stay.age_at_arrival,
                                     frozenset(stay.inspection or ()), stay.person.hukou_place,
                                     stay.person.contacts or [], stay.status)
                      for stay in stays}
            unidentified = {stay.case_no for stay in stays if stay.person.unknown_no}
        events: list[tuple[dt.datetime, int, str]] = []  # time, order, case no
        for case_no, (arrived, *_rest) in people.items():
            events.append((arrived + dt.timedelta(minutes=rng.randint(35, 60)), 0, case_no))
        with desk.db.read() as s:
            # the intakes of the demo's own days (not of a bulk history before them)
            for case_no, created in s.execute(select(Stay.case_no, Stay.created_at).where(
                    Stay.created_at >= now - dt.timedelta(days=recent_days + 1))):
                events.append((created, -1, case_no))  # the intake, in the shift log
        plans = _departure_plans(rng, people, now, unidentified)
        staff = {u.login: Officer(u.id, u.login, u.name, u.sex, u.roles) for u in users}
        desk.officer = staff.get("zhanzhang", saved_officer)  # the station head plans
        officer_of = _plan_roster(desk, now)
        duty_events = _shift_events(desk, rng, now, officer_of)
        events += [(when, order, key) for when, order, key in duty_events]
        events += _outreach_events(desk, rng, now)
        events += _winter_events(desk, winter, now)
        for case_no, (when, _kind) in plans.items():
            events.append((when, 1, case_no))
        unused = set(_DEPARTURE_KINDS)
        for when, order, case_no in sorted(events):
            if when >= now:
                continue
            if order == 6:  # the previous winter, with its own random numbers
                _at(desk, when, now)
                _winter_event(desk, winter, case_no, staff)
                continue
            desk.officer = rng.choice(clerks)
            _at(desk, when, now)
            if order == 5:
                _outreach_event(desk, rng, case_no, staff)
                continue
            if order >= 2:
                _duty_event(desk, rng, case_no, officer_of, staff)
                continue
            if order == -1:
                IntakeService(desk).log_admission(case_no)
                continue
            if order == 0:
                if people[case_no][5] != "in_station":
                    continue
                tile = _suggested_bed(desk, case_no)
                if tile is None:
                    continue  # no allowed bed free: waits for one (the board shows it)
                beds.assign(case_no, tile.bed_id)
                if rng.random() < 0.12 and when + dt.timedelta(days=1) < now:
                    _at(desk, when + dt.timedelta(days=1), now)
                    area_beds = [b for b in _bed_rows(desk)
                                 if b.area_id == tile.area_id and b.state == BedState.FREE]
                    if area_beds:
                        beds.assign(case_no, rng.choice(area_beds).bed_id)  # asked to move
            else:
                kind = plans[case_no][1]
                if _depart(desk, rng, case_no, kind, people[case_no], now):
                    unused.discard(kind)
        _prepare_departures(desk, rng, clerks, people, now)
        desk.officer = saved_officer
        _close_old_shifts(desk, now)
        _stay_clock(desk, rng, now, unidentified)
        _at(desk, now - dt.timedelta(minutes=30), now)
        for row in beds.board().beds:
            if row.state == BedState.CLEANING and rng.random() < 0.7:
                beds.mark_clean(row.bed_id)
        free = [b for b in beds.board().beds if b.state == BedState.FREE]
        for bed, expected in zip(rng.sample(free, min(2, len(free))),
                                 ("公安110护送途中，预计一小时内到站", "医院转回，今晚到站"),
                                 strict=False):
            beds.hold(bed.bed_id, held_for=expected)
    finally:
        desk.officer, desk.clock = saved_officer, saved_clock


#: Demo departure types and their weights for an adult who may travel alone.
_DEPARTURE_KINDS = {
    "voucher": 34, "self": 18, "collected": 14, "escorted": 8, "terminated": 5,
    "absconded": 7, "hospital": 6, "placement": 3, "death": 1,
}
RECEIVING = ("周口市救助管理站", "阜阳市救助管理站", "信阳市救助管理站", "户籍地村委会",
             "原务工单位")
HOSPITALS = (("市第一人民医院", "急诊内科"), ("市第三医院", "精神科"), ("市中心医院", "骨科"))


def _departure_plans(rng: random.Random, people: dict, now: dt.datetime,
                     unidentified: frozenset[str] | set[str] = frozenset()) -> dict:
    """When and how each stay leaves: most after one to nine days; those who arrived in the
    last two days, and some who wait for placement, stay. Every type occurs at least once."""
    from rescue_desk.domain.intake import Inspection

    plans: dict[str, tuple[dt.datetime, str]] = {}
    unused = [k for k in _DEPARTURE_KINDS if k not in ("death", "placement")]
    for case_no, (arrived, age, flags, *_rest) in people.items():
        stay_days = (now - arrived).total_seconds() / 86400
        if stay_days < 2 or rng.random() < 0.08:
            continue
        if case_no in unidentified and rng.random() < 0.6:
            continue  # not identified yet: the family search goes on (the stay clock)
        when = arrived + dt.timedelta(hours=rng.uniform(20, min(9, stay_days - 0.5) * 24))
        child = age is not None and age < 16
        mental = Inspection.MENTAL.value in flags
        if child:
            kind = rng.choice(("collected", "collected", "escorted"))
        elif mental:
            kind = rng.choice(("escorted", "placement", "collected", "hospital"))
        elif Inspection.CRITICAL.value in flags:
            kind = "hospital"
        elif age is not None and age >= 80 and not any(k == "death" for _, k in
                                                        plans.values()) and rng.random() < 0.5:
            kind = "death"
        elif stay_days > 65 and rng.random() < 0.6:
            kind = "absconded"  # long gone: what they left is now due for disposal
        elif unused:
            kind = unused.pop(0)
        else:
            kinds = [k for k in _DEPARTURE_KINDS if k != "death"]
            kind = rng.choices(kinds, weights=[_DEPARTURE_KINDS[k] for k in kinds])[0]
        if age is not None and 16 <= age < 18 and kind not in ("collected", "escorted"):
            kind = "collected"
        plans[case_no] = (when, kind)
    if plans and not any(k == "death" for _, k in plans.values()):
        oldest = max((case for case, (_w, k) in plans.items() if k in ("voucher", "self")),
                     key=lambda case: people[case][1] or 0, default=None)
        if oldest is not None:
            plans[oldest] = (plans[oldest][0], "death")
    return plans


def departure_details(rng: random.Random, kind: str, moment: dt.datetime, hukou: str,
                      contacts: list) -> tuple[dict, tuple[str, str, str, int] | None]:
    """The demo's details of a departure of ``kind`` at ``moment``, as typed in the departure
    dialog, and for a collection or escort the call that arranged it before: (contact, phone,
    note, hours before the departure)."""
    from rescue_desk.domain.departure import DepartureType, province_of

    province = province_of(hukou)
    city = hukou.removeprefix(province)[:3] if province else ""
    stamp = moment.strftime("%Y-%m-%d %H:%M")
    details: dict[str, object] = {}
    call = None
    if kind == DepartureType.SELF:
        details = {"reason": rng.choice(("自愿离站，自行回家", "已联系到朋友，自行前往",
                                         "找到工作，自行离站"))}
    elif kind == DepartureType.VOUCHER:
        details = {"carrier": rng.choice(("火车", "长途汽车")),
                   "train_no": rng.choice(("K179", "K1206", "Z38", "T115")),
                   "from_place": "演示市站", "to_place": city or "户籍地",
                   "ticket_no": f"E{rng.randrange(100000, 999999)}",
                   "fare": rng.choice(("56.5", "86", "123", "41.5")), "food_given": True}
        if rng.random() < 0.15:
            details.update(cash="10", cash_reason="转车途中购买饮用水和食品")
    elif kind in (DepartureType.COLLECTED, DepartureType.ESCORTED):
        contact = contacts[0] if contacts else {"name": "王建军", "relation": "兄弟",
                                                "phone": mobile_number(rng)}
        call = (f"{contact.get('name', '')}（{contact.get('relation', '')}）",
                contact.get("phone", ""),
                "同意来站接领" if kind == DepartureType.COLLECTED else "同意接收",
                rng.randint(5, 20))
        if kind == DepartureType.COLLECTED:
            birth = dt.date(rng.randint(1960, 1995), rng.randint(1, 12), rng.randint(1, 28))
            details = {"collector_name": contact.get("name") or "王建军",
                       "collector_relation": contact.get("relation") or "亲属",
                       "collector_id_number": resident_id(rng, rng.choice(REGIONS), birth, "M"),
                       "collector_phone": contact.get("phone") or mobile_number(rng),
                       "collector_address": hukou or "户籍地"}
        else:
            details = {"escort_officers": "站内工作人员二名", "vehicle": "救助专用车",
                       "route": "高速公路", "receiving_unit": rng.choice(RECEIVING),
                       "received_by": person_name(rng, "M"), "received_at": stamp}
    elif kind == DepartureType.HOSPITAL:
        hospital, ward = rng.choice(HOSPITALS)
        details = {"hospital": hospital, "ward": ward}
    elif kind == DepartureType.PLACEMENT:
        details = {"institution": "演示市社会福利院",
                   "agreement_no": f"TY{moment.year}-{rng.randint(10, 99)}"}
    elif kind == DepartureType.TERMINATED:
        details = {"grounds": rng.choice(("拒不遵守站内管理规定，经劝告无效",
                                          "查明有固定住所和生活来源"))}
    elif kind == DepartureType.ABSCONDED:
        seen = moment - dt.timedelta(hours=rng.randint(1, 4))
        details = {"last_seen_at": seen.strftime("%Y-%m-%d %H:%M"),
                   "search_made": "站内及周边寻找未果，调阅监控见其从侧门离开",
                   "police_told": True, "police_unit": rng.choice(POLICE_UNITS)}
    elif kind == DepartureType.DEATH:
        details = {"died_at": stamp, "certificate_no": f"SW{moment.year}{rng.randint(100, 999)}",
                   "police_notified": True, "family_notified": bool(contacts)}
    return details, call


def _depart(desk: Desk, rng: random.Random, case_no: str, kind: str, person: tuple,
            now: dt.datetime) -> bool:
    """Complete one departure through the services, with its details; False if refused."""
    from rescue_desk.domain.departure import (
        COUNT_BACK_TYPES,
        CallOutcome,
        DepartureType,
        FollowUpOutcome,
        province_of,
    )
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.services.custody import CustodyService
    from rescue_desk.services.departures import DepartureForm, DepartureService

    departures = DepartureService(desk)
    custody = CustodyService(desk)
    kind = DepartureType(kind)
    arrived, age, flags, hukou, contacts, _status = person
    moment = desk.now()
    province = province_of(hukou)
    city = hukou.removeprefix(province)[:3] if province else ""
    details, call = departure_details(rng, kind, moment, hukou, contacts)
    if call is not None:
        contact, phone, note, hours = call
        _at(desk, moment - dt.timedelta(hours=hours), now)
        departures.log_call(case_no, contact=contact, phone=phone, outcome=CallOutcome.AGREED,
                            note=note)
        _at(desk, moment, now)
    home = kind in (DepartureType.VOUCHER, DepartureType.COLLECTED, DepartureType.ESCORTED,
                    DepartureType.SELF)
    form = DepartureForm(kind, dest_province=province if home else "",
                         dest_city=city if home else "", details=details)
    try:
        if kind in COUNT_BACK_TYPES:
            held = custody.unaccounted(case_no)
            if held:
                results = {i.id: (True, "") for i in held}
                if len(held) > 2 and rng.random() < 0.2:
                    results[held[-1].id] = (False, "本人称已自行取走，库内未找到")
                custody.count_back(case_no, results)
        record = departures.complete(case_no, form)
    except DeskError:
        return False
    if record.follow_up_due is not None:
        call_at = dt.datetime.combine(record.follow_up_due, dt.time(10, rng.randint(0, 59)))
        if call_at < now - dt.timedelta(days=1) and rng.random() < 0.85:
            _at(desk, call_at, now)
            outcome = rng.choices(list(FollowUpOutcome), weights=(80, 5, 15))[0]
            departures.record_follow_up(record.id, outcome, {
                FollowUpOutcome.ARRIVED: "本人接电话，已平安到家",
                FollowUpOutcome.NOT_ARRIVED: "家属称未到家，已告知当地救助站",
                FollowUpOutcome.UNREACHABLE: "电话无人接听"}[outcome])
    cleaned = moment + dt.timedelta(hours=rng.uniform(0.5, 3))
    if cleaned < now:
        from rescue_desk.domain.beds import BedState
        from rescue_desk.services.beds import BedService

        _at(desk, cleaned, now)
        beds = BedService(desk)
        for tile in _bed_rows(desk):
            if tile.state == BedState.CLEANING:
                beds.mark_clean(tile.bed_id)  # bedding changed after the departure
    if kind == DepartureType.HOSPITAL and rng.random() < 0.5:
        back = moment + dt.timedelta(days=rng.randint(1, 3))
        if back < now:
            _at(desk, back, now)
            departures.back_to_station(case_no)
    return True


def _prepare_departures(desk: Desk, rng: random.Random, clerks: list, people: dict,
                        now: dt.datetime) -> None:
    """A few departures in preparation for people still here: tickets bought for today or
    tomorrow, relatives called."""
    from rescue_desk.domain.departure import CallOutcome, DepartureType, province_of
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.services.departures import DepartureForm, DepartureService

    departures = DepartureService(desk)
    waiting = [case for case, _name, status in departures.in_station() if status == "in_station"]
    for case_no in rng.sample(waiting, min(3, len(waiting))):
        desk.officer = rng.choice(clerks)
        _at(desk, now - dt.timedelta(hours=rng.randint(1, 6)), now)
        arrived, age, flags, hukou, contacts, _status = people.get(
            case_no, (None, None, (), "", [], ""))
        province = province_of(hukou)
        try:
            if age is not None and age < 18:
                departures.log_call(case_no, contact="监护人", phone=mobile_number(rng),
                                    outcome=CallOutcome.NO_ANSWER, note="稍后再打")
                departures.prepare(case_no, DepartureForm(DepartureType.COLLECTED,
                                                          planned_at=now + dt.timedelta(days=1)))
            else:
                departures.prepare(case_no, DepartureForm(
                    DepartureType.VOUCHER, dest_province=province,
                    planned_at=now.replace(hour=0, minute=0) + dt.timedelta(
                        days=rng.choice((0, 1)), hours=rng.choice((9, 14, 18))),
                    details={"carrier": "火车", "train_no": "K179", "to_place": hukou[:6],
                             "ticket_no": f"E{rng.randrange(100000, 999999)}"}))
        except DeskError:
            continue


#: The demo's leaders in rotation: day shift ``LEADERS[d % 3]``, night ``LEADERS[(d + 2) % 3]``
#: (always at least a day's rest between two shifts).
LEADERS = ("daiban1", "daiban2", "zhanzhang")


def _plan_roster(desk: Desk, now: dt.datetime) -> dict:
    """A month of duty roster (this week and the three before): one week planned post by post,
    then repeated. Returns who keeps the log of each shift: {(day, shift): login}."""
    from rescue_desk.domain.duty import Post, area_post, monday_of
    from rescue_desk.services.beds import BedService
    from rescue_desk.services.duty import DutyService

    duty = DutyService(desk)
    areas = {a.kind.value: a.id for a in reversed(BedService(desk).board(waiting=False).areas)}
    men = area_post(areas.get("men", 0)) if areas.get("men") else None
    women = area_post(areas.get("women", 0)) if areas.get("women") else None
    first = monday_of(now.date()) - dt.timedelta(days=21)
    saved_clock = desk.clock
    _at(desk, dt.datetime.combine(first - dt.timedelta(days=5), dt.time(10)), now)
    try:
        for d in range(7):
            day = first + dt.timedelta(days=d)
            plan = {
                ("day", Post.LEADER.value): [LEADERS[d % 3]],
                ("night", Post.LEADER.value): [LEADERS[(d + 2) % 3]],
                ("day", Post.RECEPTION.value): ["jiedai1"],
                ("night", Post.RECEPTION.value): ["jiedai2"],
                ("day", Post.SECURITY.value): ["anbao1" if d % 2 == 0 else "anbao3"],
                ("night", Post.SECURITY.value): ["anbao2"],
            }
            if men:
                plan[("day", men)] = ["zhiban1"]
                plan[("night", men)] = ["zhiban3"]
            if women:
                plan[("day", women)] = ["jiedai3"]
                plan[("night", women)] = ["zhiban2"]
            for (shift, post), logins in plan.items():
                duty.set_slot(day, shift, post, logins)
        duty.repeat(first, 3)
    finally:
        desk.clock = saved_clock
    officer_of = {}
    for n in range(28):
        day = first + dt.timedelta(days=n)
        officer_of[(day, "day")] = "zhiban1"
        officer_of[(day, "night")] = "zhiban3"
    return officer_of


_PATROL_FINDINGS = ("男宿区 102 一人咳嗽较重，已告知医务室", "女宿区 201 暖气不热，已报修",
                    "大厅一人未睡，劝其回房休息")
_INCIDENTS = (("fight", "两人因床铺发生争执", "值班员劝开，调换床位"),
              ("illness", "一名受助人员夜间腹痛", "联系 120 送医"),
              ("absconding", "一名受助人员欲翻越围墙离开", "劝回，加强巡查"),
              ("security", "院门外有人滋扰", "报警，派出所出警处理"))


def _shift_events(desk: Desk, rng: random.Random, now: dt.datetime,
                  officer_of: dict) -> list[tuple[dt.datetime, int, str]]:
    """The shifts of the last two weeks: sign-in, patrol rounds, the odd incident and task, the
    handover signed by the outgoing officer and acknowledged by the incoming one."""
    from rescue_desk.domain.duty import shift_at
    from rescue_desk.services.duty import DutyService

    patterns = DutyService(desk).patterns()
    events: list[tuple[dt.datetime, int, str]] = []
    day, pattern = shift_at(patterns, now - dt.timedelta(days=14))
    start, end = pattern.times(day)
    while start < now:
        key = f"{day:%Y%m%d}|{pattern.code}"
        events.append((start + dt.timedelta(minutes=3), 2, f"signin|{key}"))
        for hours in ((2, 6) if pattern.code == "night" else (3, 8)):
            events.append((start + dt.timedelta(hours=hours, minutes=rng.randint(0, 20)), 2,
                           f"patrol|{key}"))
        if rng.random() < 0.12:
            events.append((start + dt.timedelta(hours=rng.uniform(1, 10)), 2,
                           f"incident|{key}"))
        if rng.random() < 0.15:
            events.append((start + dt.timedelta(hours=rng.uniform(1, 10)), 2, f"task|{key}"))
        if end <= now:
            events.append((end - dt.timedelta(minutes=10), 3, f"handover|{key}"))
            events.append((end + dt.timedelta(minutes=4), 4, f"ack|{key}"))
        day, pattern = shift_at(patterns, end + dt.timedelta(minutes=1))
        start, end = pattern.times(day)
    return events


def _duty_event(desk: Desk, rng: random.Random, event: str, officer_of: dict,
                staff: dict[str, Officer]) -> None:
    """One event of a shift, as its duty officer records it."""
    from rescue_desk.domain.duty import shift_key
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.services.duty import DutyService

    what, day_text, code = event.split("|")
    day = dt.date.fromisoformat(f"{day_text[:4]}-{day_text[4:6]}-{day_text[6:]}")
    key = shift_key(day, code)
    logger = officer_of.get((day, code), "zhiban1" if code == "day" else "zhiban3")
    if logger not in staff:
        return
    desk.officer = staff[logger]
    duty = DutyService(desk)
    try:
        if what == "signin":
            duty.sign_in()
        elif what == "patrol":
            finding = rng.random() < 0.1
            duty.add_entry("patrol", rng.choice(_PATROL_FINDINGS) if finding else "",
                           area=rng.choice(("男宿区", "女宿区", "男宿一区", "大厅")),
                           all_well=not finding)
        elif what == "incident":
            kind, text, action = rng.choice(_INCIDENTS)
            duty.add_entry("incident", text, incident=kind, people="受助人员", action=action,
                           police=kind == "security", ambulance=kind == "illness")
        elif what == "task":
            duty.add_entry("task", rng.choice(("上午联系受助人员家属确认接领时间",
                                               "提醒白班为新入站人员拍照",
                                               "报修女宿区暖气")))
        elif what == "handover":
            duty.sign_handover(key, keys="值班室钥匙 3 把、大门钥匙 1 把，封条 2 个，备用金已清点")
        elif what == "ack":
            nxt = "zhiban3" if code == "day" else "zhiban1"
            duty.acknowledge(key, nxt, DEMO_PASSWORD)
    except DeskError:
        return


def _close_old_shifts(desk: Desk, now: dt.datetime) -> None:
    """Older shifts that only hold automatic entries: handed over, and closed by the leader on
    duty (no log was kept at the desk then)."""
    from rescue_desk.domain.duty import ShiftState, shift_key
    from rescue_desk.domain.models import Shift
    from rescue_desk.services.approval import Approval
    from rescue_desk.services.duty import DutyService

    with desk.db.read() as s:
        old = [(r.day, r.code, r.end_at, r.state) for r in s.execute(
            select(Shift).where(Shift.state != ShiftState.LOCKED.value, Shift.end_at < now)
            .order_by(Shift.end_at)).scalars()]
    saved = desk.clock
    duty = DutyService(desk)
    try:
        for day, code, end, state in old:
            key = shift_key(day, code)
            _at(desk, end - dt.timedelta(minutes=5), now)
            try:
                if state == ShiftState.OPEN.value:
                    duty.sign_handover(key, keys="钥匙、封条、备用金已交接")
                _at(desk, end + dt.timedelta(minutes=5), now)
                duty.close_without_incoming(key, Approval("补录：当班纸质记录已存档"))
            except Exception:  # noqa: BLE001 - a demo shift that cannot close stays open
                continue
    finally:
        desk.clock = saved


def _stay_clock(desk: Desk, rng: random.Random, now: dt.datetime,
                unidentified: set[str]) -> None:
    """Stays at every point of the clock: family-search notices (mostly within 24 hours, a
    minor's with a second officer), DNA requests, notice updates, long-term placement, and
    extensions of the stay limit."""
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.domain.models import Stay
    from rescue_desk.services.duty import DutyService

    duty = DutyService(desk)
    saved = desk.clock
    with desk.db.read() as s:
        stays = [(st.case_no, st.arrived_at, st.age_at_arrival) for st in s.execute(
            select(Stay).where(Stay.status.in_(["in_station", "in_hospital", "in_care"]))
            .order_by(Stay.arrived_at)).scalars()]
    try:
        for case_no, arrived, age in stays:
            days = (now - arrived).days
            try:
                if case_no in unidentified:
                    if rng.random() < 0.75:
                        _at(desk, arrived + dt.timedelta(hours=rng.uniform(2, 20)), now)
                        minor = age is not None and age < 18
                        duty.issue_notice(case_no, health="一般", mental_state="表达不清",
                                          second="daiban1" if minor else "",
                                          second_password=DEMO_PASSWORD if minor else "")
                    if days > 3 and rng.random() < 0.6:
                        _at(desk, arrived + dt.timedelta(days=rng.randint(2, 8)), now)
                        duty.record_dna(case_no, f"DNA{arrived:%Y%m}-{rng.randint(100, 999)}")
                    if days > 32 and rng.random() < 0.6:
                        _at(desk, arrived + dt.timedelta(days=31), now)
                        duty.issue_notice(case_no, health="一般", mental_state="表达不清")
                    if days > 92 and rng.random() < 0.6:
                        _at(desk, arrived + dt.timedelta(days=91), now)
                        duty.record_placement(case_no)
                elif days >= 9 and rng.random() < 0.5:
                    _at(desk, arrived + dt.timedelta(days=9), now)
                    duty.extend(case_no, 10, "等待家属来站接领", "演示市民政局")
            except DeskError:
                continue
    finally:
        desk.clock = saved


_CALL_PLACES = ("人民桥桥洞", "火车站南广场", "滨江路地下通道", "中山公园长椅", "城郊高速服务区",
                "市第一人民医院门口", "汽车客运站候车厅")
_CALL_PEOPLE = ("一名老人衣着单薄，躺在地上", "一名男子醉卧路边", "一名妇女带着孩子，无处可去",
                "一名男子腿部受伤，行动不便", "一名少年独自徘徊")


def _outreach_events(desk: Desk, rng: random.Random,
                     now: dt.datetime) -> list[tuple[dt.datetime, int, str]]:
    """The winter campaign so far: stock received at its start, hotline calls (those that led
    to an intake come before it), street patrols three times a week and daily on cold-wave
    days (people met, some brought in, some given coats and quilts)."""
    from rescue_desk.domain.intake import Source
    from rescue_desk.domain.models import Stay
    from rescue_desk.services.outreach import OutreachService

    campaign = OutreachService(desk).campaign(now.date())
    first = campaign[0] if campaign else now.date() - dt.timedelta(days=14)
    previous = None if campaign else _previous_campaign(desk, now.date())
    if previous is not None:  # out of season: the last two weeks, after the last campaign
        first = max(first, previous[1] + dt.timedelta(days=1))
    events: list[tuple[dt.datetime, int, str]] = []
    start = dt.datetime.combine(first, dt.time(9, 0))
    events.append((start, 5, "stock|"))
    with desk.db.read() as s:
        stays = s.execute(select(Stay.case_no, Stay.arrived_at, Stay.source).where(
            Stay.arrived_at >= start)).all()
    for case_no, arrived, source in stays:
        if source == Source.HOTLINE.value:
            events.append((arrived - dt.timedelta(minutes=rng.randint(50, 100)), 5,
                           f"call|{case_no}"))
        elif source == Source.STREET_PATROL.value:
            events.append((arrived - dt.timedelta(minutes=rng.randint(40, 90)), 5,
                           f"patrol|{case_no}"))
    day = first
    while day <= now.date():
        if rng.random() < 0.15:
            events.append((dt.datetime.combine(day, dt.time(7, 30)), 5, "cold|"))
        if day.weekday() in (0, 2, 4):
            events.append((dt.datetime.combine(day, dt.time(20, rng.randint(0, 40))), 5,
                           "patrol|"))
        for _ in range(rng.choice((0, 1, 1, 2))):
            events.append((dt.datetime.combine(day, dt.time(rng.randint(0, 23),
                                                            rng.randint(0, 59))), 5, "call|"))
        day += dt.timedelta(days=1)
    return events


def _outreach_event(desk: Desk, rng: random.Random, event: str,
                    staff: dict[str, Officer]) -> None:
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.domain.models import HotlineCall, PatrolContact
    from rescue_desk.domain.outreach import CallAction, ContactOutcome
    from rescue_desk.services.outreach import (
        CallForm,
        ContactForm,
        OutreachService,
        PatrolForm,
    )

    what, case_no = event.split("|")
    desk.officer = staff.get("zhiban3") or desk.officer
    outreach = OutreachService(desk)
    now = desk.now()
    try:
        if what == "stock":
            for item in outreach.stock():
                outreach.receive(item.id, rng.choice((60, 80, 100, 150)), source="市民政局调拨")
        elif what == "cold":
            outreach.set_cold_wave(now.date(), True)
            outreach.hand_out(next(i.id for i in outreach.stock() if i.name == "棉被"),
                              rng.randint(5, 15), relief_point="火车站临时避寒点")
        elif what == "call":
            far = rng.random() < 0.2
            sent = bool(case_no) or rng.random() < 0.6
            late = rng.random() < 0.3
            minutes = rng.randint(35, 80) if late else rng.randint(12, 29 if not far else 55)
            arrived = now + dt.timedelta(minutes=minutes) if sent else None
            call = outreach.record_call(CallForm(
                now, rng.choice(_CALL_PLACES), CallAction.TEAM_SENT if sent
                else rng.choice((CallAction.ADVICE, CallAction.POLICE)),
                caller=person_name(rng, rng.choice("MF")), caller_phone=mobile_number(rng),
                person=rng.choice(_CALL_PEOPLE), far=far, team="救助一组" if sent else "",
                arrived_at=min(arrived, now) if arrived and arrived <= now else None,
                result="已接回站" if case_no else "劝导后发放棉衣" if sent else "电话指引"))
            if arrived is not None and arrived > now:
                saved = desk.clock
                desk.clock = lambda: arrived
                try:
                    # the call as recorded (read directly: the service's list of the day's
                    # calls looks up every case number, slow beside a bulk history)
                    with desk.db.read() as s:
                        row = s.get(HotlineCall, call)
                        if row is not None:
                            row = CallForm(row.called_at, row.place, CallAction(row.action),
                                           caller=row.caller, caller_phone=row.caller_phone,
                                           person=row.person, far=row.far, team=row.team,
                                           arrived_at=arrived, result=row.result)
                    if row is not None:
                        outreach.update_call(call, row)
                    if case_no:
                        desk.officer = staff.get("jiedai1") or desk.officer
                        outreach.link_call(call, case_no)
                finally:
                    desk.clock = saved
        elif what == "patrol":
            contacts = []
            if case_no:
                contacts.append(ContactForm("随车回站", ContactOutcome.CAME_IN,
                                            rng.choice(_CALL_PLACES), case_no))
            for _ in range(rng.randint(0, 3)):
                contacts.append(ContactForm(
                    rng.choice(("男，约 60 岁", "男，约 45 岁", "女，约 50 岁")) + "，"
                    + rng.choice(("在桥下过夜", "在通道里睡觉", "在候车厅逗留")),
                    ContactOutcome.REFUSED_HELPED, rng.choice(_CALL_PLACES),
                    follow_up="次日再去看望"))
            patrol = outreach.record_patrol(PatrolForm(
                now, "救助一组：" + "、".join(person_name(rng, "M") for _ in range(2)), 2,
                "救助专用车", "火车站—人民桥—滨江路—中山公园",
                tuple(rng.sample(outreach.places(), 3)), contacts=tuple(contacts)))
            with desk.db.read() as s:  # the people met, as recorded
                met = s.execute(select(PatrolContact.id, PatrolContact.outcome).where(
                    PatrolContact.patrol_id == patrol).order_by(PatrolContact.id)).all()
            items = {i.name: i.id for i in outreach.stock()}
            for contact_id, outcome in met:
                if outcome == ContactOutcome.REFUSED_HELPED.value:
                    for name in ("棉大衣", "食品包"):
                        outreach.hand_out(items[name], 1, contact_id=contact_id)
    except DeskError:
        return


def _previous_campaign(desk: Desk, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The last whole campaign before ``today``'s (or, out of season, the last one that ended),
    by the station's rules; None when the rules give no campaign in the year before."""
    from rescue_desk.domain.outreach import campaign_of
    from rescue_desk.services.settings import SettingsService

    settings = SettingsService(desk)
    start, end = str(settings.get("campaign_start")), str(settings.get("campaign_end"))
    current = campaign_of(today, start, end)
    day = (current[0] if current else today) - dt.timedelta(days=1)
    for _ in range(370):
        found = campaign_of(day, start, end)
        if found is not None:
            return found
        day -= dt.timedelta(days=1)
    return None


_NIGHT_HOURS = (19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6)


def _winter_events(desk: Desk, rng: random.Random,
                   now: dt.datetime) -> list[tuple[dt.datetime, int, str]]:
    """The whole previous winter campaign (order 6): stock received at its start and again in
    mid-winter, cold spells (about 15 % of its days), street patrols on Monday, Wednesday and
    Friday and every day of a cold spell, and hotline calls, more of them on cold days. The
    demo's stays go back 90 days at most, so none of it leads to a stay: calls end in advice,
    a team sent, the police or an ambulance, and the people met on patrols stay out, are
    referred or leave. Skipped when the database already has outreach in that campaign (an
    earlier fill)."""
    from rescue_desk.domain.models import HotlineCall, Patrol

    previous = _previous_campaign(desk, now.date())
    if previous is None:
        return []
    first, last = previous
    with desk.db.read() as s:
        if s.execute(select(Patrol.id).where(Patrol.day >= first, Patrol.day <= last)
                     .limit(1)).first() or s.execute(select(HotlineCall.id).where(
                         HotlineCall.called_at >= dt.datetime.combine(first, dt.time.min),
                         HotlineCall.called_at <= dt.datetime.combine(last, dt.time.max))
                         .limit(1)).first():
            return []
    events = [(dt.datetime.combine(first, dt.time(7, 0)), 6, "stock|"),
              (dt.datetime.combine(first + (last - first) // 2, dt.time(9, 30)), 6, "restock|")]
    length = (last - first).days + 1
    cold_days: set[dt.date] = set()
    while len(cold_days) < round(0.15 * length):  # cold spells of two to four days
        start = first + dt.timedelta(days=rng.randrange(length))
        cold_days.update(d for d in (start + dt.timedelta(days=k)
                                     for k in range(rng.randint(2, 4))) if d <= last)
    day = first
    while day <= last:
        cold = day in cold_days
        if cold:
            events.append((dt.datetime.combine(day, dt.time(7, 30)), 6, "cold|"))
        if cold or day.weekday() in (0, 2, 4):
            events.append((dt.datetime.combine(day, dt.time(20, rng.randint(0, 40))), 6,
                           "patrol|"))
        for _ in range(rng.choice((0, 1, 1, 1)) + cold):  # most on cold nights
            hour = rng.choice(_NIGHT_HOURS) if rng.random() < 0.75 else rng.randint(8, 19)
            events.append((dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59))), 6,
                           "call|"))
        day += dt.timedelta(days=1)
    return [e for e in events if e[0] < now - dt.timedelta(hours=2)]  # teams back by now


_RELIEF_POINTS = ("火车站临时避寒点", "人民桥临时避寒点", "汽车客运站避寒点", "中山公园救助点")
_DONORS = ("市民政局调拨", "市慈善总会捐赠", "爱心企业捐赠", "区民政局调拨")
_MET = (("男，约 60 岁", "男，约 45 岁", "女，约 50 岁", "男，约 70 岁", "男，约 35 岁"),
        ("在桥下过夜", "在通道里睡觉", "在候车厅逗留", "在公园长椅上躺着", "在商铺门口避风"))
_CONTACT_OUTCOMES = {  # outcome: weight, follow-ups (nobody came in: no stay of that winter)
    "refused_helped": (60, ("次日再去看望", "已告知求助热线号码", "留下棉被，夜里再去一次")),
    "referred": (25, ("转介社区网格员跟进", "联系 120 送医", "交辖区派出所协助查找家属")),
    "other": (15, ("有住处，劝其早归", "已自行离开", "")),
}
_CALL_RESULTS = {
    "team_sent": ("劝导后发放棉衣", "送至临时避寒点", "到场时对方已离开", "发放食品包和棉被"),
    "advice": ("电话指引至临时避寒点", "告知救助站地址和乘车路线"),
    "police": ("已转辖区派出所处置", "民警到场后护送至避寒点"),
    "ambulance": ("已联系 120 送医", "120 到场后送市第一人民医院"),
}


def _top_up(outreach, rng: random.Random) -> dict[str, int]:
    """Stock received for every item at or below its low level (the station never runs out);
    returns the items by name."""
    items = {}
    for item in outreach.stock():
        if item.stock <= item.low_level:
            outreach.receive(item.id, rng.choice((100, 150, 200)), source=rng.choice(_DONORS))
        items[item.name] = item.id
    return items


def _winter_event(desk: Desk, rng: random.Random, event: str,
                  staff: dict[str, Officer]) -> None:
    """One outreach event of the previous winter, as the duty officer records it."""
    from rescue_desk.domain.errors import DeskError
    from rescue_desk.domain.models import Patrol, PatrolContact
    from rescue_desk.domain.outreach import CallAction, ContactOutcome
    from rescue_desk.services.outreach import (
        CallForm,
        ContactForm,
        OutreachService,
        PatrolForm,
    )

    what = event.split("|")[0]
    desk.officer = staff.get(rng.choice(("zhiban1", "zhiban3"))) or desk.officer
    outreach = OutreachService(desk)
    now = desk.now()
    try:
        if what in ("stock", "restock"):
            for item in outreach.stock():
                outreach.receive(item.id, rng.choice((80, 100, 150, 200)),
                                 source="市民政局调拨" if what == "stock" else rng.choice(_DONORS))
        elif what == "cold":
            outreach.set_cold_wave(now.date(), True)
            items = _top_up(outreach, rng)
            point = rng.choice(_RELIEF_POINTS)
            for name, count in (("棉被", rng.randint(5, 15)), ("食品包", rng.randint(10, 30))):
                if name in items:
                    outreach.hand_out(items[name], count, relief_point=point)
        elif what == "call":
            action = rng.choices((CallAction.TEAM_SENT, CallAction.ADVICE, CallAction.POLICE,
                                  CallAction.AMBULANCE), weights=(55, 20, 15, 10))[0]
            far = rng.random() < 0.2
            arrived = None
            if action == CallAction.TEAM_SENT:
                late = rng.random() < 0.25
                arrived = now + dt.timedelta(minutes=rng.randint(35, 80) if late else
                                             rng.randint(12, 55 if far else 29))
                desk.clock = lambda: arrived  # recorded when the team reports back
            outreach.record_call(CallForm(
                now, rng.choice(_CALL_PLACES), action,
                caller=person_name(rng, rng.choice("MF")), caller_phone=mobile_number(rng),
                person=rng.choice(_CALL_PEOPLE), far=far,
                team=rng.choice(("救助一组", "救助二组")) if arrived else "",
                arrived_at=arrived, result=rng.choice(_CALL_RESULTS[action.value])))
        elif what == "patrol":
            items = _top_up(outreach, rng)
            places = outreach.places()
            outcomes = list(_CONTACT_OUTCOMES)
            weights = [_CONTACT_OUTCOMES[o][0] for o in outcomes]
            contacts = []
            for _ in range(rng.randint(1, 3)):
                outcome = rng.choices(outcomes, weights=weights)[0]
                contacts.append(ContactForm(
                    rng.choice(_MET[0]) + "，" + rng.choice(_MET[1]), ContactOutcome(outcome),
                    rng.choice(_CALL_PLACES),
                    follow_up=rng.choice(_CONTACT_OUTCOMES[outcome][1])))
            patrol = outreach.record_patrol(PatrolForm(
                now, rng.choice(("救助一组：", "救助二组："))
                + "、".join(person_name(rng, "M") for _ in range(2)), 2, "救助专用车",
                "火车站—人民桥—滨江路—中山公园",
                tuple(rng.sample(places, min(3, len(places)))), contacts=tuple(contacts)))
            with desk.db.read() as s:
                cold = s.get(Patrol, patrol).cold_wave
                helped = list(s.execute(select(PatrolContact.id).where(
                    PatrolContact.patrol_id == patrol,
                    PatrolContact.outcome == ContactOutcome.REFUSED_HELPED.value)
                    .order_by(PatrolContact.id)).scalars())
            for contact in helped:
                names = ["棉大衣", "食品包"] + ([rng.choice(("保暖内衣", "手套帽子"))] if cold
                                              else [])
                for name in names:
                    if name in items:
                        outreach.hand_out(items[name], 1, contact_id=contact)
    except DeskError:
        return  # as at the desk: a refused entry is not made (test_demo_winter checks that
        # the previous winter still has its patrols, calls and handouts)
