"""The store as a whole: bulk import (one transaction, all or nothing), the oldest-first walk
an export reads in batches, and the full check (`netleder check`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from netleder.errors import StoreError
from netleder.reflection import Reflection
from netleder.safe_text import short
from netleder.store.base import OLDEST_FIRST, Corrupt
from netleder.store.files import private_files
from netleder.store.loading import Loading
from netleder.store.reflections import insert_reflection
from netleder.store.snapshots import drop_orphan_snapshots, put_snapshot


class Transfer(Loading):
    """Many reflections at once: in (import), out (export), and checked."""

    def save_whole(self, reflection: Reflection) -> None:
        """Insert a complete reflection, all tables in one transaction. Its id must be unused."""
        self.save_many([reflection], skip_existing=False)

    def save_many(self, reflections: Iterable[Reflection], *, skip_existing: bool = True) -> tuple[int, int]:
        """Insert reflections in ONE transaction (an import is all or nothing): (saved, skipped).

        A reflection whose id is already stored is skipped, or with skip_existing=False
        fails the whole transaction with StoreError.
        """
        saved = skipped = 0
        with self._write() as c:
            for r in reflections:
                if c.execute("SELECT 1 FROM reflections WHERE id = ?", (r.id,)).fetchall():
                    if not skip_existing:
                        raise StoreError("store.id_taken", id=short(r.id), path=self.path)
                    skipped += 1
                    if r.lost_texts is None:  # its snapshot may restore a damaged copy (same digest)
                        put_snapshot(c, r.snapshot)
                    continue
                insert_reflection(c, r)
                saved += 1
            drop_orphan_snapshots(c)
        self._snapshot_cache.clear()  # a damaged one may have been restored
        return saved, skipped

    def iter_all(self, *, batch: int = 200) -> Iterator[Reflection]:
        """Every reflection, oldest first, `batch` at a time: memory does not grow with the store."""
        walked: set[str] = set()  # ids only: a few MB at 100,000 reflections
        after = None
        while True:
            try:
                if after is None:  # first those without a readable date (damaged: to be reported)
                    rows = self._raw("SELECT julianday(created_at), created_at, rowid, id FROM reflections "
                                     "WHERE julianday(created_at) IS NULL")
                    rows += self._raw(f"SELECT julianday(created_at), created_at, rowid, id FROM reflections "
                                      f"WHERE julianday(created_at) IS NOT NULL ORDER BY {OLDEST_FIRST} LIMIT ?",
                                      (batch,))
                else:
                    # the first term lets SQLite seek in the time index (the row value alone scans it)
                    rows = self._raw(f"SELECT julianday(created_at), created_at, rowid, id FROM reflections "
                                     f"WHERE julianday(created_at) >= ? AND (julianday(created_at), created_at, rowid) "
                                     f"> (?, ?, ?) ORDER BY {OLDEST_FIRST} LIMIT ?", (after[0], *after, batch))
            except Corrupt:  # the walk cannot go on: the rest, one by one (damage contained)
                rest = self._load("1") if after is None else self._load(
                    "(julianday(r.created_at), r.created_at, r.rowid) > (?, ?, ?)", after)
                yield from reversed([r for r in rest if r.id not in walked])
                return
            if not rows:
                break
            dated = [row for row in rows if row[0] is not None]
            next_after = tuple(dated[-1][:3]) if dated else None
            rows = [(row[2], row[3]) for row in rows]
            walked.update(rid for _, rid in rows if isinstance(rid, str))
            found = {r.id: r for r in self._load_ids([rid for _, rid in rows if isinstance(rid, str)])}
            for _, rid in rows:
                if rid in found:
                    yield found[rid]
                else:  # the table has it, but it cannot be read whole
                    self._note_damage(rid, "rows")
            if next_after is None:
                break
            after = next_after
        # A damaged page can hide rows from the walk without an error: the id index says so.
        try:
            counted = self._raw("SELECT count(*) FROM reflections INDEXED BY sqlite_autoindex_reflections_1")
        except Corrupt:
            return
        indexed = counted[0][0] if counted else 0
        if indexed != len(walked):
            missing = [rid for (rid,) in self._raw("SELECT id FROM reflections ORDER BY id") if rid not in walked]
            yield from reversed(self._load_ids([rid for rid in missing if isinstance(rid, str)]))

    def quick_check(self) -> bool:
        """SQLite's quick check of the whole file (its cost grows with the store: only before
        bulk writes and in `netleder check`)."""
        try:
            rows = self._raw("PRAGMA quick_check(1)")
        except Corrupt:
            return False
        return not rows or rows[0][0] == "ok"

    def check(self) -> dict:
        """A full check (the one command that costs time with the store's size): SQLite's own
        integrity check, then every reflection read and checked. Returns what was found."""
        problems: list[str] = []
        try:
            with private_files():
                rows = self._conn.execute("PRAGMA integrity_check(20)").fetchall() if self._conn else [("ok",)]
            problems = [str(row[0]) for row in rows if row[0] != "ok"]
        except sqlite3.Error:
            problems = ["integrity_check failed"]
        readable = sum(1 for _ in self.iter_all())  # in batches: memory stays flat
        feedback = len(self.feedback_list())  # type: ignore[attr-defined]  # (FeedbackStore's: Store has both)
        return {"sqlite_ok": not problems, "readable": readable, "feedback_readable": feedback,
                "damaged": dict(self.damaged), "texts_lost": dict(self.texts_lost)}
