"""Orders and cash (成交与回款): from a won deal to cash in the bank.

* :mod:`services.orders.contracts` — contracts (合同) created from a won deal (prefilled) or by
  hand, numbered from a pattern such as ``HT-{yyyy}-{seq:04}`` (unique);
* :mod:`services.orders.plans` — payment plans (回款计划): instalments by amount or percentage
  that add up exactly to the contract amount (the last takes the rounding remainder),
  templates (预付 30 % / 到货 60 % / 质保金 10 %), invoiced dates (已开票);
* :mod:`services.orders.payments` — payments received (回款) applied to the oldest open
  instalment unless one is picked, partial and over-payments (the excess is the customer's
  credit), refunds as negative entries of their own;
* :mod:`services.orders.receivables` — receivables (应收账款) as of any date, recomputed from
  the allocations of payments received by then, aged into buckets; collection rate (回款率);
* :mod:`services.orders.export` — the receivables workbook / CSV;
* :mod:`services.orders.compliance` — required terms (合同合规), a draft signed once they are
  ticked or an approver overrides with a reason;
* :mod:`services.orders.status` — order status (待交付 → 已交付 → 已验收 → 已完成, 已取消);
* :mod:`services.orders.credit` — credit limits against open receivables (warn or block);
* :mod:`services.orders.risk` — the risk list and disputed instalments (争议).

Every write returns an ``Op`` whose undo puts things back exactly (creations are undone by soft
deletes that a redo reverses with the same ids). Money is ``Decimal`` yuan here and integer fen
in the database. The 回款额 actuals of the Targets tree are read by
:mod:`services.targets.actuals` from the same tables.
"""
