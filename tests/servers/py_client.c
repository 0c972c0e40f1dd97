/*
 * tests/servers/py_client.c: `python3` for the integration tests' steps,
 * through the run's aws CLI server (tests/servers/aws_cli_server.py, its
 * "exec" requests). A new python spends about 45 ms of CPU before the first
 * line of a script (its start, site, the sandbox's .pth files), and the
 * suite's steps start several thousand of them to read JSON; a child forked
 * from the server, which has imported what they use, runs the script in a
 * few milliseconds.
 *
 * tests/integration/run.sh builds it once per run, with the run's socket, the
 * interpreter behind python3 and the file of the server's PYTHON* variables
 * compiled in (PY_SOCKET, PY_REAL, PY_ENV_FILE), and
 * tests/integration/lib.sh puts it first on the steps' PATH as python3.
 *
 *   python3 [-S|-I|-B|-E|-s]... (-c CODE | - | FILE) [ARGS...]
 *       sent to the server with this process's environment, working
 *       directory and every open file descriptor (as the same numbers); the
 *       script runs as __main__ as python would run it, and this process
 *       exits with its status. The script runs in a process group of its
 *       own: a signal this process gets (TERM, INT, HUP, QUIT, USR1, USR2,
 *       ALRM) is passed on to it, and this process ends as the script did
 *       (by the same signal when the script died of the one passed on).
 *       When this process ends first (SIGKILL), the script is killed.
 *   python3 ANYTHING ELSE (-m, -u, -X, no script, ...)
 *       the real interpreter, exec'd; so is every call whose PYTHON*
 *       variables are not the server's (PYTHONPATH: python reads them as
 *       it starts; run.sh lists the server's in PY_ENV_FILE) and every
 *       call when the server does not answer.
 *   aws ARGS... (this program run by the name aws)
 *       the aws CLI's command, in a child of the same server, passed and
 *       ended as a script is; `aws` from PATH when the server does not
 *       answer. servers_aws (tests/servers/lib.sh) runs it.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#ifndef PY_SOCKET
#error "build with -DPY_SOCKET=\"path of the aws CLI server's socket\""
#endif
#ifndef PY_REAL
#error "build with -DPY_REAL=\"path of the python interpreter\""
#endif
#ifndef PY_ENV_FILE
#error "build with -DPY_ENV_FILE=\"path of the server's PYTHON* variables\""
#endif

#define MAX_FDS 250

extern char **environ;

static volatile sig_atomic_t child_pid;
static volatile sig_atomic_t passed_on;

static void real_python(char **argv)
{
	argv[0] = PY_REAL;
	execv(PY_REAL, argv);
	fprintf(stderr, "py_client: cannot run %s: %s\n", PY_REAL, strerror(errno));
	exit(127);
}

/* As aws: the command itself, as servers_aws runs it without a server. */
static void real_aws(char **argv)
{
	execvp("aws", argv);
	fprintf(stderr, "py_client: cannot run aws: %s\n", strerror(errno));
	exit(127);
}

/* Whether the PYTHON* variables of the environment are the server's, as
 * run.sh wrote them to PY_ENV_FILE ("NAME=VALUE" lines) when it started it. */
static bool same_python_settings(void)
{
	FILE *f = fopen(PY_ENV_FILE, "r");
	if (!f)
		return false;
	char line[4096];
	int theirs = 0, mine = 0;
	bool same = true;
	while (same && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "PYTHON", 6))
			continue;
		theirs++;
		const char *eq = strchr(line, '=');
		if (!eq) {
			same = false;
			break;
		}
		*(char *)eq = '\0';
		const char *v = getenv(line);
		same = v && !strcmp(v, eq + 1);
	}
	fclose(f);
	for (char **e = environ; *e; e++)
		mine += !strncmp(*e, "PYTHON", 6);
	return same && mine == theirs;
}

/* The request's text: NUL-terminated fields, "exec1", the argument count and
 * the arguments (from the script on), the environment's count and entries,
 * the working directory, the descriptors' count and their numbers, the
 * ignored signals' count and their numbers. */
struct buf {
	char *data;
	size_t len, cap;
};

static void put(struct buf *b, const char *s)
{
	size_t n = strlen(s) + 1;
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2;
		b->data = realloc(b->data, b->cap);
		if (!b->data) {
			perror("py_client");
			exit(127);
		}
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

static void put_int(struct buf *b, long v)
{
	char s[32];
	snprintf(s, sizeof s, "%ld", v);
	put(b, s);
}

static int open_fds(int *fds)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		int fd = atoi(e->d_name);
		if (fd == dirfd(d))
			continue;
		if (n == MAX_FDS) {
			closedir(d);
			return -1;
		}
		fds[n++] = fd;
	}
	closedir(d);
	return n;
}

static int send_request(int sock, const struct buf *req, const int *fds, int nfds)
{
	uint32_t len = htonl((uint32_t)req->len);
	struct iovec iov = {.iov_base = &len, .iov_len = sizeof len};
	union {
		char buf[CMSG_SPACE(sizeof(int) * MAX_FDS)];
		struct cmsghdr align;
	} control;
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
	if (nfds > 0) {
		msg.msg_control = control.buf;
		msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
		struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
	}
	if (sendmsg(sock, &msg, MSG_NOSIGNAL) != (ssize_t)sizeof len)
		return -1;
	for (size_t off = 0; off < req->len;) {
		ssize_t w = send(sock, req->data + off, req->len - off, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		off += (size_t)w;
	}
	return 0;
}

/* 4 bytes in network order; 0 when they came, -1 at the end of the stream. */
static int read_u32(int sock, int32_t *out)
{
	unsigned char b[4];
	size_t got = 0;
	while (got < sizeof b) {
		ssize_t r = recv(sock, b + got, sizeof b - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	*out = (int32_t)((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3]);
	return 0;
}

static void pass_on(int sig)
{
	passed_on = sig;
	if (child_pid > 0)
		kill(child_pid, sig);
}

static const int PASSED_ON[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM};

int main(int argc, char **argv)
{
	const char *base = strrchr(argv[0], '/');
	bool aws = !strcmp(base ? base + 1 : argv[0], "aws");
	int i = 1;
	while (!aws && i < argc &&
	       (!strcmp(argv[i], "-S") || !strcmp(argv[i], "-I") || !strcmp(argv[i], "-B") ||
		!strcmp(argv[i], "-E") || !strcmp(argv[i], "-s")))
		i++;
	if (!aws && (i >= argc || (argv[i][0] == '-' && strcmp(argv[i], "-") &&
				   !(!strcmp(argv[i], "-c") && i + 1 < argc))))
		real_python(argv);
	/* PYTHONPATH and its kin are read as python starts, which the server
	 * did long ago: a script given others than the server's gets a python
	 * of its own. */
	if (!aws && !same_python_settings())
		real_python(argv);

	int fds[MAX_FDS];
	int nfds = open_fds(fds);
	char cwd[4096];
	if (nfds < 0 || !getcwd(cwd, sizeof cwd))
		aws ? real_aws(argv) : real_python(argv);

	struct buf req = {0};
	put(&req, "exec1");
	put(&req, aws ? "aws" : "py");
	put_int(&req, argc - i);
	for (int k = i; k < argc; k++)
		put(&req, argv[k]);
	long envc = 0;
	for (char **e = environ; *e; e++)
		envc++;
	put_int(&req, envc);
	for (char **e = environ; *e; e++)
		put(&req, *e);
	put(&req, cwd);
	put_int(&req, nfds);
	for (int k = 0; k < nfds; k++)
		put_int(&req, fds[k]);
	/* The signals this process was started ignoring (a shell's background
	 * job ignores SIGINT and SIGQUIT): the script ignores them too, as
	 * python would; the others it gets with python's dispositions. */
	int ignored[NSIG], nignored = 0;
	for (int sig = 1; sig < NSIG; sig++) {
		struct sigaction old;
		if (sig != SIGKILL && sig != SIGSTOP && sigaction(sig, NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			ignored[nignored++] = sig;
	}
	put_int(&req, nignored);
	for (int k = 0; k < nignored; k++)
		put_int(&req, ignored[k]);

	/* Signals that come before the script's pid are passed on once it is
	 * known; the server's socket is no descriptor of the script's. */
	struct sigaction sa = {.sa_handler = pass_on};
	sigemptyset(&sa.sa_mask);
	for (size_t k = 0; k < sizeof PASSED_ON / sizeof *PASSED_ON; k++) {
		struct sigaction old;
		if (sigaction(PASSED_ON[k], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(PASSED_ON[k], &sa, NULL);
	}

	int sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	if (sock < 0 || strlen(PY_SOCKET) >= sizeof addr.sun_path)
		aws ? real_aws(argv) : real_python(argv);
	memcpy(addr.sun_path, PY_SOCKET, strlen(PY_SOCKET));
	if (connect(sock, (struct sockaddr *)&addr, sizeof addr) < 0 ||
	    send_request(sock, &req, fds, nfds) < 0) {
		close(sock);
		if (passed_on) {
			signal(passed_on, SIG_DFL);
			raise(passed_on);
		}
		aws ? real_aws(argv) : real_python(argv);
	}
	free(req.data);

	int32_t pid, status;
	if (read_u32(sock, &pid) < 0) {
		fprintf(stderr, "py_client: the server took the script and gave no process\n");
		return 255;
	}
	child_pid = pid;
	if (passed_on)
		kill(pid, passed_on);
	if (read_u32(sock, &status) == 0)
		return status & 0xff;
	/* No status: the script ended without one (killed, os._exit). */
	if (passed_on) {
		signal(passed_on, SIG_DFL);
		raise(passed_on);
	}
	fprintf(stderr, "py_client: the script ended without a status (killed?)\n");
	return 255;
}
