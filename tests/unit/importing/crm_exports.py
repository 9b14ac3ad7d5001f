"""Deal exports shaped like those of the CRMs users leave for Sailplan (built here, not copied).

Each :class:`CrmExport` has the documented column names of that CRM's deal/opportunity export
(English or Chinese headers), a few rows in its own vocabulary (stage names, won/lost status
columns, ids) and what Sailplan should make of every row: the deal's name (made from customer,
product and month where the export has no name column), customer, owner, amount and whether it
is open, won or lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.unit.importing_fixtures import write_csv, write_xlsx


@dataclass(frozen=True)
class Expected:
    """What one row becomes."""

    external_id: str
    name: str
    customer: str
    owner: str
    amount: Decimal
    kind: str  # open / won / lost
    stage: str | None = None  # the stage's name, where it is not a default one


@dataclass
class CrmExport:
    """One CRM's deal export."""

    crm: str
    headers: list[str]
    rows: list[list[Any]]
    expected: list[Expected]
    suffix: str = ".csv"
    encoding: str = "utf-8-sig"
    pipeline: str | None = None  # a pipeline the import creates
    notes: dict[str, str] = field(default_factory=dict)

    def write(self, folder: Path, rows: list[list[Any]] | None = None,
              name: str | None = None) -> Path:
        """The file (``rows`` instead of the export's own, e.g. a later export)."""
        path = folder / f"{name or self.crm}{self.suffix}"
        table = [self.headers, *(self.rows if rows is None else rows)]
        if self.suffix == ".xlsx":
            return write_xlsx(path, table)
        return write_csv(path, table, encoding=self.encoding)

    def column(self, header: str) -> int:
        """Index of a column by its header."""
        return self.headers.index(header)


def _d(text: str) -> Decimal:
    return Decimal(text).quantize(Decimal("0.01"))


def salesforce() -> CrmExport:
    """Salesforce opportunity report (Details only), CSV."""
    return CrmExport(
        "salesforce",
        ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Fiscal Period",
         "Amount", "Probability (%)", "Age", "Close Date", "Created Date", "Next Step",
         "Lead Source", "Type", "Opportunity ID", "Account ID"],
        [["Ada Park", "Acme Corp", "Acme - 200 licences", "Negotiation/Review", "Q2-2026",
          "$24,000.00", "90", "41", "2026-05-30", "2026-03-01", "Send contract", "Web",
          "New Business", "0065g00000AbCdE", "0015g00000XyZ01"],
         ["Ada Park", "Acme Corp", "Acme - renewal", "Closed Won", "Q1-2026", "$8,000.00", "100",
          "12", "2026-02-15", "2026-02-01", "", "Partner", "Existing Business",
          "0065g00000AbCdF", "0015g00000XyZ01"],
         ["Ben Ortiz", "Globex", "Globex - pilot", "Closed Lost", "Q1-2026", "$3,500.00", "0",
          "30", "2026-01-20", "2025-12-20", "", "Trade Show", "New Business",
          "0065g00000AbCdG", "0015g00000XyZ02"],
         ["Ben Ortiz", "Initech", "Initech - expansion", "Prospecting", "Q3-2026", "12000",
          "10", "3", "2026-08-01", "2026-04-20", "Discovery call", "Web", "New Business",
          "0065g00000AbCdH", "0015g00000XyZ03"]],
        [Expected("0065g00000AbCdE", "Acme - 200 licences", "Acme Corp", "Ada Park",
                  _d("24000"), "open", "商务谈判"),
         Expected("0065g00000AbCdF", "Acme - renewal", "Acme Corp", "Ada Park", _d("8000"),
                  "won"),
         Expected("0065g00000AbCdG", "Globex - pilot", "Globex", "Ben Ortiz", _d("3500"),
                  "lost"),
         Expected("0065g00000AbCdH", "Initech - expansion", "Initech", "Ben Ortiz",
                  _d("12000"), "open", "线索")])


def hubspot() -> CrmExport:
    """HubSpot deals export, .xlsx (Record ID, Deal Name, Deal Stage, Pipeline …)."""
    return CrmExport(
        "hubspot",
        ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner",
         "Pipeline", "Create Date", "Associated Company", "Associated Company IDs",
         "Deal Type", "Last Activity Date"],
        [[11001, "Northwind onboarding", "Appointment Scheduled", 5000, "2026-06-30 00:00",
          "Chloe Wu", "Sales Pipeline", "2026-04-02 09:12", "Northwind", 5501,
          "newbusiness", "2026-04-10 15:00"],
         [11002, "Contoso upgrade", "Closed Won", 15000.5, "2026-03-31 00:00", "Chloe Wu",
          "Sales Pipeline", "2026-01-15 10:00", "Contoso", 5502, "existingbusiness", ""],
         [11003, "Fabrikam trial", "Closed Lost", 2000, "2026-02-28 00:00", "Dan Lee",
          "Sales Pipeline", "2026-01-20 11:30", "Fabrikam", 5503, "newbusiness", ""]],
        [Expected("11001", "Northwind onboarding", "Northwind", "Chloe Wu", _d("5000"), "open",
                  "Appointment Scheduled"),
         Expected("11002", "Contoso upgrade", "Contoso", "Chloe Wu", _d("15000.50"), "won"),
         Expected("11003", "Fabrikam trial", "Fabrikam", "Dan Lee", _d("2000"), "lost")],
        suffix=".xlsx", pipeline="Sales Pipeline")


def pipedrive() -> CrmExport:
    """Pipedrive deals export, CSV: every header prefixed "Deal - ", won/lost in Deal - Status
    while Deal - Stage keeps the last open stage.
    """
    return CrmExport(
        "pipedrive",
        ["Deal - ID", "Deal - Title", "Deal - Organization", "Deal - Value", "Deal - Currency",
         "Deal - Stage", "Deal - Status", "Deal - Owner", "Deal - Pipeline",
         "Deal - Expected close date", "Deal - Won time", "Deal - Lost reason",
         "Deal - Deal created"],
        [["501", "Umbrella deal", "Umbrella Co", "7800", "CNY", "Proposal Made", "open",
          "Eve Sun", "Pipeline", "2026-07-15", "", "", "2026-05-02 08:00:00"],
         ["502", "Stark deal", "Stark Industries", "42000", "CNY", "Negotiations Started",
          "won", "Eve Sun", "Pipeline", "2026-04-30", "2026-04-28 16:20:00", "",
          "2026-02-10 09:00:00"],
         ["503", "Wayne deal", "Wayne Enterprises", "9900", "CNY", "Contact Made", "lost",
          "Finn Ma", "Pipeline", "2026-03-31", "", "Price too high", "2026-01-05 14:00:00"]],
        [Expected("501", "Umbrella deal", "Umbrella Co", "Eve Sun", _d("7800"), "open",
                  "Proposal Made"),
         Expected("502", "Stark deal", "Stark Industries", "Eve Sun", _d("42000"), "won"),
         Expected("503", "Wayne deal", "Wayne Enterprises", "Finn Ma", _d("9900"), "lost")],
        pipeline="Pipeline")


def zoho() -> CrmExport:
    """Zoho CRM deals export, .xlsx (Record Id, Deal Owner, Closing Date, Probability (%)…)."""
    return CrmExport(
        "zoho",
        ["Record Id", "Deal Owner", "Deal Name", "Amount", "Stage", "Closing Date",
         "Account Name", "Contact Name", "Probability (%)", "Expected Revenue", "Lead Source",
         "Type", "Created Time", "Description"],
        [["zcrm_4876000000123001", "Gina Xu", "Benton - CRM rollout", 18000,
          "Needs Analysis", "2026-09-30", "Benton", "John Butt", 20, 3600, "Advertisement",
          "New Business", "2026-05-20 10:11:12", "Two sites"],
         ["zcrm_4876000000123002", "Gina Xu", "Chanay - support", 6000, "Closed Won",
          "2026-04-15", "Chanay", "Josephine Darakjy", 100, 6000, "Cold Call",
          "Existing Business", "2026-03-01 09:00:00", ""],
         ["zcrm_4876000000123003", "Hugo Lin", "Chemel - audit", 4000,
          "Closed Lost to Competition", "2026-03-20", "Chemel", "Art Venere", 0, 0,
          "Employee Referral", "New Business", "2026-02-01 09:00:00", ""]],
        [Expected("zcrm_4876000000123001", "Benton - CRM rollout", "Benton", "Gina Xu",
                  _d("18000"), "open", "需求确认"),
         Expected("zcrm_4876000000123002", "Chanay - support", "Chanay", "Gina Xu", _d("6000"),
                  "won"),
         Expected("zcrm_4876000000123003", "Chemel - audit", "Chemel", "Hugo Lin", _d("4000"),
                  "lost")],
        suffix=".xlsx")


def fxiaoke() -> CrmExport:
    """纷享销客 商机 export, .xlsx, Chinese headers and its own stage names."""
    return CrmExport(
        "fxiaoke",
        ["商机编号", "商机名称", "客户名称", "销售流程", "销售阶段", "商机金额", "预计成交日期",
         "负责人", "商机来源", "创建时间", "备注"],
        [["SJ20260001", "杭州云帆-ERP实施", "杭州云帆科技有限公司", "大客户流程", "需求确定",
          "12.5万", "2026-06-30", "王磊", "官网", "2026-03-02 10:00", ""],
         ["SJ20260002", "宁波海诚-年度维保", "宁波海诚贸易有限公司", "大客户流程", "赢单",
          "36,000.00", "2026-03-15", "王磊", "老客户介绍", "2026-01-10 09:30", "已回款"],
         ["SJ20260003", "苏州恒达-试用", "苏州恒达精密机械", "大客户流程", "输单", "8000",
          "2026-02-20", "刘芳", "展会", "2026-01-05 14:00", ""]],
        [Expected("SJ20260001", "杭州云帆-ERP实施", "杭州云帆科技有限公司", "王磊",
                  _d("125000"), "open", "需求确定"),
         Expected("SJ20260002", "宁波海诚-年度维保", "宁波海诚贸易有限公司", "王磊", _d("36000"),
                  "won"),
         Expected("SJ20260003", "苏州恒达-试用", "苏州恒达精密机械", "刘芳", _d("8000"), "lost")],
        suffix=".xlsx", pipeline="大客户流程")


_QIMING = "上海启明软件有限公司"


def xiaoshouyi() -> CrmExport:
    """销售易 商机 export without a name column, a GBK CSV (as Excel on Chinese Windows saves)."""
    return CrmExport(
        "xiaoshouyi",
        ["商机ID", "客户名称", "产品", "销售阶段", "商机金额", "结单日期", "负责人", "创建日期"],
        [["1024001", "上海启明软件有限公司", "协同办公套件", "方案/报价", "5.6万", "2026/7/31",
          "陈晨", "2026/4/1"],
         ["1024002", "上海启明软件有限公司", "协同办公套件", "赢单", "3万", "2026/3/31", "陈晨",
          "2026/1/12"],
         ["1024003", "北京博远咨询", "数据分析平台", "输单", "20000", "2026/2/28", "周宇",
          "2026/1/3"]],
        [Expected("1024001", f"{_QIMING} · 协同办公套件 · 2026-07", _QIMING, "陈晨",
                  _d("56000"), "open", "方案报价"),
         Expected("1024002", f"{_QIMING} · 协同办公套件 · 2026-03", _QIMING, "陈晨",
                  _d("30000"), "won"),
         Expected("1024003", "北京博远咨询 · 数据分析平台 · 2026-02", "北京博远咨询", "周宇",
                  _d("20000"), "lost")],
        encoding="gbk")


def sales_opportunities() -> CrmExport:
    """An opportunities table with an id, a sales agent, an account and a close value, and no
    name column (the shape of many English CRM exports and sample data sets).
    """
    return CrmExport(
        "opportunities",
        ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date",
         "close_date", "close_value"],
        [["1C1I7A6R", "Moses Frase", "GTX Plus Basic", "Cancity", "Won", "2016-10-20",
          "2017-03-01", "1054"],
         ["Z063OYW0", "Darcel Schlecht", "GTXPro", "Isdom", "Won", "2016-10-25", "2017-03-11",
          "4514"],
         ["EC4QE1BX", "Darcel Schlecht", "MG Special", "Cancity", "Engaging", "2016-10-25", "",
          ""],
         ["MV1LWRNH", "Moses Frase", "GTX Basic", "Codehow", "Lost", "2016-10-25", "2017-03-07",
          "0"]],
        [Expected("1C1I7A6R", "Cancity · GTX Plus Basic · 2017-03", "Cancity", "Moses Frase",
                  _d("1054"), "won"),
         Expected("Z063OYW0", "Isdom · GTXPro · 2017-03", "Isdom", "Darcel Schlecht",
                  _d("4514"), "won"),
         Expected("EC4QE1BX", "Cancity · MG Special · 2016-10", "Cancity", "Darcel Schlecht",
                  _d("0"), "open", "Engaging"),
         Expected("MV1LWRNH", "Codehow · GTX Basic · 2017-03", "Codehow", "Moses Frase",
                  _d("0"), "lost")])


ALL = (salesforce, hubspot, pipedrive, zoho, fxiaoke, xiaoshouyi, sales_opportunities)
