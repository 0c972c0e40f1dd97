"""tests/servers/moto_run.py: start moto's server with terrace's test patches.

moto lacks a few operations that AWS has (Glue's UpdateJob, for one). The
files in moto_patches/ add them, each written from the AWS API reference;
they change what moto answers, never what terrace sends. Every *.py file in
moto_patches/ is imported before the server starts, in name order; each
registers its handlers on import.

The server binds a port the kernel picks and, once it listens, writes that
port to PORT_FILE (written whole, then renamed into place). Nothing else can
take the port between choosing and binding it, and a caller that reads the
file knows it talks to this server, not to another test's that happened to
be handed the same number.

Usage: python3 tests/servers/moto_run.py [-H HOST] --port-file PORT_FILE
"""
import argparse
import importlib.util
import os
import pathlib
import signal
import sys

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server

patches = pathlib.Path(__file__).resolve().parent / "moto_patches"
for path in sorted(patches.glob("*.py")):
    spec = importlib.util.spec_from_file_location("terrace_moto_patch_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)


def main():
    parser = argparse.ArgumentParser(description="moto's server with terrace's test patches")
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("--port-file", required=True)
    args = parser.parse_args()

    app = DomainDispatcherApplication(create_backend_app)
    app.debug = True  # as moto.server does: errors answered with their traceback
    server = make_server(args.host, 0, app, threaded=True)
    port = server.server_port
    # moto builds some URLs it returns (queue URLs, for one) from MOTO_PORT.
    os.environ["MOTO_PORT"] = str(port)

    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{port}\n")
    os.replace(tmp, args.port_file)
    print(f"moto listening on {args.host}:{port}", file=sys.stderr, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
