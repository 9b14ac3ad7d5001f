"""Finding a unit or a person by what a user types: an id, or a name (exact, then ignoring
case and surrounding blanks). An ambiguous name is refused with the candidates listed, so a
command never acts on the wrong 华东区 or the wrong 王芳.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from services.core.errors import ValidationError
from services.core.text import trim
from services.org.people_edit import PersonInfo, list_unit_people
from services.org.units import UnitInfo, unit_tree

if TYPE_CHECKING:
    from services.core.store import Store


def unit_path(units: list[UnitInfo], unit_id: str) -> str:
    """The unit's names from the root down, joined with " / "."""
    by_id = {u.id: u for u in units}
    names: list[str] = []
    current = by_id.get(unit_id)
    while current is not None:
        names.append(current.name)
        current = by_id.get(current.parent_id or "")
    return " / ".join(reversed(names))


def _matches(ref: str, items: list[tuple[str, str]]) -> list[str]:
    """Ids whose id is ``ref``, else whose name is exactly ``ref``, else equal ignoring case."""
    text = trim(ref)
    for test in (lambda i, n: i == text, lambda i, n: n == text,
                 lambda i, n: n.casefold() == text.casefold()):
        found = [i for i, n in items if test(i, n)]
        if found:
            return found
    return []


def find_unit(store: Store, ref: str) -> UnitInfo:
    """The live unit named or identified by ``ref`` (refused when none or several match).

    A name may be a path from any level down, "华东区/一组", when several units share a name.
    """
    units = unit_tree(store)
    found = _matches(ref, [(u.id, u.name) for u in units])
    if not found and "/" in ref:
        parts = [trim(p) for p in ref.split("/") if trim(p)]
        found = [u.id for u in units
                 if [trim(p) for p in unit_path(units, u.id).split(" / ")][-len(parts):]
                 == parts]
    if not found:
        raise ValidationError("there is no unit called “{name}”", field="unit", name=ref)
    if len(found) > 1:
        raise ValidationError(
            "more than one unit is called “{name}”; name it by its path or id: {candidates}",
            field="unit", name=ref,
            candidates="; ".join(f"{unit_path(units, i)} ({i})" for i in found))
    return next(u for u in units if u.id == found[0])


def find_person(store: Store, ref: str, today: date | None = None) -> PersonInfo:
    """The person (who left or not) named or identified by ``ref``; refused when none or
    several match.
    """
    people = list_unit_people(store, include_left=True, today=today)
    found = _matches(ref, [(p.id, p.name) for p in people])
    if not found:
        raise ValidationError("there is nobody called “{name}”", field="person", name=ref)
    if len(found) > 1:
        by_id = {p.id: p for p in people}
        raise ValidationError(
            "more than one person is called “{name}”; name them by their id: {candidates}",
            field="person", name=ref,
            candidates="; ".join(f"{by_id[i].name}, {by_id[i].unit_name} ({i})"
                                 for i in found))
    return next(p for p in people if p.id == found[0])
