"""incentives: schemes and their versions, payout runs and lines, adjustments, recognition,
credit splits

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 00:00:00

New tables only, nothing else touched:
- incentive_schemes (激励方案) and scheme_versions (effective-dated, draft or published, the
  rules as one JSON document);
- payout_runs (提成核算: one period, computed → reviewed → approved → locked) and payout_lines
  (a statement's lines with their explanation and trace);
- payout_adjustments (调整 carried into a later run), recognitions (荣誉/培训/晋升推荐);
- credit_splits (a deal's credit shared between owners, in basis points).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0012'
down_revision: str | None = '0011'
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


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}'))


def _indexes(table: str, columns: Sequence[str]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ('updated_at', *columns):
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def _money(name: str) -> sa.Column:
    return sa.Column(name, models.base.Money(), nullable=False)


def upgrade() -> None:
    """Create the tables (see the module docstring)."""
    op.create_table(
        'incentive_schemes',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('description', sa.Text(), nullable=True),
        *_business(), _pk('incentive_schemes'),
    )
    _indexes('incentive_schemes', ())
    op.create_table(
        'scheme_versions',
        sa.Column('scheme_id', sa.String(length=36), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('document', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('published_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('published_by_id', sa.String(length=36), nullable=True),
        *_business(), _fk('scheme_versions', 'scheme_id', 'incentive_schemes'),
        _pk('scheme_versions'),
    )
    _indexes('scheme_versions', ('scheme_id',))
    op.create_index('ix_scheme_versions_scheme_number', 'scheme_versions',
                    ['scheme_id', 'number'], unique=False)
    op.create_table(
        'payout_runs',
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('computed_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('inputs_digest', sa.String(length=64), nullable=True),
        sa.Column('reviewed_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('reviewed_by_id', sa.String(length=36), nullable=True),
        sa.Column('approved_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('approved_by_id', sa.String(length=36), nullable=True),
        sa.Column('locked_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('locked_by_id', sa.String(length=36), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        *_business(), _pk('payout_runs'),
    )
    _indexes('payout_runs', ('period',))
    op.create_table(
        'payout_lines',
        sa.Column('run_id', sa.String(length=36), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('rule_id', sa.String(length=50), nullable=False),
        sa.Column('scheme_version_id', sa.String(length=36), nullable=True),
        _money('amount'),
        sa.Column('template', sa.Text(), nullable=False),
        sa.Column('params', sa.Text(), nullable=False),
        sa.Column('trace', sa.Text(), nullable=False),
        *_business(), _fk('payout_lines', 'run_id', 'payout_runs'),
        _fk('payout_lines', 'person_id', 'people'), _pk('payout_lines'),
    )
    _indexes('payout_lines', ('person_id',))
    op.create_index('ix_payout_lines_run_person', 'payout_lines', ['run_id', 'person_id'],
                    unique=False)
    op.create_table(
        'payout_adjustments',
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        _money('amount'),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('corrects_run_id', sa.String(length=36), nullable=True),
        sa.Column('paid_in_run_id', sa.String(length=36), nullable=True),
        sa.Column('created_by_id', sa.String(length=36), nullable=True),
        *_business(), _fk('payout_adjustments', 'person_id', 'people'),
        _pk('payout_adjustments'),
    )
    _indexes('payout_adjustments', ('person_id', 'period'))
    op.create_table(
        'recognitions',
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        *_business(), _fk('recognitions', 'person_id', 'people'), _pk('recognitions'),
    )
    _indexes('recognitions', ('person_id', 'period'))
    op.create_table(
        'credit_splits',
        sa.Column('deal_id', sa.String(length=36), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('share_bp', sa.Integer(), nullable=False),
        *_business(), _fk('credit_splits', 'deal_id', 'deals'),
        _fk('credit_splits', 'person_id', 'people'), _pk('credit_splits'),
    )
    _indexes('credit_splits', ('deal_id', 'person_id'))


def downgrade() -> None:
    """Drop the tables (their rows go with them)."""
    for table in ('credit_splits', 'recognitions', 'payout_adjustments', 'payout_lines',
                  'payout_runs', 'scheme_versions', 'incentive_schemes'):
        op.drop_table(table)
