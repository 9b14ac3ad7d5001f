"""Cell parsers, table-driven: phones, dates, amounts, tiers, methods, tags, synonyms."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from services.importing.fields import header_key
from services.importing.mapping import auto_map
from services.importing.parsers import (
    CellError,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_email,
    parse_method,
    parse_percent,
    parse_phone,
    parse_tags,
    parse_tier,
)


@pytest.mark.parametrize(("raw", "phone", "extra"), [  # checked, then kept as typed
    ("138 0013 8000", "138 0013 8000", None),
    ("138-0013-8000", "138-0013-8000", None),
    (" 177-7752-5429 ", "177-7752-5429", None),
    ("+86 138 0013 8000", "+86 138 0013 8000", None),
    ("0086-13800138000", "0086-13800138000", None),
    (13800138000.0, "13800138000", None),
    ("021-6234 5678", "021-6234 5678", None),
    ("(0571)87654321", "(0571)87654321", None),
    ("0175-70301246", "0175-70301246", None),
    ("010-8888 6666", "010-8888 6666", None),
    ("+86 21 62345678", "+86 21 62345678", None),
    ("0571-88881234转802", "0571-88881234转802", None),
    ("13800138000 / 13900139000", "13800138000", "13900139000"),
    ("13800138000、021-6234 5678", "13800138000", "021-6234 5678"),
    ("13800138000/12345", "13800138000", "12345"),  # a bad second number is kept as typed
    ("", None, None),
])
def test_phone_forms(raw, phone, extra):
    got, got_extra, note = parse_phone(raw)
    assert (got, got_extra) == (phone, extra)
    assert (note is not None) == (extra is not None)


@pytest.mark.parametrize("raw", ["12345", "1380013800", "abc", "138001380001234"])
def test_bad_phones_are_errors(raw):
    with pytest.raises(CellError):
        parse_phone(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024/3/5", date(2024, 3, 5)),
    ("2024-03-05", date(2024, 3, 5)),
    ("2024年3月5日", date(2024, 3, 5)),
    ("2026年01月07日", date(2026, 1, 7)),
    ("2024.3.5", date(2024, 3, 5)),
    ("3/5/2024", date(2024, 3, 5)),
    ("25/3/2024", date(2024, 3, 25)),
    ("20240305", date(2024, 3, 5)),
    (45356, date(2024, 3, 5)),  # Excel serial
    (45356.75, date(2024, 3, 5)),
    ("45356", date(2024, 3, 5)),
    (date(2024, 3, 5), date(2024, 3, 5)),
    (datetime(2024, 3, 5, 14, 30), date(2024, 3, 5)),
    ("２０２４－０３－０５", date(2024, 3, 5)),  # full-width
    ("", None),
])
def test_date_forms(raw, expected):
    assert parse_date(raw)[0] == expected


def test_serial_in_1904_workbook():
    assert parse_date(43894, date1904=True)[0] == date(2024, 3, 5)


@pytest.mark.parametrize("raw", ["2024/13/5", "2024-02-30", "明天", "3月15日", "0"])
def test_bad_dates_are_errors(raw):
    with pytest.raises(CellError):
        parse_date(raw)


def test_datetime_is_local_time_stored_as_utc():
    got = parse_datetime("2024-03-05 14:30")[0]
    assert got.tzinfo is not None
    assert got.astimezone().replace(tzinfo=None) == datetime(2024, 3, 5, 14, 30)
    assert parse_datetime("2024-03-05")[0] == datetime(2024, 3, 5).astimezone().astimezone(UTC)


@pytest.mark.parametrize(("raw", "expected"), [
    ("¥1,200.00", Decimal("1200.00")),
    ("￥1,200", Decimal("1200.00")),
    ("1,200", Decimal("1200.00")),
    ("1.2万", Decimal("12000.00")),
    ("12万元", Decimal("120000.00")),
    ("3.5k", Decimal("3500.00")),
    ("3.5K", Decimal("3500.00")),
    ("2亿", Decimal("200000000.00")),
    ("RMB 88.5", Decimal("88.50")),
    (1200.005, Decimal("1200.01")),
    (0.1, Decimal("0.10")),
    (47695, Decimal("47695.00")),
    ("", None),
    (None, None),
])
def test_amount_forms(raw, expected):
    assert parse_amount(raw)[0] == expected


@pytest.mark.parametrize("raw", ["待确认", "待定", "-", "TBD"])
def test_placeholder_amount_is_empty_with_warning(raw):
    value, note = parse_amount(raw)
    assert value is None and note


@pytest.mark.parametrize("raw", ["十二万", "12abc", "-5", "1.2.3"])
def test_bad_amounts_are_errors(raw):
    with pytest.raises(CellError):
        parse_amount(raw)


@pytest.mark.parametrize(("raw", "tier"), [
    ("A", "A"), ("a类", "A"), ("大客户", "A"), ("重点客户", "A"), ("B", "B"), ("普通", "B"),
    ("潜在", "C"), ("c", "C"), ("", None)])
def test_tiers(raw, tier):
    assert parse_tier(raw)[0] == tier


def test_unknown_tier_is_error():
    with pytest.raises(CellError, match="not a tier"):
        parse_tier("D")


@pytest.mark.parametrize(("raw", "method"), [
    ("拜访", "visit"), ("上门", "visit"), ("电话", "call"), ("微信", "wechat"),
    ("邮件", "email"), ("Email", "email")])
def test_methods(raw, method):
    assert parse_method(raw)[0] == method


def test_other_value_types():
    assert parse_percent("60%")[0] == 60
    assert parse_percent("0.6")[0] == 60
    assert parse_tags("老客户、华东 ;重点,老客户")[0] == "老客户,华东,重点"
    assert parse_email(" mailto:a@b.cn ")[0] == "a@b.cn"
    with pytest.raises(CellError):
        parse_email("not-an-email")


@pytest.mark.parametrize(("kind", "headers", "expected"), [
    ("customers", ["客户名称", "联系人", "手机", "行业", "所在地区", "负责人", "客户等级",
                   "最近跟进时间", "备注"],
     ["name", "contact", "phone", "industry", "region", "owner", "tier", "last_followup",
      "notes"]),
    ("customers", ["Company", "Contact", "Mobile", "Sector", "Location", "sales_agent", "Tier",
                   "Credit Limit", "Tags"],
     ["name", "contact", "phone", "industry", "region", "owner", "tier", "credit_limit",
      "tags"]),
    ("customers", ["单位名称", "联系电话", "业务员", "区域", "序号"],
     ["name", "phone", "owner", "region", None]),
    ("deals", ["商机名称", "客户名称", "负责人", "阶段", "预计金额(元)", "预计成交日期",
               "输单原因"],
     ["name", "customer", "owner", "stage", "amount", "expected_close", "lost_reason"]),
    ("followups", ["客户", "跟进日期", "跟进方式", "跟进内容", "下一步", "下次跟进日期", "销售"],
     ["customer", "at", "method", "content", "next_step", "next_on", "owner"]),
])
def test_synonyms_map_columns(kind, headers, expected):
    assert auto_map(headers, kind) == expected


def test_header_key_ignores_units_spacing_and_width():
    assert header_key(" 预计金额（元） ") == header_key("预计金额")
    assert header_key("Ｅｍａｉｌ") == "email"


def test_every_problem_template_is_listed_for_translation():
    import ast
    from pathlib import Path

    from services.importing.messages import TEMPLATES

    source = (Path(__file__).resolve().parents[3] / "gui" / "importer" / "problem_texts.py")
    listed = {node.args[1].value for node in ast.walk(ast.parse(source.read_text("utf-8")))
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") ==
              "QT_TRANSLATE_NOOP"}
    assert listed == set(TEMPLATES)


def test_every_field_label_is_listed_for_translation():
    import ast
    from pathlib import Path

    from services.importing.fields import FIELDS

    source = (Path(__file__).resolve().parents[3] / "gui" / "importer" / "labels.py")
    listed = {node.args[1].value for node in ast.walk(ast.parse(source.read_text("utf-8")))
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") ==
              "QT_TRANSLATE_NOOP"}
    assert {s.label for specs in FIELDS.values() for s in specs} <= listed
