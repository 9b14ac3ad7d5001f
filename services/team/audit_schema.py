"""The audit trail's database side: which fields are tracked and the triggers that log them.

Every change to a tracked field is logged by the database itself, in the same transaction as
the change: an ORM flush, a Core bulk UPDATE, an ``executemany`` and raw SQL alike, so no writer
can forget it and a crash leaves both or neither. :func:`install_audit` creates (or replaces)
the triggers of a database in team mode; a personal SQLite file has none (no log, no cost).

- SQLite: per tracked table one ``AFTER INSERT``, one ``AFTER UPDATE OF <fields>`` and one
  ``AFTER DELETE`` trigger, each inserting one row per changed field; the actor is the
  connection's ``sailplan_actor()`` (``services.core.actor``). ``BEFORE UPDATE`` and ``BEFORE
  DELETE`` triggers on ``audit_log`` refuse any change to the log (``RAISE(ABORT)``). A program
  that writes a team file without Sailplan's engine has no ``sailplan_actor()`` and its writes
  to tracked tables fail: a team file is changed through Sailplan.
- PostgreSQL: one trigger function ``sailplan_audit()`` (``SECURITY DEFINER``: it inserts as
  the log's owner), one trigger per tracked table naming its fields; the log's owner is the
  role that ran the migrations (the schema owner). :func:`grant_audit` leaves the app's roles
  ``SELECT`` on the log and nothing else — not even ``INSERT``, since the trigger function
  writes as the owner, so no login can forge a row with ``psql`` — and a guard trigger refuses
  ``UPDATE``, ``DELETE`` and ``TRUNCATE`` even to a role that was granted them by mistake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

AUDIT_TABLE = "audit_log"
MODE_KEY = "team.mode"
"""AppSetting whose JSON value ``"team"`` marks a SQLite file in team mode (PostgreSQL always
is); written by ``team init``."""
TEAM = "team"

TRACKED: Mapping[str, tuple[str, ...]] = {
    "customers": ("owner_id", "in_pool", "deleted_at"),
    "deals": ("owner_id", "stage_id", "amount", "expected_close", "deleted_at"),
    "target_values": ("floor", "target", "challenge", "deleted_at"),
    "payments": ("amount", "received_on", "contract_id", "deleted_at"),
    "payout_runs": ("status", "deleted_at"),
    "payout_lines": ("person_id", "amount", "deleted_at"),
    "payout_adjustments": ("person_id", "amount", "deleted_at"),
    "scheme_versions": ("status", "effective_from", "document", "deleted_at"),
    "people": ("role", "unit_id", "manager_id", "deleted_at"),
}
"""Table → the fields whose every change is logged (``deleted_at``: deleted and restored)."""

_PREFIX = "audit_"
_GUARD = "audit_log_guard"
_FUNCTION = "sailplan_audit"
_GUARD_FUNCTION = "sailplan_audit_guard"
REFUSAL = "the audit log cannot be changed"


def team_mode(connection: Connection) -> bool:
    """Whether the database is in team mode: PostgreSQL always; SQLite when switched."""
    if connection.dialect.name == "postgresql":
        return True
    row = connection.execute(text("SELECT value FROM app_settings WHERE key = :k"),
                             {"k": MODE_KEY}).first()
    return row is not None and row[0] == f'"{TEAM}"'


def install_audit(connection: Connection) -> None:
    """Create or replace the audit triggers (idempotent; the caller's transaction commits).

    Call it when a database is switched to team mode, and again after a migration rebuilt a
    tracked table (SQLite drops a table's triggers with it): :func:`audit_installed` tells.
    """
    if connection.dialect.name == "postgresql":
        _install_pg(connection)
    else:
        _install_sqlite(connection)


def remove_audit(connection: Connection) -> None:
    """Drop the audit triggers (the log stays): for a database going back to personal mode."""
    if connection.dialect.name == "postgresql":
        for table in TRACKED:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_PREFIX}{table} ON {table}")
        return
    for name in _sqlite_trigger_names():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def audit_installed(connection: Connection) -> bool:
    """Whether every audit trigger is in place (a rebuilt SQLite table loses its own)."""
    if connection.dialect.name == "postgresql":
        names = {r[0] for r in connection.execute(text(
            "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal"))}
        expected = {f"{_PREFIX}{table}" for table in TRACKED} | {_GUARD}
    else:
        names = {r[0] for r in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        expected = set(_sqlite_trigger_names())
    return expected <= names


def ensure_audit(connection: Connection) -> bool:
    """Install the triggers of a database in team mode when any is missing; True if it did."""
    if not team_mode(connection) or audit_installed(connection):
        return False
    install_audit(connection)
    return True


def grant_audit(connection: Connection, roles: Iterable[str]) -> None:
    """PostgreSQL: the app's ``roles`` may read the log and nothing more.

    Run it after any broader grant (``GRANT … ON ALL TABLES``), which would include the log.
    """
    connection.exec_driver_sql(f"REVOKE ALL ON {AUDIT_TABLE} FROM PUBLIC")
    for role in roles:
        quoted = connection.dialect.identifier_preparer.quote(role)
        connection.exec_driver_sql(f"REVOKE ALL ON {AUDIT_TABLE} FROM {quoted}")
        connection.exec_driver_sql(f"GRANT SELECT ON {AUDIT_TABLE} TO {quoted}")


# --- SQLite ----------------------------------------------------------------------------------

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
_COLUMNS = "at, actor_id, db_user, table_name, record_id, field, action, old_value, new_value"


def _sqlite_trigger_names() -> list[str]:
    names = [f"{_PREFIX}{table}_{when}" for table in TRACKED
             for when in ("insert", "update", "delete")]
    return [*names, f"{_GUARD}_update", f"{_GUARD}_delete"]


def _sqlite_rows(table: str, fields: tuple[str, ...], action: str) -> str:
    """One INSERT … SELECT … WHERE per field: a row only for a field that changed."""
    parts = []
    for f in fields:
        old = "NULL" if action == "insert" else f"OLD.{f}"
        new = "NULL" if action == "delete" else f"NEW.{f}"
        rid = "OLD.id" if action == "delete" else "NEW.id"
        parts.append(
            f"INSERT INTO {AUDIT_TABLE} ({_COLUMNS}) SELECT {_SQLITE_NOW}, sailplan_actor(), "
            f"NULL, '{table}', {rid}, '{f}', '{action}', {old}, {new} WHERE {old} IS NOT {new};")
    return "\n  ".join(parts)


def _install_sqlite(connection: Connection) -> None:
    for name in _sqlite_trigger_names():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table, fields in TRACKED.items():
        stored = tuple(f for f in fields if f != "deleted_at")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_PREFIX}{table}_insert AFTER INSERT ON {table} FOR EACH ROW "
            f"BEGIN\n  {_sqlite_rows(table, stored, 'insert')}\nEND")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_PREFIX}{table}_update AFTER UPDATE OF {', '.join(fields)} "
            f"ON {table} FOR EACH ROW BEGIN\n  {_sqlite_rows(table, fields, 'update')}\nEND")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_PREFIX}{table}_delete AFTER DELETE ON {table} FOR EACH ROW "
            f"BEGIN\n  {_sqlite_rows(table, stored, 'delete')}\nEND")
    for when in ("update", "delete"):
        connection.exec_driver_sql(
            f"CREATE TRIGGER {_GUARD}_{when} BEFORE {when.upper()} ON {AUDIT_TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END")


# --- PostgreSQL ------------------------------------------------------------------------------

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {{schema}}, pg_catalog AS $$
DECLARE
  o jsonb := '{{{{}}}}'::jsonb;
  n jsonb := '{{{{}}}}'::jsonb;
  f text;
  rid text;
  who text := nullif(current_setting('{{setting}}', true), '');
BEGIN
  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); rid := OLD.id; END IF;
  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); rid := NEW.id; END IF;
  FOREACH f IN ARRAY TG_ARGV LOOP
    IF (o ->> f) IS DISTINCT FROM (n ->> f) THEN
      INSERT INTO {AUDIT_TABLE} ({_COLUMNS})
      VALUES (now() AT TIME ZONE 'UTC', who, session_user, TG_TABLE_NAME, rid, f,
              lower(TG_OP), o ->> f, n ->> f);
    END IF;
  END LOOP;
  RETURN NULL;
END $$
"""

_PG_GUARD = f"""
CREATE OR REPLACE FUNCTION {_GUARD_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'insufficient_privilege';
END $$
"""


def _install_pg(connection: Connection) -> None:
    from services.core.actor import ACTOR_SETTING

    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    quoted = connection.dialect.identifier_preparer.quote(schema)
    connection.exec_driver_sql(
        _PG_FUNCTION.format(schema=quoted, setting=ACTOR_SETTING))
    connection.exec_driver_sql(_PG_GUARD)
    connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION {_FUNCTION}() FROM PUBLIC")
    for table, fields in TRACKED.items():
        args = ", ".join(f"'{f}'" for f in fields)
        connection.exec_driver_sql(
            f"CREATE OR REPLACE TRIGGER {_PREFIX}{table} AFTER INSERT OR UPDATE OF "
            f"{', '.join(fields)} OR DELETE ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION {_FUNCTION}({args})")
    connection.exec_driver_sql(
        f"CREATE OR REPLACE TRIGGER {_GUARD} BEFORE UPDATE OR DELETE OR TRUNCATE "
        f"ON {AUDIT_TABLE} FOR EACH STATEMENT EXECUTE FUNCTION {_GUARD_FUNCTION}()")
    connection.exec_driver_sql(f"REVOKE ALL ON {AUDIT_TABLE} FROM PUBLIC")
