"""The content snapshots reflections share: each version of the content a reflection was made
with is stored once, keyed by the SHA-256 digest of its JSON, and read back checked against
that digest.

Because one snapshot row serves many reflections, its damage must not take their answers with
it: a reflection whose snapshot cannot be read is still read, with a stand-in that names its
competences by id (with the current content's titles where the ids match) and is marked
`lost_texts` (the digest of the texts that could not be read). Any intact copy with the same
digest (the current content, a record being imported) restores the row when it is written.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from netleder.content.model import Text
from netleder.reflection import CompetenceSnapshot, Snapshot

Shape = list[tuple[str, int]]  # (competence id, number of questions), in the snapshot's order

DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")
LOST = "lost"  # the key of the row for reflections whose digest is not even known
_UNKNOWN = Text(da="", en="")


def sha256(data: bytes) -> str:
    """The SHA-256 digest of `data` in hex, by Python's own implementation where it has one:
    hashlib loads OpenSSL, some 3 ms of every start that reads a reflection (a snapshot of some
    12 kB is hashed in well under a millisecond either way)."""
    global _SHA256
    if _SHA256 is None:
        from importlib import import_module

        for name in ("_sha2", "_sha256", "hashlib"):  # 3.12 and later; 3.10 and 3.11; a Python without them
            try:
                _SHA256 = import_module(name).sha256
                break
            except (ImportError, AttributeError):
                continue
    assert _SHA256 is not None  # (hashlib always has it)
    digest: str = _SHA256(data).hexdigest()
    return digest


_SHA256: Callable[[bytes], Any] | None = None


def snapshot_json(snapshot: Snapshot) -> tuple[str, str]:
    """The JSON a snapshot is stored as, and its digest (the key reflections refer to it by)."""
    text = json.dumps(snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text, sha256(text.encode("utf-8"))


def put_snapshot(c: sqlite3.Connection, snapshot: Snapshot) -> str:
    """Store a snapshot once; a row with the same digest whose text is not this (damaged) is
    restored, since the digest says what it must be."""
    text, key = snapshot_json(snapshot)
    c.execute("INSERT INTO snapshots VALUES (?, ?) ON CONFLICT (hash) DO UPDATE SET json = excluded.json "
              "WHERE snapshots.json IS NOT excluded.json", (key, text))
    return key


def put_lost(c: sqlite3.Connection, digest: str) -> str:
    """The row for a reflection whose snapshot's texts are lost (imported from an export that
    had only its digest): kept empty until an intact copy with that digest is written."""
    key = digest if DIGEST_RE.match(digest) else LOST
    c.execute("INSERT OR IGNORE INTO snapshots VALUES (?, 'null')", (key,))
    return key


def drop_orphan_snapshots(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM snapshots WHERE hash NOT IN (SELECT snapshot FROM reflections)")


def shape_of(snapshot: Snapshot) -> Shape:
    return [(c.id, len(c.questions)) for c in snapshot.competences]


def read_snapshot(key: object, blob: object) -> tuple[Snapshot, Shape] | None:
    """A stored snapshot's JSON, checked against its digest and as an export's is, with its
    shape; None if it cannot be read as it was saved."""
    if not isinstance(blob, str) or not isinstance(key, str):
        return None
    try:
        if DIGEST_RE.match(key) and sha256(blob.encode("utf-8")) != key:
            return None  # (every netleder keys its snapshots so; another key cannot be checked)
        data = json.loads(blob)
    except (ValueError, RecursionError, UnicodeEncodeError):
        return None
    from netleder.shape_check import ShapeCheck

    checker = ShapeCheck()
    snapshot = checker.snapshot(data, "snapshot")
    if checker.problems or snapshot is None or not snapshot.competences or not snapshot.scale:
        return None
    return snapshot, shape_of(snapshot)


def stand_in(cids: list[str], answered: dict[str, int], values: set[int], current: Snapshot | None) -> Snapshot:
    """A snapshot for a reflection whose own cannot be read: its competences (`cids`, in the
    current content's order where it has them) by id, with the current content's numbers and
    titles where the ids match; no descriptions or questions (those of that time are not
    known: each answer keeps its place); the current scale when every rating is on it."""
    known = {c.id: c for c in current.competences} if current is not None else {}
    order = [c for c in known if c in cids] + [c for c in cids if c not in known]
    competences = []
    for cid in order:
        now = known.get(cid)
        competences.append(CompetenceSnapshot(
            cid, now.number if now is not None else 0, now.title if now is not None else Text(da=cid, en=cid),
            _UNKNOWN, (_UNKNOWN,) * answered.get(cid, 0)))
    if current is not None and values <= set(current.scale_values):
        scale = current.scale
    else:
        scale = tuple((v, Text(da=str(v), en=str(v))) for v in sorted(values))
    return Snapshot(scale, tuple(competences))
