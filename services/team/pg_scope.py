"""The data scope on PostgreSQL: login roles, grants and row-level security.

:func:`install_scope` (run by ``team init``; idempotent, run it again after a schema upgrade)
creates or replaces, in the schema that holds Sailplan's tables:

- the group roles ``sailplan_write`` (一线销售, 销售经理, 销售总监, 老板) and ``sailplan_read``
  (数据分析岗): SELECT on every table, the writers also INSERT/UPDATE/DELETE; ``accounts`` without
  its ``password_hash`` column; ``alembic_version`` read only. The schema owner keeps ownership
  of everything (it runs the migrations and ``team`` commands, and is not limited by the
  policies: tables are not FORCEd, so the scope functions, which run as the owner, read all);
- SQL functions (STABLE, SECURITY DEFINER, fixed ``search_path``) that map ``current_user`` to
  its account, person, role and the people in its scope (:mod:`services.team.scope`'s rules);
- row-level security on every table: the scoped tables (customers, deals and what hangs off
  them) show and accept only the rows in scope; all tables accept writes only from a writer's
  role, and ``people``, ``org_units`` and ``accounts`` only from the owner's. A role that is
  no account of this database (or a disabled account's) sees no row at all.

Each account is a login role whose name :func:`login_role` derives from the database name and
the user name, so the app can connect as the account before it can read anything; its password
is the account's password as a SCRAM verifier, computed by the client (libpq), so the password
itself never travels in SQL. :func:`sync_login` creates or updates it through
``sailplan_sync_login``, which only the schema owner and owners' accounts may call.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from models.base import Base
from models.team import Account
from services.core.changes import ChangeRecorder
from services.team.audit_schema import grant_audit
from services.team.passwords import user_key
from services.team.scope import ADMIN_TABLES, SCOPED, WRITERS

READ_GROUP = "sailplan_read"
WRITE_GROUP = "sailplan_write"
ROLE_PREFIX = "sp_"
ACCOUNT_COLUMNS = ("id", "person_id", "user_name", "user_key", "failed_attempts",
                   "locked_until", "disabled", "last_sign_in_at", "password_changed_at",
                   "created_at", "updated_at", "deleted_at")
"""The columns of ``accounts`` app roles may read (not ``password_hash``)."""
POLICIES = ("sailplan_select", "sailplan_insert", "sailplan_update", "sailplan_delete")


def login_role(database: str, user_key: str) -> str:
    """The PostgreSQL login role of the account ``user_key`` in ``database``:
    ``sp_`` and 32 hex digits of SHA-256 of both (same in SQL: ``sailplan_login_role``).
    """
    digest = hashlib.sha256(f"{database}\n{user_key}".encode()).hexdigest()
    return ROLE_PREFIX + digest[:32]


def _functions(schema: str) -> str:
    s = f'"{schema}"'
    path = f"SET search_path = {s}, pg_temp"
    writers = ", ".join(f"'{r}'" for r in sorted(WRITERS))
    return f"""
CREATE OR REPLACE FUNCTION {s}.sailplan_login_role(key text) RETURNS text
LANGUAGE sql STABLE {path} AS $$
  SELECT '{ROLE_PREFIX}' || left(encode(sha256(convert_to(current_database() || chr(10) || key,
         'UTF8')), 'hex'), 32)
$$;

CREATE OR REPLACE FUNCTION {s}.sailplan_me(r text, OUT person_id text, OUT role text,
                                           OUT unit_id text)
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT p.id, p.role, p.unit_id FROM accounts a JOIN people p ON p.id = a.person_id
  WHERE sailplan_login_role(a.user_key) = r AND NOT a.disabled
    AND a.deleted_at IS NULL AND p.deleted_at IS NULL
  LIMIT 1
$$;

CREATE OR REPLACE FUNCTION {s}.sailplan_person(r text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$ SELECT person_id FROM sailplan_me(r) $$;

CREATE OR REPLACE FUNCTION {s}.sailplan_sees_all(r text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT coalesce((SELECT role IN ('owner', 'director', 'analyst') FROM sailplan_me(r)), false)
$$;

CREATE OR REPLACE FUNCTION {s}.sailplan_can_write(r text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT coalesce((SELECT role IN ({writers}) FROM sailplan_me(r)), false)
$$;

CREATE OR REPLACE FUNCTION {s}.sailplan_is_owner(r text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT coalesce((SELECT role = 'owner' FROM sailplan_me(r)), false)
$$;

CREATE OR REPLACE FUNCTION {s}.sailplan_people(r text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  WITH RECURSIVE me AS (SELECT * FROM sailplan_me(r)),
  units AS (SELECT unit_id AS id FROM me WHERE role = 'manager'
            UNION SELECT u.id FROM org_units u JOIN units ON u.parent_id = units.id)
  SELECT ARRAY(SELECT person_id FROM me WHERE person_id IS NOT NULL
               UNION SELECT p.id FROM people p WHERE p.unit_id IN (SELECT id FROM units))
$$;

CREATE OR REPLACE FUNCTION {s}.sailplan_sync_login(key text, verifier text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
DECLARE
  r text := sailplan_login_role(key);
  acc record;
BEGIN
  IF NOT (pg_has_role(session_user, current_user, 'MEMBER')
          OR sailplan_is_owner(session_user::text)) THEN
    RAISE EXCEPTION 'only the owner manages accounts' USING ERRCODE = '42501';
  END IF;
  SELECT a.disabled OR a.deleted_at IS NOT NULL OR p.deleted_at IS NOT NULL AS off, p.role
    INTO acc FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.user_key = key;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'there is no account %', key USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
  END IF;
  IF verifier IS NOT NULL THEN
    IF verifier !~ '^SCRAM-SHA-256\\$' THEN
      RAISE EXCEPTION 'a password is given as a SCRAM verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', r, verifier);
  END IF;
  EXECUTE format('ALTER ROLE %I %s', r, CASE WHEN acc.off THEN 'NOLOGIN' ELSE 'LOGIN' END);
  IF acc.role IN ({writers}) THEN
    EXECUTE format('GRANT {WRITE_GROUP} TO %I', r);
    EXECUTE format('REVOKE {READ_GROUP} FROM %I', r);
  ELSE
    EXECUTE format('GRANT {READ_GROUP} TO %I', r);
    EXECUTE format('REVOKE {WRITE_GROUP} FROM %I', r);
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r);
  RETURN r;
END
$$;
"""


def _scope_expr(schema: str, table: str) -> str:
    """The rows of ``table`` the current user may see (SQL)."""
    s = f'"{schema}"'
    me = "current_user::text"
    sees_all = f"(SELECT {s}.sailplan_sees_all({me}))"
    people = f"CAST((SELECT {s}.sailplan_people({me})) AS text[])"
    if table == "customers":
        return (f"{sees_all} OR ((SELECT {s}.sailplan_person({me})) IS NOT NULL AND "
                f"(owner_id IS NULL OR in_pool OR owner_id = ANY ({people})))")
    if table == "deals":
        return (f"{sees_all} OR owner_id = ANY ({people}) "
                f"OR customer_id IN (SELECT id FROM {s}.customers)")
    if table in SCOPED:
        column, parent = SCOPED[table]
        return f'{sees_all} OR "{column}" IN (SELECT id FROM {s}."{parent}")'
    return f"(SELECT {s}.sailplan_person({me})) IS NOT NULL"


def _policies(schema: str, table: str) -> list[str]:
    s = f'"{schema}"'
    q = f'{s}."{table}"'
    me = "current_user::text"
    read = _scope_expr(schema, table)
    who = "is_owner" if table in ADMIN_TABLES else "can_write"
    write = f"(SELECT {s}.sailplan_{who}({me})) AND ({read})"
    out = [f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY"]
    out += [f'DROP POLICY IF EXISTS "{p}" ON {q}' for p in POLICIES]
    out += [
        f'CREATE POLICY sailplan_select ON {q} FOR SELECT USING ({read})',
        f'CREATE POLICY sailplan_insert ON {q} FOR INSERT WITH CHECK ({write})',
        f'CREATE POLICY sailplan_update ON {q} FOR UPDATE USING ({write}) WITH CHECK ({write})',
        f'CREATE POLICY sailplan_delete ON {q} FOR DELETE USING ({write})',
    ]
    return out


def _grants(schema: str, database: str) -> list[str]:
    s = f'"{schema}"'
    both = f"{READ_GROUP}, {WRITE_GROUP}"
    columns = ", ".join(ACCOUNT_COLUMNS)
    return [
        f"GRANT USAGE ON SCHEMA {s} TO {both}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {both}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {WRITE_GROUP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {both}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.alembic_version FROM {WRITE_GROUP}",
        f"REVOKE ALL ON {s}.accounts FROM {both}",
        f"GRANT SELECT ({columns}) ON {s}.accounts TO {both}",
        f"GRANT INSERT, UPDATE ON {s}.accounts TO {WRITE_GROUP}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {both}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT INSERT, UPDATE, DELETE ON TABLES "
        f"TO {WRITE_GROUP}",
        f"REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} TO {both}",
        f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC',
    ]


_GROUPS = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{READ_GROUP}') THEN
    CREATE ROLE {READ_GROUP} NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{WRITE_GROUP}') THEN
    CREATE ROLE {WRITE_GROUP} NOLOGIN;
  END IF;
END $$
"""


def _run(connection: Connection, statement: str) -> None:
    """One statement on the connection's own transaction, as written (no parameters: the
    functions' ``format('%I')`` must reach the server untouched).
    """
    cursor = connection.connection.cursor()
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def install_scope(connection: Connection) -> list[str]:
    """Create or update the groups, grants, functions and policies (see the module docstring)
    inside the caller's transaction; returns the login roles of the accounts, each brought in
    line with its account (enabled or not, writer or reader).

    Run by the schema owner, which needs CREATEROLE (or is a superuser).
    """
    schema = connection.scalar(text("SELECT current_schema()"))
    database = connection.scalar(text("SELECT current_database()"))
    _run(connection, _GROUPS)
    _run(connection, _functions(str(schema)))
    tables = [t.name for t in Base.metadata.sorted_tables]
    for table in tables:
        for statement in _policies(str(schema), table):
            _run(connection, statement)
    for statement in _grants(str(schema), str(database)):
        _run(connection, statement)
    grant_audit(connection, [READ_GROUP, WRITE_GROUP])  # the log: read, never written by hand
    keys = connection.scalars(text("SELECT user_key FROM accounts ORDER BY user_key")).all()
    return [str(connection.scalar(text("SELECT sailplan_sync_login(:k, NULL)"), {"k": k}))
            for k in keys]


def scope_installed(connection: Connection) -> bool:
    """Whether :func:`install_scope` ran on this database."""
    return connection.scalar(
        text("SELECT to_regprocedure('sailplan_sync_login(text, text)') IS NOT NULL")) is True


def scram_verifier(connection: Connection, role: str, password: str) -> str:
    """``password`` as a SCRAM-SHA-256 verifier, computed by libpq on this machine."""
    raw = connection.connection.driver_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(password.encode(), role.encode(),
                                         b"scram-sha-256")).decode()


def sync_login(session: Session, user_key: str, password: str | None) -> str | None:
    """On PostgreSQL, create or update the login role of the account ``user_key`` (its
    password when given, LOGIN or NOLOGIN, its group); the scope is installed first when it
    never was. Returns the role (None on SQLite).
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return None
    if not scope_installed(connection):
        install_scope(connection)
    database = str(connection.scalar(text("SELECT current_database()")))
    role = login_role(database, user_key)
    verifier = scram_verifier(connection, role, password) if password is not None else None
    connection.execute(text("SELECT sailplan_sync_login(:k, :v)"), {"k": user_key,
                                                                     "v": verifier})
    return role


def login_url(url: URL, user_name: str, password: str) -> URL:
    """``url`` (the team database) connecting as the account ``user_name``'s login role with
    its password: PostgreSQL checks the password and applies the account's scope.
    """
    return url.set(username=login_role(str(url.database), user_key(user_name)),
                   password=password)


def login_rule(session: Session, recorder: ChangeRecorder) -> None:
    """Derived update (PostgreSQL): a person whose role changed or who was deleted or restored
    gets their account's login role brought in line in the same transaction — the writers'
    or the readers' group, LOGIN or NOLOGIN (the policies follow ``people.role`` by
    themselves; the grants follow here).
    """
    if "people" not in recorder.kinds_touched():
        return
    people = recorder.changes().of("people")
    if not (people.unknown or people.deleted or people.fields & {"role", "deleted_at"}):
        return
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    if not scope_installed(connection):
        return
    query = select(Account.user_key).where(Account.deleted_at.is_(None))
    if not people.unknown:
        query = query.where(Account.person_id.in_(sorted(people.updated | people.deleted)))
    for key in session.scalars(query).all():
        sync_login(session, key, None)
