"""`zhengce export --format parquet`: the SQLite tables as Parquet files, read back with their types."""

import datetime
import sqlite3
import subprocess

import duckdb
import pandas as pd
import pytest

from conftest import CORPUS, run
from zhengce import parquet

TABLES = ["documents", "measures", "measure_topics", "departments", "commitments", "citations"]


@pytest.fixture(scope="module")
def exported(binary, tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    done = run(binary, "export", "--format", "parquet", "--output", str(root / "parquet"), str(CORPUS))
    assert done.returncode == 0, done.stderr
    done = run(binary, "export", "--output", str(root / "corpus.db"), str(CORPUS))
    assert done.returncode == 0, done.stderr
    return root


def duck_types(path):
    return {name: kind for name, kind, *_ in duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}


def test_duckdb_reads_the_declared_types(exported):
    documents = duck_types(exported / "parquet" / "documents.parquet")
    assert documents["date"] == "DATE"
    assert documents["issuers"] == "VARCHAR[]"
    assert documents["title"] == "VARCHAR"
    measures = duck_types(exported / "parquet" / "measures.parquet")
    assert (measures["topics"], measures["ordinal"], measures["span_start"]) == ("VARCHAR[]", "BIGINT", "BIGINT")
    departments = duck_types(exported / "parquet" / "departments.parquet")
    assert (departments["separately"], departments["renamed_in"]) == ("BOOLEAN", "BIGINT")
    commitments = duck_types(exported / "parquet" / "commitments.parquet")
    assert (commitments["value"], commitments["max"], commitments["deadline"]) == ("DOUBLE", "DOUBLE", "VARCHAR")


def test_every_table_has_the_sqlite_rows(exported):
    database = sqlite3.connect(exported / "corpus.db")
    for table in TABLES:
        path = exported / "parquet" / f"{table}.parquet"
        assert duckdb.sql(f"SELECT count(*) FROM '{path}'").fetchall()[0][0] == \
            database.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table
    # The same cells: the SQLite ids and the Parquet ids of the measures, in order.
    sqlite_ids = [r[0] for r in database.execute("SELECT id FROM measures ORDER BY rowid")]
    parquet_ids = [r[0] for r in duckdb.sql(f"SELECT id FROM '{exported / 'parquet' / 'measures.parquet'}'").fetchall()]
    assert parquet_ids == sqlite_ids
    # Lists joined by ; in SQLite are lists in Parquet.
    joined = dict(database.execute("SELECT id, topics FROM measures"))
    for measure_id, topics in duckdb.sql(f"SELECT id, topics FROM '{exported / 'parquet' / 'measures.parquet'}'").fetchall():
        assert ";".join(topics) == joined[measure_id]


def test_pandas_reads_dates_as_dates(exported):
    documents = pd.read_parquet(exported / "parquet" / "documents.parquet").set_index("id")
    # corpus/guangxi-nanning-2015-precision-poverty-plan.txt is dated 2017年7月20日.
    assert documents.loc["guangxi-nanning-2015-precision-poverty-plan", "date"] == datetime.date(2017, 7, 20)
    assert list(documents.loc["guangxi-nanning-2015-precision-poverty-plan", "issuers"]) == []


def test_a_stream_cut_off_writes_nothing(binary, tmp_path):
    lines = subprocess.run([binary, "export", "--format", "stream", str(CORPUS)],
                           capture_output=True, encoding="utf-8", check=True).stdout.splitlines()
    assert parquet.write(lines[:-1], str(tmp_path)) is False
    assert list(tmp_path.iterdir()) == []
    assert parquet.write(lines, str(tmp_path)) is True
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)


def test_without_python_the_error_says_what_to_install_and_nothing_changes(binary, exported, monkeypatch):
    before = (exported / "parquet" / "measures.parquet").read_bytes()
    monkeypatch.setenv("ZHENGCE_PYTHON", "/nonexistent/python3")
    done = run(binary, "export", "--format", "parquet", "--output", str(exported / "parquet"), str(CORPUS))
    assert done.returncode == 1
    assert "pip install ./python pyarrow" in done.stderr
    assert (exported / "parquet" / "measures.parquet").read_bytes() == before
