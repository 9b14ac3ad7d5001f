"""A firm with a locked payout run of 2026-06, written with the ORM (the run services are not
needed to print a run): four people, lines of every kind, contracts and a payment to trace.

Expected figures, by hand (yuan):

========  ==========  =======  ======  =======  ======  =======  ========
person    commission  awards   coeff.  gross    adjust  clawbk   net
========  ==========  =======  ======  =======  ======  =======  ========
张三       2,500.00    1,500.00 -150.00 3,850.00 300.00  -450.50  3,699.50
李四       1,234.56    2,000.00 0       3,234.56 0       0        3,234.56
EVIL       100.01      0        0       100.01   0       0        100.01
LONG       0           88.88    0       88.88    0       0        88.88
========  ==========  =======  ======  =======  ======  =======  ========

张三's awards: new-customer award 500.00 + monthly champion 1,000.00. Total net: 3,699.50 +
3,234.56 + 100.01 + 88.88 = 7,122.95.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from models import OrgUnit, Person
from models.incentives import (
    IncentiveScheme,
    LineKind,
    PayoutLine,
    PayoutRun,
    RunStatus,
    SchemeStatus,
    SchemeVersion,
)
from services.orders import payments as PAY
from tests.unit.orders.orders_fixtures import Firm, build_firm, contract_with_plan

EVIL = '=HYPERLINK("http://x","点我")'
LONG = "欧阳/诸葛:[特别长的名字]*测试?人员\\甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"
PERIOD = "2026-06"
LOCKED_AT = datetime(2026, 7, 3, 2, 0, tzinfo=UTC)
# the commission rule's own explanation (services.incentives.rules.commission)
EXAMPLE = "{period} collected {parts} (attainment {attainment}, tier {tier}) = {amount}"
UNTRANSLATED = "{customer}: first contract {contract} pays the new-customer award {amount}"
CHAMPION = "Monthly champion award (test sentence nobody translated) {amount}"

NET = {"张三": Decimal("3699.50"), "李四": Decimal("3234.56"), EVIL: Decimal("100.01"),
       LONG: Decimal("88.88")}
TOTAL = Decimal("7122.95")


@dataclass
class PayoutFirm:
    """The firm, the run and the records its lines name."""

    firm: Firm
    run_id: str = ""
    people: dict[str, str] = field(default_factory=dict)
    contracts: dict[str, str] = field(default_factory=dict)
    payment_id: str = ""


def build_payout_firm(store) -> PayoutFirm:  # noqa: ANN001
    """The firm of :func:`tests.unit.target_fixtures.build_firm`, two more people, two
    contracts, a payment and the locked run of 2026-06 (see the module docstring).
    """
    firm = build_firm(store)
    out = PayoutFirm(firm, people=dict(firm.people))
    with store.write() as uow:
        s = uow.session
        for name, unit in ((EVIL, "south"), (LONG, "east")):
            p = Person(name=name, role="rep", capacity_tier="novice", unit_id=firm.units[unit],
                       active_from=date(2024, 1, 1))
            s.add(p)
            s.flush()
            out.people[name] = p.id
        uow.commit()
    zs, ls = out.people["张三"], out.people["李四"]
    out.contracts["HT-2026-0601"], _ = contract_with_plan(
        store, firm.customers[0], zs, "120000.00", date(2026, 6, 3),
        [(date(2026, 6, 30), "120000.00")], number="HT-2026-0601")
    out.contracts["HT-2026-0602"], _ = contract_with_plan(
        store, firm.customers[2], ls, "30000.00", date(2026, 6, 10),
        [(date(2026, 7, 10), "30000.00")], number="HT-2026-0602")
    out.payment_id = PAY.record_payment(
        store, customer_id=firm.customers[0], received_on=date(2026, 6, 12),
        amount=Decimal("50000.00"), contract_id=out.contracts["HT-2026-0601"]).value.payment_id
    with store.write() as uow:
        s = uow.session
        scheme = IncentiveScheme(name="销售提成方案")
        s.add(scheme)
        s.flush()
        rules = [{"id": "collect", "kind": "commission", "title": "回款提成"},
                 {"id": "new", "kind": "new_customer", "title": "客户拓展奖"},
                 {"id": "champion", "kind": "ranking", "title": "月度冠军"},
                 {"id": "card", "kind": "scorecard", "title": "绩效考核"},
                 {"id": "mentor", "kind": "mentoring", "title": "老带新"}]
        version = SchemeVersion(scheme_id=scheme.id, number=1, status=SchemeStatus.PUBLISHED,
                                effective_from=date(2026, 1, 1),
                                document=json.dumps({"rules": rules}, ensure_ascii=False))
        s.add(version)
        earlier = PayoutRun(period="2026-05", status=RunStatus.LOCKED,
                            locked_at=datetime(2026, 6, 2, tzinfo=UTC))
        run = PayoutRun(period=PERIOD, status=RunStatus.LOCKED, locked_at=LOCKED_AT,
                        computed_at=datetime(2026, 7, 1, tzinfo=UTC))
        s.add_all([earlier, run])
        s.flush()
        paid_before = PayoutLine(run_id=earlier.id, person_id=zs, kind=LineKind.COMMISSION,
                                 rule_id="collect", amount=Decimal("450.50"),
                                 template="paid before", params="{}", trace="[]")
        s.add(paid_before)
        s.flush()
        payment = ["payment", out.payment_id, 5_000_000]
        contract = ["contract", out.contracts["HT-2026-0601"], 12_000_000]
        rows = [  # person, kind, rule, amount, template, params, trace
            (zs, LineKind.COMMISSION, "collect", "2500.00", EXAMPLE,
             {"period": PERIOD, "parts": "¥50,000.00 × 5 %", "attainment": "92 %",
              "tier": "80–100 %", "amount": "¥2,500.00"},
             [payment, ["target", f"{zs}/collected_amount/{PERIOD}", 5_434_800]]),
            (zs, LineKind.NEW_CUSTOMER, "new", "500.00", UNTRANSLATED,
             {"customer": "客户0", "contract": "HT-2026-0601", "amount": "¥500.00"},
             [["customer", firm.customers[0], None], contract]),
            (zs, LineKind.BONUS, "champion", "1000.00", CHAMPION, {"amount": "¥1,000.00"},
             []),
            (zs, LineKind.COEFFICIENT, "card", "-150.00", "coefficient 0.9", {}, []),
            (zs, LineKind.ADJUSTMENT, "", "300.00", "correction of 2026-05", {}, []),
            (zs, LineKind.CLAWBACK, "", "-450.50", "refund on a paid contract", {},
             [["line", paid_before.id, None]]),
            (zs, LineKind.RECOGNITION, "", "0", "honour: 月度之星", {}, []),
            (ls, LineKind.COMMISSION, "collect", "1234.56", EXAMPLE,
             {"period": PERIOD, "parts": "¥24,691.20 × 5 %", "attainment": "50 %",
              "tier": "0–80 %", "amount": "¥1,234.56"}, []),
            (ls, LineKind.BONUS, "champion", "2000.00", CHAMPION, {"amount": "¥2,000.00"},
             [["contract", out.contracts["HT-2026-0602"], 3_000_000]]),
            (out.people[EVIL], LineKind.COMMISSION, "collect", "100.01",
             "=1+1 said the rep \x07", {}, []),
            (out.people[LONG], LineKind.MENTORING, "mentor", "88.88", "mentoring {novice}",
             {"novice": "张三"}, [["person", zs, None]]),
        ]
        for position, (person, kind, rule, amount, template, params, trace) in enumerate(rows):
            s.add(PayoutLine(run_id=run.id, person_id=person, position=position, kind=kind,
                             rule_id=rule, scheme_version_id=version.id if rule else None,
                             amount=Decimal(amount), template=template,
                             params=json.dumps(params, ensure_ascii=False),
                             trace=json.dumps(trace)))
        uow.commit()
        out.run_id = run.id
    return out


def unit_name(store, unit_id: str) -> str:  # noqa: ANN001
    """A unit's name."""
    with store.read() as uow:
        return uow.session.get(OrgUnit, unit_id).name
