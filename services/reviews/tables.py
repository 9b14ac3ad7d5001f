"""The review pack as titled tables, in Chinese or English — what the Excel workbook and the
PDF both lay out, so the two say the same. A column's kind says how a cell is written: "text"
(user text: always a string), "money" (Decimal yuan), "int", "pct" (a fraction, or None),
"points", "date".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.base import from_fen
from services.reviews.labels import metric_name, word
from services.reviews.pack import ReviewPack
from services.reviews.snapshot import DealChange


@dataclass(frozen=True)
class Table:
    """A titled table; ``note`` is shown instead of the rows when there are none."""

    key: str
    title: str
    headers: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = ""
    links: tuple[tuple[str, str] | None, ...] = ()  # per row: (kind, id) a double-click opens


def _targets(pack: ReviewPack, en: bool) -> Table:
    rows = []
    for m in pack.metrics:
        money = m.metric in ("signed_amount", "collected_amount")

        def v(x: int, money: bool = money) -> Any:
            return from_fen(x) if money else x

        rows.append((metric_name(m.metric, en), v(m.floor), v(m.target), v(m.challenge),
                     v(m.actual), v(m.variance), m.attainment, v(m.previous_actual)))
    heads = ("metric", "floor", "target", "challenge", "actual", "variance", "attainment",
             "previous")
    return Table("targets", word("targets", en), tuple(word(h, en) for h in heads),
                 ("text", "money", "money", "money", "money", "money", "pct", "money"),
                 tuple(rows), word("no_targets", en))


def _causes(pack: ReviewPack, en: bool) -> Table | None:
    d = pack.decomposition
    if d is None:
        return None
    rows = ((word("target", en), d.target, "", ""),
            (word("volume", en), d.volume_effect, f"{d.closed}",
             f"≈{d.needed_closed}"),
            (word("win_rate", en), d.win_rate_effect,
             "—" if d.win_rate is None else f"{d.win_rate * 100:.0f}%",
             f"{d.baseline_win_rate * 100:.0f}%"),
            (word("deal_size", en), d.size_effect,
             "—" if d.avg_won is None else f"¥{d.avg_won:,.0f}", f"¥{d.baseline_avg:,.0f}"),
            (word("actual", en), d.actual, "", ""))
    return Table("causes", word("causes", en),
                 (word("cause", en), word("amount", en), word("this_period", en),
                  word("baseline", en)), ("text", "money", "text", "text"), rows)


def _funnel(pack: ReviewPack, en: bool) -> Table:
    rows = tuple((s.pipeline, f"{s.stage} → {s.next_stage}", s.reached, s.advanced, s.rate,
                  s.previous_rate, s.change_points) for s in pack.funnel)
    heads = ("pipeline", "stage", "reached", "advanced", "rate", "previous_rate", "change")
    return Table("funnel", word("funnel", en), tuple(word(h, en) for h in heads),
                 ("text", "text", "int", "int", "pct", "pct", "points"), rows)


def _collection(pack: ReviewPack, en: bool) -> Table:
    c = pack.collection
    heads = ("due", "collected", "collection_rate", "previous_collection_rate")
    return Table("collection", word("collection", en), tuple(word(h, en) for h in heads),
                 ("money", "money", "pct", "pct"),
                 ((c.due, c.collected, c.rate, c.previous_rate),))


def _change_rows(pack: ReviewPack, en: bool
                 ) -> tuple[list[tuple[Any, ...]], list[tuple[str, str] | None]]:
    diff = pack.changes
    assert diff is not None
    rows: list[tuple[Any, ...]] = []
    links: list[tuple[str, str] | None] = []

    def add(key: str, items: tuple[DealChange, ...], field: str) -> None:
        for c in items:
            if field == "stage":
                before, after = c.old_stage or "", c.new_stage or ""
            elif field == "close":
                before = c.old_close.isoformat() if c.old_close else ""
                after = c.new_close.isoformat() if c.new_close else ""
            else:
                before = "" if c.old_amount is None else f"¥{c.old_amount:,.2f}"
                after = "" if c.new_amount is None else f"¥{c.new_amount:,.2f}"
            rows.append((word(key, en), c.deal.name, c.deal.customer_name,
                         c.new_amount if c.new_amount is not None else c.old_amount,
                         before, after))
            links.append(("deal", c.deal.id) if key != "removed" else None)

    for key, items, field in (("added", diff.added, "stage"),
                              ("advanced_deal", diff.advanced, "stage"),
                              ("regressed", diff.regressed, "stage"),
                              ("won", diff.won, "stage"), ("lost", diff.lost, "stage"),
                              ("slipped", diff.slipped, "close"),
                              ("amount_changed", diff.amount_changed, "amount"),
                              ("removed", diff.removed, "stage")):
        add(key, items, field)
    for t in diff.targets:
        money = t.metric in ("signed_amount", "collected_amount")
        show = (lambda x: f"¥{from_fen(x):,.2f}") if money else str
        rows.append((word("targets_adjusted", en), metric_name(t.metric, en), "", None,
                     show(t.old[1]), show(t.new[1])))
        links.append(None)
    return rows, links


def _changes(pack: ReviewPack, en: bool) -> Table:
    heads = tuple(word(h, en) for h in ("what", "deal", "customer", "amount", "before",
                                        "after"))
    kinds = ("text", "text", "text", "money", "text", "text")
    if pack.changes is None:
        return Table("changes", word("changes", en), heads, kinds, (),
                     word("no_last_review", en))
    title = (f"{word('changes', en)}（{pack.changes.since}）" if not en
             else f"{word('changes', en)} ({pack.changes.since})")
    rows, links = _change_rows(pack, en)
    return Table("changes", title, heads, kinds, tuple(rows), word("nothing_changed", en),
                 tuple(links))


def _deals(pack: ReviewPack, en: bool) -> Table:
    rows, links = [], []
    for key, refs in (("won_list", pack.won), ("lost_list", pack.lost),
                      ("slipped_list", pack.slipped), ("regressed_list", pack.regressions),
                      ("rotting_list", pack.rotting)):
        for d in refs:
            rows.append((word(key, en), d.name, d.customer_name, d.owner_name or "",
                         d.stage_name, d.amount, d.expected_close, d.closed_on, d.note))
            links.append(("deal", d.id))
    heads = ("list", "deal", "customer", "owner", "stage", "amount", "close", "closed_on",
             "note")
    return Table("deals", word("deals", en), tuple(word(h, en) for h in heads),
                 ("text", "text", "text", "text", "text", "money", "date", "date", "text"),
                 tuple(rows), word("empty", en), tuple(links))


def _stale(pack: ReviewPack, en: bool) -> Table:
    rows = tuple((c.name, c.tier or "", c.owner_name or "", c.days_since, c.open_amount)
                 for c in pack.stale)
    heads = ("customer", "tier", "owner", "days_since", "open_amount")
    return Table("stale", word("stale", en), tuple(word(h, en) for h in heads),
                 ("text", "text", "text", "int", "money"), rows, word("empty", en),
                 tuple(("customer", c.id) for c in pack.stale))


def _overdue(pack: ReviewPack, en: bool) -> Table:
    rows = tuple((i.customer_name, i.contract_number, i.owner_name or "", i.due_date,
                  i.open_amount, i.days_overdue) for i in pack.overdue)
    heads = ("customer", "contract", "owner", "due_date", "open", "days_overdue")
    return Table("overdue", word("overdue", en), tuple(word(h, en) for h in heads),
                 ("text", "text", "text", "date", "money", "int"), rows, word("empty", en),
                 tuple(("order", i.contract_id) for i in pack.overdue))


def _standings(pack: ReviewPack, en: bool) -> Table:
    rows = tuple(("" if s.rank is None else str(s.rank), s.name, s.actual, s.target,
                  None if s.attainment is None else s.attainment / 100, s.movement)
                 for s in pack.standings)
    heads = ("rank", "person", "actual", "target", "attainment", "movement")
    return Table("standings", word("standings", en), tuple(word(h, en) for h in heads),
                 ("text", "text", "money", "money", "pct", "text"), rows, word("empty", en))


def _actions(pack: ReviewPack, en: bool) -> Table:
    rows = tuple((word(f"kind_{a.kind}", en), a.title, a.review_period, a.owner_name or "",
                  a.due_on, word("done" if a.done else "not_done", en)) for a in pack.actions)
    heads = ("list", "title", "from_review", "owner", "due_date", "status")
    return Table("actions", word("actions", en), tuple(word(h, en) for h in heads),
                 ("text", "text", "text", "text", "date", "text"), rows, word("empty", en),
                 tuple((a.kind, a.record_id) for a in pack.actions))


def findings_table(pack: ReviewPack, en: bool) -> Table:
    """The findings, most money at stake first."""
    lang = "en" if en else "zh_CN"
    rows = tuple((str(i), f.text(lang), f.money if f.money else None)
                 for i, f in enumerate(pack.findings, start=1))
    return Table("findings", word("findings", en), ("#", word("findings", en),
                                                    word("amount", en)),
                 ("text", "text", "money"), rows, word("no_findings", en))


def pack_tables(pack: ReviewPack, en: bool) -> list[Table]:
    """Every table of the pack, in the order the exports show them."""
    causes = _causes(pack, en)
    return [t for t in (findings_table(pack, en), _targets(pack, en), causes,
                        _collection(pack, en), _funnel(pack, en), _changes(pack, en),
                        _deals(pack, en), _stale(pack, en), _overdue(pack, en),
                        _standings(pack, en), _actions(pack, en)) if t is not None]
