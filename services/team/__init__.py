"""Team mode (团队模式): accounts, sign-in and the database's mode.

- :mod:`services.team.passwords` — Argon2id hashing (argon2-cffi; 19 MiB, two passes), the rules
  a new password and a user name follow, and whether a stored hash needs re-hashing;
- :mod:`services.team.mode` — :func:`~services.team.mode.team_mode` (a personal SQLite file:
  no; a file switched with ``team init``: yes; PostgreSQL: always) and
  :func:`~services.team.mode.init_team`, which switches a database and creates the first owner
  account, idempotently;
- :mod:`services.team.accounts` — listing, creating, disabling and enabling accounts and an
  owner resetting a password;
- :mod:`services.team.signin` — checking a user name and password: the increasing wait after
  failed attempts is stored with the account (a restart does not reset it), a hash made with
  older parameters is re-hashed on a successful sign-in;
- :mod:`services.team.audit_schema` — the audit trail's triggers (SQLite) and trigger function
  (PostgreSQL), installed when a database is in team mode, and the privileges that keep the
  log unchangeable;
- :mod:`services.team.audit` — reading the audit trail (操作日志): by record, person, table and
  field, and date range, paged, with values shown the way the app shows them.

Every write returns an :class:`~services.core.changes.Op` with ``undo=None``: account changes
are settings, saved explicitly, never on the undo stack (a password cannot be "undone").
Roles come from ``people.role``; the data scope they give is :mod:`services.team.scope`
(PostgreSQL: row-level security, :mod:`services.team.pg_scope`; docs/TEAM.md).
"""
