#!/usr/bin/env python3
"""Generates Sources/ZhengceParser/Rules/gazetteer.tsv, the national gazetteer.

Source: the Ministry of Civil Affairs' administrative-division codes as shipped
by the PyPI package jionlp (see PACKAGE below; Apache License 2.0):
`dictionary/china_location.zip` (province / prefecture / county, code, short
name) and `dictionary/china_location_change.txt` (renamings and mergers, dated).
Units the package does not date (巢湖 2011, 莱芜 2019, …) come from FORMER_UNITS
below, each with its source.

    python3 scripts/gazetteer.py                 # downloads the pinned wheel with pip
    python3 scripts/gazetteer.py --wheel X.whl   # or reads a wheel already downloaded

Output, one record per line, TAB-separated (see Rules/gazetteer.README.md):
    P code name abbreviation short…   a provincial-level division
    C code name short…                a prefecture-level division
    D code name short…                a county-level division (县, 县级市, 区, 旗, 自治县 …)
    F code name year                  a former name of unit `code`, changed in `year`
    T pairs                           traditional → simplified characters of the names
"""

import argparse
import io
import os
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = ("jionlp", "1.5.31")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "ZhengceParser", "Rules", "gazetteer.tsv")

# One-character abbreviations (简称) of the 31 provincial-level divisions, as
# used to open a 文号 (湘政发, 陕政办发). GB/T 2260 and the State Council's list.
ABBREVIATIONS = {
    "110000": "京", "120000": "津", "130000": "冀", "140000": "晋", "150000": "蒙",
    "210000": "辽", "220000": "吉", "230000": "黑", "310000": "沪", "320000": "苏",
    "330000": "浙", "340000": "皖", "350000": "闽", "360000": "赣", "370000": "鲁",
    "410000": "豫", "420000": "鄂", "430000": "湘", "440000": "粤", "450000": "桂",
    "460000": "琼", "500000": "渝", "510000": "川", "520000": "黔", "530000": "云",
    "540000": "藏", "610000": "陕", "620000": "甘", "630000": "青", "640000": "宁",
    "650000": "新",
}

# Former names the package's change list does not carry: (name, current code, year, source).
FORMER_UNITS = [
    ("巢湖市", "340181", 2011, "国函〔2011〕84号: 地级巢湖市撤销, 居巢区改设县级巢湖市 (合肥市代管)"),
    ("居巢区", "340181", 2011, "国函〔2011〕84号"),
    ("莱芜市", "370100", 2019, "国函〔2019〕4号: 撤销莱芜市, 所辖区域划归济南市"),
    ("莱城区", "370116", 2019, "国函〔2019〕4号: 设立济南市莱芜区"),
    ("思茅市", "530800", 2007, "国函〔2007〕1号: 思茅市更名为普洱市"),
    ("荆沙市", "421000", 1996, "国函〔1996〕94号: 荆沙市更名为荆州市"),
    ("毕节地区", "520500", 2011, "国函〔2011〕130号: 撤销毕节地区, 设立地级毕节市"),
    ("铜仁地区", "520600", 2011, "国函〔2011〕131号: 撤销铜仁地区, 设立地级铜仁市"),
    ("海东地区", "630200", 2013, "国函〔2013〕20号: 撤销海东地区, 设立地级海东市"),
    ("日喀则地区", "540200", 2014, "国函〔2014〕57号"),
    ("昌都地区", "540300", 2014, "国函〔2014〕141号"),
    ("林芝地区", "540400", 2015, "国函〔2015〕41号"),
    ("山南地区", "540500", 2016, "国函〔2016〕4号"),
    ("那曲地区", "540600", 2017, "国函〔2017〕141号"),
    ("吐鲁番地区", "650400", 2015, "国函〔2015〕5号"),
    ("哈密地区", "650500", 2016, "国函〔2016〕4号"),
    ("万县市", "500101", 1998, "国函〔1997〕81号: 万县市改为重庆市万州区"),
    ("涪陵市", "500102", 1997, "国函〔1997〕81号"),
    ("黔江地区", "500114", 1997, "国函〔1997〕81号"),
]

# Suffixes that, stripped, leave the short form a document writes (湘西土家族苗族自治州 → 湘西州).
PREFECTURE_FORMS = ("自治州",)
# An autonomous county or banner as documents shorten it (彭水苗族土家族自治县 → 彭水自治县, 彭水县;
# 鄂温克族自治旗 → 鄂温克旗): the package's short form and these endings.
COUNTY_FORMS = {"自治县": ("自治县", "县"), "自治旗": ("自治旗", "旗")}


def download_wheel(directory):
    name, version = PACKAGE
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", f"{name}=={version}", "-d", directory],
        check=True)
    wheels = [f for f in os.listdir(directory) if f.endswith(".whl")]
    return os.path.join(directory, wheels[0])


def read_wheel(path):
    with zipfile.ZipFile(path) as wheel:
        inner = zipfile.ZipFile(io.BytesIO(wheel.read("jionlp/dictionary/china_location.zip")))
        location = inner.read("china_location.txt").decode("utf-8")
        changes = wheel.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
        tra2sim = wheel.read("jionlp/dictionary/tra2sim_char.txt").decode("utf-8")
    return location, changes, tra2sim


def is_division(code, name):
    """A county-level division of the civil-affairs list; not a statistical unit
    such as a development zone (codes xx7x) or a 管委会."""
    if 70 <= int(code[4:]) <= 79 or name == "市直辖行政区划":
        return False
    return not name.endswith(("委员会", "管委会", "园区", "开发区", "海域"))


def units(location):
    """(level, code, name, shorts, parent name) for the 31 provincial-level divisions
    and below; a county's parent is its prefecture, or its province when the
    province rules it directly (a municipality's districts, 济源, 仙桃 …)."""
    out = []
    province_code = province = parent = None
    for line in location.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth > 2 or len(fields) != 3:
            continue
        name, code, alias = fields
        if depth == 0:
            province_code = code if code in ABBREVIATIONS else None
            province = parent = name
            if province_code:
                out.append(("P", code, name, [alias], None))
            continue
        if province_code is None:
            continue
        shorts = [a for a in alias.split("/") if a and a != name]
        if depth == 1:
            if name == "省直辖行政区划" or code == province_code:
                parent = province  # counties ruled from the province, or a municipality's own districts
                continue
            parent = name
            if name.endswith(PREFECTURE_FORMS) and shorts:
                base = shorts[0][:-1] if shorts[0].endswith("州") else shorts[0]
                shorts += [base + "州", base + "自治州"]
            out.append(("C", code, name, shorts, province))
        elif is_division(code, name):
            for ending, forms in COUNTY_FORMS.items():
                if name.endswith(ending) and shorts:
                    shorts += [shorts[0] + form for form in forms if shorts[0] + form != name]
            out.append(("D", code, name, shorts, parent))
    return out


def former_names(changes, by_name):
    """(code, former name, year) from the package's dated change list."""
    out = []
    for line in changes.splitlines():
        if "=>" not in line:
            continue
        before, after = line.split("=>")
        old = before.split("\t")
        new = after.split("\t")
        year = int(old[0][:4])
        old_names = old[2::2]  # province, city[, county] full names (short names between)
        province, *rest = new
        target = by_name.get(tuple(new))
        if target is None:
            continue
        if len(old_names) == len(new) and old_names[-1] != new[-1]:
            out.append((target, old_names[-1], year))
        if len(old_names) >= 2 and len(new) >= 2 and old_names[1] != new[1]:
            city = by_name.get(tuple(new[:2]))
            if city is not None:
                out.append((city, old_names[1], year))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", help="a downloaded jionlp wheel (default: pip download it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        wheel = args.wheel or download_wheel(scratch)
        location, changes, tra2sim = read_wheel(wheel)

    records = units(location)
    # Current units by their path of full names, as the change list writes them.
    by_name = {}
    province = None
    for level, code, name, _, parent in records:
        if level == "P":
            province = name
            by_name[(name,)] = by_name[(name, name)] = code  # a municipality is its own prefecture there
        elif level == "C":
            by_name[(province, name)] = code
        else:
            by_name[(province, parent, name)] = code

    formers = {}
    for code, name, year in former_names(changes, by_name):
        formers[(code, name)] = year
    for name, code, year, _ in FORMER_UNITS:
        formers[(code, name)] = year
    current = {record[2] for record in records}

    names = set()
    lines = [
        f"# generated by scripts/gazetteer.py from {PACKAGE[0]} {PACKAGE[1]} (Apache License 2.0); do not edit",
    ]
    for level, code, name, shorts, _ in records:
        names.update(name)
        names.update("".join(shorts))
        fields = [level, code, name]
        if level == "P":
            fields.append(ABBREVIATIONS[code])
        lines.append("\t".join(fields + sorted(set(shorts), key=shorts.index)))
    for (code, name), year in sorted(formers.items(), key=lambda item: (item[0][0], item[1], item[0][1])):
        if name in current and (name, code) not in {(n, c) for n, c, _, _ in FORMER_UNITS}:
            continue  # still the name of another unit: not a former name to resolve by
        names.update(name)
        lines.append(f"F\t{code}\t{name}\t{year}")
    extra = set("国务院中共中央办公厅各省自治区直辖市" + "".join(ABBREVIATIONS.values()))  # central bodies, addressees, 文号
    pairs = []
    for line in tra2sim.splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[1] in names | extra:
            pairs.append(parts[0] + parts[1])
    lines.append("T\t" + " ".join(sorted(set(pairs))))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    counts = {level: sum(1 for r in records if r[0] == level) for level in "PCD"}
    print(f"{OUT}: {counts['P']} provinces, {counts['C']} prefectures, {counts['D']} counties, {len(formers)} former names")


if __name__ == "__main__":
    main()
