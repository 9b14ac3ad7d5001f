"""Other CRMs' deal exports imported headless: as they are, with --map, with a saved mapping;
a second import of the same records updates them instead of creating duplicates."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models.customers import Customer
from models.org import Person
from models.pipeline import Deal, Pipeline, Stage
from services.importing.column_map import save_mapping_file
from services.setup import open_store
from tests.unit.importing.crm_exports import ALL, CrmExport, sales_opportunities, salesforce
from tests.unit.importing_fixtures import write_csv

ROOT = Path(__file__).resolve().parents[3]
AMOUNT = {"salesforce": "Amount", "hubspot": "Amount", "pipedrive": "Deal - Value",
          "zoho": "Amount", "fxiaoke": "商机金额", "xiaoshouyi": "商机金额",
          "opportunities": "close_value"}
NAME = {"salesforce": "Opportunity Name", "hubspot": "Deal Name", "pipedrive": "Deal - Title",
        "zoho": "Deal Name", "fxiaoke": "商机名称"}


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _deals(db: Path, by_name: bool = False) -> dict[str, tuple]:
    """external id (or name) → (name, customer, owner, amount, stage kind, stage, pipeline)."""
    with open_store(db) as store, store.read() as uow:
        q = (select(Deal.external_id, Deal.name, Customer.name, Person.name, Deal.amount,
                    Stage.kind, Stage.name, Pipeline.name)
             .join(Customer, Customer.id == Deal.customer_id)
             .outerjoin(Person, Person.id == Deal.owner_id)
             .join(Stage, Stage.id == Deal.stage_id)
             .join(Pipeline, Pipeline.id == Deal.pipeline_id)
             .where(Deal.deleted_at.is_(None)))
        rows = uow.session.execute(q).all()
    out = {r[1 if by_name else 0]: tuple(r[1:]) for r in rows}
    assert len(out) == len(rows), "two deals with the same key"
    return out


def _check(export: CrmExport, got: dict[str, tuple]) -> None:
    assert set(got) == {e.external_id for e in export.expected}
    for e in export.expected:
        name, customer, owner, amount, kind, stage, pipeline = got[e.external_id]
        assert (name, customer, owner, amount, kind) == (e.name, e.customer, e.owner,
                                                         e.amount, e.kind), e
        if e.stage:
            assert stage == e.stage, e
        assert pipeline == (export.pipeline or "新客户"), e


@pytest.mark.parametrize("build", ALL, ids=lambda f: f.__name__)
def test_a_foreign_crm_export_imports_headless_and_a_second_import_updates(tmp_path: Path,
                                                                           build) -> None:
    export: CrmExport = build()
    db = tmp_path / "firm.sqlite3"
    n = len(export.rows)
    res = run("--db", db, "import", "deals", export.write(tmp_path), "--create-missing")
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"created {n}, updated 0, skipped 0, rejected 0" in res.stdout
    _check(export, _deals(db))
    if export.pipeline:
        assert f"Unknown pipelines: {export.pipeline} ({n})" in res.stdout

    # A later export of the same records: amounts changed, names changed in the other CRM.
    later = [list(r) for r in export.rows]
    amount = export.column(AMOUNT[export.crm])
    for i, row in enumerate(later):
        row[amount] = 1000 + i
        if export.crm in NAME:
            row[export.column(NAME[export.crm])] = f"{row[export.column(NAME[export.crm])]} v2"
    again = export.write(tmp_path, later, name=f"{export.crm}-later")
    res = run("--db", db, "import", "deals", again, "--create-missing", "--mode", "update")
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"created 0, updated {n}, skipped 0, rejected 0" in res.stdout
    got = _deals(db)
    assert len(got) == n
    for i, e in enumerate(export.expected):
        name, customer, _owner, amount_now, kind, _stage, _pipe = got[e.external_id]
        assert amount_now == Decimal(1000 + i) and kind == e.kind and customer == e.customer
        assert name == (f"{e.name} v2" if export.crm in NAME else e.name)

    res = run("--db", db, "import", "deals", again, "--create-missing")
    assert f"created 0, updated 0, skipped {n}, rejected 0" in res.stdout
    assert len(_deals(db)) == n


def test_map_names_a_field_and_a_column_by_any_of_their_names(tmp_path: Path) -> None:
    export = sales_opportunities()
    db = tmp_path / "firm.sqlite3"
    src = export.write(tmp_path)
    res = run("--db", db, "import", "deals", src, "--create-missing",
              "--map", "商机名称=opportunity_id", "--map", "Owner=B")
    assert res.returncode == 0, res.stderr
    got = _deals(db, by_name=True)  # the id column went to the name: no external id is kept
    assert set(got) == {e.external_id for e in export.expected}
    assert got["1C1I7A6R"][1:3] == ("Cancity", "Moses Frase")
    res = run("--db", db, "import", "deals", src, "--create-missing", "--mode", "update",
              "--map", "name=opportunity_id")
    assert "created 0, updated 4, skipped 0, rejected 0" in res.stdout
    assert len(_deals(db, by_name=True)) == 4


def _custom(tmp_path: Path) -> Path:
    """An export whose headers Sailplan does not know: customer and stage need --map."""
    return write_csv(tmp_path / "custom.csv", [
        ["Ref", "Deal Topic", "Client", "Phase", "Worth", "Rep"],
        ["R-1", "Rollout", "Oceanic", "Won", "12000", "Ada"],
        ["R-2", "Pilot", "Oceanic", "Negotiation", "3000", "Ada"],
        ["R-3", "Audit", "Tyrell", "Lost", "500", "Bo"]])


def test_without_a_customer_column_the_refusal_says_how_to_map_one(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite3"
    res = run("--db", db, "import", "deals", _custom(tmp_path), "--create-missing")
    assert res.returncode == 2
    line = res.stderr.strip()
    assert "\n" not in line and "Customer" in line and "Stage" in line
    assert '--map "客户名称=COLUMN"' in line


def test_custom_headers_import_with_map_options_and_with_a_saved_mapping(tmp_path: Path) -> None:
    src = _custom(tmp_path)
    maps = ["客户名称=Client", "stage=Phase", "Deal name=Deal Topic", "金额=E", "Deal ID=Ref",
            "owner=rep"]
    db = tmp_path / "a.sqlite3"
    args = [a for m in maps for a in ("--map", m)]
    res = run("--db", db, "import", "deals", src, "--create-missing", *args)
    assert res.returncode == 0, res.stderr
    first = _deals(db)
    assert first["R-1"][:5] == ("Rollout", "Oceanic", "Ada", Decimal("12000.00"), "won")
    assert first["R-3"][4] == "lost"

    mapping = tmp_path / "custom-mapping.json"
    headers = ["Ref", "Deal Topic", "Client", "Phase", "Worth", "Rep"]
    save_mapping_file(mapping, "deals", headers, ["external_id", "name", "customer", "stage",
                                                  "amount", "owner"])
    assert json.loads(mapping.read_text(encoding="utf-8"))["columns"]["Client"] == "customer"
    db2 = tmp_path / "b.sqlite3"
    res = run("--db", db2, "import", "deals", src, "--create-missing", "--mapping", mapping)
    assert res.returncode == 0, res.stderr
    assert _deals(db2) == first
    res = run("--db", db2, "import", "deals", src, "--mapping", mapping, "--dry-run",
              "--mode", "update")
    assert res.returncode == 0, res.stderr
    assert "Columns: A Ref → Deal ID; B Deal Topic → Deal name; C Client → Customer" in res.stdout
    assert "Dry run: created 0, updated 3, skipped 0, rejected 0" in res.stdout


@pytest.mark.parametrize(("option", "named"), [
    (["--map", "bogus=Client"], "“bogus”"),
    (["--map", "customer=Kunde"], "no column “Kunde”"),
    (["--map", "customer"], "FIELD=COLUMN"),
    (["--mapping", "missing.json"], "missing.json"),
])
def test_an_unknown_field_or_column_is_refused_with_one_line(tmp_path: Path, option: list[str],
                                                             named: str) -> None:
    db = tmp_path / "firm.sqlite3"
    open_store(db).close()
    res = run("--db", db, "import", "deals", _custom(tmp_path), *option)
    assert res.returncode == 2
    assert res.stderr.startswith("sailplan: ") and res.stderr.count("\n") == 1
    assert named in res.stderr and "Traceback" not in res.stderr


def test_account_ids_link_deals_to_the_customers_imported_before(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite3"
    accounts = write_csv(tmp_path / "accounts.csv", [
        ["Account ID", "Account Name", "Phone", "Industry", "Account Owner"],
        ["0015g00000XyZ01", "Acme Corp", "13800138000", "Manufacturing", "Ada Park"],
        ["0015g00000XyZ02", "Globex", "", "Energy", "Ben Ortiz"],
        ["0015g00000XyZ03", "Initech", "", "Software", "Ben Ortiz"],
        ["0015g00000XyZ04", "Initech", "", "Consulting", "Ben Ortiz"]])  # a namesake
    res = run("--db", db, "import", "customers", accounts, "--create-missing")
    assert "created 4, updated 0, skipped 0, rejected 0" in res.stdout, res.stderr
    export = salesforce()
    rows = [list(r) for r in export.rows]
    rows[0][export.column("Account Name")] = "ACME Corporation"  # renamed since
    res = run("--db", db, "import", "deals", export.write(tmp_path, rows))
    assert res.returncode == 0, res.stdout + res.stderr
    with open_store(db) as store, store.read() as uow:
        linked = dict(uow.session.execute(
            select(Deal.external_id, Customer.external_id)
            .join(Customer, Customer.id == Deal.customer_id)).all())
        customers = uow.session.scalar(select(Customer.id).where(Customer.name == "ACME "
                                                                 "Corporation"))
    assert linked == {"0065g00000AbCdE": "0015g00000XyZ01", "0065g00000AbCdF": "0015g00000XyZ01",
                      "0065g00000AbCdG": "0015g00000XyZ02", "0065g00000AbCdH": "0015g00000XyZ03"}
    assert customers is None
    res = run("--db", db, "import", "customers", accounts, "--mode", "update")
    assert "created 0, updated 4, skipped 0, rejected 0" in res.stdout
