#!/usr/bin/env python3
"""The Python recordlinkage baseline bibd's dedup speed is compared with (README, "Figures").

Threshold rules as the issue describes them: candidate pairs from a sorted neighbourhood on the title
(window 9) plus a block on (year, first author's family name); Jaro-Winkler on title and on the author
string; a pair is a duplicate when title >= 0.93 and authors >= 0.75 (or title >= 0.97 when a side has
no authors); duplicates are grouped by connected components.

Called like bibd so that ../shared/tools/score_dedup.py can time and score it:
    recordlinkage_baseline.py dedup --input RECORDS.jsonl --output CLUSTERS.json
Needs: pip install recordlinkage (pandas, jellyfish).
"""
import json
import re
import sys

import pandas as pd
import recordlinkage


def norm(s):
    return re.sub(r"[^a-z0-9 ]", " ", (s or "").lower()).split()


def main():
    args = sys.argv[1:]
    if not args or args[0] != "dedup":
        sys.exit("usage: recordlinkage_baseline.py dedup --input IN --output OUT")
    inp = args[args.index("--input") + 1]
    out = args[args.index("--output") + 1]
    rows = [json.loads(line) for line in open(inp, encoding="utf-8") if line.strip()]
    df = pd.DataFrame({
        "id": [r["id"] for r in rows],
        "title": [" ".join(norm(r.get("title"))) for r in rows],
        "authors": [" ".join(" ".join(norm(a)) for a in (r.get("authors") or [])) for r in rows],
        "first": [(norm((r.get("authors") or [""])[0]) or [""])[0] for r in rows],
        "year": [str(r.get("year") or "") for r in rows],
    })
    indexer = recordlinkage.Index()
    indexer.sortedneighbourhood("title", window=9)
    indexer.block(["year", "first"])
    pairs = indexer.index(df)
    compare = recordlinkage.Compare()
    compare.string("title", "title", method="jarowinkler", label="title")
    compare.string("authors", "authors", method="jarowinkler", label="authors", missing_value=-1)
    features = compare.compute(pairs, df)
    has_authors = features["authors"] >= 0
    match = ((features["title"] >= 0.93) & (features["authors"] >= 0.75)) | ((features["title"] >= 0.97) & ~has_authors)
    parent = list(range(len(df)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in features.index[match]:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups = {}
    for i in range(len(df)):
        groups.setdefault(find(i), []).append(df["id"][i])
    json.dump([g for g in groups.values() if len(g) > 1], open(out, "w"))


main()
