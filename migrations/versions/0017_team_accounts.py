"""team accounts: the accounts people sign in with

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 14:00:00

- accounts (models.team.Account): one per person at most (person_id unique), the user name and
  its case-folded key (unique: user names are unique regardless of case), the Argon2id hash,
  failed attempts and the time the next attempt is allowed, a disabled flag, the last sign-in
  and the last password change.

Nothing else is touched: the database's mode is the AppSetting ``team.mode`` (services.team.mode),
written by ``python main.py team init`` (absent: a personal file; PostgreSQL is a team's
whatever it says). A downgrade drops the accounts and that setting.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MODE_KEY = 'team.mode'


def upgrade() -> None:
    """Create the accounts table (see the module docstring)."""
    op.create_table(
        'accounts',
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('user_name', sa.String(length=64), nullable=False),
        sa.Column('user_key', sa.String(length=64), nullable=False),
        sa.Column('password_hash', sa.String(length=255), nullable=False),
        sa.Column('failed_attempts', sa.Integer(), nullable=False),
        sa.Column('locked_until', models.base.UTCDateTime(), nullable=True),
        sa.Column('disabled', sa.Boolean(), nullable=False),
        sa.Column('last_sign_in_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('password_changed_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('updated_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('deleted_at', models.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'],
                                name=op.f('fk_accounts_person_id_people')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
        sa.UniqueConstraint('person_id', name=op.f('uq_accounts_person_id')),
        sa.UniqueConstraint('user_key', name=op.f('uq_accounts_user_key')),
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_updated_at'), ['updated_at'],
                              unique=False)


def downgrade() -> None:
    """Drop the accounts and the mode: the database is a personal one again."""
    op.drop_table('accounts')
    settings = sa.table('app_settings', sa.column('key', sa.String))
    op.execute(settings.delete().where(settings.c.key == MODE_KEY))
