"""`zhengce export --format opensearch`: the index template and the bulk lines, checked against
the documented formats of OpenSearch's `_index_template` and `_bulk` APIs (no cluster needed)."""

import json
import re

import jsonschema
import pytest

import zhengce
from conftest import REALWORLD, run

# The composable index template body (PUT _index_template/NAME), as documented.
TEMPLATE_SCHEMA = {
    "type": "object",
    "required": ["index_patterns", "template"],
    "additionalProperties": False,
    "properties": {
        "index_patterns": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        "template": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"settings": {"type": "object"}, "mappings": {"type": "object"}, "aliases": {"type": "object"}},
        },
        "composed_of": {"type": "array", "items": {"type": "string"}},
        "priority": {"type": "integer", "minimum": 0},
        "version": {"type": "integer"},
        "_meta": {"type": "object"},
        "data_stream": {"type": "object"},
    },
}
# Built-in analysis parts of OpenSearch (and Elasticsearch) that the template may name.
BUILTIN_TOKENIZERS = {"standard", "icu_tokenizer", "whitespace", "keyword"}
BUILTIN_FILTERS = {"cjk_width", "cjk_bigram", "lowercase", "stop", "asciifolding"}
FIELD_TYPES = {"text", "keyword", "date", "double", "long", "boolean", "nested", "object"}
BULK_ACTIONS = {"index", "create", "update", "delete"}


@pytest.fixture(scope="module")
def export(binary, tmp_path_factory):
    directory = tmp_path_factory.mktemp("opensearch")
    done = run(binary, "export", "--format", "opensearch", "--output", str(directory), str(REALWORLD))
    assert done.returncode == 0, done.stderr
    template = json.loads((directory / "index-template.json").read_text())
    bulk = (directory / "bulk.ndjson").read_text()
    return template, bulk


def mapping_of(template):
    return template["template"]["mappings"]["properties"]


def test_the_template_has_the_documented_shape(export):
    template, _ = export
    jsonschema.validate(template, TEMPLATE_SCHEMA)
    assert "zhengce-measures" in template["index_patterns"]
    assert template["template"]["mappings"]["dynamic"] == "strict"


def test_text_goes_through_a_cjk_bigram_analyzer_made_of_builtin_parts(export):
    template, _ = export
    analyzers = template["template"]["settings"]["analysis"]["analyzer"]
    for name, analyzer in analyzers.items():
        assert analyzer["type"] == "custom"
        assert analyzer["tokenizer"] in BUILTIN_TOKENIZERS
        assert set(analyzer["filter"]) <= BUILTIN_FILTERS
    mapping = mapping_of(template)
    for field in ("text", "heading", "title"):
        assert mapping[field]["type"] == "text"
        assert "cjk_bigram" in analyzers[mapping[field]["analyzer"]]["filter"]


def test_departments_roles_topics_and_regions_are_keywords_and_quantities_nested(export):
    template, _ = export
    mapping = mapping_of(template)
    for field in ("departments", "families", "roles", "leads", "topics", "province", "city", "county", "region_level", "region_code",
                  "genre"):
        assert mapping[field]["type"] == "keyword", field
    quantities = mapping["quantities"]
    assert quantities["type"] == "nested"
    assert quantities["properties"]["value"]["type"] == "double"
    assert quantities["properties"]["unit"]["type"] == "keyword"


def every_field(properties):
    for name, field in properties.items():
        assert field.get("type", "object") in FIELD_TYPES, name
        yield name, field
        if "properties" in field:
            yield from every_field(field["properties"])


def test_every_date_format_is_a_java_time_pattern(export):
    template, _ = export
    for name, field in every_field(mapping_of(template)):
        if field["type"] == "date":
            for pattern in field["format"].split("||"):
                assert re.fullmatch(r"yyyy(-MM(-dd)?)?", pattern), (name, pattern)


def source_schema(properties):
    """A JSON Schema for a document that a `dynamic: strict` mapping accepts."""
    def one(field):
        kind = field["type"]
        if kind == "nested":
            return {"type": "array", "items": source_schema(field["properties"])}
        if kind in ("double", "long"):
            return {"type": ["number", "null"]}
        if kind == "boolean":
            return {"type": ["boolean", "null"]}
        if kind == "date":
            # "yyyy-MM-dd||yyyy-MM||yyyy" → the values each pattern admits.
            shapes = [p.replace("yyyy", r"\d{4}").replace("MM", r"\d{2}").replace("dd", r"\d{2}") for p in field["format"].split("||")]
            return {"type": ["string", "null"], "pattern": "^(" + "|".join(shapes) + ")$"}
        return {"anyOf": [{"type": ["string", "null"]}, {"type": "array", "items": {"type": "string"}}]}
    return {"type": "object", "additionalProperties": False, "properties": {k: one(v) for k, v in properties.items()}}


def test_the_bulk_body_is_action_and_source_line_pairs_the_mapping_accepts(export):
    template, bulk = export
    assert bulk.endswith("\n"), "the _bulk body ends with a newline"
    lines = bulk.splitlines()
    assert len(lines) % 2 == 0
    sources = jsonschema.Draft202012Validator(source_schema(mapping_of(template)))
    ids = []
    for action_line, source_line in zip(lines[::2], lines[1::2]):
        action = json.loads(action_line)
        assert len(action) == 1 and set(action) <= BULK_ACTIONS
        (verb, meta), = action.items()
        assert verb == "index"
        assert meta["_index"] in template["index_patterns"]
        source = json.loads(source_line)
        sources.validate(source)
        assert source["id"] == meta["_id"]
        ids.append(meta["_id"])
    # One document per measure of the export, under its id.
    assert ids == list(zhengce.measures(REALWORLD).id)


def test_a_real_measure_carries_its_departments_and_quantities(export):
    _, bulk = export
    sources = [json.loads(line) for line in bulk.splitlines()[1::2]]
    with_leads = [s for s in sources if s["leads"]]
    assert with_leads and all(set(s["leads"]) <= set(s["departments"]) and "lead" in s["roles"] for s in with_leads)
    with_quantities = [s for s in sources if s["quantities"]]
    assert with_quantities
    for s in with_quantities:
        for q in s["quantities"]:
            assert q["surface"] in s["text"]
