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


def _deals_wizard(qtbot, ctx, tmp_path: Path) -> ImportWizard:
    src = write_csv(tmp_path / "opps.csv", [
        ["opportunity_id", "sales_agent", "account", "Phase", "close_value"],
        ["1C1I7A6R", "Moses Frase", "Cancity", "Won", "1054"]])
    wizard = ImportWizard(ctx, "deals")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(src))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_MAPPING, timeout=10_000)
    return wizard


def test_load_mapping_applies_a_saved_file_and_names_what_it_cannot(qtbot, ctx, tmp_path: Path,
                                                                     monkeypatch,
                                                                     chinese) -> None:
    wizard = _deals_wizard(qtbot, ctx, tmp_path)
    page = wizard.mapping_page
    assert page.load_button.text() == "载入列对应…" and not page.isComplete()
    saved = tmp_path / "crm.json"
    saved.write_text(json.dumps({"sailplan_import_mapping": 1, "kind": "deals", "columns": {
        "Phase": "阶段", "account": "customer", "close_value": "won_amount",
        "Probability": "probability", "sales_agent": "佣金比例"}}, ensure_ascii=False),
        encoding="utf-8")
    monkeypatch.setattr(ImportWizard, "ask_mapping_file",
                        classmethod(lambda cls, parent, title, filters: str(saved)))
    page.load_button.click()
    # applied: 阶段 by its Chinese name, the rest by key; unknown parts left as matched before
    assert page.model.mapping == ["external_id", "owner", "customer", "stage", "won_amount"]
    assert page.isComplete()
    note = page.loaded.text()
    assert page.loaded.isVisibleTo(page)
    assert "已载入 crm.json" in note
    assert "本文件没有列“Probability”（赢率 %）" in note
    assert "“佣金比例”（列“sales_agent”）不是商机导入的字段" in note
    wizard.next()  # the loaded mapping is what gets checked
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert wizard.mapping == page.model.mapping


def test_load_mapping_refuses_a_file_that_is_no_mapping_in_chinese(qtbot, ctx, tmp_path: Path,
                                                                   monkeypatch,
                                                                   chinese) -> None:
    from gui.common.messages import Messages

    wizard = _deals_wizard(qtbot, ctx, tmp_path)
    before = list(wizard.mapping_page.model.mapping)
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": shown.append(text)))
    other = tmp_path / "customers.json"
    other.write_text(json.dumps({"sailplan_import_mapping": 1, "kind": "customers",
                                 "columns": {}}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    for path in (other, broken):
        monkeypatch.setattr(ImportWizard, "ask_mapping_file",
                            classmethod(lambda cls, parent, title, filters, p=path: str(p)))
        wizard.mapping_page.load_button.click()
    assert shown[0] == "customers.json 是 customers 导入的列对应，不是 deals 导入的。"
    assert shown[1].startswith("无法读取列对应文件 broken.json：")
    assert wizard.mapping_page.model.mapping == before
