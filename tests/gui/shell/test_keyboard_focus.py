"""Keyboard only, on the real window over a demo firm: opening a page puts the focus in its
main list, Tab walks every page and main dialog and comes back (no control keeps it), Esc
closes every dialog, and the focus is drawn in the light and the dark theme.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.i18n import install_translators
from gui.pages import PAGES
from gui.screenshots import run_scene
from gui.shell.screenshot_scenes import SCENES
from services import demo
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

MAX_TABS = 150
"""More Tab presses than any page or dialog has stops: the walk must be back by then."""


@pytest.fixture
def window(qtbot, store):
    demo.generate_demo(store, size=demo.DemoSize(40, 80))
    w = make_window(qtbot, store, "en")
    w.resize(1280, 800)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.ctx.tasks.wait()
    install_translators(QApplication.instance(), "en")


def _show(qtbot, window, key: str) -> QWidget:
    page = window.show_page(key)
    if callable(getattr(page, "is_loading", None)):
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    _active(qtbot, window)
    return page


def _active(qtbot, window) -> None:
    """The offscreen platform sometimes drops the window's activation while a page builds or
    after a dialog closed (a real desktop gives it back): give it back, the focus returns to
    the window's focus widget. Showing a window activates it there when asking does not.
    """
    if window.isActiveWindow():
        return
    window.activateWindow()
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    except qtbot.TimeoutError:
        window.hide()
        with qtbot.waitExposed(window):
            window.show()
        qtbot.waitUntil(window.isActiveWindow)


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}#{widget.objectName()} in {type(widget.parent()).__name__}"


def tab_walk(qtbot, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus is back on it; the widgets passed on the way.
    Fails when the focus never comes back (a control keeps it, or the walk leaves the window).
    """
    passed: list[QWidget] = []
    for _ in range(MAX_TABS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is start.window(), _describe(focus)
        if focus is start:
            return passed
        passed.append(focus)
    tail = ", ".join(_describe(w) for w in passed[-4:])
    pytest.fail(f"Tab never came back to {_describe(start)}; stuck at: {tail}")


def _leaves_on_tab(qtbot, view: QAbstractItemView) -> bool:
    model = view.model()
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    return focus is not view and not view.isAncestorOf(focus)


def test_opening_a_page_puts_the_focus_in_its_main_list(qtbot, window):
    expected = {"today": "remindersView", "targets": "targetsTree",
                "settings": "settingsSections", "dashboard": "dashboardCharts"}
    for n, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{n}"),
                       Qt.KeyboardModifier.ControlModifier)
        page = _show(qtbot, window, spec.key)
        focus = QApplication.focusWidget()
        if spec.factory is None:  # a placeholder: nothing to type into, the sidebar keeps it
            assert focus is window.sidebar, spec.key
        elif spec.key in expected:
            assert focus.objectName() == expected[spec.key], (spec.key, _describe(focus))
        else:
            assert isinstance(focus, QAbstractItemView) and page.isAncestorOf(focus), (
                spec.key, _describe(focus))
    customers = window.host.page("customers")
    window.show_page("customers")
    assert QApplication.focusWidget() is customers.view


def test_arrowing_through_the_sidebar_keeps_the_focus_there(qtbot, window):
    window.show_page("today")
    window.sidebar.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is window.sidebar
    assert window.host.current_key == PAGES[3].key


def test_tab_walks_every_page_and_comes_back(qtbot, window):
    for spec in PAGES:
        page = _show(qtbot, window, spec.key)
        start = QApplication.focusWidget()
        passed = tab_walk(qtbot, start)
        if spec.factory is not None:
            assert any(page.isAncestorOf(w) for w in passed + [start]), spec.key
        for view in page.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 1:
                assert _leaves_on_tab(qtbot, view), (spec.key, _describe(view))


def test_tab_walks_every_settings_section(qtbot, window):
    page = _show(qtbot, window, "settings")
    for row in range(page.model.rowCount()):
        section = page.show_section(page.model.name_at(row))
        qtbot.waitUntil(section.isVisible)
        tab_walk(qtbot, page.list)
        for view in section.findChildren(QTableView):
            if view.isVisible() and view.model().rowCount() > 1:
                assert _leaves_on_tab(qtbot, view), _describe(view)


def test_every_main_dialog_lets_tab_round_and_closes_on_escape(qtbot, window):
    app = QApplication.instance()
    seen: dict[str, bool] = {}

    def check(name: str, shown: QWidget) -> None:
        if shown is window:
            return  # a view, not a dialog (the page walk covers it)
        start = QApplication.focusWidget()
        assert start is not None and start.window() is shown, (name, _describe(start))
        tab_walk(qtbot, start)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen[name] = not shown.isVisible()

    for scene in SCENES:
        page = _show(qtbot, window, scene.page)
        run_scene(app, window.ctx.tasks, window, lambda s=scene, p=page: s.action(window, p),
                  lambda w, n=f"{scene.page}/{scene.name}": check(n, w), pause=0.25)
        window.rebuild_pages()
    assert seen and all(seen.values()), seen
    assert {"today/snooze", "customers/new_customer", "customers/followup", "pipeline/deal",
            "targets/adjustment", "customers/export"} <= seen.keys()


# --- drawing -----------------------------------------------------------------------------


def _accent_pixels(image: QImage, accent: QColor) -> int:
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            c = QColor(image.pixel(x, y))
            if (abs(c.red() - accent.red()) + abs(c.green() - accent.green())
                    + abs(c.blue() - accent.blue())) < 60:
                count += 1
    return count


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_focus_is_drawn_in_both_themes(qtbot, dark):
    """A focused button and a focused table show the accent ring; unfocused ones do not."""
    from gui.common.theme import dark_palette
    from gui.shell.resources import style_sheet

    box = QWidget()
    qtbot.addWidget(box)
    if dark:
        box.setPalette(dark_palette())
    box.setStyleSheet(style_sheet(dark))
    layout = QVBoxLayout(box)
    button, other = QPushButton("Refresh", box), QPushButton("Done", box)
    table = QTableView(box)
    for widget in (button, other, table):
        layout.addWidget(widget)
    box.resize(300, 240)
    with qtbot.waitExposed(box):
        box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    accent = QColor("#6fa8ff" if dark else "#1d5fbf")
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _accent_pixels(button.grab().toImage(), accent) == 0
    assert _accent_pixels(table.grab().toImage(), accent) == 0
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert _accent_pixels(button.grab().toImage(), accent) > 2 * button.width()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert _accent_pixels(table.grab().toImage(), accent) > table.width()


# --- page by page --------------------------------------------------------------------------


def _tabs(qtbot, count: int, backwards: bool = False) -> list[QWidget]:
    mods = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    passed = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, mods)
        passed.append(QApplication.focusWidget())
    return passed


def test_today_tab_follows_reading_order(qtbot, window):
    page = _show(qtbot, window, "today")
    page.refresh_button.setFocus()
    expected = [b for b in (page.done_button, page.snooze_button, page.log_button,
                            page.open_button) if b.isEnabled()] + [page.view]
    assert _tabs(qtbot, len(expected)) == expected


def test_customers_tab_goes_from_search_to_the_buttons_then_filters(qtbot, window):
    page = _show(qtbot, window, "customers")
    page.search.setFocus()
    first = _tabs(qtbot, 1)[0]
    assert first.defaultAction() is page.actions_.new  # New customer, not a filter
    page.search.setFocus()
    passed = _tabs(qtbot, 12)
    filters = [i for i, w in enumerate(passed) if page.filter_bar.isAncestorOf(w)]
    buttons = [i for i, w in enumerate(passed) if w.parent() is page
               and w is not page.view and not page.filter_bar.isAncestorOf(w)]
    assert buttons and filters and max(buttons) < min(filters)


def test_the_card_notes_and_an_empty_date_let_tab_go_on(qtbot, window):
    page = _show(qtbot, window, "customers")
    card = page.card
    card.notes.setFocus()
    text = card.notes.toPlainText()
    qtbot.keyClick(card.notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not card.notes
    assert card.notes.toPlainText() == text  # no tab character typed
    since = card.since
    since.setDate(since.minimumDate())  # shows "—": no date
    assert since.shows_no_date()
    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not since


def test_targets_toolbar_actions_are_reached_by_tab(qtbot, window):
    page = _show(qtbot, window, "targets")
    page.plan_combo.setFocus()
    passed = _tabs(qtbot, 12)
    buttons = {w.defaultAction() for w in passed if hasattr(w, "defaultAction")}
    assert page.new_plan_action in buttons
    assert passed[0].defaultAction() is page.new_plan_action  # right after the plan year
    enabled = {a for a in (page.publish_action, page.ack_action, page.adjust_action,
                           page.panel_action) if a.isEnabled()}
    assert enabled and enabled <= buttons


def test_plan_tables_let_tab_leave_and_tab_walks_cells_while_editing(qtbot, window):
    page = _show(qtbot, window, "plans")
    view, model = page.actions_view, page.items
    assert model.rowCount() > 0
    view.setFocus()
    view.setCurrentIndex(model.index(0, 2))  # What
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and view.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits What, edits How
    assert view.currentIndex().column() == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.add_cp_btn  # out of the table


def test_backups_settings_tab_in_reading_order(qtbot, window):
    page = _show(qtbot, window, "settings")
    section = page.show_section("gui.settings.backups_section:BackupsSection")
    section.budget.setFocus()
    passed = _tabs(qtbot, 3)
    assert passed[:2] == [section.apply_budget_button, section.view]
    assert passed[2] in (section.backup_button, section.restore_button, section.folder_button)
