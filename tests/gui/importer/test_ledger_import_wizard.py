"""The import wizard offers a receivables ledger: the same pages, the ledger's date instead of
the mode, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.importer.import_wizard import ImportWizard
from gui.shell.menus import IMPORT_KINDS
from services.orders import receivables as R
from tests.unit.importing_fixtures import snapshot
from tests.unit.orders.ledger_fixture import AS_OF, OPEN_AS_OF, write_ledger
from tests.unit.orders.orders_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(store):
    runner = TaskRunner()
    context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    yield context
    runner.wait()


def test_a_ledger_through_the_wizard_is_one_undo_step(qtbot, ctx, tmp_path):
    assert "receivables" in IMPORT_KINDS
    build_firm(ctx.store)
    before = {k: v for k, v in snapshot(ctx.store).items() if k != "app_settings"}
    wizard = ImportWizard(ctx, "receivables")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Import Receivables ledger"
    wizard.file_page.path.setText(str(write_ledger(tmp_path / "应收台账.xlsx")))
    qtbot.waitUntil(lambda: wizard.file_page.sheet.count() > 0, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_MAPPING, timeout=10_000)
    assert wizard.mapping_page.model.mapping[1:10] == [
        "number", "customer", "owner", "signed_on", "contract_amount", "instalment", "due_on",
        "amount", "paid_amount"]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_PREVIEW, timeout=10_000)
    page = wizard.preview_page
    assert page.as_of_box.isVisible() and not page.mode.isVisible()
    page.as_of.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    qtbot.waitUntil(lambda: wizard.plan.as_of == AS_OF, timeout=10_000)
    assert wizard.plan.counts() == {"create": 4, "update": 0, "skip": 0, "reject": 0}
    model = page.model
    col = next(c for c in range(model.columnCount())
               if model.headerData(c, Qt.Orientation.Horizontal) == "期次")
    assert [model.index(r, col).data() for r in range(4)] == ["1", "2", "1", "1 质保金"]
    with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_RESULT, timeout=10_000)
    assert [(r.contract_number, r.seq, r.open_amount, r.days_overdue, r.bucket)
            for r in R.receivables(ctx.store, AS_OF).rows] == OPEN_AS_OF
    assert ctx.undo_stack.count() == 1
    with qtbot.waitSignal(ctx.events.changed):
        ctx.undo_stack.undo()
    assert {k: v for k, v in snapshot(ctx.store).items() if k != "app_settings"} == before
