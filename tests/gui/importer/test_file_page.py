"""The wizard's file page: a workbook's sheets are listed on the worker, never the whole
pre-check on the GUI thread at every path change; a CSV's encoding can be chosen."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.importer import import_wizard
from gui.importer.import_wizard import ImportWizard
from tests.unit.importing_fixtures import write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(store):
    runner = TaskRunner()
    context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    yield context
    runner.wait()


def test_sheets_are_listed_off_the_gui_thread(qtbot, ctx, tmp_path: Path, monkeypatch):
    threads: list[threading.Thread] = []
    real = import_wizard.list_sheets

    def spy(path):  # noqa: ANN001, ANN202 - records where the real function runs
        threads.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(import_wizard, "list_sheets", spy)
    path = write_xlsx(tmp_path / "台账.xlsx", [["客户名称"], ["甲公司"]])
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    page = wizard.file_page
    for i in range(1, len(str(path)) + 1):  # typed character by character
        page.path.setText(str(path)[:i])
    qtbot.waitUntil(lambda: page.sheet.currentText() == "客户", timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert len(threads) == 1  # only the complete path names a workbook
    assert not page.encoding.isEnabled()


def test_a_csv_with_a_stray_byte_names_it_and_the_encoding_can_be_chosen(qtbot, ctx,
                                                                         tmp_path: Path):
    text = "客户名称,备注\r\n上海浦东软件,老客户\r\n杭州西湖茶业,新客户\r\n"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(text.encode("utf-8").replace("杭州".encode(), "杭州".encode() + b"\xe9"))
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(text.encode("gbk"))
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path.setText(str(bad))
    assert page.encoding.isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: "line 3, 0xE9" in page.error.text(), timeout=20_000)
    assert wizard.currentId() == ImportWizard.PAGE_FILE
    page.path.setText(str(gbk))
    page.encoding.setCurrentIndex(page.encoding.findData("gb18030"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_MAPPING, timeout=20_000)
    assert wizard.source is not None and wizard.source.table.encoding == "gb18030"
    assert wizard.source.table.rows[1][0] == "上海浦东软件"
