"""The README and the docs pages work as written: a new user copies their examples verbatim.

Every command line in a ```sh or ```bat block of README.md, README.en.md, CONTRIBUTING.md and
docs/*.md runs, in order, page by page, in a prepared folder (three reflections in one network,
a piece of feedback, the feedback file and the answers files the pages name, a folder of own
content): `netleder ...`, `py netleder.pyz ...`, `python3 netleder.pyz ...` and `winpty ...`
run as `netleder ...`. Each ends with 0, or, where it prompts (the wizard, a confirmation), with
the message that it needs a terminal. Lines that install or set up (pip, venv, pipx, bash
.ci/run) are listed below by name: a new kind of line must be added there on purpose.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from builders import builtin_competences, db, make, seed
from netleder.feedback import Feedback, Response
from netleder.i18n import t
from netleder.reflection import Snapshot
from netleder.store.database import Store

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = [ROOT / "README.md", ROOT / "README.en.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
SETUP_LINES = {
    "bash .ci/run",
    "scripts/build-pyz",
    # docs/tests.md: the developer's checks (CI runs them itself)
    ".venv/bin/ruff check netleder tests benchmarks",
    ".venv/bin/mypy",
    ".venv/bin/python -m pytest -q",
    "py -m pip install --user pipx",
    "py -m pipx install netleder-0.1.0-py3-none-any.whl",
    "py -m venv .venv",
    ".venv\\Scripts\\pip install .",
    ".venv\\Scripts\\activate",
    "export NETLEDER_DATA_DIR=~/vores-netvaerksmodel",
}
NO_TERMINAL = ("reflect.no_tty", "edit.no_tty", "delete.no_tty", "share.no_tty")
# pages whose command lines another test runs as written, on the files they need
RUN_ELSEWHERE = {"kurset.md": "tests/test_course.py", "kurset.en.md": "tests/test_course.py"}


def command_lines(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return [line.strip() for kind, block in re.findall(r"```(\w*)\n(.*?)```", text, flags=re.DOTALL)
            if kind in ("sh", "bat", "console", "powershell") for line in block.splitlines() if line.strip()]


def as_netleder(line: str) -> list[str] | None:
    """The netleder arguments of a command line (None for a set-up line)."""
    words = shlex.split(line, comments=True)
    if words and words[0] == "winpty":
        words = words[1:]
    if len(words) > 1 and words[0] in ("py", "python3", "python") and Path(words[1]).name == "netleder.pyz":
        words = ["netleder", *words[2:]]
    if not words or words[0] != "netleder":
        return None
    return words[1:]


def _yaml_blocks(page: Path) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.DOTALL)


def _no_terminal_texts() -> list[str]:
    from netleder.i18n import MESSAGES

    return [MESSAGES[key][lang].split("{")[0] for key in NO_TERMINAL if key in MESSAGES for lang in ("da", "en")]


@pytest.fixture
def prepared(tmp_path, monkeypatch) -> dict:
    """A user's folder and a store as the pages assume them."""
    work = tmp_path / "work"
    work.mkdir()
    home = Path(str(tmp_path / "home"))
    own = Path.home() / "vores-netvaerksmodel"
    own.mkdir(parents=True, exist_ok=True)
    for name in ("phases.yaml", "competences.yaml"):
        shutil.copy(ROOT / "data" / name, own / name)
    answers = _yaml_blocks(ROOT / "docs" / "refleksion.md")[0]
    for name in ("svar.yaml", "answers.yaml"):
        (work / name).write_text(answers, encoding="utf-8")
    feedback = next(b for b in re.findall(r"```json\n(.*?)```", (ROOT / "docs" / "medkoerer.md").read_text(
        encoding="utf-8"), flags=re.DOTALL) if '"netleder-feedback"' in b)
    (work / "netleder-feedback-mette-holm-2026-12-02.json").write_text(feedback, encoding="utf-8")
    template = tmp_path / "store-template"
    ids = [c.id for c in builtin_competences().competences]
    network = "Urban farming i Albertslund"
    seed(template,
         make("a3kabc", "2026-03-01", {ids[0]: 2, ids[2]: 3, ids[7]: 2}, network=network, next_steps={ids[0]: "Ring"}),
         make("9xpdef", "2026-06-01", {ids[0]: 3, ids[2]: 4, ids[7]: 3}, network=network),
         make("k7mghj", "2026-11-01", {ids[0]: 4, ids[2]: 4}, network=network, complete=False))  # a draft
    snapshot = Snapshot.from_content(builtin_competences(), None)
    with Store.open(db(template)) as store:
        store.save_feedback([Feedback("fb-k7mxyz", "Ole Berg", "2026-11-20", "2026-11-21T10:00:00+01:00", "da",
                                      network, snapshot, {cid: Response(4, "") for cid in snapshot.ids})])
    monkeypatch.chdir(work)
    monkeypatch.setenv("BROWSER", "true")  # --open: a browser that opens nothing
    return {"work": work, "home": home, "template": template}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_command_line_runs_as_written(cli, prepared, page, tools, require_tool):
    if page.name in RUN_ELSEWHERE:
        runner = (ROOT / RUN_ELSEWHERE[page.name]).read_text(encoding="utf-8")
        assert f'"{page.name}"' in runner and "every command line runs as written" in runner
        return
    lines = command_lines(page)
    needs_terminal = _no_terminal_texts()
    for number, line in enumerate(lines):
        args = as_netleder(line)
        if args is None:
            bare = " ".join(shlex.split(line, comments=True, posix=False))
            assert bare in SETUP_LINES, f"{page.name}: a command line that is not netleder's: {line!r}"
            continue
        if any(a.endswith(".pdf") for a in args) or "pdf" in args:
            require_tool(tools["chromium"], "chromium")
        home = prepared["home"].with_name(f"home-{number}")  # each line on the prepared store
        shutil.copytree(prepared["template"], home)
        target = None
        if ">" in args:
            at = args.index(">")
            args, target = args[:at], args[at + 1]
        result = cli(*args, env={"NETLEDER_HOME": str(home)})
        if args in ([], ["--lang", "en"]):  # bare netleder: the menu in a terminal, else the help as always
            assert result.exit_code == 2
            assert any(words in result.output for words in ("netleder --help", "Brug: netleder", "Usage: netleder"))
            continue
        if result.exit_code == 2 and any(text in result.stderr for text in needs_terminal):
            continue  # it prompts: in a terminal it would ask
        assert result.exit_code == 0, f"{page.name}: {line}\n{result.stderr}"
        if target is not None:
            (prepared["work"] / target).write_text(result.stdout, encoding="utf-8")


def test_the_pages_have_command_lines_and_the_readme_fits_on_two_screens():
    for page in (ROOT / "README.md", ROOT / "README.en.md"):
        assert len(page.read_text(encoding="utf-8").splitlines()) <= 150, page
    assert sum(1 for page in PAGES for line in command_lines(page) if as_netleder(line) is not None) >= 80
    readme = README.read_text(encoding="utf-8")
    # Windows first, the single file first; Python's way in; Git Bash; the pages by task linked
    assert readme.index("py netleder.pyz reflect") < readme.index("python3 netleder.pyz reflect")
    assert "python.org" in readme and "Microsoft Store" in readme and "`py`" in readme
    assert "winpty netleder reflect" in readme and "winpty py netleder.pyz reflect" in readme
    for link in re.findall(r"\]\(((?:docs/)?[\w./-]+\.md)(?:#[\w-]+)?\)", readme + (ROOT / "README.en.md").read_text(
            encoding="utf-8")):
        assert (ROOT / link).is_file(), link


def test_every_link_between_the_pages_leads_somewhere():
    for page in PAGES:
        for link in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            assert (page.parent / link).resolve().is_file(), f"{page.name}: {link}"


def test_the_answers_example_saves_on_a_new_store_and_its_follow_up_on_the_next(cli, tmp_path):
    first, follow_up = _yaml_blocks(ROOT / "docs" / "refleksion.md")[:2]
    home = {"NETLEDER_HOME": str(tmp_path / "home")}
    answers = tmp_path / "svar.yaml"
    answers.write_text(first, encoding="utf-8")
    result = cli("reflect", "--answers", str(answers), "--format", "json", env=home)
    assert result.exit_code == 0, result.stderr
    saved = json.loads(result.stdout)
    assert saved["ratings"] == {"taenk-andre-ind": 4, "fremdrift": 2}
    assert saved["next_steps"]["taenk-andre-ind"].startswith("Ring til")

    answers.write_text(first + follow_up, encoding="utf-8")
    result = cli("reflect", "--answers", str(answers), "--format", "json", env=home)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["follow_ups"][0]["status"] == "partly"


def test_a_line_that_does_not_run_fails_the_test(cli, prepared):
    """The check itself: a misspelt option is caught, a prompting command is recognised."""
    result = cli("phases", "--formt", "html")
    assert result.exit_code == 2 and not any(text in result.stderr for text in _no_terminal_texts())
    result = cli("reflect")
    assert result.exit_code == 2 and any(text in result.stderr for text in _no_terminal_texts())
    assert t("reflect.no_tty", "da").split("{")[0] in result.stderr
