"""The wizard's "Save mapping…": the file it writes drives a headless import of the same shape;
the new fields and the button read in Chinese, and every field's Chinese name works in --map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.i18n import install_translators
from gui.common.tasks import TaskRunner
from gui.importer.choice_delegate import VALUE_ROLE
from gui.importer.import_wizard import ImportWizard
from gui.importer.labels import tr
from services.importing import FIELDS
from services.importing.column_map import field_key, load_mapping_file
from tests.unit.importing_fixtures import write_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(store):
    runner = TaskRunner()
    context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    yield context
    runner.wait()


@pytest.fixture
def chinese():
    app = QApplication.instance()
    install_translators(app, "zh_CN")
    yield
    install_translators(app, "en")


def test_saved_mapping_is_what_the_page_shows(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:
    src = write_csv(tmp_path / "opps.csv", [
        ["opportunity_id", "sales_agent", "account", "Phase", "close_value"],
        ["1C1I7A6R", "Moses Frase", "Cancity", "Won", "1054"]])
    wizard = ImportWizard(ctx, "deals")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(src))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_MAPPING, timeout=10_000)
    page = wizard.mapping_page
    model = page.model
    assert model.mapping == ["external_id", "owner", "customer", None, "amount"]
    assert not page.isComplete()  # no stage column yet; the deal name is not required
    model.setData(model.index(3, 1), "stage", VALUE_ROLE)
    assert page.isComplete()

    target = tmp_path / "opps-mapping.json"
    asked: list[str] = []
    monkeypatch.setattr(ImportWizard, "ask_mapping_path", classmethod(
        lambda cls, parent, title, suggested, filters: asked.append(suggested) or str(target)))
    page.save_button.click()
    assert asked and asked[0].endswith("opps-mapping.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["kind"] == "deals" and data["columns"]["Phase"] == "stage"
    assert load_mapping_file(target, "deals", wizard.source.layout.headers) == model.mapping


def test_new_fields_and_the_button_are_chinese_and_work_in_map(qtbot, chinese) -> None:
    from gui.importer.mapping_page import MappingPage

    page = MappingPage()
    qtbot.addWidget(page)
    assert page.save_button.text() == "保存列对应…"
    for kind, specs in FIELDS.items():
        for spec in specs:
            name = tr(spec.label)
            assert name != spec.label or not spec.label.isascii(), spec.label
            assert field_key(kind, name) == spec.key, (kind, name)


def test_resolve_page_offers_to_create_a_missing_pipeline(qtbot, ctx, tmp_path: Path,
                                                          monkeypatch) -> None:
    from services.pipeline.settings import ensure_defaults

    ensure_defaults(ctx.store)
    src = write_csv(tmp_path / "renewals.csv", [
        ["商机编号", "商机名称", "客户名称", "销售流程", "阶段", "金额"],
        ["R1", "续约一", "甲公司", "老客户续约", "商务谈判", "3000"],
        ["R2", "续约二", "乙公司", "老客户续约", "赢单", "5000"]])
    wizard = ImportWizard(ctx, "deals")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(src))
    for page in (ImportWizard.PAGE_MAPPING, ImportWizard.PAGE_RESOLVE):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=10_000)
    box = wizard.resolve_page.create_customers
    assert box.isVisible() and "2 customer(s) and 1 pipeline(s)" in box.text()
    box.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_PREVIEW, timeout=10_000)
    assert wizard.plan.counts() == {"create": 2, "update": 0, "skip": 0, "reject": 0}
    assert wizard.plan.new_pipelines == {"老客户续约": "老客户续约"}
