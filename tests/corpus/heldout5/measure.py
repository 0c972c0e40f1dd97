#!/usr/bin/env python3
"""tests/corpus/heldout5/measure.py: the fifth held-out measure of issue 87.

The measure of this folder's cases/ (stack.yaml holding one mistake AWS
refuses, fixed.yaml the same stack mended, case.txt naming the reason's key
words, and a case's own files) against results.txt beside this file, run by
heldout4/measure.py's main(), one measure for the sets (its docstring says
what a verdict is and what -terrace, -repo, -endpoint, -check, -only and
-fixed-only do).
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout4"))
import measure  # noqa: E402  (heldout4's)

if __name__ == "__main__":
    measure.main(HERE)
