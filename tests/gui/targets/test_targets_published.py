"""Targets as a Chinese-speaking owner meets them: 300万 typed, a published plan read-only with a
reason, refusals in Chinese, Unpublish only when allowed, the tree before the actuals.
"""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gui.common.i18n import install_translators
from gui.targets import node_actions as A
from gui.targets.targets_page import TargetsPage
from services.targets import lifecycle as L
from services.targets.cascade import load_tree, node_values
from services.targets.ops import create_plan_from_org
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, make_window, seed_org

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
YEAR = date.today().year
Q1 = f"{YEAR}-Q1"
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def firm(store):
    """An org with a director (陈总), this year's plan and next year's draft."""
    from services.org.people import create_person

    o = seed_org(store)
    o.people["陈总"] = create_person(store, "陈总", o.company, role="director").value
    plan = create_plan_from_org(store, YEAR).value
    draft = create_plan_from_org(store, YEAR + 1).value
    ids = {n.name: n.id for n in load_tree(store, plan, [Q1], with_actuals=False).nodes}
    return o, plan, draft, ids


@pytest.fixture
def zh():
    app = QApplication.instance()
    yield
    install_translators(app, "en")


def open_targets(qtbot, window) -> TargetsPage:
    page = window.show_page("targets")
    assert isinstance(page, TargetsPage)
    settle(qtbot, window, page)
    return page


def settle(qtbot, window, page) -> None:
    qtbot.waitUntil(lambda: page.model.tree is not None and not page.is_loading(),
                    timeout=10_000)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)


def cell(page, node_id: str, what: str = "target"):
    col = next(c for c in range(page.model.columnCount())
               if page.model.column_spec(c) == (Q1, what))
    return page.model.index_of(node_id, col)


def test_300_wan_and_full_width_digits_are_amounts(qtbot, store, firm) -> None:
    o, _plan, _draft, ids = firm
    window = make_window(qtbot, store)
    window.ctx.current_person_id = o.people["陈总"]
    page = open_targets(qtbot, window)
    assert page.model.setData(cell(page, ids["华东销售一组"]), "300万")
    assert page.model.setData(cell(page, ids["李强"]), "１２０万")
    assert page.model.setData(cell(page, ids["张伟"]), "¥1,234.50")
    assert node_values(store, ids["华东销售一组"])[("signed_amount", Q1)].target == 300 * 10**6
    assert node_values(store, ids["李强"])[("signed_amount", Q1)].target == 120 * 10**6
    assert node_values(store, ids["张伟"])[("signed_amount", Q1)].target == 123_450
    assert not page.banner.isVisible()


def test_a_published_plan_opens_no_editor_and_says_why_in_chinese(
        qtbot, store, firm, zh) -> None:
    o, plan, _draft, ids = firm
    L.publish_plan(store, plan, by=o.people["陈总"])
    window = make_window(qtbot, store, "zh_CN")
    window.ctx.current_person_id = o.people["陈总"]
    page = open_targets(qtbot, window)
    target = cell(page, ids["李强"])
    page.view.setFocus()
    page.view.setCurrentIndex(target)
    qtbot.keyClick(page.view, Qt.Key.Key_5)  # any key starts an edit on an editable cell
    rect = page.view.visualRect(target)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.view.findChild(QLineEdit) is None
    assert page.view.state() != page.view.State.EditingState
    assert node_values(store, ids["李强"]) == {}
    assert page.notice.isVisible() and "申请调整" in page.notice.text()
    tip = page.model.data(target, Qt.ItemDataRole.ToolTipRole)
    assert "已公示" in tip and not ENGLISH_WORD.search(tip)
    assert not ENGLISH_WORD.search(page.notice.text())
    # the name stays editable (renaming is allowed on a published plan)
    assert page.model.flags(page.model.index_of(ids["李强"])) & Qt.ItemFlag.ItemIsEditable


def test_refusals_are_chinese_and_the_banner_leaves_with_the_plan(
        qtbot, store, firm, zh) -> None:
    o, plan, draft, ids = firm
    L.publish_plan(store, plan, by=o.people["陈总"])
    window = make_window(qtbot, store, "zh_CN")
    window.ctx.current_person_id = o.people["陈总"]
    page = open_targets(qtbot, window)
    refused: list[str] = []
    window.ctx.events.refused.connect(lambda _what, why: refused.append(why))
    page.view.setCurrentIndex(page.model.index_of(ids["张伟"]))
    A.remove_selected(page)  # a published plan keeps its nodes
    assert refused and refused[-1] == page.banner.text()
    assert page.banner.isVisible() and "已公示" in page.banner.text()
    assert not ENGLISH_WORD.search(page.banner.text())
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(draft))
    settle(qtbot, window, page)
    assert page.plan is not None and page.plan.id == draft
    assert not page.banner.isVisible() and not page.notice.isVisible()
    root_target = page.model.index(0, 2)  # the draft's company, first value column
    assert page.model.flags(root_target) & Qt.ItemFlag.ItemIsEditable
    assert page.publish_action.isEnabled() and page.publish_action.text() == "公示"


def test_unpublish_is_enabled_only_while_nobody_acknowledged(qtbot, store, firm, zh) -> None:
    o, plan, _draft, ids = firm
    L.publish_plan(store, plan, by=o.people["陈总"])
    window = make_window(qtbot, store, "zh_CN")
    window.ctx.current_person_id = o.people["陈总"]
    page = open_targets(qtbot, window)
    assert page.publish_action.text() == "撤回公示" and page.publish_action.isEnabled()
    assert "撤回公示" in page.notice.text()
    L.acknowledge(store, ids["李强"], o.people["李强"])
    page.reload()
    settle(qtbot, window, page)
    assert not page.publish_action.isEnabled()
    assert "认领" in page.publish_action.toolTip()
    assert not ENGLISH_WORD.search(page.publish_action.toolTip())
    assert "撤回公示" not in page.notice.text()


def test_the_tree_is_shown_before_the_actuals_arrive(qtbot, store, firm) -> None:
    window = make_window(qtbot, store)
    tasks = window.ctx.tasks
    gate = threading.Event()
    seen: list[bool] = []

    def hold_the_worker() -> None:  # the actuals wait behind this job on the one worker
        seen.append(page.model.tree is not None)
        tasks.submit(lambda progress, is_cancelled: gate.wait(10))

    page = window.show_page("targets")
    assert isinstance(page, TargetsPage)
    page.tree_shown.connect(hold_the_worker)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [True]
    assert page.is_loading() and page.loading_note.isVisible()
    assert page.model.rowCount() == 1  # the company, already on screen
    gate.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    # the toolbar hides the note at its next layout pass, within a frame
    qtbot.waitUntil(lambda: not page.loading_note.isVisible(), timeout=1_000)
