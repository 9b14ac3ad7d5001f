"""The import wizard offers people and units: the same pages, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.importer.import_wizard import ImportWizard
from gui.shell.menus import IMPORT_KINDS
from models.org import OrgUnit, Person
from tests.unit.importing.test_import_people import ROWS, ZH
from tests.unit.importing_fixtures import snapshot, write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(store):
    runner = TaskRunner()
    context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    yield context
    runner.wait()


def _go(qtbot, wizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=10_000)


def test_people_import_through_the_wizard_is_one_undo_step(qtbot, ctx, tmp_path):
    assert "people" in IMPORT_KINDS
    before = {k: v for k, v in snapshot(ctx.store).items() if k != "app_settings"}
    wizard = ImportWizard(ctx, "people")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Import People and units"
    wizard.file_page.path.setText(str(write_xlsx(tmp_path / "人员.xlsx", [ZH, *ROWS])))
    qtbot.waitUntil(lambda: wizard.file_page.sheet.count() > 0, timeout=10_000)
    _go(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    assert wizard.mapping_page.model.mapping[:6] == ["name", "phone", "email", "unit", "role",
                                                     "manager"]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_PREVIEW, timeout=10_000)
    assert wizard.plan.counts() == {"create": 4, "update": 0, "skip": 0, "reject": 0}
    with qtbot.waitSignal(ctx.events.changed, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_RESULT, timeout=10_000)
    with ctx.store.read() as uow:
        assert set(uow.session.scalars(select(Person.name))) == {"小李", "周总", "王经理",
                                                                 "小赵"}
        assert "上海一组" in set(uow.session.scalars(select(OrgUnit.name)))
    assert ctx.undo_stack.count() == 1
    with qtbot.waitSignal(ctx.events.changed):
        ctx.undo_stack.undo()
    assert {k: v for k, v in snapshot(ctx.store).items() if k != "app_settings"} == before
