"""Demo opportunities: each deal walks the pipeline from 线索 with increasing timestamps.

Deals are first drawn as (start, customer, window) and sorted by start, so a renewal (老客户续约)
only ever follows a win the customer already had. Each deal then advances stage by stage until
it is won, lost, or left open at ``today`` (or when its customer went quiet or to the pool, in
which case an open deal is lost with 无回应).
"""

from __future__ import annotations

import bisect
import math
import random
from datetime import timedelta
from typing import Any

from models.enums import FollowUpMethod
from services.customers.tier_rules import window_start
from services.demo import vocab
from services.demo.common import Clock, make_uuid, weighted, working_minute
from services.demo.customers import CustomerFactory, CustomerPlan
from services.demo.org import Firm

QUOTE = 3  # index of 方案报价: amounts are estimates before it, quoted from it on
WON, LOST = 5, 6
_ADVANCE = ((0.86, 0.82, 0.78, 0.74, 0.70), (0.95, 0.93, 0.90, 0.88, 0.88))
_DWELL_DAYS = ((6, 10, 14, 14, 18), (3, 6, 8, 10, 12))
_STAGE_METHOD = (FollowUpMethod.CALL, FollowUpMethod.VISIT, FollowUpMethod.VISIT,
                 FollowUpMethod.EMAIL, FollowUpMethod.VISIT, FollowUpMethod.WECHAT,
                 FollowUpMethod.CALL)
# Lead triage: a rep works about this many new-customer leads a month. Beyond that load a share
# of the new leads is written off within days (无回应 / 需求变更) instead of being worked, falling
# with the square root of the overload — so a large firm's board holds thousands of open deals,
# not a year's worth of untouched leads, while a small or standard firm is hardly affected.
WORKED_LEADS_PER_REP_MONTH = 6.0
_TRIAGE_REASONS = (vocab.NO_RESPONSE, "需求变更")
_LOST_NAMES = tuple(r for r in vocab.LOST_REASONS if r != vocab.NO_RESPONSE)
_LOST_WEIGHTS = tuple(w for r, w in zip(vocab.LOST_REASONS, vocab.LOST_REASON_WEIGHTS,
                                        strict=True) if r != vocab.NO_RESPONSE)


def draw_starts(rng: random.Random, plans: list[CustomerPlan], n: int
                ) -> list[tuple[int, int, int]]:
    """``n`` deal starts as (start minute, customer index, window index), in time order."""
    cum: list[float] = []
    total = 0.0
    for p in plans:
        total += p.weight
        cum.append(total)
    starts: list[tuple[int, int, int]] = []
    attempts = 0
    while len(starts) < n and attempts < 50 * n + 100:
        attempts += 1
        c = plans[min(bisect.bisect(cum, rng.random() * total), len(plans) - 1)]
        spans = [(w_end // 1440 - 2) - (w_start // 1440 + 1) for w_start, w_end, _p in c.windows]
        if max(spans) < 1:  # a customer created in the last few days: no room for a deal
            continue
        wi = rng.choices(range(len(spans)), [max(0, s) for s in spans])[0]
        first = c.windows[wi][0] // 1440 + 1
        day = rng.randint(first, first + spans[wi])
        minute = max(c.windows[wi][0] + 1, working_minute(rng, day))
        starts.append((minute, c.index, wi))
    starts.sort()
    return starts


class DealFactory:
    """Simulates deals and turns them into deal, line, history and follow-up rows."""

    def __init__(self, rng: random.Random, clock: Clock, firm: Firm, customers: CustomerFactory,
                 total_deals: int = 0):
        self.rng = rng
        self.clock = clock
        self.firm = firm
        self.customers = customers
        # the window start as services.customers.tiers computes it
        self.tier_from_day = clock.day_index(window_start(clock.today))
        self.long_quiet = clock.end - 90 * 1440
        months = clock.end / 1440 / 30.4
        load = total_deals / months / max(1, len(firm.sellers))  # leads per rep and month
        self.worked_share = min(1.0, math.sqrt(WORKED_LEADS_PER_REP_MONTH / load)) if load else 1.0

    def build(self, start: int, c: CustomerPlan, window: int, out: dict[str, list[Any]]) -> None:
        """Simulate one deal and append its rows to ``out``."""
        rng = self.rng
        money, dv = self.clock.money, self.clock.dv
        renewal = c.first_won is not None and c.first_won < start and rng.random() < 0.75
        pl = 1 if renewal else 0
        stages = self.firm.stage_ids[pl]
        cap, pooled = c.windows[window][1], c.windows[window][2]
        quoted_fen, lines = self._amount(rng, renewal)
        estimate = max(100_000, round(quoted_fen * rng.uniform(0.7, 1.4) / 100_000) * 100_000)
        expected = self.clock.day(start) + timedelta(days=rng.randint(30, 120))
        # walk: list of (minute, stage index)
        walk = [(start, 0)]
        lost_reason = None
        t, stage = start, 0
        if not renewal and rng.random() >= self.worked_share:
            # triaged: written off within a few days of arriving (still open if that is after today)
            off = max(start + 30, working_minute(rng, start // 1440 + rng.randint(0, 2)))
            if off >= cap and cap < self.clock.end:  # the customer left before that: no answer
                off = start + max(1, (cap - start) // 2)
            if off < self.clock.end:
                walk.append((off, LOST))
                lost_reason = _TRIAGE_REASONS[rng.random() < 0.3]
            stage = WON  # no further walk either way
        while stage < WON:
            days = rng.expovariate(1 / _DWELL_DAYS[pl][stage])
            if rng.random() < 0.07:
                days += rng.randint(40, 200)  # a deal that stalls (停滞)
            nxt = working_minute(rng, (t // 1440) + 1 + int(days))
            if nxt >= cap:
                # Released to the pool: whatever was open is lost. A customer that went quiet
                # long ago: most of its open deals were written off too (a few still rot).
                quiet = cap < self.long_quiet and rng.random() < 0.8
                if pooled or quiet:
                    walk.append((t + max(1, (cap - t) // 2), LOST))
                    lost_reason = vocab.NO_RESPONSE
                break
            if rng.random() < _ADVANCE[pl][stage]:
                stage += 1
            else:
                stage = LOST
                lost_reason = weighted(rng, _LOST_NAMES, _LOST_WEIGHTS)
            walk.append((nxt, stage))
            t = nxt
            if stage == LOST:
                break
        final_idx = walk[-1][1]
        reached_quote = any(s >= QUOTE and s != LOST for _m, s in walk)
        if not reached_quote:
            lines = []
        deal_id = make_uuid(rng)
        seller_ids = self.firm.sellers
        history = out["stage_history"]
        prev_stage: str | None = None
        amount_fen = estimate
        for i, (minute, s) in enumerate(walk):
            if s >= QUOTE and s != LOST or (s == LOST and reached_quote):
                amount_fen = quoted_fen
            if i and rng.random() < 0.3:
                expected += timedelta(days=rng.randint(10, 45))  # the close date slipped
            at = self.clock.ts(minute)
            seller = seller_ids[c.seller_at(minute)].id
            history.append({
                "id": make_uuid(rng), "deal_id": deal_id, "from_stage_id": prev_stage,
                "to_stage_id": stages[s], "at": at, "by_person_id": seller,
                "amount": money(amount_fen), "expected_close": dv(expected),
                "created_at": at, "updated_at": at, "deleted_at": None,
            })
            prev_stage = stages[s]
            if i and rng.random() < 0.3:
                out["followups"].append(self.customers.followup_row(
                    c, max(walk[i - 1][0] + 1, minute - rng.randint(0, 90)), deal_id,
                    c.seller_at(minute), _STAGE_METHOD[s]))
        last_minute = walk[-1][0]
        closed_on = self.clock.day(last_minute) if final_idx >= WON else None
        if final_idx == WON:
            expected = closed_on or expected
            self._note_win(c, last_minute, amount_fen)
        probability = None
        if final_idx < WON and rng.random() < 0.12:
            probability = max(5, min(95, vocab.STAGES[final_idx][2] + rng.choice((-10, -5, 5, 10))))
        first_at, last_at = self.clock.ts(start), self.clock.ts(last_minute)
        # an open deal belongs to whoever owns the customer now (hand-overs move open deals)
        owner_minute = last_minute if final_idx >= WON else self.clock.end
        out["deals"].append({
            "id": deal_id, "name": c.short + rng.choice(vocab.DEAL_TOPICS),
            "pipeline_id": self.firm.pipeline_ids[pl], "stage_id": stages[final_idx],
            "customer_id": c.id, "owner_id": seller_ids[c.seller_at(owner_minute)].id,
            "amount": money(amount_fen), "probability": probability,
            "expected_close": dv(expected),
            "stage_entered_at": last_at, "closed_on": dv(closed_on),
            "won_amount": money(amount_fen) if final_idx == WON else None,
            "lost_reason": lost_reason if final_idx == LOST else None,
            "source": c.source, "notes": None,
            "created_at": first_at, "updated_at": last_at, "deleted_at": None,
        })
        for product_id, qty, unit_fen in lines:
            out["deal_lines"].append({
                "id": make_uuid(rng), "deal_id": deal_id, "product_id": product_id,
                "quantity": qty, "unit_price": money(unit_fen), "amount": money(qty * unit_fen),
                "created_at": first_at, "updated_at": first_at, "deleted_at": None,
            })

    def _amount(self, rng: random.Random, renewal: bool) -> tuple[int, list[tuple[str, int, int]]]:
        """The quoted amount in fen and the product lines adding up to it (if any)."""
        target = rng.lognormvariate(10.6 if renewal else 11.0, 0.95)  # yuan, median ≈ 4–6万
        target = max(2000.0, min(target, 3_000_000.0))
        if rng.random() < 0.15:  # no product lines: a round figure typed by the rep
            return int(round(target, -2)) * 100, []
        n = weighted(rng, (1, 2, 3), (55, 30, 15))
        picks = rng.sample(self.firm.products, k=n)
        shares = [rng.random() + 0.2 for _ in picks]
        total_share = sum(shares)
        lines = []
        for (product_id, price_fen), share in zip(picks, shares, strict=True):
            unit_fen = price_fen * (100 - rng.choice((0, 0, 5, 10, 15))) // 100
            qty = max(1, round(target * 100 * share / total_share / unit_fen))
            lines.append((product_id, qty, unit_fen))
        return sum(q * u for _p, q, u in lines), lines

    def _note_win(self, c: CustomerPlan, minute: int, amount_fen: int) -> None:
        if c.first_won is None or minute < c.first_won:
            c.first_won = minute
        if minute // 1440 >= self.tier_from_day:
            c.won_recent_fen += amount_fen
