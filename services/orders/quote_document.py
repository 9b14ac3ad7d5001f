"""A quote as the customer reads it (报价单): HTML in Chinese, with the firm's name.

:func:`quote_html` gives the page the window prints or saves as PDF
(``gui/orders/quote_pdf.py`` lays it out with Qt). The quote goes to a Chinese customer, so it
is worded in Chinese whatever the interface language: the firm's name (the root of the org
tree), the number and revision, the customer, the dates, every line (product or text, unit,
quantity, unit price before tax, discount, tax rate, amount before tax, tax), the totals exactly
as stored (合计 = 金额 + 税额) and the notes. Escaped: names typed by users may hold ``<``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape

from services.core.store import Store
from services.orders import quote_rules as QR
from services.orders.quote_queries import QuoteDetail, quote_detail
from services.org.people import firm_name


def _money(value: Decimal) -> str:
    return f"¥{value:,.2f}"


def _qty(value: Decimal) -> str:
    text = f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"
    return text or "0"


def _pct(bp: int) -> str:
    return f"{bp / 100:g}%"


def quote_html(store: Store, quote_id: str, today: date) -> str:
    """The printed quote (see the module docstring)."""
    detail = quote_detail(store, quote_id, today)
    return render_html(detail, firm_name(store) or "")


def render_html(detail: QuoteDetail, firm: str) -> str:
    """The HTML of ``detail`` headed by ``firm``."""
    q = detail.quote
    number = q.number if q.revision <= 1 else f"{q.number}（第 {q.revision} 版）"
    rows = []
    for i, ln in enumerate(detail.lines, 1):
        rows.append(
            "<tr>"
            f"<td align='center'>{i}</td><td>{escape(ln.description)}</td>"
            f"<td align='center'>{escape(ln.measure_unit or '')}</td>"
            f"<td align='right'>{_qty(ln.quantity)}</td>"
            f"<td align='right'>{_money(ln.unit_price)}</td>"
            f"<td align='right'>{_pct(ln.discount_bp) if ln.discount_bp else ''}</td>"
            f"<td align='right'>{_pct(ln.tax_rate_bp)}</td>"
            f"<td align='right'>{_money(ln.net)}</td>"
            f"<td align='right'>{_money(ln.tax)}</td></tr>")
    heads = "".join(f"<th>{h}</th>" for h in (
        "序号", "产品/服务", "单位", "数量", "单价（不含税）", "折扣", "税率", "金额（不含税）",
        "税额"))
    totals = "".join(
        f"<tr><td align='right'>{label}</td><td align='right' width='30%'>{value}</td></tr>"
        for label, value in (
            ("原价合计（不含税）", _money(q.subtotal)),
            ("折扣", "−" + _money(q.discount) if q.discount else _money(Decimal(0))),
            ("金额（不含税）", _money(q.subtotal - q.discount)),
            ("税额", _money(q.tax)),
            ("<b>报价总计（含税）</b>", f"<b>{_money(q.total)}</b>")))
    facts = [("报价编号", number), ("客户", q.customer_name),
             ("报价日期", q.issued_on.isoformat()),
             ("有效期至", q.valid_until.isoformat())]
    if q.deal_name:
        facts.append(("商机", q.deal_name))
    if q.owner_name:
        facts.append(("负责人", q.owner_name))
    fact_rows = "".join(f"<tr><td width='18%'><b>{k}</b></td><td>{escape(v)}</td></tr>"
                        for k, v in facts)
    notes = (f"<p><b>备注：</b>{escape(q.notes)}</p>" if q.notes else "")
    return (
        "<html><head><meta charset='utf-8'><style>"
        "body { font-size: 10pt; } h1 { font-size: 18pt; margin: 0; } "
        "h2 { font-size: 14pt; margin-top: 4pt; } "
        "table.lines { border-collapse: collapse; } "
        "table.lines th { background-color: #e8eef5; border: 1px solid #999; padding: 3px; } "
        "table.lines td { border: 1px solid #999; padding: 3px; } "
        "</style></head><body>"
        f"<h1 align='center'>{escape(firm)}</h1>"
        f"<h2 align='center'>报价单</h2>"
        f"<table width='100%' cellpadding='2'>{fact_rows}</table><br/>"
        f"<table class='lines' width='100%' cellspacing='0'><tr>{heads}</tr>"
        f"{''.join(rows)}</table><br/>"
        f"<table width='100%' cellpadding='2'>{totals}</table>"
        f"{notes}"
        f"<p>本报价有效期至 {q.valid_until.isoformat()}，价格以人民币计，"
        f"单价不含税，税额按各行税率另计。</p>"
        f"<p align='right'>{escape(firm)}　{q.issued_on.isoformat()}</p>"
        f"<p align='right'><small>{escape(QR.display_number(q.number, q.revision))}"
        "</small></p>"
        "</body></html>")
