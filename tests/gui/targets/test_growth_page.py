"""Growth targets from the tree: set from growth (the dialog patched), the formula shown, undo
and redo; a novice's ramp months named in the kind column.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from gui.targets import growth_actions as GA
from gui.targets.growth_dialog import GrowthChoice, GrowthDialog
from models import Customer, Deal, Pipeline, Stage
from services.targets.cascade import node_values
from services.targets.growth import growth_formula
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.gui.targets.test_targets_page import (  # noqa: F401 - fixtures
    Q1,
    YEAR,
    org,
    page,
    target_cell,
    wait_reload,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _won_last_year(store, owner: str, amount: str) -> None:
    with store.write() as uow:
        s = uow.session
        pipe = Pipeline(name="新客户")
        s.add(pipe)
        s.flush()
        won = Stage(pipeline_id=pipe.id, name="赢单", kind="won")
        cust = Customer(name="老客户", name_norm="老客户", owner_id=owner)
        s.add_all([won, cust])
        s.flush()
        day = date(YEAR - 1, 2, 10)
        s.add(Deal(name="去年", pipeline_id=pipe.id, stage_id=won.id, customer_id=cust.id,
                   owner_id=owner, amount=Decimal(amount), won_amount=Decimal(amount),
                   closed_on=day, stage_entered_at=datetime(YEAR - 1, 2, 1, tzinfo=UTC)))
        uow.commit()


def test_set_from_growth_shows_the_formula_and_undoes(qtbot, page, org, store,  # noqa: F811
                                                       monkeypatch):
    o, _plan_id, ids = org
    _won_last_year(store, o.people["李强"], "1000.00")
    wait_reload(qtbot, page, page.reload)
    team = ids["华东销售一组"]
    page.view.setCurrentIndex(target_cell(page, team))
    monkeypatch.setattr(GrowthDialog, "ask", classmethod(
        lambda cls, *a, **k: GrowthChoice(1500, 1, 1000, 2000)))
    wait_reload(qtbot, page, lambda: GA.growth_dialog(page))
    # last year's Q1: ¥1,000 → 目标 × 1.15, 保底 × 1.10, 挑战 × 1.20
    assert node_values(store, team)[("signed_amount", Q1)].as_tuple() == (110_000, 115_000,
                                                                           120_000)
    tip = page.model.data(target_cell(page, team), Qt.ItemDataRole.ToolTipRole)
    assert f"{YEAR - 1}-Q1 actual ¥1,000 × (1 + 15%) = ¥1,150" in tip
    kind = page.model.data(page.model.index_of(team, 1), Qt.ItemDataRole.DisplayRole)
    assert "growth +15%" in kind
    assert page.ctx.undo_stack.undoText() == "Set from growth"
    wait_reload(qtbot, page, page.ctx.undo_stack.undo)
    assert node_values(store, team) == {}
    assert growth_formula(store, team, "signed_amount", Q1) is None
    assert "growth" not in page.model.data(page.model.index_of(team, 1))
    wait_reload(qtbot, page, page.ctx.undo_stack.redo)
    assert node_values(store, team)[("signed_amount", Q1)].target == 115_000
    assert growth_formula(store, team, "signed_amount", Q1).result == 115_000


def test_a_novice_starting_this_year_shows_the_ramp(page, org):  # noqa: F811
    _o, _plan_id, ids = org
    start = date.today()  # 张伟 (新手) was added today
    if start.year != YEAR:
        pytest.skip("the plan year is this year")
    month = f"{YEAR}-{start.month:02d}"
    assert page.model.ramp[ids["张伟"]][month] == 30
    kind = page.model.data(page.model.index_of(ids["张伟"], 1), Qt.ItemDataRole.DisplayRole)
    assert "Growth target" in kind and "30 %" in kind
