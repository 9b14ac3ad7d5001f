"""The headless ``team`` command on a real file and on PostgreSQL: ``team init`` switches a
database once (idempotently) with the owner's account, ``team account`` adds, resets, disables
and enables accounts; passwords come from standard input or a prompt that does not echo them."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from services.setup import open_store
from services.team.accounts import find_account
from services.team.mode import team_mode
from services.team.signin import sign_in
from tests.unit.team.team_fixtures import make_team

ROOT = Path(__file__).resolve().parents[3]


def sailplan(db: Path | str, *args: str, stdin: str | None = None
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--db", str(db)],
                          input=stdin if stdin is not None else "", capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def _firm(target: Path | str) -> None:
    with open_store(target) as store:
        make_team(store)


def test_team_init_switches_the_file_once_and_the_owner_signs_in(db_path: Path):
    _firm(db_path)
    done = sailplan(db_path, "team", "init", "--user", "Wang", "--password-stdin",
                    stdin="secret-pass1\n")
    assert done.returncode == 0, done.stderr
    assert "is now in team mode" in done.stdout
    assert "Created the owner account Wang for 王总." in done.stdout
    assert "secret-pass1" not in done.stdout + done.stderr
    again = sailplan(db_path, "team", "init", "--user", "wang", "--lang", "zh")
    assert again.returncode == 0, again.stderr  # no password asked: nothing to create
    assert "已经是团队模式" in again.stdout and "密码未改" in again.stdout
    with open_store(db_path) as store:
        assert team_mode(store)
        assert sign_in(store, "wang", "secret-pass1").value.person_name == "王总"


def test_team_init_refuses_clearly_in_english_and_chinese(db_path: Path):
    _firm(db_path)
    manager = sailplan(db_path, "team", "init", "--user", "li", "--person", "李经理",
                       "--password-stdin", stdin="secret-pass1\n")
    assert manager.returncode == 2
    assert "the first account must be the owner's; 李经理 is not the owner" in manager.stderr
    short = sailplan(db_path, "team", "init", "--user", "wang", "--password-stdin", "--lang",
                     "zh", stdin="short\n")
    assert short.returncode == 2 and "密码至少需要 8 个字符" in short.stderr
    nothing = sailplan(db_path, "team", "init", "--user", "wang")
    assert nothing.returncode == 2 and "--password-stdin" in nothing.stderr
    with open_store(db_path) as store:
        assert not team_mode(store)  # every refusal left the file personal


def test_team_account_add_reset_disable_enable(db_path: Path):
    _firm(db_path)
    assert sailplan(db_path, "team", "init", "--user", "wang", "--password-stdin",
                    stdin="secret-pass1\n").returncode == 0
    added = sailplan(db_path, "team", "account", "add", "张三", "--user", "zhangsan",
                     "--password-stdin", stdin="rep-pass-1\n")
    assert added.returncode == 0, added.stderr
    taken = sailplan(db_path, "team", "account", "add", "李经理", "--user", "ZhangSan",
                     "--password-stdin", stdin="rep-pass-1\n")
    assert taken.returncode == 2 and "the user name “ZhangSan” is taken" in taken.stderr
    reset = sailplan(db_path, "team", "account", "reset", "zhangsan", "--password-stdin",
                     stdin="new-pass-22\n")
    assert reset.returncode == 0 and "New password set for zhangsan." in reset.stdout
    disabled = sailplan(db_path, "team", "account", "disable", "张三")
    assert disabled.returncode == 0, disabled.stderr
    listed = sailplan(db_path, "team", "account", "list")
    assert "zhangsan\t张三\trep\tdisabled\t" in listed.stdout.splitlines()
    last = sailplan(db_path, "team", "account", "disable", "wang", "--lang", "zh")
    assert last.returncode == 2 and "最后一个老板账号" in last.stderr
    with open_store(db_path) as store:
        assert find_account(store, "zhangsan").disabled
    assert sailplan(db_path, "team", "account", "enable", "zhangsan").returncode == 0
    with open_store(db_path) as store:
        assert sign_in(store, "zhangsan", "new-pass-22").value.person_name == "张三"


def test_the_prompt_does_not_echo_the_password_and_asks_twice(db_path: Path):
    _firm(db_path)
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db_path),
                             "team", "init", "--user", "wang"],
                            stdin=slave, stdout=slave, stderr=slave, cwd=ROOT,
                            start_new_session=True)
    os.close(slave)
    seen = b""
    try:
        for answer in (b"prompted-pass1\n", b"prompted-pass1\n"):
            seen += _read_until(master, b": ")
            os.write(master, answer)
        proc.wait(timeout=60)
        seen += _read_until(master, b"", timeout=1)
    finally:
        os.close(master)
    text = seen.decode("utf-8", "replace")
    assert proc.returncode == 0, text
    assert "Password for wang:" in text and "The same password again:" in text
    assert "prompted-pass1" not in text
    with open_store(db_path) as store:
        assert sign_in(store, "wang", "prompted-pass1").value.person_name == "王总"


def _read_until(fd: int, marker: bytes, timeout: float = 30) -> bytes:
    out = b""
    end = time.monotonic() + timeout
    while time.monotonic() < end and (not marker or marker not in out):
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    return out


def test_team_init_on_postgresql(pg_url: str):
    _firm(pg_url)
    done = sailplan(pg_url, "team", "init", "--user", "wang", "--password-stdin",
                    stdin="secret-pass1\n")
    assert done.returncode == 0, done.stderr
    assert "was already in team mode" in done.stdout  # a server always is
    with open_store(pg_url) as store:
        assert sign_in(store, "WANG", "secret-pass1").value.role == "owner"
    # the owner's account is a login role of its own: PostgreSQL checks its password
    import psycopg
    from sqlalchemy.engine import make_url

    from services.team.pg_scope import login_role
    from tests.pg_server import drop_sailplan_roles

    url = make_url(pg_url)
    role = login_role(str(url.database), "wang")
    listed = sailplan(pg_url, "team", "account", "list")
    assert role in listed.stdout and "database login" in listed.stdout
    added = sailplan(pg_url, "team", "account", "add", "张三", "--user", "zhangsan",
                     "--password-stdin", stdin="rep-pass-12\n")
    assert added.returncode == 0, added.stderr
    try:
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                             user=login_role(str(url.database), "zhangsan"),
                             password="rep-pass-12") as rep:
            assert rep.execute("SELECT current_user").fetchone() != (url.username,)
            rep.rollback()
        assert sailplan(pg_url, "team", "account", "disable", "zhangsan").returncode == 0
        try:
            psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                            user=login_role(str(url.database), "zhangsan"),
                            password="rep-pass-12").close()
            raise AssertionError("a disabled account's role logged in")
        except psycopg.OperationalError as exc:
            assert "not permitted to log in" in str(exc)
    finally:
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                             user=url.username, autocommit=True) as admin:
            drop_sailplan_roles(admin)
