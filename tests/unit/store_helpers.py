"""Helpers for the store tests: a small populated firm, row counts, migration folder copies."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import func, insert, select

import models
from models.base import new_id
from models.customers import Contact, Customer, FollowUp
from models.org import OrgUnit, Person
from models.pipeline import Deal, DealLine, Pipeline, Product, Stage
from models.settings import AppSetting
from services.core.migrate import MIGRATIONS_DIR, head_revision
from services.core.store import Store

REBUILD_CUSTOMERS = '''"""test: add customers.vip_note through a full rebuild of the parent table"""
import sqlalchemy as sa
from alembic import op

revision = "__REV__"
down_revision = "__DOWN__"
branch_labels = None
depends_on = None


def upgrade():
    # SQLite: copy into a new table, drop the old one, rename (what most schema changes need).
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("customers", recreate=recreate) as batch:
        batch.add_column(sa.Column("vip_note", sa.String(200), nullable=True))
    op.execute("UPDATE customers SET vip_note = 'migrated'")


def downgrade():
    pass
'''

FAILS_MIDWAY = '''"""test: rebuilds customers, deletes contacts, then fails"""
import sqlalchemy as sa
from alembic import op

revision = "__REV__"
down_revision = "__DOWN__"
branch_labels = None
depends_on = None


def upgrade():
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("customers", recreate=recreate) as batch:
        batch.add_column(sa.Column("vip_note", sa.String(200), nullable=True))
    op.execute("DELETE FROM contacts")
    op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("disk full while copying deals")


def downgrade():
    pass
'''


HEAD = head_revision()
# The revision a test script added by :func:`migrations_with` gets (the one after Sailplan's head).
NEXT_REVISION = f"{int(HEAD) + 1:04d}"


def migrations_with(folder: Path, *revisions: str) -> Path:
    """A copy of Sailplan's migrations folder plus extra revision scripts after its head.

    Each script's ``__REV__``/``__DOWN__`` become the next number and the one before it.
    """
    dest = folder / "migrations"
    shutil.copytree(MIGRATIONS_DIR, dest, ignore=shutil.ignore_patterns("__pycache__"))
    for number, body in enumerate(revisions, start=int(HEAD) + 1):
        body = body.replace("__REV__", f"{number:04d}").replace("__DOWN__", f"{number - 1:04d}")
        (dest / "versions" / f"{number:04d}_test_revision.py").write_text(body, encoding="utf-8")
    return dest


def populate(store: Store, customers: int = 20) -> None:
    """A small firm: a unit, a rep, a pipeline, customers with contacts, follow-ups and deals.

    Written with Core inserts naming their columns, so it also fills a database at an older
    revision (a column added later, without a default, is simply not written).
    """
    now = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)

    def add(model: type, **values: object) -> str:
        values.setdefault("id", new_id())
        name = model.__tablename__  # type: ignore[attr-defined]
        orm_table = model.__table__  # type: ignore[attr-defined]
        if name not in tables:  # the table as this database has it (no later columns)
            present = sa.inspect(s.connection()).get_columns(name)
            tables[name] = sa.table(name, *[sa.column(c["name"], orm_table.c[c["name"]].type)
                                            for c in present])
        for column in tables[name].columns:  # what the model fills in by itself
            default = orm_table.columns[column.name].default
            if column.name not in values and default is not None and default.is_scalar:
                values[column.name] = default.arg
            elif column.name not in values and default is not None and default.is_callable:
                values[column.name] = default.arg(None)
        s.execute(insert(tables[name]).values(**values))
        return str(values["id"])

    tables: dict[str, sa.TableClause] = {}
    with store.write() as uow:
        s = uow.session
        unit = add(OrgUnit, name="华东销售部", kind="department")
        rep = add(Person, name="王芳", role="rep", capacity_tier="senior", unit_id=unit,
                  active_from=date(2024, 1, 1))
        pipe = add(Pipeline, name="标准流程")
        product = add(Product, name="年度服务", unit_price=Decimal("1999.90"))
        stage = add(Stage, pipeline_id=pipe, name="初步接触", kind="open", probability=10)
        for i in range(customers):
            cust = add(Customer, name=f"客户{i:03d}有限公司", name_norm=f"客户{i:03d}",
                       tags="重点", owner_id=rep, credit_limit=Decimal("50000.00"))
            add(Contact, customer_id=cust, name=f"联系人{i}", phone=f"1380000{i:04d}")
            deal = add(Deal, name=f"商机{i}", pipeline_id=pipe, stage_id=stage,
                       customer_id=cust, owner_id=rep, amount=Decimal(f"{i}.05"),
                       stage_entered_at=now)
            add(DealLine, deal_id=deal, product_id=product, quantity=1,
                unit_price=Decimal("1999.90"), amount=Decimal("1999.90"))
            add(FollowUp, customer_id=cust, deal_id=deal, person_id=rep, at=now,
                method="call", content=f"第{i}次电话沟通")
        s.merge(AppSetting(key="currency", value='"CNY"'))
        uow.commit()


def table_counts(store: Store) -> dict[str, int]:
    """Rows per business table."""
    counts = {}
    with store.read() as uow:
        for table in models.Base.metadata.sorted_tables:
            counts[table.name] = uow.session.scalar(select(func.count()).select_from(table))
    return counts


def child_links(store: Store) -> set[tuple[str, str]]:
    """(child table, customer id) for every row that points at a customer that exists."""
    links: set[tuple[str, str]] = set()
    with store.read() as uow:
        ids = set(uow.session.scalars(select(Customer.id)))
        for model in (Contact, FollowUp, Deal):
            for cid in uow.session.scalars(select(model.customer_id)):
                if cid in ids:
                    links.add((model.__tablename__, cid))
    return links


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_scalar(path: Path, sql: str) -> object:
    """One value from a SQLite file opened read-only (nothing created beside it); a compressed
    backup (``.sqlite3.gz``) is read through a decompressed temporary copy.
    """
    from services.core.backup_files import plain_copy

    with plain_copy(path) as plain:
        con = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()


def share(store) -> bool:  # noqa: ANN001
    """Put a database in team mode as ``team init`` does (without its accounts) and give
    ``store`` the change feed; True once the feed is on.
    """
    from services.core import feed
    from services.core.rule_store import write_json

    with store.write() as uow:
        if not feed.is_shared(uow.session):
            write_json(uow.session, feed.TEAM_SETTING, "team")
            uow.commit()
    return feed.attach(store)
