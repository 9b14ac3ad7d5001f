"""Performance-fraud signals (业绩造假) of a period, as the approver sees them before locking.

One firm (:func:`tests.unit.target_fixtures.build_firm`) gets deals, contracts, payments,
refunds, customers and locked runs that sit at and around every threshold; the signals of
2026-06 are compared with a table of what a person checking by hand expects. Times are local
noon (a deal "created on 06-03" was created at noon of that day on this machine).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Contact, Customer, Deal, Stage
from models.incentives import LineKind, PayoutLine, PayoutRun, RunStatus
from services.incentives.fraud import (
    BEFORE_CREATED,
    ERRORS,
    INSTANT_WIN,
    MARKED_LATER,
    TEMPLATES,
    FraudSettings,
    SignalKind,
    fraud_settings,
    fraud_signals,
    set_fraud_settings,
)
from services.incentives.workbook import ERRORS as WORKBOOK_ERRORS
from services.orders import payments as PAY
from services.orders.contract_edits import cancel_contract
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

PERIOD = "2026-06"


def noon(day: date, hour: int = 12) -> datetime:
    """``hour`` o'clock of ``day`` on this machine, as the aware UTC moment stored."""
    return datetime(day.year, day.month, day.day, hour).astimezone(UTC)


# name, created (local day, hour), closed on, marked won on, won amount, stage — the deals
DEALS = (
    # won the day it was created at exactly the threshold: a signal
    ("A 当天大单", (date(2026, 6, 3), 12), date(2026, 6, 3), date(2026, 6, 3), "100000.00", "won"),
    # a fen below the threshold: none
    ("B 差一分", (date(2026, 6, 4), 12), date(2026, 6, 4), date(2026, 6, 4), "99999.99", "won"),
    # won the next day: none
    ("C 次日赢单", (date(2026, 6, 5), 12), date(2026, 6, 6), date(2026, 6, 6), "500000.00",
     "won"),
    # created late on 05-31, won on 06-01: not the same day
    ("D 跨月", (date(2026, 5, 31), 23), date(2026, 6, 1), date(2026, 6, 1), "300000.00", "won"),
    # marked won 3 days after its close date: within the tolerance
    ("F 晚三天", (date(2026, 6, 1), 12), date(2026, 6, 5), date(2026, 6, 8), "20000.00", "won"),
    # 4 days: backdated
    ("G 晚四天", (date(2026, 6, 1), 12), date(2026, 6, 5), date(2026, 6, 9), "30000.00", "won"),
    # closes before it was created: backdated (whatever the tolerance)
    ("H 先成交后创建", (date(2026, 6, 20), 12), date(2026, 6, 15), date(2026, 6, 20),
     "40000.00", "won"),
    # a May deal backdated: not 2026-06's
    ("I 五月", (date(2026, 5, 28), 12), date(2026, 5, 20), date(2026, 5, 28), "50000.00",
     "won"),
    # lost the day it was created: not a win
    ("J 输单", (date(2026, 6, 11), 12), date(2026, 6, 11), date(2026, 6, 11), "900000.00",
     "lost"),
)


def _build(store) -> dict[str, str]:  # noqa: ANN001, C901 - one scenario, read top to bottom
    """The scenario; returns ids by readable name."""
    firm = build_firm(store)
    ids: dict[str, str] = dict(firm.people)
    zs, ls, ww = ids["张三"], ids["李四"], ids["王五"]
    with store.write() as uow:
        s = uow.session
        won = s.scalar(select(Stage).where(Stage.kind == "won"))
        lost = Stage(pipeline_id=won.pipeline_id, name="输单", kind="lost", sort_order=2)
        s.add(lost)
        s.flush()
        stages = {"won": won.id, "lost": lost.id}
        for name, (created, hour), closed, marked, amount, stage in DEALS:
            deal = Deal(name=name, pipeline_id=won.pipeline_id, stage_id=stages[stage],
                        customer_id=firm.customers[0], owner_id=zs, amount=Decimal(amount),
                        won_amount=Decimal(amount) if stage == "won" else None,
                        closed_on=closed, stage_entered_at=noon(marked, 15),
                        created_at=noon(created, hour))
            s.add(deal)
            s.flush()
            ids[name] = deal.id
        # won without a won amount: its amount counts; a deleted one never counts
        s.add(Deal(name="E 无赢单金额", pipeline_id=won.pipeline_id, stage_id=won.id,
                   customer_id=firm.customers[1], owner_id=ls, amount=Decimal("150000.00"),
                   closed_on=date(2026, 6, 10), stage_entered_at=noon(date(2026, 6, 10)),
                   created_at=noon(date(2026, 6, 10), 9)))
        s.add(Deal(name="删除的大单", pipeline_id=won.pipeline_id, stage_id=won.id,
                   customer_id=firm.customers[1], owner_id=ls, amount=Decimal("800000.00"),
                   closed_on=date(2026, 6, 12), stage_entered_at=noon(date(2026, 6, 12)),
                   created_at=noon(date(2026, 6, 12)), deleted_at=noon(date(2026, 6, 13))))
        uow.commit()
    customers = firm.customers
    k = {}
    for number, cust, owner, amount, sign in (
            ("K1", 2, zs, "100000.00", date(2026, 4, 10)),
            ("K2", 3, ls, "200000.00", date(2026, 4, 20)),
            ("K3", 4, ww, "60000.00", date(2026, 5, 2)),
            ("K5", 5, zs, "50000.00", date(2026, 4, 12)),
            ("K6", 6, ls, "10000.00", date(2026, 4, 15))):
        k[number], _ = contract_with_plan(store, customers[cust], owner, amount, sign,
                                          [(date(2026, 12, 31), amount)], number=number)
    pay_k2 = PAY.record_payment(store, customer_id=customers[3], received_on=date(2026, 4, 25),
                                amount=Decimal("80000.00"), contract_id=k["K2"]).value
    pay_k6 = PAY.record_payment(store, customer_id=customers[6], received_on=date(2026, 4, 25),
                                amount=Decimal("10000.00"), contract_id=k["K6"]).value
    with store.write() as uow:
        s = uow.session
        april = PayoutRun(period="2026-04", status=RunStatus.LOCKED,
                          locked_at=noon(date(2026, 5, 3)))
        may = PayoutRun(period="2026-05", status=RunStatus.LOCKED,
                        locked_at=noon(date(2026, 6, 20)))  # after K3 was cancelled
        june = PayoutRun(period="2026-06", status=RunStatus.COMPUTED)
        march = PayoutRun(period="2026-03", status=RunStatus.LOCKED,
                          locked_at=noon(date(2026, 4, 3)))
        s.add_all([april, may, june, march])
        s.flush()
        ids.update(april=april.id, may=may.id)

        def line(run: PayoutRun, person: str, kind: str, amount: str, trace: list) -> None:
            s.add(PayoutLine(run_id=run.id, person_id=person, kind=kind, amount=Decimal(amount),
                             template="t", params="{}", trace=json.dumps(trace)))

        # ¥3,000 on K1 (¥100,000) and K5 (¥50,000): K1's share is 2,000
        line(april, zs, LineKind.COMMISSION, "3000.00",
             [["contract", k["K1"], 10_000_000], ["contract", k["K5"], 5_000_000]])
        # ¥4,000 on the payment of K2 (a target is no contract: all of it is K2's)
        line(april, ls, LineKind.COMMISSION, "4000.00",
             [["payment", pay_k2.payment_id, 8_000_000],
              ["target", f"{ls}/collected_amount/2026-04", 20_000_000]])
        # split credit: 王五 was paid ¥1,000 on K2 too
        line(april, ww, LineKind.COMMISSION, "1000.00", [["payment", pay_k2.payment_id, None]])
        # a clawback line traces K6 but pays nothing
        line(april, ls, LineKind.CLAWBACK, "-500.00", [["contract", k["K6"], None]])
        line(may, ww, LineKind.COMMISSION, "900.00", [["contract", k["K3"], None]])
        ids.update(pay_k6=pay_k6.payment_id)
        uow.commit()
    cancel_contract(store, k["K1"], "客户撤单", on=date(2026, 6, 15))
    cancel_contract(store, k["K3"], "误签", on=date(2026, 6, 15))
    refund = PAY.record_refund(store, customer_id=customers[3], refunded_on=date(2026, 6, 18),
                               amount=Decimal("20000.00"), contract_id=k["K2"]).value
    PAY.record_refund(store, customer_id=customers[6], refunded_on=date(2026, 6, 19),
                      amount=Decimal("1000.00"), contract_id=k["K6"])  # no run paid on K6
    ids.update(refund=refund.payment_id, **k)
    _split_customers(store, ids, june, march)
    return ids


# owner, name, created on, phone, address, contact phone, deleted
CUSTOMERS = (
    ("张三", "启帆科技", date(2026, 3, 1), "021-5555 1234", "上海市浦东新区张江路 88 号", None,
     False),
    ("张三", "启帆科技（上海）", date(2026, 6, 10), "02155551234", "上海市浦东新区张江路88号", None,
     False),
    ("张三", "启帆软件", date(2026, 2, 1), "13800138000", None, None, False),
    ("张三", "启帆信息", date(2026, 6, 12), None, None, "+86 138-0013-8000", False),
    ("李四", "李四的启帆", date(2026, 6, 14), "021 5555 1234", None, None, False),
    ("王五", "甲公司", date(2026, 6, 5), None, "北京市海淀区中关村大街1号", None, False),
    ("王五", "乙公司", date(2026, 6, 7), None, "北京市 海淀区 中关村大街 1 号", None, False),
    ("王五", "丙公司", date(2026, 6, 8), None, "上海", None, False),
    ("王五", "丁公司", date(2026, 6, 9), None, "上海", None, False),
    ("王五", "戊公司", date(2026, 6, 9), "13900001111", None, None, False),
    ("王五", "已删除", date(2026, 6, 9), "13900001111", None, None, True),
    ("王五", "五月一", date(2026, 5, 9), "13700001111", None, None, False),
    ("王五", "五月二", date(2026, 5, 19), "13700001111", None, None, False),
)


def _split_customers(store, ids, june, march) -> None:  # noqa: ANN001
    with store.write() as uow:
        s = uow.session
        for owner, name, created, phone, address, contact, deleted in CUSTOMERS:
            c = Customer(name=name, name_norm=name, owner_id=ids[owner], phone=phone,
                         address=address, created_at=noon(created),
                         deleted_at=noon(created) if deleted else None)
            s.add(c)
            s.flush()
            ids[name] = c.id
            if contact:
                s.add(Contact(customer_id=c.id, name="联系人", phone=contact))
        # new-customer awards: ¥500 on the June copy (at stake), ¥500 on the March original
        for run, customer in ((june, "启帆科技（上海）"), (march, "启帆科技")):
            s.add(PayoutLine(run_id=run.id, person_id=ids["张三"], kind=LineKind.NEW_CUSTOMER,
                             amount=Decimal("500.00"), template="t", params="{}",
                             trace=json.dumps([["customer", ids[customer], None]])))
        uow.commit()


@pytest.fixture
def scenario(store):  # noqa: ANN001, ANN201
    return _build(store)


def _table(signals) -> list[tuple[str, str, str, Decimal]]:  # noqa: ANN001
    return [(g.kind, g.person_name, " / ".join(r.label for r in g.records), g.amount)
            for g in signals]


def test_the_signals_of_a_month_are_the_ones_a_careful_approver_would_find(store, scenario):
    signals = fraud_signals(store, PERIOD)
    assert _table(signals) == [
        # A: created and won on 06-03 for ¥100,000 (at the threshold); E: its amount counts
        (SignalKind.INSTANT_WIN, "张三", "A 当天大单 / 客户0", Decimal("100000.00")),
        (SignalKind.INSTANT_WIN, "李四", "E 无赢单金额 / 客户1", Decimal("150000.00")),
        # G: closes 06-05, marked won 06-09 (4 days > 3); H: closes before it was created
        (SignalKind.BACKDATED, "张三", "G 晚四天 / 客户0", Decimal("30000.00")),
        (SignalKind.BACKDATED, "张三", "H 先成交后创建 / 客户0", Decimal("40000.00")),
        # K1 cancelled 06-15, the April run (locked 05-03) paid 张三 3,000 × 100k/150k on it;
        # K3's May run was locked after the cancellation: none
        (SignalKind.CANCELLED_AFTER_PAYOUT, "张三", "K1 / 客户2 / 2026-04", Decimal("2000.00")),
        # K2 refunded ¥20,000 of ¥200,000: a tenth of what each was paid on it is at stake
        (SignalKind.REFUNDED_AFTER_PAYOUT, "李四",
         "K2 / 客户3 / 2026-06-18 -¥20,000.00 / 2026-04", Decimal("400.00")),
        (SignalKind.REFUNDED_AFTER_PAYOUT, "王五",
         "K2 / 客户3 / 2026-06-18 -¥20,000.00 / 2026-04", Decimal("100.00")),
        # 启帆科技 (March) and its June copy share a phone (and an address: one signal);
        # 启帆软件's phone is 启帆信息's contact's. 甲/乙 share an address written apart.
        (SignalKind.SPLIT_CUSTOMER, "张三",
         "启帆科技 2026-03-01 / 启帆科技（上海） 2026-06-10", Decimal("500.00")),
        (SignalKind.SPLIT_CUSTOMER, "张三", "启帆软件 2026-02-01 / 启帆信息 2026-06-12",
         Decimal("0.00")),
        (SignalKind.SPLIT_CUSTOMER, "王五", "甲公司 2026-06-05 / 乙公司 2026-06-07",
         Decimal("0.00")),
    ]
    assert signals[0].text() == INSTANT_WIN.format(
        deal="A 当天大单", customer="客户0", day="2026-06-03", amount="¥100,000.00",
        threshold="¥100,000.00")
    assert signals[2].template == MARKED_LATER and signals[2].params["days"] == "4"
    assert signals[3].template == BEFORE_CREATED


def test_each_signal_reads_in_chinese(store, scenario):
    signals = fraud_signals(store, PERIOD)
    texts = [(g.kind_label("zh"), g.text("zh")) for g in signals]
    assert texts[0] == ("当天创建当天赢单",
                        "商机 A 当天大单（客户0）于 2026-06-03 当天创建当天赢单，"
                        "金额 ¥100,000.00（提示起点 ¥100,000.00）")
    assert texts[2][1] == ("商机 G 晚四天（客户0）的成交日期为 2026-06-05，"
                           "但 2026-06-09 才标记赢单，晚了 4 天")
    assert texts[4][1] == ("合同 K1（客户2）于 2026-06-15 取消，"
                           "此前 2026-04 提成核算已按该合同发放 ¥2,000.00（2026-05-03 锁定）")
    assert texts[7][1] == ("张三 的客户 启帆科技 / 启帆科技（上海） 电话号码相同（02155551234）；"
                           "2026-06 新建：启帆科技（上海）；相关客户拓展奖 ¥500.00")
    assert texts[9][1].startswith("王五 的客户 甲公司 / 乙公司 "
                                  "地址相同（北京市海淀区中关村大街1号）")
    # every sentence has its translation (none falls back to English)
    assert all(zh != g.text("en") for (_kind, zh), g in zip(texts, signals, strict=True))
    assert texts[5][1] == ("客户3 于 2026-06-18 就合同 K2 退款 ¥20,000.00，"
                           "此前 2026-04 提成核算已按该合同发放 ¥4,000.00（2026-05-03 锁定）；"
                           "涉及金额 ¥400.00")


@pytest.mark.parametrize(("amount", "days", "instant", "backdated"), [
    # the threshold lowered to B's ¥99,999.99: A, B and E; D is not the same day
    ("99999.99", 3, ["A 当天大单", "B 差一分", "E 无赢单金额"], ["G 晚四天", "H 先成交后创建"]),
    # raised a fen above A: only E (¥150,000)
    ("100000.01", 3, ["E 无赢单金额"], ["G 晚四天", "H 先成交后创建"]),
    # 2 days' tolerance: F (3 days) too; 4 days: G is within it, H still closes before creation
    ("100000.00", 2, ["A 当天大单", "E 无赢单金额"], ["F 晚三天", "G 晚四天", "H 先成交后创建"]),
    ("100000.00", 4, ["A 当天大单", "E 无赢单金额"], ["H 先成交后创建"]),
    # 0: any day after the close date; C was won the day after creation but marked won on its
    # close date
    ("0", 0, ["A 当天大单", "B 差一分", "E 无赢单金额"],
     ["F 晚三天", "G 晚四天", "H 先成交后创建"]),
])
def test_the_thresholds_at_and_around_their_boundaries(store, scenario, amount, days, instant,
                                                       backdated):
    set_fraud_settings(store, Decimal(amount), days)
    signals = fraud_signals(store, PERIOD)
    deals = {k: [g.records[0].label for g in signals if g.kind == k]
             for k in (SignalKind.INSTANT_WIN, SignalKind.BACKDATED)}
    assert deals[SignalKind.INSTANT_WIN] == instant
    assert deals[SignalKind.BACKDATED] == backdated


def test_may_has_its_own_signals(store, scenario):
    may = _table(fraud_signals(store, "2026-05"))
    assert (SignalKind.BACKDATED, "张三", "I 五月 / 客户0", Decimal("50000.00")) in may
    assert (SignalKind.SPLIT_CUSTOMER, "王五", "五月一 2026-05-09 / 五月二 2026-05-19",
            Decimal("0.00")) in may
    # the quarter holds its months' signals
    quarter = _table(fraud_signals(store, "2026-Q2"))
    assert set(may) <= set(quarter)
    assert set(_table(fraud_signals(store, PERIOD))) <= set(quarter)


def test_the_settings_are_kept_and_undone(store):
    assert fraud_settings(store) == FraudSettings(Decimal("100000.00"), 3)
    op = set_fraud_settings(store, "50000", 7)
    assert fraud_settings(store) == FraudSettings(Decimal("50000.00"), 7)
    assert op.undo is not None
    op.undo.run(store)
    assert fraud_settings(store) == FraudSettings()


@pytest.mark.parametrize(("amount", "days"), [("-1", 3), ("abc", 3), ("100", -1), ("100", 366)])
def test_bad_settings_are_refused(store, amount, days):
    from services.core.errors import ValidationError

    with pytest.raises(ValidationError):
        set_fraud_settings(store, amount, days)
    assert fraud_settings(store) == FraudSettings()


def test_signals_are_the_same_every_time(store, scenario):
    assert fraud_signals(store, PERIOD) == fraud_signals(store, PERIOD)


@pytest.mark.parametrize(("context", "template"), [
    *[("FraudSignals", t) for t in TEMPLATES],
    *[("ServiceErrors", t) for t in (*ERRORS, *WORKBOOK_ERRORS,
                                      "There is no payout run for {period}; compute one first.")],
])
def test_every_sentence_and_refusal_has_its_chinese_translation(context, template):
    from services.core.catalog import catalogue

    translated = catalogue("zh_CN").translate(context, template)
    assert translated != template
    assert set(re.findall(r"{(\w+)}", translated)) == set(re.findall(r"{(\w+)}", template))
