"""tests/servers/moto_run.py: start moto's server with terrace's test patches.

moto lacks a few operations that AWS has (Glue's UpdateJob, for one). The
files in moto_patches/ add them, each written from the AWS API reference;
they change what moto answers, never what terrace sends. Every *.py file in
moto_patches/ is imported before the server starts, in name order; each
registers its handlers on import.

Usage: python3 tests/servers/moto_run.py -H 127.0.0.1 -p PORT (moto.server's
own arguments).
"""
import importlib.util
import pathlib
import sys

from moto import server

patches = pathlib.Path(__file__).resolve().parent / "moto_patches"
for path in sorted(patches.glob("*.py")):
    spec = importlib.util.spec_from_file_location("terrace_moto_patch_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

if __name__ == "__main__":
    server.main(sys.argv[1:])
