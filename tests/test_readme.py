"""The README's answers-file examples work as written (a new user copies them verbatim)."""

from __future__ import annotations

import json
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_answers_example_saves_on_a_new_store_and_its_follow_up_on_the_next(cli, tmp_path):
    first, follow_up = _yaml_blocks()[:2]
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


def _section(text: str, heading: str) -> str:
    start = text.index(heading + "\n")
    end = text.find("\n## ", start + len(heading))
    return text[start:end if end != -1 else len(text)]


def test_the_install_puts_netleder_on_the_path_for_its_own_hints():
    """netleder's hints say `netleder ...`: after the README's install that command must work, so
    both getting-started sections and both Windows sections say how (activate, or pipx), and keep
    the one command that sets up and runs."""
    from netleder.i18n import t

    assert "netleder reflect --resume" in t("wizard.interrupted", "da", path="p", id="X")  # what the hints say
    text = README.read_text(encoding="utf-8")
    for heading, run in (("## Kom i gang", "reflect"), ("## Getting started", "reflect --lang en")):
        part = _section(text, heading)
        assert f"python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/netleder {run}\n" in part
        assert "```sh\nsource .venv/bin/activate\nnetleder " in part  # then `netleder` is a command
        assert ".venv\\Scripts\\activate" in part and "pipx install ." in part
    for part in text.split("\n## Windows\n")[1:]:
        assert "```bat\npy -m venv .venv\n.venv\\Scripts\\pip install .\n.venv\\Scripts\\activate\nnetleder reflect" in part
        assert "pipx install ." in part
    assert text.count("\n## Windows\n") == 2  # Danish and English
