# t1595/plant-retention.py: run by twins.py --edit-after-convert (`stack` is
# the converted folder of each source): the log group kept 7 days instead of
# 14, where a stack has it.
p = stack / "stack.yaml"
t = p.read_text()
p.write_text(t.replace("retention_in_days: 14", "retention_in_days: 7"))
