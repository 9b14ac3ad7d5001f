"""The target page's toolbar: plan year, metric, grain, value set and lifecycle actions."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from gui.common.ui_settings import read_bool, ui_settings
from gui.targets import formatting as F
from gui.targets import node_actions as A
from services.core import periods as P

if TYPE_CHECKING:
    from gui.targets.targets_page import TargetsPage

GRAINS = ("year", "quarter", "month", "week")
KEY = "targets/"
translate = QCoreApplication.translate


def build_toolbar(page: TargetsPage) -> None:
    """Create the two toolbars (view choices; lifecycle) as attributes of ``page``."""
    s = ui_settings()
    page.toolbar = QToolBar(page)
    page.toolbar.setObjectName("targetsToolbar")
    page.plan_combo = QComboBox(page)
    page.plan_combo.setObjectName("planCombo")
    page.plan_combo.setToolTip(translate("TargetsPage", "Plan year"))
    # filled when the plans arrive from the worker, after the first show: size to them then
    page.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    page.plan_combo.currentIndexChanged.connect(page._plan_chosen)
    page.new_plan_action = QAction(translate("TargetsPage", "New plan from org…"), page)
    page.new_plan_action.triggered.connect(lambda: A.new_plan_dialog(page))
    page.cut_combo = QComboBox(page)
    page.cut_combo.setObjectName("cutCombo")
    page.cut_combo.setToolTip(translate(
        "TargetsPage", "Which cut of the company total to show: the org tree, or the same total "
                       "by product line, channel or customer tier (each must add up to it)"))
    for cut in F.CUT_LABELS:
        page.cut_combo.addItem(F.label(F.CUT_LABELS, cut), cut)
    page.cut_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    # the cut shown stays shown, like the grain (a language switch rebuilds the page)
    page.cut_combo.setCurrentIndex(max(page.cut_combo.findData(str(s.value(KEY + "cut", ""))),
                                       0))
    page.cut_combo.currentIndexChanged.connect(page._cut_changed)
    page.member_action = QAction(translate("TargetsPage", "Add member…"), page)
    page.member_action.setToolTip(translate(
        "TargetsPage", "Add a member of this cut under the company total: a product line, a "
                       "channel or a customer tier"))
    page.member_action.triggered.connect(lambda: A.add_member_dialog(page))
    page.member_action.setVisible(bool(page.cut_combo.currentData()))
    page.metric_combo = QComboBox(page)
    page.metric_combo.setObjectName("metricCombo")
    page.metric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    page.metric_combo.currentIndexChanged.connect(page._metric_changed)
    page.grain_combo = QComboBox(page)
    page.grain_combo.setObjectName("grainCombo")
    grain_texts = (translate("TargetsPage", "Year"), translate("TargetsPage", "Quarters"),
                   translate("TargetsPage", "Months"), translate("TargetsPage", "Weeks of month"))
    for g, text in zip(GRAINS, grain_texts, strict=True):
        page.grain_combo.addItem(text, g)
    grain = str(s.value(KEY + "grain", "quarter"))
    page.grain_combo.setCurrentIndex(GRAINS.index(grain) if grain in GRAINS else 1)
    page.grain_combo.currentIndexChanged.connect(page._view_changed)
    page.month_combo = QComboBox(page)
    page.month_combo.setObjectName("monthCombo")
    page.month_combo.setToolTip(translate(
        "TargetsPage", "A week that straddles two months counts in the month holding its Thursday"))
    for m in range(1, 13):
        page.month_combo.addItem(F.period_label(P.month_key(2000, m)), m)
    page.month_combo.setCurrentIndex(date.today().month - 1)
    page.month_combo.currentIndexChanged.connect(page._view_changed)
    page.values_combo = QComboBox(page)
    page.values_combo.setObjectName("valuesCombo")
    page.values_combo.addItem(translate("TargetsPage", "Target only"), False)
    page.values_combo.addItem(translate("TargetsPage", "Floor · Target · Challenge"), True)
    page.values_combo.setCurrentIndex(1 if read_bool(s, KEY + "full", False) else 0)
    page.values_combo.currentIndexChanged.connect(page._metric_changed)
    page.status_badge = QLabel(page)
    page.status_badge.setObjectName("planStatusBadge")
    page.publish_action = QAction(translate("TargetsPage", "Publish"), page)
    page.publish_action.setToolTip(translate(
        "TargetsPage", "Publish (公示) the plan: values freeze and owners can acknowledge them"))
    page.publish_action.triggered.connect(lambda: A.toggle_publish(page))
    page.ack_action = QAction(translate("TargetsPage", "Acknowledge"), page)
    page.ack_action.setToolTip(translate(
        "TargetsPage", "Acknowledge (认领) the selected node's targets as its owner"))
    page.ack_action.triggered.connect(lambda: A.acknowledge_selected(page))
    page.adjust_action = QAction(translate("TargetsPage", "Request adjustment…"), page)
    page.adjust_action.triggered.connect(lambda: A.adjustment_dialog(page))
    page.panel_action = QAction(translate("TargetsPage", "Approvals"), page)
    page.panel_action.setCheckable(True)
    tb = page.toolbar
    tb.addWidget(page.plan_combo)
    tb.addAction(page.new_plan_action)
    tb.addSeparator()
    tb.addWidget(page.cut_combo)
    tb.addAction(page.member_action)
    tb.addSeparator()
    tb.addWidget(page.metric_combo)
    tb.addWidget(page.grain_combo)
    page.month_widget_action = tb.addWidget(page.month_combo)
    page.month_widget_action.setVisible(page.grain_combo.currentData() == "week")
    tb.addWidget(page.values_combo)
    life = page.life_toolbar = QToolBar(page)
    life.setObjectName("targetsLifecycleToolbar")
    life.addWidget(QLabel(translate("TargetsPage", "Status:"), page))
    life.addWidget(page.status_badge)
    life.addSeparator()
    tb = life
    tb.addAction(page.publish_action)
    tb.addAction(page.ack_action)
    tb.addAction(page.adjust_action)
    tb.addAction(page.panel_action)
    # A toolbar's buttons take no keyboard focus by default: here they are the only way to
    # these actions, so Tab reaches them (in reading order: New plan after the plan year).
    for bar, action in ((page.toolbar, page.new_plan_action),
                        (page.toolbar, page.member_action), (life, page.publish_action),
                        (life, page.ack_action), (life, page.adjust_action),
                        (life, page.panel_action)):
        widget = bar.widgetForAction(action)
        if widget is not None:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    new_plan = page.toolbar.widgetForAction(page.new_plan_action)
    if new_plan is not None:
        QWidget.setTabOrder(page.plan_combo, new_plan)
        QWidget.setTabOrder(new_plan, page.cut_combo)
        member = page.toolbar.widgetForAction(page.member_action)
        if member is not None:
            QWidget.setTabOrder(page.cut_combo, member)
            QWidget.setTabOrder(member, page.metric_combo)


def add_view_shortcuts(page: TargetsPage) -> None:
    """Insert adds a child node; Delete clears a value cell or removes the node (on the tree)."""
    for text, keys, slot in (
            (translate("TargetsPage", "Add child node"), "Ins", A.add_child_dialog),
            (translate("TargetsPage", "Remove node / clear value"), "Del", A.delete_pressed)):
        act = QAction(text, page.view)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act.triggered.connect(lambda _c=False, f=slot: f(page))
        page.view.addAction(act)
