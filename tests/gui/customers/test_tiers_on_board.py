"""A deal won on the board re-tiers its customer in the move's own transaction: the tier is right
the moment the move returns, with no GUI listener involved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from gui.pipeline.won_deal_dialog import WonDealDialog
from models import Customer
from services.customers.tiers import reason_text
from tests.gui.pipeline_fixtures import seed_pipeline
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, make_window

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _tier(store, customer_id: str) -> tuple[str | None, str | None]:  # noqa: ANN001
    with store.read() as uow:
        c = uow.session.get(Customer, customer_id)
        assert c is not None
        return c.tier, c.tier_reason


def _rules_customer_with_open_deal(store, data) -> tuple[str, str]:  # noqa: ANN001
    """A customer tiered by the rules (no manual tier) with one open deal on the board."""
    from services.customers.edit import NewCustomer, create_customer
    from services.pipeline.deals import create_deal

    owner = next(iter(data.people.values()))
    customer = create_customer(store, NewCustomer(name="温州明达阀门有限公司",
                                                  owner_id=owner)).value
    deal = create_deal(store, name="明达 阀门监控", pipeline_id=data.pipeline_id,
                       customer_id=customer, stage_id=data.stage_ids[3], owner_id=owner,
                       amount=Decimal(70000), expected_close=date.today(), lines=[],
                       by_person_id=owner).value
    return customer, deal


def _win_on_board(qtbot, window, monkeypatch, deal_id: str, won_stage: str,  # noqa: ANN001
                  amount: str) -> None:
    monkeypatch.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amt, today: (Decimal(amount), date.today())))
    page = window.show_page("pipeline")
    qtbot.waitUntil(lambda: page.card(deal_id) is not None, timeout=10_000)
    page.deal_actions.request_move([deal_id], won_stage)


def test_winning_a_deal_on_the_board_recomputes_that_customers_tier(qtbot, store, monkeypatch):
    data = seed_pipeline(store)
    window = make_window(qtbot, store)
    customer, deal = _rules_customer_with_open_deal(store, data)
    others = {c: _tier(store, c) for c in data.customers if c != customer}
    assert _tier(store, customer)[0] == "C"

    _win_on_board(qtbot, window, monkeypatch, deal, data.stage_ids[5], "600000")

    tier, reason = _tier(store, customer)
    assert tier == "A"  # ≥ ¥500,000 won in the last twelve months
    assert "600,000" in reason_text(reason, "en") and "600,000" in reason_text(reason, "zh_CN")
    assert {c: _tier(store, c)[0] for c in others} == {c: t[0] for c, t in others.items()}


def test_tiers_are_kept_after_a_database_switch(qtbot, store, tmp_path, monkeypatch):
    from services.setup import open_store

    window = make_window(qtbot, store)
    other = open_store(tmp_path / "other.sqlite3", backup_dir=tmp_path / "b")
    window.replace_store(other)
    data = seed_pipeline(other)
    customer, deal = _rules_customer_with_open_deal(other, data)

    _win_on_board(qtbot, window, monkeypatch, deal, data.stage_ids[5], "80000")

    assert _tier(other, customer)[0] == "B"  # ≥ ¥50,000: recomputed in the new database


def test_an_open_move_on_the_board_updates_the_open_customer_card(qtbot, store):
    """An open → open move re-tiers nothing and names no customer, yet the card showing the
    deal shows its new stage (it hears of the deal by id)."""
    from PySide6.QtCore import Qt

    data = seed_pipeline(store)
    window = make_window(qtbot, store)
    customer, deal = _rules_customer_with_open_deal(store, data)
    customers = window.show_page("customers")
    qtbot.waitUntil(lambda: not customers.loading, timeout=10_000)
    customers.show_item("customer", customer)
    qtbot.waitUntil(lambda: customers.card.card is not None
                    and customers.card.card.id == customer, timeout=10_000)
    model = customers.card.lists.deals_model

    def stage_shown() -> str:
        return str(model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole))

    before = stage_shown()
    board = window.show_page("pipeline")
    qtbot.waitUntil(lambda: board.card(deal) is not None, timeout=10_000)
    board.deal_actions.request_move([deal], data.stage_ids[4])
    assert board.card(deal).stage_id == data.stage_ids[4]
    window.show_page("customers")
    qtbot.waitUntil(lambda: stage_shown() != before, timeout=10_000)
    with store.read() as uow:
        from models import Stage
        assert stage_shown() == uow.session.get(Stage, data.stage_ids[4]).name
    assert _tier(store, customer)[0] == "C"
