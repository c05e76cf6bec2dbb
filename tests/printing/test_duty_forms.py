"""The duty roster (week and month), the shift log with the handover, and the family-search
notice, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from rescue_desk.domain.duty import EntryKind
from rescue_desk.domain.roles import Role
from rescue_desk.printing import duty_forms
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.approval import Approval
from rescue_desk.services.beds import BedService
from rescue_desk.services.duty import DutyService
from rescue_desk.services.intake import IntakeService, PersonForm, StayForm
from tests.printing.printcheck import decode_qr, fonts_of, page_sizes, page_texts, pdf_of

MM = 72 / 25.4
#: The week of the conftest clock (Saturday 2026-11-28).
MON = dt.date(2026, 11, 23)
#: The day team and the night team: login → (name, phone).
DAY_TEAM = {
    "zhiban1": ("孙强", "13900000011"), "zhiban2": ("吴丽", "13900000012"),
    "zhiban3": ("郑海", "13900000013"), "zhiban4": ("冯雪", "13900000014"),
    "zhiban5": ("陈刚", "13900000015"), "zhiban6": ("褚红梅", "13900000016"),
}
NIGHT_TEAM = {
    "zhiban7": ("卫东", "13900000017"), "zhiban8": ("蒋丽丽", "13900000018"),
    "zhiban9": ("沈阳光", "13900000019"), "zhiban10": ("韩冰", "13900000020"),
    "zhiban11": ("杨帆", "13900000021"), "zhiban12": ("朱小军", "13900000022"),
}


def flat(text: str) -> str:
    return "".join(text.split())


def login(desk, cred) -> None:
    AccountService(desk).login(cred.login, cred.password)


@pytest.fixture
def staff(station_desk, add_officer):
    """The leaders on duty and twelve duty officers, all with phone numbers."""
    out = {
        "leader": add_officer("daiban", {Role.LEADER_ON_DUTY}, name="周明", sex="M",
                              phone="13900000001"),
        "leader2": add_officer("daiban2", {Role.LEADER_ON_DUTY}, name="欧阳文静",
                               phone="13900000002"),
    }
    for login_name, (name, phone) in (DAY_TEAM | NIGHT_TEAM).items():
        out[login_name] = add_officer(login_name, {Role.DUTY_OFFICER, Role.FRONT_DESK},
                                      name=name, phone=phone)
    return out


@pytest.fixture
def duty(station_desk, staff):
    """A medium station (12 areas: 17 posts a shift)."""
    BedService(station_desk).apply_template("medium")
    return DutyService(station_desk)


@pytest.fixture
def week(duty, staff):
    """A week of both shifts, six posts each staffed by its team in turn (the other posts
    blank); 卫东 on two posts on Monday night with 孙强 of the day team beside him, 卫东 again
    on the hotline on Tuesday morning, and no leader on Sunday night. Returns the roster
    view."""
    names = {n: code for code, (n, _) in (DAY_TEAM | NIGHT_TEAM).items()}
    posts = {name: code for code, name in duty.posts()}
    plan = {
        "day": (list(DAY_TEAM), ["接待登记", "安检", "男宿一区", "女宿区", "求助热线", "司机"]),
        "night": (list(NIGHT_TEAM), ["接待登记", "安检", "男宿一区", "女宿区", "医疗观察区（男）",
                                     "求助热线"]),
    }
    for n in range(7):
        day = MON + dt.timedelta(days=n)
        duty.set_slot(day, "day", "leader", ["daiban"])
        if n < 6:
            duty.set_slot(day, "night", "leader", ["daiban2"])
        for shift, (team, shift_posts) in plan.items():
            for p, post in enumerate(shift_posts):
                duty.set_slot(day, shift, posts[post], [team[(n + p) % len(team)]])
    duty.set_slot(MON, "night", posts["接待登记"], [names["卫东"]])
    duty.set_slot(MON, "night", posts["安检"], [names["卫东"], names["孙强"]])
    duty.set_slot(MON + dt.timedelta(days=1), "day", posts["求助热线"], [names["卫东"]])
    return duty.roster(MON, MON + dt.timedelta(days=6))


# -- text with its place on the page -------------------------------------------------------------


def fragments(pdf: bytes) -> list[tuple[int, float, float, str]]:
    """(page, x, y, text) of every text run the PDF draws."""
    found: list[tuple[int, float, float, str]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text, cm, tm, _font, _size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((number, x, y, text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def roster_cells(pdf: bytes, name: str) -> set[tuple[str, str, str]]:
    """(day ``11-23``, shift name, post name) of every cell of the roster that shows ``name``:
    the day is the header nearest in x, the post the label nearest in y on the same page, the
    shift the block of that label (day shift first)."""
    runs = fragments(pdf)
    days = {(p, t): x for p, x, _y, t in runs if len(t) == 5 and t[2] == "-" and t[:2] == "11"}
    # the post column runs from 37 to 59 mm (left margin 15 mm, shift column 22 mm)
    posts = [(p, y, t) for p, x, y, t in runs if 37 * MM < x < 59 * MM]
    # the post labels in document order: the first run of labels belongs to the day shift
    seen: dict[str, int] = {}
    labelled: list[tuple[int, float, str, str]] = []
    for p, y, t in sorted(posts, key=lambda r: (r[0], -r[1])):
        seen[t] = seen.get(t, 0) + 1
        labelled.append((p, y, t, "白班" if seen[t] == 1 else "夜班"))
    cells = set()
    for p, x, y, t in runs:
        if t.rstrip("*") != name:
            continue
        day = min(((abs(x - dx), d) for (dp, d), dx in days.items() if dp == p), default=None)
        row = min(((abs(y - ly), lt, ls) for lp, ly, lt, ls in labelled if lp == p),
                  default=None)
        if day and row and row[0] < 12:
            cells.add((day[1], row[2], row[1]))
    return cells


# -- 值班表 --------------------------------------------------------------------------------------


def test_roster_week_puts_each_name_in_its_day_shift_and_post(week, ctx):
    pdf = pdf_of(lambda s: duty_forms.roster_week(week, ctx, s))
    width, height = page_sizes(pdf)[0]
    assert width > height  # landscape
    assert len(page_sizes(pdf)) <= 2  # 2 shifts × 17 posts
    text = flat("".join(page_texts(pdf)))
    assert "值班表" in text and "周一11-23" in text and "周日11-29" in text
    assert "13900000001" in text  # phone numbers under the names
    leader = roster_cells(pdf, "周明")
    assert ("11-23", "白班", "带班领导") in leader and ("11-29", "白班", "带班领导") in leader
    assert not any(shift == "夜班" for _, shift, _ in leader)
    night = roster_cells(pdf, "欧阳文静")
    assert ("11-28", "夜班", "带班领导") in night and not any(d == "11-29" for d, _, _ in night)
    wei = roster_cells(pdf, "卫东")
    assert {("11-23", "夜班", "接待登记"), ("11-23", "夜班", "安检"),
            ("11-24", "白班", "求助热线")} <= wei
    assert ("11-23", "夜班", "安检") in roster_cells(pdf, "孙强")
    assert ("11-25", "白班", "接待登记") in roster_cells(pdf, "郑海")  # day 2, post 0
    assert ("11-25", "夜班", "医疗观察区（男）") in roster_cells(pdf, "卫东")  # (2 + 4) % 6
    # the header row is repeated on the second page
    texts = [flat(t) for t in page_texts(pdf)]
    assert all("周一11-23" in t and "岗位" in t for t in texts)


def test_roster_week_names_the_conflicts_and_has_signatures(week, ctx):
    text = flat("".join(page_texts(pdf_of(lambda s: duty_forms.roster_week(week, ctx, s)))))
    assert "一人两岗：卫东11-23夜班" in text
    assert "无带班领导：11-29夜班" in text
    assert "休息不足：" in text and "孙强11-23夜班（间隔0小时）" in text
    assert "制表人" in text and "带班领导/站长审核" in text and "日期" in text


def test_roster_week_without_conflicts_leaves_the_other_posts_blank(duty, ctx, render):
    for n in range(7):
        duty.set_slot(MON + dt.timedelta(days=n), "day", "leader", ["daiban"])
        duty.set_slot(MON + dt.timedelta(days=n), "night", "leader", ["daiban2"])
    view = duty.roster(MON, MON + dt.timedelta(days=6))
    pdf = pdf_of(lambda s: duty_forms.roster_week(view, ctx, s))
    text = flat("".join(page_texts(pdf)))
    assert "排班冲突：无" in text and "*" not in text
    assert "孙强" not in text and text.count("周明") == 7
    assert decode_qr(render(pdf)[0]) == ["RD:ROSTER:2026-11-23"]


def test_roster_month_lists_days_down_and_shifts_across(week, duty, ctx):
    view = duty.roster(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    pdf = pdf_of(lambda s: duty_forms.roster_month(view, ctx, s))
    sizes = page_sizes(pdf)
    assert len(sizes) == 1 and sizes[0][0] > sizes[0][1]
    text = flat(page_texts(pdf)[0])
    assert "值班表（月度总览）" in text and "2026年11月" in text
    assert "11-01周日" in text and "11-30周一" in text
    assert "白班（08:00—20:00）" in text and "夜班（20:00—次日08:00）" in text
    # each day: the day shift's leader, then its officers, then the night shift's
    line = text[text.index("11-23周一"):text.index("11-24周二")]
    assert line.startswith("11-23周一周明") and "欧阳文静" in line and "孙强*" in line
    assert "一人两岗" in text
    empty = text[text.index("11-02周一"):text.index("11-03周二")]
    assert empty == "11-02周一（无）（无）"


# -- 值班记录及交接班记录 ------------------------------------------------------------------------


@pytest.fixture
def handed_over(duty, station_desk, staff, clock):
    """Tonight's shift kept by 孙强: an admission, a patrol, an incident and its correction, an
    open task; signed by 孙强 the next morning and acknowledged by 吴丽."""
    login(station_desk, staff["zhiban1"])
    key = duty.sign_in()
    intake = IntakeService(station_desk)
    case = intake.register(PersonForm(name="张三", sex="M", age=40), StayForm()).case_no
    beds = BedService(station_desk)
    beds.assign(case, beds.suggestion(case).bed_id)
    clock.advance(hours=1)
    duty.add_entry(EntryKind.PATROL, "", area="男宿一区", all_well=True)
    clock.advance(hours=2)
    incident = duty.add_entry(EntryKind.INCIDENT, "两人因床位争执", area="男宿一区",
                              incident="fight", people="张三、李四", action="劝开，调换床位")
    duty.correct(incident, "两人因床铺争执，未动手")
    duty.add_entry(EntryKind.TASK, "早上 9 点联系张三家属")
    clock.advance(hours=8)
    duty.sign_handover(key, keys="钥匙 3 把，封条 2 个，备用金 500 元", notes="热水器待修")
    clock.advance(minutes=10)
    duty.acknowledge(key, "zhiban2", staff["zhiban2"].password)
    return duty.shift(key), case


def test_shift_log_lists_entries_headcounts_and_the_handover(handed_over, ctx, render):
    view, case = handed_over
    pdf = pdf_of(lambda s: duty_forms.shift_log(view, ctx, s))
    width, height = page_sizes(pdf)[0]
    assert width < height  # portrait
    text = flat("".join(page_texts(pdf)))
    assert "值班记录及交接班记录" in text and "20261128-night（夜班）" in text
    assert "2026-11-2820:00至11-2908:00" in text
    assert "接班时交班时" in text and "男宿一区01" in text  # 0 at the start, 1 at the end
    assert "合计01" in text
    assert "巡查" in text and "巡查正常" in text
    assert "突发事件" in text and "【打架斗殴】两人因床位争执；涉及人员：张三、李四" in text
    number = next(n for n, e in enumerate(view.entries, start=1) if e.kind == EntryKind.INCIDENT)
    assert f"更正第{number}条：两人因床铺争执，未动手" in text
    assert "入站" in text and case in text and "22:05" in text and "11-2900:05" in text
    assert "钥匙3把，封条2个，备用金500元" in text and "热水器待修" in text
    assert "早上9点联系张三家属" in text
    assert "交班人孙强交班时间2026-11-2908:05" in text
    assert "接班人吴丽接班确认时间2026-11-2908:15" in text
    assert "交班人签字" in text and "接班人签字" in text and "带班领导" in text
    assert decode_qr(render(pdf)[0]) == ["RD:SHIFT:20261128-night"]


def test_shift_log_of_a_shift_closed_by_the_leader(duty, station_desk, staff, clock, ctx):
    login(station_desk, staff["zhiban1"])
    key = duty.sign_in()
    clock.advance(hours=10)
    duty.sign_handover(key, keys="钥匙 3 把")
    duty.close_without_incoming(key, Approval("接班人员因雪天晚到", "daiban",
                                              staff["leader"].password))
    view = duty.shift(key)
    text = flat("".join(page_texts(pdf_of(lambda s: duty_forms.shift_log(view, ctx, s)))))
    assert "本班未经接班人确认，由带班领导周明于2026-11-2907:05关闭。原因：接班人员因雪天晚到" \
        in text


def test_shift_log_of_an_open_shift_leaves_the_end_blank(duty, station_desk, staff, ctx):
    login(station_desk, staff["zhiban1"])
    view = duty.shift(duty.sign_in())
    text = flat("".join(page_texts(pdf_of(lambda s: duty_forms.shift_log(view, ctx, s)))))
    assert "值班中" in text and "清点人数" in text and "签到" in text
    assert "交班时间接班人" in text  # blank: nobody signed yet


# -- 寻亲公告 ------------------------------------------------------------------------------------


def jpeg(width: int = 300, height: int = 400) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 90, 60)).save(out, "JPEG")
    return out.getvalue()


def test_notice_of_an_unidentified_minor_names_the_approver(duty, station_desk, staff, ctx,
                                                            render):
    login(station_desk, staff["zhiban1"])
    case = IntakeService(station_desk).register(
        PersonForm(unknown=True, sex="M", age=12, height_cm=145, clothing="蓝色棉袄，黑色运动鞋",
                   marks="左眉有疤"),
        StayForm(found_place="朝阳区东三环桥下", found_at=dt.datetime(2026, 11, 28, 18, 30)),
    ).case_no
    record = duty.issue_notice(case, health="良好", mental_state="智力正常，能简单交流",
                               second="zhiban2", second_password=staff["zhiban2"].password)
    pdf = pdf_of(lambda s: duty_forms.search_notice(record, ctx, s))
    text = flat("".join(page_texts(pdf)))
    assert "寻亲公告" in text and record.notice_no in text
    assert "姓名姓名不详" in text and "性别男" in text and "年龄约12岁" in text
    assert "身高约145厘米" in text and "左眉有疤" in text and "蓝色棉袄" in text
    assert "智力正常，能简单交流" in text and "朝阳区东三环桥下" in text
    assert "2026年11月28日" in text and "无照片" in text
    assert "010-12345678" in text and "朝阳区救助路1号" in text
    assert "经审核：吴丽" in text and "发布人：孙强" in text
    assert all("/FontFile2" in font["descriptor"] for font in fonts_of(pdf))  # all embedded
    assert decode_qr(render(pdf)[0]) == [f"RD:STAY:{case}"]


def test_notice_with_a_photo_and_a_name(duty, station_desk, staff, ctx, render):
    login(station_desk, staff["zhiban1"])
    case = IntakeService(station_desk).register(
        PersonForm(name="赵大爷", sex="M", age=75, photo_jpeg=jpeg()), StayForm()).case_no
    record = duty.issue_notice(case, mental_state="记忆力差")
    pdf = pdf_of(lambda s: duty_forms.search_notice(record, ctx, s))
    text = flat("".join(page_texts(pdf)))
    assert "姓名赵大爷" in text and "无照片" not in text and "经审核" not in text
    page = render(pdf, dpi=50)[0]
    # the photo's brown fills a box at the top left, below the header
    w, h = page.size
    box = page.crop((int(w * 0.1), int(h * 0.25), int(w * 0.25), int(h * 0.4)))
    assert ImageStat.Stat(box).mean[0] < 140
