"""Reading reflections from their rows, with damage contained record by record.

A row SQLite cannot read, or a value that is not what netleder wrote (an empty snapshot, a text
rating, a blob answer), makes only that reflection "damaged": it is skipped and noted in
`store.damaged` (id -> which part), and every other reflection is returned as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from netleder.i18n import LANGS
from netleder.reflection import FOLLOW_UP_STATUSES, NETWORK_TYPES, FollowUp, Reflection, Snapshot
from netleder.shape_check import date_as_written
from netleder.store.base import (
    ID_RE,
    NEWEST_FIRST,
    OLDEST_FIRST_R,
    Corrupt,
    StoreBase,
    newest_first_key,
)
from netleder.store.snapshots import (
    DIGEST_RE,
    Shape,
    read_snapshot,
    shape_of,
    snapshot_json,
    stand_in,
)

MAX_QUESTIONS = 64  # an answer's index beyond this is damage, not a question


class Loading(StoreBase):
    """Reflections read from the database, newest first, damaged ones skipped and noted."""

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
            found.sort(key=newest_first_key)
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
            except Corrupt:
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
        found: list[Reflection]
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
            found.sort(key=newest_first_key)
            return found
        except Corrupt:
            pass
        ids = self._ids_despite_damage(where, params)
        found = []
        for rid in ids:
            found += self._load_one(rid, where, params, text)
        found.sort(key=newest_first_key)
        return found

    def walk(self, where: str = "1", params: tuple = (), *, oldest_first: bool = False, text: bool = True,
             batch: int = 500) -> Iterator[Reflection]:
        """The reflections matching `where` (on alias r) newest first (or oldest first), read
        `batch` at a time through the time index: what `_load` returns, as a stream, so that
        memory does not grow with the store (`history`, a trend). Damage is contained as in
        `_load`; the one difference: a row that a damaged page hides from the walk, but that
        the id index still knows, comes at the end instead of in its place."""
        sign, order = (">", OLDEST_FIRST_R) if oldest_first else ("<", NEWEST_FIRST)
        keys = "julianday(r.created_at), r.created_at, r.rowid"
        undated = (f"SELECT r.id FROM reflections r WHERE ({where}) AND julianday(r.created_at) IS NULL "
                   f"ORDER BY r.created_at{'' if oldest_first else ' DESC'}, r.rowid{'' if oldest_first else ' DESC'}")
        walked = 0
        after: tuple | None = None
        phases = ("undated", "dated") if oldest_first else ("dated", "undated")  # NULL sorts lowest, as in _load
        for phase in phases:
            while True:
                try:
                    if phase == "undated":
                        rows = [(None, None, None, rid) for (rid,) in self._raw(undated, params)]
                    else:
                        rows = self._raw(
                            f"SELECT {keys}, r.id FROM reflections r WHERE ({where}) AND julianday(r.created_at) "
                            # the first term lets SQLite seek in the time index (the row value alone scans it)
                            f"IS NOT NULL{f' AND julianday(r.created_at) {sign}= ? AND ({keys}) {sign} (?, ?, ?)' if after else ''} "
                            f"ORDER BY {order} LIMIT ?",
                            (*params, *((after[0], *after) if after else ()), batch))
                except Corrupt:  # the walk cannot go on: the rest as _load reads it (damage contained)
                    yield from self._rest_after(where, params, phase, after, oldest_first, text)
                    return
                ids = [rid for *_, rid in rows if isinstance(rid, str)]
                walked += len(rows)
                for i in range(0, len(ids), batch):
                    found = {r.id: r for r in self._load_ids(ids[i:i + batch], text=text)}
                    for rid in ids[i:i + batch]:
                        if rid in found:
                            yield found[rid]
                for *_, rid in rows:
                    if not isinstance(rid, str):  # as _load_bulk names it
                        self._note_damage(rid, "id")
                if phase == "undated" or len(rows) < batch:
                    break
                after = tuple(rows[-1][:3])
        if where == "1":
            yield from self._hidden_from_walk(walked, text, oldest_first, undated, keys, order)

    def _hidden_from_walk(self, walked: int, text: bool, oldest_first: bool, undated: str, keys: str,
                          order: str) -> Iterator[Reflection]:
        """The rows the id index knows but a walk through the table did not meet (a damaged page
        can hide some without an error), read on their own or noted damaged."""
        try:
            counted = self._raw("SELECT count(*) FROM reflections INDEXED BY sqlite_autoindex_reflections_1")
            if (counted[0][0] if counted else 0) == walked:
                return
            seen = {rid for (rid,) in self._raw(undated)}
            seen.update(rid for *_, rid in self._raw(
                f"SELECT {keys}, r.id FROM reflections r WHERE julianday(r.created_at) IS NOT NULL ORDER BY {order}"))
            missing = [rid for (rid,) in self._raw("SELECT id FROM reflections ORDER BY id")
                       if rid not in seen and rid not in self.damaged]
        except Corrupt:
            return
        found = []
        for rid in missing:
            extra = self._load_ids([rid], text=text) if isinstance(rid, str) else []
            if not extra:
                self._note_damage(rid, "rows")
            found += extra
        found.sort(key=newest_first_key, reverse=oldest_first)
        yield from found

    def _rest_after(self, where: str, params: tuple, phase: str, after: tuple | None, oldest_first: bool,
                    text: bool) -> Iterator[Reflection]:
        """What a walk stopped by a damaged page has not yet yielded, read as _load reads it."""
        if phase == "undated" and oldest_first:
            rest = self._load(where, params, text=text)  # nothing yielded yet
        elif phase == "undated":  # every dated one is out: the undated remain
            rest = self._load(f"({where}) AND julianday(r.created_at) IS NULL", params, text=text)
        elif after is None:
            rest = self._load(where, params, text=text) if not oldest_first else self._load(
                f"({where}) AND julianday(r.created_at) IS NOT NULL", params, text=text)
        else:
            sign = ">" if oldest_first else "<"
            rest = self._load(f"({where}) AND ((julianday(r.created_at), r.created_at, r.rowid) {sign} (?, ?, ?)"
                              + ("" if oldest_first else " OR julianday(r.created_at) IS NULL") + ")",
                              (*params, *after), text=text)
        yield from (reversed(rest) if oldest_first else rest)

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
            except Corrupt:
                complete = False
        if not complete and not ids:
            self._note_damage(None, "index")
        return [rid for rid in ids if isinstance(rid, str)]

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

        try:
            snapshots = self._snapshots(self._raw(f"SELECT hash, json FROM snapshots{hint}" + snap_filter, sub))
        except Corrupt:  # the shared texts cannot be read: the reflections' own rows still can
            snapshots = {}
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
        from datetime import datetime, timezone

        now = datetime.now(timezone.utc)
        for rid, created, updated, completed, lang, network, network_type, phase, snap in rows:
            if rid in seen:  # the same row met twice: a damaged page points at it again
                continue
            seen.add(rid)
            part = bad.get(rid) or _bad_row(rid, created, updated, completed, lang, network, network_type, phase, now)
            own_ratings, given = ratings.get(rid, {}), answers.get(rid, {})
            lost = None
            if part is None and snapshots.get(snap) is None:  # the shared texts are damaged, not the answers
                found = self._intact_copy(snap)
                if found is None:
                    lost = snap if isinstance(snap, str) and DIGEST_RE.match(snap) else ""
                    cids = list(dict.fromkeys([*own_ratings, *given, *steps.get(rid, {})]))
                    answered = {cid: len(texts) for cid, texts in given.items()}
                    found = (s := stand_in(cids, answered, set(own_ratings.values()), self._current())), shape_of(s)
            else:
                found = snapshots.get(snap)
            if part is None and found is not None:
                part = _bad_value(found[0], own_ratings, given, lost is not None)
            if part is not None or found is None:
                self._note_damage(rid, part or "snapshot")
                continue
            snapshot, shape = found
            if lost is not None:
                self.texts_lost[rid] = lost
            padded = {cid: _pad(given.pop(cid, []), n) for cid, n in shape} if text else {}
            padded.update(given)  # answers kept from before the scope was narrowed
            result.append(
                Reflection(
                    id=rid, created_at=created, updated_at=updated, completed_at=completed, lang=lang,
                    snapshot=snapshot, network=network, network_type=network_type, phase=phase,
                    ratings=_in_order(own_ratings, shape), answers=padded,
                    next_steps=_in_order(steps.get(rid, {}), shape), follow_ups=follow_ups.get(rid, []),
                    lost_texts=lost,
                )
            )
        return result

    def _snapshots(self, stored: list[tuple]) -> dict:
        """hash -> (Snapshot, shape), each checked once per store; None for a damaged one."""
        out = {}
        for key, blob in stored:
            if key not in self._snapshot_cache:
                self._snapshot_cache[key] = read_snapshot(key, blob)
            out[key] = self._snapshot_cache[key]
        return out

    def _current(self) -> Snapshot | None:
        """The content in use now (the first of `current_content`), for a stand-in's titles."""
        found = self._candidates()
        return found[0] if found else None

    def _candidates(self) -> list[Snapshot]:
        """The contents the command offers (`current_content`: the one in use, the built-in),
        read only when a damaged snapshot is met; [] when there are none or none can be read."""
        if self._current_cache is None:
            got: list[Snapshot] = []
            if self.current_content is not None:
                try:
                    got = list(self.current_content())
                except Exception:  # noqa: BLE001  content that cannot be read: ids alone, then
                    got = []
            self._current_cache = tuple(got)
        return list(self._current_cache)

    def _intact_copy(self, key: object) -> tuple[Snapshot, Shape] | None:
        """A content offered by the command that is an intact copy of the snapshot with digest `key`."""
        for candidate in self._candidates():
            if isinstance(key, str) and snapshot_json(candidate)[1] == key:
                return candidate, shape_of(candidate)
        return None


def _bad_row(rid, created, updated, completed, lang, network, network_type, phase, now=None) -> str | None:
    """Which part of a reflections row is not what netleder writes (and an import of its
    export would refuse: a date of another form or outside 2000 until tomorrow, a network type
    netleder does not know), or None."""
    if not (isinstance(rid, str) and ID_RE.match(rid)):
        return "id"
    if not date_as_written(created, now):
        return "created_at"
    # (a date equal to one already checked is not checked again: most rows have one date thrice)
    if not ((updated == created or date_as_written(updated, now))
            and (completed is None or completed in (created, updated) or date_as_written(completed, now))):
        return "dates"
    if lang not in LANGS:
        return "lang"
    if not all(v is None or isinstance(v, str) for v in (network, network_type, phase)):
        return "context"
    if network_type is not None and network_type not in NETWORK_TYPES:
        return "context"
    return None


def _bad_value(snapshot: Snapshot, ratings: dict[str, int], answers: dict[str, list[str]], stand_in: bool) -> str | None:
    """Which of a reflection's own values netleder never writes, or None: a rating off the
    snapshot's scale, an answer beyond its competence's questions."""
    scale = set(snapshot.scale_values)
    if any(v not in scale for v in ratings.values()):
        return "ratings"
    if not stand_in:
        asked = {c.id: len(c.questions) for c in snapshot.competences}
        if any(len(texts) > asked[cid] and any(texts[asked[cid]:]) for cid, texts in answers.items() if cid in asked):
            return "answers"
    return None


def _in_order(values: dict, shape: Shape) -> dict:
    """The snapshot's competences first, in its order; then any others as stored."""
    return {cid: values[cid] for cid, _ in shape if cid in values} | values if values else {}


def _pad(texts: list[str], n: int) -> list[str]:
    return texts + [""] * (n - len(texts)) if len(texts) < n else texts
