"""Start-up guards (issue 5): not timings, but what start-up must not do.

- Commands other than interactive `reflect` never import questionary or prompt_toolkit.
- The model commands (`phases`, `competences`, `validate`, `--help`) do not touch the store
  (no sqlite3) and `--help` does not load the content.
- The model views do not import rich's Table (about 13 ms): only `compare` uses it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = r"""
import json, sys
sys.argv = ["netleder"] + json.loads(sys.argv[1])
from netleder.cli import main
before = sum(g["collections"] for g in __import__("gc").get_stats())  # from where main() sets the pace
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
heavy = ["questionary", "prompt_toolkit", "sqlite3", "netleder.content", "netleder.wizard", "rich.table", "jinja2",
         "markupsafe"]
others = ["yaml", "jinja2", "rich", "rich.console", "rich.table", "sqlite3", "questionary", "prompt_toolkit", "typer",
          "hashlib", "importlib.resources"]
print("\nPROBE " + json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules],
                              "netleder": sorted(m for m in sys.modules if m.startswith("netleder")),
                              "others": [m for m in others if m in sys.modules],
                              "gc": __import__("gc").get_threshold()[0],
                              "frozen": __import__("gc").get_freeze_count(),
                              "collections": sum(g["collections"] for g in __import__("gc").get_stats()) - before}),
      file=sys.stderr)
"""


def probe(args: list[str], tmp_path: Path, stdin: str = "") -> dict:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NETLEDER_HOME": str(tmp_path / "store")}
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], input=stdin, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("PROBE ")]
    assert line, proc.stderr
    return json.loads(line[-1][len("PROBE "):])


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "svar.yaml"
    path.write_text("competences:\n  1:\n    rating: 4\n  2:\n    rating: 2\n", encoding="utf-8")
    return path


NO_PROMPTS = [
    ["--help"],
    ["--version"],
    ["phases"],
    ["phases", "3", "--format", "html"],
    ["phases", "--overview"],
    ["worksheet", "--phase", "3"],
    ["competences", "--format", "json", "--lang", "en"],
    ["validate"],
    ["history"],
    ["show", "--format", "json"],
    ["compare"],
    ["export"],
    ["info"],
    ["delete", "--all", "--yes"],
    ["reflect"],  # no terminal: refuses before any prompt machinery is loaded
    ["invite", "--name", "Mette"],
    ["feedback"],
    ["feedback", "show"],
]


@pytest.mark.parametrize("args", NO_PROMPTS, ids=" ".join)
def test_no_prompt_machinery_outside_the_interactive_wizard(args, tmp_path):
    result = probe(args, tmp_path)
    assert "questionary" not in result["loaded"]
    assert "prompt_toolkit" not in result["loaded"]
    assert "netleder.wizard" not in result["loaded"]


@pytest.mark.parametrize("args", [["phases"], ["competences"], ["phases", "3"], ["phases", "--overview"], ["history"]],
                         ids=" ".join)
def test_the_views_do_without_richs_table(args, tmp_path):
    # rich before 13.8 imports its Table with rich.console: then no view can do without it
    baseline = subprocess.run([sys.executable, "-c", "import sys, rich.console; print('rich.table' in sys.modules)"],
                              capture_output=True, text=True, timeout=60, check=False).stdout.strip() == "True"
    assert baseline or "rich.table" not in probe(args, tmp_path)["loaded"]


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["phases"], ["phases", "3"], ["competences", "--format", "json"],
                                  ["phases", "--overview"], ["worksheet", "--format", "markdown"], ["validate"],
                                  ["history"], ["show", "--format", "json"], ["info"]], ids=" ".join)
def test_only_a_page_pays_for_its_templates(args, tmp_path):
    """jinja2 (and markupsafe) are imported when an HTML page is written, never otherwise."""
    loaded = probe(args, tmp_path)["loaded"]
    assert "jinja2" not in loaded and "markupsafe" not in loaded


@pytest.mark.parametrize("args", [["phases", "--format", "html"], ["invite", "--name", "Mette"]], ids=" ".join)
def test_a_page_is_drawn_from_its_template(args, tmp_path):
    result = probe(args, tmp_path)
    assert result["code"] == 0 and "jinja2" in result["loaded"]


def test_reflect_with_an_answers_file_imports_no_prompts(tmp_path, answers):
    result = probe(["reflect", "--answers", str(answers)], tmp_path)
    assert result["code"] == 0
    assert not {"questionary", "prompt_toolkit", "netleder.wizard"} & set(result["loaded"])


@pytest.mark.parametrize("args", [["--help"], ["phases"], ["competences", "8"], ["validate"], ["phases", "--overview"],
                                  ["worksheet"]], ids=" ".join)
def test_model_commands_do_not_touch_the_store(args, tmp_path):
    result = probe(args, tmp_path)
    assert result["code"] == 0
    assert "sqlite3" not in result["loaded"]
    assert not (tmp_path / "store").exists()


def test_the_command_table_is_lazy(tmp_path):
    """`--help` lists the commands from the table without importing one declaration; a command
    imports its own family's declarations and no other's."""
    declarations = {"netleder.cli.model", "netleder.cli.reflecting", "netleder.cli.looking_back",
                    "netleder.cli.keeping", "netleder.cli.feedback"}
    assert not declarations & set(probe(["--help"], tmp_path)["netleder"])
    assert declarations & set(probe(["phases"], tmp_path)["netleder"]) == {"netleder.cli.model"}
    assert declarations & set(probe(["info"], tmp_path)["netleder"]) == {"netleder.cli.keeping"}


@pytest.mark.parametrize("args", [["--help"], ["phases"], ["history"], ["reflect", "--answers", "{answers}"]],
                         ids=" ".join)
def test_the_shutdown_does_not_trace_the_runs_objects(tmp_path, answers, args):
    """The run's objects are frozen when main() returns, so Python's shutdown collections (up to
    four, about 7% of a short command's work) have nothing to trace. Nothing depends on them: the
    store is closed by the command, so no SQLite side file is left behind."""
    found = probe([a.replace("{answers}", str(answers)) for a in args], tmp_path)
    assert found["code"] == 0 and found["frozen"] > 10_000, found
    store = tmp_path / "store"
    left = sorted(p.name for p in store.iterdir()) if store.exists() else []
    assert not [name for name in left if name.endswith(("-wal", "-shm", "-journal"))], left


def test_a_start_collects_garbage_less_often(tmp_path):
    assert probe(["--version"], tmp_path)["gc"] == 50_000


@pytest.mark.parametrize("args", [["phases"], ["phases", "3"], ["competences"], ["info"]])
def test_the_built_in_content_is_found_without_importlib_resources(tmp_path, args):
    """Beside the package (an install) or in this checkout: importlib.resources cost every start
    that reads content about 2.5 ms (6 modules)."""
    found = probe(args, tmp_path)
    assert found["code"] == 0 and "importlib.resources" not in found["others"], found


def test_the_catalogue_does_without_string_formatter():
    """Plurals are formatted without string.Formatter: importing `string` cost every start about
    1 ms. (Checked on the catalogue alone: some versions of rich import `string` themselves.)"""
    code = "import sys, netleder.i18n; print('string' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("args", [["--help"], ["phases"], ["phases", "3"], ["competences"], ["phases", "--overview"],
                                  ["info"], ["history"]])
def test_a_start_does_not_collect_garbage(tmp_path, args):
    """A start allocates about 100,000 objects that all stay alive: tracing them costs 1-2 ms a
    collection and finds next to nothing (at a threshold of 10,000, two or three a command)."""
    found = probe(args, tmp_path)
    assert found["code"] == 0 and found["collections"] == 0, found


def test_help_does_not_load_the_content(tmp_path):
    assert "netleder.content" not in probe(["--help"], tmp_path)["loaded"]


def _run(args, tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NETLEDER_HOME": str(tmp_path / "s"),
           "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "netleder", *args], env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def test_help_still_lists_every_command(tmp_path):
    from netleder.cli.table import COMMANDS

    out = _run(["--help"], tmp_path).stdout
    names = list(COMMANDS)
    assert len(names) >= 11
    for name in names:
        assert name in out


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--lang", "en", "competences", "2"], "Competence 2"),
        (["--data-dir", "{data}", "phases", "3"], "Fase 3"),
        (["phases", "--lang", "en"], "The phases of the network model"),
    ],
)
def test_the_command_after_root_options_runs(args, expected, tmp_path):
    data = Path(__file__).resolve().parent.parent / "data"
    proc = _run([a.replace("{data}", str(data)) for a in args], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert expected in proc.stdout


def test_an_unknown_command_is_still_a_usage_error(tmp_path):
    proc = _run(["fases"], tmp_path)
    assert proc.returncode == 2
    assert "fases" in proc.stderr and "Traceback" not in proc.stderr


# --- each command's own imports (issue 24): what a command may import, so that a stray import
# fails here rather than in the next measurement. netleder's modules a command may load are
# listed exactly (a new one is a decision: add it here); heavy libraries by name.
SHELL = {"netleder", "netleder.cli", "netleder.cli.edge", "netleder.cli.frame", "netleder.cli.options",
         "netleder.cli.window", "netleder.cli.language",
         "netleder.cli.table", "netleder.i18n", "netleder.errors", "netleder.safe_text", "netleder.output",
         "netleder.record_base", "netleder.commands", "netleder.formats"}
CONTENT = {"netleder.content", "netleder.content.loading", "netleder.content.model", "netleder.content.precompiled"}
HANDOUTS = SHELL | CONTENT | {"netleder.cli.model", "netleder.commands.handouts", "netleder.formats.terminal_handouts",
                              "netleder.formats.terminal_layout", "netleder.views", "netleder.views.labels",
                              "netleder.dates", "netleder.delivery", "netleder.views.provenance", "netleder.views.handouts"}
STORE = {"netleder.store", "netleder.store.base", "netleder.store.connection", "netleder.store.database",
         "netleder.store.feedback", "netleder.store.files", "netleder.store.loading", "netleder.store.networks",
         "netleder.store.reflections", "netleder.store.schema", "netleder.store.snapshots", "netleder.store.transfer",
         "netleder.owner_files", "netleder.reflection", "netleder.shape_check", "netleder.dates",
         "netleder.commands.stored"}
LOOKING_BACK = SHELL | CONTENT | STORE | {"netleder.cli.looking_back", "netleder.formats.terminal",
                                          "netleder.formats.terminal_layout", "netleder.views", "netleder.views.labels"}
NEVER_AT_START = ["yaml", "jinja2", "questionary", "prompt_toolkit", "netleder.wizard", "netleder.content.schema",
                  "netleder.content.yaml_check"]


def _imported_by(module: str) -> set[str]:
    """The modules that importing `module` alone loads, in this environment."""
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("args, allowed, forbidden", [
    (["phases"], HANDOUTS, ["sqlite3", "rich.table"]),
    (["competences"], HANDOUTS, ["sqlite3", "rich.table"]),
    (["phases", "3"], HANDOUTS | {"netleder.content.crosscheck", "netleder.views.phases"}, ["sqlite3", "rich.table"]),
    (["info"], None, ["rich", "rich.console", "netleder.formats.terminal"]),
    (["history"], LOOKING_BACK | {"netleder.commands.history", "netleder.views.history", "netleder.views.history_page"},
     ["netleder.formats.html", "netleder.views.feedback", "netleder.views.summary", "hashlib", "rich.table"]),
    (["show", "latest"], LOOKING_BACK | {"netleder.commands.show", "netleder.summary_context", "netleder.views.summary",
                                         "netleder.views.provenance", "netleder.content.crosscheck"},
     ["netleder.formats.html", "netleder.views.history", "netleder.views.feedback", "hashlib", "rich.table"]),
    (["--help"], SHELL - {"netleder.commands", "netleder.formats"}, ["rich", "rich.console", "sqlite3"]),
], ids=["phases", "competences", "phases 3", "info", "history", "show latest", "--help"])
def test_each_command_imports_only_what_it_draws(args, allowed, forbidden, tmp_path, answers):
    if args[0] in ("history", "show"):  # one reflection in the store
        assert probe(["reflect", "--answers", str(answers)], tmp_path)["code"] == 0
    result = probe(args, tmp_path)
    assert result["code"] == 0
    loaded = set(result["netleder"]) | set(result["others"])
    # What a library imports by itself is the library's cost, not ours: at the lowest allowed
    # versions typer 0.18 imports rich, and rich 13.7's console imports rich.table.
    floor: set[str] = set()
    for module in ("typer", "rich.console"):
        if module in loaded:
            floor |= _imported_by(module)
    stray = loaded & {*NEVER_AT_START, *forbidden} - floor
    assert not stray, sorted(stray)
    if allowed is not None:
        assert set(result["netleder"]) <= allowed, sorted(set(result["netleder"]) - allowed)


def test_the_records_show_and_history_build_are_annotated_with_types_not_strings():
    """A NamedTuple whose fields are annotated as strings (`from __future__ import annotations`)
    compiles each one when the class is made: about twice the cost, for every record that
    `show` and `history` import at each start."""
    import typing

    from netleder import reflection
    from netleder.views import history, history_page, summary

    records = [value for module in (reflection, summary, history, history_page) for value in vars(module).values()
               if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields")
               and value.__module__ == module.__name__]
    assert len(records) >= 20
    for record in records:
        hints = typing.get_type_hints(record)  # (resolves strings too, so look at the raw ones)
        assert hints and not any(isinstance(a, str) for a in record.__annotations__.values()), record
