"""Settings: General (language, I am, database) and Backups (list, back up now, restore)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.settings.backups_section import BackupsSection
from gui.settings.general_section import GeneralSection
from gui.settings.settings_page import SettingsPage
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
    seed_org,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
GENERAL = "gui.settings.general_section:GeneralSection"
BACKUPS = "gui.settings.backups_section:BackupsSection"


@pytest.fixture
def window(qtbot, store):
    seed_org(store)
    w = make_window(qtbot, store)
    yield w
    install_translators(QApplication.instance(), "en")


def _settings(window) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_sections_are_listed_and_open(window):
    page = _settings(window)
    titles = [page.model.index(r).data() for r in range(page.model.rowCount())]
    assert titles[:2] == ["General", "Backups"]
    assert isinstance(page.show_section(GENERAL), GeneralSection)
    assert isinstance(page.show_section(BACKUPS), BackupsSection)


def test_i_am_lists_current_people_and_remembers_the_choice(qtbot, window, store):
    general = _settings(window).show_section(GENERAL)
    names = [general.person.itemText(i) for i in range(general.person.count())]
    assert names[0] == "(not chosen)"
    assert sorted(n.split(" · ")[0] for n in names[1:]) == sorted(["王芳", "李强", "张伟"])
    assert not any("赵敏" in n for n in names)  # left the firm
    general.person.setCurrentIndex([n.split(" · ")[0] for n in names].index("张伟"))
    assert "张伟" in window.status.person_label.text()
    assert window.ctx.current_person_id == general.person.currentData()


def test_language_combo_switches_the_whole_window(qtbot, window):
    general = _settings(window).show_section(GENERAL)
    general.language.setCurrentIndex(general.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.lang == "zh_CN")
    assert window.nav_model.index(0).data() == "今日"
    assert window.host.current_key == "settings"
    page = window.host.currentWidget()
    assert page.title.text() == "设置"


def test_database_location_is_shown(window, db_path):
    general = _settings(window).show_section(GENERAL)
    assert general.location.text() == str(db_path)


def test_back_up_now_then_restore_brings_the_old_state_back(qtbot, window, store, monkeypatch):
    from services.org.people import create_person, list_people

    backups = _settings(window).show_section(BACKUPS)
    before = backups.model.rowCount()
    backups.backup_button.click()
    qtbot.waitUntil(lambda: backups.model.rowCount() == before + 1, timeout=10000)
    manual = next(r for r in range(backups.model.rowCount())
                  if backups.model.backup(r).kind == "manual")

    team = list_people(window.ctx.store)[0].unit_id
    create_person(window.ctx.store, "新来的", team)
    assert len(list_people(window.ctx.store)) == 4

    asked = []
    monkeypatch.setattr(Messages, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or True))
    backups.view.selectRow(manual)
    with qtbot.waitSignal(window.ctx.events.changed):
        backups.restore_button.click()
    assert asked and "before restore" in asked[0]
    assert len(list_people(window.ctx.store)) == 3  # the restored state
    assert window.ctx.store.lock is not None  # reopened and locked again
    assert window.host.current_key == "settings"
    section = window.host.currentWidget().section(BACKUPS)
    kinds = [section.model.backup(r).kind for r in range(section.model.rowCount())]
    assert "before-restore" in kinds


def test_restore_is_not_done_without_confirmation(qtbot, window, monkeypatch):
    from services.org.people import list_people

    backups = _settings(window).show_section(BACKUPS)
    backups.backup_button.click()
    qtbot.waitUntil(lambda: backups.model.rowCount() >= 1, timeout=10000)
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, parent, title, text: False))
    backups.view.selectRow(0)
    store = window.ctx.store
    backups.restore_button.click()
    assert window.ctx.store is store
    assert len(list_people(store)) == 3


def test_backups_model_passes_the_model_tester(qtbot, window, qtmodeltester):
    backups = _settings(window).show_section(BACKUPS)
    backups.backup_button.click()
    qtbot.waitUntil(lambda: backups.model.rowCount() >= 1, timeout=10000)
    qtmodeltester.check(backups.model)
    qtmodeltester.check(window.nav_model)
    qtmodeltester.check(_settings(window).model)


def test_i_am_and_the_status_bar_follow_people_changes_and_their_undo(qtbot, window):
    from gui.common.undo import push_op
    from services.core.changes import call
    from services.org.people import create_person, list_people

    ctx = window.ctx
    general = _settings(window).show_section(GENERAL)
    team = list_people(ctx.store)[0].unit_id

    def names() -> list[str]:
        return [general.person.itemText(i) for i in range(general.person.count())]

    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, "Add person",
                  call(create_person, "新来的", team))
    assert cmd.failed is None and any("新来的" in n for n in names())
    window.set_current_person(cmd.value)
    assert "新来的" in window.status.person_label.text()
    ctx.undo_stack.undo()  # the person is gone again: the list and the label say so
    assert not any("新来的" in n for n in names())
    assert "新来的" not in window.status.person_label.text()
    ctx.undo_stack.redo()
    assert any("新来的" in n for n in names())
    assert "新来的" in window.status.person_label.text()


def test_backups_list_shows_a_backup_taken_from_the_file_menu(qtbot, window):
    page = _settings(window)
    backups = page.show_section(BACKUPS)
    count = backups.model.rowCount()
    page.show_section(GENERAL)
    window.backup_now()
    qtbot.waitUntil(lambda: window.ctx.tasks.pool.activeThreadCount() == 0, timeout=10000)
    qtbot.waitUntil(lambda: len(list(window.ctx.store.backup_dir.glob("*"))) > count,
                    timeout=10000)
    page.show_section(BACKUPS)
    assert backups.model.rowCount() == count + 1
