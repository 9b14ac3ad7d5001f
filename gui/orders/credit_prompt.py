"""The credit warning (信用额度) asked before a new contract is created or a draft is signed.

``confirm_credit(parent, store, customer_id, amount)`` → whether to go on. When the firm's
setting is *warn* and the contract takes the customer over their limit, it asks, naming the
customer, the limit, the open receivables and the exposure; with *block* it goes on and the
service refuses (the main window shows the refusal); with *off*, or within the limit, it
goes on without asking. The lead calls it in the contracts tab before pushing the creation.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.common.formatting import money
from gui.common.messages import Messages
from services.orders.credit import CreditCheck, check_credit

if TYPE_CHECKING:
    from services.core.store import Store


def warning_text(checked: CreditCheck) -> str:
    """What the warning says (in the interface language)."""
    return QCoreApplication.translate(
        "CreditPrompt", "%1's credit limit is %2. Open receivables %3 plus this contract's %4 "
        "make %5, over the limit by %6.\n\nCreate it anyway?") \
        .replace("%1", checked.customer_name).replace("%2", money(checked.limit, fen=True)) \
        .replace("%3", money(checked.open, fen=True)) \
        .replace("%4", money(checked.amount, fen=True)) \
        .replace("%5", money(checked.exposure, fen=True)) \
        .replace("%6", money(checked.exposure - (checked.limit or Decimal(0)), fen=True))


def confirm_credit(parent: QWidget | None, store: Store, customer_id: str,
                   amount: Decimal | str | int) -> bool:
    """Whether to go on with a new contract of ``amount`` (see the module docstring)."""
    checked = check_credit(store, customer_id, amount)
    if not checked.warned:
        return True
    return Messages.ask(parent, QCoreApplication.translate("CreditPrompt", "Over the credit "
                                                           "limit"), warning_text(checked))
