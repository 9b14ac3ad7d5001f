"""After-sales (售后): service tickets (服务工单), customer feedback (客户反馈), satisfaction
(满意度) and repurchase (复购).

* :mod:`services.aftersales.tickets` — tickets: create, edit, move 待处理 → 处理中 → 已解决 →
  已关闭 (closing takes a satisfaction score 1–5), numbered ``GD-{yyyy}-{seq:04}``;
* :mod:`services.aftersales.feedback` — what customers said, about a ticket or in general;
* :mod:`services.aftersales.queries` — the filtered ticket list (status, owner, overdue), a
  customer's after-sales summary for the card, Today's reminders of tickets due or overdue;
* :mod:`services.aftersales.repurchase` — the repurchase rate (复购率) from repeat contracts,
  per period and owner, and a customer's contracts;
* :mod:`services.aftersales.rules` — the pure rules (status moves, overdue, average).

Every write returns an ``Op`` whose undo puts things back exactly; creations are undone by soft
deletes that a redo reverses with the same ids. Other features use the names re-exported here.
"""

from services.aftersales.feedback import FeedbackRow, add_feedback, list_feedback
from services.aftersales.queries import (
    KIND_TICKET_DUE,
    CustomerService,
    TicketFilter,
    customer_service,
    get_ticket,
    list_tickets,
    ticket_reminders,
)
from services.aftersales.repurchase import (
    CustomerContracts,
    RepurchaseRow,
    customer_contracts,
    repurchase_by_owner,
    repurchase_by_period,
)
from services.aftersales.tickets import (
    TicketRow,
    close_ticket,
    create_ticket,
    set_status,
    update_ticket,
)

__all__ = [
    "KIND_TICKET_DUE",
    "CustomerContracts",
    "CustomerService",
    "FeedbackRow",
    "RepurchaseRow",
    "TicketFilter",
    "TicketRow",
    "add_feedback",
    "close_ticket",
    "create_ticket",
    "customer_contracts",
    "customer_service",
    "get_ticket",
    "list_feedback",
    "list_tickets",
    "repurchase_by_owner",
    "repurchase_by_period",
    "set_status",
    "ticket_reminders",
    "update_ticket",
]
