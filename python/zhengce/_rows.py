"""A contract document's measures as rows of the export's ``measures`` table.

Spark streams documents through ``zhengce parse --json --stdin`` and gets
contract lines back; this turns them into the rows ``zhengce export`` writes.
``tests/test_stream.py`` holds the columns to the binary's own declaration and
``tests/test_spark.py`` compares the rows with an export, row by row."""

#: The ``measures`` table's columns as the export stream declares them.
MEASURE_COLUMNS = [
    ("id", "string", False),
    ("document_id", "string", False),
    ("ordinal", "int64", False),
    ("path", "string", False),
    ("heading", "string", False),
    ("text", "string", False),
    ("span_start", "int64", False),
    ("span_end", "int64", False),
    ("topics", "list<string>", False),
    ("due_text", "string", True),
    ("due_date", "string", True),
]


def measure_rows(document):
    """The ``measures`` rows of one contract document, cells in column order."""
    rows = []
    for ordinal, m in enumerate(document["measures"], start=1):
        due = m.get("due") or {}
        rows.append([
            m["id"], document["id"], ordinal, "/".join(m["path"]), m["heading"], m["text"],
            m["span"]["start"], m["span"]["end"], list(m["topics"]), due.get("text"), due.get("date"),
        ])
    return rows
