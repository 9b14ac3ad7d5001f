"""Search-as-you-type and sorting over the loaded customer rows, in plain Python.

The list holds every customer in memory (:func:`services.customers.queries.load_customer_rows`); a
:class:`SearchIndex` keeps, per row, one lower-case *haystack* — name (also NFKC half-width),
primary phone and every contact's name and phone, each phone as digits only, tags,
industry and region — so a keystroke is a substring test per row, not a query. Words are ANDed.
A query that extends the previous one (the user typing on) only rescans the previous hits.

Chinese is written without spaces, so "上海餐饮" must find what "上海 餐饮" finds. A query word
holding CJK characters is split into words the loaded data knows (:meth:`SearchIndex.terms`):
prefixes of the regions, industries, sources, owners and tags in the rows, leaving at most
one unknown piece (a fragment of a company name: "上海星海" → 上海 + 星海). The pieces are
then searched like separately typed words. Every row containing the unsplit word contains each
piece too, so splitting never loses a hit.

Sorting produces an *order* (row indices in display order) once per header click; filtering walks
that order, so the filtered result is already sorted and a keystroke never sorts.

:func:`prepare_list` does all of a full load's preparation — index, order of the shown sort
column, filter choices — in one Qt-free call, so the GUI runs it on its worker thread and
only swaps the result in. Long single C calls hold the GIL (and so stall the GUI thread's
event loop for their whole length), so big sorts run in pieces merged in Python.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from services.customers.queries import CustomerRow

_PHONEISH = re.compile(r"^[\d\s\-+().]+$")
_NON_DIGITS = re.compile(r"\D+")
_PHONE_SEPARATORS = re.compile(r"(?<=\d)[\s\-().]+(?=\d)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Parts of a place name: "上海市浦东新区" → 上海市, 浦东新区; "江苏 南京" → 江苏, 南京.
_PLACE_PARTS = re.compile(r"[^\s/,，、;；]+?(?:省|市|区|县|$)|[^\s/,，、;；]+")
RECENT_RESULTS = 6
"""Search results kept for narrowing (each at most a list of the rows' indices)."""

#: Row fields whose values are known words for splitting a query (tags are added one by one;
#: regions are also split into their parts).
VOCABULARY_FIELDS = ("industry", "source", "owner_name")

#: Sortable columns: key → function of a row giving the sort value (None sorts last).
SORT_KEYS: dict[str, Callable[[CustomerRow], Any]] = {
    "name": lambda r: r.name.strip().casefold(),  # a stray space must not sort first
    "owner": lambda r: r.owner_name or None,
    "tier": lambda r: r.tier,
    "industry": lambda r: r.industry or None,
    "region": lambda r: r.region or None,
    "source": lambda r: r.source or None,
    "phone": lambda r: r.phone or None,
    "contact": lambda r: r.contact_name or None,
    "tags": lambda r: ",".join(r.tags).casefold() or None,
    "last_followup": lambda r: r.last_followup_at,
    "next_followup": lambda r: r.next_followup_on,
    "won_12m": lambda r: r.won_12m_fen,
    "open_deals": lambda r: r.open_deals,
    "created": lambda r: r.created_at,
    "status": lambda r: (r.in_pool, r.stale),
}

#: Columns holding text, sorted through the caller's collation key when one is given.
TEXT_COLUMNS = frozenset({"name", "owner", "industry", "region", "source", "contact", "tags"})


@dataclass(frozen=True)
class CustomerFilters:
    """The filter bar's state. ``None``/False means "any"; ``""`` matches an empty value."""

    owner_id: str | None = None
    tier: str | None = None
    industry: str | None = None
    region: str | None = None
    source: str | None = None
    stale_only: bool = False
    pool_only: bool = False
    mine_only: bool = False
    me_id: str | None = None  # who "mine" means

    def is_empty(self) -> bool:
        """True when no filter narrows the list."""
        return (self.owner_id is None and self.tier is None and self.industry is None
                and self.region is None and self.source is None and not self.stale_only
                and not self.pool_only and not self.mine_only)


def fold(text: str) -> str:
    """NFKC (full-width → half-width) then case-folded: how haystacks and queries compare."""
    return unicodedata.normalize("NFKC", text).casefold()


def query_terms(text: str) -> list[str]:
    """The words of a query; a phone-like word (digits, spaces, dashes) becomes its digits."""
    terms: list[str] = []
    for word in fold(text).split():
        if _PHONEISH.match(word) and sum(ch.isdigit() for ch in word) >= 3:
            word = _NON_DIGITS.sub("", word)
        if word and word not in terms:
            terms.append(word)
    return terms


def haystack(row: CustomerRow, contacts_text: str | None = None) -> str:
    """The searchable text of one row (folded); phones appear with digits only.

    ``contacts_text`` (by default the row's own) already holds every contact's name and phone
    (the primary one too), so nothing is repeated: shorter haystacks make the first
    keystroke's full scan faster.
    """
    contacts = row.contacts_text if contacts_text is None else contacts_text
    people = f"{row.phone} {contacts}" if contacts else (
        f"{row.phone} {row.contact_name} {row.contact_phone}")
    # "138-0013-8000" → "13800138000", kept in that form only: a phone-like query word is
    # reduced to its digits too (:func:`query_terms`), and one form instead of two is 7 MB
    # less over 100,000 customers.
    people = _PHONE_SEPARATORS.sub("", people)
    return fold(f"{row.name}\n{people}\n{' '.join(row.tags)}"
                f"\n{row.industry}\n{row.region}\n{row.owner_name}")


def known_words(values: Iterable[str], places: Iterable[str] = ()) -> set[str]:
    """The folded prefixes (two characters or more) of ``values`` and ``places``, and of the
    parts of ``places`` (regions: 上海市浦东新区 → 上海市, 浦东新区).

    A typed word that is one of these is a word of the data: "北京" of 北京市, "餐饮" of 餐饮业.
    """
    out: set[str] = set()
    words = {fold(v) for v in values if v}
    for place in places:
        if place:
            text = fold(place)
            words.add(text)
            words.update(_PLACE_PARTS.findall(text))
    for word in words:
        out.update(word[:k] for k in range(2, len(word) + 1))
    return out


def split_word(word: str, known: Container[str]) -> list[str]:
    """``word`` split into ``known`` words and at most one unknown piece, covering as much of
    it with known words as possible in as few pieces as possible; ``[word]`` when no split
    covers anything (or only words without CJK characters, typed with spaces anyway).
    """
    n = len(word)
    if n < 3 or not _CJK.search(word):
        return [word]
    # best[(i, free)]: the best split of word[:i] using ``free`` unknown pieces (0 or 1),
    # scored (known characters, -pieces).
    best: dict[tuple[int, int], tuple[tuple[int, int], list[str]]] = {(0, 0): ((0, 0), [])}
    for i in range(n):
        for free in (0, 1):
            here = best.get((i, free))
            if here is None:
                continue
            (covered, neg_pieces), pieces = here
            for j in range(i + 1, n + 1):
                piece = word[i:j]
                if j - i >= 2 and piece in known:
                    step = ((covered + j - i, neg_pieces - 1), (j, free))
                elif free == 0:
                    step = ((covered, neg_pieces - 1), (j, 1))
                else:
                    continue
                score, key = step
                if key not in best or score > best[key][0]:
                    best[key] = (score, [*pieces, piece])
    options = [best[k] for k in ((n, 0), (n, 1)) if k in best]
    score, pieces = max(options, key=lambda o: o[0])
    return pieces if score[0] > 0 and len(pieces) > 1 else [word]


class SearchIndex:
    """Per-row haystacks and filter columns over one loaded row list.

    ``contacts`` gives each row's contacts text when the rows were loaded without it
    (``load_customer_rows(contacts_out=…)``); by default each row's own.
    """

    def __init__(self, rows: Sequence[CustomerRow], contacts: Sequence[str] | None = None):
        self.rows = rows
        self.hay: list[str] = ([haystack(r) for r in rows] if contacts is None else
                               [haystack(r, c) for r, c in zip(rows, contacts, strict=True)])
        self._columns: dict[str, list[Any]] = {}
        # Recent results, newest last: (searched words, filters, display order, hits); the
        # order list itself (compared by identity), so a freed one's id is never mistaken.
        self._recent: list[tuple[tuple[str, ...], CustomerFilters, object, list[int]]] = []
        self._known: set[str] | None = None
        self._positions: dict[str, int] | None = None

    def positions(self, order: Iterable[int] | None = None) -> dict[str, int]:
        """Row index by customer id (built once; rows appended later are added).

        Built from ``order`` (every row index once, e.g. a display order) when given, so the
        dict shares that list's int objects instead of making 100,000 more.
        """
        if self._positions is None or len(self._positions) != len(self.rows):
            rows = self.rows
            self._positions = ({r.id: i for i, r in enumerate(rows)} if order is None
                               else {rows[i].id: i for i in order})
        return self._positions

    def adopt_positions(self, positions: dict[str, int]) -> None:
        """Use ``positions`` (built elsewhere for these rows) unless built already."""
        if self._positions is None and len(positions) == len(self.rows):
            self._positions = positions

    def known(self) -> set[str]:
        """The words of the data a query word is split into (built once, then kept up to date
        as rows change; a word no row has any more does no harm).
        """
        if self._known is None:
            # Read off the rows, not through column(): the columns would stay cached (4 MB
            # over 100,000 rows) though only a filter ever needs them.
            values: set[str] = set()
            for attr in VOCABULARY_FIELDS:
                values.update({getattr(r, attr) for r in self.rows})
            for tags in {r.tags for r in self.rows}:
                values.update(tags)
            self._known = known_words(values, {r.region for r in self.rows})
        return self._known

    def _learn(self, row: CustomerRow) -> None:
        if self._known is not None:
            self._known |= known_words([*(getattr(row, a) for a in VOCABULARY_FIELDS),
                                        *row.tags], [row.region])

    def terms(self, text: str) -> list[str]:
        """The words searched for ``text``: :func:`query_terms`, each CJK word split into the
        data's words (:func:`split_word`).
        """
        out: list[str] = []
        words = query_terms(text)
        known = self.known() if any(_CJK.search(w) for w in words) else ()
        for word in words:
            for piece in split_word(word, known) if known else [word]:
                if piece not in out:
                    out.append(piece)
        return out

    def column(self, attr: str) -> list[Any]:
        """One attribute of every row as a list (cached), for fast filter comprehensions."""
        col = self._columns.get(attr)
        if col is None:
            col = [getattr(r, attr) for r in self.rows]
            self._columns[attr] = col
        return col

    def update_row(self, i: int, row: CustomerRow) -> None:
        """Row ``i`` of the (shared, mutable) row list was replaced by ``row``."""
        self.hay[i] = haystack(row)
        for attr, col in self._columns.items():
            col[i] = getattr(row, attr)
        self._learn(row)
        self._recent = []

    def append_row(self, row: CustomerRow) -> int:
        """A row appended to the (shared, mutable) row list; returns its index."""
        self.hay.append(haystack(row))
        for attr, col in self._columns.items():
            col.append(getattr(row, attr))
        self._learn(row)
        self._recent = []
        if self._positions is not None:
            self._positions[row.id] = len(self.hay) - 1
        return len(self.hay) - 1

    def remember(self, text: str, filters: CustomerFilters, order: object,
                 result: list[int]) -> None:
        """Keep recent results so a longer query can narrow one instead of rescanning.

        ``order`` is the display order searched (None: load order); results under another
        order are dropped.
        """
        terms = tuple(self.terms(text))
        if not terms:
            return
        self._recent = [r for r in self._recent if r[2] is order
                        and (r[0], r[1]) != (terms, filters)][-(RECENT_RESULTS - 1):]
        self._recent.append((terms, filters, order, result))

    def narrowing_base(self, text: str, filters: CustomerFilters,
                       order: object) -> list[int] | None:
        """The smallest recent result holding every hit of ``text`` under the same filters.

        Every hit of the new query is a hit of an old one when each old word is contained in
        some new word (typing on, adding words). Several recent results are kept because a
        split word stops extending the last query: "联佳物" → "联佳物流" (联佳 + 物流) narrows
        the hits of "联佳".
        """
        new_terms = self.terms(text)
        best: list[int] | None = None
        for terms, old_filters, old_order, result in self._recent:
            if old_filters != filters or old_order is not order:
                continue
            if all(any(o in n for n in new_terms) for o in terms) and (
                    best is None or len(result) < len(best)):
                best = result
        return best


def _apply_filters(index: SearchIndex, candidates: Sequence[int],
                   filters: CustomerFilters) -> Sequence[int]:
    tests: list[tuple[str, Any]] = []
    if filters.mine_only:
        tests.append(("owner_id", filters.me_id))
    if filters.owner_id is not None:
        tests.append(("owner_id", filters.owner_id or None))
    if filters.tier is not None:
        tests.append(("tier", filters.tier or None))
    for attr in ("industry", "region", "source"):
        value = getattr(filters, attr)
        if value is not None:
            tests.append((attr, value))
    if filters.stale_only:
        tests.append(("stale", True))
    if filters.pool_only:
        tests.append(("in_pool", True))
    for attr, value in tests:
        col = index.column(attr)
        candidates = [i for i in candidates if col[i] == value]
    return candidates


def filter_rows(rows: Sequence[CustomerRow], index: SearchIndex, text: str,
                filters: CustomerFilters | None = None,
                order: Sequence[int] | None = None) -> list[int]:
    """Indices of the rows matching every word of ``text`` and every filter.

    ``order`` (from :func:`sort_order`) sets the order of the result; by default load order.
    """
    if index.rows is not rows:
        raise ValueError("the search index was built for another row list")
    filters = filters or CustomerFilters()
    base = index.narrowing_base(text, filters, order)
    candidates: Sequence[int]
    if base is not None:
        candidates = base
    else:
        candidates = order if order is not None else range(len(rows))
        candidates = _apply_filters(index, candidates, filters)
    hay = index.hay
    for term in index.terms(text):
        candidates = [i for i in candidates if term in hay[i]]
    result = list(candidates)
    index.remember(text, filters, order, result)
    return result


def matching(index: SearchIndex, candidates: Sequence[int], text: str,
             filters: CustomerFilters | None = None) -> list[int]:
    """Those of ``candidates`` (row indices) that match ``text`` and ``filters``, in their
    order — for rows added to a list already filtered (the last search's result is kept).
    """
    found = _apply_filters(index, candidates, filters or CustomerFilters())
    hay = index.hay
    for term in index.terms(text):
        found = [i for i in found if term in hay[i]]
    return list(found)


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """What the filter bar offers, read off the loaded rows."""

    owners: tuple[tuple[str, str], ...] = ()  # (owner id, name) of every owner of a row
    industries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


def filter_choices(rows: Sequence[CustomerRow]) -> FilterChoices:
    """The distinct owners, industries, regions and sources of ``rows`` (sorted, no blanks)."""
    owners: dict[str, str] = {}
    industries: set[str] = set()
    regions: set[str] = set()
    sources: set[str] = set()
    for r in rows:
        if r.owner_id:
            owners[r.owner_id] = r.owner_name
        industries.add(r.industry)
        regions.add(r.region)
        sources.add(r.source)
    return FilterChoices(tuple(owners.items()), *(tuple(sorted(values - {""})) for values in
                                                  (industries, regions, sources)))


@dataclass(frozen=True, slots=True)
class CustomerList:
    """A fully prepared customer list.

    The rows, their search index, the display order for ``sort_key`` (None: load order) and
    the filter choices.
    """

    rows: list[CustomerRow]
    index: SearchIndex
    order: list[int]
    sort_key: str | None
    descending: bool
    choices: FilterChoices


def prepare_list(rows: list[CustomerRow], sort_key: str | None = None,
                 descending: bool = False,
                 text_key: Callable[[str], Any] | None = None,
                 contacts: Sequence[str] | None = None) -> CustomerList:
    """Everything a full load computes over ``rows`` (seconds for 100,000: a worker's job).

    ``contacts``: each row's contacts text when the rows were loaded without it (see
    :class:`SearchIndex`).
    """
    index = SearchIndex(rows, contacts)
    index.column("won_12m_fen")  # the footer's total, asked for as soon as the list is shown
    index.known()  # the words a Chinese query is split into
    order = (list(range(len(rows))) if sort_key is None
             else sort_order(rows, sort_key, descending, text_key))
    index.positions(order)  # where the card's customer is, asked after every search
    return CustomerList(rows, index, order, sort_key, descending, filter_choices(rows))


def sort_value(row: CustomerRow, key: str,
               text_key: Callable[[str], Any] | None = None) -> Any:
    """The value row ``row`` sorts by in column ``key`` (None: empty, sorts last)."""
    value = SORT_KEYS[key](row)
    if text_key is not None and value is not None and key in TEXT_COLUMNS:
        return text_key(value)
    return value


#: Rows per piece of a sort (see :func:`sort_order`): one piece holds the GIL for ~5–10 ms
#: (8,192 held it 40 ms, and over 100 ms on a busy machine: a GUI thread waiting that long
#: for the GIL misses frames while a header click sorts on the worker). The merge of the
#: extra pieces costs nothing measurable.
SORT_PIECE = 2048


def sort_order(rows: Sequence[CustomerRow], key: str, descending: bool = False,
               text_key: Callable[[str], Any] | None = None) -> list[int]:
    """Row indices sorted by column ``key``; empty values last in both directions; stable.

    ``text_key`` maps text values to collation keys (the GUI passes a Chinese collator, so
    names sort by pinyin as in Excel: 阿… 北… 上… 中…). Texts are sorted as their rank among
    the column's distinct texts, so at most a piece's worth of collation keys exists at a
    time (keys of 100,000 names take ~50 MB); :func:`insert_position` places a row added
    later by comparing a handful of values computed again.
    """
    get = SORT_KEYS[key]
    values: list[Any] = [get(r) for r in rows]
    if text_key is not None and key in TEXT_COLUMNS:
        values = _collation_ranks(values, text_key)
    present = [i for i, v in enumerate(values) if v is not None]
    missing = [i for i, v in enumerate(values) if v is None]
    return _sorted(present, values.__getitem__, descending) + missing


def _sorted(items: list[Any], key: Callable[[Any], Any], descending: bool = False) -> list[Any]:
    """``sorted(items, key=key, reverse=descending)``, without holding the GIL for long.

    One list.sort() of 100,000 items is a single C call that holds the GIL throughout,
    freezing the GUI thread while a worker sorts. Sorted pieces merged by heapq.merge (Python
    code, so the GIL is handed over every few ms) give the same stable order: the pieces are
    in input order and merge() prefers the earlier piece on ties. merge() computes a key as an
    item enters its heap and drops it as it leaves, so keys never all exist at once.
    """
    if len(items) <= SORT_PIECE:
        return sorted(items, key=key, reverse=descending)
    pieces = [sorted(items[n:n + SORT_PIECE], key=key, reverse=descending)
              for n in range(0, len(items), SORT_PIECE)]
    return list(heapq.merge(*pieces, key=key, reverse=descending))


def _collation_ranks(texts: list[Any], text_key: Callable[[str], Any]) -> list[Any]:
    """Each text's rank in collation order (equal ranks for texts that collate equal).

    The distinct texts are sorted in pieces, then merged through a heap holding one key per
    piece, so only a piece's keys exist at a time.
    """
    distinct = list({t for t in texts if t is not None})
    pieces = [sorted(distinct[n:n + SORT_PIECE], key=text_key)
              for n in range(0, len(distinct), SORT_PIECE)]
    heap = [(text_key(piece[0]), k, 0) for k, piece in enumerate(pieces)]
    heapq.heapify(heap)
    rank: dict[str, int] = {}
    previous: Any = None
    n = -1
    while heap:
        key, k, pos = heap[0]
        if previous is None or previous < key:
            n += 1
        previous = key
        piece = pieces[k]
        rank[piece[pos]] = n
        if pos + 1 < len(piece):
            heapq.heapreplace(heap, (text_key(piece[pos + 1]), k, pos + 1))
        else:
            heapq.heappop(heap)
    return [None if t is None else rank[t] for t in texts]


def insert_position(order: Sequence[int], value_of: Callable[[int], Any], value: Any,
                    descending: bool) -> int:
    """Where a row with sort ``value`` goes in ``order`` (after its equals; empty last).

    ``value_of(i)`` is row ``i``'s sort value; ``order`` is sorted by it (empty values last),
    so a binary search asks for about 17 of 100,000.
    """
    if value is None:
        return len(order)
    lo, hi = 0, len(order)
    while lo < hi:
        mid = (lo + hi) // 2
        other = value_of(order[mid])
        if other is None or (other < value if descending else value < other):
            hi = mid
        else:
            lo = mid + 1
    return lo
