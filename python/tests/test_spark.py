"""`zhengce.spark.parse` under pyspark in local[2] mode, over the real-world corpus: its rows
must be the rows of a single-process `zhengce export`, one by one."""

import os
import sys

import pyarrow.parquet as pq
import pytest

import zhengce
import zhengce.spark
from conftest import REALWORLD, run

# 190 documents from every province (Tests/Fixtures/realworld/docs).
DOCUMENTS = REALWORLD


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession
    # The Python workers run this interpreter, which has the package installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("zhengce-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def parquet_directory(binary, tmp_path_factory):
    directory = tmp_path_factory.mktemp("parquet")
    done = run(binary, "export", "--format", "parquet", "--output", str(directory), str(DOCUMENTS))
    assert done.returncode == 0, done.stderr
    return directory


@pytest.fixture(scope="module")
def exported(parquet_directory):
    return pq.read_table(parquet_directory / "measures.parquet").to_pylist()


def by_id(rows):
    return sorted(rows, key=lambda r: r["id"])


def test_spark_rows_are_the_export_rows(spark, exported, binary):
    files = spark.read.format("binaryFile").option("pathGlobFilter", "*.{txt,html}").load(str(DOCUMENTS)).repartition(2)
    assert files.rdd.getNumPartitions() == 2
    assert files.count() == len(list(DOCUMENTS.glob("*.*")))
    measures = zhengce.spark.parse(files, binary=binary)
    rows = by_id(row.asDict() for row in measures.collect())
    expected = by_id(exported)
    assert len(rows) == len(expected) > 0
    for got, want in zip(rows, expected):
        assert got == want, got["id"]


def test_spark_reads_paths_itself_when_given_no_bytes(spark, exported, binary):
    with_measures = {r["document_id"] for r in exported}
    chosen = [p for p in sorted(DOCUMENTS.glob("*.*")) if p.stem in with_measures][:6]
    files = spark.createDataFrame([(str(p),) for p in chosen], ["path"])
    rows = by_id(row.asDict() for row in zhengce.spark.parse(files, binary=binary).collect())
    ids = {r["document_id"] for r in rows}
    assert rows == [r for r in by_id(exported) if r["document_id"] in ids]
    assert len(ids) == 6


def test_spark_reads_the_exported_parquet_with_its_types(spark, parquet_directory):
    from pyspark.sql import types as T

    documents = spark.read.parquet(str(parquet_directory / "documents.parquet")).schema
    assert documents["date"].dataType == T.DateType()
    assert documents["issuers"].dataType == T.ArrayType(T.StringType(), True)
    measures = spark.read.parquet(str(parquet_directory / "measures.parquet")).schema
    assert measures["topics"].dataType == T.ArrayType(T.StringType(), True)
    assert measures["span_start"].dataType == T.LongType()


def test_a_binary_that_stops_short_fails_the_partition(tmp_path):
    # A binary that dies after reading its input answers nothing: the documents must not vanish silently.
    rows = [{"path": str(p)} for p in sorted(DOCUMENTS.glob("*.txt"))[:2]]
    with pytest.raises(zhengce.ZhengceError, match="answered 0 of 2 records"):
        list(zhengce.spark.partition_measures(rows, binary="/bin/true"))
