"""tests/servers/moto_zygote.py: moto servers without moto's import time.

Importing moto and the patches in moto_patches/ takes about three seconds of
CPU, which every test file paid once per moto it started (and ten to twenty
seconds of wall time on a loaded machine, before its first step). The
zygote imports them once for a whole run; each moto a file asks for is a
forked child of it, fresh: no request was ever served before the fork, so
no backend holds anything.

    python3 moto_zygote.py serve SOCKET
        import moto_run.py (moto and the patches), then listen on the unix
        socket SOCKET (tests/integration/run.sh starts one per run).
    python3 -I -S moto_zygote.py start SOCKET ARGS...
        what `python3 moto_run.py ARGS...` does, through the zygote: this
        process's environment and working directory, its stdout and stderr
        (the server's log), and its process group go to the child, which
        lives as long as this process does (when it ends, so does the
        child). If the zygote is not there, or the environment configures
        moto differently from the zygote's own (moto and the patches read
        MOTO_* variables as they are imported, but for CALL_TIME_NAMES),
        this process runs moto_run.py itself instead.
"""
import json
import os
import socket
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Read by moto (moto/settings.py) or a patch as they are imported; a child
# of the zygote sees the zygote's. INITIAL_NO_AUTH_ACTION_COUNT is set again
# in the child, as moto's settings module would read it.
IMPORT_TIME_PREFIXES = ("MOTO_",)
IMPORT_TIME_NAMES = {"TEST_SERVER_MODE", "DEFAULT_CONTAINER_REGISTRY",
                     "S3_IGNORE_SUBDOMAIN_BUCKETNAME", "TESTS_SKIP_REQUIRES_DOCKER",
                     "S3_UPLOAD_PART_MIN_SIZE"}


# Read when a request is served, not at import (by moto/settings.py's
# functions or the patches), so a child takes them from the environment it
# is handed: a file that sets them still gets a fork.
CALL_TIME_NAMES = {"MOTO_PORT", "MOTO_IAM_LOAD_MANAGED_POLICIES", "MOTO_STAND_IN_PUBLIC_IP",
                   "MOTO_STAND_IN_HOST_KEYS", "MOTO_IAM_PAGE_CAP", "MOTO_SLOW_PREFIX",
                   "MOTO_RDS_CREATING_SECONDS", "MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS",
                   "MOTO_CLOUDCONTROL_THROTTLE", "MOTO_CLOUDCONTROL_STALE_READS",
                   "MOTO_CLOUDCONTROL_CREATE_FAIL", "MOTO_CLOUDCONTROL_PENDING_POLLS"}


def import_time_env(environ):
    return {k: v for k, v in environ.items()
            if (k.startswith(IMPORT_TIME_PREFIXES) or k in IMPORT_TIME_NAMES)
            and k not in CALL_TIME_NAMES}


def read_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError("connection closed")
        data += chunk
    return data


def run_plain(args):
    script = os.path.join(HERE, "moto_run.py")
    os.execv(sys.executable, [sys.executable, script] + args)


def start(path, args):
    req = json.dumps({"argv": args, "env": dict(os.environ), "cwd": os.getcwd(),
                      "pgid": os.getpgid(0)}).encode()
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
        socket.send_fds(conn, [struct.pack("!I", len(req))], [1, 2])
        conn.sendall(req)
        answer = read_exact(conn, 1)
    except (OSError, EOFError):
        answer = b"n"
    if answer != b"y":
        conn.close()
        run_plain(args)
    # The child serves until this process ends (servers_stop, or the test
    # file's process group killed): it watches this connection.
    try:
        while conn.recv(1):
            pass
    except OSError:
        pass
    sys.exit(1)  # the child ended first


def child(conn, req, fds):
    import random
    import threading
    import moto_run
    from moto import settings
    from moto.moto_api._internal import mock_random

    os.setpgid(0, req["pgid"])
    for target, fd in zip((1, 2), fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(req["cwd"])
    os.environ.clear()
    os.environ.update(req["env"])
    settings.INITIAL_NO_AUTH_ACTION_COUNT = float(
        os.environ.get("INITIAL_NO_AUTH_ACTION_COUNT", float("inf")))
    random.seed()
    mock_random.seed()
    args = moto_run.parse_args(req["argv"])
    conn.sendall(b"y")

    def watch():
        try:
            while conn.recv(1):
                pass
        except OSError:
            pass
        moto_run.stop()
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    moto_run.main(args)


def serve(path):
    import gc
    import signal
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    import moto_run  # noqa: F401 (moto and the patches, imported once here)
    import moto_speed
    moto_speed.preload()  # the models every fork would load again

    own = import_time_env(os.environ)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.unlink(tmp)
    listener.bind(tmp)
    listener.listen(16)
    os.rename(tmp, path)
    gc.freeze()
    while True:
        conn, _ = listener.accept()
        fds = []
        try:
            msg, fds, _, _ = socket.recv_fds(conn, 4, 2)
            if len(msg) < 4:
                msg += read_exact(conn, 4 - len(msg))
            req = json.loads(read_exact(conn, struct.unpack("!I", msg)[0]))
            theirs = import_time_env(req["env"])
            usable = len(fds) == 2 and theirs == own
            if not usable:
                names = sorted(k for k in set(own) | set(theirs) if own.get(k) != theirs.get(k))
                sys.stderr.write(f"moto_zygote: {req['cwd']}: moto_run.py itself, "
                                 f"for its own {', '.join(names) or 'output'}\n")
        except Exception as e:
            sys.stderr.write(f"moto_zygote: bad request: {e}\n")
            usable = False
        if not usable:
            try:
                conn.sendall(b"n")
            except OSError:
                pass
        elif os.fork() == 0:
            listener.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                child(conn, req, fds)
            except BaseException as e:
                # Before "y" the starter runs moto itself; after, it sees
                # the connection close, as when moto stops.
                sys.stderr.write(f"moto_zygote: {e!r}\n")
                sys.stderr.flush()
            os._exit(1)
        for fd in fds:
            os.close(fd)
        conn.close()


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "start":
        start(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 3 and sys.argv[1] == "serve":
        serve(sys.argv[2])
    else:
        sys.exit("usage: moto_zygote.py serve SOCKET | start SOCKET ARGS...")
