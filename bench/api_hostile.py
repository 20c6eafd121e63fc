#!/usr/bin/env python3
"""Hostile-client load on `tiphub serve` (not a test: run by hand, quote the figures).

Holds SLOW connections that send part of a request header and then one byte every 2 s, and IDLE
connections that send nothing, spread over loopback addresses 127.0.0.2.. (the server caps
connections per address at 256), while a well-behaved client on 127.0.0.1 times GET
/api/v1/health and GET /api/v1/alerts. Prints p50 / p99 / max latency and how many requests
failed.

    python3 bench/api_hostile.py URL TOKEN [--slow 200] [--idle 1000] [--seconds 20]
"""
import argparse
import http.client
import socket
import threading
import time
import urllib.parse


def hold(host, port, sources, count, slow, stop, opened):
    socks = []
    for i in range(count):
        s = socket.socket()
        s.bind((sources[i % len(sources)], 0))
        try:
            s.connect((host, port))
        except OSError:
            s.close()
            continue
        if slow:
            s.sendall(b"GET /api/v1/alerts HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        socks.append(s)
    opened.append(len(socks))
    while not stop.is_set():
        stop.wait(2.0)
        if slow:
            alive = []
            for s in socks:
                try:
                    s.sendall(b"a")
                    alive.append(s)
                except OSError:
                    s.close()
            socks[:] = alive
    opened.append(len(socks))
    for s in socks:
        s.close()


def timed(host, port, path, token, seconds):
    lat, failed = [], 0
    end = time.time() + seconds
    while time.time() < end:
        t0 = time.perf_counter()
        try:
            c = http.client.HTTPConnection(host, port, timeout=5, source_address=("127.0.0.1", 0))
            c.request("GET", path, headers={"Authorization": "Bearer " + token})
            r = c.getresponse()
            r.read()
            c.close()
            if r.status != 200:
                failed += 1
        except OSError:
            failed += 1
        lat.append((time.perf_counter() - t0) * 1000)
        time.sleep(0.01)
    return lat, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("token")
    ap.add_argument("--slow", type=int, default=200)
    ap.add_argument("--idle", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=20)
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.url)
    host, port = u.hostname, u.port
    stop = threading.Event()
    opened_slow, opened_idle = [], []
    idle_sources = ["127.0.0.%d" % i for i in range(2, 2 + (a.idle + 249) // 250)]
    slow_sources = ["127.0.0.%d" % i for i in range(50, 50 + (a.slow + 249) // 250)]
    holders = [
        threading.Thread(target=hold, args=(host, port, idle_sources, a.idle, False, stop, opened_idle)),
        threading.Thread(target=hold, args=(host, port, slow_sources, a.slow, True, stop, opened_slow)),
    ]
    for t in holders:
        t.start()
    while len(opened_slow) < 1 or len(opened_idle) < 1:
        time.sleep(0.1)
    print("held: %d slow, %d idle connections" % (opened_slow[0], opened_idle[0]))
    results = {}

    def run(name, path):
        results[name] = timed(host, port, path, a.token, a.seconds)

    probes = [threading.Thread(target=run, args=("health", "/api/v1/health")),
              threading.Thread(target=run, args=("alerts", "/api/v1/alerts?limit=50"))]
    for t in probes:
        t.start()
    for t in probes:
        t.join()
    stop.set()
    for t in holders:
        t.join()
    print("still held at the end: %d slow, %d idle" % (opened_slow[1], opened_idle[1]))
    print("| request | requests | failed | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for name, (lat, failed) in results.items():
        lat.sort()
        p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
        print("| GET /api/v1/%s | %d | %d | %.1f | %.1f | %.1f |" % (
            name, len(lat), failed, p(0.5), p(0.99), lat[-1]))


if __name__ == "__main__":
    main()
