"""Pay schemes as a user edits them: a scheme with its first draft, drafts edited and checked,
published versions that never change again (a change makes a new version), drafts deleted,
schemes renamed — every write undone and redone exactly — and which versions a period uses."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Person
from models.incentives import LineKind, PayoutLine, PayoutRun, RunStatus, SchemeVersion
from services.incentives import schemes as S
from services.incentives.doc import SchemeError
from services.incentives.versions import in_effect
from tests.unit.target_fixtures import build_firm

RULES = {"assign": {"roles": ["rep"]},
         "rules": [{"kind": "commission", "id": "c1", "base": "collected",
                    "tiers": [{"from_pct": "0", "rate_pct": "3"},
                              {"from_pct": "100", "rate_pct": "5"}]}]}


def rules_with_rate(rate: str) -> dict:
    doc = json.loads(json.dumps(RULES))
    doc["rules"][0]["tiers"][1]["rate_pct"] = rate
    return doc


def names_and_versions(store) -> list[tuple[str, list[tuple[int, str, str]]]]:
    return [(x.name, [(v.number, v.status, v.effective_from.isoformat()) for v in x.versions])
            for x in S.list_schemes(store)]


def test_a_new_scheme_has_a_first_draft_and_its_creation_undoes_and_redoes(store):
    op = S.create_scheme(store, "  销售提成 2026 ", "华东区", effective_from=date(2026, 1, 1))
    ref = op.value
    assert names_and_versions(store) == [("销售提成 2026", [(1, "draft", "2026-01-01")])]
    assert op.changes.touches("incentive_schemes", "scheme_versions")
    first = S.get_version(store, ref.version_id)
    assert json.loads(first.document) == {"assign": {"person_ids": [], "roles": [],
                                                     "unit_ids": []}, "rules": []}
    redo = op.undo.run(store)
    assert S.list_schemes(store) == []
    back = redo.undo.run(store)
    [scheme] = S.list_schemes(store)
    assert (scheme.id, scheme.versions[0].id) == (ref.scheme_id, ref.version_id)
    assert back.undo is not None


@pytest.mark.parametrize("name, problem", [
    ("", "a scheme needs a name"),
    ("   ", "a scheme needs a name"),
    ("x" * 201, "a scheme's name can be at most 200 characters long"),
])
def test_a_scheme_needs_a_name(store, name, problem):
    with pytest.raises(SchemeError) as err:
        S.create_scheme(store, name)
    assert str(err.value) == problem


def test_two_schemes_never_share_a_name(store):
    S.create_scheme(store, "提成")
    other = S.create_scheme(store, "奖金").value
    with pytest.raises(SchemeError, match="a scheme called 提成 already exists"):
        S.create_scheme(store, "提成")
    with pytest.raises(SchemeError, match="a scheme called 提成 already exists"):
        S.rename_scheme(store, other.scheme_id, "提成")


def test_editing_a_draft_checks_the_rules_and_keeps_their_canonical_text(store):
    ref = S.create_scheme(store, "提成", effective_from=date(2026, 1, 1)).value
    before = S.get_version(store, ref.version_id)
    op = S.edit_draft(store, ref.version_id, document=json.dumps(RULES, indent=2),
                      effective_from=date(2026, 2, 1), note="初稿")
    after = S.get_version(store, ref.version_id)
    assert (after.effective_from, after.note) == (date(2026, 2, 1), "初稿")
    assert after.document == S.canonical(RULES)  # sorted keys, no spaces, defaults written
    assert '"rate_pct":"5"' in after.document and " " not in after.document
    # a rule that cannot be used is refused, naming the rule and the field
    bad = rules_with_rate("five")
    with pytest.raises(SchemeError, match="rule c1: rate_pct must be a number"):
        S.edit_draft(store, ref.version_id, document=bad)
    assert S.get_version(store, ref.version_id).document == after.document
    redo = op.undo.run(store)
    undone = S.get_version(store, ref.version_id)
    assert (undone.document, undone.effective_from, undone.note) == (
        before.document, before.effective_from, before.note)
    redo.undo.run(store)
    assert S.get_version(store, ref.version_id).document == after.document


def test_a_published_version_never_changes_and_a_change_makes_the_next_version(store):
    ref = S.create_scheme(store, "提成", effective_from=date(2026, 1, 1),
                          document=RULES).value
    published = S.publish(store, ref.version_id)
    v1 = S.get_version(store, ref.version_id)
    assert v1.status == "published" and v1.published_at is not None
    for edit in ({"document": rules_with_rate("6")}, {"effective_from": date(2026, 3, 1)},
                 {"note": "改"}):
        with pytest.raises(SchemeError) as err:
            S.edit_draft(store, ref.version_id, **edit)
        assert str(err.value) == ("version 1 is published and never changes; make a new "
                                  "version")
    with pytest.raises(SchemeError, match="version 1 is published"):
        S.publish(store, ref.version_id)
    with pytest.raises(SchemeError, match="version 1 is published"):
        S.delete_draft(store, ref.version_id)
    op = S.new_version(store, ref.scheme_id, effective_from=date(2026, 7, 1), note="下半年")
    v2 = S.get_version(store, op.value)
    assert (v2.number, v2.status, v2.document) == (2, "draft", v1.document)
    S.edit_draft(store, v2.id, document=rules_with_rate("6"))
    assert S.get_version(store, ref.version_id).document == v1.document
    # undoing the new version deletes the draft; redoing brings back the same id
    redo = op.undo.run(store)
    assert names_and_versions(store) == [("提成", [(1, "published", "2026-01-01")])]
    redo.undo.run(store)
    assert [v.id for v in S.list_schemes(store)[0].versions] == [ref.version_id, v2.id]
    # publishing undone: a draft again, and published again with the same stamp
    redo = published.undo.run(store)
    assert S.get_version(store, ref.version_id).status == "draft"
    redo.undo.run(store)
    assert S.get_version(store, ref.version_id).published_at == v1.published_at


def test_the_next_version_number_never_reuses_a_deleted_drafts(store):
    ref = S.create_scheme(store, "提成", effective_from=date(2026, 1, 1)).value
    second = S.new_version(store, ref.scheme_id, effective_from=date(2026, 2, 1)).value
    S.delete_draft(store, second)
    third = S.new_version(store, ref.scheme_id, effective_from=date(2026, 2, 1)).value
    assert S.get_version(store, third).number == 3


def test_a_draft_whose_rules_cannot_be_used_is_not_published(store):
    ref = S.create_scheme(store, "提成", effective_from=date(2026, 1, 1)).value
    with store.write() as uow:  # a document written before the checks (an old file, a sync)
        uow.session.get(SchemeVersion, ref.version_id).document = '{"rules": [{"id": "x"}]}'
        uow.commit()
    with pytest.raises(SchemeError, match="rule x: unknown kind None"):
        S.publish(store, ref.version_id)
    assert S.get_version(store, ref.version_id).status == "draft"


def test_deleting_drafts(store):
    ref = S.create_scheme(store, "提成", effective_from=date(2026, 1, 1)).value
    with pytest.raises(SchemeError, match="a scheme keeps at least one version"):
        S.delete_draft(store, ref.version_id)
    draft = S.new_version(store, ref.scheme_id).value
    op = S.delete_draft(store, draft)
    assert [v.number for v in S.list_schemes(store)[0].versions] == [1]
    with pytest.raises(SchemeError, match="this scheme version no longer exists"):
        S.get_version(store, draft)
    redo = op.undo.run(store)
    assert [v.id for v in S.list_schemes(store)[0].versions] == [ref.version_id, draft]
    redo.undo.run(store)
    assert [v.number for v in S.list_schemes(store)[0].versions] == [1]


def test_renaming_a_scheme_undoes_to_the_old_name_and_description(store):
    ref = S.create_scheme(store, "提成", "旧说明").value
    op = S.rename_scheme(store, ref.scheme_id, "销售提成", "新说明")
    [scheme] = S.list_schemes(store)
    assert (scheme.name, scheme.description) == ("销售提成", "新说明")
    redo = op.undo.run(store)
    [scheme] = S.list_schemes(store)
    assert (scheme.name, scheme.description) == ("提成", "旧说明")
    redo.undo.run(store)
    assert S.find_scheme(store, "销售提成").id == ref.scheme_id
    S.rename_scheme(store, ref.scheme_id, "提成")  # the description stays when not given
    assert S.find_scheme(store, "提成").description == "新说明"


def test_schemes_are_listed_by_name_with_their_versions_by_number(store):
    b = S.create_scheme(store, "B 奖金", effective_from=date(2026, 1, 1)).value
    S.create_scheme(store, "A 提成", effective_from=date(2026, 4, 1))
    S.new_version(store, b.scheme_id, effective_from=date(2026, 7, 1))
    assert names_and_versions(store) == [
        ("A 提成", [(1, "draft", "2026-04-01")]),
        ("B 奖金", [(1, "draft", "2026-01-01"), (2, "draft", "2026-07-01")])]


# v1 from 2026-01-01, v2 from 2026-07-01, a draft v3 from 2026-10-01: a period uses the newest
# published version effective on its first day (drafts never).
@pytest.mark.parametrize("period, expected", [
    ("2025-12", None),      # before v1
    ("2026", 1),            # the year starts on 1 January: v1
    ("2026-01", 1),         # v1's first month
    ("2026-06", 1),         # the month before v2
    ("2026-Q2", 1),
    ("2026-07", 2),         # v2's first month
    ("2026-Q3", 2),         # starts 1 July
    ("2026-10", 2),         # v3 is a draft
    ("2027", 2),
])
def test_the_versions_a_period_uses(store, period, expected):
    ref = S.create_scheme(store, "提成", effective_from=date(2026, 1, 1), document=RULES).value
    S.publish(store, ref.version_id)
    v2 = S.new_version(store, ref.scheme_id, effective_from=date(2026, 7, 1)).value
    S.publish(store, v2)
    S.new_version(store, ref.scheme_id, effective_from=date(2026, 10, 1))
    with store.read() as uow:
        used = in_effect(uow.session, period)
    assert [u.number for u in used] == ([] if expected is None else [expected])


def test_a_version_a_locked_run_used_stays_published_and_the_scheme_stays(store):
    ref = S.create_scheme(store, "提成", effective_from=date(2026, 1, 1), document=RULES).value
    published = S.publish(store, ref.version_id)
    unit = build_firm(store).units["east"]
    with store.write() as uow:  # a locked run that paid on this version
        s = uow.session
        person = Person(name="张三", role="rep", capacity_tier="senior", unit_id=unit,
                        active_from=date(2024, 1, 1))
        s.add(person)
        run = PayoutRun(period="2026-01", status=RunStatus.LOCKED)
        s.add(run)
        s.flush()
        s.add(PayoutLine(run_id=run.id, person_id=person.id, kind=LineKind.COMMISSION,
                         rule_id="c1", scheme_version_id=ref.version_id,
                         amount=Decimal("10.00")))
        uow.commit()
    with pytest.raises(SchemeError, match="a locked payout run used version 1"):
        published.undo.run(store)
    with pytest.raises(SchemeError, match="a payout run used this scheme"):
        S.discard_scheme(store, ref.scheme_id)
    with store.read() as uow:
        assert uow.session.scalar(select(SchemeVersion.status)) == "published"
