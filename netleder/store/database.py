"""The reflection store: the only code that reads or writes the SQLite database.

Drafts are written answer by answer (each in its own transaction), so nothing given is lost
to Ctrl-C, a crash or a closed terminal. Read commands open with create=False and never
create a store.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from netleder.errors import BadInput, Msg, StoreError, msg
from netleder.reflection import FollowUp, Reflection, Snapshot, new_id, now_iso
from netleder.safe_text import short
from netleder.store.connection import connect, failure, rollback
from netleder.store.files import (
    creatable,
    inspect,
    make_dir,
    private_files,
    store_path,
    tighten,
    writable,
)
from netleder.store.schema import SCHEMA_VERSION, migrate
from netleder.store.networks import distinct_names, network_key

NEWEST_FIRST = "julianday(r.created_at) DESC, r.created_at DESC, r.rowid DESC"


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
        rows = self._read(
            f"SELECT r.id, r.network FROM reflections r WHERE r.completed_at IS NOT NULL AND r.id IS NOT ? "
            f"ORDER BY {NEWEST_FIRST}", (exclude,))
        key = network_key(network) if network and network.strip() else None
        for rid, name in rows:
            if (network_key(name) if name and name.strip() else None) == key:
                return self.get(rid)
        return None

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

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True,
             defer: bool = False) -> "Store":
        """Open (and with `create`, make or upgrade) the store. Raises StoreError if unusable.

        With `defer`, a store that does not exist yet is created by the first write rather
        than now (the wizard shows its first question without waiting for a new database);
        that its folder can be made is still checked now.
        """
        path = Path(path).absolute() if path is not None else store_path().absolute()
        version = inspect(path)  # None: no file; 0: empty; raises for unusable files
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
            if isinstance(e, (sqlite3.Error, OSError)):
                raise failure("store.open_failed", path, e) from None
            raise
        return cls(path, conn, readonly)

    def close(self) -> None:
        if self._conn is not None:
            with private_files():
                self._conn.close()
            self._conn = None

    def __enter__(self) -> "Store":
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
        except sqlite3.Error as e:
            raise failure("store.read_failed", self.path, e) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed (and fsynced) on leaving; any failure rolls it back."""
        if self._conn is None and self._deferred:
            opened = Store.open(self.path)
            self._conn, self.readonly, self._deferred = opened._conn, opened.readonly, False
        if self._conn is None:
            raise RuntimeError("this store was opened with create=False and has no file; open it with create=True")
        if self.readonly:
            raise StoreError("store.readonly", path=self.path)
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
        with self._write() as c:
            n = sum(c.execute("DELETE FROM reflections WHERE id = ?", (rid,)).rowcount for rid in rids)
            _drop_orphan_snapshots(c)
        self._scrub()
        _remove_draft_files(self.folder, rids)
        return n

    def delete_all(self) -> int:
        if self._conn is None:
            return 0
        with self._write() as c:
            n = c.execute("DELETE FROM reflections").rowcount
            c.execute("DELETE FROM snapshots")
        self._scrub()
        _remove_draft_files(self.folder, None)
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

    def exists(self, rid: str) -> bool:
        return bool(self._read("SELECT 1 FROM reflections WHERE id = ?", (rid,)))

    def count(self, *, include_drafts: bool = True) -> int:
        where = "" if include_drafts else " WHERE completed_at IS NOT NULL"
        rows = self._read("SELECT count(*) FROM reflections" + where)
        return rows[0][0] if rows else 0

    def get(self, rid: str) -> Reflection:
        """The reflection with this exact id; BadInput if there is none (see `resolve`)."""
        found = self._load("r.id = ?", (rid,))
        if not found:
            raise self._unknown(rid)
        return found[0]

    def latest_draft(self) -> Reflection | None:
        """The newest unfinished reflection (to offer to resume)."""
        rid = self._newest("r.completed_at IS NULL")
        return self.get(rid) if rid else None

    def latest_complete(self, exclude: str | None = None) -> Reflection | None:
        """The newest complete reflection, other than `exclude` (an id)."""
        rid = self._newest("r.completed_at IS NOT NULL AND r.id IS NOT ?", (exclude,))
        return self.get(rid) if rid else None

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

    def resolve(self, ref: str) -> str:
        """A full id from what the user typed: `latest` or a unique id prefix (any case).

        `latest` is the newest complete reflection, or the newest draft if none is complete.
        Unknown, ambiguous, or an empty store: BadInput (exit 2) listing ids to choose from.
        """
        key = ref.strip().lower()
        if not self.count():
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

    def _unknown(self, ref: str) -> BadInput:
        if not self.count():
            return BadInput("store.none_yet")
        rows = self._read(f"SELECT r.id, r.created_at, r.completed_at FROM reflections r ORDER BY {NEWEST_FIRST}")
        return BadInput("store.unknown_id", ref=short(ref), recent=_describe(rows, 5))

    def _newest(self, where: str, params: Iterable = ()) -> str | None:
        rows = self._read(f"SELECT r.id FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST} LIMIT 1", params)
        return rows[0][0] if rows else None

    def _load(self, where: str, params: Iterable = (), text: bool = True) -> list[Reflection]:
        """Reflections matching `where` (on alias r), with one query per table."""
        params = tuple(params)
        rows = self._read(
            "SELECT r.id, r.created_at, r.updated_at, r.completed_at, r.lang, r.network, r.network_type, "
            f"r.phase, r.snapshot FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST}",
            params,
        )
        if not rows:
            return []
        if where == "1":  # everything: plain table scans
            mine, snap_filter, sub = "", "", ()
        else:
            mine = f" WHERE reflection_id IN (SELECT r.id FROM reflections r WHERE {where})"
            snap_filter = f" WHERE hash IN (SELECT r.snapshot FROM reflections r WHERE {where})"
            sub = params

        def query(columns: str, table: str, order: str = "") -> list[tuple]:
            return self._read(f"SELECT reflection_id, {columns} FROM {table}{mine}{order}", sub)

        stored = self._read("SELECT hash, json FROM snapshots" + snap_filter, sub)
        snapshots = {key: Snapshot.from_dict(json.loads(blob)) for key, blob in stored}  # each parsed once
        shapes = {key: [(c.id, len(c.questions)) for c in snapshot.competences] for key, snapshot in snapshots.items()}
        answers: dict[str, dict[str, list[str]]] = {}
        ratings, steps, follow_ups = {}, {}, {}
        for rid, cid, value in query("competence_id, value", "ratings"):
            ratings.setdefault(rid, {})[cid] = value
        if text:
            for rid, cid, idx, answer in query("competence_id, idx, text", "answers"):
                texts = answers.setdefault(rid, {}).setdefault(cid, [])
                if idx >= len(texts):
                    texts.extend([""] * (idx + 1 - len(texts)))
                texts[idx] = answer
            for rid, cid, step in query("competence_id, text", "next_steps"):
                steps.setdefault(rid, {})[cid] = step
            for rid, *f in query("competence_id, step, status, note, from_id", "follow_ups", " ORDER BY rowid"):
                follow_ups.setdefault(rid, []).append(FollowUp(*f))

        result = []
        for rid, created, updated, completed, lang, network, network_type, phase, snap in rows:
            shape = shapes[snap]
            given = answers.get(rid, {})
            padded = {cid: _pad(given.pop(cid, []), n) for cid, n in shape} if text else {}
            padded.update(given)  # answers kept from before the scope was narrowed
            result.append(
                Reflection(
                    id=rid, created_at=created, updated_at=updated, completed_at=completed, lang=lang,
                    snapshot=snapshots[snap], network=network, network_type=network_type, phase=phase,
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
            if (network is not None or not any_network) and _norm(net or "") != _norm(network or ""):
                continue
            out.append(Feedback(
                fid, giver, given_on, received_at, lang, net, Snapshot.from_dict(json.loads(snap)),
                {cid: Response(r["rating"], r["comment"]) for cid, r in json.loads(responses).items()},
            ))
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
        with self._write() as c:
            if fids is None:
                n = c.execute("DELETE FROM feedback").rowcount
            else:
                n = sum(c.execute("DELETE FROM feedback WHERE id = ?", (fid,)).rowcount for fid in fids)
        self._scrub()
        return n


def _feedback_row(f) -> tuple:
    import hashlib

    snapshot = json.dumps(f.snapshot.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    responses = json.dumps({cid: {"rating": r.rating, "comment": _text(r.comment)} for cid, r in f.responses.items()},
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
    shown = [
        msg("store.candidate" if completed else "store.candidate_draft", id=rid, date=(created or "")[:10])
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
