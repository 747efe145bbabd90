"""The store against real SQLite files: durability, safety, migrations, privacy, speed.

Read-only as root: root bypasses file permissions, so the store also treats a file or folder
whose owner write bit is off as read-only (see netleder/store.py); the tests use chmod and
therefore hold as root and as a normal user. The unreadable-file test drops to `nobody` in a
subprocess when run as root.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest

from builders import make
from netleder.content.loading import load_competences
from netleder.errors import BadInput, StoreError
from netleder.i18n import t
from netleder.reflection import FollowUp, Reflection, Snapshot
from netleder.store.database import Store
from netleder.store.files import DB_NAME, store_dir, store_path
from netleder.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def snap() -> Snapshot:
    return Snapshot.from_content(load_competences())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "home" / DB_NAME


def peek(path: Path, sql: str, params=()) -> list[tuple]:
    """Read with a separate, plain connection: what another process would see."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def fingerprint(path: Path) -> tuple:
    st = path.stat()
    return path.read_bytes(), st.st_ino, st.st_mode


def make_reflection(snap: Snapshot, rid: str, created: str, *, complete=True, network=None, text="svar") -> Reflection:
    return make(
        rid,
        created,
        {cid: 1 + i % 5 for i, cid in enumerate(snap.ids)},
        complete=complete,
        snapshot=snap,
        network=network,
        answers={cid: [f"{text} {cid} 1", f"{text} {cid} 2"] for cid in snap.ids},
        next_steps={snap.ids[0]: "prøv noget nyt"},
    )


def run_py(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


# --- location and permissions ----------------------------------------------------------


def test_location_from_env_and_platform(monkeypatch, tmp_path):
    monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / "x"))
    assert store_dir() == tmp_path / "x"
    assert store_path() == tmp_path / "x" / DB_NAME
    assert not (tmp_path / "x").exists()  # no side effects
    import platformdirs

    for value in ("", "  "):
        monkeypatch.setenv("NETLEDER_HOME", value)
        assert store_dir() == Path(platformdirs.user_data_dir("netleder", appauthor=False))
    monkeypatch.delenv("NETLEDER_HOME")
    assert store_path().name == DB_NAME


def test_open_uses_netleder_home(monkeypatch, tmp_path, snap):
    monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / "h"))
    with Store.open() as s:
        s.create_draft("da", snap)
        assert s.path == tmp_path / "h" / DB_NAME
    assert (tmp_path / "h" / DB_NAME).is_file()


def test_new_store_is_owner_only(db, snap):
    old = os.umask(0o022)
    try:
        with Store.open(db) as s:
            r = s.create_draft("da", snap)
            s.save_answer(r.id, snap.ids[0], 0, "hemmeligt")
            modes = {p.name: p.stat().st_mode & 0o777 for p in db.parent.iterdir()}
            assert os.umask(0o022) == 0o022  # restored after each operation
        assert db.parent.stat().st_mode & 0o777 == 0o700
        assert db.parent.parent.stat().st_mode & 0o077 == 0  # created parents too
        assert modes[DB_NAME] == 0o600
        assert modes[DB_NAME + "-wal"] == 0o600
        assert modes[DB_NAME + "-shm"] == 0o600
    finally:
        os.umask(old)


def test_existing_loose_permissions_are_tightened(db, snap):
    Store.open(db).close()
    os.chmod(db, 0o644)
    with Store.open(db) as s:
        s.create_draft("da", snap)
        assert all(p.stat().st_mode & 0o077 == 0 for p in db.parent.iterdir())


# --- durability and resume ---------------------------------------------------------------


def test_every_answer_is_durable_the_moment_it_is_given(db, snap):
    with Store.open(db) as s:
        r = s.create_draft("da", snap, network="Urban farming")
        for i, cid in enumerate(snap.ids[:4]):
            s.save_answer(r.id, cid, 0, f"svar {i}")
            assert peek(db, "SELECT text FROM answers WHERE reflection_id = ? AND competence_id = ?", (r.id, cid)) == [
                (f"svar {i}",)
            ]
            s.save_rating(r.id, cid, 3)
            with Store.open(db) as other:  # a second store sees it too
                seen = other.get(r.id)
                assert seen.answers[cid][0] == f"svar {i}" and seen.ratings[cid] == 3
        s.save_next_step(r.id, snap.ids[0], "ring til Bo")
        assert peek(db, "SELECT text FROM next_steps") == [("ring til Bo",)]
        s.save_next_step(r.id, snap.ids[0], None)
        assert peek(db, "SELECT text FROM next_steps") == []
        s.save_answer(r.id, snap.ids[0], 0, "")
        assert s.get(r.id).answers[snap.ids[0]] == ["", ""]


KILLED_WRITER = """
    import sys, time
    from netleder.content.loading import load_competences
    from netleder.reflection import Snapshot
    from netleder.store.database import Store
    snap = Snapshot.from_content(load_competences())
    s = Store.open(sys.argv[1])
    r = s.create_draft("da", snap)
    print(r.id, flush=True)
    for i in range(20):
        s.save_answer(r.id, snap.ids[i // 2], i % 2, f"svar {i} æøå")
        print(i, flush=True)
        time.sleep(0.02)
    time.sleep(60)
"""


def test_draft_survives_sigkill_half_way(db, snap):
    proc = run_py(KILLED_WRITER, str(db))
    try:
        rid = proc.stdout.readline().strip()
        given = [int(proc.stdout.readline()) for _ in range(9)]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert Path(str(db) + "-wal").exists()  # killed with the answers still in the WAL
    with Store.open(db) as s:
        draft = s.latest_draft()
        assert draft is not None and draft.id == rid and not draft.complete
        for i in given:
            assert draft.answers[snap.ids[i // 2]][i % 2] == f"svar {i} æøå"
        assert sum(1 for texts in draft.answers.values() for a in texts if a) < 20  # really half-way


def test_resume_latest_draft(db, snap):
    with Store.open(db) as s:
        assert s.latest_draft() is None
        old = s.create_draft("da", snap)
        s.save_answer(old.id, snap.ids[0], 0, "første")
        done = s.create_draft("en", snap)
        s.complete(done.id)
        assert s.latest_draft().id == old.id
        new = s.create_draft("da", snap)
        assert s.latest_draft().id == new.id
        s.discard(new.id)
        resumed = s.latest_draft()
        assert resumed.id == old.id and resumed.answers[snap.ids[0]] == ["første", ""]
        s.complete(old.id)
        assert s.latest_draft() is None
        assert s.latest_complete().id == done.id  # newest by creation, not by completion
        assert s.latest_complete(exclude=done.id).id == old.id


# --- migrations ----------------------------------------------------------------------------


def test_migrates_a_version_1_store_with_its_data(db, snap):
    import json

    db.parent.mkdir()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, db, target=1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'follow_ups'").fetchall()
    # data written the way version 1 wrote it
    conn.execute("INSERT INTO snapshots VALUES ('h1', ?)", (json.dumps(snap.to_dict()),))
    conn.execute(
        "INSERT INTO reflections VALUES ('v1abcd', '2024-03-01T10:00:00+01:00', '2024-03-01T10:20:00+01:00',"
        " '2024-03-01T10:20:00+01:00', 'da', 'Læringsnetværket', 'learning', 'opstart', 'h1')"
    )
    conn.execute("INSERT INTO answers VALUES ('v1abcd', ?, 1, 'andet svar ✓')", (snap.ids[2],))
    conn.execute("INSERT INTO ratings VALUES ('v1abcd', ?, 5)", (snap.ids[2],))
    conn.execute("INSERT INTO next_steps VALUES ('v1abcd', ?, 'spørg Ida')", (snap.ids[2],))
    conn.close()

    with Store.open(db) as s:
        old = s.get("v1abcd")
        assert (old.network, old.network_type, old.phase) == ("Læringsnetværket", "learning", "opstart")
        assert old.complete
        assert old.answers[snap.ids[2]] == ["", "andet svar ✓"]
        assert old.ratings == {snap.ids[2]: 5} and old.next_steps == {snap.ids[2]: "spørg Ida"}
        assert old.snapshot == snap and old.follow_ups == []
        new = s.create_draft("da", snap)
        s.save_follow_up(new.id, FollowUp(snap.ids[2], "spørg Ida", "partly", "hun var syg", from_id="v1abcd"))
        assert s.get(new.id).follow_ups == [FollowUp(snap.ids[2], "spørg Ida", "partly", "hun var syg", "v1abcd")]
    assert peek(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)] and SCHEMA_VERSION == len(MIGRATIONS)


# --- stores that cannot be used ------------------------------------------------------------


def _full_store(db: Path, snap: Snapshot) -> None:
    with Store.open(db) as s:
        for i in range(30):
            s.save_whole(make_reflection(snap, f"r{i:05d}", f"2024-01-01T10:{i:02d}:00+01:00", text="x" * 200))


def _corrupt_page(db: Path, snap: Snapshot) -> None:
    _full_store(db, snap)
    with open(db, "r+b") as f:
        f.seek(4096 * 3)  # the 4th page: a b-tree page
        f.write(b"\xa5" * 4096)


def _truncate(db: Path, snap: Snapshot) -> None:
    _full_store(db, snap)
    os.truncate(db, db.stat().st_size // 2)


def _newer(db: Path, snap: Snapshot) -> None:
    _full_store(db, snap)
    peek(db, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _foreign(db: Path, snap: Snapshot) -> None:
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('not ours')")
    conn.commit()
    conn.close()


def _random_bytes(db: Path, snap: Snapshot) -> None:
    db.parent.mkdir()
    db.write_bytes(os.urandom(8192))


def _plain_text(db: Path, snap: Snapshot) -> None:
    db.parent.mkdir()
    db.write_text("mine noter: æøå\r\n" * 100, encoding="utf-8")


def _readonly_file(db: Path, snap: Snapshot) -> None:
    _full_store(db, snap)
    os.chmod(db, 0o400)


def _readonly_folder(db: Path, snap: Snapshot) -> None:
    _full_store(db, snap)
    os.chmod(db.parent, 0o500)


UNUSABLE = [
    (_random_bytes, "store.not_db"),
    (_plain_text, "store.not_db"),
    (_foreign, "store.foreign"),
    (_truncate, "store.damaged"),
    (_newer, "store.newer"),
    (_readonly_file, "store.readonly"),
    (_readonly_folder, "store.readonly"),
]


@pytest.mark.parametrize("make, key", UNUSABLE, ids=[m.__name__.strip("_") for m, _ in UNUSABLE])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_unusable_store_is_refused_and_left_untouched(db, snap, make, key, lang):
    make(db, snap)
    before = fingerprint(db)
    try:
        with pytest.raises(StoreError) as caught:
            Store.open(db)
        expected = t(key, lang, path=db, found=SCHEMA_VERSION + 1, known=SCHEMA_VERSION)
        assert caught.value.format(lang)[0] == expected and caught.value.exit_code == 1
        assert str(db) in caught.value.format(lang)[0]
        assert fingerprint(db) == before
        if key != "store.readonly":  # read commands refuse it too
            with pytest.raises(StoreError):
                Store.open(db, create=False)
            assert fingerprint(db) == before
    finally:
        os.chmod(db.parent, 0o700)


def test_readonly_store_can_still_be_read(db, snap):
    _readonly_file(db, snap)
    os.chmod(db.parent, 0o500)
    before = fingerprint(db)
    try:
        with Store.open(db, create=False) as s:
            assert s.readonly and s.count() == 30 and s.get("r00003").answers
            with pytest.raises(StoreError) as caught:
                s.save_answer("r00003", snap.ids[0], 0, "nyt")
            assert "skrivebeskyttet" in caught.value.format("da")[0]
            with pytest.raises(StoreError):
                s.delete_all()
        assert fingerprint(db) == before
    finally:
        os.chmod(db.parent, 0o700)


def test_folder_at_database_path(db):
    db.mkdir(parents=True)
    with pytest.raises(StoreError) as caught:
        Store.open(db)
    assert "mappe" in caught.value.format("da")[0]
    assert db.is_dir() and not any(db.iterdir())


def test_file_at_folder_path(db):
    db.parent.write_text("x")
    with pytest.raises(StoreError) as caught:
        Store.open(db)
    assert str(db.parent) in caught.value.format("da")[0] and db.parent.read_text() == "x"


def test_unreadable_file(db, snap):
    _full_store(db, snap)
    if os.geteuid() != 0:
        os.chmod(db, 0o000)
        try:
            with pytest.raises(StoreError) as caught:
                Store.open(db)
            assert str(db) in caught.value.format("da")[0]
        finally:
            os.chmod(db, 0o600)
        return
    # root reads anything: a forked child becomes `nobody` and tries, in a folder it may enter
    import pwd

    nobody = pwd.getpwnam("nobody")
    shared = Path(tempfile.mkdtemp())
    try:
        os.chmod(shared, 0o755)
        target = shared / DB_NAME
        target.write_bytes(db.read_bytes())
        os.chmod(target, 0o600)
        before = fingerprint(target)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            try:
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
                results = []
                for path in (target, db):  # a file it may not read; a folder it may not enter
                    try:
                        Store.open(path)
                        results.append("opened")
                    except StoreError as e:
                        results.append(f"{e.exit_code} {e.format('da')[0]}")
                os.write(write_end, "\n".join(results).encode("utf-8"))
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            out = pipe.read().decode("utf-8")
        os.waitpid(pid, 0)
        unreadable, hidden = out.split("\n")
        # a folder others may enter, not the user's own: refused before the file is even tried
        assert unreadable == "1 " + t("store.folder_not_private", "da", path=shared, mode="0755"), out
        assert hidden.startswith("1 ") and str(db) in hidden and "læse" in hidden, out
        assert fingerprint(target) == before
    finally:
        subprocess.run(["rm", "-rf", str(shared)], check=True)


def test_disk_full_is_a_store_error_and_keeps_what_was_saved(db, snap):
    secret = "hemmeligt svar " * 7000
    with Store.open(db) as s:
        r = s.create_draft("da", snap)
        s.save_answer(r.id, snap.ids[0], 0, "gemt før")
        pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
        s._conn.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
        with pytest.raises(StoreError) as caught:
            s.save_answer(r.id, snap.ids[1], 0, secret)
        message = caught.value.format("da")[0]
        assert caught.value.exit_code == 1 and str(db) in message
        assert t("store.reason.full", "da") in message and t("store.hint.full", "da") in message
        assert "hemmeligt" not in message
        assert s.get(r.id).answers[snap.ids[0]][0] == "gemt før"  # the store is still usable
    with Store.open(db) as s:
        answers = s.get(r.id).answers
        assert answers[snap.ids[0]][0] == "gemt før" and answers[snap.ids[1]] == ["", ""]


def test_zero_byte_file_is_a_new_store(db, snap):
    db.parent.mkdir()
    db.touch()
    with Store.open(db, create=False) as s:  # reading creates nothing
        assert s.count() == 0 and s.reflections() == [] and s.latest_draft() is None
    assert db.stat().st_size == 0 and sorted(p.name for p in db.parent.iterdir()) == [DB_NAME]
    with Store.open(db) as s:
        s.create_draft("da", snap)
        assert s.count() == 1
    assert db.stat().st_mode & 0o777 == 0o600


def test_missing_store_read_only_open_creates_nothing(db, snap):
    with Store.open(db, create=False) as s:
        assert (s.count(), s.reflections(), s.latest_draft(), s.latest_complete()) == (0, [], None, None)
        assert not s.exists("abc")
        assert s.delete_all() == 0 and s.delete(["abc"]) == 0
        with pytest.raises(BadInput) as caught:
            s.resolve("latest")
        assert "netleder reflect" in caught.value.format("da")[0]
        with pytest.raises(RuntimeError):
            s.create_draft("da", snap)
    assert not db.parent.exists()


# --- ids -------------------------------------------------------------------------------------


def test_resolve_rules(db, snap):
    with Store.open(db) as s:
        with pytest.raises(BadInput) as caught:
            s.resolve("latest")
        assert caught.value.format("da")[0] == t("store.none_yet", "da") and caught.value.exit_code == 2
        s.save_whole(make_reflection(snap, "abc234", "2024-01-01T10:00:00+01:00"))
        s.save_whole(make_reflection(snap, "abd234", "2024-02-01T10:00:00+01:00"))
        s.save_whole(make_reflection(snap, "xyz789", "2024-03-01T10:00:00+01:00", complete=False))
        assert s.resolve("abc") == "abc234"
        assert s.resolve(" ABD2 ") == "abd234"
        assert s.resolve("x") == "xyz789"
        assert s.resolve("latest") == "abd234"  # newest complete, not the newer draft
        assert s.resolve("LATEST") == "abd234"
        with pytest.raises(BadInput) as caught:
            s.resolve("ab")
        assert "abc234 (1. januar 2024)" in caught.value.format("da")[0] and "abd234 (1. februar 2024)" in caught.value.format("da")[0]
        with pytest.raises(BadInput) as caught:
            s.resolve("qq\x1b[2J")
        message = caught.value.format("da")[0]
        assert "\x1b" not in message and "qq?[2J" in message
        assert "xyz789 (1. marts 2024, kladde)" in message and "abc234" in message
        for ref in ("", "   ", "abc2345"):
            with pytest.raises(BadInput):
                s.resolve(ref)
        with pytest.raises(BadInput):
            s.get("nope")
        s.delete(["abc234", "abd234"])
        assert s.resolve("latest") == "xyz789"  # no complete one: the newest draft


def test_newest_first_by_real_time_then_insertion(db, snap):
    with Store.open(db) as s:
        s.save_whole(make_reflection(snap, "aaaaaa", "2024-10-27T02:30:00+02:00"))  # 00:30 UTC
        s.save_whole(make_reflection(snap, "bbbbbb", "2024-10-27T02:10:00+01:00"))  # 01:10 UTC
        s.save_whole(make_reflection(snap, "cccccc", "2024-10-27T02:10:00+01:00"))  # same time, later
        assert [r.id for r in s.reflections()] == ["cccccc", "bbbbbb", "aaaaaa"]


def test_list_filters(db, snap):
    with Store.open(db) as s:
        s.save_whole(make_reflection(snap, "aaaaaa", "2024-01-01T10:00:00+01:00", network="Ærø Netværk"))
        s.save_whole(make_reflection(snap, "bbbbbb", "2024-01-02T10:00:00+01:00", network="Andet", complete=False))
        s.save_whole(make_reflection(snap, "cccccc", "2024-01-03T10:00:00+01:00", network="ærø  netværk"))
        assert [r.id for r in s.reflections(network=" ÆRØ NETVÆRK")] == ["cccccc", "aaaaaa"]
        assert [r.id for r in s.reflections(include_drafts=False)] == ["cccccc", "aaaaaa"]
        assert (s.count(), s.count(include_drafts=False)) == (3, 2)


# --- writing whole reflections -----------------------------------------------------------


def test_save_whole_round_trip_and_all_or_nothing(db, tmp_path, snap):
    with Store.open(db) as s:
        s.save_whole(make_reflection(snap, "prev01", "2023-01-01T10:00:00+01:00"))  # the steps followed up
        r = s.create_draft("en", snap, network="N", network_type="welfare", phase="opstart")
        s.save_answer(r.id, snap.ids[3], 1, "two")
        s.save_rating(r.id, snap.ids[3], 2)
        s.save_next_step(r.id, snap.ids[3], "step")
        s.save_follow_up(r.id, FollowUp(snap.ids[5], "old step", "done", "", "prev01"))
        s.save_follow_up(r.id, FollowUp(snap.ids[4], "other", "not_yet"))
        s.save_follow_up(r.id, FollowUp(snap.ids[5], "old step", "partly", "noted", "prev01"))  # replaces, keeps place
        s.complete(r.id)
        original = s.get(r.id)
    assert [f.competence_id for f in original.follow_ups] == [snap.ids[5], snap.ids[4]]
    assert original.follow_ups[0].status == "partly"
    with Store.open(tmp_path / "other" / DB_NAME) as other:
        other.save_whole(original)
        assert other.get(r.id) == original
        fresh = make_reflection(snap, other.unused_id(), "2024-01-01T10:00:00+01:00")
        with pytest.raises(StoreError):
            other.save_many([fresh, original], skip_existing=False)
        assert not other.exists(fresh.id)  # the whole import was rolled back
        assert other.save_many([fresh, original]) == (1, 1)
        assert other.count() == 2


def test_set_scope_keeps_answers_outside_the_scope(db, snap):
    small = Snapshot(snap.scale, snap.competences[:2])
    with Store.open(db) as s:
        r = s.create_draft("da", snap)
        s.save_answer(r.id, snap.ids[5], 0, "bevares")
        s.save_rating(r.id, snap.ids[5], 4)
        s.set_scope(r.id, small)
        got = s.get(r.id)
        assert got.scope == small.ids and got.answers[snap.ids[5]] == ["bevares"] and got.ratings[snap.ids[5]] == 4
        assert list(got.answers)[:2] == small.ids
        s.set_context(r.id, "Nyt navn", "innovation", "drift")
        assert (s.get(r.id).network, s.get(r.id).network_type, s.get(r.id).phase) == ("Nyt navn", "innovation", "drift")
        assert peek(db, "SELECT count(*) FROM snapshots") == [(1,)]  # the unused one is dropped


def test_writing_to_a_deleted_draft(db, snap):
    with Store.open(db) as s, Store.open(db) as other:
        r = s.create_draft("da", snap)
        other.delete([r.id])
        with pytest.raises(StoreError) as caught:
            s.save_answer(r.id, snap.ids[0], 0, "for sent")
        assert r.id in caught.value.format("da")[0] and "for sent" not in caught.value.format("da")[0]


# --- user text ---------------------------------------------------------------------------


TEXTS = {
    "danish": "Æblegrød, ørred og ål på Ærø — ÆØÅ æøå",
    "emoji": "🙂👩🏽‍💻🇩🇰 og 🦊",
    "long": ("Et langt svar med æøå og 🌱. " * 4000)[:100_000],
    "control": "tab\there, nul\x00byte, escape\x1b[31m, bell\x07, del\x7f",
    "crlf": "linje 1\r\nlinje 2\r\n",
    "cr": "linje 1\rlinje 2\r",
    "mixed": "a\nb\r\nc\rd\n\n",
    "spaces": "  indrykket og med mellemrum  ",
}


@pytest.mark.parametrize("name", TEXTS)
def test_user_text_is_stored_exactly(db, snap, name):
    text = TEXTS[name]
    with Store.open(db) as s:
        r = s.create_draft("da", snap, network=text)
        s.save_answer(r.id, snap.ids[0], 1, text)
        s.save_next_step(r.id, snap.ids[0], text)
        s.save_follow_up(r.id, FollowUp(snap.ids[0], text, "done", text))
    with Store.open(db, create=False) as s:
        got = s.get(r.id)
    assert got.network == text and got.answers[snap.ids[0]][1] == text and got.next_steps[snap.ids[0]] == text
    assert got.follow_ups[0].step == text and got.follow_ups[0].note == text
    assert len(got.answers[snap.ids[0]][1]) == len(text)


def test_undecodable_input_is_kept_as_replacement_characters(db, snap):
    raw = b"caf\xe9 ok".decode("utf-8", "surrogateescape")  # what a mis-set terminal gives
    with Store.open(db) as s:
        r = s.create_draft("da", snap)
        s.save_answer(r.id, snap.ids[0], 0, raw)
        assert s.get(r.id).answers[snap.ids[0]][0] == "caf\ufffd ok"


# --- deletion ---------------------------------------------------------------------------------


def _files_containing(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in folder.iterdir() if p.is_file() and needle in p.read_bytes()]


@pytest.mark.parametrize("how", ["delete", "delete_all", "discard"])
def test_deleted_text_is_gone_from_every_file(db, snap, how):
    marker = "ZQX-hemmelig-Ærø-🦊-7731"
    needles = [marker.encode("utf-8"), "hemmelig-Ærø".encode()]
    with Store.open(db) as s:
        keep = s.create_draft("da", snap)
        s.save_answer(keep.id, snap.ids[0], 0, "beholdes")
        s.complete(keep.id)
        r = s.create_draft("da", snap, network=marker)
        s.save_answer(r.id, snap.ids[0], 0, marker)
        s.save_answer(r.id, snap.ids[0], 0, marker + " rettet")  # an edit leaves an old copy in the WAL
        s.save_next_step(r.id, snap.ids[1], marker)
        assert _files_containing(db.parent, needles[0])  # the check can fail
        if how == "delete":
            assert s.delete([r.id, "unknown"]) == 1
        elif how == "discard":
            s.discard(r.id)
        else:
            assert s.delete_all() == 2
        for needle in needles:
            assert _files_containing(db.parent, needle) == []
        assert s.count() == (0 if how == "delete_all" else 1)
    for needle in needles:
        assert _files_containing(db.parent, needle) == []
    if how != "delete_all":
        with Store.open(db) as s:
            assert s.get(keep.id).answers[snap.ids[0]][0] == "beholdes"


# --- two writers -----------------------------------------------------------------------------


def test_two_stores_interleaving(db, snap):
    with Store.open(db) as a, Store.open(db) as b:
        ra, rb = a.create_draft("da", snap), b.create_draft("en", snap)
        for i, cid in enumerate(snap.ids):
            a.save_answer(ra.id, cid, 0, f"a{i}")
            b.save_answer(rb.id, cid, 0, f"b{i}")
            b.save_answer(ra.id, cid, 1, f"b-in-a{i}")  # even on the same draft
    with Store.open(db) as s:
        assert [x[0] for x in s.get(ra.id).answers.values()] == [f"a{i}" for i in range(len(snap.ids))]
        assert [x[1] for x in s.get(ra.id).answers.values()] == [f"b-in-a{i}" for i in range(len(snap.ids))]
        assert [x[0] for x in s.get(rb.id).answers.values()] == [f"b{i}" for i in range(len(snap.ids))]


CONCURRENT_WRITER = """
    import sys
    from netleder.content.loading import load_competences
    from netleder.reflection import Snapshot
    from netleder.store.database import Store
    snap = Snapshot.from_content(load_competences())
    path, shared, tag = sys.argv[1:]
    with Store.open(path) as s:
        own = s.create_draft("da", snap)
        for round in range(5):
            for i, cid in enumerate(snap.ids):
                s.save_answer(own.id, cid, round % 2, f"{tag} {round} {i}")
                s.save_rating(shared, cid if tag == "A" else cid + "-b", i % 5 + 1)
        print(own.id)
"""


def test_two_processes_writing_at_once(db, snap):
    with Store.open(db) as s:
        shared = s.create_draft("da", snap).id
    procs = [run_py(CONCURRENT_WRITER, str(db), shared, tag) for tag in "AB"]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    with Store.open(db) as s:
        for (out, _), tag in zip(outs, "AB"):
            own = s.get(out.strip())
            assert [a for a in own.answers.values()] == [[f"{tag} 4 {i}", f"{tag} 3 {i}"] for i in range(len(snap.ids))]
        assert len(s.get(shared).ratings) == 2 * len(snap.ids)


# --- speed -------------------------------------------------------------------------------------


def _fill(db: Path, snap: Snapshot, n: int) -> None:
    with Store.open(db) as s:
        s.save_many(
            make_reflection(snap, f"r{i:05d}", "2024-01-01T10:00:00+01:00", complete=i % 7 != 0, text="svar " * 40)
            for i in range(n)
        )


def _statements(db: Path, call) -> tuple[int, float, object]:
    with Store.open(db, create=False) as s:
        seen: list[str] = []
        s._conn.set_trace_callback(seen.append)
        # CPU time of this process: other processes on a busy machine do not count against it
        start = time.process_time()
        result = call(s)
        return len(seen), time.process_time() - start, result


def test_listing_a_thousand_reflections_is_fast_and_constant_in_queries(tmp_path, snap):
    one, many = tmp_path / "one" / DB_NAME, tmp_path / "many" / DB_NAME
    _fill(one, snap, 1)
    _fill(many, snap, 1000)
    q1, _, _ = _statements(one, lambda s: s.reflections())
    tracemalloc.start()
    q1000, seconds, found = _statements(many, lambda s: s.reflections())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(found) == 1000 and found[0].id == "r00999"
    assert found[0].answers[snap.ids[0]][0] == "svar " * 40 + f" {snap.ids[0]} 1"
    assert q1000 == q1  # one query per table, not per reflection
    assert seconds < 1.0, seconds
    assert peak < 80 * 2**20, peak
    assert found[0].snapshot is found[-1].snapshot  # the shared snapshot is parsed once
    assert peek(many, "SELECT count(*) FROM snapshots") == [(1,)]
    q_light, seconds, light = _statements(many, lambda s: s.reflections(text=False))
    assert q_light < q1000 and seconds < 0.5
    assert [r.ratings for r in light] == [r.ratings for r in found] and light[0].answers == {} == light[0].next_steps


def test_list_without_text_reads_no_user_text(db, snap):
    with Store.open(db) as s:
        s.save_whole(make_reflection(snap, "aaaaaa", "2024-01-01T10:00:00+01:00", network="Netværk"))
        seen: list[str] = []
        s._conn.set_trace_callback(seen.append)
        (light,) = s.reflections(text=False)
    assert not any("answers" in q or "next_steps" in q or "follow_ups" in q for q in seen)
    assert (light.network, light.complete, light.snapshot) == ("Netværk", True, snap) and len(light.ratings) == 10


# --- deferred creation (the wizard's first question does not wait for a new database) ----------


def test_deferred_store_is_created_by_the_first_write(tmp_path):
    from netleder.content.loading import load_competences
    from netleder.reflection import Snapshot

    path = tmp_path / "home" / "reflections.sqlite3"
    store = Store.open(path, defer=True)
    assert not path.exists() and not path.parent.exists()
    assert store.latest_draft() is None and store.latest_complete() is None
    draft = store.create_draft("da", Snapshot.from_content(load_competences()))
    store.save_answer(draft.id, "trygt-rum", 0, "første svar")
    assert path.exists()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store.close()
    with Store.open(path) as again:
        assert again.get(draft.id).answers["trygt-rum"][0] == "første svar"


def test_deferred_store_refuses_at_once_when_its_folder_cannot_be_made(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StoreError):
            Store.open(locked / "home" / "reflections.sqlite3", defer=True)
    finally:
        locked.chmod(0o700)


# --- the store imports nothing above it -----------------------------------------------------------


ABOVE_THE_STORE = ("netleder.views", "netleder.formats", "netleder.commands", "netleder.exchange",
                   "netleder.wizard", "netleder.cli", "netleder.output", "netleder.browser")


def _imports_of(module: str) -> set[str]:
    """Every netleder module `module` imports, at the top or inside a function."""
    import ast
    import importlib.util

    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("netleder"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("netleder"))
    return found


def test_the_store_imports_nothing_above_it():
    """Followed through every module it reaches: the store stands on the domain, the catalogue
    and the errors alone, never on views, writers, commands or the exchange formats."""
    todo = [f"netleder.store.{p.stem}" for p in (ROOT / "netleder" / "store").glob("*.py")]
    assert "netleder.store.database" in todo and "netleder.store.reflections" in todo
    seen: set[str] = set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo += _imports_of(module)
    upward = sorted(m for m in seen if m.startswith(ABOVE_THE_STORE))
    assert not upward, upward


def test_the_store_is_split_by_what_it_stores():
    """No part of the store carries more than one job's worth of code, and the reflections'
    listing no longer shadows the builtin `list`."""
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in (ROOT / "netleder" / "store").glob("*.py")}
    assert max(sizes.values()) < 800, sizes
    assert not hasattr(Store, "list") and callable(Store.reflections)


# --- every OS or SQLite failure in the catalogue's words --------------------------------------


def test_a_write_the_os_refuses_is_said_in_the_catalogues_words(db, snap, tmp_path):
    """`ulimit -f` (a limit on file size) makes SQLite fail with SQLITE_IOERR_WRITE: said as a
    write failure, never as an "unexpected database error"."""
    import resource

    with Store.open(db) as s:
        s.save_whole(make_reflection(snap, "aaaaaa", "2024-01-01T10:00:00+01:00"))
    size = db.stat().st_size
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({size + 8192}, {size + 8192}))
        from netleder.errors import StoreError
        from netleder.reflection import Snapshot
        from netleder.store.database import Store
        from netleder.content.loading import load_competences
        snap = Snapshot.from_content(load_competences())
        try:
            with Store.open({str(db)!r}) as s:
                d = s.create_draft("da", snap)
                for i in range(200):
                    s.save_answer(d.id, snap.ids[i % 10], i % 2, "x" * 20000 + str(i))
        except StoreError as e:
            print(e.format("en")[0])
            sys.exit(1)
    """)
    assert resource.RLIMIT_FSIZE is not None
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          check=False)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert t("store.reason.write", "en") in done.stdout and "unexpected" not in done.stdout
    with Store.open(db, create=False) as s:
        assert s.exists("aaaaaa")  # what was saved before is kept


def test_a_snapshot_is_keyed_by_its_sha256_read_without_hashlib(snap):
    """The digest a snapshot is stored under is SHA-256 of its JSON (as every netleder before
    this one keyed it), computed without hashlib (OpenSSL costs start-up); a stored snapshot
    whose text no longer matches its key is not trusted."""
    import hashlib

    from netleder.store.snapshots import read_snapshot, snapshot_json

    text, key = snapshot_json(snap)
    assert key == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert read_snapshot(key, text) is not None
    assert read_snapshot(key, text.replace('"da"', '"da" ', 1)) is None
    code = ("import sys\nfrom netleder.store.snapshots import sha256\n"
            "print(sha256(b'abc'), 'hashlib' in sys.modules, '_hashlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [hashlib.sha256(b"abc").hexdigest(), "False", "False"]
