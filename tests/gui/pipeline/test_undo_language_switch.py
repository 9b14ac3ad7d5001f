"""Every undoable pipeline action survives a language switch: do it the way the page does, switch
the language (every page is rebuilt), Edit ▸ Undo, Edit ▸ Redo.

The database must be back exactly as before the action (every row of the touched tables; only
``updated_at`` may differ — an undo is itself a change), the rebuilt page must show the old
state, and redo must give the state after the action again. This used to segfault: the undo
commands called back into the page that the switch had deleted.

Creations are undone by a soft delete of the same id (so later commands naming it still apply):
after their undo the only difference allowed is the created rows, marked deleted. A redo of a
delete deletes anew, so its ``deleted_at`` is compared as set / not set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.pipeline.deal_mime import encode_deal_ids
from tests.gui.pipeline_fixtures import PipelineData, seed_pipeline
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

TABLES = ("deals", "deal_lines", "stage_history", "followups", "customers", "pipelines",
          "stages", "lost_reasons", "app_settings")
SECTION = "gui.pipeline.settings_section:PipelineSettingsSection"

Rows = dict[str, dict[str, dict[str, Any]]]  # table → row id → row (without updated_at)


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def dump(store) -> Rows:
    """Every row of the touched tables, by id, without ``updated_at``."""
    from models.base import Base

    out: Rows = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            key = table.primary_key.columns.values()[0].name
            out[name] = {str(r[key]): {k: v for k, v in r.items() if k != "updated_at"}
                         for r in (dict(m) for m in uow.session.execute(select(table)).mappings())}
    return out


def deletion_as_flag(rows: Rows) -> Rows:
    """``deleted_at`` as set / not set (a redo of a delete deletes at a new moment)."""
    return {t: {i: {**r, "deleted_at": r.get("deleted_at") is not None} if "deleted_at" in r
                else r for i, r in by_id.items()} for t, by_id in rows.items()}


def assert_back(before: Rows, after: Rows, *, creates: bool) -> None:
    """``after`` equals ``before``; for a creation, bar the created rows, now soft-deleted
    (with the history rows of a soft-deleted deal, which keep pointing at it).
    """
    for table in TABLES:
        old, new = before[table], after[table]
        assert {i: new.get(i) for i in old} == old, table
        extra = set(new) - set(old)
        if not creates:
            assert not extra, table
            continue
        deleted_deals = {i for i, r in after["deals"].items() if r["deleted_at"] is not None}
        for i in extra:
            row = new[i]
            assert row.get("deleted_at") is not None or row.get("deal_id") in deleted_deals, (
                table, row)


# --------------------------------------------------------------------------- the actions


@dataclass(frozen=True)
class Case:
    """One undoable action: where it lives, how the page does it, what the page shows.

    ``prepare`` sets the scene without pushing anything (e.g. empties a stage to delete);
    ``do(window, data, monkeypatch)`` acts as the user would, dialogs answered.
    """

    name: str
    page: str  # "pipeline" or "settings"
    do: Callable[[Any, PipelineData, Any], None]
    view: Callable[[Any, PipelineData], Any]
    creates: bool = False
    prepare: Callable[[Any, PipelineData], None] | None = None


def pipeline_page(window):
    return window.show_page("pipeline")


def section(window):
    return window.show_page("settings").show_section(SECTION)


def drop(model, ids) -> None:
    assert model.dropMimeData(encode_deal_ids(ids), Qt.DropAction.MoveAction, -1, 0,
                              QModelIndex()) is False


def stage_of(window, deal_id: str) -> str | None:
    card = pipeline_page(window).card(deal_id)
    return card.stage_id if card is not None else None


def card_field(deal_index: int, field: str):
    def view(window, data):
        card = pipeline_page(window).card(data.deals[deal_index])
        return getattr(card, field) if card is not None else None
    return view


def do_move(window, data, _mp):
    page = pipeline_page(window)
    drop(page.board.columns[data.stage_ids[2]].model, [data.deals[0]])


def do_win(window, data, mp):
    from gui.pipeline.won_deal_dialog import WonDealDialog

    mp.setattr(WonDealDialog, "ask", classmethod(
        lambda cls, parent, names, amount, today: (Decimal("654321"), date(2026, 3, 9))))
    pipeline_page(window).deal_actions.request_move([data.deals[8]], data.stage_ids[5])


def do_lose(window, data, mp):
    from gui.pipeline.lost_reason_dialog import LostReasonDialog

    mp.setattr(LostReasonDialog, "ask", classmethod(lambda cls, parent, reasons, names: "价格过高"))
    pipeline_page(window).deal_actions.request_move(data.deals[:3], data.stage_ids[6])


def do_close_date(window, data, _mp):
    from gui.pipeline.formatting import add_months

    page = pipeline_page(window)
    page.set_view("forecast")
    y, m = add_months(date.today(), 4)
    drop(page.forecast.columns[f"{y:04d}-{m:02d}"].model, [data.deals[0]])
    page.set_view("board")


def do_quick_create(window, data, _mp):
    col = pipeline_page(window).board.columns[data.stage_ids[1]]
    col.header.add_button.click()
    col.quick.name.setText("启明 在线考试")
    col.quick.customer.setText("南京启明教育集团")
    col.quick.amount.setText("66,000")
    col.quick.ok.click()


def _detail(window, deal_id):
    page = pipeline_page(window)
    page.deal_actions.open_detail(deal_id)
    return page.deal_actions.detail


def do_edit_amount(window, data, _mp):
    dlg = _detail(window, data.deals[1])
    dlg.amount.setText("288,000")
    dlg.amount.editingFinished.emit()


def do_probability(window, data, _mp):
    dlg = _detail(window, data.deals[6])
    dlg.probability.setValue(75)
    dlg.probability.editingFinished.emit()


def do_followup(window, data, mp):
    from gui.pipeline.deal_detail_dialog import DealDetailDialog

    booked = date.today() + timedelta(days=3)
    mp.setattr(DealDetailDialog, "ask_followup", classmethod(lambda cls, *_a: ({
        "at": datetime.now(UTC), "method": "call", "content": "电话确认预算已批",
        "next_step": "上门演示", "next_on": booked}, None)))
    _detail(window, data.deals[5]).log_button.click()


def settings_view(window, _data):
    """What the section shows: pipelines, the selected one's stages, lost reasons, bands."""
    s = section(window)
    pm, sm = s.pipelines_model, s.stages_model
    stages = [sm.stage_at(r) for r in range(sm.rowCount())]
    return ([pm.pipeline_at(r).name for r in range(pm.rowCount())],
            [(st.name, st.probability) for st in stages], s.lost_model.stringList(),
            (s.commit_spin.value(), s.best_spin.value()))


def _select_stage(s, name):
    names = [s.stages_model.stage_at(r).name for r in range(s.stages_model.rowCount())]
    s.stages_view.setCurrentIndex(s.stages_model.index(names.index(name), 0))


def do_add_pipeline(window, _data, _mp):
    section(window).add_pipeline()


def do_rename_pipeline(window, _data, _mp):
    pm = section(window).pipelines_model
    assert pm.setData(pm.index(0), "老客户续约")


def prepare_second_pipeline(window, _data):
    from services.pipeline.settings import create_pipeline

    create_pipeline(window.ctx.store, "临时流程")  # an empty pipeline to delete
    section(window).reload()


def do_delete_pipeline(window, _data, _mp):
    s = section(window)
    s.pipelines_view.setCurrentIndex(s.pipelines_model.index(1))
    s.delete_pipeline()


def do_add_stage(window, _data, _mp):
    section(window).add_stage()


def do_edit_stage(window, _data, _mp):
    m = section(window).stages_model
    assert m.setData(m.index(3, m.PROBABILITY), 65)


def prepare_empty_stage(window, data):
    from services.pipeline.deals import move_deals

    move_deals(window.ctx.store, data.deals[8:10], data.stage_ids[3], None)
    section(window).reload()


def do_delete_stage(window, _data, _mp):
    s = section(window)
    _select_stage(s, "商务谈判")
    s.delete_stage()


def do_move_stage(window, _data, _mp):
    s = section(window)
    _select_stage(s, "初步沟通")
    s.move_stage(-1)


def do_remove_lost_reason(window, _data, _mp):
    s = section(window)
    s.lost_view.setCurrentIndex(s.lost_model.index(1))
    s.remove_lost_reason()


def do_bands(window, _data, _mp):
    s = section(window)
    s.commit_spin.setValue(90)
    s.apply_bands()


CASES = [
    Case("move", "pipeline", do_move, lambda w, d: stage_of(w, d.deals[0])),
    Case("move-won", "pipeline", do_win, lambda w, d: stage_of(w, d.deals[8])),
    Case("move-lost", "pipeline", do_lose, lambda w, d: [stage_of(w, i) for i in d.deals[:3]]),
    Case("close-date", "pipeline", do_close_date, card_field(0, "expected_close")),
    Case("quick-create", "pipeline", do_quick_create,
         lambda w, d: sorted(c.name for c in pipeline_page(w).cards), creates=True),
    Case("edit-deal", "pipeline", do_edit_amount, card_field(1, "amount")),
    Case("probability", "pipeline", do_probability, card_field(6, "probability")),
    Case("follow-up", "pipeline", do_followup, card_field(5, "rotting"), creates=True),
    Case("add-pipeline", "settings", do_add_pipeline, settings_view, creates=True),
    Case("rename-pipeline", "settings", do_rename_pipeline, settings_view),
    Case("delete-pipeline", "settings", do_delete_pipeline, settings_view,
         prepare=prepare_second_pipeline),
    Case("add-stage", "settings", do_add_stage, settings_view, creates=True),
    Case("edit-stage", "settings", do_edit_stage, settings_view),
    Case("delete-stage", "settings", do_delete_stage, settings_view,
         prepare=prepare_empty_stage),
    Case("move-stage", "settings", do_move_stage, settings_view),
    Case("lost-reasons", "settings", do_remove_lost_reason, settings_view),
    Case("forecast-bands", "settings", do_bands, settings_view),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, case):
    data = seed_pipeline(store)
    window = make_window(qtbot, store, "en")
    stack = window.ctx.undo_stack
    page = window.show_page(case.page)
    page.resize(1600, 800)

    def settle():
        qtbot.wait(5)  # deferred reloads run on the next event-loop turns
        if case.page == "pipeline":
            current = pipeline_page(window)
            qtbot.waitUntil(lambda: not current.is_loading(), timeout=30_000)

    settle()
    if case.prepare is not None:
        case.prepare(window, data)
        settle()
    before_rows, before_view = dump(store), case.view(window, data)

    case.do(window, data, monkeypatch)
    settle()
    assert stack.count() == 1, "the action was not pushed (or refused)"
    done_rows, done_view = dump(store), case.view(window, data)
    assert done_view != before_view

    window.set_language("zh_CN")  # every page is rebuilt; the commands must not care
    del page
    window.show_page(case.page)
    settle()
    window.menus.actions["undo"].trigger()  # Edit ▸ Undo (used to segfault)
    settle()
    assert_back(before_rows, dump(store), creates=case.creates)
    qtbot.waitUntil(lambda: case.view(window, data) == before_view, timeout=10_000)

    window.menus.actions["redo"].trigger()
    settle()
    assert deletion_as_flag(dump(store)) == deletion_as_flag(done_rows)
    qtbot.waitUntil(lambda: case.view(window, data) == done_view, timeout=10_000)
