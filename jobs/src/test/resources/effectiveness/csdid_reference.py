"""Reference group-time effects for the Java estimator, computed by csdid (the Python port of did).

Reads a long panel CSV (id, t, g, y; g = 0 for never treated), estimates ATT(g, t) with not-yet-treated
comparisons, no covariates, the varying base period, and aggregates them to the dynamic event study.
Writes CSV lines: gt,<g>,<t>,<att> for every cell and es,<e>,<att> for every event time.
Usage: python csdid_reference.py PANEL.csv OUT.csv
"""
import sys
import warnings

import numpy as np
import pandas as pd
from csdid.att_gt import ATTgt

warnings.filterwarnings("ignore")
panel = pd.read_csv(sys.argv[1])
fit = ATTgt(yname="y", tname="t", idname="id", gname="g", data=panel,
            control_group="notyettreated").fit(est_method="reg", base_period="varying", bstrap=False)
res = fit.results
lines = []
for g, t, att in zip(res["group"], res["year"], res["att"]):
    lines.append("gt,%d,%d,%.12f" % (int(g), int(t), float(att)))
agg = fit.aggte(typec="dynamic").atte
for e, att in zip(np.atleast_1d(agg["egt"]), np.atleast_1d(agg["att_egt"])):
    lines.append("es,%d,%.12f" % (int(e), float(att)))
with open(sys.argv[2], "w") as out:
    out.write("\n".join(lines) + "\n")
