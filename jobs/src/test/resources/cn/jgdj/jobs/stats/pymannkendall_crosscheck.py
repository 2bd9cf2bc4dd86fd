"""Reference values for SeasonalTrendCrossCheckIT from pymannkendall (PyPI, 1.4.3).

stdin: a JSON list of quarterly series in time order starting with a first quarter (null = missing quarter).
stdout: a JSON list of {s, var_s, z, p, slope} from seasonal_test(x, period=4) and seasonal_sens_slope(x, period=4).
pymannkendall computes no interval for the seasonal Sen slope, so none is returned.
"""
import json
import sys

import numpy as np
import pymannkendall as mk

out = []
for series in json.load(sys.stdin):
    x = np.array([np.nan if v is None else v for v in series], dtype=float)
    test = mk.seasonal_test(x, period=4)
    sen = mk.seasonal_sens_slope(x, period=4)
    out.append({"version": mk.__version__, "s": float(test.s), "var_s": float(test.var_s), "z": float(test.z),
                "p": float(test.p), "slope": float(sen.slope)})
json.dump(out, sys.stdout)
