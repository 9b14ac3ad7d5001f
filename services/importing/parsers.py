"""Cell value parsers: one pure function per value type, tested table-driven.

Each parser takes a raw cell (str, float, int, bool, date, datetime or None) and returns
``(value, note)``: ``note`` is a warning to show (the value is still imported) or None. A value
that cannot be understood raises :class:`CellError` with a message naming what was expected.

Decisions worth knowing:

* Phones are checked (digits, spaces, dashes, brackets, a ``+86``/``0086`` prefix, an extension;
  an 11-digit mobile, a landline with its area code, or a local 7–8 digit number) and stored as
  typed, trimmed: ``177-7752-5429`` stays ``177-7752-5429``, as it does when typed into the app.
  Duplicates are found on the digits (``services.customers.dedupe.normalise_phone``), never on
  the spelling. Two numbers separated by ``/``, ``、``, ``,``, ``;`` or ``或``: the first is the
  phone, the second is returned (as typed) as an extra number that the import adds to the notes
  (``其他电话：…``) with a warning, so no number is lost.
* Dates: ``2024/3/5``, ``2024-03-05``, ``2024.3.5``, ``2024年3月5日``, ``20240305``, ``3/5/2024``
  (month first unless the first part is > 12), ``15-Mar-2024``/``Mar 15, 2024``, Excel serial
  numbers (1900 or 1904 system) and date/datetime cells. Date-only values of a date-time field
  mean local midnight. A date without a year (``3月15日``, ``3/15``, ``15-Mar``, ``Mar 15``) takes
  the ``year`` the caller passes (the import asks for it, see :mod:`services.importing.years`);
  without one it is refused for the cell.
  Dates outside 1900-01-01 … 2199-12-31 (year 0001 or 9999 is a typo or a placeholder, and
  converting them between local time and UTC would overflow) are refused for the cell.
* Free text (notes, follow-up content) keeps its leading and trailing spaces, tabs and line
  breaks; every other field is trimmed.
* Amounts: ``¥1,200.00``, ``1,200``, ``1.2万``, ``12万元``, ``3.5k``, ``2亿``; placeholders such as
  ``待确认``/``待定``/``-`` give an empty value with a warning; negative amounts are refused.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from services.core.amounts import AmountError, read_amount
from services.core.text import trim
from services.importing import messages as M
from services.importing.messages import Msg, msg

Parsed = tuple[Any, Msg | None]

EPOCH_1900 = date(1899, 12, 30)
EPOCH_1904 = date(1904, 1, 1)
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2199, 12, 31)
PLACEHOLDERS = frozenset(
    "待确认 待定 未知 不详 暂无 无 未定 tbd tba n/a na - -- — —— / ? ？ 空".split())
UNASSIGNED = frozenset("待分配 未分配 无 暂无 公海 - -- — / none unassigned n/a".split()) | {
    "(无负责人)", "无负责人", "(no owner)", "no owner"}  # the orders exports' words for nobody
#: Characters no database column should hold: NUL (PostgreSQL refuses it in text), the other
#: C0 controls except tab, LF and CR, lone surrogates, and U+FFFE/U+FFFF (not characters).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class CellError(ValueError):
    """A cell value that cannot be imported; the message says what was expected."""

    def __init__(self, template: str, **args: object):
        self.msg = msg(template, **args)
        super().__init__(str(self.msg))


def clean_str(value: Any) -> str:
    """A cell as trimmed text; integral floats lose their ``.0`` (phones typed as numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return trim(str(value))


def _nfkc(value: Any) -> str:
    return unicodedata.normalize("NFKC", clean_str(value)).strip()


def parse_text(value: Any, max_len: int = 300, keep_space: bool = False) -> Parsed:
    """Text; empty → None. Longer than ``max_len`` is refused (the DB column's size).

    Trimmed, unless ``keep_space`` (free text, where surrounding whitespace is the user's).
    """
    text = clean_str(value)
    if not text:
        return None, None
    if keep_space and isinstance(value, str):
        text = value
    if len(text) > max_len:
        raise CellError(M.TOO_LONG, length=len(text), limit=max_len)
    return text, None


_PHONE_SPLIT = re.compile(r"\s*(?:/|、|,|，|;|；|或|\|)\s*")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_TYPED_LANDLINE = re.compile(r"^[(（]?(0\d{2,3})[)）\-\s]+(\d{3,4}[\s-]?\d{4})$")
_LANDLINE = re.compile(r"^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$")


def _one_phone(text: str) -> str:
    """The number in a canonical spelling (11 digits, ``0区号-号码``); :class:`CellError` when
    ``text`` is no phone number. Used to check a number; what is stored is the typed text.
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    ext = ""
    m = re.search(r"(?:转|ext\.?|x|#)\s*(\d{1,6})$", raw, re.IGNORECASE)
    if m:
        ext, raw = m.group(1), raw[: m.start()]
    if re.search(r"[^\d\s\-+().（）]", raw):
        raise CellError(M.NOT_PHONE, value=text)
    digits = re.sub(r"\D", "", raw)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) == 11 \
                and digits[len(prefix)] == "1":
            digits = digits[len(prefix):]
            break
    typed = _TYPED_LANDLINE.match(raw.strip())
    if _MOBILE.match(digits):
        out = digits
    elif typed is not None:  # the user wrote the area code apart: keep their split
        number = re.sub(r"\D", "", typed.group(2))
        out = f"{typed.group(1)}-{number}"
    elif (m2 := _LANDLINE.match(digits)) is not None:
        out = f"{m2.group(1)}-{m2.group(2)}"
    elif digits.startswith("86") and (m3 := _LANDLINE.match("0" + digits[2:])) is not None:
        out = f"{m3.group(1)}-{m3.group(2)}"  # +86 21 6234 5678
    elif 7 <= len(digits) <= 8 and not digits.startswith("0"):
        out = digits  # a local landline without area code
    else:
        raise CellError(M.BAD_PHONE, value=text)
    return f"{out}-{ext}" if ext else out


def parse_phone(value: Any) -> tuple[str | None, str | None, Msg | None]:
    """Returns ``(phone, extra_number, note)``; see the module docstring for two numbers."""
    text = clean_str(value)
    if not text:
        return None, None, None
    parts = [trim(p) for p in _PHONE_SPLIT.split(text) if p.strip()]
    _one_phone(parts[0])  # refused when it is no phone number; stored as typed
    first = parts[0]
    if len(parts) == 1:
        return first, None, None
    extra = ", ".join(parts[1:])  # as typed: the notes lose nothing
    return first, extra, msg(M.SECOND_PHONE, number=extra)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_email(value: Any) -> Parsed:
    """An e-mail address (trimmed, ``mailto:`` dropped); malformed → error."""
    text = _nfkc(value)
    if not text:
        return None, None
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not _EMAIL.match(text):
        raise CellError(M.NOT_EMAIL, value=text)
    return text, None


_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                  r"(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$")
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{1,7}(?:\.\d+)?$")
_TIME = r"(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$"
#: ``3月15日``, ``3/15``, ``3-15``, ``3.15`` (month first unless the first part is > 12).
_NO_YEAR_NUMERIC = re.compile(r"^(\d{1,2})\s*([月/.-])\s*(\d{1,2})\s*日?" + _TIME)
#: ``15-Mar``, ``15 March 2024`` (day first) and ``Mar 15``, ``March 15, 2024`` (month first).
_DAY_MONTH = re.compile(r"^(\d{1,2})[\s\-/.]*([a-z]{3,9})\.?(?:[\s\-/.,]+(\d{4}))?" + _TIME)
_MONTH_DAY = re.compile(r"^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?"
                        r"(?:[\s\-/.,]+(\d{4}))?" + _TIME)
_FOUR_DIGITS = re.compile(r"\d{4}")
_MONTHS = {name: n for n, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"),
    start=1) for name in names.split()}


def _with_time(y: int, mo: int, d: int, hh: str | None, mm: str | None,
               ss: str | None) -> datetime | date:
    if hh is None:
        return date(y, mo, d)
    return datetime(y, mo, d, int(hh), int(mm or 0), int(ss or 0))


def _month_day(text: str) -> tuple[int, int, int | None, tuple[str | None, ...]] | None:
    """``(month, day, year or None, (hh, mm, ss))`` of a date written with a month name or
    without a year; None when ``text`` is neither.
    """
    m = _NO_YEAR_NUMERIC.match(text)
    if m:
        a, sep, b = int(m.group(1)), m.group(2), int(m.group(3))
        month, day = (a, b) if sep == "月" or a <= 12 else (b, a)
        return month, day, None, m.groups()[3:]
    low = text.casefold()
    m = _DAY_MONTH.match(low)
    if m and m.group(2) in _MONTHS:
        year = int(m.group(3)) if m.group(3) else None
        return _MONTHS[m.group(2)], int(m.group(1)), year, m.groups()[3:]
    m = _MONTH_DAY.match(low)
    if m and m.group(1) in _MONTHS:
        year = int(m.group(3)) if m.group(3) else None
        return _MONTHS[m.group(1)], int(m.group(2)), year, m.groups()[3:]
    return None


def is_yearless(value: Any) -> bool:
    """True for a text cell holding a date without a year (``3月15日``, ``3/15``, ``15-Mar``)."""
    if not isinstance(value, str) or len(value) > 40 or _FOUR_DIGITS.search(value):
        return False  # a year, or not a short date at all (checked first: this runs per cell)
    found = _month_day(_nfkc(value))
    return found is not None and found[2] is None


def excel_serial(serial: float, date1904: bool = False) -> datetime:
    """An Excel serial day number as a naive datetime (1900 or 1904 date system)."""
    if not 1 <= serial < 2_958_466:
        raise CellError(M.SERIAL_OUT_OF_RANGE, value=f"{serial:g}")
    base = EPOCH_1904 if date1904 else EPOCH_1900
    return datetime.combine(base, time()) + timedelta(days=serial)


def _in_range(value: datetime | date, raw: Any) -> datetime | date:
    day = value.date() if isinstance(value, datetime) else value
    if not FIRST_DATE <= day <= LAST_DATE:
        raise CellError(M.DATE_OUT_OF_RANGE, value=clean_str(raw) or day.isoformat(),
                        first=FIRST_DATE.isoformat(), last=LAST_DATE.isoformat())
    return value


def _to_naive(value: Any, date1904: bool, year: int | None = None) -> datetime | date:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError(M.EXPECTED_DATE)
    if isinstance(value, int | float):
        return excel_serial(float(value), date1904)
    text = _nfkc(value)
    try:
        m = _YMD.match(text)
        if m:
            y, mo, d, hh, mm, ss = m.groups()
            return _with_time(int(y), int(mo), int(d), hh, mm, ss)
        m = _MDY.match(text)
        if m:
            a, b, y, hh, mm, ss = m.groups()
            mo, d = (int(a), int(b)) if int(a) <= 12 else (int(b), int(a))
            return _with_time(int(y), mo, d, hh, mm, ss)
        m = _COMPACT.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        found = _month_day(text)
        if found is not None:
            month, day, own_year, (hh, mm, ss) = found
            if own_year is None and year is None:
                raise CellError(M.NO_YEAR, value=text, example=f"{date.today().year}年{text}")
            return _with_time(own_year or year or 0, month, day, hh, mm, ss)
    except ValueError as exc:
        if isinstance(exc, CellError):
            raise
        raise CellError(M.NOT_REAL_DATE, value=text) from exc
    if _SERIAL.match(text):
        return excel_serial(float(text), date1904)
    raise CellError(M.NOT_DATE, value=text)


def date_year(value: Any, date1904: bool = False) -> int | None:
    """The year of a cell holding a full date (None for empty, year-less or not a date)."""
    if value is None or clean_str(value) == "" or isinstance(value, bool):
        return None
    try:
        found = _to_naive(value, date1904)
    except CellError:
        return None
    return found.year if FIRST_DATE.year <= found.year <= LAST_DATE.year else None


def parse_date(value: Any, date1904: bool = False, year: int | None = None) -> Parsed:
    """A calendar date; empty → None; a date without a year takes ``year``."""
    if value is None or clean_str(value) == "":
        return None, None
    v = _in_range(_to_naive(value, date1904, year), value)
    return (v.date() if isinstance(v, datetime) else v), None


def parse_datetime(value: Any, date1904: bool = False, year: int | None = None) -> Parsed:
    """A moment (aware UTC) from a local date/time; a bare date means local midnight; a date
    without a year takes ``year``.
    """
    if value is None or clean_str(value) == "":
        return None, None
    v = _in_range(_to_naive(value, date1904, year), value)
    if not isinstance(v, datetime):
        v = datetime.combine(v, time())
    try:
        if v.tzinfo is None:
            v = v.astimezone()  # interpret as local wall-clock time
        return v.astimezone(UTC), None
    except (OverflowError, ValueError, OSError):  # beyond what the platform's clock converts
        raise CellError(M.DATE_OUT_OF_RANGE, value=clean_str(value),
                        first=FIRST_DATE.isoformat(), last=LAST_DATE.isoformat()) from None


CENT = Decimal("0.01")
_AMOUNT_TEMPLATES = {"not_amount": M.NOT_AMOUNT, "negative": M.NEGATIVE_AMOUNT,
                     "huge": M.HUGE_AMOUNT}


def parse_amount(value: Any) -> Parsed:
    """Money in yuan as Decimal with two places, read by :func:`services.core.amounts.read_amount`
    (the app's one amount parser); placeholders such as 待定 give an empty value with a note.
    """
    if value is None:
        return None, None
    if isinstance(value, bool):
        raise CellError(M.EXPECTED_AMOUNT)
    if not isinstance(value, int | float):
        text = _nfkc(value)
        if not text:
            return None, None
        if text.casefold() in PLACEHOLDERS:
            return None, msg(M.PLACEHOLDER_AMOUNT, value=text)
        value = text
    try:
        amount = read_amount(value)
    except AmountError as exc:
        raise CellError(_AMOUNT_TEMPLATES[exc.kind], **exc.params) from None
    if amount is None:
        return None, None
    return amount.quantize(CENT, rounding=ROUND_HALF_UP), None


def parse_percent(value: Any) -> Parsed:
    """A probability 0–100 (``60``, ``60%``, ``0.6`` → 60)."""
    text = _nfkc(value).rstrip("%").strip()
    if not text:
        return None, None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(M.NOT_PERCENT, value=clean_str(value)) from None
    if 0 < number <= 1 and "." in text:
        number *= 100
    if not 0 <= number <= 100:
        raise CellError(M.PERCENT_RANGE, value=text)
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP)), None


def parse_rate(value: Any) -> Parsed:
    """A tax rate as basis points: ``13%``, ``13``, ``0.13`` (an Excel percent cell) → 1300."""
    if isinstance(value, bool):
        raise CellError(M.NOT_PERCENT, value=clean_str(value))
    text = _nfkc(value).strip()
    had_sign = text.endswith("%")
    text = text.rstrip("%").strip()
    if not text:
        return None, None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(M.NOT_PERCENT, value=clean_str(value)) from None
    if not had_sign and 0 < number < 1:
        number *= 100  # a fraction: 0.13 is 13 %
    if not 0 <= number <= 100:
        raise CellError(M.RATE_RANGE, value=clean_str(value))
    return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)), None


_TIERS = {"a": "A", "a类": "A", "a级": "A", "大客户": "A", "重点客户": "A", "重要客户": "A",
          "vip": "A", "key": "A", "b": "B", "b类": "B", "b级": "B", "普通": "B",
          "普通客户": "B", "一般": "B", "一般客户": "B", "ordinary": "B", "regular": "B",
          "c": "C", "c类": "C", "c级": "C", "潜在": "C", "潜在客户": "C", "意向客户": "C",
          "potential": "C", "prospect": "C"}


def parse_tier(value: Any) -> Parsed:
    """A/B/C (also 大客户/重点客户 → A, 普通 → B, 潜在 → C)."""
    text = _nfkc(value).casefold().replace(" ", "")
    if not text:
        return None, None
    if text in _TIERS:
        return _TIERS[text], None
    raise CellError(M.NOT_TIER, value=clean_str(value))


_METHODS = {"拜访": "visit", "上门": "visit", "上门拜访": "visit", "面谈": "visit",
            "见面": "visit", "会议": "visit", "visit": "visit", "meeting": "visit",
            "电话": "call", "通话": "call", "电话沟通": "call", "call": "call", "phone": "call",
            "微信": "wechat", "微信沟通": "wechat", "wechat": "wechat", "weixin": "wechat",
            "邮件": "email", "邮箱": "email", "电子邮件": "email", "email": "email",
            "e-mail": "email", "mail": "email"}


def parse_method(value: Any) -> Parsed:
    """Follow-up method: 拜访/电话/微信/邮件 and their synonyms."""
    text = _nfkc(value).casefold().replace(" ", "")
    if not text:
        return None, None
    if text in _METHODS:
        return _METHODS[text], None
    raise CellError(M.NOT_METHOD, value=clean_str(value))


_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "手动"}
_FALSE = {"否", "n", "no", "false", "0", "", "自动"}


def parse_bool(value: Any) -> Parsed:
    """是/否, yes/no, true/false, 1/0."""
    text = _nfkc(value).casefold()
    if text in _TRUE:
        return True, None
    if text in _FALSE:
        return False, None
    raise CellError(M.NOT_BOOL, value=clean_str(value))


_ON = {"启用", "在售", "有效", "正常", "active", "enabled", "on"}
_OFF = {"停用", "停售", "禁用", "无效", "下架", "inactive", "disabled", "off"}


def parse_flag(value: Any) -> Parsed:
    """Yes/no where an empty cell says nothing (None): 是/否, 启用/停用, 在售/停售, active…"""
    text = _nfkc(value).casefold()
    if not text:
        return None, None
    if text in _ON:
        return True, None
    if text in _OFF:
        return False, None
    return parse_bool(value)


def parse_tags(value: Any) -> Parsed:
    """Tags separated by commas, 、, ；, ; or | → the stored comma-separated form."""
    text = clean_str(value)
    out: list[str] = []
    for part in re.split(r"[,，、;；|]", text):
        tag = part.strip()
        if tag and tag not in out:
            out.append(tag)
    return (",".join(out) or None), None


def is_unassigned(value: Any) -> bool:
    """True for cells that mean "nobody" (待分配, 公海, -, …)."""
    return _nfkc(value).casefold() in UNASSIGNED
