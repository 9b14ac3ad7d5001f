"""growth targets and typed actuals: how a value was set from growth, actuals typed by hand

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09 10:00:00

Two new tables, nothing existing changes:
- target_growth: a value set as base × (1 + g %) (增长目标) keeps its formula — the base (the
  average actual of the same period over the last ``years`` years), the rates of 保底/目标/挑战
  in basis points, the result and when it was computed — so the tree, the workbook and
  ``targets show`` can state it, and recomputing is an explicit action;
- target_typed_actuals: an actual typed by hand where the records cannot give one (市场份额).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _business_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
            sa.Column('updated_at', models.base.UTCDateTime(), nullable=False),
            sa.Column('deleted_at', models.base.UTCDateTime(), nullable=True)]


def upgrade() -> None:
    """Create target_growth and target_typed_actuals."""
    op.create_table('target_growth',
    sa.Column('node_id', sa.String(length=36), nullable=False),
    sa.Column('metric', sa.String(length=30), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('base', sa.BigInteger(), nullable=False),
    sa.Column('floor_rate_bp', sa.Integer(), nullable=False),
    sa.Column('rate_bp', sa.Integer(), nullable=False),
    sa.Column('challenge_rate_bp', sa.Integer(), nullable=False),
    sa.Column('result', sa.BigInteger(), nullable=False),
    sa.Column('computed_at', models.base.UTCDateTime(), nullable=False),
    *_business_columns(),
    sa.ForeignKeyConstraint(['node_id'], ['target_nodes.id'], name=op.f('fk_target_growth_node_id_target_nodes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_growth')),
    sa.UniqueConstraint('node_id', 'metric', 'period', name=op.f('uq_target_growth_node_id'))
    )
    with op.batch_alter_table('target_growth', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_growth_node_id'), ['node_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_growth_updated_at'), ['updated_at'], unique=False)

    op.create_table('target_typed_actuals',
    sa.Column('node_id', sa.String(length=36), nullable=False),
    sa.Column('metric', sa.String(length=30), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    *_business_columns(),
    sa.ForeignKeyConstraint(['node_id'], ['target_nodes.id'], name=op.f('fk_target_typed_actuals_node_id_target_nodes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_typed_actuals')),
    sa.UniqueConstraint('node_id', 'metric', 'period', name=op.f('uq_target_typed_actuals_node_id'))
    )
    with op.batch_alter_table('target_typed_actuals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_typed_actuals_node_id'), ['node_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_typed_actuals_updated_at'), ['updated_at'], unique=False)


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table('target_typed_actuals')
    op.drop_table('target_growth')
