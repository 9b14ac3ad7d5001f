"""The first-run setup wizard on a real main window over a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from gui.firstrun.launch import offer_setup
from gui.firstrun.setup_wizard import SetupWizard
from services.customers.edit import NewCustomer, create_customer
from services.firstrun.setup import fiscal_start_month, needs_setup, setup_done
from services.org.people import firm_name, list_people
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _wizard(qtbot, window) -> SetupWizard:
    offer_setup(window)
    qtbot.waitUntil(lambda: window.findChild(SetupWizard) is not None
                    and window.findChild(SetupWizard).isVisible())
    return window.findChild(SetupWizard)


def _type(model, row: int, name: str, unit: str, role: str) -> None:
    model.setData(model.index(row, 0), name)
    model.setData(model.index(row, 1), unit)
    model.setData(model.index(row, 2), role)


def test_a_new_database_is_set_up_through_the_wizard(qtbot, store) -> None:
    window = make_window(qtbot, store)
    wizard = _wizard(qtbot, window)
    assert wizard.currentId() == wizard.PAGE_FIRM
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name first
    wizard.firm_page.firm.setText("云帆科技")
    wizard.firm_page.fiscal.setCurrentIndex(3)  # April
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.me_page.name.setText("张总")
    wizard.me_page.role.setCurrentIndex(wizard.me_page.role.findData("director"))
    wizard.next()
    _type(wizard.team_page.model, 0, "李强", "华东区", "rep")
    _type(wizard.team_page.model, 1, "王芳", "华东区", "manager")
    wizard.next()
    summary = wizard.summary_page.text.text()
    assert "云帆科技" in summary and "华东区" in summary and "王芳" in summary
    wizard.accept()

    assert setup_done(store) and firm_name(store) == "云帆科技"
    assert fiscal_start_month(store) == 4
    people = {p.name: (p.role, p.unit_name) for p in list_people(store)}
    assert people == {"张总": ("director", "云帆科技"), "李强": ("rep", "华东区"),
                      "王芳": ("manager", "华东区")}
    me = next(p.id for p in list_people(store) if p.name == "张总")
    assert window.ctx.current_person_id == me  # "I am" is me now
    assert window.stored_person_id() == me

    window.ctx.undo_stack.undo()  # one undo step takes the setup back
    assert needs_setup(store) and list_people(store) == []
    window.ctx.undo_stack.redo()
    assert setup_done(store) and len(list_people(store)) == 3


def test_a_name_typed_twice_keeps_the_wizard_on_the_team(qtbot, store, monkeypatch) -> None:
    from gui.common.messages import Messages

    said: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": said.append(text)))
    window = make_window(qtbot, store)
    wizard = _wizard(qtbot, window)
    wizard.firm_page.firm.setText("云帆科技")
    wizard.next()
    wizard.me_page.name.setText("张总")
    wizard.next()
    _type(wizard.team_page.model, 0, "张总", "", "rep")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_TEAM and "张总" in said[0]
    wizard.team_page.skipped.setChecked(True)  # or skip the team: nothing typed is used
    wizard.next()
    wizard.accept()
    assert [p.name for p in list_people(store)] == ["张总"]


def test_cancel_leaves_the_database_new_and_today_offers_the_setup(qtbot, store) -> None:
    window = make_window(qtbot, store)
    wizard = _wizard(qtbot, window)
    wizard.firm_page.firm.setText("云帆科技")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert needs_setup(store)
    window.show_page("today")
    panel = window.host.currentWidget().getting_started
    qtbot.waitUntil(lambda: panel.isVisible())
    assert list(panel.buttons)[0] == "setup"
    panel.buttons["setup"].click()  # the list's first step opens the setup again
    qtbot.waitUntil(lambda: window.findChild(SetupWizard) is not None
                    and window.findChild(SetupWizard).isVisible())


def test_a_database_in_use_is_not_offered_the_setup(qtbot, store) -> None:
    create_customer(store, NewCustomer(name="上海某某科技有限公司"))
    window = make_window(qtbot, store)
    offer_setup(window)
    window.ctx.tasks.wait()
    qtbot.wait(100)
    assert window.findChild(SetupWizard) is None


def test_the_wizard_reads_in_chinese(qtbot, store) -> None:
    window = make_window(qtbot, store, "zh_CN")
    wizard = _wizard(qtbot, window)
    assert wizard.windowTitle() == "设置 Sailplan"
    assert wizard.firm_page.title() == "欢迎使用 Sailplan"
    assert wizard.firm_page.fiscal.itemText(0) == "一月"
    assert wizard.me_page.role.itemText(1) == "销售总监"
    assert wizard.team_page.model.headerData(2, Qt.Orientation.Horizontal) == "角色"
    QApplication.processEvents()
