"""The payout workbook of a period (提成核算表): a summary and one statement sheet per person.

* **汇总 Summary**: one row per person — name, unit, commission (提成), awards and bonuses
  (奖金), scorecard coefficient (考核系数), gross (应发合计), adjustments (调整), clawbacks
  (追回), net (实发合计) — then a sign-off (签字确认) and a date column to sign on paper. Each
  person's figures are formulas naming their statement sheet's subtotals; gross and net are
  formulas of the row; the 合计 row is ``=SUM`` of the people's rows. Prepared / reviewed /
  approved lines (制表、审核、审批) close the sheet.
* **One statement sheet per person** (the sheet named after the person: at most 31 characters,
  none of ``[]:*?/`` or a backslash, unique): every line by section (commission, awards and
  bonuses, coefficient, adjustments, clawbacks, recognition) with its kind, rule, explanation (the
  line's template in the chosen language, see :mod:`services.incentives.statements`), amount
  and the records behind it in words; a subtotal per section and the gross, adjustments,
  clawbacks and net as formulas; a sign-off line for the person.

Chinese or English headings (``lang``), ``"¥"#,##0.00`` amounts. Print-ready: A4 landscape,
fitted to the page width, title rows repeated on every page, header (firm, period) and footer
(sheet, page x of y). User text (names, explanations, rule titles, references) is always a text
cell — a name starting with ``=`` stays text (OWASP formula injection) — with the characters a
spreadsheet cannot hold removed (reported, as the other exports do). Written through
:func:`services.importing.exporting.write_atomically`: never half a file.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from services.core import periods as P
from services.core.store import Store
from services.importing.exporting import (
    MONEY_FORMAT,
    ExportCancelled,
    ExportError,
    TextIssue,
    TextSanitiser,
    _refusal,
    write_atomically,
)
from services.incentives.statements import (
    CATEGORIES,
    GROSS_PARTS,
    STATUS_WORDS,
    RunStatements,
    Statement,
    category_of,
    language_code,
    run_statements,
    word,
)

ERRORS = (
    "{period} is not a payout period: give a month (2026-06), a quarter (2026-Q2) or a year "
    "(2026).",
    "{file}: the payout workbook is written to an .xlsx file.",
)
"""The refusals this module raises (translated in context ``ServiceErrors``)."""

FONT = "Calibri"  # named: a font without a name prints in a serif face in LibreOffice
LINE_PT = 15.0  # one line of wrapped 10.5 pt text, CJK included
MAX_ROW_PT = 409.0  # Excel's tallest row
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
SHEET_MAX = 31
HEAD_FILL = "1F4E78"
SECTION_FILL = "DDEBF7"
TOTAL_FILL = "F2F2F2"

W = {  # (Chinese, English) of the workbook's own words
    "summary": ("汇总", "Summary"),
    "title": ("{firm}{period} 提成核算汇总", "{firm}payout summary {period}"),
    "statement": ("{name} {period} 提成明细", "{name} — statement {period}"),
    "status": ("核算状态：{status}", "Status: {status}"),
    "locked": ("核算状态：{status}（{day}）", "Status: {status} on {day}"),
    "unit": ("部门：{unit}", "Unit: {unit}"),
    "no": ("序号", "No."), "name": ("姓名", "Name"), "unit_h": ("部门", "Unit"),
    "commission": ("提成", "Commission"), "awards": ("奖金", "Awards and bonuses"),
    "coefficient": ("考核系数", "Coefficient"), "gross": ("应发合计", "Gross"),
    "adjustments": ("调整", "Adjustments"), "clawbacks": ("追回", "Clawbacks"),
    "net": ("实发合计", "Net"), "sign": ("签字确认", "Signature"), "date": ("日期", "Date"),
    "recognition": ("非现金激励", "Recognition"), "total": ("合计", "Total"),
    "kind": ("类型", "Kind"), "rule": ("规则", "Rule"), "explanation": ("说明", "Explanation"),
    "amount": ("金额", "Amount"), "trace": ("依据", "Records"),
    "subtotal": ("{what}小计", "{what} subtotal"),
    "confirm": ("本人已核对以上明细，确认无误。", "I have checked the lines above and agree."),
    "sign_line": ("签字确认：________________    日期：____________",
                  "Signature: ________________    Date: ____________"),
    "approvals": ("制表：____________    审核：____________    审批：____________",
                  "Prepared by: __________    Reviewed by: __________    "
                  "Approved by: __________"),
    "header": ("提成核算 {period}", "Payout run {period}"),
    "page": ("第 &P 页，共 &N 页", "Page &P of &N"),
    "person": ("人员", "Person"),
}
SECTION_WORDS = {"commission": ("提成", "Commission"),
                 "awards": ("奖金与奖励", "Awards and bonuses"),
                 "coefficient": ("考核系数", "Scorecard coefficient"),
                 "adjustments": ("调整", "Adjustments"), "clawbacks": ("追回", "Clawbacks"),
                 "recognition": ("非现金激励", "Recognition")}
SUMMARY_COLUMNS = ("no", "name", "unit_h", "commission", "awards", "coefficient", "gross",
                   "adjustments", "clawbacks", "net", "sign", "date")
SUMMARY_WIDTHS = (5, 14, 12, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 13, 12, 11)
STATEMENT_COLUMNS = ("no", "kind", "rule", "explanation", "amount", "trace")
STATEMENT_WIDTHS = (5, 12, 14, 50, 15, 36)
MONEY_COLUMN = "E"  # the amount column of a statement sheet
SUMMARY_FIRST_ROW = 4  # the first person's row on the summary sheet


@dataclass(frozen=True)
class PayoutExport:
    """What was written: the file, its sheets, the people, the app's net total, text changes."""

    path: Path
    sheets: tuple[str, ...]
    people: int
    net: Decimal
    issues: tuple[TextIssue, ...] = ()


def check_period(period: str) -> str:
    """``period`` if it is a month, a quarter or a year key (else :class:`ExportError`)."""
    try:
        grain = P.grain_of(period)
    except ValueError:
        grain = None
    if grain not in (P.Grain.MONTH, P.Grain.QUARTER, P.Grain.YEAR):
        raise ExportError(ERRORS[0], period=period)
    return period


def export_payouts(store: Store, period: str, path: str | Path, *, lang: str = "zh",
                   progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None) -> PayoutExport:
    """Write ``period``'s payout run to ``path`` (.xlsx; see the module docstring).

    Raises :class:`services.incentives.statements.NoPayoutRun` when the period has no run.
    """
    check_period(period)
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ExportError(ERRORS[1], file=target.name)
    if not target.parent.is_dir():
        raise _refusal(FileNotFoundError(2, "No such folder", str(target.parent)), target)
    data = run_statements(store, period, lang)
    san = TextSanitiser()
    names: list[str] = []

    def write(tmp: Path) -> None:
        names.extend(write_workbook(tmp, data, lang, san, progress, is_cancelled))

    write_atomically(target, write, is_cancelled)
    return PayoutExport(target, tuple(names), len(data.statements), data.net,
                        tuple(san.issues))


# -- the workbook -------------------------------------------------------------------------


def write_workbook(path: Path, data: RunStatements, lang: str, san: TextSanitiser,
                   progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Write the workbook of ``data`` to ``path``; returns the sheet names in order."""
    from openpyxl import Workbook  # openpyxl loads on the first export

    book = _Book(Workbook(), data, lang, san)
    book.wb.remove(book.wb.active)
    summary = book.wb.create_sheet(book.say("summary"))
    sheets = sheet_names([st.name for st in data.statements], reserved=(summary.title,),
                         fallback=book.say("person"))
    refs: list[dict[str, str | None]] = []
    for n, (st, name) in enumerate(zip(data.statements, sheets, strict=True), start=1):
        if is_cancelled is not None and is_cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")
        refs.append(book.statement(book.wb.create_sheet(name), st))
        if progress is not None:
            progress(n, len(data.statements))
    book.summary(summary, sheets, refs)
    book.wb.save(path)
    return [summary.title, *sheets]


def sheet_names(names: Sequence[str], *, reserved: Sequence[str] = (),
                fallback: str = "Person") -> list[str]:
    """A sheet name per person name: the characters a sheet name may not hold removed
    (``[]:*?/``, a backslash, controls; no apostrophe first or last), at most 31 characters,
    unique without regard to case (``张三 (2)``); an empty name becomes ``fallback N``.
    """
    taken = {r.casefold() for r in reserved}
    out: list[str] = []
    for i, raw in enumerate(names, start=1):
        base = BAD_SHEET_CHARS.sub("", unicodedata.normalize("NFC", raw or ""))
        base = " ".join(base.split()).strip("'").strip() or f"{fallback} {i}"
        base = base[:SHEET_MAX].strip("'").strip() or f"{fallback} {i}"
        name, n = base, 1
        while name.casefold() in taken or name.casefold() == "history":
            n += 1
            suffix = f" ({n})"
            name = base[:SHEET_MAX - len(suffix)].rstrip("'").rstrip() + suffix
        taken.add(name.casefold())
        out.append(name)
    return out


def quoted(sheet: str) -> str:
    """A sheet name as a formula names it: ``'张三'`` (an apostrophe doubled)."""
    return "'" + sheet.replace("'", "''") + "'"


def text_width(text: str) -> float:
    """Approximate Excel width of one line of ``text`` (a CJK character takes two digits)."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.05 for ch in text)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column of Excel width ``width``."""
    room = max(1.0, width - 1.5)
    return sum(max(1, math.ceil(text_width(part) / room)) for part in text.split("\n"))


def header_text(text: str) -> str:
    """``text`` safe inside a header or footer (``&`` starts a code there)."""
    return text.replace("&", "&&")


class _Book:
    """The workbook being written, with its styles and words."""

    def __init__(self, wb: Any, data: RunStatements, lang: str, san: TextSanitiser):
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.wb, self.data, self.san = wb, data, san
        self.zh = language_code(lang) == "zh_CN"
        self.lang = lang
        thin = Side(style="thin", color="9BB7D4")
        self.border = Border(thin, thin, thin, thin)
        self.font = Font(name=FONT, sz=10.5)
        self.bold = Font(name=FONT, sz=10.5, bold=True)
        self.title_font = Font(name=FONT, sz=14, bold=True, color=HEAD_FILL)
        self.head_font = Font(name=FONT, sz=10.5, bold=True, color="FFFFFF")
        self.head_fill = PatternFill("solid", fgColor=HEAD_FILL)
        self.section_fill = PatternFill("solid", fgColor=SECTION_FILL)
        self.total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.top = Alignment(vertical="top")
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.right = Alignment(horizontal="right", vertical="top")
        self.center_top = Alignment(horizontal="center", vertical="top")

    def say(self, key: str, **params: str) -> str:
        """One of the workbook's own words in its language, ``{fields}`` filled in."""
        text = word(W[key], self.lang)
        return text.format(**params) if params else text

    # -- cells ------------------------------------------------------------------------------

    def text(self, ws: Any, row: int, col: int, value: str, *, bold: bool = False,
             wrap: bool = False) -> Any:
        """A text cell: cleaned, never a formula."""
        from openpyxl.utils import get_column_letter

        clean = self.san.clean(str(value), row, f"{ws.title}!{get_column_letter(col)}")
        c = ws.cell(row=row, column=col)
        c.value = clean
        c.data_type = "s"  # user text: a leading "=" stays text
        c.font = self.bold if bold else self.font
        c.alignment = self.wrap if wrap else self.top
        return c

    def money(self, ws: Any, row: int, col: int, value: Decimal | str, *,
              bold: bool = False) -> Any:
        """An amount: a number or one of this module's formulas, in ¥."""
        c = ws.cell(row=row, column=col)
        if isinstance(value, str):
            c.value = value  # a formula made here (=SUM…, ='张三'!E9)
        else:
            c.value = value
        c.number_format = MONEY_FORMAT
        c.font = self.bold if bold else self.font
        c.alignment = self.top
        return c

    def number(self, ws: Any, row: int, value: int) -> None:
        c = ws.cell(row=row, column=1, value=value)
        c.font = self.font
        c.alignment = self.center_top

    def header_row(self, ws: Any, row: int, keys: Sequence[str]) -> None:
        for col, key in enumerate(keys, start=1):
            c = ws.cell(row=row, column=col, value=self.say(key))
            c.font, c.fill, c.alignment, c.border = (self.head_font, self.head_fill,
                                                     self.center, self.border)
        ws.row_dimensions[row].height = 20

    def title(self, ws: Any, text: str, info: str, columns: int) -> None:
        c = self.text(ws, 1, 1, text)
        c.font = self.title_font
        ws.row_dimensions[1].height = 24
        self.text(ws, 2, 1, info)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=columns)

    def status_text(self) -> str:
        status = word(STATUS_WORDS.get(self.data.status, (self.data.status,) * 2), self.lang)
        if self.data.locked_at is not None:
            day = self.data.locked_at.astimezone().date().isoformat()
            return self.say("locked", status=status, day=day)
        return self.say("status", status=status)

    def frame(self, ws: Any, first: int, last: int, columns: int) -> None:
        for row in ws.iter_rows(min_row=first, max_row=last, max_col=columns):
            for c in row:
                c.border = self.border

    # -- one person's statement -------------------------------------------------------------

    def statement(self, ws: Any, st: Statement) -> dict[str, str | None]:
        """Write ``st`` on ``ws``; returns the cell (``'sheet'!E12``) of each category's total
        (None for a category without lines), of ``gross`` and of ``net``.
        """
        from openpyxl.utils import get_column_letter

        for i, width in enumerate(STATEMENT_WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        period = self.data.period
        self.title(ws, self.say("statement", name=st.name, period=period),
                   f"{self.say('unit', unit=st.unit)}    {self.status_text()}",
                   len(STATEMENT_COLUMNS))
        self.header_row(ws, 3, STATEMENT_COLUMNS)
        row, number = 4, 0
        totals: dict[str, str | None] = {}
        sheet = quoted(ws.title)
        for category in CATEGORIES:
            lines = [ln for ln in st.lines if category_of(ln.kind) == category]
            if not lines:
                totals[category] = None
                continue
            label = word(SECTION_WORDS[category], self.lang)
            self.section_row(ws, row, label)
            row += 1
            first = row
            for ln in lines:
                number += 1
                self.number(ws, row, number)
                self.text(ws, row, 2, ln.kind_label, wrap=True)
                self.text(ws, row, 3, ln.rule, wrap=True)
                self.text(ws, row, 4, ln.explanation, wrap=True)
                if category != "recognition":
                    self.money(ws, row, 5, ln.amount)
                refs = ("；" if self.zh else "; ").join(ln.references)
                self.text(ws, row, 6, refs, wrap=True)
                self.fit_height(ws, row, {2: ln.kind_label, 3: ln.rule,
                                          4: ln.explanation, 6: refs}, STATEMENT_WIDTHS)
                row += 1
            self.frame(ws, first, row - 1, len(STATEMENT_COLUMNS))
            if category == "recognition":
                totals[category] = None
                continue
            self.total_row(ws, row, self.say("subtotal", what=label),
                           f"=SUM({MONEY_COLUMN}{first}:{MONEY_COLUMN}{row - 1})")
            totals[category] = f"{sheet}!{MONEY_COLUMN}{row}"
            row += 1
        row += 1
        local = {k: v.split("!")[1] for k, v in totals.items() if v}
        gross = "=" + "+".join(local[c] for c in GROSS_PARTS if c in local) if any(
            c in local for c in GROSS_PARTS) else Decimal("0.00")
        gross_row = row
        self.total_row(ws, row, self.say("gross"), gross)
        row += 1
        for key in ("adjustments", "clawbacks"):
            self.total_row(ws, row, self.say(key),
                           f"={local[key]}" if key in local else Decimal("0.00"))
            row += 1
        net_row = row
        self.total_row(ws, row, self.say("net"),
                       f"={MONEY_COLUMN}{gross_row}+{MONEY_COLUMN}{gross_row + 1}"
                       f"+{MONEY_COLUMN}{gross_row + 2}")
        totals["gross"] = f"{sheet}!{MONEY_COLUMN}{gross_row}"
        totals["net"] = f"{sheet}!{MONEY_COLUMN}{net_row}"
        row += 2
        self.text(ws, row, 1, self.say("confirm"))
        self.text(ws, row + 2, 1, self.say("sign_line"))
        ws.row_dimensions[row + 2].height = 28
        ws.freeze_panes = "A4"
        self.print_setup(ws, "1:3")
        return totals

    def section_row(self, ws: Any, row: int, label: str) -> None:
        c = self.text(ws, row, 1, label, bold=True)
        for col in range(1, len(STATEMENT_COLUMNS) + 1):
            ws.cell(row=row, column=col).fill = self.section_fill
        c.alignment = self.top

    def total_row(self, ws: Any, row: int, label: str, value: Decimal | str) -> None:
        c = self.text(ws, row, 4, label, bold=True)
        c.alignment = self.right
        self.money(ws, row, 5, value, bold=True)
        for col in (4, 5):
            ws.cell(row=row, column=col).fill = self.total_fill
            ws.cell(row=row, column=col).border = self.border

    def fit_height(self, ws: Any, row: int, texts: dict[int, str],
                   widths: Sequence[float]) -> None:
        """Make the row tall enough for its wrapped text (spreadsheets do not measure rows
        written without a height when they open a file).
        """
        lines = max((wrapped_lines(t, widths[col - 1]) for col, t in texts.items() if t),
                    default=1)
        ws.row_dimensions[row].height = min(MAX_ROW_PT, max(1, lines) * LINE_PT + 2)

    # -- the summary ------------------------------------------------------------------------

    def summary(self, ws: Any, sheets: Sequence[str], refs: Sequence[dict[str, str | None]]
                ) -> None:
        """One row per person of formulas naming their statement, a 合计 row of SUMs."""
        from openpyxl.utils import get_column_letter

        for i, width in enumerate(SUMMARY_WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        firm = f"{self.data.firm} " if self.data.firm else ""
        self.title(ws, self.say("title", firm=firm, period=self.data.period),
                   self.status_text(), len(SUMMARY_COLUMNS))
        self.header_row(ws, 3, SUMMARY_COLUMNS)
        first = SUMMARY_FIRST_ROW
        row = first
        for n, (st, cells) in enumerate(zip(self.data.statements, refs, strict=True), start=1):
            self.number(ws, row, n)
            self.text(ws, row, 2, st.name, wrap=True)
            self.text(ws, row, 3, st.unit, wrap=True)
            for col, key in enumerate(("commission", "awards", "coefficient"), start=4):
                ref = cells.get(key)
                self.money(ws, row, col, f"={ref}" if ref else Decimal("0.00"))
            self.money(ws, row, 7, f"=SUM(D{row}:F{row})")
            for col, key in ((8, "adjustments"), (9, "clawbacks")):
                ref = cells.get(key)
                self.money(ws, row, col, f"={ref}" if ref else Decimal("0.00"))
            self.money(ws, row, 10, f"=G{row}+H{row}+I{row}", bold=True)
            self.fit_height(ws, row, {2: st.name, 3: st.unit}, SUMMARY_WIDTHS)
            ws.row_dimensions[row].height = max(ws.row_dimensions[row].height or 0, 28)
            row += 1
        last = row - 1
        self.text(ws, row, 2, self.say("total"), bold=True)
        for col in range(4, 11):
            letter = get_column_letter(col)
            value = f"=SUM({letter}{first}:{letter}{last})" if last >= first else Decimal(0)
            self.money(ws, row, col, value, bold=True)
        for col in range(1, len(SUMMARY_COLUMNS) + 1):
            ws.cell(row=row, column=col).fill = self.total_fill
        self.frame(ws, first, row, len(SUMMARY_COLUMNS))
        self.text(ws, row + 2, 1, self.say("approvals"))
        ws.row_dimensions[row + 2].height = 28
        ws.freeze_panes = "D4"
        self.print_setup(ws, "1:3")

    # -- paper --------------------------------------------------------------------------------

    def print_setup(self, ws: Any, title_rows: str) -> None:
        """A4 landscape, fitted to the page width (as many pages down as it takes), the title
        rows on every page, header (firm, period) and footer (sheet, page x of y).
        """
        ps = ws.page_setup
        ps.orientation = "landscape"
        ps.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 0
        ws.print_title_rows = title_rows
        ws.print_options.horizontalCentered = True
        m = ws.page_margins
        m.left = m.right = 0.4
        m.top = m.bottom = 0.7
        m.header = m.footer = 0.3
        hf = ws.HeaderFooter
        hf.scaleWithDoc = False
        parts = ((hf.oddHeader.left, header_text(self.data.firm)),
                 (hf.oddHeader.right, header_text(self.say("header",
                                                           period=self.data.period))),
                 (hf.oddFooter.left, "&A"), (hf.oddFooter.right, self.say("page")))
        for part, value in parts:
            part.text = value
            part.size = 9
            part.font = FONT
