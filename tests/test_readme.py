"""The README's answers-file examples work as written (a new user copies them verbatim)."""

from __future__ import annotations

import json
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


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
