"""Claim detection speed: milliseconds per article on the seeds and on a long article.

    python bench/detection_speed.py [--repeat 20]

The baseline, measured in the same run, is one pass of Python's own sentence-ish split
(re.split on sentence punctuation) over the same text, so the ratio says how much work detection
does per character compared with merely reading the text once.
"""

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extraction import detect_claims  # noqa: E402

LONG = (
    "At least 120 people were killed in the floods, provincial governor Ahmad Karimi said on Tuesday. "
    "The Red Crescent said more than 150 people had died and nearly 200 were missing. "
    "Police said 12,000 people marched, while unions put the figure at some 80,000.\n\n"
)


def best_of(repeat, work):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    texts = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))}
    texts["long (6,000 characters)"] = LONG * (6000 // len(LONG) + 1)
    print(f"{'text':28} {'chars':>6} {'claims':>6} {'ms':>8} {'x baseline':>10}")
    for name, text in texts.items():
        claims = detect_claims(text)  # warm the caches
        seconds = best_of(args.repeat, lambda: detect_claims(text))
        baseline = best_of(args.repeat, lambda: re.split(r"(?<=[.!?])\s+", text))
        print(f"{name:28} {len(text):6d} {len(claims):6d} {seconds * 1000:8.2f} {seconds / baseline:10.0f}")


if __name__ == "__main__":
    main()
