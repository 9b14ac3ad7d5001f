"""Credit splits: set, refused, cleared, undone and redone exactly (the same rows)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.incentives import CreditSplit
from services.incentives.splits import (
    NOT_WHOLE,
    CreditSplitError,
    credit_split,
    set_credit_split,
)
from tests.unit.orders.orders_fixtures import build_firm, deal_id


@pytest.fixture
def firm(store):
    f = build_firm(store)
    f.deal = deal_id(store, "商机2")  # type: ignore[attr-defined]
    return f


def _rows(store, deal: str) -> list[tuple[str, str, int, bool]]:
    """Every split row of the deal: (id, person, bp, live)."""
    with store.read() as uow:
        return sorted((r.id, r.person_id, r.share_bp, r.deleted_at is None)
                      for r in uow.session.scalars(select(CreditSplit)
                                                   .where(CreditSplit.deal_id == deal)))


def _shares(store, deal: str) -> list[tuple[str, int]]:
    return [(s.person_name, s.share_bp) for s in credit_split(store, deal)]


def test_set_read_and_clear(firm):
    p, deal = firm.people, firm.deal
    op = set_credit_split(firm.store, deal, {p["王五"]: 4000, p["李四"]: 6000})
    assert op.value == {}
    assert _shares(firm.store, deal) == [("李四", 6000), ("王五", 4000)]
    op = set_credit_split(firm.store, deal, {})
    assert op.value == {p["李四"]: 6000, p["王五"]: 4000}
    assert _shares(firm.store, deal) == []


@pytest.mark.parametrize(("shares", "message"), [
    # 60 % + 30 % = 90 %
    ({"李四": 6000, "王五": 3000}, "the shares of a credit split add up to 100 %, not 90 %"),
    # 60 % + 40.01 % = 100.01 %
    ({"李四": 6000, "王五": 4001}, "the shares of a credit split add up to 100 %, not 100.01 %"),
    ({"李四": 10_000, "王五": 0},
     "a share of a credit split is a whole number of basis points above 0, not 0"),
    ({"李四": 10_001, "王五": -1},
     "a share of a credit split is a whole number of basis points above 0, not -1"),
    ({"李四": 10_000, "nobody": 0},
     "a share of a credit split is a whole number of basis points above 0, not 0"),
    ({"李四": 5000, "nobody": 5000},
     "the credit split names someone who does not exist: nobody"),
])
def test_refused_and_nothing_written(firm, shares, message):
    named = {firm.people.get(k, k): v for k, v in shares.items()}
    with pytest.raises(CreditSplitError) as err:
        set_credit_split(firm.store, firm.deal, named)
    assert str(err.value) == message
    assert _rows(firm.store, firm.deal) == []


def test_refusal_keeps_its_template(firm):
    with pytest.raises(CreditSplitError) as err:
        set_credit_split(firm.store, firm.deal, {firm.people["李四"]: 5000})
    assert err.value.template == NOT_WHOLE and err.value.params == {"total": "50"}


def test_an_unknown_deal_is_refused(firm):
    with pytest.raises(CreditSplitError, match="this deal no longer exists"):
        set_credit_split(firm.store, "no-such-deal", {firm.people["李四"]: 10_000})


def test_undo_and_redo_restore_the_same_rows(firm):
    p, deal, store = firm.people, firm.deal, firm.store
    set_credit_split(store, deal, {p["李四"]: 5000, p["王五"]: 5000})
    first = [r for r in _rows(store, deal) if r[3]]
    op = set_credit_split(store, deal, {p["张三"]: 2500, p["李四"]: 7500})
    second = [r for r in _rows(store, deal) if r[3]]
    assert op.undo is not None
    redo = op.undo.run(store)
    assert [r for r in _rows(store, deal) if r[3]] == first  # the same ids, shares
    assert sorted(_shares(store, deal)) == [("李四", 5000), ("王五", 5000)]
    assert redo.undo is not None
    again = redo.undo.run(store)
    assert [r for r in _rows(store, deal) if r[3]] == second
    # undoing a clear brings the split back
    clear = set_credit_split(store, deal, {})
    assert clear.undo is not None
    clear.undo.run(store)
    assert [r for r in _rows(store, deal) if r[3]] == second
    assert again.undo is not None


def test_undo_refused_once_the_split_moved_on(firm):
    p, deal, store = firm.people, firm.deal, firm.store
    op = set_credit_split(store, deal, {p["李四"]: 10_000})
    set_credit_split(store, deal, {p["王五"]: 10_000})
    assert op.undo is not None
    with pytest.raises(CreditSplitError, match="changed since"):
        op.undo.run(store)


def test_deal_split_names_the_deal_its_owner_and_the_shares(firm):
    from services.incentives.splits import deal_split
    from services.pipeline.deals import update_deal

    p, deal, store = firm.people, firm.deal, firm.store
    update_deal(store, deal, owner_id=p["张三"])
    read = deal_split(store, deal)
    assert read is not None
    assert (read.deal_name, read.owner_id, read.owner_name, read.shares) == (
        "商机2", p["张三"], "张三", ())
    set_credit_split(store, deal, {p["王五"]: 3000, p["李四"]: 7000})
    read = deal_split(store, deal)
    assert read is not None
    assert [(s.person_name, s.share_bp) for s in read.shares] == [("李四", 7000), ("王五", 3000)]
    update_deal(store, deal, owner_id=None)
    read = deal_split(store, deal)
    assert read is not None and (read.owner_id, read.owner_name) == (None, None)
    assert deal_split(store, "no-such-deal") is None
