"""What the screenshot tool shows beyond the pages: each page's other views and the dialogs a
user opens from it, reached the way a user reaches them (a tab, a button, a menu action).

A scene is ``(name, page key, action)``. The action runs with the page on screen; the tool then
photographs the dialog it opened (modal or not; a dialog opened with ``exec()`` is photographed
from inside its own event loop) or, when no dialog appeared, the whole window. Dialogs are
closed again with Esc's ``reject()``, so nothing is saved.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel

SAMPLE_CSV = (
    "客户名称,行业,地区,电话,负责人,备注\n"
    "杭州明远数字科技有限公司,信息技术,杭州,0571-8888 1234,,展会线索\n"
    "苏州恒达精密机械,制造业,苏州,0512-6666 2233,,\n"
    " 南京启航教育咨询,教育,南京,13800001111,,名称前有空格\n"
    ",零售,上海,,,缺少客户名称\n"
)
"""A short customer list for the import wizard's pages: a good row, a padded name, a row
without its required name."""


@dataclass(frozen=True)
class Scene:
    """One picture: ``<lang>_<page>_<name>.png``."""

    name: str
    page: str
    action: Callable[[Any, Any], Any]  # (window, page widget) -> anything


def _tab(widget_attr: str, index: int) -> Callable[[Any, Any], None]:
    def act(_window: Any, page: Any) -> None:
        getattr(page, widget_attr).setCurrentIndex(index)
    return act


def _card_tab(index: int) -> Callable[[Any, Any], None]:
    def act(_window: Any, page: Any) -> None:
        page.card.tabs.setCurrentIndex(index)
    return act


def _pipeline_view(view: str) -> Callable[[Any, Any], None]:
    def act(_window: Any, page: Any) -> None:
        page.set_view(view)
    return act


def _board(_window: Any, page: Any) -> None:
    page.set_view("board")


def _deal_detail(_window: Any, page: Any) -> None:
    page.set_view("board")
    cards = [c for c in page.cards if c.amount]
    if cards:
        page.deal_actions.open_detail(cards[0].id)


def _followup(_window: Any, page: Any) -> None:
    page.add_followup()


def _new_record(window: Any, _page: Any) -> None:
    window.new_record()


def _settings_section(name: str) -> Callable[[Any, Any], None]:
    def act(_window: Any, page: Any) -> None:
        page.show_section(name)
    return act


def _org_person(_window: Any, page: Any) -> None:
    section = page.show_section("gui.org.org_section:OrgSection")
    section.table.selectRow(0)
    section.edit_person()


def _target_adjustment(_window: Any, page: Any) -> None:
    from gui.targets.node_actions import adjustment_dialog

    model, view = page.model, page.view
    if model.rowCount() == 0:
        return
    view.selectionModel().setCurrentIndex(
        model.index(0, 2), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    adjustment_dialog(page)


def _target_cut(cut: str) -> Callable[[Any, Any], None]:
    def act(_window: Any, page: Any) -> None:
        page.cut_combo.setCurrentIndex(page.cut_combo.findData(cut))
    return act


def _snooze(_window: Any, page: Any) -> None:
    view = page.view
    model = view.model()
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        if model.rowCount(section):
            view.setCurrentIndex(model.index(0, 0, section))
            break
    page.actions_.snooze_pick()


def _export_plan(_window: Any, page: Any) -> None:
    page.export_btn.click()


def _export_customers(window: Any, _page: Any) -> None:
    window.open_export("customers")


def _about(window: Any, _page: Any) -> None:
    window.show_about()


def _target_year(_window: Any, page: Any) -> None:
    page.grain_combo.setCurrentIndex(page.grain_combo.findData("year"))
    page.view.expandAll()


def _target_growth(_window: Any, page: Any) -> None:
    from gui.targets.growth_actions import growth_dialog

    if page.model.rowCount() == 0:
        return
    page.view.selectionModel().setCurrentIndex(
        page.model.index(0, 2), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    growth_dialog(page)


SCENES: tuple[Scene, ...] = (
    Scene("snooze", "today", _snooze),
    Scene("card_contacts", "customers", _card_tab(1)),
    Scene("card_followups", "customers", _card_tab(2)),
    Scene("card_deals", "customers", _card_tab(3)),
    Scene("card_orders", "customers", _card_tab(4)),
    Scene("new_customer", "customers", _new_record),
    Scene("followup", "customers", _followup),
    Scene("export", "customers", _export_customers),
    Scene("list", "pipeline", _pipeline_view("list")),
    Scene("forecast", "pipeline", _pipeline_view("forecast")),
    Scene("deal", "pipeline", _deal_detail),
    Scene("adjustment", "targets", _target_adjustment),
    Scene("cut_product_line", "targets", _target_cut("product_line")),
    Scene("cut_channel", "targets", _target_cut("channel")),
    Scene("year_expanded", "targets", _target_year),
    Scene("growth", "targets", _target_growth),
    Scene("funnel", "plans", _tab("tabs", 1)),
    Scene("timeline", "plans", _tab("tabs", 2)),
    Scene("export", "plans", _export_plan),
    Scene("backups", "settings", _settings_section("gui.settings.backups_section:BackupsSection")),
    Scene("pipelines", "settings",
          _settings_section("gui.pipeline.settings_section:PipelineSettingsSection")),
    Scene("customer_rules", "settings",
          _settings_section("gui.settings.customer_rules_section:CustomerRulesSection")),
    Scene("sales_plans", "settings",
          _settings_section("gui.plans.settings_section:PlanSettingsSection")),
    Scene("products", "settings",
          _settings_section("gui.products.settings_section:ProductsSection")),
    Scene("org_people", "settings", _settings_section("gui.org.org_section:OrgSection")),
    Scene("targets", "settings",
          _settings_section("gui.targets.settings_section:TargetSettingsSection")),
    Scene("person", "settings", _org_person),
    Scene("about", "settings", _about),
)


def sample_import_file() -> Path:
    """A small customer CSV for the import wizard's pages (in a temporary folder)."""
    folder = Path(tempfile.mkdtemp(prefix="sailplan-shots-import-"))
    path = folder / "客户名单.csv"
    path.write_text(SAMPLE_CSV, encoding="utf-8")
    return path
