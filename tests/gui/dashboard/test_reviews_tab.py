"""The Reviews tab on the fixed firm of tests/unit/dashboard/review_fixtures.py (华东区,
September 2026, as of the 20th): the pack shown, a finding opening its records, saving the
review, an action item from it (each one undo step), and the export."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.dashboard.review_dialogs import ActionDialog, NewAction, RecordsDialog
from gui.dashboard.reviews_tab import ReviewsTab
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.dashboard.review_fixtures import AS_OF, build_review_world

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def world(store):
    return build_review_world(store)


@pytest.fixture
def tab(qtbot, world):
    ctx = AppContext(world.store, AppEvents(), QUndoStack(), TaskRunner(),
                     current_person_id=world.w.people["周总监"])
    tab = ReviewsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    _wait(qtbot, tab)
    tab.as_of = AS_OF
    tab.choose("month", "2026-09", world.east)
    _wait(qtbot, tab)
    yield tab
    ctx.tasks.wait()


def _wait(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.is_loading() and tab.pack is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=30_000)


def _texts(section) -> list[list[str]]:
    m = section.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_the_pack_of_the_chosen_period_and_unit(tab):
    assert tab.pack.scope.unit_name == "华东区"
    findings = _texts(tab.sections["findings"])
    assert findings[0][1] == "华东区 2026-09: signed amount at 35% of target, ¥130,000 short"
    assert len(findings) == 12
    assert tab.note.text() == "Figures as of 2026-09-20 · last review: none"
    deals = _texts(tab.sections["deals"])
    assert ["Won", "S1"] == deals[0][:2]
    assert not tab.action_button.isEnabled()  # nothing saved yet


def test_a_finding_opens_its_record_or_the_list_of_them(tab, monkeypatch, qtbot):
    opened: list[tuple[str, str]] = []
    tab.ctx.events.open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    codes = [f.code for f in tab.pack.findings]
    stale = codes.index("stale")  # one customer: opens straight away
    tab.open_finding(stale)
    assert opened == [("customer", tab.pack.stale[0].id)]
    lost = codes.index("lost")  # two deals: the list, then the one chosen
    shown = []

    def ask(_parent, title, records, _kind_name):
        shown.append([r.label for r in records])
        return (records[1].kind, records[1].id)

    monkeypatch.setattr(RecordsDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    tab.open_finding(lost)
    assert shown == [["S2", "S3"]]
    assert opened[-1] == ("deal", tab.pack.lost[1].id)


def test_saving_the_review_is_one_undo_step(tab, qtbot):
    tab.notes.setPlainText("回款要抓紧")
    tab.save_review()
    _wait(qtbot, tab)
    qtbot.waitUntil(lambda: tab.pack.this_review is not None, timeout=30_000)
    assert tab.ctx.undo_stack.count() == 1
    assert tab.ctx.undo_stack.undoText() == "Save review 2026-09"
    assert tab.action_button.isEnabled()
    assert tab.pack.this_review.notes == "回款要抓紧"
    tab.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.pack.this_review is None, timeout=30_000)
    tab.ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: tab.pack.this_review is not None, timeout=30_000)


def test_an_action_item_from_the_saved_review(tab, qtbot, monkeypatch):
    tab.save_review()
    qtbot.waitUntil(lambda: tab.pack.this_review is not None, timeout=30_000)
    monkeypatch.setattr(ActionDialog, "ask", classmethod(
        lambda cls, parent: NewAction("拜访东方机械催收", AS_OF)))
    tab.new_action()
    qtbot.waitUntil(lambda: len(tab.pack.actions) == 1, timeout=30_000)
    actions = _texts(tab.sections["actions"])
    assert actions[0][:3] == ["Action", "拜访东方机械催收", "2026-09"]
    assert actions[0][-1] == "Not done"
    assert tab.ctx.undo_stack.count() == 2
    tab.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(tab.pack.actions) == 0, timeout=30_000)


def test_export_excel_and_pdf(tab, qtbot, tmp_path: Path, monkeypatch):
    from gui.common.messages import Messages

    monkeypatch.setattr(Messages, "show_saved", classmethod(lambda cls, *a, **k: None))
    with qtbot.waitSignal(tab.exported, timeout=30_000):
        tab.export_to(str(tmp_path / "r.xlsx"))
    assert load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "Overview"
    with qtbot.waitSignal(tab.exported, timeout=30_000):
        tab.export_to(str(tmp_path / "r.pdf"))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
