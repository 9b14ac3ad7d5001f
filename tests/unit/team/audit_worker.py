"""A child process that changes one deal in a loop until it is killed (audit atomicity test).

``python audit_worker.py TARGET DEAL_ID``: transaction ``i`` (from 1) sets the deal's amount to
``i`` fen and its expected close to 2026-01-01 + ``i`` days, in turn through an ORM flush, a
Core UPDATE and raw SQL, and commits; it prints ``ready`` after the first commit.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from sqlalchemy import text, update  # noqa: E402

from models.pipeline import Deal  # noqa: E402
from services.core.actor import set_actor  # noqa: E402
from services.setup import open_store  # noqa: E402

START = date(2026, 1, 1)


def main() -> None:
    target, deal_id = sys.argv[1], sys.argv[2]
    store = open_store(target, lock=False)
    set_actor(store.engine, "worker")
    i = 0
    while True:
        i += 1
        amount, close = Decimal(i) / 100, START + timedelta(days=i)
        with store.write() as uow:
            s = uow.session
            if i % 3 == 0:
                deal = s.get(Deal, deal_id)
                assert deal is not None
                deal.amount, deal.expected_close = amount, close
            elif i % 3 == 1:
                s.execute(update(Deal).where(Deal.id == deal_id)
                          .values(amount=amount, expected_close=close))
            else:
                s.execute(text("UPDATE deals SET amount = :a, expected_close = :c "
                               "WHERE id = :id"), {"a": i, "c": close, "id": deal_id})
            uow.commit()
        if i == 1:
            print("ready", flush=True)


if __name__ == "__main__":
    main()
