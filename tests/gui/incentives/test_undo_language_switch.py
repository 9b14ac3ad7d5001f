"""Every undoable action of the Schemes tab survives the language switch: done on the
Incentives page of the real main window, the language switched (every page rebuilt — the
commands hold none of them), Edit ▸ Undo — the database is back row by row and the rebuilt page
shows it in Chinese —, then Edit ▸ Redo.

``updated_at`` is left out (undo advances it on purpose); an undone creation leaves its rows
soft-deleted, so a redo brings back the same ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.incentives.scheme_dialog import SchemeDialog
from models.base import Base
from services.incentives.schemes import create_scheme, new_version, publish
from tests.gui.incentives.scheme_fixtures import add_sample_scheme, sample_document
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TABLES = ("incentive_schemes", "scheme_versions")
Dump = dict[str, dict[str, dict[str, Any]]]


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _dump(store) -> Dump:  # noqa: ANN001
    out: Dump = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            out[name] = {str(row["id"]): {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


def _live(rows: Dump) -> Dump:
    return {t: {i: r for i, r in by_id.items() if r.get("deleted_at") is None}
            for t, by_id in rows.items()}


def _edit_tiers(tab: Any) -> None:
    tab.editor.rules.select(0)
    tiers = tab.editor.rules.form.fields["tiers"]
    tiers.model.setData(tiers.model.index(1, 1), "6")
    tab.editor.name.setText("2026 华东提成方案")
    tab.editor.name.textEdited.emit("2026 华东提成方案")
    tab.editor.save.click()


def _key(key: str) -> Callable[[Any], None]:
    def act(tab: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        tab.tree.setFocus()
        QTest.keyClick(tab.tree, getattr(Qt.Key, key))
    return act


CASES: dict[str, tuple[str, Callable[[Any], None], tuple[str, date | None] | None]] = {
    # name: (version to select, what the user does, what the dialog answers)
    "new scheme": ("draft", lambda tab: tab.window().new_record(), ("华南销售方案",
                                                                   date(2026, 8, 1))),
    "save draft (name and tiers)": ("draft", _edit_tiers, None),
    "rename": ("draft", _key("Key_F2"), ("华东激励方案", None)),
    "publish": ("draft", lambda tab: tab.buttons["publish"].click(), None),
    "new version": ("published", lambda tab: tab.buttons["version"].click(),
                    ("", date(2026, 10, 1))),
    "delete draft": ("second", _key("Key_Delete"), None),
    "delete a scheme's only draft": ("draft", _key("Key_Delete"), None),
}


@pytest.mark.parametrize("name", list(CASES))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, name) -> None:  # noqa: ANN001
    pick, act, answer = CASES[name]
    errors: list[str] = []
    for shown in ("show_refused", "show_error"):
        monkeypatch.setattr(Messages, shown, classmethod(
            lambda cls, parent, title, text: errors.append(text)))
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, *a: True))
    if answer is not None:
        monkeypatch.setattr(SchemeDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    firm = build_firm(store)
    ids = {"draft": add_sample_scheme(store, [firm.units["east"]]).version_id}
    other = create_scheme(store, "老带新方案", effective_from=date(2026, 1, 1),
                          document=sample_document([firm.units["south"]])).value
    publish(store, other.version_id)
    ids["published"] = other.version_id
    ids["second"] = new_version(store, other.scheme_id, effective_from=date(2026, 7, 1)).value
    window = make_window(qtbot, store, "en")
    window.resize(1280, 800)
    stack = window.ctx.undo_stack

    def tab() -> Any:
        page = window.show_page("incentives")
        return page.current_tab()

    def view() -> Any:
        window.ctx.tasks.wait()
        QApplication.processEvents()
        t = tab()
        if t.is_loading():
            return None
        m = t.model
        return tuple((m.index(r, 0).data(), tuple(
            (m.index(v, 0, m.index(r, 0)).data(), m.index(v, 1, m.index(r, 0)).data(),
             m.index(v, 2, m.index(r, 0)).data()) for v in range(m.rowCount(m.index(r, 0)))))
            for r in range(m.rowCount()))

    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    t = tab()
    t.show_item("scheme_version", ids[pick])
    qtbot.waitUntil(lambda: view() is not None and tab().editor.version is not None
                    and tab().editor.version.id == ids[pick], timeout=10_000)
    before, shown_before = _dump(store), view()
    act(tab())
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    assert not errors, errors
    after = _dump(store)
    assert after != before
    qtbot.waitUntil(lambda: view() not in (None, shown_before), timeout=10_000)
    shown_after = view()

    window.set_language("zh_CN")  # every page rebuilt; the commands hold none of them
    QApplication.processEvents()
    qtbot.waitUntil(lambda: view() is not None, timeout=30_000)
    assert window.menus.actions["undo"].text().startswith("撤销")
    window.menus.actions["undo"].trigger()
    assert not errors, errors
    assert _live(_dump(store)) == _live(before)
    qtbot.waitUntil(lambda: view() is not None and view()[0][0] == shown_before[0][0],
                    timeout=10_000)
    statuses = {s for _n, versions in view() for _v, s, _d in versions}
    assert statuses <= {"草稿", "已发布"}  # the rebuilt page speaks Chinese

    window.menus.actions["redo"].trigger()
    assert not errors, errors
    assert _live(_dump(store)) == _live(after)
    for table in TABLES:
        assert set(_dump(store)[table]) == set(after[table])  # the same ids
    qtbot.waitUntil(lambda: view() is not None and len(view()) == len(shown_after),
                    timeout=10_000)
    window.ctx.tasks.wait()
