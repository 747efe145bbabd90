"""`netleder info`: what someone helping a user needs to know (version, language, the content
in use, the store and how many reflections), the privacy note, and --help of the commands that
live with reflections, in both languages."""

from __future__ import annotations

import json

import pytest

from builders import builtin_ids, db, fingerprint, flat, make, seed
from netleder import __version__
from netleder.content.loading import builtin_dir
from netleder.i18n import t

ESC = "\x1b"
IDS = builtin_ids()


def info(cli, *args, env=None) -> str:
    result = cli("info", *args, env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "" and ESC not in result.stdout
    return result.stdout


def test_a_new_machine(cli, home):
    out = info(cli)
    text = flat(out)
    assert out.startswith(f"netleder {__version__}\n")
    assert f"{t('info.lang', 'da')}: dansk (da, {t('info.lang_from.default', 'da')})" in text
    assert t("info.content_builtin", "da") in text
    assert str(builtin_dir() / "phases.yaml") in text and str(builtin_dir() / "competences.yaml") in text
    assert f"{t('info.file_builtin', 'da')}, {t('info.file_ok', 'da')}" in text
    assert str(db(home)) in text and flat(t("info.store_missing", "da")) in text
    assert flat(t("info.privacy_text", "da")) in text
    assert "netleder delete --all" in text
    assert not home.exists()  # info looks; it creates nothing


def test_with_reflections_and_drafts(cli, home):
    seed(home, make("aaaaaa", "2024-01-01", {IDS[0]: 2}), make("bbbbbb", "2024-02-01", {IDS[0]: 2}),
         make("cccccc", "2024-03-01", {}, complete=False))
    text = flat(info(cli))
    assert t("info.store_counts", "da", count=3, drafts=1) in text
    assert t("info.perms_private", "da", mode="0600") in text


@pytest.mark.parametrize("how", ["option", "global", "env"])
def test_language_and_where_it_came_from(cli, home, how):
    args, env = {"option": (["--lang", "en"], None), "global": ([], None), "env": ([], {"NETLEDER_LANG": "en"})}[how]
    if how == "global":
        result = cli("--lang", "en", "info")
        out = result.stdout
    else:
        out = info(cli, *args, env=env)
    source = t("info.lang_from.env" if how == "env" else "info.lang_from.option", "en")
    assert f"{t('info.lang', 'en')}: English (en, {source})" in flat(out)
    assert "Privacy" in out and "netleder delete ID" in flat(out)


def test_custom_content_folder(cli, home, tmp_path, builtin_texts):
    folder = tmp_path / "kommunens-indhold"
    folder.mkdir()
    (folder / "competences.yaml").write_text(builtin_texts["competences.yaml"], encoding="utf-8")
    out = flat(info(cli, "--data-dir", str(folder)))
    assert f"{t('info.content_custom', 'da', where='--data-dir')} {folder} " in out
    assert f"competences.yaml: {t('info.file_custom', 'da')}, {t('info.file_ok', 'da')} {folder / 'competences.yaml'}" in out
    assert f"phases.yaml: {t('info.file_builtin', 'da')}, {t('info.file_ok', 'da')} {builtin_dir() / 'phases.yaml'}" in out
    (folder / "phases.yaml").write_text("phases: [1, 2\n", encoding="utf-8")
    out = flat(info(cli, env={"NETLEDER_DATA_DIR": str(folder)}))
    assert f"{t('info.content_custom', 'da', where='NETLEDER_DATA_DIR')} {folder} " in out
    assert f"phases.yaml: {t('info.file_custom', 'da')}, {t('info.file_problems', 'da', count=1)} {folder / 'phases.yaml'}" in out


def test_a_missing_content_folder_is_reported_not_fatal(cli, home, tmp_path):
    out = flat(info(cli, "--data-dir", str(tmp_path / "væk")))
    message = t("content.data_dir_missing", "da", path=tmp_path / "væk", where="--data-dir")
    assert t("info.content_broken", "da", message=message) in out
    assert str(db(home)) in out  # the rest is still there


def test_a_damaged_store_is_reported_and_left_alone(cli, home):
    home.mkdir(mode=0o700)  # private already: info has nothing to tighten (and say)
    db(home).write_text("dette er ikke en database\n", encoding="utf-8")
    before = fingerprint(db(home))
    out = flat(info(cli))
    assert t("info.store_problem", "da", message=t("store.not_db", "da", path=db(home))) in out
    assert fingerprint(db(home)) == before


def test_json(cli, home):
    seed(home, make("aaaaaa", "2024-01-01", {IDS[0]: 2}), make("cccccc", "2024-03-01", {}, complete=False))
    data = json.loads(info(cli, "--format", "json", "--lang", "en"))
    assert data["version"] == __version__ and (data["lang"], data["lang_source"]) == ("en", "option")
    assert data["content"]["folder"] is None and data["content"]["source"] == "builtin"
    assert data["content"]["files"]["phases.yaml"] == {
        "path": str(builtin_dir() / "phases.yaml"), "builtin": True, "problems": 0}
    assert data["store"] == {"path": str(db(home)), "exists": True, "reflections": 2, "drafts": 1,
                             "mode": "0600", "folder_mode": "0700", "problem": None, "damaged": [],
                             "damage_found_at": None, "private": True, "was_open": [],
                             "files": [{"path": str(home), "mode": "0700", "private": True},
                                       {"path": str(db(home)), "mode": "0600", "private": True}]}


@pytest.mark.parametrize("command", ["history", "show", "compare", "export", "import", "delete", "info"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_command_has_help_in_both_languages(run, command, lang):
    result = run(command, "--help", env={"NETLEDER_LANG": lang})
    assert result.returncode == 0, result.stderr
    key = {"import": "help.cmd.import"}.get(command, f"help.cmd.{command}")
    assert flat(t(key, lang)) in flat(result.stdout)


# --- every command of this family against an unusable store ---------------------------------

UNUSABLE = {
    "text file": b"dette er mine noter, ikke en database\n",
    "damaged sqlite": b"SQLite format 3\x00" + b"\x07" * 5000,
    "foreign sqlite": None,  # made below: another program's database
}


@pytest.mark.parametrize("args", [
    ["history"], ["history", "-c", "3"], ["show"], ["show", "abc", "-f", "html"], ["compare"], ["export"],
    ["delete", "abc", "--yes"], ["delete", "--all", "--yes"],
], ids=lambda a: " ".join(a))
@pytest.mark.parametrize("kind", list(UNUSABLE))
def test_an_unusable_store_is_exit_1_and_never_touched(cli, home, tmp_path, args, kind):
    import sqlite3

    home.mkdir()
    if UNUSABLE[kind] is None:
        conn = sqlite3.connect(db(home))
        conn.execute("CREATE TABLE kunder (navn TEXT)")
        conn.execute("INSERT INTO kunder VALUES ('Åse')")
        conn.commit()
        conn.close()
    else:
        db(home).write_bytes(UNUSABLE[kind])
    before = {p.name: p.read_bytes() for p in home.iterdir()}
    result = cli(*args)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert str(db(home)) in result.stderr and "Traceback" not in result.stderr and result.stdout == ""
    assert {p.name: p.read_bytes() for p in home.iterdir()} == before


def test_a_data_home_with_a_name_too_long_is_the_same_failure_everywhere(cli, tmp_path):
    too_long = str(tmp_path / ("x" * 300))
    codes = {args: cli(*args, env={"NETLEDER_HOME": too_long}).exit_code
             for args in (("info",), ("history",), ("check",), ("export",))}
    assert set(codes.values()) == {1}, codes
