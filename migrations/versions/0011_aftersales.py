"""after-sales: service tickets and customer feedback

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 10:00:00

Two new tables, nothing else touched:
- service_tickets (服务工单): unique number, title and description, type (安装/维修/退换货/咨询/
  投诉), priority, status (待处理 → 处理中 → 已解决 → 已关闭), customer, optional contract,
  owner, opened and due dates, resolution with its date, closed date and the satisfaction
  (满意度 1–5) asked at closing;
- customer_feedback (客户反馈): what a customer said, on a date, optionally about a ticket.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0011'
down_revision: str | None = '0010'
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
    """Create the two tables (see the module docstring)."""
    op.create_table(
        'service_tickets',
        sa.Column('number', sa.String(length=30), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('type', sa.String(length=20), nullable=False),
        sa.Column('priority', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('customer_id', sa.String(length=36), nullable=False),
        sa.Column('contract_id', sa.String(length=36), nullable=True),
        sa.Column('owner_id', sa.String(length=36), nullable=True),
        sa.Column('opened_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('resolution', sa.Text(), nullable=True),
        sa.Column('resolved_on', sa.Date(), nullable=True),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('satisfaction', sa.Integer(), nullable=True),
        *_business(),
        _fk('service_tickets', 'customer_id', 'customers'),
        _fk('service_tickets', 'contract_id', 'contracts'),
        _fk('service_tickets', 'owner_id', 'people'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_service_tickets')),
        sa.UniqueConstraint('number', name=op.f('uq_service_tickets_number')),
    )
    _indexes('service_tickets', ('status', 'customer_id', 'contract_id', 'owner_id', 'due_on'))
    op.create_table(
        'customer_feedback',
        sa.Column('customer_id', sa.String(length=36), nullable=False),
        sa.Column('ticket_id', sa.String(length=36), nullable=True),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('author_id', sa.String(length=36), nullable=True),
        *_business(),
        _fk('customer_feedback', 'customer_id', 'customers'),
        _fk('customer_feedback', 'ticket_id', 'service_tickets'),
        _fk('customer_feedback', 'author_id', 'people'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_feedback')),
    )
    _indexes('customer_feedback', ('customer_id', 'ticket_id'))


def downgrade() -> None:
    """Drop the two tables (their rows go with them)."""
    for table in ('customer_feedback', 'service_tickets'):
        op.drop_table(table)
