#!/usr/bin/env python3
"""Validate CSL-JSON against the CSL 1.0 schema, and bibd's canonical JSON against its documented shape.

Usage: validate_csl.py SCHEMA library.csl.json [library.json]
Exit 1 with one line per problem when anything is invalid.
"""
import json
import sys

import jsonschema

CANONICAL_KEYS = {"id", "citekey", "csl", "sources", "provenance", "relations"}
OPTIONAL_KEYS = {"provenance_rules"}


def schema_errors(validator, items, label):
    errors = sorted(validator.iter_errors(items), key=lambda e: list(e.absolute_path))
    return [f"{label}: {'/'.join(map(str, e.absolute_path)) or '<root>'} -> {e.message}" for e in errors]


def canonical_errors(works):
    problems = []
    keys = [w.get("citekey") for w in works]
    if keys != sorted(keys):
        problems.append("library.json: works are not sorted by citekey")
    known = set(keys)
    for w in works:
        label = f"library.json {w.get('citekey')}"
        missing = CANONICAL_KEYS - set(w)
        extra = set(w) - CANONICAL_KEYS - OPTIONAL_KEYS
        if missing or extra:
            problems.append(f"{label}: keys missing {sorted(missing)} / unexpected {sorted(extra)}")
            continue
        if w["csl"].get("id") != w["citekey"]:
            problems.append(f"{label}: csl.id differs from citekey")
        for s in w["sources"]:
            if set(s) != {"file", "sha256", "extractor"}:
                problems.append(f"{label}: source entry has keys {sorted(s)}")
        for field, files in w["provenance"].items():
            if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
                problems.append(f"{label}: provenance[{field}] is not a list of file names")
        for r in w["relations"]:
            if set(r) != {"kind", "target"}:
                problems.append(f"{label}: relation has keys {sorted(r)}")
            elif r["target"] not in known:
                problems.append(f"{label}: relation target {r['target']} is not an exported citekey")
    return problems


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    items = json.load(open(sys.argv[2], encoding="utf-8"))
    problems = schema_errors(validator, items, "library.csl.json")
    ids = [i.get("id") for i in items]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        problems.append("library.csl.json: ids are not unique and sorted")
    if len(sys.argv) > 3:
        works = json.load(open(sys.argv[3], encoding="utf-8"))
        problems += schema_errors(validator, [w.get("csl", {}) for w in works], "library.json csl")
        problems += canonical_errors(works)
        if [w.get("csl") for w in works] != items:
            problems.append("library.json csl items differ from library.csl.json")
    for p in problems:
        print(p)
    print(f"CSL schema: {len(items)} items, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
