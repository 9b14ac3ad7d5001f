"""The payout workbook: what a payroll clerk and each rep read and sign.

The run is the locked 2026-06 run of :mod:`tests.unit.incentives.payout_fixtures` (expected
figures by hand in its docstring). The workbook is re-opened with openpyxl and recalculated by
LibreOffice: every person's net and the grand total equal the app's.
"""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from services.importing.exporting import ExportCancelled, ExportError
from services.incentives.rules.commission import TEMPLATES as COMMISSION_TEMPLATES
from services.incentives.statements import NoPayoutRun, run_statements
from services.incentives.workbook import export_payouts, sheet_names
from tests.unit.incentives.payout_fixtures import (
    EVIL,
    EXAMPLE,
    LONG,
    NET,
    PERIOD,
    TOTAL,
    build_payout_firm,
)
from tests.unit.plans.test_plan_export import soffice

SUMMARY_HEAD_ZH = ["序号", "姓名", "部门", "提成", "奖金", "考核系数", "应发合计", "调整", "追回",
                   "实发合计", "签字确认", "日期"]


@pytest.fixture
def firm(store):  # noqa: ANN001, ANN201
    return build_payout_firm(store)


@pytest.fixture
def workbook_zh(store, firm, tmp_path):  # noqa: ANN001, ANN201
    out = tmp_path / "提成核算-2026-06.xlsx"
    result = export_payouts(store, PERIOD, out, lang="zh")
    return out, result


def _summary_rows(ws) -> dict[str, tuple]:  # noqa: ANN001
    """The summary's people rows by name (the 合计 row under its label)."""
    rows = {}
    for row in ws.iter_rows(min_row=4, values_only=True):
        if row[1] is not None:
            rows[row[1]] = row
    return rows


def test_the_app_reads_the_run_as_statements_with_the_hand_computed_figures(store, firm):
    data = run_statements(store, PERIOD, "zh")
    by_name = {s.name: s for s in data.statements}
    assert {n: s.net for n, s in by_name.items()} == NET
    zs = by_name["张三"]
    # commission 2,500 + awards 500 + 1,000 + coefficient -150 = 3,850; +300 -450.50
    assert (zs.total("commission"), zs.total("awards"), zs.total("coefficient"), zs.gross,
            zs.total("adjustments"), zs.total("clawbacks")) == (
        Decimal("2500.00"), Decimal("1500.00"), Decimal("-150.00"), Decimal("3850.00"),
        Decimal("300.00"), Decimal("-450.50"))
    assert data.net == TOTAL
    # the explanation in Chinese (the catalog's translation of the commission rule's own
    # sentence), the records in words
    assert EXAMPLE in COMMISSION_TEMPLATES
    line = zs.lines[0]
    assert line.explanation == ("2026-06 回款 ¥50,000.00 × 5 %（达成率 92 %，80–100 % 档）= "
                                "¥2,500.00")
    assert line.rule == "回款提成"
    assert line.references == ("回款 2026-06-12 HT-2026-0601 ¥50,000.00",
                               "目标 回款额 2026-06 ¥54,348.00")
    # a template nobody translated reads in English; a clawback names the line it takes back
    assert zs.lines[1].explanation.startswith("客户0: first contract HT-2026-0601 pays")
    assert zs.lines[1].references == ("客户 客户0", "合同 HT-2026-0601 ¥120,000.00")
    assert zs.lines[5].references == ("明细 2026-05 提成",)
    english = {s.name: s for s in run_statements(store, PERIOD, "en").statements}["张三"]
    assert english.lines[0].explanation.startswith("2026-06 collected ¥50,000.00 × 5 %")
    assert english.lines[0].references[0] == "Payment 2026-06-12 HT-2026-0601 ¥50,000.00"


def test_the_summary_has_one_row_per_person_and_formulas_for_every_figure(workbook_zh, firm):
    path, result = workbook_zh
    assert result.people == 4 and result.net == TOTAL
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == list(result.sheets)
    ws = wb["汇总"]
    assert [c.value for c in ws[3]] == SUMMARY_HEAD_ZH
    assert ws["A1"].value == "帆程公司 2026-06 提成核算汇总"
    rows = _summary_rows(ws)
    assert set(rows) == {*NET, "合计"}
    zs_row = next(r for r in range(4, 9) if ws.cell(r, 2).value == "张三")
    # the person's figures name their statement sheet; gross and net are formulas of the row
    assert ws.cell(zs_row, 4).value.startswith("='张三'!E")
    assert ws.cell(zs_row, 7).value == f"=SUM(D{zs_row}:F{zs_row})"
    assert ws.cell(zs_row, 10).value == f"=G{zs_row}+H{zs_row}+I{zs_row}"
    assert rows["合计"][9] == "=SUM(J4:J7)"
    assert ws.cell(zs_row, 10).number_format == '"¥"#,##0.00'
    # every statement's totals are formulas too
    st = wb["张三"]
    formulas = [c.value for c in st["E"] if isinstance(c.value, str) and c.value[:1] == "="]
    # 5 subtotals (commission in row 5, the two awards in rows 8–9, …), gross, adjustments,
    # clawbacks and net
    assert formulas[:2] == ["=SUM(E5:E5)", "=SUM(E8:E9)"] and len(formulas) == 9
    assert formulas[5] == "=E6+E10+E13"


def test_a_name_or_explanation_starting_with_equals_stays_text(workbook_zh, firm):
    path, result = workbook_zh
    wb = openpyxl.load_workbook(path)
    ws = wb["汇总"]
    cell = next(c for c in ws["B"] if c.value == EVIL)
    assert cell.data_type == "s"
    sheet = wb['=HYPERLINK("httpx","点我")']  # ":" and "/" cannot be in a sheet name
    assert sheet["A1"].value == f"{EVIL} 2026-06 提成明细" and sheet["A1"].data_type == "s"
    explanation = next(c for c in sheet["D"] if c.value and str(c.value).startswith("=1+1"))
    assert explanation.value == "=1+1 said the rep " and explanation.data_type == "s"
    # the bell character was removed, and said so
    assert [i.column for i in result.issues] == [f"{sheet.title}!D"]


def test_every_sheet_prints_landscape_fitted_to_the_width_with_titles_and_page_numbers(
        workbook_zh):
    path, _result = workbook_zh
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == "$1:$3"
        assert ws.oddHeader.left.text == "帆程公司"
        assert ws.oddHeader.right.text == "提成核算 2026-06"
        assert ws.oddFooter.left.text == "&A"
        assert ws.oddFooter.right.text == "第 &P 页，共 &N 页"
    st = wb["张三"]
    texts = [c.value for c in st["A"] if isinstance(c.value, str)]
    assert "本人已核对以上明细，确认无误。" in texts
    assert any(t.startswith("签字确认") for t in texts)


def test_english_headings_with_lang_en(store, firm, tmp_path):
    out = tmp_path / "payouts.xlsx"
    result = export_payouts(store, PERIOD, out, lang="en")
    wb = openpyxl.load_workbook(out)
    assert result.sheets[0] == "Summary"
    assert [c.value for c in wb["Summary"][3]][:4] == ["No.", "Name", "Unit", "Commission"]
    assert wb["Summary"].oddFooter.right.text == "Page &P of &N"
    explanations = [c.value for c in wb["张三"]["D"] if c.value]
    assert any(str(t).startswith("2026-06 collected ¥50,000.00") for t in explanations)


def test_libreoffice_recalculates_every_persons_net_and_the_total_to_the_apps(store, firm,
                                                                             tmp_path):
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path / "payouts.xlsx"
    export_payouts(store, PERIOD, src, lang="zh")
    outdir = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "xlsx", "--outdir", str(outdir), str(src)], check=True, timeout=180,
                   capture_output=True)
    calc = openpyxl.load_workbook(outdir / "payouts.xlsx", data_only=True)
    rows = _summary_rows(calc["汇总"])
    apps = {s.name: s for s in run_statements(store, PERIOD).statements}
    for name, net in NET.items():
        row = rows[name]
        st = apps[name]
        # commission, awards, coefficient, gross, adjustments, clawbacks, net
        assert [round(Decimal(str(v)), 2) for v in row[3:10]] == [
            st.total("commission"), st.total("awards"), st.total("coefficient"), st.gross,
            st.total("adjustments"), st.total("clawbacks"), net], name
    assert round(Decimal(str(rows["合计"][9])), 2) == TOTAL
    # the statement's own net agrees with the summary's
    zs = calc["张三"]
    net_row = next(r for r in range(1, zs.max_row + 1) if zs.cell(r, 4).value == "实发合计")
    assert round(Decimal(str(zs.cell(net_row, 5).value)), 2) == NET["张三"]


def test_a_period_without_a_run_is_refused_and_nothing_is_written(store, firm, tmp_path):
    out = tmp_path / "none.xlsx"
    with pytest.raises(NoPayoutRun) as caught:
        export_payouts(store, "2026-07", out)
    assert caught.value.template == "There is no payout run for {period}; compute one first."
    assert not out.exists()


@pytest.mark.parametrize("period", ["2026-W05", "2026-13", "June", ""])
def test_only_months_quarters_and_years_are_payout_periods(store, tmp_path, period):
    with pytest.raises(ExportError):
        export_payouts(store, period, tmp_path / "x.xlsx")


def test_a_cancelled_export_leaves_the_previous_file_untouched(store, firm, tmp_path):
    out = tmp_path / "payouts.xlsx"
    out.write_bytes(b"the old workbook")
    with pytest.raises(ExportCancelled):
        export_payouts(store, PERIOD, out, is_cancelled=lambda: True)
    assert out.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(("names", "expected"), [
    (["张三", "李四"], ["张三", "李四"]),
    (["张三", "张三", "张三"], ["张三", "张三 (2)", "张三 (3)"]),
    (["Anna", "ANNA"], ["Anna", "ANNA (2)"]),  # sheet names ignore case
    (["汇总"], ["汇总 (2)"]),  # the summary's name is taken
    (["a/b:c*d?e[f]g\\h"], ["abcdefgh"]),
    (["'quoted'"], ["quoted"]),  # an apostrophe may not start or end a sheet name
    (["", "   "], ["人员 1", "人员 2"]),
    (["History"], ["History (2)"]),  # Excel reserves it
    (["x" * 40], ["x" * 31]),
    (["x" * 40, "x" * 40], ["x" * 31, "x" * 27 + " (2)"]),
])
def test_sheet_names_are_legal_short_and_unique(names, expected):
    assert sheet_names(names, reserved=("汇总",), fallback="人员") == expected
    assert all(len(n) <= 31 for n in expected)


def test_a_long_name_with_forbidden_characters_gets_a_legal_sheet(workbook_zh):
    path, result = workbook_zh
    name = next(n for n in result.sheets if n.startswith("欧阳"))
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    ws = openpyxl.load_workbook(path)[name]
    assert ws["A1"].value == f"{LONG} 2026-06 提成明细"  # the title keeps the whole name


def test_the_payout_workbook_path_must_be_xlsx(store, firm, tmp_path):
    with pytest.raises(ExportError):
        export_payouts(store, PERIOD, tmp_path / "payouts.csv")
    assert not Path(tmp_path / "payouts.csv").exists()
