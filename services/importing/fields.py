"""The fields each import kind knows, their value types and their header synonyms.

Synonyms are compared after :func:`header_key` (NFKC, lower case, no spaces/punctuation, and a
trailing unit in brackets such as ``(元)`` removed), so ``预计金额（元）`` and ``Amount`` both map.
The first synonym of a field is the Chinese header the export writes; ``label`` is the English
one. Exported headers therefore always map back to the same field (round trip).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

KINDS = ("customers", "contacts", "followups", "deals", "products", "people", "receivables")


@dataclass(frozen=True)
class FieldSpec:
    """One importable field: key, English label, value type, synonyms (first = export header)."""

    key: str
    label: str
    type: str  # text, phone, email, date, datetime, amount, tier, owner, customer, stage,
    #            method, bool, tags, percent, pipeline, role, capacity, person (a manager),
    #            instalment (期次), pay_method (回款方式), invoiced (开票), flag
    synonyms: tuple[str, ...]
    required: bool = False
    max_len: int = 300
    keep_space: bool = False  # free text: leading/trailing spaces, tabs and CRs are data
    strict: bool = False  # optional, but a cell that cannot be read rejects the row (a price)

    @property
    def header_zh(self) -> str:
        """The Chinese header Sailplan's export writes for this field."""
        return self.synonyms[0]


def _f(key: str, label: str, type_: str, syn: str, required: bool = False,
       max_len: int = 300, strict: bool = False) -> FieldSpec:
    return FieldSpec(key, label, type_, tuple(syn.split("|")), required, max_len,
                     keep_space=key in FREE_TEXT, strict=strict)


#: Free-text fields: their leading and trailing whitespace is kept as the user wrote it.
FREE_TEXT = frozenset({"notes", "content", "next_step"})


_CUSTOMER_REF = "客户名称|客户|公司名称|单位名称|客户全称|customer|customer name|account|" \
                "account name|company|company name|organization|organization name|" \
                "deal organization|associated company"
_OWNER = "负责人|销售|业务员|销售负责人|跟进人|客户经理|所属销售|销售人员|负责人姓名|owner|" \
         "sales agent|sales_agent|salesperson|sales rep|rep|deal owner|opportunity owner|" \
         "account owner|company owner|contact owner|assigned to|owner name"

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "customers": (
        _f("name", "Customer name", "text",
           "客户名称|公司名称|单位名称|客户全称|企业名称|客户|公司|名称|account|account name|"
           "company|company name|customer|customer name|name", True),
        _f("phone", "Phone", "phone", "电话|手机|联系电话|手机号|手机号码|电话号码|座机|联系方式|"
           "phone|mobile|tel|telephone|phone number", max_len=100),
        _f("email", "Email", "email", "邮箱|电子邮件|电子邮箱|邮件|email|e-mail|mail", max_len=200),
        _f("contact", "Contact", "text", "联系人|联系人姓名|对接人|contact|contact name|"
           "contact person", max_len=100),
        _f("contact_title", "Contact title", "text", "职务|联系人职务|职位|title|job title",
           max_len=100),
        _f("contact_phone", "Contact phone", "phone", "联系人电话|联系人手机|contact phone|"
           "contact mobile", max_len=100),
        _f("industry", "Industry", "text", "行业|所属行业|industry|sector", max_len=100),
        _f("region", "Region", "text", "地区|区域|城市|所在地区|所在城市|省市|region|location|city|"
           "area", max_len=100),
        _f("address", "Address", "text", "地址|详细地址|公司地址|address", max_len=500),
        _f("source", "Source", "text", "来源|客户来源|线索来源|source|lead source", max_len=100),
        _f("owner", "Owner", "owner", _OWNER, max_len=100),
        _f("tier", "Tier", "tier", "客户分层|客户等级|分层|等级|客户分级|分级|客户级别|级别|"
           "tier|level|grade|class", max_len=20),
        _f("tier_manual", "Tier set by hand", "bool", "分层手动指定|等级手动|手动等级|等级手动指定|"
           "tier manual|tier set by hand", max_len=10),
        _f("tags", "Tags", "tags", "标签|客户标签|tags|tag|labels", max_len=2000),
        _f("credit_limit", "Credit limit", "amount", "信用额度|授信额度|额度|credit limit|credit"),
        _f("cooperation_since", "Customer since", "date", "合作开始日期|合作开始|首次合作|"
           "合作时间|customer since|cooperation since"),
        _f("last_followup", "Last follow-up", "datetime", "最近跟进时间|最近跟进|最后跟进时间|"
           "上次跟进|最近联系时间|last follow-up|last followup|last contact|last contacted"),
        _f("next_followup", "Next follow-up", "date", "下次跟进日期|下次跟进|计划跟进|"
           "next follow-up|next followup"),
        _f("website", "Website", "text", "网址|网站|官网|website|web|url"),
        _f("notes", "Notes", "text", "备注|说明|备注信息|notes|note|remarks|comment|comments",
           max_len=32767),
        _f("external_id", "Customer ID", "text", "客户编号|客户ID|外部编号|customer id|"
           "account id|company id|organization id|record id|id|external id", max_len=100),
    ),
    "contacts": (
        _f("customer", "Customer", "customer", _CUSTOMER_REF, True),
        _f("name", "Contact name", "text", "联系人|姓名|联系人姓名|对接人|contact|contact name|"
           "name|full name", True, 100),
        _f("title", "Title", "text", "职务|职位|title|job title|position", max_len=100),
        _f("phone", "Phone", "phone", "电话|手机|联系电话|手机号|手机号码|phone|mobile|tel",
           max_len=100),
        _f("wechat", "WeChat", "text", "微信|微信号|wechat|weixin", max_len=100),
        _f("email", "Email", "email", "邮箱|电子邮件|邮件|email|e-mail", max_len=200),
        _f("is_primary", "Primary contact", "bool", "主要联系人|首要联系人|是否主要联系人|primary|"
           "primary contact|is primary", max_len=10),
        _f("notes", "Notes", "text", "备注|说明|notes|note|remarks", max_len=32767),
    ),
    "followups": (
        _f("customer", "Customer", "customer", _CUSTOMER_REF, True),
        _f("at", "Date", "datetime", "跟进时间|跟进日期|日期|时间|拜访日期|date|time|when|"
           "follow-up date", True),
        _f("method", "Method", "method", "跟进方式|方式|联系方式|类型|method|type|channel",
           True, 20),
        _f("content", "Content", "text", "跟进内容|内容|沟通内容|记录|详情|content|summary|notes|"
           "details", True, 20000),
        _f("next_step", "Next step", "text", "下一步|下一步计划|后续计划|next step|next action",
           max_len=32767),
        _f("next_on", "Next date", "date", "下次跟进日期|下次跟进|下次日期|next date|"
           "next follow-up"),
        _f("owner", "Owner", "owner", "跟进人|" + _OWNER, max_len=100),
        # Sailplan's follow-up export names the customer and the deal by id too (namesakes).
        _f("customer_external_id", "Customer ID", "text", "客户编号|客户ID|customer id|"
           "account id|company id", max_len=100),
        _f("deal_external_id", "Deal ID", "text", "商机编号|商机ID|deal id|opportunity id",
           max_len=100),
    ),
    "deals": (
        # Not required: a file without a deal name gets names made from its customer, product
        # and date (services.importing.deal_plan).
        _f("name", "Deal name", "text", "商机名称|商机|机会名称|项目名称|deal|deal name|"
           "opportunity|opportunity name|name|deal title|title"),
        _f("customer", "Customer", "customer", _CUSTOMER_REF, True),
        _f("owner", "Owner", "owner", _OWNER, max_len=100),
        _f("pipeline", "Pipeline", "pipeline", "销售流程|流程|管道|商机流程|pipeline|"
           "deal pipeline|pipeline name", max_len=100),
        _f("stage", "Stage", "stage", "阶段|商机阶段|销售阶段|阶段名称|stage|deal stage|status|"
           "stage name|stagename", True, 100),
        _f("amount", "Amount", "amount", "金额|预计金额|商机金额|预估金额|合同金额|销售金额|"
           "amount|value|deal value|expected amount|close value|opportunity amount|deal amount"),
        _f("probability", "Probability %", "percent", "赢率|成交概率|概率|赢率%|赢单率|"
           "probability|win rate|deal probability|probability%", max_len=10),
        _f("expected_close", "Expected close", "date", "预计成交日期|预计签约日期|预计成交|"
           "预计关闭日期|预计结单日期|结单日期|预计签单日期|expected close|close date|"
           "expected close date|closing date|closedate|deal expected close date"),
        _f("closed_on", "Closed on", "date", "成交日期|关闭日期|结束日期|签约日期|赢单日期|"
           "实际成交日期|closed on|closed date|won date|won time|deal won time|"
           "actual close date"),
        _f("won_amount", "Won amount", "amount", "赢单金额|成交金额|won amount"),
        _f("lost_reason", "Lost reason", "text", "输单原因|丢单原因|失败原因|lost reason|"
           "closed lost reason|deal lost reason", max_len=100),
        _f("created", "Created on", "date", "创建日期|创建时间|录入日期|created|created on|"
           "created date|create date|created time|deal created|deal deal created|engage date"),
        _f("source", "Source", "text", "来源|商机来源|source|lead source|deal source",
           max_len=100),
        _f("notes", "Notes", "text", "备注|说明|描述|notes|note|remarks|description",
           max_len=32767),
        _f("external_id", "Deal ID", "text", "商机编号|商机ID|机会编号|机会ID|外部编号|deal id|"
           "opportunity id|opportunityid|record id|id|external id", max_len=100),
        _f("customer_external_id", "Customer ID", "text", "客户编号|客户ID|customer id|"
           "account id|accountid|company id|organization id|deal organization id|"
           "associated company id|associated company ids", max_len=100),
        _f("product", "Product", "text", "产品|产品名称|product|product name|products",
           max_len=200),
        _f("status", "Won/lost", "text", "商机状态|赢输状态|deal status|outcome|won/lost",
           max_len=20),
    ),
    # A product catalogue: a price, tax rate or cost that cannot be read rejects the row (a
    # product imported with no price would be sold at 0). Matched by code, else by name.
    "products": (
        _f("code", "Product code", "text", "编码|产品编码|物料编码|编号|产品编号|货号|code|"
           "product code|sku|item code", max_len=50),
        _f("name", "Product name", "text", "名称|产品名称|品名|产品|name|product|product name|"
           "item|item name", True, 200),
        _f("line", "Product line", "text", "产品线|产品系列|系列|类别|产品类别|line|"
           "product line|category|family", max_len=100),
        _f("measure_unit", "Unit", "text", "单位|计量单位|unit|uom|unit of measure", max_len=20),
        _f("unit_price", "List price", "amount", "单价|标准价|标准单价|价格|售价|定价|list price|"
           "price|unit price", strict=True),
        _f("tax_rate", "Tax rate", "rate", "税率|增值税率|tax rate|tax|vat|vat rate",
           max_len=10, strict=True),
        _f("unit_cost", "Cost", "amount", "成本|单位成本|成本价|cost|unit cost", strict=True),
        _f("active", "Active", "flag", "启用|是否启用|在售|状态|active|enabled|on sale",
           max_len=10, strict=True),
    ),
    # People and their org units (services.importing.people_plan).
    "people": (
        _f("name", "Name", "text", "姓名|名字|员工姓名|人员|员工|name|full name|person|employee",
           True, 100),
        _f("phone", "Phone", "phone", "电话|手机|手机号|手机号码|联系电话|phone|mobile|tel|"
           "telephone", max_len=50),
        _f("email", "Email", "email", "邮箱|电子邮件|电子邮箱|邮件|email|e-mail|mail",
           max_len=200),
        _f("unit", "Org unit", "text", "部门|团队|组织|所属部门|所属团队|组织单元|组织架构|小组|"
           "unit|team|department|org unit|group", max_len=500),
        _f("role", "Role", "role", "角色|岗位|职位|职务|role|position|job title", max_len=50),
        _f("manager", "Manager", "person", "上级|直属上级|汇报对象|主管|经理|manager|reports to|"
           "supervisor", max_len=100),
        _f("capacity_tier", "Capacity tier", "capacity", "能力层级|层级|能力等级|能力|"
           "capacity tier|capacity|tier|level", max_len=20),
        _f("active_from", "Start date", "date", "入职日期|入职时间|入职|start date|started|"
           "hire date|joined|active from"),
        _f("active_to", "Left on", "date", "离职日期|离职时间|离职|left date|left on|left|"
           "end date|leave date|active to"),
    ),
    # A receivables ledger (应收台账): one row per invoice, contract or instalment
    # (services.importing.ledger_plan). The customer is required, but a contract's later rows
    # may leave it to the contract's first row (ledger_plan checks it after filling in).
    "receivables": (
        _f("number", "Contract number", "text", "合同编号|合同号|发票号|发票号码|单据编号|"
           "单号|contract number|contract no|contract|invoice number|invoice no|invoice|"
           "document number", max_len=50),
        _f("customer", "Customer", "customer", _CUSTOMER_REF),
        _f("owner", "Owner", "owner", _OWNER, max_len=100),
        _f("signed_on", "Sign date", "date", "签订日期|签约日期|合同日期|签订时间|sign date|"
           "signed on|contract date|date signed", strict=True),
        _f("invoiced_on", "Invoice date", "date", "开票日期|发票日期|开票时间|invoice date|"
           "invoiced on|billing date", strict=True),
        _f("invoiced", "Invoiced", "invoiced", "开票|开票状态|是否开票|已开票|invoiced|"
           "invoice status", max_len=20),
        _f("contract_amount", "Contract amount", "amount", "合同金额|合同总额|合同总金额|"
           "contract amount|contract value|contract total", strict=True),
        _f("instalment", "Instalment", "instalment", "期次|期数|款项|款项名称|回款期次|"
           "instalment|installment|milestone|payment term", max_len=60),
        _f("due_on", "Due date", "date", "到期日|应收日期|到期日期|应收款日期|约定回款日期|"
           "计划回款日期|due date|due on|due|payment due", strict=True),
        _f("amount", "Amount", "amount", "应收金额|金额|应收款|本期应收|发票金额|amount|"
           "amount due|invoice amount|receivable", True),
        _f("paid_on", "Paid date", "date", "回款日期|到账日期|收款日期|实收日期|付款日期|"
           "paid date|paid on|settled date|settled on|payment date|date paid", strict=True),
        _f("paid_amount", "Paid amount", "amount", "已回款金额|已回款|实收金额|回款金额|到账金额|"
           "已收金额|已收款|paid amount|paid|amount paid|received|settled amount", strict=True),
        _f("open_amount", "Open amount", "amount", "未回款金额|未收金额|未回款|未收款|"
           "应收余额|余额|open amount|outstanding|balance|amount open"),
        _f("method", "Payment method", "pay_method", "回款方式|付款方式|收款方式|"
           "payment method|method", max_len=20),
        _f("reference", "Reference", "text", "回款凭证|凭证号|流水号|银行流水号|付款凭证|"
           "reference|payment reference|transaction id", max_len=100),
        _f("disputed", "Disputed", "flag", "争议|是否争议|有争议|争议款|disputed|dispute|"
           "in dispute", max_len=10),
    ),
}

#: Fields a column must be mapped to although a cell of theirs may be empty (a ledger's
#: customer, written on a contract's first row only).
MAPPING_REQUIRED: dict[str, tuple[str, ...]] = {"receivables": ("customer",)}

#: The columns Sailplan's export writes, in order (each maps back to its field on import).
EXPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": ("name", "phone", "email", "contact", "contact_title", "contact_phone",
                  "industry", "region", "address", "source", "owner", "tier", "tier_manual",
                  "tags", "credit_limit", "cooperation_since", "last_followup", "next_followup",
                  "website", "notes", "external_id"),
    "deals": ("name", "customer", "owner", "pipeline", "stage", "amount", "probability",
              "expected_close", "closed_on", "won_amount", "lost_reason", "created", "source",
              "notes", "external_id", "customer_external_id"),
    "followups": ("customer", "at", "method", "content", "next_step", "next_on", "owner",
                  "customer_external_id", "deal_external_id"),
}

_UNIT_SUFFIX = re.compile(r"[(（\[【][^)）\]】]{0,8}[)）\]】]$")
_STRIP = re.compile(r"[\s_\-:：/\\.。,，*＊#]+")


def header_key(text: object) -> str:
    """Comparable form of a header cell (see module docstring)."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    s = _UNIT_SUFFIX.sub("", s)
    return _STRIP.sub("", s)


def fields_for(kind: str) -> tuple[FieldSpec, ...]:
    """The field specs of an import kind; raises ``KeyError`` for an unknown kind."""
    return FIELDS[kind]


def field_by_key(kind: str, key: str) -> FieldSpec:
    """One field spec of a kind."""
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec
    raise KeyError(key)


def synonym_index(kind: str) -> dict[str, str]:
    """header_key → field key for a kind (earlier fields win a shared synonym)."""
    out: dict[str, str] = {}
    for spec in FIELDS[kind]:
        for syn in (*spec.synonyms, spec.label, spec.key):
            out.setdefault(header_key(syn), spec.key)
    return out
