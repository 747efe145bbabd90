"""Safe on every terminal: one sanitiser at the output edge, links that content cannot break
out of, and every OS failure a user can cause a sentence in their language with its exit code.

Real processes where only a real process shows it (closed and full streams, broken pipes).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netleder.safe_text import json_safe, safe_link, terminal_safe

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = "Intro\x1b[31mRØD\x1b]0;pwned\x07\x9b2J\u202eslut"
STEERING = ["\x1b", "\x07", "\x9b", "\u202e", "\r"]


def steering(text: str) -> list[str]:
    return [ch for ch in STEERING if ch in text]


# --- the sanitiser, as a table --------------------------------------------------------------

@pytest.mark.parametrize("raw, shown", [
    ("plain æøå", "plain æøå"),
    ("a\x1b[31mb", "a␛[31mb"),
    ("bell\x07", "bell␇"),
    ("nul\x00", "nul␀"),
    ("del\x7f", "del␡"),
    ("csi\x9b2J", "csi\ufffd2J"),
    ("bidi\u202eevil\u2066", "bidi\ufffdevil\ufffd"),
    ("cr\r\nlf", "cr\nlf"),
    ("over\rwrite", "over\nwrite"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
])
def test_terminal_safe_table(raw, shown):
    assert terminal_safe(raw) == shown


def test_json_safe_is_lossless():
    text = json.dumps({"t": "a\x7f\x9b\u202eb"}, ensure_ascii=False)
    escaped = json_safe(text)
    assert not steering(escaped) and "\x7f" not in escaped
    assert json.loads(escaped) == {"t": "a\x7f\x9b\u202eb"}


@pytest.mark.parametrize("url, link", [
    ("https://example.dk/a", "https://example.dk/a"),
    ("mailto:netvaerk@example.dk", "mailto:netvaerk@example.dk"),
    ("https://x.dk/a>b<img src=x onerror=alert(1)>", "https://x.dk/a%3Eb%3Cimg%20src=x%20onerror=alert%281%29%3E"),
    ('https://x.dk/"onmouseover="alert(1)', "https://x.dk/%22onmouseover=%22alert%281%29"),
    ("https://x.dk/a)[b](javascript:alert(1)", "https://x.dk/a%29%5Bb%5D%28javascript:alert%281%29"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,<script>", None),
    ("http://example.dk", None),
    ("//example.dk", None),
    ("https://x.dk/\x1b[31m", None),
    ("https://", None),
    ("", None),
    (None, None),
])
def test_safe_link_table(url, link):
    assert safe_link(url) == link


# --- hostile content, arguments and imports through real commands ---------------------------

@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = tmp_path / "indhold"
    folder.mkdir()
    for name in ("phases.yaml", "competences.yaml"):
        shutil.copy(ROOT / "data" / name, folder / name)
    path = folder / "phases.yaml"
    text = path.read_text(encoding="utf-8")
    yaml_title = HOSTILE.replace("\x1b", "\\e").replace("\x07", "\\a").replace("\x9b", "\\x9b").replace(
        "\u202e", "\\u202e")
    text = text.replace('da: "Introduktion"', f'da: "{yaml_title}"', 1)
    path.write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("args", [
    ["phases"], ["phases", "introduktion"], ["phases", "-f", "markdown"], ["phases", "-f", "html"],
    ["phases", "-f", "json"], ["validate"],
], ids=" ".join)
def test_hostile_content_never_reaches_the_terminal_raw(cli, hostile, args):
    result = cli("--data-dir", str(hostile), *args)
    assert result.exit_code == 0, result.stderr
    assert not steering(result.stdout) and not steering(result.stderr)
    if args[-1] == "json":
        data = json.loads(result.stdout)
        assert data["phases"][0]["title"] == HOSTILE  # escaped, not lost
    elif args != ["validate"]:
        assert "Intro␛[31mRØD" in result.stdout.replace("\\[", "[")


def test_hostile_content_in_a_file_is_made_safe_too(cli, hostile, tmp_path):
    target = tmp_path / "faser.md"
    assert cli("--data-dir", str(hostile), "phases", "-o", str(target)).exit_code == 0
    assert not steering(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("args", [
    ["show", "\x1b[31mrød\x9b"], ["phases", "\x1b]0;titel\x07"], ["phases", "--format", "\x1b[2J"],
    ["\x1b[31mfases"], ["phases", "--\x1b[31m"], ["reflect", "--answers", "/findes/ikke/\x1b[31m.yaml"],
    ["import", "/findes/ikke/\u202e.json"],
], ids=lambda a: repr(a))
def test_arguments_echoed_in_errors_are_safe(cli, args):
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Fejl: ") and not steering(result.stderr)


def test_an_import_file_with_hostile_values_is_reported_safely(cli, tmp_path):
    bad = tmp_path / "import.json"
    bad.write_text(json.dumps({"format": "netleder-reflections", "version": 1, "reflections": [
        {"id": "\x1b[31m", "created_at": "\x9b2J", "\x1b]0;x\x07": 1}]}), encoding="utf-8")
    result = cli("import", str(bad))
    assert result.exit_code == 2 and not steering(result.stderr)


def test_a_rating_beyond_64_bits_in_an_import_is_reported(cli, tmp_path):
    cli("export", "-o", str(tmp_path / "tom.json"))
    doc = {"format": "netleder-reflections", "version": 1, "reflections": [
        {"id": "abcdef", "rating": 10 ** 20}]}
    bad = tmp_path / "stor.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    result = cli("import", str(bad))
    assert result.exit_code == 2 and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["import"], ["feedback", "import"]], ids=" ".join)
def test_a_number_of_5000_digits_is_said_in_our_words_without_a_made_up_position(cli, tmp_path, command):
    bad = tmp_path / "tal.json"
    bad.write_text('{"format": "netleder-reflections", "version": 1, "reflections": [{"rating": ' + "9" * 5000 + "}]}",
                   encoding="utf-8")
    result = cli(*command, str(bad), "--lang", "en")
    assert result.exit_code == 2 and "a number of 5000 digits" in result.stderr
    assert "line ?" not in result.stderr and "column ?" not in result.stderr  # no made-up position
    assert "set_int_max_str_digits" not in result.stderr and "Traceback" not in result.stderr


def test_validate_reports_a_link_that_could_break_out(cli, hostile):
    path = hostile / "phases.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index('source_url: "') + len('source_url: "')
    end = text.index('"', start)
    path.write_text(text[:start] + "https://x.dk/a>b<img src=x onerror=alert(1)>" + text[end:], encoding="utf-8")
    result = cli("validate", str(hostile))
    assert result.exit_code == 2 and "source_url" in result.stderr
    markdown = cli("--data-dir", str(hostile), "phases", "-f", "markdown")
    assert "onerror" not in markdown.stdout or markdown.exit_code == 2


# --- streams: closed, full, gone --------------------------------------------------------------

def shell(command: str, home: Path, **extra) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(NETLEDER_HOME=str(home), PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8", **extra)
    netleder = f"{sys.executable} -m netleder"
    return subprocess.run(["bash", "-c", "set -o pipefail; " + command.replace("netleder", netleder, 1)],
                          capture_output=True, env=env, timeout=60, text=True, check=False)


@pytest.mark.parametrize("command, code, words", [
    ("netleder phases >&-", 1, "Standardoutput er lukket"),
    ("netleder --version >&-", 1, "Standardoutput er lukket"),
    ("netleder reflect <&-", 2, "terminal"),
    ("netleder reflect --answers - <&-", 2, "Standardinput er lukket"),
    ("netleder delete abcdef <&-", 2, "Fejl: "),
    ("netleder --version >/dev/full", 1, "disken er fuld"),
    ("netleder --help >/dev/full", 1, "disken er fuld"),
    ("netleder phases --help >/dev/full", 1, "disken er fuld"),
    ("netleder phases >/dev/full", 1, "disken er fuld"),
    ("netleder competences -f json >/dev/full", 1, "disken er fuld"),
    ("netleder phases | true", 0, ""),
    ("netleder show nosuchid 2>&-", 2, ""),
    ("netleder phases 2>&- >/dev/null", 0, ""),
    ("netleder competences -f html | head -1 >/dev/null", 0, ""),
])
def test_streams_closed_full_or_gone(tmp_path, command, code, words):
    proc = shell(command, tmp_path / "home")
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert words in proc.stderr


def test_a_full_disk_in_english(tmp_path):
    proc = shell("netleder --lang en phases >/dev/full", tmp_path / "home")
    assert proc.returncode == 1 and "the disk is full" in proc.stderr


# --- names too long, folders without permission -----------------------------------------------

LONG = "a" * 300


@pytest.mark.parametrize("args", [
    ["reflect", "--answers", LONG], ["import", LONG], ["--data-dir", LONG, "phases"], ["validate", LONG],
    ["phases", "-o", LONG],
], ids=lambda a: " ".join(x if x != LONG else "LONG" for x in a))
def test_a_name_too_long_is_a_sentence(cli, args):
    result = cli(*args)
    assert result.exit_code == 2, result.stderr
    assert "navnet er for langt" in result.stderr and "File name too long" not in result.stderr


def test_a_data_home_with_a_name_too_long(cli, tmp_path):
    result = cli("history", env={"NETLEDER_HOME": str(tmp_path / LONG)})
    assert result.exit_code == 1 and "navnet er for langt" in result.stderr
    assert "File name too long" not in result.stderr


def _without_permission_override() -> list[str]:
    """Run so that permissions count: root ignores them, so as root the command runs without the
    capabilities that let it (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH). It stays
    root, so it can still reach an interpreter under /root (pyenv), which another user cannot."""
    if os.geteuid() != 0:
        return []
    tool = shutil.which("setpriv")
    if tool is None:
        pytest.fail("running as root without setpriv: cannot test a folder without permission")
    return [tool, "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.parametrize("args, code", [
    # what the user named to be read (a file, a content folder) and cannot be: bad input, 2, for every command
    (["reflect", "--answers", "{locked}/svar.yaml"], 2), (["import", "{locked}/x.json"], 2),
    (["feedback", "import", "{locked}/svar.json"], 2), (["course", "show", "{locked}/indhold"], 2),
    (["--data-dir", "{locked}/indhold", "phases"], 2), (["validate", "{locked}/indhold"], 2),
    # where netleder writes or keeps its data: the environment, 1
    (["phases", "-o", "{locked}/faser.md"], 1), (["history"], 1),
], ids=lambda a: " ".join(a) if isinstance(a, list) else str(a))
def test_a_folder_without_permission_is_a_sentence(tmp_path, args, code):
    outer = tmp_path / "open"
    locked = outer / "laast"
    (locked / "indhold").mkdir(parents=True)
    outer.chmod(0o755)
    tmp_path.chmod(0o755)
    locked.chmod(0o000)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    store = locked if args == ["history"] else tmp_path  # the store too, only where it is what is tried
    env.update(PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8", NETLEDER_HOME=str(store / "home"),
               HOME=str(locked))
    argv = [a.format(locked=locked) for a in args]
    try:
        proc = subprocess.run([*_without_permission_override(), sys.executable, "-m", "netleder", *argv],
                              capture_output=True, text=True, env=env, timeout=60, check=False)
    finally:
        locked.chmod(0o700)
    assert proc.returncode == code, proc.stderr
    assert proc.stderr.startswith("Fejl: ") and "Traceback" not in proc.stderr
    assert "Permission denied" not in proc.stderr
    assert "adgang" in proc.stderr  # the permission sentence, not some other failure


# --- Windows: no os.geteuid there -------------------------------------------------------------

def test_the_store_works_where_there_is_no_geteuid(monkeypatch, tmp_path):
    """Windows has no os.geteuid: the store's permission checks must not depend on it."""
    from netleder.store import files

    monkeypatch.delattr(os, "geteuid")
    path = tmp_path / "reflections.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o644)
    assert files.writable(path) is True
    files.tighten(path)
    assert path.stat().st_mode & 0o077 == 0


# --- stored snapshots, the rich console, writers ----------------------------------------------

@pytest.fixture
def hostile_store(tmp_path) -> Path:
    """Two reflections whose snapshot (a content file's titles), network and phase are hostile."""
    from builders import make, seed
    from netleder.content.loading import load_competences

    folder = tmp_path / "indhold"
    folder.mkdir()
    text = (ROOT / "data" / "competences.yaml").read_text(encoding="utf-8")
    text = text.replace('da: "Tænker andre ind i opgaven"', 'da: "Tænker\\e[2J\\x9b31m andre\\u202e ind"', 1)
    (folder / "competences.yaml").write_text(text, encoding="utf-8")
    comps = load_competences(folder)
    first = comps.competences[0].id
    home = tmp_path / "home"
    seed(home,
         make("aaaaaa", "2024-01-10", {first: 2}, comps=comps, network="Net\x1b]0;x\x07værk", phase="\x9bfase"),
         make("bbbbbb", "2024-06-10", {first: 4}, comps=comps, network="Net\x1b]0;x\x07værk"))
    return home


@pytest.mark.parametrize("args", [["show"], ["show", "aaaaaa", "-f", "markdown"], ["show", "-f", "html"],
                                  ["history"], ["history", "--competence", "1"], ["compare"],
                                  ["compare", "-f", "json"], ["history", "-f", "json"], ["export"]],
                         ids=" ".join)
def test_stored_snapshots_never_reach_the_terminal_raw(cli, hostile_store, args):
    result = cli(*args, env={"NETLEDER_HOME": str(hostile_store)})
    assert result.exit_code == 0, result.stderr
    assert not steering(result.stdout) and not steering(result.stderr)
    shown = result.stdout.replace("\\[", "[")
    if args == ["compare", "-f", "json"]:
        return  # ids and numbers only: nothing of the snapshot's text is in it
    assert "Net␛]0;x␇værk" in shown or "Tænker␛[2J" in shown or "\\u001b" in shown, shown[:2000]


def test_the_rich_console_keeps_its_own_colours_and_shows_controls(monkeypatch):
    import io as _io

    from rich.text import Text

    from netleder.output import SafeStream, terminal_console

    screen = _io.StringIO()
    monkeypatch.setattr(sys, "stdout", SafeStream(screen, output=True))
    terminal_console(force_terminal=True, color_system="standard").print(Text("a\x1b[31mb\x9b", style="bold"))
    shown = screen.getvalue()
    assert "\x1b[1m" in shown  # rich's own bold got through
    assert "a␛[31mb\ufffd" in shown and "\x1b[31m" not in shown and "\x9b" not in shown


def test_writers_build_only_safe_links():
    from netleder.content.model import About, Text
    from netleder.formats.html import html_footer
    from netleder.formats.markdown import _md_footer

    for url in ("javascript:alert(1)", "https://x.dk/a>b<img src=x onerror=alert(1)>", 'https://x.dk/"><script>'):
        about = About(Text(da="Kilde", en="Source"), url)
        page = html_footer(about, "da")
        assert "Kilde" in page
        markdown = "\n".join(_md_footer(about, "da"))
        assert "javascript:" not in page and "<img" not in page and "<script" not in page
        assert "javascript:" not in markdown and "<img" not in markdown and "<script" not in markdown


def test_a_full_disk_in_sqlite_is_said_as_such():
    from netleder.store.connection import error_kind

    class ShmFull(Exception):
        sqlite_errorname = "SQLITE_IOERR_SHMSIZE"

    assert error_kind(ShmFull("disk I/O error")) == "full"


def test_a_closed_stdout_saves_nothing(tmp_path):
    answers = tmp_path / "svar.yaml"
    answers.write_text("competences:\n  1: {rating: 4}\n", encoding="utf-8")
    home = tmp_path / "home"
    proc = shell(f"netleder reflect --answers {answers} >&-", home)
    assert proc.returncode == 1 and "Standardoutput er lukket" in proc.stderr
    assert not home.exists()


def test_delete_with_stdin_closed_is_a_sentence(tmp_path):
    from builders import make, seed

    home = tmp_path / "home"
    seed(home, make("abcdef", "2024-01-10", {}))
    proc = shell("netleder delete abcdef <&-", home)
    assert proc.returncode == 2 and proc.stderr.startswith("Fejl: ") and "Traceback" not in proc.stderr
    proc = shell("netleder delete --all <&-", home)
    assert proc.returncode == 2 and proc.stderr.startswith("Fejl: ")


def test_term_dumb_on_a_terminal_is_plain_and_wrapped(tmp_path):
    from builders import on_a_terminal

    returncode, shown = on_a_terminal(["phases", "7"], {"TERM": "dumb", "COLUMNS": "70",
                                                        "NETLEDER_HOME": str(tmp_path / "home")})
    assert returncode == 0
    assert "\x1b" not in shown  # no colour or cursor codes for a dumb terminal
    lines = shown.splitlines()
    assert len(lines) > 10 and all(len(line) <= 70 for line in lines)


@pytest.mark.parametrize("text", [
    'network_type: "\\e[31mrumskib\\x9b"\ncompetences:\n  1: {rating: 4}\n',
    'competences:\n  1: !<tag:\\e[2J> {rating: 4}\n',
    'competences:\n  "\\e]0;titel\\a": {rating: 4}\n',
    'phase: "\\u202eesaf"\ncompetences:\n  1: {rating: 4}\n',
], ids=["network_type", "yaml tag", "competence key", "phase"])
def test_values_echoed_from_an_answers_file_are_safe(cli, tmp_path, text):
    path = tmp_path / "svar.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli("reflect", "--answers", str(path))
    assert result.exit_code == 2 and result.stderr.startswith("Fejl: ")
    assert not steering(result.stderr) and not steering(result.stdout)


def test_the_quick_scan_finds_exactly_the_characters_the_table_replaces():
    from netleder.safe_text import _UNSAFE_RE, UNSAFE

    assert [c for c in range(0x3000) if (c in UNSAFE) != bool(_UNSAFE_RE.match(chr(c)))] == []
