"""The reflections themselves: drafts written answer by answer, looked up by id or network,
and deleted so that their text is gone from the files too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from netleder.dates import DateInWords
from netleder.errors import BadInput, Msg, StoreError, msg
from netleder.reflection import FOLLOW_UP_STATUSES, FollowUp, Reflection, Snapshot, new_id, now_iso
from netleder.safe_text import short
from netleder.store.base import NEWEST_FIRST, stored_text
from netleder.store.files import forget_damage, remove_open_pages
from netleder.store.loading import Loading
from netleder.store.networks import distinct_names, network_key
from netleder.store.snapshots import drop_orphan_snapshots, put_lost, put_snapshot

OWN_ROWS = ("answers", "ratings", "next_steps", "follow_ups")  # each reflection's, by reflection_id


class Reflections(Loading):
    """Writing and finding reflections (and the networks they name)."""

    # --- networks: one notion of "this network" (store/networks.py) ------------------------

    def network_names(self) -> list[str]:
        """The networks named in any reflection, newest first, one spelling each (the newest).

        Walks the index of names (schema: reflections_by_network) one spelling at a time: two
        index seeks per spelling, whatever the number of reflections (228 ms at 100,000 when
        every reflection was read)."""
        return distinct_names(self._spellings())

    def _spellings(self) -> list[str]:
        """Every spelling of a network name in the store, newest first (as NEWEST_FIRST)."""
        found: list[tuple[float, str, int, str]] = []
        after = None
        while True:
            rows = self._read(
                "SELECT network FROM reflections WHERE network IS NOT NULL" + (" AND network > ?" if found else "")
                + " ORDER BY network LIMIT 1", (after,) if found else ())
            if not rows:
                break
            name = rows[0][0]
            newest = self._read(
                "SELECT julianday(created_at), created_at, rowid FROM reflections WHERE network = ?1 AND "
                "julianday(created_at) = (SELECT MAX(julianday(created_at)) FROM reflections WHERE network = ?1) "
                "ORDER BY created_at DESC, rowid DESC LIMIT 1", (name,))
            jd, created, rowid = newest[0] if newest else (None, None, 0)  # a date SQLite cannot read
            found.append((jd or 0.0, created or "", rowid, name))
            after = name
        found.sort(reverse=True)  # as NEWEST_FIRST: time, then as written, then order of saving
        return [name for *_, name in found]

    def newest(self, limit: int, network: str | None = None, *, text: bool = False) -> list[Reflection]:
        """The `limit` newest reflections (drafts too), of one network if named: found through the
        time index, so the cost follows `limit`, not the size of the store."""
        where = "1"
        params: tuple[str, ...] = ()
        if network is not None:
            key = network_key(network)
            names = tuple(n for n in self._spellings() if network_key(n) == key)
            if not names:
                return []
            where, params = f"r.network IN ({','.join('?' * len(names))})", names
        rows = self._read(f"SELECT r.id FROM reflections r WHERE {where} ORDER BY {NEWEST_FIRST} LIMIT ?",
                          (*params, limit))
        return self._load_ids([row[0] for row in rows], text=text)

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
        wanted, found = set(cids), dict[str, object]()
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

    # --- writing ---------------------------------------------------------------------------

    def _touch(self, c: sqlite3.Connection, rid: str) -> None:
        from netleder.store.locks import check_held

        if not check_held(rid):  # the draft's lock file went from under this wizard
            raise StoreError("store.lock_lost", id=short(rid), path=self.path)
        if not c.execute("UPDATE reflections SET updated_at = ? WHERE id = ?", (now_iso(), rid)).rowcount:
            raise StoreError("store.gone", id=short(rid), path=self.path)

    def _unused_id(self) -> str:
        while self.exists(rid := new_id()):
            pass
        return rid

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
            insert_reflection(c, draft)
        return self.get(draft.id)

    def set_context(self, rid: str, network: str | None, network_type: str | None, phase: str | None) -> None:
        with self._write() as c:
            self._touch(c, rid)
            c.execute(
                "UPDATE reflections SET network = ?, network_type = ?, phase = ? WHERE id = ?",
                (stored_text(network), network_type, phase, rid),
            )

    def set_scope(self, rid: str, snapshot: Snapshot) -> None:
        """Replace the snapshot. Answers and ratings outside the new scope are kept, not shown."""
        with self._write() as c:
            self._touch(c, rid)
            c.execute("UPDATE reflections SET snapshot = ? WHERE id = ?", (put_snapshot(c, snapshot), rid))
            drop_orphan_snapshots(c)

    def save_answer(self, rid: str, cid: str, idx: int, text: str | None) -> None:
        """Store answer `idx` (0-based) to competence `cid` exactly as given; "" or None clears it."""
        with self._write() as c:
            self._touch(c, rid)
            if text:
                c.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", (rid, cid, idx, stored_text(text)))
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
                c.execute("INSERT OR REPLACE INTO next_steps VALUES (?, ?, ?)", (rid, cid, stored_text(text)))
            else:
                c.execute("DELETE FROM next_steps WHERE reflection_id = ? AND competence_id = ?", (rid, cid))

    def save_follow_up(self, rid: str, follow_up: FollowUp) -> None:
        """Store how a next step went, replacing any earlier one for the same competence."""
        with self._write() as c:
            self._touch(c, rid)
            source = follow_up.from_id
            if source is not None and not c.execute("SELECT 1 FROM reflections WHERE id = ?", (source,)).fetchall():
                raise StoreError("store.follow_up_source_gone", id=short(source), path=self.path)  # nothing saved
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
            for table in OWN_ROWS:  # by hand: foreign keys are off while removing (base.py)
                c.executemany(f"DELETE FROM {table} WHERE reflection_id = ?", [(rid,) for rid in rids])
            # A later reflection's follow-up quotes the deleted one's next step: it goes too.
            c.executemany("DELETE FROM follow_ups WHERE from_id = ?", [(rid,) for rid in rids])
            drop_orphan_snapshots(c)
        self._scrub()
        _remove_draft_files(self.folder, rids)
        forget_damage(self.path, rids)
        for rid in rids:
            self.damaged.pop(rid, None)
        return n

    def delete_all(self) -> int:
        """Delete every reflection. If SQLite cannot delete inside a damaged file, the file
        itself (and its side files) is removed: everything in it was to go anyway."""
        if self._conn is None:
            return 0
        try:
            with self._write(removing=True) as c:
                n = c.execute("DELETE FROM reflections").rowcount
                for table in (*OWN_ROWS, "snapshots"):  # rows left by damage (no reflection) go too
                    c.execute(f"DELETE FROM {table}")
        except StoreError as e:
            reason = e.params.get("reason")
            if getattr(reason, "key", None) != "store.reason.damaged":
                raise
            n = self._remove_file()
        else:
            self._scrub()
        _remove_draft_files(self.folder, None)
        remove_open_pages(self.folder)  # pages `--open` showed that named the leader or a network
        forget_damage(self.path, None)
        self.damaged.clear()
        return n

    # --- reading ---------------------------------------------------------------------------

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
        key = network_key(network) if network is not None else None
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
                same = name is None if key is None else isinstance(name, str) and network_key(name) == key
                if same and rid != exclude and self._load_ids([rid]):
                    out.append(rid)
                    if len(out) == limit:
                        break
            batch = min(batch * 4, 5000)
        return out

    def follow_ups_on(self, older: str, newer: str) -> list[FollowUp]:
        """What any reflection after `older`, up to and including `newer`, recorded about
        `older`'s next steps: the latest word on each step (newest first, ties in time by the
        order of saving). Rows that are not what netleder writes are left out."""
        until = self._read("SELECT julianday(created_at), created_at, rowid FROM reflections WHERE id = ?", (newer,))
        if not until or until[0][0] is None:
            return []
        rows = self._read(
            "SELECT f.competence_id, f.step, f.status, f.note, f.from_id FROM follow_ups f "
            "JOIN reflections r ON r.id = f.reflection_id WHERE f.from_id = ? "
            f"AND (julianday(r.created_at), r.created_at, r.rowid) <= (?, ?, ?) ORDER BY {NEWEST_FIRST}",
            (older, *until[0]))
        found: dict[str, FollowUp] = {}
        for cid, step, status, note, from_id in rows:
            if isinstance(cid, str) and isinstance(step, str) and status in FOLLOW_UP_STATUSES and isinstance(note, str):
                found.setdefault(cid, FollowUp(cid, step, status, note, from_id))
        return list(found.values())

    def previous_complete_in(self, rid: str, network: str, batch: int = 50) -> Reflection | None:
        """The newest complete, readable reflection of `network` (matched ignoring case and
        spacing) that comes before reflection `rid` in time: walked back from `rid` through the
        time index, only as far as needed."""
        here = self._read("SELECT julianday(created_at), created_at, rowid FROM reflections WHERE id = ?", (rid,))
        if not here or here[0][0] is None:
            return None
        key, after = network_key(network), tuple(here[0])
        while True:
            rows = self._read(
                "SELECT r.id, r.network, julianday(r.created_at), r.created_at, r.rowid FROM reflections r "
                "WHERE r.completed_at IS NOT NULL AND (julianday(r.created_at), r.created_at, r.rowid) < (?, ?, ?) "
                f"ORDER BY {NEWEST_FIRST} LIMIT ?", (*after, batch))
            if not rows:
                return None
            for found, name, *_ in rows:
                if isinstance(name, str) and network_key(name) == key:
                    loaded = self._load_ids([found])
                    if loaded:
                        return loaded[0]
            after = tuple(rows[-1][2:])
            batch = min(batch * 4, 5000)

    def reflections(self, network: str | None = None, include_drafts: bool = True, *, text: bool = True) -> list[Reflection]:
        """Reflections newest first; `network` matches the name ignoring case and spacing.

        One query per table however many reflections there are. With text=False the
        leader's own text (answers, next steps, follow-ups) is not read and those fields are
        left empty: enough for a history listing or a trend, and much lighter.
        """
        found = self._load("1" if include_drafts else "r.completed_at IS NOT NULL", text=text)
        if network is not None:
            key = network_key(network)
            found = [r for r in found if r.network is not None and network_key(r.network) == key]
        return found

    def stream(self, network: str | None = None, *, oldest_first: bool = False,
               text: bool = True) -> Iterator[Reflection]:
        """What reflections(network) returns (drafts too), newest first or oldest first, read a
        batch at a time: memory stays flat at any size of store (`history`, a trend)."""
        where = self._network_where(network)
        if where is not None:
            yield from self.walk(*where, oldest_first=oldest_first, text=text)

    def _network_where(self, network: str | None, rated: str | None = None) -> tuple[str, tuple] | None:
        """The condition (on alias r) for the reflections of `network` (None: all), and with
        `rated`, only those that rated that competence; None when the network has none."""
        where, params = "1", tuple[str, ...]()
        if network is not None:
            key = network_key(network)
            params = tuple(n for n in self._spellings() if network_key(n) == key)
            if not params:
                return None
            where = f"r.network IN ({','.join('?' * len(params))})"
        if rated is not None:
            where += " AND r.id IN (SELECT reflection_id FROM ratings WHERE competence_id = ?)"
            params += (rated,)
        return where, params

    def has_any(self, network: str | None = None) -> bool:
        """Whether any reflection (of `network`, if named) is stored."""
        where = self._network_where(network)
        return where is not None and bool(self._read(f"SELECT 1 FROM reflections r WHERE {where[0]} LIMIT 1",
                                                     where[1]))

    def any_phase(self, network: str | None = None) -> bool:
        """Whether any reflection (of `network`, if named) names a phase."""
        where = self._network_where(network)
        return where is not None and bool(self._read(
            f"SELECT 1 FROM reflections r WHERE {where[0]} AND r.phase IS NOT NULL AND r.phase != '' LIMIT 1",
            where[1]))

    def any_long_id(self) -> bool:
        """Whether any stored id is longer than netleder's own (imported from elsewhere)."""
        return bool(self._read("SELECT 1 FROM reflections WHERE length(id) > 8 LIMIT 1"))

    def _paged(self, column: str, network: str | None, rated: str | None, batch: int = 2000) -> Iterator[tuple]:
        """(id, column) of the reflections of `network` (and `rated`), in the order of their ids,
        read `batch` at a time: for a survey of a long history without holding it."""
        where = self._network_where(network, rated)
        if where is None:
            return
        after = ""
        while True:
            rows = self._read(f"SELECT r.id, {column} FROM reflections r WHERE {where[0]} AND r.id > ? "
                              f"ORDER BY r.id LIMIT ?", (*where[1], after, batch))
            yield from rows
            if len(rows) < batch or not isinstance(rows[-1][0], str):
                return
            after = rows[-1][0]

    def sorted_ids(self, network: str | None = None, rated: str | None = None) -> Iterator[str]:
        """The ids stored (of `network`; that rated `rated`) in sorted order, a batch at a time:
        for showing long ids by their shortest unique prefix without holding them all."""
        return (rid for rid, _ in self._paged("1", network, rated) if isinstance(rid, str))

    def stamps(self, network: str | None = None, rated: str | None = None) -> Iterator[str | None]:
        """When each reflection (of `network`; that rated `rated`) was made, as stored."""
        return (when if isinstance(when, str) else None for _, when in self._paged("r.created_at", network, rated))

    def resolve(self, ref: str) -> str:
        """A full id from what the user typed: `latest` or a unique id prefix (any case).

        `latest` is the newest complete reflection, or the newest draft if none is complete.
        Unknown, ambiguous, or an empty store: BadInput (exit 2) listing ids to choose from.
        """
        key = ref.strip().lower()
        if not self.any():
            raise BadInput("store.none_yet")
        if key == "latest":  # (the store has one: any() above)
            newest = self._newest("r.completed_at IS NOT NULL") or self._newest("1")
            if newest is not None:
                return newest
            raise self._unknown(ref)
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

    def describe(self, rids: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        """(id, created_at, completed_at, network) of each id, without reading its text."""
        rids = list(rids)
        out: list[tuple[str, str, str | None, str | None]] = []
        for i in range(0, len(rids), 500):
            chunk = rids[i:i + 500]
            rows = self._read(
                "SELECT r.id, r.created_at, r.completed_at, r.network FROM reflections r "
                f"WHERE r.id IN ({','.join('?' * len(chunk))}) ORDER BY {NEWEST_FIRST}", chunk)
            for rid, created, completed, network in rows:
                if isinstance(rid, str):
                    out.append((rid, created if isinstance(created, str) else "",
                                completed if isinstance(completed, str) else None,
                                network if isinstance(network, str) else None))
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


def _describe(rows: list[tuple], limit: int) -> Msg:
    shown = [
        msg("store.candidate" if completed else "store.candidate_draft", id=rid, date=DateInWords(created))
        for rid, created, completed in rows[:limit]
    ]
    if len(rows) > limit:
        shown.append(msg("store.more", count=len(rows) - limit))
    return msg("list.comma", items=shown)


def _remove_draft_files(folder: Path, rids) -> None:
    """Editor files (and stale locks) of deleted reflections go with them."""
    from netleder.store.locks import remove_editor_files

    remove_editor_files(folder, rids)


def _put_follow_up(c: sqlite3.Connection, rid: str, f: FollowUp) -> None:
    # An upsert, not INSERT OR REPLACE, so a replaced follow-up keeps its place in the order.
    c.execute(
        "INSERT INTO follow_ups (reflection_id, competence_id, from_id, step, status, note) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reflection_id, competence_id) DO UPDATE SET "
        "from_id = excluded.from_id, step = excluded.step, status = excluded.status, note = excluded.note",
        (rid, f.competence_id, f.from_id, stored_text(f.step), f.status, stored_text(f.note or "")),
    )


def insert_reflection(c: sqlite3.Connection, r: Reflection) -> None:
    c.execute(
        "INSERT INTO reflections (id, created_at, updated_at, completed_at, lang, network, network_type, phase, "
        "snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (r.id, r.created_at, r.updated_at or r.completed_at or r.created_at, r.completed_at, r.lang,
         stored_text(r.network), r.network_type, r.phase,
         put_snapshot(c, r.snapshot) if r.lost_texts is None else put_lost(c, r.lost_texts)),
    )
    c.executemany(
        "INSERT INTO answers VALUES (?, ?, ?, ?)",
        [(r.id, cid, i, stored_text(a)) for cid, texts in r.answers.items() for i, a in enumerate(texts) if a],
    )
    c.executemany(
        "INSERT INTO ratings VALUES (?, ?, ?)",
        [(r.id, cid, int(v)) for cid, v in r.ratings.items() if v is not None],
    )
    c.executemany(
        "INSERT INTO next_steps VALUES (?, ?, ?)",
        [(r.id, cid, stored_text(s)) for cid, s in r.next_steps.items() if s],
    )
    for f in r.follow_ups:
        _put_follow_up(c, r.id, f)
