"""Fixed jobs stay flat as the store grows (issue 24): counted in SQLite's own steps, not timed."""

from __future__ import annotations

import sqlite3

from builders import home, make, seed  # noqa: F401  (home is a fixture)
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


def test_network_names_do_not_read_every_reflection(home):  # noqa: F811 (the fixture)
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
