"""The message catalogue: every entry in both languages with the same placeholders, every
key the code asks for exists, and every key in the catalogue is used by the code."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path
from typing import NamedTuple

import pytest

from netleder import i18n
from netleder.cli.language import resolve_lang
from netleder.errors import BadInput
from netleder.i18n import LANGS, MESSAGES, t

PACKAGE = Path(__file__).resolve().parent.parent / "netleder"
# the single file's start-up (scripts/pyz_bootstrap.py) reads the catalogue from the archive too
SOURCES = sorted(PACKAGE.rglob("*.py")) + [PACKAGE.parent / "scripts" / "pyz_bootstrap.py"]
# t("key", ...), self.t("key"), h("key") (which means t("help.key"))
CALL = re.compile(r"""(?<![\w.])(?:self\.)?(t|h)\(\s*(["'])([A-Za-z0-9_.]+)\2""")
LITERAL = re.compile(r"""(["'])([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)\1""")
FILE_NAME = re.compile(r"\.(ya?ml|py|json|md|html|txt|db|sqlite3?|toml|whl|tmp|lock)$")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_entry_has_both_languages_with_the_same_placeholders(key):
    entry = MESSAGES[key]
    assert set(entry) == set(LANGS), key
    for lang in LANGS:
        assert isinstance(entry[lang], str) and entry[lang].strip(), (key, lang)
        assert entry[lang] == entry[lang].rstrip(), (key, lang)
    indent = {lang: len(entry[lang]) - len(entry[lang].lstrip()) for lang in LANGS}
    assert indent["da"] == indent["en"], key
    assert placeholders(entry["da"]) == placeholders(entry["en"]), key
    for lang in LANGS:  # every placeholder is a plain name (no {0}, no {x.y}, no {x!r})
        for name in placeholders(entry[lang]):
            assert re.fullmatch(r"[a-z_]+", name), (key, name)


def test_sentences_are_translated():
    """An entry of several words that is the same in both languages was never translated."""
    same = [k for k, e in MESSAGES.items() if e["da"] == e["en"] and len(re.findall(r"[A-Za-zæøåÆØÅ]{3,}", e["en"])) >= 3]
    assert same == []


def test_danish_is_written_with_danish_letters():
    danish = " ".join(entry["da"] for entry in MESSAGES.values())
    for letter in "æøå":
        assert letter in danish
    assert re.findall(r"\b(?:paa|faa|naar|saa|ogsaa|foer|naeste)\b", danish, re.IGNORECASE) == []  # no ASCII spellings


def used_keys() -> dict[str, list[str]]:
    """Every catalogue key the code names, with where it is named."""
    prefixes = {key.split(".", 1)[0] for key in MESSAGES}
    found: dict[str, list[str]] = {}
    for path in SOURCES:
        source = path.read_text(encoding="utf-8")
        for match in CALL.finditer(source):
            fn, key = match.group(1), match.group(3)
            if key.endswith("."):  # a prefix completed at run time: t("help." + key)
                continue
            key = f"help.{key}" if fn == "h" else key
            found.setdefault(key, []).append(f"{path.name}:{source.count(chr(10), 0, match.start()) + 1}")
        # keys passed along before they reach t(): checker.add(node, where, "p.empty"), _pick(..., "not_found.x")
        for match in LITERAL.finditer(source):
            key = match.group(2)
            line_start = source[source.rfind("\n", 0, match.start()) + 1:match.start()]
            if (key.split(".", 1)[0] in prefixes and not FILE_NAME.search(key)
                    and not re.match(r"\s*(import|from)\b", line_start)):
                found.setdefault(key, []).append(f"{path.name}:{source.count(chr(10), 0, match.start()) + 1}")
    return found


def test_the_scan_finds_what_it_should():
    keys = used_keys()
    assert len(keys) > 40
    for known in ("lang.unknown", "p.missing", "help.cmd.phases", "not_found.phase", "footer.authored"):
        assert known in keys, known


def test_every_key_the_code_uses_exists():
    missing = {key: where for key, where in used_keys().items() if key not in MESSAGES}
    assert missing == {}


def test_t_formats_in_the_given_language():
    assert t("error.prefix", "da") == "Fejl"
    assert t("error.prefix", "en") == "Error"
    assert t("phase.label", "en", number=3) == "Phase 3"
    assert t("phase.label", "da", number=3) == "Fase 3"


def test_there_is_no_current_language():
    """The language is passed from the CLI edge down; nothing holds a current one."""
    assert not hasattr(i18n, "set_lang") and not hasattr(i18n, "get_lang")
    with pytest.raises(TypeError):
        t("error.prefix")  # type: ignore[call-arg]


def test_a_message_parameter_is_put_in_words_in_the_same_language():
    from netleder.errors import BadInput, msg

    err = BadInput("p.expected_mapping", got=msg("t.number"))
    assert err.format("da")[0] == t("p.expected_mapping", "da", got=t("t.number", "da"))
    assert err.format("en")[0] == t("p.expected_mapping", "en", got=t("t.number", "en"))


def test_placeholders_may_be_called_key_or_lang():
    """`key` and `lang` are positional-only in t(), so they are free as placeholder names."""
    assert t("p.missing", "da", key="titel") == "mangler det påkrævede felt »titel«"
    assert t("p.unknown_key", "en", key="titel", allowed="id") == "unknown field 'titel' (allowed here: id)"


def test_resolve_lang(monkeypatch):
    assert resolve_lang(None) == "da"
    assert resolve_lang(" EN ") == "en"
    monkeypatch.setenv("NETLEDER_LANG", "en")
    assert resolve_lang(None) == "en"
    assert resolve_lang("da") == "da"
    monkeypatch.setenv("NETLEDER_LANG", "sv")
    with pytest.raises(BadInput) as info:
        resolve_lang(None)
    assert "NETLEDER_LANG" in info.value.format("da")[0] and "da, en" in info.value.format("da")[0]
    assert info.value.exit_code == 2


def test_plural_placeholders_pick_the_word_for_the_count():
    from netleder.i18n import t

    assert t("info.store_counts", "da", count=1, drafts=1) == "1 refleksion, heraf 1 kladde"
    assert t("info.store_counts", "da", count=3, drafts=0) == "3 refleksioner, heraf 0 kladder"
    assert t("info.store_counts", "en", count=1, drafts=2) == "1 reflection, 2 of them drafts"
    assert t("validate.failed", "en", count=1, dir="x") == "1 problem in x:"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_no_parenthesised_plurals(key):
    # "refleksion(er)" reads like a form; the catalogue says {count:plural:…|…} instead.
    for lang in LANGS:
        assert not re.search(r"\w\((er|r|s|e)\)", MESSAGES[key][lang]), (key, lang)


# The reverse check: every key in the catalogue is named somewhere in the code.
#
# help.* keys are checked by tests/test_help.py.
#
# A key counts as used when it occurs as a quoted literal ("x.y" or 'x.y') in netleder/**/*.py,
# leaving out the catalogue itself. That covers t("x.y", ...), msg("x.y"), and keys passed
# along or chosen from literals before they reach t() (key = "a.b" if ... else "a.c").
# A few families of keys are built at run time from a prefix and a value; each is listed here
# with the file and the code that builds it, and only the listed values count as used, so a
# key of the family with any other value is still reported.


class KeyFamily(NamedTuple):
    prefix: str
    file: str  # relative to netleder/
    code: str  # the code in `file` that builds the key
    values: tuple[str, ...]


def _key_families() -> tuple[KeyFamily, ...]:
    from netleder.reflection import FOLLOW_UP_STATUSES, NETWORK_TYPES

    store_kinds = ("full", "readonly", "busy", "damaged", "cantopen", "write", "other")  # error_kind(); notadb -> damaged
    return (
        KeyFamily("network_type.", "views/labels.py", 't(f"network_type.{value}", lang)', NETWORK_TYPES),
        KeyFamily("follow_up.", "views/labels.py", 't(f"follow_up.{status}", lang)', FOLLOW_UP_STATUSES),
        KeyFamily("store.reason.", "store/connection.py", 'msg(f"store.reason.{kind}"', store_kinds),
        KeyFamily("store.hint.", "store/connection.py", 'msg(f"store.hint.{kind}"', store_kinds),
        KeyFamily("info.lang.", "views/info.py", "t('info.lang.' + lang, lang)", LANGS),
        KeyFamily("info.lang_from.", "views/info.py", "t('info.lang_from.' + data['lang_source'], lang)",
                  ("option", "env", "default")),
        KeyFamily("history.col.", "views/history_page.py", 't(f"history.col.{key}", lang) for key in (',
                  ("id", "date", "network", "phase", "count", "strength", "growth")),
    )


def code_without_catalogue(path: Path) -> str:
    """The source of `path`; for netleder/i18n.py without the MESSAGES literal (which names every key)."""
    source = path.read_text(encoding="utf-8")
    if path != PACKAGE / "i18n.py":
        return source
    lines = source.splitlines(keepends=True)
    for node in ast.parse(source).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == "MESSAGES":
            return "".join(lines[: node.lineno - 1] + lines[node.end_lineno :])
    raise AssertionError("netleder/i18n.py has no MESSAGES")


def unused_keys(messages: dict) -> list[str]:
    """The keys of `messages` (help.* left out) that the package source never names."""
    code = "\n".join(code_without_catalogue(path) for path in SOURCES)
    families = _key_families()
    unused = []
    for key in messages:
        if key.startswith("help."):
            continue
        if f'"{key}"' in code or f"'{key}'" in code:
            continue
        if any(key.startswith(f.prefix) and key[len(f.prefix) :] in f.values for f in families):
            continue
        unused.append(key)
    return sorted(unused)


def test_every_catalogue_key_is_used():
    unused = unused_keys(MESSAGES)
    assert unused == [], "catalogue keys the code never names: " + ", ".join(unused)


@pytest.mark.parametrize("family", _key_families(), ids=lambda f: f.prefix)
def test_each_key_family_is_built_where_the_list_says(family):
    """The list of families stays true: the code that builds each one is still there, every
    value of it is a value the code has, and every value has its key in the catalogue."""
    assert family.code in (PACKAGE / family.file).read_text(encoding="utf-8"), family
    code = "\n".join(code_without_catalogue(path) for path in SOURCES)
    for value in family.values:
        assert f'"{value}"' in code or f"'{value}'" in code, (family.prefix, value)
        assert family.prefix + value in MESSAGES, family.prefix + value


def test_the_reverse_check_reports_a_key_nobody_uses():
    fake = dict(MESSAGES)
    fake["show.never_said"] = {"da": "aldrig", "en": "never"}
    fake["network_type.spaceship"] = {"da": "rumskib", "en": "spaceship"}  # a family prefix, a value no code has
    fake["store.reason"] = {"da": "årsag", "en": "reason"}  # the bare prefix of a family
    fake["help.not_checked_here"] = {"da": "hjælp", "en": "help"}
    added = ["network_type.spaceship", "show.never_said", "store.reason"]
    assert unused_keys(fake) == sorted(unused_keys(MESSAGES) + added)
    # the catalogue's own literal does not count as a use
    assert '"error.prefix"' in (PACKAGE / "i18n.py").read_text(encoding="utf-8")
    assert '"error.prefix"' not in code_without_catalogue(PACKAGE / "i18n.py")


def test_the_catalogue_is_a_leaf():
    """netleder/i18n.py imports nothing of netleder's: language resolution and OS-error wording
    live at the edge (netleder.cli.language, netleder.errors)."""
    tree = ast.parse(Path(i18n.__file__).read_text(encoding="utf-8"))
    imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    imported += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    assert not [name for name in imported if name.split(".")[0] == "netleder"], imported
