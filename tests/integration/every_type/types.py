"""types.py SCHEMA [LIST...]: the aws resource types of SCHEMA (`terrace
providers schema -json`), one a line, sorted, less those named in the LIST
files (types separated by blanks). So a list of every type is derived from
the schema, never kept by hand: t0979's types the stand-in cannot delay are
all those not in its `delayed` list."""
import json
import sys

schema = json.load(open(sys.argv[1]))["provider_schemas"]["aws"]["resource_schemas"]
left_out = {t for path in sys.argv[2:] for t in open(path).read().split()}
for rtype in sorted(set(schema) - left_out):
    print(rtype)
