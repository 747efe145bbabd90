"""What every part of the store shares: opening the database, one transaction per write,
reads that contain damage, and the helpers the parts use.

Drafts are written answer by answer (each in its own transaction), so nothing given is lost
to Ctrl-C, a crash or a closed terminal. Read commands open with create=False and never
create a store. A store found damaged is never written to, except to remove records.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from netleder.errors import StoreError
from netleder.reflection import Reflection, Snapshot
from netleder.store.connection import connect, error_kind, failure, rollback
from netleder.store.files import (
    creatable,
    inspect,
    make_dir,
    note_damage,
    private_files,
    read_damage,
    same_side_files,
    secure,
    secure_database,
    secure_folder,
    side_file_ids,
    side_files,
    store_path,
    tighten,
    writable,
)
from netleder.store.schema import SCHEMA_VERSION, migrate

NEWEST_FIRST = "julianday(r.created_at) DESC, r.created_at DESC, r.rowid DESC"
OLDEST_FIRST = "julianday(created_at), created_at, rowid"
OLDEST_FIRST_R = "julianday(r.created_at), r.created_at, r.rowid"  # on alias r

if TYPE_CHECKING:
    from typing_extensions import Self


class StoreBase:
    """The database file and its connection; the parts (reflections.py, transfer.py,
    feedback.py) add what they store. Open with `Store.open()`; use as a context manager."""

    def __init__(self, path: Path, conn: sqlite3.Connection | None, readonly: bool = False,
                 deferred: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._deferred = deferred
        self._side_ids = side_file_ids(path) if conn is not None and not readonly else {}
        self._damage_noted = False
        self.damaged: dict[str, str] = {}  # reflection id (or "?n") -> the part that is damaged
        self._unknown_keys: dict[object, str] = {}  # an unreadable stored id -> its "?n"
        self._snapshot_cache: dict = {}
        # reflection id -> the digest of its snapshot, read with a stand-in (store/snapshots.py)
        self.texts_lost: dict[str, str] = {}
        # The content in use now, given by the command (read only when a snapshot is damaged):
        # an intact copy of a damaged snapshot with the same digest, or the titles of a stand-in.
        self.current_content: Callable[[], Iterable[Snapshot]] | None = None
        self._current_cache: tuple[Snapshot, ...] | None = None
        self.wiped_feedback: int | None = None  # the file was removed whole (_remove_file)

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True,
             defer: bool = False) -> Self:
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
        if readonly and (create or (version is not None and version < SCHEMA_VERSION)):
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
        # What was readable by others until it was tightened just now is noted
        # (owner_files.was_open) and said once: by the command, or at the run's end (cli.edge).
        return cls(path, conn, readonly)

    def close(self) -> None:
        if self._conn is not None:
            with private_files():
                self._conn.close()
            self._conn = None
        if self.damaged and not self._damage_noted:
            self._damage_noted = True
            note_damage(self.path, list(self.damaged))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def folder(self) -> Path:
        return self.path.parent

    def _remove_file(self) -> int:
        """The database and its side files removed (a damaged file SQLite cannot delete from,
        when everything is to be deleted). Returns how many reflections it was known to hold."""
        try:
            counted = self._raw("SELECT count(*) FROM reflections")
            feedback = self._raw("SELECT count(*) FROM feedback")
        except Corrupt:
            counted = feedback = []
        self.wiped_feedback = feedback[0][0] if feedback else 0
        with private_files():
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        for p in (self.path, *side_files(self.path)):
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            except OSError as e:
                raise failure("store.write_failed", self.path, e) from None
        return counted[0][0] if counted else 0

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
            opened = type(self).open(self.path)
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
        # Before every write, not only at opening: a wizard runs for long, and a folder opened
        # to others meanwhile is made private again (or the write refused) before SQLite writes.
        secure_folder(self.folder)
        conn = self._conn
        with private_files():
            try:
                # Removing works on any store it can open: a damaged one may already break a
                # foreign key (a page lost, a value edited), and SQLite would then refuse every
                # delete. The parts remove the dependent rows themselves (_remove_rows).
                conn.execute(f"PRAGMA foreign_keys = {'OFF' if removing else 'ON'}")
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

    def _raw(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Like _read, but a damaged page raises Corrupt (to be contained by the caller)."""
        if self._conn is None:
            return []
        try:
            with private_files():
                return self._conn.execute(sql, params).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as e:
            if error_kind(e) in ("damaged", "notadb"):
                raise Corrupt from None
            raise failure("store.read_failed", self.path, e) from None

    def _scrub(self) -> None:
        # Best effort by design: the delete has committed, and secure_delete already zeroed
        # the text in the pages; this removes the older copies in the WAL and compacts.
        conn = self._conn
        if conn is None:  # nothing open, nothing to scrub
            return
        with private_files():
            for sql in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
                try:
                    conn.execute(sql).fetchall()
                except sqlite3.Error:
                    pass

    def _note_damage(self, rid: object, part: str) -> None:
        """Note a damaged record. One without a readable id is keyed "?n", the same n each
        time the same stored id is met (by several ways of reading), so that no record is
        counted twice and never more are damaged than there are."""
        if isinstance(rid, str) and ID_RE.match(rid):
            key = rid
        else:
            try:
                key = self._unknown_keys.setdefault(rid, f"?{len(self._unknown_keys) + 1}")
            except TypeError:  # not hashable (never from SQLite): counted on its own
                key = f"?{len(self._unknown_keys) + 1}"
        self.damaged.setdefault(key, part)


class Corrupt(Exception):
    """SQLite met a damaged page while reading (contained by Store._load)."""


ID_RE = re.compile(r"^[a-z0-9-]{1,40}$")  # reflection ids, and feedback's fb-… ids


def parse_when(text: str):
    from datetime import datetime, timezone

    try:
        value = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "Zz" else text)
    except (ValueError, IndexError):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def newest_first_key(r: Reflection):
    when = parse_when(r.created_at)
    return (-when.timestamp() if when is not None else 0.0,)


def stored_text(s: str | None) -> str | None:
    """User text exactly as given, except lone surrogates (undecodable input), which UTF-8
    cannot hold: those become U+FFFD."""
    if s is None:
        return None
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s)
