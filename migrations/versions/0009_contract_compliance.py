"""contract compliance, order status and disputed instalments

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-12 10:00:00

Columns only, no table created; existing rows keep what they were:
- contracts: the order status (订单状态, ``pending`` for every existing contract) and the
  dates it moved on (delivered, accepted, completed, cancelled with a reason); the required
  terms ticked (合同合规, a JSON list) and a signature over unticked terms: who approved it, why,
  when and which terms were missing. Existing contracts stay ``signed`` (their status is left
  alone): only new contracts may start as drafts (草稿);
- payment_instalments.disputed (争议): false for every existing instalment.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DATES = ('delivered_on', 'accepted_on', 'completed_on', 'cancelled_on')
TEXTS = ('cancel_reason', 'terms_checked', 'override_reason', 'override_missing')


def upgrade() -> None:
    """Add the columns (see the module docstring)."""
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('order_status', sa.String(length=20), nullable=False,
                                      server_default='pending'))
        for column in DATES:
            batch_op.add_column(sa.Column(column, sa.Date(), nullable=True))
        for column in TEXTS:
            batch_op.add_column(sa.Column(column, sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('override_by_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('override_at', models.base.UTCDateTime(), nullable=True))
    with op.batch_alter_table('payment_instalments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disputed', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    """Drop the columns in place (ALTER TABLE … DROP COLUMN, SQLite 3.35 or later): no table is
    rebuilt, so the children of contracts and instalments are never touched.
    """
    op.drop_column('payment_instalments', 'disputed')
    for column in ('override_at', 'override_by_id', *TEXTS, *DATES, 'order_status'):
        op.drop_column('contracts', column)
