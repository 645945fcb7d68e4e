"""Zhengce (政策) from Python: policy documents as contract dicts and pandas DataFrames.

Everything goes through the ``zhengce`` command-line tool and its JSON Lines
contract (contract/DOCUMENT.md); nothing is parsed here. The binary is
``$ZHENGCE_BINARY``, else ``zhengce`` on PATH; it must write contract
schemaVersion 6 (a clear :class:`BinaryVersionError` otherwise).

    import zhengce
    docs = zhengce.parse(["policies/"])          # contract dicts, one per document
    measures = zhengce.measures(["policies/"])   # the export's measures table
    finance = zhengce.tasks(dept="财政")          # measures 财政 takes part in, with province and role
"""

import json

from ._binary import (
    BINARY_VARIABLE, SCHEMA_VERSION, BinaryNotFound, BinaryVersionError, ZhengceError, locate, run,
)
from ._stream import Stream

__all__ = [
    "parse", "tables", "documents", "measures", "departments", "commitments", "citations", "tasks", "search",
    "ZhengceError", "BinaryNotFound", "BinaryVersionError", "SCHEMA_VERSION", "BINARY_VARIABLE", "locate",
]


def _files(paths):
    """The command-line arguments for ``paths``: one path, a list of them, or None (the bundled corpus)."""
    if paths is None:
        return []
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        return [str(paths)]
    return [str(p) for p in paths]


def parse(paths=None, binary=None):
    """The documents at ``paths`` (files or directories) as contract dicts, in input order."""
    documents = []
    for line in run(["parse", "--json", *_files(paths)], binary).splitlines():
        document = json.loads(line)
        if document.get("schemaVersion") != SCHEMA_VERSION:
            raise BinaryVersionError(
                f"{document.get('id')}: schemaVersion {document.get('schemaVersion')}, this package reads {SCHEMA_VERSION}")
        documents.append(document)
    return documents


class Tables:
    """Every export table of a set of documents, as typed DataFrames: ``documents``,
    ``measures``, ``departments``, ``commitments`` and ``citations`` (the columns of
    ``zhengce export``; see the README)."""

    def __init__(self, stream):
        frames = stream.frames()
        if not stream.complete:
            raise ZhengceError("the export stream ended before its end line")
        for name, frame in frames.items():
            setattr(self, name, frame)


def tables(paths=None, binary=None):
    """All export tables of ``paths`` (the bundled corpus when None), parsed once."""
    return Tables(Stream(run(["export", "--format", "stream", *_files(paths)], binary).splitlines()))


def documents(paths=None, binary=None):
    """The export's ``documents`` table: one row per document (``date`` a datetime, ``issuers`` a list)."""
    return tables(paths, binary).documents


def measures(paths=None, binary=None):
    """The export's ``measures`` table: one row per measure (``topics`` a list)."""
    return tables(paths, binary).measures


def departments(paths=None, binary=None):
    """The export's ``departments`` table: one row per department a measure names."""
    return tables(paths, binary).departments


def commitments(paths=None, binary=None):
    """The export's ``commitments`` table: one row per numeric commitment."""
    return tables(paths, binary).commitments


def citations(paths=None, binary=None):
    """The export's ``citations`` table: one row per document cited."""
    return tables(paths, binary).citations


def tasks(dept, role=None, province=None, paths=None, binary=None):
    """The measures a department takes part in, as ``zhengce tasks --dept`` selects them
    (a family such as 财政, a canonical name or an alias): the export's ``measures``
    columns, then the document's ``province``, the department's ``role`` and the
    ``departments`` selected (a list)."""
    import pandas as pd

    arguments = ["tasks", "--dept", dept, "--format", "json"]
    if role:
        arguments += ["--role", role]
    if province:
        arguments += ["--province", province]
    # JSON Lines, one task per line; exit status 1 (as grep) when nothing matched.
    output = run([*arguments, *_files(paths)], binary, allow_no_match=True)
    selected = [json.loads(line) for line in output.splitlines() if line.strip()]
    every = tables(paths, binary)
    picked = pd.DataFrame(
        [(t["measure_id"], ",".join(t["roles"]), t["departments"]) for t in selected],
        columns=["id", "role", "selected"]).astype({"id": "string"})
    rows = every.measures.merge(picked, on="id", how="inner")
    columns = list(every.measures.columns) + ["role", "selected"]
    return rows[columns].rename(columns={"selected": "departments"}).reset_index(drop=True)


def search(query, index=None, limit=20, binary=None):
    """Ranked hits for ``query`` (the ``zhengce search`` syntax: phrases, AND/OR/NOT,
    ``province:`` ``dept:`` ``role:`` ``topic:`` filters) in the index directory ``index``
    (default ``$ZHENGCE_INDEX``, else the bundled corpus). Each hit is a dict:
    rank, measure_id, document_id, title, province, path, heading, leads, topics, score, snippet …"""
    arguments = ["search", "--json", "--limit", str(limit)]
    if index is not None:
        arguments += ["--index", str(index)]
    lines = run([*arguments, query], binary, allow_no_match=True).splitlines()
    return [hit for hit in map(json.loads, lines) if "measure_id" in hit]
