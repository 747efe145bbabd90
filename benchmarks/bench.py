"""Start-up and scale benchmark for netleder: whole processes, medians, ratios to baselines.

Run from the repository with the project's own environment:

    .venv/bin/python benchmarks/bench.py            # table only
    .venv/bin/python benchmarks/bench.py --check    # exit 1 when a budget is missed

Every figure is the median of --runs timed whole-process runs after one warm-up run, and is
reported as a ratio to a baseline measured in the same run, interleaved with it (one run of
each in turn), so the ratios hold on a noisy machine. Baselines:
  B1  python -c "import typer, rich.console, yaml"
  B2  python -c "import typer, rich.console, yaml, questionary"
The store lives in a temporary NETLEDER_HOME; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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
    on a noisy machine even when the absolute times drift.
    """
    for cmd, env in cmds.values():
        _run(cmd, env)  # warm-up (also compiles bytecode)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, (cmd, env) in cmds.items():
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


def make_export(path: Path, n: int, env: dict) -> None:
    """An export file with n complete reflections, made with netleder itself."""
    home = Path(tempfile.mkdtemp(prefix="netleder-bench-seed-"))
    seed_env = dict(env, NETLEDER_HOME=str(home))
    answers = home / "answers.yaml"
    answers.write_text(_answers_text(), encoding="utf-8")
    subprocess.run(NETLEDER + ["reflect", "--answers", str(answers), "--format", "json"],
                   env=seed_env, check=True, stdout=subprocess.DEVNULL)
    out = home / "one.json"
    subprocess.run(NETLEDER + ["export", "--output", str(out)], env=seed_env, check=True,
                   stderr=subprocess.DEVNULL)
    doc = json.loads(out.read_text(encoding="utf-8"))
    template = doc["reflections"][0]
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    reflections = []
    for i in range(n):
        item = json.loads(json.dumps(template))
        digits, k = "", i
        for _ in range(6):
            digits += alphabet[k % len(alphabet)]
            k //= len(alphabet)
        item["id"] = digits
        day = 1 + i % 28
        item["created_at"] = f"{2020 + i // 336:04d}-{1 + (i // 28) % 12:02d}-{day:02d}T09:00:00+00:00"
        if item.get("completed_at"):
            item["completed_at"] = item["created_at"]
        reflections.append(item)
    doc["reflections"] = reflections
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(home, ignore_errors=True)


BUDGETS = [
    ("phases", "B1", 1.25),
    ("help", "B1", 1.5),
    ("first_question", "B2_pty", 1.3),
    ("history_1000", "history_1", 1.5),
]
PEAK_BUDGET_MIB = 80


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per figure (at least 7)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget is missed")
    args = parser.parse_args()
    runs = max(7, args.runs)

    work = Path(tempfile.mkdtemp(prefix="netleder-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # timings with compiled bytecode, as a user has
    env.update(NETLEDER_HOME=str(work / "home"), NO_COLOR="1", COLUMNS="100")
    answers = work / "answers.yaml"
    answers.write_text(_answers_text(), encoding="utf-8")

    r: dict[str, float] = interleaved(
        {
            "B1": ([PY, "-c", B1_CODE], env),
            "help": (NETLEDER + ["--help"], env),
            "phases": (NETLEDER + ["phases"], env),
            "competences_json": (NETLEDER + ["competences", "--format", "json"], env),
            "reflect_answers": (NETLEDER + ["reflect", "--answers", str(answers)], env),
            "B2": ([PY, "-c", B2_CODE], env),
        },
        runs,
    )
    r["first_question"], r["B2_pty"] = first_question(env, runs)

    one_home, many_home = work / "one", work / "many"
    export = work / "export-1000.json"
    make_export(export, 1000, env)
    env_one = dict(env, NETLEDER_HOME=str(one_home))
    subprocess.run(NETLEDER + ["reflect", "--answers", str(answers)], env=env_one, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env_many = dict(env, NETLEDER_HOME=str(many_home))
    subprocess.run(NETLEDER + ["import", str(export)], env=env_many, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    r.update(interleaved({"history_1": (NETLEDER + ["history"], env_one),
                          "history_1000": (NETLEDER + ["history"], env_many)}, runs))
    peak_mib = _peak_kib(NETLEDER + ["history"], env_many) / 1024

    rows = [
        ("B1", "python -c 'import typer, rich.console, yaml'", "B1"),
        ("help", "netleder --help", "B1"),
        ("phases", "netleder phases", "B1"),
        ("competences_json", "netleder competences --format json", "B1"),
        ("reflect_answers", "netleder reflect --answers FILE", "B1"),
        ("B2", "python -c 'import typer, rich.console, yaml, questionary'", "B2"),
        ("B2_pty", "B2 in a pseudo-terminal, until it prints", "B2_pty"),
        ("first_question", "netleder reflect: first question on screen (pty)", "B2_pty"),
        ("history_1", "netleder history (1 reflection)", "history_1"),
        ("history_1000", "netleder history (1,000 reflections)", "history_1"),
    ]
    budget = {name: (base, limit) for name, base, limit in BUDGETS}
    print(f"netleder benchmark: median of {runs} interleaved runs after a warm-up; "
          f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} cores")
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
    peak_ok = peak_mib <= PEAK_BUDGET_MIB
    if not peak_ok:
        failed.append("history_1000_peak")
    print(f"| netleder history (1,000): peak memory | {peak_mib:.1f} MiB | | "
          f"≤ {PEAK_BUDGET_MIB} MiB: {'ok' if peak_ok else 'MISSED'} |")
    shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"\nbudgets missed: {', '.join(failed)}")
    return 1 if (failed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
