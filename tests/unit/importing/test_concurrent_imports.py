"""Two imports of the same names at the same time create every customer once.

Each import decides create / skip again inside its write transaction, which holds the database's
write lock (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: an advisory lock), so the second import
sees the first one's customers. On SQLite the second window opens the file through a symbolic
link; the one-window lock refuses it, and a helper sharing the file (lock off) is serialised by
the transaction.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.customers import Customer
from services.core.store import Store
from services.importing import commit_plan, open_source, plan_import
from services.setup import open_store
from tests.unit.importing_fixtures import write_csv

ROOT = Path(__file__).resolve().parents[3]
NAMES = 2_000


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    rows = [[f"并发客户{i:04d}有限公司", f"139{i:08d}", "制造业"] for i in range(NAMES)]
    return write_csv(tmp_path / "ledger.csv", [["客户名称", "手机", "行业"], *rows])


def _customers(store: Store) -> int:
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Customer)) or 0)


def _import_both_at_once(first: Store, second: Store, ledger: Path) -> list[dict[str, int]]:
    """Plan both imports first (each sees an empty database), then commit them together."""
    plans = [plan_import(s, open_source(ledger, "customers", store=s), mode="skip")
             for s in (first, second)]
    assert [p.counts()["create"] for p in plans] == [NAMES, NAMES]
    start = threading.Barrier(2)
    results: list[dict[str, int]] = []
    errors: list[BaseException] = []

    def commit(store: Store, plan) -> None:  # noqa: ANN001
        try:
            start.wait()
            results.append(commit_plan(store, plan).value.counts)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    threads = [threading.Thread(target=commit, args=(s, p)) for s, p in zip((first, second),
                                                                           plans, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    return results


def _assert_once(results: list[dict[str, int]]) -> None:
    assert sorted(r["create"] for r in results) == [0, NAMES]
    assert sorted(r["skip"] for r in results) == [0, NAMES]


def test_sqlite_through_a_symlink_two_imports_create_each_customer_once(tmp_path: Path,
                                                                        ledger: Path):
    real = tmp_path / "firm.sqlite3"
    link = tmp_path / "link.sqlite3"
    first = open_store(real)
    link.symlink_to(real)
    second = open_store(link, lock=False)  # a helper sharing the file (the window is refused)
    try:
        _assert_once(_import_both_at_once(first, second, ledger))
        assert _customers(first) == NAMES
    finally:
        second.close()
        first.close()


@pytest.mark.postgres
def test_postgresql_two_imports_create_each_customer_once(pg_url: str, ledger: Path):
    first, second = open_store(pg_url), open_store(pg_url)
    try:
        _assert_once(_import_both_at_once(first, second, ledger))
        assert _customers(first) == NAMES
    finally:
        second.close()
        first.close()


def _cli(db: str | Path, ledger: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import",
                             "customers", str(ledger), "--mode", "skip"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_cli_imports_through_a_symlink_make_each_customer_once(tmp_path: Path,
                                                                   ledger: Path):
    real = tmp_path / "firm.sqlite3"
    open_store(real).close()
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    procs = [_cli(real, ledger), _cli(link, ledger)]
    outs = [p.communicate(timeout=180) for p in procs]
    codes = [p.returncode for p in procs]
    for code, (out, err) in zip(codes, outs, strict=True):
        # Either it ran (before or after the other) or the one-window lock refused it.
        assert code == 0 or (code == 2 and "already open" in err), (code, out, err)
    assert 0 in codes
    with open_store(real) as store:
        assert _customers(store) == NAMES


@pytest.mark.postgres
def test_two_cli_imports_on_postgresql_make_each_customer_once(pg_url: str, ledger: Path):
    open_store(pg_url).close()
    procs = [_cli(pg_url, ledger), _cli(pg_url, ledger)]
    outs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    created = sorted(int(out.split("created ")[1].split(",")[0]) for out, _err in outs)
    assert created == [0, NAMES], outs
    with open_store(pg_url) as store:
        assert _customers(store) == NAMES


def test_rows_that_became_wrong_since_the_preview_refuse_the_whole_import(store: Store,
                                                                          tmp_path: Path):
    from sqlalchemy import update

    from models.base import utcnow
    from services.customers.edit import NewCustomer, create_customer
    from services.importing import ImportRejected

    gone = create_customer(store, NewCustomer(name="将被删除的客户")).value
    contacts = write_csv(tmp_path / "contacts.csv", [["客户名称", "联系人"],
                                                     ["将被删除的客户", "张三"]])
    plan = plan_import(store, open_source(contacts, "contacts", store=store))
    assert plan.counts()["create"] == 1
    with store.write() as uow:  # meanwhile, another window deletes the customer
        uow.session.execute(update(Customer).where(Customer.id == gone)
                            .values(deleted_at=utcnow()))
        uow.commit()
    with pytest.raises(ImportRejected, match="database changed since the file was checked"):
        commit_plan(store, plan)
    assert plan.counts()["reject"] == 1  # the preview now says why
