"""The content files are written in netleder's own words, not lifted from the facts they rest on.

`../shared/domain.md` (beside the checkout) is the project's summary of the public facts.
Every Danish and English text in `data/phases.yaml` and `data/competences.yaml` is compared
with it: no run of RUN words in a row may be the same in both (case, punctuation and spacing
do not count). A failure lists each shared run and where it is, so it can be rewritten.

The facts file is never copied into the project. Outside CI the test skips when it is missing;
in CI (`CI=true`) a missing file is a failure, so the check can never silently stop running.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = ROOT.parent / "shared" / "domain.md"
CONTENT_FILES = ("phases.yaml", "competences.yaml")
RUN = 7  # words in a row that may not be shared
LANGS = ("da", "en")
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The text's words, lower-cased, with punctuation and spacing gone."""
    return WORD.findall(text.casefold())


def runs_of(text: str, size: int = RUN) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + size]) for i in range(len(w) - size + 1)}


def shared_runs(text: str, source_runs: set[tuple[str, ...]], size: int = RUN) -> list[str]:
    """Every run of `size` words in `text` that also occurs in the source, in text order."""
    w = words(text)
    found = []
    for i in range(len(w) - size + 1):
        run = tuple(w[i : i + size])
        if run in source_runs:
            found.append(" ".join(run))
    return found


def content_texts(path: Path):
    """(where, text) for every `da`/`en` string in a content file, `where` naming file, line and key."""
    root = yaml.compose(path.read_text(encoding="utf-8"))

    def walk(node, where):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = f"{where}.{key.value}" if where else key.value
                if key.value in LANGS and isinstance(value, yaml.ScalarNode):
                    yield f"{path.name}, linje {value.start_mark.line + 1}: {name}", value.value
                else:
                    yield from walk(value, name)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                yield from walk(item, f"{where}[{i}]")

    yield from walk(root, "")


def offences(paths, source_runs, size: int = RUN) -> list[str]:
    """One line per shared run: where it is and the run itself."""
    lines = []
    for path in paths:
        for where, text in content_texts(path):
            for run in shared_runs(text, source_runs, size):
                lines.append(f"{where}: »{run}«")
    return lines


def domain_text() -> str:
    if not DOMAIN.is_file():
        reason = f"the facts file {DOMAIN} is missing (it lives in ../shared beside the checkout)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI: {reason}; the own-words check must run in CI")
        pytest.skip(reason)
    return DOMAIN.read_text(encoding="utf-8")


def test_content_shares_no_run_of_seven_words_with_the_facts():
    source_runs = runs_of(domain_text())
    paths = [ROOT / "data" / name for name in CONTENT_FILES]
    texts = [text for path in paths for _, text in content_texts(path)]
    assert len(texts) > 250  # every da and en text was read, not just a few
    found = offences(paths, source_runs)
    assert not found, f"{len(found)} run(s) of {RUN} words copied from {DOMAIN.name}:\n" + "\n".join(found)


def test_the_check_catches_a_run_lifted_from_the_facts(tmp_path):
    """Plant a run taken from domain.md (at runtime) in a copy of the content; it must be found."""
    source = domain_text()
    source_runs = runs_of(source)
    longest = max(source.splitlines(), key=lambda line: len(words(line)))
    lifted = words(longest)[:RUN]
    assert len(lifted) == RUN

    # Case, punctuation and spacing do not hide a copied run.
    planted = "Til at begynde med: " + ",  ".join(w.upper() for w in lifted) + "! Og så videre."
    assert shared_runs(planted, source_runs) == [" ".join(lifted)]
    # One word fewer is allowed, and so is ordinary text.
    assert shared_runs("Indledning: " + " ".join(lifted[:-1]) + " og slut.", source_runs) == []
    assert shared_runs("Hvem mangler jeg at invitere til næste møde i netværket?", source_runs) == []

    # In a copy of a content file, the planted run is reported with its file, line and key
    # (and only it: whatever the real file may share is left out of the comparison).
    copy = tmp_path / "competences.yaml"
    original = (ROOT / "data" / "competences.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(original)
    target = data["competences"][2]["description"]["en"]
    copy.write_text(original.replace(target, target + " " + " ".join(lifted), 1), encoding="utf-8")
    before = set(offences([ROOT / "data" / "competences.yaml"], source_runs))
    found = [line for line in offences([copy], source_runs) if line not in before]
    assert len(found) == 1, found
    assert found[0].startswith("competences.yaml, linje ") and "competences[2].description.en" in found[0]
    assert found[0].endswith(f"»{' '.join(lifted)}«")
