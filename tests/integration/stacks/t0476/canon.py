#!/usr/bin/env python3
"""canon.py: the value printed by `terraform console` or `terrace console`
for jsonencode(EXPR), as one line of canonical JSON (keys sorted), so the
two tools' results compare as text; ERROR when the console printed none.
Numbers keep their kind: 3 and 3.0 differ, as they print differently.

    canon.py terraform|terrace <console-stdout
    canon.py terrace-split <console-stdout   one line per block of output,
        the blocks separated by lines "@@" (the console's answer to the
        expression "@@" written after each one)"""
import json
import sys


def canon(text, tool):
    text = text.strip()
    if not text.startswith('"'):
        return "ERROR"
    if tool == "terraform":
        # HCL's quoting: "${" and "%{" are escaped as "$${" and "%%{".
        text = text.replace("$${", "${").replace("%%{", "%{")
    try:
        value = json.loads(json.loads(text))
    except ValueError:
        return "UNREADABLE " + text
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


data = sys.stdin.read()
if sys.argv[1] == "terrace-split":
    blocks = data.split('"@@"\n')
    for block in blocks[:-1]:
        print(canon(block, "terrace"))
else:
    print(canon(data, sys.argv[1]))
