"""Alembic environment: always driven with a connection handed in by services.core.migrate.

The caller owns the transaction (one transaction around every pending migration, with
foreign keys off on SQLite), so nothing here begins or commits on its own.
"""

from alembic import context

import models

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Sailplan migrations run through services.core.migrate (python main.py --db PATH check)"
    )

context.configure(
    connection=connection,
    target_metadata=models.Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
context.run_migrations()
