"""Team mode (团队模式): a database several people share, each signed in.

- :mod:`services.team.audit_schema` — the audit trail's triggers (SQLite) and trigger function
  (PostgreSQL), installed when a database is in team mode, and the privileges that keep the
  log unchangeable;
- :mod:`services.team.audit` — reading the audit trail (操作日志): by record, person, table and
  field, and date range, paged, with values shown the way the app shows them.
"""
