"""A receivables ledger (应收台账) as a finance department keeps one, built for the tests.

A title above the header; the contract's customer, owner, sign date and contract amount on its
first row only; amounts typed as text; a row paid in full by a date alone, a paid amount
without a date, a disputed and an invoiced instalment; the same new customer written with and
without 有限公司; a totals row.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.unit.importing_fixtures import write_xlsx

HEADER = ["序号", "合同编号", "客户名称", "负责人", "签订日期", "合同金额", "期次", "应收日期",
          "应收金额", "实收金额", "到账日期", "回款方式", "开票", "争议"]
AS_OF = date(2026, 4, 19)
NEW_CUSTOMER = "新客户甲有限公司"
ROWS = [
    [1, "HT-1", "客户0", "张三", "2026-01-05", "1,000", "第1期", "2026-01-31", 300, 300,
     "2026/2/10", "银行转账", "已开票", None],
    [2, "HT-1", None, None, None, None, "第2期", "2026/3/31", "¥700.00", None, None, None,
     "未开票", "是"],
    [3, "HT-2", NEW_CUSTOMER, "王五", "2026年2月1日", None, None, "2026-02-15", "500", None,
     "2026-03-01", "微信", None, None],
    [4, "HT-3", "新客户甲", None, "2026-04-01", 88.88, "1 质保金", "2026-05-01", 88.88, 40,
     None, None, None, None],
    ["合计", None, None, None, None, None, None, None, 1588.88, 340, None, None, None, None],
]
#: Receivables as of AS_OF: (contract, seq, open amount, days overdue, bucket)
OPEN_AS_OF = [("HT-1", 2, Decimal("700.00"), 19, "1-30"),
              ("HT-3", 1, Decimal("48.88"), 0, "current")]
#: Receivables as of 2026-02-05 (HT-3 is not signed yet)
OPEN_FEB = [("HT-1", 1, Decimal("300.00"), 5, "1-30"), ("HT-2", 1, Decimal("500.00"), 0,
                                                        "current"),
            ("HT-1", 2, Decimal("700.00"), 0, "current")]


def write_ledger(path: Path, rows: list[list[object]] | None = None) -> Path:
    """The ledger workbook (``rows`` instead of :data:`ROWS` if given)."""
    return write_xlsx(path, [["2026年应收账款台账（财务部）"], [], HEADER, *(rows or ROWS)])
