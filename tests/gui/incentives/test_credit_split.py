"""Split credit (业绩分配) as a user meets it: the deal detail says who shares the credit and its
button opens the split dialog — the owner at 100 %, the total as it changes, OK only at exactly
100 % — saving one undo step; the contract pane shows its deal's split; refusals in Chinese.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox

from gui.common.i18n import install_translators
from gui.incentives.split_dialog import CreditSplitDialog, read_split, split_text, to_bp
from gui.orders.contract_pane import ContractPane
from gui.pipeline.pipeline_page import PipelinePage
from services.incentives.splits import credit_split, set_credit_split
from services.org.people import delete_person
from tests.gui.pipeline_fixtures import make_context, seed_pipeline, wait_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store):
    return seed_pipeline(store)


@pytest.fixture
def english():
    yield
    install_translators(QApplication.instance(), "en")


def _shares(store, deal: str) -> list[tuple[str, int]]:
    return [(s.person_name, s.share_bp) for s in credit_split(store, deal)]


def _dialog(qtbot, store, deal: str) -> CreditSplitDialog:
    data = read_split(store, deal)
    assert data is not None
    dlg = CreditSplitDialog(data)
    qtbot.addWidget(dlg)
    return dlg


def _pick(row, name: str) -> None:
    row.person.setCurrentIndex(row.person.findText(name))


@pytest.mark.parametrize(("typed", "bp"), [
    (60, 6000), (33.33, 3333), (0.01, 1), (99.99, 9999), (100, 10_000), (12.5, 1250)])
def test_a_percentage_with_two_decimals_is_whole_basis_points(typed, bp):
    assert to_bp(typed) == bp


def test_the_owner_starts_at_100_and_ok_waits_for_exactly_100(qtbot, store, data):
    deal = data.deals[0]  # owned by 张伟
    dlg = _dialog(qtbot, store, deal)
    assert [(r.person.currentText(), r.share.value()) for r in dlg.rows] == [("张伟", 100.0)]
    assert dlg.total.text() == "Total: 100 %"
    assert dlg.ok.isEnabled()
    assert not dlg.clear_button.isEnabled()  # nothing to clear yet
    assert not dlg.rows[0].remove.isEnabled()  # the last row stays
    dlg.rows[0].share.setValue(60)
    assert dlg.total.text() == "Total: 60 %"
    assert dlg.problem.text() == "40 % is still to be shared."
    assert not dlg.ok.isEnabled()
    dlg.add_button.click()  # the new row gets what is left
    assert dlg.rows[1].share.value() == 40.0
    assert dlg.total.text() == "Total: 100 %"
    assert dlg.problem.text() == "Choose a person from the list on every row."
    assert not dlg.ok.isEnabled()
    _pick(dlg.rows[1], "张伟")
    assert dlg.problem.text() == "张伟 is on more than one row."
    _pick(dlg.rows[1], "李娜")
    assert dlg.problem.text() == ""
    assert dlg.ok.isEnabled()
    dlg.rows[1].share.setValue(40.01)  # 60 + 40.01 = 100.01
    assert dlg.total.text() == "Total: 100.01 %"
    assert dlg.problem.text() == "That is 0.01 % too much."
    assert not dlg.ok.isEnabled()
    dlg.rows[1].share.setValue(39.99)
    assert not dlg.ok.isEnabled()
    dlg.rows[0].share.setValue(60.01)  # 60.01 + 39.99 = 100
    assert dlg.ok.isEnabled()
    assert dlg.shares() == {data.people["张伟"]: 6001, data.people["李娜"]: 3999}
    dlg.add_button.click()  # nothing left to share: the new row starts at 0 %
    _pick(dlg.rows[2], "王强")
    assert dlg.problem.text() == "Every share must be above 0 %."
    dlg.rows[2].remove.click()
    assert len(dlg.rows) == 2 and dlg.ok.isEnabled()


def test_the_owner_alone_at_100_is_no_split(qtbot, store, data):
    dlg = _dialog(qtbot, store, data.deals[0])
    assert dlg.shares() == {}  # the owner gets everything: nothing to save
    _pick(dlg.rows[0], "李娜")
    assert dlg.shares() == {data.people["李娜"]: 10_000}  # all to someone else is a split


def test_people_who_left_are_not_offered_unless_the_split_names_them(qtbot, store, data):
    from services.org.people_edit import edit_person

    edit_person(store, data.people["王强"],
                {"active_from": date(2020, 1, 1), "active_to": date(2021, 1, 1)})  # left
    dlg = _dialog(qtbot, store, data.deals[0])
    names = [dlg.rows[0].person.itemText(n) for n in range(dlg.rows[0].person.count())]
    assert "王强" not in names and {"张伟", "李娜"} <= set(names)
    set_credit_split(store, data.deals[0], {data.people["张伟"]: 5000, data.people["王强"]: 5000})
    dlg = _dialog(qtbot, store, data.deals[0])
    assert sorted((r.person.currentText(), r.bp()) for r in dlg.rows) == [
        ("张伟", 5000), ("王强", 5000)]
    assert dlg.ok.isEnabled() and dlg.clear_button.isEnabled()


def test_the_split_is_shown_in_chinese(english):
    shares = [("张三", 6000), ("李四", 4000)]
    assert split_text(shares) == "Credit split: 张三 60 %, 李四 40 %"
    install_translators(QApplication.instance(), "zh_CN")
    assert split_text(shares) == "业绩分配：张三 60 %，李四 40 %"
    assert split_text([]) == "业绩分配：未分配，全部计入负责人"


def _page(qtbot, store, data) -> PipelinePage:
    page = PipelinePage(make_context(store, data.people["李娜"]))
    qtbot.addWidget(page)
    wait_board(qtbot, page)
    return page


def _answer(monkeypatch, fill) -> None:  # noqa: ANN001
    """The split dialog, as opened by the button, filled in by ``fill`` and OK pressed."""
    def exec_(dlg: CreditSplitDialog) -> int:
        fill(dlg)
        if dlg.result() != QDialog.DialogCode.Accepted:
            assert dlg.ok.isEnabled()
            dlg.ok.click()
        return dlg.result()
    monkeypatch.setattr(CreditSplitDialog, "exec", exec_)


def test_split_from_the_deal_detail_is_one_undo_step(qtbot, store, data, monkeypatch):
    deal = data.deals[0]
    page = _page(qtbot, store, data)
    page.deal_actions.open_detail(deal)
    row = page.deal_actions.detail.split_row
    qtbot.waitUntil(lambda: not row.is_loading() and row.button.isEnabled())
    assert row.text.text() == "Credit split: none, the owner gets all the credit"

    def sixty_forty(dlg: CreditSplitDialog) -> None:
        dlg.rows[0].share.setValue(60)
        dlg.add_button.click()
        _pick(dlg.rows[1], "李娜")
    _answer(monkeypatch, sixty_forty)
    row.button.click()
    stack = page.ctx.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == f"Split the credit of {page.deal_actions.detail.deal.name}"
    assert _shares(store, deal) == [("张伟", 6000), ("李娜", 4000)]
    qtbot.waitUntil(lambda: row.text.text() == "Credit split: 张伟 60 %, 李娜 40 %")

    _answer(monkeypatch, lambda dlg: dlg.clear_button.click())
    row.button.click()
    assert stack.count() == 2 and stack.undoText().startswith("Clear the credit split of")
    assert _shares(store, deal) == []
    qtbot.waitUntil(lambda: row.text.text().startswith("Credit split: none"))
    stack.undo()
    qtbot.waitUntil(lambda: row.text.text() == "Credit split: 张伟 60 %, 李娜 40 %")
    stack.undo()
    assert _shares(store, deal) == []
    _answer(monkeypatch, lambda dlg: None)  # OK on the owner at 100 %: nothing changes
    row.button.click()
    assert stack.count() == 2 and stack.index() == 0


def test_a_refused_split_is_said_in_chinese(qtbot, store, data, monkeypatch, english):
    deal = data.deals[0]
    page = _page(qtbot, store, data)
    refused: list[str] = []
    page.ctx.events.refused.connect(lambda _what, why: refused.append(why))
    page.deal_actions.open_detail(deal)
    row = page.deal_actions.detail.split_row
    qtbot.waitUntil(lambda: not row.is_loading() and row.button.isEnabled())
    install_translators(QApplication.instance(), "zh_CN")

    def to_someone_gone(dlg: CreditSplitDialog) -> None:
        _pick(dlg.rows[0], "王强")
        delete_person(store, data.people["王强"])  # meanwhile, elsewhere
    _answer(monkeypatch, to_someone_gone)
    row.button.click()
    assert page.ctx.undo_stack.count() == 0
    assert refused == [f"业绩分配中的人员不存在：{data.people['王强']}"]
    assert _shares(store, deal) == []


def test_the_contract_pane_shows_its_deals_split(qtbot, store, data, monkeypatch):
    from services.orders.contracts import create_contract

    deal = data.deals[0]
    set_credit_split(store, deal, {data.people["张伟"]: 7000, data.people["王强"]: 3000})
    contract = create_contract(
        store, customer_id=data.customers[0], amount=Decimal("90000"),
        sign_date=date(2026, 3, 1), owner_id=data.people["张伟"], deal_id=deal).value
    bare = create_contract(store, customer_id=data.customers[0], amount=Decimal("1000"),
                           sign_date=date(2026, 3, 2)).value
    pane = ContractPane(make_context(store))
    qtbot.addWidget(pane)
    pane.show()
    pane.show_contract(contract)
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert pane.split_row.isVisible()
    assert pane.split_row.text.text() == "Credit split: 张伟 70 %, 王强 30 %"

    def fifty_fifty(dlg: CreditSplitDialog) -> None:
        dlg.rows[0].share.setValue(50)
        dlg.rows[1].share.setValue(50)
    _answer(monkeypatch, fifty_fifty)
    pane.split_row.button.click()
    assert sorted(_shares(store, deal)) == [("张伟", 5000), ("王强", 5000)]
    qtbot.waitUntil(lambda: pane.split_row.text.text() in (  # equal shares: by person id
        "Credit split: 王强 50 %, 张伟 50 %", "Credit split: 张伟 50 %, 王强 50 %"))
    pane.show_contract(bare)  # no deal, no split to show
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert not pane.split_row.isVisible()


def test_tab_walks_the_rows_then_the_buttons(qtbot, store, data):
    dlg = _dialog(qtbot, store, data.deals[0])
    dlg.rows[0].share.setValue(60)
    dlg.add_button.click()
    _pick(dlg.rows[1], "李娜")
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    r0, r1 = dlg.rows
    r0.person.setFocus()
    passed = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        w = w.parent() if w is not None and isinstance(w.parent(), QComboBox) else w
        if w is r0.person:
            break
        passed.append(w)
    cancel = dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    # Clear split is disabled (no split saved yet), so Tab skips it
    assert passed == [r0.share, r0.remove, r1.person, r1.share, r1.remove, dlg.add_button,
                      dlg.ok, cancel]
