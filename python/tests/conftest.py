"""Shared fixtures: the zhengce binary under test and the repository's documents.

The binary is ``$ZHENGCE_BINARY`` when set; otherwise the debug build of this
checkout, ``$(swift build --show-bin-path)/zhengce``, built first if missing.
Parquet exports run through this interpreter (``ZHENGCE_PYTHON``), which has
the package and pyarrow."""

import os
import pathlib
import subprocess
import sys

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
CORPUS = REPOSITORY / "corpus"
REALWORLD = REPOSITORY / "Tests" / "Fixtures" / "realworld" / "docs"


def _binary():
    named = os.environ.get("ZHENGCE_BINARY")
    if named:
        return named
    bin_path = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=REPOSITORY, capture_output=True, text=True, check=True).stdout.strip()
    binary = pathlib.Path(bin_path) / "zhengce"
    if not binary.exists():
        subprocess.run(["swift", "build", "--product", "zhengce"], cwd=REPOSITORY, check=True)
    return str(binary)


@pytest.fixture(scope="session", autouse=True)
def binary():
    path = _binary()
    os.environ["ZHENGCE_BINARY"] = path
    os.environ["ZHENGCE_PYTHON"] = sys.executable
    # The bundled corpus is found from the checkout, whatever the working directory.
    os.environ.setdefault("ZHENGCE_CORPUS", str(CORPUS))
    return path


def run(binary, *arguments, input=None):
    """Runs the binary; the completed process (text)."""
    return subprocess.run([binary, *arguments], input=input, capture_output=True, encoding="utf-8")
