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

With TERRACE_REQUEST_LOG set to a folder, every request terrace sends (its
User-Agent is "terrace") is also written there, one JSON line each (method,
path, query, the headers that choose an operation, the SigV4 credential
scope and the body), for tests/contract/check.py to hold against the AWS
API models. Requests of other clients (the aws CLI that tests use to look)
are not recorded.

With TERRACE_MOTO_CPU set to a folder, the server writes there, when it
stops, moto-PID.cpu: its requests, the CPU seconds they took in the threads
that served them, and the whole process's (user and system) from start to
stop. With TERRACE_MOTO_PROFILE set to a folder, it also profiles itself
(cProfile, per connection, in the thread that serves it, counting that
thread's CPU time) and writes there moto-PID.prof (pstats, every connection's profile added
up) and moto-PID.cpu. For finding where a file's moto CPU goes (docs/testing.md, "The suite's
time"); a profiled server is about twice as slow.

With MOTO_UNPATCHED set, moto_patches/ is not imported: moto as released.

Usage: python3 tests/servers/moto_run.py [-H HOST] --port-file PORT_FILE
"""
import argparse
import base64
import importlib.util
import io
import json
import os
import pathlib
import urllib.parse
import signal
import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server

import moto_speed  # noqa: E402,F401 (moto's per-request waste cached)

# With MOTO_UNPATCHED set (start_moto MOTO_UNPATCHED=1), none of them:
# moto as released, where a missing operation answers HTTP 500, so a test
# sees what terrace does on an endpoint without a call it makes (t1641).
patches = pathlib.Path(__file__).resolve().parent / "moto_patches"
for path in [] if os.environ.get("MOTO_UNPATCHED") else sorted(patches.glob("*.py")):
    spec = importlib.util.spec_from_file_location("terrace_moto_patch_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)


class RequestRecorder:
    """WSGI middleware: terrace's requests, one JSON line each, in a file of
    this server's own under `folder` (several test servers share a folder)."""

    # Bodies above this are recorded by length only (S3 object contents).
    BODY_LIMIT = 256 * 1024

    def __init__(self, app, folder):
        self.app = app
        self.lock = threading.Lock()
        os.makedirs(folder, exist_ok=True)
        self.path = os.path.join(folder, f"moto-{os.getpid()}.jsonl")

    def __call__(self, environ, start_response):
        if not environ.get("HTTP_USER_AGENT", "").startswith("terrace"):
            return self.app(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        record = {
            "method": environ["REQUEST_METHOD"],
            "path": self.wire_path(environ),
            "query": environ.get("QUERY_STRING", ""),
            "content_type": environ.get("CONTENT_TYPE", ""),
            "target": environ.get("HTTP_X_AMZ_TARGET", ""),
            "scope": self.scope(environ.get("HTTP_AUTHORIZATION", "")),
            "headers": {k[5:].lower().replace("_", "-"): v for k, v in environ.items()
                        if k.startswith("HTTP_X_AMZ_") and k not in
                        ("HTTP_X_AMZ_SECURITY_TOKEN", "HTTP_X_AMZ_CONTENT_SHA256",
                         "HTTP_X_AMZ_DATE")},
            "body_length": len(body),
        }
        if len(body) <= self.BODY_LIMIT:
            try:
                record["body"] = body.decode("utf-8")
            except UnicodeDecodeError:
                record["body_base64"] = base64.b64encode(body).decode()
        line = json.dumps(record) + "\n"
        # Opened per request: a test may move the file away meanwhile (t0099).
        with self.lock, open(self.path, "a") as f:
            f.write(line)
        return self.app(environ, start_response)

    @staticmethod
    def wire_path(environ):
        """The path as it came on the wire (RAW_URI, still encoded: a URI label
        holding an encoded '/', Batch's /v1/tags/{resourceArn}, stays one
        label), else PATH_INFO (decoded)."""
        raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
        if raw:
            return urllib.parse.urlsplit(raw).path
        return environ.get("PATH_INFO", "")

    @staticmethod
    def scope(authorization):
        """"us-east-1/iam" from an Authorization header's credential scope."""
        marker = "Credential="
        at = authorization.find(marker)
        if at < 0:
            return ""
        parts = authorization[at + len(marker):].split(",")[0].split("/")
        return "/".join(parts[2:4]) if len(parts) >= 5 else ""


class Profiler:
    """TERRACE_MOTO_CPU, TERRACE_MOTO_PROFILE: the CPU each connection took,
    and with profile, each served under a cProfile of its own (one profiler
    cannot follow several threads), added up at stop."""

    def __init__(self, server, folder, profile):
        import cProfile
        import pstats
        import time
        self.cProfile, self.pstats, self.time = cProfile, pstats, time
        self.folder = folder
        self.profile = profile
        self.lock = threading.Lock()
        self.stats = None
        self.requests = 0
        self.thread_cpu = 0.0
        self.start_cpu = os.times()
        # Out of the test file's process group, which run.sh kills as the
        # file ends: the profile is written when the server stops.
        os.setpgid(0, 0)
        inner = server.process_request_thread

        def process_request_thread(request, client_address):
            profile = self.cProfile.Profile(self.time.thread_time) if self.profile else None
            cpu = self.time.thread_time()
            if profile:
                profile.enable()
            try:
                inner(request, client_address)
            finally:
                cpu = self.time.thread_time() - cpu
                stats = None
                if profile:
                    profile.disable()
                    stats = self.pstats.Stats(profile)
                with self.lock:
                    self.thread_cpu += cpu
                    if stats is not None and self.stats is not None:
                        self.stats.add(stats)
                    elif stats is not None:
                        self.stats = stats

        server.process_request_thread = process_request_thread

    def wrap(self, app):
        def counted(environ, start_response):
            with self.lock:
                self.requests += 1
            return app(environ, start_response)
        return counted

    def write(self):
        end = os.times()
        base = os.path.join(self.folder, f"moto-{os.getpid()}")
        with self.lock:
            if self.stats is not None:
                self.stats.dump_stats(base + ".prof")
        process = (end.user - self.start_cpu.user) + (end.system - self.start_cpu.system)
        with open(base + ".cpu", "w") as f:
            f.write(f"requests {self.requests}\nthreads_cpu {self.thread_cpu:.3f}\n"
                    f"process_cpu {process:.3f}\ncwd {os.environ.get('PWD', '')}\n")


# Called by moto_zygote.py's child before it exits (and by main() when the
# server stops): what must be written at stop.
at_stop = []


def stop():
    while at_stop:
        try:
            at_stop.pop()()
        except Exception as e:
            print(f"moto_run.py: at stop: {e!r}", file=sys.stderr, flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="moto's server with terrace's test patches")
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("--port-file", required=True)
    return parser.parse_args(argv)


def main(args=None):
    """Serve until SIGTERM (moto_zygote.py calls this in a forked child)."""
    if args is None:
        args = parse_args()
    app = DomainDispatcherApplication(create_backend_app)
    app.debug = True  # as moto.server does: errors answered with their traceback
    served = app
    if os.environ.get("TERRACE_REQUEST_LOG"):
        served = RequestRecorder(app, os.environ["TERRACE_REQUEST_LOG"])
    server = make_server(args.host, 0, served, threaded=True)
    folder = os.environ.get("TERRACE_MOTO_PROFILE") or os.environ.get("TERRACE_MOTO_CPU")
    if folder:
        os.makedirs(folder, exist_ok=True)
        profiler = Profiler(server, folder, bool(os.environ.get("TERRACE_MOTO_PROFILE")))
        server.app = profiler.wrap(server.app)
        at_stop.append(profiler.write)
    port = server.server_port
    # moto builds some URLs it returns (queue URLs, for one) from MOTO_PORT.
    os.environ["MOTO_PORT"] = str(port)

    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{port}\n")
    os.replace(tmp, args.port_file)
    print(f"moto listening on {args.host}:{port}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    finally:
        stop()


if __name__ == "__main__":
    main()
