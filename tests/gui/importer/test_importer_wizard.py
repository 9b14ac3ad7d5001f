"""The import wizard driven page by page, its models, undo through the window's stack, export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.importer.actions import export_dialog, open_import_wizard
from gui.importer.choice_delegate import VALUE_ROLE
from gui.importer.export_runner import ExportRunner
from gui.importer.import_wizard import ImportWizard
from gui.importer.preview_model import ERROR_BG, WARNING_BG
from models.customers import Customer
from models.org import Person
from services.importing import CREATE
from tests.unit.importing_fixtures import seed_people, snapshot, write_xlsx

# QWizard asks the window system to propagate size hints; the offscreen plugin says it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _data(store) -> dict:
    """Every table except app_settings (the remembered column mapping is a preference)."""
    return {k: v for k, v in snapshot(store).items() if k != "app_settings"}


@pytest.fixture
def ctx(store):
    runner = TaskRunner()
    context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    yield context
    runner.wait()


def _ledger(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "台账.xlsx", [
        ["2025年客户台账"],
        ["客户名称", "手机", "负责人", "最近跟进时间", "累计成交金额"],
        ["甲公司", "13800138000", "王强", "2025/3/5", "1.2万"],
        ["乙公司", "12345", "李娜", "2025-03-06", ""],
        ["丙公司", "13900139000", "新同事", "2025年3月7日", "待确认"],
        ["", "13700137000", "李娜", "2025年3月8日", ""],  # no customer name: rejected
    ])


def _go(qtbot, wizard, page: int) -> None:
    """Press Next and wait: reading and checking run on the worker thread."""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=10_000)


def _names(store) -> set[str]:
    with store.read() as uow:
        return set(uow.session.scalars(select(Customer.name)))


def test_wizard_imports_in_one_undoable_step(qtbot, qtmodeltester, ctx, tmp_path, monkeypatch):
    seed_people(ctx.store)
    before = _data(ctx.store)
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(_ledger(tmp_path)))
    qtbot.waitUntil(lambda: wizard.file_page.sheet.currentText() == "客户", timeout=10_000)
    _go(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    model = wizard.mapping_page.model
    qtmodeltester.check(model)
    assert model.mapping == ["name", "phone", "owner", "last_followup", None]
    assert "甲公司" in model.index(0, 2).data()
    model.setData(model.index(3, 1), None, VALUE_ROLE)  # the user ignores 最近跟进时间
    _go(qtbot, wizard, ImportWizard.PAGE_RESOLVE)
    resolve = wizard.resolve_page.model
    qtmodeltester.check(resolve)
    assert [(u.what, u.name, u.rows) for u in resolve.items] == [("owner", "新同事", 1)]
    assert resolve.setData(resolve.index(0, 3), CREATE, VALUE_ROLE)
    _go(qtbot, wizard, ImportWizard.PAGE_PREVIEW)
    preview = wizard.preview_page.model
    qtmodeltester.check(preview)
    assert wizard.plan.counts() == {"create": 3, "update": 0, "skip": 0, "reject": 1}
    bad = preview.index(1, 4)  # row 乙公司, column 手机: optional, left empty with a note
    assert bad.data() == ""
    assert bad.data(Qt.ItemDataRole.BackgroundRole).color() == WARNING_BG
    tip = bad.data(Qt.ItemDataRole.ToolTipRole)
    assert "not a valid phone number" in tip and "The cell was left empty" in tip
    assert "In the file: 12345" in tip
    assert "手机: " in preview.index(1, 2).data()  # the problems column names the cell
    nameless = preview.index(3, 3)  # the row without a customer name is rejected
    assert nameless.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BG
    wizard.preview_page.only_problems.setChecked(True)
    assert preview.rowCount() == 2
    wizard.preview_page.mode.setCurrentIndex(wizard.preview_page.mode.findData("create"))
    qtbot.waitUntil(lambda: wizard.plan.mode == "create", timeout=10_000)

    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, p, t, text: asked.append(text)
                                                     or True))
    with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_RESULT, timeout=10_000)
    assert asked and "1 row(s) have errors" in asked[0]
    assert _names(ctx.store) == {"甲公司", "乙公司", "丙公司"}
    with ctx.store.read() as uow:
        assert uow.session.scalar(select(Person.id).where(Person.name == "新同事"))
    assert "Created 3" in wizard.result_page.summary.text()
    reasons = wizard.result_page.reasons.text()
    assert "1 row(s) not imported because of errors: 客户名称: required but empty (1)" in reasons
    assert "1 cell(s) left empty, their rows imported: 手机: not a phone number (1)" in reasons

    saved = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(ImportWizard, "ask_save_path",
                        classmethod(lambda cls, p, t, s: str(saved)))
    wizard.result_page.save_rejected.click()
    ws = openpyxl.load_workbook(saved).active
    assert ws["A2"].value is None and "客户名称" in ws["F2"].value

    stack = ctx.undo_stack
    assert stack.count() == 1
    with qtbot.waitSignal(ctx.events.changed):
        stack.undo()
    assert _data(ctx.store) == before
    stack.redo()
    assert _names(ctx.store) == {"甲公司", "乙公司", "丙公司"}


def test_saved_mapping_is_offered_next_time(qtbot, ctx, tmp_path):
    path = _ledger(tmp_path)
    first = ImportWizard(ctx, "customers")
    qtbot.addWidget(first)
    first.file_page.path.setText(str(path))
    first.show()
    _go(qtbot, first, ImportWizard.PAGE_MAPPING)
    first.mapping_page.model.setData(first.mapping_page.model.index(4, 1), "credit_limit",
                                     VALUE_ROLE)
    _go(qtbot, first, ImportWizard.PAGE_RESOLVE)
    second = open_import_wizard(ctx, None, "customers")
    qtbot.addWidget(second)
    second.file_page.path.setText(str(path))
    _go(qtbot, second, ImportWizard.PAGE_MAPPING)
    assert second.mapping_page.model.mapping[4] == "credit_limit"


def test_hostile_file_shows_message_and_stays(qtbot, ctx, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04garbage")
    wizard = ImportWizard(ctx, "deals")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: "not a readable .xlsx" in wizard.file_page.error.text(),
                    timeout=10_000)
    assert wizard.currentId() == ImportWizard.PAGE_FILE


def test_export_dialog_writes_file_on_worker(qtbot, ctx, tmp_path, monkeypatch):
    seed_people(ctx.store)
    with ctx.store.write() as uow:
        uow.session.add(Customer(name="=HYPERLINK(\"x\")", name_norm="x", tags=""))
        uow.commit()
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(ExportRunner, "ask_path", classmethod(lambda cls, p, t, s: str(out)))
    with qtbot.waitSignal(ctx.events.status_message, timeout=10_000):
        runner = export_dialog(ctx, None, "customers")
    assert runner.result is not None and runner.result.rows == 1
    cell = openpyxl.load_workbook(out).active["A2"]
    assert cell.value == "=HYPERLINK(\"x\")" and cell.data_type == "s"


def test_reading_shows_progress_and_cancel_stops_it(qtbot, ctx, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from gui.importer import import_wizard
    from services.importing import ImportCancelled

    asked = threading.Event()

    def slow_open_source(path, kind, *, store, sheet, encoding, progress,  # noqa: ANN001
                         is_cancelled):
        progress(1, 4)
        for _ in range(2000):  # until the user presses Cancel in the dialog (at most 20 s)
            if is_cancelled():
                raise ImportCancelled("Import cancelled; nothing was written.")
            asked.wait(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(import_wizard, "open_source", slow_open_source)
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(_ledger(tmp_path)))
    wizard.next()

    def dialog() -> QProgressDialog | None:
        found = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None and dialog().maximum() == 4, timeout=10_000)
    assert dialog().value() == 1
    dialog().findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10_000)
    assert wizard.currentId() == ImportWizard.PAGE_FILE and wizard.source is None
    assert wizard.file_page.error.text() == ""


def test_checking_rows_passes_progress_and_cancel_to_the_planner(qtbot, ctx, tmp_path,
                                                                 monkeypatch):
    from gui.importer import import_wizard

    seen: dict = {}
    real = import_wizard.plan_import

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_wizard, "plan_import", spy)
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(_ledger(tmp_path)))
    _go(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert callable(seen["progress"]) and callable(seen["is_cancelled"])
