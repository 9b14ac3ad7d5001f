"""Deals without names, ids from other systems, pipelines and stages created by an import, and
won/lost status columns — through the real planner and commit, undone and redone exactly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from models.base import Base
from models.customers import Customer
from models.pipeline import Deal, Pipeline, Stage
from services.importing import commit_plan, open_source, plan_import, redo_import, undo_import
from services.importing import messages as M
from services.pipeline.settings import create_pipeline
from tests.unit.importing_fixtures import seed_people, seed_pipeline, write_csv


def _import(store, path: Path, kind: str = "deals", **kwargs):  # noqa: ANN001, ANN202
    plan = plan_import(store, open_source(path, kind, store=store), **kwargs)
    assert not plan.rejected(), [p.text() for p in plan.problems()]
    return plan, commit_plan(store, plan)


def _deals(store) -> list[tuple]:  # noqa: ANN001
    with store.read() as uow:
        return sorted(uow.session.execute(
            select(Deal.name, Deal.external_id, Deal.amount, Stage.name, Stage.kind,
                   Pipeline.name, Deal.closed_on)
            .join(Stage, Stage.id == Deal.stage_id)
            .join(Pipeline, Pipeline.id == Deal.pipeline_id)
            .where(Deal.deleted_at.is_(None))).all())


def test_unnamed_deals_get_stable_distinct_names(tmp_path: Path, store) -> None:
    seed_pipeline(store)
    src = write_csv(tmp_path / "d.csv", [
        ["客户名称", "产品", "阶段", "金额", "预计成交日期"],
        ["甲公司", "年度服务", "线索", "1000", "2026-03-05"],
        ["甲公司", "年度服务", "线索", "2000", "2026-03-20"],  # same month, another deal
        ["甲公司", "年度服务", "线索", "1000", "2026-03-05"],  # the first row again
        ["乙公司", "", "线索", "500", ""]])
    plan, _op = _import(store, src, create_missing=True)
    assert plan.counts() == {"create": 3, "update": 0, "skip": 1, "reject": 0}
    made = [p for p in plan.problems() if p.template == M.NAME_MADE]
    assert len(made) == 4 and "甲公司 · 年度服务 · 2026-03" in made[0].message
    assert [d[0] for d in _deals(store)] == ["乙公司", "甲公司 · 年度服务 · 2026-03",
                                             "甲公司 · 年度服务 · 2026-03 (2)"]
    again = plan_import(store, open_source(src, "deals", store=store), create_missing=True)
    assert again.counts() == {"create": 0, "update": 0, "skip": 4, "reject": 0}


def test_namesakes_with_different_ids_stay_two_customers(tmp_path: Path, store) -> None:
    with store.write() as uow:  # one already there, typed by hand (no id)
        uow.session.add(Customer(name="杭州华通", name_norm="杭州华通"))
        uow.commit()
    src = write_csv(tmp_path / "c.csv", [
        ["客户编号", "客户名称", "行业"],
        ["A-1", "杭州华通有限公司", "制造"], ["A-2", "杭州华通", "物流"]])
    plan, _op = _import(store, src, "customers", mode="update")
    assert plan.counts() == {"create": 1, "update": 1, "skip": 0, "reject": 0}
    with store.read() as uow:
        rows = sorted(uow.session.execute(select(Customer.external_id, Customer.name,
                                                 Customer.industry)).all())
    # the hand-typed one took the first id; the second namesake is a customer of its own
    assert rows == [("A-1", "杭州华通", "制造"), ("A-2", "杭州华通", "物流")]
    renamed = write_csv(tmp_path / "c2.csv", [["客户编号", "客户名称"], ["A-2", "杭州华通物流"]])
    plan, _op = _import(store, renamed, "customers", mode="update")
    assert plan.counts()["update"] == 1
    with store.read() as uow:
        assert uow.session.scalar(select(Customer.name).where(
            Customer.external_id == "A-2")) == "杭州华通物流"


def test_create_missing_makes_pipelines_and_stages_and_undo_removes_them(tmp_path: Path,
                                                                        store) -> None:
    seed_people(store)
    seed_pipeline(store)
    create_pipeline(store, "代理商")
    before = _rows(store)
    src = write_csv(tmp_path / "d.csv", [
        ["商机编号", "商机名称", "客户名称", "销售流程", "阶段", "金额", "负责人"],
        ["X1", "续约A", "甲公司", "老客户续约", "商务谈判", "3000", "王强"],
        ["X2", "续约B", "乙公司", "老客户续约", "Closed Won", "5000", "王强"],
        ["X3", "续约C", "乙公司", "老客户续约", "方案报价", "800", "李娜"],
        ["X4", "代理D", "丙公司", "代理商", "渠道评估", "100", "李娜"]])
    refused = plan_import(store, open_source(src, "deals", store=store))
    assert {p.template for p in refused.problems()} >= {M.UNKNOWN_PIPELINE, M.NO_SUCH_STAGE}
    plan, op = _import(store, src, create_missing=True)
    assert plan.unknown_pipelines == {"老客户续约": 3}
    with store.read() as uow:
        stages = uow.session.execute(
            select(Pipeline.name, Stage.name, Stage.kind, Stage.sort_order, Stage.probability)
            .join(Pipeline, Pipeline.id == Stage.pipeline_id)
            .where(Pipeline.name.in_(["老客户续约", "代理商"]))
            .order_by(Pipeline.name, Stage.sort_order)).all()
    assert [s[1:4] for s in stages if s[0] == "老客户续约"] == [
        ("方案报价", "open", 0), ("商务谈判", "open", 1), ("Closed Won", "won", 2),
        ("输单", "lost", 3)]
    assert [s[1] for s in stages if s[0] == "代理商"] == [
        "线索", "初步沟通", "需求确认", "方案报价", "商务谈判", "渠道评估", "赢单", "输单"]
    assert ("续约B", "X2", 5000, "Closed Won", "won", "老客户续约") == _deals(store)[2][:6]
    after = _rows(store)
    undo = undo_import(store, op.value)
    assert _rows(store) == before  # only the moved stages' updated_at advanced
    redo_import(store, undo.value)
    assert _rows(store) == after


def _rows(store) -> dict[str, list]:  # noqa: ANN001
    """Every row of every table without ``updated_at`` (undo writes old values anew)."""
    with store.read() as uow:
        return _strip({t.name: [dict(r._mapping) for r in uow.session.execute(
            text(f"SELECT * FROM {t.name}"))] for t in Base.metadata.sorted_tables})


def _strip(tables: dict[str, list[dict]]) -> dict[str, list]:
    return {name: sorted(tuple(sorted((k, repr(v)) for k, v in r.items() if k != "updated_at"))
                          for r in rows) for name, rows in tables.items()}


def test_a_won_or_lost_status_column_moves_the_deal_to_that_stage(tmp_path: Path, store) -> None:
    seed_pipeline(store)
    src = write_csv(tmp_path / "pd.csv", [
        ["Deal - ID", "Deal - Title", "Deal - Organization", "Deal - Stage", "Deal - Status",
         "Deal - Value", "Deal - Expected close date"],
        ["1", "Open one", "Umbrella", "Proposal Made", "open", "10", "2026-05-01"],
        ["2", "Won one", "Stark", "Negotiations Started", "won", "20", "2026-04-30"],
        ["3", "Lost one", "Wayne", "Contact Made", "lost", "30", "2026-03-31"],
        ["4", "Odd one", "Wayne", "Proposal Made", "deleted", "40", ""]])
    plan, _op = _import(store, src, create_missing=True)
    assert [p.template for p in plan.problems() if p.severity == "warning"].count(
        M.NOT_STATUS) == 1
    got = {d[1]: d for d in _deals(store)}
    assert got["1"][3:5] == ("方案报价", "open")
    assert got["2"][3:5] == ("赢单", "won") and got["2"][6] == date(2026, 4, 30)
    assert got["3"][3:5] == ("输单", "lost") and got["3"][6] == date(2026, 3, 31)
    assert got["4"][4] == "open"
