#!/usr/bin/env python3
"""Writes plugins/<id>/manifest.json for the 31 provincial-level divisions from
the gazetteer (Sources/ZhengceParser/Rules/gazetteer.tsv, see scripts/gazetteer.py).

A manifest that exists keeps everything hand-written in it (departments,
boilerplate, topics, stages …); the script sets its name and province, adds the
gazetteer's prefectures and counties to its `regions` (hand-written ones stay
first) and adds the cues, renamings and boilerplate below when missing.

    python3 scripts/plugins.py
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
GAZETTEER = os.path.join(ROOT, "Sources", "ZhengceParser", "Rules", "gazetteer.tsv")

# Plugin id (pinyin; 陕西 = shaanxi, 山西 = shanxi) and the nicknames documents
# use for the province (三湘, 齐鲁), by province code.
PROVINCES = {
    "110000": ("beijing", ["首都"]), "120000": ("tianjin", ["津沽"]), "130000": ("hebei", ["燕赵"]),
    "140000": ("shanxi", ["三晋"]), "150000": ("neimenggu", ["北疆"]), "210000": ("liaoning", []),
    "220000": ("jilin", []), "230000": ("heilongjiang", ["龙江"]), "310000": ("shanghai", ["申城"]),
    "320000": ("jiangsu", []), "330000": ("zhejiang", ["之江"]), "340000": ("anhui", ["江淮"]),
    "350000": ("fujian", ["八闽"]), "360000": ("jiangxi", ["赣鄱"]), "370000": ("shandong", ["齐鲁"]),
    "410000": ("henan", ["中原出彩"]), "420000": ("hubei", ["荆楚"]), "430000": ("hunan", []),
    "440000": ("guangdong", ["南粤"]), "450000": ("guangxi", []), "460000": ("hainan", ["琼州"]),
    "500000": ("chongqing", ["巴渝"]), "510000": ("sichuan", ["天府之国"]), "520000": ("guizhou", ["多彩贵州"]),
    "530000": ("yunnan", ["七彩云南"]), "540000": ("xizang", ["雪域高原"]), "610000": ("shaanxi", []),
    "620000": ("gansu", ["陇原"]), "630000": ("qinghai", ["三江源"]), "640000": ("ningxia", ["塞上江南"]),
    "650000": ("xinjiang", ["天山南北"]),
}

# Province-level bodies renamed by the 2018 institutional reform and, in 2021,
# 扶贫开发办公室 → 乡村振兴局: (old, aliases, new, new aliases, family, year).
# A municipality's bodies are 局/委员会 where a province's are 厅.
RENAMINGS_PROVINCE = [
    ("扶贫开发办公室", ["扶贫办"], "乡村振兴局", [], "扶贫", 2021),
    ("卫生和计划生育委员会", ["卫生计生委", "卫计委"], "卫生健康委员会", ["卫健委"], "卫健", 2018),
    ("农业厅", [], "农业农村厅", [], "农业农村", 2018),
    ("国土资源厅", [], "自然资源厅", [], "自然资源", 2018),
    ("环境保护厅", ["环保厅"], "生态环境厅", [], "生态环境", 2018),
    ("工商行政管理局", ["工商局"], "市场监督管理局", ["市场监管局"], "市场监管", 2018),
]
RENAMINGS_MUNICIPALITY = [
    ("扶贫开发办公室", ["扶贫办"], "乡村振兴局", [], "扶贫", 2021),
    ("卫生和计划生育委员会", ["卫生计生委", "卫计委"], "卫生健康委员会", ["卫健委"], "卫健", 2018),
    ("农业局", [], "农业农村局", [], "农业农村", 2018),
    ("环境保护局", ["环保局"], "生态环境局", [], "生态环境", 2018),
    ("工商行政管理局", ["工商局"], "市场监督管理局", ["市场监管局"], "市场监管", 2018),
]
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


def read_gazetteer():
    provinces = {}
    for line in open(GAZETTEER, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        kind, code = fields[0], fields[1] if len(fields) > 1 else ""
        if kind == "P":
            provinces[code] = {"name": fields[2], "abbreviation": fields[3], "shorts": fields[4:], "cities": [], "counties": []}
        elif kind in ("C", "D"):
            key = "cities" if kind == "C" else "counties"
            provinces[code[:2] + "0000"][key].append((fields[2], fields[3:]))
    return provinces


def entry(name, aliases, family, renamed_to=None, year=None):
    out = {"name": name}
    if aliases:
        out["aliases"] = aliases
    out["family"] = family
    out["level"] = "省"
    if renamed_to:
        out["renamedTo"] = renamed_to
        out["renamedIn"] = year
    return out


def renamings(code, province):
    out = []
    for old, aliases, new, new_aliases, family, year in (
        RENAMINGS_MUNICIPALITY if code in MUNICIPALITIES else RENAMINGS_PROVINCE
    ):
        out.append(entry(province + old, [province + a for a in aliases], family, province + new, year))
        out.append(entry(province + new, [province + a for a in new_aliases], family))
    return out


def merged(items, more, key=lambda x: x):
    seen = {key(i) for i in items}
    return items + [m for m in more if key(m) not in seen and not seen.add(key(m))]


def main():
    for code, province in sorted(read_gazetteer().items()):
        plugin_id, words = PROVINCES[code]
        path = os.path.join(ROOT, "plugins", plugin_id, "manifest.json")
        manifest = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
        regions = []
        for name, shorts in province["cities"]:
            regions += [name] + [s for s in shorts if len(s) >= 2]
        regions += [name for name, _ in province["counties"]]
        short = province["shorts"][0] if province["shorts"] else province["name"]
        cues = manifest.get("cues", {})
        out = {
            "manifestVersion": 1,
            "id": plugin_id,
            "name": manifest.get("name", short),
            "province": province["name"],
            "regions": merged(manifest.get("regions", []), regions),
            "cues": {
                "docNumberPrefixes": merged(cues.get("docNumberPrefixes", []), [province["abbreviation"]]),
                "words": merged(cues.get("words", []), words),
            },
        }
        for key, value in manifest.items():
            if key not in out:
                out[key] = value
        out["departments"] = merged(manifest.get("departments", []), renamings(code, province["name"]), key=lambda d: d["name"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{path}: {len(out['regions'])} regions")


if __name__ == "__main__":
    main()
