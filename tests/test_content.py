"""Core: the built-in content set, the model, and custom content folders (no CLI)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from netleder.content.loading import builtin_dir, load_competences, load_phases, resolve_data_dir
from netleder.content.model import CompetenceSet, PhaseSet
from netleder.content.schema import check_competences, check_phases
from netleder.content.yaml_check import ID_RE, SOURCES, Problem
from netleder.errors import ContentError, msg
from netleder.i18n import LANGS

PHASE_IDS = [
    "introduktion",
    "opstart",
    "design",
    "fokusering",
    "opdagelse",
    "retning",
    "ideudvikling",
    "konkretisering",
    "evaluering",
    "afrunding",
]
PHASE_NUMBERS = [None, 1, 2, 3, 4, 5, 6, 7, 8, None]
HANDBOOK_QUESTIONS = {"design": 1, "fokusering": 1, "evaluering": 1}  # phase id: its handbook key questions
DA_OPEN = ("Hvad", "Hvem", "Hvordan", "Hvornår", "Hvilke", "Hvilken", "Hvilket", "Hvor", "Hvorfor")


def all_texts(phases: PhaseSet, comps: CompetenceSet):
    """Every content text with a name saying where it is."""
    if phases.about.source_name:
        yield "phases.about", phases.about.source_name
    for p in phases.phases:
        yield f"{p.id}.title", p.title
        yield f"{p.id}.purpose", p.purpose
        for i, q in enumerate(p.questions, 1):
            yield f"{p.id}.questions[{i}]", q.text
        for i, tool in enumerate(p.tools, 1):
            yield f"{p.id}.tools[{i}]", tool
    if comps.about.source_name:
        yield "competences.about", comps.about.source_name
    for level in comps.scale:
        yield f"scale[{level.value}]", level.label
    for x in comps.competences:
        yield f"{x.id}.title", x.title
        yield f"{x.id}.description", x.description
        for i, q in enumerate(x.questions, 1):
            yield f"{x.id}.questions[{i}]", q.text


# --- the built-in set ----------------------------------------------------------------


def test_builtin_files_are_found_and_marked_builtin(phases, comps):
    assert phases.builtin and comps.builtin
    assert phases.path.name == "phases.yaml" and comps.path.name == "competences.yaml"
    assert phases.path.parent == builtin_dir() == comps.path.parent


def test_builtin_has_exactly_ten_competences_with_two_questions_each(comps):
    assert len(comps.competences) == 10
    assert [x.number for x in comps.competences] == list(range(1, 11))
    assert [len(x.questions) for x in comps.competences] == [2] * 10


def test_builtin_phases_in_model_order_with_two_to_four_questions(phases):
    assert [p.id for p in phases.phases] == PHASE_IDS
    assert [p.number for p in phases.phases] == PHASE_NUMBERS
    for p in phases.phases:
        assert 2 <= len(p.questions) <= 4, p.id
        if p.number is not None:
            assert len(p.questions) == 4, p.id


@pytest.mark.parametrize("kind", ["phases", "competences"])
def test_ids_are_ascii_unique_and_well_formed(phases, comps, kind):
    items = phases.phases if kind == "phases" else comps.competences
    ids = [item.id for item in items]
    assert len(set(ids)) == len(ids)
    for item_id in ids:
        assert item_id.isascii() and ID_RE.match(item_id), item_id


def test_every_text_has_both_languages_and_they_differ(phases, comps):
    seen = 0
    for where, text in all_texts(phases, comps):
        seen += 1
        for lang in LANGS:
            value = text(lang)
            assert isinstance(value, str) and value.strip(), f"{where}.{lang} is empty"
            assert value == value.strip(), f"{where}.{lang} has stray spaces"
        # A text copied into both languages is a translation that was forgotten.
        if not where.endswith(".about"):
            assert text.da != text.en, f"{where}: Danish and English are the same"
    assert seen > 120


def test_danish_letters_survive_loading(phases, comps):
    danish = " ".join(text.da for _, text in all_texts(phases, comps))
    for letter in "æøå":
        assert letter in danish


def test_questions_are_open_questions_in_both_languages(phases, comps):
    questions = [q for p in phases.phases for q in p.questions]
    questions += [q for x in comps.competences for q in x.questions]
    assert len(questions) >= 20 + 2 * len(phases.phases)
    for q in questions:
        assert q.text.da.endswith("?") and q.text.en.endswith("?"), q.text
        # Open, not yes/no: a Danish yes/no question starts with its verb ("Har jeg …?").
        assert q.text.da.split()[0] in DA_OPEN, q.text.da


def test_provenance(phases, comps):
    for p in phases.phases:
        expected = "authored" if p.id == "retning" else "handbook"
        assert p.source == expected, p.id
        assert p.number_source in (None, *SOURCES)
        # the handbook poses key questions of its own only in phases 2, 3 and 8; the rest are authored
        # (phase 3's question built on the handbook's »Hvordan kan vi …?« form is the project's)
        assert sum(q.source == "handbook" for q in p.questions) == HANDBOOK_QUESTIONS.get(p.id, 0), p.id
    for x in comps.competences:
        assert x.source == ("authored" if x.number >= 8 else "handbook"), x.id
        for q in x.questions:
            assert q.source == "authored", x.id
    for about in (phases.about, comps.about):
        assert about.source_name is not None
        assert about.source_url and about.source_url.startswith("https://")
        assert "Albertslund" in about.source_name("da") and "Albertslund" in about.source_name("en")


def test_scale_is_one_to_five_with_labels(comps):
    assert comps.scale_values == (1, 2, 3, 4, 5)
    labels = [comps.scale_label(v, "da") for v in comps.scale_values]
    assert len(set(labels)) == 5 and all(labels)
    assert comps.scale_label(3, "en") == comps.scale[2].label.en
    assert comps.scale_label(9, "da") == "9"


def test_find_by_number_or_id(phases, comps):
    assert phases.find("3").id == "fokusering"
    assert phases.find(" Opstart ").number == 1
    assert phases.find("afrunding").number is None
    assert phases.find("0") is None and phases.find("9") is None and phases.find("nope") is None
    assert comps.find("8").id == "fremdrift"
    assert comps.find("trygt-rum").number == 3
    assert comps.find("11") is None


def test_model_is_frozen(comps):
    with pytest.raises(AttributeError):
        comps.competences[0].title = None  # type: ignore[misc]


def test_phase_label(phases):
    assert phases.find("3").label("da") == "Fase 3"
    assert phases.find("3").label("en") == "Phase 3"
    assert phases.find("introduktion").label("en").startswith("Introduction")


def test_builtin_files_load_without_problems_through_check(phases):
    for name, check in (("phases.yaml", check_phases), ("competences.yaml", check_competences)):
        model, problems = check(builtin_dir() / name, builtin=True)
        assert problems == [] and model is not None


# --- custom content --------------------------------------------------------------------


def competence_yaml(count: int, questions: int, scale: range = range(1, 6)) -> str:
    """A valid competences.yaml with `count` competences of `questions` questions each."""
    lines = ["scale:"]
    for v in scale:
        lines += [f"  - value: {v}", f"    label: {{da: 'Niveau {v}', en: 'Level {v}'}}"]
    lines.append("competences:")
    for n in range(1, count + 1):
        lines += [
            f"  - id: egen-{n}",
            f"    number: {n}",
            "    source: authored",
            f"    title: {{da: 'Egen kompetence {n}', en: 'Own competence {n}'}}",
            f"    description: {{da: 'Beskrivelse {n} med æøå', en: 'Description {n}'}}",
            "    questions:",
        ]
        for q in range(1, questions + 1):
            lines.append(f"      - {{source: handbook, text: {{da: 'Hvad gør jeg {n}.{q}?', en: 'What do I do {n}.{q}?'}}}}")
    return "\n".join(lines) + "\n"


def phase_yaml(count: int) -> str:
    return textwrap.dedent(
        """\
        phases:
        """
    ) + "".join(
        textwrap.dedent(
            f"""\
              - id: trin-{n}
                number: {n}
                source: authored
                title: {{da: "Trin {n}", en: "Step {n}"}}
                purpose: {{da: "Formål {n}", en: "Purpose {n}"}}
                questions:
                  - source: authored
                    text: {{da: "Hvem {n}?", en: "Who {n}?"}}
            """
        )
        for n in range(1, count + 1)
    )


def test_custom_competences_only_falls_back_to_builtin_phases(tmp_path):
    (tmp_path / "competences.yaml").write_text(competence_yaml(3, 4), encoding="utf-8")
    folder, where = resolve_data_dir(tmp_path)
    assert folder == tmp_path and where == "--data-dir"

    comps = load_competences(folder)
    assert not comps.builtin and comps.path == tmp_path / "competences.yaml"
    assert [x.id for x in comps.competences] == ["egen-1", "egen-2", "egen-3"]
    assert [len(x.questions) for x in comps.competences] == [4, 4, 4]
    assert comps.competences[0].description("da") == "Beskrivelse 1 med æøå"
    assert comps.competences[2].questions[3].text("en") == "What do I do 3.4?"

    phases = load_phases(folder)
    assert phases.builtin and [p.id for p in phases.phases] == PHASE_IDS


def test_custom_phases_only_falls_back_to_builtin_competences(tmp_path):
    (tmp_path / "phases.yaml").write_text(phase_yaml(2), encoding="utf-8")
    phases = load_phases(tmp_path)
    assert not phases.builtin and [p.title("en") for p in phases.phases] == ["Step 1", "Step 2"]
    assert phases.about.source_name is None
    assert load_competences(tmp_path).builtin


@pytest.mark.parametrize("count,questions", [(1, 1), (3, 4), (30, 5)])
def test_custom_sets_within_the_limits_load(tmp_path, count, questions):
    (tmp_path / "competences.yaml").write_text(competence_yaml(count, questions), encoding="utf-8")
    comps = load_competences(tmp_path)
    assert len(comps.competences) == count
    assert {len(x.questions) for x in comps.competences} == {questions}


def test_custom_scale_other_range_is_sorted(tmp_path):
    text = competence_yaml(1, 1, scale=range(1, 4))
    # levels written out of order load sorted
    text = text.replace("  - value: 1\n    label: {da: 'Niveau 1', en: 'Level 1'}\n", "", 1)
    text = text.replace("competences:\n", "  - value: 1\n    label: {da: 'Niveau 1', en: 'Level 1'}\ncompetences:\n", 1)
    (tmp_path / "competences.yaml").write_text(text, encoding="utf-8")
    assert load_competences(tmp_path).scale_values == (1, 2, 3)


def test_netleder_data_dir_environment_variable(tmp_path, monkeypatch):
    (tmp_path / "competences.yaml").write_text(competence_yaml(3, 4), encoding="utf-8")
    monkeypatch.setenv("NETLEDER_DATA_DIR", str(tmp_path))
    folder, where = resolve_data_dir(None)
    assert folder == tmp_path and where == "NETLEDER_DATA_DIR"
    assert len(load_competences(folder).competences) == 3
    # the option wins over the environment
    other = tmp_path / "other"
    other.mkdir()
    assert resolve_data_dir(other) == (other, "--data-dir")


def test_empty_netleder_data_dir_means_builtin(monkeypatch):
    monkeypatch.setenv("NETLEDER_DATA_DIR", "  ")
    assert resolve_data_dir(None)[0] is None


@pytest.mark.parametrize("source", ["option", "env"])
def test_data_dir_that_does_not_exist(tmp_path, monkeypatch, source):
    missing = tmp_path / "findes-ikke"
    if source == "env":
        monkeypatch.setenv("NETLEDER_DATA_DIR", str(missing))
    with pytest.raises(ContentError) as info:
        resolve_data_dir(missing if source == "option" else None)
    assert str(missing) in info.value.format("da")[0]
    assert ("--data-dir" if source == "option" else "NETLEDER_DATA_DIR") in info.value.format("da")[0]
    assert "findes ikke" in info.value.format("da")[0]


def test_data_dir_that_is_a_file(tmp_path):
    a_file = tmp_path / "phases.yaml"
    a_file.write_text("phases: []\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        resolve_data_dir(a_file)
    assert "ikke en mappe" in info.value.format("da")[0]


def test_load_error_names_file_line_and_how_to_fix(tmp_path):
    text = competence_yaml(2, 2).replace("id: egen-2", "id: egen-1")
    (tmp_path / "competences.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_competences(tmp_path)
    err = info.value
    assert err.exit_code == 2
    assert str(tmp_path / "competences.yaml") in err.format("da")[0] and "1 fejl" in err.format("da")[0]
    line = text.splitlines().index("  - id: egen-1", 20) + 1
    assert any(f"competences.yaml, linje {line}" in d and "egen-1" in d for d in err.format("da")[1])
    assert "netleder validate --help" in err.format("da")[1][-1]


def test_load_error_shows_eight_problems_and_points_to_validate(tmp_path):
    text = competence_yaml(12, 1)
    for n in range(1, 13):  # twelve problems: every English title gone
        text = text.replace(f", en: 'Own competence {n}'", "")
    (tmp_path / "competences.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_competences(tmp_path)
    details = info.value.format("da")[1]
    assert "12 fejl" in info.value.format("da")[0]
    assert sum("mangler teksten på sproget »en«" in d for d in details) == 8
    assert any("4 mere" in d and "netleder validate" in d for d in details)


def test_problem_text(tmp_path):
    problem = Problem(tmp_path / "phases.yaml", 7, "phases[2] (opstart).title", msg("p.empty_text"))
    assert problem.format("da") == "phases.yaml, linje 7: phases[2] (opstart).title: teksten er tom"
    assert problem.format("en").startswith("phases.yaml, line 7: phases[2] (opstart).title: ")
    assert Problem(tmp_path / "phases.yaml", None, "", msg("p.empty")).format("da") == "phases.yaml: filen er tom"


def test_packaged_data_is_declared_in_pyproject():
    """The wheel ships data/*.yaml as netleder/data (test_package proves it end to end)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the test extra installs tomli, the same parser
        import tomli as tomllib
    config = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"]["netleder.data"] == "data"
    assert "*.yaml" in setuptools["package-data"]["netleder.data"]
    # every subpackage ships: a folder of netleder/ missing from the list would be left out
    folders = {p.parent for p in (Path(__file__).parent.parent / "netleder").rglob("__init__.py")}
    declared = {".".join(p.relative_to(Path(__file__).parent.parent).parts) for p in folders}
    assert declared <= set(setuptools["packages"]), declared - set(setuptools["packages"])


def test_the_scale_measures_one_thing_in_five_distinct_steps(comps):
    """Frequency only (the question asks how often): five steps from almost never to almost
    always, none about robustness, the middle one neutral, so the strengths/growth rule (upper
    part / lower part / middle neither) reads the same as the steps."""
    assert comps.scale_question.da == "Hvor ofte gør jeg dette i praksis?"
    labels = [level.label.da for level in comps.scale]
    assert labels == ["Næsten aldrig", "Sjældent", "Nogle gange", "Ofte", "Næsten altid"]
    assert [level.label.en for level in comps.scale] == ["Almost never", "Rarely", "Sometimes", "Often",
                                                         "Almost always"]
    assert not any("svært" in label for label in labels)


def test_competence_questions_are_first_person_singular_and_varied_in_form(comps):
    questions = [q.text for x in comps.competences for q in x.questions]
    for q in questions:
        words = q.da.lower().replace(",", " ").replace("?", " ").split()
        assert "jeg" in words and "vi" not in words, q.da  # the leader's own practice, not "we"
        assert " I " in f" {q.en} " and "we" not in q.en.lower().replace("?", " ").split(), q.en
        assert q.da.count("?") == 1 and q.en.count("?") == 1, q
    # not a set of one formula: few questions of the form "…, og hvad/hvordan …?"
    formula = [q.da for q in questions if ", og hv" in q.da]
    assert len(formula) <= 3, formula


def test_the_introduction_explains_the_co_driver_and_says_networks_are_well_suited(phases):
    intro = phases.find("introduktion")
    assert "co-driver" in intro.purpose.da and "co-driver" in intro.purpose.en
    assert "egner sig godt" in intro.purpose.da and "well suited" in intro.purpose.en
    assert "den rette arbejdsform" not in intro.purpose.da
