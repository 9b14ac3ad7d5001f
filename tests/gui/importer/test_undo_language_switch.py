"""Every kind of import survives the language switch: import through the wizard the window
opens, switch the language (every page is rebuilt), undo through the window's stack — the
database is back exactly as before and the rebuilt page shows it —, then redo.

The import's undo restores every row exactly (``updated_at`` included), so the dump is the whole
database. Undo and redo run on the task worker (an import can take seconds); the test checks
that too. What a page shows is compared in one language: the state before the import and after
it are read from pages built in Chinese, then the page rebuilt by the switch must show them again
after undo and redo.
"""

from __future__ import annotations

import functools
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.importer.choice_delegate import VALUE_ROLE
from gui.importer.import_wizard import ImportWizard
from services.importing import CREATE, commit_plan, open_source, plan_import
from services.importing import commit as import_commit
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
    seed_org,
)
from tests.unit.importing_fixtures import snapshot, write_csv, write_xlsx

pytestmark = [pytest.mark.qt_log_ignore(OFFSCREEN_NOISE),
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

RECENT = (date.today() - timedelta(days=30)).isoformat()
FILES: dict[str, list[list[Any]]] = {
    "customers": [["客户名称", "手机", "负责人", "行业"],
                  ["导入甲公司", "13800138000", "王芳", "制造业"],
                  ["导入乙公司", "", "新同事", "软件"]],
    "contacts": [["客户名称", "姓名", "职务", "手机"],
                 ["老客户甲", "赵一", "采购经理", "13800138001"],
                 ["导入新客户", "钱二", "", ""]],
    "followups": [["客户", "跟进日期", "跟进方式", "跟进内容", "下次跟进日期", "销售"],
                  ["老客户甲", "2026/3/5", "拜访", "现场演示", "2026/3/20", "王芳"]],
    "deals": [["商机名称", "客户名称", "负责人", "阶段", "预计金额(元)", "预计成交日期"],
              ["甲-扩容", "老客户甲", "王芳", "已成交", "60万", RECENT],
              ["新-试点", "导入新客户", "李强", "待评估", "5万", ""]],
    "receivables": [["合同编号", "客户名称", "负责人", "应收日期", "应收金额", "实收金额",
                     "到账日期", "争议"],
                    ["HT-导入-1", "老客户甲", "王芳", "2026/3/5", "1,200", "200", "2026/3/10",
                     ""],
                    ["HT-导入-2", "导入新客户", "李强", "2026/4/5", "500", "", "", "是"]],
}
PAGES = {"customers": "customers", "contacts": "customers", "followups": "customers",
         "deals": "pipeline", "receivables": "customers"}


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _seed(store, tmp_path: Path) -> None:  # noqa: ANN001
    """People, and two customers already there (imported earlier)."""
    seed_org(store)
    path = write_xlsx(tmp_path / "old.xlsx", [["客户名称", "行业"], ["老客户甲", "物流"],
                                               ["老客户乙", "教育"]])
    commit_plan(store, plan_import(store, open_source(path, "customers", store=store)))


def _aside(widget, card) -> bool:  # noqa: ANN001
    """A filter combo box's choices, or the card of the selected record (what it shows
    depends on the selection, which an undo need not restore)."""
    while widget is not None:
        if isinstance(widget, QComboBox) or (card is not None and widget is card):
            return True
        widget = widget.parent()
    return False


def _columns(model, parent) -> int:  # noqa: ANN001
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: columnCount is private in PySide
        return 1


def _texts(page) -> tuple[str, ...]:  # noqa: ANN001
    """Every text the page's item views show (tree views one level deep), but for the choices
    of its filter combo boxes and the card of the selected record."""
    out: list[str] = []
    card = getattr(page, "card", None)
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or _aside(view, card):
            continue
        parents = [QModelIndex()]
        parents += [model.index(r, 0) for r in range(model.rowCount())]
        for parent in parents:
            for r in range(model.rowCount(parent)):
                for c in range(_columns(model, parent)):
                    value = model.index(r, c, parent).data(Qt.ItemDataRole.DisplayRole)
                    out.append("" if value is None else str(value))
    return tuple(out)


def _settled(window) -> bool:  # noqa: ANN001
    page = window.host.currentWidget()
    loading = getattr(page, "is_loading", None)
    return window.ctx.tasks.pool.activeThreadCount() == 0 and not (loading and loading())


def _view(qtbot, window) -> tuple[str, ...]:  # noqa: ANN001
    """What the current page shows once it has loaded (two equal readings in a row)."""
    last: list[Any] = [None]

    def stable() -> bool:
        now = _texts(window.host.currentWidget()) if _settled(window) else None
        same = now is not None and now == last[0]
        last[0] = now
        return same

    qtbot.waitUntil(stable, timeout=30_000)
    return last[0]


def _wait_view(qtbot, window, expected: tuple[str, ...]) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: _settled(window) and _texts(window.host.currentWidget()) == expected,
                    timeout=30_000)


def _switch(qtbot, window, lang: str) -> None:  # noqa: ANN001
    window.set_language(lang)
    qtbot.waitUntil(lambda: window.lang == lang)


def _go(qtbot, wizard, *pages: int) -> None:  # noqa: ANN001
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() in pages, timeout=10_000)


def _import(qtbot, window, kind: str, path: Path) -> dict:  # noqa: ANN001
    """Run the wizard the File menu opens; returns the database just before the commit."""
    window.open_import(kind)
    wizard = window.findChild(ImportWizard)
    wizard.file_page.path.setText(str(path))
    _go(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    _go(qtbot, wizard, ImportWizard.PAGE_RESOLVE, ImportWizard.PAGE_PREVIEW)
    if wizard.currentId() == ImportWizard.PAGE_RESOLVE:
        resolve = wizard.resolve_page
        for row in range(resolve.model.rowCount()):
            assert resolve.model.setData(resolve.model.index(row, 3), CREATE, VALUE_ROLE)
        resolve.create_customers.setChecked(True)
        _go(qtbot, wizard, ImportWizard.PAGE_PREVIEW)
    assert wizard.plan.counts()["create"] + wizard.plan.counts()["update"] > 0
    assert wizard.plan.counts()["reject"] == 0
    before = snapshot(window.ctx.store)
    _go(qtbot, wizard, ImportWizard.PAGE_RESULT)
    wizard.accept()
    return before


@pytest.mark.parametrize("kind", list(FILES))
def test_import_undo_and_redo_after_a_language_switch(qtbot, store, tmp_path, monkeypatch,
                                                      kind) -> None:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    monkeypatch.setattr(Messages, "show_refused", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, parent, title, text: True))
    threads: list[str] = []
    for name in ("undo_import", "redo_import"):
        real = getattr(import_commit, name)

        @functools.wraps(real)
        def spy(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            threads.append(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(import_commit, name, spy)
    _seed(store, tmp_path)
    rows = FILES[kind]
    path = (write_csv(tmp_path / f"{kind}.csv", rows) if kind == "deals"
            else write_xlsx(tmp_path / f"{kind}.xlsx", rows))
    window = make_window(qtbot, store, "en")
    window.show_page(PAGES[kind])
    _switch(qtbot, window, "zh_CN")
    shown_before = _view(qtbot, window)
    _switch(qtbot, window, "en")
    _view(qtbot, window)

    before = _import(qtbot, window, kind, path)
    after = snapshot(store)
    assert after != before
    stack = window.ctx.undo_stack
    assert stack.count() == 1

    _switch(qtbot, window, "zh_CN")  # every page is rebuilt
    shown_after = _view(qtbot, window)
    assert shown_after != shown_before

    stack.undo()
    assert snapshot(store) == before
    _wait_view(qtbot, window, shown_before)

    stack.redo()
    assert snapshot(store) == after
    _wait_view(qtbot, window, shown_after)

    stack.undo()
    assert snapshot(store) == before
    _wait_view(qtbot, window, shown_before)
    assert errors == []
    assert len(threads) == 3 and threading.main_thread().name not in threads
