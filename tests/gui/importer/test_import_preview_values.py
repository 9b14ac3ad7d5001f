"""The preview shows what will be stored (stage, amount, ISO date, no owner) with the file's value
in the tooltip; the year question appears only for files with year-less dates and re-plans;
the finish page says why rows were skipped or rejected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.importer.import_wizard import ImportWizard
from gui.importer.preview_model import NOT_IMPORTED_FG
from models.pipeline import Deal
from services.importing import commit_plan, open_source, plan_import
from tests.unit.importing_fixtures import seed_people, seed_pipeline, write_csv, write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEALS_HEADER = ["商机名称", "客户名称", "阶段", "金额", "预计成交日期", "负责人", "内部编号"]


@pytest.fixture
def ctx(store):
    runner = TaskRunner()
    context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    yield context
    runner.wait()


def _customers(store, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "c.csv", [["客户名称"], ["甲公司"], ["乙公司"]])
    commit_plan(store, plan_import(store, open_source(path, "customers", store=store)))


def _go(qtbot, wizard, page: int) -> None:  # noqa: ANN001
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=10_000)


def _cell(model, row: int, header: str):  # noqa: ANN001, ANN202
    col = model.headers.index(header) + 3
    return model.index(row, col)


def test_preview_shows_stored_values_and_asks_the_year(qtbot, ctx, tmp_path, monkeypatch):
    seed_people(ctx.store)
    seed_pipeline(ctx.store)
    _customers(ctx.store, tmp_path)
    path = write_xlsx(tmp_path / "商机_2025.xlsx", [
        DEALS_HEADER,
        ["甲项目", "甲公司", "已成交", "1.1万", "3/15", "王强", "X-1"],
        ["乙项目", "乙公司", "谈判中", "¥5,000", "2025-04-01", "待分配", "X-2"],
        ["丙项目", "无此公司", "线索", "100", "", "", "X-3"],
        ["甲项目", "甲公司", "已成交", "1.1万", "3/15", "王强", "X-1"],
    ])
    wizard = ImportWizard(ctx, "deals")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10_000)
    _go(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    _go(qtbot, wizard, ImportWizard.PAGE_RESOLVE)  # 无此公司 is unknown: left rejected
    _go(qtbot, wizard, ImportWizard.PAGE_PREVIEW)
    page = wizard.preview_page
    model = page.model
    assert _cell(model, 0, "阶段").data() == "赢单"
    assert "In the file: 已成交" in _cell(model, 0, "阶段").data(Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, 0, "金额").data() == "11,000.00"
    assert _cell(model, 1, "金额").data() == "5,000.00"
    assert _cell(model, 0, "预计成交日期").data() == "2025-03-15"
    assert "In the file: 3/15" in _cell(model, 0, "预计成交日期").data(
        Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, 1, "阶段").data() == "商务谈判"
    assert _cell(model, 1, "负责人").data() == "(no owner)"
    unmapped = _cell(model, 0, "内部编号")
    assert unmapped.data() == "X-1"
    assert unmapped.data(Qt.ItemDataRole.ForegroundRole).color() == NOT_IMPORTED_FG
    assert "not imported" in unmapped.data(Qt.ItemDataRole.ToolTipRole)

    assert page.year_box.isVisible()
    assert page.year.value() == 2025
    assert page.year_hint.text() == "(the year in the file name)"
    assert "2 date(s) have no year" in page.year_label.text()  # the repeated row too
    page.year.setValue(2024)
    qtbot.waitUntil(lambda: wizard.plan.year == 2024, timeout=10_000)
    assert _cell(model, 0, "预计成交日期").data() == "2024-03-15"
    assert page.year_hint.text() == "(proposed: 2025)"
    assert "read as dates in 2024" in page.notes.text()

    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, p, t, text: True))
    with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_RESULT, timeout=10_000)
    reasons = wizard.result_page.reasons.text()
    assert "1 row(s) skipped: repeats an earlier row (1)" in reasons
    assert "1 row(s) not imported because of errors: customer not found (1)" in reasons
    assert wizard.result_page.save_rejected.isVisibleTo(wizard.result_page)
    with ctx.store.read() as uow:
        closes = dict(uow.session.execute(select(Deal.name, Deal.expected_close)).all())
    assert closes == {"甲项目": date(2024, 3, 15), "乙项目": date(2025, 4, 1)}


def test_no_year_question_without_year_less_dates(qtbot, ctx, tmp_path):
    path = write_csv(tmp_path / "台账.csv", [["客户名称", "最近跟进时间"],
                                             ["甲公司", "2025-03-05"]])
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    _go(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    _go(qtbot, wizard, ImportWizard.PAGE_PREVIEW)
    assert not wizard.preview_page.year_box.isVisible()
    assert _cell(wizard.preview_page.model, 0, "最近跟进时间").data() == "2025-03-05"


def test_product_preview_shows_tax_rates_as_percent(qtbot, ctx, tmp_path):
    path = write_csv(tmp_path / "产品.csv", [
        ["产品编码", "产品名称", "单价", "税率"],
        ["GW-1", "智能网关", "12800", "13%"],
        ["SV-1", "实施服务", "2500", "0.06"],
        ["SV-2", "咨询", "800", "6.5"],
    ])
    wizard = ImportWizard(ctx, "products")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10_000)
    _go(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_PREVIEW, timeout=10_000)
    model = wizard.preview_page.model
    assert [_cell(model, r, "税率").data() for r in range(3)] == ["13%", "6%", "6.5%"]
    assert _cell(model, 0, "单价").data() == "12,800.00"
