"""Settings → Customer rules: editing, saving, validation, recompute on the worker, pool actions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.customers import pool_actions
from gui.settings import sections
from gui.settings.customer_rules_section import CustomerRulesSection
from models import Customer, CustomerEvent
from services.customers import stale, tiers
from tests.unit.customer_rules_fixtures import build_firm, snapshot


@pytest.fixture
def firm(store):
    return build_firm(store)


@pytest.fixture
def ctx(firm, qtbot):
    runner = TaskRunner()
    context = AppContext(firm.store, AppEvents(), QUndoStack(), runner,
                         current_person_id=firm.people["张三"])
    yield context
    runner.wait()


@pytest.fixture
def section(ctx, qtbot):
    widget = CustomerRulesSection(ctx)
    qtbot.addWidget(widget)
    return widget


def _tier(store, cid: str) -> str | None:
    with store.read() as uow:
        return uow.session.get(Customer, cid).tier


def test_registered_as_a_settings_section() -> None:
    assert "gui.settings.customer_rules_section:CustomerRulesSection" in sections.SECTIONS
    assert CustomerRulesSection.title() == "Customer rules"


def test_shows_the_defaults_and_save_is_off_until_an_edit(section) -> None:
    assert section.a_min.value() == 500_000 and section.b_min.value() == 50_000
    assert [section.stale_days[k].value() for k in ("A", "B", "C", "none")] == [14, 30, 60, 60]
    assert section.pool_days.value() == 90 and not section.pool_enabled.isChecked()
    assert not section.save_button.isEnabled()
    section.b_min.setValue(60_000)
    assert section.save_button.isEnabled() and section.revert_button.isEnabled()
    section.revert_button.click()
    assert section.b_min.value() == 50_000 and not section.save_button.isEnabled()


def test_saving_thresholds_persists_and_recomputes_tiers(qtbot, ctx, firm, section) -> None:
    cid = firm.customer("中型客户")
    firm.won_deal(cid, 120_000, date.today())
    tiers.recompute_tiers(firm.store)
    assert _tier(firm.store, cid) == "B"
    section.a_min.setValue(100_000)
    section.b_min.setValue(10_000)
    section.stale_days["A"].setValue(7)
    section.pool_enabled.setChecked(True)
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.last_recompute is not None, timeout=10_000)
    assert section.last_recompute == 1
    assert _tier(firm.store, cid) == "A"
    saved = tiers.get_tier_rules(firm.store)
    assert (saved.a_min, saved.b_min) == (Decimal(100_000), Decimal(10_000))
    rules = stale.get_stale_rules(firm.store)
    assert rules.days["A"] == 7 and rules.pool_enabled
    # A new section (e.g. after restarting) shows what was saved.
    again = CustomerRulesSection(ctx)
    qtbot.addWidget(again)
    assert again.a_min.value() == 100_000 and again.stale_days["A"].value() == 7


def test_industry_rule_from_the_form(qtbot, ctx, firm, section) -> None:
    cid = firm.customer("某医院", industry="医疗器械")
    assert _tier(firm.store, cid) == "C"
    section.industry_enabled.setChecked(True)
    section.industries.setText("医疗器械，能源、 ")
    assert section.tier_rules().industries == ("医疗器械", "能源")
    section.save()
    qtbot.waitUntil(lambda: section.last_recompute is not None, timeout=10_000)
    assert _tier(firm.store, cid) == "B"


def test_a_below_b_is_refused_with_a_clear_message(qtbot, firm, section, monkeypatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error",
                        classmethod(lambda cls, p, t, x, d="": errors.append(x)))
    before = snapshot(firm.store)
    section.a_min.setValue(1_000)
    section.b_min.setValue(5_000)
    assert section.save() is False
    assert errors == ["The A threshold must be higher than the B threshold."]
    assert snapshot(firm.store) == before
    assert section.save_button.isEnabled()  # the edit is still there to fix


def test_recompute_button_runs_on_the_worker(qtbot, ctx, firm, section) -> None:
    cid = firm.customer("大客户")
    firm.won_deal(cid, 900_000, date.today())
    with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
        section.recompute_button.click()
    qtbot.waitUntil(lambda: section.last_recompute is not None, timeout=10_000)
    assert _tier(firm.store, cid) == "A"


def test_pool_actions_release_claim_and_undo(qtbot, ctx, firm, monkeypatch) -> None:
    a = firm.customer("甲")
    b = firm.customer("乙", owner="李四")
    infos: list[str] = []
    monkeypatch.setattr(Messages, "show_info",
                        classmethod(lambda cls, p, t, x: infos.append(x)))
    monkeypatch.setattr(pool_actions.PoolDialogs, "ask_release_note",
                        classmethod(lambda cls, p, n: "客户调整"))
    assert pool_actions.release_customers(ctx, None, [a, b]) is None  # pool off
    assert "turned off" in infos[-1]
    stale.save_stale_rules(firm.store, stale.StaleRules(pool_enabled=True))
    before = snapshot(firm.store)
    with qtbot.waitSignal(ctx.events.changed):
        cmd = pool_actions.release_customers(ctx, None, [a, b])
    assert cmd is not None and ctx.undo_stack.count() == 1
    with firm.store.read() as uow:
        notes = {e.note for e in uow.session.scalars(select(CustomerEvent).where(
            CustomerEvent.action == "release"))}
        assert notes == {"客户调整"}
        assert all(c.in_pool for c in uow.session.scalars(select(Customer)))
    claim = pool_actions.claim_customers(ctx, None, [b])
    assert claim is not None and ctx.undo_stack.count() == 2
    with firm.store.read() as uow:
        assert uow.session.get(Customer, b).owner_id == firm.people["张三"]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert snapshot(firm.store) == before
    ctx.undo_stack.redo()
    with firm.store.read() as uow:
        assert uow.session.get(Customer, a).in_pool


def test_claim_without_knowing_who_i_am_explains(qtbot, ctx, firm, monkeypatch) -> None:
    infos: list[str] = []
    monkeypatch.setattr(Messages, "show_info",
                        classmethod(lambda cls, p, t, x: infos.append(x)))
    ctx.current_person_id = None
    assert pool_actions.claim_customers(ctx, None, [firm.customer("甲")]) is None
    assert "Settings" in infos[0]
