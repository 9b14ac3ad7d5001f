"""The review pack as HTML for a ``QTextDocument`` (the PDF is laid out by Qt:
``gui.dashboard.review_pdf``), from the same tables as the workbook. User text is escaped;
the chart is ``<img src="chart.png">``, a resource the PDF writer adds from
:func:`services.reviews.chart.waterfall_png`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from services.reviews.labels import title, word
from services.reviews.pack import ReviewPack
from services.reviews.tables import Table, pack_tables

CHART_URL = "chart.png"
STYLE = """
body { font-size: 9pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 12pt; margin-bottom: 4pt; color: #1F4E79; }
p.meta { color: #555555; margin: 0; }
table { border-collapse: collapse; }
th { background-color: #DDEBF7; font-weight: bold; padding: 3px; }
td { padding: 3px; }
td.num { text-align: right; white-space: nowrap; }
td.nw { white-space: nowrap; }
"""


def cell_text(kind: str, value: Any) -> str:
    """A cell as text: ¥ with separators, 61.0%, +3.5, 2026-09-20."""
    if value is None or value == "":
        return ""
    if kind == "money":
        if isinstance(value, int):
            return f"{value:,}"
        amount = Decimal(value)
        sign = "-" if amount < 0 else ""
        whole = abs(amount) >= 1000 or amount % 1 == 0
        shown = f"{abs(amount):,.0f}" if whole else f"{abs(amount):,.2f}"
        return f"{sign}¥{shown}"
    if kind == "pct":
        return f"{float(value) * 100:.1f}%"
    if kind == "points":
        return f"{float(value):+.1f}"
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "int":
        return f"{value:,}"
    return str(value)


def _table(t: Table) -> str:
    out = [f"<h2>{escape(t.title)}</h2>"]
    if not t.rows:
        out.append(f"<p>{escape(t.note)}</p>")
        return "".join(out)
    out.append('<table border="1" cellspacing="0" width="100%">')
    out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in t.headers) + "</tr>")
    for row in t.rows:
        cells = []
        for kind, v in zip(t.kinds, row, strict=True):
            css = {"text": "", "date": ' class="nw"'}.get(kind, ' class="num"')
            cells.append(f"<td{css}>{escape(cell_text(kind, v))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def review_html(pack: ReviewPack, english: bool = False, *, with_chart: bool = True) -> str:
    """The pack as an HTML document (see the module docstring)."""
    s = pack.scope
    last = pack.last_review
    parts = [f"<html><head><style>{STYLE}</style></head><body>",
             f"<h1>{escape(title(s.grain, s.period, s.unit_name, english))}</h1>",
             f'<p class="meta">{escape(word("as_of", english))} {s.as_of.isoformat()} · '
             f'{escape(word("last_review", english))}: '
             f'{last.as_of.isoformat() if last else escape(word("none", english))}</p>']
    tables = pack_tables(pack, english)
    for t in tables:
        parts.append(_table(t))
        if t.key == "causes" and with_chart:
            parts.append(f'<p><img src="{CHART_URL}" width="560"></p>')
    r = pack.this_review
    for key, text in (("notes", r.notes if r else ""), ("decisions", r.decisions if r else "")):
        if text:
            body = escape(text).replace("\n", "<br>")
            parts.append(f"<h2>{escape(word(key, english))}</h2><p>{body}</p>")
    parts.append("</body></html>")
    return "".join(parts)
