"""The store against other users, permission spells, side files swapped under a running
process, deleted text that was quoted elsewhere, and import files of any size.

The tests run as root here and as a normal user elsewhere: where only root can make a file
owned by someone else, the normal user's branch plants what it can (a hard link, a symlink).
"""

from __future__ import annotations

import json
import os
import pwd
import stat
from pathlib import Path

import pytest

from builders import db, files_containing, make, seed, stored
from netleder.errors import StoreError
from netleder.i18n import t
from netleder.reflection import FollowUp, Snapshot
from netleder.store.database import Store
from netleder.store.files import DB_NAME


def mode(p: Path) -> int:
    return stat.S_IMODE(os.lstat(p).st_mode)


def _store(folder: Path, comps, *rids: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DB_NAME
    with Store.open(path) as s:
        for i, rid in enumerate(rids or ("aaaaaa",)):
            s.save_whole(make(rid, f"2024-01-{10 + i:02d}", {}, comps=comps))
    return path


# --- only the owner ----------------------------------------------------------------------------


def test_loose_folder_and_file_are_tightened_on_any_open(tmp_path, comps):
    path = _store(tmp_path / "h", comps)
    os.chmod(path.parent, 0o755)
    os.chmod(path, 0o644)
    with Store.open(path, create=False) as s:  # a read command tightens too
        assert [r.id for r in s.reflections()] == ["aaaaaa"]
    assert mode(path.parent) == 0o700 and mode(path) == 0o600


def test_a_folder_others_can_reach_and_that_is_not_ours_is_refused(tmp_path, comps):
    if os.geteuid() == 0:
        folder = tmp_path / "shared"
        path = _store(folder, comps)
        os.chmod(folder, 0o755)
        nobody = pwd.getpwnam("nobody")
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    else:
        folder = Path("/tmp")  # root's, and everybody's
        path = folder / DB_NAME
    with pytest.raises(StoreError) as caught:
        Store.open(path, create=False)
    assert caught.value.key == "store.folder_not_private" and caught.value.exit_code == 1
    assert mode(folder) & 0o077  # nothing was changed


@pytest.mark.parametrize("kind", ["hard link", "symlink", "other owner"])
@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_planted_side_file_is_refused_before_sqlite_opens_it(tmp_path, comps, kind, suffix):
    path = _store(tmp_path / "h", comps)
    side = Path(str(path) + suffix)
    spy = tmp_path / "spy"  # where another user would read along
    spy.write_bytes(b"")
    if kind == "hard link":
        os.link(spy, side)
    elif kind == "symlink":
        side.symlink_to(spy)
    elif os.geteuid() == 0:
        side.write_bytes(b"")
        nobody = pwd.getpwnam("nobody")
        os.chown(side, nobody.pw_uid, nobody.pw_gid)
    else:  # a normal user cannot give a file away: the nearest thing is a link to another's file
        side.symlink_to("/etc/hostname")
    for create in (True, False):
        with pytest.raises(StoreError) as caught:
            Store.open(path, create=create)
        assert caught.value.key == "store.side_file_foreign"
        assert t(caught.value.key, "en", path=side) == caught.value.format("en")[0]
    assert spy.read_bytes() == b""  # SQLite never wrote a page into it


def test_a_leftover_read_only_shm_does_not_block_saving(tmp_path, comps):
    path = _store(tmp_path / "h", comps)
    os.chmod(path, 0o400)  # a read-only spell: SQLite gives new side files the database's mode
    with Store.open(path, create=False) as s:
        assert s.readonly or os.geteuid() == 0
        s.reflections()
        for side in (Path(str(path) + "-shm"), Path(str(path) + "-wal")):
            side.touch()
            os.chmod(side, 0o400)
    os.chmod(path, 0o600)
    with Store.open(path) as s:
        s.save_whole(make("bbbbbb", "2024-02-01", {}, comps=comps))
    assert [r.id for r in stored_at(path)] == ["bbbbbb", "aaaaaa"]


def stored_at(path: Path):
    with Store.open(path, create=False) as s:
        return s.reflections()


def test_info_reports_permissions_truthfully(cli, home, comps):
    seed(home, make("aaaaaa", "2024-01-01", {}, comps=comps))
    os.chmod(home, 0o755)
    data = json.loads(cli("info", "--format", "json").stdout)["store"]
    assert data["private"] is True and data["folder_mode"] == "0700"  # tightened on open, then reported
    side = Path(str(db(home)) + "-wal")
    side.symlink_to(db(home))  # planted: not a plain file of the user's
    result = cli("info", "--format", "json")
    data = json.loads(result.stdout)["store"]
    assert data["private"] is False and data["problem"] is not None
    assert {"path": str(side), "mode": f"{mode(side):04o}", "private": False} in data["files"]


# --- internal files removed under a running process -------------------------------------------


def test_side_files_deleted_under_a_running_wizard_never_lose_a_save(tmp_path, comps):
    path = _store(tmp_path / "h", comps)
    snap = Snapshot.from_content(comps)
    wizard = Store.open(path)
    draft = wizard.create_draft("da", snap)
    wizard.save_answer(draft.id, snap.ids[0], 0, "første svar")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink()
    with Store.open(path) as other:  # `reflect --answers` meanwhile
        other.save_whole(make("cccccc", "2024-03-01", {}, comps=comps))
    with pytest.raises(StoreError) as caught:
        wizard.save_answer(draft.id, snap.ids[0], 1, "andet svar")
    assert caught.value.key == "store.files_replaced"
    wizard.close()
    found = {r.id: r for r in stored_at(path)}
    assert "cccccc" in found  # the other save is kept
    assert found[draft.id].answers[snap.ids[0]][0] == "første svar"  # and what was saved before


# --- deleting removes quoted text too ------------------------------------------------------------


def test_deleting_a_reflection_removes_its_next_step_quoted_in_a_later_follow_up(cli, home, comps):
    cid = comps.competences[0].id
    secret = "RING-TIL-BORGMESTEREN-7431"
    first = make("aaaaaa", "2024-01-01", {cid: 2}, comps=comps, next_steps={cid: secret})
    later = make("bbbbbb", "2024-02-01", {cid: 3}, comps=comps,
                 follow_ups=[FollowUp(cid, secret, "done", "gik fint", "aaaaaa")])
    seed(home, first, later)
    assert files_containing(home, secret)
    assert cli("delete", "aaaaaa", "--yes").exit_code == 0
    assert files_containing(home, secret) == []  # the file's bytes, WAL and all
    (kept,) = stored(home)
    assert kept.id == "bbbbbb" and kept.follow_ups == [] and kept.ratings == {cid: 3}


# --- import files of any size: streamed, capped, dated sensibly ------------------------------


def _export(cli, tmp_path) -> dict:
    out = tmp_path / "x.json"
    assert cli("export", "--output", str(out)).exit_code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_errors_are_capped_with_a_count_of_the_rest(cli, home, comps, tmp_path):
    seed(home, make("aaaaaa", "2024-01-01", {}, comps=comps))
    doc = _export(cli, tmp_path)
    record = doc["reflections"][0]
    doc["reflections"] = [dict(record, id=f"bad{i:03d}".replace("0", "z").replace("1", "y"), created_at="nej")
                          for i in range(300)]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = cli("import", str(path), "--lang", "en")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert t("x.invalid_file", "en", path=path, count=300) in lines[0]
    assert sum(1 for line in lines if "created_at" in line) == 50
    assert t("x.more_problems", "en", count=250) in result.stderr


@pytest.mark.parametrize("created, ok", [
    ("2024-05-01T10:00:00+02:00", True),
    ("2024-05-01T08:00:00Z", True),
    ("2024-05-01T10:00:00.123456+02:00", True),
    ("9999-12-31T23:59:59+00:00", False),  # would be "latest" for good
    ("1999-12-31T23:59:59+00:00", False),
    ("2024-W18-3T10:00:00+02:00", False),  # ISO week date: sorts wrongly as text
    ("2024-122T10:00:00+02:00", False),  # ordinal date
    ("2024-05-01 10:00:00+02:00", False),
    ("2024-05-01T10:00:00", False),  # no time zone
])
def test_dates_have_one_form_and_a_sensible_range(cli, home, comps, tmp_path, created, ok):
    seed(home, make("aaaaaa", "2024-01-01", {}, comps=comps))
    doc = _export(cli, tmp_path)
    doc["reflections"][0].update(id="bbbbbb", created_at=created, completed_at=created, updated_at=created)
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = cli("import", str(path))
    assert result.exit_code == (0 if ok else 2), result.stderr


def test_a_large_store_round_trips_in_order_with_keys_in_any_order(cli, home, comps, tmp_path,
                                                                    monkeypatch):
    snap = Snapshot.from_content(comps)
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    many = [make("".join(alphabet[(i // len(alphabet) ** k) % len(alphabet)] for k in range(6)),
                 f"{2001 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}", {snap.ids[0]: 1 + i % 5}, snapshot=snap,
                 answers={snap.ids[0]: [f"svar {i}"]}) for i in range(1500)]
    seed(home, *many)
    doc = _export(cli, tmp_path)
    assert len(doc["reflections"]) == 1500
    created = [r["created_at"] for r in doc["reflections"]]
    assert created == sorted(created, key=lambda c: c)  # oldest first
    reordered = {"reflections": doc["reflections"], "version": 1, "format": "netleder-reflections"}
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps(reordered, indent=1), encoding="utf-8")
    monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / "new"))
    result = cli("import", str(path))
    assert result.exit_code == 0 and "1500 refleksioner importeret." in result.stdout
    again = tmp_path / "again"
    again.mkdir()
    assert _export(cli, again)["reflections"] == doc["reflections"]


def _many(comps, n: int, start: int = 0):
    snap = Snapshot.from_content(comps)
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    for i in range(start, start + n):
        rid = "".join(alphabet[(i // len(alphabet) ** k) % len(alphabet)] for k in range(6))
        yield make(rid, f"{2001 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}", {c: 1 + i % 5 for c in snap.ids},
                   snapshot=snap, answers={c: [f"svar {i} {c} " * 10, "andet"] for c in snap.ids})


def test_export_and_import_memory_does_not_grow_with_the_store(cli, tmp_path, comps, monkeypatch):
    import tracemalloc
    from functools import partialmethod

    # Export holds one batch of reflections at a time (200 by default). Both sizes here must be
    # well above a batch, or the smaller store is read in one smaller batch and the comparison
    # measures the batch, not the store: batches of 50 keep the test small and fast.
    monkeypatch.setattr(Store, "iter_all", partialmethod(Store.iter_all, batch=50))
    peaks = {}
    for n in (150, 1500):
        home_n = tmp_path / f"h{n}"
        home_n.mkdir(mode=0o700)
        with Store.open(home_n / DB_NAME) as s:
            s.save_many(_many(comps, n))
        monkeypatch.setenv("NETLEDER_HOME", str(home_n))
        out = tmp_path / f"x{n}.json"
        tracemalloc.start()
        assert cli("export", "--output", str(out)).exit_code == 0
        export_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / f"new{n}"))
        tracemalloc.start()
        result = cli("import", str(out))
        import_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert result.exit_code == 0 and f"{n} {'refleksion' if n == 1 else 'refleksioner'} importeret." in result.stdout
        peaks[n] = (export_peak, import_peak, out.stat().st_size)
    (e200, i200, size200), (e2000, i2000, size2000) = peaks[150], peaks[1500]
    assert size2000 > 9 * size200  # ten times the reflections, ten times the file ...
    assert e2000 < 1.5 * e200 + 2**20 and i2000 < 1.5 * i200 + 2**20, peaks  # ... not ten times the memory


def test_without_posix_ownership_the_store_still_works(tmp_path, comps, monkeypatch, cli):
    """On Windows there is no os.geteuid, no owner bits and no hard-link count to trust: the
    checks step aside (guarded), and the store opens, saves, lists and reports as usual."""
    from netleder.store import files

    monkeypatch.setattr(files, "POSIX", False)
    monkeypatch.delattr(os, "geteuid", raising=False)
    path = _store(tmp_path / "h", comps, "aaaaaa", "bbbbbb")
    with Store.open(path) as s:
        s.save_whole(make("cccccc", "2024-03-01", {}, comps=comps))
        assert [r.id for r in s.reflections()] == ["cccccc", "bbbbbb", "aaaaaa"]
    monkeypatch.setenv("NETLEDER_HOME", str(path.parent))
    data = json.loads(cli("info", "--format", "json").stdout)["store"]
    assert data["reflections"] == 3 and data["private"] is None  # not claimed either way


def test_last_time_walked_back_through_the_index_is_what_the_whole_list_says(tmp_path, comps):
    """previous_complete_in (constant cost) agrees with reading the whole network newest first."""
    import random

    rng = random.Random(7)
    names = ["Netværk A", "netværk  a", "Netværk B", None]
    made = []
    for i in range(60):
        day = f"2024-{1 + rng.randrange(3):02d}-{1 + rng.randrange(3):02d}"  # many share a day and a second
        made.append(make(f"r{i:05d}".replace("0", "z").replace("1", "y"), day, {}, comps=comps,
                         network=rng.choice(names), complete=rng.random() < 0.7))
    path = tmp_path / "h" / DB_NAME
    path.parent.mkdir()
    with Store.open(path) as s:
        s.save_many(made, skip_existing=False)
        for r in s.reflections():
            if not r.network:
                continue
            newest_first = s.reflections(network=r.network, include_drafts=True, text=False)
            ids = [x.id for x in newest_first]
            expected = next((x.id for x in newest_first[ids.index(r.id) + 1:] if x.complete), None)
            found = s.previous_complete_in(r.id, r.network)
            assert (found.id if found else None) == expected, r.id


# --- a draft's lock, and a follow-up's source, under another window ------------------------------


def test_a_wizard_whose_lock_file_was_deleted_stops_writing(tmp_path, comps):
    from netleder.store.locks import DraftLock, lock_path

    path = _store(tmp_path / "h", comps)
    with Store.open(path) as s:
        draft = s.create_draft("da", Snapshot.from_content(comps))
        cid = draft.scope[0]
        lock = DraftLock.acquire(s.folder, draft.id, "2025-01-01T10:00:00+01:00")
        try:
            s.save_answer(draft.id, cid, 0, "mit svar")
            lock_path(s.folder, draft.id).unlink()  # deleted under the running wizard: another window could take it
            with pytest.raises(StoreError) as e:
                s.save_answer(draft.id, cid, 0, "")
            assert e.value.key == "store.lock_lost"
            assert s.get(draft.id).answers[cid][0] == "mit svar"  # nothing wiped
        finally:
            lock.release()
        s.save_answer(draft.id, cid, 1, "uden lås: import og --answers skriver som før")


def test_a_follow_up_whose_source_was_deleted_is_not_saved(tmp_path, comps):
    path = _store(tmp_path / "h", comps, "aaaaaa")
    with Store.open(path) as s:
        draft = s.create_draft("da", Snapshot.from_content(comps))
        s.delete(["aaaaaa"])  # from another window, while the wizard asks about its steps
        with pytest.raises(StoreError) as e:
            s.save_follow_up(draft.id, FollowUp(draft.scope[0], "spørg Ida", "done", "", from_id="aaaaaa"))
        assert e.value.key == "store.follow_up_source_gone"
        assert s.get(draft.id).follow_ups == []


# --- settings.json: only the owner's own plain file --------------------------------------------


def test_settings_refuse_a_link_and_never_write_through_one(home, cli, tmp_path):
    home.mkdir(mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own file\n", encoding="utf-8")
    (home / "settings.json").symlink_to(victim)
    result = cli("settings", "--name", "Mette", "--lang", "en")
    assert result.exit_code == 1 and t("settings.not_plain", "en", path=home / "settings.json") in result.stderr
    assert victim.read_text(encoding="utf-8") == "the victim's own file\n"
    shown = cli("settings", "--lang", "en")
    assert shown.exit_code == 1 and "victim" not in shown.stdout


def test_settings_in_a_folder_others_could_write_ignore_planted_temp_files(home, cli, tmp_path):
    home.mkdir()
    os.chmod(home, 0o777)
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own file\n", encoding="utf-8")
    for guess in [os.getpid() + n for n in range(-50, 50)] + ["x"]:
        (home / f".settings.json.{guess}.tmp").symlink_to(victim)
    result = cli("settings", "--name", "Mette")
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "the victim's own file\n"
    settings = home / "settings.json"
    assert stat.S_ISREG(os.lstat(settings).st_mode) and mode(settings) == 0o600
    assert json.loads(settings.read_text(encoding="utf-8"))["leader_name"] == "Mette"
    assert mode(home) == 0o700  # tightened before anything was written
    assert not list(home.glob(".settings.json.*"))  # planted names removed


def test_a_fifo_as_settings_is_refused_at_once(home, cli):
    home.mkdir(mode=0o700)
    os.mkfifo(home / "settings.json")
    result = cli("settings", "--lang", "en")
    assert result.exit_code == 1 and "plain file" in result.stderr


# --- odd things where the store should be: a clear message at once, never a hang ---------------


def _run(home_dir: Path, *args: str):
    import subprocess
    import sys
    import time

    env = dict(os.environ, NETLEDER_HOME=str(home_dir))
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "netleder", *args, "--lang", "en"], env=env,
                          capture_output=True, text=True, timeout=30, check=False)
    return done, time.monotonic() - began


@pytest.mark.parametrize("odd", ["fifo", "device", "dangling", "loop", "folder_dangling", "folder_loop", "folder_fifo",
                                 "folder_link_to_fifo"])
def test_odd_files_where_the_store_should_be_fail_at_once(tmp_path, odd):
    home_dir = tmp_path / "home"
    fifo = tmp_path / "fifo"
    if odd in ("folder_fifo", "folder_link_to_fifo"):
        # (a FIFO rather than a link to /dev/null: a regression would change a device's mode)
        os.mkfifo(home_dir if odd == "folder_fifo" else fifo)
        os.chmod(home_dir if odd == "folder_fifo" else fifo, 0o644)
        if odd == "folder_link_to_fifo":
            home_dir.symlink_to(fifo)
    elif odd.startswith("folder"):
        home_dir.symlink_to(tmp_path / "unmounted" if odd == "folder_dangling" else home_dir)
    else:
        home_dir.mkdir(mode=0o700)
        target = home_dir / DB_NAME
        if odd == "fifo":
            os.mkfifo(target)
        elif odd == "device":
            target.symlink_to(os.devnull)
        elif odd == "dangling":
            target.symlink_to(tmp_path / "unmounted" / DB_NAME)
        else:
            target.symlink_to(target)
    for args in (["check"], ["info"], ["history"], ["export"], ["delete", "--all", "--yes"], ["show"]):
        done, seconds = _run(home_dir, *args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert "no saved reflections" not in done.stdout + done.stderr
        assert "Traceback" not in done.stderr and seconds < 10, (args, seconds)
        expected = {"fifo": "plain file", "device": "plain file", "folder_fifo": "not a folder",
                    "folder_link_to_fifo": "not a folder"}.get(odd, "leads nowhere")
        assert expected in " ".join(done.stderr.split()), (args, done.stderr)
        assert "could be read by others" not in done.stderr  # nothing odd is ever changed
    if odd.startswith("folder_") and "fifo" in odd:
        assert mode(fifo if odd == "folder_link_to_fifo" else home_dir) == 0o644


def test_settings_where_the_folder_is_a_link_to_nowhere_say_so(home, cli, tmp_path):
    home.symlink_to(tmp_path / "unmounted")
    result = cli("settings", "--name", "Mette", "--lang", "en")
    assert result.exit_code == 1 and "leads nowhere" in " ".join(result.stderr.split())


def test_a_file_others_could_read_before_it_was_tightened_is_said_once(home, cli, comps):
    seed(home, make("aaaaaa", "2024-01-10", {}, comps=comps))
    os.chmod(home, 0o755)
    os.chmod(db(home), 0o644)
    first = cli("history", "--lang", "en")
    assert first.exit_code == 0
    assert t("store.was_open", "en", path=db(home), mode="0644") in first.stderr
    assert t("store.was_open", "en", path=home, mode="0755") in first.stderr
    assert "store" not in cli("history", "--lang", "en").stderr  # once: now it is private
    info = cli("info", "--lang", "en")
    assert t("info.privacy_text", "en") in " ".join(info.stdout.split())


def test_info_does_not_claim_privacy_it_has_not_checked(home, cli):
    home.mkdir()
    os.chmod(home, 0o777)  # no database yet: nothing opened, nothing tightened
    info = cli("info", "--lang", "en")
    text = " ".join(info.stdout.split())
    assert t("info.privacy_text_open", "en") in text and "Only you can read" not in text


def test_editor_and_lock_files_never_write_through_a_planted_link(tmp_path):
    from netleder.store.locks import DraftLock, editor_path, lock_path, write_editor_file

    folder = tmp_path / "h"
    folder.mkdir(mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own file\n", encoding="utf-8")
    target = editor_path(folder, "abcdef", "answer.trygt-rum.0")
    target.symlink_to(victim)
    write_editor_file(target, "mit svar")
    assert victim.read_text(encoding="utf-8") == "the victim's own file\n"
    assert not target.is_symlink() and target.read_text(encoding="utf-8") == "mit svar" and mode(target) == 0o600
    lock_path(folder, "abcdef").symlink_to(victim)
    lock = DraftLock.acquire(folder, "abcdef", "2025-01-01T10:00:00+01:00")  # the planted link removed
    try:
        assert not lock_path(folder, "abcdef").is_symlink()
    finally:
        lock.release()
    assert victim.read_text(encoding="utf-8") == "the victim's own file\n"


# --- every write tightens the folder it writes into, in the writing code itself ----------------


def _victim(tmp_path: Path, mode_bits: int = 0o640) -> Path:
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own file\n", encoding="utf-8")
    os.chmod(victim, mode_bits)
    return victim


def test_a_page_written_into_the_store_folder_tightens_it_first(home, cli, tmp_path):
    """`phases --output` opens no store: the folder is made private by the write itself, the
    names planted where its temporary files go are removed, and what was open is said once."""
    sub = home / "udskrifter"
    sub.mkdir(parents=True)
    os.chmod(home, 0o777)
    os.chmod(sub, 0o777)
    victim = _victim(tmp_path)
    for guess in ("x", "0", "aaaaaaaaaaaaaaaa"):
        (sub / f".faser.md.{guess}.tmp").symlink_to(victim)
    result = cli("phases", "--format", "markdown", "--output", str(sub / "faser.md"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert mode(home) == 0o700 and mode(sub) == 0o700
    assert t("store.was_open", "en", path=Path(os.path.realpath(home)), mode="0777") in result.stderr
    assert t("store.was_open", "en", path=Path(os.path.realpath(sub)), mode="0777") in result.stderr
    assert not list(sub.glob(".faser.md.*"))  # planted names gone, the victim untouched
    assert victim.read_text(encoding="utf-8") == "the victim's own file\n" and mode(victim) == 0o640
    assert "Fase" in (sub / "faser.md").read_text(encoding="utf-8") or "Phase" in (sub / "faser.md").read_text(
        encoding="utf-8")


def test_a_page_written_elsewhere_leaves_that_folder_as_it_is(cli, tmp_path):
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    os.chmod(elsewhere, 0o777)
    assert cli("phases", "--format", "markdown", "--output", str(elsewhere / "faser.md")).exit_code == 0
    assert mode(elsewhere) == 0o777  # not netleder's folder: not netleder's to change


def test_a_page_into_a_store_folder_that_is_not_ours_is_refused(home, cli):
    home.mkdir()
    os.chmod(home, 0o777)
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(home, nobody.pw_uid, nobody.pw_gid)
    else:  # pragma: no cover - only root can give a folder away; /tmp is root's and open to all
        pytest.skip("needs a folder of another user")
    result = cli("phases", "--format", "markdown", "--output", str(home / "faser.md"), "--lang", "en")
    assert result.exit_code == 1 and "does not belong to you" in " ".join(result.stderr.split())
    assert not (home / "faser.md").exists()


def test_a_temporary_file_swapped_for_a_link_while_written_is_never_followed(cli, tmp_path, monkeypatch):
    """Someone who can write the folder replaces the temporary file by a link to another file
    while it is being written: its mode is set through the open file, not the name, and the
    swapped name is not renamed into place."""
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o777)
    victim = _victim(tmp_path)
    real_fsync = os.fsync

    def swap(fd: int) -> None:
        real_fsync(fd)
        for temp in folder.glob(".faser.md.*.tmp"):
            temp.unlink()
            temp.symlink_to(victim)

    monkeypatch.setattr(os, "fsync", swap)
    result = cli("phases", "--format", "markdown", "--output", str(folder / "faser.md"), "--lang", "en")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert mode(victim) == 0o640 and victim.read_text(encoding="utf-8") == "the victim's own file\n"
    assert not (folder / "faser.md").exists() and not (folder / "faser.md").is_symlink()


def test_settings_json_of_another_user_is_refused_unread(home, cli):
    home.mkdir(mode=0o700)
    settings = home / "settings.json"
    settings.write_text('{"leader_name": "Someone Else"}\n', encoding="utf-8")
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(settings, nobody.pw_uid, nobody.pw_gid)
    else:
        os.link(settings, home / "another-name.json")  # a second name: not the user's alone
    shown = cli("settings", "--lang", "en")
    assert shown.exit_code == 1 and "Someone Else" not in shown.stdout + shown.stderr
    assert "settings.json" in shown.stderr
    assert cli("settings", "--name", "Mette").exit_code == 1  # never written over either
    assert "Someone Else" in settings.read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [["check"], ["feedback", "show"], ["reflect", "--answers", "{answers}"]],
                         ids=" ".join)
def test_a_store_opened_by_any_command_says_once_what_others_could_read(home, cli, comps, tmp_path, args):
    """Not only the commands that list reflections: every command that opens the store says
    what it tightened, once."""
    seed(home, make("aaaaaa", "2024-01-10", {}, comps=comps))
    os.chmod(home, 0o755)
    os.chmod(db(home), 0o644)
    answers = tmp_path / "svar.yaml"
    answers.write_text("network: Test\ncompetences:\n  1:\n    rating: 4\n", encoding="utf-8")
    args = [a.replace("{answers}", str(answers)) for a in args]
    first = cli(*args, "--lang", "en")
    assert first.stderr.count(t("store.was_open", "en", path=db(home), mode="0644")) == 1, first.output
    assert first.stderr.count(t("store.was_open", "en", path=home, mode="0755")) == 1
    assert "could be read by others" not in cli(*args, "--lang", "en").stderr


def test_info_says_what_was_open_until_it_tightened_it(home, cli, comps):
    seed(home, make("aaaaaa", "2024-01-10", {}, comps=comps))
    os.chmod(home, 0o755)
    os.chmod(db(home), 0o644)
    info = cli("info", "--lang", "en")
    text = " ".join(info.stdout.split())
    assert t("info.privacy_text_tightened", "en") in text and t("info.privacy_text", "en") not in text
    assert t("store.was_open", "en", path=db(home), mode="0644") in info.stderr
    again = " ".join(cli("info", "--lang", "en").stdout.split())
    assert t("info.privacy_text", "en") in again  # private now, and nothing more to say


def test_info_on_windows_says_permissions_were_not_checked(home, cli, comps, monkeypatch):
    from netleder.store import files

    seed(home, make("aaaaaa", "2024-01-10", {}, comps=comps))
    monkeypatch.setattr(files, "POSIX", False)
    monkeypatch.delattr(os, "geteuid", raising=False)
    os.chmod(db(home), 0o666)  # Windows reports its files so; it says nothing about who may read
    text = " ".join(cli("info", "--lang", "en").stdout.split())
    assert t("info.privacy_text_unchecked", "en") in text
    assert t("info.perms_unchecked", "en") in text
    assert "Only you can read" not in text and "could not tighten" not in text


def test_every_write_tightens_the_store_folder_again(tmp_path, comps):
    """A wizard runs for long: a folder opened to others meanwhile is private again before the
    next answer is written."""
    path = _store(tmp_path / "h", comps)
    with Store.open(path) as s:
        os.chmod(path.parent, 0o777)
        s.save_whole(make("bbbbbb", "2024-02-10", {}, comps=comps))
        assert mode(path.parent) == 0o700


def test_editor_and_lock_files_tighten_their_folder_first(tmp_path):
    from netleder.store.locks import DraftLock, editor_path, write_editor_file

    folder = tmp_path / "h"
    folder.mkdir()
    os.chmod(folder, 0o777)
    write_editor_file(editor_path(folder, "abcdef", "answer.trygt-rum.0"), "mit svar")
    assert mode(folder) == 0o700
    os.chmod(folder, 0o777)
    DraftLock.acquire(folder, "abcdef", "2025-01-01T10:00:00+01:00").release()
    assert mode(folder) == 0o700


def test_an_editor_file_planted_as_a_link_is_never_read_into_an_answer(tmp_path):
    from netleder.store.locks import editor_path, read_editor_file

    folder = tmp_path / "h"
    folder.mkdir(mode=0o700)
    secret = tmp_path / "secret.txt"
    secret.write_text("another file's text\n", encoding="utf-8")
    planted = editor_path(folder, "abcdef", "answer.trygt-rum.0")
    planted.symlink_to(secret)
    with pytest.raises(OSError):
        read_editor_file(planted)
    planted.unlink()
    planted.write_text("mit svar", encoding="utf-8")
    assert read_editor_file(planted) == "mit svar"


def test_an_export_or_page_never_replaces_one_of_netleders_own_files(home, cli, comps):
    seed(home, make("aaaaaa", "2024-01-10", {}, comps=comps))
    assert cli("settings", "--name", "Mette").exit_code == 0
    settings = (home / "settings.json").read_bytes()
    for args in (["export", "--output", str(home / "settings.json"), "--force"],
                 ["export", "--output", str(home / "damage-found.json"), "--force"],
                 ["phases", "--output", str(home / "edit-abcdef.answer.trygt-rum.0.txt"), "--force"],
                 ["phases", "--format", "html", "--output", str(home / "open" / "side.html")]):
        (home / "open").mkdir(exist_ok=True, mode=0o700)
        result = cli(*args, "--lang", "en")
        assert result.exit_code == 2 and "one of netleder's own files" in " ".join(result.stderr.split()), args
    assert (home / "settings.json").read_bytes() == settings
    assert not (home / "edit-abcdef.answer.trygt-rum.0.txt").exists() and not (home / "damage-found.json").exists()
    assert cli("export", "--output", str(home / "backup.json")).exit_code == 0  # any other name: written


def test_the_names_netleder_keeps_are_the_names_the_output_guard_knows(home):
    """owner_files keeps its own list (it must not import the store): it stays in step."""
    from netleder.owner_files import is_own_file
    from netleder.store.files import DAMAGE_NAME, OPEN_PAGES, side_files
    from netleder.store.locks import editor_path, lock_path
    from netleder.store.settings import SETTINGS_NAME

    home.mkdir(mode=0o700)
    names = [home / DB_NAME, *side_files(home / DB_NAME), home / DAMAGE_NAME, home / SETTINGS_NAME,
             home / OPEN_PAGES, home / OPEN_PAGES / "netleder-invite-x.html", lock_path(home, "abcdef"),
             editor_path(home, "abcdef", "answer.trygt-rum.0"), home / ".settings.json.0123.tmp"]
    assert [p for p in names if not is_own_file(p)] == []
    assert not is_own_file(home / "backup.json") and not is_own_file(home.parent / DB_NAME)
