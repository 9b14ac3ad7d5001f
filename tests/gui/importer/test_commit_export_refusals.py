"""What an import, its undo or an export refuses reads in the interface language: the Chinese
wizard and export dialog show a full disk, a folder that is gone or a file name that is a folder
in Chinese, and an undo the data no longer allows is refused in Chinese.

The full disks are a 2 MB tmpfs mounted for the test (root only, as in CI; skipped elsewhere).
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.importer.export_runner import ExportRunner
from gui.importer.import_wizard import ImportWizard
from models.customers import Customer
from services.customers.edit import add_followup
from services.setup import open_store
from tests.gui.importer.test_refusals_in_chinese import CJK, english_sentences
from tests.unit.cli.test_disk_full import small_disk  # noqa: F401  (a fixture)
from tests.unit.importing_fixtures import write_csv, write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def zh(qapp):
    app = QApplication.instance()
    install_translators(app, "zh_CN")
    yield
    install_translators(app, "en")


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": shown.append(text)))
    return shown


def _context(store) -> AppContext:  # noqa: ANN001
    return AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                      tasks=TaskRunner())


def _chinese(text: str) -> None:
    assert CJK.search(text) and english_sentences(text) == [], text


def _export(qtbot, ctx: AppContext, target: Path, monkeypatch) -> ExportRunner:  # noqa: ANN001
    monkeypatch.setattr(ExportRunner, "ask_path", classmethod(lambda cls, p, t, s: str(target)))
    runner = ExportRunner(ctx, None, "customers")
    runner.start()
    ctx.tasks.wait()
    qtbot.wait(50)  # the queued failure reaches the GUI thread
    return runner


def test_export_refusals_are_chinese(qtbot, store, tmp_path, zh, errors, monkeypatch):
    with store.write() as uow:
        uow.session.add(Customer(name="甲公司", name_norm="甲", tags=""))
        uow.commit()
    ctx = _context(store)
    out = tmp_path / "导出"
    (out / "是文件夹.xlsx").mkdir(parents=True)
    _export(qtbot, ctx, out / "不存在" / "客户.xlsx", monkeypatch)
    _export(qtbot, ctx, out / "是文件夹.xlsx", monkeypatch)
    assert len(errors) == 2
    assert "不存在" in errors[0] and "未写入任何文件" in errors[0]
    assert "是一个文件夹" in errors[1]
    for text in errors:
        _chinese(text)
    assert [p.name for p in out.iterdir()] == ["是文件夹.xlsx"]  # no temporary file left
    assert list((out / "是文件夹.xlsx").iterdir()) == []


def test_export_onto_a_full_disk_is_refused_in_chinese(qtbot, store, small_disk,  # noqa: F811
                                                       zh, errors, monkeypatch):
    # Random notes twice the size of the disk's free space: they do not fit even compressed.
    per_row = 2 * shutil.disk_usage(small_disk).free // 1_500
    with store.write() as uow:
        uow.session.add_all(Customer(name=f"客户{i:05d}", name_norm=f"客户{i:05d}", tags="",
                                     notes=os.urandom(per_row).hex()) for i in range(1_500))
        uow.commit()
    _export(qtbot, _context(store), small_disk / "客户.xlsx", monkeypatch)
    assert len(errors) == 1 and "磁盘已满" in errors[0] and "未写入任何文件" in errors[0]
    _chinese(errors[0])
    assert list(small_disk.iterdir()) == []


def _import(qtbot, wizard: ImportWizard, path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, p, t, text: True))
    wizard.show()
    wizard.file_page.path.setText(str(path))
    for page in (ImportWizard.PAGE_MAPPING, ImportWizard.PAGE_PREVIEW):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=30_000)
    wizard.next()  # Import


def test_import_onto_a_full_disk_is_refused_in_chinese(qtbot, small_disk,  # noqa: F811
                                                       tmp_path, zh, errors, monkeypatch):
    db = small_disk / "firm.sqlite3"
    ledger = write_csv(tmp_path / "台账.csv", [["客户名称", "手机", "备注"], *(
        [f"磁盘客户{i:05d}", f"139{i:08d}", "很长的备注" * 40] for i in range(3_000))])
    with open_store(db) as store:
        ctx = _context(store)
        wizard = ImportWizard(ctx, "customers")
        qtbot.addWidget(wizard)
        _import(qtbot, wizard, ledger, monkeypatch)
        qtbot.waitUntil(lambda: bool(errors), timeout=60_000)
        ctx.tasks.wait()
        assert wizard.currentId() == ImportWizard.PAGE_PREVIEW
        wizard.close()
    assert len(errors) == 1 and "磁盘已满" in errors[0] and "未保存任何数据" in errors[0]
    _chinese(errors[0])
    with open_store(db) as store, store.read() as uow:  # opened again: nothing was imported
        assert uow.session.query(Customer).count() == 0


def test_an_undo_the_data_no_longer_allows_is_refused_in_chinese(qtbot, store, tmp_path, zh,
                                                                 monkeypatch):
    ctx = _context(store)
    wizard = ImportWizard(ctx, "customers")
    qtbot.addWidget(wizard)
    _import(qtbot, wizard, write_xlsx(tmp_path / "c.xlsx", [["客户名称"], ["甲公司"]]),
            monkeypatch)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_RESULT, timeout=30_000)
    assert ctx.undo_stack.count() == 1
    with store.read() as uow:
        cid = uow.session.query(Customer.id).filter(Customer.name == "甲公司").scalar()
    add_followup(store, cid, {"at": datetime(2026, 3, 2, 2, tzinfo=UTC), "method": "call",
                              "content": "电话沟通"})
    refused: list[str] = []
    ctx.events.refused.connect(lambda action, reason: refused.append(reason))
    ctx.undo_stack.undo()
    ctx.tasks.wait()
    assert len(refused) == 1 and "无法撤销这次导入" in refused[0]
    _chinese(refused[0])
    assert ctx.undo_stack.count() == 0  # the refused undo made the step obsolete
