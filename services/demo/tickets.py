"""The demo firm's after-sales: service tickets (服务工单) with feedback and satisfaction.

Customers that bought (tier A or B) raise tickets over the last half year: installations,
repairs, returns, questions and the odd complaint. Tickets due weeks ago are closed —
most with a satisfaction score, a few without an answer —; of those due in the last three
weeks some are resolved and waiting for the customer and some still open past their due date,
so their owners' Today shows them.
A ticket is linked to the customer's latest contract when the demo has contracts. Ids come from
their own seeded stream and dates from the demo clock: the same seed and ``today`` give
identical rows.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta
from typing import Any

from sqlalchemy import insert, select

from models import Contract, Customer
from models.aftersales import CustomerFeedback, ServiceTicket
from services.demo.common import Clock, make_uuid

ISSUES = {
    "install": ("新设备上门安装调试", "网关安装与联网配置", "软件部署与培训"),
    "repair": ("设备无法开机", "网关频繁掉线", "传感器读数异常", "显示屏花屏"),
    "return": ("到货外箱破损，申请换货", "型号发错，申请退换", "配件缺失"),
    "inquiry": ("咨询扩容方案", "询问质保期限", "咨询发票开具"),
    "complaint": ("售后响应太慢", "安装人员迟到"),
}
TYPES = ("install", "repair", "return", "inquiry", "complaint")
TYPE_WEIGHTS = (3, 5, 2, 3, 1)
PRIORITIES = ("low", "normal", "high", "urgent")
PRIORITY_WEIGHTS = (2, 6, 3, 1)
RESOLUTIONS = {
    "install": "已上门安装调试完成，客户验收通过",
    "repair": "更换故障模块，测试正常",
    "return": "已安排换货，新货已签收",
    "inquiry": "已电话答复并发送资料",
    "complaint": "已致歉并调整服务安排",
}
FEEDBACK = ("工程师很专业，响应及时", "处理还算及时，希望以后提前电话联系", "问题已解决，满意",
            "等待时间有点长")
SCORES = (5, 4, 3, 2, 1, None)
SCORE_WEIGHTS = (40, 33, 13, 5, 2, 7)
MAX_TICKETS = 600
RECENT_DAYS = 21
PAST_STATES = ("open", "resolved", "closed", "in_progress", "closed", "closed")
"""What became of the tickets due in the last :data:`RECENT_DAYS` days, in turn: mostly closed,
some still open (on their owners' Today) or resolved and waiting for the customer; those due
longer ago are closed."""


def write_demo_tickets(session: Any, clock: Clock, seed: int) -> int:
    """Write the tickets and their feedback; returns the ticket count."""
    rng = random.Random(seed ^ 0x71C3E7)
    today = clock.today
    buyers = session.execute(
        select(Customer.id, Customer.owner_id)
        .where(Customer.tier.in_(("A", "B")), Customer.owner_id.is_not(None),
               Customer.deleted_at.is_(None))
        .order_by(Customer.id)).all()
    if not buyers:
        return 0
    latest = {cust: cid for cust, cid in session.execute(
        select(Contract.customer_id, Contract.id).where(Contract.deleted_at.is_(None))
        .order_by(Contract.sign_date))}
    count = min(MAX_TICKETS, max(16, len(buyers) // 4))
    drawn = []
    for _ in range(count):
        cust, owner = rng.choice(buyers)
        recent = rng.random() < 0.4  # a good part of the work is from the last month
        opened = today - timedelta(days=rng.randint(0, 30 if recent else 180))
        drawn.append((opened, cust, owner))
    drawn.sort(key=lambda d: d[0])
    seq: Counter[int] = Counter()
    past = 0
    tickets: list[dict[str, Any]] = []
    feedback: list[dict[str, Any]] = []
    for opened, cust, owner in drawn:
        kind = rng.choices(TYPES, TYPE_WEIGHTS)[0]
        due = opened + timedelta(days=rng.randint(2, 14))
        seq[opened.year] += 1
        stamp = clock.dt(min(max(0, clock.day_index(opened)) * 1440 + 9 * 60
                             + rng.randint(0, 480), clock.end - 60))
        row = {"id": make_uuid(rng), "number": f"GD-{opened.year:04d}-{seq[opened.year]:04d}",
               "title": rng.choice(ISSUES[kind]), "description": None, "type": kind,
               "priority": rng.choices(PRIORITIES, PRIORITY_WEIGHTS)[0], "customer_id": cust,
               "contract_id": latest.get(cust), "owner_id": owner, "opened_on": opened,
               "due_on": due, "resolution": None, "resolved_on": None, "closed_on": None,
               "satisfaction": None, "created_at": stamp, "updated_at": stamp,
               "deleted_at": None}
        if due >= today:
            state = "fresh"
        elif (today - due).days > RECENT_DAYS:  # long past: settled by now
            state = "closed"
        else:
            state = PAST_STATES[past % len(PAST_STATES)]
            past += 1
        if state == "fresh":
            row["status"] = rng.choice(("open", "in_progress"))
        else:
            row["status"] = state
            if state in ("closed", "resolved"):
                done = min(today - timedelta(days=1),
                           opened + timedelta(days=rng.randint(1, (due - opened).days + 3)))
                row.update(resolution=RESOLUTIONS[kind], resolved_on=done)
                if state == "closed":
                    closed = min(today - timedelta(days=1), done + timedelta(rng.randint(0, 3)))
                    row.update(closed_on=closed,
                               satisfaction=rng.choices(SCORES, SCORE_WEIGHTS)[0])
                    if rng.random() < 0.3:
                        feedback.append({
                            "id": make_uuid(rng), "customer_id": cust, "ticket_id": row["id"],
                            "received_on": closed, "content": rng.choice(FEEDBACK),
                            "author_id": owner, "created_at": stamp, "updated_at": stamp,
                            "deleted_at": None})
        tickets.append(row)
    session.execute(insert(ServiceTicket), tickets)
    if feedback:
        session.execute(insert(CustomerFeedback), feedback)
    return len(tickets)
