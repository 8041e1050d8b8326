#!/usr/bin/env python3
"""Load test of the canonical queries with wrk on 127.0.0.1, uncached and through the read cache.

For each query, mode and concurrency it runs wrk for a fixed time and prints requests/s, p50 and p99 latency,
response bytes, SQL statements per request (the service's own counter on /q/metrics), CPU ms per request of the
service and of PostgreSQL (from /proc), and the service's RSS. Everything stops by itself (wrk -d).

    bench/loadtest.py --url http://127.0.0.1:18089 --service-pid PID --pg-pid POSTMASTER_PID
"""
import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TICK_MS = 1000.0 / os.sysconf("SC_CLK_TCK")

QUERIES = {
    "Q1": ("all countries, 10 newest stories each, 10 figures each", """
{ countries { code name stories(first: 10) { nodes { id title publishedOn
    metrics(first: 10) { surface value kind unit } } } } }""", None),
    "Q2": ("one country's stories in a date range with their MONEY figures", """
query Q2($code: ID!, $from: Date, $to: Date) { country(code: $code) { name
  stories(first: 20, from: $from, to: $to) { totalCount nodes { id title publishedOn
    metrics(kind: MONEY) { surface value unit country { code } } } } } }""",
           {"code": "KZ", "from": "2024-01-01", "to": "2024-03-31"}),
    "Q3": ("full-text search with figures", """
query Q3($q: String!) { articles(search: $q, first: 10) { totalCount edges { rank snippet
  node { id title publishedOn primaryCountry { code } metrics { surface value kind unit } } } } }""",
           {"q": "solar power"}),
    "Q4": ("latestQuotes and one currency's daily series for a year", """
query Q4($from: Date, $to: Date) { latestQuotes { base quote rate changePercent asOf }
  quotes(base: "KGS", quote: "USD", from: $from, to: $to) { asOf rate changeSincePrevious } }""",
           {"from": "2024-01-01", "to": "2024-12-31"}),
}


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def postgres_ticks(postmaster):
    total = cpu_ticks(postmaster)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[1]) == postmaster:
                total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError):
            pass
    return total


def jit_ticks(pid):
    """CPU ticks of the JVM's JIT compiler threads (C1/C2), from /proc/PID/task."""
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read()
            if name.startswith(("C1 Compiler", "C2 Compiler")):
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def sql_statements(url):
    with urllib.request.urlopen(url + "/q/metrics", timeout=10) as r:
        text = r.read().decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith("newsgraph_sql_statements_total"))


def body_file(name, out):
    _, query, variables = QUERIES[name]
    path = os.path.join(out, f"{name.lower()}.json")
    with open(path, "w") as f:
        json.dump({"query": " ".join(query.split()), "variables": variables or {}}, f)
    return path


def check(url, path):
    """One request: the answer must have data and no errors; returns the JSON body's size."""
    with open(path, "rb") as f:
        req = urllib.request.Request(url + "/graphql", data=f.read(), method="POST",
                                     headers={"Content-Type": "application/json", "Cache-Control": "no-cache"})
    with urllib.request.urlopen(req, timeout=30) as r:
        body = r.read()
    answer = json.loads(body)
    if answer.get("errors") or not answer.get("data"):
        sys.exit(f"{path}: the service answered with errors: {body[:500]!r}")
    return len(body)


def wrk(url, path, concurrency, seconds, nocache):
    cmd = ["wrk", "-t", "2", "-c", str(concurrency), "-d", f"{seconds}s", "--timeout", "10s",
           "-s", os.path.join(HERE, "graphql.lua"), url, "--", path] + (["nocache"] if nocache else [])
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60).stdout
    for line in out.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    sys.exit("wrk printed no result:\n" + out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:18089")
    ap.add_argument("--service-pid", type=int, required=True)
    ap.add_argument("--pg-pid", type=int, required=True)
    ap.add_argument("--queries", default="Q1,Q2,Q3,Q4")
    ap.add_argument("--concurrency", default="8,32")
    ap.add_argument("--modes", default="uncached,cached")
    ap.add_argument("--duration", type=int, default=20, help="seconds per measurement")
    ap.add_argument("--warmup", type=int, default=15,
                    help="seconds per query of one warm-up round; rounds repeat until the JIT is quiet")
    ap.add_argument("--warmup-max", type=int, default=300,
                    help="most seconds of warm-up in all (the JIT may never fall quiet on a busy machine)")
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    names = a.queries.split(",")
    bodies = {n: body_file(n, a.out) for n in names}
    sizes = {n: check(a.url, bodies[n]) for n in names}
    if a.warmup:
        # The JIT compilers go on working for a minute or two under load on 2 cores (C2 alone took 15-20% of
        # the service's CPU 45 s in): measuring before they are done counts compilation as request cost. So
        # warm up in rounds over all the queries until the compilers used under 3% of the service's CPU in a
        # round, or the time is up.
        spent, rnd = 0, 0
        while True:
            rnd += 1
            jit0, cpu0 = jit_ticks(a.service_pid), cpu_ticks(a.service_pid)
            for n in names:
                wrk(a.url, bodies[n], 8, a.warmup, True)
            spent += a.warmup * len(names)
            jit, cpu = jit_ticks(a.service_pid) - jit0, cpu_ticks(a.service_pid) - cpu0
            share = 100.0 * jit / max(cpu, 1)
            print(f"warm-up round {rnd}: {a.warmup} s per query at concurrency 8, uncached; "
                  f"JIT compilers {share:.1f}% of the service's CPU", file=sys.stderr)
            if share < 3.0 or spent + a.warmup * len(names) > a.warmup_max:
                break
    rows = []
    header = ("| query | cache | clients | req/s | p50 ms | p99 ms | bytes | SQL/req | server CPU ms/req "
              "| PostgreSQL CPU ms/req | RSS MB | errors |")
    print(header)
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in names:
        for mode in a.modes.split(","):
            for c in (int(x) for x in a.concurrency.split(",")):
                nocache = mode == "uncached"
                if not nocache:
                    check(a.url, bodies[n])  # nothing in the cache is stale; the next request fills it
                s0, p0, q0 = cpu_ticks(a.service_pid), postgres_ticks(a.pg_pid), sql_statements(a.url)
                r = wrk(a.url, bodies[n], c, a.duration, nocache)
                s1, p1, q1 = cpu_ticks(a.service_pid), postgres_ticks(a.pg_pid), sql_statements(a.url)
                done = max(r["requests"], 1)
                errors = r["connect"] + r["read"] + r["write"] + r["status"] + r["timeout"]
                row = {
                    "query": n, "cache": mode, "clients": c,
                    "rps": round(r["requests"] / (r["duration_us"] / 1e6), 1),
                    "p50_ms": round(r["p50_us"] / 1000, 2), "p99_ms": round(r["p99_us"] / 1000, 2),
                    "bytes": sizes[n],
                    "sql_per_req": round((q1 - q0) / done, 2),
                    "server_cpu_ms": round((s1 - s0) * TICK_MS / done, 3),
                    "pg_cpu_ms": round((p1 - p0) * TICK_MS / done, 3),
                    "rss_mb": round(rss_mb(a.service_pid)), "errors": errors, "requests": r["requests"],
                }
                rows.append(row)
                print(f"| {n} | {mode} | {c} | {row['rps']} | {row['p50_ms']} | {row['p99_ms']} | {row['bytes']} "
                      f"| {row['sql_per_req']} | {row['server_cpu_ms']} | {row['pg_cpu_ms']} | {row['rss_mb']} "
                      f"| {errors} |", flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"queries": {n: QUERIES[n][0] for n in names}, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
