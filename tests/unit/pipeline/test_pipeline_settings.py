"""Pipeline settings services: pipelines, stages, inverses, refusals (real SQLite file)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.core.errors import ValidationError
from services.pipeline import board as pb
from services.pipeline import deals as pl
from services.pipeline import settings as ps
from services.pipeline.details import read_deal_detail
from tests.unit.pipeline_fixtures import World, build_world


@pytest.fixture
def world(any_store) -> World:
    return build_world(any_store)


def _stages(world, pipeline_id=None):
    pid = pipeline_id or world.pipeline_id
    return next(p for p in pl.list_pipelines(world.store) if p.id == pid).stages


def _names(world, pipeline_id=None):
    return [s.name for s in _stages(world, pipeline_id)]


def test_defaults_seed_once(world):
    assert _names(world) == ["线索", "初步沟通", "需求确认", "方案报价", "商务谈判", "赢单", "输单"]
    st = {s.name: s for s in _stages(world)}
    assert (st["线索"].probability, st["线索"].rot_days, st["线索"].folded) == (10, 14, False)
    assert (st["赢单"].kind, st["赢单"].probability, st["赢单"].folded) == ("won", 100, True)
    assert ps.ensure_defaults(world.store) is None
    assert len(pl.list_pipelines(world.store)) == 1


def test_create_rename_delete_restore_pipeline(world):
    pid = ps.create_pipeline(world.store, " 老客户续约 ").value
    assert [p.name for p in pl.list_pipelines(world.store)] == ["新客户", "老客户续约"]
    assert len(_stages(world, pid)) == 7
    with pytest.raises(ValidationError):
        ps.create_pipeline(world.store, "新客户")
    assert ps.rename_pipeline(world.store, pid, "续约").value == "老客户续约"
    with pytest.raises(ValidationError):
        ps.rename_pipeline(world.store, pid, "新客户")
    deleted = ps.delete_pipeline(world.store, pid).value
    assert [p.name for p in pl.list_pipelines(world.store)] == ["新客户"]
    ps.restore_pipeline(world.store, deleted)
    assert _names(world, pid)[0] == "线索"
    assert ps.reorder_pipelines(world.store, [pid, world.pipeline_id]).value == [
        world.pipeline_id, pid]
    assert [p.name for p in pl.list_pipelines(world.store)] == ["续约", "新客户"]


def test_pipeline_with_deals_cannot_be_deleted(world):
    world.deal("甲")
    with pytest.raises(ps.StageNotEmptyError, match="'新客户' still holds 1 deal\\."):
        ps.delete_pipeline(world.store, world.pipeline_id)
    assert [p.name for p in pl.list_pipelines(world.store)] == ["新客户"]


def test_last_pipeline_cannot_be_deleted(world):
    with pytest.raises(ValidationError, match="at least one pipeline"):
        ps.delete_pipeline(world.store, world.pipeline_id)
    other = ps.create_pipeline(world.store, "另一个").value
    ps.delete_pipeline(world.store, world.pipeline_id)
    assert [p.id for p in pl.list_pipelines(world.store)] == [other]


def test_add_stage_goes_before_won_lost_and_undo_deletes(world):
    sid = ps.add_stage(world.store, world.pipeline_id, "样品测试", probability=70,
                       rot_days=10).value
    assert _names(world)[5:] == ["样品测试", "赢单", "输单"]
    deleted = ps.delete_stage(world.store, sid).value
    assert "样品测试" not in _names(world)
    ps.restore_stage(world.store, deleted)
    assert _names(world)[5] == "样品测试"
    first = ps.add_stage(world.store, world.pipeline_id, "市场活动", position=0).value
    assert _names(world)[0] == "市场活动" and first


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"name": ""}, "name"),
    ({"name": "线索"}, "name"),          # duplicate in this pipeline (case-insensitive)
    ({"name": "x", "probability": 101}, "probability"),
    ({"name": "x", "probability": "abc"}, "probability"),
    ({"name": "x", "rot_days": 0}, "rot_days"),
    ({"name": "x", "kind": "maybe"}, "kind"),
])
def test_add_stage_validation(world, kwargs, field):
    with pytest.raises(ValidationError) as exc:
        ps.add_stage(world.store, world.pipeline_id, **kwargs)
    assert exc.value.field == field
    assert len(_names(world)) == 7


def test_update_stage_returns_inverse(world):
    sid = _stages(world)[0].id
    old = ps.update_stage(world.store, sid, name="新线索", probability=15, rot_days=None,
                          folded=True).value
    assert old == {"name": "线索", "probability": 10, "rot_days": 14, "folded": False}
    s = _stages(world)[0]
    assert (s.name, s.probability, s.rot_days, s.folded) == ("新线索", 15, None, True)
    ps.update_stage(world.store, sid, **old)
    s = _stages(world)[0]
    assert (s.name, s.probability, s.rot_days, s.folded) == ("线索", 10, 14, False)
    assert ps.rename_stage(world.store, sid, "线索池").value == "线索"
    with pytest.raises(ValidationError):
        ps.update_stage(world.store, sid, kind="won")


def test_stage_default_probability_change_reaches_board(world):
    world.deal("甲", "方案报价", amount=1000)
    ps.update_stage(world.store, world.stages["方案报价"], probability=70)
    card = pb.load_board(world.store, world.pipeline_id, date(2026, 1, 2))[0]
    assert (card.probability, card.weighted) == (70, Decimal("700.00"))


def test_reorder_and_move_stage(world):
    ids = [s.id for s in _stages(world)]
    new = [ids[1], ids[0], *ids[2:]]
    assert ps.reorder_stages(world.store, world.pipeline_id, new).value == ids
    assert _names(world)[:2] == ["初步沟通", "线索"]
    assert ps.move_stage(world.store, ids[0], -1).value == new
    assert [s.id for s in _stages(world)] == ids
    with pytest.raises(ValidationError):
        ps.reorder_stages(world.store, world.pipeline_id, ids[:-1])


def test_refuse_deleting_stage_with_deals_naming_the_count(world):
    world.deal("甲", "需求确认")
    world.deal("乙", "需求确认")
    with pytest.raises(ps.StageNotEmptyError) as exc:
        ps.delete_stage(world.store, world.stages["需求确认"])
    assert exc.value.count == 2 and "'需求确认' still holds 2 deals" in str(exc.value)
    assert "需求确认" in _names(world)


def test_refuse_deleting_only_won_or_lost_stage(world):
    with pytest.raises(ValidationError, match="only won stage"):
        ps.delete_stage(world.store, world.stages["赢单"])
    with pytest.raises(ValidationError, match="only lost stage"):
        ps.delete_stage(world.store, world.stages["输单"])


def test_deleted_stage_keeps_history_readable(world):
    sid = ps.add_stage(world.store, world.pipeline_id, "临时").value
    d = world.deal("甲")
    pl.move_deals(world.store, [d], sid, None)
    pl.move_deals(world.store, [d], world.stages["线索"], None)
    ps.delete_stage(world.store, sid)
    assert [h.to_stage_name for h in read_deal_detail(world.store, d).history] == [
        "线索", "临时", "线索"]


def test_forecast_bands_roundtrip_and_validation(world):
    assert ps.get_forecast_bands(world.store) == ps.ForecastBands(80, 50)
    assert ps.set_forecast_bands(world.store, ps.ForecastBands(90, 60)).value == \
        ps.ForecastBands(80, 50)
    assert ps.get_forecast_bands(world.store) == ps.ForecastBands(90, 60)
    with pytest.raises(ValidationError):
        ps.set_forecast_bands(world.store, ps.ForecastBands(40, 60))
    with pytest.raises(ValidationError):
        ps.set_forecast_bands(world.store, ps.ForecastBands(120, 60))
    assert ps.get_forecast_bands(world.store) == ps.ForecastBands(90, 60)
