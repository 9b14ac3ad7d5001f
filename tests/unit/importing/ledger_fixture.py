"""A customer ledger like the ones small firms keep (built here, never read from a sample file).

A title and an export date above the header, dates typed six ways — some without a year —,
formulas without a saved result in the notes column, a totals row, a repeated customer, bad
values in optional cells and, in three rows only, a bad required cell (the customer's name).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.unit.importing_fixtures import write_xlsx

HEADER = ["序号", "客户名称", "联系人", "手机", "行业", "所在地区", "客户来源", "负责人",
          "客户等级", "最近跟进时间", "累计成交金额", "备注"]
#: File row numbers of the rows whose required cell (客户名称) is bad.
BAD_REQUIRED_ROWS = (17, 18, 19)
#: Year-less dates in the ledger, by customer: (typed, month, day).
YEARLESS = {"杭州新世纪机械有限公司": ("3月15日", 3, 15),
            "宁波长江教育咨询有限公司": ("3/15", 3, 15),
            "合肥星辰电子有限公司": ("15-Mar", 3, 15),
            "南京安泰食品有限公司": ("12月31日", 12, 31),
            "温州海达贸易有限公司": ("1月8日", 1, 8)}


def _row(n: int, name: object, *, contact: object = "张娟", phone: object = "13800138000",
         tier: object = "A类", last: object = "2025/10/2", notes: object = "") -> list[object]:
    return [n, name, contact, phone, "制造业", "杭州", "展会", "王强", tier, last, "1.2万", notes]


def ledger_rows() -> list[list[object]]:
    """The sheet, top to bottom (data starts on file row 4)."""
    rows: list[list[object]] = [
        ["2025年华东区客户台账（销售部内部资料）"],
        ["导出日期：2025-12-31"],
        HEADER,
        _row(1, "合肥东方物流有限公司", last="2025/10/2"),                     # row 4
        _row(2, "南京博远物流股份有限公司", last="2025-10-14"),                 # row 5
        _row(3, "合肥德信医疗器械有限公司", last=datetime(2025, 6, 25, 9, 30)),  # row 6
        _row(4, "无锡永盛教育咨询有限公司", last="2025年11月9日"),              # row 7
        _row(5, "苏州金桥食品有限公司", last=45_800.0),                         # row 8: serial
    ]
    for i, (name, (typed, _m, _d)) in enumerate(YEARLESS.items(), start=6):
        rows.append(_row(i, name, last=typed))                                # rows 9-13
    rows += [
        # Optional cells that cannot be read: each is left empty, the row imports.
        _row(11, "上海东方贸易股份有限公司", phone="12345", tier="X级",
             notes='=B14&"需回访"'),                                          # row 14
        _row(12, "嘉兴华盛纺织有限公司", contact=True, last="下周"),             # row 15
        _row(13, "常州瑞丰机电有限公司", last="2月30日", notes="=1/0"),          # row 16
        # A bad required cell: the row is rejected.
        _row(14, "", contact="李磊"),                                          # row 17
        _row(15, "=C18&\"公司\""),                                             # row 18
        _row(16, "长" * 400),                                                  # row 19
        _row(17, "合肥东方物流有限公司 ", last=date(2025, 11, 1)),               # row 20: repeat
        ["合计", "", "", "", "", "", "", "", "", "", "=SUM(K4:K20)", ""],       # row 21
    ]
    return rows


def write_ledger(folder: Path, name: str = "客户台账_2025_华东.xlsx") -> Path:
    """The ledger as an .xlsx written by openpyxl (formulas carry no saved result)."""
    return write_xlsx(folder / name, ledger_rows())
