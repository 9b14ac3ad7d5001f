"""Every undoable customer action survives a language switch: do it on the Customers page of the
real main window, switch the language (every page is rebuilt), undo, redo.

The undo must put the database back exactly (``updated_at`` aside, which advances on purpose;
a created record is soft-deleted rather than removed, so it may remain as a deleted row), the
rebuilt page must show the old state, and redo the new one. Before the one change path, undoing
a bulk tier edit after a language switch called back into the deleted page and crashed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select, update

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.customers.bulk_prompts import BulkPrompts
from gui.customers.contact_dialog import ContactDialog
from gui.customers.followup_dialog import FollowUpDialog
from gui.customers.merge_dialog import MergeDialog
from gui.customers.pool_actions import PoolDialogs
from models import Base
from models.customers import Customer
from models.pipeline import Deal, Pipeline, Stage
from services.customers import edit, pool, stale
from services.customers.queries import load_customer_card, load_customer_rows
from services.org.people import create_person, create_unit
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

TABLES = ("customers", "contacts", "followups", "customer_events", "deals", "app_settings")


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def dump(store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of the tables customer actions touch, by table and id, without ``updated_at``."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            key = "key" if name == "app_settings" else "id"
            out[name] = {str(row[key]): {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


def assert_back(before, now) -> None:
    """``now`` is ``before`` exactly; rows that are new must be soft-deleted (a creation's undo)."""
    for name in TABLES:
        for rid, row in before[name].items():
            assert now[name].get(rid) == row, (name, rid)
        for rid in set(now[name]) - set(before[name]):
            assert now[name][rid].get("deleted_at") is not None, (name, rid, "left live")


def shape(d) -> dict[str, Any]:
    """A dump with generated values blurred: timestamps become set/unset, history events are
    compared by content (a redo logs the move again under a new id and time)."""
    def blur(row: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
        return tuple(sorted((k, (v is not None) if isinstance(v, datetime) else v)
                            for k, v in row.items() if k not in ("id", "at", "created_at")))
    out: dict[str, Any] = {}
    for name, rows in d.items():
        if name == "customer_events":
            out[name] = sorted(blur(r) for r in rows.values() if r["deleted_at"] is None)
        else:
            out[name] = {rid: blur(r) for rid, r in rows.items()}
    return out


class Firm:
    """A small firm: two reps, four customers (one in the shared pool, one idle), contacts,
    a follow-up and a won deal."""

    def __init__(self, store):
        unit = create_unit(store, "华东区", "region").value
        self.wang = create_person(store, "王芳", unit, active_from=date(2024, 1, 1)).value
        self.li = create_person(store, "李强", unit, active_from=date(2024, 1, 1)).value
        stale.save_stale_rules(store, stale.StaleRules(pool_enabled=True, pool_days=60))
        self.ids: dict[str, str] = {}
        for name, owner, tier, tags, contact in (
            ("上海星海科技有限公司", self.wang, "A", ("重点",), "陈静"),
            ("上海星海科技股份有限公司", self.li, None, ("华东",), "赵磊"),
            ("杭州云帆电子商务有限公司", self.wang, "C", ("华东",), ""),
            ("Acme Trading Co., Ltd.", self.li, "C", (), ""),
        ):
            self.ids[name] = edit.create_customer(store, edit.NewCustomer(
                name=name, owner_id=owner, tier=tier, industry="制造业", tags=tags,
                contact_name=contact, contact_phone="13800138000" if contact else ""),
                by_person=self.wang).value
        self.star, self.twin, self.yunfan, self.acme = self.ids.values()
        pool.release_to_pool(store, [self.acme], self.wang)
        with store.write() as uow:  # 云帆 has been idle for a long time
            uow.session.execute(update(Customer).where(Customer.id == self.yunfan).values(
                created_at=datetime.now(UTC) - timedelta(days=400)))
            p = Pipeline(name="新客户")
            uow.session.add(p)
            uow.session.flush()
            won = Stage(pipeline_id=p.id, name="赢单", kind="won")
            uow.session.add(won)
            uow.session.flush()
            uow.session.add(Deal(name="ERP 升级项目", pipeline_id=p.id, stage_id=won.id,
                                 customer_id=self.twin, amount=Decimal("80000"),
                                 closed_on=date.today() - timedelta(days=10),
                                 stage_entered_at=datetime.now(UTC)))
            uow.commit()
        self.followup = edit.add_followup(store, self.star, {
            "at": datetime.now(UTC) - timedelta(days=2), "method": "visit",
            "content": "上门拜访", "next_on": date.today() + timedelta(days=7)}).value


# --- the actions, each done the way the page does it ------------------------------------------

def _select(page, *ids: str) -> None:
    page.show_item("customer", ids[0])
    if len(ids) > 1:
        page.view.selectAll()


def new_customer(qtbot, page, firm, mp) -> None:
    page.actions_.new.trigger()
    dialog = page.actions_.new_dialog
    dialog.name.setText("宁波新港物流有限公司")
    dialog.accept()


def reassign(qtbot, page, firm, mp) -> None:
    mp.setattr(BulkPrompts, "choose_owner", classmethod(lambda cls, *a: firm.li))
    _select(page, firm.star, firm.yunfan)
    page.actions_.reassign.trigger()


def add_tag(qtbot, page, firm, mp) -> None:
    mp.setattr(BulkPrompts, "ask_tag", classmethod(lambda cls, *a: "年底签约"))
    _select(page, firm.star, firm.twin)
    page.actions_.add_tag.trigger()


def remove_tag(qtbot, page, firm, mp) -> None:
    mp.setattr(BulkPrompts, "ask_tag", classmethod(lambda cls, *a: "华东"))
    _select(page, firm.twin, firm.yunfan)
    page.actions_.remove_tag.trigger()


def set_tier(qtbot, page, firm, mp) -> None:
    mp.setattr(BulkPrompts, "choose_tier", classmethod(lambda cls, *a: "B"))
    _select(page, firm.star, firm.twin)
    page.actions_.set_tier.trigger()


def release(qtbot, page, firm, mp) -> None:
    mp.setattr(PoolDialogs, "ask_release_note", classmethod(lambda cls, *a: "调整"))
    _select(page, firm.star)
    page.actions_.release.trigger()


def claim(qtbot, page, firm, mp) -> None:
    _select(page, firm.acme)
    page.actions_.claim_.trigger()


def release_idle(qtbot, page, firm, mp) -> None:
    mp.setattr(Messages, "ask", classmethod(lambda cls, *a: True))
    page.actions_.release_idle_.trigger()


def merge(qtbot, page, firm, mp) -> None:
    def accept_now(dialog: MergeDialog) -> QDialog.DialogCode:
        dialog.accept()
        return QDialog.DialogCode.Accepted

    mp.setattr(MergeDialog, "exec", accept_now)
    page.show_item("customer", firm.star)
    page.search.setText("星海")
    page.apply_search()
    page.view.selectAll()
    assert set(page.selected_ids()) == {firm.star, firm.twin}
    page.actions_.merge_.trigger()


def delete(qtbot, page, firm, mp) -> None:
    _select(page, firm.yunfan)
    page.actions_.delete.trigger()


def edit_field(qtbot, page, firm, mp) -> None:
    _select(page, firm.twin)
    page.card.edits["region"].setText("北京")
    page.card.edits["region"].editingFinished.emit()


def change_owner(qtbot, page, firm, mp) -> None:
    _select(page, firm.twin)
    page.card.owner.setCurrentIndex(page.card.owner.findData(firm.wang))
    page.card.owner.activated.emit(page.card.owner.currentIndex())


def change_tier(qtbot, page, firm, mp) -> None:
    _select(page, firm.twin)
    page.card.tier.setCurrentIndex(page.card.tier.findData("A"))
    page.card.tier.activated.emit(page.card.tier.currentIndex())


def add_contact(qtbot, page, firm, mp) -> None:
    mp.setattr(ContactDialog, "ask", classmethod(lambda cls, *a: {
        "name": "孙丽", "phone": "137 0000 1111", "is_primary": True}))
    _select(page, firm.star)
    page.card.lists.add_contact()


def edit_contact(qtbot, page, firm, mp) -> None:
    mp.setattr(ContactDialog, "ask", classmethod(lambda cls, *a: {"title": "总经理"}))
    _select(page, firm.star)
    page.card.lists.contacts_view.selectRow(0)
    page.card.lists.edit_contact()


def remove_contact(qtbot, page, firm, mp) -> None:
    _select(page, firm.star)
    page.card.lists.contacts_view.selectRow(0)
    page.card.lists.remove_contact()


def add_followup(qtbot, page, firm, mp) -> None:
    _select(page, firm.yunfan)
    page.add_followup()
    editor = page.card.lists.followup_editor
    editor.content.setPlainText("电话沟通报价")
    editor.accept()


def edit_followup(qtbot, page, firm, mp) -> None:
    mp.setattr(FollowUpDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    mp.setattr(FollowUpDialog, "values", lambda self: {"content": "上门拜访，确认需求",
                                                       "next_on": None})
    _select(page, firm.star)
    page.card.lists.followups_view.selectRow(0)
    page.card.lists.edit_followup()


def delete_followup(qtbot, page, firm, mp) -> None:
    _select(page, firm.star)
    page.card.lists.followups_view.selectRow(0)
    page.card.lists.delete_followup()


ACTIONS: list[Callable[..., None]] = [
    new_customer, reassign, add_tag, remove_tag, set_tier, release, claim, release_idle, merge,
    delete, edit_field, change_owner, change_tier, add_contact, edit_contact, remove_contact,
    add_followup, edit_followup, delete_followup,
]


def _page(qtbot, window):
    page = window.show_page("customers")
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10_000)
    return page


def assert_page_shows(page, store) -> None:
    """The rebuilt page shows what the database holds: every row, and the card."""
    model = page.model
    live = [r for i, r in enumerate(model.rows) if i not in model._gone]
    assert sorted(live, key=lambda r: r.id) == sorted(load_customer_rows(store),
                                                      key=lambda r: r.id)
    assert model.total_count() == len(live)
    if page.card.card is not None:
        assert page.card.card == load_customer_card(store, page.card.card.id)


@pytest.mark.parametrize("action", ACTIONS, ids=[a.__name__ for a in ACTIONS])
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, action):
    firm = Firm(store)
    window = make_window(qtbot, store)
    window.ctx.current_person_id = firm.wang
    page = _page(qtbot, window)
    stack = window.ctx.undo_stack
    before = dump(store)

    action(qtbot, page, firm, monkeypatch)
    assert stack.count() == 1, "one undo step"
    after = dump(store)
    assert after != before, "the action changed something"
    assert_page_shows(page, store)

    window.set_language("zh_CN")  # every page is rebuilt; the old page is deleted
    page = _page(qtbot, window)
    shown = page.card.customer_id()

    stack.undo()
    assert_back(before, dump(store))
    assert_page_shows(page, store)
    assert page.card.customer_id() in (shown, None) or page.card.card is not None

    stack.redo()
    assert shape(dump(store)) == shape(after)
    assert_page_shows(page, store)
    assert stack.count() == 1 and not stack.canRedo()
