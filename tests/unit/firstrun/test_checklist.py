"""The getting-started checklist ticks itself as the data appears (real SQLite files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.pipeline import Pipeline
from models.targets import TargetNode
from services.core.backup import create_backup, rotate_backups
from services.customers.edit import NewCustomer, create_customer
from services.demo import ensure_demo_db
from services.firstrun.checklist import dismiss_checklist, getting_started
from services.firstrun.setup import TeamRow, complete_setup
from services.pipeline.deals import create_deal
from services.plans.actions import create_action
from services.setup import open_store
from services.targets.cascade import create_plan

DAY = date(2026, 3, 9)


def _state(store, day: date = DAY) -> dict[str, bool]:
    return {i.key: i.done for i in getting_started(store, day).items}


def test_a_new_database_lists_the_setup_first_and_nothing_done(store) -> None:
    checklist = getting_started(store, DAY)
    assert [i.key for i in checklist.items] == [
        "setup", "customers", "team", "targets", "deal", "plan", "backup"]
    assert checklist.done_count == 0 and checklist.visible


def test_items_tick_as_the_firm_starts_working(store) -> None:
    complete_setup(store, "云帆科技", 1, "张总", "owner", today=DAY)
    assert _state(store) == {"customers": False, "team": False, "targets": False,
                             "deal": False, "plan": False, "backup": False}
    customer = create_customer(store, NewCustomer(name="上海某某科技有限公司")).value
    assert _state(store)["customers"]

    from services.org.people import create_person, list_people
    create_person(store, "李强", list_people(store)[0].unit_id)
    assert _state(store)["team"]

    plan = create_plan(store, 2025, "2025年度目标").value
    assert not _state(store)["targets"]  # last year's plan is not this year's
    plan = create_plan(store, 2026, "2026年度目标").value
    assert _state(store)["targets"]

    with store.read() as uow:
        pipeline = uow.session.scalars(select(Pipeline.id)).first()
        root = uow.session.scalars(select(TargetNode.id).where(
            TargetNode.plan_id == plan, TargetNode.parent_id.is_(None))).one()
    create_deal(store, name="年度框架采购", pipeline_id=pipeline, customer_id=customer)
    assert _state(store)["deal"]
    create_action(store, plan, root, "三月拜访十家重点客户")
    assert _state(store)["plan"]

    rotate_backups(store.path, store.backup_dir)  # the automatic daily one does not count
    assert not _state(store)["backup"]
    create_backup(store.path, store.backup_dir, "manual")
    checklist = getting_started(store, DAY)
    assert checklist.all_done and not checklist.visible


def test_team_typed_in_the_setup_ticks_the_team_at_once(store) -> None:
    complete_setup(store, "云帆科技", 1, "张总", "owner", [TeamRow("李强", "华东区")])
    assert _state(store)["team"]


def test_a_fiscal_year_started_last_calendar_year_counts_as_this_year(store) -> None:
    complete_setup(store, "云帆科技", 4, "张总", "owner", today=DAY)
    create_plan(store, 2025, "FY2025")  # April 2025 – March 2026: running on 9 March 2026
    assert _state(store)["targets"]
    assert not _state(store, date(2026, 4, 1))["targets"]


def test_dismissed_is_remembered_and_undone(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite3"
    store = open_store(path)
    complete_setup(store, "云帆科技", 1, "张总", "owner")
    op = dismiss_checklist(store)
    store.close()
    store = open_store(path)
    assert getting_started(store).dismissed and not getting_started(store).visible
    op.undo.run(store)
    assert getting_started(store).visible
    store.close()


def test_a_database_in_use_before_the_setup_existed_shows_no_checklist(store) -> None:
    create_customer(store, NewCustomer(name="上海某某科技有限公司"))
    checklist = getting_started(store, DAY)
    assert "setup" not in [i.key for i in checklist.items] and not checklist.visible


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ensure_demo_db(path, size="small", today=DAY)
    return path


def test_the_demo_firm_sees_neither_setup_nor_checklist(demo: Path) -> None:
    from services.firstrun.setup import needs_setup

    store = open_store(demo)
    try:
        assert not needs_setup(store)
        checklist = getting_started(store, DAY)
        assert not checklist.visible
        # Everything the firm can do is done there; only a backup by hand is up to the user.
        assert {i.key for i in checklist.items if not i.done} <= {"backup"}
    finally:
        store.close()
