"""The CSV-injection guard Sailplan's own CSV files carry, and recognising those files.

A spreadsheet program runs a CSV cell starting with ``= + - @`` (or a tab or CR before one) as a
formula, so Sailplan's CSV export writes such text with a leading ``'`` (OWASP advice). The guard
is reversible: text that already starts with quotes followed by one of those characters gets one
more quote, so ``'=x`` (the user's own quote) is written ``''=x`` and read back as ``'=x``.

Only files Sailplan wrote get the guard removed on import: a CSV whose header row is exactly the
header row of a Sailplan export (customers, deals, follow-ups, receivables or payments, Chinese
or English headers) or of a rejected-rows file (last column ``问题/Problem``). In any other CSV
a leading ``'``, tab, space or CR is the user's data and is kept.
"""

from __future__ import annotations

from services.importing.fields import EXPORT_COLUMNS, field_by_key

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PROBLEM_HEADER = "问题/Problem"
#: The header rows (Chinese, English) of the orders exports (services.orders.export and
#: payments_export, which write them from here): a receivables CSV imports back as a ledger.
RECEIVABLES_HEADERS = (("客户", "合同编号", "期次", "负责人", "到期日", "应收金额", "已回款",
                        "未回款金额", "逾期天数", "账龄"),
                       ("Customer", "Contract number", "Instalment", "Owner", "Due date",
                        "Amount due", "Paid", "Open amount", "Days overdue", "Aging"))
PAYMENTS_HEADERS = (("回款日期", "客户", "合同编号", "金额", "回款方式", "凭证号"),
                    ("Date", "Customer", "Contract number", "Amount", "Method", "Reference"))


def needs_guard(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (or it looks guarded already)."""
    body = text.lstrip("'")
    return body.startswith(FORMULA_START)


def guard(text: str) -> str:
    """``text`` as Sailplan's CSV export writes it."""
    return "'" + text if needs_guard(text) else text


def unguard(text: str) -> str:
    """The inverse of :func:`guard` (for files Sailplan wrote)."""
    if text.startswith("'") and needs_guard(text[1:]):
        return text[1:]
    return text


def _export_headers() -> list[tuple[str, ...]]:
    out = []
    for kind, keys in EXPORT_COLUMNS.items():
        specs = [field_by_key(kind, k) for k in keys]
        out.append(tuple(s.header_zh for s in specs))
        out.append(tuple(s.label for s in specs))
    return [*out, *RECEIVABLES_HEADERS, *PAYMENTS_HEADERS]


def is_own_file(header_row: list[str]) -> bool:
    """True when ``header_row`` is the header of a CSV Sailplan wrote (see module docstring)."""
    cells = [c.strip() for c in header_row]
    while cells and not cells[-1]:
        cells.pop()
    if not cells:
        return False
    if cells[-1] == PROBLEM_HEADER:
        return True
    return tuple(cells) in _export_headers()
