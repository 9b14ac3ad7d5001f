"""``python main.py team migrate-from FILE --db URL``: a demo firm's file moved to PostgreSQL,
verified; a second run refused because the target is no longer empty.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from models import Customer, Payment
from services.demo.generate import generate_demo
from services.setup import open_store

ROOT = Path(__file__).resolve().parents[3]


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=600)


def _figures(store) -> tuple[int, object]:  # noqa: ANN001
    with store.read() as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(Customer)),
                s.scalar(select(func.sum(Payment.amount))))


def test_migrate_from_copies_the_firm_and_refuses_to_copy_twice(tmp_path, pg_url):
    from tests.pg_server import reset_schema

    reset_schema(pg_url)
    firm = tmp_path / "firm.sqlite3"
    with open_store(firm) as store:
        generate_demo(store, size="40:100", incentives=False)
        want = _figures(store)
    done = _main("team", "migrate-from", str(firm), "--db", pg_url)
    assert done.returncode == 0, done.stderr
    assert "every table's count and every amount's sum agree" in done.stdout
    assert "customers: " in done.stdout
    with open_store(pg_url, migrate=False, lock=False) as server:
        assert _figures(server) == want
    again = _main("--lang", "zh_CN", "team", "migrate-from", str(firm), "--db", pg_url)
    assert again.returncode == 2
    assert "not empty" in again.stderr or "不是空的" in again.stderr
    with open_store(pg_url, migrate=False, lock=False) as server:
        assert _figures(server) == want  # nothing added by the refused run


def test_migrate_from_needs_a_target_and_an_existing_file(tmp_path):
    missing = _main("team", "migrate-from", str(tmp_path / "nope.sqlite3"), "--db",
                    str(tmp_path / "t.sqlite3"))
    assert missing.returncode == 2 and "nope.sqlite3" in missing.stderr
    firm = tmp_path / "firm.sqlite3"
    open_store(firm).close()
    no_target = _main("team", "migrate-from", str(firm))
    assert no_target.returncode == 2 and "--db" in no_target.stderr
