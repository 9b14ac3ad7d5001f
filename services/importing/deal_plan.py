"""Planning what only deals need: pipelines and stages, won/lost status, and missing names.

* **Pipelines and stages.** A row names its pipeline (default: the first one) and a stage of it.
  An unknown stage of the default pipeline is mapped or created by the user (the wizard's
  resolve page; ``create_missing`` creates it). With ``create_missing`` an unknown pipeline is
  created too, with the stages its rows name — in the default funnel's order where a name is a
  known stage (线索 … 商务谈判, 赢单, 输单, or a synonym such as Closed Won), the others in file
  order — plus a won, a lost and an open stage if the file names none (every pipeline has
  them); an unknown stage of another existing pipeline is added after its open stages.
* **Won/lost status.** Exports that keep the last open stage of a closed deal and say "won" or
  "lost" in a separate column (Pipedrive's Deal - Status, 商机状态) put the deal in the
  pipeline's won or lost stage.
* **Names.** A deal without a name (no name column, or an empty cell) is named from its
  customer, product and month, e.g. ``华东机电 · 年度服务 · 2026-03``; different deals that would
  get the same name are told apart by `` (2)``, `` (3)`` in file order, so importing the same
  file again gives the same names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from models.enums import StageKind
from services.importing import messages as M
from services.importing.fields import header_key
from services.importing.lookups import (
    CREATE,
    STAGE_SYNONYMS,
    canonical_stage,
    ext_key,
    name_key,
)
from services.importing.messages import msg
from services.importing.rows import WARNING

if TYPE_CHECKING:
    from services.importing.plan import ImportPlan, PlanRow

CANON_ORDER = tuple(STAGE_SYNONYMS)
CANON_KIND = {"赢单": StageKind.WON.value, "输单": StageKind.LOST.value}
OPEN_WORDS = frozenset(header_key(w) for w in (
    "open", "进行中", "跟进中", "未成交", "active", "in progress"))
NAME_SEPARATOR = " · "
NAME_LIMIT = 300


@dataclass(frozen=True)
class NewPipeline:
    """A pipeline the import creates (``create_missing``), by the name key of its name."""

    key: str


@dataclass(frozen=True)
class NewStage:
    """A stage the import creates in an existing pipeline (its id) or a new one."""

    pipeline: str | NewPipeline
    name: str


def stage_kind_of(text: str | None) -> str | None:
    """The stage kind (won, lost, open) a status or stage name says, else None."""
    key = header_key(text)
    if not key:
        return None
    if key in OPEN_WORDS:
        return StageKind.OPEN.value
    canon = canonical_stage(text)
    if canon is None:
        return None
    return CANON_KIND.get(canon, StageKind.OPEN.value)


def resolve_stages(plan: ImportPlan, choice: dict[str, str],
                   problem: Any) -> None:
    """Set every row's ``pipeline_id`` / ``stage_id`` / ``stage_kind`` refs (see module doc).

    ``problem(plan, row, field, msg, severity=ERROR)`` records a problem of a row.
    """
    lk = plan.lookups
    unknown: Counter[str] = Counter()
    unknown_pipes: Counter[str] = Counter()
    for r in plan.rows:
        v = r.parsed.values
        pipe: str | NewPipeline | None = lk.default_pipeline
        if v.get("pipeline"):
            key = name_key(v["pipeline"])
            pipe = lk.pipelines.get(key)
            if pipe is None:
                unknown_pipes[v["pipeline"]] += 1
                if not plan.create_missing:
                    problem(plan, r, "pipeline", msg(M.UNKNOWN_PIPELINE, value=v["pipeline"]))
                    continue
                plan.new_pipelines.setdefault(key, v["pipeline"])
                pipe = NewPipeline(key)
        if pipe is None:
            problem(plan, r, "pipeline", msg(M.NO_PIPELINE))
            continue
        r.refs["pipeline_id"] = pipe
        stage = v.get("stage")
        status = _status(plan, r, problem)
        if not stage:
            continue
        if isinstance(pipe, NewPipeline):
            _set_stage(r, _new_stage(plan, pipe, stage))
        else:
            info = lk.resolve_stage(pipe, stage)
            if info is not None:
                r.refs["stage_id"], r.refs["stage_kind"] = info.id, info.kind
            elif status in CANON_KIND.values():
                pass  # the status decides below
            elif pipe == lk.default_pipeline:
                unknown[stage] += 1
            elif plan.create_missing:
                _set_stage(r, _new_stage(plan, pipe, stage, StageKind.OPEN.value))
            else:
                problem(plan, r, "stage", msg(M.NO_SUCH_STAGE, value=stage))
                continue
        if status is not None and status in CANON_KIND.values() and \
                r.refs.get("stage_kind") != status:
            _set_closing_stage(plan, r, pipe, status)
    plan.unknown_stages = dict(unknown)
    plan.unknown_pipelines = dict(unknown_pipes)
    _default_pipeline_unknowns(plan, unknown, choice, problem)
    _complete_new_pipelines(plan)


def _status(plan: ImportPlan, r: PlanRow, problem: Any) -> str | None:
    text = r.parsed.values.get("status")
    if not text:
        return None
    kind = stage_kind_of(text)
    if kind is None:
        problem(plan, r, "status", msg(M.NOT_STATUS, value=text), WARNING)
    return kind


def _set_stage(r: PlanRow, ref: tuple[NewStage, str]) -> None:
    r.refs["stage_id"], r.refs["stage_kind"] = ref


def _set_closing_stage(plan: ImportPlan, r: PlanRow, pipe: str | NewPipeline,
                       kind: str) -> None:
    """Put a row whose status says won/lost in that kind of stage of its pipeline."""
    if isinstance(pipe, NewPipeline):
        found = next((s for s, k in plan.new_stages.items() if s.pipeline == pipe and k == kind),
                     None)
        name = "赢单" if kind == StageKind.WON.value else "输单"
        _set_stage(r, (found, kind) if found else _new_stage(plan, pipe, name))
        return
    info = next((s for s in plan.lookups.stages.get(pipe, []) if s.kind == kind), None)
    if info is not None:
        r.refs["stage_id"], r.refs["stage_kind"] = info.id, info.kind


def _new_stage(plan: ImportPlan, pipe: str | NewPipeline, text: str,
               kind: str | None = None) -> tuple[NewStage, str]:
    """The stage named ``text`` the import creates in ``pipe`` (one per name or synonym)."""
    key, canon = header_key(text), canonical_stage(text)
    for ref, k in plan.new_stages.items():
        if ref.pipeline == pipe and (header_key(ref.name) == key or (
                canon is not None and canonical_stage(ref.name) == canon)):
            return ref, k
    ref = NewStage(pipe, text.strip())
    kind = kind or CANON_KIND.get(canon or "", StageKind.OPEN.value)
    plan.new_stages[ref] = kind
    return ref, kind


def _default_pipeline_unknowns(plan: ImportPlan, unknown: Counter[str], choice: dict[str, str],
                               problem: Any) -> None:
    """Unknown stages of the default pipeline: mapped by the user, created, or rejected."""
    lk = plan.lookups
    for name in unknown:
        if name in choice:
            plan.stage_choice[name] = choice[name]
        elif plan.create_missing:
            plan.stage_choice[name] = CREATE
    stage_kind = {st.id: st.kind for sts in lk.stages.values() for st in sts}
    for r in plan.rows:
        stage = str(r.parsed.values.get("stage") or "")
        if stage in unknown and "stage_id" not in r.refs and \
                r.refs.get("pipeline_id") == lk.default_pipeline:
            target = plan.stage_choice.get(stage)
            if target is None:
                problem(plan, r, "stage", msg(M.UNKNOWN_STAGE, value=stage))
            else:
                r.refs["stage_id"] = target
                r.refs["stage_kind"] = stage_kind.get(target, StageKind.OPEN.value)


def _complete_new_pipelines(plan: ImportPlan) -> None:
    """Give each new pipeline an open, a won and a lost stage if its rows name none."""
    for key in plan.new_pipelines:
        pipe = NewPipeline(key)
        kinds = {k for s, k in plan.new_stages.items() if s.pipeline == pipe}
        for kind, name in ((StageKind.OPEN.value, CANON_ORDER[0]),
                           (StageKind.WON.value, "赢单"), (StageKind.LOST.value, "输单")):
            if kind not in kinds:
                _new_stage(plan, pipe, name, kind)


def stage_order(plan: ImportPlan, pipe: NewPipeline) -> list[tuple[NewStage, str]]:
    """A new pipeline's stages in funnel order: open, won, lost; known names in the default
    funnel's order, the others as the file first names them.
    """
    rank = {StageKind.OPEN.value: 0, StageKind.WON.value: 1, StageKind.LOST.value: 2}
    stages = [(s, k) for s, k in plan.new_stages.items() if s.pipeline == pipe]
    first = {s: i for i, (s, _k) in enumerate(stages)}

    def order(item: tuple[NewStage, str]) -> tuple[int, int, int]:
        canon = canonical_stage(item[0].name)
        known = CANON_ORDER.index(canon) if canon in CANON_ORDER else len(CANON_ORDER)
        return rank.get(item[1], 0), known, first[item[0]]

    return sorted(stages, key=order)


# --- names -------------------------------------------------------------------------------------
def name_deals(plan: ImportPlan, problem: Any) -> None:
    """Name the deals the file leaves unnamed (see module doc), with a note on each row."""
    seen: dict[str, list[Any]] = {}
    for r in plan.rows:
        v = r.parsed.values
        if v.get("name") and not v.get("_generated_name"):
            continue
        if not v.get("customer"):
            continue  # rejected anyway: the customer is required
        base = _made_name(v)
        signature = ("ext", ext_key(v["external_id"])) if v.get("external_id") else tuple(
            sorted((k, repr(x)) for k, x in v.items() if k not in ("name", "_generated_name")))
        variants = seen.setdefault(name_key(base), [])
        if signature not in variants:
            variants.append(signature)
        n = variants.index(signature) + 1
        name = base if n == 1 else f"{base} ({n})"
        v["name"], v["_generated_name"] = name, True
        problem(plan, r, "name", msg(M.NAME_MADE, name=name), WARNING)


def _made_name(v: dict[str, Any]) -> str:
    when = v.get("expected_close") or v.get("closed_on") or v.get("created")
    parts = [str(v["customer"]), str(v.get("product") or "")]
    if isinstance(when, date):
        parts.append(f"{when.year:04d}-{when.month:02d}")
    name = NAME_SEPARATOR.join(p.strip() for p in parts if p and p.strip())
    return name[:NAME_LIMIT]
