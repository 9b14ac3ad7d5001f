"""The demo firm's after-sales: tickets of every status with satisfaction and feedback, some
overdue on their owners' Today, numbered per year; the same seed gives the same rows."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from services.aftersales import TicketFilter, list_feedback, list_tickets, ticket_reminders
from services.demo import ensure_demo_db
from services.setup import open_store

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_demo_db(tmp_path_factory.mktemp("dt") / "demo.sqlite3", size="small",
                          today=TODAY)


def test_tickets_statuses_scores_feedback_and_reminders(demo: Path):
    with open_store(demo) as store:
        tickets = list_tickets(store, today=TODAY)
        assert len(tickets) >= 8
        assert {t.status for t in tickets} >= {"open", "in_progress", "resolved", "closed"}
        closed = [t for t in tickets if t.status == "closed"]
        assert all(t.resolution and t.closed_on and t.closed_on < TODAY for t in closed)
        assert all(t.satisfaction in (None, 1, 2, 3, 4, 5) for t in closed)
        assert any(t.satisfaction for t in closed)
        assert len({t.number for t in tickets}) == len(tickets)
        assert all(t.number.startswith(f"GD-{t.opened_on.year}-") for t in tickets)
        late = list_tickets(store, TicketFilter(overdue_only=True), TODAY)
        assert late and all(t.owner_id for t in late)
        mine = ticket_reminders(store, TODAY, late[0].owner_id)
        assert late[0].id in {r.item_id for r in mine}
        assert list_feedback(store)


def test_the_same_seed_gives_the_same_tickets(demo: Path, tmp_path: Path):
    again = ensure_demo_db(tmp_path / "again.sqlite3", size="small", today=TODAY)
    dumps = []
    for path in (demo, again):
        with sqlite3.connect(path) as conn:
            dumps.append([conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                          for t in ("service_tickets", "customer_feedback")])
    assert dumps[0] == dumps[1]
