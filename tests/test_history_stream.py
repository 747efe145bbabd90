"""`history` and `history --competence` as streams (issue 24): the store walked a batch at a
time, the rows drawn piece by piece, and the text the same as drawing them all at once. The
memory budget itself (60 MiB at 100,000 reflections) lives in benchmarks/bench.py."""

from __future__ import annotations

import pytest

from builders import builtin_ids, make, seed
from netleder.store.database import Store

IDS = builtin_ids()


def _mixed():
    """Reflections of two networks (two spellings of one), none, drafts, shared days, a long
    imported id, and two at the very same time (told apart by the order of saving)."""
    out = []
    for i in range(23):
        network = ["Urban farming", "urban-farming", "Ældrenetværket", None][i % 4]
        ratings = {cid: 1 + (i + k) % 5 for k, cid in enumerate(IDS) if (i + k) % 7}
        day = f"2024-{1 + i % 12:02d}-{1 + i % 5:02d}T{8 + i % 3:02d}:{i:02d}:00+01:00"
        rid = f"r{i:05d}" if i != 5 else "r00005-imported-from-elsewhere"
        out.append(make(rid, day, ratings, network=network, phase="fokusering" if i % 3 else None,
                        complete=i % 6 != 0))
    out.append(make("same01", "2024-03-03T10:00:00+01:00", {IDS[0]: 3}, network="Urban farming"))
    out.append(make("same02", "2024-03-03T10:00:00+01:00", {IDS[0]: 4}, network="Urban farming"))
    return out


@pytest.fixture
def mixed(home):
    seed(home, *_mixed())
    return home


def _key(r):
    return (r.id, r.created_at, r.completed_at, r.network, r.phase, dict(r.ratings))


@pytest.mark.parametrize("network", [None, "URBAN farming", "Ældrenetværket", "Ingen sådan"])
def test_the_stream_gives_what_the_list_gives_in_the_same_order(mixed, network):
    with Store.open(create=False) as store:
        whole = [_key(r) for r in store.reflections(network=network, text=False)]
        streamed = [_key(r) for r in store.stream(network, text=False)]
        oldest = [_key(r) for r in store.stream(network, oldest_first=True, text=False)]
        small = [_key(r) for r in store.walk(*(store._network_where(network) or ("0", ())), text=False, batch=2)]
    assert streamed == whole
    assert oldest == whole[::-1]
    assert small == whole
    assert (network == "Ingen sådan") == (not whole)


def test_the_stream_reads_one_batch_before_giving_the_first_reflection(mixed, monkeypatch):
    """Lazy: the first reflection comes after one batch is read, not after the whole store."""
    read: list[int] = []
    original = Store._load_ids

    def counting(self, rids, text=True):
        read.append(len(rids))
        return original(self, rids, text=text)

    monkeypatch.setattr(Store, "_load_ids", counting)
    with Store.open(create=False) as store:
        walk = store.walk(text=False, batch=4)
        first = next(walk)
        assert read == [4], read
        assert first.id == "r00011"  # the newest (December)
        rest = list(walk)
    assert len(rest) == 24
    assert len(read) == 7 and max(read) == 4


def test_text_history_and_trend_never_read_the_whole_list(cli, mixed, monkeypatch):
    """The history and trend as text and JSON are written from the stream; the whole list is
    read only for the pages (HTML, PDF), and --limit reads only the newest."""

    def whole(*args, **kwargs):
        raise AssertionError("read every reflection at once")

    monkeypatch.setattr(Store, "reflections", whole)
    for args in (["history"], ["history", "--network", "urban farming"], ["history", "--competence", "1"],
                 ["history", "--competence", "2", "--network", "Ældrenetværket"], ["history", "--format", "json"],
                 ["history", "--competence", "1", "--format", "json"]):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)


@pytest.mark.parametrize("args", [["history"], ["history", "--lang", "en"], ["history", "--network", "urban farming"],
                                  ["history", "--competence", "1"], ["history", "--competence", "3", "--lang", "en"],
                                  ["history", "--competence", "2", "--network", "Ældrenetværket"]])
def test_drawn_in_small_pieces_the_text_is_what_one_piece_gives(cli, mixed, monkeypatch, args):
    """Rows drawn a few at a time (CHUNK) read exactly as the table drawn whole: the same
    widths, the same header once, the notes after the last row."""
    from netleder.formats import terminal

    whole = cli(*args, env={"COLUMNS": "72"})
    monkeypatch.setattr(terminal, "CHUNK", 3)
    pieces = cli(*args, env={"COLUMNS": "72"})
    assert whole.exit_code == pieces.exit_code == 0
    assert pieces.stdout == whole.stdout
    assert pieces.stdout.count("\n") > 12  # more rows than one piece holds


def test_the_streamed_history_is_the_listed_one(cli, mixed):
    """The stream (no --limit) and the list (--limit, read whole) draw the same rows."""
    streamed = cli("history", env={"COLUMNS": "90"}).stdout
    listed = cli("history", "--limit", "1000", env={"COLUMNS": "90"}).stdout
    assert streamed == listed
    assert "\nr00005 " in streamed and "r00005-" not in streamed  # a long id by its shortest unique prefix


def test_long_ids_read_as_a_stream_get_the_prefixes_of_the_whole_list():
    from netleder.views.history import long_prefixes, short_ids

    ids = ["abcdef", "abcdefgh-1", "abcdefgh-2", "abcdefgh-20", "zz", "mmmmmmmmmmmm", "mmmmmmmmmmmn", "q" * 30]
    whole = short_ids(ids)
    streamed = long_prefixes(sorted(ids))
    assert streamed == {rid: shown for rid, shown in whole.items() if len(rid) > 8}
    assert len(set(whole.values())) == len(ids)


def test_plain_pieces_are_plain_text_of_the_whole():
    from rich.console import Group
    from rich.text import Text

    from netleder.output import plain_pieces, plain_text

    parts = [Text("Overskrift"), Text(""), Text("a\nb"), Text(""), Text("noter"), Text(""), Text("")]
    assert "".join(plain_pieces(parts, 40)) == plain_text(Group(*parts), 40)
    assert "".join(plain_pieces([Text("")], 40)) == plain_text(Text(""), 40)


@pytest.mark.parametrize("network", [[], ["--network", "Ældrenetværket"]])
def test_the_streamed_json_is_the_json_of_the_whole_list(cli, mixed, network):
    import json

    streamed = cli("history", "--format", "json", *network).stdout
    listed = cli("history", "--format", "json", "--limit", "1000", *network).stdout
    assert streamed == listed
    assert len(json.loads(streamed)["reflections"]) == (25 if not network else 6)
    trend = json.loads(cli("history", "--competence", "1", "--format", "json", *network).stdout)
    assert trend["competence"] == IDS[0] and trend["points"]
    assert [p["created_at"] for p in trend["points"]] == sorted(p["created_at"] for p in trend["points"])


def test_json_in_pieces_is_json_whole():
    from netleder.formats.json import dumps, dumps_listed

    items = [{"a": 1, "tekst": "æ\x1b[31m"}, {"b": [1, 2], "c": {"d": None}}]
    for head in ({}, {"competence": "x"}):
        for listed in ([], items[:1], items):
            assert "".join(dumps_listed(head, "points", iter(listed))) == dumps({**head, "points": listed})


def test_measuring_a_long_view_keeps_only_the_cells_that_recur():
    """Measuring rows for a streamed history keeps the repeated cells (a network, a title) to
    measure them once, never a cell that is new in every row (a date, in a column that wraps
    only when the terminal is narrow): memory stays flat however many rows pass."""
    from netleder.formats.terminal_layout import LineTable, Measure, cell

    network = cell("Urban farming i Albertslund")
    table = LineTable(["Dato", "Id", "Netværk"], [], flex=(2,), tight=(0,))
    measure = Measure(table)
    for i in range(2_000):
        measure.add([cell(f"{1 + i % 28}. marts 2025 kl. 10.{i % 60:02d}"), cell(f"id{i:04d}"), network])
    assert len(measure._seen) == 1  # the network's one cell
    assert measure.longest[0] == len("marts") and measure.longest[2] == len("Albertslund")
