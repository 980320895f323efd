"""Compares QDAKit's agreement statistics with Python's widely used packages on the same data.

Reads the matrix written by the Benchmarks tool `agreement-peers` (units.bin: 1,000,000 units,
60 codes, three coders; presence bits per coder and code) and QDAKit's figures and times
(qdakit.json), computes with

  - scikit-learn  `cohen_kappa_score`            Cohen's kappa per code (coders 1 and 2)
  - krippendorff  `alpha(level="nominal")`       Krippendorff's alpha per code (coders 1 and 2,
                                                 then all three) and over all codes (units x codes)
  - statsmodels   `aggregate_raters` + `fleiss_kappa`   Fleiss' kappa per code (three coders)

timing only those calls (the 0/1 arrays are unpacked beforehand), checks that every figure
agrees with QDAKit's to 1e-9 and prints the times and their ratio. Exit status 1 when a figure
differs.

    python3 compare_agreement_peers.py <folder>
"""

import json
import struct
from importlib.metadata import version
import sys
import time

import krippendorff
import numpy as np
import sklearn
import statsmodels
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

TOLERANCE = 1e-9


def load(folder):
    raw = open(f"{folder}/units.bin", "rb").read()
    if raw[:4] != b"QDAU":
        sys.exit("units.bin: not a QDAKit unit matrix")
    units, coders, codes = struct.unpack("<III", raw[4:16])
    words = (units + 63) // 64
    packed = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(coders, codes, words * 8)
    data = np.unpackbits(packed, axis=2, bitorder="little")[:, :, :units]
    with open(f"{folder}/qdakit.json") as file:
        qdakit = json.load(file)
    return data, qdakit


def timed(function):
    start = time.perf_counter()
    value = function()
    return value, time.perf_counter() - start


def main():
    folder = sys.argv[1]
    data, qdakit = load(folder)
    coders, codes, units = data.shape
    print(f"{units:,} units, {codes} codes, {coders} coders")
    print(
        f"numpy {np.__version__}, scikit-learn {sklearn.__version__}, statsmodels {statsmodels.__version__}, "
        f"krippendorff {version('krippendorff')}"
    )

    results = {}  # name -> (values, seconds)
    cohen, alpha2, fleiss, alpha3 = [], [], [], []
    seconds = {"cohen": 0.0, "alpha2": 0.0, "fleiss": 0.0, "alpha3": 0.0}
    for code in range(codes):
        value, elapsed = timed(lambda: cohen_kappa_score(data[0, code], data[1, code]))
        cohen.append(value)
        seconds["cohen"] += elapsed
        value, elapsed = timed(
            lambda: krippendorff.alpha(reliability_data=data[:2, code], level_of_measurement="nominal")
        )
        alpha2.append(value)
        seconds["alpha2"] += elapsed

        def fleiss_of_code():
            table, _ = aggregate_raters(data[:, code].T)
            return fleiss_kappa(table, method="fleiss")

        value, elapsed = timed(fleiss_of_code)
        fleiss.append(value)
        seconds["fleiss"] += elapsed
        value, elapsed = timed(
            lambda: krippendorff.alpha(reliability_data=data[:, code], level_of_measurement="nominal")
        )
        alpha3.append(value)
        seconds["alpha3"] += elapsed
    # Over all codes: every (unit, code) pair is a unit, as QDAKit's "alpha over all codes".
    pooled = data[:2].reshape(2, codes * units)
    alpha_all, seconds["alpha_all"] = timed(
        lambda: krippendorff.alpha(reliability_data=pooled, level_of_measurement="nominal")
    )

    comparisons = [
        ("Cohen's kappa per code (sklearn)", cohen, qdakit["cohen_kappa"]),
        ("Krippendorff's alpha per code, 2 coders (krippendorff)", alpha2, qdakit["alpha_two_coders"]),
        ("Krippendorff's alpha over all codes, 2 coders (krippendorff)", [alpha_all], [qdakit["alpha_two_coders_all_codes"]]),
        ("Fleiss' kappa per code, 3 coders (statsmodels)", fleiss, qdakit["fleiss_kappa"]),
        ("Krippendorff's alpha per code, 3 coders (krippendorff)", alpha3, qdakit["alpha_three_coders"]),
    ]
    print()
    print("| figure | values | largest difference | within 1e-9 |")
    print("|---|---|---|---|")
    failed = False
    for name, theirs, ours in comparisons:
        difference = max(abs(a - b) for a, b in zip(theirs, ours))
        ok = difference <= TOLERANCE and len(theirs) == len(ours)
        failed |= not ok
        print(f"| {name} | {len(ours)} | {difference:.1e} | {'yes' if ok else 'NO'} |")

    python_two = seconds["cohen"] + seconds["alpha2"] + seconds["alpha_all"]
    python_three = seconds["fleiss"] + seconds["alpha3"]
    python_like = seconds["cohen"] + seconds["alpha2"]
    ours = qdakit["seconds"]
    rows = [
        (
            "per-code Cohen's kappa and alpha (2 coders): the same figures on both sides",
            python_like,
            ours["cohen_and_alpha_per_code"],
        ),
        (
            "2 coders: Python the figures above plus alpha over all codes; QDAKit everything `qda agree` "
            "computes (per code kappa with SE and CI, PABAK, AC1, alpha; pooled kappa with its jackknife; "
            "mean kappa; alpha over all codes)",
            python_two,
            ours["two_coders_everything"],
        ),
        (
            "3 coders: Python Fleiss' kappa and alpha per code; QDAKit everything (also pairwise figures "
            "and overall Fleiss' kappa and alpha)",
            python_three,
            ours["three_coders_everything"],
        ),
    ]
    print()
    print("| computation | Python | QDAKit | QDAKit faster by |")
    print("|---|---|---|---|")
    for name, theirs, mine in rows:
        print(f"| {name} | {theirs * 1000:,.0f} ms | {mine * 1000:,.0f} ms | {theirs / mine:,.0f}× |")
    print()
    print(
        "Python time per package: "
        + ", ".join(f"{key} {value * 1000:,.0f} ms" for key, value in seconds.items())
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
