"""The customer list's search as a user sees it: Chinese without spaces, "no results", the card
beside the results, and an import arriving while a search is active.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.customers.customer_table_model import COLUMNS
from gui.customers.customers_page import CustomersPage
from gui.importer.import_step import push_import
from services.customers import edit
from services.importing.api import open_source, plan_import
from services.importing.commit import commit_plan
from services.org.people import create_person, create_unit
from tests.unit.importing_fixtures import write_xlsx

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)")

CUSTOMERS = (
    # name, region, industry, tier
    ("星海餐饮管理有限公司", "上海", "餐饮", "B"),
    ("上海小南国餐饮连锁", "", "零售", "C"),
    ("上海云帆电子", "上海", "信息技术", "A"),
    ("全聚德餐饮", "北京", "餐饮", "B"),
    ("北京东来顺餐饮", "北京市", "餐饮", "C"),
    ("北京星河科技", "北京", "信息技术", "A"),
)


@pytest.fixture
def ctx(store):
    unit = create_unit(store, "华东区", "region").value
    wang = create_person(store, "王芳", unit, active_from=date(2024, 1, 1)).value
    for name, region, industry, tier in CUSTOMERS:
        edit.create_customer(store, edit.NewCustomer(
            name=name, region=region, industry=industry, tier=tier, owner_id=wang))
    runner = TaskRunner()
    yield AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner,
                     current_person_id=wang)
    runner.wait()


@pytest.fixture
def page(qtbot, ctx):
    widget = CustomersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_loading(), timeout=30_000)
    return widget


def _shown(page) -> list[str]:
    return sorted(page.model.row_at(i).name for i in range(page.model.rowCount()))


def _search(qtbot, page, text: str) -> list[str]:
    page.search.setText(text)  # typed: the debounce timer runs the search
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    return _shown(page)


def test_chinese_words_typed_without_spaces(qtbot, page):
    apart = _search(qtbot, page, "上海 餐饮")
    assert apart == ["上海小南国餐饮连锁", "星海餐饮管理有限公司"]
    assert _search(qtbot, page, "上海餐饮") == apart
    assert _search(qtbot, page, "北京餐饮") == _search(qtbot, page, "北京 餐饮") == [
        "全聚德餐饮", "北京东来顺餐饮"]
    assert page.footer.text().startswith("Showing 2 of 6")


def test_no_results_says_so_and_offers_the_way_back(qtbot, page):
    assert not page.no_results.isVisible()
    assert _search(qtbot, page, "广州餐饮") == []
    assert page.no_results.isVisible()
    assert "广州餐饮" in page.no_results.text()
    page.no_results.linkActivated.emit("clear")
    assert page.search.text() == ""
    assert len(_shown(page)) == len(CUSTOMERS)
    assert not page.no_results.isVisible()


def test_card_shows_only_a_customer_among_the_results(qtbot, page):
    cid = next(r.id for r in page.model.rows if r.name == "上海云帆电子")
    page.show_item("customer", cid)
    assert page.card.title.text() == "上海云帆电子"
    # Still among the results: the card stays, its row is the current one.
    _search(qtbot, page, "上海")
    assert page.card.title.text() == "上海云帆电子"
    assert page.model.row_at(page.view.currentIndex().row()).name == "上海云帆电子"
    # Not among them: the card is emptied, not left describing a hidden customer.
    _search(qtbot, page, "餐饮")
    assert page.card.customer_id() is None
    assert page.card.empty.isVisible()
    assert not page.card.tabs.isVisible()


def test_an_import_keeps_the_search_and_the_fonts(qtbot, page, ctx, tmp_path):
    assert _search(qtbot, page, "北京 餐饮") == ["全聚德餐饮", "北京东来顺餐饮"]
    path = write_xlsx(tmp_path / "客户台账.xlsx", [
        ["客户名称", "所在地区", "行业", "客户等级"],
        *[[f"杭州{n}号贸易有限公司", "杭州", "贸易", "A类"] for n in range(60)],
        ["北京老舍茶馆餐饮", "北京", "餐饮", "B类"],
    ])
    plan = plan_import(ctx.store, open_source(path, "customers", store=ctx.store))
    push_import(ctx, "Import", commit_plan(ctx.store, plan))
    qtbot.waitUntil(lambda: page.model.total_count() == len(CUSTOMERS) + 61, timeout=10_000)
    # Only the imported Beijing caterer joins the results; the 60 Hangzhou rows stay out.
    assert _shown(page) == ["全聚德餐饮", "北京东来顺餐饮", "北京老舍茶馆餐饮"]
    assert page.search.text() == "北京 餐饮"
    # Italics mark a tier set by hand, in the tier column only.
    model = page.model
    for row in range(model.rowCount()):
        for col, key in enumerate(COLUMNS):
            font = model.index(row, col).data(Qt.ItemDataRole.FontRole)
            italic = font is not None and font.italic()
            assert italic == (key == "tier" and model.row_at(row).tier_manual), (row, key)
    # Clearing the search shows every imported row; none of the other cells turn italic.
    _search(qtbot, page, "")
    assert model.rowCount() == len(CUSTOMERS) + 61
    name_col = COLUMNS.index("name")
    assert not any(model.index(r, name_col).data(Qt.ItemDataRole.FontRole)
                   for r in range(model.rowCount()))
