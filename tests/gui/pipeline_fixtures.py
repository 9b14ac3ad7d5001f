"""Builds a small, realistic pipeline through the real services (no SQL in tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

CUSTOMERS = (("杭州云帆科技有限公司", "A"), ("苏州瑞丰精密制造", "B"), ("南京启明教育集团", "B"),
             ("上海海纳物流有限公司", "A"), ("宁波东方电器股份", "C"), ("无锡华新材料", "C"))
DEALS = (
    ("云帆 ERP 二期", 0, 180000, 0, 20), ("瑞丰 MES 升级", 1, 260000, 0, 35),
    ("启明 智慧校园", 2, 90000, 1, 10), ("海纳 仓储系统", 3, 450000, 1, 50),
    ("东方电器 CRM", 4, 60000, 2, 5), ("华新 质量追溯", 5, 120000, 2, 70),
    ("云帆 数据中台", 0, 800000, 3, 25), ("瑞丰 设备联网", 1, 150000, 3, 40),
    ("启明 招生平台", 2, 75000, 4, 15), ("海纳 运输调度", 3, 300000, 4, 60),
    ("东方电器 售后系统", 4, 50000, 0, 3), ("华新 能耗监测", 5, 110000, 1, 8),
)


@dataclass
class PipelineData:
    """Ids of what :func:`seed_pipeline` created."""

    pipeline_id: str
    stage_ids: list[str]
    people: dict[str, str]
    customers: list[str]
    deals: list[str] = field(default_factory=list)
    product_id: str = ""
    unit_ids: dict[str, str] = field(default_factory=dict)


def seed_pipeline(store, today: date | None = None) -> PipelineData:
    """Default pipeline, two teams, three reps, six customers, twelve open deals, a product."""
    from models import Product
    from services.customers.edit import NewCustomer, create_customer
    from services.org.people import create_person, create_unit
    from services.pipeline.deals import NewLine, create_deal, list_pipelines
    from services.pipeline.settings import ensure_defaults

    today = today or date.today()
    ensure_defaults(store)
    pipe = list_pipelines(store)[0]
    root = create_unit(store, "示例科技", "company").value
    east = create_unit(store, "华东销售一部", "team", root).value
    south = create_unit(store, "华东销售二部", "team", root).value
    people = {"张伟": create_person(store, "张伟", east).value,
              "李娜": create_person(store, "李娜", east).value,
              "王强": create_person(store, "王强", south).value}
    owners = list(people.values())
    customers = [create_customer(store, NewCustomer(name=n, tier=t, owner_id=owners[i % 3])).value
                 for i, (n, t) in enumerate(CUSTOMERS)]
    with store.write() as uow:
        product = Product(name="云平台年费", code="CLOUD-Y", unit_price=Decimal("30000"))
        uow.session.add(product)
        uow.session.flush()
        product_id = product.id
        uow.commit()
    data = PipelineData(pipe.id, [s.id for s in pipe.stages], people, customers,
                        product_id=product_id, unit_ids={"east": east, "south": south})
    for i, (name, cust, amount, stage, days_ago) in enumerate(DEALS):
        lines = [NewLine(product_id)] if i % 4 == 0 else []
        data.deals.append(create_deal(
            store, name=name, pipeline_id=pipe.id, customer_id=customers[cust],
            stage_id=pipe.stages[stage].id, owner_id=owners[i % 3], amount=Decimal(amount),
            expected_close=today + timedelta(days=15 + 20 * (i % 6)), lines=lines,
            by_person_id=owners[i % 3],
            at=datetime.now(UTC) - timedelta(days=days_ago)).value)
    return data


def make_context(store, person_id: str | None = None):
    """An AppContext like the main window's: events, one undo stack, task runner."""
    from PySide6.QtGui import QUndoStack

    from gui.common.context import AppContext
    from gui.common.events import AppEvents
    from gui.common.tasks import TaskRunner

    return AppContext(store, AppEvents(), QUndoStack(), TaskRunner(), current_person_id=person_id)


def column_ids(page, stage_id: str) -> list[str]:
    """Deal ids shown in a board column, in order."""
    return [c.id for c in page.board.columns[stage_id].model.cards()]


def board_ids(page) -> list[str]:
    """Every deal id on the board."""
    return [i for key in page.board.columns for i in column_ids(page, key)]


def wait_board(qtbot, page) -> None:
    """The page reads its snapshot on the worker: wait until it is on screen."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
