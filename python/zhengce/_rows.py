"""A contract document's measures as rows of the export's ``measures`` table.

Spark streams documents through ``zhengce parse --json --stdin`` and gets
contract lines back; this turns them into the rows ``zhengce export`` writes.
``tests/test_stream.py`` holds the columns to the binary's own declaration and
``tests/test_spark.py`` compares the rows with an export, row by row."""

import datetime


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
    ("due_date", "date", True),
    ("due_precision", "string", True),
    ("province", "string", True),
    ("city", "string", True),
    ("county", "string", True),
    ("year", "int64", True),
    ("kind", "string", False),
]

_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def deadline(text):
    """``(datetime.date, precision)`` of a stated date as the export writes it: the last day of
    the period named (``2020`` → ``2020-12-31``, ``year``), or ``(None, None)``."""
    if not text:
        return None, None
    try:
        numbers = [int(part) for part in text.split("-")]
    except ValueError:
        return None, None
    if not 1 <= len(numbers) <= 3 or not 1000 <= numbers[0] <= 9999:
        return None, None
    year = numbers[0]
    month = numbers[1] if len(numbers) > 1 else 12
    if not 1 <= month <= 12:
        return None, None
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    last = 29 if month == 2 and leap else _DAYS[month - 1]
    day = numbers[2] if len(numbers) > 2 else last
    if not 1 <= day <= last:
        return None, None
    precision = ("year", "month", "day")[len(numbers) - 1]
    return datetime.date(year, month, day), precision


def measure_rows(document):
    """The ``measures`` rows of one contract document, cells in column order."""
    rows = []
    region = document.get("region") or {}
    date = document.get("date")
    year = int(date[:4]) if date and date[:4].isdigit() else None
    for ordinal, m in enumerate(document["measures"], start=1):
        due = m.get("due") or {}
        due_date, due_precision = deadline(due.get("date"))
        rows.append([
            m["id"], document["id"], ordinal, "/".join(m["path"]), m["heading"], m["text"],
            m["span"]["start"], m["span"]["end"], list(m["topics"]), due.get("text"), due_date, due_precision,
            region.get("province"), region.get("city"), region.get("county"), year, m["kind"],
        ])
    return rows
