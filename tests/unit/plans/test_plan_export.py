"""The plan workbook: cells equal the app's figures, parents are SUMs that LibreOffice
recalculates, owners fill 负责人, user text stays text, atomic writes, the CLI.
How it prints is tested in test_plan_print.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from models.targets import TargetNode
from services.importing.exporting import ExportCancelled
from services.plans import actions as plans
from services.plans import reverse_funnel as rf
from services.plans import timeline as plan_timeline
from services.plans.export import export_plan
from services.plans.export_cascade import FIRST_ROW, CascadeLayout, sum_formula
from services.targets.cascade import load_tree, set_values
from services.targets.ops import create_plan_from_org
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]
INJECTIONS = ("=HYPERLINK(\"http://x\",\"点我\")", "+SUM(1,2)", "-1+2", "@cmd")
LEVELS = ("floor", "target", "challenge")


def soffice() -> str | None:
    """LibreOffice's soffice, if installed."""
    for cand in (shutil.which("soffice"), "/usr/bin/soffice",
                 "/usr/lib/libreoffice/program/soffice"):
        if cand and os.path.exists(cand):
            return cand
    return None


@pytest.fixture
def plan(store):  # noqa: ANN001, ANN201
    firm = build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    tree = load_tree(store, plan_id, with_actuals=False)
    with store.write() as uow:  # a node name a spreadsheet would take for a formula
        node = uow.session.get(TargetNode, next(n.id for n in tree.nodes if n.name == "王五"))
        node.name = "=王五*2"
        uow.commit()
    leaves = [n for n in tree.nodes if not tree.children(n.id)]
    for i, n in enumerate(leaves):
        for m in range(1, 13):
            t = 1_000_000 * (i + 1) + 12_345 * m + 7  # odd fen amounts
            set_values(store, n.id, "signed_amount", f"2026-{m:02d}",
                       Values(t * 8 // 10, t, t * 12 // 10))
        set_values(store, n.id, "signed_amount", "2026", Values(80_000_00, 100_000_00,
                                                                120_000_00))
        set_values(store, n.id, "deal_count", "2026-Q1", Values(3, 4 + i, 6 + i))
    east = next(n for n in tree.nodes if n.name == "华东区")
    set_values(store, east.id, "signed_amount", "2026", Values(1, 500_000_00, 2))  # typed: a gap
    for i, text in enumerate(INJECTIONS):
        a = plans.create_action(store, plan_id, leaves[i % len(leaves)].id, text, method=text,
                                resources="展会\x07预算", variant="AB"[i % 2],
                                due_on=date(2026, 3, i + 1), budget=Decimal("1234.56")).value
        plans.add_checkpoint(store, a, text, date(2026, 2, 1))
    plan_timeline.generate_timeline(store, plan_id)
    rf.save_scenario(store, east.id, "signed_amount", "2026", "基准", rf.Assumptions())
    return firm, plan_id


def _leaf_sums(tree, metric: str, period: str, level: str) -> dict[str, int]:  # noqa: ANN001
    """Each node's bottom-up sum of its leaves (what a parent's SUM formula shows)."""
    out: dict[str, int] = {}
    for n in reversed(tree.nodes):
        kids = tree.children(n.id)
        out[n.id] = sum(out[k.id] for k in kids) if kids else getattr(
            tree.rollup.cell(n.id, metric, period).effective, level)
    return out


def _group_rows(lay: CascadeLayout) -> dict[int, str]:
    """Sheet row → node id of every row of the sheet."""
    return {r: nid for nid, kinds in lay.rows.items() for r in kinds.values()}


def test_cells_match_the_app(store, plan, tmp_path) -> None:  # noqa: ANN001
    _firm, plan_id = plan
    out = tmp_path / "导出" / "计划.xlsx"
    result = export_plan(store, plan_id, out)
    assert result.sheets[:4] == ("签约额-按月", "签约额-按季", "回款额-按月", "回款额-按季")
    assert result.sheets[-3:] == ("行动计划", "反推", "时间表")
    assert [p.name for p in out.parent.iterdir()] == ["计划.xlsx"]  # no temp left behind
    tree = load_tree(store, plan_id)
    wb = openpyxl.load_workbook(out)
    for metric, title in (("signed_amount", "签约额"), ("deal_count", "签约量")):
        scale = Decimal(100) if metric == "signed_amount" else Decimal(1)
        for grain, suffix in (("month", "按月"), ("quarter", "按季")):
            ws = wb[f"{title}-{suffix}"]
            lay = CascadeLayout(tree, metric, grain)
            assert [ws.cell(2, c).value for c in range(1, 5)] == \
                ["节点", "负责人", "项目", "1月" if grain == "month" else "Q1"]
            assert ws.cell(2, lay.width).value == "全年" and ws.max_row == lay.last_row
            node_of = _group_rows(lay)
            for r in range(FIRST_ROW, lay.last_row + 1):  # a node's rows: its outline level
                depth = next(n.depth for n in tree.nodes if n.id == node_of[r])
                assert ws.row_dimensions[r].outline_level == depth
            for node in tree.nodes:
                rows = lay.rows[node.id]
                first = min(rows.values())
                assert ws.cell(first, 1).value == node.name and ws.cell(first, 1).data_type == "s"
                assert ws.cell(first + 1, 1).value is None
                kids = [lay.row(k.id, "target") for k in tree.children(node.id)]
                for c, (period, _h) in enumerate(lay.periods):
                    col = lay.first + c
                    letter = get_column_letter(col)
                    cell = tree.rollup.cell(node.id, metric, period)
                    for level in LEVELS:
                        value = ws.cell(rows[level], col).value
                        assert ws.cell(rows[level], 3).value == \
                            {"floor": "保底", "target": "目标", "challenge": "挑战"}[level]
                        if kids:
                            kid_rows = [lay.row(k.id, level) for k in tree.children(node.id)]
                            assert value == sum_formula(letter, kid_rows)
                        else:
                            assert Decimal(str(value)) == \
                                Decimal(getattr(cell.effective, level)) / scale
                    actual = ws.cell(rows["actual"], col).value
                    assert Decimal(str(actual)) == cell.actual / scale
                    assert ws.cell(rows["attain"], col).value == \
                        f'=IF({letter}{rows["target"]}=0,"",{letter}{rows["actual"]}/' \
                        f'{letter}{rows["target"]})'
    # 华东区 typed 500,000 yuan for the year: its own target and the gap formula
    month = wb["签约额-按月"]
    lay = CascadeLayout(tree, "signed_amount", "month")
    east = next(n for n in tree.nodes if n.name == "华东区")
    rows = lay.rows[east.id]
    year = get_column_letter(lay.width)
    assert month.cell(rows["own"], 3).value == "本级目标"
    assert month.cell(rows["own"], lay.width).value == 500_000
    assert month.cell(rows["gap"], lay.width).value == \
        f"={year}{rows['own']}-{year}{rows['target']}"
    assert month.cell(rows["own"], lay.first).value is None  # no typed March value
    assert "own" not in lay.rows[tree.nodes[-1].id]  # a leaf has no own/gap rows
    assert month.freeze_panes == "D3"
    assert month.print_title_rows == "$1:$2" and month.print_title_cols == "$A:$C"
    assert month.cell(rows["target"], lay.first).number_format == "¥#,##0"
    # 负责人: a person node its person, a unit its manager, a unit without one the level
    # above's owners, the company the firm's owner and director
    owners = {month.cell(min(lay.rows[n.id].values()), 1).value:
              month.cell(min(lay.rows[n.id].values()), 2).value for n in tree.nodes}
    assert owners["帆程公司"] == "周总监、老板" and owners["华东区"] == "东经理"
    assert owners["华南区"] == "周总监、老板" and owners["张三"] == "张三"

    acts = wb["行动计划"]
    texts = {acts.cell(r, 4).value for r in range(3, 3 + len(INJECTIONS))}
    assert texts == set(INJECTIONS)
    for r in range(3, 3 + len(INJECTIONS)):
        for c in (4, 5, 10):
            assert acts.cell(r, c).data_type == "s"
        assert acts.cell(r, 9).value == "展会预算"  # control character dropped
        assert acts.cell(r, 8).value == pytest.approx(1234.56)
        assert acts.cell(r, 3).value  # no owner of its own: the node's owner
    assert {acts.cell(r, 1).value for r in range(3, 7)} == {"A 理想线", "B 保底线"}
    funnel = [c.value for row in wb["反推"].iter_rows() for c in row]
    assert "平均赢单金额" in funnel and "赢单" in funnel
    timeline = [wb["时间表"].cell(r, 3).value for r in range(3, 24)]
    assert "目标设定与分解会议" in timeline and "年终总结与奖惩兑现" in timeline


def test_libreoffice_recalculates_parents(store, plan, tmp_path) -> None:  # noqa: ANN001
    exe = soffice()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (libreoffice-calc-nogui) must be installed in CI")
        pytest.skip("LibreOffice is not installed")
    _firm, plan_id = plan
    src = tmp_path / "plan.xlsx"
    export_plan(store, plan_id, src)
    tree = load_tree(store, plan_id)
    lay = CascadeLayout(tree, "signed_amount", "month")
    row = {n.name: lay.rows[n.id] for n in tree.nodes}
    march, year = lay.first + 2, lay.width
    wb = openpyxl.load_workbook(src)
    ws = wb["签约额-按月"]
    leaf = row["张三"]["target"]
    old = Decimal(str(ws.cell(leaf, march).value))
    ws.cell(leaf, march).value = float(old + Decimal("777.5"))  # one leaf changed
    ws.cell(leaf, year).value = float(Decimal(str(ws.cell(leaf, year).value)) + 10)
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    outdir = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "xlsx", "--outdir", str(outdir), str(edited)], check=True, timeout=180,
                   capture_output=True)
    calc = openpyxl.load_workbook(outdir / "edited.xlsx", data_only=True)["签约额-按月"]
    for col, period, delta in ((march, "2026-03", Decimal("777.5")), (year, "2026", Decimal(10))):
        sums = _leaf_sums(tree, "signed_amount", period, "target")
        for name in ("帆程公司", "华东区"):
            node = next(n for n in tree.nodes if n.name == name)
            got = Decimal(str(calc.cell(row[name]["target"], col).value)).quantize(
                Decimal("0.01"))
            assert got == Decimal(sums[node.id]) / 100 + delta
        south = next(n for n in tree.nodes if n.name == "华南区")
        got = Decimal(str(calc.cell(row["华南区"]["target"], col).value)).quantize(
            Decimal("0.01"))
        assert got == Decimal(sums[south.id]) / 100  # untouched branch
    # 华东区 typed 500,000 yuan for the year: its gap formula follows the edit
    east_year = Decimal(_leaf_sums(tree, "signed_amount", "2026", "target")[
        next(n.id for n in tree.nodes if n.name == "华东区")]) / 100 + 10
    gap = Decimal(str(calc.cell(row["华东区"]["gap"], year).value)).quantize(Decimal("0.01"))
    assert gap == Decimal(500_000) - east_year
    # attainment follows the new target too
    att = calc.cell(row["张三"]["attain"], march).value
    actual = Decimal(str(calc.cell(row["张三"]["actual"], march).value))
    if actual:
        assert Decimal(str(att)) == pytest.approx(actual / (old + Decimal("777.5")))


def test_cancel_and_bad_path_leave_the_old_file(store, plan, tmp_path) -> None:  # noqa: ANN001
    _firm, plan_id = plan
    out = tmp_path / "out" / "plan.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        export_plan(store, plan_id, out, is_cancelled=lambda: True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in out.parent.iterdir()] == ["plan.xlsx"]
    with pytest.raises(ValueError, match="xlsx"):
        export_plan(store, plan_id, tmp_path / "plan.csv")


def test_a_killed_exports_temporary_file_goes_with_the_next_export(store, plan,  # noqa: ANN001
                                                                    tmp_path) -> None:
    import subprocess
    import sys

    _firm, plan_id = plan
    out = tmp_path / "exports" / "plan.xlsx"
    out.parent.mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    left = out.parent / f".plan.xlsx.{int(gone.stdout)}.tmp"  # what a kill -9 mid-save leaves
    left.write_bytes(b"half a workbook")
    export_plan(store, plan_id, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["plan.xlsx"]
    assert openpyxl.load_workbook(out, read_only=True).sheetnames


def test_cli_export_plan(store, plan, db_path, tmp_path) -> None:  # noqa: ANN001
    _firm, _plan_id = plan
    store.close()
    out = tmp_path / "out" / "2026计划.xlsx"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "export", "plan",
                           "--year", "2026", str(out)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "2026" in done.stdout and out.exists()
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "签约额-按月"
    missing = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "export", "plan",
                              "--year", "1999", str(tmp_path / "x.xlsx")], cwd=ROOT,
                             capture_output=True, text=True, timeout=120, env=env)
    assert missing.returncode == 2 and "1999" in missing.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_the_period_check_sheet_lists_what_does_not_add_up(store, plan, tmp_path) -> None:  # noqa: ANN001
    _firm, plan_id = plan
    out = tmp_path / "计划.xlsx"
    result = export_plan(store, plan_id, out)
    assert result.sheets[-4:] == ("分期核对", "行动计划", "反推", "时间表")
    wb = openpyxl.load_workbook(out)
    ws = wb["分期核对"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    tree = load_tree(store, plan_id)
    zhang = next(n for n in tree.nodes if n.name == "张三")
    months = [tree.rollup.cell(zhang.id, "signed_amount", f"2026-{m:02d}").own.target
              for m in range(1, 13)]
    # 张三's year (100,000 yuan) against the twelve months typed below it (no quarters typed)
    expected = ["张三", "签约额", "2026全年", "目标", Decimal("100000"), "各月合计",
                Decimal(sum(months)) / 100, (Decimal("10000000") - sum(months)) / 100]
    assert [r[:4] + [Decimal(str(r[4]))] + [r[5]] + [Decimal(str(v)) for v in r[6:]]
            for r in rows if r[0] == "张三" and r[3] == "目标"] == [expected]
    assert "分期不一致" in wb["签约额-按月"]["A1"].value
    assert "分期不一致" not in wb["签约量-按月"]["A1"].value


def test_each_cut_gets_a_sheet_that_shows_how_far_it_is_from_the_company_total(
        store, plan, tmp_path) -> None:  # noqa: ANN001
    from services.targets.cuts import add_cut_member

    _firm, plan_id = plan
    root = load_tree(store, plan_id, with_actuals=False).nodes[0].id
    set_values(store, root, "signed_amount", "2026", Values(0, 1_000_000_00, 0))
    online = add_cut_member(store, plan_id, "channel", "官网", name="线上").value
    offline = add_cut_member(store, plan_id, "channel", "展会", name="线下").value
    set_values(store, online, "signed_amount", "2026", Values(0, 600_000_00, 0))
    set_values(store, offline, "signed_amount", "2026", Values(0, 300_000_00, 0))
    add_cut_member(store, plan_id, "product_line", "硬件")  # no values: its actuals are shown
    out = tmp_path / "计划.xlsx"
    result = export_plan(store, plan_id, out)
    assert "按渠道-签约额" in result.sheets and "按产品线-签约额" in result.sheets
    assert result.sheets.index("按渠道-签约额") < result.sheets.index("分期核对")
    ws = openpyxl.load_workbook(out)["按渠道-签约额"]
    assert "按渠道分解" in ws["A1"].value and "与公司总目标不一致 1 处" in ws["A1"].value
    year_col = get_column_letter(4 + 12)  # 节点, 负责人, 项目, 1月…12月, 全年
    rows = list(ws.iter_rows(min_row=FIRST_ROW, values_only=True))
    names = [r[0] for r in rows if r[0]]
    assert names == ["帆程公司", "线上", "线下"]  # the cut's tree, not the org's

    def row_of(name: str, label: str) -> int:
        start = next(i for i, r in enumerate(rows) if r[0] == name)
        return FIRST_ROW + next(i for i, r in enumerate(rows[start:], start) if r[2] == label)

    assert ws[f"{year_col}{row_of('线上', '目标')}"].value == 600_000
    assert ws[f"{year_col}{row_of('帆程公司', '目标')}"].value.startswith("=SUM(")
    assert ws[f"{year_col}{row_of('帆程公司', '本级目标')}"].value == 1_000_000
    gap = ws[f"{year_col}{row_of('帆程公司', '未分配')}"].value
    assert gap == (f"={year_col}{row_of('帆程公司', '本级目标')}-"
                   f"{year_col}{row_of('帆程公司', '目标')}")  # 1,000,000 − 900,000 in Excel
    lines = openpyxl.load_workbook(out)["按产品线-签约额"]
    assert "各期合计等于公司总目标" in lines["A1"].value
