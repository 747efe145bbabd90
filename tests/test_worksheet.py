"""`netleder worksheet` (sheets to fill in by hand, printed through headless Chromium) and
`--open` (a BROWSER that records what it was asked to open stands in for the default browser)."""

from __future__ import annotations

import html as html_lib
import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from markupsafe import escape  # as the pages escape (Jinja2 autoescaping)

from builders import make, seed
from printing import as_printed, pdf_pages, print_pdf

MM = 72 / 25.4  # points per millimetre


def ok(result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.stdout


# --- what a sheet holds ----------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["da", "en"])
def test_worksheet_of_all_competences(cli, lang, comps):
    page = ok(cli("worksheet", "--format", "html", "--lang", lang))
    title = {"da": "Arbejdsark – Netværkslederens kompetencer", "en": "Worksheet – The network leader's competences"}[lang]
    assert f"<title>{escape(title)}</title>" in page
    assert {"da": "Navn:", "en": "Name:"}[lang] in page and {"da": "Dato:", "en": "Date:"}[lang] in page
    for comp in comps.competences:
        assert escape(comp.description(lang)) in page
        for q in comp.questions:
            assert escape(q.text(lang)) in page
    questions = sum(len(c.questions) for c in comps.competences)
    assert page.count('<div class="q">') == questions
    assert page.count('<div class="write">') == 4 * questions  # room to write under every question
    assert page.count('<span class="box"></span>') == len(comps.scale) * len(comps.competences)
    for level in comps.scale:
        assert f'<span class="box"></span>{escape(level.label(lang))}</li>' in page


def test_worksheet_for_a_phase_starts_with_its_questions_and_competences_in_play(cli, phases, comps):
    page = ok(cli("worksheet", "--phase", "3", "--format", "html"))
    phase = phases.find("3")
    assert "<title>Arbejdsark – Fase 3: Fokusering</title>" in page
    first_comp = page.index('<section class="sheet"')
    for q in phase.questions:
        assert page.index(escape(q.text("da"))) < first_comp  # the phase's questions first
    assert page.index("Kompetencer i spil") < first_comp
    # without --competence: the phase's competences in play, in their order
    sheets = re.findall(r'<section class="sheet" id="([a-z-]+)"', page)
    assert sheets == [item.competence for item in phase.in_play]


def test_worksheet_with_chosen_competences(cli):
    page = ok(cli("worksheet", "-c", "8", "-c", "trygt-rum", "-c", "8", "--format", "html"))
    assert re.findall(r'<section class="sheet" id="([a-z-]+)"', page) == ["fremdrift", "trygt-rum"]
    one = ok(cli("worksheet", "-c", "8", "--format", "html", "--lang", "en"))
    assert "<title>Worksheet – Competence 8: Keeps momentum without over-steering</title>" in one
    both = ok(cli("worksheet", "-p", "opstart", "-c", "1", "--format", "html"))
    assert re.findall(r'<section class="sheet" id="([a-z-]+)"', both) == ["taenk-andre-ind"]


def test_worksheet_markdown(cli, comps):
    md = ok(cli("worksheet", "-c", "3", "--lang", "en"))  # Markdown without --format or --output
    lines = md.splitlines()
    assert lines[0] == "# Worksheet – Competence 3: Creates a safe space"
    assert lines[2].startswith("Name: ____") and "Date: ____" in lines[2]
    assert sum(1 for line in lines if re.fullmatch(r"_{20,}", line)) == 3 * len(comps.find("3").questions)
    assert [line for line in lines if line.startswith("- [ ] ")] == \
        [f"- [ ] {level.label('en')}" for level in comps.scale]


def test_worksheet_bad_input(run, tmp_path):
    for args, needle in ((["worksheet", "-p", "99"], "99"), (["worksheet", "-c", "nope"], "nope"),
                         (["worksheet", "-f", "json"], "json"), (["worksheet", "-f", "markdown", "--open"], "--open")):
        proc = run(*args)
        assert proc.returncode == 2, args
        assert needle in proc.stderr and "Traceback" not in proc.stderr and proc.stdout == ""


def test_worksheet_output_ending_chooses_the_format(cli, tmp_path):
    target = tmp_path / "ark.html"
    ok(cli("worksheet", "-c", "1", "--output", str(target)))
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- printing -----------------------------------------------------------------------------------

def _words_by_page(pdftotext: str, pdf: Path) -> list[tuple[float, list[tuple[str, float]]]]:
    """[(page height, [(word, yMax in points)…])…] from pdftotext -bbox."""
    out = subprocess.run([pdftotext, "-bbox", str(pdf), "-"], capture_output=True, timeout=60,
                         check=True).stdout.decode("utf-8")
    pages = []
    for height, body in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out, re.DOTALL):
        words = [(html_lib.unescape(w), float(y)) for y, w in re.findall(r'yMax="([\d.]+)">([^<]*)</word>', body)]
        pages.append((float(height), words))
    return pages


def _question_end(pages, question: str) -> tuple[int, float]:
    """(page index, yMax of the question's last word) where the question's words stand in a row
    (compared `as_printed`: a word broken at a hyphen is two words in the PDF)."""
    target = as_printed(question)
    for index, (_, words) in enumerate(pages):
        for i in range(len(words)):
            joined = ""
            for word, bottom in words[i:]:
                joined = as_printed(f"{joined} {word}")
                if joined == target:
                    return index, bottom
                if not target.startswith(joined.rstrip("-\u2010\u2011")):
                    break
    raise AssertionError(f"not found on any page: {question}")


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("args", [[], ["--phase", "3"], ["--phase", "8"]])
def test_printed_worksheet_keeps_each_question_with_its_room_to_write(cli, tmp_path, chromium, pdftotext,
                                                                      comps, phases, lang, args):
    page_file = tmp_path / f"ark-{lang}-{'-'.join(args)}.html"
    ok(cli("worksheet", *args, "--format", "html", "--lang", lang, "--output", str(page_file)))
    pdf = print_pdf(chromium, page_file, tmp_path)
    texts = pdf_pages(pdftotext, pdf)
    assert len(texts) >= 2
    for number, text in enumerate(texts, 1):
        assert {"da": f"Side {number} af {len(texts)}", "en": f"Page {number} of {len(texts)}"}[lang] in text
    # a line for the name, the network and the date (issue 23: the network had none)
    assert {"da": "Navn: Netværk: Dato:", "en": "Name: Network: Date:"}[lang] in texts[0]
    pages = _words_by_page(pdftotext, pdf)
    phase = phases.find(args[1]) if args else None
    blocks = [(q.text(lang), 3 * 7.5) for q in (phase.questions if phase else ())]
    chosen = [comps.find(i.competence) for i in phase.in_play] if phase else comps.competences
    blocks += [(q.text(lang), 4 * 8.5) for c in chosen for q in c.questions]
    for question, room_mm in blocks:
        index, bottom = _question_end(pages, question)
        height = pages[index][0]
        # the lines to write on follow the question on the same page, above the bottom margin (20 mm)
        assert bottom + room_mm * MM <= height - 20 * MM + 2, (question, index + 1)
    # the scale's boxes are printed with their labels, once per competence
    all_text = " ".join(texts)
    assert all_text.count(as_printed(comps.scale[-1].label(lang))) == len(chosen)


# --- --open ---------------------------------------------------------------------------------

RECORDER = """\
import sys, pathlib
log = pathlib.Path(sys.argv[1])
url = sys.argv[2]
path = pathlib.Path(url[len("file://"):]) if url.startswith("file://") else None
with log.open("a", encoding="utf-8") as out:
    out.write(url + "\\n")
    out.write(("exists " + str(path.stat().st_mode & 0o777) if path and path.is_file() else "missing") + "\\n")
"""


@pytest.fixture
def browser(tmp_path):
    """A BROWSER that records each address it is asked to open (and whether the file is there)."""
    script = tmp_path / "recorder.py"
    script.write_text(RECORDER, encoding="utf-8")
    log = tmp_path / "opened.log"
    env = {"BROWSER": f'"{sys.executable}" "{script}" "{log}" %s'}
    return env, log


def _opened(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_open_writes_an_owner_only_temporary_page_and_opens_it(run, browser):
    env, log = browser
    proc = run("phases", "--overview", "--open", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    url, state = _opened(log)
    assert url.startswith("file://") and url.endswith(".html") and "netleder-overview-" in url
    assert state.startswith("exists")
    if os.name == "posix":
        assert state == f"exists {0o600}"  # owner-only
    path = Path(url[len("file://"):])
    assert "<svg" in path.read_text(encoding="utf-8")  # --open means HTML without --format
    assert "Åbnet i browseren" in proc.stderr
    path.unlink()


def test_open_with_output_opens_that_file(run, browser, tmp_path):
    env, log = browser
    target = tmp_path / "ark.html"
    proc = run("worksheet", "--phase", "2", "--output", str(target), "--open", "--lang", "en", env=env)
    assert proc.returncode == 0, proc.stderr
    url, state = _opened(log)
    assert url == target.resolve().as_uri() and state.startswith("exists")
    assert "Worksheet – Phase 2" in target.read_text(encoding="utf-8")
    assert "Opened in the browser" in proc.stderr


@pytest.mark.parametrize("args", [["competences", "8"], ["phases", "3"], ["worksheet"], ["invite", "--name", "Mette"]])
def test_open_on_every_command_that_writes_html(run, browser, args):
    env, log = browser
    proc = run(*args, "--open", env=env)
    assert proc.returncode == 0, proc.stderr
    url, _ = _opened(log)
    path = Path(url[len("file://"):])
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    path.unlink()


def test_open_without_a_browser_says_where_the_page_is(run, tmp_path):
    target = tmp_path / "faser.html"
    proc = run("phases", "--open", "--output", str(target), env={"BROWSER": str(tmp_path / "no-such-browser")})
    assert proc.returncode == 0
    assert "Kunne ikke åbne en browser" in proc.stderr and str(target) in proc.stderr
    assert target.is_file()


def test_open_needs_html(run, browser):
    env, log = browser
    proc = run("phases", "--open", "--format", "json", env=env)
    assert proc.returncode == 2 and "--open" in proc.stderr and not _opened(log)


def test_feedback_show_open_needs_an_output_file(run, browser, home):
    env, log = browser
    proc = run("feedback", "show", "--open", env={**env, "NETLEDER_HOME": str(home)})
    assert proc.returncode == 2 and "--output" in proc.stderr and not _opened(log)
    assert "Traceback" not in proc.stderr


def test_show_open_needs_an_output_file_so_no_reflection_is_left_in_a_temporary_file(run, browser, home, tmp_path):
    seed(home, make("abcdef", ratings={"trygt-rum": 4}))
    env, log = browser
    env = {**env, "NETLEDER_HOME": str(home)}
    proc = run("show", "--open", env=env)
    assert proc.returncode == 2 and "--output" in proc.stderr and not _opened(log)
    target = tmp_path / "samtale.html"
    proc = run("show", "--open", "--output", str(target), env=env)
    assert proc.returncode == 0, proc.stderr
    url, _state = _opened(log)
    assert url == target.resolve().as_uri()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_invite_naming_a_network_opens_from_where_delete_all_finds_it(run, browser, home, tmp_path):
    """The form names the leader's network: without --output it is not left in the system's
    temporary folder, but in the store's private folder, and `delete --all` removes it."""
    seed(home, make("aaaaaa", "2026-11-01", {}, network="Sundhedsnetværket"))
    env, log = browser
    env = {**env, "NETLEDER_HOME": str(home)}
    proc = run("invite", "--open", env=env)
    assert proc.returncode == 0, proc.stderr
    url, state = _opened(log)
    page = Path(url[len("file://"):])
    assert page.parent == home / "open" and state.startswith("exists")
    assert "Sundhedsnetværket" in page.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(page.parent.stat().st_mode) == 0o700
    assert run("delete", "--all", "--yes", env=env).returncode == 0
    assert not page.exists()


def test_open_pages_older_than_a_day_go_and_a_planted_link_is_never_followed(run, browser, home, tmp_path):
    """Pages `--open` left in the store's folder are removed after a day; an `open` folder that
    is a link (planted while the store's folder was open to others) is removed, never written
    through."""
    seed(home, make("aaaaaa", "2026-11-01", {}, network="Sundhedsnetværket"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (home / "open").symlink_to(elsewhere)
    env, log = browser
    env = {**env, "NETLEDER_HOME": str(home)}
    assert run("invite", "--open", env=env).returncode == 0
    page = Path(_opened(log)[0][len("file://"):])
    assert page.parent == home / "open" and not (home / "open").is_symlink()
    assert list(elsewhere.iterdir()) == []
    old = home / "open" / "netleder-invite-old.html"
    old.write_text("Sundhedsnetværket", encoding="utf-8")
    os.utime(old, (time.time() - 2 * 24 * 3600,) * 2)
    assert run("invite", "--open", env=env).returncode == 0
    assert not old.exists() and page.exists()  # a day old goes; the page just opened stays
