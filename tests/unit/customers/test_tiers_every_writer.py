"""Every writer of deals leaves customer tiers right in its own transaction.

Tiers are a derived update the store runs inside each writing unit of work (``tier_rule``,
wired by ``services.setup``): no GUI listener, no second transaction. Each case counts the
COMMITs the call makes and reads the tier the moment it returns; the Op's ``Changes`` names the
re-tiered customers. The board drop itself is covered in ``tests/gui/customers``.
"""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event

from models import Customer
from services.customers import merge as cm
from services.customers.tiers import TIER_FACT
from services.pipeline import deals as pl
from services.setup import open_store
from tests.unit.customer_rules_fixtures import build_firm
from tests.unit.importing_fixtures import write_xlsx

ROOT = Path(__file__).resolve().parents[3]
BIG = 600_000  # ≥ ¥500,000 won in the last twelve months: tier A


def _tier(store, customer_id: str) -> str | None:
    with store.read() as uow:
        row = uow.session.get(Customer, customer_id)
        assert row is not None
        return row.tier


@contextmanager
def _commits(store):
    count = [0]

    def on_commit(_conn) -> None:
        count[0] += 1

    event.listen(store.engine, "commit", on_commit)
    try:
        yield count
    finally:
        event.remove(store.engine, "commit", on_commit)


@pytest.fixture
def firm(any_store):
    return build_firm(any_store)


def _open_deal(firm, customer_id: str, amount: int = BIG) -> str:
    return firm.open_deal(customer_id, amount)


def test_creating_a_won_deal_tiers_its_customer_in_that_commit(firm):
    cid = firm.customer("温州明达阀门")
    assert _tier(firm.store, cid) == "C"
    with _commits(firm.store) as commits:
        op = pl.create_deal(firm.store, name="阀门监控", pipeline_id=firm.pipeline_id,
                            customer_id=cid, stage_id=firm.stages["won"],
                            owner_id=firm.people["张三"], amount=Decimal(BIG))
    assert commits[0] == 1
    assert _tier(firm.store, cid) == "A"
    assert cid in op.changes.fact(TIER_FACT)
    assert "tier" in op.changes.fields("customers")


def test_a_move_to_won_and_its_undo(firm):
    cid = firm.customer("宁波海天")
    deal = _open_deal(firm, cid)
    with _commits(firm.store) as commits:
        op = pl.move_deals(firm.store, [deal], firm.stages["won"], firm.people["张三"])
    assert commits[0] == 1 and _tier(firm.store, cid) == "A"
    with _commits(firm.store) as commits:
        back = op.undo.run(firm.store)
    assert commits[0] == 1 and _tier(firm.store, cid) == "C"
    assert cid in back.changes.fact(TIER_FACT)


def test_deal_edits_discard_and_restore(firm):
    cid = firm.customer("杭州远望")
    other = firm.customer("苏州恒通")
    deal = firm.won_deal(cid, BIG, date.today())
    assert _tier(firm.store, cid) == "A"
    with _commits(firm.store) as commits:
        pl.update_deal(firm.store, deal, customer_id=other)  # the deal detail's customer edit
    assert commits[0] == 1
    assert (_tier(firm.store, cid), _tier(firm.store, other)) == ("C", "A")
    pl.discard_deal(firm.store, deal)
    assert _tier(firm.store, other) == "C"
    pl.restore_deal(firm.store, deal)
    assert _tier(firm.store, other) == "A"


def test_merging_customers_moves_their_won_deals_tier(firm):
    keep = firm.customer("上海某某科技有限公司")
    gone = firm.customer("上海某某科技")
    firm.won_deal(gone, BIG, date.today())
    with _commits(firm.store) as commits:
        cm.merge_customers(firm.store, keep, [gone], firm.people["张三"])
    assert commits[0] == 1 and _tier(firm.store, keep) == "A"


def _deals_file(tmp_path: Path, customer: str) -> Path:
    return write_xlsx(tmp_path / "deals.xlsx", [
        ["商机名称", "客户名称", "阶段", "金额", "成交日期", "负责人"],
        ["年度框架", customer, "赢单", BIG, datetime.now(UTC).date().isoformat(), "张三"]])


def test_headless_import_of_deals_tiers_as_the_gui_would(firm, tmp_path):
    from services.importing import commit_plan, open_source, plan_import

    cid = firm.customer("无锡华新材料")
    source = open_source(_deals_file(tmp_path, "无锡华新材料"), "deals", store=firm.store)
    plan = plan_import(firm.store, source)
    with _commits(firm.store) as commits:
        commit_plan(firm.store, plan)
    assert commits[0] == 1
    assert _tier(firm.store, cid) == "A"


def test_cli_import_deals_tiers_the_customers(tmp_path):
    db = tmp_path / "s.sqlite3"
    store = open_store(db)
    cid = build_firm(store).customer("常州天宁机电")
    store.close()
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import",
                          "deals", str(_deals_file(tmp_path, "常州天宁机电"))],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    store = open_store(db)
    try:
        assert _tier(store, cid) == "A"
    finally:
        store.close()


def test_an_open_to_open_move_leaves_tiers_and_the_customer_list_alone(firm):
    from services.customers.tiers import DEALS_FACT

    cid = firm.customer("嘉兴博远")
    deal = _open_deal(firm, cid)
    with firm.store.write() as uow:  # a stale tier: any recompute would put C back
        uow.session.get(Customer, cid).tier = "B"
        uow.commit()
    info = next(p for p in pl.list_pipelines(firm.store) if p.id == firm.pipeline_id)
    opens = [s.id for s in info.stages if s.kind == "open"]
    op = pl.move_deals(firm.store, [deal], opens[1], firm.people["张三"])
    assert _tier(firm.store, cid) == "B"  # no closed deal moved: nothing recomputed
    # Its won amount and open deals did not move either: the list has nothing to re-read.
    assert cid not in op.changes.fact(DEALS_FACT)
    assert not op.changes.touches("customers")
    assert deal in op.changes.ids("deals")  # a card showing the deal still hears of it
    won = pl.move_deals(firm.store, [deal], firm.stages["won"], firm.people["张三"])
    assert _tier(firm.store, cid) == "A"
    assert cid in won.changes.fact(DEALS_FACT)
