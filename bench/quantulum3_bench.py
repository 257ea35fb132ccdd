"""Reference throughput of quantulum3 on the articles `cargo bench --bench extract` reads.

Run through bench/quantulum3.sh, which builds the pinned environment. Mirrors the Rust
bench's method so the two numbers can be divided: whole UTF-8 files (headline and date
header included, as crosscheck gets them), loaded before timing, one thread, median of runs.
"""

import argparse
import json
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
# Contains ambiguous units ("pounds", "£") so the warm-up also loads the lazily
# unpickled classifier, not just the unit tables.
WARMUP_EXTRA = "\nShares fell 3% to £4.50, and the 10 pound parcel travelled 5 miles."


def load(corpus, limit):
    # Same rule as crosscheck's loader: *.txt (case-sensitive), must be UTF-8.
    texts, skipped = [], []
    for path in sorted(corpus.rglob("*.txt"), key=lambda p: str(p.relative_to(corpus))):
        raw = path.read_bytes()
        try:
            texts.append((raw.decode("utf-8"), len(raw)))
        except UnicodeDecodeError:
            skipped.append(str(path.relative_to(corpus)))
    # Every k-th of the sorted list rather than the first N: the sections are
    # contiguous, so a prefix would be all business news.
    if 0 < limit < len(texts):
        texts = texts[:: len(texts) // limit][:limit]
    return texts, skipped


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=pathlib.Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=200, help="articles to parse, 0 = all")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    texts, skipped = load(args.corpus, args.limit)
    if not texts:
        sys.exit(f"no UTF-8 *.txt articles under {args.corpus}")
    if skipped:
        print(f"skipped (not UTF-8): {', '.join(skipped)}", file=sys.stderr)

    from importlib.metadata import version

    from quantulum3 import classifier, parser

    # The classifier silently degrades to heuristics when its deps are missing;
    # say which variant was measured, since it changes both speed and output.
    use_clf = bool(classifier.USE_CLF)
    parser.parse(texts[0][0] + WARMUP_EXTRA)

    times, figures = [], 0
    for _ in range(max(1, args.runs)):
        figures = 0
        start = time.perf_counter()
        for text, _size in texts:
            figures += len(parser.parse(text))
        times.append(time.perf_counter() - start)

    n, nbytes = len(texts), sum(size for _t, size in texts)
    med, lo, hi = statistics.median(times), min(times), max(times)
    mb = nbytes / 1e6
    print(
        f"quantulum3 {version('quantulum3')} (classifier {'on' if use_clf else 'OFF'}): "
        f"{n} articles, {mb:.3f} MB, {figures} figures; median of {len(times)}: "
        f"{med:.2f} s = {mb / med:.4f} MB/s, {n / med:.2f} articles/s "
        f"(min {lo:.2f} s, max {hi:.2f} s)"
    )
    print(json.dumps({
        "tool": "quantulum3", "articles": n, "bytes": nbytes,
        "median_s": round(med, 4), "mb_per_s": round(mb / med, 5),
        "articles_per_s": round(n / med, 3),
        "figures": figures, "runs": len(times), "min_s": round(lo, 4), "max_s": round(hi, 4),
        "version": version("quantulum3"), "classifier": use_clf,
    }))


if __name__ == "__main__":
    main()
