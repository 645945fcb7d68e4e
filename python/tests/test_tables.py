"""The export tables as typed DataFrames, parse, tasks and search, on the bundled corpus."""

import datetime
import subprocess

import pandas as pd

import zhengce
from conftest import CORPUS
from zhengce._rows import MEASURE_COLUMNS
from zhengce._stream import Stream

HUNAN = "hunan-2018-deep-poverty-plan"
NANNING = "guangxi-nanning-2015-precision-poverty-plan"


def test_parse_gives_contract_documents_in_input_order():
    documents = zhengce.parse([CORPUS / f"{NANNING}.txt", CORPUS / f"{HUNAN}.txt"])
    assert [d["id"] for d in documents] == [NANNING, HUNAN]
    assert all(d["schemaVersion"] == 6 for d in documents)
    assert documents[1]["title"] == "湖南省关于支持深度贫困地区脱贫攻坚的实施方案"
    # Its title ends with 实施方案; the Nanning file's first line is 广西精准扶贫实施方案.
    assert [d["genre"] for d in documents] == ["plan", "plan"]


def test_tables_have_the_exports_columns_and_types():
    tables = zhengce.tables(CORPUS)
    documents = tables.documents.set_index("id")
    assert str(documents["date"].dtype) == "datetime64[ns]"
    # corpus/guangxi-nanning-2015-precision-poverty-plan.txt is dated 2017年7月20日.
    assert documents.loc[NANNING, "date"] == pd.Timestamp(datetime.date(2017, 7, 20))
    assert documents.loc[NANNING, "province"] == "广西壮族自治区"
    assert isinstance(documents.loc[NANNING, "issuers"], list)
    assert str(tables.measures["span_start"].dtype) == "int64"
    assert str(tables.departments["renamed_in"].dtype) == "Int64"
    assert str(tables.departments["separately"].dtype) == "bool"
    assert str(tables.commitments["value"].dtype) == "float64"
    assert len(documents) == 5
    # The kind each title names: 实施方案 (Ankang's through its cover notice 关于印发《…实施方案》的通知), 意见, 实施意见.
    assert documents["genre"].to_dict() == {
        "guangxi-nanning-2015-precision-poverty-plan": "plan", "hunan-2018-deep-poverty-plan": "plan",
        "hunan-xiangxi-2016-precision-poverty-opinions": "opinions", "liaoning-2019-three-year-action-opinions": "opinions",
        "shaanxi-ankang-2020-consolidation-plan": "plan",
    }
    # Every one read from its title, none from its body.
    assert set(documents["genre_source"]) == {"title"}


def test_a_raise_in_the_hunan_plan_reads_with_its_from_value():
    # corpus/hunan-2018-deep-poverty-plan.txt: "…补助标准由每人3000元/年提高到5000元/年…"
    commitments = zhengce.commitments(CORPUS / f"{HUNAN}.txt")
    row = commitments[commitments.surface == "由每人3000元/年提高到5000元/年"].iloc[0]
    assert (row.measure_id, row.value, row.from_value, row.unit, row.comparator) == (f"{HUNAN}#23", 5000.0, 3000.0, "元/年", "to")


def test_a_per_scope_has_its_own_column_beside_the_subject():
    # corpus/hunan-2018-deep-poverty-plan.txt: "…省财政对每个项目县补助3000万元…"
    commitments = zhengce.commitments(CORPUS / f"{HUNAN}.txt")
    row = commitments[commitments.surface == "3000万元"].iloc[0]
    assert (row.subject, row.per, row.value) == ("补助", "每个项目县", 30000000.0)
    # "…每县建设1-2所…": the verb 建设 alone is not what is counted, so no subject.
    row = commitments[commitments.surface == "1-2所"].iloc[0]
    assert (pd.isna(row.subject), row.per, row.value, row["max"]) == (True, "每县", 1.0, 2.0)


def test_topics_are_lists_in_the_measures_table():
    measures = zhengce.measures(CORPUS)
    assert all(isinstance(t, list) for t in measures.topics)
    assert any("教育扶贫" in t for t in measures.topics)


def test_the_measure_columns_spark_writes_are_the_ones_the_binary_declares(binary):
    stream = subprocess.run([binary, "export", "--format", "stream", str(CORPUS / f"{HUNAN}.txt")],
                            capture_output=True, encoding="utf-8", check=True).stdout.splitlines()
    assert Stream(stream).columns["measures"] == MEASURE_COLUMNS


def test_tasks_of_finance_are_measures_with_province_and_role():
    tasks = zhengce.tasks(dept="财政", paths=CORPUS)
    assert list(tasks.columns) == [c[0] for c in MEASURE_COLUMNS] + ["role", "departments"]
    # corpus/hunan-2018-deep-poverty-plan.txt: "…(省财政厅牵头负责)"
    hunan = tasks[tasks.document_id == HUNAN]
    assert len(hunan) > 0
    assert set(hunan.province) == {"湖南省"}
    assert all(any("财政" in name for name in names) for names in tasks.departments)
    assert set(tasks.province) >= {"湖南省", "陕西省"}


def test_search_gives_ranked_hits(tmp_path, binary):
    index = tmp_path / "index"
    subprocess.run([binary, "index", str(CORPUS), "--index", str(index)], check=True, capture_output=True)
    hits = zhengce.search("易地扶贫搬迁", index=index, limit=3)
    assert [h["rank"] for h in hits] == [1, 2, 3]
    assert all("易地扶贫搬迁" in h["snippet"]["text"] for h in hits)
