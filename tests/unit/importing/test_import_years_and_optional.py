"""A ledger like a small firm's imports: only rows whose required fields are bad are rejected,
dates without a year take the year of the file, and optional cells that cannot be read are
left empty with a note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.customers import Customer
from services.importing import commit_plan, open_source, plan_import
from services.importing import messages as M
from services.importing.parsers import CellError, is_yearless, parse_date, parse_datetime
from services.importing.summary import left_empty, reasons, summary_lines
from services.importing.years import DATES, NAME, TODAY, year_in_name
from tests.unit.importing.ledger_fixture import BAD_REQUIRED_ROWS, YEARLESS, write_ledger
from tests.unit.importing_fixtures import seed_people, write_csv


def _stored(store) -> dict[str, tuple]:  # noqa: ANN001
    with store.read() as uow:
        rows = uow.session.execute(select(Customer.name, Customer.phone, Customer.tier,
                                          Customer.last_followup_at, Customer.notes)).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_the_ledger_rejects_only_rows_whose_required_fields_are_bad(tmp_path: Path, store):
    seed_people(store)
    source = open_source(write_ledger(tmp_path), "customers", store=store)
    plan = plan_import(store, source)
    rejected = sorted(r.parsed.row_number for r in plan.rejected())
    assert rejected == list(BAD_REQUIRED_ROWS)
    assert plan.counts() == {"create": 13, "update": 0, "skip": 1, "reject": 3}
    for row in plan.rejected():
        assert {p.column for p in row.problems if p.severity == "error"} == {"客户名称"}
    # every other problem is a note on a row that imports
    kept = [p for r in plan.rows if r.status != "reject" for p in r.problems]
    assert all(p.severity == "warning" for p in kept)
    left = {(p.row, p.column) for p in kept if p.left_empty}
    assert left == {(14, "手机"), (14, "客户等级"), (14, "备注"), (15, "联系人"),
                    (15, "最近跟进时间"), (16, "最近跟进时间"), (16, "备注")}
    phone = next(p for p in kept if (p.row, p.column) == (14, "手机"))
    assert phone.message.endswith(M.LEFT_EMPTY) and phone.value == "12345"
    assert plan.year == 2025 and plan.year_guess is not None
    # the five year-less dates and 2月30日 (year-less too, but no real date in any year)
    assert (plan.year_guess.source, plan.year_guess.cells) == (NAME, len(YEARLESS) + 1)
    assert any(str(n) == "6 date(s) without a year were read as dates in 2025, the year in the "
               "file name." for n in source.layout.notes)

    commit_plan(store, plan, allow_rejected=True)
    stored = _stored(store)
    assert len(stored) == 13
    for name, (_typed, month, day) in YEARLESS.items():
        assert stored[name][2].astimezone().date() == date(2025, month, day), name
    assert stored["上海东方贸易股份有限公司"][0] is None  # the phone left empty
    assert stored["上海东方贸易股份有限公司"][3] is None  # the value-less formula
    assert stored["嘉兴华盛纺织有限公司"][2] is None  # "下周" is not a date


def test_the_summary_names_why_rows_were_skipped_or_rejected(tmp_path: Path, store):
    plan = plan_import(store, open_source(write_ledger(tmp_path), "customers", store=store))
    assert [r.text() for r in reasons(plan, "reject")] == [
        "客户名称: required but empty (1)", "客户名称: formula without a saved result (1)",
        "客户名称: text too long (1)"]
    assert [r.text() for r in reasons(plan, "skip")] == ["repeats an earlier row (1)"]
    cells = {r.text() for r in left_empty(plan)}
    assert cells == {"手机: not a phone number (1)", "客户等级: not a tier (1)",
                     "备注: formula without a saved result (2)",
                     "联系人: TRUE/FALSE where text is expected (1)",
                     "最近跟进时间: not a date (2)"}
    lines = summary_lines(plan)
    assert lines[0] == "1 row(s) skipped: repeats an earlier row (1)"
    assert lines[1].startswith("3 row(s) rejected: 客户名称: ")
    assert lines[2].startswith("7 cell(s) left empty, their rows imported: ")


def test_the_year_comes_from_the_file_name_else_the_dates_else_today(tmp_path: Path, store):
    rows = [["客户名称", "最近跟进时间"], ["甲公司", "2024/5/1"], ["乙公司", "2024-06-02"],
            ["丙公司", "2023-01-01"], ["丁公司", "3月15日"]]
    by_dates = plan_import(store, open_source(write_csv(tmp_path / "台账.csv", rows),
                                              "customers"))
    assert (by_dates.year, by_dates.year_guess.source) == (2024, DATES)
    named = plan_import(store, open_source(write_csv(tmp_path / "台账2022.csv", rows),
                                           "customers"))
    assert (named.year, named.year_guess.source) == (2022, NAME)
    only_yearless = [["客户名称", "最近跟进时间"], ["甲公司", "3/15"]]
    today = plan_import(store, open_source(write_csv(tmp_path / "x.csv", only_yearless),
                                           "customers"))
    assert (today.year, today.year_guess.source) == (date.today().year, TODAY)
    chosen = plan_import(store, open_source(write_csv(tmp_path / "台账.csv", rows), "customers"),
                         year=2019)
    assert chosen.year == 2019 and chosen.counts()["reject"] == 0
    row = next(r for r in chosen.rows if r.parsed.values["name"] == "丁公司")
    assert row.parsed.values["last_followup"].astimezone().date() == date(2019, 3, 15)


@pytest.mark.parametrize(("name", "year"), [
    ("客户台账_2025_华东.xlsx", 2025), ("2024客户.csv", 2024), ("export_20230301.xlsx", 2023),
    ("台账.xlsx", None), ("2024-2025对比.xlsx", None), ("客户12345.xlsx", None),
    ("v3000.xlsx", None)])
def test_year_in_file_name(name: str, year: int | None):
    assert year_in_name(name) == year


@pytest.mark.parametrize(("typed", "expected"), [
    ("3月15日", date(2025, 3, 15)), ("3/15", date(2025, 3, 15)), ("15/3", date(2025, 3, 15)),
    ("3-15", date(2025, 3, 15)), ("3.15", date(2025, 3, 15)), ("15-Mar", date(2025, 3, 15)),
    ("Mar 15", date(2025, 3, 15)), ("15 March", date(2025, 3, 15)),
    ("March 15, 2024", date(2024, 3, 15)), ("15-Mar-2024", date(2024, 3, 15)),
    ("１２月３１日", date(2025, 12, 31))])
def test_dates_without_a_year_take_the_given_year(typed: str, expected: date):
    assert parse_date(typed, year=2025) == (expected, None)
    assert is_yearless(typed) == (expected.year == 2025)


def test_a_date_without_a_year_and_no_year_given_is_refused():
    with pytest.raises(CellError) as err:
        parse_date("3月15日")
    assert err.value.msg.template == M.NO_YEAR
    with pytest.raises(CellError) as err:
        parse_date("2月29日", year=2025)
    assert err.value.msg.template == M.NOT_REAL_DATE
    moment, _note = parse_datetime("3/15 14:30", year=2025)
    assert moment.astimezone().replace(tzinfo=None).isoformat() == "2025-03-15T14:30:00"
