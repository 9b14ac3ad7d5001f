"""org, people and products for a real firm: managers, closed units, a product catalogue

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 16:20:00

All nullable or defaulted columns added with ALTER TABLE, so existing rows stay as they are:
- people.manager_id (who a person reports to) and org_units.closed_on (a closed unit keeps its
  history but takes no new people or targets);
- products: measure unit, product line (a name), tax rate and cost (for gross margin), active;
- deal_lines.discount_bp (basis points: 1000 = 10 %) and deals.amount_from_lines (the deal's
  amount follows its product lines).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the columns (see the module docstring)."""
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('manager_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_people_manager_id'), ['manager_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_people_manager_id_people'), 'people',
                                    ['manager_id'], ['id'])
    with op.batch_alter_table('org_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.add_column(sa.Column('measure_unit', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('line', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('tax_rate_bp', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('unit_cost', models.base.Money(), nullable=True))
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
    with op.batch_alter_table('deal_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discount_bp', sa.Integer(), nullable=False,
                                      server_default='0'))
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('amount_from_lines', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    """Drop the columns."""
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_column('amount_from_lines')
    with op.batch_alter_table('deal_lines', schema=None) as batch_op:
        batch_op.drop_column('discount_bp')
    with op.batch_alter_table('products', schema=None) as batch_op:
        for column in ('active', 'unit_cost', 'tax_rate_bp', 'line', 'measure_unit'):
            batch_op.drop_column(column)
    with op.batch_alter_table('org_units', schema=None) as batch_op:
        batch_op.drop_column('closed_on')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_people_manager_id_people'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_people_manager_id'))
        batch_op.drop_column('manager_id')
