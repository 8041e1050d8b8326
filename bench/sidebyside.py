#!/usr/bin/env python3
"""Several GraphQL services on the same database, measured one after the other in one run: each is started, warmed
up, then loaded with wrk (Q1 and Q2 uncached, 8 clients, REPS runs of DURATION s; the median run is reported) with
its own CPU and PostgreSQL's CPU per request. Everything else on the machine that runs Java, Node or Chromium is
paused (SIGSTOP) during each measured run and resumed right after, so that other work does not count.

    bench/sidebyside.py --pg-pid PID --services services.json [--warmup 120] [--duration 20] [--reps 3] NAME...

services.json maps a name to how to start it and what to send, e.g.
    {"newsgraph": {"cmd": ["java", "-XX:+UseParallelGC", "-Xmx1g", "-jar", "target/quarkus-app/quarkus-run.jar"],
                   "cwd": ".", "port": 18089, "env": {"QUARKUS_HTTP_PORT": "18089", ...},
                   "bodies": {"Q1": "bench/out/q1.json", "Q2": "bench/out/q2.json"}}}
Bodies are POSTed as JSON with bench/graphql.lua (Cache-Control: no-cache). The peers the README compares
with (Spring for GraphQL, PostGraphile) are built outside the repository; bench/README.md says how.
"""
import argparse
import json
import os
import signal
import subprocess
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TICK_MS = 1000.0 / os.sysconf("SC_CLK_TCK")


def tree_ticks(root):
    """CPU ticks of a process and its children (PostgreSQL's backends, a service's workers)."""
    total = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(entry) == root or int(fields[1]) == root:
                    total += int(fields[11]) + int(fields[12])
            except (OSError, IndexError):
                pass
    return total


def others(keep_session):
    """Processes that would compete: Java, Node, Chromium and Maven, outside the measured service's session."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/cmdline") as f:
                cmd = f.read()
            if os.getsid(int(entry)) != keep_session and any(k in cmd for k in ("java", "node", "chrom", "mvn")) \
                    and "sidebyside" not in cmd:
                found.append(int(entry))
        except OSError:
            pass
    return found


def signal_all(pids, sig):
    for pid in pids:
        try:
            os.kill(pid, sig)
        except OSError:
            pass


def wrk(port, body, seconds):
    out = subprocess.run(["wrk", "-t", "2", "-c", "8", "-d", f"{seconds}s", "--timeout", "10s", "-s",
                          os.path.join(HERE, "graphql.lua"), f"http://127.0.0.1:{port}", "--", body, "nocache"],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("RESULT "))[7:])


def wait_up(port, body):
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            with open(body, "rb") as f:
                req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=f.read(),
                                             headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=5).read()
            return
        except Exception:
            time.sleep(0.5)
    raise SystemExit(f"nothing answers on port {port}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg-pid", type=int, required=True, help="the postmaster's pid")
    ap.add_argument("--services", required=True)
    ap.add_argument("--warmup", type=int, default=120, help="seconds of load before measuring, split over the queries")
    ap.add_argument("--duration", type=int, default=20)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("names", nargs="+")
    a = ap.parse_args()
    with open(a.services) as f:
        services = json.load(f)
    print("| service | query | req/s (median) | runs | p99 ms | service CPU ms/req | PostgreSQL CPU ms/req | errors |")
    print("|---|---|---:|---|---:|---:|---:|---:|")
    for name in a.names:
        s = services[name]
        env = dict(os.environ, **s.get("env", {}))
        log = open(os.path.join(HERE, "out", f"{name}.log"), "w") if os.path.isdir(os.path.join(HERE, "out")) else subprocess.DEVNULL
        p = subprocess.Popen(s["cmd"], cwd=s.get("cwd", "."), env=env, stdout=log, stderr=subprocess.STDOUT,
                             start_new_session=True)
        try:
            bodies = s["bodies"]
            wait_up(s["port"], next(iter(bodies.values())))
            for body in bodies.values():
                wrk(s["port"], body, max(1, a.warmup // len(bodies)))
            for query, body in bodies.items():
                runs = []
                for _ in range(a.reps):
                    paused = others(p.pid)
                    signal_all(paused, signal.SIGSTOP)
                    try:
                        s0, g0 = tree_ticks(p.pid), tree_ticks(a.pg_pid)
                        r = wrk(s["port"], body, a.duration)
                        s1, g1 = tree_ticks(p.pid), tree_ticks(a.pg_pid)
                    finally:
                        signal_all(paused, signal.SIGCONT)
                    n = max(r["requests"], 1)
                    runs.append((n / (r["duration_us"] / 1e6), r["p99_us"] / 1000, (s1 - s0) * TICK_MS / n,
                                 (g1 - g0) * TICK_MS / n, r["status"] + r["timeout"] + r["connect"] + r["read"]))
                med = sorted(runs)[len(runs) // 2]
                print(f"| {name} | {query} | {med[0]:.1f} | {', '.join(f'{x[0]:.0f}' for x in runs)} | {med[1]:.1f} "
                      f"| {med[2]:.3f} | {med[3]:.3f} | {med[4]} |", flush=True)
        finally:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(timeout=60)
            time.sleep(2)


if __name__ == "__main__":
    main()
