"""Team mode in the GUI: the audit trail (操作日志) — the log in Settings and a record's history."""
