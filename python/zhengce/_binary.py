"""Finding the ``zhengce`` binary and checking that it speaks this package's contract."""

import os
import re
import shutil
import subprocess

#: The contract version (``schemaVersion``) this package reads; see contract/DOCUMENT.md.
SCHEMA_VERSION = 6
#: The version of ``zhengce export --format stream`` this package reads.
STREAM_VERSION = 1
#: The environment variable naming the binary; else ``zhengce`` on PATH.
BINARY_VARIABLE = "ZHENGCE_BINARY"


class ZhengceError(Exception):
    """The binary failed, or said something this package cannot read."""


class BinaryNotFound(ZhengceError):
    """No ``zhengce`` binary where this package looked."""


class BinaryVersionError(ZhengceError):
    """The binary writes another contract version than this package reads."""


_checked = {}


def locate(binary=None):
    """The path of the binary: ``binary``, else ``$ZHENGCE_BINARY``, else ``zhengce`` on PATH,
    checked once per path (see :func:`check`)."""
    name = binary or os.environ.get(BINARY_VARIABLE) or "zhengce"
    path = shutil.which(name) if os.sep not in name else (name if os.access(name, os.X_OK) else None)
    if path is None:
        raise BinaryNotFound(
            f"zhengce binary not found ({name!r}): build it with `swift build -c release` in the Zhengce "
            f"checkout and put .build/release/zhengce on PATH, or set {BINARY_VARIABLE} to its path")
    if path not in _checked:
        _checked[path] = check(path)
    return path


def check(path):
    """Reads ``zhengce --version`` and refuses a binary of another contract version.

    Returns the (schemaVersion, stream version) pair the binary reports."""
    try:
        done = subprocess.run([path, "--version"], capture_output=True, encoding="utf-8", timeout=60)
    except OSError as error:
        raise BinaryNotFound(f"{path}: cannot be run ({error})") from error
    found = re.search(r"contract schemaVersion (\d+), export stream version (\d+)", done.stdout)
    if done.returncode != 0 or found is None:
        raise BinaryVersionError(
            f"{path} is too old for this package: it does not report its contract version "
            f"(this package reads schemaVersion {SCHEMA_VERSION}); build a newer zhengce")
    schema, stream = int(found.group(1)), int(found.group(2))
    if schema < SCHEMA_VERSION or (schema == SCHEMA_VERSION and stream < STREAM_VERSION):
        raise BinaryVersionError(
            f"{path} is too old: it writes contract schemaVersion {schema} (export stream {stream}); "
            f"this package reads schemaVersion {SCHEMA_VERSION} (stream {STREAM_VERSION}): build a newer zhengce")
    if schema > SCHEMA_VERSION or stream > STREAM_VERSION:
        raise BinaryVersionError(
            f"{path} is too new: it writes contract schemaVersion {schema} (export stream {stream}); "
            f"this package reads schemaVersion {SCHEMA_VERSION} (stream {STREAM_VERSION}): "
            f"install the Python package from the same checkout (pip install ./python)")
    return schema, stream


def run(arguments, binary=None, input=None, allow_no_match=False):
    """Runs the binary with ``arguments``; its standard output as text.

    A non-zero exit raises :class:`ZhengceError` with the binary's own stderr lines,
    except exit status 1 with nothing on stderr when ``allow_no_match``: ``search``,
    ``tasks`` and ``commitments`` answer "no match" that way, as grep does."""
    path = locate(binary)
    done = subprocess.run([path, *arguments], input=input, capture_output=True, encoding="utf-8")
    if allow_no_match and done.returncode == 1 and not done.stderr.strip():
        return done.stdout
    if done.returncode != 0:
        said = done.stderr.strip() or f"exit status {done.returncode}"
        raise ZhengceError(f"zhengce {' '.join(arguments[:2])}: {said}")
    return done.stdout
