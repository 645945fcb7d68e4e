"""Reading ``zhengce export --format stream`` (every export table, typed) into pandas."""

import json

from ._binary import SCHEMA_VERSION, STREAM_VERSION, ZhengceError


class Stream:
    """An export stream being read: each table's columns (name, type, nullable) from
    its first line, then its rows, one ``(table, row)`` at a time from :meth:`rows`."""

    def __init__(self, lines):
        self._lines = iter(lines)
        header = json.loads(next(self._lines, "null") or "null")
        if not isinstance(header, dict) or header.get("stream") != "zhengce-export":
            raise ZhengceError("not a zhengce export stream: its first line does not declare the tables")
        if header.get("version") != STREAM_VERSION or header.get("schemaVersion") != SCHEMA_VERSION:
            raise ZhengceError(
                f"export stream version {header.get('version')} of schemaVersion {header.get('schemaVersion')}: "
                f"this package reads stream {STREAM_VERSION} of schemaVersion {SCHEMA_VERSION}")
        self.columns = {t["name"]: [(c["name"], c["type"], c["nullable"]) for c in t["columns"]] for t in header["tables"]}
        #: Whether the end line has been read: a stream cut off never sets it.
        self.complete = False

    def rows(self):
        """Yields ``(table, cells)`` up to the end line."""
        for line in self._lines:
            if not line.strip():
                continue
            item = json.loads(line)
            if "end" in item:
                self.complete = True
                return
            yield item["table"], item["row"]

    def frames(self):
        """Reads every row; each table as a DataFrame with typed columns (see :func:`typed_frame`)."""
        rows = {name: [] for name in self.columns}
        for table, row in self.rows():
            rows[table].append(row)
        return {name: typed_frame(columns, rows[name]) for name, columns in self.columns.items()}


def typed_frame(columns, rows):
    """A DataFrame whose dtypes follow the declared column types: strings as ``string``,
    int64 as ``int64`` (``Int64`` when nullable), double as ``float64``, bool as ``bool``,
    date as ``datetime64[ns]`` and list<string> as Python lists."""
    import pandas as pd

    data = {}
    for k, (name, kind, nullable) in enumerate(columns):
        values = [row[k] for row in rows]
        if kind == "string":
            data[name] = pd.Series(values, dtype="string")
        elif kind == "int64":
            data[name] = pd.Series(values, dtype="Int64" if nullable else "int64")
        elif kind == "double":
            data[name] = pd.Series([float("nan") if v is None else v for v in values], dtype="float64")
        elif kind == "bool":
            data[name] = pd.Series(values, dtype="bool")
        elif kind == "date":
            data[name] = pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d").astype("datetime64[ns]")
        elif kind == "list<string>":
            data[name] = pd.Series(values, dtype="object")
        else:
            raise ZhengceError(f"column {name}: unknown type {kind!r}")
    return pd.DataFrame(data, columns=[c[0] for c in columns])
