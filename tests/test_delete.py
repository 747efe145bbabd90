"""`netleder delete ID…` and `netleder delete --all`: every id resolved before anything is
deleted, a confirmation on the terminal (typed in a real pseudo-terminal), --yes, no terminal,
and deleted meaning gone from the database files' bytes."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from builders import (
    builtin_ids,
    db,
    files_containing,
    folder_bytes,
    make,
    seed,
    stored,
)
from netleder.i18n import t

ROOT = Path(__file__).resolve().parent.parent
IDS = builtin_ids()
SECRET_A = "Mit hemmelige svar om Søren, ÆØÅ 7f3a9c"
SECRET_B = "Et andet fortroligt svar om Grete 2b8e1d"
SECRET_NOTE = "En fortrolig note om Jens 91c4aa"


@pytest.fixture
def three(home):
    seed(
        home,
        make("aaaaaa", "2024-01-01", {IDS[0]: 2}, network="Netværk A", answers={IDS[0]: [SECRET_A, ""]},
             next_steps={IDS[0]: "Skridt A"}),
        make("abbbbb", "2024-02-01", {IDS[0]: 3}, answers={IDS[0]: [SECRET_B, ""]}),
        make("cccccc", "2024-03-01", {IDS[0]: 4}, complete=False, answers={IDS[1]: [SECRET_NOTE, ""]}),
    )
    for secret in (SECRET_A, SECRET_B, SECRET_NOTE):  # the search can find them before
        assert files_containing(home, secret), secret
    return home


def ids(home) -> list[str]:
    return [r.id for r in stored(home)]


def test_delete_one_by_prefix_is_gone_from_every_file(cli, three):
    result = cli("delete", "AAA", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == t("delete.done", "da", count=1)
    assert ids(three) == ["cccccc", "abbbbb"]
    assert files_containing(three, SECRET_A) == []  # not in the database, the WAL or anywhere else
    assert files_containing(three, "Skridt A") == []
    assert files_containing(three, SECRET_B)  # the others are still there


def test_delete_several_at_once(cli, three):
    result = cli("delete", "aaa", "cc", "aaaaaa", "--yes", "--lang", "en")  # a repeat counts once
    assert result.exit_code == 0
    assert result.stdout.strip() == t("delete.done", "en", count=2)
    assert ids(three) == ["abbbbb"]
    assert files_containing(three, SECRET_A) == [] and files_containing(three, SECRET_NOTE) == []


def test_delete_all(cli, three):
    result = cli("delete", "--all", "--yes")
    assert result.exit_code == 0 and result.stdout.strip() == t("delete.done", "da", count=3)
    assert ids(three) == []
    for secret in (SECRET_A, SECRET_B, SECRET_NOTE, "Netværk A"):
        assert files_containing(three, secret) == [], secret
    result = cli("delete", "--all", "--yes")
    assert result.exit_code == 0 and result.stdout.strip() == t("delete.none", "da")


@pytest.mark.parametrize("refs, what", [
    (["aaa", "nix"], "unknown"),
    (["nix", "aaa"], "unknown"),
    (["aaa", "a"], "ambiguous"),
])
def test_one_bad_id_deletes_nothing(cli, three, refs, what):
    before = folder_bytes(three)
    result = cli("delete", *refs, "--yes")
    assert result.exit_code == 2 and result.stdout == ""
    if what == "unknown":
        assert "'nix'" in result.stderr and "aaaaaa (1. januar 2024)" in result.stderr
    else:
        assert "'a'" in result.stderr and "aaaaaa (1. januar 2024)" in result.stderr and "abbbbb (1. februar 2024)" in result.stderr
    assert ids(three) == ["cccccc", "abbbbb", "aaaaaa"]
    assert folder_bytes(three) == before


def test_without_a_terminal_and_without_yes_nothing_is_deleted(cli, three):
    before = folder_bytes(three)
    for args in (["aaa"], ["--all"]):
        result = cli("delete", *args)  # CliRunner's stdin is no terminal
        assert result.exit_code == 2
        assert result.stderr == f"Fejl: {t('delete.no_tty', 'da')}\n" and "--yes" in result.stderr
    assert folder_bytes(three) == before


def test_nothing_or_too_much_asked(cli, three):
    result = cli("delete")
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('delete.nothing_given', 'da')}\n"
    result = cli("delete", "aaa", "--all", "--yes")
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('delete.ids_and_all', 'da')}\n"
    assert len(ids(three)) == 3


def test_an_empty_or_missing_store(cli, home):
    result = cli("delete", "aaa", "--yes")
    assert result.exit_code == 2 and result.stderr == f"Fejl: {t('store.none_yet', 'da')}\n"
    result = cli("delete", "--all", "--yes")
    assert result.exit_code == 0 and result.stdout.strip() == t("delete.none", "da")
    assert not home.exists()  # nothing was created to delete from


def test_a_read_only_store_is_an_environment_failure_and_unchanged(cli, three):
    path = db(three)
    before = path.read_bytes()
    os.chmod(path, 0o400)
    try:
        result = cli("delete", "aaa", "--yes")
    finally:
        os.chmod(path, 0o600)
    assert result.exit_code == 1 and str(path) in result.stderr
    assert path.read_bytes() == before
    assert ids(three) == ["cccccc", "abbbbb", "aaaaaa"]


# --- the confirmation, typed in a real terminal ---------------------------------------------


def spawn(home: Path, *args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(NETLEDER_HOME=str(home), PYTHONPATH=str(ROOT), TERM="dumb", COLUMNS="100")
    return pexpect.spawn(sys.executable, ["-m", "netleder", "delete", *args], env=env, encoding="utf-8",
                         timeout=30, dimensions=(40, 100))


def test_confirmation_no_keeps_everything(three):
    before = folder_bytes(three)
    child = spawn(three, "aaa", "ab")
    child.expect_exact("Disse refleksioner bliver slettet for altid:")  # two: plural
    child.expect_exact("abbbbb (1. februar 2024)")  # newest first, as in history; dates in words
    child.expect_exact("aaaaaa (1. januar 2024)  Netværk A")
    child.expect_exact(t("delete.confirm", "da", count=2))
    child.sendline("")  # Enter alone: the default is no
    child.expect_exact(t("delete.kept", "da"))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert folder_bytes(three) == before


@pytest.mark.parametrize("answer", ["j", "JA", "y"])
def test_confirmation_yes_deletes(three, answer):
    child = spawn(three, "--all")
    # on a terminal a message longer than the line wraps at its spaces (netleder.output.SafeStream)
    words = t("delete.all", "da", count=3, drafts=1, path=db(three)).split()
    child.expect(r"\s+".join(map(re.escape, words)))
    child.expect_exact(t("delete.confirm", "da", count=3))
    child.sendline(answer)
    child.expect_exact(t("delete.done", "da", count=3))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert ids(three) == [] and files_containing(three, SECRET_A) == []


def test_ctrl_c_at_the_confirmation_deletes_nothing(three):
    before = folder_bytes(three)
    child = spawn(three, "ccc")
    child.expect_exact("Denne refleksion bliver slettet for altid:")  # one: singular
    child.expect_exact(t("delete.confirm", "da", count=1))
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert folder_bytes(three) == before


@pytest.mark.parametrize("args", [("cccccc",), ("--all",)])
def test_a_draft_open_in_a_wizard_is_not_deleted(cli, three, args):
    """A draft that a running wizard holds (its lock) is neither deleted nor pulled from under it:
    the delete stops before anything goes, says where the draft is open, and works once it is free."""
    from netleder.reflection import now_iso
    from netleder.store.locks import DraftLock

    folder = db(three).parent
    lock = DraftLock.acquire(folder, "cccccc", now_iso())
    try:
        result = cli("delete", *args, "--yes")
        assert result.exit_code == 1, result.stdout
        assert "cccccc" in result.stderr and "netleder reflect" in result.stderr
        assert "Traceback" not in result.stderr
        assert ids(three) == ["cccccc", "abbbbb", "aaaaaa"]  # nothing deleted, not even the others
        assert files_containing(three, SECRET_NOTE)
    finally:
        lock.release()
    result = cli("delete", *args, "--yes")
    assert result.exit_code == 0, result.stderr
    assert "cccccc" not in ids(three)
    assert not list(folder.glob("draft-*.lock"))  # the delete's own locks went with it


def test_delete_all_deletes_the_leaders_name_too(cli, three):
    """The name on the printout is the leader's data like their reflections: --all takes it along,
    and says so before asking."""
    from netleder.store.settings import settings_path

    assert cli("settings", "--name", "Anne Sørensen").exit_code == 0
    path = settings_path()
    assert path.exists()
    result = cli("delete", "--all", "--yes")
    assert result.exit_code == 0, result.stderr
    assert t("delete.settings_deleted", "da") in result.stdout
    assert not path.exists()
    assert files_containing(three, "Anne Sørensen") == []
    assert cli("settings").exit_code == 0  # no settings is a normal state, not an error
