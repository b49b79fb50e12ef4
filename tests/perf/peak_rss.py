"""Run a command and print its peak resident memory in MiB (``peak_rss_mib=N``) on stderr."""

from __future__ import annotations

import resource
import subprocess
import sys


def main() -> int:
    result = subprocess.run(sys.argv[1:], check=False)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak_rss_mib={peak_kib / 1024:.1f}", file=sys.stderr, flush=True)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
