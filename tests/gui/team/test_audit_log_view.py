"""Settings → Audit log and a deal's Change log tab: the trail shown, filtered and paged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from sqlalchemy import select, update

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.settings import sections
from gui.team.audit_section import AuditLogSection
from gui.team.history_view import HistoryView
from models.org import Person
from models.pipeline import Deal
from services.team.audit import act_as
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.store_helpers import populate
from tests.unit.team.audit_fixtures import switch_to_team

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ctx(store, qtbot):
    runner = TaskRunner()
    context = AppContext(store, AppEvents(), QUndoStack(), runner)
    yield context
    runner.wait()


def _team_firm(store) -> tuple[list[str], str, str]:
    """Two people change deal amounts; 李雷 also takes a deal over."""
    populate(store, customers=3)
    switch_to_team(store)
    with store.write() as uow:
        s = uow.session
        wang = s.scalar(select(Person.id).where(Person.name == "王芳"))
        li = Person(name="李雷", role="manager", capacity_tier="senior",
                    unit_id=s.scalar(select(Person.unit_id)), active_from=date(2024, 1, 1))
        s.add(li)
        uow.commit()
        deals = list(s.scalars(select(Deal.id).order_by(Deal.name)))
    assert wang is not None
    act_as(store, wang)
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deals[0])
                            .values(amount=Decimal("12000.00")))
        uow.commit()
    act_as(store, li.id)
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deals[1])
                            .values(amount=Decimal("3500.50"), owner_id=li.id))
        uow.commit()
    return deals, wang, li.id


def _texts(section: AuditLogSection, column: int) -> list[str]:
    model = section.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _wait(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: not widget._load.is_loading(), timeout=10_000)


def test_the_log_lists_changes_with_old_and_new_values_and_filters_them(store, ctx, qtbot):
    deals, wang, li = _team_firm(store)
    section = AuditLogSection(ctx)
    qtbot.addWidget(section)
    section.show()
    _wait(qtbot, section)
    assert "gui.team.audit_section:AuditLogSection" in sections.SECTIONS
    assert "Nobody can change or delete this log" in section.intro.text()
    updates = [r for r in section.model.rows if r.action == "update"]
    assert len(updates) == 3 and section.page is not None
    changes = _texts(section, 6)
    assert "¥0.05 → ¥12,000" in changes and "¥1.05 → ¥3,500.50" in changes
    assert "王芳 → 李雷" in changes

    section.person.setCurrentIndex(section.person.findData(li))
    _wait(qtbot, section)
    assert set(_texts(section, 1)) == {"李雷"} and len(section.model.rows) == 2

    section.kind.setCurrentIndex(section.kind.findData("deals"))
    section.field.setCurrentIndex(section.field.findData("owner_id"))
    _wait(qtbot, section)
    assert _texts(section, 4) == ["Owner"] and _texts(section, 3) == ["商机1"]

    section.clear_filters()
    section.since.setDate(QDate.currentDate().addDays(1))
    _wait(qtbot, section)
    assert section.model.rowCount() == 0 and section.position.text() == "No changes match."
    section.clear_filters()
    _wait(qtbot, section)
    assert section.model.rowCount() == section.page.total > 3


def test_the_log_pages_older_and_newer(store, ctx, qtbot, monkeypatch):
    from gui.team import audit_section

    monkeypatch.setattr(audit_section, "PAGE", 4)
    deals, _wang, _li = _team_firm(store)
    section = AuditLogSection(ctx)
    qtbot.addWidget(section)
    section.show()
    section.offset = 0
    section.reload()
    _wait(qtbot, section)
    total = section.page.total
    seen = [r.id for r in section.model.rows]
    assert not section.newer_button.isEnabled()
    while section.older_button.isEnabled():
        section.older_button.click()
        _wait(qtbot, section)
        seen += [r.id for r in section.model.rows]
    assert sorted(seen, reverse=True) == seen and len(set(seen)) == total
    section.newer_button.click()
    _wait(qtbot, section)
    assert section.newer_button.isEnabled() == (section.offset > 0)


def test_a_personal_database_says_it_keeps_no_log(store, ctx, qtbot):
    populate(store, customers=2)
    section = AuditLogSection(ctx)
    qtbot.addWidget(section)
    section.show()
    _wait(qtbot, section)
    assert section.model.rowCount() == 0 and "personal database" in section.intro.text()


def test_a_deals_change_log_follows_a_change(store, ctx, qtbot):
    deals, _wang, li = _team_firm(store)
    view = HistoryView(ctx)
    qtbot.addWidget(view)
    view.set_record("deals", deals[1])
    view.show()
    _wait(qtbot, view)
    before = view.model.rowCount()
    assert view.note.text() == f"Changes: {before}, newest first."
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deals[1])
                            .values(amount=Decimal("1.00")))
        uow.commit()
        changes = uow.changes
    ctx.events.changed.emit(changes, None)
    _wait(qtbot, view)
    assert view.model.rowCount() == before + 1
    assert view.model.index(0, 6).data() == "¥3,500.50 → ¥1"


def test_who_uses_this_computer_is_who_the_log_names(store, qtbot):
    from tests.gui.shell_fixtures import make_window

    populate(store, customers=2)
    switch_to_team(store)
    with store.read() as uow:
        wang = uow.session.scalar(select(Person.id).where(Person.name == "王芳"))
        deal = uow.session.scalar(select(Deal.id).order_by(Deal.name))
    window = make_window(qtbot, store)
    window.set_current_person(wang)
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deal).values(amount=Decimal(9)))
        uow.commit()
    window.set_current_person(None)
    with store.write() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deal).values(amount=Decimal(10)))
        uow.commit()
    from services.team.audit import AuditFilter, audit_log

    rows = audit_log(store, AuditFilter(field="amount", record_ids=(deal,))).rows
    assert [(r.actor, r.new.value) for r in rows[:2]] == [("", Decimal(10)), ("王芳", Decimal(9))]
    window.ctx.tasks.wait()
