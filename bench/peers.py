"""Side by side: quantulum3, Duckling and crosscheck on the same text, whole process.

Run through bench/peers.sh, which builds the pinned environments and passes their
interpreters. The driver (this file, stdlib only) picks >= --mb MB of UTF-8 articles from the
corpus (every k-th file of the sorted list, so all sections are in), writes the list to
target/peers/files.txt, and times each tool as one process from spawn to exit: interpreter or
binary start, imports and model loading, reading the files, parsing every article whole
(headline included, as crosscheck reads it) and writing or counting the results.

  crosscheck   `crosscheck claims --format jsonl FILE...` > target/peers/crosscheck.jsonl,
               median of --runs, on one thread (RAYON_NUM_THREADS=1, as the peers run) and
               then on every core (its default); its figures are the output lines
  quantulum3   `quantulum3.parser.parse(article)` for each article; entities are the
               Quantity objects it returns, counted by the unit's entity
  Duckling     `duckling.parse(article, context, DIMS)` (no latent parses), reference time
               2005-01-01 Europe/London (the corpus has no date headers), locale EN_GB;
               entities are the values it returns, counted by dimension

The peers run --peer-runs times (1 by default: they take a minute or more per MB). Each peer
process is this file in `worker` mode under the peer's venv interpreter; it also reports how
long its start took (imports, model loading and one warm-up parse of a short sentence,
which loads quantulum3's lazily unpickled classifier) and how long the articles took.
Wall time, CPU time (user + sys) and peak RSS come from wait4 on the child. The ratios are
each peer's wall (and CPU) time over crosscheck's on one thread: on a shared machine the CPU
ratio is the steadier of the two.
"""

import argparse
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
OUT = ROOT / "target" / "peers"

# Duckling's dimensions that correspond to crosscheck's figures: numbers (digits and words),
# ordinals, amounts of money, measures (quantity, distance, volume, temperature), durations,
# and times/dates. Duckling has no percentage dimension: "76%" comes out as the number 76.
# Left out: email, url, phone-number, credit-card-number, time-grain.
DUCKLING_DIMS = ["number", "ordinal", "amount-of-money", "quantity", "distance", "volume",
                 "temperature", "duration", "time"]
REF_TIMESTAMP = 1104537600  # 2005-01-01T00:00:00Z: the BBC articles are from 2004-2005
WARMUP = "Shares fell 3% to £4.50 on Tuesday, and the 10 pound parcel travelled 5 miles."
PEER_TIMEOUT_S = 480  # one peer run; keeps the whole script under ~15 minutes


# ---------------------------------------------------------------- worker (peer's venv)

def worker(tool, listfile):
    t0 = time.perf_counter()
    from collections import Counter
    from importlib.metadata import version

    paths = pathlib.Path(listfile).read_text(encoding="utf-8").splitlines()
    info = {}
    if tool == "quantulum3":
        from quantulum3 import classifier, parser

        def parse(text):
            return parser.parse(text)

        def label(q):
            return q.unit.entity.name

        info = {"version": version("quantulum3"), "classifier": bool(classifier.USE_CLF)}
    elif tool == "duckling":
        import duckling

        tz = duckling.load_time_zones("/usr/share/zoneinfo")
        ref = duckling.parse_ref_time(tz, "Europe/London", REF_TIMESTAMP)
        locale = duckling.parse_locale("EN_GB", duckling.default_locale_lang(duckling.parse_lang("EN")))
        context = duckling.Context(ref, locale)
        dims = duckling.parse_dimensions(DUCKLING_DIMS)

        def parse(text):
            return duckling.parse(text, context, dims, False)

        def label(e):
            return e["dim"]

        info = {"version": version("pyduckling-native-phihos"), "dims": DUCKLING_DIMS}
    else:
        sys.exit(f"unknown tool {tool}")
    parse(WARMUP)
    t_ready = time.perf_counter()

    counts, nbytes, failed = Counter(), 0, 0
    for p in paths:
        raw = pathlib.Path(p).read_bytes()
        nbytes += len(raw)
        try:
            found = parse(raw.decode("utf-8"))
        except Exception as e:  # count it, go on: one article must not sink the run
            failed += 1
            print(f"{tool}: {p}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        for x in found:
            counts[label(x)] += 1
    t_end = time.perf_counter()
    print(json.dumps({
        "tool": tool, **info, "articles": len(paths), "bytes": nbytes, "failed": failed,
        "entities": sum(counts.values()), "by_kind": dict(counts.most_common()),
        "start_s": round(t_ready - t0, 3), "parse_s": round(t_end - t_ready, 3),
    }))


# ---------------------------------------------------------------- driver (system python)

def select(corpus, mb):
    """UTF-8 *.txt files, sorted; every k-th with the largest k that still gives >= mb MB."""
    files = []
    for path in sorted(corpus.rglob("*.txt"), key=lambda p: str(p.relative_to(corpus))):
        raw = path.read_bytes()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        files.append((path, len(raw)))
    target = mb * 1e6
    total = sum(n for _p, n in files)
    if total < target:
        sys.exit(f"{corpus} has {total / 1e6:.2f} MB of UTF-8 articles, fewer than {mb} MB")
    k = max(1, int(total // target))
    while k > 1 and sum(n for _p, n in files[::k]) < target:
        k -= 1
    chosen = files[::k]
    return [p for p, _n in chosen], sum(n for _p, n in chosen), k, len(files)


def timed(cmd, stdout, timeout=None, env=None):
    """Run cmd; return (exit code, wall s, cpu s, peak RSS MB). Kills only its own child."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stdin=subprocess.DEVNULL, env=env)
    deadline = None if timeout is None else start + timeout
    while True:
        pid, status, ru = os.wait4(proc.pid, os.WNOHANG if deadline else 0)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, ru = os.wait4(proc.pid, 0)
            status = -1
            break
        time.sleep(0.05)
    wall = time.perf_counter() - start
    proc.returncode = 0  # reaped by wait4 above; keep Popen from waiting again
    code = -1 if status == -1 else os.waitstatus_to_exitcode(status)
    return code, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def run_crosscheck(binary, files, runs, threads):
    """threads: 1 (RAYON_NUM_THREADS=1, as the peers run) or 0 (its default: every core)."""
    out = OUT / "crosscheck.jsonl"
    env = dict(os.environ)
    if threads:
        env["RAYON_NUM_THREADS"] = str(threads)
    else:
        env.pop("RAYON_NUM_THREADS", None)
    rows = []
    for _ in range(max(1, runs)):
        with open(out, "wb") as f:
            code, wall, cpu, rss = timed([str(binary), "claims", "--format", "jsonl", *map(str, files)], f,
                                         env=env)
        if code != 0:
            return None, f"exit {code}"
        rows.append((wall, cpu, rss))
    with open(out, "rb") as f:
        figures = sum(1 for _ in f)
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    walls = [w for w, _c, _r in rows]
    med = statistics.median(walls)
    cpu = statistics.median(c for _w, c, _r in rows)
    label = "crosscheck" if threads == 1 else f"crosscheck, {os.cpu_count()} threads"
    return {
        "tool": label, "version": f"{version} (HEAD {commit})", "wall_s": med,
        "walls": walls, "cpu_s": cpu, "rss_mb": max(r for _w, _c, r in rows),
        "entities": figures, "runs": len(rows),
    }, None


def run_peer(tool, python, listfile, runs):
    rows, report = [], None
    for _ in range(max(1, runs)):
        res = OUT / f"{tool}.json"
        with open(res, "wb") as f:
            code, wall, cpu, rss = timed([python, __file__, "worker", tool, str(listfile)], f,
                                         timeout=PEER_TIMEOUT_S)
        if code != 0:
            why = f"timed out after {PEER_TIMEOUT_S} s" if code == -1 else f"exit {code}"
            return None, why
        try:
            report = json.loads(res.read_text().strip().splitlines()[-1])
        except (ValueError, IndexError):
            return None, "no result line"
        rows.append((wall, cpu, rss, report["start_s"], report["parse_s"]))
    walls = [r[0] for r in rows]
    med = statistics.median(walls)
    pick = rows[walls.index(min(walls, key=lambda w: abs(w - med)))]
    name = {"quantulum3": "quantulum3", "duckling": "Duckling"}[tool]
    extra = ""
    if tool == "quantulum3":
        extra = " (classifier on)" if report.get("classifier") else " (classifier OFF)"
    elif tool == "duckling":
        extra = " (pyduckling-native-phihos; Haskell Duckling 0.2.0.0)"
    return {
        "tool": name, "version": report["version"] + extra, "wall_s": med, "walls": walls,
        "cpu_s": pick[1], "rss_mb": max(r[2] for r in rows), "start_s": pick[3],
        "parse_s": pick[4], "entities": report["entities"], "by_kind": report["by_kind"],
        "failed": report["failed"], "runs": len(rows),
    }, None


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        return worker(sys.argv[2], sys.argv[3])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, default=DEFAULT_CORPUS)
    ap.add_argument("--mb", type=float, default=1.0, help="at least this much text (MB, 10^6 bytes)")
    ap.add_argument("--runs", type=int, default=3, help="crosscheck runs (median)")
    ap.add_argument("--peer-runs", type=int, default=1, help="runs of each peer (median)")
    ap.add_argument("--bin", type=pathlib.Path, default=ROOT / "target" / "release" / "crosscheck")
    ap.add_argument("--quantulum3", metavar="PYTHON", help="the quantulum3 venv's interpreter")
    ap.add_argument("--duckling", metavar="PYTHON", help="the Duckling venv's interpreter")
    args = ap.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    files, nbytes, k, available = select(args.corpus, args.mb)
    listfile = OUT / "files.txt"
    listfile.write_text("".join(f"{p}\n" for p in files), encoding="utf-8")
    mb = nbytes / 1e6
    load0 = os.getloadavg()
    print(f"text: {len(files)} articles of {args.corpus} (one in {k} of the {available} UTF-8 "
          f"files, sorted), {nbytes:,} bytes = {mb:.3f} MB; list in {listfile.relative_to(ROOT)}")
    print(f"machine: {os.cpu_count()} cores, load average {load0[0]:.2f} {load0[1]:.2f} "
          f"{load0[2]:.2f} at start; python {platform.python_version()}", flush=True)

    results, warnings = [], []
    if not args.bin.is_file():
        sys.exit(f"crosscheck binary not found: {args.bin} (cargo build --release)")
    print(f"crosscheck: {args.runs} run(s) on one thread, {args.runs} on all cores ...", flush=True)
    cc, err = run_crosscheck(args.bin, files, args.runs, threads=1)
    cc_all, err_all = run_crosscheck(args.bin, files, args.runs, threads=0) if cc else (None, None)
    if cc is None or cc_all is None:
        print(f"error: crosscheck failed: {err or err_all}", file=sys.stderr)
        sys.exit(1)
    for tool in ("quantulum3", "duckling"):
        python = getattr(args, tool)
        if not python:
            warnings.append(f"{tool}: not installed, skipped")
            continue
        print(f"{tool}: {args.peer_runs} run(s), a minute or more per MB ...", flush=True)
        res, err = run_peer(tool, python, listfile, args.peer_runs)
        if res is None:
            warnings.append(f"{tool}: {err}, skipped (its stderr is above)")
            continue
        if res["failed"]:
            warnings.append(f"{tool}: {res['failed']} article(s) raised and were not counted")
        results.append(res)
    load1 = os.getloadavg()
    peers = results
    results = [cc, cc_all, *peers]

    base, base_cpu = cc["wall_s"], cc["cpu_s"]
    print()
    print("Ratios are to crosscheck on one thread, as every peer runs.")
    print(f"| tool | version | runs | wall s | MB/s | CPU s | peak RSS MB | start s | "
          f"entities | wall / crosscheck | CPU / crosscheck |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        start = f"{r['start_s']:.2f}" if "start_s" in r else "–"
        ratio = f"{r['wall_s'] / base:,.{0 if r in peers else 2}f}×"
        cpu_ratio = f"{r['cpu_s'] / base_cpu:,.{0 if r in peers else 2}f}×"
        if r in peers:
            ratio, cpu_ratio = f"**{ratio}**", f"**{cpu_ratio}**"
        print(f"| {r['tool']} | {r['version']} | {r['runs']} | {r['wall_s']:.3f} | "
              f"{mb / r['wall_s']:.4g} | {r['cpu_s']:.2f} | {r['rss_mb']:.0f} | {start} | "
              f"{r['entities']:,} | {ratio} | {cpu_ratio} |")
    print()
    for c in (cc, cc_all):
        print(f"{c['tool']}: walls {', '.join(f'{w:.3f}' for w in c['walls'])} s")
    for r in peers:
        kinds = ", ".join(f"{k} {v:,}" for k, v in list(r["by_kind"].items())[:8])
        print(f"{r['tool']}: start {r['start_s']:.2f} s + articles {r['parse_s']:.2f} s; "
              f"{kinds}")
        verdict = "≥ 1,000×: met" if r["wall_s"] / base >= 1000 else "< 1,000×: NOT met"
        print(f"  {r['tool']} / crosscheck = {r['wall_s'] / base:,.0f}× ({verdict})")
    print(f"load average at end: {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}")
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(json.dumps({"bytes": nbytes, "articles": len(files), "load_start": load0,
                      "load_end": load1, "results": results}))


if __name__ == "__main__":
    main()
