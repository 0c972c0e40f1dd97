"""tests/corpus/heldout5/gen/build.py: writes cases/NAME/{stack.yaml,fixed.yaml,case.txt} (and a
case's own files: a local module under mod/, a function's handler.py) from gen1.py (written aws.*
types) and gen2.py (awscc.* types).

Run from this folder: python3 build.py ../cases. Each case's template gets its bad value
(stack.yaml) and its good value (fixed.yaml). DROP lists the cases written but left out, with
the reason for each, chosen before the first measure (no case is dropped or changed for its
verdict)."""
import os, shutil, sys
C = []
for g in ('gen1.py', 'gen2.py'):
    exec(open(g).read())
DROP = {
}
out = sys.argv[1]
names = [c[0] for c in C]
assert len(names) == len(set(names)), 'duplicate case names'
assert set(DROP) <= set(names), set(DROP) - set(names)
if os.path.isdir(out):
    shutil.rmtree(out)
n = 0
for (name, svc, typ, cons, arrival, source, quote, kw, tmpl, bad, good, extra) in C:
    if name in DROP:
        continue
    d = os.path.join(out, name)
    os.makedirs(d)
    def fill(v):
        # a value is a string for @V@, or a pair for @V@ and @F@ (a second line it brings)
        if isinstance(v, tuple):
            return tmpl.replace('@V@', v[0]).replace('@F@', v[1])
        return tmpl.replace('@V@', v)
    open(os.path.join(d, 'stack.yaml'), 'w').write('stack: h5\n' + fill(bad))
    open(os.path.join(d, 'fixed.yaml'), 'w').write('stack: h5\n' + fill(good))
    for path, text in extra.items():
        os.makedirs(os.path.dirname(os.path.join(d, path)) or d, exist_ok=True)
        open(os.path.join(d, path), 'w').write(text)
    open(os.path.join(d, 'case.txt'), 'w').write(
        f'service: {svc}\ntype: {typ}\nconstraint: {cons}\nvalue arrives: {arrival}\nsource: {source}\nAWS says: {quote}\nkeywords: {kw}\n')
    n += 1
print(n, 'cases')
