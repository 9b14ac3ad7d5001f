"""The demo firm's skeleton: org tree, people, products, pipelines, stages and lost reasons."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from models.enums import CapacityTier, Role, StageKind, UnitKind
from services.demo import vocab
from services.demo.common import Clock, make_uuid

# (key, name, kind, parent key)
UNITS = (
    ("company", vocab.COMPANY_NAME, UnitKind.COMPANY, None),
    ("direct", "直销中心", UnitKind.CHANNEL, "company"),
    ("east", "华东大区", UnitKind.REGION, "direct"),
    ("east1", "华东一组", UnitKind.TEAM, "east"),
    ("east2", "华东二组", UnitKind.TEAM, "east"),
    ("south", "华南大区", UnitKind.REGION, "direct"),
    ("south1", "华南一组", UnitKind.TEAM, "south"),
    ("north", "华北大区", UnitKind.REGION, "direct"),
    ("north1", "华北一组", UnitKind.TEAM, "north"),
    ("partner", "渠道部", UnitKind.CHANNEL, "company"),
    ("partner1", "渠道合作组", UnitKind.TEAM, "partner"),
)
TEAM_REGION = {"east1": "华东大区", "east2": "华东大区", "south1": "华南大区",
               "north1": "华北大区", "partner1": None, "east": "华东大区",
               "south": "华南大区", "north": "华北大区", "partner": None}

# (name, e-mail local part, role, tier, unit key, joined days ago, left days ago)
PEOPLE = (
    ("陈启帆", "chenqifan", Role.OWNER, CapacityTier.SENIOR, "company", 2400, None),
    ("王立新", "wanglixin", Role.DIRECTOR, CapacityTier.SENIOR, "company", 2000, None),
    ("李静", "lijing", Role.MANAGER, CapacityTier.SENIOR, "east", 1800, None),
    ("张伟", "zhangwei", Role.MANAGER, CapacityTier.SENIOR, "south", 1500, None),
    ("刘洋", "liuyang", Role.MANAGER, CapacityTier.SENIOR, "north", 1300, None),
    ("赵敏", "zhaomin", Role.MANAGER, CapacityTier.INTERMEDIATE, "partner", 1100, None),
    ("周杰", "zhoujie", Role.REP, CapacityTier.SENIOR, "east1", 1600, None),
    ("吴婷", "wuting", Role.REP, CapacityTier.INTERMEDIATE, "east1", 1000, None),
    ("徐浩", "xuhao", Role.REP, CapacityTier.INTERMEDIATE, "east2", 950, None),
    ("孙欣怡", "sunxinyi", Role.REP, CapacityTier.NOVICE, "east2", 200, None),
    ("黄凯", "huangkai", Role.REP, CapacityTier.SENIOR, "south1", 1400, None),
    ("林雪", "linxue", Role.REP, CapacityTier.NOVICE, "south1", 260, None),
    ("郭磊", "guolei", Role.REP, CapacityTier.INTERMEDIATE, "north1", 1200, None),
    ("马俊峰", "majunfeng", Role.REP, CapacityTier.SENIOR, "north1", 1900, 150),
    ("何宁", "hening", Role.REP, CapacityTier.NOVICE, "north1", 140, None),
    ("罗斌", "luobin", Role.REP, CapacityTier.SENIOR, "partner1", 1300, None),
    ("宋佳", "songjia", Role.ANALYST, CapacityTier.INTERMEDIATE, "company", 700, None),
)


@dataclass
class Seller:
    """Someone who can own customers, with the window (demo days) in which they worked."""

    index: int
    id: str
    name: str
    unit_key: str
    region: str | None  # None: the channel team sells everywhere
    role: Role
    from_day: int
    to_day: int | None  # first day no longer employed
    manager_id: str | None = None

    def active_on(self, day: int) -> bool:
        """Employed on that demo day."""
        return self.from_day <= day and (self.to_day is None or day < self.to_day)


@dataclass
class Firm:
    """Rows of the firm's skeleton plus the lookups the customer and deal generators need."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    unit_ids: dict[str, str] = field(default_factory=dict)
    sellers: list[Seller] = field(default_factory=list)
    products: list[tuple[str, int]] = field(default_factory=list)  # (id, unit price fen)
    product_names: list[str] = field(default_factory=list)
    pipeline_ids: list[str] = field(default_factory=list)
    stage_ids: list[list[str]] = field(default_factory=list)  # per pipeline, in STAGES order
    director_id: str = ""


def _stamp(clock: Clock, day: int) -> dict[str, Any]:
    when = clock.ts(max(0, day) * 1440 + 9 * 60)
    return {"created_at": when, "updated_at": when, "deleted_at": None}


def build_firm(rng: random.Random, clock: Clock) -> Firm:
    """Create the org tree, team, products, pipelines, stages and lost reasons."""
    firm = Firm()
    units = []
    for order, (key, name, kind, parent) in enumerate(UNITS):
        uid = make_uuid(rng)
        firm.unit_ids[key] = uid
        units.append({"id": uid, "name": name, "kind": str(kind), "sort_order": order,
                      "parent_id": firm.unit_ids[parent] if parent else None,
                      **_stamp(clock, 0)})
    firm.rows["org_units"] = units
    _build_people(rng, clock, firm)
    _build_catalogue(rng, clock, firm)
    return firm


def _build_people(rng: random.Random, clock: Clock, firm: Firm) -> None:
    people = []
    managers: dict[str, str] = {}
    for i, (name, login, role, tier, unit, joined, left) in enumerate(PEOPLE):
        pid = make_uuid(rng)
        from_day = clock.day_index(clock.today) - joined
        to_day = clock.day_index(clock.today) - left if left is not None else None
        people.append({
            "id": pid, "name": name, "role": str(role), "capacity_tier": str(tier),
            "unit_id": firm.unit_ids[unit], "email": f"{login}@qifan-tech.cn",
            "phone": f"138-{1000 + i * 37:04d}-{2000 + i * 53:04d}",
            "active_from": clock.dv(clock.today - timedelta(days=joined)),
            "active_to": clock.dv(clock.today - timedelta(days=left)) if left is not None
            else None,
            **_stamp(clock, from_day),
        })
        if role == Role.DIRECTOR:
            firm.director_id = pid
        if role == Role.MANAGER:
            managers[unit] = pid
        if role == Role.REP:
            firm.sellers.append(Seller(len(firm.sellers), pid, name, unit, TEAM_REGION[unit],
                                       role, from_day, to_day))
    for s in firm.sellers:
        parent = next(p for k, _n, _k, p in UNITS if k == s.unit_key)
        s.manager_id = managers.get(parent or "")
    owner_id = people[0]["id"]
    for row, (_n, _l, role, _t, _u, _j, _left) in zip(people, PEOPLE, strict=True):
        # 直属上级: a rep reports to their team's manager, a manager, the analyst and a rep
        # without one to the director, the director to the owner
        seller = next((s for s in firm.sellers if s.id == row["id"]), None)
        if role == Role.OWNER:
            row["manager_id"] = None
        elif role == Role.DIRECTOR:
            row["manager_id"] = owner_id
        else:
            row["manager_id"] = (seller.manager_id if seller else None) or firm.director_id
    firm.rows["people"] = people


def _build_catalogue(rng: random.Random, clock: Clock, firm: Firm) -> None:
    products = []
    for order, (name, code, price) in enumerate(vocab.PRODUCTS):
        pid = make_uuid(rng)
        firm.products.append((pid, price * 100))
        firm.product_names.append(name)
        line, tax_bp, cost_pct = vocab.PRODUCT_LINES[code[:5]]
        products.append({"id": pid, "name": name, "code": code,
                         "unit_price": clock.money(price * 100), "unit_id": None,
                         "line": line, "measure_unit": vocab.PRODUCT_UNITS[code],
                         "tax_rate_bp": tax_bp, "unit_cost": clock.money(price * cost_pct),
                         "active": code not in vocab.PRODUCTS_RETIRED,
                         **_stamp(clock, order)})
    firm.rows["products"] = products
    pipelines, stages = [], []
    for p_order, pname in enumerate(vocab.PIPELINES):
        pl_id = make_uuid(rng)
        firm.pipeline_ids.append(pl_id)
        pipelines.append({"id": pl_id, "name": pname, "sort_order": p_order, **_stamp(clock, 0)})
        ids = []
        for s_order, (sname, kind, prob, rot) in enumerate(vocab.STAGES):
            sid = make_uuid(rng)
            ids.append(sid)
            stages.append({"id": sid, "pipeline_id": pl_id, "name": sname,
                           "sort_order": s_order, "kind": str(StageKind(kind)),
                           "probability": prob, "rot_days": rot, "folded": False,
                           **_stamp(clock, 0)})
        firm.stage_ids.append(ids)
    firm.rows["pipelines"] = pipelines
    firm.rows["stages"] = stages
    firm.rows["lost_reasons"] = [
        {"id": make_uuid(rng), "name": name, "sort_order": i, **_stamp(clock, 0)}
        for i, name in enumerate(vocab.LOST_REASONS)
    ]
