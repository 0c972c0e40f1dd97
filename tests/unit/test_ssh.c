/*
 * test_ssh.c: provider/ssh's connections against a real OpenSSH server that
 * the test starts (tests/servers/sshd.sh, through bash) and stops at the
 * end: host key checks (known, unknown, changed, hashed, not checked),
 * authentication (key file, key in memory, an encrypted key and its
 * passphrase, ssh-agent, a key the server refuses),
 * remote commands with stdin, SFTP operations, and tunnels (several
 * concurrent connections through one, a forward the bastion refuses, closing
 * with connections open).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "provider/ssh/remote.h"
#include "provider/ssh/ssh.h"
#include "provider/base/log.h"

/* The debug log, kept for the tests to look at (the tunnel thread writes too). */
static pthread_mutex_t log_mu = PTHREAD_MUTEX_INITIALIZER;
static struct strbuf log_text = STRBUF_INIT;

static void keep_log_line(const char *line)
{
	pthread_mutex_lock(&log_mu);
	strbuf_addf(&log_text, "%s\n", line);
	pthread_mutex_unlock(&log_mu);
}

static bool log_has(const char *text)
{
	bool found;

	pthread_mutex_lock(&log_mu);
	found = strstr(log_text.buf, text) != NULL;
	pthread_mutex_unlock(&log_mu);
	return found;
}

struct fixture {
	pid_t server;       /* bash holding sshd; its process group */
	char dir[64];
	int port;
	char key[256], known_hosts[256], user[64];
};

static struct fixture *fx;

static int run(const char *cmd)
{
	int rc = system(cmd);

	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static void stop_server(struct fixture *f)
{
	if (f->server > 0) {
		kill(-f->server, SIGTERM);
		waitpid(f->server, NULL, 0);
		f->server = 0;
	}
}

static bool read_env(struct fixture *f)
{
	char path[128];
	FILE *in;
	bool ok;

	snprintf(path, sizeof(path), "%s/env", f->dir);
	in = fopen(path, "r");
	if (!in)
		return false;
	ok = fscanf(in, "%d %255s %255s %63s", &f->port, f->key, f->known_hosts, f->user) == 4;
	fclose(in);
	return ok;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	snprintf(f->dir, sizeof(f->dir), "/tmp/terrace-test-ssh.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	f->server = fork();
	if (f->server == 0) {
		setpgid(0, 0);
		execlp("bash", "bash", "-c",
		       ". tests/servers/lib.sh && servers_init \"$1\" && "
		       "servers_at_exit \"rm -rf '$1'\" && start_sshd && "
		       "echo \"$SSHD_PORT $SSHD_KEY $SSHD_KNOWN_HOSTS $SSHD_USER\" >\"$1/env.tmp\" && "
		       "mv \"$1/env.tmp\" \"$1/env\" && "
		       /* until the test ends, even by a crash; the trap stops sshd */
		       "{ while kill -0 $PPID; do sleep 1; done; } 2>/dev/null",
		       "bash", f->dir, (char *)NULL);
		_exit(127);
	}
	if (f->server < 0)
		return -1;
	setpgid(f->server, f->server);
	for (int i = 0; i < 300 && !read_env(f); i++) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		if (waitpid(f->server, NULL, WNOHANG) == f->server) {
			f->server = 0;
			fprintf(stderr, "sshd did not start: see %s/sshd.log\n", f->dir);
			return -1;
		}
		nanosleep(&ts, NULL);
	}
	if (!f->port) {
		stop_server(f);
		return -1;
	}
	fx = f;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[128];

	stop_server(f);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	run(cmd);
	free(f);
	return 0;
}

/* The test server's connection block, as a stack would give it. */
static json_t *server_config(void)
{
	return json_pack("{s:s, s:i, s:s, s:s, s:s, s:i}", "host", "127.0.0.1", "port", fx->port,
			 "user", fx->user, "private_key_file", fx->key, "known_hosts_file",
			 fx->known_hosts, "timeout", 10);
}

/* Open a connection with the given block; 0 or -1 with err filled. */
static int connect_with(json_t *cfg, struct ssh_conn **c, struct strbuf *err)
{
	struct ssh_target t;
	int rc;

	*c = NULL;
	rc = ssh_target_from_json(cfg, &t, err);
	json_decref(cfg);
	if (rc)
		return -1;
	rc = ssh_conn_open(&t, c, err);
	ssh_target_release(&t);
	return rc;
}

static struct ssh_conn *connect_ok(void)
{
	struct strbuf err = STRBUF_INIT;
	struct ssh_conn *c = NULL;

	if (connect_with(server_config(), &c, &err))
		fail_msg("connect: %s", err.buf);
	strbuf_release(&err);
	return c;
}

static char *path_in_dir(const char *name)
{
	return xasprintf("%s/%s", fx->dir, name);
}

static void write_file(const char *path, const char *text)
{
	FILE *out = fopen(path, "w");

	assert_non_null(out);
	fputs(text, out);
	fclose(out);
}

/* ---- target parsing ---- */

#define ED_KEY "AAAAC3NzaC1lZDI1NTE5AAAAILDldkkDGvz/UNLuVG7pEO67lJ7Do0lJc7/ZkmDAnx0M"

/* host_key: lines of a .pub file, ssh-keyscan output, comments and blank
 * lines in one string, or a list; kept as "TYPE BASE64"; copied deeply. */
static void test_target_host_keys(void **state)
{
	struct strbuf err = STRBUF_INIT;
	struct ssh_target t, copy;
	json_t *cfg = json_pack("{s:s, s:s}", "host", "h", "host_key",
				"# pinned\n\nssh-ed25519 " ED_KEY " root@ip-10-0-0-5\r\n"
				"[h]:2222 ssh-ed25519 " ED_KEY "\n");

	(void)state;
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), 0);
	assert_int_equal(t.n_host_keys, 2);
	assert_string_equal(t.host_keys[0], "ssh-ed25519 " ED_KEY);
	assert_string_equal(t.host_keys[1], "ssh-ed25519 " ED_KEY);
	ssh_target_copy(&copy, &t);
	ssh_target_release(&t);
	assert_int_equal(copy.n_host_keys, 2);
	assert_string_equal(copy.host_keys[1], "ssh-ed25519 " ED_KEY);
	ssh_target_release(&copy);
	json_decref(cfg);

	cfg = json_pack("{s:s, s:[s, s]}", "host", "h", "host_key", "ssh-ed25519 " ED_KEY,
			"ssh-rsa AAAA");
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), -1);
	assert_string_equal(err.buf, "ssh connection: host_key item 2 line 1: the key after ssh-rsa "
				     "is not base64 of an ssh-rsa public key");
	json_decref(cfg);
	strbuf_reset(&err);

	cfg = json_pack("{s:s, s:s}", "host", "h", "host_key", "ssh-ed25519 " ED_KEY "\nhello");
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), -1);
	assert_true(strstr(err.buf, "host_key item 1 line 2 is not a public key line") != NULL);
	json_decref(cfg);
	strbuf_reset(&err);

	cfg = json_pack("{s:s, s:s}", "host", "h", "host_key", "# nothing\n");
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), -1);
	assert_string_equal(err.buf, "ssh connection: host_key is set but holds no public key line");
	json_decref(cfg);
	strbuf_reset(&err);

	cfg = json_pack("{s:s, s:s, s:b}", "host", "h", "host_key", "ssh-ed25519 " ED_KEY,
			"host_key_check", 0);
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), -1);
	assert_true(strstr(err.buf, "cannot go with host_key_check: false") != NULL);
	json_decref(cfg);
	strbuf_release(&err);
}

static void test_target_defaults_and_errors(void **state)
{
	struct strbuf err = STRBUF_INIT;
	struct ssh_target t;
	json_t *cfg = json_pack("{s:s}", "host", "example.org");

	(void)state;
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), 0);
	assert_int_equal(t.port, 22);
	assert_int_equal(t.timeout_seconds, 30);
	assert_true(t.host_key_check);
	assert_non_null(t.user);
	assert_null(t.known_hosts_file);
	ssh_target_release(&t);
	json_decref(cfg);

	cfg = json_pack("{s:s, s:s, s:b}", "host", "h", "private_key_file", "~/k", "agent", 1);
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), -1);
	assert_string_equal(err.buf, "ssh connection: set only one of private_key_file, "
				     "private_key and agent");
	json_decref(cfg);
	strbuf_reset(&err);

	cfg = json_pack("{s:s, s:i}", "host", "h", "port", 70000);
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), -1);
	assert_string_equal(err.buf, "ssh connection: port must be a whole number from 1 to 65535");
	json_decref(cfg);
	strbuf_reset(&err);

	cfg = json_pack("{s:i}", "port", 22);
	assert_int_equal(ssh_target_from_json(cfg, &t, &err), -1);
	assert_string_equal(err.buf, "ssh connection: host must be set");
	json_decref(cfg);
	strbuf_release(&err);
}

/* ---- host keys ---- */

static void test_known_host_connects(void **state)
{
	struct ssh_conn *c = connect_ok();

	(void)state;
	assert_non_null(c);
	ssh_conn_close(c);
}

static void test_unknown_host_is_refused(void **state)
{
	char *empty = path_in_dir("known_hosts.empty");
	struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg = server_config();

	(void)state;
	write_file(empty, "");
	json_object_set_new(cfg, "known_hosts_file", json_string(empty));
	assert_int_equal(connect_with(cfg, &c, &err), -1);
	assert_null(c);
	strbuf_addf(&want, "ssh 127.0.0.1:%d: host key is not known (ED25519 SHA256:", fx->port);
	assert_memory_equal(err.buf, want.buf, want.len);
	strbuf_reset(&want);
	strbuf_addf(&want, "); add it to %s (ssh-keyscan -p %d 127.0.0.1) or set "
		    "host_key_check: false", empty, fx->port);
	assert_non_null(strstr(err.buf, want.buf));

	/* The same with no check at all connects. */
	cfg = server_config();
	json_object_set_new(cfg, "known_hosts_file", json_string(empty));
	json_object_set_new(cfg, "host_key_check", json_false());
	strbuf_reset(&err);
	assert_int_equal(connect_with(cfg, &c, &err), 0);
	ssh_conn_close(c);
	strbuf_release(&err);
	strbuf_release(&want);
	free(empty);
}

static void test_changed_host_key_is_refused(void **state)
{
	char *other = path_in_dir("other_host_key");
	char *known = path_in_dir("known_hosts.changed");
	char cmd[1024];
	struct strbuf err = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg = server_config();

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -f %s %s.pub && ssh-keygen -q -t ed25519 -N '' -f %s && "
		 "echo \"[127.0.0.1]:%d $(cut -d' ' -f1,2 %s.pub)\" >%s", other, other, other,
		 fx->port, other, known);
	assert_int_equal(run(cmd), 0);
	json_object_set_new(cfg, "known_hosts_file", json_string(known));
	assert_int_equal(connect_with(cfg, &c, &err), -1);
	assert_non_null(strstr(err.buf, ": HOST KEY CHANGED: the host offers ED25519 key SHA256:"));
	assert_non_null(strstr(err.buf, "refusing to connect"));
	strbuf_release(&err);
	free(other);
	free(known);
}

static void test_hashed_known_hosts_entry(void **state)
{
	char *hashed = path_in_dir("known_hosts.hashed");
	char cmd[1024];
	struct strbuf err = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg = server_config();

	(void)state;
	/* A junk line and a key type libssh2 does not read come first: skipped. */
	snprintf(cmd, sizeof(cmd), "cp %s %s.h && ssh-keygen -q -H -f %s.h && grep -q '^|1|' %s.h && "
		 "{ echo 'not a host line'; "
		 "echo 'example.org sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t'; "
		 "cat %s.h; } >%s", fx->known_hosts, hashed, hashed, hashed, hashed, hashed);
	assert_int_equal(run(cmd), 0);
	json_object_set_new(cfg, "known_hosts_file", json_string(hashed));
	if (connect_with(cfg, &c, &err))
		fail_msg("hashed entry: %s", err.buf);
	ssh_conn_close(c);
	strbuf_release(&err);
	free(hashed);
}

/* ---- authentication ---- */

static void test_wrong_key_is_refused(void **state)
{
	char *wrong = path_in_dir("wrong_key");
	char cmd[512];
	struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg = server_config();

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -f %s %s.pub && ssh-keygen -q -t ed25519 -N '' -f %s",
		 wrong, wrong, wrong);
	assert_int_equal(run(cmd), 0);
	json_object_set_new(cfg, "private_key_file", json_string(wrong));
	assert_int_equal(connect_with(cfg, &c, &err), -1);
	strbuf_addf(&want, "ssh %s@127.0.0.1:%d: public key authentication failed with "
		    "private_key_file %s: the server did not accept the key for %s", fx->user,
		    fx->port, wrong, fx->user);
	assert_string_equal(err.buf, want.buf);
	strbuf_release(&err);
	strbuf_release(&want);
	free(wrong);
}

static void test_key_in_memory(void **state)
{
	struct strbuf err = STRBUF_INIT, pem = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg = server_config();
	FILE *in = fopen(fx->key, "r");
	char buf[4096];
	size_t n;

	(void)state;
	assert_non_null(in);
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		strbuf_add(&pem, buf, n);
	fclose(in);
	json_object_del(cfg, "private_key_file");
	json_object_set_new(cfg, "private_key", json_string(pem.buf));
	if (connect_with(cfg, &c, &err))
		fail_msg("key in memory: %s", err.buf);
	ssh_conn_close(c);

	/* A key the server does not know, in memory: refused, and the message
	 * does not hold the key. */
	cfg = server_config();
	json_object_del(cfg, "private_key_file");
	json_object_set_new(cfg, "private_key", json_string("-----BEGIN OPENSSH PRIVATE KEY-----\n"
							    "bm90IGEga2V5\n"
							    "-----END OPENSSH PRIVATE KEY-----\n"));
	strbuf_reset(&err);
	assert_int_equal(connect_with(cfg, &c, &err), -1);
	assert_non_null(strstr(err.buf, "public key authentication failed with private_key "
				       "(sensitive value): "));
	assert_null(strstr(err.buf, "bm90IGEga2V5"));
	strbuf_release(&err);
	strbuf_release(&pem);
}

static void test_key_with_passphrase(void **state)
{
	char *key = path_in_dir("locked_key");
	char cmd[1024];
	struct strbuf err = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg;

	(void)state;
	/* An encrypted key the server accepts (its public half authorized). */
	snprintf(cmd, sizeof(cmd), "rm -f %s %s.pub && ssh-keygen -q -t ed25519 -N 's3cret-phrase' "
		 "-f %s && cat %s.pub >>%s/sshd/authorized_keys", key, key, key, key, fx->dir);
	assert_int_equal(run(cmd), 0);
	cfg = server_config();
	json_object_set_new(cfg, "private_key_file", json_string(key));
	json_object_set_new(cfg, "private_key_passphrase", json_string("s3cret-phrase"));
	if (connect_with(cfg, &c, &err))
		fail_msg("with the passphrase: %s", err.buf);
	ssh_conn_close(c);

	cfg = server_config();
	json_object_set_new(cfg, "private_key_file", json_string(key));
	json_object_set_new(cfg, "private_key_passphrase", json_string("wrong-phrase"));
	assert_int_equal(connect_with(cfg, &c, &err), -1);
	assert_non_null(strstr(err.buf, "cannot load the private key (a wrong or missing "
				       "private_key_passphrase"));
	assert_null(strstr(err.buf, "wrong-phrase"));
	strbuf_release(&err);
	free(key);
}

/* Start an ssh-agent holding the test key; its socket and pid in dir. */
static void start_agent(const char *sock, const char *pidfile)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "rm -f %s && eval \"$(ssh-agent -s -a %s)\" >/dev/null && "
		 "echo $SSH_AGENT_PID >%s && SSH_AUTH_SOCK=%s ssh-add -q %s 2>/dev/null",
		 sock, sock, pidfile, sock, fx->key);
	assert_int_equal(run(cmd), 0);
}

static void stop_agent(const char *pidfile)
{
	FILE *in = fopen(pidfile, "r");
	int pid = 0;

	if (in && fscanf(in, "%d", &pid) == 1 && pid > 0)
		kill(pid, SIGTERM);
	if (in)
		fclose(in);
}

static void test_agent(void **state)
{
	char *sock = path_in_dir("agent.sock"), *pidfile = path_in_dir("agent.pid");
	const char *old = getenv("SSH_AUTH_SOCK");
	char *saved = old ? xstrdup(old) : NULL;
	struct strbuf err = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg;

	(void)state;
	start_agent(sock, pidfile);
	setenv("SSH_AUTH_SOCK", sock, 1);
	cfg = server_config();
	json_object_del(cfg, "private_key_file");
	json_object_set_new(cfg, "agent", json_true());
	if (connect_with(cfg, &c, &err))
		fail_msg("agent: %s", err.buf);
	ssh_conn_close(c);

	/* No key named: the agent is tried first, as OpenSSH does. */
	cfg = server_config();
	json_object_del(cfg, "private_key_file");
	if (connect_with(cfg, &c, &err))
		fail_msg("default: %s", err.buf);
	ssh_conn_close(c);

	/* An agent that is not there: said so. */
	setenv("SSH_AUTH_SOCK", "/nonexistent/agent.sock", 1);
	cfg = server_config();
	json_object_del(cfg, "private_key_file");
	json_object_set_new(cfg, "agent", json_true());
	assert_int_equal(connect_with(cfg, &c, &err), -1);
	assert_non_null(strstr(err.buf, "public key authentication with agent failed: cannot "
				       "reach ssh-agent at SSH_AUTH_SOCK (/nonexistent/agent.sock)"));
	stop_agent(pidfile);
	if (saved)
		setenv("SSH_AUTH_SOCK", saved, 1);
	else
		unsetenv("SSH_AUTH_SOCK");
	free(saved);
	free(sock);
	free(pidfile);
	strbuf_release(&err);
}

static void test_closed_port_fails_fast(void **state)
{
	struct strbuf err = STRBUF_INIT;
	struct ssh_conn *c;
	json_t *cfg = server_config();

	(void)state;
	json_object_set_new(cfg, "port", json_integer(1));
	assert_int_equal(connect_with(cfg, &c, &err), -1);
	assert_string_equal(err.buf, "ssh 127.0.0.1:1: cannot connect: Connection refused");
	strbuf_release(&err);
}

/* ---- commands and SFTP ---- */

static void test_exec(void **state)
{
	struct ssh_conn *c = connect_ok();
	struct ssh_exec_result r;
	struct strbuf err = STRBUF_INIT, cmd = STRBUF_INIT;
	size_t big = 1 << 20;
	char *in = malloc(big);

	(void)state;
	ssh_exec_result_init(&r);
	assert_int_equal(ssh_exec(c, "echo out; echo err >&2; exit 3", NULL, 0, &r, &err), 0);
	assert_string_equal(r.out.buf, "out\n");
	assert_string_equal(r.err.buf, "err\n");
	assert_int_equal(r.exit_status, 3);
	ssh_exec_result_release(&r);

	/* 1 MiB through cat: stdin and stdout flow at the same time. */
	for (size_t i = 0; i < big; i++)
		in[i] = (char)('a' + i % 26);
	ssh_exec_result_init(&r);
	assert_int_equal(ssh_exec(c, "cat", in, big, &r, &err), 0);
	assert_int_equal(r.exit_status, 0);
	assert_int_equal(r.out.len, big);
	assert_memory_equal(r.out.buf, in, big);
	ssh_exec_result_release(&r);

	/* A command that reads none of its stdin still ends with its status. */
	ssh_exec_result_init(&r);
	assert_int_equal(ssh_exec(c, "exit 5", in, big, &r, &err), 0);
	assert_int_equal(r.exit_status, 5);
	ssh_exec_result_release(&r);

	/* Quoting: a value with quotes and $ reaches the command intact. */
	strbuf_addstr(&cmd, "printf %s ");
	ssh_shell_quote(&cmd, "it's $HOME `x`");
	ssh_exec_result_init(&r);
	assert_int_equal(ssh_exec(c, cmd.buf, NULL, 0, &r, &err), 0);
	assert_string_equal(r.out.buf, "it's $HOME `x`");
	ssh_exec_result_release(&r);

	/* A connection that was cut is reopened for the next command. */
	shutdown(c->fd, SHUT_RDWR);
	ssh_exec_result_init(&r);
	if (ssh_exec(c, "echo again", NULL, 0, &r, &err))
		fail_msg("after a cut: %s", err.buf);
	assert_string_equal(r.out.buf, "again\n");
	ssh_exec_result_release(&r);

	free(in);
	strbuf_release(&cmd);
	strbuf_release(&err);
	ssh_conn_close(c);
}

static void test_sftp(void **state)
{
	struct ssh_conn *c = connect_ok();
	struct strbuf err = STRBUF_INIT, content = STRBUF_INIT;
	struct ssh_file_stat st;
	char *local = path_in_dir("local.txt");
	char *remote_dir = path_in_dir("remote/a/b");
	char *remote = path_in_dir("remote/a/b/file.txt");
	json_t *created = json_array();
	char hex[65];

	(void)state;
	write_file(local, "hello sftp\n");
	assert_int_equal(ssh_sftp_mkdir_p(c, remote_dir, 0750, created, &err), 0);
	assert_int_equal(json_array_size(created), 3);
	assert_int_equal(ssh_sftp_stat(c, remote_dir, &st, &err), 0);
	assert_true(st.is_dir);
	assert_int_equal(st.mode, 0750);
	/* mkdir -p of what exists makes nothing. */
	assert_int_equal(ssh_sftp_mkdir_p(c, remote_dir, 0750, created, &err), 0);
	assert_int_equal(json_array_size(created), 3);

	assert_int_equal(ssh_sftp_upload(c, local, remote, 0640, NULL, hex, &err), 0);
	assert_string_equal(hex, "7e9d38f38915ea47e4980bde676891f5b46568f9a36c1462613dfd9a396bc22c");
	assert_int_equal(ssh_sftp_stat(c, remote, &st, &err), 0);
	assert_true(st.is_regular);
	assert_int_equal(st.mode, 0640);
	assert_int_equal(st.size, 11);
	assert_int_equal(ssh_sftp_read(c, remote, &content, &err), 0);
	assert_string_equal(content.buf, "hello sftp\n");

	/* Replacing an existing file, with an owner. */
	write_file(local, "second\n");
	if (ssh_sftp_upload(c, local, remote, 0600, "nobody", hex, &err))
		fail_msg("upload over: %s", err.buf);
	assert_int_equal(ssh_sftp_stat(c, remote, &st, &err), 0);
	assert_int_equal(st.mode, 0600);
	assert_int_not_equal(st.uid, 0);
	assert_int_equal(ssh_sftp_rmdir(c, remote_dir, &err), 1); /* not empty */

	assert_int_equal(ssh_sftp_unlink(c, remote, &err), 0);
	assert_int_equal(ssh_sftp_unlink(c, remote, &err), 0); /* gone is fine */
	assert_int_equal(ssh_sftp_stat(c, remote, &st, &err), 1);
	strbuf_reset(&content);
	assert_int_equal(ssh_sftp_read(c, remote, &content, &err), 1);
	for (size_t i = json_array_size(created); i-- > 0;)
		assert_int_equal(ssh_sftp_rmdir(c, json_string_value(json_array_get(created, i)),
						&err), 0);
	assert_int_equal(ssh_sftp_rmdir(c, remote_dir, &err), 0); /* gone is fine */
	assert_string_equal(err.buf, "");

	json_decref(created);
	strbuf_release(&err);
	strbuf_release(&content);
	free(local);
	free(remote_dir);
	free(remote);
	ssh_conn_close(c);
}

/* ---- tunnels ---- */

struct echo_server {
	int fd;
	int port;
	pthread_t thread;
};

static void *echo_one(void *arg)
{
	int fd = (int)(intptr_t)arg;
	char buf[8192];
	ssize_t n;

	while ((n = recv(fd, buf, sizeof(buf), 0)) > 0)
		for (ssize_t off = 0; off < n;) {
			ssize_t w = send(fd, buf + off, (size_t)(n - off), MSG_NOSIGNAL);

			if (w <= 0)
				goto out;
			off += w;
		}
out:
	close(fd);
	return NULL;
}

static void *echo_accept(void *arg)
{
	struct echo_server *s = arg;
	int fd;

	while ((fd = accept(s->fd, NULL, NULL)) >= 0) {
		pthread_t t;

		pthread_create(&t, NULL, echo_one, (void *)(intptr_t)fd);
		pthread_detach(t);
	}
	return NULL;
}

static int listen_any(int *port)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	socklen_t len = sizeof(addr);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&addr, sizeof(addr)), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&addr, &len), 0);
	*port = ntohs(addr.sin_port);
	return fd;
}

static int connect_local(int port)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(connect(fd, (struct sockaddr *)&addr, sizeof(addr)), 0);
	return fd;
}

struct echo_client {
	int port;
	size_t size;
	int ok;
};

/* Send size bytes through the tunnel, half-close, read them all back. */
static void *echo_client_main(void *arg)
{
	struct echo_client *e = arg;
	int fd = connect_local(e->port);
	char *out = malloc(e->size), *in = malloc(e->size);
	size_t sent = 0, got = 0;

	for (size_t i = 0; i < e->size; i++)
		out[i] = (char)(rand() & 0xff);
	while (got < e->size) {
		struct pollfd p = { .fd = fd, .events = POLLIN | (sent < e->size ? POLLOUT : 0) };
		ssize_t n;

		if (poll(&p, 1, 10000) <= 0)
			break;
		if ((p.revents & POLLOUT) && sent < e->size) {
			n = send(fd, out + sent, e->size - sent > 65536 ? 65536 : e->size - sent,
				 MSG_NOSIGNAL);
			if (n > 0)
				sent += (size_t)n;
			if (sent == e->size)
				shutdown(fd, SHUT_WR);
		}
		if (p.revents & (POLLIN | POLLHUP)) {
			n = recv(fd, in + got, e->size - got, 0);
			if (n <= 0)
				break;
			got += (size_t)n;
		}
	}
	e->ok = got == e->size && !memcmp(in, out, e->size) && recv(fd, in, 1, 0) == 0;
	close(fd);
	free(out);
	free(in);
	return NULL;
}

static struct ssh_tunnel *tunnel_to(int port)
{
	struct strbuf err = STRBUF_INIT;
	struct ssh_tunnel *t = NULL;
	struct ssh_target bastion;
	json_t *cfg = server_config();

	assert_int_equal(ssh_target_from_json(cfg, &bastion, &err), 0);
	json_decref(cfg);
	if (ssh_tunnel_open(&bastion, "127.0.0.1", port, &t, &err))
		fail_msg("tunnel: %s", err.buf);
	ssh_target_release(&bastion);
	strbuf_release(&err);
	assert_true(ssh_tunnel_local_port(t) > 0);
	return t;
}

static void test_tunnel_concurrent_connections(void **state)
{
	struct echo_server s;
	struct echo_client clients[6];
	pthread_t threads[6];
	struct ssh_tunnel *t;

	(void)state;
	s.fd = listen_any(&s.port);
	assert_int_equal(listen(s.fd, 16), 0);
	pthread_create(&s.thread, NULL, echo_accept, &s);
	t = tunnel_to(s.port);
	for (int i = 0; i < 6; i++) {
		clients[i] = (struct echo_client){ ssh_tunnel_local_port(t),
						   i == 0 ? 4 << 20 : (size_t)(1 + i * 70000), 0 };
		pthread_create(&threads[i], NULL, echo_client_main, &clients[i]);
	}
	for (int i = 0; i < 6; i++) {
		pthread_join(threads[i], NULL);
		assert_true(clients[i].ok);
	}
	/* The tunnel goes on serving after those ended. */
	clients[0] = (struct echo_client){ ssh_tunnel_local_port(t), 1000, 0 };
	echo_client_main(&clients[0]);
	assert_true(clients[0].ok);
	ssh_tunnel_close(t);
	shutdown(s.fd, SHUT_RDWR);
	close(s.fd);
	pthread_join(s.thread, NULL);
}

static void test_tunnel_refused_forward_closes_the_client(void **state)
{
	int closed_port, fd, probe = listen_any(&closed_port);
	struct ssh_tunnel *t;
	struct pollfd p;
	char c, want[128];

	(void)state;
	close(probe); /* nothing listens there now */
	t = tunnel_to(closed_port);
	fd = connect_local(ssh_tunnel_local_port(t));
	p = (struct pollfd){ .fd = fd, .events = POLLIN };
	assert_int_equal(poll(&p, 1, 10000), 1);
	assert_true(recv(fd, &c, 1, 0) <= 0);
	close(fd);
	/* ... and the debug log says why. */
	snprintf(want, sizeof(want), "the bastion refused the forward to 127.0.0.1:%d: ",
		 closed_port);
	assert_true(log_has(want));
	ssh_tunnel_close(t);
}

static void test_tunnel_close_with_open_connections(void **state)
{
	struct echo_server s;
	struct ssh_tunnel *t;
	int fds[3];
	char buf[4];

	(void)state;
	s.fd = listen_any(&s.port);
	assert_int_equal(listen(s.fd, 16), 0);
	pthread_create(&s.thread, NULL, echo_accept, &s);
	t = tunnel_to(s.port);
	for (int i = 0; i < 3; i++) {
		fds[i] = connect_local(ssh_tunnel_local_port(t));
		assert_int_equal(send(fds[i], "ping", 4, 0), 4);
		assert_int_equal(recv(fds[i], buf, 4, MSG_WAITALL), 4);
		assert_memory_equal(buf, "ping", 4);
	}
	ssh_tunnel_close(t);
	for (int i = 0; i < 3; i++) {
		assert_true(recv(fds[i], buf, 1, 0) <= 0);
		close(fds[i]);
	}
	shutdown(s.fd, SHUT_RDWR);
	close(s.fd);
	pthread_join(s.thread, NULL);
}

static void test_tunnel_bad_bastion_fails_at_open(void **state)
{
	char *empty = path_in_dir("known_hosts.empty2");
	struct strbuf err = STRBUF_INIT;
	struct ssh_tunnel *t = NULL;
	struct ssh_target bastion;
	json_t *cfg = server_config();

	(void)state;
	write_file(empty, "");
	json_object_set_new(cfg, "known_hosts_file", json_string(empty));
	assert_int_equal(ssh_target_from_json(cfg, &bastion, &err), 0);
	json_decref(cfg);
	assert_int_equal(ssh_tunnel_open(&bastion, "127.0.0.1", 5432, &t, &err), -1);
	assert_null(t);
	assert_non_null(strstr(err.buf, "host key is not known"));
	ssh_target_release(&bastion);
	strbuf_release(&err);
	free(empty);
}

/* Last: nothing logged during the run holds a passphrase or key text. */
static void test_log_holds_no_secret(void **state)
{
	char line[256] = "";
	FILE *in = fopen(fx->key, "r");

	(void)state;
	assert_non_null(in);
	assert_non_null(fgets(line, sizeof(line), in)); /* the BEGIN line */
	assert_non_null(fgets(line, sizeof(line), in)); /* key material */
	fclose(in);
	line[strcspn(line, "\n")] = '\0';
	assert_true(log_has("logged in"));
	assert_false(log_has(line));
	assert_false(log_has("s3cret-phrase"));
	assert_false(log_has("wrong-phrase"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_target_defaults_and_errors),
		cmocka_unit_test(test_target_host_keys),
		cmocka_unit_test(test_known_host_connects),
		cmocka_unit_test(test_unknown_host_is_refused),
		cmocka_unit_test(test_changed_host_key_is_refused),
		cmocka_unit_test(test_hashed_known_hosts_entry),
		cmocka_unit_test(test_wrong_key_is_refused),
		cmocka_unit_test(test_key_in_memory),
		cmocka_unit_test(test_key_with_passphrase),
		cmocka_unit_test(test_agent),
		cmocka_unit_test(test_closed_port_fails_fast),
		cmocka_unit_test(test_exec),
		cmocka_unit_test(test_sftp),
		cmocka_unit_test(test_tunnel_concurrent_connections),
		cmocka_unit_test(test_tunnel_refused_forward_closes_the_client),
		cmocka_unit_test(test_tunnel_close_with_open_connections),
		cmocka_unit_test(test_tunnel_bad_bastion_fails_at_open),
		cmocka_unit_test(test_log_holds_no_secret),
	};
	int rc;

	log_set_sink(keep_log_line);
	rc = cmocka_run_group_tests(tests, setup, teardown);
	log_set_sink(NULL);
	strbuf_release(&log_text);
	return rc;
}
