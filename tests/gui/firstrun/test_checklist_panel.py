"""Today's getting-started list on a real main window: ticks, goes places, hides, undoes."""

from __future__ import annotations

import pytest

from gui.common.undo import push_op
from services.core.changes import call
from services.customers.edit import NewCustomer, create_customer
from services.firstrun.checklist import getting_started
from services.firstrun.setup import complete_setup
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _panel(qtbot, window):
    window.show_page("today")
    panel = window.host.currentWidget().getting_started
    qtbot.waitUntil(lambda: panel.checklist is not None)
    return panel


def test_the_list_ticks_itself_and_hides_with_undo(qtbot, store) -> None:
    complete_setup(store, "云帆科技", 1, "张总", "owner")
    window = make_window(qtbot, store)
    panel = _panel(qtbot, window)
    qtbot.waitUntil(lambda: panel.isVisible())
    assert panel.buttons["customers"].text() == "○ Import customers"
    assert panel.progress.text() == "0 of 6 done"

    ctx = window.ctx
    push_op(ctx.undo_stack, ctx.store, ctx.events, "add",
            call(create_customer, NewCustomer(name="上海某某科技有限公司")))
    qtbot.waitUntil(lambda: panel.buttons["customers"].text() == "✓ Import customers")
    assert panel.progress.text() == "1 of 6 done"

    panel.hide_button.click()
    assert not panel.isVisible() and getting_started(store).dismissed
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.isVisible())


def test_each_step_goes_where_it_is_done(qtbot, store) -> None:
    complete_setup(store, "云帆科技", 1, "张总", "owner")
    window = make_window(qtbot, store)
    panel = _panel(qtbot, window)
    qtbot.waitUntil(lambda: panel.isVisible())
    for key, page in (("targets", "targets"), ("deal", "pipeline"), ("plan", "plans")):
        panel.buttons[key].click()
        assert window.current_page_key() == page
        window.show_page("today")
    panel.buttons["backup"].click()
    assert window.current_page_key() == "settings"
    settings = window.host.currentWidget()
    assert settings.stack.currentWidget() is settings.section(
        "gui.settings.backups_section:BackupsSection")


def test_no_list_on_a_database_in_use(qtbot, store) -> None:
    create_customer(store, NewCustomer(name="上海某某科技有限公司"))
    window = make_window(qtbot, store)
    panel = _panel(qtbot, window)
    assert not panel.checklist.visible and not panel.isVisible()


def test_the_list_reads_in_chinese(qtbot, store) -> None:
    complete_setup(store, "云帆科技", 1, "张总", "owner")
    window = make_window(qtbot, store, "zh_CN")
    panel = _panel(qtbot, window)
    qtbot.waitUntil(lambda: panel.isVisible())
    assert panel.title.text() == "入门清单"
    assert panel.buttons["customers"].text() == "○ 导入客户"
    assert panel.progress.text() == "已完成 0/6"
