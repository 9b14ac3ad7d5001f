"""Core of the store: opening, units of work, migrations, backup, lock, errors, periods."""
