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
    file's header and schema page, an interior b-tree page, or the shared snapshot)."""
    hit: set[str] = set()
    for p in pages:
        page = raw[p * PAGE:(p + 1) * PAGE]
        ids = {rid for rid in records if rid.encode() in page or records[rid].created_at.encode() in page}
        if p == 0 or page[:1] in (b"\x02", b"\x05") or b'"competences"' in page or (not ids and b'"questions"' in page):
            return set(records)
        hit |= ids
    return hit or (set(records) if any(b"questions" in raw[p * PAGE:(p + 1) * PAGE] for p in pages) else hit)


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
    for rid in records.keys() - _touched(raw, pages, records):  # untouched: exactly as saved
        assert listed.get(rid) == records[rid] == exported.get(rid) == shown.get(rid), (rid, damaged)
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
    "text_rating": f"UPDATE ratings SET value = 'four' WHERE reflection_id = '{VICTIM}'",
    "blob_answer": f"UPDATE answers SET text = x'00ff' WHERE reflection_id = '{VICTIM}'",
    "not_utf8_answer": f"UPDATE answers SET text = CAST(x'c3' AS TEXT) WHERE reflection_id = '{VICTIM}'",
    "huge_answer_index": f"UPDATE answers SET idx = 1000000000 WHERE reflection_id = '{VICTIM}' AND idx = 1",
    "bad_created_at": f"UPDATE reflections SET created_at = 'igår' WHERE id = '{VICTIM}'",
    "null_updated_at": f"UPDATE reflections SET updated_at = 7 WHERE id = '{VICTIM}'",
    "bad_lang": f"UPDATE reflections SET lang = 'xx' WHERE id = '{VICTIM}'",
    "blob_network": f"UPDATE reflections SET network = x'41' WHERE id = '{VICTIM}'",
    "missing_snapshot": f"UPDATE reflections SET snapshot = 'nope' WHERE id = '{VICTIM}'",
    "bad_status": f"UPDATE follow_ups SET status = 'maybe' WHERE reflection_id = '{VICTIM}'",
}


TEXT_ONLY = {"blob_answer", "not_utf8_answer", "huge_answer_index", "bad_status"}


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
def test_edited_values_are_contained(edited, cli, tmp_path):
    home_dir, name = edited
    victims = set(IDS) if "snapshot" in name and name != "missing_snapshot" else {VICTIM}
    readable = [rid for rid in IDS if rid not in victims]

    result = cli("history", "--format", "json", "--lang", "en")
    assert result.exit_code == 0, result.output
    listed = {r["id"] for r in json.loads(result.stdout)["reflections"]}
    if name in TEXT_ONLY:  # history reads no answer texts: it lists the reflection, export skips it
        assert listed == set(IDS) and result.stderr == ""
    else:
        assert listed == set(readable)
        assert "damaged" in result.stderr and (VICTIM in result.stderr or len(victims) > 10)

    out = tmp_path / "rescue.json"
    result = cli("export", "--output", str(out))
    assert result.exit_code == 0
    assert {r["id"] for r in json.loads(out.read_text(encoding="utf-8"))["reflections"]} == set(readable)

    if len(readable) > 1:  # the two newest that can be read
        assert cli("compare", "--format", "json").exit_code == 0
    if readable:
        assert cli("show", readable[0], "--format", "json").exit_code == 0
        assert cli("compare", readable[0], readable[-1], "--format", "json").exit_code == 0
        latest = cli("show", "--format", "json")
        assert latest.exit_code == 0 and json.loads(latest.stdout)["id"] in readable
    if VICTIM in victims:
        shown = cli("show", VICTIM, "--lang", "en")
        assert shown.exit_code == 1 and t("store.record_damaged", "en", id=VICTIM, path=db(home_dir)) in shown.stderr

    before = db(home_dir).read_bytes()
    answers = tmp_path / "a.yaml"
    answers.write_text("competences:\n  1:\n    rating: 3\n", encoding="utf-8")
    result = cli("reflect", "--answers", str(answers), "--lang", "en")
    assert result.exit_code == 1 and "saves nothing" in result.stderr  # never written once found damaged
    assert db(home_dir).read_bytes() == before

    info = cli("info", "--format", "json")
    assert info.exit_code == 0
    assert set(json.loads(info.stdout)["store"]["damaged"]) >= victims
    assert VICTIM in cli("info", "--lang", "en").stdout
    check = cli("check", "--lang", "en")
    assert check.exit_code == 1 and VICTIM in check.stdout and "cannot be read" in check.stdout
    if VICTIM in victims:  # what is private can still be deleted, damaged or not
        deleted = cli("delete", VICTIM, "--yes")
        assert deleted.exit_code == 0
        with Store.open(db(home_dir), create=False) as s:
            assert VICTIM not in {r.id for r in s.reflections()}
        if victims == {VICTIM}:  # the damage went with it: saving works again
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
