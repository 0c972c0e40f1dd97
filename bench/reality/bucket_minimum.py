"""bucket_minimum.py REQUEST_LOG CAPACITY REFILL [DESCRIBE_CAPACITY DESCRIBE_REFILL]:
from the stand-in's --request-log of one phase, EC2's requests per action,
admitted and refused (503), and the least time EC2's token buckets allow
for the admitted ones: per action, a bucket of CAPACITY tokens refilled at
REFILL a second serves N requests in no less than max(0, N - CAPACITY) /
REFILL seconds; the phase can go no faster than its slowest action (the
actions' buckets refill side by side). Prints "requests N refused N
minimum S" and one line per action."""
import re
import sys

log, cap, refill = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
dcap = float(sys.argv[4]) if len(sys.argv) > 4 else 100
drefill = float(sys.argv[5]) if len(sys.argv) > 5 else 20
admitted, refused = {}, {}
with open(log) as f:
    for line in f:
        parts = line.split()
        if len(parts) < 4 or not parts[1].startswith("ec2:"):
            continue
        action = parts[1][4:]
        table = refused if parts[2] == "503" else admitted
        table[action] = table.get(action, 0) + 1
minimum = 0.0
rows = []
for action in sorted(set(admitted) | set(refused)):
    n = admitted.get(action, 0)
    c, r = (dcap, drefill) if re.match(r"^(Describe|Get|List|Search)", action) else (cap, refill)
    least = max(0.0, n - c) / r if r > 0 else 0.0
    minimum = max(minimum, least)
    rows.append("  %-28s %5d admitted %5d refused  least %.1f s" % (
        action, n, refused.get(action, 0), least))
print("requests %d refused %d minimum %.1f" % (
    sum(admitted.values()) + sum(refused.values()), sum(refused.values()), minimum))
print("\n".join(rows))
