"""Actuals count a timestamp on its local calendar day, summed in SQL or row by row."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from models.customers import Customer, FollowUp
from services.targets import actuals, ops
from services.targets import cascade as T
from tests.unit.target_fixtures import build_firm


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch):
    """Switch the process's local time zone (the actuals' calendar day follows it)."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def _evening_followup(store, firm) -> None:  # noqa: ANN001
    """张三's follow-up at 20:00 UTC on 31 March: 1 April in Shanghai, 31 March in Berlin."""
    with store.write() as uow:
        customer = uow.session.get(Customer, firm.customers[0])
        uow.session.add(FollowUp(customer_id=customer.id, person_id=firm.people["张三"],
                                 method="call", at=datetime(2026, 3, 31, 20, tzinfo=UTC)))
        uow.commit()


def _followups(store, plan_id: str, node_id: str) -> dict[str, int]:  # noqa: ANN001
    base = T.load_actuals(store, plan_id, ["2026-03", "2026-04"])
    return {p: base.get((node_id, "followups", p), 0) for p in ("2026-03", "2026-04")}


@pytest.mark.parametrize(("zone", "summed_in_sql", "march", "april"), [
    ("Asia/Shanghai", True, 0, 1),  # no summer time: summed per day in SQL
    ("Europe/Berlin", False, 1, 0),  # summer time starts on 29 March: row by row
])
def test_a_followup_counts_on_its_local_day(any_store, local_zone, zone, summed_in_sql,
                                            march, april) -> None:  # noqa: ANN001
    local_zone(zone)
    firm = build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    assert (actuals.fixed_utc_offset(date(2026, 3, 1), date(2026, 4, 30)) is not None) \
        == summed_in_sql
    node = next(n.id for n in T.load_tree(any_store, plan_id, with_actuals=False).nodes
                if n.person_id == firm.people["张三"])
    before = _followups(any_store, plan_id, node)
    _evening_followup(any_store, firm)
    after = _followups(any_store, plan_id, node)
    assert after["2026-03"] - before["2026-03"] == march
    assert after["2026-04"] - before["2026-04"] == april
