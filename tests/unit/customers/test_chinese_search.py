"""Chinese search without spaces: "上海餐饮" finds what "上海 餐饮" finds, across fields.

Customers in a real SQLite store, searched through the same index the list uses.
"""

from __future__ import annotations

from datetime import date

import pytest

from services.customers import edit
from services.customers.queries import load_customer_rows
from services.customers.search import (
    SearchIndex,
    filter_rows,
    known_words,
    prepare_list,
    split_word,
)
from services.org.people import create_person, create_unit

TODAY = date(2026, 3, 2)


@pytest.fixture
def firm(store):
    unit = create_unit(store, "华东区", "region").value
    wang = create_person(store, "王芳", unit, active_from=date(2024, 1, 1)).value
    for name, region, industry, tags, owner in (
        ("星海餐饮管理有限公司", "上海", "餐饮", (), wang),          # city and trade in fields
        ("上海小南国餐饮连锁", "", "零售", (), None),                # both in the name
        ("上海云帆电子", "上海", "信息技术", ("重点客户",), wang),   # no catering
        ("北京全聚德餐饮", "北京市", "餐饮", (), None),              # another city
        ("上海星海科技有限公司", "上海市浦东新区", "制造业", (), None),
        ("杭州星海贸易", "杭州", "贸易", ("重点客户",), wang),
    ):
        edit.create_customer(store, edit.NewCustomer(
            name=name, region=region, industry=industry, tags=tags, owner_id=owner))
    return store


def _search(store, text):
    rows = load_customer_rows(store, TODAY)
    return sorted(rows[i].name for i in filter_rows(rows, SearchIndex(rows), text))


def test_words_typed_together_find_what_they_find_apart(firm):
    apart = _search(firm, "上海 餐饮")
    assert apart == ["上海小南国餐饮连锁", "星海餐饮管理有限公司"]
    assert _search(firm, "上海餐饮") == apart
    assert _search(firm, "餐饮上海") == apart
    # A city typed as a prefix of the stored value (北京 of 北京市), and a tag.
    assert _search(firm, "北京餐饮") == _search(firm, "北京 餐饮") == ["北京全聚德餐饮"]
    assert _search(firm, "重点客户上海") == ["上海云帆电子"]
    # An owner's name is a word of the data too.
    assert _search(firm, "王芳餐饮") == _search(firm, "王芳 餐饮") == ["星海餐饮管理有限公司"]


def test_a_name_fragment_beside_a_known_word(firm):
    # 星海 is no field value: it is kept whole and searched beside the known city.
    assert _search(firm, "上海星海") == ["上海星海科技有限公司", "星海餐饮管理有限公司"]
    assert _search(firm, "杭州星海") == ["杭州星海贸易"]
    # Nothing is lost: a query found as typed is still found.
    assert _search(firm, "星海科技") == ["上海星海科技有限公司"]
    assert _search(firm, "全聚德") == ["北京全聚德餐饮"]
    assert _search(firm, "上海餐饮北京") == []


def test_typing_on_narrows_like_a_fresh_search(firm):
    rows = load_customer_rows(firm, TODAY)
    index = prepare_list(rows).index
    for query in ("上海餐饮管理", "星海餐饮", "杭州星海贸易"):  # 星海餐 → 星海 + 餐饮: a split
        typed = ""
        for ch in query:
            typed += ch
            assert filter_rows(rows, index, typed) == filter_rows(rows, SearchIndex(rows),
                                                                  typed), typed
        assert filter_rows(rows, index, "") == filter_rows(rows, SearchIndex(rows), "")


def test_rows_added_later_teach_their_words(firm):
    rows = load_customer_rows(firm, TODAY)
    index = SearchIndex(rows)
    assert index.terms("深圳物流") == ["深圳物流"]
    from dataclasses import replace
    new = replace(rows[0], id="x", name="顺达", region="深圳", industry="物流")
    rows.append(new)
    index.append_row(new)
    assert index.terms("深圳物流") == ["深圳", "物流"]
    assert [rows[i].name for i in filter_rows(rows, index, "深圳物流")] == ["顺达"]


@pytest.mark.parametrize(("word", "pieces"), [
    ("上海餐饮", ["上海", "餐饮"]),
    ("上海星海", ["上海", "星海"]),
    ("星海上海", ["星海", "上海"]),
    ("上海餐", ["上海", "餐"]),
    ("信息技术", ["信息技术"]),          # a known word stays whole
    ("浦东餐饮", ["浦东", "餐饮"]),      # a part of 上海市浦东新区
    ("星海科技", ["星海科技"]),          # no known word: as typed
    ("acmeltd", ["acmeltd"]),          # Latin words are typed with spaces
])
def test_split_word(word, pieces):
    known = known_words(["餐饮", "信息技术", "ltd", "上市公司"], ["上海", "上海市浦东新区"])
    assert split_word(word, known) == pieces


def test_only_regions_are_split_into_place_parts():
    known = known_words(["上市公司"], ["江苏省南京市"])
    assert {"上市", "上市公司", "江苏", "江苏省", "南京", "南京市"} <= known
    assert "公司" not in known  # a tag is not a place: 有限公司 stays one word
    assert split_word("有限公司", known) == ["有限公司"]
