"""Parsing on Spark: ``zhengce.spark.parse(df)`` streams each partition's documents
through ``zhengce parse --json --stdin`` on its executor and returns the export's
``measures`` table as a Spark DataFrame.

The input is a DataFrame of files, as ``spark.read.format("binaryFile").load(DIR)``
gives it (``path`` and ``content``); with no ``content`` column the executors read
``path`` themselves. A document's id is its file stem, as in ``zhengce export``.

The binary on an executor is, in order: ``binary`` when that path exists there,
the file shipped with ``spark-submit --files …/zhengce`` (``SparkFiles``),
``$ZHENGCE_BINARY``, or ``zhengce`` on PATH. Executors need this package too
(``pip install ./python`` on the workers, or ``--py-files``).
"""

import base64
import json
import os
import posixpath
import shutil
import stat
import subprocess
import threading

from ._binary import BINARY_VARIABLE, SCHEMA_VERSION, ZhengceError
from ._rows import MEASURE_COLUMNS, measure_rows


def measures_schema():
    """The Spark schema of the ``measures`` table (``topics`` an array of strings)."""
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "int64": T.LongType(), "date": T.DateType(),
             "list<string>": T.ArrayType(T.StringType(), False)}
    return T.StructType([T.StructField(name, kinds[kind], nullable) for name, kind, nullable in MEASURE_COLUMNS])


def document_id(path):
    """The id ``zhengce`` gives a file: its name without the extension."""
    name = posixpath.basename(path.rstrip("/"))
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def record(path, content=None):
    """The ``parse --stdin`` line for one file: its bytes in base64 when given, else its path."""
    if content is None:
        local = path[len("file:"):] if path.startswith("file:") else path
        return json.dumps({"id": document_id(path), "path": local}, ensure_ascii=False)
    return json.dumps({"id": document_id(path), "path": path, "base64": base64.b64encode(bytes(content)).decode("ascii")})


def executor_binary(binary=None):
    """The binary on this machine (see the module's doc)."""
    if binary and os.path.exists(binary):
        return binary
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get("zhengce")
    except Exception:
        shipped = None
    if shipped and os.path.exists(shipped):
        if not os.access(shipped, os.X_OK):
            os.chmod(shipped, os.stat(shipped).st_mode | stat.S_IXUSR)
        return shipped
    found = shutil.which(os.environ.get(BINARY_VARIABLE) or binary or "zhengce")
    if found is None:
        raise ZhengceError(
            "no zhengce binary on this executor: ship it with spark-submit --files /path/to/zhengce, "
            f"install it on the workers' PATH, or set {BINARY_VARIABLE}")
    return found


def pipe(lines, binary):
    """Streams ``lines`` through ``zhengce parse --json --stdin``; yields one contract dict per line, in order.

    Raises :class:`ZhengceError` when the binary stops short of one answer per line."""
    process = subprocess.Popen(
        [binary, "parse", "--json", "--stdin"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL)

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    answered = 0
    for out in process.stdout:
        answered += 1
        yield json.loads(out)
    feeder.join()
    # 1 only says that some records were errors, and those came back as error records.
    if process.wait() not in (0, 1) or answered != len(lines):
        raise ZhengceError(
            f"{binary} parse --stdin answered {answered} of {len(lines)} records (exit status {process.returncode})")


def partition_measures(rows, binary=None, errors="raise"):
    """The measure rows of one partition's files."""
    rows = list(rows)
    lines = [record(r["path"], r.get("content")) for r in rows]
    for k, document in enumerate(pipe(lines, executor_binary(binary))):
        row = rows[k]
        if "error" in document:
            if errors == "skip":
                continue
            raise ZhengceError(f"{row['path']}: {document['error']}")
        if document.get("schemaVersion") != SCHEMA_VERSION:
            raise ZhengceError(f"{row['path']}: schemaVersion {document.get('schemaVersion')}, this package reads {SCHEMA_VERSION}")
        yield from measure_rows(document)


def parse(df, binary=None, errors="raise"):
    """The ``measures`` table of the files in ``df`` (``path``, and ``content`` when present),
    parsed on the executors. ``errors="skip"`` drops a file that cannot be parsed instead
    of failing the job."""
    if errors not in ("raise", "skip"):
        raise ValueError("errors is 'raise' or 'skip'")
    columns = ["path", "content"] if "content" in df.columns else ["path"]
    rdd = df.select(*columns).rdd.map(lambda r: r.asDict())
    measures = rdd.mapPartitions(lambda rows: partition_measures(rows, binary, errors))
    return df.sparkSession.createDataFrame(measures, measures_schema())
