"""target cuts: a plan's company total cut by product line, channel or customer tier

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 10:00:00

Two nullable columns on target_nodes, added with ALTER TABLE (no table is rebuilt): ``cut`` (None
for the org tree; product_line / channel / customer_tier for a cut's nodes) and ``cut_key`` (what
a cut member stands for: a product line, a source, a tier letter). Existing nodes get NULL and
stay in the org tree.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add target_nodes.cut and target_nodes.cut_key."""
    with op.batch_alter_table('target_nodes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cut', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('cut_key', sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Drop the columns; a cut's nodes are soft-deleted first (else they would join the org
    tree as children of the company root).
    """
    op.execute("UPDATE target_nodes SET deleted_at = CURRENT_TIMESTAMP "
               "WHERE cut IS NOT NULL AND deleted_at IS NULL")
    with op.batch_alter_table('target_nodes', schema=None) as batch_op:
        batch_op.drop_column('cut_key')
        batch_op.drop_column('cut')
