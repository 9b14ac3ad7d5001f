"""The reminder registry: providers by name, merged and ordered, failures named not fatal."""

from __future__ import annotations

from datetime import date

from services.today.reminders import (
    SEVERITY_OVERDUE,
    SEVERITY_WARNING,
    Reminder,
    collect_reminders,
)

DAY = date(2026, 3, 9)
CALLS: list[tuple[object, date, str | None]] = []


def followups(store, today, person_id):
    CALLS.append((store, today, person_id))
    return [
        Reminder("followup_due", "B 公司", "电话", today, "customer", "b"),
        Reminder("followup_due", "A 公司", "拜访", date(2026, 3, 1), "customer", "a",
                 SEVERITY_OVERDUE),
    ]


def deals(store, today, person_id):
    return [Reminder("deal_rotting", "海纳 仓储系统", "32 天", today, "deal", "d",
                     SEVERITY_WARNING)]


def broken(store, today, person_id):
    raise RuntimeError("half-written feature")


def test_every_provider_is_called_with_store_day_and_person():
    CALLS.clear()
    store = object()
    result = collect_reminders(store, DAY, "p1", [f"{__name__}:followups"])
    assert CALLS == [(store, DAY, "p1")]
    assert len(result.reminders) == 2


def test_reminders_are_grouped_by_kind_most_urgent_first():
    result = collect_reminders(None, DAY, None, [f"{__name__}:followups", f"{__name__}:deals"])
    assert [(r.kind, r.item_id) for r in result.reminders] == [
        ("deal_rotting", "d"), ("followup_due", "a"), ("followup_due", "b")]
    assert result.failed == ()


def test_a_failing_provider_is_named_and_the_others_still_count(caplog):
    result = collect_reminders(None, DAY, None, [f"{__name__}:broken", f"{__name__}:deals"])
    assert result.failed == (f"{__name__}:broken",)
    assert [r.item_id for r in result.reminders] == ["d"]
    assert "half-written feature" in caplog.text


def test_a_missing_provider_module_is_reported_too():
    result = collect_reminders(None, DAY, None, ["services.no_such_feature:reminders"])
    assert result.failed == ("services.no_such_feature:reminders",)


def test_registered_providers_run_against_a_real_store(store):
    # Whatever features have registered must work on an empty, freshly migrated database.
    result = collect_reminders(store, DAY, None)
    assert result.failed == ()
