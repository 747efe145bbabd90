"""`netleder export` and `netleder import`: the document, the owner-only file, the round trip
(export, import into an empty store, export again: the same reflections), skipping what is
already stored, and the bad-file table: every bad file is exit 2 with every problem listed,
and the store is left byte for byte as it was (or not created at all)."""

from __future__ import annotations

import json
import stat
from datetime import datetime

import pytest

from builders import (
    builtin_competences,
    builtin_ids,
    db,
    folder_bytes,
    make,
    seed,
    stored,
    unwritable_folder,
)
from netleder.i18n import t
from netleder.reflection import FollowUp, Snapshot
from netleder.store.database import Store

IDS = builtin_ids()
NASTY = {
    "emoji": "Gårdhaven 🌱 og æøå ÆØÅ",
    "crlf": "linje 1\r\nlinje 2\rlinje 3\n",
    "control": "før \x00 \x01 \t \x1b[31m \x7f \u200b efter",
    "markup": "<script>x</script> [bold]y[/] *z*",
    "long": "Æblerne blomstrer 🌱 " * 5000,
}


def q(text: str) -> str:
    """`text` as a YAML double-quoted scalar: control characters as escapes, the rest as is."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


ANSWERS = f"""\
network: "Urban farming i Albertslund 🌱"
network_type: welfare
phase: 3
competences:
  1: {{rating: 2, answers: [{q(NASTY["emoji"])}, {q(NASTY["crlf"])}], next_step: "Ring til Åse"}}
  trygt-rum: {{rating: 5, answers: [{q(NASTY["control"])}, {q(NASTY["markup"])}]}}
  fremdrift: {{rating: 1, answers: [{q(NASTY["long"])}], next_step: "Skriv\\nreferat"}}
"""
FOLLOW = """\
network: "Urban farming i Albertslund 🌱"
competences:
  1: {rating: 4}
  trygt-rum: {rating: 4}
follow_up:
  1: {status: partly, note: "Halvvejs <der>"}
"""


def export_doc(cli, *args) -> dict:
    result = cli("export", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def full_store(cli, home, tmp_path):
    """Reflections made the way a leader makes them, plus drafts (one with a narrowed scope)."""
    for name, text in (("a.yaml", ANSWERS), ("b.yaml", FOLLOW)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = cli("reflect", "--answers", str(path), "-f", "json")
        assert result.exit_code == 0, result.stderr
    with Store.open(db(home)) as store:
        draft = store.create_draft("en", Snapshot.from_content(builtin_competences()), network="Kladde")
        store.save_answer(draft.id, "fremdrift", 0, "skjult svar")  # then the scope is narrowed: kept, not shown
        store.save_rating(draft.id, "fremdrift", 2)
        store.save_rating(draft.id, "trygt-rum", 3)
        store.set_scope(draft.id, Snapshot.from_content(builtin_competences(), ["trygt-rum", "nysgerrighed"]))
        store.save_answer(draft.id, "trygt-rum", 1, "synligt svar")
    seed(home, make("tyedaa", "2023-05-05T10:00:00+02:00", {IDS[0]: 3}),  # the same moment, two ids:
         make("tyedbb", "2023-05-05T10:00:00+02:00", {IDS[0]: 4}, complete=False,  # order must survive
              follow_ups=[FollowUp("x-gone", "Et skridt", "not_yet", "", None)]))
    return home


# --- export ----------------------------------------------------------------------------------


def test_export_is_every_reflection_with_everything_oldest_first(cli, full_store):
    doc = export_doc(cli)
    assert list(doc) == ["format", "version", "reflections"]
    assert (doc["format"], doc["version"]) == ("netleder-reflections", 1)
    items = doc["reflections"]
    assert len(items) == 5 and sum(1 for i in items if i["completed_at"] is None) == 2  # drafts included
    for item in items:
        assert {"id", "created_at", "lang", "snapshot", "ratings", "answers", "next_steps", "follow_ups"} <= set(item)
        assert datetime.fromisoformat(item["created_at"]).tzinfo is not None  # ISO 8601 with a zone
    newest_first = [r.id for r in stored(full_store)]
    assert [i["id"] for i in items] == newest_first[::-1]
    first = next(i for i in items if i["network"] == "Urban farming i Albertslund 🌱")
    assert first["answers"]["taenk-andre-ind"] == [NASTY["emoji"], NASTY["crlf"]]
    assert first["answers"]["fremdrift"][0] == NASTY["long"]
    assert first["answers"]["trygt-rum"] == [NASTY["control"], NASTY["markup"]]
    second = next(i for i in items if i["follow_ups"] and i["follow_ups"][0]["from"] == first["id"])
    assert second["follow_ups"][0] == {"competence": "taenk-andre-ind", "step": "Ring til Åse", "status": "partly",
                                       "note": "Halvvejs <der>", "from": first["id"]}


def test_export_to_a_file_is_owner_only_and_never_replaced_without_force(cli, full_store, tmp_path):
    target = tmp_path / "alle.json"
    result = cli("export", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert t("export.done", "da", count=5, drafts=2) in result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8")) == export_doc(cli)
    target.write_text("mit eget\n", encoding="utf-8")
    result = cli("export", "-o", str(target))
    assert result.exit_code == 2 and "--force" in result.stderr and target.read_text(encoding="utf-8") == "mit eget\n"
    assert cli("export", "-o", str(target), "--force").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "netleder-reflections"


def test_export_output_problems(cli, full_store, tmp_path):
    result = cli("export", "-o", str(tmp_path / "mangler" / "x.json"))
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('output.no_dir', 'da', path=tmp_path / 'mangler')}\n"
    locked = unwritable_folder(tmp_path)
    result = cli("export", "-o", str(locked / "x.json"))
    assert result.exit_code == 1 and str(locked / "x.json") in result.stderr and "Traceback" not in result.stderr


def test_export_of_no_store_is_empty_and_creates_nothing(cli, home):
    assert export_doc(cli) == {"format": "netleder-reflections", "version": 1, "reflections": []}
    assert not home.exists()


# --- the round trip --------------------------------------------------------------------------


def test_export_import_export_gives_the_same_reflections(cli, full_store, tmp_path, monkeypatch):
    first = tmp_path / "eksport.json"
    assert cli("export", "-o", str(first)).exit_code == 0
    before = stored(full_store)
    new_home = tmp_path / "ny-maskine"
    monkeypatch.setenv("NETLEDER_HOME", str(new_home))
    result = cli("import", str(first))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "5 refleksioner importeret."
    again = export_doc(cli)
    assert again == json.loads(first.read_text(encoding="utf-8"))
    after = stored(new_home)
    assert [r.id for r in after] == [r.id for r in before]  # the same order, ties included
    for old, new in zip(before, after):
        if old.network == "Kladde":  # the answer from before its scope was narrowed is not carried
            assert "fremdrift" in old.answers and "fremdrift" not in new.answers
            assert new.answers["trygt-rum"] == ["", "synligt svar"] and new.ratings == {"trygt-rum": 3}
            continue
        assert new == old
    assert stat.S_IMODE((new_home / "reflections.sqlite3").stat().st_mode) == 0o600


def test_importing_again_skips_what_is_stored(cli, full_store, tmp_path):
    path = tmp_path / "eksport.json"
    path.write_text(json.dumps(export_doc(cli), ensure_ascii=False), encoding="utf-8")
    before = [(r.id, r.ratings, r.answers) for r in stored(full_store)]
    result = cli("import", str(path), "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.strip() == "No new reflections. 5 were already stored and skipped."
    assert [(r.id, r.ratings, r.answers) for r in stored(full_store)] == before
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["reflections"][0]["id"] = "nyttyd"
    doc["reflections"][0]["ratings"] = {k: 1 for k in doc["reflections"][0]["ratings"]}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = cli("import", str(path))
    assert result.stdout.strip() == "1 refleksion importeret. 4 fandtes allerede og blev sprunget over."
    assert len(stored(full_store)) == 6


def test_an_empty_export_imports_nothing_and_creates_no_store(cli, home, tmp_path):
    path = tmp_path / "tom.json"
    path.write_text('{"format": "netleder-reflections", "version": 1, "reflections": []}', encoding="utf-8")
    result = cli("import", str(path))
    assert result.exit_code == 0 and result.stdout.strip() == "Ingen nye refleksioner."
    assert not home.exists()


# --- bad files --------------------------------------------------------------------------------


def _good_doc() -> dict:
    snap = Snapshot.from_content(builtin_competences(), ["trygt-rum", "fremdrift"])
    record = {
        "id": "gudsvr", "created_at": "2024-01-01T10:00:00+01:00", "lang": "da", "snapshot": snap.to_dict(),
        "ratings": {"trygt-rum": 3}, "answers": {}, "next_steps": {}, "follow_ups": [],
    }
    return {"format": "netleder-reflections", "version": 1, "reflections": [record]}


def _with(change) -> bytes:
    doc = _good_doc()
    change(doc, doc["reflections"][0])
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


BAD = {
    "empty file": (b"", ["x.json_syntax"]),
    "not json": (b"network: yaml\n", ["x.json_syntax"]),
    "latin-1": ('{"n": "æøå"}'.encode("latin-1"), ["x.not_utf8"]),
    "sqlite file": (b"SQLite format 3\x00" + bytes(range(256)) * 4, ["x.not_utf8"]),
    "foreign json": (b'{"name": "noget andet", "items": []}', ["x.not_export"]),
    "a list": (b"[1, 2, 3]", ["x.not_export"]),
    "newer version": (_with(lambda d, r: d.update(version=2)), ["x.newer_version"]),
    "reflections not a list": (_with(lambda d, r: d.update(reflections={"a": 1})), ["p.expected_list"]),
    "missing fields": (_with(lambda d, r: [r.pop("lang"), r.pop("snapshot")]), ["p.missing", "p.missing"]),
    "bad id, date and rating": (
        _with(lambda d, r: r.update(id="LATEST", created_at="i går", ratings={"trygt-rum": 9})),
        ["x.bad_id", "x.bad_date", "x.rating_range"],
    ),
    "unknown field": (_with(lambda d, r: r.update(hemmelig=1)), ["p.unknown_key"]),
    "duplicate id": (_with(lambda d, r: d["reflections"].append(dict(r))), ["x.dup_id"]),
    "one good one bad": (
        _with(lambda d, r: d["reflections"].append({**r, "id": "andet", "ratings": {"ukendt": 2}})),
        ["x.not_in_snapshot"],
    ),
}


def _keys_in(stderr: str, keys: list[str]) -> None:
    from netleder.i18n import MESSAGES

    for key in keys:  # each problem is named by the first words of its message
        head = MESSAGES[key]["da"].split("{", 1)[0].strip()
        assert head in stderr, (key, head, stderr)


@pytest.mark.parametrize("existing", [True, False], ids=["store", "no-store"])
@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_file_is_exit_2_with_every_problem_and_the_store_unchanged(cli, home, tmp_path, name, existing):
    content, keys = BAD[name]
    if existing:
        seed(home, make("aaaaaa", "2024-01-01", {IDS[0]: 3}, answers={IDS[0]: ["mit svar", ""]}))
        before = folder_bytes(home)
    path = tmp_path / "eksport.json"
    path.write_bytes(content)
    result = cli("import", str(path))
    assert result.exit_code == 2, result.stdout
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert str(path) in result.stderr
    _keys_in(result.stderr, keys)
    problems = [line for line in result.stderr.splitlines()[1:] if line.startswith("  ") and ": " in line]
    if len(keys) > 1:
        assert len(problems) >= len(keys)  # every problem, not just the first
    if existing:
        assert folder_bytes(home) == before  # byte for byte
    else:
        assert not home.exists()


def test_missing_file_and_a_folder(cli, home, tmp_path):
    result = cli("import", str(tmp_path / "findes-ikke.json"))
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('x.missing', 'da', path=tmp_path / 'findes-ikke.json')}\n"
    result = cli("import", str(tmp_path))
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('x.is_dir', 'da', path=tmp_path)}\n"
    assert cli("import").exit_code == 2  # no FILE: a usage error
    assert not home.exists()


def test_import_into_an_unusable_store_changes_nothing(cli, home, tmp_path):
    path = tmp_path / "eksport.json"
    path.write_bytes(_with(lambda d, r: None))
    home.mkdir()
    db(home).write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    before = folder_bytes(home)
    result = cli("import", str(path))
    assert result.exit_code == 1 and str(db(home)) in result.stderr
    assert folder_bytes(home) == before
