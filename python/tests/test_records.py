"""`zhengce parse --json --stdin`: one contract line per record line, in order, errors as records."""

import base64
import json

from conftest import CORPUS, REALWORLD, run

HUNAN = CORPUS / "hunan-2018-deep-poverty-plan.txt"
# A saved page of the real-world corpus: its extension makes it a web page.
PAGE = next(REALWORLD.glob("*.html"), None)


def lines(binary, records):
    done = run(binary, "parse", "--json", "--stdin", input="".join(r + "\n" for r in records))
    return done, [json.loads(line) for line in done.stdout.splitlines()]


def test_bytes_and_path_give_the_same_document_as_parsing_the_file(binary):
    by_file = json.loads(run(binary, "parse", "--json", str(HUNAN)).stdout)
    encoded = base64.b64encode(HUNAN.read_bytes()).decode()
    done, out = lines(binary, [
        json.dumps({"path": str(HUNAN)}),
        json.dumps({"id": "hunan-2018-deep-poverty-plan", "base64": encoded}),
    ])
    assert done.returncode == 0, done.stderr
    assert out[0] == by_file
    assert out[1]["measures"] == by_file["measures"]
    assert out[1]["title"] == by_file["title"]
    assert out[1]["source"]["sha256"] == by_file["source"]["sha256"]


def test_one_line_out_per_line_in_in_order_with_errors_as_records(binary):
    encoded = base64.b64encode(HUNAN.read_bytes()).decode()
    done, out = lines(binary, [
        "not json",
        json.dumps({"id": "a", "base64": encoded}),
        json.dumps({"id": "b"}),
        json.dumps({"path": "/nonexistent/missing.txt"}),
        json.dumps({"id": "c", "base64": "////"}),
        json.dumps({"id": "d", "base64": encoded}),
    ])
    assert [o["id"] for o in out] == [None, "a", "b", "missing", "c", "d"]
    assert [o.get("line") for o in out] == [1, None, 3, 4, 5, None]
    assert "not a JSON object" in out[0]["error"]
    assert out[2]["error"] == 'needs "base64" (the document\'s bytes) or "path"'
    assert out[3]["error"] == "/nonexistent/missing.txt: no such file"
    # "////" decodes to three 0xFF bytes: no text.
    assert "c: " in out[4]["error"]
    assert all(o["schemaVersion"] == 6 for o in out)
    assert done.returncode == 1
    assert "zhengce: stdin:3: " in done.stderr


def test_a_named_page_is_read_as_html(binary):
    assert PAGE is not None, "the real-world corpus holds a saved page"
    by_file = json.loads(run(binary, "parse", "--json", str(PAGE)).stdout)
    encoded = base64.b64encode(PAGE.read_bytes()).decode()
    _, out = lines(binary, [json.dumps({"id": by_file["id"], "path": PAGE.name, "base64": encoded})])
    assert out[0]["source"]["format"] == "html"
    assert out[0]["measures"] == by_file["measures"]


def test_stdin_needs_json_and_no_files(binary):
    assert "add --json" in run(binary, "parse", "--stdin").stderr
    assert "name no files" in run(binary, "parse", "--json", "--stdin", str(HUNAN)).stderr
