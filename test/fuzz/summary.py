"""Reads the schemathesis reports of one fuzz run and prints one line per caller and the failures by check.

Usage: summary.py MIN_REQUESTS REPORT_DIR/<caller> ...; exits 1 on any failure, or when a caller
made fewer requests than MIN_REQUESTS.
"""

import collections
import json
import pathlib
import sys


def read(folder: pathlib.Path):
    requests = 0
    statuses: collections.Counter[int] = collections.Counter()
    failed_checks: collections.Counter[str] = collections.Counter()
    for path in folder.glob("ndjson-*.ndjson"):
        for line in path.open(encoding="utf-8"):
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished["recorder"]
            for interaction in recorder.get("interactions", {}).values():
                requests += 1
                response = interaction.get("response")
                statuses[response["status_code"] if response else 0] += 1
            for checks in recorder.get("checks", {}).values():
                for check in checks:
                    if check["status"] == "failure":
                        failed_checks[check["name"]] += 1
    report = next(folder.glob("json-*.json"), None)
    unique = json.loads(report.read_text(encoding="utf-8")) if report else {}
    return requests, statuses, failed_checks, unique


def main() -> int:
    minimum = int(sys.argv[1])
    failed = False
    totals: collections.Counter[str] = collections.Counter()
    for argument in sys.argv[2:]:
        folder = pathlib.Path(argument)
        requests, statuses, failed_checks, report = read(folder)
        totals.update(failed_checks)
        unique = report.get("failures", [])
        by_status = ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items()))
        print(f"fuzz {folder.name}: {requests} requests ({by_status}); {sum(failed_checks.values())} failed checks, {len(unique)} unique failures")
        for failure in unique:
            operations = ", ".join(failure.get("operations", []))
            print(f"  {failure.get('code')} {failure.get('title')} x{failure.get('count')}: {operations}")
        if requests < minimum:
            print(f"  fewer than {minimum} requests: raise FUZZ_MAX_EXAMPLES")
            failed = True
        if failed_checks or unique or report.get("exit_code", 1) != 0:
            failed = True
    checks = ", ".join(f"{name}: {count}" for name, count in sorted(totals.items())) or "none"
    print(f"fuzz failures by check: {checks}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
