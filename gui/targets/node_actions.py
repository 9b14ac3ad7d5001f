"""The page's actions: context menu, structure edits, splits, lifecycle (公示/认领/调整申请).

Plain functions over a :class:`~gui.targets.targets_page.TargetsPage`; the ``*_dialog`` ones ask
the user first, the others are what the dialogs (and the tests) call. Every write is one
:class:`~gui.common.undo.OpCommand` (:func:`push`) holding a service call and ids, never the page;
the page refreshes itself from ``events.changed``.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.undo import OpCommand, push_op
from gui.targets import formatting as F
from gui.targets import growth_actions as GA
from models.enums import ADDITIVE_METRICS, TYPED_ACTUAL_METRICS
from services.core import periods as P
from services.core.changes import Call, call
from services.targets import cuts as C
from services.targets import lifecycle as L
from services.targets import nodes as N
from services.targets import ops as O
from services.targets.split import Values

if TYPE_CHECKING:
    from gui.targets.targets_page import TargetsPage

RULES = ("even", "last_year", "weights", "capacity")


translate = QCoreApplication.translate


def push(page: TargetsPage, text: LazyText, do: Call) -> OpCommand:
    """Push one undoable service call made by the page; a refusal is shown above the tree."""
    ctx = page.ctx
    cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, text, do, initiator=page)
    if cmd.failed is not None:
        page.show_refusal(error_text(cmd.failed))
    return cmd


# --- value operations (undoable) ---------------------------------------------------------------

def split_children(page: TargetsPage, node_id: str, period: str, rule: str) -> None:
    """Split the node's own value among its children by ``rule`` (exact to the fen)."""
    push(page, LazyText.translate("TargetActions", "Split to children (%1)").arg(
        F.lazy_label(F.RULE_LABELS, rule)),
        call(O.split_node, node_id, page.metric_key, period, rule=rule, by=page.person_id,
             cut=page.cut))


def split_periods(page: TargetsPage, node_id: str, period: str, rule: str) -> None:
    """Split the node's value for ``period`` among its sub-periods (even or last year)."""
    push(page, LazyText.translate("TargetActions", "Split to sub-periods"),
         call(O.split_period, node_id, page.metric_key, period, rule=rule, by=page.person_id))


def distribute_gap(page: TargetsPage, node_id: str, period: str, rule: str) -> None:
    """Close the node's gap by ``rule``."""
    push(page, LazyText.translate("TargetActions", "Distribute gap"),
         call(O.distribute_gap, node_id, page.metric_key, period, rule=rule, by=page.person_id,
              cut=page.cut))


def accept_rollup(page: TargetsPage, node_id: str, period: str) -> None:
    """Set the node's value to the sum of its children."""
    push(page, LazyText.translate("TargetActions", "Accept roll-up"),
         call(O.accept_rollup, node_id, page.metric_key, period, by=page.person_id,
              cut=page.cut))


# --- structure -----------------------------------------------------------------------------------

def add_child(page: TargetsPage, parent_id: str, name: str, kind: str = "unit",
              person_id: str | None = None) -> None:
    """Add a layer or a person under ``parent_id`` (undoable)."""
    if page.plan is not None:
        push(page, LazyText.translate("TargetCommands", "Add “%1”").arg(name),
             call(N.add_node, page.plan.id, parent_id, name, kind, person_id=person_id))


def add_member(page: TargetsPage, key: str, name: str | None = None) -> None:
    """Add a member of the cut shown under the company total (undoable)."""
    if page.plan is not None and page.cut is not None:
        push(page, LazyText.translate("TargetCommands", "Add “%1”").arg(name or key),
             call(C.add_cut_member, page.plan.id, page.cut, key, name))


def add_member_dialog(page: TargetsPage) -> None:
    """Ask which product line, channel or tier to add as a member of the cut shown: the firm's
    own (catalogue lines, deal and customer sources, tiers A/B/C) are offered, any can be typed.
    """
    cut, tree = page.cut, page.model.tree
    if cut is None or tree is None:
        return
    taken = {n.cut_key for n in tree.nodes if n.cut_key}
    offered = [k for k in C.cut_keys(page.store, cut) if k not in taken]
    key, ok = QInputDialog.getItem(
        page, translate("TargetActions", "Add member"),
        translate("TargetActions", "%1 (pick one or type it):").replace(
            "%1", F.label(F.CUT_MEMBER_LABELS, cut)), offered, 0, True)
    key = key.strip()
    if not ok or not key:
        return
    name = (translate("TargetActions", "Tier %1 customers").replace("%1", key)
            if cut == "customer_tier" else None)
    add_member(page, key, name)


def add_child_dialog(page: TargetsPage) -> None:
    """Ask for a new layer's name and add it under the selected node (in a cut, under the
    company total: a member of the cut).
    """
    parent = page.current_node()
    if parent is None:
        return
    tree = page.model.tree
    if page.cut is not None and tree is not None and tree.node(parent).parent_id is None:
        add_member_dialog(page)
        return
    name, ok = QInputDialog.getText(page, translate("TargetActions", "Add child node"),
                                    translate("TargetActions", "Name of the new layer:"))
    if ok and name.strip():
        add_child(page, parent, name.strip())


def add_person_dialog(page: TargetsPage) -> None:
    """Pick a person and add their personal target under the selected node."""
    from services.org.people import list_people

    parent = page.current_node()
    if parent is None:
        return
    people = list_people(page.store)
    labels = [f"{p.name} · {p.unit_name}" for p in people]
    if not labels:
        return
    text, ok = QInputDialog.getItem(page, translate("TargetActions", "Add person"),
                                    translate("TargetActions", "Person:"), labels, 0, False)
    if ok and text in labels:
        p = people[labels.index(text)]
        add_child(page, parent, p.name, "person", p.id)


def remove_selected(page: TargetsPage) -> None:
    """Remove the selected node and its subtree (undoable)."""
    nid, tree = page.current_node(), page.model.tree
    if nid is None or tree is None:
        return
    push(page, LazyText.translate("TargetCommands", "Remove “%1”").arg(tree.node(nid).name),
         call(N.remove_node, nid))


def delete_pressed(page: TargetsPage) -> None:
    """Delete: on an own-value cell clear the typed value, on the name columns remove the node."""
    index = page.view.currentIndex()
    spec = page.model.column_spec(index.column())
    if spec is not None:
        if page.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            page.model.setData(index, "")
        return
    remove_selected(page)


def rename(page: TargetsPage, node_id: str, name: str) -> None:
    """Rename a node (undoable)."""
    push(page, LazyText.translate("TargetCommands", "Rename to “%1”").arg(name),
         call(N.rename_node, node_id, name))


def rename_dialog(page: TargetsPage) -> None:
    """Ask for a new name of the selected node."""
    nid, tree = page.current_node(), page.model.tree
    if nid is None or tree is None:
        return
    name, ok = QInputDialog.getText(page, translate("TargetActions", "Rename"),
                                    translate("TargetActions", "New name:"),
                                    text=tree.node(nid).name)
    if ok and name.strip():
        rename(page, nid, name.strip())


def set_weight(page: TargetsPage, node_id: str, weight: int | None) -> None:
    """Set a node's typed weight in hundredths (None clears it), undoable."""
    tree = page.model.tree
    if tree is not None:
        node = tree.node(node_id)
        push(page, LazyText.translate("TargetCommands", "Split weight of “%1”").arg(node.name),
             call(N.set_split, node_id, node.split_rule, weight))


def weight_dialog(page: TargetsPage) -> None:
    """Ask for the selected node's weight (its share when the parent splits by weights)."""
    nid, tree = page.current_node(), page.model.tree
    if nid is None or tree is None:
        return
    current = tree.node(nid).weight
    value, ok = QInputDialog.getDouble(
        page, translate("TargetActions", "Split weight"),
        translate("TargetActions", "Weight of this node when its parent splits by weights:"),
        (current or 0) / 100, 0, 1_000_000, 2)
    if ok:
        set_weight(page, nid, round(value * 100))


# --- lifecycle -----------------------------------------------------------------------------------

def new_plan(page: TargetsPage, year: int) -> None:
    """Create a draft plan company → units → people from the org tree (undoable); the page
    shows the plan it is told was created.
    """
    push(page, LazyText.translate("TargetActions", "New plan from org"),
         call(O.create_plan_from_org, year))


def new_plan_dialog(page: TargetsPage) -> None:
    """Ask for the year of a new plan."""
    from datetime import date

    taken = {p.year for p in page.plans}
    year = date.today().year
    while year in taken:
        year += 1
    value, ok = QInputDialog.getInt(page, translate("TargetActions", "New plan from org"),
                                    translate("TargetActions",
                                              "Plan year (company → units → people):"), year,
                                    1900, 2999)
    if ok:
        new_plan(page, value)


def toggle_publish(page: TargetsPage) -> None:
    """Publish (公示) a draft plan, or take a publication back while nobody acknowledged."""
    plan = page.plan
    if plan is None or not page.publish_action.isEnabled():
        return
    if plan.status == "published":
        push(page, LazyText.translate("TargetsPage", "Unpublish"),
             call(L.unpublish_plan, plan.id))
    else:
        push(page, LazyText.translate("TargetsPage", "Publish"),
             call(L.publish_plan, plan.id, by=page.person_id))


def acknowledge_selected(page: TargetsPage) -> None:
    """The current person acknowledges (认领) the selected node."""
    nid, person = page.current_node(), page.person_id
    if nid is None or person is None:
        page.report_error(translate("TargetActions",
                                    "Choose who you are in Settings first (认领 needs a person)."))
        return
    push(page, LazyText.translate("TargetsPage", "Acknowledge"),
         call(L.acknowledge, nid, person))


def update_lifecycle(page: TargetsPage) -> None:
    """Publish (公示) for a draft; Unpublish (撤回公示) only while nobody acknowledged or asked
    for an adjustment (the tooltip says why not); adjustment requests on a published plan.
    """
    plan, act = page.plan, page.publish_action
    published = plan is not None and plan.status == "published"
    act.setText(translate("TargetsPage", "Unpublish") if published
                else translate("TargetsPage", "Publish"))
    if plan is None:
        act.setEnabled(False)
    elif published:
        act.setEnabled(page.may_unpublish)
        act.setToolTip(translate(
            "TargetsPage", "Take the publication back: the plan becomes a draft you can edit")
            if page.may_unpublish else translate(
            "TargetsPage", "Owners have acknowledged this plan or asked for adjustments, so it "
            "stays published: values change through adjustment requests approved by the level "
            "above"))
    else:
        act.setEnabled(True)
        act.setToolTip(translate(
            "TargetsPage", "Publish (公示) the plan: values freeze and owners can acknowledge "
            "them"))
    page.adjust_action.setEnabled(published)
    page.model.structure_locked = published


def update_ack(page: TargetsPage) -> None:
    """Enable 认领 only on a published plan for the current person's own nodes."""
    nid, person, plan = page.current_node(), page.person_id, page.plan
    ok = bool(nid and person and plan and plan.status == "published")
    if ok and nid and person:  # owners read with the tree (no query on the GUI thread)
        ok = person in page.owner_ids.get(nid, frozenset())
    page.ack_action.setEnabled(ok)


def request_adjustment(page: TargetsPage, node_id: str, period: str, proposed: Values,
                       reason: str) -> bool:
    """File an adjustment request (调整申请) for the page's metric; True when accepted."""
    cmd = push(page, LazyText.translate("AdjustmentDialog", "Request adjustment"),
               call(L.request_adjustment, node_id, page.metric_key, period, proposed, reason,
                    by=page.person_id))
    if cmd.failed is not None:
        return False
    page.panel_action.setChecked(True)
    return True


def adjustment_dialog(page: TargetsPage) -> None:
    """Ask for new values and a reason for the selected cell."""
    from gui.targets.adjustment_dialog import AdjustmentDialog

    nid, period, tree = page.current_node(), page.current_period(), page.model.tree
    if nid is None or period is None or tree is None:
        page.report_error(translate("TargetActions", "Select a node and a period column first."))
        return
    cell = tree.rollup.cell(nid, page.metric_key, period)
    dialog = AdjustmentDialog(page.metric_key, tree.node(nid).name, period, cell.effective, page)
    if dialog.exec():
        request_adjustment(page, nid, period, dialog.values(), dialog.reason())


def history_dialog(page: TargetsPage, node_id: str, period: str) -> None:
    """Show every version of the node's value for ``period``."""
    from gui.targets.history_dialog import HistoryDialog

    tree = page.model.tree
    if tree is None:
        return
    rows = L.value_history(page.store, node_id, page.metric_key, period)
    HistoryDialog(page.metric_key, tree.node(node_id).name, period, rows, page).exec()


# --- the context menu ----------------------------------------------------------------------------

def context_menu(page: TargetsPage, pos: QPoint) -> None:
    """Split, distribute, roll-up, history and structure actions for the clicked node."""
    index = page.view.indexAt(pos)
    if not index.isValid():
        return
    page.view.setCurrentIndex(index)
    nid, period = page.current_node(), page.current_period()
    tree = page.model.tree
    if nid is None or period is None or tree is None:
        return
    node = tree.node(nid)
    has_kids = bool(tree.children(nid))
    editable = not page.values_locked  # a published plan's targets change by adjustment only
    published = page.plan is not None and page.plan.status == "published"
    menu = QMenu(page)
    split = menu.addMenu(translate("TargetActions", "Split to children"))
    split.setEnabled(has_kids and editable)
    for rule in RULES:
        split.addAction(F.label(F.RULE_LABELS, rule), partial(split_children, page, nid, period,
                                                              rule))
    sub = menu.addMenu(translate("TargetActions", "Split to sub-periods"))
    sub.setEnabled(bool(P.children(period)) and editable)
    for rule in ("even", "last_year"):
        sub.addAction(F.label(F.RULE_LABELS, rule), partial(split_periods, page, nid, period, rule))
    dist = menu.addMenu(translate("TargetActions", "Distribute gap"))
    dist.setEnabled(editable and not tree.rollup.cell(nid, page.metric_key, period).gap.is_zero())
    for rule in RULES:
        dist.addAction(F.label(F.RULE_LABELS, rule), partial(distribute_gap, page, nid, period,
                                                             rule))
    acc = menu.addAction(translate("TargetActions", "Accept roll-up"),
                         lambda: accept_rollup(page, nid, period))
    acc.setEnabled(has_kids and editable)
    menu.addAction(translate("TargetActions", "Value history…"),
                   lambda: history_dialog(page, nid, period))
    _growth_entries(page, menu, nid, period, editable)
    menu.addSeparator()
    if page.cut is not None:
        menu.addAction(translate("TargetsPage", "Add member…"), lambda: add_member_dialog(page))
    menu.addAction(translate("TargetActions", "Add child node…"), lambda: add_child_dialog(page))
    person = menu.addAction(translate("TargetActions", "Add person…"),
                            lambda: add_person_dialog(page))
    person.setEnabled(page.cut is None)  # people are in the org tree
    menu.addAction(translate("TargetActions", "Rename…"), lambda: rename_dialog(page))
    weight = menu.addAction(translate("TargetActions", "Split weight…"),
                            lambda: weight_dialog(page))
    weight.setEnabled(node.parent_id is not None)
    rm = menu.addAction(translate("TargetActions", "Remove node"), lambda: remove_selected(page))
    rm.setEnabled(node.parent_id is not None and not published)
    menu.exec(page.view.viewport().mapToGlobal(pos))



def _growth_entries(page: TargetsPage, menu: QMenu, nid: str, period: str,
                    editable: bool) -> None:
    """Set from growth / Recompute growth (sums) or Type actual (市场份额)."""
    metric = page.metric_key
    if metric in TYPED_ACTUAL_METRICS:
        menu.addAction(translate("TargetActions", "Type actual…"), lambda: GA.actual_dialog(page))
        return
    if metric not in ADDITIVE_METRICS:
        return
    grow = menu.addAction(translate("TargetActions", "Set from growth…"),
                          lambda: GA.growth_dialog(page))
    grow.setEnabled(editable)
    again = menu.addAction(translate("TargetActions", "Recompute growth"),
                           lambda: GA.recompute_growth(page, nid, period))
    again.setEnabled(editable and (nid, metric, period) in page.model.growth)
