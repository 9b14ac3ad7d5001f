"""Details a user notices on every page: the deal dialog's default button, deal amounts left
blank, counts with separators, ISO dates, menu buttons, the file dialog in Chinese, and the
confirmation after an export with a way to open the file or its folder.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
)

from gui.common import file_dialogs
from gui.common.formatting import day_time, deal_amount
from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.pipeline.pipeline_page import PipelinePage
from tests.gui.pipeline_fixtures import make_context, seed_pipeline, wait_board
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, restore_language_env  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def chinese():
    install_translators(QApplication.instance(), "zh_CN")
    yield
    install_translators(QApplication.instance(), "en")


@pytest.fixture
def page(qtbot, store):
    data = seed_pipeline(store)
    p = PipelinePage(make_context(store, data.people["李娜"]))
    p.data = data
    qtbot.addWidget(p)
    wait_board(qtbot, p)
    return p


def test_the_deal_dialog_default_button_is_ok_not_reset(qtbot, page):
    page.deal_actions.open_detail(page.data.deals[6])
    dialog = page.deal_actions.detail
    default = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert [b.text() for b in default] == ["OK"]
    assert not dialog.reset_probability.autoDefault()
    assert not dialog.log_button.autoDefault()


def test_a_deal_without_an_amount_shows_blank_not_zero(qtbot, page, store):
    from services.pipeline.deals import update_deal

    deal = page.data.deals[0]
    update_deal(store, deal, amount=Decimal(0))
    page.reload()
    wait_board(qtbot, page)
    assert deal_amount(Decimal(0)) == "" and deal_amount(Decimal("1200")) == "¥1,200"
    page.set_view("list")
    model = page.list_view.model()
    row = model.row_of(deal)
    columns = {model.headerData(c, Qt.Orientation.Horizontal): c
               for c in range(model.columnCount())}
    assert model.index(row, columns["Amount"]).data() == ""
    assert model.index(row, columns["Weighted"]).data() == ""


def test_open_deal_count_has_a_thousands_separator(qtbot, page, chinese, monkeypatch):
    assert QCoreApplication.translate("PipelinePage", "%Ln open deal(s)", None, 5733) == \
        "5,733 个进行中的商机"
    monkeypatch.setattr(page.board, "open_count", lambda: 5733)
    page._update_summary()
    assert page.summary.text() == "5,733 个进行中的商机"


def test_timestamps_are_iso_in_every_language():
    moment = datetime(2026, 12, 6, 1, 30, tzinfo=UTC)
    assert day_time(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    assert day_time(moment)[:4] == "2026" and day_time(None) == ""


def test_menu_buttons_carry_their_arrow_in_the_text(qtbot, store):
    from gui.customers.customers_page import CustomersPage
    from tests.gui.pipeline_fixtures import make_context as ctx_for

    customers = CustomersPage(ctx_for(store))
    qtbot.addWidget(customers)
    menus = [b for b in customers.findChildren(QToolButton)
             if b.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup]
    assert {b.text() for b in menus} == {"Tags ▾", "Shared pool ▾"}
    sheet = (Path(__file__).resolve().parents[3] / "resources" / "style.qss").read_text()
    assert 'QToolButton[popupMode="2"]::menu-indicator { image: none; width: 0px; }' in sheet


def test_qts_file_dialog_speaks_chinese_and_fits_its_columns(qtbot, tmp_path, chinese):
    (tmp_path / "客户-20261206.xlsx").write_bytes(b"x" * 123_456)
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        seen["labels"] = {label.text() for label in dialog.findChildren(QLabel)}
        header = dialog.findChild(QTreeView, "treeView").header()
        seen["modes"] = [header.sectionResizeMode(c) for c in range(header.count())]
        dialog.reject()

    QTimer.singleShot(500, look)
    chosen = file_dialogs.save_file_name(None, "导出客户", str(tmp_path / "客户.xlsx"),
                                         "Excel (*.xlsx)")
    assert chosen == ""
    assert {"查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)："} <= seen["labels"]
    assert seen["modes"] == [QHeaderView.ResizeMode.Stretch] + [
        QHeaderView.ResizeMode.ResizeToContents] * 3


class _Opened(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_saved_message_opens_the_file_or_its_folder(qtbot, tmp_path):
    path = tmp_path / "客户-20261206.xlsx"
    path.write_bytes(b"x")
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        box = Messages.show_saved(None, "Export", f"Exported 3 rows to {path}.", path)
        qtbot.waitExposed(box)
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        assert set(buttons) >= {"Open File", "Show in Folder", "Close"}
        assert box.defaultButton() is buttons["Open File"]
        buttons["Open File"].click()
        box = Messages.show_saved(None, "Export", "…", path)
        next(b for b in box.findChildren(QPushButton) if b.text() == "Show in Folder").click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened.urls] == [str(path), str(tmp_path)]


def test_an_export_from_the_menu_says_where_the_file_went(qtbot, store, tmp_path, monkeypatch):
    from gui.importer.actions import export_dialog
    from gui.importer.export_runner import ExportRunner

    ctx = make_context(store)
    seed_pipeline(store)
    out = tmp_path / "客户.xlsx"
    monkeypatch.setattr(ExportRunner, "ask_path", classmethod(lambda cls, p, t, s: str(out)))
    shown: list[tuple[str, Path]] = []
    monkeypatch.setattr(Messages, "show_saved", classmethod(
        lambda cls, parent, title, text, path: shown.append((text, Path(path)))
        or QMessageBox()))
    with qtbot.waitSignal(ctx.events.status_message, timeout=10_000) as status:
        export_dialog(ctx, None, "customers")
    assert shown and shown[0][1] == out and str(out) in shown[0][0]
    assert str(out) in status.args[0]
    ctx.tasks.wait()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pages_not_built_yet_show_their_whole_sentence(qtbot, lang):
    from gui.pages import PAGES
    from gui.shell.coming_page import ComingPage

    install_translators(QApplication.instance(), lang)
    try:
        for spec in (s for s in PAGES if s.factory is None):
            page = ComingPage(spec)
            qtbot.addWidget(page)
            page.resize(1052, 740)
            page.show()
            qtbot.waitExposed(page)
            label = page.text_label
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed >= label.fontMetrics().height(), spec.key
    finally:
        install_translators(QApplication.instance(), "en")
