"""Every user-facing UI string, in Danish (the default) and English, in one place.

Content texts (phases, competences, scale labels) live in the YAML files; this catalogue
holds everything else the program says. `t(key, lang, **params)` formats a string in the
language given (there is no current language: the CLI edge chooses it and passes it down). A test checks that every entry has both languages with the same placeholders.
"""

from __future__ import annotations

from typing import Any

LANGS = ("da", "en")
DEFAULT_LANG = "da"


_LANG_NAMES = {"dansk": "da", "danish": "da", "engelsk": "en", "english": "en"}


def lang_code(value: str) -> str | None:
    """'da' or 'en' for a language as people and systems write it: da, EN, en_GB, en-US,
    da_DK.UTF-8, dansk, English; None for anything else."""
    value = value.strip().lower()
    value = _LANG_NAMES.get(value, value)
    code = value.split(".", 1)[0].replace("-", "_").split("_", 1)[0]
    return code if code in LANGS else None


def t(key: str, lang: str, /, **params: object) -> str:
    """The message `key` in `lang`, formatted with `params`.

    The language is always given: it is chosen once at the CLI edge and passed down. A
    parameter may itself be a message not yet in words (netleder.errors.Msg, or a list of
    them), which is put in words in the same language. `key` and `lang` are positional-only,
    so a placeholder may be called {key} or {lang}.
    """
    text = MESSAGES[key][lang]
    if not params:
        return text
    params = {name: _in_words(value, lang) for name, value in params.items()}
    if ":plural:" in text or ":join}" in text:
        return text.format(**{name: _Spelled(value) for name, value in params.items()})
    return text.format(**params)


def _in_words(value: object, lang: str) -> object:
    """A parameter in words: a message not yet in words (anything with a key and .format(lang),
    such as netleder.errors.Msg) in `lang`, a list item by item, anything else as it is."""
    if isinstance(value, list):
        return [_in_words(item, lang) for item in value]
    fmt = getattr(value, "format", None)
    if callable(fmt) and not isinstance(value, str) and hasattr(value, "key"):
        return fmt(lang)
    return value


class _Spelled:
    """A parameter of a message with plural or list placeholders: `{count:plural:refleksion|refleksioner}`
    picks the word for `count` (one | other), `{items:join}` joins a list with commas, and any
    other spec formats the value as str.format would. (Not string.Formatter: importing `string`
    costs every start about a millisecond.)"""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if spec == "join":
            return ", ".join(str(item) for item in self.value)
        if spec.startswith("plural:"):
            one, other = spec[len("plural:"):].split("|")
            return one if self.value == 1 else other
        return format(self.value, spec)


MESSAGES: dict[str, dict[str, str]] = {
    # --- general ---------------------------------------------------------------------
    "lang.unknown": {
        "da": "Ukendt sprog »{value}« i {where}. Vælg et af: {choices}.",
        "en": "Unknown language '{value}' in {where}. Choose one of: {choices}.",
    },
    "error.prefix": {"da": "Fejl", "en": "Error"},
    # placeholders in --help, as WORD=shown (words not listed are shown as they are)
    "metavars": {
        "da": "FILE=FIL NUMBER=NR ID_OR_NUMBER=ID|NR NAME=NAVN DIR=MAPPE A=A B=B ID=ID FORMAT=FORMAT",
        "en": "FILE=FILE NUMBER=NUMBER ID_OR_NUMBER=ID_OR_NUMBER NAME=NAME DIR=DIR A=A B=B ID=ID FORMAT=FORMAT",
    },
    "problem.at": {"da": "{where}: {message}", "en": "{where}: {message}"},
    "list.comma": {"da": "{items:join}", "en": "{items:join}"},
    "interrupted": {"da": "Afbrudt.", "en": "Interrupted."},
    "format.unknown": {
        "da": "Ukendt format »{value}«. Vælg et af: {choices}.",
        "en": "Unknown format '{value}'. Choose one of: {choices}.",
    },
    "format.ending_unknown": {
        "da": "netleder skriver ikke filer med endelsen »{ending}«, så intet er skrevet. Denne kommando "
        "skriver {endings}.",
        "en": "netleder does not write files ending in '{ending}', so nothing was written. This command "
        "writes {endings}.",
    },
    "format.ending_mismatch": {
        "da": "--format {format} passer ikke til filnavnet »{name}«, så intet er skrevet. Giv filen "
        "endelsen {endings}, eller udelad --format.",
        "en": "--format {format} does not match the file name '{name}', so nothing was written. Give the "
        "file the ending {endings}, or leave out --format.",
    },
    # --- the single file netleder.pyz (read by its start-up before anything is unpacked) ---
    "pyz.unpack_failed": {
        "da": "netleder.pyz kunne ikke pakke sig ud i {folder}: {reason}. Frigør plads, eller tjek, at "
        "mappen er din og kan skrives i, og prøv igen.",
        "en": "netleder.pyz could not unpack itself into {folder}: {reason}. Free some space, or check "
        "that the folder is yours and writable, and try again.",
    },
    # --- PDF --------------------------------------------------------------------------
    "pdf.needs_output": {
        "da": "En PDF skrives til en fil: tilføj --output NAVN.pdf.",
        "en": "A PDF is written to a file: add --output NAME.pdf.",
    },
    "pdf.no_browser": {
        "da": "Fandt ingen browser at lave PDF'en med (Microsoft Edge, Google Chrome eller Chromium), så "
        "intet er skrevet. Skriv i stedet siden som HTML (samme kommando med --format html og filnavnet »{html}«), åbn "
        "den i en hvilken som helst browser, og udskriv den som PDF (Ctrl+P, »Gem som PDF«). Eller sæt "
        "NETLEDER_BROWSER til stien til Edge, Chrome eller Chromium.",
        "en": "Found no browser to make the PDF with (Microsoft Edge, Google Chrome or Chromium), so "
        "nothing was written. Write the page as HTML instead (the same command with --format html and the file name "
        "'{html}'), open it in any browser and print it as PDF (Ctrl+P, 'Save as PDF'). Or set "
        "NETLEDER_BROWSER to the path of Edge, Chrome or Chromium.",
    },
    "pdf.browser_env_missing": {
        "da": "NETLEDER_BROWSER peger på »{value}«, som ikke findes eller ikke kan køres, så intet er "
        "skrevet. Sæt den til stien til Edge, Chrome eller Chromium, eller fjern den.",
        "en": "NETLEDER_BROWSER names '{value}', which does not exist or cannot be run, so nothing was "
        "written. Set it to the path of Edge, Chrome or Chromium, or remove it.",
    },
    "pdf.bad_timeout": {
        "da": "NETLEDER_PRINT_TIMEOUT skal være et antal sekunder mellem 0 og 3600, ikke »{value}«.",
        "en": "NETLEDER_PRINT_TIMEOUT must be a number of seconds between 0 and 3600, not '{value}'.",
    },
    "pdf.timeout": {
        "da": "Browseren ({browser}) blev ikke færdig med PDF'en på {seconds} sekunder og er stoppet, så "
        "intet er skrevet. Prøv igen, sæt NETLEDER_PRINT_TIMEOUT højere, eller skriv siden som HTML "
        "og udskriv den fra browseren.",
        "en": "The browser ({browser}) did not finish the PDF within {seconds} seconds and was stopped, "
        "so nothing was written. Try again, set NETLEDER_PRINT_TIMEOUT higher, or write the page as "
        "HTML and print it from the browser.",
    },
    "pdf.failed": {
        "da": "Browseren ({browser}) kunne ikke lave PDF'en ({reason}), så intet er skrevet. Skriv "
        "siden som HTML, og udskriv den fra browseren, eller sæt NETLEDER_BROWSER til en anden browser.",
        "en": "The browser ({browser}) could not make the PDF ({reason}), so nothing was written. Write "
        "the page as HTML and print it from the browser, or set NETLEDER_BROWSER to another browser.",
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
    "output.own_file": {
        "da": "{path} er en af netleders egne filer (databasen, indstillingerne eller en kladdes filer), så netleder "
        "skriver ikke noget andet i dens sted, heller ikke med --force. Vælg et andet filnavn.",
        "en": "{path} is one of netleder's own files (the database, the settings or a draft's files), so netleder "
        "does not write anything else in its place, not even with --force. Choose another file name.",
    },
    "output.not_regular": {
        "da": "{path} er ikke en almindelig fil (men fx et link eller en enhed), så netleder erstatter "
        "den ikke, heller ikke med --force. Vælg et andet filnavn.",
        "en": "{path} is not a regular file (but a link or a device, for instance), so netleder does "
        "not replace it, not even with --force. Choose another file name.",
    },
    "output.stdout_failed": {
        "da": "Kunne ikke skrive resultatet: {reason}. Frigør plads, eller send det et andet sted hen "
        "med --output.",
        "en": "Could not write the result: {reason}. Free some space, or send it elsewhere with "
        "--output.",
    },
    "output.written": {"da": "Skrevet til {path}", "en": "Written to {path}"},
    "output.stdout_closed": {
        "da": "Standardoutput er lukket, så netleder har intet sted at skrive resultatet. Kør kommandoen "
        "uden '>&-', eller send resultatet til en fil med '> FIL'.",
        "en": "Standard output is closed, so netleder has nowhere to write the result. Run the command "
        "without '>&-', or send the result to a file with '> FILE'.",
    },
    "input.closed": {
        "da": "Standardinput er lukket ('<&-'), så der er intet at læse. Kør kommandoen uden '<&-'.",
        "en": "Standard input is closed ('<&-'), so there is nothing to read. Run the command without '<&-'.",
    },
    # --- what libraries say, in our words (errors.LIBRARY_REASONS) ----------------------
    "lib.yaml.expected_key": {
        "da": "en linje passer ikke ind i indrykningen (et kolon eller et mellemrum for meget eller for lidt?)",
        "en": "a line does not fit the indentation (a colon or a space too many or too few?)",
    },
    "lib.yaml.colon": {
        "da": "et kolon står, hvor det ikke må (sæt teksten i anførselstegn)",
        "en": "a colon where none may stand (put the text in quotes)",
    },
    "lib.yaml.no_colon": {"da": "der mangler et kolon efter en nøgle", "en": "a colon is missing after a key"},
    "lib.yaml.bad_start": {
        "da": "et tegn, der ikke må begynde en værdi (fx @, ` eller en tabulator); sæt teksten i anførselstegn",
        "en": "a character that may not start a value (such as @, ` or a tab); put the text in quotes",
    },
    "lib.yaml.no_value": {"da": "der mangler en værdi", "en": "a value is missing"},
    "lib.yaml.alias": {
        "da": "et alias (*navn) henviser til et anker (&navn), der ikke findes",
        "en": "an alias (*name) refers to an anchor (&name) that does not exist",
    },
    "lib.yaml.end": {
        "da": "filen slutter midt i en værdi (mangler et afsluttende anførselstegn?)",
        "en": "the file ends in the middle of a value (a closing quote missing?)",
    },
    "lib.yaml.escape": {
        "da": "en ukendt \\-kode i en tekst i anførselstegn (brug enkelte anførselstegn, eller skriv \\\\)",
        "en": "an unknown \\ code in a quoted text (use single quotes, or write \\\\)",
    },
    "lib.yaml.list_end": {"da": "der mangler et komma eller et ]", "en": "a comma or a ] is missing"},
    "lib.yaml.map_end": {
        "da": "der mangler et komma eller en afsluttende krøllet parentes",
        "en": "a comma or a closing curly bracket is missing",
    },
    "lib.yaml.dash": {"da": "der mangler en - foran et punkt i listen", "en": "a - is missing before an item of the list"},
    "lib.yaml.tab": {"da": "en tabulator i indrykningen (brug mellemrum)", "en": "a tab in the indentation (use spaces)"},
    "lib.yaml.dash_here": {
        "da": "et listepunkt (-) står, hvor det ikke må (tjek indrykningen)",
        "en": "a list item (-) where none may stand (check the indentation)",
    },
    "lib.yaml.anchor": {"da": "det samme anker (&navn) er brugt to gange", "en": "the same anchor (&name) is used twice"},
    "lib.yaml.indent": {"da": "indrykningen passer ikke", "en": "the indentation does not fit"},
    "lib.yaml.other": {"da": "filen kan ikke læses som YAML her", "en": "the file cannot be read as YAML here"},
    "lib.json.value": {"da": "her skulle der stå en værdi", "en": "a value was expected here"},
    "lib.json.name": {
        "da": "her skulle der stå et navn i dobbelte anførselstegn (eller et komma for meget?)",
        "en": "a name in double quotes was expected here (or one comma too many?)",
    },
    "lib.json.comma": {"da": "der mangler et komma", "en": "a comma is missing"},
    "lib.json.colon": {"da": "der mangler et kolon", "en": "a colon is missing"},
    "lib.json.string": {"da": "en tekst mangler sit afsluttende anførselstegn", "en": "a text lacks its closing quote"},
    "lib.json.control": {"da": "et kontroltegn midt i en tekst", "en": "a control character inside a text"},
    "lib.json.escape": {"da": "en ugyldig \\-kode i en tekst", "en": "an invalid \\ code in a text"},
    "lib.json.extra": {"da": "der står mere efter dokumentets slutning", "en": "there is more after the end of the document"},
    "lib.json.trailing": {"da": "et komma for meget før en slutparentes", "en": "one comma too many before a closing bracket"},
    "lib.json.deep": {"da": "filen er indlejret for dybt", "en": "the file is nested too deeply"},
    "lib.json.other": {"da": "filen kan ikke læses som JSON her", "en": "the file cannot be read as JSON here"},
    "lib.editor.other": {"da": "den kunne ikke startes", "en": "it could not be started"},
    # --- what the operating system said, in our words (errors.OS_REASONS) ----------------
    "os.failed": {"da": "Kunne ikke bruge {path}: {reason}. {hint}", "en": "Could not use {path}: {reason}. {hint}"},
    "os.failed_nopath": {"da": "Det mislykkedes: {reason}. {hint}", "en": "That failed: {reason}. {hint}"},
    "os.full": {"da": "disken er fuld", "en": "the disk is full"},
    "os.full.hint": {"da": "Frigør plads på disken, og prøv igen.", "en": "Free some disk space and try again."},
    "os.denied": {
        "da": "du har ikke adgang til den eller til en af mapperne på vejen",
        "en": "you have no access to it or to one of the folders on the way",
    },
    "os.denied.hint": {
        "da": "Tjek rettighederne, eller vælg en anden placering.",
        "en": "Check the permissions, or choose another place.",
    },
    "os.readonly": {"da": "drevet er skrivebeskyttet", "en": "the drive is read-only"},
    "os.readonly.hint": {"da": "Vælg en anden placering.", "en": "Choose another place."},
    "os.io": {"da": "drevet kunne ikke læses eller skrives", "en": "the drive could not be read or written"},
    "os.io.hint": {"da": "Tjek drevet, og prøv igen.", "en": "Check the drive and try again."},
    "os.too_long": {"da": "navnet er for langt til systemet", "en": "the name is too long for the system"},
    "os.too_long.hint": {"da": "Vælg et kortere navn eller en kortere sti.", "en": "Choose a shorter name or path."},
    "os.missing": {"da": "den findes ikke", "en": "it does not exist"},
    "os.missing.hint": {"da": "Tjek stien.", "en": "Check the path."},
    "os.not_dir": {"da": "en del af stien er en fil, ikke en mappe", "en": "part of the path is a file, not a folder"},
    "os.not_dir.hint": {"da": "Tjek stien.", "en": "Check the path."},
    "os.is_dir": {"da": "det er en mappe, ikke en fil", "en": "it is a folder, not a file"},
    "os.is_dir.hint": {"da": "Angiv en fil.", "en": "Give a file."},
    "os.loop": {"da": "stien har for mange links (måske en løkke)", "en": "the path has too many links (a loop, perhaps)"},
    "os.loop.hint": {"da": "Tjek stien.", "en": "Check the path."},
    "os.invalid": {"da": "navnet er ikke gyldigt her", "en": "the name is not valid here"},
    "os.invalid.hint": {
        "da": "Vælg et andet navn (uden tegn som : * ? \" < > |).",
        "en": "Choose another name (without characters such as : * ? \" < > |).",
    },
    "os.other": {"da": "styresystemet afviste det ({name})", "en": "the operating system refused ({name})"},
    "os.other.hint": {"da": "Prøv igen, eller vælg en anden placering.", "en": "Try again, or choose another place."},
    # --- content loading -------------------------------------------------------------
    "content.data_dir_unreadable": {
        "da": "Indholdsmappen {path} (fra {where}) kan ikke læses ({reason}). Ret rettighederne, eller fjern {where} for at bruge det indbyggede indhold.",
        "en": "The content folder {path} (from {where}) cannot be read ({reason}). Fix the permissions, or drop {where} to use the built-in content.",
    },
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
        "en": "The content file {path} has {count} {count:plural:problem|problems}:",
    },
    "content.more": {
        "da": "… og {count} mere. Kør 'netleder validate {dir}' for at se dem alle.",
        "en": "… and {count} more. Run 'netleder validate {dir}' to see them all.",
    },
    "content.fix_hint": {
        "da": "Ret filen og prøv igen. Formatet er beskrevet i 'netleder validate --help'.",
        "en": "Fix the file and try again. The format is described in 'netleder validate --help'.",
    },
    "content.loc.line": {"da": "linje {line}", "en": "line {line}"},
    # problems (one per kind)
    "p.is_dir": {"da": "er en mappe, ikke en fil", "en": "is a folder, not a file"},
    "p.not_file": {"da": "er ikke en almindelig fil", "en": "is not a regular file"},
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
    "p.bad_char": {
        "da": "filen indeholder tegnet {char}, som ikke er tilladt i YAML; fjern det",
        "en": "the file contains the character {char}, which YAML does not allow; remove it",
    },
    "p.too_deep": {
        "da": "dokumentet er for dybt indlejret (lister og samlinger af felter inden i hinanden)",
        "en": "the document is nested too deeply (lists and mappings inside each other)",
    },
    "p.too_complex": {
        "da": "dokumentet er for dybt indlejret eller bruger for mange aliaser (over {limit} elementer)",
        "en": "the document is nested too deeply or uses too many aliases (over {limit} elements)",
    },
    "p.expected_mapping": {
        "da": "skal være en samling af felter (nøgle: værdi), ikke {got}",
        "en": "must be a mapping (key: value), not {got}",
    },
    "p.expected_list": {"da": "skal være en liste, ikke {got}", "en": "must be a list, not {got}"},
    "p.expected_text": {"da": "skal være tekst, ikke {got}", "en": "must be text, not {got}"},
    "p.expected_int": {"da": "skal være et helt tal, ikke {got}", "en": "must be a whole number, not {got}"},
    "p.bad_int": {"da": "»{value}« er ikke et gyldigt helt tal", "en": "'{value}' is not a valid whole number"},
    "p.int_range": {
        "da": "{value} er uden for det tilladte: et helt tal her skal ligge mellem -{limit} og {limit}",
        "en": "{value} is out of bounds: a whole number here must be between -{limit} and {limit}",
    },
    "p.empty_text": {"da": "teksten er tom", "en": "the text is empty"},
    "p.missing": {"da": "mangler det påkrævede felt »{key}«", "en": "the required field '{key}' is missing"},
    "p.unknown_key": {
        "da": "ukendt felt »{key}« (tilladt her: {allowed})",
        "en": "unknown field '{key}' (allowed here: {allowed})",
    },
    "p.dup_key": {"da": "feltet »{key}« står to gange", "en": "the field '{key}' appears twice"},
    "p.missing_lang": {
        "da": "mangler teksten på sproget »{language}«",
        "en": "the text in language '{language}' is missing",
    },
    "p.bad_id": {
        "da": "id »{value}« er ugyldigt: brug små bogstaver a-z, tal og bindestreg, begyndende med et bogstav",
        "en": "the id '{value}' is invalid: use lowercase a-z, digits and hyphens, starting with a letter",
    },
    "p.dup_id": {
        "da": "id »{value}« findes allerede (linje {other})",
        "en": "the id '{value}' is already used (line {other})",
    },
    "p.dup_number": {
        "da": "nummer {value} findes allerede (linje {other})",
        "en": "the number {value} is already used (line {other})",
    },
    "p.in_play_dup": {
        "da": "kompetencen »{id}« står mere end én gang i fasen",
        "en": "the competence '{id}' is listed more than once in the phase",
    },
    "p.in_play_unknown": {
        "da": "fasen »{phase}« nævner kompetencen »{id}«, som ikke findes i {file}; brug et af disse id'er: "
        "{choices}",
        "en": "the phase '{phase}' names the competence '{id}', which is not in {file}; use one of these "
        "ids: {choices}",
    },
    "p.number_range": {"da": "nummeret skal være 1 eller større", "en": "the number must be 1 or more"},
    "p.bad_source": {
        "da": "kilden »{value}« er ugyldig; brug »handbook« eller »authored«",
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
    "p.bad_url": {
        "da": "skal være en adresse, der begynder med https://, uden mellemrum, anførselstegn, <, >, "
        "parenteser eller kontroltegn",
        "en": "must be an address starting with https://, without spaces, quotes, <, >, brackets or "
        "control characters",
    },
    "t.mapping": {"da": "en samling af felter (nøgle: værdi)", "en": "a mapping"},
    "t.list": {"da": "en liste", "en": "a list"},
    "t.text": {"da": "tekst", "en": "text"},
    "t.number": {"da": "et tal", "en": "a number"},
    "t.bool": {"da": "en sandhedsværdi (ja/nej)", "en": "a boolean (yes/no)"},
    "t.null": {"da": "ingenting (tom værdi)", "en": "nothing (an empty value)"},
    "t.date": {"da": "en dato", "en": "a date"},
    # validate command
    "validate.ok": {"da": "OK: {dir}", "en": "OK: {dir}"},
    "validate.phases": {
        "da": "  phases.yaml: {count} faser, {questions} nøglespørgsmål",
        "en": "  phases.yaml: {count} phases, {questions} key questions",
    },
    "validate.in_play": {
        "da": "  kompetencer i spil: {links} i {phases} faser, alle fundet i kompetencesættet",
        "en": "  competences in play: {links} in {phases} phases, all found in the competence set",
    },
    "validate.in_play_ignored": {
        "da": "  kompetencer i spil: bruges ikke. Det indbyggede phases.yaml peger på netleders egne ti "
        "kompetencer, og her bruges en egen competences.yaml. Læg en phases.yaml med 'in_play' i mappen "
        "for at angive jeres egne.",
        "en": "  competences in play: not used. The built-in phases.yaml points to netleder's own ten "
        "competences, and your own competences.yaml is in use here. Put a phases.yaml with 'in_play' in "
        "the folder to name your own.",
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
        "en": "{count} {count:plural:problem|problems} in {dir}:",
    },
    "validate.builtin_dir": {"da": "det indbyggede indhold", "en": "the built-in content"},
    # --- phases and competences ------------------------------------------------------
    "phases.heading": {"da": "Netværksmodellens faser", "en": "The phases of the network model"},
    "competences.heading": {"da": "Netværkslederens ti kompetencer", "en": "The network leader's ten competences"},
    "competences.heading_n": {"da": "Netværkslederens kompetencer ({count})", "en": "The network leader's competences ({count})"},
    "competences.framing": {
        "da": "Som netværksleder skal du hele tiden balancere to hensyn: netværkets åbenhed og inddragelsen "
        "af mange på den ene side, fremdrift og nye løsninger, der rent faktisk bliver ført ud i livet, på "
        "den anden. De ti kompetencer hjælper dig med at holde den balance.",
        "en": "As a network leader you keep balancing two concerns: the network's openness and the "
        "involvement of many on the one hand, and progress and new solutions that are actually put into "
        "practice on the other. The ten competences help you hold that balance.",
    },
    "col.competence": {"da": "Kompetence", "en": "Competence"},
    "overview.heading": {"da": "Netværksmodellen på én side", "en": "The network model on one page"},
    "overview.option_with_phase": {
        "da": "--overview viser alle faser på én side; udelad fasen (»{value}«), eller udelad --overview for "
        "at se én fase.",
        "en": "--overview shows every phase on one page; leave out the phase ({value}), or leave out "
        "--overview to see one phase.",
    },
    "overview.diagram": {
        "da": "Netværksmodellens faser i rækkefølge, fra introduktionen til afrundingen",
        "en": "The phases of the network model in order, from the introduction to the close",
    },
    # worksheets
    "worksheet.title": {"da": "Arbejdsark – Netværkslederens kompetencer", "en": "Worksheet – The network leader's competences"},
    "worksheet.title_for": {"da": "Arbejdsark – {what}", "en": "Worksheet – {what}"},
    "worksheet.name": {"da": "Navn", "en": "Name"},
    "worksheet.date": {"da": "Dato", "en": "Date"},
    "worksheet.network": {"da": "Netværk", "en": "Network"},
    "worksheet.tick": {"da": "sæt ét kryds", "en": "tick one box"},
    # --open
    "open.opened": {"da": "Åbnet i browseren: {path}", "en": "Opened in the browser: {path}"},
    "open.failed": {
        "da": "Kunne ikke åbne en browser. Siden ligger her: {path}",
        "en": "Could not open a browser. The page is here: {path}",
    },
    "open.temp_failed": {
        "da": "Kunne ikke skrive en midlertidig fil til browseren ({reason}). Brug --output FIL.",
        "en": "Could not write a temporary file for the browser ({reason}). Use --output FILE.",
    },
    "open.not_html": {
        "da": "--open viser en HTML-side i browseren og kan ikke bruges med --format {format}. Brug --format html.",
        "en": "--open shows an HTML page in the browser and cannot be used with --format {format}. Use --format html.",
    },
    "open.show_needs_output": {
        "da": "Med --open skal du angive --output FIL, så personlige svar aldrig ender i en midlertidig fil.",
        "en": "With --open, give --output FILE, so that personal answers never end up in a temporary file.",
    },
    "in_play.heading": {"da": "Kompetencer i spil", "en": "Competences in play"},
    "in_play.phases": {"da": "Faser, hvor den er mest i spil", "en": "Phases where it is most in play"},
    "in_play.short": {"da": "I spil", "en": "In play"},
    "in_play.explain": {
        "da": "De kompetencer, fasen kræver mest af dig som leder, og hvorfor.",
        "en": "The competences the phase asks most of you as a leader, and why.",
    },
    "in_play.ignored": {
        "da": "Kompetencerne i spil vises ikke: de indbyggede faser peger på netleders egne ti kompetencer, og her "
        "bruges en egen competences.yaml. Læg en phases.yaml med 'in_play' i samme mappe for at angive jeres egne.",
        "en": "The competences in play are not shown: the built-in phases point to netleder's own ten competences, "
        "and your own competences.yaml is in use here. Put a phases.yaml with 'in_play' in the same folder to name your own.",
    },
    "phase.label": {"da": "Fase {number}", "en": "Phase {number}"},
    "phase.unnumbered": {"da": "–", "en": "–"},
    "phase.purpose": {"da": "Formål", "en": "Purpose"},
    "phase.questions": {"da": "Nøglespørgsmål", "en": "Key questions"},
    "phase.tools": {"da": "Værktøjer, roller og metoder", "en": "Tools, roles and methods"},
    "competence.label": {"da": "Kompetence {number}", "en": "Competence {number}"},
    "competence.questions": {"da": "Spørgsmål til dig selv", "en": "Questions to ask yourself"},
    "scale.heading": {"da": "Skala til selvvurdering", "en": "Self-assessment scale"},
    "scale.other_scale": {
        "da": "De to refleksioner er besvaret på hver sin skala, så trinene sammenlignes ikke, og der er "
        "ingen pile. Skalaen dengang: {before}. Skalaen nu: {after}.",
        "en": "The two reflections were answered on different scales, so their steps are not compared and "
        "there are no arrows. The scale then: {before}. The scale now: {after}.",
    },
    "not_found.phase": {
        "da": "Der er ingen fase »{value}«. Vælg et nummer eller id: {choices}.",
        "en": "There is no phase '{value}'. Choose a number or id: {choices}.",
    },
    "not_found.competence": {
        "da": "Der er ingen kompetence »{value}«. Vælg et nummer eller id: {choices}.",
        "en": "There is no competence '{value}'. Choose a number or id: {choices}.",
    },
    "mark.authored": {"da": "skrevet af netleder-projektet", "en": "written by the netleder project"},
    "mark.authored_custom": {"da": "egen tekst ifølge indholdsfilen", "en": "own text, according to the content file"},
    "footer.source": {
        "da": "Kilde: {source}. Håndbogens indhold er genfortalt med netleder-projektets egne ord.",
        "en": "Source: {source}. The handbook's content is retold in the netleder project's own words.",
    },
    "footer.source_custom": {"da": "Kilde: {source}.", "en": "Source: {source}."},
    "footer.authored": {
        "da": "Refleksionsspørgsmålene til kompetencerne, skalaen og koblingen mellem faser og kompetencer "
        "er netleder-projektets egne, ligesom tekster mærket {mark}.",
        "en": "The reflection questions on the competences, the scale and the links between phases and "
        "competences were written by the netleder project, as were texts marked {mark}.",
    },
    "footer.authored_overview": {
        "da": "Koblingen mellem faser og kompetencer er netleder-projektets egen, ligesom tekster mærket "
        "{mark}.",
        "en": "The links between phases and competences were written by the netleder project, as were texts "
        "marked {mark}.",
    },
    "footer.authored_custom": {
        "da": "Tekster mærket {mark} er angivet som egne tekster (source: authored) i indholdsfilen.",
        "en": "Texts marked {mark} are given as own texts (source: authored) in the content file.",
    },
    "footer.custom": {
        "da": "Indhold fra {path}.",
        "en": "Content from {path}.",
    },
    "footer.generated": {"da": "Udskrevet med netleder {version}", "en": "Printed with netleder {version}"},
    "print.page": {"da": "Side {page} af {pages}", "en": "Page {page} of {pages}"},
    "print.authored_short_custom": {
        "da": "{mark} egne tekster ifølge indholdsfilen",
        "en": "{mark} own texts, according to the content file",
    },
    "print.authored_short": {
        "da": "Refleksionsspørgsmål, skala, fasernes kompetencer og tekster mærket {mark} er netleder-projektets egne",
        "en": "Reflection questions, scale, phase links and texts marked {mark} are the netleder project's own",
    },
    # --- reflect ----------------------------------------------------------------------
    "reflect.resume_and_fresh": {
        "da": "--resume og --fresh kan ikke bruges sammen. Vælg én af dem.",
        "en": "--resume and --fresh cannot be used together. Choose one of them.",
    },
    # --- bare `netleder` in a terminal: the menu ------------------------------------------
    "menu.title": {"da": "Hvad vil du?", "en": "What would you like to do?"},
    "menu.reflect": {"da": "Reflektere over min ledelse", "en": "Reflect on my leadership"},
    "menu.look_back": {"da": "Se tilbage på mine refleksioner", "en": "Look back on my reflections"},
    "menu.model": {"da": "Udskrive netværksmodellen (på én side, i browseren)",
                   "en": "Print the network model (on one page, in the browser)"},
    "menu.invite": {
        "da": "Invitere min co-driver eller referenceleder til at give sit blik (en formular)",
        "en": "Invite my co-driver or reference leader to give their view (a form)",
    },
    "menu.help": {"da": "Se alle kommandoer", "en": "See every command"},
    "menu.quit": {"da": "Afslut", "en": "Quit"},
    "menu.invite_file": {"da": "formular-til-co-driver.html", "en": "form-for-co-driver.html"},
    "menu.press_enter": {"da": "Tryk Enter for at lukke vinduet.", "en": "Press Enter to close the window."},
    "terminal.winpty": {
        "da": "I Git Bash på Windows: start den gennem winpty, fx 'winpty netleder {command}' eller "
        "'winpty py netleder.pyz {command}'. Eller brug PowerShell eller Kommandoprompt.",
        "en": "In Git Bash on Windows: start it through winpty, e.g. 'winpty netleder {command}' or "
        "'winpty py netleder.pyz {command}'. Or use PowerShell or Command Prompt.",
    },
    "reflect.no_tty": {
        "da": "netleder reflect stiller spørgsmål og skal køres i en terminal. Uden terminal: "
        "skriv dine svar i en YAML-fil og kør 'netleder reflect --answers FIL' (formatet står i 'netleder reflect --help').",
        "en": "netleder reflect asks questions and must run in a terminal. Without a terminal: "
        "write your answers in a YAML file and run 'netleder reflect --answers FILE' (the format is in 'netleder reflect --help').",
    },
    "reflect.saved": {
        "da": "Refleksionen er gemt som {id} i {path}",
        "en": "The reflection is saved as {id} in {path}",
    },
    "reflect.see_again": {
        # each command on its own indented line: it is never wrapped where it fits the width
        "da": "Se den igen:\n  netleder show {id}\nUdskriv den:\n  netleder show {id} --format html --output refleksion-{id}.html",
        "en": "See it again:\n  netleder show {id}\nPrint it:\n  netleder show {id} --format html --output reflection-{id}.html",
    },
    "reflect.overview": {"da": "Overblik", "en": "Overview"},
    "reflect.id_without_resume": {
        "da": "Et id skal stå efter --resume: 'netleder reflect --resume {id}'. En gemt refleksion retter du "
        "med 'netleder edit {id}'.",
        "en": "An id goes with --resume: 'netleder reflect --resume {id}'. A saved reflection is changed with "
        "'netleder edit {id}'.",
    },
    "reflect.resume_complete": {
        "da": "Refleksionen {id} er allerede gemt som afsluttet. Ret den med 'netleder edit {id}'.",
        "en": "The reflection {id} is already saved as finished. Change it with 'netleder edit {id}'.",
    },
    "edit.no_tty": {
        "da": "netleder edit stiller spørgsmål og skal køres i en terminal.",
        "en": "netleder edit asks questions and must run in a terminal.",
    },
    # --network in every command: one notion of "this network" (netleder/store/networks.py)
    "network.unknown": {
        "da": "Der er ingen refleksion for netværket »{network}«. Dine netværk: {known}.",
        "en": "There is no reflection for the network '{network}'. Your networks: {known}.",
    },
    "network.unknown_none": {
        "da": "Der er ingen refleksion for netværket »{network}«, og ingen af dine refleksioner har et "
        "netværksnavn endnu.",
        "en": "There is no reflection for the network '{network}', and none of your reflections has a "
        "network name yet.",
    },
    "network.quoted": {"da": "»{name}«", "en": "'{name}'"},
    # --- answers file -----------------------------------------------------------------
    # netleder reflect --answers FILE (netleder/answers.py)
    "answers.invalid": {
        "da": "Svarfilen {path} har {count} fejl. Intet er gemt.",
        "en": "The answers file {path} has {count} {count:plural:problem|problems}. Nothing was saved.",
    },
    "answers.fix_hint": {
        "da": "Ret filen og kør kommandoen igen. Formatet er beskrevet i 'netleder reflect --help'.",
        "en": "Fix the file and run the command again. The format is described in 'netleder reflect --help'.",
    },
    "answers.missing": {
        "da": "Svarfilen {path} findes ikke. Tjek stien, eller brug '--answers -' for at læse svarene fra standardinput.",
        "en": "The answers file {path} does not exist. Check the path, or use '--answers -' to read the answers from standard input.",
    },
    "answers.is_dir": {
        "da": "{path} er en mappe. Angiv svarfilen (en YAML-fil) til --answers.",
        "en": "{path} is a folder. Give the answers file (a YAML file) to --answers.",
    },
    "answers.stdin_name": {"da": "standardinput", "en": "standard input"},
    "answers.stdin_tty": {
        "da": "'--answers -' læser svarene fra standardinput, men der er ikke sendt nogen fil ind. Send "
        "filen ind, fx 'netleder reflect --answers - < svar.yaml', eller angiv filens navn.",
        "en": "'--answers -' reads the answers from standard input, but no file was piped in. Pipe the file "
        "in, e.g. 'netleder reflect --answers - < answers.yaml', or give the file's name.",
    },
    "answers.with_competence": {
        "da": "--competence kan ikke bruges sammen med --answers: det er afsnittet 'competences' i filen, "
        "der bestemmer, hvilke kompetencer refleksionen omfatter.",
        "en": "--competence cannot be used with --answers: the file's 'competences' section decides "
        "which competences the reflection covers.",
    },
    "answers.with_draft": {
        "da": "--resume og --fresh gælder påbegyndte refleksioner i guiden og kan ikke bruges sammen med --answers.",
        "en": "--resume and --fresh are about unfinished reflections in the wizard and cannot be used with --answers.",
    },
    # problems in an answers file (one per kind; shown after "file, line N: where:")
    "a.no_competences": {
        "da": "ingen kompetencer: angiv mindst én kompetence (id eller nummer) med en vurdering (rating)",
        "en": "no competences: give at least one competence (id or number) with a rating",
    },
    "a.unknown_competence": {
        "da": "der er ingen kompetence »{value}«; brug et nummer ({low}–{high}) eller et id: {ids}",
        "en": "there is no competence '{value}'; use a number ({low}–{high}) or an id: {ids}",
    },
    "a.dup_competence": {
        "da": "kompetencen {id} står to gange (også på linje {other}); angiv hver kompetence én gang",
        "en": "the competence {id} is given twice (also on line {other}); give each competence once",
    },
    "a.rating_type": {
        "da": "vurderingen skal være et helt tal fra {low} til {high}, ikke {got}",
        "en": "the rating must be a whole number from {low} to {high}, not {got}",
    },
    "a.rating_not_whole": {
        "da": "vurderingen {value} er ikke et helt tal; brug et helt tal fra {low} til {high}",
        "en": "the rating {value} is not a whole number; use a whole number from {low} to {high}",
    },
    "a.rating_range": {
        "da": "vurderingen {value} ligger uden for skalaen; brug et helt tal fra {low} til {high}",
        "en": "the rating {value} is off the scale; use a whole number from {low} to {high}",
    },
    "a.answers_type": {
        "da": "skal være en liste med svar, fx [\"…\", \"…\"], ikke {got}",
        "en": "must be a list of answers, e.g. [\"…\", \"…\"], not {got}",
    },
    "a.too_many_answers": {
        "da": "{count} svar, men kompetencen har kun {questions} spørgsmål; giv højst ét svar pr. spørgsmål",
        "en": "{count} answers, but the competence has only {questions} questions; give at most one answer per question",
    },
    "a.bad_char": {
        "da": "teksten indeholder et ugyldigt tegn (en enlig surrogat), som ikke kan gemmes",
        "en": "the text contains an invalid character (a lone surrogate) that cannot be saved",
    },
    "a.phase_type": {
        "da": "skal være en fases nummer eller id, ikke {got}",
        "en": "must be a phase's number or id, not {got}",
    },
    "a.unknown_phase": {
        "da": "der er ingen fase »{value}«; brug et nummer eller id: {choices}",
        "en": "there is no phase '{value}'; use a number or an id: {choices}",
    },
    "a.unknown_network_type": {
        "da": "ukendt netværkstype »{value}«; brug en af: {choices}",
        "en": "unknown network type '{value}'; use one of: {choices}",
    },
    "a.bad_status": {
        "da": "ukendt status »{value}«; brug en af: {choices}",
        "en": "unknown status '{value}'; use one of: {choices}",
    },
    "a.no_previous": {
        "da": "der er ingen tidligere afsluttet refleksion at følge op på; fjern afsnittet follow_up",
        "en": "there is no earlier complete reflection to follow up on; remove the follow_up section",
    },
    "a.no_steps": {
        "da": "den forrige refleksion ({id}, {date}) havde ingen næste skridt at følge op på; fjern afsnittet follow_up",
        "en": "the previous reflection ({id}, {date}) had no next steps to follow up on; remove the follow_up section",
    },
    "a.no_step": {
        "da": "den forrige refleksion ({id}, {date}) havde intet næste skridt for {competence}; "
        "der kan følges op på: {choices}",
        "en": "the previous reflection ({id}, {date}) had no next step for {competence}; "
        "you can follow up on: {choices}",
    },
    "a.dup_follow_up": {
        "da": "der er allerede fulgt op på {id} (linje {other}); følg op på hvert skridt én gang",
        "en": "{id} is already followed up (line {other}); follow up on each step once",
    },
    # export documents and stored records (netleder/reflection_json.py; used by import)
    "x.invalid": {
        "da": "Filen med refleksioner har {count} fejl. Intet er importeret.",
        "en": "The reflections file has {count} {count:plural:problem|problems}. Nothing was imported.",
    },
    "x.invalid_file": {
        "da": "Filen {path} har {count} fejl. Intet er importeret.",
        "en": "The file {path} has {count} {count:plural:problem|problems}. Nothing was imported.",
    },
    "x.more_problems": {
        "da": "… og {count} fejl mere",
        "en": "… and {count} more {count:plural:problem|problems}",
    },
    "x.date_range": {
        "da": "datoen »{value}« ligger før år 2000 eller mere end en dag ude i fremtiden",
        "en": "the date '{value}' is before the year 2000 or more than a day in the future",
    },
    "x.fix_hint": {
        "da": "Importér en fil, der er lavet med 'netleder export', og som ikke er rettet i bagefter.",
        "en": "Import a file made with 'netleder export' that has not been edited since.",
    },
    "x.record_invalid": {
        "da": "Refleksionen {id} kan ikke læses ({count} fejl):",
        "en": "The reflection {id} cannot be read ({count} {count:plural:problem|problems}):",
    },
    "x.missing": {
        "da": "Filen {path} findes ikke. Tjek stien.",
        "en": "The file {path} does not exist. Check the path.",
    },
    "x.is_dir": {
        "da": "{path} er en mappe. Angiv filen, der skal importeres.",
        "en": "{path} is a folder. Give the file to import.",
    },
    "x.not_file": {
        "da": "{path} er ikke en almindelig fil. Angiv filen, der skal importeres.",
        "en": "{path} is not a regular file. Give the file to import.",
    },
    "x.unreadable": {
        "da": "Filen {path} kan ikke læses ({reason}).",
        "en": "The file {path} cannot be read ({reason}).",
    },
    "x.too_big": {
        "da": "En enkelt værdi i filen {path} er for stor (højst {limit} tegn). Er det den rigtige fil?",
        "en": "A single value in the file {path} is too large (at most {limit} characters). Is it the right file?",
    },
    "x.not_utf8": {
        "da": "Filen {path} er ikke gemt som UTF-8 (ugyldig byte ved position {pos}). Er det en fil fra 'netleder export'?",
        "en": "The file {path} is not saved as UTF-8 (invalid byte at position {pos}). Is it a file from 'netleder export'?",
    },
    "x.json_value": {
        "da": "Filen {path} er ikke gyldig JSON: {reason}.",
        "en": "The file {path} is not valid JSON: {reason}.",
    },
    "x.json_syntax": {
        "da": "Filen {path} er ikke gyldig JSON: {reason} (linje {line}, kolonne {col}).",
        "en": "The file {path} is not valid JSON: {reason} (line {line}, column {col}).",
    },
    "x.number_too_long": {
        "da": "et tal med {digits} cifre er længere end noget tal i en netleder-fil (højst {limit} cifre)",
        "en": "a number of {digits} digits is longer than any number in a netleder file (at most {limit} digits)",
    },
    "x.json_constant": {
        "da": "{value} er ikke tilladt i filen",
        "en": "{value} is not allowed in the file",
    },
    "x.dup_key": {
        "da": "nøglen »{key}« står to gange i samme objekt",
        "en": "the key '{key}' appears twice in the same object",
    },
    "x.not_export": {
        "da": "filen er ikke en eksport fra netleder (den skal have \"format\": \"{format}\")",
        "en": "the file is not a netleder export (it must have \"format\": \"{format}\")",
    },
    "x.no_version": {
        "da": "mangler en formatversion; denne netleder læser version {expected}",
        "en": "has no format version; this netleder reads version {expected}",
    },
    "x.bad_version": {
        "da": "ukendt formatversion {version}; denne netleder læser version {expected}",
        "en": "unknown format version {version}; this netleder reads version {expected}",
    },
    "x.newer_version": {
        "da": "filen er lavet af en nyere netleder (formatversion {version}); opdater netleder, og prøv igen",
        "en": "the file was made by a newer netleder (format version {version}); update netleder and try again",
    },
    "x.bad_digest": {
        "da": "'{value}' er ikke et gyldigt fingeraftryk af teksterne (64 hexadecimale tegn)",
        "en": "'{value}' is not a valid fingerprint of the texts (64 hexadecimal characters)",
    },
    "x.bad_id": {
        "da": "id »{value}« er ugyldigt: brug 4–32 tegn blandt {alphabet}",
        "en": "the id '{value}' is invalid: use 4–32 characters from {alphabet}",
    },
    "x.dup_id": {
        "da": "id »{value}« står også i {other}; hver refleksion må kun stå én gang",
        "en": "the id '{value}' also appears in {other}; each reflection may appear only once",
    },
    "x.bad_date": {
        "da": "»{value}« er ikke et tidspunkt i ISO 8601 med tidszone, fx 2025-03-01T10:00:00+01:00",
        "en": "'{value}' is not a date and time in ISO 8601 with a time zone, e.g. 2025-03-01T10:00:00+01:00",
    },
    "x.bad_lang": {
        "da": "ukendt sprog »{value}«; brug et af: {choices}",
        "en": "unknown language '{value}'; use one of: {choices}",
    },
    "x.empty_scale": {
        "da": "skalaen er tom; den skal have mindst ét trin",
        "en": "the scale is empty; it must have at least one level",
    },
    "x.dup_competence": {
        "da": "kompetencen »{id}« står mere end én gang",
        "en": "the competence '{id}' appears more than once",
    },
    "x.not_in_snapshot": {
        "da": "kompetencen »{id}« er ikke blandt refleksionens kompetencer ({ids})",
        "en": "the competence '{id}' is not among the reflection's competences ({ids})",
    },
    "x.rating_range": {
        "da": "vurderingen {value} ligger uden for refleksionens skala ({low}–{high})",
        "en": "the rating {value} is off the reflection's scale ({low}–{high})",
    },
    # --- wizard ----------------------------------------------------------------------
    # prompts (netleder/prompts.py)
    "prompt.select": {"da": "(↑↓, Enter vælger)", "en": "(↑↓, Enter chooses)"},
    "prompt.select_keys": {"da": "(↑↓ eller tal, Enter vælger)", "en": "(↑↓ or a number, Enter chooses)"},
    "prompt.checkbox": {
        "da": "(↑↓ flytter, mellemrumstasten sætter kryds, Enter går videre)",
        "en": "(↑↓ to move, space to tick, Enter to go on)",
    },
    "prompt.choose_one": {
        "da": "Sæt kryds ved mindst én med mellemrumstasten, og tryk så Enter.",
        "en": "Tick at least one with space, then press Enter.",
    },
    "prompt.checkbox_done": {"da": "{count} valgt", "en": "{count} chosen"},
    "prompt.yes": {"da": "Ja", "en": "Yes"},
    "prompt.no": {"da": "Nej", "en": "No"},
    # labels shared by the wizard and the summary
    "network_type.innovation": {"da": "Innovationsnetværk", "en": "Innovation network"},
    "network_type.learning": {"da": "Læringsnetværk", "en": "Learning network"},
    "network_type.welfare": {"da": "Velfærdsnetværk", "en": "Welfare network"},
    "network_type.other": {"da": "Andet", "en": "Other"},
    # One line each where a leader chooses a type (facts from the handbook, in our own words).
    "network_about.innovation": {
        "da": "radikal nytænkning ud fra politiske visioner, ingen fast varighed",
        "en": "radical new thinking from political visions, no fixed length",
    },
    "network_about.learning": {
        "da": "skaber viden, som organisationen mangler; ca. 4–5 måneder",
        "en": "builds knowledge the organisation lacks; about 4–5 months",
    },
    "network_about.welfare": {
        "da": "hverdagsinnovation i borgernær velfærd; ca. 6 måneder, derefter test",
        "en": "everyday innovation in citizen-facing welfare; about 6 months, then testing",
    },
    "follow_up.done": {"da": "Gjort", "en": "Done"},
    "follow_up.partly": {"da": "Delvist", "en": "Partly"},
    "follow_up.not_yet": {"da": "Ikke endnu", "en": "Not yet"},
    # the opening
    "wizard.title": {"da": "Refleksion over din netværksledelse", "en": "Reflecting on your network leadership"},
    "wizard.intro": {
        "da": "Du går netværkslederens kompetencer igennem én ad gangen: du læser, hvad kompetencen "
        "handler om, svarer med dine egne ord på dens spørgsmål og vurderer, hvor du står lige nu.",
        "en": "You go through the network leader's competences one at a time: you read what the "
        "competence is about, answer its questions in your own words and consider where you stand right now.",
    },
    "wizard.intro_chosen": {
        "da": "Du går de kompetencer, du har valgt, igennem én ad gangen: du læser, hvad kompetencen "
        "handler om, svarer med dine egne ord på dens spørgsmål og vurderer, hvor du står lige nu.",
        "en": "You go through the competences you chose one at a time: you read what the competence "
        "is about, answer its questions in your own words and consider where you stand right now.",
    },
    "wizard.estimate": {
        "da": "Med {count} {count:plural:kompetence|kompetencer} tager det omkring {minutes} minutter, når du giver "
        "dig tid til at tænke dig om. Du kan holde pause undervejs.",
        "en": "With {count} {count:plural:competence|competences} it takes about {minutes} minutes when you give "
        "yourself time to think. You can take a break along the way.",
    },
    "wizard.estimate_left": {
        "da": "Der er {count} {count:plural:kompetence|kompetencer} tilbage: omkring {minutes} minutter.",
        "en": "{count} {count:plural:competence is|competences are} left: about {minutes} minutes.",
    },
    "wizard.privacy": {
        "da": "Dine svar bliver på denne computer. De sendes ingen steder hen.",
        "en": "Your answers stay on this machine. They are not sent anywhere.",
    },
    "wizard.skip_hint": {
        "da": "Du kan springe ethvert spørgsmål over. Enter går altid videre, også med et tomt svar.",
        "en": "You may skip any question. Enter always moves on, even with an empty answer.",
    },
    "wizard.editor_hint": {
        "da": "Vil du skrive flere afsnit, så skriv :e og tryk Enter; så åbnes din editor.",
        "en": "To write several paragraphs, type :e and press Enter to open your editor.",
    },
    "wizard.pause_hint": {
        "da": "Hvert svar gemmes, så snart du har givet det. Har du brug for en pause, så tryk Ctrl-C: "
        "så ligger dine svar klar som kladde til næste gang.",
        "en": "Every answer is saved as soon as you give it. If you need a break, press Ctrl-C: your "
        "answers are kept as a draft for next time.",
    },
    # resuming a draft
    "wizard.resume.found": {
        "da": "Du har en påbegyndt refleksion fra {date}{network}: {rated} af {total} {total:plural:kompetence|kompetencer} er vurderet.",
        "en": "You have an unfinished reflection from {date}{network}: {rated} of {total} {total:plural:competence is|competences are} rated.",
    },
    "wizard.resume.ask": {"da": "Vil du fortsætte, hvor du slap?", "en": "Pick up where you left off?"},
    "wizard.resume.continuing": {
        "da": "Du fortsætter din påbegyndte refleksion. Dine svar fra sidst står allerede i felterne.",
        "en": "You continue your unfinished reflection. Your earlier answers are already filled in.",
    },
    "wizard.resume.none": {
        "da": "Der er ingen påbegyndt refleksion at fortsætte, så du begynder på en ny.",
        "en": "There is no unfinished reflection to continue, so you start a new one.",
    },
    "wizard.resume.kept": {
        "da": "Du begynder på en ny. Den påbegyndte bliver liggende som kladde.",
        "en": "You start a new one. The unfinished one is kept as a draft.",
    },
    "wizard.resume.several": {
        "da": "Du har {count} påbegyndte refleksioner.",
        "en": "You have {count} unfinished reflections.",
    },
    "wizard.resume.item": {
        "da": "Fortsæt den fra {date}{network}: {rated} af {total} vurderet",
        "en": "Continue the one from {date}{network}: {rated} of {total} rated",
    },
    "wizard.resume.new": {"da": "Begynd på en ny refleksion", "en": "Start a new reflection"},
    "wizard.resume.which": {"da": "Hvilken vil du fortsætte?", "en": "Which one do you want to continue?"},
    "wizard.resume.new_beside_busy": {
        "da": "Du begynder på en ny refleksion; den åbne kladde bliver ikke rørt.",
        "en": "You start a new reflection; the open draft is left untouched.",
    },
    # a draft another wizard has open (netleder.store.locks)
    "wizard.busy.found": {
        "da": "Din påbegyndte refleksion fra {date}{network} er åben i et andet netleder-vindue lige nu ({where}).",
        "en": "Your unfinished reflection from {date}{network} is open in another netleder window right now ({where}).",
    },
    "wizard.busy.error": {
        "da": "Refleksionen {id} er åben i et andet netleder-vindue lige nu ({where}). Afslut den dér, eller begynd "
        "på en ny med 'netleder reflect --fresh'.",
        "en": "The reflection {id} is open in another netleder window right now ({where}). Finish it there, or start "
        "a new one with 'netleder reflect --fresh'.",
    },
    "wizard.busy.terminal": {"da": "terminal {terminal}", "en": "terminal {terminal}"},
    "wizard.busy.process": {"da": "proces {pid} på {host}", "en": "process {pid} on {host}"},
    "wizard.busy.since": {"da": "siden {time}", "en": "since {time}"},
    "wizard.busy.unknown": {"da": "ukendt sted", "en": "place unknown"},
    "wizard.edit.opening": {
        "da": "Du retter refleksionen {id}. Hver ændring gemmes, så snart du har givet den.",
        "en": "You are changing the reflection {id}. Every change is saved as soon as you give it.",
    },
    "wizard.resume.scope_ignored": {
        "da": "Kladden fortsætter med de kompetencer, du valgte dengang; --competence bruges ikke her.",
        "en": "The draft continues with the competences you chose then; --competence is not used here.",
    },
    # follow-up on last time's next steps
    "wizard.followup.heading": {"da": "Dine næste skridt fra sidst", "en": "Your next steps from last time"},
    "wizard.followup.intro": {
        "da": "Sidst du reflekterede ({date}), skrev du {count:plural:et næste skridt ned for én kompetence|"
        "næste skridt ned for {count} kompetencer}. Hvordan er det gået?",
        "en": "Last time you reflected ({date}), you wrote down {count:plural:a next step for one competence|"
        "next steps for {count} competences}. How did it go?",
    },
    "wizard.followup.ask": {"da": "Hvordan gik det?", "en": "How did it go?"},
    "wizard.followup.note": {"da": "En kort note (valgfri)", "en": "A short note (optional)"},
    # context
    "wizard.context.heading": {"da": "Om netværket (valgfrit)", "en": "About the network (optional)"},
    "wizard.context.known": {
        "da": "Dine netværk: {names}. Skriv begyndelsen og vælg med piletasterne, eller skriv et nyt navn.",
        "en": "Your networks: {names}. Type the beginning and pick with the arrow keys, or type a new name.",
    },
    "wizard.context.network": {"da": "Netværkets navn", "en": "The network's name"},
    "wizard.context.type": {"da": "Hvilken slags netværk er det?", "en": "What kind of network is it?"},
    "wizard.context.phase": {"da": "Hvilken fase er netværket i nu?", "en": "Which phase is the network in now?"},
    "wizard.context.as_last": {"da": "som sidst", "en": "as last time"},
    "wizard.skip": {"da": "Spring over", "en": "Skip"},
    # scope
    "wizard.scope.ask": {
        "da": "Hvilke kompetencer vil du reflektere over?",
        "en": "Which competences do you want to reflect on?",
    },
    "wizard.scope.all": {"da": "Alle {count}", "en": "All {count}"},
    "wizard.scope.phase": {
        "da": "Dem, der er mest i spil i fase {phase} ({numbers})",
        "en": "Those most in play in phase {phase} ({numbers})",
    },
    "wizard.scope.some": {"da": "Nogle af dem – jeg vælger selv", "en": "Some of them – I will choose"},
    "wizard.scope.pick": {"da": "Vælg kompetencerne", "en": "Choose the competences"},
    # one competence
    "wizard.progress": {"da": "Kompetence {index} af {total}", "en": "Competence {index} of {total}"},
    "wizard.answer": {"da": "Dit svar", "en": "Your answer"},
    "wizard.answer_hint": {"da": "(Enter går videre · :e åbner editor)", "en": "(Enter moves on · :e opens editor)"},
    "wizard.rating.ask": {
        "da": "Hvor ofte gør jeg dette i praksis?",
        "en": "How often do I do this in practice?",
    },
    "wizard.rating.last": {"da": "Sidste gang svarede du »{label}«.", "en": "Last time you answered '{label}'."},
    "wizard.rating.last_other_scale": {
        "da": "Sidste gang svarede du »{label}« på en tidligere skala: {scale}.",
        "en": "Last time you answered '{label}' on an earlier scale: {scale}.",
    },
    "wizard.rating.skip": {"da": "Spring over (ingen vurdering)", "en": "Skip (no rating)"},
    "wizard.editor.failed": {
        "da": "Editoren kunne ikke åbnes ({reason}). Skriv svaret her i stedet, eller sæt miljøvariablen EDITOR.",
        "en": "The editor could not be opened ({reason}). Type the answer here instead, or set the EDITOR variable.",
    },
    "wizard.editor.saved": {
        "da": "Svaret er hentet fra editoren ({count} tegn).",
        "en": "The answer was taken from the editor ({count} characters).",
    },
    "wizard.editor.comment": {
        "da": "Linjerne her øverst, der begynder med #, gemmes ikke. Skriv dit svar nedenunder, gem og luk editoren.",
        "en": "The lines at the top starting with # are not saved. Write your answer below, save and close the editor.",
    },
    "wizard.editor.recovered": {
        "da": "Sidst blev terminalen lukket, mens editoren var åben. Dette stod i editoren ({where}):",
        "en": "Last time the terminal was closed while the editor was open. This was in the editor ({where}):",
    },
    "wizard.editor.recover_ask": {"da": "Vil du bruge den tekst?", "en": "Use that text?"},
    "wizard.editor.field_answer": {"da": "{title}, spørgsmål {number}", "en": "{title}, question {number}"},
    "wizard.editor.field_next": {"da": "næste skridt for {title}", "en": "next step for {title}"},
    "wizard.editor.field_note": {"da": "note om næste skridt for {title}", "en": "note on the next step for {title}"},
    "wizard.editor.unchanged": {
        "da": "Editoren blev lukket uden ændringer; dit svar er som før.",
        "en": "The editor was closed without changes; your answer is as before.",
    },
    # next steps
    "wizard.next.heading": {"da": "Dine næste skridt", "en": "Your next steps"},
    "wizard.next.intro": {
        "da": "Her er dine udviklingsområder. Skriv gerne ét konkret skridt "
        "for hver – noget, du vil prøve i netværket inden din næste refleksion. Eller tryk bare Enter.",
        "en": "These are the competences where you have the most room to grow. Write one concrete step "
        "for each if you like – something you will try in the network before your next reflection. "
        "Or just press Enter.",
    },
    "wizard.next.ask": {"da": "Mit næste skridt", "en": "My next step"},
    "wizard.next.even": {
        "da": "Dine vurderinger ligger på samme trin, så ingen kompetence skiller sig ud som udviklingsområde.",
        "en": "Your ratings are all on the same step, so no competence stands out as a growth area.",
    },
    "wizard.next.no_growth": {
        "da": "Ingen kompetence skiller sig ud som udviklingsområde denne gang.",
        "en": "No competence stands out as a growth area this time.",
    },
    "wizard.next.pick": {
        "da": "Vil du alligevel vælge en kompetence og sætte dig et næste skridt?",
        "en": "Would you still like to pick a competence and set yourself a next step?",
    },
    # review
    "wizard.review.heading": {"da": "Dine vurderinger", "en": "Your ratings"},
    "wizard.review.ask": {"da": "Hvad vil du gøre nu?", "en": "What would you like to do now?"},
    "wizard.review.save": {"da": "Gem refleksionen", "en": "Save the reflection"},
    "wizard.review.reopen": {"da": "Ret en kompetence (svar og vurdering)", "en": "Change a competence (answers and rating)"},
    "wizard.review.done": {"da": "Færdig", "en": "Done"},
    "wizard.review.steps": {"da": "Ret et næste skridt", "en": "Change a next step"},
    "wizard.review.context": {"da": "Ret netværkets navn, type eller fase", "en": "Change the network's name, type or phase"},
    "wizard.review.scope": {"da": "Vælg andre kompetencer", "en": "Choose other competences"},
    "wizard.review.which_step": {
        "da": "Hvilket næste skridt vil du rette eller skrive?",
        "en": "Which next step do you want to change or write?",
    },
    "wizard.review.no_network": {"da": "Intet netværk angivet", "en": "No network given"},
    "wizard.review.discard": {"da": "Kassér refleksionen", "en": "Discard the reflection"},
    "wizard.review.which": {"da": "Hvilken kompetence vil du rette?", "en": "Which competence do you want to change?"},
    "wizard.review.back": {"da": "Tilbage til overblikket", "en": "Back to the overview"},
    "wizard.discard.confirm": {
        "da": "Vil du kassere hele refleksionen? Dine svar bliver slettet.",
        "en": "Discard the whole reflection? Your answers will be deleted.",
    },
    "wizard.discarded": {
        "da": "Refleksionen er kasseret, og dine svar er slettet.",
        "en": "The reflection was discarded and your answers deleted.",
    },
    # interruptions and failures
    "wizard.interrupted": {
        "da": "Afbrudt. Dine svar indtil nu er gemt som kladde i {path}. Fortsæt, hvor du slap, med: "
        "netleder reflect --resume {id}",
        "en": "Interrupted. Your answers so far are saved as a draft in {path}. Pick up where you left off "
        "with: netleder reflect --resume {id}",
    },
    "wizard.interrupted_edit": {
        "da": "Afbrudt. Dine ændringer indtil nu er gemt i {path}. Ret videre med: netleder edit {id}",
        "en": "Interrupted. Your changes so far are saved in {path}. Continue changing it with: netleder edit {id}",
    },
    "wizard.interrupted_before": {
        "da": "Afbrudt. Intet er ændret.",
        "en": "Interrupted. Nothing was changed.",
    },
    "wizard.interrupted_old_draft": {
        "da": "Afbrudt. Intet er ændret; din påbegyndte refleksion ligger stadig i {path}. Fortsæt den med: "
        "netleder reflect --resume",
        "en": "Interrupted. Nothing was changed; your unfinished reflection is still in {path}. Continue it "
        "with: netleder reflect --resume",
    },
    "wizard.store_failed": {
        "da": "Det, du lige skrev, kunne ikke gemmes. Her er det, så du kan kopiere det:",
        "en": "What you just wrote could not be saved. Here it is, so you can copy it:",
    },
    # the summary (netleder/render_summary.py)
    "summary.title": {"da": "Refleksion {date}", "en": "Reflection {date}"},
    "date.long": {"da": "{day}. {month} {year}", "en": "{day} {month} {year}"},
    "date.time": {"da": "kl. {hour}.{minute}", "en": "{hour}:{minute}"},
    "date.months": {
        "da": "januar februar marts april maj juni juli august september oktober november december",
        "en": "January February March April May June July August September October November December",
    },
    "summary.draft": {"da": "kladde, ikke afsluttet", "en": "draft, not finished"},
    "summary.network": {"da": "Netværk", "en": "Network"},
    "summary.type": {"da": "Type", "en": "Type"},
    "summary.phase": {"da": "Fase", "en": "Phase"},
    "summary.phase_numbered": {"da": "Fase {number}", "en": "Phase {number}"},
    "summary.in_play": {"da": "I spil nu – {phase}", "en": "In play now – {phase}"},
    "summary.in_play_note": {
        "da": "De kompetencer, fasen kræver mest af dig, og hvor du placerede dig.",
        "en": "The competences the phase asks most of you, and where you placed yourself.",
    },
    "summary.in_play_unrated": {
        "da": "Ikke vurderet denne gang: {titles}.",
        "en": "Not rated this time: {titles}.",
    },
    "summary.ratings": {"da": "Dine vurderinger", "en": "Your ratings"},
    "summary.since_last": {"da": "Sidst → nu", "en": "Last time → now"},
    "summary.since_last_note": {
        "da": "Sidst er din refleksion fra {date} ({id}) i samme netværk. ↑ steget, ↓ faldet, = uændret; "
        "en kompetence, du kun har vurderet den ene gang, har ingen pil.",
        "en": "Last time is your reflection of {date} ({id}) in the same network. ↑ up, ↓ down, = unchanged; "
        "a competence you rated only one of the times has no arrow.",
    },
    "summary.since_last_note_other_scale": {
        "da": "Sidst er din refleksion fra {date} ({id}) i samme netværk.",
        "en": "Last time is your reflection of {date} ({id}) in the same network.",
    },
    "summary.strengths": {"da": "Dine styrker", "en": "Your strengths"},
    "summary.growth": {"da": "Dine udviklingsområder", "en": "Your areas for growth"},
    "summary.even": {
        "da": "Dine vurderinger ligger alle på samme trin, så ingen kompetence skiller sig ud som styrke "
        "eller udviklingsområde.",
        "en": "Your ratings are all on the same step, so no competence stands out as a strength or a "
        "growth area.",
    },
    "summary.none_rated": {
        "da": "Du har ikke vurderet nogen kompetencer denne gang.",
        "en": "You rated no competences this time.",
    },
    "summary.middle": {
        "da": "Dine vurderinger ligger på skalaens midterste trin, så ingen kompetence er udpeget som "
        "styrke eller udviklingsområde.",
        "en": "Your ratings are on the middle step of the scale, so no competence is named as a strength "
        "or an area for growth.",
    },
    "summary.highest": {"da": "Højest vurderet", "en": "Rated highest"},
    "summary.highest_note": {
        "da": "Ingen af dine vurderinger ligger i skalaens øverste del, så de kaldes ikke styrker. "
        "Disse har du vurderet højest:",
        "en": "None of your ratings is in the upper part of the scale, so none is called a strength. "
        "These you rated highest:",
    },
    "summary.follow_ups": {
        "da": "Sådan gik det med dine næste skridt fra sidst",
        "en": "How your next steps from last time went",
    },
    "summary.next_steps": {"da": "Dine næste skridt", "en": "Your next steps"},
    "summary.answers": {"da": "Dine svar", "en": "Your answers"},
    "summary.cut": {
        "da": "… og {count} tegn mere. Hele svaret er gemt; se det med 'netleder show --format markdown'.",
        "en": "… and {count} more characters. The whole answer is saved; see it with "
        "'netleder show --format markdown'.",
    },
    "summary.no_answer": {"da": "(intet svar)", "en": "(no answer)"},
    "summary.keep_asking": {
        "da": "Spørgsmål til dig selv i de kommende uger",
        "en": "Questions to keep asking yourself in the weeks ahead",
    },
    "summary.not_rated": {"da": "ikke vurderet", "en": "not rated"},
    # --- command line: usage and help ------------------------------------------------
    "usage.no_such_option": {
        "da": "Ukendt tilvalg {name}.",
        "en": "Unknown option {name}.",
    },
    "usage.no_such_command": {
        "da": "Der er ingen kommando »{name}«. Kommandoerne er: {choices}.",
        "en": "There is no command '{name}'. The commands are: {choices}.",
    },
    "usage.or": {"da": "eller", "en": "or"},
    "usage.missing": {
        "da": "Mangler {name}.",
        "en": "{name} is missing.",
    },
    "usage.extra": {
        "da": "For mange argumenter: {args}.",
        "en": "Too many arguments: {args}.",
    },
    "usage.did_you_mean": {"da": "Mente du {name}?", "en": "Did you mean {name}?"},
    "usage.needs_value": {
        "da": "Tilvalget {name} skal have en værdi efter sig.",
        "en": "The option {name} needs a value after it.",
    },
    "usage.takes_no_value": {
        "da": "Tilvalget {name} tager ingen værdi.",
        "en": "The option {name} takes no value.",
    },
    "usage.no_command": {
        "da": "Der mangler en kommando. Kommandoerne er: {choices}.",
        "en": "A command is missing. The commands are: {choices}.",
    },
    "usage.wrong": {
        "da": "Kommandoen er ikke skrevet rigtigt.",
        "en": "The command is not written correctly.",
    },
    "completion.installed": {
        "da": "Fuldførelse med tabulatortasten er installeret for {shell} i {path}. Den virker, når du har "
        "startet terminalen igen.",
        "en": "Tab completion is installed for {shell} in {path}. It works once you have restarted the "
        "terminal.",
    },
    "completion.unsupported": {
        "da": "Fuldførelse med tabulatortasten findes ikke til »{shell}«. Den findes til: {shells}.",
        "en": "Completion is not available for the shell '{shell}'. It is available for: {shells}.",
    },
    "usage.see_help": {
        "da": "Se '{command} --help' for, hvordan kommandoen bruges.",
        "en": "See '{command} --help' for how to use the command.",
    },
    "help.app": {
        "da": "Refleksion over netværksledelse: netværksmodellens faser, netværkslederens "
        "kompetencer og din egen refleksion over dem. Alt gemmes kun på denne computer.",
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
        "da": "Format: text, markdown, html, json eller pdf (udskrevet af Edge, Chrome eller Chromium; kræver --output). Uden --format afgør filendelsen i --output formatet (.txt, .md, .html, .json, .pdf), ellers text.",
        "en": "Format: text, markdown, html, json or pdf (printed by Edge, Chrome or Chromium; needs --output). Without --format, the ending of the --output file decides (.txt, .md, .html, .json, .pdf), else text.",
    },
    "help.opt.output": {
        "da": "Skriv til denne fil i stedet for skærmen.",
        "en": "Write to this file instead of the screen.",
    },
    "help.opt.open": {
        "da": "Åbn HTML-siden i din standardbrowser, klar til at udskrive (uden --output i en midlertidig fil, "
        "som kun du kan læse).",
        "en": "Open the HTML page in your default browser, ready to print (without --output in a temporary file "
        "only you can read).",
    },
    "help.opt.force": {
        "da": "Erstat filen i --output, hvis den findes.",
        "en": "Replace the --output file if it exists.",
    },
    "help.opt.version": {"da": "Vis versionen og afslut.", "en": "Show the version and exit."},
    "help.opt.help": {"da": "Vis denne hjælp og afslut.", "en": "Show this message and exit."},
    "help.opt.install_completion": {
        "da": "Gør tabulatortasten i stand til at fuldføre kommandoer og tilvalg i den terminal, du bruger "
        "nu.",
        "en": "Set up tab completion of commands and options in the terminal you are using now.",
    },
    "help.opt.show_completion": {
        "da": "Vis koden til fuldførelse med tabulatortasten i den terminal, du bruger nu, så du kan kopiere "
        "den eller tilpasse installationen.",
        "en": "Show the tab completion code for the terminal you are using now, so you can copy it or adjust "
        "the installation.",
    },
    # the frame of every --help page (click's own words, in both languages)
    # pages at the end of a command's --help: the file formats, shipped with the package
    "help.more.validate.title": {"da": "Indholdsformat", "en": "Content format"},
    "help.more.validate": {
        "da": "En mappe med eget indhold har phases.yaml og/eller competences.yaml (UTF-8). Hver tekst\nhar "
        "en dansk og en engelsk udgave, og hvert element siger, hvor det kommer fra:\nsource: handbook "
        "(håndbogens fakta med egne ord) eller source: authored (skrevet selv).\n\nphases.yaml:\n  about:       "
        "                 # valgfrit: nævnes nederst på uddelingsark\n    source_name: {da: \"...\", en: "
        "\"...\"}\n    source_url: \"https://...\"   # valgfrit; kun https://\n  phases:                       # 1 "
        "til 30, i modellens rækkefølge\n    - id: opstart               # a-z, 0-9 og -, begynder med et "
        "bogstav, højst 40, unikt\n      number: 1                 # helt tal fra 1, unikt; udelad for en "
        "fase uden nummer\n      source: handbook\n      title: {da: \"...\", en: \"...\"}\n      purpose: {da: "
        "\"...\", en: \"...\"}\n      questions:                # 1 til 6 nøglespørgsmål\n        - source: "
        "authored\n          text: {da: \"...\", en: \"...\"}\n      tools:                    # værktøjer, roller "
        "og metoder (gerne ingen)\n        - {da: \"...\", en: \"...\"}\n\ncompetences.yaml:\n  scale:\n    source: "
        "authored            # valgfrit: skalaen mærkes *, hvor den vises\n    question: {da: \"...\", en: "
        "\"...\"}   # valgfrit: spørgsmålet før hver vurdering\n    levels:                     # 2 til 10 "
        "trin: hele tal i træk, uden huller\n      - value: 1\n        label: {da: \"...\", en: \"...\"}\n  "
        "competences:                  # 1 til 30\n    - id: taenk-andre-ind\n      number: 1\n      source: "
        "handbook\n      title: {da: \"...\", en: \"...\"}\n      description: {da: \"...\", en: \"...\"}\n      "
        "observed: {da: \"...\", en: \"...\"}   # valgfrit: i tredje person, til formularen\n      questions:     "
        "           # 1 til 5\n        - source: authored\n          text: {da: \"...\", en: \"...\"}\n\nUkendte "
        "nøgler (fx en stavefejl som titel) er fejl, så intet går upåagtet hen. Hele tal\nskal ligge mellem "
        "-1000000 og 1000000.",
        "en": "A folder of your own content holds phases.yaml and/or competences.yaml (UTF-8). Every\ntext "
        "has a Danish and an English version, and every item says where it comes from:\nsource: handbook (the "
        "handbook's facts in our own words) or source: authored (written here).\n\nphases.yaml:\n  about:       "
        "                 # optional: named at the foot of handouts\n    source_name: {da: \"...\", en: \"...\"}\n "
        "   source_url: \"https://...\"   # optional; https:// only\n  phases:                       # 1 to 30, "
        "in the order of the model\n    - id: opstart               # a-z, 0-9 and -, starting with a letter, "
        "at most 40, unique\n      number: 1                 # whole number from 1, unique; leave out for an "
        "unnumbered phase\n      source: handbook\n      title: {da: \"...\", en: \"...\"}\n      purpose: {da: "
        "\"...\", en: \"...\"}\n      questions:                # 1 to 6 key questions\n        - source: "
        "authored\n          text: {da: \"...\", en: \"...\"}\n      tools:                    # tools, roles and "
        "methods (none is fine)\n        - {da: \"...\", en: \"...\"}\n\ncompetences.yaml:\n  scale:\n    source: "
        "authored            # optional: the scale is marked * where it is shown\n    question: {da: \"...\", "
        "en: \"...\"}   # optional: the question before each rating\n    levels:                     # 2 to 10 "
        "steps: consecutive whole numbers, no gaps\n      - value: 1\n        label: {da: \"...\", en: \"...\"}\n  "
        "competences:                  # 1 to 30\n    - id: taenk-andre-ind\n      number: 1\n      source: "
        "handbook\n      title: {da: \"...\", en: \"...\"}\n      description: {da: \"...\", en: \"...\"}\n      "
        "observed: {da: \"...\", en: \"...\"}   # optional: in the third person, for the form\n      questions:   "
        "             # 1 to 5\n        - source: authored\n          text: {da: \"...\", en: \"...\"}\n\nUnknown "
        "keys (a typo such as titel) are errors, so nothing goes unnoticed. Whole numbers\nmust lie between "
        "-1000000 and 1000000.",
    },
    "help.more.reflect.title": {"da": "Svarfilen (--answers)", "en": "The answers file (--answers)"},
    "help.more.reflect": {
        "da": "En YAML-fil (UTF-8); '-' læser den fra standardinput. Alt kontrolleres, før noget gemmes.\n\n  "
        "network: \"Urban farming i Albertslund\"   # valgfrit\n  network_type: welfare          # valgfrit: "
        "innovation | learning | welfare | other\n  phase: 3                       # valgfrit: fasens nummer "
        "eller id\n  competences:                   # id eller nummer\n    taenk-andre-ind:\n      rating: 4    "
        "              # påkrævet: en værdi på skalaen\n      answers: [\"Svar 1\", \"Svar 2\"]       # valgfrit\n "
        "     next_step: \"Ring til ...\"           # valgfrit\n  follow_up:                     # kun når din "
        "forrige refleksion havde næste skridt\n    taenk-andre-ind:\n      status: partly             # done "
        "| partly | not_yet\n      note: \"...\"                # valgfrit",
        "en": "A YAML file (UTF-8); '-' reads it from standard input. Everything is checked before "
        "anything\nis saved.\n\n  network: \"Urban farming i Albertslund\"   # optional\n  network_type: welfare   "
        "       # optional: innovation | learning | welfare | other\n  phase: 3                       # "
        "optional: the phase's number or id\n  competences:                   # id or number\n    "
        "taenk-andre-ind:\n      rating: 4                  # required: a value on the scale\n      answers: "
        "[\"Answer 1\", \"Answer 2\"]   # optional\n      next_step: \"Call ...\"               # optional\n  "
        "follow_up:                     # only when your previous reflection had next steps\n    "
        "taenk-andre-ind:\n      status: partly             # done | partly | not_yet\n      note: \"...\"       "
        "         # optional",
    },
    "help.frame.usage": {"da": "Brug:", "en": "Usage:"},
    "help.frame.options_metavar": {"da": "[TILVALG]", "en": "[OPTIONS]"},
    "help.frame.command_metavar": {"da": "KOMMANDO [ARGUMENTER]...", "en": "COMMAND [ARGS]..."},
    "help.frame.arguments": {"da": "Argumenter", "en": "Arguments"},
    "help.frame.options": {"da": "Tilvalg", "en": "Options"},
    "help.frame.commands": {"da": "Kommandoer", "en": "Commands"},
    "help.frame.default": {"da": "standard: {value}", "en": "default: {value}"},
    "help.frame.required": {"da": "påkrævet", "en": "required"},
    # the command list of --help: one short, whole sentence per command (never cut)
    "help.short.phases": {"da": "Netværksmodellens faser.", "en": "The phases of the network model."},
    "help.short.competences": {
        "da": "Kompetencerne og spørgsmålene til dem.",
        "en": "The competences and their questions.",
    },
    "help.short.worksheet": {"da": "Arbejdsark til at udfylde i hånden.", "en": "Worksheets to fill in by hand."},
    "help.short.validate": {"da": "Kontrollér en mappe med eget indhold.", "en": "Check a folder of your own content."},
    "help.short.reflect": {"da": "Reflektér over dine kompetencer.", "en": "Reflect on your competences."},
    "help.short.edit": {
        "da": "Ret en refleksion, også efter den er gemt.",
        "en": "Change a reflection, a saved one too.",
    },
    "help.short.history": {"da": "Dine gemte refleksioner, nyeste først.", "en": "Your saved reflections, newest first."},
    "help.short.show": {"da": "Vis en gemt refleksion igen.", "en": "Show a saved reflection again."},
    "help.short.compare": {"da": "Sammenlign to refleksioner.", "en": "Compare two reflections."},
    "help.short.export": {"da": "Gem alle refleksioner i én fil.", "en": "Save all reflections in one file."},
    "help.short.import": {"da": "Hent refleksioner ind fra en fil.", "en": "Bring in reflections from a file."},
    "help.short.delete": {"da": "Slet refleksioner for altid.", "en": "Delete reflections for good."},
    "help.short.info": {"da": "Version, sprog og hvor dine data ligger.", "en": "Version, language, and where your data is."},
    "help.short.check": {"da": "Undersøg, om databasen er beskadiget.", "en": "Check the database for damage."},
    "help.short.settings": {"da": "Dine indstillinger, fx dit navn.", "en": "Your settings, such as your name."},
    "help.short.invite": {"da": "Lav en formular til tilbagemelding fra andre.", "en": "Make a form for feedback from others."},
    "help.short.feedback": {"da": "Tilbagemeldinger fra andre.", "en": "Feedback from others."},
    "help.short.feedback_list": {"da": "Dine tilbagemeldinger, nyeste først.", "en": "Your feedback, newest first."},
    "help.short.feedback_import": {"da": "Læs en tilbagemelding ind fra en fil.", "en": "Read in feedback from a file."},
    "help.short.feedback_show": {"da": "Din vurdering ved siden af andres.", "en": "Your rating beside others'."},
    "help.cmd.phases": {
        "da": "Netværksmodellens faser: et overblik, eller én fase i sin helhed. Kan udskrives som "
        "uddelingsark (--format html).",
        "en": "The phases of the network model: an overview, or one phase in full. Printable as a handout "
        "(--format html).",
    },
    "help.cmd.competences": {
        "da": "Netværkslederens kompetencer: alle med beskrivelse, eller én med dens spørgsmål.",
        "en": "The network leader's competences: all with their description, or one with its questions.",
    },
    "help.cmd.worksheet": {
        "da": "Arbejdsark til at udfylde i hånden på en workshop: navn og dato, hver kompetences beskrivelse og "
        "spørgsmål med plads til at skrive, og skalaen som felter at sætte kryds i.",
        "en": "Worksheets to fill in by hand at a workshop: name and date, each competence's description and "
        "questions with room to write, and the scale as boxes to tick.",
    },
    "help.opt.worksheet_phase": {
        "da": "Begynd med fasens nøglespørgsmål og kompetencerne i spil; uden --competence er det dem, arket tager med.",
        "en": "Start with the phase's key questions and competences in play; without --competence, those are the "
        "competences on the sheet.",
    },
    "help.opt.worksheet_competence": {
        "da": "Tag denne kompetence med (id eller nummer); kan gentages. Uden den: alle, eller fasens kompetencer i spil.",
        "en": "Include this competence (id or number); may be repeated. Without it: all, or the phase's competences "
        "in play.",
    },
    "help.opt.format_worksheet": {
        "da": "html (til udskrift), pdf (kræver --output) eller markdown. Uden: filendelsen i --output, ellers html med --open og ellers markdown.",
        "en": "html (to print), pdf (needs --output) or markdown. Without it: the --output file's ending, else html with --open, else markdown.",
    },
    "help.cmd.validate": {
        "da": "Kontrollér en mappe med eget indhold og vis alle fejl (eller OK med antal).",
        "en": "Check a folder of your own content and show every problem (or OK with counts).",
    },
    "help.cmd.reflect": {
        "da": "Reflektér over dine kompetencer som netværksleder: læs hver kompetence, svar på dens "
        "spørgsmål og vurdér dig selv. Hvert svar gemmes med det samme, kun på denne computer.",
        "en": "Reflect on your competences as a network leader: read each competence, answer its "
        "questions and rate yourself. Every answer is saved at once, only on this machine.",
    },
    "help.opt.answers": {
        "da": "Tag hele refleksionen fra en YAML-fil i stedet for at spørge (formatet står nederst).",
        "en": "Take the whole reflection from a YAML file instead of asking (the format is at the end).",
    },
    "help.opt.format_reflect": {
        "da": "Format for resultatet: text (opsummering) eller json.",
        "en": "Format of the result: text (summary) or json.",
    },
    "help.opt.resume": {
        "da": "Fortsæt en påbegyndt refleksion uden at spørge (den nyeste, eller den med id'et ID).",
        "en": "Resume an unfinished reflection without asking (the newest, or the one with the id ID).",
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
    "help.opt.overview": {
        "da": "Hele modellen på én side: alle faser i rækkefølge med formålet på én linje og kompetencerne i spil "
        "(som HTML et diagram, der udskrives på én A4-side).",
        "en": "The whole model on one page: every phase in order with its purpose in one line and the competences in "
        "play (as HTML a diagram that prints on one A4 page).",
    },
    "help.arg.competence": {"da": "En kompetences nummer eller id.", "en": "A competence's number or id."},
    "help.arg.validate_dir": {
        "da": "Mappen, der skal kontrolleres (standard: det indhold, netleder bruger nu).",
        "en": "The folder to check (default: the content netleder uses now).",
    },
    # --- store ---
    "store.dir_not_dir": {
        "da": "Databasens mappe {path} er en fil, ikke en mappe. Flyt filen, eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "The store's folder {path} is a file, not a folder. Move the file, or set NETLEDER_HOME to another folder.",
    },
    "store.not_a_file": {
        "da": "Der, hvor netleders database skal ligge ({path}), er noget andet end en almindelig fil (fx en FIFO eller en enhed). netleder har ikke åbnet den, og intet er ændret. Flyt den væk, eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "Where netleder's database should be ({path}) there is something other than a plain file (such as a FIFO or a device). netleder did not open it, and nothing was changed. Move it away, or set NETLEDER_HOME to another folder.",
    },
    "store.broken_link": {
        "da": "{path} er en genvej (et symbolsk link), der ikke fører nogen steder hen: det, den peger på, findes ikke (måske et drev, der ikke er tilsluttet), eller den peger i ring. Intet er ændret. Tilslut drevet, ret genvejen, eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "{path} is a shortcut (a symbolic link) that leads nowhere: what it points to does not exist (perhaps a disk that is not connected), or it points in a loop. Nothing was changed. Connect the disk, fix the link, or set NETLEDER_HOME to another folder.",
    },
    "store.is_dir": {
        "da": "{path} er en mappe, men skulle være databasefilen til netleder. Intet er ændret. Flyt mappen, eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "{path} is a folder, but should be netleder's database file. Nothing was changed. Move the folder, or set NETLEDER_HOME to another folder.",
    },
    "store.unreadable": {
        "da": "Kan ikke læse databasen {path} ({reason}). Filen er ikke ændret. Tjek, at filen tilhører dig og kan læses.",
        "en": "Cannot read netleder's database {path} ({reason}). The file was not changed. Check that the file belongs to you and can be read.",
    },
    "store.not_db": {
        "da": "{path} er ikke en netleder-database (filen er ikke en SQLite-database). Filen er ikke ændret. "
        "Flyt den et andet sted hen, og kør igen for at begynde med en ny, tom database.",
        "en": "{path} is not a netleder database (the file is not an SQLite database). The file was not "
        "changed. Move it aside and run again to start a new, empty store.",
    },
    "store.foreign": {
        "da": "{path} er en SQLite-database fra et andet program, ikke fra netleder. Filen er ikke ændret. "
        "Flyt den et andet sted hen, eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "{path} is an SQLite database from another program, not from netleder. The file was not "
        "changed. Move it aside, or set NETLEDER_HOME to another folder.",
    },
    "store.newer": {
        "da": "Databasen {path} er lavet af en nyere version af netleder (skemaversion {found}; denne version kender op til {known}). Filen er ikke ændret. Opdater netleder for at bruge den.",
        "en": "The database {path} was made by a newer version of netleder (schema version {found}; this version knows up to {known}). The file was not changed. Update netleder to use it.",
    },
    "store.damaged": {
        "da": "Databasen {path} er beskadiget. Filen er ikke ændret. Flyt den et andet sted hen (behold en "
        "kopi; den kan måske reddes med sqlite3's .recover), og kør igen for at begynde med en ny, tom "
        "database.",
        "en": "The database {path} is damaged. The file was not changed. Move it aside (keep a copy; it may "
        "be rescued with sqlite3's .recover) and run again to start a new, empty store.",
    },
    "store.readonly": {
        "da": "Databasen {path} er skrivebeskyttet, så netleder kan ikke gemme i den. Filen er ikke ændret. Giv dig selv skriveadgang til filen og dens mappe (fx chmod u+w), eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "The database {path} is read-only, so netleder cannot save to it. The file was not changed. Give yourself write access to the file and its folder (e.g. chmod u+w), or set NETLEDER_HOME to another folder.",
    },
    "store.cannot_create": {
        "da": "Kunne ikke oprette mappen {path} til databasen ({reason}). Sæt NETLEDER_HOME til en mappe, du kan skrive i.",
        "en": "Could not create the folder {path} for netleder's database ({reason}). Set NETLEDER_HOME to a folder you can write to.",
    },
    "store.open_failed": {
        "da": "Kunne ikke åbne databasen {path}: {reason}. {hint}",
        "en": "Could not open the database {path}: {reason}. {hint}",
    },
    "store.read_failed": {
        "da": "Kunne ikke læse fra databasen {path}: {reason}. {hint}",
        "en": "Could not read from the database {path}: {reason}. {hint}",
    },
    "store.write_failed": {
        "da": "Kunne ikke gemme i databasen {path}: {reason}. Alt, hvad der var gemt før, er i behold; kun denne sidste ændring blev ikke gemt. {hint}",
        "en": "Could not save to the database {path}: {reason}. Everything saved before is kept; only this last change was not saved. {hint}",
    },
    "store.reason.full": {"da": "disken er fuld", "en": "the disk is full"},
    "store.reason.readonly": {"da": "databasen er skrivebeskyttet", "en": "the database is read-only"},
    "store.reason.busy": {
        "da": "et andet netleder-vindue holder den låst",
        "en": "another netleder is holding it locked",
    },
    "store.reason.damaged": {"da": "databasen er beskadiget", "en": "the database is damaged"},
    "store.reason.write": {
        "da": "den kunne ikke skrive til filen (disken er måske fuld, eller en grænse for filstørrelse er nået)",
        "en": "it could not write to the file (the disk may be full, or a limit on file size has been reached)",
    },
    "store.reason.cantopen": {"da": "filen kunne ikke åbnes", "en": "the file could not be opened"},
    "store.reason.other": {
        "da": "en uventet fejl fra databasen ({code})",
        "en": "an unexpected database error ({code})",
    },
    "store.hint.full": {"da": "Frigør plads på disken, og prøv igen.", "en": "Free some disk space and try again."},
    "store.hint.readonly": {
        "da": "Giv dig selv skriveadgang til filen og dens mappe, eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "Give yourself write access to the file and its folder, or set NETLEDER_HOME to another folder.",
    },
    "store.hint.busy": {
        "da": "Luk det andet netleder-vindue, eller vent lidt, og prøv igen.",
        "en": "Close the other netleder, or wait a moment, and try again.",
    },
    "store.hint.damaged": {
        "da": "Flyt {path} et andet sted hen (behold en kopi), og kør igen for at begynde med en ny, tom "
        "database.",
        "en": "Move {path} aside (keep a copy) and run again to start a new, empty store.",
    },
    "store.hint.write": {
        "da": "Frigør plads på disken (eller hæv grænsen for filstørrelse), og prøv igen.",
        "en": "Free some disk space (or raise the limit on file size) and try again.",
    },
    "store.hint.cantopen": {
        "da": "Tjek, at mappen findes og tilhører dig, og prøv igen.",
        "en": "Check that the folder exists and belongs to you, and try again.",
    },
    "store.hint.other": {
        "da": "Prøv igen; sker det igen, så vis denne besked til den, der hjælper dig med netleder.",
        "en": "Try again; if it happens again, show this message to whoever helps you with netleder.",
    },
    "store.gone": {
        "da": "Refleksionen {id} findes ikke længere i {path} (den er måske slettet fra et andet netleder-vindue). Den sidste ændring blev ikke gemt.",
        "en": "The reflection {id} no longer exists in {path} (it may have been deleted from another netleder). The last change was not saved.",
    },
    "store.id_taken": {
        "da": "Der findes allerede en refleksion med id {id} i {path}. Intet er gemt.",
        "en": "A reflection with the id {id} already exists in {path}. Nothing was saved.",
    },
    "store.none_yet": {
        "da": "Der er ingen gemte refleksioner endnu. Lav den første med 'netleder reflect'.",
        "en": "There are no saved reflections yet. Make the first one with 'netleder reflect'.",
    },
    "store.unknown_id": {
        "da": "Der er ingen refleksion »{ref}«. De nyeste er: {recent}. Se dem alle med 'netleder history'.",
        "en": "There is no reflection '{ref}'. The newest are: {recent}. See them all with 'netleder "
        "history'.",
    },
    "store.ambiguous_id": {
        "da": "»{ref}« passer på flere refleksioner: {candidates}. Skriv flere tegn af id'et.",
        "en": "'{ref}' matches several reflections: {candidates}. Type more of the id.",
    },
    "store.record_damaged": {
        "da": "Refleksionen {id} i {path} er beskadiget og kan ikke vises. Red dem, der kan læses, med 'netleder export'.",
        "en": "The reflection {id} in {path} is damaged and cannot be shown. Rescue those that can be read with 'netleder export'.",
    },
    "store.all_damaged": {
        "da": "Alle refleksioner i {path}, som netleder kunne finde, er beskadigede. Behold filen; den kan måske reddes med sqlite3's .recover.",
        "en": "Every reflection netleder could find in {path} is damaged. Keep the file; it may be rescued with sqlite3's .recover.",
    },
    "store.feedback_damage_found": {
        "da": "Advarsel: {count} {count:plural:tilbagemelding|tilbagemeldinger} fra andre i {path} er {count:plural:beskadiget|beskadigede} og sprunget over: {ids}.",
        "en": "Warning: {count} {count:plural:piece|pieces} of feedback from others in {path} {count:plural:is|are} damaged and {count:plural:was|were} skipped: {ids}.",
    },
    "check.feedback_damaged": {
        "da": "{count} {count:plural:tilbagemelding|tilbagemeldinger} fra andre i {path} kan ikke læses; {readable} kan.",
        "en": "{count} {count:plural:piece|pieces} of feedback from others in {path} cannot be read; {readable} can.",
    },
    "store.damage_found": {
        "da": "Advarsel: {count} {count:plural:refleksion|refleksioner} i {path} er {count:plural:beskadiget|beskadigede} og sprunget over: {ids}.",
        "en": "Warning: {count} {count:plural:reflection|reflections} in {path} {count:plural:is|are} damaged and {count:plural:was|were} skipped: {ids}.",
    },
    "store.damage_what_to_do": {
        "da": "Sådan redder du resten: 'netleder export --output kopi.json', flyt databasen et andet sted "
        "hen (behold den), og 'netleder import kopi.json'. Indtil da gemmer netleder intet i den.",
        "en": "To rescue the rest: 'netleder export --output copy.json', move the database aside (keep it) "
        "and 'netleder import copy.json'. Until then netleder saves nothing to it.",
    },
    "store.texts_lost": {
        "da": "Bemærk: i {count} {count:plural:refleksion|refleksioner} i {path} kunne teksterne fra dengang (kompetencernes titler, beskrivelser og spørgsmål) ikke læses: {ids}. Dine egne vurderinger, svar og næste skridt er i behold; de vises med kompetencernes id og de nuværende titler, hvor id'erne passer. Teksterne kommer tilbage, hvis du importerer en eksport, der har dem ('netleder import FIL').",
        "en": "Note: in {count} {count:plural:reflection|reflections} in {path}, the texts of that time (the competences' titles, descriptions and questions) could not be read: {ids}. Your own ratings, answers and next steps are intact; they are shown with the competences' ids and today's titles where the ids match. The texts come back if you import an export that has them ('netleder import FILE').",
    },
    "store.lock_lost": {
        "da": "Låsefilen for kladden {id} ved siden af {path} er blevet slettet eller udskiftet, mens du skrev. Et andet vindue kan derfor have åbnet kladden, så netleder gemmer ikke mere herfra; det, du har gemt indtil nu, er i behold. Genoptag kladden med 'netleder reflect --resume' i ét vindue.",
        "en": "The lock file for the draft {id} next to {path} was deleted or replaced while you were writing. Another window may therefore have opened the draft, so netleder saves nothing more from here; what you saved until now is kept. Resume the draft with 'netleder reflect --resume' in one window.",
    },
    "store.follow_up_source_gone": {
        "da": "Refleksionen {id}, som opfølgningen gælder, er slettet (måske fra et andet vindue), mens du svarede. Opfølgningen er ikke gemt; resten af kladden er i behold.",
        "en": "The reflection {id} this follow-up is about was deleted (perhaps from another window) while you were answering. The follow-up was not saved; the rest of the draft is kept.",
    },
    "store.damage_unknown_id": {"da": "en post uden læsbart id", "en": "a record without a readable id"},
    "store.damaged_no_write": {
        "da": "netleder har fundet {count} {count:plural:beskadiget refleksion|beskadigede refleksioner} i {path} og gemmer derfor intet i den. Intet er ændret. Red resten med 'netleder export'.",
        "en": "netleder found {count} damaged {count:plural:reflection|reflections} in {path}, so it saves nothing to it. Nothing was changed. Rescue the rest with 'netleder export'.",
    },
    "store.damaged_no_write_check": {
        "da": "Databasen {path} er beskadiget, så netleder importerer ikke noget i den. Intet er ændret. Red det, der kan læses, med 'netleder export'.",
        "en": "The database {path} is damaged, so netleder imports nothing into it. Nothing was changed. Rescue what can be read with 'netleder export'.",
    },
    "store.files_replaced": {
        "da": "Databasens interne filer ved siden af {path} (-wal, -shm) er blevet slettet eller udskiftet, mens netleder kørte. For ikke at miste noget er den sidste ændring ikke gemt. Start netleder igen.",
        "en": "The database's internal files next to {path} (-wal, -shm) were deleted or replaced while netleder was running. So that nothing is lost, the last change was not saved. Start netleder again.",
    },
    "store.folder_not_private": {
        "da": "Andre end dig kan komme til mappen {path} (rettigheder {mode}), og den tilhører ikke dig, så netleder kan ikke stramme den. Intet er åbnet. Sæt NETLEDER_HOME til en mappe, der er din egen.",
        "en": "Others than you can reach the folder {path} (permissions {mode}), and it does not belong to you, so netleder cannot tighten it. Nothing was opened. Set NETLEDER_HOME to a folder of your own.",
    },
    "store.file_not_private": {
        "da": "Databasen {path} tilhører ikke dig eller har flere navne (hårde links), så andre kan måske læse den. Intet er åbnet. Lav en kopi, der er din egen, eller sæt NETLEDER_HOME til en anden mappe.",
        "en": "The database {path} does not belong to you or has several names (hard links), so others may be able to read it. Nothing was opened. Make a copy of your own, or set NETLEDER_HOME to another folder.",
    },
    "store.side_file_foreign": {
        "da": "Filen {path} ved siden af databasen tilhører ikke dig, er ikke en almindelig fil eller har flere navne (hårde links). Så kunne andre læse med, og netleder åbner derfor ikke databasen. Intet er ændret. Fjern filen, når ingen netleder kører, og prøv igen.",
        "en": "The file {path} next to the database does not belong to you, is not a plain file or has several names (hard links). Others could then read along, so netleder does not open the database. Nothing was changed. Remove the file while no netleder is running, and try again.",
    },
    "store.cannot_tighten": {
        "da": "Kunne ikke gøre {path} privat ({reason}). Intet er åbnet. Giv kun dig selv adgang (fx chmod go-rwx), og prøv igen.",
        "en": "Could not make {path} private ({reason}). Nothing was opened. Give only yourself access (e.g. chmod go-rwx) and try again.",
    },
    "store.candidate": {"da": "{id} ({date})", "en": "{id} ({date})"},
    "store.candidate_draft": {"da": "{id} ({date}, kladde)", "en": "{id} ({date}, draft)"},
    "store.more": {"da": "og {count} flere", "en": "and {count} more"},
    # --- history, show, compare, export, import, delete, info ---
    "help.cmd.history": {
        "da": "Dine gemte refleksioner, nyeste først. Med --competence: én kompetences udvikling over tid.",
        "en": "Your saved reflections, newest first. With --competence: one competence's development over time.",
    },
    "help.cmd.edit": {
        "da": "Ret en refleksion, også efter den er gemt: netværket, kompetencerne, svar, vurderinger og næste skridt.",
        "en": "Change a reflection, also after it is saved: the network, the competences, answers, ratings and next steps.",
    },
    "help.arg.edit_id": {
        "da": "Refleksionens id eller dets første bogstaver (standard: den seneste).",
        "en": "The reflection's id or its first letters (default: the latest).",
    },
    "help.arg.resume_id": {
        "da": "Med --resume: id'et på den kladde, du vil fortsætte (standard: den nyeste).",
        "en": "With --resume: the id of the draft to continue (default: the newest).",
    },
    "help.cmd.show": {
        "da": "Vis en gemt refleksion igen; som Markdown eller HTML kan den udskrives og tages med til en samtale.",
        "en": "Show a saved reflection again; as Markdown or HTML it can be printed and brought to a talk.",
    },
    "help.cmd.compare": {
        "da": "Sammenlign to refleksioner: hvad har flyttet sig, og hvordan gik dine næste skridt?",
        "en": "Compare two reflections: what has moved, and how did your next steps go?",
    },
    "help.cmd.export": {
        "da": "Gem alle refleksioner, også kladder, i én JSON-fil (til en ny computer eller en sikkerhedskopi).",
        "en": "Save every reflection, drafts too, in one JSON file (for a new machine or a backup).",
    },
    "help.cmd.import": {
        "da": "Hent refleksioner ind fra en fil lavet med 'netleder export'. Refleksioner, der allerede findes, springes over.",
        "en": "Bring in reflections from a file made with 'netleder export'. Reflections already stored are skipped.",
    },
    "help.cmd.delete": {
        "da": "Slet refleksioner for altid, også fra databasefilen.",
        "en": "Delete reflections for good, from the database file too.",
    },
    "help.cmd.info": {
        "da": "Version, sprog, hvor indholdet og dine refleksioner ligger, og hvor mange der er.",
        "en": "Version, language, where the content and your reflections are, and how many there are.",
    },
    "help.cmd.settings": {
        "da": "Dine indstillinger: dit navn, som det står på udskrifterne til samtalen med din co-driver "
        "eller din referenceleder.",
        "en": "Your settings: your name, as it appears on the printouts for the conversation with your "
        "co-driver or your reference leader.",
    },
    "help.opt.name": {
        "da": "Sæt dit navn på udskrifterne (gemmes kun på denne computer).",
        "en": "Set your name for the printouts (kept on this computer only).",
    },
    "help.opt.forget_name": {"da": "Glem dit navn igen.", "en": "Forget your name again."},
    "help.opt.network": {
        "da": "Kun refleksioner for dette netværk (navnet; store og små bogstaver er lige meget).",
        "en": "Only reflections for this network (its name; upper and lower case do not matter).",
    },
    "help.opt.format_history": {
        "da": "Format: text, json, html (en side, der kan udskrives; med --competence et diagram) eller pdf "
        "(kræver --output). Uden --format afgør filendelsen i --output formatet.",
        "en": "Format: text, json, html (a printable page; with --competence a chart) or pdf (needs --output). "
        "Without --format, the ending of the --output file decides.",
    },
    "help.opt.trend": {
        "da": "Vis denne kompetences vurdering i alle refleksioner som et lille diagram (id eller nummer).",
        "en": "Show this competence's rating across all reflections as a small chart (id or number).",
    },
    "help.opt.format_text_json": {"da": "Format: text eller json.", "en": "Format: text or json."},
    "help.opt.output_export": {
        "da": "Skriv til denne fil (kun læsbar for dig) i stedet for skærmen.",
        "en": "Write to this file (readable only by you) instead of the screen.",
    },
    "help.opt.all": {"da": "Slet alle refleksioner.", "en": "Delete every reflection."},
    "help.opt.yes": {"da": "Slet uden at spørge først.", "en": "Delete without asking first."},
    "help.arg.reflection": {
        "da": "Refleksionens id (de første tegn er nok) eller 'latest' for den nyeste.",
        "en": "The reflection's id (the first few characters will do) or 'latest' for the newest.",
    },
    "help.arg.compare_a": {
        "da": "Den ene refleksion (standard: den næstnyeste afsluttede i samme netværk som den nyeste). "
        "Den ældste vises altid først.",
        "en": "One reflection (default: the second newest complete one in the newest one's network). "
        "The older is always shown first.",
    },
    "help.arg.compare_b": {
        "da": "Den anden refleksion (standard: den nyeste afsluttede; med kun ét id: den nyeste anden "
        "afsluttede i samme netværk).",
        "en": "The other reflection (default: the newest complete one; with one id only: the newest other "
        "complete one in the same network).",
    },
    "help.arg.import_file": {"da": "En fil lavet med 'netleder export'.", "en": "A file made with 'netleder export'."},
    "help.arg.delete_ids": {
        "da": "Id'erne på de refleksioner, der skal slettes.",
        "en": "The ids of the reflections to delete.",
    },
    # feedback from others: invite, feedback (list, import, show)
    "help.cmd.invite": {
        "da": "Skriv en formular, hvor din co-driver eller din referenceleder kan give dig sit blik på dine "
        "kompetencer. Din co-driver er din sparringspartner tæt på praksis gennem hele netværket; din "
        "referenceleder er din strategiske sparringspartner. Formularen er én HTML-fil, der virker i "
        "browseren uden internet og uden at installere noget.",
        "en": "Write a form in which your co-driver or your reference leader can give you their view of your "
        "competences. Your co-driver is your sparring partner close to practice throughout the network; your "
        "reference leader is your strategic sparring partner. The form is one HTML file that works in the "
        "browser, offline, with nothing to install.",
    },
    "help.opt.invite_name": {
        "da": "Navnet på den, du spørger (står allerede udfyldt i formularen).",
        "en": "The name of the person you ask (filled in on the form already).",
    },
    "help.opt.invite_competence": {
        "da": "Spørg kun om denne kompetence (id eller nummer); kan gentages. Standard: alle.",
        "en": "Ask only about this competence (id or number); may be repeated. Default: all.",
    },
    "help.opt.invite_network": {
        "da": "Netværket, formularen handler om (står i dens overskrift). Standard: netværket i din seneste refleksion.",
        "en": "The network the form is about (shown in its heading). Default: the network of your latest reflection.",
    },
    "help.opt.format_invite": {
        "da": "html (formularen, der udfyldes i en browser) eller pdf (til at udfylde i hånden; kræver --output). "
        "Uden: filendelsen i --output, ellers html.",
        "en": "html (the form, filled in in a browser) or pdf (to fill in by hand; needs --output). Without it: "
        "the --output file's ending, else html.",
    },
    "help.opt.invite_output": {
        "da": "Skriv formularen til denne fil (fx formular.html) i stedet for til skærmen.",
        "en": "Write the form to this file (e.g. form.html) instead of to the screen.",
    },
    "help.cmd.feedback": {
        "da": "Tilbagemeldinger fra andre: se, hvad du har fået (list), læs en fil ind (import), og se den ved siden af din egen vurdering (show).",
        "en": "Feedback from others: see what you have received (list), read a file in (import), and see it beside your own rating (show).",
    },
    "help.cmd.feedback_list": {
        "da": "De tilbagemeldinger, du har fået, nyeste først.",
        "en": "The feedback you have received, newest first.",
    },
    "help.cmd.feedback_import": {
        "da": "Læs en tilbagemelding ind fra den fil, formularen gemte. Filen kontrolleres helt, før noget gemmes.",
        "en": "Read in feedback from the file the form saved. The file is checked completely before anything is stored.",
    },
    "help.arg.feedback_file": {
        "da": "Filen, som formularen fra 'netleder invite' gemte (.json).",
        "en": "The file the form from 'netleder invite' saved (.json).",
    },
    "help.opt.feedback_network": {
        "da": "Netværket, tilbagemeldingen hører til. Standard: netværket i din seneste refleksion.",
        "en": "The network the feedback belongs to. Default: the network of your latest reflection.",
    },
    "help.cmd.feedback_show": {
        "da": "Din egen vurdering ved siden af andres, kompetence for kompetence, og spørgsmål til samtalen, hvor I ser forskelligt.",
        "en": "Your own rating beside others', competence by competence, and questions for the conversation where you see things differently.",
    },
    "help.opt.feedback_show_network": {
        "da": "Vis tilbagemeldinger for dette netværk. Standard: netværket i din seneste refleksion.",
        "en": "Show the feedback for this network. Default: the network of your latest reflection.",
    },
    # history
    "history.heading": {
        "da": "Dine refleksioner ({count}), nyeste først",
        "en": "Your reflections ({count}), newest first",
    },
    "history.heading_network": {
        "da": "Dine refleksioner for {network} ({count}), nyeste først",
        "en": "Your reflections for {network} ({count}), newest first",
    },
    "history.fewer": {
        "da": "Det var alle {count} refleksioner, nyeste først. Se kun de nyeste med 'netleder history --limit {limit}', "
              "eller ét netværk med 'netleder history --network NAVN'.",
        "en": "Those were all {count} reflections, newest first. See only the newest with 'netleder history --limit {limit}', "
              "or one network with 'netleder history --network NAME'.",
    },
    "history.limit_bad": {
        "da": "--limit skal være et helt tal fra 1 og op, ikke »{value}«.",
        "en": "--limit must be a whole number from 1 up, not '{value}'.",
    },
    "help.opt.history_limit": {
        "da": "Vis kun de NR nyeste refleksioner.",
        "en": "Show only the NUMBER newest reflections.",
    },
    "history.none_for_network": {
        "da": "Der er ingen refleksioner for netværket »{network}«. Se alle dine refleksioner med 'netleder "
        "history'.",
        "en": "There are no reflections for the network '{network}'. See all your reflections with 'netleder "
        "history'.",
    },
    "history.none_html": {
        "da": "Der er ingen refleksioner at vise.",
        "en": "There are no reflections to show.",
    },
    "history.col.id": {"da": "Id", "en": "Id"},
    "history.col.date": {"da": "Dato", "en": "Date"},
    "history.col.network": {"da": "Netværk", "en": "Network"},
    "history.col.phase": {"da": "Fase", "en": "Phase"},
    "history.col.count": {"da": "Kompetencer", "en": "Competences"},
    "history.col.strength": {"da": "Styrke", "en": "Strength"},
    "history.col.growth": {"da": "Udviklingsområde", "en": "Growth area"},
    "history.draft": {"da": "kladde", "en": "draft"},
    "history.legend": {
        "da": "Styrke og Udviklingsområde er refleksionens største styrke og vigtigste udviklingsområde (– "
        "hvor der ikke er nogen). Klokkeslættet står med, når to refleksioner er fra samme dag.",
        "en": "Strength and Growth area are the reflection's greatest strength and main area for growth (– "
        "where there is none). The time of day is shown when two reflections are from the same day.",
    },
    "history.count_note": {
        "da": "Kompetencer er antallet af kompetencer i refleksionen; for en kladde står der, hvor mange af "
        "dem der er vurderet (fx 3/10).",
        "en": "Competences is the number of competences in the reflection; for a draft it shows how many of "
        "them are rated (e.g. 3/10).",
    },
    "history.hint": {
        "da": "Se én igen med 'netleder show ID', og sammenlign to med 'netleder compare ID ID'.",
        "en": "See one again with 'netleder show ID', and compare two with 'netleder compare ID ID'.",
    },
    # trend
    "trend.heading": {"da": "{competence} over tid", "en": "{competence} over time"},
    "trend.order": {
        "da": "Én linje pr. refleksion, den ældste øverst.",
        "en": "One line per reflection, the oldest at the top.",
    },
    "trend.none": {
        "da": "Ingen af dine refleksioner har en vurdering af {competence}.",
        "en": "None of your reflections has a rating of {competence}.",
    },
    "trend.chart_caption": {
        "da": "Hvert punkt er en refleksion, den ældste til venstre; et åbent punkt er en kladde. "
        "Linjerne er skalaens trin.",
        "en": "Each point is a reflection, the oldest on the left; an open point is a draft. "
        "The lines are the steps of the scale.",
    },
    "trend.skipped": {
        "da": "{count} {count:plural:refleksion|refleksioner} uden en vurdering af denne kompetence er ikke med.",
        "en": "{count} {count:plural:reflection|reflections} without a rating of this competence {count:plural:is|are} left out.",
    },
    "trend.summary_networks": {
        "da": "Vurderingerne kommer fra {count} netværk, som ikke sammenlignes med hinanden: hver pil sammenligner med den forrige vurdering i samme netværk. {each}",
        "en": "The ratings come from {count} networks, which are not compared with each other: each arrow compares with the previous rating in the same network. {each}",
    },
    "trend.summary_one_network": {
        "da": "»{network}«: første vurdering {first}, seneste {last}.",
        "en": "'{network}': first rating {first}, latest {last}.",
    },
    "trend.no_network": {"da": "uden netværk", "en": "no network"},
    "trend.summary": {
        "da": "Første vurdering: {first}. Seneste: {last}.",
        "en": "First rating: {first}. Latest: {last}.",
    },
    "trend.other_scale": {
        "da": "Nogle af refleksionerne er besvaret på en tidligere skala med andre trin. De står med de "
        "trin, de blev besvaret med, og mellem to forskellige skalaer er der ingen pil. Skalaen nu: {scale}.",
        "en": "Some of the reflections were answered on an earlier scale with other steps. They are shown "
        "with the steps they were answered with, and there is no arrow between two different scales. The "
        "scale now: {scale}.",
    },
    "trend.unknown": {
        "da": "Der er ingen kompetence »{value}« i dit indhold eller dine refleksioner. Vælg et nummer eller "
        "id: {choices}.",
        "en": "There is no competence '{value}' in your content or your reflections. Choose a number or id: "
        "{choices}.",
    },
    # show (the printable reflection)
    "show.id": {"da": "Id", "en": "Id"},
    "show.rating": {"da": "Vurdering", "en": "Rating"},
    "show.private": {
        "da": "Personlig refleksion, gemt med netleder. Del den kun, hvis du selv vil.",
        "en": "A personal reflection, saved with netleder. Share it only if you want to.",
    },
    # the printout for the talk (show --format html / markdown)
    "talk.leader": {"da": "Netværksleder", "en": "Network leader"},
    "talk.ask_name": {
        "da": "Dit navn på udskriften til samtalen (valgfrit):",
        "en": "Your name on the printout for the talk (optional):",
    },
    "talk.ask_name_hint": {
        "da": "(Enter uden navn springer over. Du bliver kun spurgt denne ene gang; ret det med 'netleder settings --name'.)",
        "en": "(Enter with no name skips it. You are asked only this once; change it with 'netleder settings --name'.)",
    },
    "talk.rating_last": {"da": "sidst: {label}", "en": "last time: {label}"},
    "talk.step": {"da": "Skridtet", "en": "The step"},
    "talk.note": {"da": "Din note", "en": "Your note"},
    "talk.plan": {"da": "Planen", "en": "The plan"},
    "talk.notes": {"da": "Noter og aftaler fra samtalen", "en": "Notes and agreements from the talk"},
    "talk.notes_hint": {
        "da": "Til samtalen med din co-driver eller din referenceleder: skriv undervejs, hvad I talte om, og "
        "hvad I aftalte.",
        "en": "For the conversation with your co-driver or your reference leader: note down what you talked "
        "about and what you agreed.",
    },
    "talk.topics": {"da": "Det talte vi om", "en": "What we talked about"},
    "talk.agreed": {"da": "Det aftalte vi", "en": "What we agreed"},
    "talk.next": {"da": "Næste samtale", "en": "Next talk"},
    # settings (the leader's name on the talk printout)
    "settings.unreadable": {
        "da": "Kan ikke læse indstillingerne i {path} ({reason}). Tjek, at filen tilhører dig og kan læses.",
        "en": "Cannot read the settings in {path} ({reason}). Check that the file belongs to you and can be read.",
    },
    "settings.not_utf8": {"da": "filen er ikke gemt som UTF-8", "en": "the file is not saved as UTF-8"},
    "settings.not_plain": {
        "da": "Indstillingsfilen {path} er en genvej (et link) eller noget andet end en almindelig fil. netleder har hverken læst eller ændret den. Fjern den, så laver netleder en ny.",
        "en": "The settings file {path} is a shortcut (a link) or something other than a plain file. netleder neither read nor changed it. Remove it, and netleder makes a new one.",
    },
    "settings.not_yours": {
        "da": "Indstillingsfilen {path} tilhører ikke dig (eller har flere navne). netleder har hverken læst eller ændret den. Fjern den, så laver netleder en ny.",
        "en": "The settings file {path} does not belong to you (or has other names). netleder neither read nor changed it. Remove it, and netleder makes a new one.",
    },
    "settings.broken": {
        "da": "Filen {path} er ikke netleders indstillinger (den skal være et JSON-objekt med tekster). "
        "Den er ikke ændret; flyt eller slet den, og sæt dit navn igen med 'netleder settings --name NAVN'.",
        "en": "The file {path} is not netleder's settings (it must be a JSON object of texts). It was not "
        "changed; move or delete it, and set your name again with 'netleder settings --name NAME'.",
    },
    "settings.delete_failed": {
        "da": "Kunne ikke slette indstillingerne i {path} ({reason}). Slet filen selv, eller prøv igen.",
        "en": "Could not delete the settings in {path} ({reason}). Delete the file yourself, or try again.",
    },
    "settings.write_failed": {
        "da": "Kunne ikke gemme indstillingerne i {path} ({reason}). Intet er ændret.",
        "en": "Could not save the settings in {path} ({reason}). Nothing was changed.",
    },
    "settings.name": {"da": "Navn på udskrifter", "en": "Name on printouts"},
    "settings.no_name": {
        "da": "intet (sæt det med 'netleder settings --name \"Dit Navn\"')",
        "en": "none (set it with 'netleder settings --name \"Your Name\"')",
    },
    "settings.file": {"da": "Indstillingsfil", "en": "Settings file"},
    "settings.name_set": {
        "da": "Dit navn står nu på udskrifterne til samtalen: {name}",
        "en": "Your name now appears on the printouts for the talk: {name}",
    },
    "settings.name_forgotten": {
        "da": "Dit navn er glemt; udskrifterne har en tom linje til det.",
        "en": "Your name is forgotten; the printouts leave a blank line for it.",
    },
    "settings.both": {
        "da": "Brug enten --name eller --forget-name, ikke begge.",
        "en": "Use either --name or --forget-name, not both.",
    },
    # compare
    "compare.too_few": {
        "da": "Der skal være mindst to afsluttede refleksioner for at sammenligne, og der er {count}. "
        "Lav en ny med 'netleder reflect', eller angiv to id'er (se dem med 'netleder history').",
        "en": "Comparing needs at least two complete reflections, and there are {count}. "
        "Make a new one with 'netleder reflect', or give two ids (see them with 'netleder history').",
    },
    "compare.too_few_network": {
        "da": "Der skal være mindst to afsluttede refleksioner for netværket »{network}« for at sammenligne, "
        "og der er {count}. Se dine refleksioner med 'netleder history'.",
        "en": "Comparing needs at least two complete reflections for the network '{network}', and there are "
        "{count}. See your reflections with 'netleder history'.",
    },
    "compare.too_few_newest": {
        "da": "Din nyeste refleksion er for netværket »{network}«, og det har {count} "
        "{count:plural:afsluttet refleksion|afsluttede refleksioner}; der skal to til for at sammenligne. "
        "Vælg et andet netværk med --network, eller angiv to id'er (se dem med 'netleder history').",
        "en": "Your newest reflection is for the network '{network}', which has {count} complete "
        "{count:plural:reflection|reflections}; comparing needs two. Choose another network with --network, "
        "or give two ids (see them with 'netleder history').",
    },
    "compare.too_few_no_network": {
        "da": "Din nyeste refleksion har intet netværk, og der er {count} "
        "{count:plural:afsluttet refleksion|afsluttede refleksioner} uden netværk; der skal to til for at sammenligne. Vælg et netværk "
        "med --network, eller angiv to id'er (se dem med 'netleder history').",
        "en": "Your newest reflection has no network, and there {count:plural:is|are} {count} complete "
        "{count:plural:reflection|reflections} without one; comparing needs two. Choose a network with --network, "
        "or give two ids (see them with 'netleder history').",
    },
    "compare.no_other": {
        "da": "Der er ingen anden afsluttet refleksion for netværket »{network}« at sammenligne {id} med. "
        "Angiv to id'er (se dem med 'netleder history').",
        "en": "There is no other complete reflection for the network '{network}' to compare {id} with. Give "
        "two ids (see them with 'netleder history').",
    },
    "compare.no_other_no_network": {
        "da": "{id} har intet netværk, og der er ingen anden afsluttet refleksion uden netværk at sammenligne "
        "den med. Angiv to id'er (se dem med 'netleder history').",
        "en": "{id} has no network, and there is no other complete reflection without one to compare it with. "
        "Give two ids (see them with 'netleder history').",
    },
    "compare.same": {
        "da": "»{ref}« og »{other}« er den samme refleksion ({id}). Vælg to forskellige.",
        "en": "'{ref}' and '{other}' are the same reflection ({id}). Choose two different ones.",
    },
    "compare.heading": {"da": "Fra {before} til {after}", "en": "From {before} to {after}"},
    "compare.then": {"da": "Sidst", "en": "Last time"},
    "compare.now": {"da": "Nu", "en": "Now"},
    "compare.change": {"da": "Ændring", "en": "Change"},
    "compare.legend": {
        "da": "↑ steget, ↓ faldet, = uændret. Kun kompetencer, du har vurderet begge gange, sammenlignes.",
        "en": "↑ up, ↓ down, = unchanged. Only competences you rated both times are compared.",
    },
    "compare.none_both": {
        "da": "Der er ingen kompetence, du har vurderet begge gange, så der er intet at sammenligne.",
        "en": "You rated no competence both times, so there is nothing to compare.",
    },
    "compare.only_before": {
        "da": "Ikke vurderet denne gang (kun sidst):",
        "en": "Not rated this time (only last time):",
    },
    "compare.only_after": {
        "da": "Nye denne gang (ikke vurderet sidst):",
        "en": "New this time (not rated last time):",
    },
    "compare.both_only": {
        "da": "Kun blandt de kompetencer, du har vurderet begge gange.",
        "en": "Only among the competences you rated both times.",
    },
    "compare.strengths": {"da": "Dine styrker", "en": "Your strengths"},
    "compare.growth": {"da": "Dine udviklingsområder", "en": "Your areas for growth"},
    "compare.came": {"da": "Kommet til", "en": "New"},
    "compare.went": {"da": "Ikke længere", "en": "No longer"},
    "compare.kept": {"da": "Stadig", "en": "Still"},
    "compare.none": {"da": "ingen", "en": "none"},
    "compare.steps": {
        "da": "Dine næste skridt fra {date}, og hvordan det gik",
        "en": "Your next steps from {date}, and how they went",
    },
    "compare.no_steps": {
        "da": "Refleksionen fra {date} havde ingen næste skridt.",
        "en": "The reflection from {date} had no next steps.",
    },
    "compare.no_follow_up": {"da": "ingen opfølgning registreret", "en": "no follow-up recorded"},
    # export and import
    "export.done": {
        "da": "{count} {count:plural:refleksion|refleksioner} eksporteret, heraf {drafts} {drafts:plural:kladde|kladder}. Filen rummer dine svar og kan kun læses af dig: opbevar den sikkert.",
        "en": "{count} {count:plural:reflection|reflections} exported, {drafts} of them {drafts:plural:a draft|drafts}. The file holds your answers and only you can read it: keep it safe.",
    },
    "import.done": {
        "da": "{imported} {imported:plural:refleksion|refleksioner} importeret.",
        "en": "{imported} {imported:plural:reflection|reflections} imported.",
    },
    "import.none_new": {"da": "Ingen nye refleksioner.", "en": "No new reflections."},
    "import.skipped": {
        "da": "{skipped} fandtes allerede og blev sprunget over.",
        "en": "{skipped} {skipped:plural:was|were} already stored and skipped.",
    },
    # delete
    "delete.nothing_given": {
        "da": "Angiv id'et på hver refleksion, der skal slettes, eller --all for at slette dem alle. Se id'erne med 'netleder history'.",
        "en": "Give the id of each reflection to delete, or --all to delete them all. See the ids with 'netleder history'.",
    },
    "delete.ids_and_all": {
        "da": "Angiv enten id'er eller --all, ikke begge dele.",
        "en": "Give either ids or --all, not both.",
    },
    "delete.none": {"da": "Der er ingen refleksioner at slette.", "en": "There are no reflections to delete."},
    "delete.these": {
        "da": "{count:plural:Denne refleksion|Disse refleksioner} bliver slettet for altid:",
        "en": "{count:plural:This reflection|These reflections} will be deleted for good:",
    },
    "delete.all": {
        "da": "Alle {count} refleksioner i {path} bliver slettet for altid, heraf {drafts} {drafts:plural:kladde|kladder}.",
        "en": "All {count} reflections in {path} will be deleted for good, {drafts} of them {drafts:plural:a draft|drafts}.",
    },
    "delete.confirm": {
        "da": "Vil du slette {count} {count:plural:refleksion|refleksioner}? Det kan ikke fortrydes. [j/N]",
        "en": "Delete {count} {count:plural:reflection|reflections}? This cannot be undone. [y/N]",
    },
    "delete.no_tty": {
        "da": "Sletning skal bekræftes, men der er ingen terminal at spørge i. Tilføj --yes for at slette uden at spørge. Intet er slettet.",
        "en": "Deleting must be confirmed, but there is no terminal to ask in. Add --yes to delete without asking. Nothing was deleted.",
    },
    "delete.kept": {"da": "Intet er slettet.", "en": "Nothing was deleted."},
    "delete.settings_too": {
        "da": "Dine indstillinger ({path}), med dit navn til udskriften, bliver også slettet.",
        "en": "Your settings ({path}), with your name for the printout, will be deleted too.",
    },
    "delete.settings_deleted": {
        "da": "Dine indstillinger (dit navn til udskriften) er slettet.",
        "en": "Your settings (your name for the printout) have been deleted.",
    },
    "delete.draft_open": {
        "da": "Kladden {id} er åben i netleder reflect lige nu ({where}), så den er ikke slettet. Afslut eller luk "
        "den dér, og slet den så. Intet er slettet.",
        "en": "The draft {id} is open in netleder reflect right now ({where}), so it was not deleted. Finish or close "
        "it there, then delete it. Nothing was deleted.",
    },
    "delete.done": {
        "da": "{count} {count:plural:refleksion|refleksioner} er slettet, også fra databasefilen.",
        "en": "{count} {count:plural:reflection|reflections} deleted, from the database file too.",
    },
    # --- feedback from others: invite, the form, feedback import/list/show -------------
    # the form (netleder/formats/feedback_form.py); its texts speak to the person asked
    "invite.title": {"da": "Dit blik på min netværksledelse", "en": "Your view of my network leadership"},
    "invite.intro": {
        "da": "Jeg bruger netleder til at reflektere over, hvordan jeg leder vores netværk, og jeg vil gerne høre, hvordan du ser det. Under hver kompetence kan du sætte et kryds på skalaen og skrive en kommentar, hvis du har lyst. Du kan springe alt over, du ikke kan svare på.",
        "en": "I use netleder to reflect on how I lead our network, and I would like to hear how you see it. Under each competence you can mark a point on the scale and add a comment if you like. Skip anything you cannot answer.",
    },
    "invite.from": {"da": "Fra: {leader}", "en": "From: {leader}"},
    "invite.network": {"da": "Netværk: {network}", "en": "Network: {network}"},
    "invite.intro_network": {
        "da": "Jeg bruger netleder til at reflektere over, hvordan jeg leder netværket »{network}«, og jeg vil gerne høre, hvordan du ser det. Under hver kompetence kan du sætte et kryds på skalaen og skrive en kommentar, hvis du har lyst. Du kan springe alt over, du ikke kan svare på.",
        "en": "I use netleder to reflect on how I lead the network “{network}”, and I would like to hear how you see it. Under each competence you can mark a point on the scale and add a comment if you like. Skip anything you cannot answer.",
    },
    "invite.privacy_leader": {
        "da": "Intet af det, du skriver, forlader din computer, medmindre du selv sender filen. Siden har ingen forbindelse til internettet: når du trykker på knappen nederst, gemmer din browser en fil i din mappe med overførsler. Send den fil til mig, {leader}, fx som vedhæftet fil i en mail.",
        "en": "Nothing you write leaves your computer unless you send the file yourself. The page has no connection to the internet: when you press the button at the bottom, your browser saves a file in your downloads folder. Send that file to me, {leader}, for example attached to an e-mail.",
    },
    "invite.privacy": {
        "da": "Intet af det, du skriver, forlader din computer, medmindre du selv sender filen. Siden har ingen forbindelse til internettet: når du trykker på knappen nederst, gemmer din browser en fil i din mappe med overførsler. Send den fil til mig, fx som vedhæftet fil i en mail.",
        "en": "Nothing you write leaves your computer unless you send the file yourself. The page has no connection to the internet: when you press the button at the bottom, your browser saves a file in your downloads folder. Send that file to me, for example attached to an e-mail.",
    },
    "invite.paper": {
        "da": "På papir: sæt kryds og skriv i felterne, og giv mig arket.",
        "en": "On paper: tick and write in the boxes, and hand me the sheet.",
    },
    "invite.noscript": {
        "da": "Din browser kører ikke sidens script, så knappen til at gemme virker ikke. Udskriv siden, og udfyld den i hånden.",
        "en": "Your browser does not run the page's script, so the save button will not work. Print the page and fill it in by hand.",
    },
    "invite.giver": {"da": "Dit navn", "en": "Your name"},
    "invite.ask": {
        "da": "Hvor ofte ser du mig gøre dette i praksis?",
        "en": "How often do you see me do this in practice?",
    },
    "invite.ask_named": {
        "da": "Hvor ofte ser du {leader} gøre dette i praksis?",
        "en": "How often do you see {leader} do this in practice?",
    },
    "invite.cannot_say": {"da": "Kan ikke sige", "en": "Cannot say"},
    "invite.comment": {"da": "Kommentar (valgfri)", "en": "Comment (optional)"},
    "invite.save": {"da": "Gem dine svar som fil", "en": "Save your answers as a file"},
    "invite.after_save": {
        "da": "Du kan gemme igen, hvis du retter noget: send så den nyeste fil.",
        "en": "You can save again if you change something: then send the newest file.",
    },
    "invite.js_need_name": {"da": "Skriv dit navn øverst, før du gemmer.", "en": "Write your name at the top before you save."},
    "invite.js_need_answer": {
        "da": "Der er intet at gemme endnu: sæt mindst ét kryds eller skriv en kommentar.",
        "en": "There is nothing to save yet: mark at least one point or write a comment.",
    },
    "invite.js_saved_leader": {
        "da": "Gemt som {file} i din mappe med overførsler. Send filen til {leader}.",
        "en": "Saved as {file} in your downloads folder. Send the file to {leader}.",
    },
    "invite.js_saved": {
        "da": "Gemt som {file} i din mappe med overførsler. Send filen til mig.",
        "en": "Saved as {file} in your downloads folder. Send the file to me.",
    },
    "invite.footer": {
        "da": "Lavet med netleder {version}. Siden henter intet fra internettet og sender intet.",
        "en": "Made with netleder {version}. The page loads nothing from the internet and sends nothing.",
    },
    "invite.done": {
        "da": "Formularen spørger om {count} {count:plural:kompetence|kompetencer}. Send filen til den, du "
        "spørger – din co-driver, der følger dit arbejde tæt, eller din referenceleder – som åbner den i sin "
        "browser.",
        "en": "The form asks about {count} {count:plural:competence|competences}. Send the file to the "
        "person you are asking – your co-driver, who follows your work closely, or your reference leader – "
        "who opens it in their browser.",
    },
    # --- the course: share files, `netleder share`, `course form`, `course show` ----------------
    # the share file (netleder/exchange/share.py): reasons a file is left out
    "share.not_share": {
        "da": "filen er ikke en delingsfil fra netleder (den skal have \"format\": \"{format}\"; den har {found})",
        "en": "the file is not a share file from netleder (it must have \"format\": \"{format}\"; it has {found})",
    },
    "share.no_version": {
        "da": "mangler en version (netleder læser version {expected})",
        "en": "has no version (netleder reads version {expected})",
    },
    "share.bad_version": {
        "da": "ugyldig version {version} (netleder læser version {expected})",
        "en": "invalid version {version} (netleder reads version {expected})",
    },
    "share.newer_version": {
        "da": "filen har version {version}, som en nyere netleder har skrevet (denne læser version {expected}); opdatér netleder",
        "en": "the file has version {version}, written by a newer netleder (this one reads version {expected}); update netleder",
    },
    "share.unknown_key": {
        "da": "ukendt felt »{key}« (en delingsfil rummer kun: {keys})",
        "en": "unknown field '{key}' (a share file holds only: {keys})",
    },
    "share.missing_key": {"da": "feltet »{key}« mangler", "en": "the field '{key}' is missing"},
    "share.bad_share_id": {
        "da": "delings-id'et »{value}« er ugyldigt (det skal være {length} tegn fra netleders id-alfabet)",
        "en": "the share id '{value}' is invalid (it must be {length} characters of netleder's id alphabet)",
    },
    "share.bad_phase": {
        "da": "fasen »{value}« er ikke et gyldigt fase-id",
        "en": "the phase '{value}' is not a valid phase id",
    },
    "share.content_not_mapping": {
        "da": "'content' skal være en samling af felter, men er {got}",
        "en": "'content' must be a mapping, but is {got}",
    },
    "share.unknown_content_key": {
        "da": "ukendt felt »{key}« i 'content' (tilladt: {keys})",
        "en": "unknown field '{key}' in 'content' (allowed: {keys})",
    },
    "share.bad_content_ids": {
        "da": "'competences' i 'content' skal være en liste med 1 til {limit} kompetence-id'er",
        "en": "'competences' in 'content' must be a list of 1 to {limit} competence ids",
    },
    "share.bad_id": {
        "da": "»{value}« er ikke et gyldigt kompetence-id",
        "en": "'{value}' is not a valid competence id",
    },
    "share.dup_content_id": {
        "da": "kompetencen »{id}« står to gange i 'competences' i 'content'",
        "en": "the competence '{id}' is listed twice in 'competences' in 'content'",
    },
    "share.bad_scale": {
        "da": "'scale' i 'content' skal være en liste med 2 til {limit} hele tal",
        "en": "'scale' in 'content' must be a list of 2 to {limit} whole numbers",
    },
    "share.bad_scale_value": {
        "da": "»{value}« i 'scale' i 'content' er ikke et helt tal fra 0 og op",
        "en": "'{value}' in 'scale' in 'content' is not a whole number from 0 up",
    },
    "share.dup_scale_value": {"da": "'scale' i 'content' har den samme værdi to gange", "en": "'scale' i 'content' has the same value twice"},
    "share.ratings_not_mapping": {
        "da": "'ratings' skal være en samling af kompetence-id: værdi, men er {got}",
        "en": "'ratings' must be a mapping of competence id: value, but is {got}",
    },
    "share.no_ratings": {"da": "filen rummer ingen vurderinger", "en": "the file holds no ratings"},
    "share.rating_unknown_id": {
        "da": "vurderingen af »{id}« hører ikke til filens kompetencesæt",
        "en": "the rating of '{id}' does not belong to the file's content set",
    },
    "share.rating_not_number": {
        "da": "vurderingen af »{id}« skal være et helt tal på skalaen, men er {got}",
        "en": "the rating of '{id}' must be a whole number on the scale, but is {got}",
    },
    "share.rating_off_scale": {
        "da": "vurderingen af »{id}« er {value}, som ikke er på skalaen ({scale})",
        "en": "the rating of '{id}' is {value}, which is not on the scale ({scale})",
    },
    "share.too_big": {"da": "filen er større end {limit} KB", "en": "the file is larger than {limit} KB"},
    "share.not_utf8": {"da": "filen er ikke UTF-8-tekst", "en": "the file is not UTF-8 text"},
    "share.too_deep": {
        "da": "filen er indlejret dybere end {limit} niveauer",
        "en": "the file is nested deeper than {limit} levels",
    },
    "share.not_json": {"da": "filen er ikke gyldig JSON", "en": "the file is not valid JSON"},
    "share.dup_key": {"da": "feltet »{key}« står to gange", "en": "the field '{key}' appears twice"},
    "share.not_json_name": {
        "da": "navnet ender ikke på .json, så det er ikke en delingsfil",
        "en": "the name does not end in .json, so it is not a share file",
    },
    "share.not_regular": {
        "da": "ikke en almindelig fil (men fx en mappe eller et link)",
        "en": "not a regular file (but a folder or a link, for instance)",
    },
    "share.unreadable": {"da": "kunne ikke læses: {reason}", "en": "could not be read: {reason}"},
    "share.other_content": {
        "da": "filen hører til et andet kompetencesæt end det, netleder bruger her",
        "en": "the file belongs to another content set than the one netleder uses here",
    },
    "share.differs_unknown": {
        "da": "den har kompetencer, som ikke findes her: {ids}",
        "en": "it has competences that do not exist here: {ids}",
    },
    "share.differs_missing": {"da": "den mangler kompetencerne: {ids}", "en": "it lacks the competences: {ids}"},
    "share.differs_scale": {
        "da": "dens skala er {theirs}, her er den {ours}",
        "en": "its scale is {theirs}, here it is {ours}",
    },
    # reading the files and folders given to `course show`
    "course.folder_unreadable": {
        "da": "Mappen {path} kunne ikke læses: {reason}.",
        "en": "The folder {path} could not be read: {reason}.",
    },
    "course.missing": {
        "da": "{path} findes ikke. Angiv delingsfilerne eller mappen, de ligger i.",
        "en": "{path} does not exist. Give the share files or the folder they are in.",
    },
    "course.too_many": {
        "da": "Mere end {limit} filer: det er flere, end et kursus har. Læg delingsfilerne i en mappe for sig.",
        "en": "More than {limit} files: more than any course has. Put the share files in a folder of their own.",
    },
    "course.no_files": {
        "da": "Der er ingen .json-filer at læse. Læg deltagernes delingsfiler i mappen, og prøv igen.",
        "en": "There are no .json files to read. Put the participants' share files in the folder and try again.",
    },
    # the course view (netleder/views/course.py)
    "course.title": {"da": "Hvor står gruppen?", "en": "Where does the group stand?"},
    "course.quoted": {"da": "»{text}«", "en": "“{text}”"},
    "course.either": {"da": "{some} eller {last}", "en": "{some} or {last}"},
    "course.says": {"da": "{count} af {of} siger {labels}", "en": "{count} of {of} say {labels}"},
    "course.responses": {
        "da": "{count} {count:plural:besvarelse|besvarelser} i alt.",
        "en": "{count} {count:plural:answer|answers} in all.",
    },
    "course.anonymity": {
        "da": "Ingen enkeltpersons svar kan ses: her er kun optællinger, og en kompetence, som færre end {min} har vurderet, vises uden tal.",
        "en": "No one's answers can be seen: there are only counts here, and a competence rated by fewer than {min} is shown without figures.",
    },
    "course.note_repeated": {
        "da": "{count} {count:plural:fil var|filer var} den samme besvarelse gemt igen (samme delings-id); hver besvarelse tæller én gang.",
        "en": "{count} {count:plural:file was|files were} the same answer saved again (the same share id); each answer counts once.",
    },
    "course.note_differing": {
        "da": "{count} af dem havde andre vurderinger end den nyeste fil med samme delings-id; den nyeste tæller.",
        "en": "{count} of them had other ratings than the newest file with the same share id; the newest counts.",
    },
    "course.note_left_out": {
        "da": "{count} {count:plural:fil kunne|filer kunne} ikke bruges og er ikke talt med.",
        "en": "{count} {count:plural:file|files} could not be used and {count:plural:is|are} not counted.",
    },
    "course.note_hidden": {
        "da": "{count} {count:plural:kompetence er|kompetencer er} vurderet af færre end {min} og vises uden tal.",
        "en": "{count} {count:plural:competence is|competences are} rated by fewer than {min} and shown without figures.",
    },
    "course.phases": {"da": "Faser: {parts}.", "en": "Phases: {parts}."},
    "course.phase_count": {"da": "{count} i {phase}", "en": "{count} in {phase}"},
    "course.phases_rest": {
        "da": "{count} uden fase eller i en fase, færre har angivet.",
        "en": "{count} without a phase or in a phase fewer gave.",
    },
    "course.footer": {
        "da": "Lavet med netleder {version} ud fra deltagernes delingsfiler. Ingen navne, netværk eller svar er med.",
        "en": "Made with netleder {version} from the participants' share files. No names, networks or answers are included.",
    },
    "course.rated_by": {"da": "vurderet af {count}", "en": "rated by {count}"},
    "course.label.distribution": {"da": "Sådan fordeler vurderingerne sig", "en": "How the ratings fall"},
    "course.label.competence": {"da": "Kompetence", "en": "Competence"},
    "course.label.answers": {"da": "Antal", "en": "Number"},
    "course.label.too_few": {"da": "for få til at vise", "en": "too few to show"},
    "course.label.strongest": {"da": "Hvor gruppen står stærkest", "en": "Where the group is strongest"},
    "course.label.growth": {"da": "Hvor gruppen mest vil vokse", "en": "Where the group most wants to grow"},
    "course.label.none_strong": {
        "da": "Ingen kompetence, hvor flere siger et trin over skalaens midte end under.",
        "en": "No competence where more say a step above the scale's middle than below it.",
    },
    "course.label.none_growth": {
        "da": "Ingen kompetence, hvor flere siger et trin under skalaens midte end over.",
        "en": "No competence where more say a step below the scale's middle than above it.",
    },
    "course.label.questions": {"da": "Spørgsmål til gruppens samtale", "en": "Questions for the group's talk"},
    "course.label.notes": {"da": "Om tallene", "en": "About the figures"},
    "course.label.chart": {
        "da": "Vurderingerne pr. kompetence, som antal på hvert trin af skalaen",
        "en": "The ratings per competence, as the number on each step of the scale",
    },
    "course.q_strongest": {
        "da": "Om {competence}: Hvad gør I konkret, når det lykkes? Hvem vil fortælle om en situation?",
        "en": "On {competence}: what do you actually do when it works? Who will tell about a situation?",
    },
    "course.q_growth": {
        "da": "Om {competence}: Hvad står i vejen i jeres netværk, og hvad ville være et første lille skridt?",
        "en": "On {competence}: what stands in the way in your networks, and what would be a first small step?",
    },
    "course.q_split": {
        "da": "Om {competence} er gruppen delt: Hvad ser de, der svarer højt, som de andre kan bruge, og omvendt?",
        "en": "On {competence} the group is split: what do those who answer high see that the others can use, and the other way round?",
    },
    "course.q_surprise": {
        "da": "Hvad i billedet overrasker jer, og hvad kender I igen?",
        "en": "What in the picture surprises you, and what do you recognise?",
    },
    "course.q_next": {
        "da": "Hvilken kompetence vil I arbejde med til næste gang, og hvorfor netop den?",
        "en": "Which competence do you want to work on next time, and why that one?",
    },
    # `netleder share` (netleder/commands/share.py)
    "share.output_json": {
        "da": "En delingsfil er JSON: navnet skal ende på .json (ikke {path}).",
        "en": "A share file is JSON: its name must end in .json (not {path}).",
    },
    "share.no_tty": {
        "da": "netleder viser, hvad delingsfilen kommer til at rumme, og spørger, før den skrives, men her er ingen terminal at spørge i. Kør kommandoen i en terminal, eller tilføj --yes for at skrive den uden at spørge: netleder share --output {output} --yes",
        "en": "netleder shows what the share file will hold and asks before writing it, but there is no terminal to ask in here. Run the command in a terminal, or add --yes to write it without asking: netleder share --output {output} --yes",
    },
    "share.none_complete": {
        "da": "Der er ingen færdig refleksion at dele. Lav en med 'netleder reflect', og prøv igen.",
        "en": "There is no complete reflection to share. Make one with 'netleder reflect' and try again.",
    },
    "share.draft": {
        "da": "Refleksionen {id} er ikke færdig. Gør den færdig med 'netleder reflect {id}', eller del en anden.",
        "en": "The reflection {id} is not complete. Finish it with 'netleder reflect {id}', or share another one.",
    },
    "share.scale_differs": {
        "da": "Refleksionen er lavet med en anden skala end den, netleder bruger nu, så vurderingerne kan ikke deles i dette kompetencesæt. Brug samme --data-dir som da du reflekterede.",
        "en": "The reflection was made with another scale than the one netleder uses now, so its ratings cannot be shared in this content set. Use the same --data-dir as when you reflected.",
    },
    "share.nothing_left": {
        "da": "Der er ingen vurderinger at dele: refleksionen har ingen vurderede kompetencer tilbage, når de udeladte er taget fra.",
        "en": "There are no ratings to share: the reflection has no rated competences left once those left out are taken away.",
    },
    "share.preview": {
        "da": "Delingsfilen {path} kommer til at rumme præcis dette:",
        "en": "The share file {path} will hold exactly this:",
    },
    "share.holds": {
        "da": "Det er dine vurderinger af {count} {count:plural:kompetence|kompetencer} ({titles}), hvilke kompetencer og hvilken skala netleder bruger, og et tilfældigt delings-id, så den samme fil kun tælles én gang.",
        "en": "That is your ratings of {count} {count:plural:competence|competences} ({titles}), which competences and which scale netleder uses, and a random share id, so the same file counts only once.",
    },
    "share.holds_phase": {"da": "Og netværkets fase: {phase}.", "en": "And the network's phase: {phase}."},
    "share.never": {
        "da": "Den rummer ikke dit navn, dit netværk, dine svar, næste skridt, noter, en dato eller refleksionens id. netleder sender intet: filen forlader kun din computer, hvis du selv sender den.",
        "en": "It does not hold your name, your network, your answers, next steps, notes, a date or the reflection's id. netleder sends nothing: the file leaves your computer only if you send it.",
    },
    "share.left_out": {
        "da": "{count} {count:plural:vurdering er|vurderinger er} udeladt, som du bad om.",
        "en": "{count} {count:plural:rating is|ratings are} left out, as you asked.",
    },
    "share.not_in_content": {
        "da": "Udeladt, fordi kompetencesættet ikke længere har dem: {ids}.",
        "en": "Left out because the content set no longer has them: {ids}.",
    },
    "share.confirm": {"da": "Skriv delingsfilen?", "en": "Write the share file?"},
    "share.cancelled": {"da": "Afbrudt. Ingen fil er skrevet.", "en": "Interrupted. No file was written."},
    "share.not_written": {"da": "Ingen fil er skrevet.", "en": "No file was written."},
    "share.done": {
        "da": "Send filen til kursets underviser. Underviseren kan åbne den og se dine vurderinger; når gruppen vises, ses kun hele gruppen, og kun når mindst 3 har delt.",
        "en": "Send the file to the course's facilitator. The facilitator can open it and see your ratings; when the group is shown, only the whole group is seen, and only once at least 3 have shared.",
    },
    # `netleder course form` (netleder/commands/course.py, netleder/formats/html.py, templates/course_form.html)
    "course.form_html": {
        "da": "Formularen skrives som HTML-side (.html) eller PDF (.pdf): navnet skal ende sådan, som --format siger (ikke {path}).",
        "en": "The form is written as an HTML page (.html) or a PDF (.pdf): its name must end as --format says (not {path}).",
    },
    "course.form_done": {
        "da": "Formularen spørger om {count} {count:plural:kompetence|kompetencer}. Send filen til deltagerne; de åbner den i deres browser og sender dig den fil, den gemmer.",
        "en": "The form asks about {count} {count:plural:competence|competences}. Send the file to the participants; they open it in their browser and send you the file it saves.",
    },
    "course.form_done_pdf": {
        "da": "Formularen spørger om {count} {count:plural:kompetence|kompetencer}. Udskriv den til deltagerne; de udfylder den i hånden uden navn.",
        "en": "The form asks about {count} {count:plural:competence|competences}. Print it for the participants; they fill it in by hand without a name.",
    },
    "course.form_title": {"da": "Hvor står du som netværksleder?", "en": "Where do you stand as a network leader?"},
    "course.form_intro": {
        "da": "Sæt et kryds ved hver kompetence: hvor ofte gør du det i praksis? Spring over, hvad du ikke vil svare på. Når gruppen vises, ses kun, hvordan hele gruppen fordeler sig, aldrig den enkeltes kryds.",
        "en": "Tick one box for each competence: how often do you do this in practice? Skip what you do not want to answer. When the group is shown, only how the whole group falls can be seen, never one person's ticks.",
    },
    "course.form_intro_named": {
        "da": "Til kurset »{course}«: sæt et kryds ved hver kompetence: hvor ofte gør du det i praksis? Spring over, hvad du ikke vil svare på. Når gruppen vises, ses kun, hvordan hele gruppen fordeler sig, aldrig den enkeltes kryds.",
        "en": "For the course “{course}”: tick one box for each competence: how often do you do this in practice? Skip what you do not want to answer. When the group is shown, only how the whole group falls can be seen, never one person's ticks.",
    },
    "course.form_holds": {
        "da": "Filen, du gemmer, rummer kun dine kryds pr. kompetence, hvilke kompetencer og hvilken skala formularen bruger, netværkets fase, hvis du angiver den, og et tilfældigt nummer, så den samme fil kun tælles én gang. Den rummer ikke dit navn, dit netværk eller en dato. Den, der får filen, kan åbne den og se dine kryds.",
        "en": "The file you save holds only your ticks per competence, which competences and which scale the form uses, the network's phase if you give it, and a random number, so the same file counts only once. It does not hold your name, your network or a date. Whoever gets the file can open it and see your ticks.",
    },
    "course.form_stays": {
        "da": "Siden sender intet: intet forlader din computer, medmindre du selv sender filen.",
        "en": "The page sends nothing: nothing leaves your computer unless you send the file yourself.",
    },
    "course.form_paper": {
        "da": "På papir: sæt ét kryds pr. kompetence, skriv ikke dit navn, og læg arket i bunken hos underviseren.",
        "en": "On paper: tick one box per competence, do not write your name, and put the sheet on the facilitator's pile.",
    },
    "course.form_noscript": {
        "da": "Knappen, der gemmer, kræver JavaScript. Du kan stadig udskrive siden og udfylde den i hånden.",
        "en": "The save button needs JavaScript. You can still print the page and fill it in by hand.",
    },
    "course.form_ask": {"da": "Hvor ofte gør jeg dette i praksis?", "en": "How often do I do this in practice?"},
    "course.form_phase": {
        "da": "Hvilken fase er dit netværk i nu? (valgfrit)",
        "en": "Which phase is your network in now? (optional)",
    },
    "course.form_skip": {"da": "Spring over", "en": "Skip"},
    "course.form_save": {"da": "Gem mine kryds som fil", "en": "Save my ticks as a file"},
    "course.form_after_save": {
        "da": "Send den gemte fil til underviseren. Gemmer du igen fra samme side, får filen samme nummer og tæller stadig kun én gang.",
        "en": "Send the saved file to the facilitator. If you save again from the same page, the file gets the same number and still counts only once.",
    },
    "course.form_file_stem": {"da": "netleder-kursus", "en": "netleder-course"},
    "course.form_js_need_answer": {
        "da": "Sæt mindst ét kryds, før du gemmer.",
        "en": "Tick at least one box before you save.",
    },
    "course.form_js_saved": {
        "da": "Gemt som {file} i din mappe med overførsler. Send filen til underviseren.",
        "en": "Saved as {file} in your downloads folder. Send the file to the facilitator.",
    },
    "course.form_js_holds": {
        "da": "Filen rummer {count} kryds og intet andet om dig.",
        "en": "The file holds {count} ticks and nothing else about you.",
    },
    "course.form_footer": {
        "da": "Lavet med netleder {version}. Siden henter intet fra internettet og sender intet.",
        "en": "Made with netleder {version}. The page loads nothing from the internet and sends nothing.",
    },
    # `netleder course show`
    "course.bad_files": {
        "da": "{count} {count:plural:fil kan|filer kan} ikke bruges og er ikke talt med:",
        "en": "{count} {count:plural:file|files} cannot be used and {count:plural:is|are} not counted:",
    },
    "course.more_reasons": {"da": "og {count} mere", "en": "and {count} more"},
    "course.more_files": {
        "da": "… og {count} {count:plural:fil|filer} mere.",
        "en": "… and {count} more {count:plural:file|files}.",
    },
    "course.none_usable": {
        "da": "Ingen af besvarelserne kan bruges, så intet vises. Saml delingsfilerne i mappen (mindst {min}), og prøv igen.",
        "en": "None of the answers can be used, so nothing is shown. Collect the share files in the folder (at least {min}) and try again.",
    },
    "course.too_few": {
        "da": "Der er kun {count} {count:plural:besvarelse|besvarelser}, der kan bruges. Med færre end {min} ville den enkeltes svar kunne ses, så intet vises. Saml flere delingsfiler i mappen, og prøv igen.",
        "en": "Only {count} {count:plural:answer|answers} can be used. With fewer than {min}, one person's answers could be seen, so nothing is shown. Collect more share files in the folder and try again.",
    },
    # the course (help texts)
    "help.short.share": {"da": "Del dine vurderinger med et kursus.", "en": "Share your ratings with a course."},
    "help.short.course": {"da": "Til kursets underviser.", "en": "For the course's facilitator."},
    "help.short.course_form": {"da": "Lav en formular til deltagere uden netleder.", "en": "Make a form for participants without netleder."},
    "help.short.course_show": {"da": "Vis hvor gruppen står, uden enkeltpersoner.", "en": "Show where the group stands, without individuals."},
    "help.cmd.share": {
        "da": "Skriv en delingsfil til et kursus ud fra en refleksion (standard: den nyeste færdige). Filen rummer kun vurderingerne pr. kompetence, kompetencesættet, skalaen, fasen og et tilfældigt delings-id: aldrig navn, netværk, svar, næste skridt, noter, dato eller refleksionens id. netleder viser, præcis hvad filen kommer til at rumme, og spørger, før den skrives.",
        "en": "Write a share file for a course from a reflection (default: the newest complete one). The file holds only the ratings per competence, the content set, the scale, the phase and a random share id: never a name, network, answers, next steps, notes, date or the reflection's id. netleder shows exactly what the file will hold and asks before writing it.",
    },
    "help.arg.share_id": {
        "da": "Refleksionens id (de første tegn er nok) eller 'latest'. Standard: den nyeste færdige.",
        "en": "The reflection's id (the first few characters will do) or 'latest'. Default: the newest complete one.",
    },
    "help.opt.share_output": {"da": "Delingsfilen, der skal skrives (.json).", "en": "The share file to write (.json)."},
    "help.opt.leave_out": {
        "da": "Udelad denne kompetence (id eller nummer; kan gentages).",
        "en": "Leave out this competence (id or number; may be repeated).",
    },
    "help.opt.share_yes": {
        "da": "Skriv filen uden at spørge først (indholdet vises stadig).",
        "en": "Write the file without asking first (the content is still shown).",
    },
    "help.cmd.course": {
        "da": "Til kursets underviser: en formular til deltagere uden netleder, og gruppens billede ud fra deltagernes delingsfiler, uden at nogens svar kan ses.",
        "en": "For the course's facilitator: a form for participants without netleder, and the group's picture from the participants' share files, without anyone's answers being visible.",
    },
    "help.cmd.course_form": {
        "da": "Skriv en offline HTML-formular, som deltagere uden netleder åbner i deres browser, udfylder og gemmer som delingsfil. Siden sender intet og kan også udskrives og udfyldes i hånden.",
        "en": "Write an offline HTML form that participants without netleder open in their browser, fill in and save as a share file. The page sends nothing and can also be printed and filled in by hand.",
    },
    "help.opt.course_name": {"da": "Kursets navn, vist på siden.", "en": "The course's name, shown on the page."},
    "help.opt.course_competence": {
        "da": "Spørg kun om denne kompetence (id eller nummer; kan gentages). Standard: alle.",
        "en": "Ask only about this competence (id or number; may be repeated). Default: all.",
    },
    "help.opt.course_form_output": {"da": "Formularen, der skal skrives (.html, eller .pdf til papir).", "en": "The form to write (.html, or .pdf for paper)."},
    "help.opt.format_course_form": {
        "da": "html (formularen, der udfyldes i en browser) eller pdf (til at udfylde i hånden). Uden: filendelsen i --output.",
        "en": "html (the form filled in in a browser) or pdf (to fill in by hand). Without: the ending of --output.",
    },
    "help.cmd.course_show": {
        "da": "Vis hvor gruppen står ud fra deltagernes delingsfiler: pr. kompetence hvor mange der har vurderet den, og hvordan vurderingerne fordeler sig. En kompetence, færre end 3 har vurderet, vises uden tal, og med færre end 3 filer vises intet.",
        "en": "Show where the group stands from the participants' share files: per competence how many rated it and how the ratings fall. A competence rated by fewer than 3 is shown without figures, and with fewer than 3 files nothing is shown.",
    },
    "help.arg.course_paths": {
        "da": "Delingsfilerne, eller mapper med dem (en mappe læses helt: alle .json-filer i den).",
        "en": "The share files, or folders holding them (a folder is read whole: every .json file in it).",
    },
    "help.opt.format_course": {"da": "Format: text, markdown, html, json eller pdf.", "en": "Format: text, markdown, html, json or pdf."},
    # --- end of the course ---------------------------------------------------------------------
    # the feedback file (netleder/exchange/feedback.py)
    "fb.not_feedback": {
        "da": "filen er ikke en tilbagemelding fra netleders formular (den skal have \"format\": \"{format}\")",
        "en": "the file is not feedback from netleder's form (it must have \"format\": \"{format}\")",
    },
    "fb.bad_id": {
        "da": "id »{value}« er ugyldigt: det skal begynde med {prefix}",
        "en": "the id '{value}' is invalid: it must start with {prefix}",
    },
    "fb.dup_id": {"da": "id »{value}« står mere end én gang", "en": "the id '{value}' appears more than once"},
    "fb.no_giver": {"da": "navnet på den, der svarer, er tomt", "en": "the name of the person answering is empty"},
    "fb.long_giver": {"da": "navnet er længere end {limit} tegn", "en": "the name is longer than {limit} characters"},
    "fb.date_outside": {
        "da": "datoen {value} ligger uden for formularens levetid: den er lavet {issued} og kan ikke være udfyldt før, eller efter i dag",
        "en": "the date {value} is outside the form's lifetime: it was made on {issued} and cannot have been filled in before that, or after today",
    },
    "fb.bad_network": {
        "da": "netværkets navn skal have tekst og højst {limit} tegn",
        "en": "the network's name must have text and at most {limit} characters",
    },
    "fb.bad_invitation": {
        "da": "'{value}' er ikke et invitations-id fra netleder invite",
        "en": "'{value}' is not an invitation id from netleder invite",
    },
    "fb.unknown_competence": {
        "da": "Feedbacken i {path} spørger til {count:plural:en kompetence|kompetencer}, som dit indhold ikke har: {ids}. Intet er importeret. Importér kun filer fra en formular, du selv har lavet med 'netleder invite'.",
        "en": "The feedback in {path} asks about {count:plural:a competence|competences} your content does not have: {ids}. Nothing was imported. Import only files from a form you made with 'netleder invite'.",
    },
    "fb.network_differs": {
        "da": "Feedbacken i {path} er svar på en formular om netværket »{file}«, ikke »{given}«. Intet er importeret. Udelad --network, så arkiveres den under »{file}«.",
        "en": "The feedback in {path} answers a form about the network '{file}', not '{given}'. Nothing was imported. Leave out --network to file it under '{file}'.",
    },
    "fb.network_unknown": {
        "da": "Bemærk: ingen af dine refleksioner har netværket »{network}« endnu; feedbacken er arkiveret under det navn.",
        "en": "Note: none of your reflections has the network '{network}' yet; the feedback is filed under that name.",
    },
    "fb.bad_date": {
        "da": "»{value}« er ikke en dato som 2026-12-02",
        "en": "'{value}' is not a date such as 2026-12-02",
    },
    "fb.not_asked_about": {
        "da": "kompetencen »{id}« er ikke blandt dem, formularen spurgte om ({ids})",
        "en": "the competence '{id}' is not among those the form asked about ({ids})",
    },
    "fb.rating_range": {
        "da": "vurderingen {value} ligger uden for skalaen ({low}–{high})",
        "en": "the rating {value} is off the scale ({low}–{high})",
    },
    "fb.cannot_say_and_rating": {
        "da": "både en vurdering og »Kan ikke sige«; der kan kun være én af dem",
        "en": "both a rating and 'Cannot say'; there can be only one of them",
    },
    "fb.cannot_say_type": {"da": "»cannot_say« skal være true eller false", "en": "'cannot_say' must be true or false"},
    "fb.no_competences": {"da": "formularen spurgte ikke om nogen kompetence", "en": "the form asked about no competence"},
    "fb.nothing_given": {
        "da": "der er hverken en vurdering eller en kommentar i filen",
        "en": "the file holds neither a rating nor a comment",
    },
    "fb.invalid": {
        "da": "Tilbagemeldingen har {count} fejl. Intet er gemt.",
        "en": "The feedback has {count} {count:plural:problem|problems}. Nothing was stored.",
    },
    "fb.invalid_file": {
        "da": "Filen {path} har {count} fejl. Intet er gemt.",
        "en": "The file {path} has {count} {count:plural:problem|problems}. Nothing was stored.",
    },
    "fb.fix_hint": {
        "da": "Importér filen, som formularen fra 'netleder invite' gemte, uden at rette i den. Er den rettet, så bed om at få den gemt igen.",
        "en": "Import the file the form from 'netleder invite' saved, unedited. If it was edited, ask for it to be saved again.",
    },
    "fb.is_dir": {
        "da": "{path} er en mappe. Angiv filen, som formularen gemte.",
        "en": "{path} is a folder. Give the file the form saved.",
    },
    "fb.not_file": {
        "da": "{path} er ikke en almindelig fil. Angiv filen, som formularen gemte.",
        "en": "{path} is not a regular file. Give the file the form saved.",
    },
    "fb.too_big": {
        "da": "Filen {path} er for stor til at være en tilbagemelding (højst {limit} byte). Er det den rigtige fil?",
        "en": "The file {path} is too large to be feedback (at most {limit} bytes). Is it the right file?",
    },
    "fb.not_utf8": {
        "da": "Filen {path} er ikke gemt som UTF-8 (ugyldig byte ved position {pos}). Er det filen, som formularen gemte?",
        "en": "The file {path} is not saved as UTF-8 (invalid byte at position {pos}). Is it the file the form saved?",
    },
    "fb.json_value": {
        "da": "Filen {path} er ikke gyldig JSON: {reason}. Er det filen, som formularen gemte?",
        "en": "The file {path} is not valid JSON: {reason}. Is it the file the form saved?",
    },
    "fb.json_syntax": {
        "da": "Filen {path} er ikke gyldig JSON: {reason} (linje {line}, kolonne {col}). Er det filen, som formularen gemte?",
        "en": "The file {path} is not valid JSON: {reason} (line {line}, column {col}). Is it the file the form saved?",
    },
    # feedback import, list, delete, export (netleder/commands/feedback.py, delete.py, transfer.py)
    "fb.imported": {
        "da": "Tilbagemelding fra {giver} ({date}) er gemt som {id}: {rated} af {total} {total:plural:kompetence|kompetencer} vurderet, {comments} {comments:plural:kommentar|kommentarer}.",
        "en": "Feedback from {giver} ({date}) stored as {id}: {rated} of {total} {total:plural:competence|competences} rated, {comments} {comments:plural:comment|comments}.",
    },
    "fb.filed_under": {"da": "Den hører til netværket »{network}«.", "en": "It belongs to the network {network}."},
    "fb.show_hint": {
        "da": "Se den ved siden af din egen vurdering med 'netleder feedback show'.",
        "en": "See it beside your own rating with 'netleder feedback show'.",
    },
    "fb.already": {
        "da": "Tilbagemeldingen fra {giver} ({date}) er allerede gemt. Intet nyt er gemt.",
        "en": "The feedback from {giver} ({date}) is already stored. Nothing new was stored.",
    },
    "fb.none": {
        "da": "Du har ikke fået nogen tilbagemeldinger endnu. Lav en formular med 'netleder invite --name NAVN --output formular.html'.",
        "en": "You have not received any feedback yet. Make a form with 'netleder invite --name NAME --output form.html'.",
    },
    "fb.col_id": {"da": "Id", "en": "Id"},
    "fb.col_date": {"da": "Dato", "en": "Date"},
    "fb.col_giver": {"da": "Fra", "en": "From"},
    "fb.col_network": {"da": "Netværk", "en": "Network"},
    "fb.col_rated": {"da": "Vurderet", "en": "Rated"},
    "fb.rated_of": {"da": "{count} af {total}", "en": "{count} of {total}"},
    "fb.list_hint": {
        "da": "Se dem ved siden af din egen vurdering med 'netleder feedback show'.",
        "en": "See them beside your own rating with 'netleder feedback show'.",
    },
    "fb.unknown_id": {
        "da": "Der er ingen tilbagemelding med id »{ref}«. Kendte id'er: {known}.",
        "en": "There is no feedback with the id '{ref}'. Known ids: {known}.",
    },
    "fb.ambiguous_id": {
        "da": "»{ref}« passer på flere tilbagemeldinger: {candidates}. Skriv flere tegn af id'et.",
        "en": "'{ref}' matches several pieces of feedback: {candidates}. Type more of the id.",
    },
    "fb.delete_all": {
        "da": "{count} {count:plural:tilbagemelding|tilbagemeldinger} fra andre bliver også slettet for altid.",
        "en": "{count} {count:plural:piece|pieces} of feedback from others will be deleted for good too.",
    },
    "fb.delete_these": {
        "da": "{count:plural:Denne tilbagemelding|Disse tilbagemeldinger} bliver slettet for altid:",
        "en": "{count:plural:This piece|These pieces} of feedback will be deleted for good:",
    },
    "fb.delete_confirm": {
        "da": "Vil du slette {count} {count:plural:tilbagemelding|tilbagemeldinger}? Det kan ikke fortrydes. [j/N]",
        "en": "Delete {count} {count:plural:piece|pieces} of feedback? This cannot be undone. [y/N]",
    },
    "fb.delete_confirm_both": {
        "da": "Vil du slette {count} {count:plural:refleksion|refleksioner} og {feedback} {feedback:plural:tilbagemelding|tilbagemeldinger}? Det kan ikke fortrydes. [j/N]",
        "en": "Delete {count} {count:plural:reflection|reflections} and {feedback} {feedback:plural:piece|pieces} of feedback? This cannot be undone. [y/N]",
    },
    "fb.deleted": {
        "da": "{count} {count:plural:tilbagemelding|tilbagemeldinger} er slettet, også fra databasefilen.",
        "en": "{count} {count:plural:piece|pieces} of feedback deleted, from the database file too.",
    },
    "fb.exported": {
        "da": "{count} {count:plural:tilbagemelding|tilbagemeldinger} fra andre er med i filen.",
        "en": "{count} {count:plural:piece|pieces} of feedback from others {count:plural:is|are} in the file too.",
    },
    "fb.import_done": {
        "da": "{imported} {imported:plural:tilbagemelding|tilbagemeldinger} fra andre importeret.",
        "en": "{imported} {imported:plural:piece|pieces} of feedback from others imported.",
    },
    "fb.import_none_new": {"da": "Ingen nye tilbagemeldinger fra andre.", "en": "No new feedback from others."},
    "fb.none_to_show": {
        "da": "Der er ingen tilbagemeldinger at vise. Lav en formular med 'netleder invite', og læs svaret ind med 'netleder feedback import FIL'.",
        "en": "There is no feedback to show. Make a form with 'netleder invite' and read the answer in with 'netleder feedback import FILE'.",
    },
    "fb.none_without_network": {
        "da": "Der er ingen tilbagemeldinger uden et netværk. Vælg netværket med --network; 'netleder feedback' viser, hvilke der er.",
        "en": "There is no feedback without a network. Choose the network with --network; 'netleder feedback' shows which there are.",
    },
    "fb.none_for_network": {
        "da": "Der er ingen tilbagemeldinger for netværket »{network}«. Se, hvad du har fået, med 'netleder "
        "feedback'.",
        "en": "There is no feedback for the network {network}. See what you have received with 'netleder "
        "feedback'.",
    },
    # side by side (netleder/views/feedback.py and the writers)
    "fb.title": {"da": "Dit eget blik og andres", "en": "Your own view and others'"},
    "fb.section": {"da": "Andres blik", "en": "Others' view"},
    "fb.quote": {"da": "»{text}«", "en": "“{text}”"},  # a giver's words, in the language's quotation marks
    "fb.you": {"da": "Dig selv", "en": "You"},
    "fb.own_from": {
        "da": "Din egen vurdering er fra din refleksion {id} ({date}).",
        "en": "Your own rating is from your reflection {id} ({date}).",
    },
    "fb.own_from_several": {
        "da": "Din egen vurdering er den seneste for hver kompetence, fra dine refleksioner {reflections}.",
        "en": "Your own rating is the latest for each competence, from your reflections {reflections}.",
    },
    "fb.no_reflection": {
        "da": "Du har ingen afsluttet refleksion for netværket endnu, så din egen vurdering står tom.",
        "en": "You have no finished reflection for the network yet, so your own rating is left empty.",
    },
    "fb.giver_line": {"da": "Fra {giver}, {date} ({id})", "en": "From {giver}, {date} ({id})"},
    "fb.own_not_asked": {"da": "ingen egen vurdering", "en": "no rating of your own"},
    "fb.not_asked": {"da": "ikke spurgt", "en": "not asked"},
    "fb.comments": {"da": "Kommentarer", "en": "Comments"},
    "fb.apart_heading": {"da": "Hvor I ser forskelligt", "en": "Where you see it differently"},
    "fb.apart_note": {
        "da": "Her ligger jeres vurderinger mindst {steps} trin fra hinanden. Det siger ikke, hvem der har ret; det er spørgsmål at tage med ind i samtalen.",
        "en": "Here your ratings lie at least {steps} steps apart. That does not say who is right; these are questions to take into the conversation.",
    },
    "fb.apart_none": {
        "da": "Ingen af jeres vurderinger ligger {steps} trin eller mere fra hinanden. Kommentarerne kan stadig være et godt sted at begynde samtalen.",
        "en": "None of your ratings lie {steps} steps or more apart. The comments may still be a good place to start the conversation.",
    },
    "fb.no_reflection_covers": {
        "da": "Ingen af dine afsluttede refleksioner for netværket handler om de kompetencer, din co-driver blev spurgt om, så din egen vurdering står tom.",
        "en": "None of your finished reflections for the network is about the competences your co-driver was asked about, so your own rating is left empty.",
    },
    "fb.apart_none_without_own_covering": {
        "da": "Når du har reflekteret over de samme kompetencer, står her, hvor jeres blik er længst fra hinanden.",
        "en": "Once you have reflected on the same competences, this shows where your views lie furthest apart.",
    },
    "fb.apart_none_without_own": {
        "da": "Når du har afsluttet en refleksion for netværket, står her, hvor jeres blik er længst fra hinanden.",
        "en": "Once you have finished a reflection for the network, this shows where your views lie furthest apart.",
    },
    "fb.q_strength": {
        "da": "{giver} ser »{competence}« som en styrke ({other}), som du selv vurderer lavere ({own}): Hvad ser {giver}, som du måske ikke selv lægger mærke til?",
        "en": "{giver} sees “{competence}” as a strength ({other}) that you rate lower ({own}): what might they see that you do not notice yourself?",
    },
    "fb.q_higher": {
        "da": "{giver} placerer »{competence}« højere ({other}) end du selv ({own}): Hvad har {giver} set dig gøre her?",
        "en": "{giver} places “{competence}” higher ({other}) than you do ({own}): what have they seen you do here?",
    },
    "fb.q_lower": {
        "da": "Du placerer »{competence}« højere ({own}) end {giver} ({other}): Hvad gør du her, som {giver} måske ikke ser, og hvad kunne du spørge {giver} om?",
        "en": "You place “{competence}” higher ({own}) than {giver} does ({other}): what do you do here that they may not see, and what could you ask them about it?",
    },
    "fb.radar_label": {
        "da": "Radardiagram: din egen vurdering og andres, én akse pr. kompetence",
        "en": "Radar chart: your own rating and others', one axis per competence",
    },
    "fb.radar_scale": {
        "da": "Tallene er kompetencernes numre. Den inderste ring er »{low}«, den yderste »{high}«.",
        "en": "The numbers are the competences' numbers. The innermost ring is “{low}”, the outermost “{high}”.",
    },
    "fb.private": {
        "da": "Tilbagemeldingerne ligger kun på din computer. Del udskriften med omtanke.",
        "en": "The feedback is stored only on your computer. Share the printout with care.",
    },
    # info
    "info.version": {"da": "netleder {version}", "en": "netleder {version}"},
    "info.lang": {"da": "Sprog", "en": "Language"},
    "info.lang.da": {"da": "dansk", "en": "Danish"},
    "info.lang.en": {"da": "engelsk", "en": "English"},
    "info.lang_from.option": {"da": "fra --lang", "en": "from --lang"},
    "info.lang_from.env": {"da": "fra NETLEDER_LANG", "en": "from NETLEDER_LANG"},
    "info.lang_from.default": {"da": "standard", "en": "the default"},
    "info.content": {"da": "Indhold", "en": "Content"},
    "info.content_folder": {"da": "Mappe", "en": "Folder"},
    "info.content_builtin": {"da": "det indbyggede indhold", "en": "the built-in content"},
    "info.content_custom": {"da": "egen mappe (fra {where})", "en": "own folder (from {where})"},
    "info.content_broken": {"da": "kan ikke bruges: {message}", "en": "cannot be used: {message}"},
    "info.file_builtin": {"da": "indbygget", "en": "built-in"},
    "info.file_custom": {"da": "egen fil", "en": "own file"},
    "info.file_ok": {"da": "i orden", "en": "valid"},
    "info.file_problems": {
        "da": "{count} fejl; se dem med 'netleder validate'",
        "en": "{count} {count:plural:problem|problems}; see them with 'netleder validate'",
    },
    "info.store": {"da": "Dine refleksioner", "en": "Your reflections"},
    "info.store_path": {"da": "Database", "en": "Database"},
    "info.store_missing": {
        "da": "findes ikke endnu; den oprettes ved den første 'netleder reflect'",
        "en": "does not exist yet; the first 'netleder reflect' creates it",
    },
    "info.store_counts": {
        "da": "{count} {count:plural:refleksion|refleksioner}, heraf {drafts} {drafts:plural:kladde|kladder}",
        "en": "{count} {count:plural:reflection|reflections}, {drafts} of them {drafts:plural:a draft|drafts}",
    },
    "info.store_problem": {"da": "kan ikke bruges: {message}", "en": "cannot be used: {message}"},
    "info.perms_private": {
        "da": "kun du kan læse og ændre den (rettigheder {mode}).",
        "en": "only you can read and change it (permissions {mode}).",
    },
    "info.perms_open": {
        "da": "andre end dig kan komme til den eller filerne ved siden af (rettigheder {mode}), og netleder kunne ikke stramme det; se herunder.",
        "en": "others than you can reach it or the files beside it (permissions {mode}), and netleder could not tighten that; see below.",
    },
    "info.perms_file_open": {
        "da": "{path}: rettigheder {mode}, tilhører ikke kun dig",
        "en": "{path}: permissions {mode}, not yours alone",
    },
    "info.feedback_damaged": {
        "da": "{count} {count:plural:beskadiget tilbagemelding|beskadigede tilbagemeldinger} fra andre fundet og sprunget "
        "over: {ids}. Red resten med 'netleder export', flyt databasen et andet sted hen, og importér kopien.",
        "en": "{count} damaged {count:plural:piece|pieces} of feedback from others found and skipped: {ids}. Rescue the "
        "rest with 'netleder export', move the database aside and import the copy.",
    },
    "info.damaged": {
        "da": "{count} {count:plural:beskadiget refleksion|beskadigede refleksioner} fundet og sprunget "
        "over: {ids}. Red resten med 'netleder export', flyt databasen et andet sted hen, og importér kopien.",
        "en": "{count} damaged {count:plural:reflection|reflections} found and skipped: {ids}. Rescue the "
        "rest with 'netleder export', move the database aside and import the copy.",
    },
    "info.privacy": {"da": "Privatliv", "en": "Privacy"},
    # check
    "help.cmd.check": {
        "da": "Undersøg hele databasen for beskadigede refleksioner (det tager længere tid, jo flere der er).",
        "en": "Check the whole database for damage (takes longer the more reflections there are).",
    },
    "check.ok": {
        "da": "Databasen {path} er i orden: ingen skader fundet i {count} {count:plural:refleksion|refleksioner}.",
        "en": "The database {path} is fine: no damage found in {count} {count:plural:reflection|reflections}.",
    },
    "check.damaged": {
        "da": "Databasen {path} er beskadiget: {count} {count:plural:refleksion|refleksioner} kan ikke læses; {readable} kan.",
        "en": "The database {path} is damaged: {count} {count:plural:reflection|reflections} cannot be read; {readable} can.",
    },
    "check.texts_lost": {
        "da": "Databasen {path}: {readable} {readable:plural:refleksion|refleksioner} kan læses. I {count} af dem kan teksterne fra dengang (kompetencernes titler og spørgsmål) ikke læses, men vurderinger, svar og næste skridt er i behold. Teksterne kommer tilbage, hvis du importerer en eksport, der har dem ('netleder import FIL').",
        "en": "The database {path}: {readable} {readable:plural:reflection|reflections} can be read. In {count} of them the texts of that time (the competences' titles and questions) cannot be read, but the ratings, answers and next steps are intact. The texts come back if you import an export that has them ('netleder import FILE').",
    },
    "check.sqlite_damaged": {
        "da": "SQLite melder også skader i selve filen (sider eller indeks).",
        "en": "SQLite also reports damage in the file itself (pages or indexes).",
    },
    "info.privacy_text": {
        "da": "Dine refleksioner gemmes kun i databasen ovenfor, på denne computer; netleder sender intet nogen steder hen. "
        "Mappen og filen kan kun læses af dig. Slet én refleksion med 'netleder delete ID' eller dem alle med "
        "'netleder delete --all'; så er de også væk fra filen. En fil fra 'netleder export' rummer dine svar: opbevar den sikkert.",
        "en": "Your reflections are stored only in the database above, on this machine; netleder sends nothing anywhere. "
        "Only you can read the folder and the file. Delete one reflection with 'netleder delete ID' or all of them with "
        "'netleder delete --all'; then they are gone from the file too. A file from 'netleder export' holds your answers: keep it safe.",
    },
    "info.privacy_text_open": {
        "da": "Dine refleksioner gemmes kun i databasen ovenfor, på denne computer; netleder sender intet nogen steder hen. "
        "Men andre end dig kan lige nu komme til mappen eller filerne (se ovenfor): netleder strammer det, næste gang den gemmer noget, "
        "eller du kan selv gøre det. Slet én refleksion med 'netleder delete ID' eller dem alle med "
        "'netleder delete --all'; så er de også væk fra filen. En fil fra 'netleder export' rummer dine svar: opbevar den sikkert.",
        "en": "Your reflections are stored only in the database above, on this machine; netleder sends nothing anywhere. "
        "But others than you can reach the folder or the files right now (see above): netleder tightens that the next time it saves "
        "something, or you can do it yourself. Delete one reflection with 'netleder delete ID' or all of them with "
        "'netleder delete --all'; then they are gone from the file too. A file from 'netleder export' holds your answers: keep it safe.",
    },
    "info.privacy_text_tightened": {
        "da": "Dine refleksioner gemmes kun i databasen ovenfor, på denne computer; netleder sender intet nogen steder hen. "
        "Mappen og filen kan nu kun læses af dig; men indtil netleder strammede rettighederne lige nu, kunne andre læse dem "
        "(se bemærkningen), så det, der lå i dem, kan være læst af andre. Slet én refleksion med 'netleder delete ID' eller dem alle med "
        "'netleder delete --all'; så er de også væk fra filen. En fil fra 'netleder export' rummer dine svar: opbevar den sikkert.",
        "en": "Your reflections are stored only in the database above, on this machine; netleder sends nothing anywhere. "
        "Only you can read the folder and the file now; but until netleder tightened the permissions just now, others could read them "
        "(see the note), so what they held may have been read by others. Delete one reflection with 'netleder delete ID' or all of them "
        "with 'netleder delete --all'; then they are gone from the file too. A file from 'netleder export' holds your answers: keep it safe.",
    },
    "info.privacy_text_unchecked": {
        "da": "Dine refleksioner gemmes kun i databasen ovenfor, på denne computer; netleder sender intet nogen steder hen. "
        "På dette system (Windows) kontrollerer netleder ikke, hvem der kan læse mappen og filen: de ligger i din brugermappe, "
        "som Windows normalt kun giver dig adgang til. Slet én refleksion med 'netleder delete ID' eller dem alle med "
        "'netleder delete --all'; så er de også væk fra filen. En fil fra 'netleder export' rummer dine svar: opbevar den sikkert.",
        "en": "Your reflections are stored only in the database above, on this machine; netleder sends nothing anywhere. "
        "On this system (Windows) netleder does not check who can read the folder and the file: they are in your user folder, "
        "which Windows normally lets only you reach. Delete one reflection with 'netleder delete ID' or all of them with "
        "'netleder delete --all'; then they are gone from the file too. A file from 'netleder export' holds your answers: keep it safe.",
    },
    "info.perms_unchecked": {
        "da": "netleder kontrollerer ikke rettighederne på dette system (Windows).",
        "en": "netleder does not check permissions on this system (Windows).",
    },
    "store.was_open": {
        "da": "Bemærk: {path} kunne læses af andre end dig (rettigheder {mode}), før netleder strammede det nu. Det, der lå der indtil nu, kan derfor være læst af andre.",
        "en": "Note: {path} could be read by others than you (permissions {mode}) until netleder tightened it just now. What it held until now may therefore have been read by others.",
    },
}
