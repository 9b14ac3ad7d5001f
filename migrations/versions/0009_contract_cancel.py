"""contract cancellation: the date a contract was cancelled and why

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 10:00:00

Two nullable columns on contracts, nothing else touched: cancelled_on (取消日期) and
cancel_reason (取消原因). A cancelled contract keeps its row (status "cancelled"); undoing the
cancellation clears them again.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('cancel_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+ can): a batch rebuild of contracts, a parent table, would
    # fail (or cascade) under foreign keys.
    for column in ('cancel_reason', 'cancelled_on'):
        op.drop_column('contracts', column)
