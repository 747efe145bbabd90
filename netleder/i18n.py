"""Every user-facing UI string, in Danish (the default) and English, in one place.

Content texts (phases, competences, scale labels) live in the YAML files; this catalogue
holds everything else the program says. `t(key, **params)` formats a string in the current
language. A test checks that every entry has both languages with the same placeholders.
"""

from __future__ import annotations

import os

LANGS = ("da", "en")
DEFAULT_LANG = "da"

_current = DEFAULT_LANG


def set_lang(lang: str) -> None:
    global _current
    _current = lang


def get_lang() -> str:
    return _current


def resolve_lang(option: str | None) -> str:
    """The language from --lang, else NETLEDER_LANG, else Danish. Raises BadInput."""
    from netleder.errors import BadInput

    value = option if option is not None else os.environ.get("NETLEDER_LANG") or DEFAULT_LANG
    value = value.strip().lower()
    if value not in LANGS:
        where = "--lang" if option is not None else "NETLEDER_LANG"
        raise BadInput(t("lang.unknown", value=value, where=where, choices=", ".join(LANGS)))
    return value


def t(key: str, lang: str | None = None, **params: object) -> str:
    entry = MESSAGES[key]
    text = entry[lang or _current]
    return text.format(**params) if params else text


MESSAGES: dict[str, dict[str, str]] = {
    # --- general ---------------------------------------------------------------------
    "lang.unknown": {
        "da": "Ukendt sprog '{value}' i {where}. Vælg et af: {choices}.",
        "en": "Unknown language '{value}' in {where}. Choose one of: {choices}.",
    },
    "error.prefix": {"da": "Fejl", "en": "Error"},
    "interrupted": {"da": "Afbrudt.", "en": "Interrupted."},
    "format.unknown": {
        "da": "Ukendt format '{value}'. Vælg et af: {choices}.",
        "en": "Unknown format '{value}'. Choose one of: {choices}.",
    },
    "format.unsupported": {
        "da": "Formatet '{value}' findes ikke for denne kommando. Vælg et af: {choices}.",
        "en": "The format '{value}' is not available for this command. Choose one of: {choices}.",
    },
    # --- output files ----------------------------------------------------------------
    "output.exists": {
        "da": "Filen {path} findes allerede. Vælg et andet navn, eller brug --force for at erstatte den.",
        "en": "The file {path} already exists. Choose another name, or use --force to replace it.",
    },
    "output.no_dir": {
        "da": "Mappen {path} findes ikke. Opret den først, eller vælg en anden sti til --output.",
        "en": "The folder {path} does not exist. Create it first, or choose another path for --output.",
    },
    "output.is_dir": {
        "da": "{path} er en mappe. Angiv et filnavn til --output.",
        "en": "{path} is a folder. Give a file name to --output.",
    },
    "output.failed": {
        "da": "Kunne ikke skrive {path}: {reason}. Intet er ændret.",
        "en": "Could not write {path}: {reason}. Nothing was changed.",
    },
    "output.written": {"da": "Skrevet til {path}", "en": "Written to {path}"},
    # --- content loading -------------------------------------------------------------
    "content.data_dir_missing": {
        "da": "Indholdsmappen {path} (fra {where}) findes ikke. Ret stien, eller fjern {where} for at bruge det indbyggede indhold.",
        "en": "The content folder {path} (from {where}) does not exist. Fix the path, or drop {where} to use the built-in content.",
    },
    "content.data_dir_not_dir": {
        "da": "{path} (fra {where}) er ikke en mappe. Angiv en mappe med phases.yaml og/eller competences.yaml.",
        "en": "{path} (from {where}) is not a folder. Give a folder containing phases.yaml and/or competences.yaml.",
    },
    "content.dir_empty": {
        "da": "Mappen {path} indeholder hverken phases.yaml eller competences.yaml.",
        "en": "The folder {path} contains neither phases.yaml nor competences.yaml.",
    },
    "content.invalid": {
        "da": "Indholdsfilen {path} har {count} fejl:",
        "en": "The content file {path} has {count} problem(s):",
    },
    "content.more": {
        "da": "… og {count} mere. Kør 'netleder validate {dir}' for at se dem alle.",
        "en": "… and {count} more. Run 'netleder validate {dir}' to see them all.",
    },
    "content.fix_hint": {
        "da": "Ret filen og prøv igen. Formatet er beskrevet i README.",
        "en": "Fix the file and try again. The format is described in the README.",
    },
    "content.loc.line": {"da": "linje {line}", "en": "line {line}"},
    "content.loc.field": {"da": "felt {field}", "en": "field {field}"},
    # problems (one per kind)
    "p.is_dir": {"da": "er en mappe, ikke en fil", "en": "is a folder, not a file"},
    "p.unreadable": {"da": "kan ikke læses ({reason})", "en": "cannot be read ({reason})"},
    "p.too_big": {
        "da": "filen er for stor ({size} byte; højst {limit} byte)",
        "en": "the file is too large ({size} bytes; at most {limit} bytes)",
    },
    "p.not_utf8": {
        "da": "filen er ikke gemt som UTF-8 (ugyldig byte ved position {pos}); gem den som UTF-8",
        "en": "the file is not saved as UTF-8 (invalid byte at position {pos}); save it as UTF-8",
    },
    "p.yaml_syntax": {"da": "YAML-syntaksfejl: {reason}", "en": "YAML syntax error: {reason}"},
    "p.empty": {"da": "filen er tom", "en": "the file is empty"},
    "p.several_docs": {
        "da": "filen indeholder flere YAML-dokumenter (---); brug ét",
        "en": "the file contains several YAML documents (---); use one",
    },
    "p.tag": {
        "da": "YAML-mærket {tag} er ikke tilladt; brug almindelig tekst, tal og lister",
        "en": "the YAML tag {tag} is not allowed; use plain text, numbers and lists",
    },
    "p.too_complex": {
        "da": "dokumentet er for dybt indlejret eller bruger for mange aliaser (over {limit} elementer)",
        "en": "the document is nested too deeply or uses too many aliases (over {limit} elements)",
    },
    "p.expected_mapping": {
        "da": "skal være en mapping (nøgle: værdi), ikke {got}",
        "en": "must be a mapping (key: value), not {got}",
    },
    "p.expected_list": {"da": "skal være en liste, ikke {got}", "en": "must be a list, not {got}"},
    "p.expected_text": {"da": "skal være tekst, ikke {got}", "en": "must be text, not {got}"},
    "p.expected_int": {"da": "skal være et helt tal, ikke {got}", "en": "must be a whole number, not {got}"},
    "p.empty_text": {"da": "teksten er tom", "en": "the text is empty"},
    "p.missing": {"da": "mangler det påkrævede felt '{key}'", "en": "the required field '{key}' is missing"},
    "p.unknown_key": {
        "da": "ukendt felt '{key}' (tilladt her: {allowed})",
        "en": "unknown field '{key}' (allowed here: {allowed})",
    },
    "p.dup_key": {"da": "feltet '{key}' står to gange", "en": "the field '{key}' appears twice"},
    "p.missing_lang": {
        "da": "mangler teksten på sproget '{lang}'",
        "en": "the text in language '{lang}' is missing",
    },
    "p.bad_id": {
        "da": "id '{value}' er ugyldigt: brug små bogstaver a-z, tal og bindestreg, begyndende med et bogstav",
        "en": "the id '{value}' is invalid: use lowercase a-z, digits and hyphens, starting with a letter",
    },
    "p.dup_id": {
        "da": "id '{value}' findes allerede (linje {other})",
        "en": "the id '{value}' is already used (line {other})",
    },
    "p.dup_number": {
        "da": "nummer {value} findes allerede (linje {other})",
        "en": "the number {value} is already used (line {other})",
    },
    "p.number_range": {"da": "nummeret skal være 1 eller større", "en": "the number must be 1 or more"},
    "p.bad_source": {
        "da": "kilde '{value}' er ugyldig; brug 'handbook' eller 'authored'",
        "en": "the source '{value}' is invalid; use 'handbook' or 'authored'",
    },
    "p.count": {
        "da": "skal have {low} til {high} elementer, men har {count}",
        "en": "must have {low} to {high} items, but has {count}",
    },
    "p.scale_dup": {"da": "værdien {value} står mere end én gang", "en": "the value {value} appears more than once"},
    "p.scale_gap": {
        "da": "skalaens værdier skal være på hinanden følgende hele tal; {missing} mangler",
        "en": "the scale's values must be consecutive whole numbers; {missing} is missing",
    },
    "p.bad_url": {"da": "skal være en adresse, der begynder med https://", "en": "must be an address starting with https://"},
    "t.mapping": {"da": "en mapping", "en": "a mapping"},
    "t.list": {"da": "en liste", "en": "a list"},
    "t.text": {"da": "tekst", "en": "text"},
    "t.number": {"da": "et tal", "en": "a number"},
    "t.bool": {"da": "en sandhedsværdi (ja/nej)", "en": "a boolean (yes/no)"},
    "t.null": {"da": "ingenting (tom værdi)", "en": "nothing (an empty value)"},
    # validate command
    "validate.ok": {"da": "OK: {dir}", "en": "OK: {dir}"},
    "validate.phases": {
        "da": "  phases.yaml: {count} faser, {questions} nøglespørgsmål",
        "en": "  phases.yaml: {count} phases, {questions} key questions",
    },
    "validate.competences": {
        "da": "  competences.yaml: {count} kompetencer, {questions} spørgsmål, skala {low}–{high}",
        "en": "  competences.yaml: {count} competences, {questions} questions, scale {low}–{high}",
    },
    "validate.builtin": {
        "da": "  {name}: findes ikke i mappen; den indbyggede bruges",
        "en": "  {name}: not in the folder; the built-in one is used",
    },
    "validate.failed": {
        "da": "{count} fejl i {dir}:",
        "en": "{count} problem(s) in {dir}:",
    },
    "validate.builtin_dir": {"da": "det indbyggede indhold", "en": "the built-in content"},
    # --- phases and competences ------------------------------------------------------
    "phases.heading": {"da": "Netværksmodellens faser", "en": "The phases of the network model"},
    "competences.heading": {"da": "Netværkslederens ti kompetencer", "en": "The network leader's ten competences"},
    "competences.heading_n": {"da": "Netværkslederens kompetencer ({count})", "en": "The network leader's competences ({count})"},
    "col.number": {"da": "Nr.", "en": "No."},
    "col.phase": {"da": "Fase", "en": "Phase"},
    "col.purpose": {"da": "Formål", "en": "Purpose"},
    "col.competence": {"da": "Kompetence", "en": "Competence"},
    "col.description": {"da": "Beskrivelse", "en": "Description"},
    "phase.label": {"da": "Fase {number}", "en": "Phase {number}"},
    "phase.unnumbered": {"da": "–", "en": "–"},
    "phase.purpose": {"da": "Formål", "en": "Purpose"},
    "phase.questions": {"da": "Nøglespørgsmål", "en": "Key questions"},
    "phase.tools": {"da": "Værktøjer, roller og metoder", "en": "Tools, roles and methods"},
    "phase.no_tools": {"da": "Ingen navngivne værktøjer.", "en": "No named tools."},
    "competence.label": {"da": "Kompetence {number}", "en": "Competence {number}"},
    "competence.questions": {"da": "Spørgsmål til dig selv", "en": "Questions to ask yourself"},
    "scale.heading": {"da": "Skala til selvvurdering", "en": "Self-assessment scale"},
    "not_found.phase": {
        "da": "Der er ingen fase '{value}'. Vælg et nummer eller id: {choices}.",
        "en": "There is no phase '{value}'. Choose a number or id: {choices}.",
    },
    "not_found.competence": {
        "da": "Der er ingen kompetence '{value}'. Vælg et nummer eller id: {choices}.",
        "en": "There is no competence '{value}'. Choose a number or id: {choices}.",
    },
    "mark.authored": {"da": "skrevet af netleder", "en": "written by netleder"},
    "footer.source": {
        "da": "Kilde: {source}. Teksterne er gengivet med netleders egne ord.",
        "en": "Source: {source}. The texts are given in netleder's own words.",
    },
    "footer.authored": {
        "da": "Tekster mærket {mark} er skrevet af netleder-projektet og står ikke i håndbogen.",
        "en": "Texts marked {mark} were written by the netleder project and are not in the handbook.",
    },
    "footer.custom": {
        "da": "Indhold fra {path}.",
        "en": "Content from {path}.",
    },
    "footer.generated": {"da": "Udskrevet med netleder {version}", "en": "Printed with netleder {version}"},
    # --- reflect ----------------------------------------------------------------------
    "reflect.resume_and_fresh": {
        "da": "--resume og --fresh kan ikke bruges sammen. Vælg én af dem.",
        "en": "--resume and --fresh cannot be used together. Choose one of them.",
    },
    "reflect.no_tty": {
        "da": "netleder reflect stiller spørgsmål og skal køres i en terminal. Uden terminal: "
        "skriv dine svar i en YAML-fil og kør 'netleder reflect --answers FIL' (se README).",
        "en": "netleder reflect asks questions and must run in a terminal. Without a terminal: "
        "write your answers in a YAML file and run 'netleder reflect --answers FILE' (see the README).",
    },
    "reflect.saved": {
        "da": "Refleksionen er gemt som {id} i {path}",
        "en": "The reflection is saved as {id} in {path}",
    },
    # --- command line: usage and help ------------------------------------------------
    "usage.no_such_option": {
        "da": "Ukendt tilvalg {name}.",
        "en": "Unknown option {name}.",
    },
    "usage.see_help": {
        "da": "Se '{command} --help' for, hvordan kommandoen bruges.",
        "en": "See '{command} --help' for how to use the command.",
    },
    "help.app": {
        "da": "Refleksion over netværksledelse: netværksmodellens faser, netværkslederens "
        "kompetencer og din egen refleksion over dem. Alt gemmes kun på denne maskine.",
        "en": "Reflection on network leadership: the phases of the network model, the network "
        "leader's competences and your own reflection on them. Everything stays on this machine.",
    },
    "help.opt.lang": {
        "da": "Sprog: da (dansk, standard) eller en (engelsk). Også NETLEDER_LANG.",
        "en": "Language: da (Danish, the default) or en (English). Also NETLEDER_LANG.",
    },
    "help.opt.data_dir": {
        "da": "Mappe med egne phases.yaml og/eller competences.yaml (det, der mangler, tages fra det "
        "indbyggede indhold). Også NETLEDER_DATA_DIR.",
        "en": "Folder with your own phases.yaml and/or competences.yaml (what is missing comes from the "
        "built-in content). Also NETLEDER_DATA_DIR.",
    },
    "help.opt.format": {
        "da": "Format: text, markdown, html eller json.",
        "en": "Format: text, markdown, html or json.",
    },
    "help.opt.output": {
        "da": "Skriv til denne fil i stedet for skærmen.",
        "en": "Write to this file instead of the screen.",
    },
    "help.opt.force": {
        "da": "Erstat filen i --output, hvis den findes.",
        "en": "Replace the --output file if it exists.",
    },
    "help.opt.version": {"da": "Vis versionen og afslut.", "en": "Show the version and exit."},
    "help.cmd.phases": {
        "da": "Netværksmodellens faser: et overblik, eller én fase i sin helhed. Kan udskrives som "
        "handout (--format html).",
        "en": "The phases of the network model: an overview, or one phase in full. Printable as a "
        "handout (--format html).",
    },
    "help.cmd.competences": {
        "da": "Netværkslederens kompetencer: alle med beskrivelse, eller én med dens spørgsmål.",
        "en": "The network leader's competences: all with their description, or one with its questions.",
    },
    "help.cmd.validate": {
        "da": "Kontrollér en mappe med eget indhold og vis alle fejl (eller OK med antal).",
        "en": "Check a folder of your own content and show every problem (or OK with counts).",
    },
    "help.cmd.reflect": {
        "da": "Reflektér over dine kompetencer som netværksleder: læs hver kompetence, svar på dens "
        "spørgsmål og vurdér dig selv. Hvert svar gemmes med det samme, kun på denne maskine.",
        "en": "Reflect on your competences as a network leader: read each competence, answer its "
        "questions and rate yourself. Every answer is saved at once, only on this machine.",
    },
    "help.opt.answers": {
        "da": "Tag hele refleksionen fra en YAML-fil i stedet for at spørge (se README).",
        "en": "Take the whole reflection from a YAML file instead of asking (see the README).",
    },
    "help.opt.format_reflect": {
        "da": "Format for resultatet: text (opsummering) eller json.",
        "en": "Format of the result: text (summary) or json.",
    },
    "help.opt.resume": {
        "da": "Fortsæt en påbegyndt refleksion uden at spørge.",
        "en": "Resume an unfinished reflection without asking.",
    },
    "help.opt.fresh": {
        "da": "Begynd forfra uden at spørge (en påbegyndt refleksion gemmes som kladde).",
        "en": "Start afresh without asking (an unfinished reflection is kept as a draft).",
    },
    "help.opt.competence": {
        "da": "Reflektér kun over denne kompetence (id eller nummer); kan gentages.",
        "en": "Reflect on this competence only (id or number); may be repeated.",
    },
    "help.arg.phase": {"da": "En fases nummer eller id.", "en": "A phase's number or id."},
    "help.arg.competence": {"da": "En kompetences nummer eller id.", "en": "A competence's number or id."},
    "help.arg.validate_dir": {
        "da": "Mappen, der skal kontrolleres (standard: det indhold, netleder bruger nu).",
        "en": "The folder to check (default: the content netleder uses now).",
    },
}
