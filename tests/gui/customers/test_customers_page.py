"""Customers page: models, search, bulk actions with undo, card edits, Ctrl+L follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.customers.bulk_prompts import BulkPrompts
from gui.customers.contacts_model import ContactsModel
from gui.customers.customer_table_model import COLUMNS, CustomerTableModel
from gui.customers.customers_page import CustomersPage
from gui.customers.deals_model import DealsModel
from gui.customers.followups_model import FollowUpsModel
from models.customers import Customer, FollowUp
from models.pipeline import Deal, Pipeline, Stage
from services.core.changes import Changes
from services.customers import edit
from services.customers.queries import load_customer_card, load_customer_rows
from services.org.people import create_person, create_unit

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def type_text(widget, text):
    """Type like a user, one character at a time (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        widget.insert(ch)


def card_of(store, cid, today=None):
    """The card, which must exist."""
    card = load_customer_card(store, cid, today)
    assert card is not None
    return card


@pytest.fixture
def firm(store):
    unit = create_unit(store, "华东区", "region").value
    wang = create_person(store, "王芳", unit, active_from=date(2024, 1, 1)).value
    li = create_person(store, "李强", unit, active_from=date(2024, 1, 1)).value
    ids = {}
    for name, owner, tier, industry, tags, contact, phone in (
        ("上海星海科技有限公司", wang, "A", "制造业", ("重点",), "陈静", "138-0013-8000"),
        ("北京ＡＢＣ贸易有限公司", li, "B", "贸易", (), "赵磊", "13912345678"),
        ("杭州云帆电子商务有限公司", wang, "C", "电商", ("华东",), "", ""),
        ("Acme Trading Co., Ltd.", li, "C", "贸易", ("海外",), "", ""),
    ):
        ids[name] = edit.create_customer(store, edit.NewCustomer(
            name=name, owner_id=owner, tier=tier, industry=industry, region="华东", tags=tags,
            contact_name=contact, contact_phone=phone), by_person=wang).value
    star = ids["上海星海科技有限公司"]
    with store.write() as uow:
        s = uow.session
        p = Pipeline(name="新客户")
        s.add(p)
        s.flush()
        won = Stage(pipeline_id=p.id, name="赢单", kind="won")
        s.add(won)
        s.flush()
        s.add(Deal(name="ERP 升级项目", pipeline_id=p.id, stage_id=won.id, customer_id=star,
                   amount=Decimal("1234567.80"), closed_on=date.today() - timedelta(days=10),
                   stage_entered_at=datetime.now(UTC)))
        uow.commit()
    edit.add_followup(store, star, {"at": datetime.now(UTC) - timedelta(days=2),
                                    "method": "visit", "content": "上门拜访，确认需求"})
    return store, wang, li, ids


@pytest.fixture
def ctx(firm):
    store, wang, _li, _ids = firm
    runner = TaskRunner()
    yield AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner,
                     current_person_id=wang)
    runner.wait()


def loaded(qtbot, page):
    """``page`` once its list has arrived from the worker."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    return page


@pytest.fixture
def page(qtbot, ctx):
    widget = CustomersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()  # a hidden page applies changes made elsewhere (undo too) when next shown
    return loaded(qtbot, widget)


def _owners(store):
    with store.read() as uow:
        return dict(uow.session.execute(select(Customer.id, Customer.owner_id)).all())


def test_models_pass_qt_model_tester(qtmodeltester, firm):
    store, _w, _l, ids = firm
    model = CustomerTableModel()
    model.set_rows(load_customer_rows(store))
    qtmodeltester.check(model)
    model.set_query("有限")
    qtmodeltester.check(model)
    model.sort(COLUMNS.index("tier"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    card = card_of(store, ids["上海星海科技有限公司"])
    for cls, rows in ((ContactsModel, card.contacts), (FollowUpsModel, card.followups),
                      (DealsModel, card.deals)):
        m = cls()
        m.set_rows(rows)
        assert m.rowCount() == 1
        qtmodeltester.check(m)


def _shown(page):
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def test_typing_in_search_filters_the_view(qtbot, page):
    assert len(_shown(page)) == 4
    type_text(page.search, "星海")
    qtbot.waitUntil(lambda: _shown(page) == ["上海星海科技有限公司"])
    page.search.clear()
    qtbot.waitUntil(lambda: len(_shown(page)) == 4)
    qtbot.keyClicks(page.search, "13912345678")  # a contact's phone
    qtbot.waitUntil(lambda: _shown(page) == ["北京ＡＢＣ贸易有限公司"])
    page.search.clear()
    type_text(page.search, "贸易 ａｃｍｅ")  # two words, one full-width
    qtbot.waitUntil(lambda: _shown(page) == ["Acme Trading Co., Ltd."])
    assert "Showing 1 of 4" in page.footer.text()


def test_filter_bar_and_footer_total(qtbot, page):
    bar = page.filter_bar
    bar.tier.setCurrentIndex(bar.tier.findData("C"))
    assert sorted(page.model.row_at(i).name for i in range(page.model.rowCount())) == [
        "Acme Trading Co., Ltd.", "杭州云帆电子商务有限公司"]
    bar.reset()
    bar.mine.setChecked(True)  # 王芳 is "me"
    assert page.model.rowCount() == 2
    assert "¥1,234,567.80" in page.footer.text()


def test_bulk_reassign_is_one_undo_step(qtbot, page, firm, monkeypatch):
    store, wang, li, ids = firm
    before = _owners(store)
    monkeypatch.setattr(BulkPrompts, "choose_owner", classmethod(lambda cls, *a: li))
    page.view.selectAll()
    assert len(page.selected_ids()) == 4
    assert "4 selected" in page.footer.text()
    page.actions_.reassign.trigger()
    assert set(_owners(store).values()) == {li}
    assert all(page.model.row_at(i).owner_name == "李强" for i in range(4))
    assert page.ctx.undo_stack.count() == 1
    page.ctx.undo_stack.undo()
    assert _owners(store) == before
    assert {page.model.row_at(i).owner_id for i in range(4)} == {wang, li}
    page.ctx.undo_stack.redo()
    assert set(_owners(store).values()) == {li}


def test_bulk_tag_and_tier_undo(qtbot, page, firm, monkeypatch):
    store, _w, _l, ids = firm
    monkeypatch.setattr(BulkPrompts, "ask_tag", classmethod(lambda cls, *a: "年底签约"))
    monkeypatch.setattr(BulkPrompts, "choose_tier", classmethod(lambda cls, *a: "A"))
    page.view.selectAll()
    page.actions_.add_tag.trigger()
    page.actions_.set_tier.trigger()
    rows = load_customer_rows(store)
    assert all("年底签约" in r.tags and r.tier == "A" for r in rows)
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    by_name = {r.name: r for r in load_customer_rows(store)}
    assert by_name["杭州云帆电子商务有限公司"].tags == ("华东",)
    assert by_name["杭州云帆电子商务有限公司"].tier == "C"


def test_delete_and_undo(qtbot, page, firm):
    store, _w, _l, ids = firm
    page.show_item("customer", ids["杭州云帆电子商务有限公司"])
    assert page.selected_ids() == [ids["杭州云帆电子商务有限公司"]]
    page.actions_.delete.trigger()
    assert page.model.rowCount() == 3
    assert len(load_customer_rows(store)) == 3
    page.ctx.undo_stack.undo()
    assert page.model.rowCount() == 4
    assert len(load_customer_rows(store)) == 4


def test_card_edit_undo_redo(qtbot, page, firm):
    store, _w, _l, ids = firm
    cid = ids["北京ＡＢＣ贸易有限公司"]
    page.show_item("customer", cid)
    region = page.card.edits["region"]
    region.setText("北京")
    region.editingFinished.emit()
    assert card_of(store, cid).region == "北京"
    assert page.model.row_at(page.model.view_row_of(cid)).region == "北京"
    page.card.credit.setText("80,000")
    page.card.credit.editingFinished.emit()
    assert card_of(store, cid).credit_limit == Decimal("80000.00")
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    card = card_of(store, cid)
    assert (card.region, card.credit_limit) == ("华东", None)
    assert page.card.edits["region"].text() == "华东"
    page.ctx.undo_stack.redo()
    assert card_of(store, cid).region == "北京"
    # A refused value is reported on the card and never reaches the stack.
    page.card.edits["email"].setText("not an address")
    page.card.edits["email"].editingFinished.emit()
    assert page.card.error.isVisibleTo(page.card)
    assert page.card.edits["email"].text() == ""  # the stored value is back
    assert page.ctx.undo_stack.count() == 1 + 1  # region (redone) + credit limit (undone)


def test_ctrl_l_adds_a_followup_from_the_card(qtbot, page, firm):
    store, wang, _l, ids = firm
    cid = ids["杭州云帆电子商务有限公司"]
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    page.show_item("customer", cid)
    page.card.edits["industry"].setFocus()
    qtbot.keyClick(page.card.edits["industry"], Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    editor = page.card.lists.followup_editor
    assert editor is not None and editor.isVisible()
    assert editor.date_edit.date().toPython() == date.today()
    editor.content.insertPlainText("电话沟通报价，客户下周答复")
    qtbot.keyClick(editor.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with store.read() as uow:
        saved = [(f.content, f.person_id) for f in uow.session.scalars(
            select(FollowUp).where(FollowUp.customer_id == cid))]
    assert saved == [("电话沟通报价，客户下周答复", wang)]
    assert page.model.row_at(page.model.view_row_of(cid)).last_followup_at is not None
    assert page.card.lists.followups_model.rowCount() == 1
    page.ctx.undo_stack.undo()
    assert card_of(store, cid).followups == ()
    assert card_of(store, cid).last_followup_at is None


def test_followup_method_defaults_to_last_used(qtbot, page, firm):
    _store, _w, _l, ids = firm
    page.show_item("customer", ids["北京ＡＢＣ贸易有限公司"])
    page.add_followup()
    editor = page.card.lists.followup_editor
    editor.method.setCurrentIndex(editor.method.findData("wechat"))
    editor.content.setPlainText("微信发了资料")
    editor.accept()
    page.add_followup()
    assert page.card.lists.followup_editor.method.currentData() == "wechat"


def test_column_state_remembered_across_pages(qtbot, ctx):
    first = loaded(qtbot, CustomersPage(ctx))
    qtbot.addWidget(first)
    tags = COLUMNS.index("tags")
    first.set_column_visible(tags, False)
    first.view.horizontalHeader().resizeSection(0, 333)
    first.view.horizontalHeader().setSortIndicator(COLUMNS.index("tier"),
                                                   Qt.SortOrder.DescendingOrder)
    second = loaded(qtbot, CustomersPage(ctx))
    qtbot.addWidget(second)
    header = second.view.horizontalHeader()
    assert header.isSectionHidden(tags)
    assert header.sectionSize(0) == 333
    assert header.sortIndicatorSection() == COLUMNS.index("tier")
    assert second.model.sort_key == "tier" and second.model.sort_descending
    assert second.model.row_at(0).tier == "C"


def test_new_customer_warns_about_duplicates(qtbot, page, firm):
    store, *_ = firm
    page.actions_.new.trigger()
    dialog = page.actions_.new_dialog
    assert dialog is not None
    type_text(dialog.name, "上海星海科技股份有限公司")
    qtbot.waitUntil(lambda: dialog.warning.isVisibleTo(dialog), timeout=3000)
    assert "上海星海科技有限公司" in dialog.warning.text()
    dialog.name.setText("宁波新港物流有限公司")
    dialog.check_duplicates()
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.accept()
    row = page.model.row_at(page.model.view_row_of(page.card.customer_id()))
    assert row.name == "宁波新港物流有限公司"
    assert len(load_customer_rows(store)) == 5
    page.ctx.undo_stack.undo()
    assert len(load_customer_rows(store)) == 4


def test_refresh_on_events_from_others_but_not_own(qtbot, page, firm):
    store, _w, _l, ids = firm
    cid = ids["杭州云帆电子商务有限公司"]
    changes = edit.update_customer(store, cid, {"region": "宁波"}).changes
    page.ctx.events.changed.emit(changes, page)  # "ours": skipped
    assert page.model.row_at(page.model.view_row_of(cid)).region == "华东"
    page.show()
    page.ctx.events.changed.emit(changes, object())
    assert page.model.row_at(page.model.view_row_of(cid)).region == "宁波"


def test_deal_double_click_requests_the_deal(qtbot, page, firm):
    _store, _w, _l, ids = firm
    page.show_item("customer", ids["上海星海科技有限公司"])
    view = page.card.lists.deals_view
    with qtbot.waitSignal(page.ctx.events.open_requested) as blocker:
        view.doubleClicked.emit(view.model().index(0, 0))
    assert blocker.args[0] == "deal"


def test_release_to_pool_from_the_list_and_undo(qtbot, page, firm, monkeypatch):
    from dataclasses import replace

    from gui.customers.pool_actions import PoolDialogs
    from services.customers.stale import get_stale_rules, save_stale_rules

    store, wang, _l, ids = firm
    save_stale_rules(store, replace(get_stale_rules(store), pool_enabled=True))
    monkeypatch.setattr(PoolDialogs, "ask_release_note", classmethod(lambda cls, *a: ""))
    cid = ids["杭州云帆电子商务有限公司"]
    page.show()
    page.show_item("customer", cid)
    page.actions_.release.trigger()
    row = page.model.row_at(page.model.view_row_of(cid))
    assert (row.in_pool, row.owner_id) == (True, None)
    assert _owners(store)[cid] is None
    page.ctx.undo_stack.undo()
    row = page.model.row_at(page.model.view_row_of(cid))
    assert (row.in_pool, row.owner_id) == (False, wang)
    assert _owners(store)[cid] == wang


def test_contacts_add_and_remove_with_undo(qtbot, page, firm, monkeypatch):
    from gui.customers.contact_dialog import ContactDialog

    store, _w, _l, ids = firm
    cid = ids["杭州云帆电子商务有限公司"]
    page.show_item("customer", cid)
    monkeypatch.setattr(ContactDialog, "ask", classmethod(lambda cls, *a: {
        "name": "孙丽", "title": "采购主管", "phone": "137 0000 1111", "wechat": "sunli",
        "email": "sunli@yunfan.cn", "is_primary": True}))
    page.card.lists.add_contact()
    assert [c.name for c in card_of(store, cid).contacts] == ["孙丽"]
    row = page.model.row_at(page.model.view_row_of(cid))
    assert (row.contact_name, row.contact_phone) == ("孙丽", "137 0000 1111")
    page.search.setText("13700001111")  # the new contact's phone, typed without spaces
    page.apply_search()
    assert _shown(page) == ["杭州云帆电子商务有限公司"]
    page.card.lists.contacts_view.selectRow(0)
    page.card.lists.remove_contact()
    assert card_of(store, cid).contacts == ()
    page.ctx.undo_stack.undo()
    assert [c.name for c in card_of(store, cid).contacts] == ["孙丽"]
    page.ctx.undo_stack.undo()
    assert card_of(store, cid).contacts == ()
    assert page.card.lists.contacts_model.rowCount() == 0


def test_names_sort_by_pinyin(qtbot, page):
    page.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert _shown(page) == ["北京ＡＢＣ贸易有限公司", "杭州云帆电子商务有限公司",
                            "上海星海科技有限公司", "Acme Trading Co., Ltd."]
    page.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert _shown(page)[0] == "Acme Trading Co., Ltd."


def test_enter_in_search_opens_the_first_hit(qtbot, page):
    type_text(page.search, "云帆")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # no wait for the debounce
    assert _shown(page) == ["杭州云帆电子商务有限公司"]
    assert page.card.title.text() == "杭州云帆电子商务有限公司"
    assert page.selected_ids() == [page.card.customer_id()]


def test_deal_change_refreshes_its_customer_when_the_page_is_shown(qtbot, page, firm):
    store, _w, _l, ids = firm
    cid = ids["北京ＡＢＣ贸易有限公司"]
    with store.write() as uow:
        s = uow.session
        won = s.scalars(select(Stage).where(Stage.kind == "won")).first()
        deal = Deal(name="年度框架协议", pipeline_id=won.pipeline_id, stage_id=won.id,
                    customer_id=cid, amount=Decimal("50000"), stage_entered_at=datetime.now(UTC),
                    closed_on=date.today())
        s.add(deal)
        s.flush()
        uow.commit()
        changes = uow.changes
    page.hide()
    page.ctx.events.changed.emit(changes, object())
    assert page.model.row_at(page.model.view_row_of(cid)).won_12m == 0  # hidden: later
    page.show()
    assert page.model.row_at(page.model.view_row_of(cid)).won_12m == Decimal("50000.00")
    assert "¥1,284,567.80" in page.footer.text()


def test_targeted_refresh_places_new_and_restored_rows_in_sort_order(qtmodeltester, firm):
    store, wang, _l, ids = firm
    model = CustomerTableModel()
    model.set_rows(load_customer_rows(store))
    model.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    names = lambda: [model.row_at(i).name for i in range(model.rowCount())]  # noqa: E731
    new = edit.create_customer(store, edit.NewCustomer(name="广州海纳化工有限公司",
                                                       owner_id=wang)).value
    model.replace_rows(load_customer_rows(store, ids=[new]))
    assert names() == ["北京ＡＢＣ贸易有限公司", "广州海纳化工有限公司", "杭州云帆电子商务有限公司",
                       "上海星海科技有限公司", "Acme Trading Co., Ltd."]
    gone = ids["杭州云帆电子商务有限公司"]
    edit.delete_customers(store, [gone])
    model.replace_rows(load_customer_rows(store, ids=[gone]), [gone])
    assert "杭州云帆电子商务有限公司" not in names() and model.total_count() == 4
    qtmodeltester.check(model)
    edit.restore_customers(store, [gone])
    model.replace_rows(load_customer_rows(store, ids=[gone]))
    assert names()[2] == "杭州云帆电子商务有限公司" and model.total_count() == 5
    model.set_query("有限公司")  # the search index saw the added row
    assert "广州海纳化工有限公司" in names()
    qtmodeltester.check(model)


def test_mine_follows_the_i_am_setting(qtbot, page, firm):
    _store, _w, li, _ids = firm
    page.filter_bar.mine.setChecked(True)
    assert sorted(_shown(page)) == ["上海星海科技有限公司", "杭州云帆电子商务有限公司"]
    page.ctx.current_person_id = li
    page.ctx.events.changed.emit(Changes.setting("user/person_id"), object())
    assert sorted(_shown(page)) == ["Acme Trading Co., Ltd.", "北京ＡＢＣ贸易有限公司"]


def test_in_the_main_window_ctrl_n_is_new_customer_and_open_requested_shows_it(
        qtbot, firm, monkeypatch):
    from gui.main_window import MainWindow
    from tests.gui.shell_fixtures import make_window

    store, _w, _l, ids = firm
    window = make_window(qtbot, store)
    opened = []
    monkeypatch.setattr(MainWindow, "new_database", lambda self: opened.append("db"))
    cid = ids["Acme Trading Co., Ltd."]
    window.ctx.events.open_requested.emit("customer", cid)
    qtbot.waitUntil(lambda: window.host.current_key == "customers")
    page = loaded(qtbot, window.host.page("customers"))
    assert page.card.customer_id() == cid
    window.activateWindow()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [] and page.actions_.new_dialog is not None
    page.actions_.new_dialog.reject()


def test_lists_load_in_the_background(qtbot, ctx, firm):
    store, _w, _l, ids = firm
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.loading and page.model.rowCount() == 0
    assert "Loading customers" in page.footer.text()
    cid = ids["北京ＡＢＣ贸易有限公司"]
    page.show_item("customer", cid)  # e.g. from Today, before the list arrived
    changes = edit.update_customer(store, cid, {"region": "天津"}).changes
    ctx.events.changed.emit(changes, object())
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() == 4
    assert page.card.customer_id() == cid
    assert page.model.row_at(page.model.view_row_of(cid)).region == "天津"
    assert "Showing 4 of 4" in page.footer.text()


def test_a_bulk_action_that_changes_nothing_leaves_no_undo_step(qtbot, page, firm, monkeypatch):
    _store, _w, _l, ids = firm
    monkeypatch.setattr(BulkPrompts, "ask_tag", classmethod(lambda cls, *a: "重点"))
    page.show_item("customer", ids["上海星海科技有限公司"])  # already tagged 重点
    with qtbot.waitSignal(page.ctx.events.status_message) as sig:
        page.actions_.add_tag.trigger()
    assert sig.args[0] == "Nothing to change."
    assert page.ctx.undo_stack.count() == 0 and not page.ctx.undo_stack.canUndo()


def test_a_manual_tier_is_italic_in_its_own_cell_only(qtbot, page, firm):
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    from services.customers import tiers

    cid = page.model.row_at(0).id
    tiers.set_manual_tier(page.ctx.store, cid, "A")
    page.refresh_ids([cid])
    qtbot.waitUntil(lambda: page.model.row_at(page.model.view_row_of(cid)).tier_manual)
    row = page.model.view_row_of(cid)
    tier_col = COLUMNS.index("tier")
    name_col = COLUMNS.index("name")
    # The view's delegate reuses one role span from cell to cell.
    data = QModelRoleData(int(Qt.ItemDataRole.FontRole))
    span = QModelRoleDataSpan(data)
    page.model.multiData(page.model.index(row, tier_col), span)
    assert span[0].data().italic()
    page.model.multiData(page.model.index(row, name_col), span)
    assert span[0].data() is None
