"""Turns bench.sh's results.tsv into the Markdown table of docs/performance.md, with the ratios of issue 12."""
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
rps, lat, startup = {}, {}, {}
for r in rows:
    if r[1] == "startup":
        startup[r[0]] = r[2]
        continue
    rps[(r[0], r[1])] = float(r[2]) if r[2] not in ("", "-") else None
    lat[(r[0], r[1])] = dict(kv.split("=") for kv in r[3].split())

TARGETS = {"scorecard": 0.5, "group-history": 0.3, "compare-6": 0.3, "dashboard": 0.3}
PAGES = ["groups", "scorecard", "group-history", "compare-6", "dashboard", "progress-post", "group-history-sql"]


def num(v, fmt="{:.0f}"):
    return "-" if v is None else fmt.format(v)


print("| page | small req/s | large req/s | large ÷ small (≥ 0.85) | KB per answer, small / large "
      "| large ÷ /groups (target) | p99 ms at 50% rate, small | p99 ms at 50% rate, large (≤ 50) "
      "| errors (open loop) |")
print("|---|---|---|---|---|---|---|---|---|")
for page in PAGES:
    s, l = rps.get(("small", page)), rps.get(("large", page))
    g = rps.get(("large", "groups"))
    drop = num(l / s if s and l else None, "{:.2f}")
    target = TARGETS.get(page)
    vs = num(l / g if g and l else None, "{:.2f}") + (f" (≥ {target})" if target else "")
    ls, ll = lat.get(("small", page), {}), lat.get(("large", page), {})
    errors = "/".join(x.get("errors", "-") for x in (ls, ll))
    kb = f"{ls.get('kb', '-')} / {ll.get('kb', '-')}"
    print(f"| {page} | {num(s)} | {num(l)} | {drop} | {kb} | {vs} | {ls.get('p99', '-')} | {ll.get('p99', '-')} "
          f"| {errors} |")
if any(scale == "short" for scale, _ in rps):
    print()
    print("The same pages with two years of history behind them and with ten (\"short\": 10 groups × 4 terms; "
          "\"large\": 10 groups × 20 terms, the same term shape):")
    print()
    print("| page | short req/s | large req/s | large ÷ short | KB per answer, short / large |")
    print("|---|---|---|---|---|")
    for page in PAGES:
        s, l = rps.get(("short", page)), rps.get(("large", page))
        kb = f"{lat.get(('short', page), {}).get('kb', '-')} / {lat.get(('large', page), {}).get('kb', '-')}"
        print(f"| {page} | {num(s)} | {num(l)} | {num(l / s if s and l else None, '{:.2f}')} | {kb} |")
print()
for scale, text in startup.items():
    print(f"- {scale}: start-up {text}")
