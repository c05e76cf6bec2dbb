"""A realistic demo station, made through the program's own services (never written directly).

Names follow the real distribution of Chinese surnames; every officer of the demo station has the
password ``demo1234``.
"""

from __future__ import annotations

import dataclasses
import random

from sqlalchemy import select

from rescue_desk.domain.models import Station, User
from rescue_desk.domain.roles import Permission, Role
from rescue_desk.services import audit
from rescue_desk.services.accounts import AccountService, NewUser
from rescue_desk.services.desk import Desk

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


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    station: str
    officers_added: int


def person_name(rng: random.Random, sex: str) -> str:
    """A realistic Chinese name: a weighted surname and one or two given characters."""
    surnames, weights = zip(*SURNAMES, strict=True)
    surname = rng.choices(surnames, weights=weights)[0]
    pool = GIVEN_MALE if sex == "M" else GIVEN_FEMALE
    given = "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2))))
    return surname + given


def mobile_number(rng: random.Random) -> str:
    return rng.choice(("138", "139", "151", "158", "186", "187", "135")) + "".join(
        str(rng.randrange(10)) for _ in range(8)
    )


def fill_demo(desk: Desk, *, people: int = 0, seed: int = 1) -> DemoSummary:
    """Make this database a demo station with a full staff, through the services."""
    rng = random.Random(seed)
    accounts = AccountService(desk)
    station = accounts.station()
    if station is None:
        admin = accounts.set_up_station(
            name=DEMO_STATION, hotline="0571-87654321", address="演示市滨江路 88 号",
            region_code="330100", is_demo=True,
            admin=NewUser("admin", person_name(rng, "M"), "M", DEMO_PASSWORD,
                          frozenset({Role.ADMIN}), mobile_number(rng)),
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
    name = accounts.station().name
    return DemoSummary(name, added)
