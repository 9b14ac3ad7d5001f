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

SAMPLE_FILES = {
    "customers": ("客户名单.csv", SAMPLE_CSV),
    "people": ("人员名单.csv", (
        "姓名,手机,邮箱,部门,岗位,直属上级,能力层级,入职日期\n"
        "周晓明,13900001111,zhouxm@example.com,华东大区,一线销售,,新手,2025-03-01\n"
        "吴佳怡,13900002222,,华东大区/新零售组,销售经理,周晓明,资深,2021-07-15\n"
        "郑浩,,,新零售组,实习生,不存在的人,,2026-02-30\n"
        ",13900003333,,华东大区,一线销售,,,\n")),
    "products": ("产品目录.csv", (
        "产品编码,产品名称,产品线,单位,单价,税率,成本,启用\n"
        "QF-GW-200,智能网关 二代,硬件,台,12800,13%,7000,是\n"
        "QF-SV-10,实施服务,服务,人天,2500,6%,,是\n"
        "QF-OLD-1,旧款扫码枪,硬件,把,面议,13%,,否\n"
        ",无编码配件,,个,35,,,\n")),
    "receivables": ("应收台账.csv", (
        "合同编号,客户名称,负责人,签订日期,合同金额,期次,应收日期,应收金额,实收金额,到账日期,"
        "回款方式,争议\n"
        "HT2025-031,杭州新世纪机械有限公司,王强,2025-03-01,\"120,000\",第1期,2025-03-31,36000,"
        "36000,2025-04-02,银行转账,\n"
        "HT2025-031,,,,,第2期,2025-06-30,72000,50000,2025-07-15,承兑汇票,\n"
        "HT2025-031,,,,,第3期 质保金,2026-03-01,12000,,,,是\n"
        "HT2025-032,宁波长江教育咨询,李娜,2025-05-10,8800,,2025-06-10,8800,,2025-06-08,微信,\n"
        "HT2025-033,合肥星辰电子有限公司,张伟,2025-08-01,,第1期,2025-09-01,待确认,,,,\n")),
}
"""A small file of each kind the wizard pages are shown for: good rows, and rows with the
problems the wizard explains (an unknown role or manager, a bad date, a price in words, a
missing name)."""


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


def _deal_change_log(window: Any, page: Any) -> Any:
    """The Change log tab of the deal changed last (of the first card when none was)."""
    from services.team.audit import AuditFilter, audit_log

    logged = audit_log(window.ctx.store, AuditFilter(table="deals"), limit=1).rows
    if not logged:
        _deal_detail(window, page)
    else:
        page.deal_actions.open_detail(logged[0].record_id)
    detail = page.deal_actions.detail
    if detail is not None:
        detail.tabs.setCurrentWidget(detail.change_log)
    return detail


def _split_deal(window: Any) -> str | None:
    """A deal of the demo firm whose credit is split (the first by id), else None."""
    from services.incentives.splits import first_split_deal

    return first_split_deal(window.ctx.store)


def _deal_split(window: Any, page: Any) -> Any:
    """The deal detail of a deal whose credit is split (业绩分配 under the owner)."""
    deal = _split_deal(window)
    if deal is None:
        _deal_detail(window, page)
        return None
    page.deal_actions.open_detail(deal)
    return page.deal_actions.detail


def _split_credit(window: Any, page: Any) -> None:
    """Split credit… on that deal's detail: the split dialog. The split is read on the worker;
    its answer is delivered without running timers, so the detail is not photographed first.
    """
    from PySide6.QtWidgets import QApplication

    detail = _deal_split(window, page)
    if detail is None:
        return
    for _ in range(100):
        window.ctx.tasks.wait(100)
        QApplication.sendPostedEvents()
        if detail.split_row.data is not None:
            break
    detail.split_row.button.click()


def _followup(_window: Any, page: Any) -> None:
    page.add_followup()


def _new_record(window: Any, _page: Any) -> None:
    window.new_record()


def _settings_section(name: str) -> Callable[[Any, Any], None]:
    def act(_window: Any, page: Any) -> None:
        page.show_section(name)
    return act


def _loaded(window: Any, widget: Any) -> None:
    """Wait until ``widget`` (a page or a section reading on the worker) has its data."""
    from PySide6.QtWidgets import QApplication

    for _ in range(300):
        QApplication.processEvents()
        if not widget.is_loading():
            return
        window.ctx.tasks.wait(100)


def _audit_log(window: Any, page: Any) -> None:
    section = page.show_section("gui.team.audit_section:AuditLogSection")
    _loaded(window, section)


def _org_section(page: Any) -> Any:
    return page.show_section("gui.org.org_section:OrgSection")


def _org_person(_window: Any, page: Any) -> None:
    section = _org_section(page)
    section.table.selectRow(0)
    section.edit_person()


def _org_add_unit(_window: Any, page: Any) -> None:
    _org_section(page).add_unit()


def _org_merge(_window: Any, page: Any) -> None:
    section = _org_section(page)
    inner = [u for u in section.tree_model.units() if u.parent_id is not None]
    if inner:
        section.select_unit(inner[0].id)
        section.merge_unit()


def _org_leaving(window: Any, page: Any) -> None:
    """Leaves… on the rep with a fellow rep in their team who owns the most customers."""
    from services.org.leaving import preview_leaving

    section = _org_section(page)
    model = section.people_model
    reps = [r for r in range(model.rowCount()) if model.row_at(r).role == "rep"]
    previews = {r: preview_leaving(window.ctx.store, model.row_at(r).id) for r in reps}
    rep_ids = {model.row_at(r).id for r in reps}
    section.table.selectRow(max(reps, key=lambda r: (
        any(pid in rep_ids for pid, _n in previews[r].team), previews[r].counts["customers"],
        -r)) if reps else 0)
    section.leaves_button.click()


def _products_section(window: Any, page: Any) -> Any:
    section = page.show_section("gui.products.settings_section:ProductsSection")
    _loaded(window, section)
    return section


def _product(window: Any, page: Any) -> None:
    section = _products_section(window, page)
    section.view.selectRow(0)
    section.edit_button.click()


def _new_product(window: Any, page: Any) -> None:
    _products_section(window, page).add_button.click()


def _deal_products(window: Any, page: Any) -> None:
    """The deal dialog on its Products tab, for a deal that has product lines."""
    from services.pipeline.details import read_deal_detail

    page.set_view("board")
    deal = next((c.id for c in page.cards if c.products
                 and read_deal_detail(window.ctx.store, c.id).lines), None)
    if deal is None and page.cards:
        deal = page.cards[0].id
    if deal is not None:
        page.deal_actions.open_detail(deal)
        detail = page.deal_actions.detail
        detail.tabs.setCurrentWidget(detail.lines_editor)


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


def _cut_member(window: Any, page: Any) -> None:
    """Targets by product line ▸ Add member…"""
    from gui.targets.node_actions import add_member_dialog

    page.cut_combo.setCurrentIndex(page.cut_combo.findData("product_line"))
    _loaded(window, page)
    add_member_dialog(page)


def _snooze(_window: Any, page: Any) -> None:
    view = page.view
    model = view.model()
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        if model.rowCount(section):
            view.setCurrentIndex(model.index(0, 0, section))
            break
    page.actions_.snooze_pick()


def _today_payments(_window: Any, page: Any) -> None:
    """Today with the first payment reminder at the top (the day's follow-ups folded)."""
    from PySide6.QtWidgets import QAbstractItemView

    view, model = page.view, page.view.model()
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        for child in range(model.rowCount(section)):
            index = model.index(child, 0, section)
            reminder = model.reminder(index)
            if reminder is not None and reminder.kind.startswith("payment_"):
                for before in range(row):
                    view.collapse(model.index(before, 0))
                view.setCurrentIndex(index)
                view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                return


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


def _orders_contract(window: Any, page: Any, paid: bool | None = None) -> Any:
    """The Contracts tab with a signed contract selected (paid on or not, when asked)."""
    tab = page.show_tab(0)
    _loaded(window, page)
    rows = [r for r in tab.model.rows if not r.cancelled and r.planned == r.amount]
    if paid is not None:
        rows = [r for r in rows if (r.collected > 0) == paid] or rows
    if rows:
        tab.show_item("order", rows[0].id)
        _loaded(window, page)
    return tab


def _orders_plan(window: Any, page: Any) -> None:
    _orders_contract(window, page, paid=False).pane.plan_btn.click()


def _orders_payment(window: Any, page: Any) -> None:
    _orders_contract(window, page, paid=True).pane.record_payment()


def _orders_cancel(window: Any, page: Any) -> None:
    _orders_contract(window, page, paid=False).cancel_current()


def _orders_tab(index: int) -> Callable[[Any, Any], None]:
    """One of the Orders page's tabs, loaded (receivables, quotes, risk, after-sales)."""
    def act(window: Any, page: Any) -> None:
        page.show_tab(index)
        _loaded(window, page)
    return act


def _orders_compliance(window: Any, page: Any) -> None:
    _orders_contract(window, page, paid=False).open_checklist()


def _orders_status(window: Any, page: Any) -> None:
    _orders_contract(window, page, paid=True).open_order_status()


def _card_orders(window: Any, page: Any) -> None:
    """The card's Orders tab of a customer with money overdue (and quotes, when one has)."""
    from datetime import date

    from services.orders.quote_queries import list_quotes
    from services.orders.risk import risk_list

    store = window.ctx.store
    quoted = {q.customer_id for q in list_quotes(store, date.today())}
    late = [r.id for r in risk_list(store) if "overdue" in r.reasons]
    chosen = next((c for c in late if c in quoted), late[0] if late else None)
    if chosen is not None:
        page.show_item("customer", chosen)
        _loaded(window, page)
    page.card.tabs.setCurrentWidget(page.card.orders)
    _loaded(window, page.card.orders)
    view = page.card.orders.contracts_view
    if view.model().rowCount():
        view.selectRow(0)


def _card_change_log(window: Any, page: Any) -> None:
    """The card's Change Log… window for the customer changed last (its deals included)."""
    from services.team.audit import AuditFilter, audit_log

    logged = audit_log(window.ctx.store, AuditFilter(table="customers"), limit=1).rows
    if logged:
        page.show_item("customer", logged[0].record_id)
        _loaded(window, page)
    page.card.show_history()


def _richest_scheme(window: Any, page: Any) -> Any:
    """The Schemes tab on the newest version of the scheme with the most rules (the demo's
    reps' scheme).
    """
    tab = page.show_tab(0)
    _loaded(window, page)
    versions = [v for scheme in tab.model.schemes for v in scheme.versions[:1]]
    if versions:
        best = max(versions, key=lambda v: len(getattr(v, "document", "") or ""))
        tab.show_item("scheme_version", best.id)
        _loaded(window, page)
    return tab


def _scheme_rule(kind: str) -> Callable[[Any, Any], None]:
    """The Schemes tab with the reps' scheme open on its first rule of ``kind`` (commission,
    the monthly champion, the team award, the scorecard).
    """
    def act(window: Any, page: Any) -> None:
        tab = _richest_scheme(window, page)
        rules = tab.editor.rules
        row = next((n for n, r in enumerate(rules.model.rows) if r.kind == kind), -1)
        if row >= 0:
            rules.select(row)
    return act


def _scheme_published(window: Any, page: Any) -> None:
    """The Schemes tab on the reps' published scheme, on its commission rule: read-only,
    saying why.
    """
    _scheme_rule("commission")(window, page)


def _wait_tab(window: Any, tab: Any) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(600):
        QApplication.processEvents()
        if not tab.is_loading() and not getattr(tab, "is_checking", lambda: False)():
            return
        window.ctx.tasks.wait(100)


def _payout_run(window: Any, page: Any) -> None:
    """Payout runs: this month's run waiting for its review, the first person's statement with
    the records behind its first line.
    """
    tab = page.show_tab(1)
    _wait_tab(window, tab)
    if tab.people_model.rowCount():
        tab.people_view.selectRow(0)
        _wait_tab(window, tab)
        if tab.lines_model.rowCount():
            tab.lines_view.selectRow(0)


def _leaderboard(window: Any, page: Any) -> None:
    """The leaderboard of last month (a whole month) on the signed amount."""
    from services.core import periods as P
    from services.incentives.engine import previous_period

    tab = page.show_tab(2)
    _wait_tab(window, tab)
    from datetime import date

    today = date.today()
    tab.set_period(previous_period(P.month_key(today.year, today.month)))
    _wait_tab(window, tab)


def _my_commission(window: Any, page: Any) -> None:
    """My commission of the rep who owns the most contracts (as if it were their computer)."""
    from services.incentives.my_standing import busiest_rep

    rep = busiest_rep(window.ctx.store)
    if rep is not None:
        window.set_current_person(rep)
    tab = page.show_tab(3)
    _wait_tab(window, tab)


def _dashboard_chart(name: str) -> Callable[[Any, Any], None]:
    """The dashboard with one of its charts on screen (drawn)."""
    def act(window: Any, page: Any) -> None:
        from gui.dashboard.dashboard_tab import CHARTS

        tab = page.show_tab(0)
        tab.charts.setCurrentIndex([n for n, _d in CHARTS].index(name))
        _wait_tab(window, tab)
    return act


def _dashboard_scorecards(window: Any, page: Any) -> None:
    """The demo's monthly scorecards: this month, every rep's score so far and its band."""
    tab = page.show_tab(0)
    tab.grain.setCurrentIndex(tab.grain.findData("month"))
    _dashboard_chart("scorecards")(window, page)


def _dashboard_records(window: Any, page: Any) -> None:
    """The records behind the company's bullet (this quarter's won deals)."""
    _dashboard_chart("targets")(window, page)
    tab = page.tab(0)
    refs = [ref for _artist, refs in tab.views["targets"].hits for ref in refs]
    if refs:
        tab.open_records(refs[0])
        _wait_tab(window, tab.records_dialog)


def _review(window: Any, page: Any) -> None:
    """Reviews: this quarter's pack for the first region, its findings on screen."""
    tab = page.show_tab(1)
    _wait_tab(window, tab)
    if tab.unit.count() > 1:
        tab.unit.setCurrentIndex(1)
        _wait_tab(window, tab)


def _review_chart(window: Any, page: Any) -> None:
    """Reviews: the same pack on its causes, the waterfall from the target to the actual."""
    _review(window, page)
    tab = page.tab(1)
    tab.tabs.setCurrentWidget(tab.sections["causes"].page)
    _wait_tab(window, tab)


SCENES: tuple[Scene, ...] = (
    Scene("snooze", "today", _snooze),
    Scene("payments", "today", _today_payments),
    Scene("card_contacts", "customers", _card_tab(1)),
    Scene("card_followups", "customers", _card_tab(2)),
    Scene("card_deals", "customers", _card_tab(3)),
    Scene("card_orders", "customers", _card_orders),
    Scene("card_change_log", "customers", _card_change_log),
    Scene("new_customer", "customers", _new_record),
    Scene("followup", "customers", _followup),
    Scene("export", "customers", _export_customers),
    Scene("list", "pipeline", _pipeline_view("list")),
    Scene("forecast", "pipeline", _pipeline_view("forecast")),
    Scene("deal", "pipeline", _deal_detail),
    Scene("deal_products", "pipeline", _deal_products),
    Scene("deal_change_log", "pipeline", _deal_change_log),
    Scene("deal_split", "pipeline", _deal_split),
    Scene("split_credit", "pipeline", _split_credit),
    Scene("adjustment", "targets", _target_adjustment),
    Scene("cut_product_line", "targets", _target_cut("product_line")),
    Scene("cut_channel", "targets", _target_cut("channel")),
    Scene("year_expanded", "targets", _target_year),
    Scene("growth", "targets", _target_growth),
    Scene("cut_member", "targets", _cut_member),
    Scene("funnel", "plans", _tab("tabs", 1)),
    Scene("timeline", "plans", _tab("tabs", 2)),
    Scene("export", "plans", _export_plan),
    Scene("receivables", "orders", _orders_tab(1)),
    Scene("quotes", "orders", _orders_tab(2)),
    Scene("risk", "orders", _orders_tab(3)),
    Scene("tickets", "orders", _orders_tab(4)),
    Scene("compliance", "orders", _orders_compliance),
    Scene("order_status", "orders", _orders_status),
    Scene("new_contract", "orders", _new_record),
    Scene("plan", "orders", _orders_plan),
    Scene("payment", "orders", _orders_payment),
    Scene("cancel", "orders", _orders_cancel),
    Scene("scheme_ranking", "incentives", _scheme_rule("ranking")),
    Scene("scheme_team_award", "incentives", _scheme_rule("team_award")),
    Scene("scheme_scorecard", "incentives", _scheme_rule("scorecard")),
    Scene("scheme_published", "incentives", _scheme_published),
    Scene("runs_review", "incentives", _payout_run),
    Scene("leaderboard", "incentives", _leaderboard),
    Scene("my_commission", "incentives", _my_commission),
    Scene("trend", "dashboard", _dashboard_chart("trend")),
    Scene("funnel", "dashboard", _dashboard_chart("funnel")),
    Scene("aging", "dashboard", _dashboard_chart("aging")),
    Scene("scorecards", "dashboard", _dashboard_scorecards),
    Scene("records", "dashboard", _dashboard_records),
    Scene("review", "dashboard", _review),
    Scene("review_chart", "dashboard", _review_chart),
    Scene("backups", "settings", _settings_section("gui.settings.backups_section:BackupsSection")),
    Scene("pipelines", "settings",
          _settings_section("gui.pipeline.settings_section:PipelineSettingsSection")),
    Scene("customer_rules", "settings",
          _settings_section("gui.settings.customer_rules_section:CustomerRulesSection")),
    Scene("sales_plans", "settings",
          _settings_section("gui.plans.settings_section:PlanSettingsSection")),
    Scene("products", "settings",
          _settings_section("gui.products.settings_section:ProductsSection")),
    Scene("product", "settings", _product),
    Scene("new_product", "settings", _new_product),
    Scene("org_people", "settings", _settings_section("gui.org.org_section:OrgSection")),
    Scene("targets", "settings",
          _settings_section("gui.targets.settings_section:TargetSettingsSection")),
    Scene("person", "settings", _org_person),
    Scene("add_unit", "settings", _org_add_unit),
    Scene("merge_unit", "settings", _org_merge),
    Scene("leaving", "settings", _org_leaving),
    Scene("payment_reminders", "settings",
          _settings_section("gui.orders.reminder_settings:PaymentReminderSection")),
    Scene("incentives", "settings",
          _settings_section("gui.incentives.settings_section:IncentiveSettingsSection")),
    Scene("audit_log", "settings", _audit_log),
    Scene("about", "settings", _about),
)


def sample_import_file(kind: str = "customers") -> Path:
    """A small CSV of ``kind`` for the import wizard's pages (in a temporary folder)."""
    name, text = SAMPLE_FILES[kind]
    folder = Path(tempfile.mkdtemp(prefix="sailplan-shots-import-"))
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
