"""Benchmark: CPU per screening request on the server's side, without HTTP: the bearer token's lookup, the
party read, the screening (index, scoring, entity and marking lookups) and the audit append — what
`POST /api/v1/screen` does for each request — on the web tests' store (a few marked lists).

    python bench/screen_request_cpu.py [--requests 300] [--profile]

Prints CPU milliseconds per request (process time, so other load on the machine matters less than for
wall time); `bench/web_screen.py` measures the same route over HTTP against every real list.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.webapp import open_web, viewer

from epoc.matching.party import Party
from epoc.model.access import Role
from epoc.services import accounts
from epoc.services.screening.io import Query

BODY = {"id": "q", "schema": "Company", "names": ["Silver Orchid Trading"], "countries": ["IR"]}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with open_web("sqlite", Path(tempfile.mkdtemp(prefix="epoc-cpu-"))) as web:
        officer = viewer(web.store, Role.OFFICER)
        token = accounts.issue_token(web.store, web.settings, officer, "bench").token
        screener = web.app.state.screener

        def request() -> None:
            accounts.resolve_token(web.store, token)
            screener.screen([Query(1, "q", Party.from_query(BODY), None)], officer)

        for _ in range(30):
            request()
        started = time.process_time()
        for _ in range(args.requests):
            request()
        print(f"{(time.process_time() - started) / args.requests * 1000:.2f} ms CPU per screening request")
        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(args.requests):
                request()
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
