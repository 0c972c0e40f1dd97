"""t0703/lsp.py SERVER SCHEMA DIR: the YAML language server (node SERVER
--stdio) asked over its stdio LSP about stack files in DIR that name SCHEMA
in their modeline (`# yaml-language-server: $schema=`), as an editor asks:
completion after `type: awscc.efs.`, attribute completion under an
awscc.events.archive and an aws.sqs.queue, the diagnostics of
`retention_days: many`, a hover on an attribute. Prints one JSON object of
the answers (completion labels, diagnostic messages, hover text) and how
long the first answer took (wall clock, and the server's CPU to then)."""
import json
import os
import pathlib
import subprocess
import sys
import time

server, schema, folder = sys.argv[1:4]
proc = subprocess.Popen(["node", server, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.DEVNULL)
SETTINGS = {"yaml": {"validate": True, "hover": True, "completion": True, "schemas": {},
                     "schemaStore": {"enable": False}, "format": {"enable": False}}}
next_id = 0
notes = []


def send(msg):
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def read():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            sys.exit("lsp.py: the server closed its output")
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def answer(msg):
    """The server's own requests, answered as an editor would."""
    if msg.get("method") == "workspace/configuration":
        send({"jsonrpc": "2.0", "id": msg["id"],
              "result": [SETTINGS.get(i.get("section", ""), SETTINGS["yaml"]) if i.get("section") else SETTINGS
                         for i in msg["params"]["items"]]})
    elif "id" in msg and "method" in msg:
        send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
    elif "method" in msg:
        notes.append(msg)


def request(method, params):
    global next_id
    next_id += 1
    send({"jsonrpc": "2.0", "id": next_id, "method": method, "params": params})
    while True:
        msg = read()
        if msg.get("id") == next_id and "method" not in msg:
            if "error" in msg:
                sys.exit("lsp.py: %s: %s" % (method, msg["error"]))
            return msg["result"]
        answer(msg)


def diagnostics(uri, wait=20):
    end = time.time() + wait
    while time.time() < end:
        for n in notes:
            if n["method"] == "textDocument/publishDiagnostics" and n["params"]["uri"] == uri \
                    and n["params"]["diagnostics"]:
                return n["params"]["diagnostics"]
        request("textDocument/hover", {"textDocument": {"uri": uri},
                                       "position": {"line": 0, "character": 0}})
        time.sleep(0.2)
    return []


root = pathlib.Path(folder).resolve()
request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(),
                       "capabilities": {"textDocument": {"completion": {"completionItem": {}},
                                                          "hover": {"contentFormat": ["plaintext"]}},
                                        "workspace": {"configuration": True}}})
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {"settings": SETTINGS}})
modeline = "# yaml-language-server: $schema=%s\n" % pathlib.Path(schema).resolve().as_uri()


def open_doc(name, text):
    uri = (root / name).as_uri()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1,
                                      "text": modeline + text}}})
    return uri


def labels(uri, line, character):
    r = request("textDocument/completion", {"textDocument": {"uri": uri},
                                            "position": {"line": line + 1, "character": character}})
    items = r["items"] if isinstance(r, dict) else r
    return sorted(i["label"] for i in items)


out = {}
types = open_doc("types.yaml", "stack: s\nresources:\n  fs:\n    type: awscc.efs.\n")
started = time.time()
out["type_labels"] = [l for l in labels(types, 3, len("    type: awscc.efs.")) if l.startswith("awscc.efs.")]
out["first_answer_seconds"] = round(time.time() - started, 2)
# the server's CPU to then (its start included), which the machine's load
# moves less than the wall clock
with open("/proc/%d/stat" % proc.pid) as f:
    fields = f.read().rsplit(")", 1)[1].split()
out["first_answer_cpu_seconds"] = round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)
archive = open_doc("archive.yaml", "stack: s\nresources:\n  a:\n    type: awscc.events.archive\n    \n")
out["archive_labels"] = labels(archive, 4, 4)
queue = open_doc("queue.yaml", "stack: s\nresources:\n  q:\n    type: aws.sqs.queue\n    \n")
out["queue_labels"] = labels(queue, 4, 4)
bad = open_doc("bad.yaml", "stack: s\nresources:\n  a:\n    type: awscc.events.archive\n"
               "    source_arn: arn:aws:events:us-east-1:123456789012:event-bus/default\n"
               "    retention_days: many\n")
out["diagnostics"] = [{"line": d["range"]["start"]["line"] - 1, "message": d["message"]}
                      for d in diagnostics(bad)]
hover = request("textDocument/hover", {"textDocument": {"uri": bad},
                                       "position": {"line": 6, "character": 8}})
contents = (hover or {}).get("contents")
out["hover"] = contents.get("value") if isinstance(contents, dict) else json.dumps(contents)
request("shutdown", None)
send({"jsonrpc": "2.0", "method": "exit"})
proc.wait(timeout=10)
print(json.dumps(out, indent=1))
