"""``people leave`` on a real file: hand over to one person, split, refusals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from models import Customer, Person
from services.setup import open_store
from tests.unit.org.test_leaving import _team

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def _owners(db: Path) -> dict[str, int]:
    with open_store(db) as store, store.read() as uow:
        names = dict(uow.session.execute(select(Person.id, Person.name)).all())
        counts: dict[str, int] = {}
        for owner in uow.session.scalars(select(Customer.owner_id)):
            counts[names[owner]] = counts.get(names[owner], 0) + 1
        return counts


def test_people_leave_splits_and_refuses(db_path: Path):
    with open_store(db_path) as store:
        _team(store)
    bad = sailplan(db_path, "people", "leave", "张三")
    assert bad.returncode == 2 and "choose who takes them over" in bad.stderr
    assert _owners(db_path) == {"张三": 5, "李四": 1}
    nobody = sailplan(db_path, "people", "leave", "张三", "--to", "无名氏")
    assert nobody.returncode == 2 and "No person is called 无名氏" in nobody.stderr

    done = sailplan(db_path, "people", "leave", "张三", "--split", "李四，王五", "--on",
                    "2026-05-31")
    assert done.returncode == 0, done.stderr
    assert "张三 leaves on 2026-05-31; handed over: 5 customer(s), 5 open deal(s)" in done.stdout
    assert "  李四: 3 customer(s), 3 open deal(s)" in done.stdout
    assert _owners(db_path) == {"李四": 4, "王五": 2}

    to_gone = sailplan(db_path, "people", "leave", "王五", "--to", "张三", "--on", "2026-06-30")
    assert to_gone.returncode == 2 and "张三 has left and cannot take over" in to_gone.stderr
    one = sailplan(db_path, "people", "leave", "王五", "--to", "李四", "--on", "2026-06-30")
    assert one.returncode == 0, one.stderr
    assert _owners(db_path) == {"李四": 6}
