"""external ids: the id a customer or deal had in the system it was imported from

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 10:00:00

Two nullable columns and their indexes: added with ALTER TABLE (no table is rebuilt), so
existing rows are untouched and get NULL.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add customers.external_id and deals.external_id, indexed."""
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_id', sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f('ix_customers_external_id'), ['external_id'],
                              unique=False)

    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_id', sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f('ix_deals_external_id'), ['external_id'],
                              unique=False)


def downgrade() -> None:
    """Drop the columns and their indexes."""
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deals_external_id'))
        batch_op.drop_column('external_id')

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_external_id'))
        batch_op.drop_column('external_id')
