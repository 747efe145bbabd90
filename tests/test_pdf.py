"""PDF: `--format pdf` and `--output NAME.pdf` print the command's HTML page through a
Chromium-family browser (here Chromium), and the PDF holds the page: the same text and the
same number of pages as the HTML printed by the test's own Chromium run. Also: no browser
(exit 2, nothing written, how to get the page as HTML), a browser that hangs (stopped at the
time limit), a browser that fails, and no temporary file left behind in any of these.

Without Chromium or pdftotext the printing tests skip on a developer's machine but FAIL under
CI=true (.ci/run installs both). The fake browsers are shell scripts: POSIX only.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from pathlib import Path

import pytest

from builders import builtin_competences, builtin_ids, db, make, seed
from netleder.feedback import Feedback, Response
from netleder.reflection import Snapshot
from netleder.store.database import Store
from printing import flat, pdf_pages, print_pdf

IDS = builtin_ids()
SECRET = "Hemmelig note om Søren ÆØÅ 7f3a"


@pytest.fixture
def own_tmp(monkeypatch):
    """The system's temporary folder for this test: empty, so leftovers show. Short, as a real
    one is (Chromium's own socket in it must fit in 108 bytes)."""
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="nl-tmp-", dir="/tmp" if os.path.isdir("/tmp") else None))
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def personal(home):
    """A store with two reflections in one network and a co-driver's feedback on it."""
    seed(home,
         make("aaaaaa", "2026-09-01", {IDS[0]: 2, IDS[1]: 4, IDS[2]: 3}, network="Urban farming",
              answers={IDS[0]: [SECRET, ""]}),
         make("bbbbbb", "2026-11-01", {IDS[0]: 3, IDS[1]: 4, IDS[2]: 5}, network="Urban farming"))
    snapshot = Snapshot.from_content(builtin_competences(), None)
    other = Feedback("fb-aaaaaa", "Mette Holm", "2026-11-30", "2026-12-01T10:00:00+01:00", "da", "Urban farming",
                     snapshot, {cid: Response(5 if cid == IDS[0] else None, "") for cid in snapshot.ids})
    with Store.open(db(home)) as store:
        store.save_feedback([other])
    from netleder.store.settings import set_leader_name

    set_leader_name("Lise Leder")
    return home


# (command, how PDF is asked for, expected words, private)
COMMANDS = [
    (["phases"], "ending", ["Netværksmodellens faser"], False),
    (["competences", "3", "--lang", "en"], "format", ["Creates a safe space"], False),
    (["worksheet", "-p", "2"], "ending", ["Arbejdsark"], False),
    (["invite", "--name", "Mette Holm", "-c", "1"], "format", ["Mette Holm"], False),
    (["show"], "ending", ["Lise Leder"], True),
    (["history"], "format", ["Urban farming"], True),
    (["history", "-c", "1"], "ending", ["Urban farming"], True),
    (["feedback", "show"], "ending", ["Mette Holm"], True),
]


@pytest.mark.parametrize("command, asked, words, private", COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_a_pdf_is_the_page_printed(cli, personal, tmp_path, own_tmp, chromium, pdftotext, command, asked, words, private):
    pdf = tmp_path / "ud.pdf"
    how = ["--output", str(pdf)] if asked == "ending" else ["--format", "pdf", "--output", str(pdf)]
    result = cli(*command, *how)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"Skrevet til {pdf}" in result.stderr or f"Written to {pdf}" in result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = pdf_pages(pdftotext, pdf)
    # the same page, printed by the test's own Chromium run from the HTML
    html = tmp_path / "ud.html"
    assert cli(*command, "--format", "html", "--output", str(html)).exit_code == 0
    expected = pdf_pages(pdftotext, print_pdf(chromium, html, tmp_path))
    assert len(pages) == len(expected) >= 1
    assert " ".join(pages) == " ".join(expected)
    for word in words:
        assert flat(word) in " ".join(pages)
    assert oct(pdf.stat().st_mode & 0o777) == ("0o600" if private else oct(0o666 & ~_umask()))
    assert list(own_tmp.iterdir()) == []  # nothing left in the temporary folder
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["ud.html", "ud.pdf"]


def test_a_personal_page_passes_only_through_an_owner_only_folder(cli, personal, tmp_path, own_tmp, chromium, pdftotext,
                                                                   monkeypatch):
    """While the browser prints `show`, its page and profile are in a folder only the user can
    open, and the page file is the user's alone; afterwards nothing of it is left."""
    seen = tmp_path / "seen.txt"
    spy = _script(tmp_path / "spy-browser", f"""
for arg in "$@"; do
  case "$arg" in
    --user-data-dir=*) dir="${{arg#--user-data-dir=}}"; dir="${{dir%/profile}}" ;;
  esac
done
stat -c '%a %n' "$dir" "$dir/page.html" > "{seen}"
grep -c "{SECRET}" "$dir/page.html" >> "{seen}"
exec "{chromium}" "$@"
""")
    monkeypatch.setenv("NETLEDER_BROWSER", str(spy))
    pdf = tmp_path / "mig.pdf"
    result = cli("show", "aaaaaa", "-o", str(pdf))
    assert result.exit_code == 0, result.stderr
    folder_line, page_line, found = seen.read_text().splitlines()
    assert folder_line.startswith("700 ") and page_line.startswith("600 ") and found == "1"
    assert SECRET in flat(" ".join(pdf_pages(pdftotext, pdf)))
    assert list(own_tmp.iterdir()) == []


def test_pdf_needs_an_output_file(cli, own_tmp):
    result = cli("phases", "--format", "pdf")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "Fejl: En PDF skrives til en fil: tilføj --output NAVN.pdf.\n"


def test_no_browser_exit_2_nothing_written_and_how_to_print_the_html(cli, tmp_path, own_tmp, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(sys, "platform", "linux")  # only the Linux places, none of which exist here
    for place in ("/opt/microsoft/msedge/msedge", "/opt/google/chrome/chrome", "/snap/bin/chromium"):
        assert not Path(place).exists()
    pdf = tmp_path / "faser.pdf"
    result = cli("phases", "-o", str(pdf))
    assert result.exit_code == 2 and result.stdout == ""
    assert flat(result.stderr) == (
        "Fejl: Fandt ingen browser at lave PDF'en med (Microsoft Edge, Google Chrome eller Chromium), så intet er "
        "skrevet. Skriv i stedet siden som HTML (samme kommando med --format html og filnavnet »faser.html«), åbn den "
        "i en hvilken "
        "som helst browser, og udskriv den som PDF (Ctrl+P, »Gem som PDF«). Eller sæt NETLEDER_BROWSER til stien "
        "til Edge, Chrome eller Chromium.")
    result = cli("phases", "-o", str(pdf), "--lang", "en")
    assert result.exit_code == 2 and "'faser.html'" in result.stderr and "Ctrl+P" in result.stderr
    assert not pdf.exists() and list(own_tmp.iterdir()) == []


def test_a_browser_setting_that_names_nothing(cli, tmp_path, own_tmp, monkeypatch):
    monkeypatch.setenv("NETLEDER_BROWSER", str(tmp_path / "ingen-browser"))
    result = cli("phases", "-o", str(tmp_path / "faser.pdf"))
    assert result.exit_code == 2 and "NETLEDER_BROWSER" in result.stderr and "ingen-browser" in result.stderr
    assert list(tmp_path.iterdir()) == [] and list(own_tmp.iterdir()) == []


def test_a_browser_that_hangs_is_stopped_at_the_time_limit(cli, tmp_path, own_tmp, monkeypatch):
    pids = tmp_path / "pids"
    hangs = _script(tmp_path / "hanging-browser", f"""
sleep 60 &
echo $$ $! > "{pids}"
wait
""")
    monkeypatch.setenv("NETLEDER_BROWSER", str(hangs))
    monkeypatch.setenv("NETLEDER_PRINT_TIMEOUT", "1.5")
    pdf = tmp_path / "faser.pdf"
    started = time.monotonic()
    result = cli("phases", "-o", str(pdf))
    assert time.monotonic() - started < 15
    assert result.exit_code == 1 and result.stdout == ""
    assert f"Browseren ({hangs}) blev ikke færdig med PDF'en på 1.5 sekunder" in flat(result.stderr)
    assert not pdf.exists() and list(own_tmp.iterdir()) == []
    for pid in pids.read_text().split():  # the browser and what it started are gone
        assert not _alive(int(pid)), pid


def test_a_browser_that_fails(cli, tmp_path, own_tmp, monkeypatch):
    fails = _script(tmp_path / "failing-browser", 'echo "[0101/000000:ERROR] kan ikke \x1b[31mprinte" >&2\nexit 3')
    monkeypatch.setenv("NETLEDER_BROWSER", str(fails))
    pdf = tmp_path / "faser.pdf"
    result = cli("phases", "-o", str(pdf), "--lang", "en")
    assert result.exit_code == 1
    assert flat(result.stderr).startswith(f"Error: The browser ({fails}) could not make the PDF ([0101/000000:ERROR] kan ikke")
    assert "\x1b" not in result.stderr
    assert not pdf.exists() and list(own_tmp.iterdir()) == []


def test_a_browser_that_writes_no_pdf(cli, tmp_path, own_tmp, monkeypatch):
    """Exit 0 without a PDF (or with something else under its name) is a failure too."""
    liar = _script(tmp_path / "lying-browser", """
for arg in "$@"; do
  case "$arg" in --print-to-pdf=*) echo "<html>not a pdf" > "${arg#--print-to-pdf=}" ;; esac
done
exit 0""")
    monkeypatch.setenv("NETLEDER_BROWSER", str(liar))
    pdf = tmp_path / "faser.pdf"
    result = cli("phases", "-o", str(pdf), "--lang", "en")
    assert result.exit_code == 1 and "could not make the PDF (exit 0)" in flat(result.stderr)
    assert not pdf.exists() and list(own_tmp.iterdir()) == []


def test_a_bad_time_limit_is_said(cli, tmp_path, own_tmp, monkeypatch):
    monkeypatch.setenv("NETLEDER_PRINT_TIMEOUT", "snart")
    result = cli("phases", "-o", str(tmp_path / "faser.pdf"))
    assert result.exit_code == 2 and "NETLEDER_PRINT_TIMEOUT" in result.stderr and "»snart«" in result.stderr


def test_the_browser_is_found_where_it_is_usually_installed(tmp_path, monkeypatch):
    """Windows and macOS places, tried with a fake install under a fake Program Files / home."""
    import shutil

    from netleder import browser

    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    # nothing is on PATH; shutil.which itself is not run under the faked platform, since from
    # Python 3.13 it asks Windows' own API when sys.platform says win32
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("ProgramFiles(x86)", str(tmp_path / "pf86"))
    edge = tmp_path / "pf86" / "Microsoft" / "Edge" / "Application" / "msedge.exe"
    assert browser.find_chromium() is None
    _script(edge, "exit 0")
    names, places = browser._candidates()
    assert names[0] == "msedge" and Path(str(edge).replace("/", "\\")) in [Path(str(p).replace("/", "\\")) for p in places]
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    chrome = tmp_path / "Applications" / "Google Chrome.app" / "Contents" / "MacOS" / "Google Chrome"
    _script(chrome, "exit 0")
    assert browser.find_chromium() == str(chrome)


def test_an_interrupt_while_printing_leaves_nothing(cli, tmp_path, own_tmp, monkeypatch):
    """Ctrl-C while the browser works: exit 130, the browser stopped, no file anywhere."""
    import subprocess

    pids = tmp_path / "pids"
    slow = _script(tmp_path / "slow-browser", f'sleep 60 &\necho $$ $! > "{pids}"\nwait')
    monkeypatch.setenv("NETLEDER_BROWSER", str(slow))
    real = subprocess.Popen.communicate

    def interrupted(self, *args, **kwargs):
        deadline = time.monotonic() + 10
        while not pids.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        raise KeyboardInterrupt

    monkeypatch.setattr(subprocess.Popen, "communicate", interrupted)
    pdf = tmp_path / "faser.pdf"
    result = cli("phases", "-o", str(pdf))
    monkeypatch.setattr(subprocess.Popen, "communicate", real)
    assert result.exit_code == 130
    assert not pdf.exists() and list(own_tmp.iterdir()) == []
    for pid in pids.read_text().split():
        assert not _alive(int(pid)), pid


def _script(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def _alive(pid: int) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        try:  # a child of ours that ended but was not reaped yet is gone too
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return False
        except ChildProcessError:
            pass
        time.sleep(0.05)
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the fake browsers are shell scripts")


def test_the_course_page_prints_the_same_way(cli, tmp_path, own_tmp, chromium, pdftotext):
    """The course group's page (another engineer's command) gets PDF through the same registry:
    five participants' share files, the page as PDF, the same as its HTML printed."""
    folder = tmp_path / "kursus"
    folder.mkdir()
    for i in range(5):
        home = tmp_path / f"deltager-{i}"
        seed(home, make(f"abcd{'efghj'[i]}k", "2026-11-01", {IDS[0]: 2 + i % 3, IDS[1]: 3, IDS[2]: 4 - i % 2}))
        shared = cli("share", "--output", str(folder / f"deling-{i}.json"), "--yes", env={"NETLEDER_HOME": str(home)})
        assert shared.exit_code == 0, shared.stderr
    pdf = tmp_path / "gruppen.pdf"
    result = cli("course", "show", str(folder), "--output", str(pdf))
    assert result.exit_code == 0, result.stderr
    pages = pdf_pages(pdftotext, pdf)
    html = tmp_path / "gruppen.html"
    assert cli("course", "show", str(folder), "--output", str(html)).exit_code == 0
    expected = pdf_pages(pdftotext, print_pdf(chromium, html, tmp_path))
    assert len(pages) == len(expected) >= 1 and " ".join(pages) == " ".join(expected)
    assert list(own_tmp.iterdir()) == []
