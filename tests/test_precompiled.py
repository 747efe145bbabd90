"""The built-in content's precompiled form (netleder/content/builtin-content.marshal): the same
model as the YAML gives, read only while it was made from the YAML as it is, and readable as
package data from a zip archive as well as from a folder."""

from __future__ import annotations

import marshal
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from netleder.content import loading, precompiled
from netleder.content.loading import builtin_dir, load_competences, load_model, load_phases
from netleder.content.schema import check_competences, check_phases

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_form_is_made_from_the_yaml_as_it_is():
    """Fails when data/*.yaml or the model changed without the form: regenerate it with
    `python -m netleder.content.precompiled`. Compared as the values it holds, not as bytes:
    each Python writes the same values in bytes of its own (marshal's back-references), and the
    form is made on one Python and read on all of them."""
    shipped = marshal.loads(precompiled.form_path().read_bytes())
    assert shipped == marshal.loads(precompiled.build(builtin_dir())), (
        "the precompiled content is stale: run python -m netleder.content.precompiled")


def test_it_gives_the_model_the_yaml_gives():
    found = loading.builtin_model()
    assert found is not None
    phases, _ = check_phases(builtin_dir() / "phases.yaml", True)
    comps, _ = check_competences(builtin_dir() / "competences.yaml", True)
    assert found == (phases, comps)
    assert load_phases() is found[0] and load_competences() is found[1]
    assert load_model() == found
    assert found[0].path == builtin_dir() / "phases.yaml" and found[0].builtin


@pytest.fixture
def own_builtin(tmp_path, monkeypatch) -> Path:
    """A copy of the built-in content that the test may edit, used as the built-in folder."""
    folder = tmp_path / "data"
    shutil.copytree(builtin_dir(), folder)
    monkeypatch.setattr(loading, "builtin_dir", lambda: folder)
    return folder


def test_an_edited_yaml_is_read_from_the_yaml(own_builtin):
    path = own_builtin / "phases.yaml"
    text = path.read_text(encoding="utf-8")
    first = load_phases().phases[0].title.da
    path.write_text(text.replace(first, first + " (redigeret)", 1), encoding="utf-8")
    assert loading.builtin_model() is None
    assert load_phases().phases[0].title.da == first + " (redigeret)"


def test_an_edited_yaml_is_still_validated(own_builtin):
    from netleder.errors import ContentError

    path = own_builtin / "competences.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nnot: [valid\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_competences()


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe3" + b"\x00" * 40])
def test_a_damaged_form_falls_back_to_the_yaml(monkeypatch, damage):
    monkeypatch.setattr(precompiled, "_form_bytes", lambda: damage)
    loading._PRECOMPILED.clear()
    assert loading.builtin_model() is None
    assert load_phases().phases  # from the YAML
    loading._PRECOMPILED.clear()


def test_a_changed_model_does_not_read_an_old_form(monkeypatch):
    """The digest covers the model's shape: a record with another field reads the YAML."""
    from netleder.content import model

    assert precompiled.read([b"x"], (Path("a"), Path("b"))) is None  # other YAML bytes
    sources = [(builtin_dir() / name).read_bytes() for name in ("phases.yaml", "competences.yaml")]
    paths = (builtin_dir() / "phases.yaml", builtin_dir() / "competences.yaml")
    assert precompiled.read(sources, paths) is not None
    monkeypatch.setattr(model.Text, "_fields", ("da", "en", "de"))
    assert precompiled.read(sources, paths) is None


def test_it_is_read_from_a_zip_archive(tmp_path):
    """As package data: from a zip on sys.path (zipimport), as from a folder."""
    archive = tmp_path / "netleder.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((ROOT / "netleder").rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(ROOT).as_posix())
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2])\n"
        "from netleder.content import precompiled\n"
        "assert precompiled.__file__.startswith(sys.argv[1]), precompiled.__file__\n"
        "from pathlib import Path\n"
        "data = Path(sys.argv[3])\n"
        "names = ('phases.yaml', 'competences.yaml')\n"
        "found = precompiled.read([(data / n).read_bytes() for n in names], tuple(data / n for n in names))\n"
        "print(len(found[0].phases), len(found[1].competences))\n"
    )
    site = next(p for p in sys.path if p.endswith("site-packages"))
    proc = subprocess.run([sys.executable, "-I", "-c", code, str(archive), site, str(builtin_dir())],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    phases, comps = map(int, proc.stdout.split())
    assert phases == len(load_phases().phases) and comps == len(load_competences().competences)
