#!/usr/bin/env python3
"""Bulk load of generated pages through the real ingest path (POST /api/pages), with a progress display.

Prints pages/s, articles/s and figures/s for the whole load, and writes them as JSON (--json) for the table.

    bench/load_pages.py --url http://127.0.0.1:18089 --api-key KEY --pages 2500 --clients 4
"""
import argparse
import concurrent.futures
import http.client
import json
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, __import__("os").path.dirname(__file__))
import gen_pages  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:18089")
    ap.add_argument("--api-key", required=True)
    ap.add_argument("--pages", type=int, default=2500)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--articles", type=int, default=8)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    target = urllib.parse.urlparse(a.url)
    local = threading.local()
    lock = threading.Lock()
    totals = {"pages": 0, "created": 0, "duplicates": 0, "articles": 0, "metrics": 0, "quotations": 0, "errors": 0,
              "bytes": 0}

    def post(i):
        text = gen_pages.page(a.seed, i, a.articles).encode("utf-8")
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        for attempt in range(3):
            try:
                local.conn.request("POST", "/api/pages", body=text,
                                   headers={"Content-Type": "text/plain; charset=utf-8", "X-API-Key": a.api_key})
                resp = local.conn.getresponse()
                body = resp.read()
                break
            except (http.client.HTTPException, OSError):
                local.conn.close()
                local.conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
                if attempt == 2:
                    raise
        with lock:
            totals["pages"] += 1
            totals["bytes"] += len(text)
            if resp.status not in (200, 201):
                totals["errors"] += 1
                if totals["errors"] <= 3:
                    print(f"\npage {i}: HTTP {resp.status} {body[:300]!r}", file=sys.stderr)
                return
            stored = json.loads(body)
            totals["created"] += stored["created"]
            totals["duplicates"] += stored["duplicates"]
            if stored["created"]:
                for art in stored["articles"]:
                    totals["articles"] += 1
                    totals["metrics"] += len(art["metrics"])
                    totals["quotations"] += len(art["quotations"])

    started = time.perf_counter()
    last = [0.0]

    def progress(final=False):
        now = time.perf_counter()
        if not final and now - last[0] < 1.0:
            return
        last[0] = now
        el = now - started
        p = totals["pages"]
        sys.stderr.write(f"\r  {p}/{a.pages} pages  {p / el:6.1f} pages/s  {totals['articles'] / el:7.1f} articles/s"
                         f"  {totals['metrics'] / el:8.1f} figures/s  errors {totals['errors']}   ")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()

    with concurrent.futures.ThreadPoolExecutor(a.clients) as pool:
        futures = [pool.submit(post, i) for i in range(a.start, a.start + a.pages)]
        for f in concurrent.futures.as_completed(futures):
            f.result()
            progress()
    progress(final=True)
    elapsed = time.perf_counter() - started
    result = dict(totals, seconds=round(elapsed, 2), clients=a.clients,
                  pages_per_s=round(totals["pages"] / elapsed, 1),
                  articles_per_s=round(totals["articles"] / elapsed, 1),
                  figures_per_s=round(totals["metrics"] / elapsed, 1),
                  mb_per_s=round(totals["bytes"] / elapsed / 1e6, 2))
    print(json.dumps(result))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=1)
    if totals["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
