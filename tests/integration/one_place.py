#!/usr/bin/env python3
"""one_place.py: the scans behind t0003-one-place.sh, over the providers'
C sources (provider/). Each prints FILE:LINE: WHAT for everything it
finds, and exits 1 when it finds any.

  waits    a wait or a retry anywhere in provider/ outside the one place
           each kind of wait has: AWS's timing engine (aws/transport/
           client.c, timing.c, wait.c, and pace.c, the client's pacing), the
           ssh provider's wait for a host to answer SSH (ssh/conn.c's
           wait_for_ssh), and a build's wait for another's build lock
           (build/build.c):
           - a call of sleep, usleep, nanosleep or clock_nanosleep;
           - a retry loop: a for, while or do loop whose condition (or
             for header) names an attempt counter (an identifier holding
             "attempt", "retry", "retries" or "tries") and whose body calls
             AWS (aws_send, or a function whose name ends in _call or holds
             _call_: ec2_call, aws_json_call_codes, s3_call, ...) or sleeps
             (a sleep above, or a function of the same file that has one).
           A loop over an attempt counter that calls nothing (a password
           drawn again) is not a retry.
  checks   a check of an attribute outside the one table of checks
           (checks/row.h): in a type's file (a .c file of provider/aws/
           and its service folders, but the transport's, the checks' own
           room checks/, the services' rules*.c, and provider.c, whose checks are of
           the provider's configuration), a message written
           into err that says what a value must be: "... must be set",
           "... must be ...", "... must not ...", "a rule needs ...".
           Such a check is a row of the table, run at validate, plan and
           apply before the request.

  one_place.py waits|checks [ROOT]   ROOT: where provider/ is (default: the
                                     repository holding this script)

Comments and string literals are blanked before the code is read (the
checks scan reads the literals themselves), so a comment naming sleep() is
not a sleep.
"""
import os
import re
import sys

ENGINE = {"aws/transport/client.c", "aws/transport/timing.c", "aws/transport/wait.c",
          "aws/transport/pace.c", "ssh/conn.c", "build/build.c"}
SLEEP = re.compile(r"\b(sleep|usleep|nanosleep|clock_nanosleep)\s*\(")
COUNTER = re.compile(r"attempt|retry|retries|tries", re.I)
AWS_CALL = re.compile(r"\b(aws_send|\w+_call|\w+_call_\w+)\s*\(")
LOOP = re.compile(r"\b(for|while|do)\b")
CHECK_MESSAGE = re.compile(r"\bmust (be|not)\b|\ba rule needs\b")
ADD_TO_ERR = re.compile(r"\bstrbuf_add(f|str)\s*\(\s*err\s*,")


def blank(src, keep_strings=False):
    """src with comments (and string and character literals, unless
    keep_strings) replaced by spaces, newlines kept."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            j += 1
            out.append(src[i:j] if keep_strings else c + " " * (j - i - 2) + c)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def matching(code, i, open_c, close_c):
    """The index just past the bracket closing the one at code[i]."""
    depth = 0
    for j in range(i, len(code)):
        if code[j] == open_c:
            depth += 1
        elif code[j] == close_c:
            depth -= 1
            if depth == 0:
                return j + 1
    return len(code)


def statement_end(code, i):
    """The end of the statement starting at or after i: a block, or up to ;"""
    while i < len(code) and code[i].isspace():
        i += 1
    if i < len(code) and code[i] == "{":
        return matching(code, i, "{", "}")
    depth = 0
    for j in range(i, len(code)):
        if code[j] in "([{":
            depth += 1
        elif code[j] in ")]}":
            depth -= 1
        elif code[j] == ";" and depth == 0:
            return j + 1
    return len(code)


def line_of(code, i):
    return code.count("\n", 0, i) + 1


def sleepers(code):
    """The functions defined in code that call a sleep."""
    names = set()
    for m in re.finditer(r"^[A-Za-z_][\w \t\*]*?\b(\w+)\s*\([^;{]*\)\s*\{", code, re.M):
        body = code[m.end() - 1:matching(code, m.end() - 1, "{", "}")]
        if SLEEP.search(body):
            names.add(m.group(1))
    return names


def retry_loops(code):
    """(offset, text) of each retry loop in code (comments and literals
    blanked)."""
    found = []
    sleeps = [SLEEP] + [re.compile(r"\b%s\s*\(" % n) for n in sleepers(code)]
    for m in LOOP.finditer(code):
        kw, at = m.group(1), m.end()
        if kw == "do":
            body_end = statement_end(code, at)
            w = re.compile(r"\s*while\s*\(").match(code, body_end)
            if not w:
                continue
            head = code[w.end() - 1:matching(code, w.end() - 1, "(", ")")]
            body = code[at:body_end]
        else:
            p = code.find("(", at)
            if p < 0 or code[at:p].strip():
                continue
            head_end = matching(code, p, "(", ")")
            head = code[p:head_end]
            body = code[head_end:statement_end(code, head_end)]
            # the while of a do ... while (...); is not a loop of its own
            if kw == "while" and code[head_end:].lstrip().startswith(";"):
                continue
        if COUNTER.search(head) and (AWS_CALL.search(body) or
                                     any(rx.search(body) for rx in sleeps)):
            found.append((m.start(), "a retry loop: %s %s" % (kw, " ".join(head.split()))))
    return found


def sources(root, sub="aws"):
    base = os.path.join(root, "provider", *([sub] if sub else []))
    for folder, _, names in os.walk(base):
        for name in sorted(names):
            if name.endswith((".c", ".h")):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, base), path


def scan_waits(root):
    found = []
    for rel, path in sources(root, None):
        if rel in ENGINE:
            continue
        code = blank(open(path, encoding="utf-8").read())
        for m in SLEEP.finditer(code):
            found.append((path, line_of(code, m.start()), "a sleep: %s()" % m.group(1)))
        for at, what in retry_loops(code):
            found.append((path, line_of(code, at), what))
    return found


def scan_checks(root):
    found = []
    for rel, path in sources(root):
        name = os.path.basename(rel)
        if (rel.startswith(("transport/", "checks/")) or name.startswith("rules")
                or not name.endswith(".c")
                or name == "provider.c"):
            continue
        code = blank(open(path, encoding="utf-8").read(), keep_strings=True)
        for m in ADD_TO_ERR.finditer(code):
            p = code.find("(", m.start())
            call = code[p:matching(code, p, "(", ")")]
            text = "".join(re.findall(r'"((?:\\.|[^"\\])*)"', call))
            if CHECK_MESSAGE.search(text):
                found.append((path, line_of(code, m.start()),
                              "a check outside the table: \"%s\"" % text))
    return found


def main(argv):
    if len(argv) < 2 or argv[1] not in ("waits", "checks"):
        sys.stderr.write("usage: one_place.py waits|checks [ROOT]\n")
        return 2
    root = argv[2] if len(argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..")
    found = (scan_waits if argv[1] == "waits" else scan_checks)(root)
    for path, line, what in found:
        print("%s:%d: %s" % (os.path.relpath(path, root), line, what))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
