"""Board snapshot, moves with history and exact undo, deal edits and detail (real SQLite file)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import Customer, Deal, FollowUp, StageHistory
from services.core.errors import ValidationError
from services.pipeline import board as pb
from services.pipeline import deals as pl
from services.pipeline.details import read_deal_detail
from tests.unit.pipeline_fixtures import World, build_world, utc


@pytest.fixture
def world(any_store) -> World:
    return build_world(any_store)


def _snapshot(store, deal_ids):
    """Every column of the deals except updated_at, plus all their history rows."""
    with store.read() as uow:
        s = uow.session
        deals = {}
        for d in s.scalars(select(Deal).where(Deal.id.in_(deal_ids))):
            deals[d.id] = {c.key: getattr(d, c.key) for c in Deal.__table__.columns
                           if c.key != "updated_at"}
        hist = sorted((h.id, h.deal_id, h.from_stage_id, h.to_stage_id, h.at, h.amount)
                      for h in s.scalars(select(StageHistory)
                                         .where(StageHistory.deal_id.in_(deal_ids))))
    return deals, hist


def _count(store, model):
    with store.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_create_deal_writes_initial_history_row(world):
    did = world.deal("ERP 升级", "初步沟通", amount=20000, expected_close=date(2026, 3, 31))
    detail = read_deal_detail(world.store, did)
    assert [(h.from_stage_name, h.to_stage_name) for h in detail.history] == [(None, "初步沟通")]
    assert detail.history[0].amount == Decimal("20000.00")
    assert detail.history[0].by_name == "张三"
    assert detail.probability == 20 and not detail.probability_overridden


def test_move_records_history_and_undo_restores_exactly(world):
    a = world.deal("甲", "线索", amount=1000, expected_close=date(2026, 2, 1))
    b = world.deal("乙", "需求确认", amount=3000)
    before = _snapshot(world.store, [a, b])
    undo = world.move([a, b], "方案报价", utc(2026, 1, 10))
    assert set(undo.moved_ids) == {a, b}
    detail = read_deal_detail(world.store, a)
    last = detail.history[-1]
    assert (last.from_stage_name, last.to_stage_name, last.at) == ("线索", "方案报价",
                                                                   utc(2026, 1, 10))
    assert last.by_name == "张三" and last.amount == Decimal("1000.00")
    assert last.expected_close == date(2026, 2, 1)
    assert detail.stage_name == "方案报价" and detail.stage_entered_at == utc(2026, 1, 10)
    assert _count(world.store, StageHistory) == 4
    pl.undo_move(world.store, undo)
    assert _snapshot(world.store, [a, b]) == before
    assert _count(world.store, StageHistory) == 2


def test_move_to_same_stage_is_noop(world):
    a = world.deal("甲", "线索", at=utc(2026, 1, 1))
    before = _snapshot(world.store, [a])
    undo = world.move(a, "线索", utc(2026, 1, 5))
    assert undo.is_noop and undo.moved_ids == ()
    assert _snapshot(world.store, [a]) == before


def test_move_mixed_selection_skips_deals_already_there(world):
    a = world.deal("甲", "线索")
    b = world.deal("乙", "商务谈判")
    undo = world.move([a, b], "商务谈判", utc(2026, 1, 5))
    assert undo.moved_ids == (a,)
    assert len(undo.history_ids) == 1


def test_won_and_lost_fields_and_reopen(world):
    a = world.deal("甲", "商务谈判", amount=5000)
    world.move(a, "赢单", utc(2026, 1, 20), won_amount=Decimal("4800"), closed_on=date(2026, 1, 19))
    d = read_deal_detail(world.store, a)
    assert (d.won_amount, d.closed_on, d.lost_reason, d.probability) == (
        Decimal("4800.00"), date(2026, 1, 19), None, 100)
    assert d.history[-1].amount == Decimal("4800.00")
    world.move(a, "输单", utc(2026, 1, 21), lost_reason=" 价格太高 ")
    d = read_deal_detail(world.store, a)
    assert (d.won_amount, d.lost_reason, d.probability) == (None, "价格太高", 0)
    assert d.closed_on == utc(2026, 1, 21).astimezone().date()
    world.move(a, "需求确认", utc(2026, 1, 22))
    d = read_deal_detail(world.store, a)
    assert (d.won_amount, d.closed_on, d.lost_reason) == (None, None, None)


def test_won_amount_defaults_to_deal_amount(world):
    a = world.deal("甲", "商务谈判", amount=5000)
    world.move(a, "赢单", utc(2026, 1, 20))
    assert read_deal_detail(world.store, a).won_amount == Decimal("5000.00")


def test_undo_of_won_move_restores_closing_fields(world):
    a = world.deal("甲", "商务谈判", amount=5000)
    world.move(a, "输单", utc(2026, 1, 10), lost_reason="预算不足")
    before = _snapshot(world.store, [a])
    undo = world.move(a, "赢单", utc(2026, 1, 20), won_amount=Decimal(4000))
    pl.undo_move(world.store, undo)
    assert _snapshot(world.store, [a]) == before
    assert read_deal_detail(world.store, a).lost_reason == "预算不足"


def test_moves_never_delete_deals(world):
    ids = [world.deal(f"商机{i}", "线索") for i in range(5)]
    for i, stage in enumerate(["初步沟通", "赢单", "输单", "线索", "商务谈判"]):
        u = world.move(ids, stage, utc(2026, 1, 2 + i))
        if i % 2:
            pl.undo_move(world.store, u)
    assert _count(world.store, Deal) == 5
    with world.store.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Deal)
                                  .where(Deal.deleted_at.is_not(None))) == 0


def test_move_rejects_negative_won_amount_and_unknown_stage(world):
    a = world.deal("甲")
    with pytest.raises(ValidationError):
        world.move(a, "赢单", utc(2026, 1, 2), won_amount=Decimal(-1))
    with pytest.raises(pl.NotFoundError):
        pl.move_deals(world.store, [a], "no-such-stage", None)
    assert read_deal_detail(world.store, a).stage_name == "线索"


def test_a_selection_with_a_deleted_deal_is_refused_whole(world):
    a = world.deal("甲", "线索")
    gone = world.deal("乙", "线索")
    pl.discard_deal(world.store, gone)
    before = _snapshot(world.store, [a, gone])
    with pytest.raises(pl.NotFoundError, match=gone):
        world.move([a, gone], "方案报价", utc(2026, 1, 3))
    assert _snapshot(world.store, [a, gone]) == before  # nothing half-moved


def test_move_to_another_pipelines_stage_moves_the_deal_there(world):
    from services.pipeline import settings as ps

    renewals = ps.create_pipeline(world.store, "老客户续约").value
    target = next(p for p in pl.list_pipelines(world.store) if p.id == renewals).stages[1]
    a = world.deal("甲", "需求确认")
    before = _snapshot(world.store, [a])
    undo = pl.move_deals(world.store, [a], target.id, None, at=utc(2026, 1, 4)).value
    d = read_deal_detail(world.store, a)
    assert (d.pipeline_id, d.stage_id) == (renewals, target.id)
    assert d.history[-1].to_stage_name == target.name
    pl.undo_move(world.store, undo)
    assert _snapshot(world.store, [a]) == before


def test_undo_of_a_move_whose_deal_was_deleted_since_changes_nothing(world):
    a = world.deal("甲", "线索")
    b = world.deal("乙", "线索")
    undo = world.move([a, b], "商务谈判", utc(2026, 1, 5))
    pl.discard_deal(world.store, b)
    before = _snapshot(world.store, [a, b])
    with pytest.raises(pl.NotFoundError, match=b):
        pl.undo_move(world.store, undo)
    assert _snapshot(world.store, [a, b]) == before  # history rows and stages kept


# --------------------------------------------------------------------------- board


def _board(world, today=date(2026, 1, 31), **filters):
    return pb.load_board(world.store, world.pipeline_id, today, pl.BoardFilters(**filters))


@pytest.mark.parametrize(("stage", "days", "rotting"), [
    ("线索", 14, False),   # threshold 14: exactly 14 days is not yet rotting
    ("线索", 15, True),
    ("需求确认", 21, False),
    ("需求确认", 22, True),
    ("商务谈判", 100, True),
])
def test_rotting_threshold(world, stage, days, rotting):
    world.deal("甲", stage, at=utc(2026, 1, 1))
    card = _board(world, today=date(2026, 1, 1 + days) if days < 31 else date(2026, 4, 11))[0]
    assert card.rotting is rotting


def test_rotting_suppressed_by_future_followups(world):
    a = world.deal("甲", "线索", at=utc(2026, 1, 1), customer="华东机械")
    b = world.deal("乙", "线索", at=utc(2026, 1, 1), customer="西部电子")
    c = world.deal("丙", "线索", at=utc(2026, 1, 1), customer="潜在客户甲")
    today = date(2026, 2, 1)
    assert all(card.rotting for card in _board(world, today))
    with world.store.write() as uow:
        s = uow.session
        # a: a follow-up on the deal, next step booked for today
        s.add(FollowUp(customer_id=world.customers["华东机械"], deal_id=a, at=utc(2026, 1, 5),
                       method="call", next_on=today))
        # b: customer-level next follow-up date in the future
        s.get(Customer, world.customers["西部电子"]).next_followup_on = date(2026, 2, 3)
        # c: only a PAST booked follow-up — still rotting
        s.add(FollowUp(customer_id=world.customers["潜在客户甲"], at=utc(2026, 1, 5),
                       method="visit", next_on=date(2026, 1, 20)))
        uow.commit()
    rot = {card.id: card.rotting for card in _board(world, today)}
    assert rot == {a: False, b: False, c: True}


def test_board_cards_show_effective_probability_weighted_and_products(world):
    a = world.deal("甲", "方案报价", amount=10000, lines=[pl.NewLine(world.products["软件许可"])])
    world.deal("乙", "方案报价", amount=2000, probability=90)
    cards = {c.name: c for c in _board(world)}
    assert cards["甲"].probability == 60 and not cards["甲"].probability_overridden
    assert cards["甲"].weighted == Decimal("6000.00")
    assert cards["甲"].products == ("软件许可",)
    assert cards["乙"].probability == 90 and cards["乙"].probability_overridden
    assert cards["乙"].weighted == Decimal("1800.00")
    totals = pl.summarize_columns(cards.values())[world.stages["方案报价"]]
    assert totals == pl.ColumnTotals(2, Decimal("12000.00"), Decimal("7800.00"))
    # the column header's figures come with the board as read (added up off the GUI thread)
    snap = pb.load_board_snapshot(world.store, world.pipeline_id, date(2026, 1, 31))
    assert snap.open_totals == {world.stages["方案报价"]: totals}
    pl.set_probability(world.store, cards["乙"].id, None)
    assert {c.name: c.probability for c in _board(world)}["乙"] == 60
    assert a


def test_cards_read_by_id_match_the_board_one_or_many(world):
    a = world.deal("甲", "方案报价", amount=10000, lines=[pl.NewLine(world.products["软件许可"])])
    b = world.deal("乙", "线索", amount=2000)
    today = date(2026, 1, 31)
    board = {c.id: c for c in _board(world, today)}
    assert pb.load_cards(world.store, world.pipeline_id, [a], today) == [board[a]]
    assert {c.id: c for c in pb.load_cards(world.store, world.pipeline_id, [a, b], today)} == {
        a: board[a], b: board[b]}
    # Names the caller vouches for (the change touched no lines) are kept, the rest are read.
    kept = pb.load_cards(world.store, world.pipeline_id, [a, b], today,
                         known_products={b: ("旧名称",)})
    assert {c.id: c.products for c in kept} == {a: ("软件许可",), b: ("旧名称",)}


def test_board_excludes_closed_unless_asked(world):
    a = world.deal("甲", "线索")
    b = world.deal("乙", "线索")
    c = world.deal("丙", "线索")
    world.move(b, "赢单", utc(2026, 1, 10), closed_on=date(2026, 1, 10))
    world.move(c, "输单", utc(2025, 12, 10), closed_on=date(2025, 12, 10))
    assert [x.id for x in _board(world)] == [a]
    names = {x.name for x in _board(world, include_closed_since=date(2026, 1, 1))}
    assert names == {"甲", "乙"}


def _closings(world):
    """Five lost deals closed Jan 10…14 (expected close running the other way), one won deal,
    one lost before the window; 李四 owns the two lost deals closed last.
    """
    lost = []
    for i in range(5):
        d = world.deal(f"输{i}", "商务谈判", amount=1000 * (i + 1),
                       owner="李四" if i >= 3 else "张三", expected_close=date(2026, 3, 20 - i))
        world.move(d, "输单", utc(2026, 1, 10 + i), closed_on=date(2026, 1, 10 + i))
        lost.append(d)
    won = world.deal("赢", "商务谈判", amount=7000)
    world.move(won, "赢单", utc(2026, 1, 15), won_amount=Decimal("6500"),
               closed_on=date(2026, 1, 15))
    old = world.deal("旧", "商务谈判", amount=99000)
    world.move(old, "输单", utc(2025, 12, 1), closed_on=date(2025, 12, 1))
    return lost, won


def test_closed_columns_show_newest_cards_but_count_every_closed_deal(world):
    lost, _won = _closings(world)
    open_deal = world.deal("开", "线索", amount=500)
    snap = pb.load_board_snapshot(world.store, world.pipeline_id, date(2026, 1, 31),
                                  pl.BoardFilters(include_closed_since=date(2026, 1, 1)),
                                  closed_limit=2)
    lost_stage, won_stage = world.stages["输单"], world.stages["赢单"]
    shown_lost = [c.id for c in snap.cards if c.stage_id == lost_stage]
    # The two closed last (Jan 14, Jan 13), in the column's usual order (expected close).
    assert shown_lost == [lost[4], lost[3]]
    assert open_deal in [c.id for c in snap.cards]
    assert snap.closed_totals[lost_stage] == pl.ColumnTotals(5, Decimal("15000.00"),
                                                             Decimal("0.00"))
    assert snap.closed_totals[won_stage] == pl.ColumnTotals(1, Decimal("6500.00"),
                                                            Decimal("6500.00"))
    assert snap.closed_hidden() == 3
    # Uncapped, the same window holds all five lost deals; the December one stays out.
    full = pb.load_board(world.store, world.pipeline_id, date(2026, 1, 31),
                         pl.BoardFilters(include_closed_since=date(2026, 1, 1)))
    assert sorted(c.id for c in full if c.stage_id == lost_stage) == sorted(lost)


def test_closed_totals_follow_the_board_filters(world):
    lost, _won = _closings(world)
    snap = pb.load_board_snapshot(
        world.store, world.pipeline_id, date(2026, 1, 31),
        pl.BoardFilters(owner_ids=(world.people["张三"],), include_closed_since=date(2026, 1, 1)),
        closed_limit=2)
    lost_stage = world.stages["输单"]
    assert [c.id for c in snap.cards if c.stage_id == lost_stage] == [lost[2], lost[1]]
    assert snap.closed_totals[lost_stage] == pl.ColumnTotals(3, Decimal("6000.00"),
                                                             Decimal("0.00"))
    text = pb.load_board_snapshot(
        world.store, world.pipeline_id, date(2026, 1, 31),
        pl.BoardFilters(text="输", include_closed_since=date(2026, 1, 1)), closed_limit=2)
    assert text.closed_totals[lost_stage].count == 5
    assert text.closed_totals[world.stages["赢单"]] == pl.ColumnTotals()
    without = pb.load_board_snapshot(world.store, world.pipeline_id, date(2026, 1, 31))
    assert without.closed_totals == {} and without.closed_hidden() == 0


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, {"甲", "乙", "丙", "丁"}),
    ({"owner_ids": ("OWN:李四",)}, {"乙"}),
    ({"unit_id": "UNIT:east"}, {"甲", "乙"}),       # 李四 sits in a team under east
    ({"unit_id": "UNIT:east_team"}, {"乙"}),
    ({"unit_id": "UNIT:west"}, {"丙"}),
    ({"customer_tiers": ("B", "C")}, {"丙", "丁"}),
    ({"close_from": date(2026, 3, 1)}, {"乙", "丙"}),
    ({"close_from": date(2026, 2, 1), "close_to": date(2026, 2, 28)}, {"甲"}),
    ({"product_id": "PROD:实施服务"}, {"丙"}),
    ({"text": "erp"}, {"甲"}),                        # case-insensitive, deal name
    ({"text": "西部"}, {"丙"}),                       # customer name
    ({"text": "100%"}, {"丁"}),                       # LIKE wildcards taken literally
])
def test_board_filters(world, filters, expected):
    world.deal("ERP 项目", owner="张三", expected_close=date(2026, 2, 10))
    world.deal("乙", owner="李四", expected_close=date(2026, 3, 10))
    world.deal("丙", owner="王五", customer="西部电子", expected_close=date(2026, 4, 1),
               lines=[pl.NewLine(world.products["实施服务"])])
    world.deal("丁 100% 续约", owner=None, customer="潜在客户甲")
    resolved = {}
    for k, v in filters.items():
        if k == "owner_ids":
            v = tuple(world.people[x.split(":")[1]] for x in v)
        elif k == "unit_id":
            v = world.units[v.split(":")[1]]
        elif k == "product_id":
            v = world.products[v.split(":")[1]]
        resolved[k] = v
    names = {c.name for c in _board(world, **resolved)}
    aliases = {"ERP 项目": "甲", "丁 100% 续约": "丁"}
    assert {aliases.get(n, n) for n in names} == expected


def test_board_lists_only_its_pipeline_and_live_deals(world):
    from services.pipeline import settings as ps

    other = ps.create_pipeline(world.store, "老客户续约").value
    world.deal("甲")
    d = world.deal("乙")
    pl.discard_deal(world.store, d)
    assert [c.name for c in _board(world)] == ["甲"]
    assert pb.load_board(world.store, other, date(2026, 1, 31)) == []
    pl.restore_deal(world.store, d)
    assert {c.name for c in _board(world)} == {"甲", "乙"}


# --------------------------------------------------------------------------- edits


def test_set_expected_close_and_inverse(world):
    a = world.deal("甲", expected_close=date(2026, 2, 1))
    b = world.deal("乙")
    inverse = pl.set_expected_close(world.store, [a, b], date(2026, 3, 31)).value
    assert {c.expected_close for c in _board(world)} == {date(2026, 3, 31)}
    pl.restore_expected_close(world.store, inverse)
    assert {c.name: c.expected_close for c in _board(world)} == {"甲": date(2026, 2, 1),
                                                                  "乙": None}


def test_update_deal_returns_old_values_and_validates(world):
    a = world.deal("甲", amount=100)
    old = pl.update_deal(world.store, a, name="甲（改）", amount=Decimal("250.50"),
                         notes="备注").value
    assert old == {"name": "甲", "amount": Decimal("100.00"), "notes": None}
    assert read_deal_detail(world.store, a).amount == Decimal("250.50")
    pl.update_deal(world.store, a, **old)
    d = read_deal_detail(world.store, a)
    assert (d.name, d.amount, d.notes) == ("甲", Decimal("100.00"), None)
    for bad in ({"name": " "}, {"amount": -1}, {"probability": 101}, {"stage_id": "x"},
                {"owner_id": "nobody"}, {"customer_id": "nobody"}):
        with pytest.raises(ValidationError) as exc:
            pl.update_deal(world.store, a, **bad)
        assert exc.value.field == next(iter(bad))


def test_set_probability_returns_previous_override(world):
    a = world.deal("甲", "方案报价")
    assert pl.set_probability(world.store, a, 75).value is None
    assert pl.set_probability(world.store, a, None).value == 75
    assert read_deal_detail(world.store, a).probability == 60


def test_create_deal_amount_from_lines(world):
    a = world.deal("甲", amount=None, lines=[
        pl.NewLine(world.products["软件许可"], 2),
        pl.NewLine(world.products["实施服务"], 1, Decimal("1500"))])
    d = read_deal_detail(world.store, a)
    assert d.amount == Decimal("11500.00")
    assert [(ln.product_name, ln.quantity, ln.amount) for ln in d.lines] == [
        ("软件许可", 2, Decimal("10000.00")), ("实施服务", 1, Decimal("1500.00"))]


def test_deal_detail_lists_followups_and_history_with_names(world):
    a = world.deal("甲", at=utc(2026, 1, 1))
    world.move(a, "初步沟通", utc(2026, 1, 3))
    pl.update_deal(world.store, a, amount=Decimal(2000), expected_close=date(2026, 5, 1))
    world.move(a, "需求确认", utc(2026, 1, 9))
    with world.store.write() as uow:
        uow.session.add(FollowUp(customer_id=world.customers["华东机械"], deal_id=a,
                                 person_id=world.people["李四"], at=utc(2026, 1, 4),
                                 method="visit", content="上门演示", next_on=date(2026, 1, 12)))
        uow.commit()
    d = read_deal_detail(world.store, a)
    assert [(h.from_stage_name, h.to_stage_name, h.amount, h.expected_close)
            for h in d.history] == [
        (None, "线索", Decimal("1000.00"), None),
        ("线索", "初步沟通", Decimal("1000.00"), None),
        ("初步沟通", "需求确认", Decimal("2000.00"), date(2026, 5, 1))]
    assert [(f.content, f.person_name) for f in d.followups] == [("上门演示", "李四")]


def test_lost_reasons_save_and_inverse(world):
    names = [r.name for r in pl.list_lost_reasons(world.store)]
    assert names[:2] == ["价格过高", "选择竞品"]
    keep_id = pl.list_lost_reasons(world.store)[0].id
    old = pl.save_lost_reasons(world.store, ["资质不符", "价格过高", " ", "资质不符"]).value
    assert old == names
    now = pl.list_lost_reasons(world.store)
    assert [r.name for r in now] == ["资质不符", "价格过高"]
    assert now[1].id == keep_id
    pl.save_lost_reasons(world.store, old)
    assert [r.name for r in pl.list_lost_reasons(world.store)] == names


@pytest.mark.parametrize("tz", ["UTC", "Asia/Shanghai", "America/Los_Angeles"])
@pytest.mark.parametrize("hour", [0, 12, 23])
def test_booked_follow_up_suppresses_rotting_right_at_the_threshold(world, monkeypatch, tz, hour):
    import time as _time

    monkeypatch.setenv("TZ", tz)
    _time.tzset()
    try:
        entered = utc(2026, 1, 10, hour)
        a = world.deal("甲", "线索", at=entered, customer="华东机械")
        b = world.deal("乙", "线索", at=entered, customer="西部电子")
        first_rotten_day = pl.local_date(entered) + timedelta(days=15)  # threshold 14 days
        with world.store.write() as uow:
            uow.session.add(FollowUp(customer_id=world.customers["华东机械"], at=entered,
                                     method="call", next_on=first_rotten_day))
            uow.commit()
        on_day = {c.id: c.rotting for c in _board(world, today=first_rotten_day)}
        day_before = {c.id: c.rotting
                      for c in _board(world, today=first_rotten_day - timedelta(days=1))}
        assert on_day == {a: False, b: True}
        assert day_before == {a: False, b: False}
    finally:
        monkeypatch.undo()
        _time.tzset()
