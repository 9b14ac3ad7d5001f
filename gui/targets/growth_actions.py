"""The page's growth actions: set a value from growth, recompute it, type an actual (市场份额).

Plain functions over a :class:`~gui.targets.targets_page.TargetsPage`, like
:mod:`gui.targets.node_actions` (whose context menu offers them): each write is one undo command
holding a service call and ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.undo import OpCommand, push_op
from gui.targets import formatting as F
from gui.targets.growth_dialog import GrowthChoice, GrowthDialog
from services.core.changes import Call, call
from services.targets import growth as G
from services.targets.typed_actuals import set_typed_actual

if TYPE_CHECKING:
    from gui.targets.targets_page import TargetsPage

translate = QCoreApplication.translate


def push(page: TargetsPage, text: LazyText, do: Call) -> OpCommand:
    """Push one undoable call (as :func:`gui.targets.node_actions.push`); a refusal is shown."""
    ctx = page.ctx
    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, text, do, initiator=page)
    if cmd.failed is not None:
        page.show_refusal(error_text(cmd.failed))
    return cmd


def set_growth(page: TargetsPage, node_id: str, period: str, choice: GrowthChoice) -> None:
    """Set the cell from growth (one undo step)."""
    push(page, LazyText.translate("TargetActions", "Set from growth"),
         call(G.set_growth, node_id, page.metric_key, period, choice.rate_bp,
              years=choice.years, floor_rate_bp=choice.floor_rate_bp,
              challenge_rate_bp=choice.challenge_rate_bp, by=page.person_id))


def recompute_growth(page: TargetsPage, node_id: str, period: str) -> None:
    """Compute the growth value again from today's actuals (one undo step)."""
    push(page, LazyText.translate("TargetActions", "Recompute growth"),
         call(G.recompute_growth, node_id, page.metric_key, period, by=page.person_id))


def growth_dialog(page: TargetsPage) -> None:
    """Ask for the rates and years, then set the current cell from growth."""
    nid, period, tree = page.current_node(), page.current_period(), page.model.tree
    if nid is None or period is None or tree is None:
        return
    old = page.model.growth.get((nid, page.metric_key, period))
    kwargs = {"rate_bp": old.rate_bp, "years": old.years} if old is not None else {}
    choice = GrowthDialog.ask(page.metric_key, tree.node(nid).name, period, page, **kwargs)
    if choice is not None:
        set_growth(page, nid, period, choice)


def set_actual(page: TargetsPage, node_id: str, period: str, value: int | None) -> None:
    """Type (None: clear) a node's actual (one undo step)."""
    push(page, LazyText.translate("TargetActions", "Type actual"),
         call(set_typed_actual, node_id, page.metric_key, period, value))


def actual_dialog(page: TargetsPage) -> None:
    """Ask for the actual of the current cell (市场份额), then type it."""
    nid, period, tree = page.current_node(), page.current_period(), page.model.tree
    if nid is None or period is None or tree is None:
        return
    now = tree.rollup.cell(nid, page.metric_key, period).actual
    text, ok = QInputDialog.getText(
        page, translate("TargetActions", "Type actual"),
        translate("TargetActions", "%1, %2 (%): empty clears it").replace(
            "%1", tree.node(nid).name).replace("%2", period),
        text=F.edit_text(page.metric_key, now) if now else "")
    if not ok:
        return
    if not text.strip():
        set_actual(page, nid, period, None)
        return
    try:
        value = F.parse_value(page.metric_key, text)
    except ValueError as exc:
        page.show_refusal(str(exc))
        return
    set_actual(page, nid, period, value)
