"""The README's notebook example runs as written (matplotlib without a display)."""

import os
import pathlib
import re
import subprocess
import sys

from conftest import REPOSITORY


def notebook_example():
    readme = (REPOSITORY / "README.md").read_text()
    found = re.search(r"<!-- notebook example -->\n```python\n(.*?)```", readme, re.S)
    assert found, "README.md has a python block after <!-- notebook example -->"
    return found.group(1)


def test_the_notebook_example_draws_targets_by_province(tmp_path):
    environment = dict(os.environ, MPLBACKEND="Agg", PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-c", notebook_example()], cwd=tmp_path, env=environment,
                          capture_output=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "targets.png").stat().st_size > 0
    assert "湖南省" in done.stdout
