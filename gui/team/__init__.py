"""Team mode in the window: the sign-in dialog, the first owner's account, Settings ▸ Accounts
(services in :mod:`services.team`) and the audit trail (操作日志) — the log in Settings and a
record's history.
"""
