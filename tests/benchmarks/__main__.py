"""``python -m tests.benchmarks [--only AREA] [--quick]``: run the benchmarks, print a table,
write JSON to tests/benchmarks/results/<UTC timestamp>.json."""

from __future__ import annotations

import argparse
import os
import shutil
import sys

from tests.benchmarks.harness import Harness, discover, isolate_environment, run_areas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    areas = discover()
    parser.add_argument(
        "--only",
        action="append",
        metavar="AREA",
        help=f"run only this area (repeatable; comma-separated allowed): {', '.join(areas)}",
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a quick look")
    parser.add_argument("--repeat", type=int, help="override every measurement's repeat count")
    parser.add_argument("--no-json", action="store_true", help="do not write a results file")
    args = parser.parse_args(argv)

    chosen = areas
    if args.only:
        chosen = [a.strip() for spec in args.only for a in spec.split(",") if a.strip()]
        unknown = sorted(set(chosen) - set(areas))
        if unknown:
            parser.error(f"unknown area(s): {', '.join(unknown)}; known: {', '.join(areas)}")

    # Benchmarks create throw-away vaults; a light KDF keeps unlocks from dominating the
    # numbers. Areas that measure the KDF itself pass their params explicitly.
    os.environ.setdefault("KANSENCIRKEL_TEST_KDF", "1")
    sandbox = isolate_environment()
    h = Harness(quick=args.quick, repeat_override=args.repeat)
    try:
        failed = run_areas(h, chosen)
    finally:
        h.cleanup()
        shutil.rmtree(sandbox, ignore_errors=True)
    print(file=h.out)
    print(h.table(), file=h.out)
    if not args.no_json:
        print(f"\nresults: {h.write_json()}", file=h.out)
    if failed:
        print(f"failed areas: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
