"""audit log: the audit trail (操作日志) of a database in team mode

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 15:00:00

- audit_log (models.audit.AuditEntry): one row per changed tracked field — when, who (the
  person the app says, and on PostgreSQL the login role), table, record id, field, action,
  old and new value; indexed by record, by table and field, by person and by time;
- a database already in team mode (PostgreSQL always; a SQLite file whose AppSetting
  ``team.mode`` is ``"team"``) gets its audit triggers here
  (``services.team.audit_schema.install_audit``); a personal file gets none.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the log and, in team mode, its triggers (see the module docstring)."""
    op.create_table(
        'audit_log',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                  autoincrement=True, nullable=False),
        sa.Column('at', models.base.UTCDateTime(), nullable=False),
        sa.Column('actor_id', sa.String(length=36), nullable=True),
        sa.Column('db_user', sa.String(length=100), nullable=True),
        sa.Column('table_name', sa.String(length=50), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('field', sa.String(length=50), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('old_value', sa.Text(), nullable=True),
        sa.Column('new_value', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index('ix_audit_log_record', ['table_name', 'record_id'], unique=False)
        batch_op.create_index('ix_audit_log_table_field', ['table_name', 'field'],
                              unique=False)

    from services.team.audit_schema import ensure_audit

    ensure_audit(op.get_bind())


def downgrade() -> None:
    """Drop the triggers and the log."""
    from services.team.audit_schema import remove_audit

    bind = op.get_bind()
    remove_audit(bind)
    if bind.dialect.name == 'postgresql':
        op.execute('DROP TRIGGER IF EXISTS audit_log_guard ON audit_log')
        op.execute('DROP FUNCTION IF EXISTS sailplan_audit() CASCADE')
        op.execute('DROP FUNCTION IF EXISTS sailplan_audit_guard() CASCADE')
    else:
        op.execute('DROP TRIGGER IF EXISTS audit_log_guard_update')
        op.execute('DROP TRIGGER IF EXISTS audit_log_guard_delete')
    op.drop_table('audit_log')
