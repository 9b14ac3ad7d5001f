"""The change feed: on a shared database (a SQLite file in team mode, PostgreSQL) every
committed write tells the other open apps what it changed; a personal file writes nothing.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from models.settings import ChangeFeedEntry
from services.core import feed
from services.core.changes import Changes, KindChanges
from services.customers import edit
from services.setup import open_store
from tests.unit.store_helpers import share


def _target(store) -> str:  # noqa: ANN001
    return store.url.render_as_string(hide_password=False)


def _feed_rows(store) -> int:  # noqa: ANN001
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(ChangeFeedEntry)))


@pytest.fixture
def shared(any_store):
    """An open shared store (SQLite switched to team mode; PostgreSQL as it is)."""
    assert share(any_store)
    return any_store


def test_a_personal_file_writes_no_feed(store):
    assert store.feed_origin is None
    edit.create_customer(store, edit.NewCustomer(name="杭州云帆"))
    assert _feed_rows(store) == 0


def test_another_apps_save_reaches_this_one_with_its_ids_and_fields(shared):
    other = open_store(_target(shared), lock=False, migrate=False)
    try:
        assert other.feed_origin is not None and other.feed_origin != shared.feed_origin
        reader = feed.FeedReader(shared, shared.feed_origin)
        assert not reader.poll()  # nothing new yet
        cid = edit.create_customer(shared, edit.NewCustomer(name="上海星河贸易")).value
        assert not reader.poll()  # this app's own save: the page already knows it
        edit.update_customer(other, cid, {"phone": "021-6666 0002"})
        got = reader.poll()
    finally:
        other.close()
    assert got.ids("customers") == {cid}
    assert got.fields("customers") == {"phone"}
    assert not reader.poll()  # each change is handed over once


def test_a_large_write_says_some_of_the_kind_changed():
    many = frozenset(f"id-{n}" for n in range(feed.MAX_IDS + 1))
    payload = feed.encode(Changes({"customers": KindChanges(updated=many,
                                                            fields=frozenset({"owner_id"})),
                                   "deals": KindChanges(created=frozenset({"d1"}))}))
    assert payload is not None
    back = feed.decode(payload)
    assert back.ids("customers") is None  # unknown: reload customers
    assert back.fields("customers") == {"owner_id"}
    assert back.ids("deals") == {"d1"}
    assert feed.decode("not json").everything


def test_old_entries_are_pruned_by_writers(shared):
    edit.create_customer(shared, edit.NewCustomer(name="旧记录"))
    with shared.write() as uow:
        uow.session.execute(text("UPDATE change_feed SET at = :old"),
                            {"old": "2020-01-01 00:00:00"})
        uow.commit()
    other = open_store(_target(shared), lock=False, migrate=False)  # a new app prunes first
    try:
        edit.create_customer(other, edit.NewCustomer(name="新记录"))
    finally:
        other.close()
    assert _feed_rows(shared) == 1


def test_postgresql_wakes_the_other_app_at_once(pg_url, tmp_path):
    from tests.pg_server import reset_schema

    reset_schema(pg_url)
    mine = open_store(pg_url, backup_dir=tmp_path)
    theirs = open_store(pg_url, lock=False, migrate=False)
    woken = threading.Event()
    listener = feed.Listener(mine.url, woken.set, mine.feed_origin).start()
    try:
        assert listener.listening.wait(10)
        edit.create_customer(mine, edit.NewCustomer(name="自己的保存"))
        assert not woken.wait(1.5)  # its own save does not wake it
        started = time.monotonic()
        edit.create_customer(theirs, edit.NewCustomer(name="同事的保存"))
        assert woken.wait(5)
        assert time.monotonic() - started < 5
    finally:
        listener.stop()
        theirs.close()
        mine.close()


def test_postgresql_a_save_committed_after_a_later_one_is_not_missed(pg_url, tmp_path):
    from tests.pg_server import reset_schema

    reset_schema(pg_url)
    mine = open_store(pg_url, backup_dir=tmp_path)
    theirs = open_store(pg_url, lock=False, migrate=False)
    try:
        reader = feed.FeedReader(mine, mine.feed_origin)
        slow = theirs.write()
        slow.__enter__()
        try:  # a write that takes its sequence number first and commits last
            slow.session.execute(text(
                "INSERT INTO change_feed (at, origin, payload) VALUES (now(), 'slow', "
                "'{\"k\":{\"customers\":{\"c\":[\"slow-1\"]}},\"f\":{}}')"))
            fast = edit.create_customer(theirs, edit.NewCustomer(name="快事务")).value
            first = reader.poll()
            slow.commit()
        finally:
            slow.__exit__(None, None, None)
        second = reader.poll()
    finally:
        theirs.close()
        mine.close()
    assert first.ids("customers") == {fast}
    assert second.ids("customers") == {"slow-1"}
