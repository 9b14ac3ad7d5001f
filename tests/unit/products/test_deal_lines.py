"""A deal's product lines: prices from the list, discounts, the amount following the lines,
the gross margin, and exact undo/redo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Deal, DealLine
from services.core.errors import ValidationError
from services.pipeline.deal_lines import LineInput, deal_margin, set_deal_lines
from services.pipeline.details import read_deal_detail
from services.products import catalogue as cat
from tests.unit.pipeline_fixtures import World, build_world


@pytest.fixture
def world(store) -> World:
    return build_world(store)


def _rows(store, deal_id):
    with store.read() as uow:
        s = uow.session
        d = s.get(Deal, deal_id)
        # an undone line is soft-deleted (its id comes back on redo): compare the live ones
        lines = sorted((r.id, r.product_id, r.quantity, r.unit_price, r.amount, r.discount_bp)
                       for r in s.scalars(select(DealLine).where(DealLine.deal_id == deal_id,
                                                                 DealLine.deleted_at.is_(None))))
        return d.amount, d.amount_from_lines, lines


def test_lines_take_list_price_and_discount_and_the_amount_follows(world):
    store = world.store
    deal = world.deal("软件项目", amount=1000)
    soft, svc = world.products["软件许可"], world.products["实施服务"]
    set_deal_lines(store, deal, [LineInput(soft, 3, discount_bp=1000),
                                 LineInput(svc, 2, Decimal("1999.99"))])
    d = read_deal_detail(store, deal)
    assert [(ln.product_name, ln.unit_price, ln.amount) for ln in d.lines] == [
        ("软件许可", Decimal("5000.00"), Decimal("13500.00")),
        ("实施服务", Decimal("1999.99"), Decimal("3999.98"))]
    assert d.amount == Decimal("1000.00") and not d.amount_from_lines  # typed amount kept
    set_deal_lines(store, deal, amount_from_lines=True)
    assert read_deal_detail(store, deal).amount == Decimal("17499.98")
    line = read_deal_detail(store, deal).lines[1]
    set_deal_lines(store, deal, [LineInput(line.product_id, 1, line.unit_price, 0, line.id)])
    assert read_deal_detail(store, deal).amount == Decimal("1999.99")  # follows the change


def test_set_lines_undo_and_redo_are_exact(world):
    store = world.store
    deal = world.deal("软件项目", amount=1000)
    soft, svc = world.products["软件许可"], world.products["实施服务"]
    set_deal_lines(store, deal, [LineInput(soft, 1)])
    before = _rows(store, deal)
    kept = read_deal_detail(store, deal).lines[0]
    op = set_deal_lines(store, deal, [LineInput(svc, 5, discount_bp=500),
                                      LineInput(soft, 2, None, 0, kept.id)],
                        amount_from_lines=True)
    after = _rows(store, deal)
    assert after[0] == Decimal("19500.00") and after[1] is True
    redo = op.undo.run(store)
    assert _rows(store, deal) == before
    redo.undo.run(store)
    assert _rows(store, deal) == after


def test_bad_lines_are_refused(world):
    store = world.store
    deal = world.deal("软件项目")
    soft = world.products["软件许可"]
    for line in (LineInput(soft, 0), LineInput(soft, 1, Decimal("-1")),
                 LineInput(soft, 1, discount_bp=10001), LineInput("nope", 1)):
        with pytest.raises(ValidationError):
            set_deal_lines(store, deal, [line])
    assert read_deal_detail(store, deal).lines == ()


def test_gross_margin_from_product_costs(world):
    store = world.store
    soft, svc = world.products["软件许可"], world.products["实施服务"]
    cat.edit_product(store, soft, unit_cost="1000")
    deal = world.deal("软件项目")
    set_deal_lines(store, deal, [LineInput(soft, 2, discount_bp=1000), LineInput(svc, 1)])
    m = deal_margin(store, deal)
    # revenue 9,000 + 2,000; cost 2 × 1,000 (the service has no cost)
    assert (m.revenue, m.cost, m.value, m.pct, m.lines_without_cost) == (
        Decimal("11000.00"), Decimal("2000.00"), Decimal("9000.00"), Decimal("81.8"), 1)
    assert read_deal_detail(store, deal).margin == m


def test_a_new_list_price_leaves_existing_lines_alone(world):
    store = world.store
    soft = world.products["软件许可"]
    deal = world.deal("软件项目")
    set_deal_lines(store, deal, [LineInput(soft, 1)], amount_from_lines=True)
    cat.edit_product(store, soft, unit_price="6000")
    assert read_deal_detail(store, deal).amount == Decimal("5000.00")
