/*
 * build.c: building what a resource uploads from its declared inputs, once
 * per distinct set of inputs, into a cache keyed by their SHA-256 (build.h
 * says what counts as an input and how the cache is laid out; cache.c holds
 * the cache, local and shared; files.c the paths, the files under a path
 * and their SHA-256s). Here: the inputs' key, running the command,
 * the locks, the `build` block of a resource and what a plan shows of it.
 *
 * The steps, in order: expand the inputs (globs, folders) to a sorted list
 * of files; hash them with the command, environment and tool versions (the
 * key); look the key up in the local cache, then the shared one; on a miss,
 * take the output's lock (and, with a shared folder, the key's lock there,
 * then look again), remove the old output, run the command with
 * posix_spawn in its own process group (its output to the log), copy the
 * output into a scratch folder of the cache, hash it, and rename the
 * scratch folder to the key: a cache entry is complete or absent. Locks
 * are flock(2)s, taken by polling so that SIGINT or a deadline (the
 * build's timeout and a minute) ends the wait; the kernel drops them with
 * the process.
 */
#include "provider/base/clock.h"
#include "provider/base/input_file.h"
#include "provider/build/build.h"
#include "provider/build/build_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "provider/base/log.h"
#include "provider/base/progress.h"

extern char **environ;

#define DIGEST_SHOWN 12        /* hex digits of each input's digest kept in the state */
#define TOOL_ANSWER_MAX 4096
#define LOG_TAIL_LINES 10
#define STOP_GRACE_SECONDS 5.0
#define POLL_NANOSECONDS 20000000L

/* ---- small helpers ---- */

/* ---- running a command ---- */

/* The command's environment: ours, with SOURCE_DATE_EPOCH and the spec's
 * entries put over it (NULL-terminated, entries borrowed). */
static char **command_environment(const struct build_spec *spec)
{
	size_t n = 0, out = 0;
	bool epoch_set = false;
	char **env;

	while (environ[n])
		n++;
	env = xcalloc(n + spec->n_env + 2, sizeof(*env));
	for (size_t i = 0; i < n; i++) {
		const char *eq = strchr(environ[i], '=');
		size_t len = eq ? (size_t)(eq - environ[i]) : strlen(environ[i]);
		bool replaced = len == strlen("SOURCE_DATE_EPOCH") &&
				!strncmp(environ[i], "SOURCE_DATE_EPOCH", len);

		for (size_t k = 0; !replaced && k < spec->n_env; k++)
			replaced = !strncmp(spec->env[k], environ[i], len) && spec->env[k][len] == '=';
		if (!replaced)
			env[out++] = environ[i];
	}
	for (size_t k = 0; k < spec->n_env; k++) {
		env[out++] = (char *)spec->env[k];
		if (!strncmp(spec->env[k], "SOURCE_DATE_EPOCH=", 18))
			epoch_set = true;
	}
	if (!epoch_set)
		env[out++] = "SOURCE_DATE_EPOCH=" BUILD_SOURCE_DATE_EPOCH;
	env[out] = NULL;
	return env;
}

/*
 * Run argv in dir with its output and errors to out_fd, in its own process
 * group. 0 with *status (waitpid's), or -1 with err: it could not start,
 * it ran past the deadline, or the user asked to stop (it is then sent
 * SIGTERM, and SIGKILL after a grace period).
 */
static int run_command(const struct build_spec *spec, char **argv, int out_fd, int *status,
		       struct strbuf *err)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, deflt;
	char **env = command_environment(spec);
	double timeout = spec->timeout > 0 ? spec->timeout : BUILD_DEFAULT_TIMEOUT;
	double deadline = monotonic_seconds() + timeout, killed_at = 0;
	const char *why = NULL;
	pid_t pid;
	int rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
	posix_spawn_file_actions_adddup2(&fa, out_fd, 2);
	if (spec->dir && *spec->dir)
		posix_spawn_file_actions_addchdir_np(&fa, spec->dir);
	posix_spawnattr_init(&attr);
	sigemptyset(&none);
	sigemptyset(&deflt);
	sigaddset(&deflt, SIGINT);
	sigaddset(&deflt, SIGTERM);
	sigaddset(&deflt, SIGPIPE);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &deflt);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF |
					POSIX_SPAWN_SETPGROUP);
	rc = posix_spawnp(&pid, argv[0], &fa, &attr, argv, env);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	free(env);
	if (rc) {
		strbuf_addf(err, "cannot run %s: %s", argv[0], strerror(rc));
		return -1;
	}
	for (;;) {
		pid_t w = waitpid(pid, status, WNOHANG);

		if (w == pid)
			break;
		if (w < 0 && errno != EINTR) {
			strbuf_addf(err, "waiting for %s: %s", argv[0], strerror(errno));
			return -1;
		}
		if (!why && progress_stop_requested())
			why = "interrupted";
		if (!why && monotonic_seconds() > deadline)
			why = "timed out";
		if (why && !killed_at) {
			kill(-pid, SIGTERM);
			killed_at = monotonic_seconds();
		} else if (why && monotonic_seconds() > killed_at + STOP_GRACE_SECONDS) {
			kill(-pid, SIGKILL);
		}
		nanosleep(&(struct timespec){ 0, POLL_NANOSECONDS }, NULL);
	}
	if (why) {
		if (!strcmp(why, "timed out"))
			strbuf_addf(err, "the build timed out after %.0f s and was stopped", timeout);
		else
			strbuf_addstr(err, "the build was interrupted and stopped");
		return -1;
	}
	return 0;
}

/* A tool's `NAME --version` answer, for the inputs' key. */
static int tool_version(const struct build_spec *spec, const char *tool, struct strbuf *answer,
			struct strbuf *err)
{
	const char *tmp = getenv("TMPDIR");
	char path[4096];
	char *argv[] = { (char *)tool, "--version", NULL };
	struct build_spec quick = *spec;
	int fd, status = 0, rc;

	/* The answer goes to a file nobody else can see, in $TMPDIR as
	 * mkstemp's callers expect. */
	snprintf(path, sizeof(path), "%s/terrace-tool-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	fd = mkstemp(path);

	if (fd < 0) {
		strbuf_addf(err, "cannot make a temporary file: %s", strerror(errno));
		return -1;
	}
	unlink(path);
	quick.timeout = 60;
	rc = run_command(&quick, argv, fd, &status, err);
	if (rc == 0 && (!WIFEXITED(status) || WEXITSTATUS(status))) {
		strbuf_addf(err, "build.tools: \"%s --version\" failed", tool);
		rc = -1;
	}
	if (rc == 0) {
		char buf[TOOL_ANSWER_MAX];
		ssize_t n = pread(fd, buf, sizeof(buf), 0);

		if (n > 0)
			strbuf_add(answer, buf, (size_t)n);
	} else {
		strbuf_prefixf(err, "build.tools: %s: ", tool);
	}
	close(fd);
	return rc;
}

/* ---- the inputs' key ---- */

static void add_digest(json_t *digests, const char *name, const char *hex)
{
	json_object_set_new(digests, name, json_stringn(hex, DIGEST_SHOWN));
}

int build_hash_inputs(const struct build_spec *spec, struct build_result *r, struct strbuf *err)
{
	struct file_list files = { 0 };
	EVP_MD_CTX *ctx;
	char sha[BUILD_SHA256_HEX];
	int rc = 0;

	memset(r, 0, sizeof(*r));
	if (!spec->n_command || !spec->output || !*spec->output) {
		strbuf_addstr(err, "build: command and output must be set");
		return -1;
	}
	for (size_t i = 0; rc == 0 && i < spec->n_inputs; i++)
		rc = build_expand_input(spec->dir, spec->inputs[i], spec->output, &files, err);
	if (rc) {
		build_file_list_release(&files);
		return -1;
	}
	build_file_list_settle(&files);
	r->input_digests = json_object();
	ctx = build_digest_new();
	build_digest_str(ctx, "terrace build 1");
	build_part_digest(spec->command, spec->n_command, false, sha);
	build_digest_str(ctx, "(command)");
	build_digest_str(ctx, sha);
	add_digest(r->input_digests, "(command)", sha);
	build_digest_str(ctx, "(output)");
	build_digest_str(ctx, spec->output);
	if (spec->include) {
		build_digest_str(ctx, "(include)");
		build_digest_str(ctx, spec->include);
	}
	if (spec->n_env) {
		build_part_digest(spec->env, spec->n_env, true, sha);
		build_digest_str(ctx, "(environment)");
		build_digest_str(ctx, sha);
		add_digest(r->input_digests, "(environment)", sha);
	}
	for (size_t i = 0; i < spec->n_outside; i++) {
		const char *eq = strchr(spec->outside[i], '=');
		char *name = xasprintf("(%.*s)", eq ? (int)(eq - spec->outside[i]) : 0,
				       spec->outside[i]);

		build_digest_str(ctx, name);
		build_digest_str(ctx, eq ? eq + 1 : spec->outside[i]);
		add_digest(r->input_digests, name, eq ? eq + 1 : spec->outside[i]);
		free(name);
	}
	for (size_t i = 0; rc == 0 && i < spec->n_tools; i++) {
		struct strbuf answer = STRBUF_INIT;
		char *name = xasprintf("(tool %s)", spec->tools[i]);

		rc = tool_version(spec, spec->tools[i], &answer, err);
		if (rc == 0) {
			const char *one[] = { answer.buf };

			build_part_digest(one, 1, false, sha);
			build_digest_str(ctx, name);
			build_digest_str(ctx, sha);
			add_digest(r->input_digests, name, sha);
		}
		free(name);
		strbuf_release(&answer);
	}
	for (size_t i = 0; rc == 0 && i < files.n; i++) {
		char *path = build_join(spec->dir, files.v[i]);
		struct stat st;

		rc = stat(path, &st) < 0 ? -1 : build_file_sha256(path, sha, err);
		if (rc == 0) {
			build_digest_str(ctx, files.v[i]);
			build_digest_str(ctx, st.st_mode & 0111 ? "x" : "-");
			build_digest_str(ctx, sha);
			add_digest(r->input_digests, files.v[i], sha);
		} else if (!err->len) {
			strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		}
		free(path);
	}
	if (rc == 0)
		build_digest_final_hex(ctx, r->inputs_sha256);
	EVP_MD_CTX_free(ctx);
	build_file_list_release(&files);
	if (rc)
		build_result_release(r);
	return rc;
}

/* ---- running the build: its log, storing its output, the locks ---- */

/* The last lines of a log, for an error message. */
static void log_tail(const char *path, struct strbuf *out)
{
	struct strbuf log = STRBUF_INIT;
	size_t start, lines = 0;

	const char *why;
	if (input_file_read(path, &log, &why) < 0) {
		strbuf_release(&log);
		return;
	}
	start = log.len;
	while (start > 0 && log.buf[start - 1] == '\n')
		start--;
	while (start > 0 && lines < LOG_TAIL_LINES) {
		start--;
		if (log.buf[start] == '\n' && ++lines == LOG_TAIL_LINES) {
			start++;
			break;
		}
	}
	if (start < log.len)
		strbuf_addf(out, "\n%.*s", (int)(log.len - start), log.buf + start);
	if (out->len && out->buf[out->len - 1] == '\n')
		strbuf_setlen(out, out->len - 1);
	strbuf_release(&log);
}

/* Run the command and store its output under the key (the output's lock
 * held). */
static int run_and_store(const struct build_spec *spec, const char *name, struct build_result *r,
			 struct strbuf *err)
{
	char *logs = xasprintf(BUILD_CACHE_DIR "/logs");
	char *log_path = xasprintf("%s/%s.log", logs, r->inputs_sha256);
	char *output = build_join(spec->dir, spec->output);
	char *staging = NULL, *staged = NULL, *sum_path = NULL;
	char **argv = xcalloc(spec->n_command + 1, sizeof(*argv));
	struct strbuf sum = STRBUF_INIT, why = STRBUF_INIT;
	int fd = -1, status = 0, rc;
	struct stat st;

	for (size_t i = 0; i < spec->n_command; i++)
		argv[i] = (char *)spec->command[i];
	rc = build_make_dirs(logs, err);
	if (rc == 0 && (fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)) < 0) {
		strbuf_addf(err, "cannot write the build log %s: %s", log_path, strerror(errno));
		rc = -1;
	}
	/* The output is the command's alone: what an earlier build left goes first. */
	if (rc == 0 && build_remove_tree(output, 0) < 0) {
		strbuf_addf(err, "cannot remove the old output %s: %s", output, strerror(errno));
		rc = -1;
	}
	if (rc == 0) {
		char *label = xasprintf("building %s", output);

		progress_status(label);
		log_debugf("build: running %s in %s for %s", argv[0], spec->dir ? spec->dir : ".",
			   output);
		free(label);
		rc = run_command(spec, argv, fd, &status, err);
		progress_status("");
	}
	if (fd >= 0)
		close(fd);
	if (rc == 0 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		if (WIFEXITED(status))
			strbuf_addf(&why, "exit status %d", WEXITSTATUS(status));
		else
			strbuf_addf(&why, "signal %d", WTERMSIG(status));
		strbuf_addf(err, "the build failed (%s: %s)", argv[0], why.buf);
		rc = -1;
	} else if (rc == 0 && stat(output, &st) < 0) {
		strbuf_addf(err, "the build succeeded but made no %s", output);
		rc = -1;
	} else if (rc == 0 && spec->include) {
		char *include = build_join(spec->dir, spec->include);

		if (!S_ISDIR(st.st_mode)) {
			strbuf_addf(err, "build.include needs a folder output; %s is a file", output);
			rc = -1;
		} else {
			rc = build_copy_tree(include, output, err);
		}
		free(include);
		if (rc) {
			strbuf_addf(err, "\nbuild log: %s", log_path);
			goto done;
		}
	}
	if (rc) {
		log_tail(log_path, err);
		strbuf_addf(err, "\nbuild log: %s", log_path);
		goto done;
	}
	/* Staged beside the cache, then stored whole under the key. */
	staging = xasprintf(BUILD_CACHE_DIR "/tmp-stage-%s-%ld", r->inputs_sha256, (long)getpid());
	staged = build_join(staging, name);
	sum_path = build_join(staging, "output.sha256");
	build_remove_tree(staging, 0);
	rc = build_make_dirs(staging, err);
	if (rc == 0)
		rc = build_copy_tree(output, staged, err);
	if (rc == 0)
		rc = build_path_sha256(staged, r->output_sha256, err);
	if (rc == 0) {
		strbuf_addf(&sum, "%s\n", r->output_sha256);
		FILE *f = fopen(sum_path, "w");
		if (!f || fputs(sum.buf, f) < 0 || fclose(f)) {
			strbuf_addf(err, "cannot write %s", sum_path);
			rc = -1;
		}
	}
	if (rc == 0) {
		char *entry = xasprintf(BUILD_CACHE_DIR "/%s", r->inputs_sha256);

		if (rename(staging, entry) < 0 && errno != EEXIST && errno != ENOTEMPTY) {
			strbuf_addf(err, "cannot store the build in %s: %s", entry, strerror(errno));
			rc = -1;
		}
		if (rc == 0)
			build_share_entry(r->inputs_sha256, entry);
		free(entry);
	}
	build_remove_tree(staging, 0);
	if (rc == 0 && !build_cache_lookup(BUILD_CACHE_DIR, name, r)) {
		strbuf_addf(err, "the build of %s is not in %s after storing it", output,
			    BUILD_CACHE_DIR);
		rc = -1;
	}
	r->built = rc == 0;
done:
	strbuf_release(&sum);
	strbuf_release(&why);
	free(staging);
	free(staged);
	free(sum_path);
	free(argv);
	free(output);
	free(log_path);
	free(logs);
	return rc;
}

/* How long a build waits for another's lock: that build may run for its
 * whole timeout; a minute more lets it store what it made. */
static double lock_patience(const struct build_spec *spec)
{
	return (spec->timeout > 0 ? spec->timeout : BUILD_DEFAULT_TIMEOUT) + 60.0;
}

/*
 * Open (creating it) the lock file `path` and take an exclusive flock on
 * it, polling, so that a stop request (SIGINT, SIGTERM) or `patience`
 * seconds end the wait; the kernel releases the lock when the descriptor
 * closes, also when the process dies. The descriptor, or -1 with err.
 * `what` names the lock's purpose in messages and the progress line.
 */
static int lock_wait(const char *path, const char *what, double patience, struct strbuf *err)
{
	double deadline = monotonic_seconds() + patience;
	bool waiting = false;
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);

	if (fd < 0) {
		strbuf_addf(err, "cannot open the lock %s: %s", path, strerror(errno));
		return -1;
	}
	while (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		bool failed = true;

		if (errno != EWOULDBLOCK && errno != EINTR)
			strbuf_addf(err, "cannot lock %s: %s", path, strerror(errno));
		else if (progress_stop_requested())
			strbuf_addf(err, "interrupted while waiting for %s (the lock %s)", what, path);
		else if (monotonic_seconds() > deadline)
			strbuf_addf(err, "waited %.0f s for %s (the lock %s is still held)", patience,
				    what, path);
		else
			failed = false;
		if (failed) {
			close(fd);
			fd = -1;
			break;
		}
		if (!waiting) {
			char *label = xasprintf("waiting for %s", what);

			progress_status(label);
			free(label);
			waiting = true;
		}
		nanosleep(&(struct timespec){ 0, POLL_NANOSECONDS }, NULL);
	}
	if (waiting)
		progress_status("");
	return fd;
}

/* One lock per output path (builds writing the same output wait for each
 * other, threads and processes alike). */
static int lock_output(const struct build_spec *spec, struct strbuf *err)
{
	char *output = build_join(spec->dir, spec->output), sha[BUILD_SHA256_HEX];
	const char *one[] = { output };
	char *locks = xstrdup(BUILD_CACHE_DIR "/locks"), *path, *what;
	int fd = -1;

	build_part_digest(one, 1, false, sha);
	path = xasprintf("%s/%.16s.lock", locks, sha);
	what = xasprintf("another build of %s", output);
	if (!build_make_dirs(locks, err))
		fd = lock_wait(path, what, lock_patience(spec), err);
	free(what);
	free(path);
	free(locks);
	free(output);
	return fd;
}

/*
 * With a shared cache that is a folder (a lab's mount, a CI runners'
 * volume), one lock per key in it, SHARED/locks/KEY.lock: the same inputs
 * built from several checkouts at once (lab shards, CI runners) take turns,
 * and the later ones find the first's entry there. The descriptor; -1 when
 * there is nothing to lock (no folder cache) or it cannot be locked
 * (a read-only mount, a deadline passed: logged, the build runs unlocked,
 * which costs a second build, never a broken entry, since entries are
 * stored by rename); -2 with err when interrupted.
 */
static int lock_shared_key(const struct build_spec *spec, const char *key, struct strbuf *err)
{
	const char *shared = build_shared_cache();
	const struct build_cache_store *store;
	struct strbuf why = STRBUF_INIT;
	char *locks, *path, *what;
	int fd = -1;

	if (!shared || build_store_of(shared, &store, &why) || store) {
		strbuf_release(&why);
		return -1;
	}
	locks = xasprintf("%s/locks", shared);
	path = xasprintf("%s/%s.lock", locks, key);
	what = xasprintf("another build of %.12s in %s", key, shared);
	if (!build_make_dirs(locks, &why))
		fd = lock_wait(path, what, lock_patience(spec), &why);
	if (fd < 0 && progress_stop_requested()) {
		strbuf_add(err, why.buf, why.len);
		fd = -2;
	} else if (fd < 0) {
		log_debugf("build: %s built without the shared cache's lock: %s", key, why.buf);
	}
	strbuf_release(&why);
	free(what);
	free(path);
	free(locks);
	return fd;
}

int build_ensure(const struct build_spec *spec, struct build_result *r, struct strbuf *err)
{
	char *name;
	int lock, rc = 0;

	if (build_hash_inputs(spec, r, err))
		return -1;
	name = build_output_name(spec->output);
	if (build_cache_lookup(BUILD_CACHE_DIR, name, r)) {
		free(name);
		return 0;
	}
	if ((lock = lock_output(spec, err)) < 0) {
		free(name);
		build_result_release(r);
		return -1;
	}
	/* Another thread or process may have stored it while we waited. */
	if (!build_cache_lookup(BUILD_CACHE_DIR, name, r)) {
		int shared = build_take_shared(name, r, err), shared_lock = -1;

		/* Not in the shared folder: take its lock for the key, then
		 * look again (another checkout may have built it meanwhile). */
		if (shared == 0) {
			shared_lock = lock_shared_key(spec, r->inputs_sha256, err);
			if (shared_lock == -2)
				shared = -1;
			else if (shared_lock >= 0)
				shared = build_take_shared(name, r, err);
		}
		rc = shared < 0 ? -1 : shared == 0 ? run_and_store(spec, name, r, err) : 0;
		if (shared_lock >= 0)
			close(shared_lock);
	}
	close(lock);
	free(name);
	if (rc)
		build_result_release(r);
	return rc;
}

/* ---- what a plan shows ---- */

void build_describe_changes(const json_t *before, const json_t *after, struct strbuf *out)
{
	json_t *changed = json_array();
	const char *k;
	json_t *v;
	size_t total = json_object_size(after);

	if (!json_is_object(before)) {
		strbuf_addf(out, "%zu input%s, not built before", total, total == 1 ? "" : "s");
		json_decref(changed);
		return;
	}
	json_object_foreach((json_t *)after, k, v)
		if (!json_equal(v, json_object_get(before, k)))
			json_array_append_new(changed, json_string(k));
	json_object_foreach((json_t *)before, k, v)
		if (!json_object_get(after, k))
			json_array_append_new(changed, json_sprintf("%s (removed)", k));
	if (json_array_size(changed)) {
		size_t i;

		strbuf_addf(out, "%zu of %zu input%s changed: ", json_array_size(changed), total,
			    total == 1 ? "" : "s");
		json_array_foreach(changed, i, v)
			strbuf_addf(out, "%s%s", i ? ", " : "", json_string_value(v));
	}
	json_decref(changed);
}

/* ---- the `build` block of a resource ---- */

/* A list of strings as a borrowed array; -1 when it is not one. */
static int string_list(const json_t *v, const char ***out, size_t *n)
{
	size_t i;
	json_t *e;

	*out = NULL;
	*n = 0;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_array(v))
		return -1;
	*out = xcalloc(json_array_size(v) + 1, sizeof(**out));
	json_array_foreach(v, i, e) {
		if (!json_is_string(e))
			return -1;
		(*out)[(*n)++] = json_string_value(e);
	}
	return 0;
}

int build_plan_desired(json_t *desired, const char *type, bool want_file, const json_t *outside,
		       bool *built, struct strbuf *err)
{
	json_t *block = json_object_get(desired, "build"), *env, *timeout, *dir, *output, *copy;
	struct build_spec spec = { 0 };
	struct build_result r;
	char **env_entries = NULL, **outside_entries = NULL;
	int rc = -1;

	if (!block || json_is_null(block))
		return 0;
	if (!json_is_object(block)) {
		strbuf_addf(err, "%s: build must be a block (command, inputs, output)", type);
		return -1;
	}
	{
		json_t *source = json_object_get(desired, "source");

		if (source && !json_is_null(source)) {
			strbuf_addf(err, "%s: set source or build, not both: the build's output is "
				    "what is uploaded", type);
			return -1;
		}
	}
	dir = json_object_get(block, "dir");
	spec.include = json_string_value(json_object_get(block, "include"));
	output = json_object_get(block, "output");
	env = json_object_get(block, "environment");
	timeout = json_object_get(block, "timeout");
	if (string_list(json_object_get(block, "command"), &spec.command, &spec.n_command) ||
	    !spec.n_command) {
		strbuf_addf(err, "%s: build.command must be a list of strings (the program, then its "
			    "arguments)", type);
		goto done;
	}
	if (string_list(json_object_get(block, "inputs"), &spec.inputs, &spec.n_inputs)) {
		strbuf_addf(err, "%s: build.inputs must be a list of files, folders or patterns", type);
		goto done;
	}
	if (string_list(json_object_get(block, "tools"), &spec.tools, &spec.n_tools)) {
		strbuf_addf(err, "%s: build.tools must be a list of program names", type);
		goto done;
	}
	if (!json_is_string(output) || !*json_string_value(output)) {
		strbuf_addf(err, "%s: build.output must name the file or folder the command makes",
			    type);
		goto done;
	}
	spec.output = json_string_value(output);
	if (spec.output[0] == '/' || !strcmp(spec.output, ".") || !strncmp(spec.output, "../", 3) ||
	    strstr(spec.output, "/../") || !strcmp(spec.output, "..")) {
		strbuf_addf(err, "%s: build.output \"%s\" must be a path under the build's folder",
			    type, spec.output);
		goto done;
	}
	spec.dir = json_is_string(dir) ? json_string_value(dir) : ".";
	spec.timeout = json_is_number(timeout) ? json_number_value(timeout) : 0;
	if (json_is_object(env)) {
		const char *k;
		json_t *v;
		size_t i = 0;

		env_entries = xcalloc(json_object_size(env) + 1, sizeof(*env_entries));
		json_object_foreach(env, k, v) {
			if (!json_is_string(v)) {
				strbuf_addf(err, "%s: build.environment.%s must be a string", type, k);
				goto done;
			}
			env_entries[i++] = xasprintf("%s=%s", k, json_string_value(v));
		}
		spec.env = (const char **)env_entries;
		spec.n_env = i;
	}
	if (json_object_size(outside)) {
		const char *k;
		json_t *v;
		size_t i = 0;

		outside_entries = xcalloc(json_object_size(outside) + 1, sizeof(*outside_entries));
		json_object_foreach((json_t *)outside, k, v)
			outside_entries[i++] = xasprintf("%s=%s", k, json_string_value(v));
		spec.outside = (const char **)outside_entries;
		spec.n_outside = i;
	}
	if (build_ensure(&spec, &r, err)) {
		strbuf_prefixf(err, "%s: build: ", type);
		goto done;
	}
	if (want_file && r.output_is_dir) {
		strbuf_addf(err, "%s: build.output %s is a folder; this type uploads one file: make "
			    "the command write an archive (a .zip, a .jar, a .whl)", type, spec.output);
		build_result_release(&r);
		goto done;
	}
	copy = json_deep_copy(block);
	json_object_set_new(copy, "inputs_sha256", json_string(r.inputs_sha256));
	json_object_set_new(copy, "output_sha256", json_string(r.output_sha256));
	json_object_set(copy, "input_digests", r.input_digests);
	json_object_set_new(desired, "build", copy);
	json_object_set_new(desired, "source", json_string(r.output_path));
	if (built)
		*built = r.built;
	build_result_release(&r);
	rc = 0;
done:
	if (env_entries)
		for (size_t i = 0; env_entries[i]; i++)
			free(env_entries[i]);
	free(env_entries);
	for (size_t i = 0; i < spec.n_outside; i++)
		free(outside_entries[i]);
	free(outside_entries);
	free(spec.command);
	free(spec.inputs);
	free(spec.tools);
	return rc;
}
