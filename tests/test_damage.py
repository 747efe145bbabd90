"""A damaged store: every record that can be read still comes out; the damaged ones are named.

Real store files are damaged the way disks and hands damage them: a byte flipped at many
offsets in every page, the file cut at page boundaries and inside its last page, and values
edited to what netleder never writes. Whatever happens, no command crashes; every reflection
either comes out exactly as saved or is reported as damaged; and the ones whose bytes were not
hit all come out unchanged.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from builders import db, make, seed
from netleder.errors import BadInput, StoreError
from netleder.i18n import t
from netleder.reflection import FollowUp, Snapshot
from netleder.store.database import Store
from netleder.store.files import DB_NAME

PAGE = 4096
IDS = [f"r{c * 5}" for c in "abcdefghjkmn"]


def _reflections(snap: Snapshot):
    out = []
    for i, rid in enumerate(IDS):
        out.append(make(
            rid, f"2024-{1 + i % 9:02d}-1{i % 9}", {cid: 1 + (i + k) % 5 for k, cid in enumerate(snap.ids)},
            snapshot=snap, network="Fælles netværk",
            answers={cid: [f"{rid} svar {cid} en", f"{rid} svar {cid} to"] for cid in snap.ids},
            next_steps={snap.ids[0]: f"{rid} skridt"},
            follow_ups=[FollowUp(snap.ids[0], "gammelt skridt", "done", f"{rid} note", IDS[i - 1])] if i else [],
        ))
    return out


@pytest.fixture(scope="module")
def original(tmp_path_factory, comps):
    """A real store file (checkpointed: no -wal) and its reflections as read back."""
    folder = tmp_path_factory.mktemp("original")
    folder.chmod(0o700)
    path = folder / DB_NAME
    snap = Snapshot.from_content(comps)
    with Store.open(path) as s:
        s.save_many(_reflections(snap))
    with Store.open(path, create=False) as s:
        records = {r.id: r for r in s.reflections()}
    assert len(records) == len(IDS)
    return path.read_bytes(), records


def _touched(raw: bytes, pages, records) -> set[str]:
    """The reflections whose own bytes are on the damaged pages (all of them, for the
    file's header and schema page or an interior b-tree page). A hit on the snapshot they
    share damages none of them: they come out with their own rows, without its texts."""
    hit: set[str] = set()
    for p in pages:
        page = raw[p * PAGE:(p + 1) * PAGE]
        ids = {rid for rid in records if rid.encode() in page or records[rid].created_at.encode() in page}
        if p == 0 or page[:1] in (b"\x02", b"\x05"):
            return set(records)
        hit |= ids  # the shared snapshot's pages hit no reflection's own rows: they are read without its texts
    return hit


def _own(r):
    """What is the leader's own in a reflection: everything but the shared texts (snapshot)."""
    if r is None:
        return None
    answers = {cid: [a for a in texts if a] for cid, texts in r.answers.items()}
    return (r.id, r.created_at, r.updated_at, r.completed_at, r.lang, r.network, r.network_type, r.phase,
            dict(r.ratings), {cid: a for cid, a in answers.items() if a}, dict(r.next_steps), list(r.follow_ups))


def _read_everything(path: Path, records):
    """What a user can get out: (listed, shown, exported, damaged), or the StoreError that
    refused the file. `shown` is each reflection got one by one, as `show ID` does."""
    with Store.open(path, create=False) as s:
        listed = {r.id: r for r in s.reflections()}
        shown = {}
        for rid in records:
            try:
                shown[rid] = s.get(rid)
            except StoreError as e:  # a hit one may be unreadable by one way in and not another
                assert e.key == "store.record_damaged", e.key
            except BadInput:  # its row is gone altogether
                pass
        exported = {r.id: r for r in s.iter_all()}  # what `export` writes
        if listed:
            assert s.latest().id in listed.keys() | exported.keys()
        return listed, shown, exported, dict(s.damaged)


def _check_damaged_copy(tmp_path: Path, data: bytes, pages, original) -> str:
    raw, records = original
    folder = tmp_path / "copy"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700)
    (folder / DB_NAME).write_bytes(data)
    try:
        listed, shown, exported, damaged = _read_everything(folder / DB_NAME, records)
    except StoreError as e:  # the file as a whole cannot be used: said so, never a traceback
        assert e.key in ("store.not_db", "store.damaged", "store.open_failed", "store.foreign", "store.newer",
                         "store.read_failed"), e.key
        return "refused"
    unknown = any(k.startswith("?") for k in damaged)
    for rid in records:  # every reflection comes out or is reported
        assert rid in listed or rid in damaged or unknown, (rid, damaged)
    for rid in records.keys() - _touched(raw, pages, records):  # untouched: as saved
        assert _own(listed.get(rid)) == _own(records[rid]) == _own(exported.get(rid)) == _own(shown.get(rid)), (
            rid, damaged)
        for got in (listed[rid], exported[rid], shown[rid]):  # the texts too, unless their shared row was hit
            assert got == records[rid] if got.lost_texts is None else got.snapshot != records[rid].snapshot
    return "damaged" if damaged else "intact" if all(listed.get(r) == records[r] for r in records) else "changed"


def test_a_byte_flipped_anywhere_damages_only_what_it_hits(tmp_path, original):
    raw, _ = original
    outcomes: dict[str, int] = {}
    for page in range(len(raw) // PAGE):
        for offset in (0, 1, 3, 5, 7, 8, 12, 100, 1000, 2000, 3000, 4000, 4095):
            damaged = bytearray(raw)
            damaged[page * PAGE + offset] ^= 0xFF
            kind = _check_damaged_copy(tmp_path, bytes(damaged), [page], original)
            outcomes[kind] = outcomes.get(kind, 0) + 1
    # the damage was real and varied: some copies lost records, some were refused whole
    assert outcomes.get("damaged", 0) > 10 and outcomes.get("intact", 0) > 10, outcomes


def test_a_cut_file_damages_only_what_was_cut(tmp_path, original):
    raw, _ = original
    last = len(raw) // PAGE - 1
    cuts = [p * PAGE for p in range(1, last + 1)] + [len(raw) - n for n in (1, 7, 100, 2000, 4095)]
    for cut in cuts:
        _check_damaged_copy(tmp_path, raw[:cut], range(cut // PAGE, last + 1), original)


# --- values edited by hand --------------------------------------------------------------------

VICTIM = IDS[4]
EDITS = {
    "empty_snapshot": "UPDATE snapshots SET json = '{}'",
    "snapshot_not_json": "UPDATE snapshots SET json = 'not json'",
    "snapshot_one_byte": "UPDATE snapshots SET json = replace(json, 'Tænker', 'Tænkxr')",
    "text_rating": f"UPDATE ratings SET value = 'four' WHERE reflection_id = '{VICTIM}'",
    "rating_seven": f"UPDATE ratings SET value = 7 WHERE reflection_id = '{VICTIM}'",
    "rating_negative": f"UPDATE ratings SET value = -1 WHERE reflection_id = '{VICTIM}'",
    "rating_huge": f"UPDATE ratings SET value = 9223372036854775807 WHERE reflection_id = '{VICTIM}'",
    "blob_answer": f"UPDATE answers SET text = x'00ff' WHERE reflection_id = '{VICTIM}'",
    "not_utf8_answer": f"UPDATE answers SET text = CAST(x'c3' AS TEXT) WHERE reflection_id = '{VICTIM}'",
    "huge_answer_index": f"UPDATE answers SET idx = 1000000000 WHERE reflection_id = '{VICTIM}' AND idx = 1",
    "answer_beyond_questions": f"UPDATE answers SET idx = 7 WHERE reflection_id = '{VICTIM}' AND idx = 1",
    "bad_created_at": f"UPDATE reflections SET created_at = 'igår' WHERE id = '{VICTIM}'",
    "null_updated_at": f"UPDATE reflections SET updated_at = 7 WHERE id = '{VICTIM}'",
    "bad_lang": f"UPDATE reflections SET lang = 'xx' WHERE id = '{VICTIM}'",
    # what an import of the export would refuse: a date outside 2000 until tomorrow, an unknown network type
    "created_in_2099": f"UPDATE reflections SET created_at = '2099-01-01T10:00:00+01:00' WHERE id = '{VICTIM}'",
    "completed_in_1999": f"UPDATE reflections SET completed_at = '1999-12-31T10:00:00+01:00' WHERE id = '{VICTIM}'",
    "week_date": f"UPDATE reflections SET updated_at = '2024-W05-1T10:00:00+01:00' WHERE id = '{VICTIM}'",
    "unknown_network_type": f"UPDATE reflections SET network_type = 'hemmelig' WHERE id = '{VICTIM}'",
    "blob_network": f"UPDATE reflections SET network = x'41' WHERE id = '{VICTIM}'",
    "missing_snapshot": f"UPDATE reflections SET snapshot = 'nope' WHERE id = '{VICTIM}'",
    "bad_status": f"UPDATE follow_ups SET status = 'maybe' WHERE reflection_id = '{VICTIM}'",
}


TEXT_ONLY = {"blob_answer", "not_utf8_answer", "huge_answer_index", "answer_beyond_questions", "bad_status"}
# The texts all reflections share, damaged: the built-in content is an intact copy with the same
# digest, so every reflection reads as saved.
RESTORED = {"empty_snapshot", "snapshot_not_json", "snapshot_one_byte"}
# The victim's snapshot cannot be found at all: it is read without the texts of that time.
TEXTS_LOST = {"missing_snapshot"}


@pytest.fixture
def edited(home, comps, request):
    seed(home, *_reflections(Snapshot.from_content(comps)))
    conn = sqlite3.connect(db(home))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(EDITS[request.param])
    conn.commit()
    conn.close()
    return home, request.param


@pytest.mark.parametrize("edited", list(EDITS), indirect=True)
def test_edited_values_are_contained(edited, cli, tmp_path, monkeypatch):
    home_dir, name = edited
    victims = set() if name in RESTORED | TEXTS_LOST else {VICTIM}
    readable = [rid for rid in IDS if rid not in victims]

    result = cli("history", "--format", "json", "--lang", "en")
    assert result.exit_code == 0, result.output
    listed = {r["id"] for r in json.loads(result.stdout)["reflections"]}
    if name in TEXT_ONLY:  # history reads no answer texts: it lists the reflection, export skips it
        assert listed == set(IDS) and result.stderr == ""
    else:
        assert listed == set(readable)
        if victims:
            assert "damaged" in result.stderr and VICTIM in result.stderr
        if name in TEXTS_LOST:
            assert t("store.texts_lost", "en", count=1, path=db(home_dir), ids=VICTIM) in result.stderr
        if name in RESTORED:
            assert result.stderr == ""

    out = tmp_path / "rescue.json"
    result = cli("export", "--output", str(out), "--lang", "en")
    assert result.exit_code == 0
    assert {r["id"] for r in json.loads(out.read_text(encoding="utf-8"))["reflections"]} == set(readable)
    if victims:  # left out, and said so, with exactly how many were written
        assert VICTIM in result.stderr and "damaged" in result.stderr
        assert t("export.done", "en", count=len(readable), drafts=0) in result.stderr

    if len(readable) > 1:  # the two newest that can be read
        assert cli("compare", "--format", "json").exit_code == 0
    assert cli("show", readable[0], "--format", "json").exit_code == 0
    assert cli("compare", readable[0], readable[-1], "--format", "json").exit_code == 0
    latest = cli("show", "--format", "json")
    assert latest.exit_code == 0 and json.loads(latest.stdout)["id"] in readable
    if victims:
        shown = cli("show", VICTIM, "--lang", "en")
        assert shown.exit_code == 1 and t("store.record_damaged", "en", id=VICTIM, path=db(home_dir)) in shown.stderr
        assert "7" not in shown.stdout and "9223372036854775807" not in shown.stdout  # no view shows such a value
    else:  # the victim's own ratings and answers are shown
        shown = cli("show", VICTIM, "--lang", "en")
        assert shown.exit_code == 0 and f"{VICTIM} svar" in shown.stdout

    # The rescue the program suggests: export, move the database aside, import. Everything readable comes back.
    rescued = tmp_path / "rescued"
    monkeypatch.setenv("NETLEDER_HOME", str(rescued))
    result = cli("import", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    with Store.open(rescued / DB_NAME, create=False) as s:
        back = {r.id: r for r in s.reflections()}
    assert set(back) == set(readable) and not s.damaged
    assert all(f"{rid} svar" in back[rid].answers[back[rid].scope[0]][0] for rid in readable)
    monkeypatch.setenv("NETLEDER_HOME", str(home_dir))

    before = db(home_dir).read_bytes()
    answers = tmp_path / "a.yaml"
    answers.write_text("competences:\n  1:\n    rating: 3\n", encoding="utf-8")
    if victims:
        result = cli("reflect", "--answers", str(answers), "--lang", "en")
        assert result.exit_code == 1 and "saves nothing" in result.stderr  # never written once found damaged
        assert db(home_dir).read_bytes() == before

    info = cli("info", "--format", "json")
    assert info.exit_code == 0
    assert set(json.loads(info.stdout)["store"]["damaged"]) >= victims
    check = cli("check", "--lang", "en")
    if victims:
        assert VICTIM in cli("info", "--lang", "en").stdout
        assert check.exit_code == 1 and VICTIM in check.stdout and "cannot be read" in check.stdout
        assert t("check.damaged", "en", path=db(home_dir), count=1, readable=len(readable)) in check.stdout
    elif name in TEXTS_LOST:
        assert check.exit_code == 1 and VICTIM in check.stdout
    else:
        assert check.exit_code == 0, check.output
    # what is private can still be deleted, damaged or not
    deleted = cli("delete", VICTIM, "--yes")
    assert deleted.exit_code == 0, deleted.output
    with Store.open(db(home_dir), create=False) as s:
        assert VICTIM not in {r.id for r in s.reflections()}
    # the damage went with it: saving works again
    assert cli("reflect", "--answers", str(answers)).exit_code == 0


def test_check_on_a_sound_store_clears_what_was_noted(home, comps, cli):
    seed(home, *_reflections(Snapshot.from_content(comps)))
    result = cli("check", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout == t("check.ok", "en", count=len(IDS), path=db(home)) + "\n"
    (home / "damage-found.json").write_text(json.dumps({"ids": [IDS[0]], "file": db(home).stat().st_ino}))
    assert IDS[0] in cli("info", "--lang", "en").stdout  # noted by an earlier command: reported, writes refused
    answers = home / "a.yaml"
    answers.write_text("competences:\n  1:\n    rating: 3\n", encoding="utf-8")
    assert cli("reflect", "--answers", str(answers)).exit_code == 1
    assert cli("check").exit_code == 0  # a full check finds nothing: the note goes
    assert not (home / "damage-found.json").exists()
    assert cli("reflect", "--answers", str(answers)).exit_code == 0


def test_a_damaged_newest_reflection_is_passed_over_by_latest_and_compare(home, comps, cli):
    seed(home, *_reflections(Snapshot.from_content(comps)))
    newest = IDS[8]  # September: the newest
    conn = sqlite3.connect(db(home))
    conn.execute("UPDATE ratings SET value = 'x' WHERE reflection_id = ?", (newest,))
    conn.commit()
    conn.close()
    shown = cli("show", "--format", "json", "--lang", "en")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == IDS[7]  # August
    assert newest in shown.stderr and "damaged" in shown.stderr
    compared = cli("compare", "--format", "json")
    assert compared.exit_code == 0
    assert (json.loads(compared.stdout)["from"], json.loads(compared.stdout)["to"]) == (IDS[6], IDS[7])


def test_damaged_feedback_from_others_is_skipped_and_named(home, comps, cli, tmp_path):
    seed(home, *_reflections(Snapshot.from_content(comps)))
    conn = sqlite3.connect(db(home))
    conn.execute("INSERT INTO feedback VALUES ('fb-abcdef', '2025-01-01T10:00:00+01:00', '2025-01-01', 'Mette', "
                 "'da', NULL, '{}', 'not json', 'digest')")
    conn.commit()
    conn.close()
    out = tmp_path / "rescue.json"
    result = cli("export", "--output", str(out), "--lang", "en")
    assert result.exit_code == 0 and "fb-abcdef" in result.stderr and "damaged" in result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["reflections"]) == len(IDS)


# --- deleting works on any store it can open ---------------------------------------------------


def test_delete_works_on_every_damaged_copy_it_can_open(tmp_path, original):
    """A damaged page may already break a foreign key; deleting must not depend on it."""
    raw, _ = original
    deleted = 0
    for page in range(1, len(raw) // PAGE):
        for offset in (8, 12, 100, 4095):
            damaged = bytearray(raw)
            damaged[page * PAGE + offset] ^= 0xFF
            for everything in (True, False):
                folder = tmp_path / "copy"
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(mode=0o700)
                (folder / DB_NAME).write_bytes(bytes(damaged))
                try:
                    s = Store.open(folder / DB_NAME, create=False)
                except StoreError:
                    continue  # refused whole when opened: nothing to delete from
                with s:
                    list(s.iter_all())
                    if everything:
                        s.delete_all()
                    else:
                        try:
                            s.delete([VICTIM])
                        except StoreError as e:  # SQLite cannot delete inside this page: said so
                            assert e.params["reason"].key == "store.reason.damaged", e.format("en")
                            continue
                    deleted += 1
                with Store.open(folder / DB_NAME, create=False) as again:
                    left = {r.id for r in again.reflections()}
                assert not left if everything else VICTIM not in left
    assert deleted > 100


def test_delete_all_removes_rows_left_without_a_reflection(home, comps, cli):
    seed(home, *_reflections(Snapshot.from_content(comps)))
    conn = sqlite3.connect(db(home))
    conn.execute("INSERT INTO answers VALUES ('zzzzzz', 'x', 0, 'forældreløst svar')")
    conn.execute("INSERT INTO ratings VALUES ('zzzzzz', 'x', 3)")
    conn.commit()
    conn.close()
    assert cli("delete", "--all", "--yes").exit_code == 0
    assert "forældreløst".encode() not in db(home).read_bytes()


# --- the texts reflections share, damaged ------------------------------------------------------


def _own_snapshot(comps) -> Snapshot:
    """A snapshot that is not the built-in content's (so no intact copy is at hand)."""
    snap = Snapshot.from_content(comps)
    first = snap.competences[0]
    renamed = first._replace(title=first.title._replace(da="Egen titel dengang", en="Own title then"))
    return snap._replace(competences=(renamed, *snap.competences[1:]))


def _flip_in_snapshot(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE snapshots SET json = replace(json, 'Egen titel dengang', 'Egen titel dengabg')")
    assert conn.total_changes == 1
    conn.commit()
    conn.close()


def test_a_changed_byte_in_the_shared_texts_keeps_every_answer(home, comps, cli, tmp_path, monkeypatch):
    snap = _own_snapshot(comps)
    seed(home, *_reflections(snap))
    intact = tmp_path / "before.json"
    assert cli("export", "--output", str(intact)).exit_code == 0
    _flip_in_snapshot(db(home))

    history = cli("history", "--format", "json", "--lang", "en")
    assert history.exit_code == 0
    assert {r["id"] for r in json.loads(history.stdout)["reflections"]} == set(IDS)
    assert t("store.texts_lost", "en", count=len(IDS), path=db(home), ids="x").split(":")[0] in history.stderr

    shown = cli("show", VICTIM, "--lang", "en")
    assert shown.exit_code == 0
    assert f"{VICTIM} svar {snap.ids[1]} en" in shown.stdout  # its own answers
    assert "Egen titel" not in shown.stdout and "Own title" not in shown.stdout  # the damaged text is never shown
    assert comps.competences[1].title("en") in shown.stdout  # today's title, where the id matches
    assert "texts of that time" in shown.stderr

    check = cli("check", "--lang", "en")
    assert check.exit_code == 1
    assert t("check.texts_lost", "en", path=db(home), count=len(IDS), readable=len(IDS)) in check.stdout

    # the suggested rescue keeps every reflection and every answer
    rescue = tmp_path / "rescue.json"
    exported = cli("export", "--output", str(rescue), "--lang", "en")
    assert exported.exit_code == 0 and t("export.done", "en", count=len(IDS), drafts=0) in exported.stderr
    monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / "rescued"))
    assert cli("import", str(rescue)).exit_code == 0
    with Store.open(tmp_path / "rescued" / DB_NAME, create=False) as s:
        back = {r.id: r for r in s.reflections()}
    assert {rid: _own(r) for rid, r in back.items()} == {r.id: _own(r) for r in _reflections(snap)}
    assert all(r.lost_texts for r in back.values())

    # an intact copy with the same digest (an export from before) brings the texts back
    assert cli("import", str(intact)).exit_code == 0
    with Store.open(tmp_path / "rescued" / DB_NAME, create=False) as s:
        again = {r.id: r for r in s.reflections()}
    assert again == {r.id: r for r in _reflections(snap)}
    shown = cli("show", VICTIM, "--lang", "en")
    assert "Own title then" in shown.stdout and shown.stderr == ""


def test_the_built_in_content_is_an_intact_copy_of_damaged_shared_texts(home, comps, cli):
    seed(home, *_reflections(Snapshot.from_content(comps)))
    conn = sqlite3.connect(db(home))
    conn.execute("UPDATE snapshots SET json = substr(json, 1, 200)")  # cut: not even JSON
    conn.commit()
    conn.close()
    result = cli("history", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert len(json.loads(result.stdout)["reflections"]) == len(IDS)
    assert cli("check").exit_code == 0


def test_records_without_a_readable_id_are_counted_once(home, comps, cli):
    """Rows met by several ways of reading are one damaged record each: never more damaged
    reflections than there are rows."""
    seed(home, *_reflections(Snapshot.from_content(comps)))
    conn = sqlite3.connect(db(home))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"UPDATE reflections SET id = 'BAD ID' WHERE id = '{VICTIM}'")
    conn.execute("INSERT INTO reflections VALUES (x'01', 'nope', 'nope', NULL, 'da', NULL, NULL, NULL, 'nope')")
    conn.execute("INSERT INTO ratings VALUES (x'00', 'x', 'q')")  # a row of no reflection at all
    conn.commit()
    conn.close()
    check = cli("check", "--lang", "en")
    assert check.exit_code == 1
    assert t("check.damaged", "en", path=db(home), count=2, readable=len(IDS) - 1) in check.stdout


# --- feedback from others, edited by hand ------------------------------------------------------

FEEDBACK_EDITS = {
    "rating_seven": lambda r, cid: r[cid].update(rating=7),
    "rating_text": lambda r, cid: r[cid].update(rating="fire"),
    "not_asked_about": lambda r, cid: r.update({"99": {"rating": 3, "comment": "Fake"}}),
    "cannot_say_text": lambda r, cid: r[cid].update(cannot_say="ja"),
}


@pytest.mark.parametrize("edit", list(FEEDBACK_EDITS))
def test_hand_edited_feedback_is_damage_that_the_rescue_leaves_out(home, comps, cli, tmp_path, monkeypatch, edit):
    """A piece of feedback with a value netleder never writes is shown by no view, found by
    `check` and `info`, left out of the export (which says so), so that importing the export
    succeeds; and it can be deleted."""
    seed(home, make(IDS[0], "2026-11-01", {}, network="N"))
    snap = Snapshot.from_content(comps)
    doc = {"format": "netleder-feedback", "version": 1, "giver": "Mette", "date": "2026-11-30", "lang": "da",
           "network": "N", "snapshot": snap.to_dict(),
           "responses": {cid: {"rating": 3, "comment": ""} for cid in snap.ids}}
    form = tmp_path / "svar.json"
    form.write_text(json.dumps(doc), encoding="utf-8")
    assert cli("feedback", "import", str(form)).exit_code == 0
    conn = sqlite3.connect(db(home))
    fid, raw = conn.execute("SELECT id, responses FROM feedback").fetchone()
    responses = json.loads(raw)
    FEEDBACK_EDITS[edit](responses, snap.ids[0])
    conn.execute("UPDATE feedback SET responses = ?", (json.dumps(responses),))
    conn.commit()
    conn.close()

    shown = cli("feedback", "show", "--network", "N", "--lang", "en")
    assert "Fake" not in shown.stdout and "Mette" not in shown.stdout
    assert t("store.feedback_damage_found", "en", count=1, path=db(home), ids=fid) in shown.stderr
    listed = cli("feedback", "--format", "json")
    assert fid not in listed.stdout
    check = cli("check", "--lang", "en")
    assert check.exit_code == 1
    assert t("check.feedback_damaged", "en", path=db(home), count=1, readable=0) in check.stdout
    assert fid in json.loads(cli("info", "--format", "json").stdout)["store"]["damaged"]
    assert t("info.feedback_damaged", "en", count=1, ids=fid).split(":")[0] in " ".join(
        cli("info", "--lang", "en").stdout.split())

    rescue = tmp_path / "rescue.json"
    exported = cli("export", "--output", str(rescue), "--lang", "en")
    assert exported.exit_code == 0 and fid in exported.stderr
    assert "feedback" not in json.loads(rescue.read_text(encoding="utf-8")) or not json.loads(
        rescue.read_text(encoding="utf-8"))["feedback"]
    monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / "rescued"))
    assert cli("import", str(rescue)).exit_code == 0
    monkeypatch.setenv("NETLEDER_HOME", str(home))
    assert cli("delete", fid, "--yes").exit_code == 0
    assert cli("check").exit_code == 0
