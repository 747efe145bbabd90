"""Feedback from others (issue 14): the form `netleder invite` writes, the feedback file it
saves, `netleder feedback import/list/show`, the section in `netleder show`, and feedback in
delete, export and import. The form in a real browser is in tests/test_feedback_browser.py."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from builders import builtin_ids, db, files_containing, make, seed
from netleder.exchange.feedback import FEEDBACK_FORMAT, read_feedback
from netleder.feedback import Feedback, Response
from netleder.i18n import t
from netleder.reflection import Snapshot
from netleder.views.feedback import APART_STEPS, build_feedback_view

IDS = builtin_ids()
SECRET = "Fortrolig kommentar om Søren ÆØÅ 4d2c9e"


def document(comps, ratings: dict, comments: dict | None = None, giver: str = "Mette Holm",
             scope: list[str] | None = None, **extra) -> dict:
    """A feedback file as the form saves it."""
    snapshot = Snapshot.from_content(comps, scope)
    comments = comments or {}
    doc = {
        "format": FEEDBACK_FORMAT, "version": 1, "giver": giver, "date": "2026-11-30", "lang": "da",
        "snapshot": snapshot.to_dict(),
        "responses": {cid: {"rating": ratings.get(cid), "comment": comments.get(cid, "")} for cid in snapshot.ids},
    }
    doc.update(extra)
    return doc


def write(path: Path, doc) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def stored_feedback(home: Path) -> list:
    if not db(home).exists():
        return []
    with sqlite3.connect(db(home)) as conn:
        return conn.execute("SELECT id, giver FROM feedback").fetchall()


# --- the view: side by side, differences as questions ---------------------------------------


def feedback(comps, ratings, giver="Mette", comments=None, fid="fb-aaaaaa", scope=None) -> Feedback:
    snapshot = Snapshot.from_content(comps, scope)
    return Feedback(fid, giver, "2026-11-30", "2026-12-01T10:00:00+01:00", "da", None, snapshot,
                    {cid: Response(ratings.get(cid), (comments or {}).get(cid, "")) for cid in snapshot.ids})


def test_views_far_apart_become_questions_never_verdicts(comps):
    mine = make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: 5, IDS[2]: 3, IDS[3]: 4})
    other = feedback(comps, {IDS[0]: 5, IDS[1]: 2, IDS[2]: 4, IDS[3]: 4})
    view = build_feedback_view([mine], [other], "en")
    assert [(a.cid, a.steps) for a in view.apart] == [(IDS[0], 3), (IDS[1], -3)]  # one step apart is not
    first, second = (a.question for a in view.apart)
    assert "Mette sees" in first and "as a strength" in first and "Almost always" in first
    assert "Rarely" in first and first.endswith("?")
    assert second.startswith("You place") and second.endswith("?")
    for text in (first, second):
        assert not re.search(r"\b(wrong|right|should|must|fail)", text, re.IGNORECASE)
    own = {row.cid: row.own.label for row in view.rows if row.own is not None}
    assert own[IDS[0]] == "Rarely" and own[IDS[1]] == "Almost always"
    assert view.rows[0].others[0].rating.label == "Almost always"
    assert str(APART_STEPS) in view.apart_note


def test_no_question_when_no_view_is_far_apart_and_none_without_a_reflection(comps):
    mine = make("aaaaaa", "2026-11-01", {IDS[0]: 3})
    view = build_feedback_view([mine], [feedback(comps, {IDS[0]: 4})], "da")
    assert view.apart == () and view.apart_note == t("fb.apart_none", "da", steps=APART_STEPS)
    alone = build_feedback_view([], [feedback(comps, {IDS[0]: 1})], "da")
    assert alone.apart == () and alone.reflection_note == t("fb.no_reflection", "da")
    assert all(row.own is None for row in alone.rows)


def test_a_reflection_about_other_competences_is_not_called_no_reflection(comps):
    """A finished reflection about 1 and 2, feedback about 3: the note says the reflections are
    about other competences, not that there is none."""
    mine = make("aaaaaa", "2026-11-01", {IDS[0]: 3, IDS[1]: 4}, scope=[IDS[0], IDS[1]])
    view = build_feedback_view([mine], [feedback(comps, {IDS[2]: 4}, scope=[IDS[2]])], "da")
    assert view.reflection_note == t("fb.no_reflection_covers", "da")
    assert view.apart_note == t("fb.apart_none_without_own_covering", "da")
    assert view.reflection_note != t("fb.no_reflection", "da") and view.used == ()


def test_own_view_is_the_latest_rating_of_each_competence(comps):
    older = make("aaaaaa", "2026-10-01", {IDS[0]: 1, IDS[1]: 2})
    newer = make("bbbbbb", "2026-11-01", {IDS[0]: 4}, scope=[IDS[0]])
    view = build_feedback_view([newer, older], [feedback(comps, {IDS[0]: 4, IDS[1]: 5})], "da")
    rows = {row.cid: row for row in view.rows}
    assert (rows[IDS[0]].own.value, rows[IDS[0]].own_from) == (4, "bbbbbb")
    assert (rows[IDS[1]].own.value, rows[IDS[1]].own_from) == (2, "aaaaaa")
    assert view.used == ("bbbbbb", "aaaaaa")
    assert [a.cid for a in view.apart] == [IDS[1]]


# --- invite: the form ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_invite_writes_one_self_contained_form(cli, tmp_path, comps, lang):
    out = tmp_path / "form.html"
    result = cli("invite", "--name", "Mette <Holm>", "-c", "1", "-c", "trygt-rum", "--output", str(out),
                 "--lang", lang)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert 'name="giver"' in page and 'value="Mette &lt;Holm&gt;"' in page and 'id="save"' in page
    for cid in (IDS[0], IDS[2]):
        assert f'name="comment-{cid}"' in page
        for level in comps.scale:
            assert f'<input type="radio" name="rating-{cid}" value="{level.value}">' in page
            assert level.label(lang) in page
    assert f"rating-{IDS[1]}" not in page  # only the competences asked about
    assert t("invite.privacy", lang) in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # nothing from outside: no src or href attribute, no url() or @import, no address at all
    assert not re.search(r"""<[^>]*\s(src|href)\s*=|[^.]url\(|@import|https?://|//[a-z]""", page)
    assert t("invite.done", lang, count=2) in result.stderr


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_form_says_who_asks_and_about_which_network(cli, home, tmp_path, lang):
    """The leader's name (from the settings) and the network (--network, matched to the
    reflections' spelling; else the newest reflection's) head the form, escaped; nothing else of
    the leader's is on it."""
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2}, network="Urban farming",
                    answers={IDS[0]: [SECRET]}))
    anonymous = cli("invite", "--lang", lang).stdout
    assert t("invite.from", lang, leader="").strip() not in anonymous and t("invite.privacy", lang) in anonymous
    assert t("invite.intro_network", lang, network="Urban farming") in anonymous  # the newest reflection's
    assert cli("settings", "--name", "Anne Sørensen").exit_code == 0
    page = cli("invite", "--lang", lang).stdout
    assert t("invite.from", lang, leader="Anne Sørensen") in page
    assert t("invite.network", lang, network="Urban farming") in page
    assert t("invite.privacy_leader", lang, leader="Anne Sørensen") in page
    assert t("invite.js_saved_leader", lang, leader="Anne Sørensen", file="{file}") in page
    assert SECRET not in page and "aaaaaa" not in page  # nothing of the leader's answers
    matched = cli("invite", "--network", "urban-FARMING", "--lang", lang).stdout
    assert t("invite.network", lang, network="Urban farming") in matched
    other = cli("invite", "--network", "Ny <b>gruppe</b>\x1b[31m", "--lang", lang)
    assert other.exit_code == 0, other.stderr
    assert "Ny &lt;b&gt;gruppe&lt;/b&gt;" in other.stdout and "\x1b" not in other.stdout
    assert "<b>gruppe" not in other.stdout


def test_invite_to_stdout_and_bad_input(cli, tmp_path):
    result = cli("invite")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    bad = cli("invite", "-c", "99", "--lang", "en")
    assert bad.exit_code == 2 and "99" in bad.stderr and "Traceback" not in bad.stderr
    existing = tmp_path / "f.html"
    existing.write_text("keep", encoding="utf-8")
    assert cli("invite", "-o", str(existing)).exit_code == 2 and existing.read_text(encoding="utf-8") == "keep"


# --- feedback import: the whole file checked first ------------------------------------------


def test_import_list_and_show(cli, home, tmp_path, comps):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: 5}, network="Urban farming"))
    path = write(tmp_path / "svar.json", document(comps, {IDS[0]: 5, IDS[1]: 2}, {IDS[0]: SECRET}))
    result = cli("feedback", "import", str(path), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "Feedback from Mette Holm (30 November 2026) stored as fb-" in result.stdout
    assert "2 of 10 competences rated, 1 comment" in result.stdout
    assert "Urban farming" in result.stdout  # filed under the latest reflection's network
    again = cli("feedback", "import", str(path), "--lang", "en")
    assert again.exit_code == 0 and "The feedback from Mette Holm (30 November 2026) is already stored" in again.stdout
    assert len(stored_feedback(home)) == 1

    listed = cli("feedback", "--lang", "en")
    assert listed.exit_code == 0 and "Mette Holm" in listed.stdout and "2 of 10" in listed.stdout
    assert "30 November 2026" in listed.stdout and "2026-11-30" not in listed.stdout  # dates in words, as everywhere
    assert "30. november 2026" in cli("feedback").stdout
    assert cli("feedback", "list", "-f", "json").exit_code == 0
    data = json.loads(cli("feedback", "list", "-f", "json").stdout)["feedback"]
    assert data[0]["giver"] == "Mette Holm" and data[0]["ratings"] == {IDS[0]: 5, IDS[1]: 2}

    shown = cli("feedback", "show", "--lang", "en")
    assert shown.exit_code == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert "Rarely" in text and "Almost always" in text and SECRET in text
    assert "Where you see it differently" in text and "as a strength" in text
    data = json.loads(cli("feedback", "show", "-f", "json").stdout)
    first = data["competences"][0]
    assert first["own"]["value"] == 2 and first["others"][0]["rating"]["value"] == 5
    assert first["others"][0]["comment"] == SECRET and data["reflections"] == ["aaaaaa"]
    assert [(a["competence"], a["steps"]) for a in data["apart"]] == [(IDS[0], 3), (IDS[1], -3)]
    md = cli("feedback", "show", "-f", "markdown", "--lang", "en").stdout
    assert "| Competence | You | Mette Holm |" in md and "## Where you see it differently" in md
    page = cli("feedback", "show", "-f", "html").stdout
    assert "<svg" in page and 'class="radar"' in page and "Mette Holm" in page


def test_show_gets_a_feedback_section_only_when_there_is_feedback(cli, home, tmp_path, comps):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2}, network="Urban farming"))
    before = json.loads(cli("show", "-f", "json").stdout)
    assert "feedback" not in before["sections"]
    path = write(tmp_path / "svar.json", document(comps, {IDS[0]: 5}))
    assert cli("feedback", "import", str(path)).exit_code == 0
    for fmt in ("json", "markdown", "html", "text"):
        result = cli("show", "-f", fmt)
        assert result.exit_code == 0, result.stderr
        assert "Mette Holm" in result.stdout, fmt
    after = json.loads(cli("show", "-f", "json").stdout)
    assert after["sections"][-1] == "feedback" and after["feedback"]["competences"][0]["own"]["value"] == 2
    assert t("fb.section", "da") in cli("show", "-f", "markdown").stdout


def test_feedback_for_another_network_is_not_shown_with_this_one(cli, home, tmp_path, comps):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2}, network="A"))
    path = write(tmp_path / "svar.json", document(comps, {IDS[0]: 5}))
    assert cli("feedback", "import", str(path), "--network", "B").exit_code == 0
    assert "feedback" not in json.loads(cli("show", "-f", "json").stdout)["sections"]
    none = cli("feedback", "show", "--lang", "en")
    assert none.exit_code == 2 and "no feedback for the network A" in none.stderr
    other = cli("feedback", "show", "--network", "b", "-f", "json")  # any case
    assert other.exit_code == 0 and json.loads(other.stdout)["reflections"] == []


def test_nothing_to_show_says_how_to_get_some(cli, home):
    result = cli("feedback", "show", "--lang", "en")
    assert result.exit_code == 2 and "netleder invite" in result.stderr


def _bad_cases(comps) -> list[tuple[str, object, str]]:
    good = document(comps, {IDS[0]: 4}, {IDS[0]: "fint"})

    def change(**fields):
        doc = json.loads(json.dumps(good))
        for key, value in fields.items():
            if value is _DROP:
                del doc[key]
            else:
                doc[key] = value
        return doc

    def response(value):
        doc = json.loads(json.dumps(good))
        doc["responses"][IDS[0]] = value
        return doc

    empty = document(comps, {})
    no_comps = json.loads(json.dumps(good))
    no_comps["snapshot"]["competences"], no_comps["responses"] = [], {}
    return [
        ("not json", "{ not json", "is not valid JSON"),
        ("empty file", "", "is not valid JSON"),
        ("an export file", {"format": "netleder-reflections", "version": 1, "reflections": []},
         "not feedback from netleder's form"),
        ("a list", [1, 2], "not feedback from netleder's form"),
        ("newer version", change(version=2), "newer netleder"),
        ("version as text", change(version="1"), "unknown format version"),
        ("no version", change(version=_DROP), "has no format version"),
        ("no giver", change(giver=_DROP), "'giver' is missing"),
        ("blank giver", change(giver="   "), "name of the person answering is empty"),
        ("giver a number", change(giver=7), "must be text"),
        ("bad date", change(date="2026-13-01"), "not a date such as"),
        ("date with time", change(date="2026-11-30T10:00:00"), "not a date such as"),
        ("unknown language", change(lang="fr"), "unknown language 'fr'"),
        ("unknown field", change(extra="x"), "unknown field 'extra'"),
        ("rating off the scale", response({"rating": 9, "comment": ""}), "the rating 9 is off the scale (1–5)"),
        ("rating as text", response({"rating": "4", "comment": ""}), "must be a whole number"),
        ("rating true", response({"rating": True, "comment": ""}), "must be a whole number"),
        ("comment a number", response({"rating": 4, "comment": 5}), "must be text"),
        ("response without rating", response({"comment": "x"}), "'rating' is missing"),
        ("unknown competence", change(responses={"ukendt": {"rating": 3, "comment": ""}}), "'ukendt' is not among those the form asked about"),
        ("nothing given", empty, "neither a rating nor a comment"),
        ("no competences", no_comps, "asked about no competence"),
        ("responses a list", change(responses=[]), "must be a mapping"),
        ("NaN", json.dumps(good).replace('"rating": 4', '"rating": NaN'), "NaN is not allowed"),
        ("duplicate key", json.dumps(good).replace('"giver":', '"giver": "X", "giver":'), "appears twice"),
    ]


_DROP = object()


@pytest.mark.parametrize("case", range(25))
def test_a_bad_feedback_file_is_refused_and_nothing_is_stored(cli, home, tmp_path, comps, case):
    cases = _bad_cases(comps)
    assert len(cases) == 25
    name, content, expected = cases[case]
    path = write(tmp_path / "bad.json", content)
    result = cli("feedback", "import", str(path), "--lang", "en")
    assert result.exit_code == 2, (name, result.stdout, result.stderr)
    assert expected in result.stderr, (name, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert stored_feedback(home) == []


def test_unreadable_files_are_refused(cli, home, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"giver": "Søren"}'.encode("latin-1"))
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (4 * 1024 * 1024 + 1))
    for path, expected in ((tmp_path / "nowhere.json", "does not exist"), (folder, "is a folder"),
                           (latin, "not saved as UTF-8"), (big, "too large")):
        result = cli("feedback", "import", str(path), "--lang", "en")
        assert result.exit_code == 2 and expected in result.stderr, result.stderr
    assert stored_feedback(home) == []


def test_control_characters_from_a_file_never_reach_the_terminal(cli, home, tmp_path, comps):
    doc = document(comps, {IDS[0]: 4}, {IDS[0]: "ok\x1b[31m rød\x07"}, giver="Mette\x1b]0;x\x07")
    result = cli("feedback", "import", str(write(tmp_path / "f.json", doc)))
    assert result.exit_code == 0
    for args in (["feedback"], ["feedback", "show"]):
        out = cli(*args).stdout
        assert "\x1b" not in out and "\x07" not in out
    assert read_feedback(tmp_path / "f.json").responses[IDS[0]].comment == "ok\x1b[31m rød\x07"  # kept as given


# --- delete, export, import ---------------------------------------------------------------


def test_delete_one_piece_of_feedback_removes_it_from_the_file(cli, home, tmp_path, comps):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2}))
    assert cli("feedback", "import", str(write(tmp_path / "a.json", document(comps, {IDS[0]: 5},
                                                                             {IDS[0]: SECRET})))).exit_code == 0
    assert cli("feedback", "import", str(write(tmp_path / "b.json", document(comps, {IDS[0]: 3},
                                                                             giver="Ole")))).exit_code == 0
    assert files_containing(home, SECRET)
    fid = next(f for f, giver in stored_feedback(home) if giver == "Mette Holm")
    result = cli("delete", fid[:6], "--yes", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert t("fb.deleted", "en", count=1) in result.stdout
    assert files_containing(home, SECRET) == []  # gone from the database file and the WAL
    assert [giver for _, giver in stored_feedback(home)] == ["Ole"]
    assert cli("show", "aaaaaa").exit_code == 0  # the reflection is untouched
    unknown = cli("delete", "fb-zzzz", "--yes", "--lang", "en")
    assert unknown.exit_code == 2 and "no feedback with the id" in unknown.stderr


def test_delete_all_includes_feedback(cli, home, tmp_path, comps):
    assert cli("feedback", "import", str(write(tmp_path / "a.json", document(comps, {IDS[0]: 5},
                                                                             {IDS[0]: SECRET})))).exit_code == 0
    result = cli("delete", "--all", "--yes", "--lang", "en")
    assert result.exit_code == 0 and t("fb.deleted", "en", count=1) in result.stdout
    assert stored_feedback(home) == [] and files_containing(home, SECRET) == []


def test_export_and_import_carry_feedback(cli, home, tmp_path, comps, monkeypatch):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2}, network="N"))
    assert cli("feedback", "import", str(write(tmp_path / "a.json", document(comps, {IDS[0]: 5},
                                                                             {IDS[0]: SECRET})))).exit_code == 0
    out = tmp_path / "alt.json"
    result = cli("export", "--output", str(out), "--lang", "en")
    assert result.exit_code == 0 and t("fb.exported", "en", count=1) in result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["feedback"][0]["responses"][IDS[0]] == {"rating": 5, "comment": SECRET}
    assert exported["feedback"][0]["network"] == "N"

    monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / "other-computer"))
    result = cli("import", str(out), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "1 piece of feedback from others imported.\n" in result.stdout
    again = cli("import", str(out), "--lang", "en")
    assert "No new feedback from others. 1 was already stored and skipped.\n" in again.stdout
    shown = json.loads(cli("feedback", "show", "-f", "json").stdout)
    assert shown["competences"][0]["others"][0]["comment"] == SECRET and shown["reflections"] == ["aaaaaa"]

    broken = json.loads(out.read_text(encoding="utf-8"))
    broken["feedback"][0]["responses"][IDS[0]]["rating"] = 42
    broken["feedback"][0]["id"] = "not-an-id"
    monkeypatch.setenv("NETLEDER_HOME", str(tmp_path / "third"))
    result = cli("import", str(write(tmp_path / "broken.json", broken)), "--lang", "en")
    assert result.exit_code == 2 and "feedback[1]" in result.stderr and "off the scale" in result.stderr
    assert "must start with fb-" in result.stderr
    assert not (tmp_path / "third").exists() or stored_feedback(tmp_path / "third") == []


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "ascii"])
def test_feedback_commands_on_a_console_that_is_not_utf8(home, tmp_path, comps, encoding):
    import os
    import subprocess
    import sys

    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2}, network="Ældrenetværket"))
    path = write(tmp_path / "svar.json", document(comps, {IDS[0]: 5}, {IDS[0]: "“Godt” – æøå →"}, giver="Åse"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(NETLEDER_HOME=str(home), PYTHONIOENCODING=encoding, COLUMNS="100",
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    for args in (["feedback", "import", str(path)], ["feedback"], ["feedback", "show"], ["show"],
                 ["delete", "--all", "--yes"]):
        proc = subprocess.run([sys.executable, "-m", "netleder", *args], capture_output=True, env=env,
                              stdin=subprocess.DEVNULL, timeout=60, check=False)
        assert proc.returncode == 0, (args, proc.stderr.decode(encoding))
        assert b"Traceback" not in proc.stderr and proc.stdout.decode(encoding).strip(), args


def test_only_competences_someone_was_asked_about_are_shown(comps):
    mine = make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: 4, IDS[2]: 3})
    view = build_feedback_view([mine], [feedback(comps, {IDS[2]: 5}, scope=[IDS[1], IDS[2]])], "da")
    assert [row.cid for row in view.rows] == [IDS[1], IDS[2]]
    assert view.rows[0].others[0].rating.value is None  # asked, left blank ("cannot say")


def _json_values():
    from hypothesis import strategies as st

    leaves = st.none() | st.booleans() | st.integers(-3, 9) | st.text(max_size=8)
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.sampled_from(["format", "version", "giver", "date", "lang", "snapshot",
                                                           "responses", "rating", "comment", "scale", "competences",
                                                           "id", "value", "label", "da", "en", IDS[0]]), inner,
                                          max_size=6), max_leaves=20)


def test_any_json_is_refused_with_a_message_or_read_never_a_crash(comps):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from netleder.errors import BadInput
    from netleder.exchange.feedback import feedback_from_document

    good = document(comps, {IDS[0]: 4}, scope=[IDS[0]])

    @settings(max_examples=150, deadline=None)
    @given(st.one_of(_json_values(), st.fixed_dictionaries({}, optional={k: _json_values() for k in good})
                     .map(lambda d: {**good, **d})))
    def check(data):
        try:
            found = feedback_from_document(data)
        except BadInput as exc:
            message, details = exc.format("en")
            assert message and all(isinstance(d, str) and d for d in details)
        else:
            assert isinstance(found, Feedback) and found.giver.strip()

    check()


def test_rows_follow_the_competence_sets_order_even_when_the_reflection_covers_only_some(comps):
    """A reflection about 1, 2 and 8 and feedback about all: the radar, the table and the list go
    1, 2, 3 … in the set's order, never 1, 2, 8, 3 (the tester's report)."""
    mine = make("aaaaaa", "2026-11-01", {IDS[0]: 3, IDS[1]: 3, IDS[7]: 3},
                snapshot=Snapshot.from_content(comps, [IDS[0], IDS[1], IDS[7]]))
    view = build_feedback_view([mine], [feedback(comps, {cid: 3 for cid in IDS})], "da")
    assert [row.cid for row in view.rows] == IDS
    assert [int(row.title.split(".")[0]) for row in view.rows] == sorted(c.number for c in comps.competences)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_missing_rating_is_words_not_an_empty_bar(cli, home, tmp_path, comps, lang):
    """A giver's "cannot say" (and the leader's own missing rating) is shown as words only, in
    `feedback show` (text, html, markdown) and in `show`'s section: an empty bar reads like a
    low score."""
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: None, IDS[2]: 4}, network="Urban farming"))
    path = write(tmp_path / "svar.json", document(comps, {IDS[0]: None, IDS[1]: 3, IDS[2]: 4}))
    assert cli("feedback", "import", str(path)).exit_code == 0
    words = t("summary.not_rated", lang)
    empty_bar = "░" * 5
    for args in (["feedback", "show"], ["feedback", "show", "-f", "html"], ["feedback", "show", "-f", "markdown"],
                 ["show", "latest"], ["show", "latest", "-f", "html"], ["show", "latest", "-f", "markdown"]):
        result = cli(*args, "--lang", lang)
        assert result.exit_code == 0, result.stderr
        out = result.stdout
        if args[0] == "show":  # only the feedback section: the summary's own bars are not this point
            out = out[out.rindex(t("fb.section", lang).split("'")[0]):]  # the apostrophe is escaped in html
        assert words in out, args
        assert empty_bar not in out, args
        assert "█" in out, args  # rated ones keep their bar


def test_the_readmes_example_feedback_file_imports(cli, home, tmp_path):
    """The docs' example of the file the form saves is a real one: it imports as it stands."""
    readme = (Path(__file__).resolve().parent.parent / "docs" / "co-driver.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```json\n(.*?)```", readme, flags=re.DOTALL) if '"netleder-feedback"' in b]
    assert len(blocks) == 1
    path = write(tmp_path / "fb1.json", blocks[0])
    result = cli("feedback", "import", str(path), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "Mette Holm" in result.stdout and len(stored_feedback(home)) == 1


def test_danish_messages_say_it_in_danish_not_mapping(cli, home, tmp_path, comps):
    """The tester's file (the README's old example, with "..." where the scale's steps belong)
    gets a Danish message without the English word "mapping"; no Danish text in the catalogue
    uses it."""
    from netleder.i18n import MESSAGES

    assert [key for key, texts in MESSAGES.items() if "mapping" in texts["da"].lower()] == []
    doc = document(comps, {IDS[0]: 4})
    doc["snapshot"]["scale"] = ["..."]
    result = cli("feedback", "import", str(write(tmp_path / "fb1.json", doc)))
    assert result.exit_code == 2
    assert "snapshot.scale[1]: skal være en samling af felter (nøgle: værdi), ikke tekst" in result.stderr
    english = cli("feedback", "import", str(tmp_path / "fb1.json"), "--lang", "en")
    assert "must be a mapping (key: value), not text" in english.stderr


@pytest.mark.parametrize("lang, quote, others", [("da", "»{}«", "“”"), ("en", "“{}”", "»«")])
def test_one_style_of_quotation_marks_per_language(cli, home, tmp_path, comps, lang, quote, others):
    """Comments, the questions and the radar's caption quote in the language's own style: »…« in
    Danish (as the worksheet does), “…” in English; never straight quotes around a title."""
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2, IDS[1]: 5}, network="Urban farming"))
    path = write(tmp_path / "svar.json", document(comps, {IDS[0]: 5, IDS[1]: 2}, {IDS[0]: "Godt gået"}))
    assert cli("feedback", "import", str(path)).exit_code == 0
    title = f"{comps.competences[0].number}. {comps.competences[0].title(lang)}"
    text = " ".join(cli("feedback", "show", "--lang", lang).stdout.split())
    assert quote.format("Godt gået") in text and quote.format(title) in text
    for fmt in ("text", "markdown", "html"):
        out = cli("feedback", "show", "-f", fmt, "--lang", lang).stdout
        assert not any(mark in out for mark in others), fmt
        assert f'"{title}"' not in out and f"&quot;{title}&quot;" not in out, fmt
        low, high = comps.scale[0].label(lang), comps.scale[-1].label(lang)
        if fmt == "html":
            assert quote.format(low) in out and quote.format(high) in out


def test_the_radar_never_draws_a_line_across_an_unrated_competence(comps):
    """A line in the radar joins only neighbouring competences that both have a rating: the
    leader rated 1, 4 and 8, so no line runs from 1 to 4 across 2 and 3 (that would show values
    nobody gave); a rating on every competence is one closed shape."""
    from netleder.formats.svg import feedback_radar

    mine = make("aaaaaa", "2026-11-01", {IDS[0]: 3, IDS[3]: 2, IDS[4]: 4, IDS[7]: 3})
    given = feedback(comps, {cid: 3 for cid in IDS})
    view = build_feedback_view([mine], [given], "da")
    svg = str(feedback_radar(view))
    shapes = re.findall(r'<(polygon|polyline) points="([^"]*)" fill="none" stroke="#111"', svg)
    own = [(tag, pts.split()) for tag, pts in shapes if len(pts.split()) < len(IDS)]
    assert own == [("polyline", own[0][1])] and len(own[0][1]) == 2  # only 4-5 are neighbours
    closed = [pts for tag, pts in shapes if tag == "polygon"]
    assert len(closed) == 1 and len(closed[0].split()) == len(IDS)  # the giver rated all ten


# --- feedback knows its network and what it was asked ----------------------------------------


def _filed_under(home: Path) -> list:
    with sqlite3.connect(db(home)) as conn:
        return [row[0] for row in conn.execute("SELECT network FROM feedback")]


def test_feedback_is_filed_under_the_network_its_form_asked_about(cli, home, tmp_path, comps):
    seed(home, make("aaaaaa", "2026-10-01", {IDS[0]: 2}, network="Sundhedsnetværket"),
         make("bbbbbb", "2026-11-01", {IDS[0]: 4}, network="Læringsnetværket"))  # the newest
    doc = document(comps, {IDS[0]: 5}, network="sundhedsnetværket", invitation="inv-abcdefghjk",
                   issued="2026-11-29")
    result = cli("feedback", "import", str(write(tmp_path / "f.json", doc)), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert _filed_under(home) == ["Sundhedsnetværket"]  # the form's network, spelled as the reflections have it
    assert t("fb.network_unknown", "en", network="Sundhedsnetværket") not in result.stdout
    other = document(comps, {IDS[0]: 3}, giver="Ida", network="Nyt netværk")
    result = cli("feedback", "import", str(write(tmp_path / "g.json", other)), "--lang", "en")
    assert result.exit_code == 0 and t("fb.network_unknown", "en", network="Nyt netværk") in result.stdout
    clash = document(comps, {IDS[0]: 3}, giver="Bo", network="Sundhedsnetværket")
    result = cli("feedback", "import", str(write(tmp_path / "h.json", clash)), "--network", "Læringsnetværket")
    assert result.exit_code == 2 and len(_filed_under(home)) == 2


def test_feedback_about_a_competence_the_leader_does_not_have_is_refused(cli, home, tmp_path, comps):
    doc = document(comps, {IDS[0]: 5})
    fake = {"id": "fake", "number": 99, "title": {"da": "Fake", "en": "Fake"},
            "description": {"da": "x", "en": "x"}, "questions": []}
    doc["snapshot"]["competences"].append(fake)
    doc["responses"]["fake"] = {"rating": 5, "comment": "forfalsket"}
    result = cli("feedback", "import", str(write(tmp_path / "f.json", doc)), "--lang", "en")
    assert result.exit_code == 2 and "fake" in result.stderr and "does not have" in result.stderr
    assert stored_feedback(home) == []


@pytest.mark.parametrize("given, issued", [("2099-01-01", None), ("0001-01-01", None), ("1999-12-31", None),
                                           ("2026-11-01", "2026-11-20")])
def test_feedback_dated_outside_the_forms_lifetime_is_refused(cli, home, tmp_path, comps, given, issued):
    doc = document(comps, {IDS[0]: 5}, date=given, **({"issued": issued} if issued else {}))
    result = cli("feedback", "import", str(write(tmp_path / "f.json", doc)), "--lang", "en")
    assert result.exit_code == 2 and "lifetime" in result.stderr, result.stderr
    assert stored_feedback(home) == []


def test_the_files_people_pass_around_are_read_by_one_strict_json_reader():
    """Feedback, share and export files share one reader: a key twice is reported (json would keep
    the last silently), NaN and Infinity are not JSON, and a number longer than any value is
    refused where the caller bounds it."""
    import json as std_json

    from netleder.shape_check import MAX_DIGITS, strict_json

    data, duplicates = strict_json('{"a": 1, "b": {"c": 2, "c": 3}, "a": 4}')
    assert data == {"a": 4, "b": {"c": 3}} and duplicates == ["c", "a"]
    for constant in ("NaN", "Infinity", "-Infinity"):
        with pytest.raises(ValueError):
            strict_json(f'{{"x": {constant}}}')
    long = "9" * (MAX_DIGITS + 1)
    with pytest.raises(ValueError):
        strict_json(f'{{"x": {long}}}')
    assert strict_json(f'{{"x": {long}}}', bounded=False)[0] == {"x": int(long)}
    with pytest.raises(std_json.JSONDecodeError):
        strict_json('{"x": }')
