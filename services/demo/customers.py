"""Demo customers: names, owners over time, the shared pool, contacts and follow-ups.

A :class:`CustomerPlan` is the compact in-memory skeleton of one customer: who owned it when
(``owners``), when anything could happen to it (``windows``) and what the deal generator learnt
about it (won amounts, last follow-up). Rows are produced from it in chunks.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from models.enums import CustomerAction, FollowUpMethod
from services.demo import vocab
from services.demo.common import Clock, make_uuid, mobile, person_name, weighted, working_minute
from services.demo.org import Firm, Seller

_INDUSTRY_NAMES = tuple(vocab.INDUSTRIES)
_SUFFIX_NAMES = tuple(s for s, _w in vocab.SUFFIXES)
_SUFFIX_WEIGHTS = tuple(w for _s, w in vocab.SUFFIXES)
_METHODS = (FollowUpMethod.VISIT, FollowUpMethod.CALL, FollowUpMethod.WECHAT, FollowUpMethod.EMAIL)
_METHOD_WEIGHTS = (20, 40, 30, 10)
_CITY_REGION = {city: region for region, cities in vocab.REGION_CITIES.items()
                for city, _province in cities}
_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


class CustomerPlan:
    """One customer's skeleton (see the module docstring)."""

    __slots__ = ("index", "id", "name", "short", "city", "province", "industry", "domain",
                 "source", "created", "owners", "windows", "weight", "titles", "last_fu",
                 "next_on", "won_recent_fen", "first_won", "seller_unit")

    def __init__(self, index: int, cid: str):
        self.index = index
        self.id = cid
        self.name = ""
        self.short = ""
        self.city = ""
        self.province = ""
        self.industry = ""
        self.domain = ""
        self.source = ""
        self.created = 0
        # (from minute, seller index or None for the pool), in time order
        self.owners: list[tuple[int, int | None]] = []
        # (start, end, ends_in_pool) minutes in which activity happens
        self.windows: list[tuple[int, int, bool]] = []
        self.weight = 1.0
        self.titles: list[str] = []
        self.last_fu = -1
        self.next_on: date | None = None
        self.won_recent_fen = 0
        self.first_won: int | None = None
        self.seller_unit = ""

    def owner_at(self, minute: int) -> int | None:
        """The seller index owning the customer at ``minute`` (None while in the pool)."""
        owner = self.owners[0][1]
        for start, who in self.owners:
            if start > minute:
                break
            owner = who
        return owner

    def seller_at(self, minute: int) -> int:
        """Like :meth:`owner_at`, but the last real owner while the customer sits in the pool."""
        owner = self.owners[0][1]
        for start, who in self.owners:
            if start > minute:
                break
            if who is not None:
                owner = who
        assert owner is not None
        return owner

    def note_followup(self, minute: int, next_on: date | None) -> None:
        """Remember the latest follow-up (drives last_followup_at / next_followup_on)."""
        if minute > self.last_fu:
            self.last_fu = minute
            self.next_on = next_on


class CustomerFactory:
    """Plans customers and turns plans into rows."""

    def __init__(self, rng: random.Random, clock: Clock, firm: Firm):
        self.rng = rng
        self.clock = clock
        self.firm = firm
        self.end_day = clock.end // 1440
        self._taken: set[str] = set()
        self._names: set[str] = set()
        self.plans: list[CustomerPlan] = []
        self._seller_weights = {"senior": 3.0, "intermediate": 2.0, "novice": 1.0}
        tiers = {p["id"]: p["capacity_tier"] for p in firm.rows["people"]}
        self._weights = [self._seller_weights[tiers[s.id]] for s in firm.sellers]

    # -- planning -------------------------------------------------------------------------
    def plan(self, index: int) -> CustomerPlan:
        """Plan customer ``index``: name, place, owners, pool moves and activity windows."""
        rng = self.rng
        c = CustomerPlan(index, make_uuid(rng))
        day = int((self.end_day - 1) * rng.random() ** 0.9)
        c.created = working_minute(rng, day)
        if index >= 40 and rng.random() < 0.025:
            self._near_duplicate(c, rng.choice(self.plans))
            self._names.add(c.name)
            seller = self._pick_seller(day, _CITY_REGION[c.city])
        else:
            seller = self._pick_seller(day, None)
            region = seller.region or rng.choice(tuple(vocab.REGION_CITIES))
            c.city, c.province = rng.choice(vocab.REGION_CITIES[region])
            self._name(c)
        c.seller_unit = seller.unit_key
        c.source = "渠道" if seller.region is None and rng.random() < 0.7 else weighted(
            rng, vocab.SOURCES, vocab.SOURCE_WEIGHTS)
        self._ownership(c, seller, day)
        c.weight = min(12.0, rng.paretovariate(1.6))
        self.plans.append(c)
        return c

    def _pick_seller(self, day: int, region: str | None, exclude: str | None = None) -> Seller:
        cands = [(s, w) for s, w in zip(self.firm.sellers, self._weights, strict=True)
                 if s.active_on(day) and s.id != exclude
                 and (region is None or s.region in (region, None))]
        if not cands:  # before anyone in that region was hired: fall back to anyone active
            cands = [(s, w) for s, w in zip(self.firm.sellers, self._weights, strict=True)
                     if s.active_on(day) and s.id != exclude]
        return self.rng.choices([s for s, _ in cands], [w for _, w in cands])[0]

    def _name(self, c: CustomerPlan) -> None:
        rng = self.rng
        c.industry = weighted(rng, _INDUSTRY_NAMES, vocab.INDUSTRY_WEIGHTS)
        for _attempt in range(30):
            if rng.random() < 0.05:
                brand = rng.choice(vocab.LATIN_BRANDS)
                pinyin = brand.lower()
            else:
                (a, pa), (b, pb) = rng.choice(vocab.BRAND_FIRST), rng.choice(vocab.BRAND_SECOND)
                if a == b:
                    continue
                brand, pinyin = a + b, pa + pb
            biz = rng.choice(vocab.INDUSTRIES[c.industry])
            prefix = c.city if rng.random() < 0.85 else ""
            key = prefix + brand + biz
            if key not in self._taken:
                break
        else:  # very large sizes: make the key unique with a branch number
            brand += str(len(self.plans))
            pinyin += str(len(self.plans))
            key = prefix + brand + biz
        self._taken.add(key)
        c.name = prefix + brand + biz + weighted(rng, _SUFFIX_NAMES, _SUFFIX_WEIGHTS)
        self._names.add(c.name)
        c.short = brand + biz
        c.domain = pinyin + rng.choice((".com", ".com.cn", ".cn"))

    def _near_duplicate(self, c: CustomerPlan, orig: CustomerPlan) -> None:
        """A second record of an existing firm, spelled a little differently (重复开发)."""
        rng = self.rng
        c.city, c.province, c.industry = orig.city, orig.province, orig.industry
        c.short, c.domain = orig.short, orig.domain
        kinds = [0, 1, 2, 3]
        rng.shuffle(kinds)
        for kind in kinds:
            name = _variant(orig.name, c.city, kind)
            if name is not None and name not in self._names:
                break
        else:
            name = orig.name + " "  # a stray trailing space, typed in a hurry
        c.name = name

    def _ownership(self, c: CustomerPlan, seller: Seller, day: int) -> None:
        rng = self.rng
        end = self.clock.end
        c.owners = [(c.created, seller.index)]
        r = rng.random()
        age = self.end_day - day
        if seller.to_day is not None:  # a departed rep: handed over, or released to the pool
            leave = seller.to_day * 1440 + 10 * 60
            if r < 0.3:
                c.owners.append((leave, None))
                c.windows = [(c.created, leave, True)]
            else:
                heir = self._pick_seller(seller.to_day, seller.region, exclude=seller.id)
                c.owners.append((leave, heir.index))
                c.windows = [(c.created, end, False)]
        elif r < 0.08 and age > 120:
            release = working_minute(rng, rng.randint(day + 91, self.end_day - 1))
            c.owners.append((release, None))
            c.windows = [(c.created, release, True)]
        elif r < 0.13 and age > 150:
            rel_day = rng.randint(day + 91, self.end_day - 30)
            release = working_minute(rng, rel_day)
            claim_day = rel_day + rng.randint(1, 25)
            heir = self._pick_seller(claim_day, seller.region, exclude=seller.id)
            claim = max(release + 60, working_minute(rng, claim_day))
            c.owners += [(release, None), (claim, heir.index)]
            c.windows = [(c.created, release, True), (claim, end, False)]
        else:
            c.windows = [(c.created, end, False)]
        start, stop, pooled = c.windows[-1]
        if not pooled and stop == end and rng.random() < 0.18 and self.end_day - start // 1440 > 60:
            # a customer nobody followed up for a while (跟进断档)
            stale_day = rng.randint(max(start // 1440 + 5, self.end_day - 150), self.end_day - 46)
            c.windows[-1] = (start, working_minute(rng, stale_day), False)

    # -- rows --------------------------------------------------------------------------------
    def rows(self, c: CustomerPlan, manager_of: Callable[[int], str | None]
             ) -> dict[str, list[dict[str, Any]]]:
        """Customer, contacts, ownership events and general follow-ups of one plan."""
        rng = self.rng
        dt = self.clock.ts
        sellers = self.firm.sellers
        owner = c.owners[-1][1]
        last_owner = c.seller_at(self.clock.end)
        addr = (f"{c.province}{'' if c.province.startswith(c.city) else c.city + '市'}"
                f"{rng.choice(vocab.DISTRICTS)}{rng.choice(vocab.STREETS)}"
                f"{rng.randint(1, 999)}号")
        tags = rng.sample(vocab.TAGS, k=weighted(rng, (0, 1, 2, 3), (35, 35, 20, 10)))
        release_at = next((m for m, who in c.owners if who is None), None)
        customer = {
            "id": c.id, "name": c.name, "name_norm": "", "industry": c.industry,
            "region": c.city, "address": addr, "source": c.source, "phone": mobile(rng),
            "email": f"{rng.choice(('info', 'sales', 'contact', 'service'))}@{c.domain}",
            "website": f"www.{c.domain}" if rng.random() < 0.4 else None,
            "tags": ",".join(tags),
            "owner_id": sellers[owner].id if owner is not None else None,
            "unit_id": self.firm.unit_ids[sellers[last_owner].unit_key],
            "tier": None, "tier_reason": None, "tier_manual": False,
            "credit_limit": None, "cooperation_since": None,
            "last_followup_at": None, "next_followup_on": None,
            "in_pool": owner is None,
            "pool_since": dt(release_at) if release_at is not None and owner is None else None,
            "merged_into_id": None,
            "notes": rng.choice(vocab.CUSTOMER_NOTES) if rng.random() < 0.15 else None,
            "created_at": dt(c.created), "updated_at": dt(c.created), "deleted_at": None,
        }
        out: dict[str, list[dict[str, Any]]] = {
            "customers": [customer], "contacts": self._contacts(c),
            "customer_events": self._events(c, manager_of), "followups": [],
        }
        for start, stop, pooled in c.windows:
            out["followups"] += self._followups(c, start, stop, pooled)
        return out

    def _contacts(self, c: CustomerPlan) -> list[dict[str, Any]]:
        rng = self.rng
        n = weighted(rng, (1, 2, 3), (50, 35, 15))
        c.titles = rng.sample(vocab.CONTACT_TITLES, k=n)
        rows = []
        for i, title in enumerate(c.titles):
            phone = mobile(rng)
            at = self.clock.ts(c.created + 5 + i)
            rows.append({
                "id": make_uuid(rng), "customer_id": c.id,
                "name": person_name(rng, vocab.SURNAMES, vocab.GIVEN_CHARS), "title": title,
                "phone": phone,
                "wechat": (phone.replace("-", "") if rng.random() < 0.5
                           else f"wxid_{rng.getrandbits(40):010x}") if rng.random() < 0.8
                else None,
                "email": f"{rng.choice(('purchase', 'gm', 'it', 'ops', 'admin'))}{i + 1}"
                         f"@{c.domain}" if rng.random() < 0.6 else None,
                "is_primary": i == 0, "notes": None,
                "created_at": at, "updated_at": at, "deleted_at": None,
            })
        return rows

    def _events(self, c: CustomerPlan, manager_of: Callable[[int], str | None]
                ) -> list[dict[str, Any]]:
        rng = self.rng
        sellers = self.firm.sellers
        first = c.owners[0][1]
        assert first is not None
        rows = []

        def event(minute: int, action: CustomerAction, src: int | None, dst: int | None,
                  by: str | None, note: str | None = None) -> None:
            at = self.clock.ts(minute)
            rows.append({
                "id": make_uuid(rng), "customer_id": c.id, "action": str(action), "at": at,
                "from_person_id": sellers[src].id if src is not None else None,
                "to_person_id": sellers[dst].id if dst is not None else None,
                "by_person_id": by, "note": note,
                "created_at": at, "updated_at": at, "deleted_at": None,
            })

        event(c.created, CustomerAction.CREATE, None, first, sellers[first].id)
        prev: int | None = first
        for minute, who in c.owners[1:]:
            if who is None:
                assert prev is not None
                note = (vocab.HANDOVER_NOTE if sellers[prev].to_day is not None
                        and minute // 1440 == sellers[prev].to_day else vocab.RELEASE_NOTE)
                event(minute, CustomerAction.RELEASE, prev, None, manager_of(prev), note)
            elif prev is None:
                event(minute, CustomerAction.CLAIM, None, who, sellers[who].id)
            else:
                event(minute, CustomerAction.ASSIGN, prev, who, manager_of(prev),
                      vocab.HANDOVER_NOTE)
            prev = who
        return rows

    def _followups(self, c: CustomerPlan, start: int, stop: int, pooled: bool
                   ) -> list[dict[str, Any]]:
        rng = self.rng
        first_day, last_day = start // 1440 + 1, stop // 1440 - 1
        if last_day < first_day:
            return []
        span = last_day - first_day + 1
        n = max(1, min(6, round(span / 100 * rng.uniform(0.5, 1.5))))
        days = sorted(rng.randint(first_day, last_day) for _ in range(n))
        if stop == self.clock.end and rng.random() < 0.85:  # recently active customer
            days.append(max(first_day, self.end_day - rng.randint(1, 20)))
        rows = []
        for d in days:
            minute = working_minute(rng, d)
            if minute <= start or minute >= stop:
                continue
            rows.append(self.followup_row(c, minute, None, c.seller_at(minute)))
        return rows

    def followup_row(self, c: CustomerPlan, minute: int, deal_id: str | None, seller: int,
                     method: FollowUpMethod | None = None) -> dict[str, Any]:
        """One follow-up record; also updates the plan's latest follow-up."""
        rng = self.rng
        method = method or weighted(rng, _METHODS, _METHOD_WEIGHTS)
        template = rng.choice(vocab.FOLLOWUP_TEXTS[str(method)])
        title = rng.choice(c.titles) if c.titles else "负责人"
        content = template.format(title=title, product=rng.choice(self.firm.product_names))
        next_on = None
        next_step = None
        if rng.random() < 0.8:
            next_step = rng.choice(vocab.NEXT_STEPS)
            next_on = self.clock.day(minute) + timedelta(days=rng.randint(2, 30))
        c.note_followup(minute, next_on)
        at = self.clock.ts(minute)
        return {
            "id": make_uuid(rng), "customer_id": c.id, "deal_id": deal_id,
            "person_id": self.firm.sellers[seller].id, "at": at, "method": str(method),
            "content": content, "next_step": next_step, "next_on": self.clock.dv(next_on),
            "created_at": at, "updated_at": at, "deleted_at": None,
        }


def _variant(name: str, city: str, kind: int) -> str | None:
    """Another spelling of a company name, or None if this kind does not apply to it."""
    if kind == 0:  # full-width Latin letters
        wide = "".join(_FULL_WIDTH.get(ch, ch) for ch in name)
        return wide if wide != name else None
    if kind == 1 and city and name.startswith(city):  # a space after the city
        return f"{city} {name[len(city):]}"
    if kind == 2 and city and name.startswith(city) and name.endswith("有限公司"):
        return f"{name[len(city):-len('有限公司')]}（{city}）有限公司"  # city in brackets
    if kind == 3:  # the legal form differs
        for old, new in (("股份有限公司", "有限公司"), ("有限责任公司", "有限公司"),
                         ("集团有限公司", "有限公司"), ("有限公司", "股份有限公司")):
            if name.endswith(old):
                return name[: -len(old)] + new
    return None
