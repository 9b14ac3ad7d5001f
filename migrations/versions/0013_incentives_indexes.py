"""indexes for a payout run's process counts per person and month

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 09:00:00

Only new indexes: no table is rebuilt, so existing rows are untouched.
- followups (person_id, method, at, deleted_at): a person's follow-ups of one method in a
  month, counted from the index alone;
- deals (owner_id, stage_id, closed_on, deleted_at): an owner's deals closed in a stage
  (won, lost) in a month, counted from the index alone.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the indexes."""
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.create_index('ix_followups_person_method_at',
                              ['person_id', 'method', 'at', 'deleted_at'], unique=False)

    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.create_index('ix_deals_owner_stage_closed',
                              ['owner_id', 'stage_id', 'closed_on', 'deleted_at'], unique=False)


def downgrade() -> None:
    """Drop the indexes."""
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_owner_stage_closed')

    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.drop_index('ix_followups_person_method_at')
