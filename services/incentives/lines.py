"""A payout line as the rules make it (:class:`LineDraft`), and the few formats its explanation
uses.

An explanation is an English ``template`` with ``{name}`` fields and the ``params`` that fill
them, like a service error: the GUI (context ``PayoutLines``) and the CLI / workbook translate
the template and fill in the same values, so a statement reads in either language. Params are
text already formatted in a way both languages read: ``¥120,000.00``, ``5 %``, ``2026-06``.
Example: ``"{period} collected {base} × {rate} (attainment {attainment}, tier {tier}) =
{amount}"`` → ``"2026-06 回款 ¥120,000.00 × 5 %（达成率 92 %，80–100 % 档）= ¥6,000.00"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from models.incentives import LineKind

TraceRef = tuple[str, str, int | None]
"""A record behind a line: (kind, id, fen or None). Kinds: ``contract``, ``payment``,
``customer``, ``deal``, ``target`` (id: ``person id/metric/period``), ``line`` (a line of a
locked run, for clawbacks), ``adjustment``, ``recognition``, ``person``."""

CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineDraft:
    """One line of a statement before it is stored."""

    person_id: str
    kind: LineKind
    rule_id: str
    amount: Decimal  # yuan, two places
    template: str
    params: Mapping[str, str] = field(default_factory=dict)
    trace: tuple[TraceRef, ...] = ()
    scheme_version_id: str | None = None

    def text(self) -> str:
        """The English explanation (logs, tests); translated ones come from the catalog."""
        return self.template.format(**self.params) if self.params else self.template


def money(fen_or_yuan: int | Decimal) -> Decimal:
    """Yuan with two places from integer fen (int) or yuan (Decimal), rounded half up."""
    if isinstance(fen_or_yuan, int):
        return (Decimal(fen_or_yuan) / 100).quantize(CENT)
    return fen_or_yuan.quantize(CENT, rounding=ROUND_HALF_UP)


def yuan(value: int | Decimal) -> str:
    """``¥120,000.00`` from fen (int) or yuan (Decimal); negatives as ``-¥1,200.00``."""
    if isinstance(value, int):  # fen: no Decimal needed
        whole, cents = divmod(-value if value < 0 else value, 100)
        return f"{'-' if value < 0 else ''}¥{whole:,}.{cents:02d}"
    amount = money(value)
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,.2f}"


def pct(value: Decimal | None) -> str:
    """``92 %``, ``2.5 %``; None as ``—``."""
    if value is None:
        return "—"
    text = format(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize(), "f")
    return f"{text} %"


def attainment_pct(actual: int | None, target: int) -> Decimal | None:
    """Actual ÷ target in percent (two decimals); None when there is no target or no actual."""
    if actual is None or target <= 0:
        return None
    return (Decimal(actual) * 100 / Decimal(target)).quantize(CENT, rounding=ROUND_HALF_UP)


ENGLISH_WORDS: dict[str, str] = {
    "签约额": "signed amount", "回款额": "collected amount", "签约量": "deal count",
    "新增客户数": "new customers", "跟进数": "follow-ups", "拜访数": "visits",
    "转化率": "conversion rate", "回款率": "collection rate", "满意度": "satisfaction",
    "复购率": "repurchase rate", "、": ", ",
}
"""The words of the statement vocabulary that explanations' values carry in Chinese (metric
names, list commas), and their English: an English statement reads in English throughout
(rule titles and names stay as the firm typed them)."""


def _english(value: str) -> str:
    for word, english in ENGLISH_WORDS.items():
        value = value.replace(word, english)
    return value


def line_text(template: str, params: Mapping[str, str] | None, lang: str = "en") -> str:
    """A line's explanation in ``lang`` (``zh``/``zh_CN`` or ``en``): its template translated
    in context ``PayoutLines`` (read from the .ts files, without Qt) and filled with ``params``
    (the English template is filled when a translation lost a field; the bare template when
    the stored values do not fill it). In English, the statement words the values carry in
    Chinese (签约额, 回款率…) are given in English.
    """
    from services.core.catalog import catalogue, fill, normalise

    if not template:
        return ""
    chosen = normalise(lang) or "en"
    translated = catalogue(chosen).translate("PayoutLines", template)
    if not params:
        return translated
    values = {k: str(v) for k, v in params.items()}
    if chosen == "en":
        values = {k: _english(v) for k, v in values.items()}
    try:
        return fill(template, translated, values)
    except (KeyError, IndexError, ValueError):
        return template  # a stored template whose values are missing: say at least that
