"""tests/servers/aws_cli_server.py: the aws CLI without its start-up cost.

Tests check what terrace made with the AWS CLI, an independent client, often
dozens of times a file. Each `aws` command spends most of its CPU time
importing awscli and botocore and reading the service's JSON models (about a
second of CPU on the test machines, several seconds of wall time when the
machine is loaded); the request itself takes milliseconds.

    python3 aws_cli_server.py serve SOCKET OWNER_PID
        imports awscli once, then listens on the unix socket SOCKET; each
        connection is one aws command run in a forked child, in the caller's
        process group (so a test file's end ends its commands). The server
        ends when OWNER_PID is gone: tests/integration/run.sh starts one for
        a whole run (its own pid), and a test file run alone one of its own
        (its shell's).
    python3 -I -S aws_cli_server.py run SOCKET ARGS...
        what `aws ARGS...` does, through the server: the command gets this
        process's stdin, stdout and stderr (passed over the socket), its
        environment and working directory, and this process exits with the
        command's status.
    python3 -I -S aws_cli_server.py py SOCKET SCRIPT ARGS...
        what `python3 SCRIPT ARGS...` does (SCRIPT a file, - for a program
        on stdin, or -c CODE), through the same server, with the same passing
        of stdin, stdout, stderr, environment and working directory: the
        tests' helper scripts that read moto with botocore or boto3 (a
        fresh python spends half a second to a second of CPU importing
        them and reading the services' models). The child runs the script
        as __main__ in a module of its own, with sys.argv and sys.path[0]
        as python sets them; botocore, boto3 and the models of the
        services the scripts use (PY_SERVICES) are already in memory, and
        a botocore session reads its models through the server's loader.

    (a binary request from py_client.c, "exec1")
        what `python3 SCRIPT ARGS...` or `aws ARGS...` does for
        tests/servers/py_client.c, the tests' python3 and the aws command
        of servers_aws (see there): as py or run, but with every descriptor
        the caller has open (at the same numbers), in a process group of
        its own, and the child's pid sent before its status, so that the
        caller can pass signals on; the child is killed when the caller is
        gone.

The aws child runs awscli's driver (what awscli.clidriver.main runs) on the
caller's arguments and environment, as `aws` would; only the modules, the
JSON files botocore reads and the session (made from the same config files
and profile as the caller's, else made anew) are already in memory. The
first command naming a service makes the server read that service's models
before it forks, so that later commands find them loaded.
"""
import json
import os
import socket
import struct
import sys


def read_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError("connection closed")
        data += chunk
    return data


def run(path, args, mode="aws"):
    req = json.dumps({"mode": mode, "argv": args, "env": dict(os.environ),
                      "cwd": os.getcwd(), "pgid": os.getpgid(0)}).encode()
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.connect(path)
    socket.send_fds(conn, [struct.pack("!I", len(req))], [0, 1, 2])
    conn.sendall(req)
    try:
        rc = struct.unpack("!i", read_exact(conn, 4))[0]
    except EOFError:
        sys.stderr.write("aws_cli_server: the command ended without a status\n")
        rc = 255
    sys.exit(rc)


# Options of the aws command itself that take a value: skipped to find the
# service a command line names.
VALUE_OPTIONS = {"--endpoint-url", "--region", "--output", "--query", "--profile",
                 "--ca-bundle", "--cli-read-timeout", "--cli-connect-timeout", "--color"}


def service_named(args):
    i = 0
    while i < len(args):
        a = args[i]
        if a in VALUE_OPTIONS:
            i += 2
        elif a.startswith("-"):
            i += 1
        else:
            return a
    return None


# What a botocore session reads from the environment once, as it is made.
SESSION_ENV = ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_PROFILE",
               "AWS_DEFAULT_PROFILE", "AWS_DATA_PATH")


def session_key(environ):
    return tuple(environ.get(k) for k in SESSION_ENV)


# The services whose models the py children find read (the first py
# request reads them in the server): what the helper scripts ask moto.
PY_SERVICES = ("athena", "batch", "cloudcontrol", "cloudwatch", "dynamodb", "ec2", "ecr",
               "ecs", "emr-serverless", "events", "firehose", "glue", "iam", "kinesis",
               "kms", "lakeformation", "lambda", "logs", "rds", "redshift", "s3",
               "scheduler", "secretsmanager", "sns", "sqs", "ssm", "stepfunctions", "sts")
# What the helper scripts import besides botocore: imported once too, where
# the server's python has them.
PY_MODULES = ("boto3", "boto3.session", "botocore.exceptions", "jsonschema", "yaml")


def run_script(argv):
    """python3 ARGV... in this (forked) process: the script as __main__."""
    import atexit
    import types
    script = argv[0]
    if script == "-c":
        source, name = argv[1], "<string>"
        argv = ["-c"] + list(argv[2:])
        sys.path[0] = ""
    elif script == "-":
        source, name = sys.stdin.read(), "<stdin>"
        sys.path[0] = ""
    else:
        with open(script, "rb") as f:
            source = f.read()
        name = script
        sys.path[0] = os.path.dirname(os.path.realpath(script))
    forget_local_modules(sys.path[0])
    sys.argv = list(argv)
    main = types.ModuleType("__main__")
    main.__file__ = name
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    try:
        exec(compile(source, name, "exec"), main.__dict__)
    finally:
        atexit._run_exitfuncs()
        # What python's own end does before the process goes: the script's
        # objects released, so that a file it left open is flushed and
        # closed (this child ends with os._exit).
        import gc
        main.__dict__.clear()
        gc.collect()


# The descriptors a request may carry (SCM_MAX_FD is 253).
MAX_FDS = 250


def exec_request(body):
    """The fields of py_client.c's request (see there) as a request dict."""
    fields = body.split(b"\0")
    pos = 2

    def take(n):
        nonlocal pos
        out = fields[pos:pos + n]
        pos += n
        return [os.fsdecode(f) for f in out]

    argv = take(int(take(1)[0]))
    env = dict(e.split("=", 1) for e in take(int(take(1)[0])) if "=" in e)
    cwd = take(1)[0]
    numbers = [int(n) for n in take(int(take(1)[0]))]
    ignored = [int(n) for n in take(int(take(1)[0]))]
    return {"mode": os.fsdecode(fields[1]), "exec": True, "argv": argv, "env": env, "cwd": cwd,
            "fd_numbers": numbers, "ignored_signals": ignored}


def caller_signals(ignored):
    """The dispositions a fresh python started by the caller has: what the
    caller ignored stays ignored, SIGINT raises KeyboardInterrupt, the rest
    the default (this server may have been started ignoring some)."""
    import signal
    for sig in range(1, signal.NSIG):
        if sig in (signal.SIGKILL, signal.SIGSTOP):
            continue
        try:
            if sig in ignored or sig in (signal.SIGPIPE, signal.SIGXFSZ):
                signal.signal(sig, signal.SIG_IGN)  # python ignores these two itself
            elif sig == signal.SIGINT:
                signal.signal(sig, signal.default_int_handler)
            else:
                signal.signal(sig, signal.SIG_DFL)
        except (OSError, ValueError):
            pass  # not a signal python can set


def place_fds(fds, numbers, keep):
    """Each received descriptor at the number the caller had it at; every
    other descriptor closed but those in keep. Returns keep's new numbers."""
    import fcntl
    top = max(list(fds) + list(numbers) + list(keep) + [2]) + 1
    moved = [fcntl.fcntl(fd, fcntl.F_DUPFD, top) for fd in fds]
    kept = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, top) for fd in keep]
    for fd in list(fds) + list(keep):
        os.close(fd)
    for fd, number in zip(moved, numbers):
        os.dup2(fd, number)
    for fd in moved:
        os.close(fd)
    wanted = set(numbers) | set(kept)
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd not in wanted:
            try:
                os.close(fd)
            except OSError:
                pass  # the listing's own
    return kept


def forget_local_modules(directory):
    """A module the server imported from outside the standard library
    (awscli, botocore, yaml, ...) that the script's own directory also has:
    the script imports its own, as a fresh python would. The standard
    library's stay (a fresh python has imported much of it before the
    script's first line, types and os among them)."""
    import sysconfig
    try:
        names = os.listdir(directory or ".")
    except OSError:
        return
    local = {n[:-3] for n in names if n.endswith(".py")} | {
        n for n in names if os.path.exists(os.path.join(directory or ".", n, "__init__.py"))}
    stdlib = sysconfig.get_paths()["stdlib"] + os.sep
    for name in list(sys.modules):
        if name.split(".")[0] not in local:
            continue
        origin = getattr(sys.modules[name], "__file__", None) or ""
        if origin and not origin.startswith(stdlib) or "site-packages" in origin:
            del sys.modules[name]


def print_script_exception(e):
    """What python prints of an uncaught exception: from the script's
    frames on (not this server's)."""
    import traceback
    tb = e.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    traceback.print_exception(type(e), e, tb)


def watch_caller(conn):
    """Kill this child when the caller's end of conn closes before it ends."""
    import signal
    import threading

    def watch():
        try:
            while conn.recv(1):
                pass
        except OSError:
            pass
        os.kill(os.getpid(), signal.SIGKILL)
    threading.Thread(target=watch, daemon=True).start()


def serve(path, owner):
    import gc
    import signal
    data_path = os.environ.get("AWS_DATA_PATH")
    import botocore.loaders
    import botocore.session
    from awscli import clidriver

    # One loader for every session made here and in the children: what it
    # reads is kept (botocore caches per loader), so a child forked after a
    # service's models were read reads nothing. Importing awscli put its
    # own data folder on AWS_DATA_PATH, which a child's session must see.
    cli_data_path = os.environ["AWS_DATA_PATH"]
    loader = botocore.loaders.create_loader(cli_data_path)
    botocore.session.create_loader = lambda search_paths=None: loader
    # The session and driver every child starts from, made with this
    # process's environment. A session reads the config and credentials
    # files (and the profile) once and keeps them, and registers some four
    # hundred handlers as it is made (a third of a command's CPU time); a
    # command whose caller names other files or another profile gets a new
    # driver, as `aws` would make.
    warm = clidriver.create_clidriver()
    warm_key = session_key(os.environ)
    warmed = set()
    py_warm = []

    def warm_up_py():
        if py_warm:
            return
        py_warm.append(True)
        import importlib
        for name in PY_MODULES:
            try:
                importlib.import_module(name)
            except Exception:
                pass  # a script that needs it fails as it would anyway
        for name in PY_SERVICES:
            try:
                version = loader.determine_latest_version(name, "service-2")
                for kind in ("service-2", "paginators-1", "endpoint-rule-set-1"):
                    loader.load_service_model(name, kind, version)
            except Exception:
                pass

    def warm_up(args):
        name = service_named(args)
        if not name or name in warmed:
            return
        warmed.add(name)
        try:
            cmd = warm._get_command_table().get(name)
            service = getattr(cmd, "service_model", None)
            if service is not None:
                cmd._get_command_table()  # the operations, from the model
                warm.session.create_client(
                    service.service_name, region_name="us-east-1",
                    endpoint_url="http://127.0.0.1:1",
                    aws_access_key_id="warm", aws_secret_access_key="warm")
                for kind in ("paginators-1", "waiters-2"):
                    try:
                        loader.load_service_model(service.service_name, kind,
                                                  service.api_version)
                    except Exception:
                        pass
        except Exception:
            pass  # only a cache: the child reads what it needs itself

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.unlink(tmp)
    listener.bind(tmp)
    listener.listen(64)
    os.rename(tmp, path)
    listener.settimeout(1.0)
    while True:
        try:
            os.kill(owner, 0)
        except ProcessLookupError:
            break
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        conn.settimeout(None)
        try:
            msg, fds, _, _ = socket.recv_fds(conn, 4, MAX_FDS)
            if len(msg) < 4:
                msg += read_exact(conn, 4 - len(msg))
            body = read_exact(conn, struct.unpack("!I", msg)[0])
            req = exec_request(body) if body.startswith(b"exec1\0") else json.loads(body)
        except Exception as e:
            sys.stderr.write(f"aws_cli_server: bad request: {e}\n")
            conn.close()
            continue
        execd = req.get("exec", False)
        py = req.get("mode") == "py"
        if py:
            warm_up_py()
        else:
            warm_up(req["argv"])
        sys.stderr.flush()
        # What is loaded stays out of the children's garbage collections,
        # which would otherwise walk (and copy) all of it.
        gc.freeze()
        pid = os.fork()
        if pid == 0:
            listener.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            rc = 255
            log = os.dup(2)  # the server's log, for one line per command
            try:
                if execd:
                    os.setpgid(0, 0)
                    conn_fd, log = place_fds(fds, req["fd_numbers"], [conn.detach(), log])
                    conn = socket.socket(fileno=conn_fd)
                    caller_signals(req["ignored_signals"])
                    conn.sendall(struct.pack("!i", os.getpid()))
                    watch_caller(conn)
                elif req.get("pgid"):
                    try:
                        os.setpgid(0, req["pgid"])
                    except OSError:
                        pass  # a group of another session: the server's own
                if not execd:
                    for i, fd in enumerate(fds):
                        os.dup2(fd, i)
                        os.close(fd)
                os.chdir(req["cwd"])
                os.environ.clear()
                os.environ.update(req["env"])
                if execd:
                    import time
                    time.tzset()
                driver = None
                if py:
                    if os.environ.get("AWS_DATA_PATH") != data_path:
                        # Models of the caller's own: botocore's own loader.
                        botocore.session.create_loader = botocore.loaders.create_loader
                    rc = 0
                    run_script(req["argv"])
                elif os.environ.get("AWS_DATA_PATH") == data_path:
                    os.environ["AWS_DATA_PATH"] = cli_data_path
                    if os.environ.get("LC_CTYPE", "") == "UTF-8":  # as the aws script does
                        os.environ["LC_CTYPE"] = "en_US.UTF-8"
                    sys.argv = ["aws"] + req["argv"]
                    try:
                        if session_key(os.environ) == warm_key:
                            driver = warm
                        else:
                            driver = clidriver.create_clidriver()
                    except Exception as e:
                        os.write(log, f"aws_cli_server: no driver ({e!r}): plain aws\n".encode())
                if py:
                    pass
                elif driver is None:
                    # Data of the caller's own, or no driver made here: the
                    # aws CLI as it is, in a process of its own.
                    import subprocess
                    rc = subprocess.call([sys.executable, "-m", "awscli"] + req["argv"],
                                         env=req["env"])
                else:
                    rc = driver.main(req["argv"])
                    recorder = getattr(clidriver, "HISTORY_RECORDER", None)
                    if recorder is not None:
                        recorder.record("CLI_RC", rc, "CLI")
            except SystemExit as e:
                rc = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
                if py and not isinstance(e.code, int) and e.code is not None:
                    sys.stderr.write(f"{e.code}\n")  # as python prints sys.exit("...")
            except KeyboardInterrupt as e:
                # As python ends on one: its traceback, then the signal.
                import signal
                print_script_exception(e)
                try:
                    sys.stderr.flush()
                except Exception:
                    pass
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                os.kill(os.getpid(), signal.SIGINT)
            except BaseException as e:
                if py:
                    print_script_exception(e)
                    rc = 1
                else:
                    sys.stderr.write(f"aws_cli_server: {e!r}\n")
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except Exception:
                pass
            try:
                conn.sendall(struct.pack("!i", rc or 0))
            finally:
                t = os.times()
                if py:
                    words = ["py", os.path.basename(req["argv"][0])]  # file, - or -c
                else:
                    words = ["aws"] + [a for a in req["argv"] if not a.startswith("-")][1:3]
                # The caller's test file first (TEST_RUN_FILE, run.sh), whose
                # CPU seconds these are counted in.
                os.write(log, f"{req['env'].get('TEST_RUN_FILE', '-')}: {' '.join(words)}: "
                              f"exit {rc}, {t.user + t.system + t.children_user + t.children_system:.2f} s CPU\n".encode())
                os._exit(rc or 0)
        for fd in fds:
            os.close(fd)
        conn.close()
    listener.close()
    try:
        os.unlink(path)
    except OSError:
        pass


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == "py":
        run(sys.argv[2], sys.argv[3:], "py")
    elif sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit("usage: aws_cli_server.py serve SOCKET OWNER_PID | run SOCKET ARGS... "
                 "| py SOCKET SCRIPT ARGS...")
