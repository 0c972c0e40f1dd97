#!/usr/bin/env python3
"""tests/unit/check_one_reader.py: what a user names as input is opened in one place.

    tests/unit/check_one_reader.py [ROOT]

A template, a .tf file, -existing, a stack file, a -var-file, the file of a
file() call, a file `terrace fmt` is given: each is opened by
provider/base/input_file.c, which reads a regular file only and names what
else the path is (issue 88 point 6: a FIFO given as any of them waited for a
writer forever, with no message, through each reader's own fopen). A read
open (fopen, open, json_load_file) in the files that read them, all of
stacks/ and the commands below, is such a reader written again. Writes
(fopen "w", open O_WRONLY, O_CREAT) and folders (opendir) are not reads.
A state (and a plan file, read by the same plan/encrypt.c) is terrace's own
and may be read through a pipe (t0493): not scanned. Exit 1 naming each
FILE:LINE.
"""
import pathlib
import re
import subprocess
import sys

READERS = ("stacks/*.c", "cmd/convert.c", "cmd/fmt.c", "cmd/validate.c")
THE_PLACE = "provider/base/input_file.c"
READ = re.compile(r'\bjson_load_file\s*\(|\bfopen\s*\([^;]*"r|\bopen\s*\((?![^;]*O_(WRONLY|CREAT))')


def main(argv):
    root = pathlib.Path(argv[1] if len(argv) > 1 else ".")
    files = subprocess.run(["git", "-C", str(root), "ls-files", "--"] + list(READERS),
                           capture_output=True, text=True, check=True).stdout.split()
    found = []
    for f in files:
        text = (root / f).read_text(errors="replace")
        for n, line in enumerate(text.splitlines(), 1):
            if READ.search(line) and not line.lstrip().startswith(("*", "/*", "//")):
                found.append("%s:%d" % (f, n))
    for where in found:
        print("check_one_reader: %s opens a file to read itself: read it with "
              "input_file_read (%s)" % (where, THE_PLACE.replace(".c", ".h")), file=sys.stderr)
    print("check_one_reader: %d C files, %d reads outside %s" % (len(files), len(found),
                                                                 THE_PLACE))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
