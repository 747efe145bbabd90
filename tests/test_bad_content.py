"""Bad content, as a table: each broken file must give its own kind of problem, with file and
line, through the core (check_*), through the CLI (exit 2, a short message on stderr, nothing
on stdout, no traceback) and through `netleder validate`. Hypothesis feeds the loaders
arbitrary text, bytes and YAML, which must load or give Problems, never raise.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netleder.content import yaml_check
from netleder.content.loading import content_path, load_competences, load_phases
from netleder.content.schema import check_competences, check_phases
from netleder.i18n import MESSAGES

COMPETENCES = """\
scale:
  - value: 1
    label: {da: "Nyt for mig", en: "New to me"}
  - value: 2
    label: {da: "Øver mig", en: "Practising"}
  - value: 3
    label: {da: "En styrke", en: "A strength"}
competences:
  - id: foerste
    number: 1
    source: handbook
    title:
      da: "Første"
      en: "First"
    description:
      da: "Beskrivelse én"
      en: "Description one"
    questions:
      - source: authored
        text: {da: "Hvem 1a?", en: "Who 1a?"}
      - source: authored
        text: {da: "Hvem 1b?", en: "Who 1b?"}
  - id: anden
    number: 2
    source: handbook
    title:
      da: "Anden"
      en: "Second"
    description:
      da: "Beskrivelse to"
      en: "Description two"
    questions:
      - source: authored
        text: {da: "Hvem 2a?", en: "Who 2a?"}
      - source: authored
        text: {da: "Hvem 2b?", en: "Who 2b?"}
  - id: tredje
    number: 3
    source: authored
    title:
      da: "Tredje"
      en: "Third"
    description:
      da: "Beskrivelse tre"
      en: "Description three"
    questions:
      - source: authored
        text: {da: "Hvem 3a?", en: "Who 3a?"}
      - source: authored
        text: {da: "Hvem 3b?", en: "Who 3b?"}
"""

PHASES = """\
about:
  source_name: {da: "Egen håndbog", en: "Own handbook"}
phases:
  - id: start
    number: 1
    source: handbook
    title: {da: "Start", en: "Start"}
    purpose:
      da: "Kom godt i gang"
      en: "Get going"
    questions:
      - source: authored
        text: {da: "Hvem mangler?", en: "Who is missing?"}
      - source: authored
        text: {da: "Hvad nu?", en: "What now?"}
    tools:
      - {da: "Samarbejdsaftale", en: "Collaboration agreement"}
  - id: slut
    source: handbook
    title: {da: "Slut", en: "End"}
    purpose:
      da: "Afslut godt"
      en: "Close well"
    questions:
      - source: authored
        text: {da: "Hvad lærte vi?", en: "What did we learn?"}
"""

QUESTION = '      - source: authored\n        text: {da: "Hvad mere?", en: "What else?"}\n'
TREDJE_QUESTIONS = (
    '      - source: authored\n        text: {da: "Hvem 3a?", en: "Who 3a?"}\n'
    '      - source: authored\n        text: {da: "Hvem 3b?", en: "Who 3b?"}\n'
)
TOOLS = '    tools:\n      - {da: "Samarbejdsaftale"'
BIG = 3 * 1024 * 1024
LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefghi", "bcdefghij")
)


def once(old: str, new: str) -> Callable[[str], str]:
    """An edit of the valid file: replace `old` (which must be there) once."""

    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def nth(old: str, new: str, n: int) -> Callable[[str], str]:
    """Replace the n-th (1-based) occurrence of `old`."""

    def edit(text: str) -> str:
        parts = text.split(old)
        assert len(parts) > n, old
        return old.join(parts[:n]) + new + old.join(parts[n:])

    return edit


@dataclass
class Case:
    id: str
    file: str  # which file is broken
    make: Callable[[str], object]  # valid text -> broken text or bytes (or a marker, see write)
    key: str  # the kind of problem: an i18n key of netleder.i18n.MESSAGES
    line: object = None  # where the problem is: see line_of; None: the problem has no line
    where: str = ""  # item and field named in the problem
    also: tuple = ()  # other kinds of problem the same break rightly causes
    fragment: str = ""  # a fragment the (Danish) message must contain
    line_from: tuple = ("C", "py")  # the loaders that know the line (the pure-Python one may not)


CASES = [
    Case("yaml-syntax-tab", "competences.yaml", once("    number: 2\n", "\tnumber: 2\n"), "p.yaml_syntax",
         line="\tnumber: 2"),
    Case("yaml-syntax-indent", "phases.yaml", once("    tools:\n", "   tools:\n"), "p.yaml_syntax",
         line="   tools:"),
    # the competences in play in a phase (the cross-file check is in tests/test_kit.py)
    Case("in-play-bad-id", "phases.yaml",
         once(TOOLS, '    in_play:\n      - competence: "Forkert Id"\n        source: authored\n'
                     '        reason: {da: "Fordi.", en: "Because."}\n' + TOOLS),
         "p.bad_id", line='      - competence: "Forkert Id"', where="phases[1] (start).in_play[1].competence"),
    Case("in-play-not-a-list", "phases.yaml", once(TOOLS, "    in_play: foerste\n" + TOOLS),
         "p.expected_list", line="    in_play: foerste", where="phases[1] (start).in_play"),
    Case("in-play-no-reason", "phases.yaml",
         once(TOOLS, "    in_play:\n      - competence: foerste\n        source: authored\n" + TOOLS),
         "p.missing", line="      - competence: foerste", where="phases[1] (start).in_play[1]", fragment="'reason'"),
    Case("in-play-twice", "phases.yaml",
         once(TOOLS, '    in_play:\n' + 2 * ('      - competence: foerste\n        source: authored\n'
                                               '        reason: {da: "Fordi.", en: "Because."}\n') + TOOLS),
         "p.in_play_dup", line=('en: "Because."}', "      - competence: foerste"), where="phases[1] (start).in_play[2].competence"),
    Case("empty-file", "competences.yaml", lambda t: "", "p.empty"),
    Case("only-comments", "phases.yaml", lambda t: "# bare en kommentar\n\n", "p.empty"),
    Case("list-instead-of-mapping-top", "competences.yaml", lambda t: "- scale\n- competences\n",
         "p.expected_mapping", line="- scale", fragment="ikke en liste"),
    Case("list-instead-of-mapping-title", "competences.yaml",
         once('    title:\n      da: "Anden"\n      en: "Second"\n', '    title:\n      - "Anden"\n      - "Second"\n'),
         "p.expected_mapping", line='      - "Anden"', where="competences[2] (anden).title"),
    Case("missing-field", "competences.yaml",
         once('    description:\n      da: "Beskrivelse tre"\n      en: "Description three"\n', ""),
         "p.missing", line="  - id: tredje", where="competences[3] (tredje)", fragment="'description'"),
    Case("missing-field-phase", "phases.yaml",
         once('    purpose:\n      da: "Afslut godt"\n      en: "Close well"\n', ""),
         "p.missing", line="  - id: slut", where="phases[2] (slut)", fragment="'purpose'"),
    Case("empty-text", "competences.yaml", once('da: "Første"', 'da: ""'), "p.empty_text",
         line='da: ""', where="competences[1] (foerste).title.da"),
    Case("empty-value", "competences.yaml", nth("    source: handbook\n", "    source:\n", 2),
         "p.expected_text", line="    source:\n    title", where="competences[2] (anden).source",
         fragment="ingenting"),
    Case("number-where-text", "competences.yaml", once('en: "First"', "en: 42"), "p.expected_text",
         line="en: 42", where="competences[1] (foerste).title.en", fragment="ikke et tal"),
    Case("text-where-number", "competences.yaml", once("number: 2", "number: to"), "p.expected_int",
         line="number: to", where="competences[2] (anden).number", fragment="ikke tekst"),
    Case("list-where-text", "phases.yaml", once('title: {da: "Slut", en: "End"}', 'title: {da: [Slut], en: "End"}'),
         "p.expected_text", line="da: [Slut]", where="phases[2] (slut).title.da", fragment="ikke en liste"),
    Case("duplicate-id", "competences.yaml", once("id: anden", "id: foerste"), "p.dup_id",
         line="  - id: foerste\n    number: 2", where="competences[2] (foerste).id", fragment="linje 9"),
    Case("duplicate-id-phase", "phases.yaml", once("id: slut", "id: start"), "p.dup_id",
         line="  - id: start\n    source", where="phases[2] (start).id"),
    Case("duplicate-number", "competences.yaml", once("number: 3", "number: 2"), "p.dup_number",
         line=("id: tredje", "number: 2"), where="competences[3] (tredje).number"),
    Case("zero-questions", "competences.yaml", once("    questions:\n" + TREDJE_QUESTIONS, "    questions: []\n"),
         "p.count", line="questions: []", where="competences[3] (tredje).questions", fragment="men har 0"),
    Case("six-questions", "competences.yaml", once(TREDJE_QUESTIONS, TREDJE_QUESTIONS + QUESTION * 4),
         "p.count", line='      - source: authored\n        text: {da: "Hvem 3a?"', where="competences[3] (tredje).questions", fragment="men har 6"),
    Case("seven-phase-questions", "phases.yaml",
         once('        text: {da: "Hvad lærte vi?", en: "What did we learn?"}\n',
              '        text: {da: "Hvad lærte vi?", en: "What did we learn?"}\n' + QUESTION * 6),
         "p.count", line='      - source: authored\n        text: {da: "Hvad lærte vi?"', where="phases[2] (slut).questions", fragment="1 til 6"),
    Case("language-missing", "competences.yaml", once('      da: "Anden"\n', ""), "p.missing_lang",
         line='      en: "Second"', where="competences[2] (anden).title", fragment="'da'"),
    Case("language-missing-phase", "phases.yaml", once('      en: "Close well"\n', ""), "p.missing_lang",
         line='      da: "Afslut godt"', where="phases[2] (slut).purpose", fragment="'en'"),
    Case("unknown-key-titel", "competences.yaml", nth("    title:\n", "    titel:\n", 2), "p.unknown_key",
         line="    titel:", where="competences[2] (anden)", also=("p.missing",), fragment="'titel'"),
    Case("unknown-key-phase", "phases.yaml", once("    tools:\n", "    vaerktoejer:\n"), "p.unknown_key",
         line="    vaerktoejer:", where="phases[1] (start)", fragment="'vaerktoejer'"),
    Case("scale-gap", "competences.yaml",
         once('  - value: 2\n    label: {da: "Øver mig", en: "Practising"}\n', ""), "p.scale_gap",
         line="  - value: 1", where="scale", fragment="2 mangler"),
    Case("scale-duplicate", "competences.yaml", once("value: 3", "value: 2"), "p.scale_dup",
         line="  - value: 2\n    label: {da: \"En styrke\"", where="scale[3].value"),
    Case("not-utf8", "competences.yaml", lambda t: t.encode("latin-1"), "p.not_utf8",
         line="Øver".encode("latin-1")),
    Case("control-character", "phases.yaml", once("Kom godt i gang", "Kom godt\x07 i gang"), "p.bad_char",
         line="Kom godt", fragment="U+0007"),
    Case("python-object-tag", "competences.yaml", "PYTHON_TAG", "p.tag", line="!!python/object/apply",
         fragment="python/object/apply:os.system"),
    Case("python-object-tag-phase", "phases.yaml", "PYTHON_TAG", "p.tag", line="!!python/object/apply"),
    Case("bad-source", "competences.yaml", once("source: authored\n    title", "source: håndbog\n    title"),
         "p.bad_source", line="source: håndbog", where="competences[3] (tredje).source"),
    Case("bad-id", "phases.yaml", once("id: slut", "id: Slut Fase"), "p.bad_id", line="id: Slut Fase",
         where="phases[2] (Slut Fase).id"),
    Case("number-zero", "phases.yaml", once("number: 1", "number: 0"), "p.number_range", line="number: 0"),
    Case("several-documents", "phases.yaml", lambda t: t + "---\nphases: []\n", "p.several_docs",
         line="phases: []"),
    Case("megabytes", "competences.yaml", lambda t: t + ("# fyld " + "x" * 70 + "\n") * (BIG // 78),
         "p.too_big"),
    Case("deeply-nested-flow", "competences.yaml", lambda t: "# dybt\nscale: " + "[" * 50_000 + "]" * 50_000 + "\n",
         "p.too_deep", line="scale:", line_from=("C",)),
    Case("deeply-nested-block", "phases.yaml", lambda t: "phases:\n  " + "- " * 50_000 + "x\n", "p.too_deep",
         line="  - - -", line_from=("C",)),
    Case("billion-laughs", "competences.yaml", lambda t: LAUGHS, "p.too_complex", line="a: &a"),
    Case("directory-as-file", "competences.yaml", "DIRECTORY", "p.is_dir"),
]


# --- helpers -------------------------------------------------------------------------


def pattern(key: str, lang: str = "da") -> re.Pattern:
    """The message of `key` as a regex: its fixed words, with any value for each {placeholder}."""
    parts = re.split(r"\{[a-z_]+\}", MESSAGES[key][lang])
    return re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL)


def kind(message: str, lang: str = "da") -> str:
    """Which p.* key a problem message was made from."""
    found = [key for key in MESSAGES if key.startswith("p.") and pattern(key, lang).fullmatch(message)]
    assert found, f"no p.* message looks like {message!r}"
    return found[0] if len(found) == 1 else "/".join(sorted(found))


def line_of(content: str | bytes, needle) -> int:
    """The line where `needle` starts; (anchor, needle): the first `needle` after `anchor`."""
    if isinstance(needle, tuple):
        anchor, needle = needle
        at = content.index(needle, content.index(anchor))
    else:
        at = content.index(needle)
    return content[:at].count("\n" if isinstance(content, str) else b"\n") + 1


def write(case: Case, folder: Path, marker: Path) -> tuple[Path, object]:
    """Write the broken file of `case` into `folder`; returns its path and its content."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / case.file
    base = COMPETENCES if case.file == "competences.yaml" else PHASES
    if case.make == "DIRECTORY":
        path.mkdir()
        return path, None
    if case.make == "PYTHON_TAG":
        block = PYTHON_TAG_TARGET[case.file]
        assert block in base
        broken = base.replace(block, block.split(":")[0] + f': !!python/object/apply:os.system ["touch {marker}"]\n', 1)
    else:
        broken = case.make(base)
    if isinstance(broken, bytes):
        path.write_bytes(broken)
    else:
        path.write_text(broken, encoding="utf-8")
    return path, broken


PYTHON_TAG_TARGET = {
    "competences.yaml": '    title:\n      da: "Første"\n      en: "First"\n',
    "phases.yaml": '    purpose:\n      da: "Kom godt i gang"\n      en: "Get going"\n',
}


def expected_line(case: Case, content) -> int | None:
    loader = "py" if yaml_check.LOADER is yaml.SafeLoader else "C"
    if case.line is None or loader not in case.line_from:
        return None
    return line_of(content, case.line)


CHECK = {"competences.yaml": check_competences, "phases.yaml": check_phases}


# --- the valid bases are valid ---------------------------------------------------------


def test_the_table_starts_from_valid_files(tmp_path):
    (tmp_path / "competences.yaml").write_text(COMPETENCES, encoding="utf-8")
    (tmp_path / "phases.yaml").write_text(PHASES, encoding="utf-8")
    assert len(load_competences(tmp_path).competences) == 3
    assert [p.id for p in load_phases(tmp_path).phases] == ["start", "slut"]


def test_every_problem_kind_in_the_table_exists():
    for case in CASES:
        assert case.key in MESSAGES, case.id
        for other in case.also:
            assert other in MESSAGES, case.id


# --- core ------------------------------------------------------------------------------


@pytest.fixture(params=["C", "py"])
def loader(request, monkeypatch):
    """Run a test with libyaml's loader and with the pure-Python one (what a machine without
    libyaml uses): the bounds must hold for both."""
    if request.param == "C":
        if not hasattr(yaml, "CSafeLoader"):
            pytest.skip("PyYAML without libyaml")
        monkeypatch.setattr(yaml_check, "LOADER", yaml.CSafeLoader)
    else:
        monkeypatch.setattr(yaml_check, "LOADER", yaml.SafeLoader)
    return request.param


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_core_reports_the_problem(case, tmp_path, loader):
    marker = tmp_path / "EXECUTED"
    path, content = write(case, tmp_path / "content", marker)
    started = time.process_time()
    model, problems = CHECK[case.file](path)
    elapsed = time.process_time() - started

    assert model is None and problems
    assert elapsed < 5, f"{case.id} took {elapsed:.1f}s"
    assert not marker.exists(), "a YAML tag ran a command"
    kinds = [kind(p.message.format("da")) for p in problems]
    assert set(kinds) <= {case.key, *case.also}, kinds
    main = [p for p, k in zip(problems, kinds) if k == case.key]
    assert main, kinds
    problem = main[0]
    assert problem.path == path
    assert problem.line == expected_line(case, content), str(problem)
    if case.where:
        assert problem.where == case.where or problem.where.startswith(case.where + "."), problem.where
    if case.fragment:
        assert case.fragment in problem.message.format("da")
    if case.key == "p.yaml_syntax":
        assert problem.message.format("da").split(": ", 1)[1], "the reason from YAML is kept"


@pytest.mark.parametrize("case", [c_ for c_ in CASES if c_.line is not None], ids=lambda case: case.id)
def test_problem_text_names_file_and_line(case, tmp_path):
    path, content = write(case, tmp_path, tmp_path / "EXECUTED")
    _, problems = CHECK[case.file](path)
    text = next(p for p in problems if kind(p.message.format("da")) == case.key).format("da")
    assert text.startswith(f"{case.file}, linje {expected_line(case, content)}: ")


def test_python_tags_never_run(tmp_path):
    """Every flavour of python tag is refused, and nothing runs (not even composing them)."""
    marker = tmp_path / "EXECUTED"
    for tag in ("!!python/object/apply:os.system", "!!python/object/new:os.system", "!!python/name:os.system",
                "!!python/object:os.system", "!!python/module:os"):
        path = tmp_path / "competences.yaml"
        path.write_text(COMPETENCES.replace('da: "Første"', f'da: {tag} ["touch {marker}"]'), encoding="utf-8")
        model, problems = check_competences(path)
        assert model is None and [kind(p.message.format("da")) for p in problems] == ["p.tag"], tag
        assert not marker.exists()


def test_other_tags_are_refused_too(tmp_path):
    path = tmp_path / "phases.yaml"
    path.write_text(PHASES.replace('"Kom godt i gang"', '!!binary aGVq').replace("tools:", "tools: !egen"), encoding="utf-8")
    _, problems = check_phases(path)
    assert [kind(p.message.format("da")) for p in problems] == ["p.tag", "p.tag"]


def test_alias_heavy_document_is_bounded_even_when_small(tmp_path):
    path = tmp_path / "competences.yaml"
    path.write_text(LAUGHS, encoding="utf-8")
    assert path.stat().st_size < 1000
    started = time.process_time()
    _, problems = check_competences(path)
    assert time.process_time() - started < 2
    assert [kind(p.message.format("da")) for p in problems] == ["p.too_complex"]


def test_aliases_within_bounds_are_fine(tmp_path):
    text = COMPETENCES.replace('label: {da: "Nyt for mig", en: "New to me"}', 'label: &nyt {da: "Nyt for mig", en: "New to me"}')
    text = text.replace('label: {da: "En styrke", en: "A strength"}', "label: *nyt")
    path = tmp_path / "competences.yaml"
    path.write_text(text, encoding="utf-8")
    model, problems = check_competences(path)
    assert problems == [] and model.scale_label(3, "en") == "New to me"


def test_a_file_that_is_not_regular(tmp_path):
    import os

    fifo = tmp_path / "phases.yaml"
    os.mkfifo(fifo)  # reading it would block forever
    _, problems = check_phases(fifo)
    assert [kind(p.message.format("da")) for p in problems] == ["p.not_file"]


def test_a_broken_symlink(tmp_path):
    (tmp_path / "competences.yaml").symlink_to(tmp_path / "gone.yaml")
    path, builtin = content_path(tmp_path, "competences.yaml")
    assert not builtin  # not silently replaced by the built-in file
    _, problems = check_competences(path)
    assert [kind(p.message.format("da")) for p in problems] == ["p.unreadable"]


@pytest.mark.parametrize("value", ["0b_", "0x_", "9" * 5000])
def test_numbers_yaml_cannot_convert(tmp_path, value):
    path = tmp_path / "competences.yaml"
    path.write_text(COMPETENCES.replace("number: 2", f"number: {value}"), encoding="utf-8")
    _, problems = check_competences(path)
    assert [kind(p.message.format("da")) for p in problems] == ["p.bad_int"]
    assert len(problems[0].message.format("da")) < 100


def test_scale_with_a_huge_gap_is_fast(tmp_path):
    path = tmp_path / "competences.yaml"
    path.write_text(COMPETENCES.replace("value: 3", "value: 1000000"), encoding="utf-8")  # the largest allowed
    started = time.process_time()
    _, problems = check_competences(path)
    assert time.process_time() - started < 1
    assert [kind(p.message.format("da")) for p in problems] == ["p.scale_gap"]
    assert "3, 4, 5, 6, 7, …" in problems[0].message.format("da")


@pytest.mark.parametrize("value", ["1000001", "100000000000000000000", "-100000000000000000000"])
def test_a_whole_number_beyond_the_bound_is_reported_not_stored(tmp_path, value):
    path = tmp_path / "competences.yaml"
    path.write_text(COMPETENCES.replace("value: 3", f"value: {value}"), encoding="utf-8")
    _, problems = check_competences(path)
    assert [kind(p.message.format("da")) for p in problems] == ["p.int_range"]
    assert value in problems[0].message.format("da")


def test_every_problem_is_collected(tmp_path):
    """Three independent problems in one file give exactly three problems."""
    text = once("id: anden", "id: foerste")(COMPETENCES)
    text = once("number: 3", "number: tre")(text)
    text = once('      en: "Description one"\n', "")(text)
    path = tmp_path / "competences.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = check_competences(path)
    assert sorted(kind(p.message.format("da")) for p in problems) == ["p.dup_id", "p.expected_int", "p.missing_lang"]


# --- through the command line ----------------------------------------------------------

COMMAND = {"competences.yaml": "competences", "phases.yaml": "phases"}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_cli_exits_2_with_a_short_message(case, tmp_path, cli):
    folder = tmp_path / "content"
    marker = tmp_path / "EXECUTED"
    path, content = write(case, folder, marker)
    result = cli(COMMAND[case.file], "--data-dir", str(folder))
    assert result.exit_code == 2
    assert result.stdout == ""
    err = result.stderr
    assert err.startswith(f"Fejl: Indholdsfilen {path} har ")
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 11  # heading, at most 8 problems, "… more", the hint
    line = expected_line(case, content)
    head = f"  {case.file}, linje {line}: " if line else f"  {case.file}: "
    assert any(row.startswith(head) and pattern(case.key).search(row) for row in err.splitlines()), err
    assert not marker.exists()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_real_process_validate_lists_it_without_traceback(case, tmp_path, run):
    folder = tmp_path / "content"
    marker = tmp_path / "EXECUTED"
    _path, content = write(case, folder, marker)
    proc = run("validate", str(folder))
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    rows = proc.stderr.splitlines()
    assert re.fullmatch(rf"\d+ fejl i {re.escape(str(folder))}:", rows[0]), rows[0]
    line = expected_line(case, content)
    head = f"  {case.file}, linje {line}: " if line else f"  {case.file}: "
    assert any(row.startswith(head) for row in rows[1:]), proc.stderr
    assert not marker.exists()


def test_cli_problem_messages_follow_the_language(tmp_path, cli):
    case = next(x for x in CASES if x.id == "unknown-key-titel")
    path, content = write(case, tmp_path, tmp_path / "x")
    result = cli("competences", "--lang", "en", "--data-dir", str(tmp_path))
    assert result.exit_code == 2 and result.stdout == ""
    line = expected_line(case, content)
    assert result.stderr.startswith(f"Error: The content file {path} has 2 problems:")
    assert f"  competences.yaml, line {line}: competences[2] (anden): unknown field 'titel'" in result.stderr
    assert "Fix the file and try again." in result.stderr


def test_validate_lists_every_problem_in_every_file(tmp_path, cli):
    text = once("id: anden", "id: foerste")(COMPETENCES)
    text = once("number: 3", "number: tre")(text)
    text = once('      en: "Description one"\n', "")(text)
    (tmp_path / "competences.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "phases.yaml").write_text(PHASES.replace("id: slut", "id: start").replace("tools:", "titel:"),
                                          encoding="utf-8")
    result = cli("validate", str(tmp_path))
    assert result.exit_code == 2 and result.stdout == ""
    rows = result.stderr.splitlines()
    assert rows[0] == f"5 fejl i {tmp_path}:"
    problems = rows[1:]
    assert len(problems) == 5
    assert sum(row.startswith("  competences.yaml, linje ") for row in problems) == 3
    assert sum(row.startswith("  phases.yaml, linje ") for row in problems) == 2
    expected = {
        (f"  competences.yaml, linje {line_of(text, 'id: foerste' + chr(10) + '    number: 2')}: "
        "competences[2] (foerste).id: id 'foerste' findes allerede (linje 9)"),
        (f"  competences.yaml, linje {line_of(text, 'number: tre')}: competences[3] (tredje).number: "
        "skal være et helt tal, ikke tekst"),
    }
    assert expected <= set(problems)


def test_validate_ok_with_counts(tmp_path, cli):
    (tmp_path / "competences.yaml").write_text(COMPETENCES, encoding="utf-8")
    result = cli("validate", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"OK: {tmp_path}",
        "  phases.yaml: findes ikke i mappen; den indbyggede bruges",
        "  competences.yaml: 3 kompetencer, 6 spørgsmål, skala 1–3",
        # the built-in phases name the built-in competences in play: with a competence file of
        # one's own, that mapping is not used, and validate says so
        ("  kompetencer i spil: bruges ikke. Det indbyggede phases.yaml peger på netleders egne ti kompetencer, "
        "og her bruges en egen competences.yaml. Læg en phases.yaml med 'in_play' i mappen for at angive jeres egne."),
    ]
    result = cli("validate", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "OK: the built-in content"
    assert "10 competences, 20 questions, scale 1–5" in result.stdout
    assert "competences in play: 23 in 8 phases, all found in the competence set" in result.stdout


def test_validate_a_folder_without_content_files(tmp_path, cli):
    result = cli("validate", str(tmp_path))
    assert result.exit_code == 2 and result.stdout == ""
    assert "hverken phases.yaml eller competences.yaml" in result.stderr


@pytest.mark.parametrize("how", ["option", "global-option", "env", "validate-arg"])
def test_data_dir_that_does_not_exist(tmp_path, cli, run, how):
    missing = tmp_path / "findes-ikke"
    args, env = {
        "option": (["phases", "--data-dir", str(missing)], None),
        "global-option": (["--data-dir", str(missing), "competences"], None),
        "env": (["competences", "3"], {"NETLEDER_DATA_DIR": str(missing)}),
        "validate-arg": (["validate", str(missing)], None),
    }[how]
    for result in (cli(*args, env=env), run(*args, env=env)):
        code = getattr(result, "exit_code", getattr(result, "returncode", None))
        assert code == 2
        assert result.stdout == ""
        assert result.stderr.startswith(f"Fejl: Indholdsmappen {missing} (fra ")
        assert "findes ikke" in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_data_dir_that_is_a_file(tmp_path, cli):
    a_file = tmp_path / "competences.yaml"
    a_file.write_text(COMPETENCES, encoding="utf-8")
    result = cli("competences", "--data-dir", str(a_file))
    assert result.exit_code == 2 and result.stdout == ""
    assert "er ikke en mappe" in result.stderr


# --- hypothesis: the loaders never raise -----------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def check_never_raises(folder: Path, name: str, data: str | bytes) -> None:
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", errors="surrogatepass")
    model, problems = CHECK[name](path)  # anything but a return is a failure
    assert (model is None) == bool(problems)
    for problem in problems:
        assert problem.path == path
        assert problem.line is None or problem.line >= 1
        kind(problem.message.format("da"))  # a known kind, fully formatted
        str(problem)


names = st.sampled_from(["phases.yaml", "competences.yaml"])


@FUZZ
@given(name=names, data=st.text())
def test_fuzz_any_text(fuzz_dir, name, data):
    check_never_raises(fuzz_dir, name, data)


@FUZZ
@given(name=names, data=st.binary())
def test_fuzz_any_bytes(fuzz_dir, name, data):
    check_never_raises(fuzz_dir, name, data)


KEYS = ["phases", "competences", "scale", "about", "id", "number", "number_source", "source", "title",
        "purpose", "description", "questions", "tools", "text", "value", "label", "da", "en",
        "source_name", "source_url", "titel"]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 40), st.integers(), st.floats(allow_nan=True),
    st.sampled_from(["handbook", "authored", "", " ", "opstart", "https://x", "Hvad?", "æøå", "0x_", "~"]),
    st.text(max_size=12),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=5)), inner, max_size=6),
    ),
    max_leaves=60,
)


@FUZZ
@given(name=names, doc=documents)
def test_fuzz_yaml_shaped_like_content(fuzz_dir, name, doc):
    check_never_raises(fuzz_dir, name, yaml.safe_dump(doc, allow_unicode=True))


@FUZZ
@given(
    name=names,
    edits=st.lists(
        st.tuples(st.integers(0, 80), st.sampled_from(["drop", "dup", "replace", "indent", "dedent"]),
                  st.text(max_size=20)),
        min_size=1, max_size=4,
    ),
)
def test_fuzz_small_edits_of_valid_files(fuzz_dir, name, edits):
    lines = (COMPETENCES if name == "competences.yaml" else PHASES).splitlines()
    for at, how, text in edits:
        at %= len(lines)
        if how == "drop" and len(lines) > 1:
            del lines[at]
        elif how == "dup":
            lines.insert(at, lines[at])
        elif how == "replace":
            lines[at] = lines[at][: len(lines[at]) // 2] + text
        elif how == "indent":
            lines[at] = "  " + lines[at]
        elif how == "dedent":
            lines[at] = lines[at][2:]
    check_never_raises(fuzz_dir, name, "\n".join(lines) + "\n")


RAW_VALUES = [
    "0x_", "0b_", "0o17", "1_000", "12:30:00", "190:20:30", "9" * 5000, "1e400", ".nan", "-.inf", "~", "null",
    "yes", "No", "2020-01-01", "2001-12-14t21:59:43.10-05:00", "!!binary aGVq", "!!set {a, b}", "!!omap [a: 1]",
    "!egen x", "&a x", "*a", "*nope", "<<", "{", "[", "]", "- x", "'", '"', "? x", "|", ">-", "@x", "`x", "%x",
    "{da: x}", "{da: x, en: y}", "{da: '', en: ' '}", "[1, 2]", "[]", "{}", "-1", "0", "31", "æøå", "\t", "#",
]


@settings(FUZZ, max_examples=400)
@given(
    name=names,
    edits=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(RAW_VALUES)), min_size=1, max_size=2),
    extra=st.text(max_size=8),
)
def test_fuzz_raw_values_in_valid_files(fuzz_dir, name, edits, extra):
    """Unquoted YAML values (which a dumper would quote) written where a value stands."""
    lines = (COMPETENCES if name == "competences.yaml" else PHASES).splitlines()
    keyed = [i for i, line in enumerate(lines) if ":" in line]
    for n, (at, value) in enumerate(edits):
        at = keyed[at % len(keyed)]
        value = value if n else value + extra
        head, sep, _ = lines[at].partition(": ")
        lines[at] = (head + sep + value) if sep else lines[at].rstrip(":") + ": " + value
    check_never_raises(fuzz_dir, name, "\n".join(lines) + "\n")
