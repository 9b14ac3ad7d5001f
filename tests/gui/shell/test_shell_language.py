"""Switching the interface language live, and choosing it at start-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from gui.common.i18n import choose_language, install_translators
from gui.common.ui_settings import ui_settings
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _sidebar_texts(window):
    model = window.nav_model
    return [model.index(r).data() for r in range(model.rowCount())]


def _menu_titles(window):
    return [m.title() for m in window.menuBar().findChildren(QMenu) if m.parent() is
            window.menuBar() and m.menuAction() in window.menuBar().actions()]


def test_language_switch_retranslates_sidebar_menus_and_pages_live(qtbot, store):
    window = make_window(qtbot, store, "en")
    window.show_page("dashboard")
    assert _sidebar_texts(window)[:3] == ["Today", "Customers", "Pipeline"]
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Language", "&Help"]
    assert window.host.currentWidget().tabs.tabText(0) == "Dashboard"

    window.menus.actions["lang_zh_CN"].trigger()

    assert _sidebar_texts(window) == ["今日", "客户", "销售漏斗", "目标", "销售计划", "订单与回款",
                                      "激励", "仪表盘与复盘", "设置"]
    assert _menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "语言(&L)", "帮助(&H)"]
    assert window.host.current_key == "dashboard"  # the page survived the rebuild
    assert window.host.currentWidget().tabs.tabText(0) == "看板"
    assert window.menus.actions["page_targets"].text() == "目标"
    assert window.menus.actions["lang_zh_CN"].isChecked()
    assert "我是" in window.status.person_label.text()
    assert ui_settings().value("ui/language") == "zh_CN"

    window.menus.actions["lang_en"].trigger()
    assert _sidebar_texts(window)[0] == "Today"
    assert _menu_titles(window)[0] == "&File"
    assert ui_settings().value("ui/language") == "en"


def test_shortcuts_still_work_after_a_switch(qtbot, store):
    window = make_window(qtbot, store, "en")
    window.set_language("zh_CN")
    assert len([a for a in window.actions() if a.objectName() == "action_page_plans"]) == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.host.current_key == "plans"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # no crash


@pytest.mark.parametrize(
    ("override", "stored", "system", "expected"),
    [
        ("en", "zh_CN", "zh_CN", "en"),  # --lang wins
        (None, "zh_CN", "en_US", "zh_CN"),  # then the remembered choice
        (None, None, "zh_TW", "zh_CN"),  # then any Chinese system locale
        (None, None, "de_DE", "en"),
        (None, "klingon", "en_GB", "en"),  # a corrupt setting is ignored
    ],
)
def test_start_up_language_choice(monkeypatch, override, stored, system, expected):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert choose_language(override, stored) == expected
