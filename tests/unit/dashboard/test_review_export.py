"""The review pack exported to Excel, re-opened: the overview's title, findings, targets and
chart; the lists on their sheets; user text stays text; English headers with --english; the
write is atomic (a refused export leaves the old file)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from services.pipeline import deals as pl
from services.reviews.export import export_review
from services.reviews.pack import build_pack
from services.reviews.scope import ReviewError
from tests.unit.dashboard.review_fixtures import AS_OF, ReviewWorld, build_review_world

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def rw(store) -> ReviewWorld:
    w = build_review_world(store)
    pl.update_deal(store, w.deals["S2"], name="=1+1")  # a name that looks like a formula
    return w


def _pack(rw: ReviewWorld):
    return build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF)


def _rows(ws):
    return [[v for v in row if v is not None] for row in ws.iter_rows(values_only=True)
            if any(v is not None for v in row)]


def test_the_workbook_holds_the_pack(rw, tmp_path):
    path = export_review(_pack(rw), tmp_path / "复盘.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["概览", "漏斗", "变化", "商机", "跟进断档", "逾期应收", "排行",
                             "行动跟踪"]
    rows = _rows(wb["概览"])
    assert rows[0] == ["华东区 2026-09 月复盘"]
    assert rows[1] == ["数据截至 2026-09-20"]
    findings = [r for r in rows if r and r[0] == "1"]
    assert findings == [["1", "华东区 2026-09 签约额达成率 35%，距目标差 ¥130,000", 130000]]
    signed = next(r for r in rows if r[0] == "签约额")
    assert signed[1:6] == [150000, 200000, 250000, 70000, -130000]
    assert signed[6] == pytest.approx(0.35)
    volume = next(r for r in rows if r[0] == "成交量")
    assert volume[1] == -80000
    assert len(wb["概览"]._images) == 1  # the waterfall chart
    deals = _rows(wb["商机"])
    assert deals[1][:3] == ["类别", "商机", "客户"]
    lost = [r for r in deals if r[0] == "本期输单"]
    assert [r[1] for r in lost] == ["=1+1", "S3"]
    overdue = _rows(wb["逾期应收"])
    assert [r[-2:] for r in overdue[2:]] == [[60000, 81], [30000, 10]]


def test_user_text_is_text_never_a_formula(rw, tmp_path):
    path = export_review(_pack(rw), tmp_path / "r.xlsx")
    ws = load_workbook(path)["商机"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "=1+1")
    assert cell.data_type == "s"


def test_english_headers(rw, tmp_path):
    path = export_review(_pack(rw), tmp_path / "r.xlsx", english=True)
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["Overview", "Funnel", "Changes"]
    rows = _rows(wb["Overview"])
    assert rows[0] == ["Monthly review 2026-09 — 华东区"]
    assert rows[5] == ["1", "华东区 2026-09: signed amount at 35% of target, ¥130,000 short",
                       130000]


def test_a_refused_export_writes_nothing_and_a_good_one_replaces_the_file(rw, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "r.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ReviewError):
        export_review(_pack(rw), folder / "r.docx")
    assert target.read_bytes() == b"old"
    export_review(_pack(rw), target)
    assert target.read_bytes().startswith(b"PK")
    assert [p.name for p in folder.iterdir()] == ["r.xlsx"]  # no temporary file left


def test_export_review_on_the_command_line(rw, tmp_path):
    out = tmp_path / "q3.xlsx"
    db = rw.store.location
    rw.store.close()
    done = subprocess.run([sys.executable, "main.py", "--db", db, "export", "review",
                           "--period", "2026-09", "--node", "华东区", "--as-of", "2026-09-20",
                           str(out), "--lang", "zh"], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    rows = _rows(load_workbook(out)["概览"])
    assert rows[0] == ["华东区 2026-09 月复盘"]
    bad = subprocess.run([sys.executable, "main.py", "--db", db, "export", "review",
                          "--period", "2026", str(out), "--lang", "en"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2
    assert "weekly, monthly or quarterly" in bad.stderr


def test_amounts_keep_their_cents(rw):
    pack = _pack(rw)
    assert pack.decomposition.actual == Decimal("70000.00")
    assert date(2026, 9, 20) == pack.scope.as_of
