"""The HTML pages as templates (netleder/templates/, Jinja2 with autoescaping on): they load
from a zip file as from a folder, every value is escaped unless built safe, the writers hold
only a handful of commented escape calls, the views carry the labels, and the commands share
what they share through service modules, never through each other. Issue 23's page points
that need no printing are here too (the feedback view's leader and network)."""

from __future__ import annotations

import ast
import json
import re
import zipfile
from pathlib import Path

import pytest

from builders import builtin_ids, make, seed
from netleder.exchange.feedback import FEEDBACK_FORMAT
from netleder.reflection import Snapshot

PACKAGE = Path(__file__).resolve().parent.parent / "netleder"
IDS = builtin_ids()
HOSTILE = "<script>alert(1)</script> & \"quoted\" 'single'"


def test_templates_load_from_a_zip_file_as_from_a_folder(tmp_path, monkeypatch, comps, phases):
    """netleder.pyz and wheels installed as zips read the templates through importlib.resources:
    the same page comes out of a zip file."""
    import importlib.resources

    from netleder.formats import html, templating

    expected = html.phases(phases, None, "da", comps)
    archive = tmp_path / "netleder.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in (PACKAGE / "templates").iterdir():
            if path.is_file():
                zf.write(path, f"netleder/templates/{path.name}")
    root = zipfile.Path(archive, "netleder/templates/")
    monkeypatch.setattr(importlib.resources, "files", lambda package: root)
    templating.environment.cache_clear()
    try:
        assert templating._source("no-such-page.html") is None
        assert html.phases(phases, None, "da", comps) == expected
    finally:
        templating.environment.cache_clear()


def test_every_value_on_a_page_is_escaped(comps, phases):
    """The leader's and others' text reaches every page as text, never as markup."""
    from netleder.formats import html
    from netleder.views.feedback import build_feedback_view
    from netleder.views.summary import build_summary

    before = make("before", "2024-01-10", {IDS[0]: 2}, network=HOSTILE, next_steps={IDS[0]: HOSTILE})
    now = make("nownow", "2024-06-10", {IDS[0]: 4}, network=HOSTILE, answers={IDS[0]: [HOSTILE, ""]},
               next_steps={IDS[1]: HOSTILE})
    pages = {
        "summary": html.summary(build_summary(now, phases, comps, "da", before, HOSTILE)),
        "history": html.history([now, before], phases, "da", HOSTILE, comps),
        "trend": html.trend(IDS[0], HOSTILE, [(before, 2), (now, 4)], 0, "da"),
        "form": __import__("netleder.formats.feedback_form", fromlist=["form"]).form(
            Snapshot.from_content(comps, IDS[:3]), set(), False, HOSTILE, "da", True, HOSTILE, HOSTILE),
    }

    from netleder.feedback import Feedback, Response

    given = Feedback("fb-1", HOSTILE, "2024-06-12", "2024-06-12T10:00:00+01:00", "da", None, now.snapshot,
                     {IDS[0]: Response(5, HOSTILE)})
    pages["feedback"] = html.feedback(build_feedback_view([now], [given], "da", HOSTILE, set(), HOSTILE))
    for name, page in pages.items():
        assert "<script>alert" not in page, name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, name
        if name != "form":  # the form's only script is its own save button's
            assert "<script" not in page, name


def test_the_writers_escape_by_hand_only_a_handful_of_times_each_commented():
    """Pages escape by themselves: outside the templates, escaping or marking text safe happens
    in at most a handful of places, each with a comment saying why it is safe."""
    calls = []
    for path in sorted((PACKAGE / "formats").glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            code = line.split("#", 1)[0]
            if re.search(r"\b(Markup|escape|html\.escape)\(", code) and not re.match(r"\s*def ", line):
                nearby = "\n".join(lines[max(0, n - 3):n + 1])
                calls.append((path.name, n + 1, "#" in nearby))
    assert len(calls) <= 8, calls
    assert all(commented for _, _, commented in calls), [c for c in calls if not c[2]]
    for path in (PACKAGE / "formats").glob("*.py"):  # no page is built by string concatenation any more
        text = path.read_text(encoding="utf-8")
        assert "<!DOCTYPE" not in text and "<html" not in text, path.name


def test_every_page_is_framed_by_the_one_page_template():
    """One loader, one frame: every page is a template in netleder/templates/ extending page.html
    (the course pages included), and no other template loader is left in the package."""
    templates = PACKAGE / "templates"
    framed = [p.name for p in sorted(templates.iterdir())
              if p.is_file() and p.suffix != ".pyc" and "<!DOCTYPE" in p.read_text(encoding="utf-8")]
    assert framed == ["page.html"]
    for name in ("course.html", "course_form.html", "form.html"):
        chain = [name]
        while (found := re.search(r'{% extends "([^"]+)" %}', (templates / chain[-1]).read_text(encoding="utf-8"))):
            chain.append(found.group(1))
        assert chain[-1] == "page.html", chain
    loaders = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
               if "jinja2.Environment(" in p.read_text(encoding="utf-8")]
    assert loaders == ["formats/templating.py"]


def test_the_writers_leave_the_words_to_the_views():
    """The writers lay out views whose every label is in the user's language: no writer calls the
    catalogue, but the terminal's note where a huge answer is cut for the screen (only the screen
    cuts; files get every character)."""
    calls = []
    for path in sorted((PACKAGE / "formats").glob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            calls += [(path.name, n) for _ in re.finditer(r"(?<![\w.])t\(", line.split("#", 1)[0])]
    assert calls == [("terminal.py", next(n for n, line in enumerate(
        (PACKAGE / "formats" / "terminal.py").read_text(encoding="utf-8").splitlines(), 1) if '"summary.cut"' in line))]


def test_command_modules_do_not_import_each_other():
    """What two commands share lives in a view or a service module (stored.py is such a helper,
    not a command)."""
    helpers = {"stored", "__init__"}
    found = []
    for path in sorted((PACKAGE / "commands").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("netleder.commands.")
                    and node.module.rsplit(".", 1)[1] not in helpers):
                found.append((path.name, node.module))
    assert found == []


def test_the_writers_decide_no_rating_or_last_time(comps, phases):
    """Each answer block of the summary carries its rating and last time's, in words: the HTML
    and Markdown writers only lay them out."""
    from netleder.formats import html, markdown
    from netleder.views.summary import build_summary

    before = make("before", "2024-01-10", {IDS[0]: 2, IDS[1]: 4}, network="N")
    now = make("nownow", "2024-06-10", {IDS[0]: 4, IDS[1]: 4}, network="N",
               answers={IDS[0]: ["Svar et", ""], IDS[1]: ["Svar to", ""]})
    view = build_summary(now, phases, comps, "da", before)
    [answers] = [s for s in view.sections if s.key == "answers"]
    first, second = answers.items
    assert first.rating.value == 4 and first.last_time == "sidst: Sjældent" and first.direction == "up"
    assert second.last_time == "sidst: Ofte" and second.direction == "same"
    moved = first._replace(last_time="LAST-TIME-WORDS", direction="down")
    changed = view._replace(sections=tuple(s._replace(items=(moved, second)) if s.key == "answers" else s
                                           for s in view.sections))
    for writer in (html.summary, markdown.summary):
        out = writer(changed)
        assert "LAST-TIME-WORDS ↓" in out.replace('<span class="arrow">', "").replace("</span>", "")
    for path in ("formats/html.py", "formats/markdown.py"):
        text = (PACKAGE / path).read_text(encoding="utf-8")
        assert "talk.rating_last" not in text and "before_value" not in text, path


def _feedback_file(comps, path: Path) -> Path:
    snapshot = Snapshot.from_content(comps, None)
    doc = {"format": FEEDBACK_FORMAT, "version": 1, "giver": "Kim Berg", "date": "2026-11-30", "lang": "da",
           "snapshot": snapshot.to_dict(),
           "responses": {cid: {"rating": 3, "comment": ""} for cid in snapshot.ids}}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_the_printed_feedback_view_names_the_leader_and_the_network_as_written(cli, home, tmp_path, comps, fmt):
    seed(home, make("aaaaaa", "2026-11-01", {IDS[0]: 2}, network="Sundhedsnetværket Nord"))
    assert cli("feedback", "import", str(_feedback_file(comps, tmp_path / "svar.json"))).exit_code == 0
    assert cli("settings", "--name", "Anne Sofie Ærø").exit_code == 0
    out = cli("feedback", "show", "--network", "sundhedsnetværket nord", "-f", fmt, "--lang", "da")
    assert out.exit_code == 0, out.stderr
    text = re.sub(r"<[^>]+>|\*", " ", out.stdout)
    text = " ".join(text.split())
    assert "Netværksleder: Anne Sofie Ærø" in text
    assert "Netværk: Sundhedsnetværket Nord" in text and "sundhedsnetværket nord" not in text
