"""orders and cash: contracts, payment plans (instalments), payments and their allocations

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 17:20:00

Four new tables, nothing else touched:
- contracts (合同): unique number, customer, the deal it came from, owner, sign date, amount in
  fen, status, terms;
- payment_instalments (回款计划): a contract's instalments by sequence, due date and amount, with
  a label (预付 / 到货 / 质保金) and the date it was invoiced (已开票);
- payments (回款): money received from a customer (a refund is a negative amount), method and
  reference;
- payment_allocations: how much of a payment settled which instalment (negative: a refund
  reopened it), so what was open on any past date can be recomputed.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0008'
down_revision: str | None = '0007'
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
    """Create the four tables (see the module docstring)."""
    op.create_table(
        'contracts',
        sa.Column('number', sa.String(length=50), nullable=False),
        sa.Column('customer_id', sa.String(length=36), nullable=False),
        sa.Column('deal_id', sa.String(length=36), nullable=True),
        sa.Column('owner_id', sa.String(length=36), nullable=True),
        sa.Column('sign_date', sa.Date(), nullable=False),
        sa.Column('amount', models.base.Money(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('terms', sa.Text(), nullable=True),
        *_business(),
        _fk('contracts', 'customer_id', 'customers'),
        _fk('contracts', 'deal_id', 'deals'),
        _fk('contracts', 'owner_id', 'people'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_contracts')),
        sa.UniqueConstraint('number', name=op.f('uq_contracts_number')),
    )
    _indexes('contracts', ('customer_id', 'deal_id', 'owner_id', 'sign_date'))
    op.create_table(
        'payment_instalments',
        sa.Column('contract_id', sa.String(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('due_date', sa.Date(), nullable=False),
        sa.Column('amount', models.base.Money(), nullable=False),
        sa.Column('label', sa.String(length=50), nullable=True),
        sa.Column('invoiced_on', sa.Date(), nullable=True),
        *_business(),
        _fk('payment_instalments', 'contract_id', 'contracts'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_instalments')),
    )
    _indexes('payment_instalments', ('due_date',))
    with op.batch_alter_table('payment_instalments', schema=None) as batch_op:
        batch_op.create_index('ix_payment_instalments_contract_id_seq', ['contract_id', 'seq'],
                              unique=False)
    op.create_table(
        'payments',
        sa.Column('customer_id', sa.String(length=36), nullable=False),
        sa.Column('contract_id', sa.String(length=36), nullable=True),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('amount', models.base.Money(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('reference', sa.String(length=100), nullable=True),
        *_business(),
        _fk('payments', 'customer_id', 'customers'),
        _fk('payments', 'contract_id', 'contracts'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payments')),
    )
    _indexes('payments', ('customer_id', 'contract_id', 'received_on'))
    op.create_table(
        'payment_allocations',
        sa.Column('payment_id', sa.String(length=36), nullable=False),
        sa.Column('instalment_id', sa.String(length=36), nullable=False),
        sa.Column('amount', models.base.Money(), nullable=False),
        *_business(),
        _fk('payment_allocations', 'payment_id', 'payments'),
        _fk('payment_allocations', 'instalment_id', 'payment_instalments'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_allocations')),
    )
    _indexes('payment_allocations', ('payment_id', 'instalment_id'))


def downgrade() -> None:
    """Drop the four tables (their rows go with them)."""
    for table in ('payment_allocations', 'payments', 'payment_instalments', 'contracts'):
        op.drop_table(table)
