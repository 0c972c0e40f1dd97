#!/usr/bin/env python3
"""fit-tables.py: the manual page go-md2man writes (stdin), made to fit an
80-column terminal (stdout), as `make man` builds build/terrace.1.

go-md2man gives each table's columns the width of their longest cell (a
long one as a text block, which tbl sizes at a share of the line), so the
tables of docs/cli.md came out wider than the line and troff warned
("table wider than line width"), and paragraphs were justified around long
unbreakable words ("cannot adjust line"). Here:
  - a long word in a cell (an ARN, a path, GetAccountAuthorizationDetails)
    may break after / : _ , . = @ - and between camel case's words (troff's
    \\:);
  - every cell becomes a text block (T{ ... T}) and every column gets a
    width, w(N): a column whose longest cell fits its share of the line
    keeps that width; the others share what is left by their length, none
    narrower than its longest word; the table's borders and gaps counted;
  - the page is set ragged right (.ad l), as most manual pages are;
  - a line of text that starts with a dot ("...") is kept as text (\\&),
    where troff took it for an unknown request and dropped it;
  - a character beyond ASCII (the plan's "→") is written as groff's escape
    of its code point (\\[u2192]), which troff reads whatever the input's
    encoding, where it warned of the UTF-8 bytes as invalid input.

    docs/man/fit-tables.py [--width COLUMNS] <page.1 >fitted.1

COLUMNS: the terminal's (80); the text of a page is that less the margin
man(1) keeps (2) and the indent of a section's text (7).
"""
import re
import sys

ESCAPE = re.compile(r"\\f(\[[^]]*\]|\(..|.)|\\\[[^]]*\]|\\\(..|\\.")


def visible(text):
    """The width a terminal gives troff text: escapes as one character or
    none (fonts)."""
    text = re.sub(r"\\f(\[[^]]*\]|\(..|.)|\\[:&]", "", text)
    return len(ESCAPE.sub("x", text))


BREAK_AFTER = "/:_,.=@-"
LONG = 16


def breakable(text):
    """text with troff's optional break (\\:) after each of BREAK_AFTER, and
    inside a word written in camel case, in its words longer than LONG (an
    ARN, a path, a list of flags, an API call's name), so a narrow column
    can wrap them; escapes kept whole."""
    out = []
    for word in re.split(r"( +)", text):
        if visible(word) <= LONG:
            out.append(word)
            continue
        i = 0
        while i < len(word):
            m = ESCAPE.match(word, i) if word[i] == "\\" else None
            if m:
                out.append(m.group(0))
                i = m.end()
                continue
            out.append(word[i])
            if i + 1 < len(word) and (word[i] in BREAK_AFTER or
                                      (word[i].islower() and word[i + 1].isupper())):
                out.append("\\:")
            i += 1
    return "".join(out)


def parse_rows(body):
    """A tbl body's lines as rows of cells, each cell a list of lines."""
    rows, cells, i = [], [], 0
    while i < len(body):
        rest = body[i]
        i += 1
        while True:
            if rest.startswith("T{"):
                block = []
                while not body[i].startswith("T}"):
                    block.append(body[i])
                    i += 1
                cells.append(block)
                rest = body[i][2:]
                i += 1
                if rest.startswith("\t"):
                    rest = rest[1:]
                    continue
                break
            head, tab, rest = rest.partition("\t")
            cells.append([head])
            if not tab:
                break
        rows.append(cells)
        cells = []
    return rows


def widths(rows, room):
    """Each column's width in ens, together at most room."""
    n = max(len(r) for r in rows)
    longest = [0] * n
    word = [1] * n
    for r in rows:
        for k, cell in enumerate(r):
            text = " ".join(cell)
            longest[k] = max(longest[k], visible(text))
            for w in re.split(r" +|\\:", text):
                word[k] = max(word[k], visible(w))
    out = [0] * n
    left = list(range(n))
    space = room
    # Columns that fit their share keep their length, until none does.
    while left:
        share = space // len(left)
        fits = [k for k in left if longest[k] <= share]
        if not fits:
            break
        for k in fits:
            out[k] = max(longest[k], word[k])
            space -= out[k]
            left.remove(k)
    # The others by their length, none narrower than its longest word.
    while left:
        total = sum(longest[k] for k in left)
        narrow = [k for k in left if word[k] > space * longest[k] // max(total, 1)]
        if not narrow:
            break
        for k in narrow:
            out[k] = word[k]
            space -= out[k]
            left.remove(k)
    total = sum(longest[k] for k in left)
    for k in left:
        out[k] = max(1, space * longest[k] // max(total, 1))
    return out


def fit_table(lines, room):
    """One table (.TS to .TE, both included) with widths that fit."""
    options, j = lines[1], 2
    while not lines[j].rstrip().endswith("."):
        j += 1
    rows = [[[breakable(line) for line in cell] for cell in r]
            for r in parse_rows(lines[j + 1:-1])]
    n = max(len(r) for r in rows)
    boxed = "box" in options
    # tbl's gap between columns (3n), and a box's two sides.
    w = widths(rows, room - 3 * (n - 1) - (4 if boxed else 0))
    out = [".TS", options, " ".join("lw(%dn)" % x for x in w) + " ."]
    for r in rows:
        out.append("\t".join("T{\n%s\nT}" % "\n".join(c) for c in r))
    out.append(".TE")
    return out


def main(argv):
    columns = 80
    if len(argv) == 3 and argv[1] == "--width":
        columns = int(argv[2])
    elif len(argv) != 1:
        sys.stderr.write("usage: fit-tables.py [--width COLUMNS] <page.1 >fitted.1\n")
        return 2
    room = columns - 2 - 7
    lines = sys.stdin.read().split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i] == ".TS":
            end = lines.index(".TE", i)
            out.extend(fit_table(lines[i:end + 1], room))
            i = end + 1
            continue
        # A line of text go-md2man starts with a dot ("...), or ...") is
        # text, not a request troff would drop.
        out.append("\\&" + lines[i] if re.match(r"[.'][^A-Za-z\\]", lines[i]) else lines[i])
        if lines[i].startswith(".TH "):
            out.append(".ad l")
        i += 1
    page = "\n".join(out)
    sys.stdout.write(re.sub(r"[^\x00-\x7f]", lambda m: "\\[u%04X]" % ord(m.group()), page))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
