"""A throwaway PostgreSQL 15 server for the test session (used by tests/conftest.py).

``initdb`` into a fresh temporary folder, start on 127.0.0.1 with a free port, create a database,
and stop/remove everything at the end. As root, PostgreSQL refuses to run, so the server runs as
the ``postgres`` user (``runuser``) and owns the folder. The superuser ``postgres`` connects
without a password; any other role needs its password (``scram-sha-256``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

PG_BIN = Path(os.environ.get("SAILPLAN_PG_BIN", "/usr/lib/postgresql/15/bin"))
DB_NAME = "sailplan_test"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """One private PostgreSQL cluster; ``start()`` returns a psycopg URL of a fresh database."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.data: Path | None = None
        self.port = 0
        self._runas: list[str] = []

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._runas, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stdout}{done.stderr}")

    def start(self) -> str:
        if not (PG_BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL 15 is not installed ({PG_BIN}/initdb missing)")
        # Not under pytest's tmp folder: that one is mode 0700 and root-owned.
        self.folder = Path(tempfile.mkdtemp(prefix="sailplan-pg-"))
        self.data = self.folder / "data"
        if os.geteuid() == 0:
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.folder, pw.pw_uid, pw.pw_gid)
            self._runas = ["runuser", "-u", "postgres", "--"]
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync")
        # The superuser connects without a password; every other role (the Sailplan accounts'
        # login roles) must give its SCRAM password, as on a real server.
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "host all postgres 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")
        self.port = _free_port()
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off -c synchronous_commit=off")
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.folder / "server.log"), "-w", "-t", "60", "-o", options, "start")
        import psycopg

        with psycopg.connect(self.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
            c.execute(f"CREATE DATABASE {DB_NAME}")
        return self.url(DB_NAME)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def log_tail(self) -> str:
        log = self.folder / "server.log" if self.folder else None
        return log.read_text(errors="replace")[-2000:] if log and log.exists() else ""

    def stop(self) -> None:
        if self.data is not None and (self.data / "postmaster.pid").exists():
            subprocess.run([*self._runas, str(PG_BIN / "pg_ctl"), "-D", str(self.data),
                            "-m", "immediate", "-w", "stop"], capture_output=True, timeout=60)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def reset_schema(url: str) -> None:
    """Give the database an empty ``public`` schema (every test starts from nothing), without
    the login and group roles a test's ``team`` commands made (:func:`drop_sailplan_roles`).
    """
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '20s'")
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
        drop_sailplan_roles(conn)
        # team init revokes CONNECT from PUBLIC; a test's own roles connect again
        row = conn.execute("SELECT current_database()").fetchone()
        assert row is not None
        database = row[0]
        from psycopg import sql

        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO PUBLIC").format(
            sql.Identifier(database)))


def drop_sailplan_roles(conn: object) -> None:
    """Drop the accounts' login roles (``sp_…``) and the groups ``sailplan_read`` and
    ``sailplan_write``, with whatever they were granted in this database.
    """
    from psycopg import sql

    cur: Any = conn
    roles = [r for (r,) in cur.execute(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE 'sp\\_%' "
        "OR rolname IN ('sailplan_read', 'sailplan_write')").fetchall()]
    for role in roles:
        cur.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
        cur.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
