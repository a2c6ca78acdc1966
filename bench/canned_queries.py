#!/usr/bin/env python3
"""Times morgue's canned queries on an archive: each command runs 8 times with its output
(JSON Lines) written to /dev/null, as hyperfine does, and the median of the last 7 (warm) runs
is printed, with the rows counted in one more run. `--piped` reads the output through a pipe
instead, which adds the reader's time (for 9 MB of JSON Lines, some 15 ms of Python's).

usage: bench/canned_queries.py ARCHIVE.db [MORGUE_BINARY] [--piped]
"""
import json
import statistics
import subprocess
import sys
import time

RUNS = 8


def morgue(exe, db, args, keep=True):
    stdout = subprocess.PIPE if keep else subprocess.DEVNULL
    return subprocess.run([exe, "--db", db, *args, "--format", "jsonl"], stdout=stdout, check=True).stdout


def main():
    piped = "--piped" in sys.argv
    positional = [a for a in sys.argv[1:] if a != "--piped"]
    db = positional[0]
    exe = positional[1] if len(positional) > 1 else "target/release/morgue"
    people = [json.loads(line)["name"] for line in morgue(exe, db, ["people", "--kind", "person", "--limit", "200"]).splitlines()]
    busiest, typical = people[0], people[-1]
    commands = [
        ["posts", "--limit", "20"],
        ["people", "--limit", "50"],
        ["people"],
        ["search", "public option", "--limit", "20"],
        ["search", "tax", "--in", "quotes", "--limit", "20"],
        ["reuse", "--min-words", "20"],
        ["corrections", "--kind", "correction"],
        ["said", "--by", typical],
        ["said", "--about", typical],
        ["person", typical],
        ["said", "--by", busiest, "--limit", "20"],
        ["said", "--by", busiest, "--newest", "--limit", "20"],
        ["said", "--about", busiest, "--limit", "20"],
        ["person", busiest],
        # every row: these measure writing thousands of rows as much as finding them
        ["said", "--by", busiest],
        ["said", "--about", busiest],
    ]
    for args in commands:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            morgue(exe, db, args, keep=piped)
            times.append((time.perf_counter() - start) * 1000)
        rows = morgue(exe, db, args).count(b"\n")
        print("%9.1f ms  %6d rows  morgue %s" % (statistics.median(times[1:]), rows, " ".join(args)))


if __name__ == "__main__":
    main()
