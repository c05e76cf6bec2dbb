"""Intake forms: the A4 registration form (求助登记表), the 80 mm intake slip and the refusal
notice (不予救助通知书). Chinese paper forms built from the intake service's ``StayRecord``; each
carries the QR code ``RD:STAY:<case number>``."""

from __future__ import annotations

import functools
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from rescue_desk.domain.errors import QT_TRANSLATE_NOOP, DeskError
from rescue_desk.printing.page import (
    COPY_ARCHIVE,
    COPY_PERSON,
    LEADER_SIGNATURE,
    OFFICER_SIGNATURE,
    PERSON_SIGNATURE,
    PORTRAIT,
    RECEIPT_CONTENT_WIDTH,
    FormHeader,
    PrintContext,
    copy_label,
    form_grid,
    grid_table,
    receipt_styles,
    signature_line,
    styles,
    timestamp,
    write_a4,
    write_receipt,
)
from rescue_desk.printing.qr import payload
from rescue_desk.services.intake import StayRecord

#: Printed wording (paper is Chinese).
SEX_TEXT = {"M": "男", "F": "女", "U": "不详"}
SOURCE_TEXT = {
    "walk_in": "自行求助", "police": "公安护送", "city_management": "城管护送",
    "street_patrol": "街面巡查", "hotline": "热线求助", "hospital": "医院转入",
    "other_station": "外站转入", "other": "其他",
}
ID_TYPE_TEXT = {
    "none": "无证件", "resident_id": "居民身份证", "household_book": "户口簿",
    "hk_macao": "港澳居民来往内地通行证", "taiwan": "台湾居民来往大陆通行证", "passport": "护照",
    "other": "其他证件",
}
WELFARE_TEXT = {"none": "无", "dibao": "低保", "wubao": "五保/特困", "unknown": "不详"}
INSPECTION_TEXT = (
    ("injury", "外伤"), ("disability", "残疾"), ("mental", "疑似精神障碍"),
    ("infectious", "疑似传染病"), ("drunk", "醉酒"), ("critical", "危重病"),
    ("minor", "疑似未成年人"),
)
OUTCOME_TEXT = {
    "admit": "予以救助", "hospital_first": "先救治后救助", "police": "移交公安",
    "refuse": "不予救助",
}
BASIS_TEXT = {"birth_date": "", "stated": "（本人所述）", "estimated": "（目测）"}


class NotRefused(DeskError):
    code = "not_refused"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Case {case_no} was not refused, so it has no refusal notice.")


def _header(title: str, record: StayRecord) -> FormHeader:
    return FormHeader(title, record.case_no, "救助编号", payload("STAY", record.case_no))


def _age(record: StayRecord) -> str:
    if record.age is None:
        return ""
    return f"{record.age} 岁{BASIS_TEXT.get(record.age_basis, '')}"


def _name(record: StayRecord) -> str:
    if record.unknown_no:
        return f"{record.unknown_no}（姓名不详）"
    return record.name


def _text(value: str) -> str | None:
    return value or None


def registration_form(record: StayRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """求助登记表 (A4). The form requires the full ID number: pass a record made with
    ``full_id=True``."""
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width
    grid = functools.partial(form_grid, width=width, st=st, min_row_height=6.5 * mm)
    story: list = [st.bold("一、基本情况"), grid([
        ("姓名", _name(record)), ("别名", _text(record.alias)),
        ("性别", SEX_TEXT.get(record.sex, "")), ("民族", _text(record.ethnicity)),
        ("出生日期", f"{record.birth_date:%Y-%m-%d}" if record.birth_date else None),
        ("年龄", _age(record) or None),
        ("证件类型", ID_TYPE_TEXT.get(record.id_type, "")),
        ("证件号码", _text(record.id_number_shown)),
        ("户籍地", _text(record.hukou_place)), ("居住地", _text(record.residence)),
        ("低保/五保", WELFARE_TEXT.get(record.welfare, "")), ("联系电话", _text(record.phone)),
    ]), Spacer(1, 2 * mm), st.bold("二、体貌特征"), grid([
        ("身高", f"{record.height_cm} 厘米" if record.height_cm else None),
        ("体型", _text(record.build)), ("体表特征", _text(record.marks)),
        ("衣着", _text(record.clothing)), ("口音/方言", _text(record.dialect)),
        ("指纹采集", "已采集" if record.fingerprints_taken else "未采集"),
    ]), Spacer(1, 2 * mm), st.bold("三、求助情况"), grid([
        ("来源", SOURCE_TEXT.get(record.source, "")), ("到站时间", timestamp(record.arrived_at)),
        ("护送单位", _text(record.escort_unit)), ("护送人员", _text(record.escort_officers)),
        ("警号", _text(record.escort_badges)), ("护送人电话", _text(record.escort_phone)),
        ("发现地点", _text(record.found_place)),
        ("发现时间", timestamp(record.found_at) if record.found_at else None),
        ("求助原因", _text(record.vagrancy_reason)), ("流浪时长", _text(record.vagrancy_length)),
        ("流浪经历", _text(record.vagrancy_history)), ("救助需求", _text(record.needs)),
    ]), Spacer(1, 2 * mm), st.bold("四、亲属及联系人")]
    contacts: list[list] = [["姓名", "关系", "电话", "地址"]]
    contacts += [[c.name or None, c.relation or None, c.phone or None, c.address or None]
                 for c in record.contacts]
    contacts += [[None] * 4 for _ in range(max(0, 2 - len(record.contacts)))]
    story.append(grid_table(contacts, [30 * mm, 22 * mm, 36 * mm, width - 88 * mm], st,
                            min_row_height=6.5 * mm))
    story += [Spacer(1, 2 * mm), st.bold("五、初步检视")]
    flags = "　".join(("√" if key in record.inspection else "□") + text
                     for key, text in INSPECTION_TEXT)
    rows = [("检视所见", flags), ("检视说明", _text(record.inspection_note)),
            ("处理结果", OUTCOME_TEXT.get(record.outcome, "")),
            ("原因", _text(record.outcome_reason))]
    if record.readmission_days is not None:
        rows.append(("再次求助", f"离站 {record.readmission_days} 天后再次求助；决定："
                     f"{record.readmission_decision}"))
    if record.id_warning_reason:
        rows.append(("证件核对", f"证件号码提示已确认，原因：{record.id_warning_reason}"))
    story.append(grid(rows, per_row=1))
    story += [Spacer(1, 3 * mm), signature_line(st, PERSON_SIGNATURE),
              signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE)]
    return write_a4(stream, ctx, _header("求助登记表", record), story)


def intake_slip(record: StayRecord, ctx: PrintContext, stream: BinaryIO) -> float:
    """登记小票 (80 mm roll): case number, who, when, area and bed, bags, the station."""
    st = receipt_styles(ctx)
    width = RECEIPT_CONTENT_WIDTH
    bags = "、".join(record.bag_numbers) or None
    rows = [
        ("姓名", record.display_name), ("性别", SEX_TEXT.get(record.sex, "")),
        ("年龄", _age(record) or None), ("到站", timestamp(record.arrived_at)),
        ("区域床位", _text(record.bed)), ("物品袋号", bags),
    ]
    if record.id_number_shown:
        rows.insert(3, ("证件", record.id_number_shown))
    story = [form_grid(rows, width, st, per_row=1, label_width=17 * mm, min_row_height=6 * mm)]
    return write_receipt(stream, ctx, _header("登记小票", record), story)


def _notice_copy(record: StayRecord, ctx: PrintContext, copy: str, st) -> list:
    date = f"{record.arrived_at:%Y年%m月%d日}"
    return [
        copy_label(st, copy), Spacer(1, 6 * mm),
        st.para(f"{record.display_name}：", st.body), Spacer(1, 3 * mm),
        st.para(f"　　你于{date}到本站求助。经询问和核查，因{record.outcome_reason}，"
                "根据《城市生活无着的流浪乞讨人员救助管理办法》及其《实施细则》的规定，"
                "本站决定对你不予救助。"),
        Spacer(1, 2 * mm),
        st.para("　　如你的情况发生变化，符合救助条件的，可以再次向本站或其他救助管理机构求助。"
                "对本决定如有异议，可向本站或主管民政部门反映。"),
        Spacer(1, 2 * mm),
        st.para(f"　　本站求助电话：{ctx.station_hotline or record.station_hotline}"),
        Spacer(1, 10 * mm),
        signature_line(st, PERSON_SIGNATURE),
        signature_line(st, OFFICER_SIGNATURE, LEADER_SIGNATURE),
        Spacer(1, 6 * mm),
        st.para(f"{ctx.station_name or record.station_name}（盖章）", st.right),
        st.para(f"{record.arrived_at:%Y年%m月%d日}", st.right),
    ]


def refusal_notice(record: StayRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """不予救助通知书 (A4, two copies: the person's and the station's)."""
    if record.outcome != "refuse":
        raise NotRefused(case_no=record.case_no)
    st = styles(ctx.fonts(), size=12)
    story = _notice_copy(record, ctx, COPY_PERSON, st) + [PageBreak()] + \
        _notice_copy(record, ctx, COPY_ARCHIVE, st)
    return write_a4(stream, ctx, _header("不予救助通知书", record), story)


#: The forms of a stay by key (CLI ``print KIND``; the desk's print buttons).
FORMS = {"intake": intake_slip, "registration": registration_form, "refusal": refusal_notice}
#: Forms that require the full ID number.
FULL_ID_FORMS = frozenset({"registration"})
