"""English labels are longer than Chinese ones: after switching from Chinese to English at
1280×800, the Plans tables and the customer list show every header whole, the action items all
fit on screen, and the customer card shows every tab and the whole computed-tier reason.

Pages remember their column widths; widths remembered while the interface was Chinese must not
clip the English headers.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from gui.common.i18n import install_translators
from gui.shell.resources import style_sheet
from services import demo
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
HEADER_PADDING = 2 * 8  # resources/style.qss: QHeaderView::section { padding: 5px 8px }


@pytest.fixture(autouse=True)
def _styled_then_english():
    """Sailplan's style sheet (header padding and weight) while the test runs."""
    app = QApplication.instance()
    app.setStyleSheet(style_sheet())
    yield
    app.setStyleSheet("")
    install_translators(app, "en")


def _text_width(header: QHeaderView, section: int) -> int:
    """How wide the header's title is drawn (the style sheet makes it semi-bold)."""
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(font).horizontalAdvance(str(header.model().headerData(
        section, header.orientation())))


def _clipped(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    return [f"{header.model().headerData(i, header.orientation())}: {header.sectionSize(i)} px"
            for i in range(header.count()) if not header.isSectionHidden(i)
            and header.sectionSize(i) < _text_width(header, i) + HEADER_PADDING]


@pytest.fixture
def window(qtbot, store):
    """The main window at 1280×800 over a small demo firm, each page visited in Chinese, then
    switched to English."""
    demo.generate_demo(store, size=demo.DemoSize(40, 80))
    w = make_window(qtbot, store, "zh_CN")
    w.resize(1280, 800)
    for key in ("plans", "customers"):
        _visit(qtbot, w, key)
    w.set_language("en")
    yield w
    w.ctx.tasks.wait()


def _visit(qtbot, w, key: str):  # noqa: ANN001, ANN202
    page = w.show_page(key)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    qtbot.wait(50)  # a fit waiting for the shown view's width runs from the event loop
    return page


def test_plans_headers_whole_and_every_action_column_on_screen(qtbot, window):
    page = _visit(qtbot, window, "plans")
    assert page.tabs.tabText(0) == "Action items"
    assert page.items.rowCount() > 0
    page.actions_view.selectRow(0)
    assert page.checkpoints.rowCount() > 0
    assert _clipped(page.actions_view) == []
    assert _clipped(page.checkpoints_view) == []
    # Every column, the last one ("Checkpoints") included, is on screen without scrolling.
    assert page.actions_view.horizontalScrollBar().maximum() == 0


def test_customer_list_headers_whole(qtbot, window):
    page = _visit(qtbot, window, "customers")
    assert page.model.headerData(0, page.view.horizontalHeader().orientation()) == "Customer"
    assert _clipped(page.view) == []


def test_customer_card_shows_every_tab_and_the_whole_tier_reason(qtbot, window):
    page = _visit(qtbot, window, "customers")
    page.view.selectRow(next(n for n in range(page.model.rowCount())
                             if page.model.row_at(n).tier and not page.model.row_at(n).tier_manual))
    card = page.card
    bar = card.tabs.tabBar()
    assert [bar.tabText(i) for i in range(bar.count())][-2:] == ["Deals", "Orders"]
    assert bar.sizeHint().width() <= bar.width()  # no scroll arrows
    reason = card.tier_reason
    assert "computed:" in reason.text() and reason.isVisible()
    assert reason.height() >= reason.heightForWidth(reason.width())  # every wrapped line
