#!/usr/bin/env python3
"""Score crosscheck on the English test suites that two established extractors publish.

Usage: python3 bench/peer_suites.py [--bin PATH] [--cache DIR] [--misses FILE]
(needs python3 and pip reaching PyPI; stdlib only.)

The suites are read from the pinned source distributions on PyPI, never copied here:

  quantulum3 0.10.0     quantulum3/_lang/en_US/tests/quantities.json (parse tests),
                        quantities.ambiguity.json (classifier tests) and the TEST_CASES of
                        extract_spellout_values.py (spelled-out numbers)
  number-parser 0.3.2   tests/test_language_en.py (the parametrize lists of the cardinal
                        tests) and the en_*.csv files of tests/data/hundreds and
                        tests/data/permutations

Left out: quantulum3's expand.json and errors.json (a text rewrite and must-not-crash
inputs, no expected quantities), its split_range unit test, and number-parser's ordinal
suites (crosscheck's contract reads ranks as mentions, not quantities).

Each case is one text given to `crosscheck claims --format jsonl -` (one process per case,
about 10 ms each). An expected value is found when a distinct crosscheck figure has the same
`value` (relative tolerance 1e-6), or, for a range (quantulum3's value +- uncertainty), the
same `low` and `high`. Expected values are matched as a multiset: "34 cows = 34 cows" needs
two figures. Money in a minor unit is compared in the main unit, as crosscheck's contract
states it (quantulum3's "100 cent" is 1 USD). Unit agreement is counted over found values
whose suite unit maps to one of ours (currencies to ISO codes, "percentage" to percent,
"pound-mass" to pound, other simple names as they are; "dimensionless" and compound units
such as "dollar per kilogram" are not counted).
"""

import argparse
import ast
import csv
import json
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
PINS = {"quantulum3": "0.10.0", "number-parser": "0.3.2"}
TOL = 1e-6

# quantulum3 unit name -> (crosscheck unit, factor to crosscheck's value)
UNIT_MAP = {
    "dollar": ("USD", 1), "euro": ("EUR", 1), "pound sterling": ("GBP", 1),
    "cent": ("USD", 0.01), "penny": ("GBP", 0.01), "dime": ("USD", 0.1),
    "percentage": ("percent", 1), "pound-mass": ("pound", 1),
}


def fetch(cache):
    """Download and unpack the pinned sdists; return {name: unpacked root}."""
    cache.mkdir(parents=True, exist_ok=True)
    roots = {}
    for name, ver in PINS.items():
        stem = f"{name.replace('-', '_')}-{ver}"
        alt = f"{name}-{ver}"
        found = [p for p in cache.glob("*") if p.is_dir() and p.name in (stem, alt)]
        if not found:
            tars = [p for p in cache.glob("*.tar.gz") if p.name in (stem + ".tar.gz", alt + ".tar.gz")]
            if not tars:
                subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                                "--no-binary", ":all:", "-d", str(cache), f"{name}=={ver}"],
                               check=True)
                tars = [p for p in cache.glob("*.tar.gz") if p.name in (stem + ".tar.gz", alt + ".tar.gz")]
            with tarfile.open(tars[0]) as t:
                t.extractall(cache, filter="data") if sys.version_info >= (3, 12) else t.extractall(cache)
            found = [p for p in cache.glob("*") if p.is_dir() and p.name in (stem, alt)]
        roots[name] = found[0]
    return roots


def point(v, unit=None, src_unit=None):
    return {"kind": "point", "value": float(v), "unit": unit, "src_unit": src_unit}


def quantulum_cases(root):
    tests = root / "quantulum3" / "_lang" / "en_US" / "tests"
    cases = []
    for part, fname in (("quantities.json", "quantities.json"),
                        ("ambiguity.json", "quantities.ambiguity.json")):
        for c in json.loads((tests / fname).read_text(encoding="utf-8")):
            exp = []
            for r in c["res"]:
                unit, factor = UNIT_MAP.get(r["unit"], (r["unit"], 1))
                if r["unit"] == "dimensionless" or " per " in r["unit"]:
                    unit = None
                v = r["value"] * factor
                u = r.get("uncertainty") or 0
                if u:
                    exp.append({"kind": "range", "low": v - u * factor, "high": v + u * factor,
                                "unit": unit, "src_unit": r["unit"], "surface": r["surface"]})
                else:
                    e = point(v, unit, r["unit"])
                    e["surface"] = r["surface"]
                    exp.append(e)
            cases.append({"part": part, "text": c["req"], "expected": exp})
    src = (tests / "extract_spellout_values.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "TEST_CASES":
            for text, exp in ast.literal_eval(node.value):
                cases.append({"part": "spellout", "text": text,
                              "expected": [point(float(x)) for x in exp]})
    return cases


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def number_parser_cases(root):
    tests = root / "tests"
    cases = []
    tree = ast.parse((tests / "test_language_en.py").read_text(encoding="utf-8"))
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or "ordinal" in fn.name:
            continue
        for dec in fn.decorator_list:
            if isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize":
                for text, exp in ast.literal_eval(dec.args[1]):
                    if exp is None:            # "1 2" -> None: parse_number refuses; no value
                        vals = []
                    elif isinstance(exp, int):
                        vals = [exp]
                    else:                      # parse() rewrites the sentence with digits
                        vals = [float(x) for x in NUM.findall(exp)]
                    cases.append({"part": "test_language_en.py", "text": text,
                                  "expected": [point(v) for v in vals]})
    for sub in ("hundreds", "permutations"):
        for f in sorted((tests / "data" / sub).glob("en_*.csv")):
            with f.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    cases.append({"part": f"data/{sub}", "text": row["text"],
                                  "expected": [point(int(row["number"]))]})
    return cases


def dedupe(cases):
    seen, out = set(), []
    for c in cases:
        if c["text"] not in seen:
            seen.add(c["text"])
            out.append(c)
    return out


def close(a, b):
    if a is None or b is None:
        return False
    return abs(a - b) <= TOL * max(abs(a), abs(b)) or abs(a - b) < 1e-12


def matches(e, q):
    if e["kind"] == "range":
        return close(e["low"], q.get("low")) and close(e["high"], q.get("high"))
    return close(e["value"], q.get("value"))


def score(case, figures):
    """Greedy multiset match, ranges first; returns (found flags, matched figure per value)."""
    used, found, got = set(), [False] * len(case["expected"]), [None] * len(case["expected"])
    order = sorted(range(len(case["expected"])), key=lambda i: case["expected"][i]["kind"] != "range")
    for i in order:
        for j, q in enumerate(figures):
            if j not in used and matches(case["expected"][i], q):
                used.add(j)
                found[i], got[i] = True, q
                break
    return found, got


def run(binary, text):
    out = subprocess.run([binary, "claims", "--format", "jsonl", "-"], input=text.encode(),
                         capture_output=True, cwd=tempfile.gettempdir())
    if out.returncode not in (0, 1):
        raise SystemExit(f"crosscheck failed on {text!r}: {out.stderr.decode()}")
    return [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]


def show(q):
    rng = f" [{q['low']:g},{q['high']:g}]" if q["bound"] == "range" else ""
    return f"{q['text']!r}={q['value']:g}{rng} {q['unit']}"


def fmt(e):
    if e["kind"] == "range":
        s = f"{e['low']:g}-{e['high']:g}"
    else:
        s = f"{e['value']:g}"
    return s + (f" {e['src_unit']}" if e.get("src_unit") else "")


def table(title, rows):
    head = ("part", "cases", "all found", "values", "found", "unit agree", "empty: silent")
    print(f"\n{title}")
    widths = [max(len(str(r[k])) for r in rows + [dict(zip(head, head))]) for k in head]
    line = lambda r: "  ".join(str(r[k]).ljust(w) if i == 0 else str(r[k]).rjust(w)
                               for i, (k, w) in enumerate(zip(head, widths)))
    print(line(dict(zip(head, head))))
    for r in rows:
        print(line(r))


def tally(part, results):
    withexp = [r for r in results if r["case"]["expected"]]
    empty = [r for r in results if not r["case"]["expected"]]
    nvals = sum(len(r["found"]) for r in withexp)
    nfound = sum(sum(r["found"]) for r in withexp)
    allf = sum(all(r["found"]) for r in withexp)
    ucmp = [(e, q) for r in withexp for e, q in zip(r["case"]["expected"], r["got"])
            if q is not None and e.get("unit")]
    uok = sum(1 for e, q in ucmp if (q.get("unit") or "").lower() == e["unit"].lower())
    pct = lambda a, b: f"{a}/{b} = {100 * a / b:.0f}%" if b else "-"
    return {"part": part, "cases": len(results), "all found": pct(allf, len(withexp)),
            "values": nvals, "found": pct(nfound, nvals), "unit agree": pct(uok, len(ucmp)),
            "empty: silent": pct(sum(not r["figures"] for r in empty), len(empty)),
            "_n": (allf, len(withexp), nfound, nvals)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "crosscheck"))
    ap.add_argument("--cache", type=pathlib.Path, default=ROOT / "target" / "peer-suites")
    ap.add_argument("--misses", type=pathlib.Path, help="write every case with a miss here (JSONL)")
    args = ap.parse_args()

    roots = fetch(args.cache)
    suites = {
        f"quantulum3 {PINS['quantulum3']}": dedupe(quantulum_cases(roots["quantulum3"])),
        f"number-parser {PINS['number-parser']}": dedupe(number_parser_cases(roots["number-parser"])),
    }
    misses = []
    summary = []
    for name, cases in suites.items():
        results = []
        for c in cases:
            figs = run(args.bin, c["text"])
            found, got = score(c, figs)
            results.append({"case": c, "figures": figs, "found": found, "got": got})
            if not all(found) or (not c["expected"] and figs):
                misses.append({"suite": name, "part": c["part"], "text": c["text"],
                               "missing": [fmt(e) for e, f in zip(c["expected"], found) if not f],
                               "expected": [fmt(e) for e in c["expected"]],
                               "crosscheck": [show(q) for q in figs]})
        parts = sorted({r["case"]["part"] for r in results}, key=lambda p: [c["part"] for c in cases].index(p))
        rows = [tally(p, [r for r in results if r["case"]["part"] == p]) for p in parts]
        total = tally("total", results)
        table(name, rows + [total])
        summary.append((name, total))
    print("\nsummary (cases with at least one expected value)")
    for name, t in summary:
        a, n, f, v = t["_n"]
        print(f"  {name}: every value found in {a}/{n} cases ({100 * a / n:.1f}%), "
              f"{f}/{v} values ({100 * f / v:.1f}%)")
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses),
                               encoding="utf-8")
        print(f"\n{len(misses)} cases with a miss written to {args.misses}")


if __name__ == "__main__":
    main()
