#!/usr/bin/env python3
"""Parse a BibTeX/biblatex export with bibtexparser 2.x and check each field against the CSL-JSON export.

Usage: check_bib_roundtrip.py (bibtex|biblatex) library.bib library.csl.json
Every entry must parse (no failed blocks), carry a CSL id as its key, and decode (LaTeX → Unicode) to the
value the CSL item states. Classic BibTeX must hold every CSL item; biblatex may leave out items biber's
data model cannot hold (bibd warns about those). Exit 1 with one line per mismatch.
"""
import json
import re
import sys
import unicodedata
from urllib.parse import unquote

import bibtexparser
from pylatexenc.latex2text import LatexNodes2Text

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
VERBATIM = {"doi", "url", "eprint", "pmid", "pmcid"}
TEXT = LatexNodes2Text()


def norm(s):
    """Compare text as a reader shows it: no braces, plain quotes and dashes, folded case and spaces."""
    s = unicodedata.normalize("NFC", str(s))
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "``": '"', "''": '"',
                 "\u02c6": "^", "\u2013": "-", "\u2014": "-", "--": "-", "\u00a0": " ", "{": "", "}": ""}.items():
        s = s.replace(a, b)
    return " ".join(s.split()).casefold()


def decode(value):
    return TEXT.latex_to_text(value)


def split_names(raw):
    """Split an author field at ' and ' outside braces."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(raw):
        c = raw[i]
        depth += c == "{"
        depth -= c == "}"
        if depth == 0 and raw[i:i + 5].lower() == " and ":
            parts.append(raw[start:i])
            start = i + 5
            i += 5
            continue
        i += 1
    parts.append(raw[start:])
    return [p.strip() for p in parts]


def csl_date(item):
    parts = item.get("issued", {}).get("date-parts", [[]])[0]
    return "-".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:]]) if parts else None


def expected(field, entry_type, item, dialect):
    """The CSL value a bib field must equal, or None when the field has no single CSL counterpart."""
    custom = item.get("custom", {})
    table = {
        "title": item.get("title"),
        "journal": item.get("container-title"), "journaltitle": item.get("container-title"),
        "booktitle": item.get("container-title"),
        "howpublished": item.get("container-title") or item.get("publisher"),
        "organization": item.get("container-title") or item.get("publisher"),
        "shortjournal": item.get("container-title-short"),
        "publisher": item.get("publisher"), "institution": item.get("publisher"),
        "year": str(item["issued"]["date-parts"][0][0]) if "issued" in item else None,
        "date": csl_date(item),
        "volume": item.get("volume"),
        "number": item.get("number") if entry_type in ("techreport", "report", "dataset") else item.get("issue"),
        "eid": item.get("number"),
        "pages": item.get("page"),
        "doi": item.get("DOI"), "url": item.get("URL"),
        "eprint": custom.get("arxiv") or item.get("PMID"),
        "pmid": item.get("PMID"), "pmcid": item.get("PMCID"),
        "abstract": item.get("abstract"), "keywords": item.get("keyword"), "language": item.get("language"),
    }
    return table.get(field, "<unchecked>")


def check_authors(raw, item, key):
    names = [n for n in split_names(raw) if n != "others"]
    csl = item.get("author", [])
    if len(names) != len(csl):
        return [f"{key}: {len(names)} authors in the bib, {len(csl)} in CSL"]
    problems = []
    for name, person in zip(names, csl):
        shown = norm(decode(name))
        want = person.get("literal") or person.get("family")
        if norm(want) not in shown:
            problems.append(f"{key}: author '{shown}' does not contain '{want}'")
    return problems


def main():
    dialect, bib_path, csl_path = sys.argv[1:4]
    items = {i["id"]: i for i in json.load(open(csl_path, encoding="utf-8"))}
    library = bibtexparser.parse_file(bib_path)
    problems = [f"failed block: {type(b).__name__}: {b.raw[:80]!r}" for b in library.failed_blocks]
    checked = 0
    for entry in library.entries:
        item = items.get(entry.key)
        if item is None:
            problems.append(f"{entry.key}: no CSL item with this id")
            continue
        for field in entry.fields:
            name, raw = field.key.lower(), field.value
            if name == "author":
                problems += check_authors(raw, item, entry.key)
                continue
            if name == "month":
                want = csl_date(item)
                if not want or MONTHS.index(raw) + 1 != int(want.split("-")[1]):
                    problems.append(f"{entry.key}: month {raw} vs CSL {want}")
                continue
            want = expected(name, entry.entry_type, item, dialect)
            if want == "<unchecked>":
                continue
            got = unquote(raw) if name in VERBATIM else decode(raw)
            if name == "url":
                want = unquote(want or "")
            if name == "issn":
                continue
            if want is None or norm(got) != norm(want):
                problems.append(f"{entry.key}: {name} = {got!r}, CSL says {want!r}")
            checked += 1
    omitted = sorted(set(items) - {e.key for e in library.entries})
    if omitted and dialect == "bibtex":
        problems.append(f"CSL items missing from the BibTeX file: {omitted}")
    for p in problems:
        print(p)
    print(f"bibtexparser {dialect}: {len(library.entries)} entries, {checked} fields compared, "
          f"{len(omitted)} left out {omitted}, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
