"""Start-up, prompt and scale benchmark for netleder: whole processes, medians, ratios to baselines.

Run from the repository with the project's own environment:

    .venv/bin/python benchmarks/bench.py            # table only
    .venv/bin/python benchmarks/bench.py --check    # exit 1 when a budget is missed

Every figure is the median of --runs timed whole-process runs after one warm-up run, and is
reported as a ratio to a baseline measured in the same run, interleaved with it (one run of
each in turn), so the ratios hold on a noisy machine. The default is 21 runs: on a shared
2-core machine one run of the same process takes anywhere from 0.8 to 1.3 times another (in
CPU time, not only waiting), and a median of 9 moved `phases` from 0.88 to 1.18 × B1 between two
runs of the benchmark on the same code, back to back; medians of 21 stayed within 0.88-0.95.
Baselines:
  B1  python -c "import typer, rich.console, yaml"
  B2  python -c "import typer, rich.console, yaml, questionary"
  bare questionary: a script asking the same kinds of prompts as the wizard, in tmux
Sections: start-up per command (against B1); Enter -> next prompt in tmux (against bare
questionary, median and p90, and the CPU time per Enter, which a busy machine changes less);
the same commands at 2 and at --scale reflections (default 100,000), and the peak memory of
the commands that read every reflection at --scale. The --scale stores are seeded by SQL
through the store's own writer (seconds at 100,000; see seed_store).
The stores live in a temporary NETLEDER_HOME; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
B1_CODE = "import typer, rich.console, yaml"
B2_CODE = "import typer, rich.console, yaml, questionary"
_SCRIPT = Path(PY).parent / "netleder"  # the console script a user runs
NETLEDER = [str(_SCRIPT)] if _SCRIPT.exists() else [PY, "-m", "netleder"]

ANSWERS = """\
network: "Benchmarknetværket"
network_type: learning
phase: 3
competences:
{items}
"""


def _answers_text(n: int = 10) -> str:
    items = []
    for i in range(1, n + 1):
        items.append(
            f"  {i}:\n    rating: {1 + (i * 7) % 5}\n"
            f"    answers: [\"Svar på første spørgsmål om kompetence {i}\", \"Og det andet svar\"]\n"
            f"    next_step: \"Prøv noget nyt i kompetence {i}\""
        )
    return ANSWERS.format(items="\n".join(items))


def _run(cmd: list[str], env: dict, stdin: str | None = None) -> float:
    """Seconds of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    _, err = proc.communicate(stdin)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return elapsed


_PEAK_HELPER = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,"
    " stderr=subprocess.DEVNULL).returncode\n"
    "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def _peak_kib(cmd: list[str], env: dict) -> int:
    """Peak resident memory (KiB) of one run of `cmd`.

    Measured by a small helper process, so the figure is the command's own: a child forked
    straight from this benchmark would count the benchmark's memory too until it execs.
    """
    out = subprocess.run([PY, "-c", _PEAK_HELPER, *cmd], env=env, capture_output=True, text=True,
                         check=True).stdout.split()
    if out[0] != "0":
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}")
    return int(out[1])  # KiB on Linux


def interleaved(cmds: dict[str, tuple[list[str], dict]], runs: int) -> dict[str, float]:
    """Median seconds of each command, measured in rounds that run every command once.

    Interleaving puts a command and its baseline under the same load, so their ratio holds
    on a noisy machine even when the absolute times drift. Each round runs the commands in an
    order of its own (shuffled, the same for the same round in every run of the benchmark):
    with a fixed order, what the command before leaves behind (a heavy process still ending,
    cold caches) would fall on the same command every round.
    """
    for cmd, env in cmds.values():
        _run(cmd, env)  # warm-up (also compiles bytecode)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for round_ in range(runs):
        order = list(cmds)
        random.Random(round_).shuffle(order)
        for name in order:
            cmd, env = cmds[name]
            times[name].append(_run(cmd, env))
    return {name: statistics.median(values) for name, values in times.items()}


def _first_question_text() -> str:
    from netleder.i18n import t

    return t("wizard.context.network", "da")


FIRST_QUESTION = _first_question_text()


def _pty_time(argv: list[str], env: dict, expect: str) -> float:
    """Seconds from spawning `argv` in a pseudo-terminal until `expect` is on its screen."""
    import pexpect

    start = time.perf_counter()
    child = pexpect.spawn(argv[0], argv[1:], env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    child.expect(expect)
    elapsed = time.perf_counter() - start
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def first_question(env: dict, runs: int) -> tuple[float, float]:
    """Interactive `netleder reflect` until its first question shows, and B2 timed the same way.

    Both are measured in a pseudo-terminal with pexpect, so the harness's own cost (spawning
    a pty, reading the screen) is in the baseline too. Returns (first question, B2 in a pty).
    """

    def once() -> tuple[float, float]:
        home = tempfile.mkdtemp(prefix="netleder-bench-tty-")
        child_env = dict(env, NETLEDER_HOME=home, TERM="xterm", COLUMNS="100", LINES="40",
                         PROMPT_TOOLKIT_NO_CPR="1")
        child_env.pop("NO_COLOR", None)
        question = _pty_time(NETLEDER + ["reflect", "--fresh"], child_env, FIRST_QUESTION)
        baseline = _pty_time([PY, "-c", B2_CODE + "; print('ready')"], child_env, "ready")
        shutil.rmtree(home, ignore_errors=True)
        return question, baseline

    once()
    pairs = [once() for _ in range(runs)]
    return statistics.median(q for q, _ in pairs), statistics.median(b for _, b in pairs)


def first_question_in(env_a: dict, env_b: dict, runs: int) -> tuple[float, float]:
    """The wizard's first question against two existing stores, in turns (nothing is saved:
    it is interrupted at its first question)."""

    def once(env: dict) -> float:
        child_env = dict(env, TERM="xterm", COLUMNS="100", LINES="40", PROMPT_TOOLKIT_NO_CPR="1")
        child_env.pop("NO_COLOR", None)
        return _pty_time(NETLEDER + ["reflect", "--fresh"], child_env, FIRST_QUESTION)

    once(env_a), once(env_b)
    pairs = [(once(env_a), once(env_b)) for _ in range(runs)]
    return statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)


def make_export(path: Path, n: int, env: dict, next_steps: bool = True) -> None:
    """An export file with n complete reflections, made with netleder itself and written one
    record at a time (the benchmark's own memory stays small at 100,000)."""
    home = Path(tempfile.mkdtemp(prefix="netleder-bench-seed-"))
    seed_env = dict(env, NETLEDER_HOME=str(home))
    answers = home / "answers.yaml"
    text = _answers_text()
    if not next_steps:  # the wizard then starts with its first own question, not a follow-up
        text = "\n".join(line for line in text.splitlines() if "next_step" not in line) + "\n"
    answers.write_text(text, encoding="utf-8")
    subprocess.run(NETLEDER + ["reflect", "--answers", str(answers), "--format", "json"],
                   env=seed_env, check=True, stdout=subprocess.DEVNULL)
    out = home / "one.json"
    subprocess.run(NETLEDER + ["export", "--output", str(out)], env=seed_env, check=True,
                   stderr=subprocess.DEVNULL)
    doc = json.loads(out.read_text(encoding="utf-8"))
    template = doc["reflections"][0]
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    with path.open("w", encoding="utf-8") as f:
        f.write('{"format": "netleder-reflections", "version": 1, "reflections": [\n')
        for i in range(n):
            item = dict(template)
            digits, k = "", i
            for _ in range(6):
                digits += alphabet[k % len(alphabet)]
                k //= len(alphabet)
            item["id"] = digits
            # spread over 2001-2025, oldest first (dates before 2000 or in the future are refused)
            year = 2001 + (i * 25) // max(n, 1)
            item["created_at"] = f"{year:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}T09:00:00+00:00"
            item["updated_at"] = item["completed_at"] = item["created_at"]
            f.write(("," if i else "") + json.dumps(item, ensure_ascii=False) + "\n")
        f.write("]}\n")
    shutil.rmtree(home, ignore_errors=True)


def seed_store(home: Path, n: int, env: dict, answers: Path) -> None:
    """A store with `n` complete reflections, fast at 100,000: one made by netleder itself
    (`reflect --answers`), then n - 1 copies of its rows under new ids, spread over 2001-2025
    oldest first, inserted by SQL in one transaction of the store's own writer (its locks,
    checks and private files). Every table a reflection has rows in is copied."""
    subprocess.run(NETLEDER + ["reflect", "--answers", str(answers)], env=dict(env, NETLEDER_HOME=str(home)),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if n <= 1:
        return
    from netleder.store.database import Store

    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"

    def copies():
        for i in range(n - 1):
            digits, k = "", i
            for _ in range(6):
                digits += alphabet[k % len(alphabet)]
                k //= len(alphabet)
            year = 2001 + (i * 25) // n  # dates before 2000 or in the future are refused
            yield "b" + digits, f"{year:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}T09:00:00+00:00"

    with Store.open(home / "reflections.sqlite3", create=False) as store:
        template = store.newest_ids(1)[0]
        with store._write() as c:
            c.execute("CREATE TEMP TABLE copies (id TEXT PRIMARY KEY, created_at TEXT NOT NULL)")
            c.executemany("INSERT INTO copies VALUES (?, ?)", copies())
            c.execute("INSERT INTO reflections (id, created_at, updated_at, completed_at, lang, network, "
                      "network_type, phase, snapshot) SELECT n.id, n.created_at, n.created_at, n.created_at, "
                      "t.lang, t.network, t.network_type, t.phase, t.snapshot FROM copies n, reflections t "
                      "WHERE t.id = ?", (template,))
            for table, columns in (("answers", "t.competence_id, t.idx, t.text"),
                                   ("ratings", "t.competence_id, t.value"),
                                   ("next_steps", "t.competence_id, t.text")):
                c.execute(f"INSERT INTO {table} SELECT n.id, {columns} FROM copies n, {table} t "
                          f"WHERE t.reflection_id = ?", (template,))
            c.execute("DROP TABLE copies")


BUDGETS = [
    ("help", "B1", 1.5),
    ("phases", "B1", 1.0),
    ("phases_3", "B1", 1.05),
    ("competences", "B1", 1.05),
    ("info_start", "B1", 1.1),
    ("history_start", "B1", 1.15),
    ("show_start", "B1", 1.2),
    ("first_question", "B2_pty", 1.3),
    ("enter_median", "bare_median", 1.1),
    ("enter_p90", "bare_p90", 1.1),
    ("show_N", "show_1", 1.2),
    ("info_N", "info_1", 1.2),
    ("compare_N", "compare_1", 1.2),
    ("answers_N", "answers_1", 1.2),
    ("first_N", "first_1", 1.2),
]
PEAK_BUDGET_MIB = 60  # history, history --competence and check at --scale reflections
TRANSFER_BUDGET_MIB = 150

# A bare questionary script asking what the wizard asks, in the same order and kinds: the
# network's name (text), its kind and phase and the scope (select), then per competence a
# paragraph, two answers (text) and a rating (select). It does nothing between prompts.
BARE_SCRIPT = """\
import questionary
questionary.text("Netværkets navn").ask()
questionary.select("Hvilken slags netværk er det?", ["Spring over", "Innovation", "Læring", "Velfærd", "Andet"]).ask()
questionary.select("Hvilken fase er netværket i nu?", ["Spring over"] + [f"Fase {i}" for i in range(1, 8)]).ask()
questionary.select("Hvilke kompetencer vil du reflektere over?", ["Alle 10", "Nogle af dem"]).ask()
for n in range(1, 11):
    print(f"Kompetence {n} af 10\\n" + "En tværgående udfordring ser forskellig ud, alt efter hvor man står. " * 4)
    questionary.text("Dit svar").ask()
    questionary.text("Dit svar").ask()
    questionary.select("Hvor ofte gør jeg dette i praksis?", ["Spring over (ingen vurdering)", "Sjældent",
                       "Af og til", "Som regel", "Næsten altid", "Altid"]).ask()
"""


TMUX_SOCKET = f"netleder-bench-{os.getpid()}"  # a server of its own: two runs at once never meet


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", TMUX_SOCKET, *args], capture_output=True, text=True,
                          check=False).stdout


def _prompts_on_screen() -> int:
    """The prompts on the screen so far: questionary marks each, asked or answered, with '? '."""
    screen = _tmux("capture-pane", "-p", "-t", "bench", "-S", "-2000")
    return sum(1 for line in screen.splitlines() if line.startswith("? "))


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far; None where /proc cannot say."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def enter_latencies(argv: list[str], env: dict, presses: int) -> tuple[list[float], float | None]:
    """Seconds from Enter to the next prompt on screen, for `presses` Enters, in tmux; and the
    CPU seconds the program used for them (between its first prompt and its last), which a
    busy machine does not change (None where /proc cannot say)."""
    command = " ".join(f"'{a}'" for a in argv)
    _tmux("kill-server")
    _tmux("new-session", "-d", "-s", "bench", "-x", "120", "-y", "50",
          "exec env " + " ".join(f"{k}='{v}'" for k, v in env.items() if k.startswith(("NETLEDER_", "PROMPT_"))) +
          f" TERM=xterm {command}")
    deadline = time.perf_counter() + 30
    while _prompts_on_screen() < 1:  # the first prompt
        if time.perf_counter() > deadline:
            raise SystemExit(f"no prompt from {command}")
        time.sleep(0.01)
    pane = _tmux("display-message", "-p", "-t", "bench", "#{pane_pid}").strip()
    pid = int(pane) if pane.isdigit() else 0
    cpu_start = _cpu_seconds(pid) if pid else None
    out = []
    for _ in range(presses):
        before = _prompts_on_screen()
        start = time.perf_counter()
        _tmux("send-keys", "-t", "bench", "Enter")
        while _prompts_on_screen() <= before:
            if time.perf_counter() - start > 30:
                raise SystemExit(f"no next prompt from {command}")
        out.append(time.perf_counter() - start)
    cpu_end = _cpu_seconds(pid) if pid else None
    _tmux("kill-server")
    return out, (cpu_end - cpu_start if cpu_start is not None and cpu_end is not None else None)


def prompt_latency(env: dict, rounds: int) -> dict[str, float]:
    """Enter -> next prompt for the wizard and for bare questionary, in turns, each round in a
    fresh store; median and 90th percentile over every press, and the CPU time per Enter."""
    bare = Path(tempfile.mkdtemp(prefix="netleder-bench-bare-")) / "bare.py"
    atexit.register(shutil.rmtree, bare.parent, True)
    bare.write_text(BARE_SCRIPT, encoding="utf-8")
    ours: list[float] = []
    theirs: list[float] = []
    cpu: dict[str, list[float]] = {"enter_cpu": [], "bare_cpu": []}
    presses = 12
    for i in range(rounds + 1):
        home = tempfile.mkdtemp(prefix="netleder-bench-prompts-")
        atexit.register(shutil.rmtree, home, True)
        wizard, wizard_cpu = enter_latencies(NETLEDER + ["reflect", "--fresh"], dict(env, NETLEDER_HOME=home),
                                             presses)
        plain, plain_cpu = enter_latencies([PY, str(bare)], dict(env, NETLEDER_HOME=home), presses)
        shutil.rmtree(home, ignore_errors=True)
        if i:  # the first round warms up
            ours += wizard
            theirs += plain
            if wizard_cpu is not None and plain_cpu is not None:
                cpu["enter_cpu"].append(wizard_cpu / presses)
                cpu["bare_cpu"].append(plain_cpu / presses)
    shutil.rmtree(bare.parent, ignore_errors=True)

    def p90(values: list[float]) -> float:
        return statistics.quantiles(values, n=10)[-1]

    found = {"enter_median": statistics.median(ours), "enter_p90": p90(ours),
             "bare_median": statistics.median(theirs), "bare_p90": p90(theirs)}
    if cpu["enter_cpu"]:
        found.update({name: statistics.median(values) for name, values in cpu.items()})
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs per figure (at least 7; default 21)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget is missed")
    parser.add_argument("--scale", type=int, default=100_000,
                        help="reflections for the constant-cost and memory figures (default 100,000)")
    parser.add_argument("--prompt-rounds", type=int, default=5,
                        help="wizard runs of 12 Enters each for the prompt latency (0 skips; needs tmux)")
    parser.add_argument("--transfer", type=int, default=0,
                        help="reflections for export/import time and peak memory (default 0: skipped)")
    args = parser.parse_args()
    runs = max(7, args.runs)

    work = Path(tempfile.mkdtemp(prefix="netleder-bench-"))
    atexit.register(shutil.rmtree, work, True)  # also when a command fails and the run stops
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # timings with compiled bytecode, as a user has
    env.update(NETLEDER_HOME=str(work / "home"), NO_COLOR="1", COLUMNS="100")
    answers = work / "answers.yaml"
    answers.write_text(_answers_text(), encoding="utf-8")
    load = os.getloadavg() if hasattr(os, "getloadavg") else None

    # Start-up: every command against B1, in one interleaved series; history and show with one
    # reflection in the store.
    env_one = dict(env, NETLEDER_HOME=str(work / "one"))
    subprocess.run(NETLEDER + ["reflect", "--answers", str(answers)], env=env_one, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    r: dict[str, float] = interleaved(
        {
            "B1": ([PY, "-c", B1_CODE], env),
            "help": (NETLEDER + ["--help"], env),
            "phases": (NETLEDER + ["phases"], env),
            "phases_3": (NETLEDER + ["phases", "3"], env),
            "competences": (NETLEDER + ["competences"], env),
            "competences_json": (NETLEDER + ["competences", "--format", "json"], env),
            "info_start": (NETLEDER + ["info"], env_one),
            "history_start": (NETLEDER + ["history"], env_one),
            "show_start": (NETLEDER + ["show", "latest"], env_one),
            "reflect_answers": (NETLEDER + ["reflect", "--answers", str(answers)], env),
            "B2": ([PY, "-c", B2_CODE], env),
        },
        runs,
    )
    r["first_question"], r["B2_pty"] = first_question(env, runs)
    if args.prompt_rounds and shutil.which("tmux"):
        r.update(prompt_latency(env, args.prompt_rounds))

    # Constant work at any size: the same commands against 2 (compare needs a pair) and `--scale`.
    n = args.scale
    plain = work / "answers-no-steps.yaml"  # so the wizard's first question stays its own
    plain.write_text("\n".join(line for line in _answers_text().splitlines() if "next_step" not in line) + "\n",
                     encoding="utf-8")
    homes = {}
    seeded = {}
    for label, count in (("1", 2), ("N", n)):  # two: compare needs a pair
        homes[label] = dict(env, NETLEDER_HOME=str(work / f"scale-{label}"))
        start = time.perf_counter()
        seed_store(work / f"scale-{label}", count, env, plain)
        seeded[label] = time.perf_counter() - start
    cmds = {}
    for label in ("1", "N"):
        cmds[f"show_{label}"] = (NETLEDER + ["show", "latest"], homes[label])
        cmds[f"info_{label}"] = (NETLEDER + ["info"], homes[label])
        cmds[f"compare_{label}"] = (NETLEDER + ["compare"], homes[label])
        cmds[f"answers_{label}"] = (NETLEDER + ["reflect", "--answers", str(plain)], homes[label])
    r.update(interleaved(cmds, runs))
    r["first_1"], r["first_N"] = first_question_in(homes["1"], homes["N"], runs)
    peaks = {
        "history": _peak_kib(NETLEDER + ["history"], homes["N"]) / 1024,
        "history --competence 1": _peak_kib(NETLEDER + ["history", "--competence", "1"], homes["N"]) / 1024,
        "check": _peak_kib(NETLEDER + ["check"], homes["N"]) / 1024,
    }

    transfer: dict[str, float] = {}
    if args.transfer:
        big = work / "export-big.json"
        make_export(big, args.transfer, env)
        env_big = dict(env, NETLEDER_HOME=str(work / "big"))
        start = time.perf_counter()
        transfer["import_kib"] = _peak_kib(NETLEDER + ["import", str(big)], env_big)
        transfer["import_s"] = time.perf_counter() - start
        big.unlink()
        start = time.perf_counter()
        transfer["export_kib"] = _peak_kib(NETLEDER + ["export", "--output", str(big)], env_big)
        transfer["export_s"] = time.perf_counter() - start
        transfer["bytes"] = big.stat().st_size

    rows = [
        ("B1", "python -c 'import typer, rich.console, yaml'", "B1"),
        ("help", "netleder --help", "B1"),
        ("phases", "netleder phases", "B1"),
        ("phases_3", "netleder phases 3", "B1"),
        ("competences", "netleder competences", "B1"),
        ("competences_json", "netleder competences --format json", "B1"),
        ("info_start", "netleder info (1 reflection)", "B1"),
        ("history_start", "netleder history (1 reflection)", "B1"),
        ("show_start", "netleder show latest (1 reflection)", "B1"),
        ("reflect_answers", "netleder reflect --answers FILE", "B1"),
        ("B2", "python -c 'import typer, rich.console, yaml, questionary'", "B2"),
        ("B2_pty", "B2 in a pseudo-terminal, until it prints", "B2_pty"),
        ("first_question", "netleder reflect: first question on screen (pty)", "B2_pty"),
    ]
    if "enter_median" in r:
        rows += [
            ("bare_median", "bare questionary in tmux: Enter -> next prompt, median", "bare_median"),
            ("enter_median", "netleder reflect in tmux: Enter -> next prompt, median", "bare_median"),
            ("bare_p90", "bare questionary in tmux: Enter -> next prompt, p90", "bare_p90"),
            ("enter_p90", "netleder reflect in tmux: Enter -> next prompt, p90", "bare_p90"),
        ]
    if "enter_cpu" in r:  # the same presses in CPU time: what a busy machine does not change
        rows += [
            ("bare_cpu", "bare questionary in tmux: CPU time per Enter", "bare_cpu"),
            ("enter_cpu", "netleder reflect in tmux: CPU time per Enter", "bare_cpu"),
        ]
    rows += [
        ("show_1", "netleder show latest (2 reflections)", "show_1"),
        ("show_N", f"netleder show latest ({n:,} reflections)", "show_1"),
        ("info_1", "netleder info (2 reflections)", "info_1"),
        ("info_N", f"netleder info ({n:,} reflections)", "info_1"),
        ("compare_1", "netleder compare (2 reflections)", "compare_1"),
        ("compare_N", f"netleder compare ({n:,} reflections)", "compare_1"),
        ("answers_1", "netleder reflect --answers FILE (2 reflections)", "answers_1"),
        ("answers_N", f"netleder reflect --answers FILE ({n:,} reflections)", "answers_1"),
        ("first_1", "netleder reflect: first question, 2 reflections (pty)", "first_1"),
        ("first_N", f"netleder reflect: first question, {n:,} reflections (pty)", "first_1"),
    ]
    budget = {name: (base, limit) for name, base, limit in BUDGETS}
    print(f"netleder benchmark: median of {runs} interleaved runs after a warm-up; "
          f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} cores" + (f"; load average {load[0]:.1f} at the start" if load else ""))
    print()
    print("| measurement | median ms | ratio | budget |")
    print("| --- | ---: | ---: | --- |")
    failed = []
    for name, label, base in rows:
        ratio = r[name] / r[base]
        limit = ""
        if name in budget:
            b, lim = budget[name]
            ok = ratio <= lim
            limit = f"≤ {lim} × {b}: {'ok' if ok else 'MISSED'}"
            if not ok:
                failed.append(name)
        print(f"| {label} | {r[name] * 1000:.0f} | {ratio:.2f} × {base} | {limit} |")
    for label, mib in peaks.items():
        ok = mib <= PEAK_BUDGET_MIB
        if not ok:
            failed.append(f"{label} peak")
        print(f"| netleder {label} ({n:,} reflections): peak memory | {mib:.1f} MiB | | "
              f"≤ {PEAK_BUDGET_MIB} MiB: {'ok' if ok else 'MISSED'} |")
    if transfer:
        size = f"{args.transfer:,}"
        for kind in ("import", "export"):
            mib = transfer[f"{kind}_kib"] / 1024
            ok = mib <= TRANSFER_BUDGET_MIB
            if not ok:
                failed.append(f"{kind}_peak")
            print(f"| netleder {kind} ({size} reflections, {transfer['bytes'] / 2**20:.0f} MiB file): "
                  f"{transfer[f'{kind}_s']:.0f} s, peak memory | {mib:.1f} MiB | | "
                  f"≤ {TRANSFER_BUDGET_MIB} MiB: {'ok' if ok else 'MISSED'} |")
    if load:
        after = os.getloadavg()
        print(f"\nload average (1 min) {load[0]:.1f} at the start, {after[0]:.1f} at the end")
    shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"\nbudgets missed: {', '.join(failed)}")
    return 1 if (failed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
