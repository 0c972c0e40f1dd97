# t1595/plant-drop-topic.py: run by twins.py --edit-after-convert (`stack` is
# the converted folder): the topic left out and the work queue's visibility
# timeout changed.
import re
p = stack / "stack.yaml"
t = p.read_text()
t, n = re.subn(r"(?ms)^  Done:\n(    .*?\n)+", "", t)
assert n == 1, t
assert "visibility_timeout: 120" in t, t
p.write_text(t.replace("visibility_timeout: 120", "visibility_timeout: 60"))
