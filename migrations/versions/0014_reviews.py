"""reviews: saved reviews with their snapshot, and the records created from them

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 12:00:00

Two new tables, nothing else touched:
- reviews (复盘): grain (week/month/quarter), period key, org unit (NULL: the whole firm), the
  day the figures were read for, who saved it, notes, decisions and a compact JSON snapshot of
  the figures and of the deals in scope (stage, amount, close date, status), for the next
  review's "what changed since the last review";
- review_actions: an action item or adjustment request created from a review, by id.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0014'
down_revision: str | None = '0013'
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
        'reviews',
        sa.Column('grain', sa.String(length=10), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('unit_id', sa.String(length=36), nullable=True),
        sa.Column('as_of', sa.Date(), nullable=False),
        sa.Column('by_person_id', sa.String(length=36), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        sa.Column('decisions', sa.Text(), nullable=True),
        sa.Column('snapshot', sa.Text(), nullable=False),
        *_business(),
        _fk('reviews', 'unit_id', 'org_units'),
        _fk('reviews', 'by_person_id', 'people'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    )
    _indexes('reviews', ('period', 'unit_id'))
    op.create_table(
        'review_actions',
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        *_business(),
        _fk('review_actions', 'review_id', 'reviews'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_review_actions')),
    )
    _indexes('review_actions', ('review_id', 'record_id'))


def downgrade() -> None:
    """Drop the two tables (their rows go with them)."""
    for table in ('review_actions', 'reviews'):
        op.drop_table(table)
