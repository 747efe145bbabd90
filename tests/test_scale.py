"""Fixed jobs stay flat as the store grows (issue 24): counted in SQLite's own steps, not timed."""

from __future__ import annotations

import sqlite3

from builders import make, seed
from netleder.store.database import Store
from netleder.store.files import DB_NAME


def _grow(path, copies: int) -> None:
    """`copies` more reflections like the stored ones (rows of the reflections table only)."""
    conn = sqlite3.connect(path)
    with conn:
        for n in range(copies):
            conn.execute("INSERT INTO reflections (id, created_at, updated_at, completed_at, lang, network, "
                         "network_type, phase, snapshot) SELECT id || ?, created_at, updated_at, completed_at, "
                         "lang, network, network_type, phase, snapshot FROM reflections WHERE length(id) = 6",
                         (f"-{n}",))
    conn.close()


def _steps(call) -> tuple[int, object]:
    with Store.open() as store:
        count = [0]

        def step() -> int:
            count[0] += 1
            return 0

        store._conn.set_progress_handler(step, 1)
        result = call(store)
        store._conn.set_progress_handler(None, 1)
    return count[0], result


def test_network_names_do_not_read_every_reflection(home):
    """The wizard's completions: index seeks per network name, whatever the number of
    reflections (they read every reflection before: 228 ms at 100,000)."""
    seed(home,
         make("aaaaaa", "2024-01-01T10:00:00+01:00", network="Netværk A"),
         make("bbbbbb", "2024-02-01T10:00:00+01:00", network="netværk-b"),
         make("cccccc", "2024-03-01T10:00:00+01:00", network="NETVÆRK  A"),
         make("dddddd", "2024-04-01T10:00:00+01:00"))
    few, names = _steps(lambda s: s.network_names())
    assert names == ["NETVÆRK  A", "netværk-b"]
    _grow(home / DB_NAME, 500)  # 2,004 reflections
    many, names_then = _steps(lambda s: s.network_names())
    assert names_then == names
    assert many <= few * 1.5 + 50, (few, many)


def _four(folder):
    seed(folder,
         make("aaaaaa", "2024-01-01T10:00:00+01:00", network="Netværk A"),
         make("bbbbbb", "2024-02-01T10:00:00+01:00", network="netværk-b"),
         make("cccccc", "2024-03-01T10:00:00+01:00", network="NETVÆRK  A"),
         make("dddddd", "2024-04-01T10:00:00+01:00"))


def test_the_newest_few_are_read_through_the_index(home):
    _four(home)
    few, found = _steps(lambda s: s.newest(2, text=False))
    assert [r.id for r in found] == ["dddddd", "cccccc"]
    both_spellings = _steps(lambda s: s.newest(5, "netværk a", text=False))[1]
    assert [r.id for r in both_spellings] == ["cccccc", "aaaaaa"]
    _grow(home / DB_NAME, 500)
    many, again = _steps(lambda s: s.newest(2, text=False))
    assert [r.id[:6] for r in again] == ["dddddd", "dddddd"]  # its copies are as new (saved later)
    assert many <= few * 1.5 + 50, (few, many)


def test_history_limit(cli, home):
    _four(home)
    shown = cli("history", "--limit", "2", "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    assert [r["id"] for r in __import__("json").loads(shown.stdout)["reflections"]] == ["dddddd", "cccccc"]
    one = cli("history", "--limit", "1", "--network", "netværk a")
    assert one.exit_code == 0 and "cccccc" in one.stdout and "aaaaaa" not in one.stdout
    for bad in ("0", "x", "-3"):
        refused = cli("history", "--limit", bad)
        assert refused.exit_code == 2 and "--limit" in refused.stderr and "Traceback" not in refused.stderr


def test_a_long_history_says_how_to_see_fewer(cli, home):
    _four(home)
    quiet = cli("history")
    assert "--limit" not in quiet.stderr  # four rows: nothing to say
    _grow(home / DB_NAME, 13)  # 56 reflections
    long = cli("history")
    assert long.exit_code == 0
    assert "Det var alle 56 refleksioner, nyeste først" in long.stderr and "--limit 20" in long.stderr
    assert "--network" in long.stderr and "--limit" not in long.stdout
    assert "--limit" not in cli("history", "--limit", "60").stderr
