# The __main__.py of dist/netleder.pyz (scripts/build-pyz fills in BUILD and ENTRY).
#
# The archive holds netleder and its pure-Python dependencies as one inner zip (payload.zip).
# The first run of a build unpacks it into the user's own cache folder, in a folder named by the
# build's hash (Windows: %LOCALAPPDATA%\netleder\Cache\pyz\BUILD; macOS:
# ~/Library/Caches/netleder/pyz/BUILD; else $XDG_CACHE_HOME or ~/.cache, netleder/pyz/BUILD),
# and every run imports from there: as fast as an installed netleder, with bytecode Python writes
# there, compiled once per Python version when it first runs it (also under
# PYTHONDONTWRITEBYTECODE, which would otherwise leave every start compiling). Nothing is written
# anywhere else. A folder is unpacked under a temporary
# name and renamed when complete, so a run never sees half of one; older builds' folders are
# removed. Only the standard library is used here, and only os and sys on the way in.
import os
import sys

BUILD = "@BUILD@"
ENTRY = "@ENTRY@"


def cache_root():
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
        return os.path.join(base, "netleder", "Cache", "pyz")
    if sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~"), "Library", "Caches", "netleder", "pyz")
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not base or not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "netleder", "pyz")


def archive():
    return os.path.dirname(os.path.abspath(__file__))


def unpack(root, target):
    """Unpack the payload into `target` (under a temporary name first)."""
    import io
    import shutil
    import tempfile
    import zipfile

    os.makedirs(root, mode=0o700, exist_ok=True)
    work = tempfile.mkdtemp(prefix=".unpacking-", dir=root)
    try:
        with zipfile.ZipFile(archive()) as outer:
            payload = io.BytesIO(outer.read("payload.zip"))
        with zipfile.ZipFile(payload) as inner:
            inner.extractall(work)
        with open(os.path.join(work, ".complete"), "w", encoding="ascii") as marker:
            marker.write(BUILD + "\n")
        if os.path.isdir(target) and not os.path.isfile(os.path.join(target, ".complete")):
            shutil.rmtree(target)  # damaged (a complete one is only ever renamed into place)
        try:
            os.replace(work, target)
        except OSError:
            if not os.path.isfile(os.path.join(target, ".complete")):  # not another run's doing
                raise
    finally:
        if os.path.isdir(work):
            shutil.rmtree(work, ignore_errors=True)
    import time

    for name in os.listdir(root):  # older builds' folders go, and what an interrupted run left
        path = os.path.join(root, name)
        stale = name.startswith(".unpacking-") and time.time() - os.path.getmtime(path) > 3600
        if stale or (name != BUILD and len(name) == len(BUILD) and not name.startswith(".")):
            shutil.rmtree(path, ignore_errors=True)


def compile_once(target):
    """Bytecode for this Python, once (a marker per version says it is done)."""
    marker = os.path.join(target, ".compiled-" + (sys.implementation.cache_tag or "none"))
    if os.path.isfile(marker) or sys.implementation.cache_tag is None:
        return
    import compileall

    try:
        compileall.compile_dir(target, quiet=2, workers=1)
        with open(marker, "w", encoding="ascii") as handle:
            handle.write("done\n")
    except OSError:  # a read-only cache: imports compile in memory, as they would anyway
        pass


def say(key, **params):
    """A message of netleder's catalogue, read from the payload (nothing is unpacked yet)."""
    import zipfile

    lang = "da"
    args = sys.argv[1:]
    chosen = os.environ.get("NETLEDER_LANG", "")
    if "--lang" in args[:-1]:
        chosen = args[args.index("--lang") + 1]
    if chosen.strip().lower()[:2] == "en":
        lang = "en"
    try:
        import io

        with zipfile.ZipFile(archive()) as outer, zipfile.ZipFile(io.BytesIO(outer.read("payload.zip"))) as inner:
            source = inner.read("netleder/i18n.py")
        catalogue = {"__name__": "netleder_i18n"}
        exec(compile(source, "netleder/i18n.py", "exec"), catalogue)  # noqa: S102 - our own catalogue
        return catalogue["t"](key, lang, **params)
    except Exception:  # noqa: BLE001 - the archive itself is damaged: say that much
        return "netleder: {} ({})".format(key, ", ".join(str(v) for v in params.values()))


def main():
    if sys.version_info < (3, 10):  # noqa: UP036 - this file must run far enough on older ones to say so
        old = sys.version.split()[0]
        sys.stderr.write(
            "netleder kræver Python 3.10 eller nyere; dette er Python " + old + ". Hent en nyere på python.org.\n"
            "netleder needs Python 3.10 or later; this is Python " + old + ". Get a newer one from python.org.\n")
        return 1
    root = cache_root()
    target = os.path.join(root, BUILD)
    if not os.path.isfile(os.path.join(target, ".complete")):
        try:
            unpack(root, target)
        except (OSError, ValueError, KeyError, EOFError) as exc:
            sys.stderr.write(say("pyz.unpack_failed", folder=root, reason=getattr(exc, "strerror", None) or exc) + "\n")
            return 1
        except KeyboardInterrupt:
            return 130
    try:
        compile_once(target)
    except KeyboardInterrupt:
        return 130
    here = archive()
    sys.path[:] = [target] + [p for p in sys.path if os.path.abspath(p or ".") != here]
    module, _, function = ENTRY.partition(":")
    __import__(module)
    return getattr(sys.modules[module], function)()


if __name__ == "__main__":
    sys.exit(main())
