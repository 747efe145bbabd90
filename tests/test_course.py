"""The course (issue 22): `netleder share`, `netleder course form`, `netleder course show`.

The share file is checked strictly (a table of bad files, each with the reason it is refused);
the group view never shows fewer than 3 (in all, or per competence); the round trip runs through
the real CLI; the confirmation before a share file is written is typed in a real terminal.
The form in a browser and printing are in tests/test_course_browser.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import builtin_competences, builtin_ids, make, seed
from netleder.exchange.share import (
    MAX_SHARE_BYTES,
    ContentIdentity,
    Share,
    new_share_id,
    parse_share,
    share_document,
    share_text,
)
from netleder.i18n import t

IDS = builtin_ids()
ROOT = Path(__file__).resolve().parent.parent
SECRET = "Mit hemmelige svar om Urban farming"


def identity(comps) -> ContentIdentity:
    return ContentIdentity.of(comps)


def write_share(folder: Path, name: str, ratings: dict, comps, share_id: str | None = None, **extra) -> Path:
    doc = share_document(Share(share_id or new_share_id(), identity(comps), ratings))
    doc.update(extra)
    path = folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def a_folder(tmp_path: Path, comps, rows: list[dict], name: str = "inbox") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i, ratings in enumerate(rows):
        write_share(folder, f"share-{i:02d}.json", ratings, comps)
    return folder


# --- the file format ----------------------------------------------------------------------------


def test_what_is_written_is_read_back_the_same(comps):
    share = Share(new_share_id(), identity(comps), {IDS[0]: 4, IDS[7]: 1}, "fokusering")
    found, problems = parse_share(share_text(share).encode("utf-8"))
    assert problems == [] and found == share
    assert json.loads(share_text(share)) == share_document(share)
    assert set(share_document(share)) == {"format", "version", "share_id", "content", "phase", "ratings"}


def good_doc(comps) -> dict:
    return share_document(Share("abcdefghjkmnpqrs", identity(comps), {IDS[0]: 4, IDS[1]: 2}))


def _set(path: tuple, value):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return doc
    return change


def _drop(key: str):
    def change(doc):
        del doc[key]
        return doc
    return change


ESC = "\x1b[31m"
BAD_DOCUMENTS = [
    ("wrong format", _set(("format",), "netleder-feedback"), "share.not_share"),
    ("no format", _drop("format"), "share.not_share"),
    ("newer version", _set(("version",), 2), "share.newer_version"),
    ("version as text", _set(("version",), "1"), "share.bad_version"),
    ("version as boolean", _set(("version",), True), "share.bad_version"),
    ("no version", _drop("version"), "share.no_version"),
    ("version null", _set(("version",), None), "share.no_version"),
    ("forged counts", _set(("counts",), {IDS[0]: {"1": 40}}), "share.unknown_key"),
    ("forged n", _set(("n",), 40), "share.unknown_key"),
    ("a name", _set(("name",), "Mette Holm"), "share.unknown_key"),
    ("a network", _set(("network",), "Urban farming"), "share.unknown_key"),
    ("answers", _set(("answers",), {IDS[0]: ["svar"]}), "share.unknown_key"),
    ("a date", _set(("date",), "2026-12-06"), "share.unknown_key"),
    ("rating above the scale", _set(("ratings", IDS[0]), 6), "share.rating_off_scale"),
    ("rating below the scale", _set(("ratings", IDS[0]), 0), "share.rating_off_scale"),
    ("rating as a fraction", _set(("ratings", IDS[0]), 2.5), "share.rating_not_number"),
    ("rating as text", _set(("ratings", IDS[0]), "4"), "share.rating_not_number"),
    ("rating as boolean", _set(("ratings", IDS[0]), True), "share.rating_not_number"),
    ("rating as a list of many", _set(("ratings", IDS[0]), [4, 4, 4]), "share.rating_not_number"),
    ("unknown competence", _set(("ratings", "ukendt-kompetence"), 3), "share.rating_unknown_id"),
    ("escape in a rating's id", _set(("ratings", ESC), 3), "share.bad_id"),
    ("escape in the share id", _set(("share_id",), "abcdefgh" + ESC), "share.bad_share_id"),
    ("short share id", _set(("share_id",), "abc"), "share.bad_share_id"),
    ("bidi override in the phase", _set(("phase",), "fokus\u202eering"), "share.bad_phase"),
    ("escape in a content id", _set(("content", "competences", 0), ESC), "share.bad_id"),
    ("escape in the format", _set(("format",), "netleder-share" + ESC), "share.not_share"),
    ("C1 control in a key", _set(("\u009b2J",), 1), "share.unknown_key"),
    ("duplicate competence in the content", _set(("content", "competences", 1), IDS[0]), "share.dup_content_id"),
    ("duplicate scale value", _set(("content", "scale"), [1, 1, 2]), "share.dup_scale_value"),
    ("scale of one", _set(("content", "scale"), [1]), "share.bad_scale"),
    ("content as a list", _set(("content",), [IDS[0]]), "share.content_not_mapping"),
    ("extra key in the content", _set(("content", "digest"), "x"), "share.unknown_content_key"),
    ("no ratings", _set(("ratings",), {}), "share.no_ratings"),
    ("ratings as a list", _set(("ratings",), [4, 2]), "share.ratings_not_mapping"),
    ("no share id", _drop("share_id"), "share.missing_key"),
]


@pytest.mark.parametrize("change,key", [(c, k) for _, c, k in BAD_DOCUMENTS], ids=[n for n, _, _ in BAD_DOCUMENTS])
def test_a_bad_document_is_refused_with_its_reason(comps, change, key):
    raw = json.dumps(change(good_doc(comps)), ensure_ascii=False).encode("utf-8")
    found, problems = parse_share(raw)
    assert found is None
    assert key in [p.key for p in problems], problems
    for lang in ("da", "en"):
        for problem in problems:
            said = problem.format(lang)
            assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", said), said  # nothing raw


BAD_BYTES = [
    ("huge", lambda raw: raw[:-1] + b" " * MAX_SHARE_BYTES + b"}", "share.too_big"),
    ("deeply nested", lambda raw: b"[" * 20_000 + b"]" * 20_000, "share.too_deep"),
    ("nested in a rating", lambda raw: raw.replace(b'"ratings": {', b'"ratings": {"x": {"y": {"z": 1}}, ', 1),
     "share.too_deep"),
    ("duplicate key", lambda raw: raw.replace(b'"version": 1', b'"version": 1, "version": 1', 1), "share.dup_key"),
    ("duplicate rating", lambda raw: raw.replace(b'"ratings": {', f'"ratings": {{"{IDS[0]}": 1, '.encode(), 1),
     "share.dup_key"),
    ("not JSON", lambda raw: raw[: len(raw) // 2], "share.not_json"),
    ("NaN", lambda raw: raw.replace(b": 4", b": NaN", 1), "share.not_json"),
    ("not UTF-8", lambda raw: raw.replace(b"netleder-share", "netleder-share\xe6".encode("latin-1"), 1),
     "share.not_utf8"),
    ("raw control character", lambda raw: raw.replace(b"netleder-share", b"netleder\x1b-share", 1), "share.not_json"),
]


@pytest.mark.parametrize("change,key", [(c, k) for _, c, k in BAD_BYTES], ids=[n for n, _, _ in BAD_BYTES])
def test_bad_bytes_are_refused_with_their_reason(comps, change, key):
    raw = json.dumps(good_doc(comps), ensure_ascii=False).encode("utf-8")
    found, problems = parse_share(change(raw))
    assert found is None and [p.key for p in problems][:1] == [key], problems


def test_a_share_file_from_a_utf8_editor_with_a_bom_is_read(comps):
    raw = "\ufeff".encode() + json.dumps(good_doc(comps)).encode("utf-8")
    assert parse_share(raw)[0] is not None


# --- course show: the group, never a person --------------------------------------------------------


def ratings_for(n: int, rated_by_two: str | None = None) -> list[dict]:
    """n answers on all ten competences, with `rated_by_two` rated by only the first two."""
    rows = []
    for i in range(n):
        row = {cid: 1 + (i + k) % 5 for k, cid in enumerate(IDS)}
        if rated_by_two is not None and i >= 2:
            del row[rated_by_two]
        rows.append(row)
    return rows


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_two_files_show_nothing(cli, tmp_path, comps, fmt):
    folder = a_folder(tmp_path, comps, ratings_for(2))
    result = cli("course", "show", str(folder), "-f", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert t("course.too_few", "da", count=2, min=3) in " ".join(result.stderr.split())


def test_no_usable_file_is_not_called_only_none(cli, tmp_path):
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    result = cli("course", "show", str(tmp_path / "broken.json"))
    assert result.exit_code == 2 and result.stdout == ""
    said = " ".join(result.stderr.split())
    assert t("course.none_usable", "da", min=3) in said and "kun 0" not in said


def test_two_files_and_a_bad_one_show_nothing_but_say_why(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(2))
    (folder / "broken.json").write_text("{", encoding="utf-8")
    output = tmp_path / "out.html"
    result = cli("course", "show", str(folder), "-o", str(output))
    assert result.exit_code == 2 and not output.exists()
    assert "broken.json" in result.stderr and t("share.not_json", "da") in result.stderr


def test_a_competence_rated_by_two_of_ten_is_too_few_to_show(cli, tmp_path, comps):
    few = IDS[3]
    folder = a_folder(tmp_path, comps, ratings_for(10, rated_by_two=few))
    data = json.loads(cli("course", "show", str(folder), "-f", "json", "--lang", "en").stdout)
    assert data["responses"] == 10
    row = next(c for c in data["competences"] if c["id"] == few)
    assert row == {"id": few, "title": comps.find(few).title("en"), "too_few": True}  # no n, no counts
    other = next(c for c in data["competences"] if c["id"] == IDS[0])
    assert other["n"] == 10 and sum(other["counts"].values()) == 10 and set(other["counts"]) == {"1", "2", "3", "4", "5"}
    assert few not in json.dumps([data["strongest"], data["growth"]])

    text = cli("course", "show", str(folder), "--lang", "en").stdout
    block = text.split(comps.find(few).title("en"), 1)[1].split(f"{comps.find(few).number + 1}.", 1)[0]
    assert t("course.label.too_few", "en") in block and not re.search(r"\d", block), block

    page = cli("course", "show", str(folder), "-f", "html").stdout
    chart_row = page.split(f'id="course-{few}"', 1)[1].split("</g>", 1)[0]
    assert t("course.label.too_few", "da") in chart_row and not re.search(r">\s*\d+\s*<", chart_row)
    table_row = page.split("<tbody>", 1)[1].split("</tr>")[3]
    assert t("course.label.too_few", "da") in table_row and not re.search(r"<td[^>]*>\d", table_row)

    markdown = cli("course", "show", str(folder), "-f", "markdown").stdout
    md_row = next(line for line in markdown.splitlines() if comps.find(few).title("da") in line and "|" in line)
    assert t("course.label.too_few", "da") in md_row and not re.search(r"\|\s*\d", md_row.split("|", 2)[2])


def test_strongest_and_growth_are_said_as_distributions(cli, tmp_path, comps):
    rows = [{IDS[0]: 5, IDS[1]: 1}, {IDS[0]: 4, IDS[1]: 2}, {IDS[0]: 5, IDS[1]: 1}, {IDS[0]: 2, IDS[1]: 4}]
    folder = a_folder(tmp_path, comps, rows)
    data = json.loads(cli("course", "show", str(folder), "-f", "json").stdout)
    assert data["strongest"][0] == {"id": IDS[0], "count": 3, "of": 4, "values": [4, 5],
                                    "text": "3 af 4 siger »Ofte« eller »Næsten altid«"}
    assert data["growth"][0]["text"] == "3 af 4 siger »Næsten aldrig« eller »Sjældent«"
    text = " ".join(cli("course", "show", str(folder)).stdout.split())
    assert "3 af 4 siger »Næsten aldrig« eller »Sjældent«" in text
    for said in (text, json.dumps(data, ensure_ascii=False)):
        from netleder import __version__

        assert not re.search(r"\d[.,]\d", said.replace(__version__, "")), "a mean or a fraction was shown"
    english = " ".join(cli("course", "show", str(folder), "--lang", "en").stdout.split())
    assert "3 of 4 say “Almost never” or “Rarely”" in english


def test_the_same_share_id_counts_once_and_is_said(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(3))
    first = json.loads((folder / "share-00.json").read_text(encoding="utf-8"))
    (folder / "share-00 (1).json").write_text(json.dumps(first), encoding="utf-8")  # saved twice
    data = json.loads(cli("course", "show", str(folder), "-f", "json").stdout)
    assert data["responses"] == 3
    assert t("course.note_repeated", "da", count=1) in data["notes"]
    two = a_folder(tmp_path, comps, ratings_for(2), name="two")
    again = (two / "share-00.json").read_text(encoding="utf-8")
    (two / "copy.json").write_text(again, encoding="utf-8")
    (two / "copy again.json").write_text(again, encoding="utf-8")
    result = cli("course", "show", str(two))
    assert result.exit_code == 2  # two people and one of them three times: still too few


def test_a_form_saved_again_after_a_change_counts_the_newest(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(2))
    older = write_share(folder, "mine.json", {IDS[0]: 1}, comps, share_id="abcdefghjkmnpqrs")
    newer = write_share(folder, "mine (1).json", {IDS[0]: 5}, comps, share_id="abcdefghjkmnpqrs")
    os.utime(older, (1_000_000, 1_000_000))
    os.utime(newer, (2_000_000, 2_000_000))
    data = json.loads(cli("course", "show", str(folder), "-f", "json").stdout)
    assert data["responses"] == 3
    first = next(c for c in data["competences"] if c["id"] == IDS[0])
    assert first["counts"]["5"] == 1 + sum(1 for r in ratings_for(2) if r[IDS[0]] == 5)
    assert first["counts"]["1"] == sum(1 for r in ratings_for(2) if r[IDS[0]] == 1)
    assert t("course.note_differing", "da", count=1) in data["notes"]


def test_files_of_another_content_set_are_refused_by_name_with_what_differs(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(3))
    other_scale = share_document(Share(new_share_id(), ContentIdentity(tuple(IDS), (1, 2, 3, 4)), {IDS[0]: 4}))
    (folder / "fire-trin.json").write_text(json.dumps(other_scale), encoding="utf-8")
    other_ids = share_document(Share(new_share_id(), ContentIdentity((*IDS[:9], "lokal-kompetence"), (1, 2, 3, 4, 5)),
                                     {"lokal-kompetence": 4}))
    (folder / "kommunens-egne.json").write_text(json.dumps(other_ids), encoding="utf-8")
    result = cli("course", "show", str(folder), "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["responses"] == 3
    lines = {line.split(":", 1)[0].strip(): line for line in result.stderr.splitlines() if line.startswith("  ")}
    assert t("share.other_content", "da") in lines["fire-trin.json"]
    assert t("share.differs_scale", "da", theirs="1–4", ours="1–5") in lines["fire-trin.json"]
    assert t("share.differs_unknown", "da", ids="lokal-kompetence") in lines["kommunens-egne.json"]
    assert t("share.differs_missing", "da", ids=IDS[9]) in lines["kommunens-egne.json"]
    assert t("course.note_left_out", "da", count=2) in json.loads(result.stdout)["notes"]


def test_bad_files_are_listed_with_reasons_capped_and_the_rest_is_shown(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(3))
    for i in range(13):
        (folder / f"bad-{i:02d}.json").write_text(json.dumps({"format": "netleder-share", "version": 1,
                                                              "counts": {IDS[0]: 99}}), encoding="utf-8")
    (folder / "noter.txt").write_text("ignored: not a .json file", encoding="utf-8")
    (folder / f"escape{ESC}.json").write_text("[]", encoding="utf-8")
    result = cli("course", "show", str(folder), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["responses"] == 3
    listed = [line for line in result.stderr.splitlines() if line.startswith("  ") and ".json:" in line]
    assert len(listed) == 10
    assert t("course.bad_files", "da", count=14) in result.stderr
    assert t("course.more_files", "da", count=4) in result.stderr
    assert "noter.txt" not in result.stderr  # a folder is read for its .json files
    assert "\x1b" not in result.stderr and "bad-00.json" in result.stderr
    assert t("share.unknown_key", "da", key="counts", keys="format, version, share_id, content, ratings, phase") \
        in result.stderr


def test_a_named_file_that_is_not_json_is_listed(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(3))
    other = tmp_path / "svar.txt"
    other.write_text("{}", encoding="utf-8")
    result = cli("course", "show", str(folder), str(other))
    assert result.exit_code == 0 and "svar.txt" in result.stderr and t("share.not_json_name", "da") in result.stderr


@pytest.mark.parametrize("args,key", [(["nowhere"], "course.missing"), (["empty"], "course.no_files")])
def test_nothing_to_read_is_said(cli, tmp_path, args, key):
    (tmp_path / "empty").mkdir()
    result = cli("course", "show", *[str(tmp_path / a) for a in args])
    assert result.exit_code == 2 and result.stdout == ""
    assert t(key, "da", path=tmp_path / args[0]).split(" ")[-1] in result.stderr


def test_the_html_page_is_black_and_white_without_script_or_resources(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(12))
    name = "Netværksledelse <forår> & \"2027\""
    page = cli("course", "show", str(folder), "-f", "html", "--name", name).stdout
    assert "<script" not in page and "src=" not in page and "@import" not in page and "url(http" not in page
    assert not re.search(r'href="(?!#)', page)
    chart = page.split('<svg class="course-chart"', 1)[1].split("</svg>", 1)[0]
    colours = set(re.findall(r'(?:fill|stroke)="([^"]*)"', chart))
    assert colours <= {"#111", "#fff", "none"} | {f"url(#course-step-{i})" for i in range(1, 4)}, colours
    assert "Netværksledelse &lt;forår&gt; &amp; &#34;2027&#34;" in page or \
        "Netværksledelse &lt;forår&gt; &amp; &quot;2027&quot;" in page  # escaped by the template
    assert t("course.anonymity", "da", min=3) in page
    assert t("course.responses", "da", count=12) in page


def test_the_course_name_is_one_safe_line(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(3))
    data = json.loads(cli("course", "show", str(folder), "-f", "json", "--name", f"Kursus{ESC}\nto").stdout)
    assert data["course"] == "Kursus␛[31m to"


def test_an_output_file_is_owner_only_and_never_replaced_silently(cli, tmp_path, comps):
    folder = a_folder(tmp_path, comps, ratings_for(3))
    out = tmp_path / "gruppen.md"
    assert cli("course", "show", str(folder), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")  # the ending chose Markdown
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0
    assert cli("course", "show", str(folder), "-o", str(out)).exit_code == 2


# --- netleder share ---------------------------------------------------------------------------------


def seeded(home: Path) -> None:
    seed(home,
         make("aaaaaa", "2026-10-01", {IDS[0]: 1, IDS[1]: 1}, network="Gammelt netværk"),
         make("bbbbbb", "2026-11-20", {IDS[0]: 4, IDS[1]: 2, IDS[2]: 5, IDS[3]: None}, network="Urban farming",
              phase="fokusering", answers={IDS[0]: [SECRET, "andet svar"]}, next_steps={IDS[0]: "Ring til Ole"}),
         make("cccccc", "2026-11-25", {IDS[0]: 3}, complete=False))


def test_share_writes_only_the_ratings(cli, home, tmp_path):
    seeded(home)
    out = tmp_path / "deling.json"
    result = cli("share", "-o", str(out), "--yes")
    assert result.exit_code == 0, result.stderr
    raw = out.read_text(encoding="utf-8")
    assert result.stdout.count(raw.strip()) == 1  # shown exactly as written
    doc = json.loads(raw)
    assert set(doc) == {"format", "version", "share_id", "content", "phase", "ratings"}
    assert doc["ratings"] == {IDS[0]: 4, IDS[1]: 2, IDS[2]: 5}  # the newest complete one, unrated left out
    assert doc["phase"] == "fokusering" and doc["content"] == {"competences": IDS, "scale": [1, 2, 3, 4, 5]}
    for never in ("Urban", SECRET, "andet svar", "Ring til Ole", "bbbbbb", "2026", "Mette"):
        assert never not in raw
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0
    assert parse_share(raw.encode("utf-8"))[1] == []


def test_shares_sentences_wrap_between_words(cli, home, tmp_path):
    """What the share holds is said in lines within the terminal's width, each word whole."""
    seeded(home)
    out = tmp_path / "deling.json"
    result = cli("share", "-o", str(out), "--yes", env={"COLUMNS": "44"})
    assert result.exit_code == 0, result.stderr
    raw = out.read_text(encoding="utf-8")
    prose = result.stdout.replace(raw.strip(), "")  # the file itself is shown exactly as written
    assert max(len(line) for line in prose.splitlines() if str(out) not in line) <= 44  # a path is one word
    holds = t("share.holds", "da", count=3, titles=", ".join(
        t("course.quoted", "da", text=c.title("da")) for c in builtin_competences().competences[:3]))
    assert " ".join(holds.split()) in " ".join(prose.split())


def test_share_a_chosen_reflection_leaving_out_competences(cli, home, tmp_path):
    seeded(home)
    out = tmp_path / "deling.json"
    assert cli("share", "bbb", "-x", "1", "--leave-out", IDS[2], "-o", str(out), "-y", "--lang", "en").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["ratings"] == {IDS[1]: 2}
    assert cli("share", "aaa", "-x", "1", "-x", "2", "-o", str(tmp_path / "x.json"), "-y").exit_code == 2


@pytest.mark.parametrize("args,key", [
    (["ccc"], "share.draft"),
    (["zzz"], None),
    ([], "share.no_tty"),  # no terminal and no --yes
])
def test_share_refuses_with_a_reason_and_writes_nothing(cli, home, tmp_path, args, key):
    seeded(home)
    out = tmp_path / "deling.json"
    result = cli("share", *args, "-o", str(out), *(["--yes"] if args else []))
    assert result.exit_code == 2 and not out.exists()
    if key == "share.no_tty":
        assert "--yes" in result.stderr and "netleder share --output" in result.stderr
    elif key:
        assert t(key, "da", id="cccccc").split(":")[0][:30] in " ".join(result.stderr.split())


def test_share_with_no_reflections_and_a_wrong_ending(cli, home, tmp_path):
    result = cli("share", "-o", str(tmp_path / "a.json"), "--yes")
    assert result.exit_code == 2 and not (tmp_path / "a.json").exists()
    result = cli("share", "-o", str(tmp_path / "a.txt"), "--yes")
    assert result.exit_code == 2 and ".json" in result.stderr


def spawn_share(home: Path, *args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(NETLEDER_HOME=str(home), PYTHONPATH=str(ROOT), TERM="xterm", COLUMNS="100")
    return pexpect.spawn(sys.executable, ["-m", "netleder", "share", *args], env=env, encoding="utf-8",
                         timeout=30, dimensions=(60, 100))


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pseudo-terminal")
def test_share_shows_the_file_and_asks_first_in_a_terminal(home, tmp_path):
    seeded(home)
    out = tmp_path / "deling.json"
    child = spawn_share(home, "-o", str(out))
    child.expect_exact('"format": "netleder-share"')
    child.expect_exact(f'"{IDS[2]}": 5')
    child.expect_exact(t("share.confirm", "da"))
    child.send("\r")  # Enter: the default is no
    child.expect_exact(t("share.not_written", "da"))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and not out.exists()

    child = spawn_share(home, "-o", str(out))
    child.expect_exact(t("share.confirm", "da"))
    child.send("\x1b[A")  # up to "Ja"
    child.send("\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and json.loads(out.read_text(encoding="utf-8"))["ratings"][IDS[2]] == 5


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pseudo-terminal")
def test_ctrl_c_at_the_question_writes_nothing(home, tmp_path):
    seeded(home)
    out = tmp_path / "deling.json"
    child = spawn_share(home, "-o", str(out))
    child.expect_exact(t("share.confirm", "da"))
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130 and not out.exists()


# --- the round trip through the real CLI ---------------------------------------------------------


def test_round_trip_share_form_folder_show(cli, home, tmp_path, comps):
    """Three leaders share from netleder (three stores), a fourth's file came from the form (made
    here as the form's script makes it), all in one folder; course show counts them."""
    inbox = tmp_path / "kursus"
    inbox.mkdir()
    stores = [({IDS[0]: 5, IDS[1]: 1}, "Netværk A"), ({IDS[0]: 4, IDS[1]: 2}, "Netværk B"),
              ({IDS[0]: 2, IDS[1]: 2, IDS[2]: 3}, "Netværk C")]
    for i, (ratings, network) in enumerate(stores):
        folder = tmp_path / f"leder-{i}"
        seed(folder, make("aaaaaa", "2026-11-01", ratings, network=network))
        result = cli("share", "-o", str(inbox / f"leder-{i}.json"), "--yes", env={"NETLEDER_HOME": str(folder)})
        assert result.exit_code == 0, result.stderr
    form = tmp_path / "form.html"
    assert cli("course", "form", "-o", str(form), "--name", "Forår 2027").exit_code == 0
    write_share(inbox, "netleder-kursus-abcdef.json", {IDS[0]: 1, IDS[1]: 1}, comps)
    data = json.loads(cli("course", "show", str(inbox), "-f", "json", "--name", "Forår 2027").stdout)
    assert data["responses"] == 4 and data["course"] == "Forår 2027"
    by_id = {c["id"]: c for c in data["competences"]}
    assert by_id[IDS[0]]["counts"] == {"1": 1, "2": 1, "3": 0, "4": 1, "5": 1} and by_id[IDS[0]]["n"] == 4
    assert by_id[IDS[1]]["counts"] == {"1": 2, "2": 2, "3": 0, "4": 0, "5": 0}
    assert by_id[IDS[2]] == {"id": IDS[2], "title": comps.find(IDS[2]).title("da"), "too_few": True}
    for fmt in ("text", "markdown", "html"):
        shown = cli("course", "show", str(inbox), "-f", fmt).stdout
        for network in ("Netværk A", "Netværk B", "Netværk C"):
            assert network not in shown


# --- start-up: jinja2 and the prompts only where needed -----------------------------------------

PROBE = r"""
import json, sys
sys.argv = ["netleder"] + json.loads(sys.argv[1])
from netleder.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = ["jinja2", "questionary", "sqlite3", "netleder.store.database"]
print("\nPROBE " + json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}), file=sys.stderr)
"""


def probe(args: list[str], tmp_path: Path) -> dict:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NETLEDER_HOME": str(tmp_path / "store"),
           "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL, check=False)
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("PROBE ")]
    assert line, proc.stderr
    return json.loads(line[-1][len("PROBE "):])


@pytest.mark.parametrize("fmt,jinja", [("text", False), ("json", False), ("markdown", False), ("html", True)])
def test_course_show_imports_jinja2_only_for_a_page_and_never_the_store(tmp_path, comps, fmt, jinja):
    folder = a_folder(tmp_path, comps, ratings_for(3))
    found = probe(["course", "show", str(folder), "-f", fmt], tmp_path)
    assert found["code"] == 0
    assert ("jinja2" in found["loaded"]) is jinja
    assert not {"questionary", "sqlite3"} & set(found["loaded"])


def test_share_with_yes_imports_no_prompts_and_help_no_jinja(tmp_path):
    found = probe(["share", "-o", str(tmp_path / "a.json"), "--yes"], tmp_path)
    assert found["code"] == 2 and "questionary" not in found["loaded"]  # no reflections: said before any prompt
    assert "jinja2" not in probe(["course", "--help"], tmp_path)["loaded"]


# --- docs/kurset.md: every command line runs as written ------------------------------------------

DOCS = ROOT / "docs"


def doc_commands(name: str) -> list[str]:
    text = (DOCS / name).read_text(encoding="utf-8")
    lines = [line for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL) for line in block.splitlines()]
    return [line for line in lines if line.strip()]


@pytest.mark.skipif(sys.platform == "win32", reason="the asking `share` runs on a POSIX pseudo-terminal")
@pytest.mark.parametrize("page,folder,lang", [("kurset.md", "kursus", "da"), ("kurset.en.md", "course", "en")])
def test_every_command_line_of_the_facilitators_page_runs_as_written(cli, home, tmp_path, monkeypatch, comps,
                                                                      page, folder, lang, chromium):
    import shlex

    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 4, IDS[4]: 2, IDS[7]: 5}, network="Urban farming"))
    monkeypatch.chdir(tmp_path)
    commands = doc_commands(page)
    assert len(commands) >= 7 and all(line.startswith("netleder ") for line in commands), commands
    assert any(" share " in f" {line} " for line in commands) and any("course form" in line for line in commands)
    assert any(line.startswith("netleder course show") and "--output" in line and ".html" in line for line in commands)
    inbox = tmp_path / folder
    for line in commands:
        args = shlex.split(line)[1:]
        if args[:2] == ["course", "show"] and not inbox.exists():  # step 2: the files collected in a folder
            inbox.mkdir()
            for shared in tmp_path.glob("*.json"):
                shared.rename(inbox / shared.name)
            for i in range(2):  # two more participants' files
                write_share(inbox, f"participant-{i}.json", {IDS[0]: 1 + i, IDS[4]: 2 + i}, comps)
        if args[0] == "share" and "--yes" not in args:  # it asks: answered yes in a terminal
            env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
            env.update(NETLEDER_HOME=str(home), PYTHONPATH=str(ROOT), TERM="xterm", COLUMNS="100")
            child = pexpect.spawn(sys.executable, ["-m", "netleder", *args], env=env, encoding="utf-8", timeout=30,
                                  dimensions=(60, 100), cwd=str(tmp_path))
            child.expect_exact(t("share.confirm", lang))
            child.send("\x1b[A")
            child.send("\r")
            child.expect(pexpect.EOF)
            child.close()
            assert child.exitstatus == 0, (line, child.before)
            continue
        result = cli(*args)
        assert result.exit_code == 0, (line, result.stderr)
    stem = "gruppen" if lang == "da" else "group"
    assert {f"{stem}.html", f"{stem}.md", f"{stem}.json", f"{stem}.pdf"} <= {p.name for p in tmp_path.iterdir()}
    assert (tmp_path / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    shown = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
    assert shown["responses"] == 4  # the two shares from the page and two other participants'


def test_phases_are_counted_only_where_three_or_more_gave_one(cli, tmp_path, comps):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i, phase in enumerate(["fokusering"] * 4 + ["opdagelse", None]):
        extra = {"phase": phase} if phase else {}
        write_share(folder, f"{i}.json", {IDS[0]: 3}, comps, **extra)
    notes = json.loads(cli("course", "show", str(folder), "-f", "json").stdout)["notes"]
    line = next(note for note in notes if note.startswith("Faser:"))
    assert "4 i »Fokusering«" in line and "Opdagelse" not in line
    assert t("course.phases_rest", "da", count=2) in line


# --- the reader never fails in any other way than with reasons -----------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**7) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_with_reasons(raw):
    found, problems = parse_share(raw)
    assert (found is None) == bool(problems)


@settings(max_examples=300, deadline=None)
@given(extra=st.dictionaries(st.sampled_from(["format", "version", "share_id", "content", "ratings", "phase", "x"]),
                             JSON_VALUES, max_size=4))
def test_any_document_is_read_or_refused_with_reasons(extra):
    doc = {"format": "netleder-share", "version": 1, "share_id": "abcdefghjkmnpqrs",
           "content": {"competences": IDS, "scale": [1, 2, 3, 4, 5]}, "ratings": {IDS[0]: 4}}
    doc.update(extra)
    found, problems = parse_share(json.dumps(doc).encode("utf-8"))
    assert (found is None) == bool(problems)
    if found is not None:  # what is accepted is within the rules
        assert set(found.ratings) <= set(found.content.competences)
        assert all(value in found.content.scale for value in found.ratings.values())



@pytest.mark.parametrize("lang", ["da", "en"])
def test_on_a_narrow_terminal_a_count_stays_with_its_step_and_bullets_hang(cli, tmp_path, comps, lang):
    """Every third width from 40 (the narrowest netleder draws for) to 99: a step's label and its count on one line, '(rated by n)'
    whole, and a wrapped bullet or question indented under its own text (a line that goes on
    from the one above never starts at the edge)."""
    folder = a_folder(tmp_path, comps, ratings_for(4))
    labels = [label(lang) for _, label in comps.scale]
    rated = t("course.rated_by", lang, count=4)
    for width in range(40, 100, 3):
        result = cli("course", "show", str(folder), "--lang", lang, env={"COLUMNS": str(width), "NO_COLOR": "1"})
        assert result.exit_code == 0, result.stderr
        lines = result.stdout.replace("\u00a0", " ").splitlines()  # the no-break spaces that hold a unit
        assert max(len(line) for line in lines) <= width
        assert sum(f"({rated})" in line for line in lines) == len(comps.competences), width
        for line in lines:
            for name in labels:
                if f"{name} " in line and re.search(r"\d\s*(·|\(|$)", line):  # a distribution line
                    assert re.search(re.escape(name) + r" \d", line), (width, line)
        # from the strongest competences to the end of the questions: bullets and numbered questions
        questions = lines.index(t("course.label.questions", lang))
        listed = lines[lines.index(t("course.label.strongest", lang)):lines.index("", questions)]
        for line in listed:
            assert not re.match(r"[a-zæøå»'(]", line), (width, line)
