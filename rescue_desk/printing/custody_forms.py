"""Custody forms: the belongings receipt (two copies, with the return section), bag tags, the
security-check record and the disposal record of unclaimed items. Chinese paper forms built
from the custody service's records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from rescue_desk.domain.money import capitals, figures
from rescue_desk.printing.page import (
    COPY_ARCHIVE,
    COPY_PERSON,
    LABEL_SIZE,
    LEADER_SIGNATURE,
    OFFICER_SIGNATURE,
    PERSON_SIGNATURE,
    PORTRAIT,
    FormHeader,
    Label,
    PrintContext,
    copy_label,
    form_grid,
    grid_table,
    signature_line,
    styles,
    timestamp,
    write_a4,
    write_labels,
)
from rescue_desk.printing.qr import payload
from rescue_desk.services.custody import BagRow, CustodyRecord, DisposalRecord, StoredItemRow

#: Printed wording of item kinds, dispositions and item states (paper is Chinese).
KIND_TEXT = {
    "id_document": "身份证件", "cash": "现金", "phone": "手机", "valuable": "贵重物品",
    "medicine": "药品", "weapon": "管制刀具/器械", "dangerous": "易燃易爆/有毒物品",
    "perishable": "易腐食品", "clothing": "衣物被褥", "documents": "票据证明", "other": "其他",
}
DISPOSITION_TEXT = {
    "held": "代保管", "police": "移交公安", "on_the_spot": "当场处理",
    "medicine_staff": "药品由工作人员保管", "destroyed": "销毁", "kept_by_person": "本人自行保管",
}
STATE_TEXT = {
    "in_store": "在库", "out_with_person": "临时取出", "to_hospital": "随人送医",
    "to_police": "移交公安", "returned": "已领回", "missing": "缺失", "disposed": "已处置",
}
SEX_TEXT = {"M": "男", "F": "女", "U": "不详"}
SECOND_COUNTER = (("复点人：", 35 * mm),)
CHECKER = (("检查人：", 35 * mm),)
REVIEWER = (("复核人：", 35 * mm),)


def _item_detail(item: StoredItemRow) -> str:
    parts = [item.condition]
    if item.serial:
        parts.append(f"串号 {item.serial}")
    if item.seal_no:
        parts.append(f"封条号 {item.seal_no}")
    if item.cash_fen is not None:
        parts.append(f"{figures(item.cash_fen)}（{capitals(item.cash_fen)}）")
    return "；".join(p for p in parts if p)


def _receipt_copy(record: CustodyRecord, ctx: PrintContext, copy: str, st, width) -> list:
    story: list = [copy_label(st, copy), Spacer(1, 3 * mm)]
    bags = "、".join(f"{b.bag_no}（{b.location}）" for b in record.bags) or None
    story.append(form_grid([
        ("姓名", record.person_name), ("救助编号", record.case_no),
        ("性别", SEX_TEXT.get(record.person_sex, "")), ("到站时间", timestamp(record.arrived_at)),
        ("证件号码", record.id_number_shown or None), ("保管袋号", bags),
    ], width, st))
    story.append(Spacer(1, 4 * mm))
    rows: list[list] = [["序号", "袋号", "物品", "数量", "状况／串号／金额", "状态"]]
    items = [i for b in record.bags for i in b.items]
    for n, item in enumerate(items, start=1):
        rows.append([str(n), item.bag_no, f"{KIND_TEXT.get(item.kind, '')}：{item.description}",
                     str(item.quantity), _item_detail(item), STATE_TEXT.get(item.state, "")])
    for _ in range(max(0, 3 - len(items))):
        rows.append([None] * 6)
    story.append(grid_table(rows, [10 * mm, 24 * mm, 48 * mm, 12 * mm, 62 * mm, 24 * mm], st,
                            center_cols=(0, 3, 5)))
    story.append(Spacer(1, 3 * mm))
    cash = sum(i.cash_fen or 0 for i in items)
    story.append(st.para(
        f"现金合计：{figures(cash)}　大写：{capitals(cash)}" if cash else "现金合计：无"))
    counters = sorted({(i.counted_by, i.counted_by_second) for i in items if i.cash_fen})
    if counters:
        story.append(st.para("现金由两名工作人员当面清点："
                             + "；".join(f"{a}、{b}" for a, b in counters), st.small))
    story.append(st.para("以上物品经本人确认，由本站代为保管。身份证件由本人自行保管，本站不予扣留。",
                         st.small))
    story.append(signature_line(st, PERSON_SIGNATURE))
    story.append(signature_line(st, OFFICER_SIGNATURE, SECOND_COUNTER))
    story.append(Spacer(1, 5 * mm))
    story.append(st.bold("领回确认"))
    back = [["序号", "物品", "领回", "缺失及说明"]]
    for n, item in enumerate(items, start=1):
        returned = "√" if item.state == "returned" else "□"
        missing = item.settled_note if item.state == "missing" else None
        back.append([str(n), item.description, returned, missing])
    story.append(grid_table(back, [10 * mm, 70 * mm, 16 * mm, 84 * mm], st,
                            center_cols=(0, 2)))
    story.append(Spacer(1, 2 * mm))
    story.append(st.para("本人已如数领回上述物品（缺失部分已注明）。", st.small))
    story.append(signature_line(st, PERSON_SIGNATURE))
    story.append(signature_line(st, OFFICER_SIGNATURE))
    return story


def belongings_receipt(record: CustodyRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """物品代保管收据: two copies (the owner's and the station's), each with the return section
    that is signed when everything is counted back."""
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width
    story = _receipt_copy(record, ctx, COPY_PERSON, st, width)
    story.append(PageBreak())
    story += _receipt_copy(record, ctx, COPY_ARCHIVE, st, width)
    header = FormHeader("物品代保管收据", record.case_no, "救助编号",
                        payload("STAY", record.case_no))
    return write_a4(stream, ctx, header, story)


def bag_labels(bags: Sequence[BagRow], ctx: PrintContext, stream: BinaryIO,
               size: tuple[float, float] = LABEL_SIZE) -> None:
    """Bag tags: bag number, case number, name, date and place, and ``RD:BAG:<bag number>``."""
    labels = [Label("保管袋", bag.bag_no, payload("BAG", bag.bag_no), (
        bag.case_no, bag.person_name, f"{bag.created_at:%Y-%m-%d}　{bag.location}"))
        for bag in bags]
    write_labels(stream, ctx, labels, size=size)


def check_record(record: CustodyRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """安全检查登记表: the check, every item found and what was done with it."""
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width
    story: list = [form_grid([
        ("姓名", record.person_name), ("救助编号", record.case_no),
        ("性别", SEX_TEXT.get(record.person_sex, "")), ("到站时间", timestamp(record.arrived_at)),
        ("检查时间", timestamp(record.checked_at) if record.checked_at else None),
        ("人身检查人", record.body_checked_by or None),
        ("行李检查", ("已检查" if record.baggage_checked else "未检查") if record.checked
         else None),
        ("体温（°C）", record.temperature or None),
        ("拒绝检查", "是，救助终止" if record.refused else ("否" if record.checked else None)),
        ("登记人", record.recorded_by or None),
    ], width, st), Spacer(1, 3 * mm), st.para(f"检查情况：{record.notes}" if record.notes
                                               else "检查情况：")]
    story.append(Spacer(1, 3 * mm))
    rows: list[list] = [["序号", "物品", "数量", "处理方式", "移交／见证／说明"]]
    for n, item in enumerate(record.seized, start=1):
        details = []
        if item.disposition == "police":
            details.append(f"{item.police_unit} {item.police_officer}，"
                           f"回执 {item.police_receipt_no}")
        if item.witness:
            details.append(f"见证人 {item.witness}")
        if item.note:
            details.append(item.note)
        rows.append([str(n), f"{KIND_TEXT.get(item.kind, '')}：{item.description}",
                     str(item.quantity), DISPOSITION_TEXT.get(item.disposition, ""),
                     "；".join(details) or None])
    for _ in range(max(0, 4 - len(record.seized))):
        rows.append([None] * 5)
    story.append(grid_table(rows, [10 * mm, 56 * mm, 14 * mm, 36 * mm, 64 * mm], st,
                            center_cols=(0, 2)))
    story.append(Spacer(1, 4 * mm))
    story.append(signature_line(st, CHECKER, PERSON_SIGNATURE))
    story.append(signature_line(st, LEADER_SIGNATURE))
    header = FormHeader("安全检查登记表", record.case_no, "救助编号",
                        payload("STAY", record.case_no))
    return write_a4(stream, ctx, header, story)


def disposal_record(record: DisposalRecord, ctx: PrintContext, stream: BinaryIO) -> int:
    """无人认领物品处置记录: what two officers disposed of, after the retention period."""
    st = styles(ctx.fonts())
    width = PORTRAIT.content_width
    story: list = [form_grid([
        ("处置编号", record.disposal_no), ("处置时间", timestamp(record.at)),
        ("经办人", record.officer), ("复核人", record.second_officer),
        ("处置说明", record.note or None),
    ], width, st), Spacer(1, 4 * mm)]
    rows: list[list] = [["序号", "袋号", "救助编号", "姓名", "物品", "数量", "离站日期",
                         "保管期满"]]
    for n, due in enumerate(record.items, start=1):
        item = due.item
        rows.append([str(n), item.bag_no, due.case_no, due.person_name,
                     f"{KIND_TEXT.get(item.kind, '')}：{item.description}"
                     + (f"（{figures(item.cash_fen)}）" if item.cash_fen else ""),
                     str(item.quantity), f"{due.ended_at:%Y-%m-%d}", f"{due.due:%Y-%m-%d}"])
    story.append(grid_table(rows, [9 * mm, 22 * mm, 22 * mm, 20 * mm, 45 * mm, 11 * mm,
                                   26 * mm, 25 * mm], st, center_cols=(0, 5)))
    story.append(Spacer(1, 4 * mm))
    story.append(st.para("上述物品保管期满无人认领，经两名工作人员共同清点后处置。现金按规定上缴。",
                         st.small))
    story.append(signature_line(st, OFFICER_SIGNATURE, REVIEWER))
    story.append(signature_line(st, LEADER_SIGNATURE))
    header = FormHeader("无人认领物品处置记录", record.disposal_no, "处置编号",
                        payload("DISPOSAL", record.disposal_no))
    return write_a4(stream, ctx, header, story)
