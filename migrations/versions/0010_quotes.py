"""quotes with approval: quotes (revisions linked), their lines and approval requests

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 10:00:00

Three new tables, nothing else touched:
- quotes (报价): number shared by the revisions of one quote (unique with the revision), the
  version it replaces, customer, deal, owner, issue and validity dates, status, approval state,
  totals in fen (before discount, discount, tax, total);
- quote_lines: product (or free text), unit, quantity (hundredths), unit price before tax,
  discount and tax rate in basis points, net and tax in fen;
- quote_approvals (报价审批): each request — approver, who asked, when, the deepest discount —
  and its decision with a comment.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _business() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('updated_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('deleted_at', models.base.UTCDateTime(), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'))


def _indexes(table: str, columns: Sequence[str]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ('updated_at', *columns):
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def upgrade() -> None:
    """Create the three tables (see the module docstring)."""
    op.create_table(
        'quotes',
        sa.Column('number', sa.String(length=50), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('previous_id', sa.String(length=36), nullable=True),
        sa.Column('customer_id', sa.String(length=36), nullable=False),
        sa.Column('deal_id', sa.String(length=36), nullable=True),
        sa.Column('owner_id', sa.String(length=36), nullable=True),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('valid_until', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('approval', sa.String(length=20), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        sa.Column('subtotal', models.base.Money(), nullable=False),
        sa.Column('discount', models.base.Money(), nullable=False),
        sa.Column('tax', models.base.Money(), nullable=False),
        sa.Column('total', models.base.Money(), nullable=False),
        *_business(),
        _fk('quotes', 'previous_id', 'quotes'),
        _fk('quotes', 'customer_id', 'customers'),
        _fk('quotes', 'deal_id', 'deals'),
        _fk('quotes', 'owner_id', 'people'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes')),
        sa.UniqueConstraint('number', 'revision', name='uq_quotes_number_revision'),
    )
    _indexes('quotes', ('number', 'previous_id', 'customer_id', 'deal_id', 'owner_id',
                        'issued_on'))
    op.create_table(
        'quote_lines',
        sa.Column('quote_id', sa.String(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('product_id', sa.String(length=36), nullable=True),
        sa.Column('description', sa.String(length=200), nullable=False),
        sa.Column('measure_unit', sa.String(length=20), nullable=True),
        sa.Column('quantity', models.base.Money(), nullable=False),
        sa.Column('unit_price', models.base.Money(), nullable=False),
        sa.Column('discount_bp', sa.Integer(), nullable=False),
        sa.Column('tax_rate_bp', sa.Integer(), nullable=False),
        sa.Column('net', models.base.Money(), nullable=False),
        sa.Column('tax', models.base.Money(), nullable=False),
        *_business(),
        _fk('quote_lines', 'quote_id', 'quotes'),
        _fk('quote_lines', 'product_id', 'products'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_lines')),
    )
    _indexes('quote_lines', ('quote_id', 'product_id'))
    op.create_table(
        'quote_approvals',
        sa.Column('quote_id', sa.String(length=36), nullable=False),
        sa.Column('approver_id', sa.String(length=36), nullable=True),
        sa.Column('requested_by_id', sa.String(length=36), nullable=True),
        sa.Column('requested_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('max_discount_bp', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('decided_by_id', sa.String(length=36), nullable=True),
        sa.Column('decided_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('comment', sa.Text(), nullable=True),
        *_business(),
        _fk('quote_approvals', 'quote_id', 'quotes'),
        _fk('quote_approvals', 'approver_id', 'people'),
        _fk('quote_approvals', 'requested_by_id', 'people'),
        _fk('quote_approvals', 'decided_by_id', 'people'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_approvals')),
    )
    _indexes('quote_approvals', ('quote_id', 'approver_id'))


def downgrade() -> None:
    """Drop the three tables (their rows go with them)."""
    for table in ('quote_approvals', 'quote_lines', 'quotes'):
        op.drop_table(table)
