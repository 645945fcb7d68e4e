"""The Parquet writer behind ``zhengce export --format parquet``.

``python -m zhengce.parquet DIR`` reads the typed export stream on standard
input and writes ``DIR/<table>.parquet`` for every table with pyarrow: dates
as ``date32``, lists as ``list<string>``, integers as ``int64``. Each file is
written under a temporary name and renamed only when the stream's end line
has arrived, so a stream cut off leaves the previous files as they were.
"""

import datetime
import os
import sys

from ._stream import Stream

#: Rows buffered per table before a row group is written.
BATCH_ROWS = 50_000


def arrow_type(kind):
    import pyarrow as pa

    return {
        "string": pa.string(), "int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
        "date": pa.date32(), "list<string>": pa.list_(pa.string()),
    }[kind]


def arrow_schema(columns):
    import pyarrow as pa

    return pa.schema([pa.field(name, arrow_type(kind), nullable=nullable) for name, kind, nullable in columns])


def record_batch(columns, rows):
    """``rows`` (cells in column order, dates as ``YYYY-MM-DD``) as an Arrow record batch."""
    import pyarrow as pa

    arrays = []
    for k, (name, kind, _) in enumerate(columns):
        values = [row[k] for row in rows]
        if kind == "date":
            values = [None if v is None else datetime.date.fromisoformat(v) for v in values]
        arrays.append(pa.array(values, type=arrow_type(kind)))
    return pa.RecordBatch.from_arrays(arrays, schema=arrow_schema(columns))


class ParquetTables:
    """One pyarrow ``ParquetWriter`` per table, each on a temporary file in ``directory``."""

    def __init__(self, directory, columns):
        import pyarrow.parquet as pq

        os.makedirs(directory, exist_ok=True)
        self.directory = directory
        self.columns = columns
        self.pending = {name: [] for name in columns}
        self.temporary = {name: os.path.join(directory, f".{name}.parquet.tmp-{os.getpid()}") for name in columns}
        self.writers = {name: pq.ParquetWriter(self.temporary[name], arrow_schema(columns[name])) for name in columns}

    def add(self, table, row):
        self.pending[table].append(row)
        if len(self.pending[table]) >= BATCH_ROWS:
            self.flush(table)

    def flush(self, table):
        if self.pending[table]:
            self.writers[table].write_batch(record_batch(self.columns[table], self.pending[table]))
            self.pending[table] = []

    def commit(self):
        for name, writer in self.writers.items():
            self.flush(name)
            writer.close()
        for name, path in self.temporary.items():
            os.replace(path, os.path.join(self.directory, f"{name}.parquet"))

    def discard(self):
        for name, writer in self.writers.items():
            try:
                writer.close()
            finally:
                if os.path.exists(self.temporary[name]):
                    os.unlink(self.temporary[name])


def write(lines, directory):
    """Writes the stream ``lines`` as Parquet files in ``directory``.

    Returns True when the stream was complete and the files are in place; else
    (or on any error) the temporary files are removed and nothing changes."""
    stream = Stream(lines)
    tables = ParquetTables(directory, stream.columns)
    try:
        for table, row in stream.rows():
            tables.add(table, row)
    except BaseException:
        tables.discard()
        raise
    if not stream.complete:
        tables.discard()
        return False
    tables.commit()
    return True


def main(argv):
    if len(argv) != 1:
        print("usage: python -m zhengce.parquet DIR < stream", file=sys.stderr)
        return 2
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        print("No module named 'pyarrow': pip install pyarrow", file=sys.stderr)
        return 1
    lines = (raw.decode("utf-8") for raw in sys.stdin.buffer)
    if not write(lines, argv[0]):
        print("the export stream ended before its end line: nothing written", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
