"""The reflection store: the only code that reads or writes the SQLite database.

Drafts are written answer by answer (each in its own transaction), so nothing given is lost
to Ctrl-C, a crash or a closed terminal. Read commands open with create=False and never
create a store.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from netleder.errors import BadInput, Msg, StoreError, msg
from netleder.i18n import LANGS
from netleder.reflection import FOLLOW_UP_STATUSES, FollowUp, Reflection, Snapshot, new_id, now_iso
from netleder.safe_text import short
from netleder.store.connection import connect, error_kind, failure, rollback
from netleder.store.files import (
    creatable,
    forget_damage,
    inspect,
    make_dir,
    note_damage,
    private_files,
    read_damage,
    same_side_files,
    secure,
    secure_database,
    side_file_ids,
    store_path,
    tighten,
    writable,
)
from netleder.store.networks import distinct_names, network_key
from netleder.store.schema import SCHEMA_VERSION, migrate

NEWEST_FIRST = "julianday(r.created_at) DESC, r.created_at DESC, r.rowid DESC"
OLDEST_FIRST = "julianday(created_at), created_at, rowid"


class _WizardQueries:
    """Reads and files the wizard needs (networks, drafts, editor files, locks): kept in a
    block of their own, mixed into Store below."""

    # --- networks: one notion of "this network" (store/networks.py) ------------------------

    def network_names(self) -> list[str]:
        """The networks named in any reflection, newest first, one spelling each (the newest)."""
        rows = self._read(f"SELECT r.network FROM reflections r WHERE r.network IS NOT NULL ORDER BY {NEWEST_FIRST}")
        return distinct_names(row[0] for row in rows)

    def match_network(self, name: str) -> str:
        """The stored name of the network `name` means (case, spacing and dashes ignored).

        BadInput listing the known names when no reflection has that network.
        """
        key = network_key(name)
        known = self.network_names()
        for stored in known:
            if network_key(stored) == key:
                return stored
        if not known:
            raise BadInput("network.unknown_none", network=short(name))
        shown = [msg("network.quoted", name=short(n)) for n in known[:10]]
        if len(known) > 10:
            shown.append(msg("store.more", count=len(known) - 10))
        raise BadInput("network.unknown", network=short(name), known=msg("list.comma", items=shown))

    def latest_complete_of(self, network: str | None, exclude: str | None = None) -> Reflection | None:
        """The newest complete reflection of this network; with no network named, of those without
        one (they are a group of their own, as in `compare`)."""
        for rid in self._newest_complete_of(network, exclude):  # walked back only as far as needed
            found = self._load_ids([rid])
            if found:  # a damaged one is skipped (and named by the command)
                return found[0]
        return None

    def latest_ratings_of(self, network: str | None, cids, exclude: str | None = None,
                          with_snapshot: bool = False) -> dict:
        """The most recent rating of each competence among this network's complete reflections
        (no network named: those without one), newest first. Stops as soon as every competence
        in `cids` has one, so it usually reads one or two reflections however many there are.
        With `with_snapshot`, each value comes as (value, the snapshot it was rated on), so it
        can be named by the scale it was answered on."""
        wanted, found = set(cids), {}
        for rid in self._newest_complete_of(network, exclude):
            for r in self._load_ids([rid], text=False):
                for cid, value in r.ratings.items():
                    if value is not None:
                        found.setdefault(cid, (value, r.snapshot) if with_snapshot else value)
            if wanted <= found.keys():
                break
        return found

    def _newest_complete_of(self, network: str | None, exclude: str | None, batch: int = 50):
        """Ids of this network's complete reflections, newest first, read in growing batches."""
        key = network_key(network) if network and network.strip() else None
        offset = 0
        while True:
            rows = self._read(
                f"SELECT r.id, r.network FROM reflections r WHERE r.completed_at IS NOT NULL AND r.id IS NOT ? "
                f"ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?", (exclude, batch, offset))
            if not rows:
                return
            offset += len(rows)
            for rid, name in rows:
                name_key = network_key(name) if isinstance(name, str) and name.strip() else None
                if name_key == key and isinstance(rid, str):
                    yield rid
            batch = min(batch * 4, 5000)

    def drafts(self) -> list[Reflection]:
        """Every unfinished reflection, newest first (without the leader's text)."""
        return self._load("r.completed_at IS NULL", text=False)

    # --- files beside the database: draft locks and editor files (store/locks.py) ---------

    @property
    def folder(self) -> Path:
        return self.path.parent


class Store(_WizardQueries):
    """The reflections on this machine. Open with `Store.open()`; use as a context manager."""

    def __init__(self, path: Path, conn: sqlite3.Connection | None, readonly: bool = False,
                 deferred: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._deferred = deferred
        self._side_ids = side_file_ids(path) if conn is not None and not readonly else {}
        self._damage_noted = False
        self.damaged: dict[str, str] = {}  # reflection id (or "?n") -> the part that is damaged
        self._snapshot_cache: dict = {}

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True,
             defer: bool = False) -> Store:
        """Open (and with `create`, make or upgrade) the store. Raises StoreError if unusable.

        With `defer`, a store that does not exist yet is created by the first write rather
        than now (the wizard shows its first question without waiting for a new database);
        that its folder can be made is still checked now.
        """
        path = Path(path).absolute() if path is not None else store_path().absolute()
        secure(path)  # before SQLite opens any of its files
        version = inspect(path)  # None: no file; 0: empty; raises for unusable files
        if version is not None:
            secure_database(path)
        if not version and create and defer:
            if not creatable(path.parent) or (version == 0 and not writable(path)):
                raise StoreError("store.readonly", path=path)
            return cls(path, None, deferred=True)
        if not version and not create:
            return cls(path, None)
        if version is None:
            make_dir(path.parent)
        readonly = not (writable(path.parent) and (version is None or writable(path)))
        if readonly and (create or version < SCHEMA_VERSION):
            raise StoreError("store.readonly", path=path)
        conn = None
        try:
            with private_files():
                conn = connect(path, "ro" if readonly else "rw" if version is not None else "rwc")
                if not readonly:
                    conn.execute("PRAGMA journal_mode = WAL").fetchall()
                    migrate(conn, path)
                    tighten(path)
        except BaseException as e:
            if conn is not None:
                conn.close()
            if isinstance(e, (sqlite3.Error, OSError, UnicodeDecodeError)):
                raise failure("store.open_failed", path, e) from None
            raise
        return cls(path, conn, readonly)

    def close(self) -> None:
        if self._conn is not None:
            with private_files():
                self._conn.close()
            self._conn = None
        if self.damaged and not self._damage_noted:
            self._damage_noted = True
            note_damage(self.path, list(self.damaged))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing --------------------------------------------------------------------------

    def _read(self, sql: str, params: Iterable = ()) -> list[tuple]:
        if self._conn is None:
            return []
        try:
            with private_files():
                return self._conn.execute(sql, tuple(params)).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as e:
            raise failure("store.read_failed", self.path, e) from None

    @contextmanager
    def _write(self, *, removing: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction, committed (and fsynced) on leaving; any failure rolls it back.

        A store found damaged is never written to, except to remove reflections (`removing`):
        deleting what is private must work on a damaged store too."""
        if self._conn is None and self._deferred:
            opened = Store.open(self.path)
            self._conn, self.readonly, self._deferred = opened._conn, opened.readonly, False
            self._side_ids = opened._side_ids
        if self._conn is None:
            raise RuntimeError("this store was opened with create=False and has no file; open it with create=True")
        if self.readonly:
            raise StoreError("store.readonly", path=self.path)
        if self.damaged and not removing:  # never write into a store found damaged (now, or before)
            raise StoreError("store.damaged_no_write", path=self.path, count=len(self.damaged))
        noted = read_damage(self.path).get("ids") if not removing else None
        if noted:
            raise StoreError("store.damaged_no_write", path=self.path, count=len(noted))
        if not same_side_files(self.path, self._side_ids):
            raise StoreError("store.files_replaced", path=self.path)
        conn = self._conn
        with private_files():
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    rollback(conn)
                    raise
            except (sqlite3.Error, OSError) as e:
                raise failure("store.write_failed", self.path, e) from None
            # Move what was just written into the database file at once: an empty -wal holds
            # nothing that could be lost if the side files are removed under this process.
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error:
                pass  # another reader holds the WAL: SQLite checkpoints later

    def _touch(self, c: sqlite3.Connection, rid: str) -> None:
        if not c.execute("UPDATE reflections SET updated_at = ? WHERE id = ?", (now_iso(), rid)).rowcount:
            raise StoreError("store.gone", id=short(rid), path=self.path)

    def _unused_id(self) -> str:
        while self.exists(rid := new_id()):
            pass
        return rid

    # --- writing ---------------------------------------------------------------------------

    def create_draft(
        self,
        lang: str,
        snapshot: Snapshot,
        *,
        network: str | None = None,
        network_type: str | None = None,
        phase: str | None = None,
    ) -> Reflection:
        created = now_iso()
        draft = Reflection(
            id="", created_at=created, updated_at=created, lang=lang, snapshot=snapshot,
            network=network, network_type=network_type, phase=phase,
        )
        with self._write() as c:
            draft.id = self._unused_id()
            _insert(c, draft)
        return self.get(draft.id)

    def set_context(self, rid: str, network: str | None, network_type: str | None, phase: str | None) -> None:
        with self._write() as c:
            self._touch(c, rid)
            c.execute(
                "UPDATE reflections SET network = ?, network_type = ?, phase = ? WHERE id = ?",
                (_text(network), network_type, phase, rid),
            )

    def set_scope(self, rid: str, snapshot: Snapshot) -> None:
        """Replace the snapshot. Answers and ratings outside the new scope are kept, not shown."""
        with self._write() as c:
            self._touch(c, rid)
            c.execute("UPDATE reflections SET snapshot = ? WHERE id = ?", (_put_snapshot(c, snapshot), rid))
            _drop_orphan_snapshots(c)

    def save_answer(self, rid: str, cid: str, idx: int, text: str | None) -> None:
        """Store answer `idx` (0-based) to competence `cid` exactly as given; "" or None clears it."""
        with self._write() as c:
            self._touch(c, rid)
            if text:
                c.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", (rid, cid, idx, _text(text)))
            else:
                c.execute(
                    "DELETE FROM answers WHERE reflection_id = ? AND competence_id = ? AND idx = ?", (rid, cid, idx)
                )

    def save_rating(self, rid: str, cid: str, value: int | None) -> None:
        """Store a rating; None clears it (the competence was skipped)."""
        with self._write() as c:
            self._touch(c, rid)
            if value is None:
                c.execute("DELETE FROM ratings WHERE reflection_id = ? AND competence_id = ?", (rid, cid))
            else:
                c.execute("INSERT OR REPLACE INTO ratings VALUES (?, ?, ?)", (rid, cid, int(value)))

    def save_next_step(self, rid: str, cid: str, text: str | None) -> None:
        """Store a next step exactly as given; "" or None deletes it."""
        with self._write() as c:
            self._touch(c, rid)
            if text:
                c.execute("INSERT OR REPLACE INTO next_steps VALUES (?, ?, ?)", (rid, cid, _text(text)))
            else:
                c.execute("DELETE FROM next_steps WHERE reflection_id = ? AND competence_id = ?", (rid, cid))

    def save_follow_up(self, rid: str, follow_up: FollowUp) -> None:
        """Store how a next step went, replacing any earlier one for the same competence."""
        with self._write() as c:
            self._touch(c, rid)
            _put_follow_up(c, rid, follow_up)

    def complete(self, rid: str) -> None:
        """Mark a draft complete (keeps the first completion time if it already is)."""
        with self._write() as c:
            self._touch(c, rid)
            c.execute("UPDATE reflections SET completed_at = coalesce(completed_at, ?) WHERE id = ?", (now_iso(), rid))

    def discard(self, rid: str) -> None:
        """Throw a draft (or any reflection) away, as thoroughly as `delete`."""
        self.delete([rid])

    def unused_id(self) -> str:
        """A fresh id not used by any stored reflection (for `save_whole`)."""
        return self._unused_id()

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
                    continue
                _insert(c, r)
                saved += 1
        return saved, skipped

    def delete(self, rids: Iterable[str]) -> int:
        """Delete reflections by full id, so that their text is gone from the files too.

        One transaction with secure_delete on (freed content is zeroed), then the WAL is
        checkpointed and truncated, and the file vacuumed. If another netleder is reading at
        that moment, the WAL keeps old pages until the last connection closes (SQLite then
        checkpoints and removes it). Unknown ids are ignored. Returns how many were deleted.
        """
        rids = list(rids)
        if self._conn is None or not rids:
            return 0
        with self._write(removing=True) as c:
            n = sum(c.execute("DELETE FROM reflections WHERE id = ?", (rid,)).rowcount for rid in rids)
            # A later reflection's follow-up quotes the deleted one's next step: it goes too.
            c.executemany("DELETE FROM follow_ups WHERE from_id = ?", [(rid,) for rid in rids])
            _drop_orphan_snapshots(c)
        self._scrub()
        _remove_draft_files(self.folder, rids)
        forget_damage(self.path, rids)
        for rid in rids:
            self.damaged.pop(rid, None)
        return n

    def delete_all(self) -> int:
        if self._conn is None:
            return 0
        with self._write(removing=True) as c:
            n = c.execute("DELETE FROM reflections").rowcount
            c.execute("DELETE FROM snapshots")
        self._scrub()
        _remove_draft_files(self.folder, None)
        forget_damage(self.path, None)
        self.damaged.clear()
        return n

    def _scrub(self) -> None:
        # Best effort by design: the delete has committed, and secure_delete already zeroed
        # the text in the pages; this removes the older copies in the WAL and compacts.
        with private_files():
            for sql in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
                try:
                    self._conn.execute(sql).fetchall()
                except sqlite3.Error:
                    pass

    # --- reading ---------------------------------------------------------------------------
    #
    # Damage is contained record by record: a row SQLite cannot read, or a value that is not
    # what netleder wrote (an empty snapshot, a text rating, a blob answer), makes only that
    # reflection "damaged": it is skipped and noted in `self.damaged` (id -> which part), and
    # every other reflection is returned as usual. A store with damage found is never written.

    def exists(self, rid: str) -> bool:
        return bool(self._read("SELECT 1 FROM reflections WHERE id = ?", (rid,)))

    def any(self) -> bool:
        """Whether any reflection is stored (constant cost, unlike count())."""
        return bool(self._read("SELECT 1 FROM reflections LIMIT 1"))

    def count(self, *, include_drafts: bool = True) -> int:
        rows = self._read("SELECT count(*) FROM reflections")  # the id index, not the table
        total = rows[0][0] if rows else 0
        return total if include_drafts else total - self.count_drafts()

    def count_drafts(self) -> int:
        rows = self._read("SELECT count(*) FROM reflections WHERE completed_at IS NULL")  # the drafts' index
        return rows[0][0] if rows else 0

    def get(self, rid: str) -> Reflection:
        """The reflection with this exact id; BadInput if there is none (see `resolve`),
        StoreError if it is damaged."""
        found = self._load_ids([rid])
        if not found:
            if rid in self.damaged:
                raise StoreError("store.record_damaged", id=rid, path=self.path)
            raise self._unknown(rid)
        return found[0]

    def latest_draft(self) -> Reflection | None:
        """The newest unfinished reflection (to offer to resume); damaged ones are skipped."""
        return self._newest_readable("r.completed_at IS NULL")

    def latest_complete(self, exclude: str | None = None) -> Reflection | None:
        """The newest complete reflection, other than `exclude` (an id); damaged ones are skipped."""
        return self._newest_readable("r.completed_at IS NOT NULL AND r.id IS NOT ?", (exclude,))

    def latest(self) -> Reflection:
        """What `latest` names: the newest complete readable reflection, else the newest draft."""
        found = self.latest_complete() or self.latest_draft()
        if found is None:
            if self.damaged:
                raise StoreError("store.all_damaged", path=self.path)
            raise BadInput("store.none_yet")
        return found

    def newest_ids(self, limit: int, *, include_drafts: bool = False) -> list[str]:
        """The ids of the newest `limit` reflections (complete only, unless include_drafts)."""
        where = "1" if include_drafts else "r.completed_at IS NOT NULL"
        rows = self._read(f"SELECT r.id FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST} LIMIT ?", (limit,))
        return [row[0] for row in rows]

    def newest_complete_in(self, network: str | None, limit: int, exclude: str | None = None,
                           batch: int = 50) -> list[str]:
        """Like newest_complete, within one network (`network` matched ignoring case and spacing;
        None: reflections without a network). Walks back in batches only as far as needed."""
        key = _norm(network) if network is not None else None
        out: list[str] = []
        offset = 0
        while len(out) < limit:
            rows = self._read(
                f"SELECT r.id, r.network FROM reflections r WHERE r.completed_at IS NOT NULL "
                f"ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?", (batch, offset))
            if not rows:
                break
            offset += len(rows)
            for rid, name in rows:
                same = name is None if key is None else isinstance(name, str) and _norm(name) == key
                if same and rid != exclude and self._load_ids([rid]):
                    out.append(rid)
                    if len(out) == limit:
                        break
            batch = min(batch * 4, 5000)
        return out

    def previous_complete_in(self, rid: str, network: str, batch: int = 50) -> Reflection | None:
        """The newest complete, readable reflection of `network` (matched ignoring case and
        spacing) that comes before reflection `rid` in time: walked back from `rid` through the
        time index, only as far as needed."""
        here = self._read("SELECT julianday(created_at), created_at, rowid FROM reflections WHERE id = ?", (rid,))
        if not here or here[0][0] is None:
            return None
        key, after = _norm(network), tuple(here[0])
        while True:
            rows = self._read(
                "SELECT r.id, r.network, julianday(r.created_at), r.created_at, r.rowid FROM reflections r "
                "WHERE r.completed_at IS NOT NULL AND (julianday(r.created_at), r.created_at, r.rowid) < (?, ?, ?) "
                f"ORDER BY {NEWEST_FIRST} LIMIT ?", (*after, batch))
            if not rows:
                return None
            for found, name, *_ in rows:
                if isinstance(name, str) and _norm(name) == key:
                    loaded = self._load_ids([found])
                    if loaded:
                        return loaded[0]
            after = tuple(rows[-1][2:])
            batch = min(batch * 4, 5000)

    def latest_ratings(self, cids: Iterable[str], look_back: int = 50) -> dict[str, int]:
        """The most recent rating of each competence in `cids` among complete reflections.

        Walks back from the newest and stops as soon as every competence has a rating, so it
        reads one or two reflections in the usual case, and at most `look_back`.
        """
        wanted = set(cids)
        found: dict[str, int] = {}
        for rid in self.newest_ids(look_back):
            for r in self._load_ids([rid], text=False):
                for cid, value in r.ratings.items():
                    if cid in wanted and value is not None:
                        found.setdefault(cid, value)
            if wanted <= found.keys():
                break
        return found

    def list(self, network: str | None = None, include_drafts: bool = True, *, text: bool = True) -> list[Reflection]:
        """Reflections newest first; `network` matches the name ignoring case and spacing.

        One query per table however many reflections there are. With text=False the
        leader's own text (answers, next steps, follow-ups) is not read and those fields are
        left empty: enough for a history listing or a trend, and much lighter.
        """
        found = self._load("1" if include_drafts else "r.completed_at IS NOT NULL", text=text)
        if network is not None:
            key = _norm(network)
            found = [r for r in found if r.network is not None and _norm(r.network) == key]
        return found

    def iter_all(self, *, batch: int = 200) -> Iterator[Reflection]:
        """Every reflection, oldest first, `batch` at a time: memory does not grow with the store."""
        walked = set()  # ids only: a few MB at 100,000 reflections
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
                    rows = self._raw(f"SELECT julianday(created_at), created_at, rowid, id FROM reflections "
                                     f"WHERE (julianday(created_at), created_at, rowid) > (?, ?, ?) "
                                     f"ORDER BY {OLDEST_FIRST} LIMIT ?", (*after, batch))
            except _Corrupt:  # the walk cannot go on: the rest, one by one (damage contained)
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
        except _Corrupt:
            return
        indexed = counted[0][0] if counted else 0
        if indexed != len(walked):
            missing = [rid for (rid,) in self._raw("SELECT id FROM reflections ORDER BY id") if rid not in walked]
            yield from reversed(self._load_ids([rid for rid in missing if isinstance(rid, str)]))

    def resolve(self, ref: str) -> str:
        """A full id from what the user typed: `latest` or a unique id prefix (any case).

        `latest` is the newest complete reflection, or the newest draft if none is complete.
        Unknown, ambiguous, or an empty store: BadInput (exit 2) listing ids to choose from.
        """
        key = ref.strip().lower()
        if not self.any():
            raise BadInput("store.none_yet")
        if key == "latest":
            return self._newest("r.completed_at IS NOT NULL") or self._newest("1")
        rows = self._read(
            f"SELECT r.id, r.created_at, r.completed_at FROM reflections r "
            f"WHERE lower(substr(r.id, 1, ?)) = ? ORDER BY {NEWEST_FIRST}",
            (len(key), key),
        )
        exact = [row for row in rows if row[0].lower() == key]
        if key and (len(rows) == 1 or len(exact) == 1):
            return (exact or rows)[0][0]
        if not key or not rows:
            raise self._unknown(ref)
        raise BadInput("store.ambiguous_id", ref=short(ref), candidates=_describe(rows, 10))

    def is_older(self, a: str, b: str) -> bool:
        """Whether reflection `a` comes before `b` in time (newest-first order, reversed)."""
        rows = self._read(f"SELECT r.id FROM reflections r WHERE r.id IN (?, ?) ORDER BY {NEWEST_FIRST}", (a, b))
        return bool(rows) and rows[0][0] == b

    def describe(self, rids: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        """(id, created_at, completed_at, network) of each id, without reading its text."""
        rids = list(rids)
        out = []
        for i in range(0, len(rids), 500):
            chunk = rids[i:i + 500]
            rows = self._read(
                "SELECT r.id, r.created_at, r.completed_at, r.network FROM reflections r "
                f"WHERE r.id IN ({','.join('?' * len(chunk))}) ORDER BY {NEWEST_FIRST}", chunk)
            out += [tuple(v if isinstance(v, str) else None for v in row) for row in rows]
        return out

    def _unknown(self, ref: str) -> BadInput:
        if not self.any():
            return BadInput("store.none_yet")
        rows = self._read(f"SELECT r.id, r.created_at, r.completed_at FROM reflections r ORDER BY {NEWEST_FIRST} LIMIT 6")
        return BadInput("store.unknown_id", ref=short(ref), recent=_describe(rows, 5))

    def _newest(self, where: str, params: Iterable = ()) -> str | None:
        rows = self._read(f"SELECT r.id FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST} LIMIT 1", params)
        return rows[0][0] if rows else None

    def _newest_readable(self, where: str, params: Iterable = (), look_back: int = 50) -> Reflection | None:
        """The newest reflection matching `where` that can be read, skipping damaged ones."""
        params = tuple(params)
        rows = self._read(
            f"SELECT r.id FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST} LIMIT ?", (*params, look_back)
        )
        for (rid,) in rows:
            found = self._load_ids([rid])
            if found:
                return found[0]
        return None

    def quick_check(self) -> bool:
        """SQLite's quick check of the whole file (its cost grows with the store: only before
        bulk writes and in `netleder check`)."""
        try:
            rows = self._raw("PRAGMA quick_check(1)")
        except _Corrupt:
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
        return {"sqlite_ok": not problems, "readable": readable, "damaged": dict(self.damaged)}

    # --- loading, with damage contained ----------------------------------------------------

    def _note_damage(self, rid: str | None, part: str) -> None:
        key = rid if isinstance(rid, str) and _ID_RE.match(rid) else f"?{len(self.damaged) + 1}"
        self.damaged.setdefault(key, part)

    def _load_ids(self, rids: list[str], text: bool = True) -> list[Reflection]:
        if not rids:
            return []
        marks = ",".join("?" * len(rids))
        found = self._load(f"r.id IN ({marks})", rids, text=text)
        if len(found) < len(rids):  # a damaged index can hide a readable row: one by one
            have = {r.id for r in found}
            for rid in rids:
                if rid not in have:
                    found += self._load_one(rid, "1", (), text)
            found.sort(key=_newest_first_key)
        return found

    def _load_one(self, rid: str, where: str, params: tuple, text: bool) -> list[Reflection]:
        """One reflection (if it matches `where`), through its index and then without it.
        Damage is noted only when the row exists but cannot be read whole by either way."""
        had = rid in self.damaged
        exists = False
        for hint in ("", " NOT INDEXED"):
            try:
                got = self._load_bulk(f"r.id = ? AND ({where})", (rid, *params), text, hint)
                if got:
                    if not had:
                        self.damaged.pop(rid, None)
                    return got
                if self._raw(f"SELECT 1 FROM reflections r{hint} WHERE r.id = ?", (rid,)):
                    exists = True
                    if where != "1" and rid not in self.damaged:
                        return []  # there, readable, and not what was asked for
            except _Corrupt:
                exists = True
        if exists and rid not in self.damaged:
            self._note_damage(rid, "rows")
        return []

    def _load(self, where: str, params: Iterable = (), text: bool = True) -> list[Reflection]:
        """Reflections matching `where` (on alias r), newest first, damaged ones skipped.

        First with one query per table; if SQLite meets a damaged page on the way, again one
        reflection at a time (through the index, then without it), so that only the
        reflections whose own rows cannot be read are lost."""
        params = tuple(params)
        try:
            found = self._load_bulk(where, params, text, "")
            if where != "1":
                return found
            # Everything was asked for: a row the table walk did not meet (a damaged page can
            # hide one without an error) but the id index knows is read on its own, or noted.
            have = {r.id for r in found} | set(self.damaged)
            missing = [rid for (rid,) in self._raw("SELECT id FROM reflections ORDER BY id") if rid not in have]
            if not missing:
                return found
            for rid in missing:
                extra = self._load_ids([rid], text=text) if isinstance(rid, str) else []
                if not extra:
                    self._note_damage(rid, "rows")
                found += extra
            found.sort(key=_newest_first_key)
            return found
        except _Corrupt:
            pass
        ids = self._ids_despite_damage(where, params)
        found: list[Reflection] = []
        for rid in ids:
            found += self._load_one(rid, where, params, text)
        found.sort(key=_newest_first_key)
        return found

    def _ids_despite_damage(self, where: str, params: tuple) -> list[str]:
        """Every id that can still be found: through the table, and through its id index."""
        ids: dict[str, None] = {}
        complete = True
        for sql in (
            f"SELECT r.id FROM reflections r WHERE {where}",
            f"SELECT r.id FROM reflections r NOT INDEXED WHERE {where}",
            "SELECT id FROM reflections ORDER BY id",  # the primary key's index alone
        ):
            try:
                ids.update((rid, None) for (rid,) in self._raw(sql, params if "WHERE" in sql else ()))
            except _Corrupt:
                complete = False
        if not complete and not ids:
            self._note_damage(None, "index")
        return [rid for rid in ids if isinstance(rid, str)]

    def _raw(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Like _read, but a damaged page raises _Corrupt (to be contained by the caller)."""
        if self._conn is None:
            return []
        try:
            with private_files():
                return self._conn.execute(sql, params).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as e:
            if error_kind(e) in ("damaged", "notadb"):
                raise _Corrupt from None
            raise failure("store.read_failed", self.path, e) from None

    def _load_bulk(self, where: str, params: tuple, text: bool, hint: str) -> list[Reflection]:
        rows = self._raw(
            "SELECT r.id, r.created_at, r.updated_at, r.completed_at, r.lang, r.network, r.network_type, "
            f"r.phase, r.snapshot FROM reflections r{hint} WHERE {where} ORDER BY {NEWEST_FIRST}",
            params,
        )
        if not rows:
            return []
        if where == "1":  # everything: plain table scans
            mine, snap_filter, sub = "", "", ()
        else:
            mine = f" WHERE reflection_id IN (SELECT r.id FROM reflections r{hint} WHERE {where})"
            snap_filter = f" WHERE hash IN (SELECT r.snapshot FROM reflections r{hint} WHERE {where})"
            sub = params

        def query(columns: str, table: str, order: str = "") -> list[tuple]:
            return self._raw(f"SELECT reflection_id, {columns} FROM {table}{hint}{mine}{order}", sub)

        snapshots = self._snapshots(self._raw(f"SELECT hash, json FROM snapshots{hint}" + snap_filter, sub))
        bad: dict[str, str] = {}
        ratings: dict[str, dict] = {}
        answers: dict[str, dict[str, list[str]]] = {}
        steps: dict[str, dict] = {}
        follow_ups: dict[str, list] = {}
        for rid, cid, value in query("competence_id, value", "ratings"):
            if not (isinstance(cid, str) and isinstance(value, int)):
                bad.setdefault(rid, "ratings")
            else:
                ratings.setdefault(rid, {})[cid] = value
        if text:
            for rid, cid, idx, answer in query("competence_id, idx, text", "answers"):
                if not (isinstance(cid, str) and isinstance(idx, int) and 0 <= idx < MAX_QUESTIONS
                        and isinstance(answer, str)):
                    bad.setdefault(rid, "answers")
                    continue
                texts = answers.setdefault(rid, {}).setdefault(cid, [])
                if idx >= len(texts):
                    texts.extend([""] * (idx + 1 - len(texts)))
                texts[idx] = answer
            for rid, cid, step in query("competence_id, text", "next_steps"):
                if not (isinstance(cid, str) and isinstance(step, str)):
                    bad.setdefault(rid, "next_steps")
                else:
                    steps.setdefault(rid, {})[cid] = step
            for rid, cid, step, status, note, from_id in query(
                "competence_id, step, status, note, from_id", "follow_ups", " ORDER BY rowid"
            ):
                if not (isinstance(cid, str) and isinstance(step, str) and status in FOLLOW_UP_STATUSES
                        and isinstance(note, str) and (from_id is None or isinstance(from_id, str))):
                    bad.setdefault(rid, "follow_ups")
                else:
                    follow_ups.setdefault(rid, []).append(FollowUp(cid, step, status, note, from_id))

        result = []
        seen: set = set()
        for rid, created, updated, completed, lang, network, network_type, phase, snap in rows:
            if rid in seen:  # the same row met twice: a damaged page points at it again
                continue
            seen.add(rid)
            part = bad.get(rid) or _bad_row(rid, created, updated, completed, lang, network, network_type, phase)
            if part is None and snapshots.get(snap) is None:
                part = "snapshot"
            if part is not None:
                self._note_damage(rid, part)
                continue
            snapshot, shape = snapshots[snap]
            given = answers.get(rid, {})
            padded = {cid: _pad(given.pop(cid, []), n) for cid, n in shape} if text else {}
            padded.update(given)  # answers kept from before the scope was narrowed
            result.append(
                Reflection(
                    id=rid, created_at=created, updated_at=updated, completed_at=completed, lang=lang,
                    snapshot=snapshot, network=network, network_type=network_type, phase=phase,
                    ratings=_in_order(ratings.get(rid, {}), shape), answers=padded,
                    next_steps=_in_order(steps.get(rid, {}), shape), follow_ups=follow_ups.get(rid, []),
                )
            )
        return result

    # --- feedback from others (netleder invite / netleder feedback) -------------------------
    # Kept apart from the reflections: its own table, its own methods.

    def save_feedback(self, items, *, skip_existing: bool = True) -> tuple[int, int]:
        """Store feedback (netleder.feedback.Feedback) in ONE transaction: (saved, skipped).

        An item whose id, or whose content (the same file imported twice), is already
        stored is skipped."""
        saved = skipped = 0
        with self._write() as c:
            for f in items:
                row = _feedback_row(f)
                if c.execute("SELECT 1 FROM feedback WHERE id = ? OR digest = ?", (row[0], row[-1])).fetchall():
                    if not skip_existing:
                        raise StoreError("store.id_taken", id=short(f.id), path=self.path)
                    skipped += 1
                    continue
                c.execute("INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
                saved += 1
        return saved, skipped

    def unused_feedback_id(self) -> str:
        from netleder.feedback import new_feedback_id

        while self._read("SELECT 1 FROM feedback WHERE id = ?", (fid := new_feedback_id(),)):
            pass
        return fid

    def feedback_list(self, network: str | None = None, *, any_network: bool = True) -> list:
        """Feedback, newest first. With `network` (or any_network=False and network None):
        only what was filed under that network (names compared ignoring case and spacing)."""
        from netleder.feedback import Feedback, Response

        rows = self._read(
            "SELECT id, giver, given_on, received_at, lang, network, snapshot, responses FROM feedback "
            "ORDER BY given_on DESC, julianday(received_at) DESC, rowid DESC"
        )
        out = []
        for fid, giver, given_on, received_at, lang, net, snap, responses in rows:
            if (network is not None or not any_network) and _norm(net if isinstance(net, str) else "") != _norm(
                    network or ""):
                continue
            try:  # a damaged row is noted and skipped, like a damaged reflection
                if not all(isinstance(v, str) for v in (fid, giver, given_on, received_at, lang)):
                    raise TypeError
                out.append(Feedback(
                    fid, giver, given_on, received_at, lang, net, Snapshot.from_dict(json.loads(snap)),
                    {cid: Response(r["rating"], r["comment"], r.get("cannot_say") is True)
                     for cid, r in json.loads(responses).items()},
                ))
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                self._note_damage(fid, "feedback")
        return out

    def feedback_count(self) -> int:
        rows = self._read("SELECT count(*) FROM feedback")
        return rows[0][0] if rows else 0

    def resolve_feedback(self, ref: str) -> str:
        """A full feedback id from a unique prefix (`fb-k7m`); BadInput when none or several match."""
        key = ref.strip().lower()
        rows = self._read("SELECT id FROM feedback WHERE lower(substr(id, 1, ?)) = ? ORDER BY id", (len(key), key))
        exact = [row for row in rows if row[0] == key]
        if len(rows) == 1 or exact:
            return (exact or rows)[0][0]
        if not rows:
            known = ", ".join(row[0] for row in self._read("SELECT id FROM feedback ORDER BY id LIMIT 10")) or "–"
            raise BadInput("fb.unknown_id", ref=short(ref), known=known)
        raise BadInput("fb.ambiguous_id", ref=short(ref), candidates=", ".join(row[0] for row in rows[:10]))

    def delete_feedback(self, fids: Iterable[str] | None = None) -> int:
        """Delete feedback by full id (None: all of it), gone from the database file too."""
        if self._conn is None:
            return 0
        with self._write(removing=True) as c:
            if fids is None:
                n = c.execute("DELETE FROM feedback").rowcount
            else:
                n = sum(c.execute("DELETE FROM feedback WHERE id = ?", (fid,)).rowcount for fid in fids)
        self._scrub()
        return n

    def _snapshots(self, stored: list[tuple]) -> dict:
        """hash -> (Snapshot, shape), each checked once per store; None for a damaged one."""
        out = {}
        for key, blob in stored:
            if key in self._snapshot_cache:
                out[key] = self._snapshot_cache[key]
                continue
            snapshot = None
            if isinstance(blob, str):
                try:
                    data = json.loads(blob)
                except (ValueError, RecursionError):
                    data = None
                if data is not None:
                    from netleder.exchange.record_check import RecordCheck

                    checker = RecordCheck()
                    snapshot = checker.snapshot(data, "snapshot")
                    if checker.problems or snapshot is None or not snapshot.competences or not snapshot.scale:
                        snapshot = None
            value = (snapshot, [(c.id, len(c.questions)) for c in snapshot.competences]) if snapshot else None
            self._snapshot_cache[key] = out[key] = value
        return out


class _Corrupt(Exception):
    """SQLite met a damaged page while reading (contained by Store._load)."""


MAX_QUESTIONS = 64  # an answer's index beyond this is damage, not a question
_ID_RE = re.compile(r"^[a-z0-9-]{1,40}$")  # reflection ids, and feedback's fb-… ids


def _bad_row(rid, created, updated, completed, lang, network, network_type, phase) -> str | None:
    """Which part of a reflections row is not what netleder writes, or None."""
    if not (isinstance(rid, str) and _ID_RE.match(rid)):
        return "id"
    if not (isinstance(created, str) and _when(created) is not None):
        return "created_at"
    if not (isinstance(updated, str) and _when(updated) is not None
            and (completed is None or isinstance(completed, str) and _when(completed) is not None)):
        return "dates"
    if lang not in LANGS:
        return "lang"
    if not all(v is None or isinstance(v, str) for v in (network, network_type, phase)):
        return "context"
    return None


def _when(text: str):
    from datetime import datetime, timezone

    try:
        value = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "Zz" else text)
    except (ValueError, IndexError):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _newest_first_key(r: Reflection):
    when = _when(r.created_at)
    return (-when.timestamp() if when is not None else 0.0,)


def _feedback_row(f) -> tuple:
    import hashlib

    snapshot = json.dumps(f.snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    responses = json.dumps({cid: {**r.to_dict(), "comment": _text(r.comment)} for cid, r in f.responses.items()},
                           ensure_ascii=False, separators=(",", ":"))
    content = json.dumps([f.giver, f.given_on, f.lang, snapshot, responses], ensure_ascii=False)
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    return (f.id, f.received_at, f.given_on, _text(f.giver), f.lang, _text(f.network), snapshot, responses, digest)


def _remove_draft_files(folder: Path, rids) -> None:
    """Editor files (and stale locks) of deleted reflections go with them."""
    from netleder.store.locks import remove_editor_files

    remove_editor_files(folder, rids)


def _text(s: str | None) -> str | None:
    """User text exactly as given, except lone surrogates (undecodable input), which UTF-8
    cannot hold: those become U+FFFD."""
    if s is None:
        return None
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s)




def _norm(name: str) -> str:
    return network_key(name)


def _describe(rows: list[tuple], limit: int) -> Msg:
    from netleder.views.labels import DateInWords  # the date in words, in the message's language

    shown = [
        msg("store.candidate" if completed else "store.candidate_draft", id=rid, date=DateInWords(created))
        for rid, created, completed in rows[:limit]
    ]
    if len(rows) > limit:
        shown.append(msg("store.more", count=len(rows) - limit))
    return msg("list.comma", items=shown)


def _in_order(values: dict, shape: list[tuple[str, int]]) -> dict:
    """The snapshot's competences first, in its order; then any others as stored."""
    return {cid: values[cid] for cid, _ in shape if cid in values} | values if values else {}


def _pad(texts: list[str], n: int) -> list[str]:
    return texts + [""] * (n - len(texts)) if len(texts) < n else texts


def _put_snapshot(c: sqlite3.Connection, snapshot: Snapshot) -> str:
    import hashlib

    text = json.dumps(snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    c.execute("INSERT OR IGNORE INTO snapshots VALUES (?, ?)", (key, text))
    return key


def _drop_orphan_snapshots(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM snapshots WHERE hash NOT IN (SELECT snapshot FROM reflections)")


def _put_follow_up(c: sqlite3.Connection, rid: str, f: FollowUp) -> None:
    # An upsert, not INSERT OR REPLACE, so a replaced follow-up keeps its place in the order.
    c.execute(
        "INSERT INTO follow_ups (reflection_id, competence_id, from_id, step, status, note) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reflection_id, competence_id) DO UPDATE SET "
        "from_id = excluded.from_id, step = excluded.step, status = excluded.status, note = excluded.note",
        (rid, f.competence_id, f.from_id, _text(f.step), f.status, _text(f.note or "")),
    )


def _insert(c: sqlite3.Connection, r: Reflection) -> None:
    c.execute(
        "INSERT INTO reflections (id, created_at, updated_at, completed_at, lang, network, network_type, phase, "
        "snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (r.id, r.created_at, r.updated_at or r.completed_at or r.created_at, r.completed_at, r.lang,
         _text(r.network), r.network_type, r.phase, _put_snapshot(c, r.snapshot)),
    )
    c.executemany(
        "INSERT INTO answers VALUES (?, ?, ?, ?)",
        [(r.id, cid, i, _text(a)) for cid, texts in r.answers.items() for i, a in enumerate(texts) if a],
    )
    c.executemany(
        "INSERT INTO ratings VALUES (?, ?, ?)",
        [(r.id, cid, int(v)) for cid, v in r.ratings.items() if v is not None],
    )
    c.executemany(
        "INSERT INTO next_steps VALUES (?, ?, ?)",
        [(r.id, cid, _text(s)) for cid, s in r.next_steps.items() if s],
    )
    for f in r.follow_ups:
        _put_follow_up(c, r.id, f)


def open_store(create: bool = False) -> Store:
    """The user's store. Read commands pass create=False: they never create a store."""
    return Store.open(create=create)
