"""Texts for the target editor: metric and period labels, value display and parsing.

Money metrics are integer fen shown through :mod:`gui.common.formatting` and typed in yuan (in any
form the app's amount parser reads: ``300万``, ``¥1,200``); count metrics are whole numbers.
Parsing raises ``ValueError`` with a message the user can act on.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.common.error_texts import error_text
from gui.common.formatting import money_fen, percent
from gui.common.lazy_text import LazyText
from models.enums import METRIC_UNITS, MetricUnit
from services.core import periods as P
from services.core.amounts import AmountError, read_amount

_CTX = "TargetsText"

METRIC_LABELS: dict[str, str] = {
    "signed_amount": str(QT_TRANSLATE_NOOP("TargetsText", "Signed amount")),
    "collected_amount": str(QT_TRANSLATE_NOOP("TargetsText", "Collected amount")),
    "deal_count": str(QT_TRANSLATE_NOOP("TargetsText", "Deals won")),
    "new_customers": str(QT_TRANSLATE_NOOP("TargetsText", "New customers")),
    "followups": str(QT_TRANSLATE_NOOP("TargetsText", "Follow-ups")),
    "leads": str(QT_TRANSLATE_NOOP("TargetsText", "Leads")),
    "first_contacts": str(QT_TRANSLATE_NOOP("TargetsText", "First contacts")),
    "quotes": str(QT_TRANSLATE_NOOP("TargetsText", "Quotes")),
    "negotiations": str(QT_TRANSLATE_NOOP("TargetsText", "Negotiations")),
    "wins": str(QT_TRANSLATE_NOOP("TargetsText", "Wins")),
    "conversion_rate": str(QT_TRANSLATE_NOOP("TargetsText", "Conversion rate")),
    "repurchase_rate": str(QT_TRANSLATE_NOOP("TargetsText", "Repurchase rate")),
    "market_share": str(QT_TRANSLATE_NOOP("TargetsText", "Market share")),
    "collection_rate": str(QT_TRANSLATE_NOOP("TargetsText", "Collection rate")),
    "renewal_rate": str(QT_TRANSLATE_NOOP("TargetsText", "Renewal rate")),
    "new_product_share": str(QT_TRANSLATE_NOOP("TargetsText", "New-product share")),
}

KIND_LABELS: dict[str, str] = {
    "company": str(QT_TRANSLATE_NOOP("TargetsText", "Company")),
    "unit": str(QT_TRANSLATE_NOOP("TargetsText", "Unit")),
    "person": str(QT_TRANSLATE_NOOP("TargetsText", "Person")),
    "cut": str(QT_TRANSLATE_NOOP("TargetsText", "Cut member")),
}

# The trees of a plan: the org tree ("") and the cuts of the company total (services.targets.cuts)
CUT_LABELS: dict[str, str] = {
    "": str(QT_TRANSLATE_NOOP("TargetsText", "By org")),
    "product_line": str(QT_TRANSLATE_NOOP("TargetsText", "By product line")),
    "channel": str(QT_TRANSLATE_NOOP("TargetsText", "By channel")),
    "customer_tier": str(QT_TRANSLATE_NOOP("TargetsText", "By customer tier")),
}

# What a cut's member stands for, as the kind column names it
CUT_MEMBER_LABELS: dict[str, str] = {
    "product_line": str(QT_TRANSLATE_NOOP("TargetsText", "Product line")),
    "channel": str(QT_TRANSLATE_NOOP("TargetsText", "Channel")),
    "customer_tier": str(QT_TRANSLATE_NOOP("TargetsText", "Customer tier")),
}

RULE_LABELS: dict[str, str] = {
    "even": str(QT_TRANSLATE_NOOP("TargetsText", "Even split")),
    "last_year": str(QT_TRANSLATE_NOOP("TargetsText", "By last year's actuals")),
    "weights": str(QT_TRANSLATE_NOOP("TargetsText", "By weights")),
    "capacity": str(QT_TRANSLATE_NOOP("TargetsText", "By capacity tier")),
}

STATUS_LABELS: dict[str, str] = {
    "draft": str(QT_TRANSLATE_NOOP("TargetsText", "Draft")),
    "published": str(QT_TRANSLATE_NOOP("TargetsText", "Published")),
    "pending": str(QT_TRANSLATE_NOOP("TargetsText", "Pending")),
    "approved": str(QT_TRANSLATE_NOOP("TargetsText", "Approved")),
    "rejected": str(QT_TRANSLATE_NOOP("TargetsText", "Rejected")),
}

_MONTHS = (
    str(QT_TRANSLATE_NOOP("TargetsText", "Jan")), str(QT_TRANSLATE_NOOP("TargetsText", "Feb")),
    str(QT_TRANSLATE_NOOP("TargetsText", "Mar")), str(QT_TRANSLATE_NOOP("TargetsText", "Apr")),
    str(QT_TRANSLATE_NOOP("TargetsText", "May")), str(QT_TRANSLATE_NOOP("TargetsText", "Jun")),
    str(QT_TRANSLATE_NOOP("TargetsText", "Jul")), str(QT_TRANSLATE_NOOP("TargetsText", "Aug")),
    str(QT_TRANSLATE_NOOP("TargetsText", "Sep")), str(QT_TRANSLATE_NOOP("TargetsText", "Oct")),
    str(QT_TRANSLATE_NOOP("TargetsText", "Nov")), str(QT_TRANSLATE_NOOP("TargetsText", "Dec")),
)


translate = QCoreApplication.translate


def tr(text: str) -> str:
    """Translate in the editor's shared text context."""
    return QCoreApplication.translate(_CTX, text)


def label(table: dict[str, str], key: str) -> str:
    """The translated label of ``key`` in one of the tables above (the key itself if unknown)."""
    source = table.get(key)
    return tr(source) if source else key


def lazy_label(table: dict[str, str], key: str) -> LazyText | str:
    """:func:`label`, translated each time it is shown (an undo command's label)."""
    source = table.get(key)
    return LazyText(_CTX, source) if source else key


def is_money(metric: str) -> bool:
    """Whether the metric counts fen."""
    return METRIC_UNITS.get(metric) is MetricUnit.FEN


def is_rate(metric: str) -> bool:
    """Whether the metric is a rate in basis points."""
    return METRIC_UNITS.get(metric) is MetricUnit.BASIS_POINTS


def period_label(key: str) -> str:
    """A short column label: 2026 / Q1 / Mar / W10 (translated)."""
    p = P.parse(key)
    if p.grain is P.Grain.YEAR:
        return translate("TargetsText", "Year %1").replace("%1", str(p.year))
    if p.grain is P.Grain.QUARTER:
        return f"Q{p.index}"
    if p.grain is P.Grain.MONTH:
        return tr(_MONTHS[p.index - 1])
    return f"W{p.index:02d}"


def show_value(metric: str, value: int, whole: bool = False) -> str:
    """Shown value: ¥1,234,567.89 for money, 1,234 for counts, 12.50% for rates.

    Fen show only when there are some; ``whole`` rounds money half up to the yuan (wide tables).
    """
    if is_money(metric):
        return money_fen(value, whole=whole)
    if is_rate(metric):
        return f"{value / 100:.2f}%"
    return f"{value:,}"


def edit_text(metric: str, value: int) -> str:
    """A value as the editor starts from: yuan with fen only when there are some, thousands
    separated as everywhere else (:func:`parse_value` reads them back).
    """
    if is_money(metric):
        amount = Decimal(value) / 100
        return f"{amount:,.0f}" if value % 100 == 0 else f"{amount:,.2f}"
    if is_rate(metric):
        return f"{value / 100:.2f}"
    return f"{value:,}"


def parse_value(metric: str, text: str) -> int:
    """Typed text → integer fen/count/basis points; ``ValueError`` names what is wrong.

    Money and counts are read by the app's one amount parser
    (:func:`services.core.amounts.read_amount`: ``300万``, ``1.2万``, ``¥1,200``, full-width
    digits); rates take a plain number with an optional ``%``.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValueError(translate("TargetsText", "Type a number."))
    if is_rate(metric):
        number = _rate(raw)
    else:
        try:
            amount = read_amount(raw)
        except AmountError as exc:
            if exc.kind == "negative":
                raise ValueError(translate("TargetsText", "Targets cannot be negative.")) from None
            raise ValueError(error_text(exc)) from None
        if amount is None:
            raise ValueError(translate("TargetsText", "Type a number."))
        number = amount
    if is_money(metric) or is_rate(metric):
        scaled = number * 100
        if scaled != scaled.to_integral_value():
            raise ValueError(translate("TargetsText", "At most two decimals (fen) are allowed."))
        result = int(scaled)
    else:
        if number != number.to_integral_value():
            raise ValueError(translate("TargetsText", "This metric counts whole numbers."))
        result = int(number)
    if result > 10**15:
        raise ValueError(translate("TargetsText", "The number is too large."))
    return result


def _rate(raw: str) -> Decimal:
    cleaned = unicodedata.normalize("NFKC", raw).replace("%", "").strip()
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        message = translate("TargetsText", "“%1” is not a number.")
        raise ValueError(message.replace("%1", raw))
    if number < 0:
        raise ValueError(translate("TargetsText", "Targets cannot be negative."))
    return number


def attainment_text(ratio: float | None) -> str:
    """Attainment as a percentage, empty when there is no target."""
    return percent(ratio)
