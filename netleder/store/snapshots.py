"""The content snapshots reflections share: each version of the content a reflection was made
with is stored once (keyed by the digest of its JSON) and read back checked.
"""

from __future__ import annotations

import json
import sqlite3

from netleder.reflection import Snapshot

Shape = list[tuple[str, int]]  # (competence id, number of questions), in the snapshot's order


def put_snapshot(c: sqlite3.Connection, snapshot: Snapshot) -> str:
    import hashlib

    text = json.dumps(snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    c.execute("INSERT OR IGNORE INTO snapshots VALUES (?, ?)", (key, text))
    return key


def drop_orphan_snapshots(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM snapshots WHERE hash NOT IN (SELECT snapshot FROM reflections)")



def read_snapshot(blob: object) -> tuple[Snapshot, Shape] | None:
    """A stored snapshot's JSON, checked as an export's is, with its shape; None if damaged."""
    if not isinstance(blob, str):
        return None
    try:
        data = json.loads(blob)
    except (ValueError, RecursionError):
        return None
    from netleder.shape_check import ShapeCheck

    checker = ShapeCheck()
    snapshot = checker.snapshot(data, "snapshot")
    if checker.problems or snapshot is None or not snapshot.competences or not snapshot.scale:
        return None
    return snapshot, [(c.id, len(c.questions)) for c in snapshot.competences]
