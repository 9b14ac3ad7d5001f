"""Pipeline settings (销售流程设置): pipelines, stages, defaults and forecast bands.

Every change is one unit of work returning an :class:`~services.core.changes.Op` whose undo is
a call of another function here (and whose own undo redoes): ``rename_stage`` → the old name,
``update_stage`` → the old values, ``reorder_stages`` → the old order, ``add_stage`` → undone by
:func:`delete_stage`, undone in turn by :func:`restore_stage` of the same id, and so on.
Deletes are soft (``deleted_at``) so stage history keeps its foreign keys and an undo is exact.
A stage that still holds deals is never deleted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models import AppSetting, Deal, LostReason, Pipeline, Stage
from models.base import new_id, utcnow
from models.enums import StageKind
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.store import Store
from services.pipeline.deals import NotFoundError

FORECAST_BANDS_KEY = "pipeline.forecast_bands"

# Default funnel (DOMAIN.md §4): name, kind, probability %, rotting days. User data stays Chinese.
DEFAULT_STAGES: tuple[tuple[str, str, int, int | None], ...] = (
    ("线索", StageKind.OPEN, 10, 14),
    ("初步沟通", StageKind.OPEN, 20, 14),
    ("需求确认", StageKind.OPEN, 40, 21),
    ("方案报价", StageKind.OPEN, 60, 21),
    ("商务谈判", StageKind.OPEN, 80, 14),
    ("赢单", StageKind.WON, 100, None),
    ("输单", StageKind.LOST, 0, None),
)
# One list for a fresh database and the demo firm (the demo draws its lost deals from it).
DEFAULT_LOST_REASONS = ("价格过高", "选择竞品", "预算取消", "需求变更", "无回应", "其他")
DEFAULT_PIPELINE_NAME = "新客户"


class StageNotEmptyError(SailplanError):
    """A stage (or pipeline) still holds deals and cannot be deleted."""

    def __init__(self, name: str, count: int, what: str = "Stage"):
        self.name = name
        self.count = count
        super().__init__(
            f"{what} '{name}' still holds {count} deal{'s' if count != 1 else ''}. "
            "Move them to another stage first."
        )


@dataclass(frozen=True)
class ForecastBands:
    """Probability bands for forecast categories: ≥ commit → commit, ≥ best_case → best case."""

    commit: int = 80
    best_case: int = 50

    def category(self, probability: int) -> str:
        """The category ("commit", "best_case" or "pipeline") of a probability in %."""
        if probability >= self.commit:
            return "commit"
        if probability >= self.best_case:
            return "best_case"
        return "pipeline"


@dataclass(frozen=True)
class DeletedStage:
    """What :func:`restore_stage` needs to undo a delete: the stage, and the sort order of the
    pipeline's stages before the delete (empty: leave the others' order alone).
    """

    stage_id: str
    order: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class DeletedPipeline:
    """What :func:`restore_pipeline` needs: the pipeline and the stages deleted with it."""

    pipeline_id: str
    stage_ids: tuple[str, ...]


# --------------------------------------------------------------------------- validation


def _clean_name(name: str, what: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(f"A {what} needs a name.", field="name")
    if len(name) > 100:
        raise ValidationError(f"The {what} name is longer than 100 characters.", field="name")
    return name


def _check_probability(value: Any) -> int:
    try:
        v = int(value)
    except (TypeError, ValueError):
        raise ValidationError("Probability must be a whole number from 0 to 100.",
                              field="probability") from None
    if not 0 <= v <= 100:
        raise ValidationError("Probability must be between 0 and 100 %.", field="probability")
    return v


def _check_rot_days(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        v = int(value)
    except (TypeError, ValueError):
        raise ValidationError("Rotting days must be a whole number of days.",
                              field="rot_days") from None
    if v < 1:
        raise ValidationError("Rotting days must be at least 1 (or empty for never).",
                              field="rot_days")
    return v


def _live_stages(session: Session, pipeline_id: str) -> list[Stage]:
    return list(session.scalars(
        select(Stage).where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
        .order_by(Stage.sort_order, Stage.name)).all())


def _get_pipeline(session: Session, pipeline_id: str) -> Pipeline:
    p = session.get(Pipeline, pipeline_id)
    if p is None or p.deleted_at is not None:
        raise NotFoundError(f"Pipeline {pipeline_id} does not exist.")
    return p


def _get_stage(session: Session, stage_id: str) -> Stage:
    st = session.get(Stage, stage_id)
    if st is None or st.deleted_at is not None:
        raise NotFoundError(f"Stage {stage_id} does not exist.")
    return st


def _check_unique_stage(session: Session, pipeline_id: str, name: str,
                        except_id: str | None = None) -> None:
    for st in _live_stages(session, pipeline_id):
        if st.id != except_id and st.name.casefold() == name.casefold():
            raise ValidationError(f"This pipeline already has a stage named '{name}'.",
                                  field="name")


def _deal_count(session: Session, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(Deal)
                              .where(Deal.deleted_at.is_(None), *where)) or 0)


# --------------------------------------------------------------------------- pipelines


def create_pipeline(store: Store, name: str, *, with_default_stages: bool = True,
                    pipeline_id: str | None = None) -> Op[str]:
    """Create a pipeline (with the default stages unless told otherwise); the value is its id.

    Undone by :func:`delete_pipeline`, whose undo is :func:`restore_pipeline` (the same ids).
    """
    name = _clean_name(name, "pipeline")
    with store.write() as uow:
        s = uow.session
        names = s.scalars(select(Pipeline.name).where(Pipeline.deleted_at.is_(None))).all()
        if any(n.casefold() == name.casefold() for n in names):
            raise ValidationError(f"A pipeline named '{name}' already exists.", field="name")
        order = int(s.scalar(select(func.coalesce(func.max(Pipeline.sort_order), -1))) or 0) + 1
        pid = pipeline_id or new_id()
        s.add(Pipeline(id=pid, name=name, sort_order=order))
        s.flush()
        if with_default_stages:
            for i, (sname, kind, prob, rot) in enumerate(DEFAULT_STAGES):
                s.add(Stage(pipeline_id=pid, name=sname, sort_order=i, kind=str(kind),
                            probability=prob, rot_days=rot, folded=kind != StageKind.OPEN))
        uow.commit()
        return uow.op(pid, undo=call(delete_pipeline, pid))


def rename_pipeline(store: Store, pipeline_id: str, name: str) -> Op[str]:
    """Rename a pipeline; the value is the old name (the undo renames it back)."""
    name = _clean_name(name, "pipeline")
    with store.write() as uow:
        s = uow.session
        p = _get_pipeline(s, pipeline_id)
        clash = s.scalar(select(func.count()).select_from(Pipeline).where(
            Pipeline.deleted_at.is_(None), Pipeline.id != pipeline_id,
            func.lower(Pipeline.name) == name.lower()))
        if clash:
            raise ValidationError(f"A pipeline named '{name}' already exists.", field="name")
        old, p.name = p.name, name
        uow.commit()
        return uow.op(old, undo=call(rename_pipeline, pipeline_id, old))


def delete_pipeline(store: Store, pipeline_id: str) -> Op[DeletedPipeline]:
    """Soft-delete an empty pipeline and its stages. Refuses while it holds deals, and refuses
    to delete the last pipeline. Undone by :func:`restore_pipeline`.
    """
    with store.write() as uow:
        s = uow.session
        p = _get_pipeline(s, pipeline_id)
        n = _deal_count(s, Deal.pipeline_id == pipeline_id)
        if n:
            raise StageNotEmptyError(p.name, n, what="Pipeline")
        live = s.scalar(select(func.count()).select_from(Pipeline)
                        .where(Pipeline.deleted_at.is_(None))) or 0
        if live <= 1:
            raise ValidationError("Sailplan needs at least one pipeline.", field="pipeline")
        now = utcnow()
        stages = _live_stages(s, pipeline_id)
        for st in stages:
            st.deleted_at = now
        p.deleted_at = now
        result = DeletedPipeline(pipeline_id, tuple(st.id for st in stages))
        uow.commit()
        return uow.op(result, undo=call(restore_pipeline, result))


def restore_pipeline(store: Store, deleted: DeletedPipeline) -> Op[str]:
    """Undo :func:`delete_pipeline` (the value is the pipeline id; the undo deletes it again)."""
    with store.write() as uow:
        s = uow.session
        p = s.get(Pipeline, deleted.pipeline_id)
        if p is None:
            raise NotFoundError(f"Pipeline {deleted.pipeline_id} does not exist.")
        p.deleted_at = None
        for sid in deleted.stage_ids:
            st = s.get(Stage, sid)
            if st is not None:
                st.deleted_at = None
        uow.commit()
        return uow.op(deleted.pipeline_id, undo=call(delete_pipeline, deleted.pipeline_id))


def reorder_pipelines(store: Store, ordered_ids: Sequence[str]) -> Op[list[str]]:
    """Set the display order of pipelines; the value is the old order (the undo restores it)."""
    with store.write() as uow:
        s = uow.session
        pipes = list(s.scalars(select(Pipeline).where(Pipeline.deleted_at.is_(None))
                               .order_by(Pipeline.sort_order, Pipeline.name)).all())
        old = [p.id for p in pipes]
        if sorted(old) != sorted(ordered_ids):
            raise ValidationError("The new order must list every pipeline once.", field="order")
        by_id = {p.id: p for p in pipes}
        for i, pid in enumerate(ordered_ids):
            by_id[pid].sort_order = i
        uow.commit()
        return uow.op(old, undo=call(reorder_pipelines, old))


# --------------------------------------------------------------------------- stages


def add_stage(store: Store, pipeline_id: str, name: str, *, probability: int = 0,
              rot_days: int | None = None, kind: str = StageKind.OPEN,
              position: int | None = None, stage_id: str | None = None) -> Op[str]:
    """Add a stage at ``position`` (default: after the last open stage, before won/lost).

    The value is its id. Undone by :func:`delete_stage` (which also puts the other stages'
    order back), whose undo is :func:`restore_stage` of the same id.
    """
    name = _clean_name(name, "stage")
    probability = _check_probability(probability)
    rot_days = _check_rot_days(rot_days)
    if kind not in {k.value for k in StageKind}:
        raise ValidationError(f"Unknown stage kind '{kind}'.", field="kind")
    with store.write() as uow:
        s = uow.session
        _get_pipeline(s, pipeline_id)
        _check_unique_stage(s, pipeline_id, name)
        stages = _live_stages(s, pipeline_id)
        before = _order(stages)
        if position is None:
            opens = [i for i, st in enumerate(stages) if st.kind == StageKind.OPEN]
            position = (opens[-1] + 1) if opens else 0
        position = max(0, min(position, len(stages)))
        sid = stage_id or new_id()
        new = Stage(id=sid, pipeline_id=pipeline_id, name=name, kind=str(kind),
                    probability=probability, rot_days=rot_days, folded=kind != StageKind.OPEN)
        s.add(new)
        stages.insert(position, new)
        for i, st in enumerate(stages):
            st.sort_order = i
        uow.commit()
        return uow.op(sid, undo=call(delete_stage, sid, order=before))


def _order(stages: Sequence[Stage]) -> tuple[tuple[str, int], ...]:
    return tuple((st.id, st.sort_order) for st in stages)


def _set_order(session: Session, order: Sequence[tuple[str, int]]) -> None:
    for sid, sort_order in order:
        st = session.get(Stage, sid)
        if st is not None and st.sort_order != sort_order:
            st.sort_order = sort_order


STAGE_FIELDS = frozenset({"name", "probability", "rot_days", "folded"})


def update_stage(store: Store, stage_id: str, **fields: Any) -> Op[dict[str, Any]]:
    """Change name / probability / rot_days / folded; the value is the old values (the undo
    writes them back).
    """
    unknown = set(fields) - STAGE_FIELDS
    if unknown:
        raise ValidationError(f"Field '{sorted(unknown)[0]}' of a stage cannot be edited.",
                              field=sorted(unknown)[0])
    clean: dict[str, Any] = {}
    for k, v in fields.items():
        if k == "name":
            clean[k] = _clean_name(v, "stage")
        elif k == "probability":
            clean[k] = _check_probability(v)
        elif k == "rot_days":
            clean[k] = _check_rot_days(v)
        else:
            clean[k] = bool(v)
    with store.write() as uow:
        s = uow.session
        st = _get_stage(s, stage_id)
        if "name" in clean:
            _check_unique_stage(s, st.pipeline_id, clean["name"], except_id=stage_id)
        old = {k: getattr(st, k) for k in clean}
        for k, v in clean.items():
            setattr(st, k, v)
        uow.commit()
        return uow.op(old, undo=call(update_stage, stage_id, **old))


def rename_stage(store: Store, stage_id: str, name: str) -> Op[str]:
    """Rename a stage; the value is the old name."""
    op = update_stage(store, stage_id, name=name)
    return Op(str(op.value["name"]), op.changes, op.undo)


def reorder_stages(store: Store, pipeline_id: str, ordered_ids: Sequence[str]
                   ) -> Op[list[str]]:
    """Set the board order of a pipeline's stages; the value is the old order (the undo
    restores it).
    """
    with store.write() as uow:
        s = uow.session
        stages = _live_stages(s, pipeline_id)
        old = [st.id for st in stages]
        if sorted(old) != sorted(ordered_ids) or len(set(ordered_ids)) != len(old):
            raise ValidationError("The new order must list every stage of the pipeline once.",
                                  field="order")
        by_id = {st.id: st for st in stages}
        for i, sid in enumerate(ordered_ids):
            by_id[sid].sort_order = i
        uow.commit()
        return uow.op(old, undo=call(reorder_stages, pipeline_id, old))


def move_stage(store: Store, stage_id: str, delta: int) -> Op[list[str]]:
    """Move a stage up (delta < 0) or down in its pipeline; the value is the old order."""
    with store.read() as uow:
        st = _get_stage(uow.session, stage_id)
        pipeline_id = st.pipeline_id
        order = [x.id for x in _live_stages(uow.session, pipeline_id)]
    i = order.index(stage_id)
    j = max(0, min(len(order) - 1, i + delta))
    order.insert(j, order.pop(i))
    return reorder_stages(store, pipeline_id, order)


def delete_stage(store: Store, stage_id: str, *,
                 order: Sequence[tuple[str, int]] = ()) -> Op[DeletedStage]:
    """Soft-delete an empty stage. Refuses while deals sit in it (naming how many), and refuses
    to delete a pipeline's only open, won or lost stage.

    ``order`` gives the other stages' sort order to set (the undo of :func:`add_stage` puts
    back the order before the add). Undone by :func:`restore_stage`.
    """
    with store.write() as uow:
        s = uow.session
        st = _get_stage(s, stage_id)
        n = _deal_count(s, Deal.stage_id == stage_id)
        if n:
            raise StageNotEmptyError(st.name, n)
        live = _live_stages(s, st.pipeline_id)
        same_kind = [x for x in live if x.kind == st.kind]
        if len(same_kind) <= 1:
            raise ValidationError(
                f"Stage '{st.name}' is the pipeline's only {st.kind} stage and cannot be "
                "deleted.", field="stage")
        deleted = DeletedStage(stage_id, _order(live))
        st.deleted_at = utcnow()
        _set_order(s, order)
        uow.commit()
        return uow.op(deleted, undo=call(restore_stage, deleted))


def restore_stage(store: Store, deleted: DeletedStage) -> Op[str]:
    """Undo :func:`delete_stage`: the stage comes back at its old place, the others' order as
    it was. The value is the stage id; the undo deletes it again.
    """
    with store.write() as uow:
        s = uow.session
        st = s.get(Stage, deleted.stage_id)
        if st is None:
            raise NotFoundError(f"Stage {deleted.stage_id} does not exist.")
        others = _order([x for x in _live_stages(s, st.pipeline_id) if x.id != st.id])
        st.deleted_at = None
        _set_order(s, deleted.order)
        uow.commit()
        return uow.op(st.id, undo=call(delete_stage, st.id, order=others))


# --------------------------------------------------------------------------- defaults, bands


def ensure_defaults(store: Store) -> str | None:
    """Seed the default pipeline (新客户) and lost reasons into an empty store.

    Returns the new pipeline id, or None when a pipeline already existed.
    """
    with store.read() as uow:
        has_pipe = uow.session.scalar(select(func.count()).select_from(Pipeline)
                                      .where(Pipeline.deleted_at.is_(None)))
        has_reasons = uow.session.scalar(select(func.count()).select_from(LostReason))
    if not has_reasons:
        with store.write() as uow:
            for i, n in enumerate(DEFAULT_LOST_REASONS):
                uow.session.add(LostReason(name=n, sort_order=i))
            uow.commit()
    if has_pipe:
        return None
    return create_pipeline(store, DEFAULT_PIPELINE_NAME).value


def get_forecast_bands(store: Store) -> ForecastBands:
    """The manager's forecast bands (AppSetting ``pipeline.forecast_bands``), or the defaults."""
    with store.read() as uow:
        row = uow.session.get(AppSetting, FORECAST_BANDS_KEY)
        raw = row.value if row is not None else None
    if not raw:
        return ForecastBands()
    try:
        data = json.loads(raw)
        return ForecastBands(int(data["commit"]), int(data["best_case"]))
    except (ValueError, KeyError, TypeError):
        return ForecastBands()


def set_forecast_bands(store: Store, bands: ForecastBands) -> Op[ForecastBands]:
    """Save forecast bands (commit ≥ best case, both 0–100); the value is the previous bands.

    The undo saves the previous bands again, or (when none were saved) forgets the setting
    with :func:`reset_forecast_bands`.
    """
    commit = _check_probability(bands.commit)
    best = _check_probability(bands.best_case)
    if best > commit:
        raise ValidationError("The best-case band cannot start above the commit band.",
                              field="best_case")
    old = get_forecast_bands(store)
    with store.write() as uow:
        value = json.dumps({"commit": commit, "best_case": best})
        row = uow.session.get(AppSetting, FORECAST_BANDS_KEY)
        if row is None:
            uow.session.add(AppSetting(key=FORECAST_BANDS_KEY, value=value))
        else:
            row.value = value
        uow.commit()
        undo = call(reset_forecast_bands) if row is None else call(set_forecast_bands, old)
        return uow.op(old, undo=undo)


def reset_forecast_bands(store: Store) -> Op[ForecastBands]:
    """Forget the saved forecast bands (the defaults apply); the value is the bands forgotten,
    the undo saves them again.
    """
    old = get_forecast_bands(store)
    with store.write() as uow:
        uow.session.execute(delete(AppSetting).where(AppSetting.key == FORECAST_BANDS_KEY))
        uow.commit()
        return uow.op(old, undo=call(set_forecast_bands, old))
