"""Importing the product catalogue from Excel/CSV: headers in Chinese or English, tax rates
written three ways, all or nothing, re-import by code updates, undo; and the CLI."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from services.importing import ImportRejected, commit_plan, open_source, plan_import, undo_import
from services.products.catalogue import list_products
from services.setup import open_store
from tests.unit.importing_fixtures import write_xlsx

ROOT = Path(__file__).resolve().parents[3]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _import(store, path: Path, mode: str = "update"):
    plan = plan_import(store, open_source(path, "products", store=store), mode=mode)
    return plan, commit_plan(store, plan)


def _catalogue(store):
    return {r.code or r.name: (r.name, r.line, r.measure_unit, r.unit_price, r.tax_rate_bp,
                               r.unit_cost, r.active)
            for r in list_products(store)}


def test_chinese_headers_and_every_way_of_writing_a_tax_rate(store, tmp_path):
    src = write_xlsx(tmp_path / "产品.xlsx", [
        ["编码", "名称", "产品线", "单位", "标准价", "税率", "成本", "启用"],
        ["GW-1", "智能网关", "硬件", "台", "12800", "13%", "7000", "是"],
        ["SW-1", "云平台年费", "软件", "套", "36000", 0.06, "", "启用"],
        ["SV-1", "实施服务", "服务", "人天", "2,500.50", "6", "1200", "停用"],
        ["", "培训课程", "", "", "6500", "", "", ""],
    ])
    plan, op = _import(store, src)
    assert plan.counts() == {"create": 4, "update": 0, "skip": 0, "reject": 0}
    assert _catalogue(store) == {
        "GW-1": ("智能网关", "硬件", "台", Decimal("12800.00"), 1300, Decimal("7000.00"), True),
        "SW-1": ("云平台年费", "软件", "套", Decimal("36000.00"), 600, None, True),
        "SV-1": ("实施服务", "服务", "人天", Decimal("2500.50"), 600, Decimal("1200.00"), False),
        "培训课程": ("培训课程", None, None, Decimal("6500.00"), 0, None, True),
    }
    undo_import(store, op.value)
    assert list_products(store, active=None) == []


def test_english_headers_reimport_by_code_updates(store, tmp_path):
    first = _csv(tmp_path / "products.csv", [
        ["Code", "Name", "Product line", "Unit", "List price", "Tax rate", "Cost", "Active"],
        ["GW-1", "Gateway", "Hardware", "pc", "100", "13", "60", "yes"],
        ["GW-2", "Scanner", "Hardware", "pc", "50", "13", "", "yes"]])
    _import(store, first)
    again = _csv(tmp_path / "products2.csv", [
        ["code", "name", "list price", "tax rate"],
        ["gw-1", "Smart gateway", "120", "0.09"],   # the code finds it (case ignored)
        ["GW-3", "Edge box", "900", "13%"]])
    plan, op = _import(store, again)
    assert plan.counts() == {"create": 1, "update": 1, "skip": 0, "reject": 0}
    cat = _catalogue(store)
    assert cat["GW-1"] == ("Smart gateway", "Hardware", "pc", Decimal("120.00"), 900,
                           Decimal("60.00"), True)  # cells the file leaves out are kept
    assert cat["GW-3"][0] == "Edge box" and len(cat) == 3
    op.undo.run(store)
    assert _catalogue(store)["GW-1"][0] == "Gateway" and "GW-3" not in _catalogue(store)


def test_a_bad_row_rejects_the_file_naming_row_and_field(store, tmp_path):
    src = _csv(tmp_path / "bad.csv", [
        ["编码", "名称", "单价", "税率", "成本"],
        ["A-1", "好产品", "100", "13%", "50"],
        ["A-2", "坏价格", "一百", "13%", ""],
        ["A-3", "坏税率", "100", "130%", ""],
        ["A-4", "", "100", "", ""],
        ["A-5", "负成本", "100", "", "-5"]])
    plan = plan_import(store, open_source(src, "products", store=store), mode="update")
    assert plan.counts()["reject"] == 4
    problems = [(p.row, p.column) for p in plan.problems() if p.severity == "error"]
    assert problems == [(3, "单价"), (4, "税率"), (5, "名称"), (6, "成本")]
    with pytest.raises(ImportRejected):
        commit_plan(store, plan)
    assert list_products(store, active=None) == []


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_import_and_list_products(tmp_path):
    db = tmp_path / "s.sqlite3"
    open_store(db).close()
    src = _csv(tmp_path / "p.csv", [["编码", "名称", "产品线", "单价", "税率", "启用"],
                                    ["GW-1", "智能网关", "硬件", "12800", "13%", "是"],
                                    ["SV-1", "实施服务", "服务", "2500", "6", "否"]])
    res = run("--db", str(db), "import", "products", str(src))
    assert res.returncode == 0, res.stderr
    assert "created 2" in res.stdout
    res = run("--db", str(db), "import", "products", str(src))  # again: updates, no duplicate
    assert res.returncode == 0 and "created 0" in res.stdout, res.stdout
    res = run("--db", str(db), "products", "list")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[1] == "GW-1\t智能网关\t硬件\t\t12800.00\t13%\t\tyes"
    assert lines[-1] == "1 product(s)"
    res = run("--db", str(db), "products", "list", "--all", "--line", "服务")
    assert "SV-1\t实施服务\t服务\t\t2500.00\t6%\t\tno" in res.stdout
    bad = _csv(tmp_path / "bad.csv", [["名称", "单价"], ["坏", "abc"]])
    res = run("--db", str(db), "import", "products", str(bad))
    assert res.returncode == 1 and "Row 2, 单价" in res.stdout
