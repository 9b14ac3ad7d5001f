"""indexes for merge chains, duplicate lookups by email, stage history and booked follow-ups

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 15:00:00

Only new indexes: no table is rebuilt, so existing rows are untouched.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the indexes."""
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_merged_into_id'), ['merged_into_id'],
                              unique=False)

    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_email'), ['email'], unique=False)

    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.create_index('ix_followups_customer_id_next_on', ['customer_id', 'next_on'],
                              unique=False)
        batch_op.create_index('ix_followups_deal_id_next_on', ['deal_id', 'next_on'],
                              unique=False)

    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.create_index('ix_stage_history_deal_id_at_to_stage_id',
                              ['deal_id', 'at', 'to_stage_id'], unique=False)


def downgrade() -> None:
    """Drop the indexes."""
    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.drop_index('ix_stage_history_deal_id_at_to_stage_id')

    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.drop_index('ix_followups_deal_id_next_on')
        batch_op.drop_index('ix_followups_customer_id_next_on')

    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_email'))

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_merged_into_id'))
        batch_op.drop_index(batch_op.f('ix_customers_email'))
