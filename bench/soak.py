#!/usr/bin/env python3
"""Soak: mixed reads and ingests at a fixed concurrency for a fixed time, on 127.0.0.1.

Every worker loops: one request in ten ingests a new generated page (POST /api/pages), the others are reads
(the canonical queries, half of them past the read cache, and articles by id). It counts every error (a
non-2xx answer, a GraphQL error, a dropped connection), samples the service's RSS every 10 s, and at the end
checks that every article of every page it ingested can be read back by id with its headline. Where jcmd is
at hand it also records the live heap after a full collection at 60 s and at the end: a leak shows there
first, while RSS mostly follows how far the collector has grown the heap.

    bench/soak.py --url http://127.0.0.1:18089 --api-key KEY --service-pid PID --seconds 300 --clients 32
"""
import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_pages  # noqa: E402
import loadtest  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:18089")
    ap.add_argument("--api-key", required=True)
    ap.add_argument("--service-pid", type=int, required=True)
    ap.add_argument("--seconds", type=int, default=300)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--ingest-share", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=4242, help="page seed: other than the bulk load's, so pages are new")
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    target = urllib.parse.urlparse(a.url)
    reads = []
    for name, (_, query, variables) in loadtest.QUERIES.items():
        reads.append((name, json.dumps({"query": " ".join(query.split()), "variables": variables or {}}).encode()))

    lock = threading.Lock()
    stats = {"reads": 0, "ingests": 0, "errors": 0, "error_samples": []}
    ingested = []  # (page index, [(article id, title)])
    next_page = [0]
    deadline = time.monotonic() + a.seconds

    def error(what):
        with lock:
            stats["errors"] += 1
            if len(stats["error_samples"]) < 10:
                stats["error_samples"].append(what[:300])

    def worker(n):
        rnd = random.Random(n)
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        while time.monotonic() < deadline:
            try:
                if rnd.random() < a.ingest_share:
                    with lock:
                        i = next_page[0]
                        next_page[0] += 1
                    text = gen_pages.page(a.seed, i, 8).encode()
                    conn.request("POST", "/api/pages", body=text,
                                 headers={"Content-Type": "text/plain; charset=utf-8", "X-API-Key": a.api_key})
                    r = conn.getresponse()
                    body = r.read()
                    if r.status != 201:
                        error(f"ingest {i}: HTTP {r.status} {body[:200]!r}")
                        continue
                    stored = json.loads(body)
                    with lock:
                        stats["ingests"] += 1
                        ingested.append((i, [(x["id"], x["title"]) for x in stored["articles"]]))
                else:
                    with lock:
                        known = ingested[rnd.randrange(len(ingested))][1] if ingested else None
                    if known and rnd.random() < 0.2:
                        art_id, _ = known[rnd.randrange(len(known))]
                        body = json.dumps({"query": "query A($id: ID!) { article(id: $id) { id title metrics { surface value } } }",
                                           "variables": {"id": str(art_id)}}).encode()
                    else:
                        body = reads[rnd.randrange(len(reads))][1]
                    headers = {"Content-Type": "application/json"}
                    if rnd.random() < 0.5:
                        headers["Cache-Control"] = "no-cache"
                    conn.request("POST", "/graphql", body=body, headers=headers)
                    r = conn.getresponse()
                    answer = r.read()
                    if r.status != 200 or b'"errors"' in answer:
                        error(f"read: HTTP {r.status} {answer[:200]!r}")
                        continue
                    with lock:
                        stats["reads"] += 1
            except (OSError, http.client.HTTPException, ValueError) as e:
                error(f"{type(e).__name__}: {e}")
                conn.close()
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)

    def live_heap_mb():
        """Live objects after a full collection (jcmd's class histogram forces one), or None without jcmd."""
        try:
            out = subprocess.run(["jcmd", str(a.service_pid), "GC.class_histogram"], capture_output=True,
                                 text=True, timeout=60).stdout
            return round(int(out.strip().splitlines()[-1].split()[2]) / 2**20)
        except (OSError, ValueError, IndexError, subprocess.SubprocessError):
            return None

    rss = []
    heap = {}
    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(a.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    while time.monotonic() < deadline:
        rss.append((round(time.monotonic() - started), round(loadtest.rss_mb(a.service_pid))))
        done = stats["reads"] + stats["ingests"]
        sys.stderr.write(f"\r  {int(time.monotonic() - started)}/{a.seconds} s  reads {stats['reads']}  ingests "
                         f"{stats['ingests']}  errors {stats['errors']}  RSS {rss[-1][1]} MB  ({done / max(time.monotonic() - started, 1):.0f} req/s)   ")
        sys.stderr.flush()
        if "at_60s" not in heap and time.monotonic() - started >= 60:
            heap["at_60s"] = live_heap_mb()
        time.sleep(min(10, max(0.1, deadline - time.monotonic())))
    for t in threads:
        t.join()
    rss.append((round(time.monotonic() - started), round(loadtest.rss_mb(a.service_pid))))
    elapsed = time.monotonic() - started
    heap["end"] = live_heap_mb()
    sys.stderr.write("\n")

    # Every article of every ingested page must read back by id, with its headline.
    missing = 0
    articles = [x for _, arts in ingested for x in arts]
    conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    for k in range(0, len(articles), 10):
        chunk = articles[k:k + 10]  # the service refuses more than 10 repeats of one field per query
        query = "{ " + " ".join(f'a{j}: article(id: "{aid}") {{ id title }}' for j, (aid, _) in enumerate(chunk)) + " }"
        conn.request("POST", "/graphql", body=json.dumps({"query": query}).encode(),
                     headers={"Content-Type": "application/json", "Cache-Control": "no-cache"})
        answer = json.loads(conn.getresponse().read())
        if answer.get("errors"):
            error(f"check: {answer['errors']}")
        data = answer.get("data") or {}
        for j, (aid, title) in enumerate(chunk):
            got = data.get(f"a{j}")
            if not got or got["title"] != title:
                missing += 1
    after_warmup = [m for s, m in rss if s >= 60] or [rss[-1][1]]
    result = {
        "seconds": round(elapsed), "clients": a.clients, "reads": stats["reads"], "ingests": stats["ingests"],
        "requests_per_s": round((stats["reads"] + stats["ingests"]) / elapsed, 1), "errors": stats["errors"],
        "error_samples": stats["error_samples"], "pages_ingested": len(ingested), "articles_checked": len(articles),
        "articles_missing": missing, "rss_mb_series": rss,
        "live_heap_mb_at_60s": heap.get("at_60s"), "live_heap_mb_end": heap.get("end"),
        "rss_mb_at_60s": after_warmup[0], "rss_mb_end": rss[-1][1], "rss_mb_max_after_60s": max(after_warmup),
    }
    print(json.dumps({k: v for k, v in result.items() if k != "rss_mb_series"}))
    print("RSS (s, MB): " + " ".join(f"{s}:{m}" for s, m in rss))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=1)
    sys.exit(1 if stats["errors"] or missing else 0)


if __name__ == "__main__":
    main()
