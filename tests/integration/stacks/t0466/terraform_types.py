#!/usr/bin/env python3
"""t0466/terraform_types.py: what real Terraform makes of a value given to
a typed variable, written to terraform_types.json beside this file, which
t0466-typed-variables.sh then holds terrace to.

    tests/integration/stacks/t0466/terraform_types.py [--terraform PATH]

For each case (a type constraint, the text given with -var), a root module
with one variable of that type and no provider is asked, through
`terraform console -var v=TEXT`, for jsonencode(var.v); the row records the
JSON result, or "error" with the first line of Terraform's refusal. Nothing
but terraform is run (TF_CLI_CONFIG_FILE is an empty file, so no plugin is
fetched). Run it again when the cases change and commit both files.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

# (type constraint, -var text)
CASES = [
    ("string", "hello"),
    ("string", "5"),
    ("number", "5"),
    ("number", "1.5"),
    ("number", "-3"),
    ("number", "1e3"),
    ("number", "0x10"),
    ("number", "big"),
    ("number", " 5"),
    ("number", "+5"),
    ("number", ".5"),
    ("number", "5."),
    ("number", "-.5"),
    ("number", "1E2"),
    ("number", "1_000"),
    ("number", "5e"),
    ("number", "5 "),
    ("bool", "true"),
    ("bool", "false"),
    ("bool", "yes"),
    ("bool", "1"),
    ("list(string)", '["a", "b"]'),
    ("list(string)", '["a", 1, true]'),
    ("list(string)", '["a", null]'),
    ("list(string)", '"a"'),
    ("list(string)", '{a = "b"}'),
    ("list(number)", '[1, "2", 3.5]'),
    ("list(number)", '[1, "two"]'),
    ("list(bool)", '["true", false]'),
    ("list(any)", '["a", 1]'),
    ("list(any)", '[1, 2]'),
    ("list(any)", '[1, true]'),
    ("list(any)", '[[1], [2, 3]]'),
    ("set(string)", '["b", "a", "b"]'),
    ("set(number)", '[10, 2, 2, 1.5]'),
    ("set(string)", '["10", "9", "a", "B"]'),
    ("set(bool)", '[true, false, true]'),
    ("map(string)", '{a = "x", b = 2}'),
    ("map(number)", '{a = 1, b = "2"}'),
    ("map(number)", '{a = 1, b = "x"}'),
    ("map(string)", '["a"]'),
    ("map(any)", '{a = 1, b = "x"}'),
    ("map(list(number))", '{a = [1, "2"], b = []}'),
    ("object({name = string, size = optional(number, 10)})", '{name = "n"}'),
    ("object({name = string, size = optional(number, 10)})", '{name = "n", size = "7"}'),
    ("object({name = string, size = optional(number, 10)})", '{name = "n", size = null}'),
    ("object({name = string, size = optional(number, 10)})", '{size = 3}'),
    ("object({name = string, size = optional(number, 10)})", '{name = "n", size = "big"}'),
    ("object({name = string, size = optional(number, 10)})", '{name = "n", extra = true}'),
    ("object({name = string, tags = optional(map(string))})", '{name = 5}'),
    ("object({name = string, tags = optional(map(string), {})})", '{name = "n"}'),
    ("object({a = object({b = optional(list(number), [1, 2])})})", '{a = {}}'),
    ("object({a = object({b = number})})", '{a = {b = "x"}}'),
    ("tuple([string, number, bool])", '["a", "2", "true"]'),
    ("tuple([string, number])", '["a"]'),
    ("tuple([string, number])", '["a", "b"]'),
    ("list(object({port = number, cidr = optional(string, \"10.0.0.0/8\")}))",
     '[{port = 80}, {port = "443", cidr = "0.0.0.0/0"}]'),
    ("list(object({port = number}))", '[{port = 80}, {port = "x"}]'),
    ("any", '{a = [1, 2]}'),
    ("set(list(string))", '[["b"], ["a"], ["b"]]'),
    ("string", "null"),
    ("string", "true"),
    ("number", "007"),
    ("bool", "0"),
    ("list(string)", "null"),
    ("object({name = string})", "null"),
    ("any", "hello"),
    ("map(string)", '{"a b" = 1}'),
    ("set(any)", '["b", 1]'),
    ("list(any)", '[{a = 1}, {a = 2}]'),
    ("list(list(string))", '[["a", 1], []]'),
    ("map(object({size = optional(number, 1)}))", '{x = {}, y = {size = 5}}'),
]


def run_case(tf, workdir, type_text, value):
    with open(os.path.join(workdir, "main.tf"), "w") as f:
        f.write('variable "v" {\n  type = %s\n}\n' % type_text)
    p = subprocess.run([tf, "console", "-var", "v=" + value], cwd=workdir,
                       input="jsonencode(var.v)\n", capture_output=True, text=True)
    if p.returncode == 0:
        return {"value": json.loads(json.loads(p.stdout.strip()))}
    # Terraform's refusal, without colours and boxes (console then
    # crashes on the variable it refused: the panic after it is not kept).
    text = re.sub(r"\x1b\[[0-9;]*m", "", p.stderr)
    text = text.split("!!!!")[0]
    text = " ".join(l.strip(" │╷╵") for l in text.splitlines())
    m = re.search(r'set using -var="v=\.\.\.": (.*?)\.?\s*$', text.strip())
    detail = m.group(1) if m else " ".join(text.split())
    return {"error": detail}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--terraform", default="terraform")
    args = ap.parse_args()
    out = []
    with tempfile.TemporaryDirectory() as workdir:
        rc = os.path.join(workdir, "empty.tfrc")
        open(rc, "w").close()
        os.environ["TF_CLI_CONFIG_FILE"] = rc
        os.environ["TF_IN_AUTOMATION"] = "1"
        ver = subprocess.run([args.terraform, "version", "-json"], capture_output=True, text=True)
        version = json.loads(ver.stdout)["terraform_version"]
        for type_text, value in CASES:
            row = {"type": type_text, "given": value}
            row.update(run_case(args.terraform, workdir, type_text, value))
            out.append(row)
            print(json.dumps(row), file=sys.stderr)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "terraform_types.json"), "w") as f:
        json.dump({"terraform": version, "cases": out}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
