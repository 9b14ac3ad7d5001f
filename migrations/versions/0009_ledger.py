"""a disputed flag per instalment (争议)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 19:40:00

One column, nothing else touched: payment_instalments.disputed (boolean, false for every
existing instalment). A receivables ledger marks the instalments a customer disputes; credit
risk lists the customers with disputed items.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add payment_instalments.disputed (false)."""
    with op.batch_alter_table('payment_instalments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disputed', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    """Drop payment_instalments.disputed (ALTER TABLE … DROP COLUMN: a batch rebuild would
    drop a table other tables' foreign keys point at).
    """
    op.drop_column('payment_instalments', 'disputed')
