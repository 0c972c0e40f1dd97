/*
 * build.c: `terrace build [ADDRESS]`: build what the stack's resources
 * upload (their `build` blocks, provider/build/build.h) without planning or
 * applying: no state, no lock, no server. To try a build locally, or to
 * fill the cache (.terrace/build, TERRACE_BUILD_CACHE) in CI before plan.
 */
#include "cmd/build.h"
#include "cmd/cli.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "plan/conditions.h"
#include "plan/eval.h"
#include "plan/plan.h"
#include "provider/build/build.h"
#include "provider/base/clock.h"
#include "provider/base/progress.h"

static const struct cli_command build_cmd = {
	"build", "terrace build [options] [ADDRESS]",
	"Build the outputs of the resources that have a build block (or of ADDRESS alone),\n"
	"as plan would, into the build cache: a resource whose inputs are unchanged is\n"
	"taken from the cache, not built again. Reads no state and calls no server.",
	1,
};

/* Build blocks name variables and locals; a resource's attributes are not
 * known here (nothing is read), nor a lookup's results (none is read: the
 * plan reads them first, then builds what names them). Both exist, as in
 * the plan's scope, so attributes outside the build may name them. */
static const json_t *no_resource_attrs(void *ctx, const char *name,
				       const json_t **sensitive_names, bool *exists)
{
	const json_t *snapshot = ctx;

	*sensitive_names = NULL;
	*exists = snapshot_entry(snapshot, name) != NULL;
	return NULL;
}

static bool stop_requested(void)
{
	return plan_stop_requested();
}

/* The library says "building OUTPUT" (progress_status) when a command
 * runs, "taken from SHARED" when the output comes from the shared cache,
 * nothing when it is in the local one; each from the thread that builds. */
static _Thread_local bool ran_command, from_shared;

static void build_status(const char *text)
{
	if (!strncmp(text, "building ", 9))
		ran_command = true;
	if (!strncmp(text, "taken from ", 11))
		from_shared = true;
}

static const struct progress_sink build_sink = { .stop_requested = stop_requested,
						 .status = build_status };

/* One resource that builds, and what its build gave. */
struct build_job {
	const char *address;
	const struct resource_type *rt;
	const json_t *res;
	json_t *desired;         /* NULL: failed (err), or refused */
	struct strbuf err;
	bool refused;            /* a precondition fails: not built, plan says why */
	bool ran, shared;
	bool started, finished;   /* under the pool's mu */
	double seconds;
};

/* The jobs, taken in order by up to `parallelism` threads. */
struct build_pool {
	const struct eval_scope *sc;
	struct build_job *jobs;
	size_t n, next, done;
	bool failed;             /* a build failed: no new one starts (the plan fails) */
	pthread_mutex_t mu;      /* next, done, failed, the jobs' started and finished */
	pthread_mutex_t eval_mu; /* evaluation is one thread's at a time (as in apply) */
};

/* Build one resource as plan would: its attributes evaluated (other
 * resources' unknown) and its type's derivation run, which builds; none
 * of it for a resource a precondition of which fails, which plan does not
 * plan (plan_change: the precondition's message is the error). */
static void build_job_run(struct build_pool *pool, struct build_job *j)
{
	json_t *sensitive = NULL;
	double t0 = monotonic_seconds();

	ran_command = from_shared = false;
	pthread_mutex_lock(&pool->eval_mu);
	j->refused = conditions_check(pool->sc, j->res, "precondition", NULL, &j->err) != 0;
	pthread_mutex_unlock(&pool->eval_mu);
	j->desired = j->refused ? NULL
		     : plan_desired_attrs(pool->sc, j->address, j->rt, j->res, NULL,
					  &pool->eval_mu, &sensitive, NULL, NULL, &j->err);
	j->ran = ran_command;
	j->shared = from_shared;
	j->seconds = monotonic_seconds() - t0;
	json_decref(sensitive);
}

static void *build_worker(void *arg)
{
	struct build_pool *pool = arg;

	for (;;) {
		pthread_mutex_lock(&pool->mu);
		size_t i = pool->next < pool->n && !pool->failed && !plan_stop_requested()
				   ? pool->next++ : pool->n;
		if (i < pool->n)
			pool->jobs[i].started = true;
		pthread_mutex_unlock(&pool->mu);
		if (i == pool->n)
			return NULL;
		build_job_run(pool, &pool->jobs[i]);
		pthread_mutex_lock(&pool->mu);
		pool->jobs[i].finished = true;
		pool->failed = pool->failed || (!pool->jobs[i].desired && !pool->jobs[i].refused);
		pool->done++;
		pthread_mutex_unlock(&pool->mu);
	}
}

/* Whether a resource of the snapshot has a build (or python) block. */
static bool resource_builds(const json_t *res, const struct resource_type **rt_out)
{
	const char *type = json_string_value(json_object_get(res, "type"));
	const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
	const json_t *config = json_object_get(res, "config");

	*rt_out = rt;
	return (rt && schema_find(rt->attrs, "build") && json_object_get(config, "build")) ||
	       (rt && schema_find(rt->attrs, "python") && json_object_get(config, "python"));
}

/* The progress line on a terminal: how many are done, which run. */
static void draw_progress(struct build_pool *pool, double t0, size_t *width)
{
	struct strbuf line = STRBUF_INIT;
	size_t running = 0;

	pthread_mutex_lock(&pool->mu);
	strbuf_addf(&line, "Building: %zu of %zu done", pool->done, pool->n);
	for (size_t i = 0; i < pool->n; i++)
		if (pool->jobs[i].started && !pool->jobs[i].finished && running++ < 3)
			strbuf_addf(&line, "%s%s", running == 1 ? ", running " : ", ",
				    pool->jobs[i].address);
	pthread_mutex_unlock(&pool->mu);
	strbuf_addf(&line, " (%.0fs)", monotonic_seconds() - t0);
	if (line.len > 160)
		strbuf_setlen(&line, 160);
	fprintf(stdout, "\r%-*s", (int)*width, line.buf);
	fflush(stdout);
	*width = line.len;
	strbuf_release(&line);
}

/*
 * Build every resource of the snapshot that has a build block (or only
 * those whose addresses are keys of the object `only`), up to
 * `parallelism` at a time. With `line`, a progress line is
 * redrawn on stdout while they run. Returns the jobs (n_jobs of them), in
 * the snapshot's order; the caller reports and frees them.
 */
static struct build_job *build_pool_run(const json_t *snapshot, const json_t *only,
					int parallelism, bool line, size_t *n_jobs)
{
	const json_t *resources = json_object_get(snapshot, "resources");
	struct eval_scope sc = { .snapshot = snapshot, .resource_attrs = no_resource_attrs,
				 .ctx = (void *)snapshot };
	struct build_pool pool = { .sc = &sc };
	const char *address;
	json_t *res;
	size_t n_threads;
	pthread_t *threads;
	double t0;

	pool.jobs = xcalloc(json_object_size(resources) + 1, sizeof(*pool.jobs));
	json_object_foreach((json_t *)resources, address, res) {
		const struct resource_type *rt;

		if ((only && !json_object_get(only, address)) || !resource_builds(res, &rt))
			continue;
		pool.jobs[pool.n] = (struct build_job){ .address = address, .rt = rt, .res = res,
							.err = STRBUF_INIT };
		pool.n++;
	}
	*n_jobs = pool.n;
	if (!pool.n)
		return pool.jobs;
	pthread_mutex_init(&pool.mu, NULL);
	pthread_mutex_init(&pool.eval_mu, NULL);
	n_threads = parallelism > 0 ? (size_t)parallelism : 10;
	if (n_threads > pool.n)
		n_threads = pool.n;
	threads = xcalloc(n_threads, sizeof(*threads));
	t0 = monotonic_seconds();
	for (size_t i = 0; i < n_threads; i++)
		if (pthread_create(&threads[i], NULL, build_worker, &pool))
			abort();
	if (line) {
		size_t width = 0;

		for (;;) {
			pthread_mutex_lock(&pool.mu);
			bool finished = pool.done == pool.next &&
					(pool.next == pool.n || pool.failed || plan_stop_requested());
			pthread_mutex_unlock(&pool.mu);
			if (finished)
				break;
			draw_progress(&pool, t0, &width);
			nanosleep(&(struct timespec){ 0, 200000000L }, NULL);
		}
		if (width) {
			fprintf(stdout, "\r%-*s\r", (int)width, "");
			fflush(stdout);
		}
	}
	for (size_t i = 0; i < n_threads; i++)
		pthread_join(threads[i], NULL);
	free(threads);
	pthread_mutex_destroy(&pool.mu);
	pthread_mutex_destroy(&pool.eval_mu);
	return pool.jobs;
}

static void build_jobs_free(struct build_job *jobs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		json_decref(jobs[i].desired);
		strbuf_release(&jobs[i].err);
	}
	free(jobs);
}

/* The output's hash a planned change recorded for its build, or NULL. */
static const char *planned_output_sha256(const struct plan *p, const char *address)
{
	for (size_t i = 0; p && i < p->n_changes; i++)
		if (!strcmp(p->changes[i].name, address))
			return json_string_value(json_object_get(
				json_object_get(p->changes[i].after, "build"), "output_sha256"));
	return NULL;
}

/* Build those of the snapshot (all: only NULL) and report each failure in
 * d: -1 when one failed or the user asked to stop. With a saved plan, an
 * output built again (its cache entry gone since the plan) must have the
 * bytes the plan recorded: the plan's key and hash name them. */
static int build_and_report(const json_t *snapshot, const json_t *only, int parallelism,
			    bool line, const struct plan *plan, struct diags *d)
{
	size_t n;
	/* A build's folder, inputs and output are the stack's folder's, as
	 * every relative path of the stack (plan/plan.h, plan_enter_dir). */
	struct strbuf err = STRBUF_INIT;
	int saved;
	if (plan_enter_dir(snapshot, &saved, &err)) {
		diag_subject_errorf(d, NULL, "%s", err.buf);
		strbuf_release(&err);
		return -1;
	}
	strbuf_release(&err);
	struct build_job *jobs = build_pool_run(snapshot, only, parallelism,
						line && isatty(STDOUT_FILENO), &n);
	plan_leave_dir(saved);
	int failed = 0;

	for (size_t i = 0; i < n; i++) {
		const char *want = planned_output_sha256(plan, jobs[i].address), *got;

		if (!jobs[i].started || jobs[i].refused)
			continue;
		if (!jobs[i].desired) {
			diag_subject_errorf(d, NULL, "resource %s: %s", jobs[i].address,
					    jobs[i].err.buf);
			failed++;
			continue;
		}
		got = json_string_value(json_object_get(json_object_get(jobs[i].desired, "build"),
							"output_sha256"));
		if (want && got && strcmp(want, got)) {
			diag_subject_errorf(d, NULL, "resource %s: the build made other bytes than "
					    "when the plan was made (output sha256 %.12s, the plan's "
					    "%.12s) from the same inputs: it is not reproducible; "
					    "plan again", jobs[i].address, got, want);
			failed++;
		}
	}
	build_jobs_free(jobs, n);
	return failed || plan_stop_requested() ? -1 : 0;
}

int build_before_plan(const json_t *snapshot, int parallelism, bool line, struct diags *d)
{
	return build_and_report(snapshot, NULL, parallelism, line, NULL, d);
}

int build_before_apply(const struct plan *p, int parallelism, bool line, struct diags *d)
{
	json_t *only = json_object();
	int rc;

	for (size_t i = 0; i < p->n_changes; i++)
		if (p->changes[i].action != ACTION_NOOP && p->changes[i].action != ACTION_DELETE)
			json_object_set_new(only, p->changes[i].name, json_true());
	rc = json_object_size(only) ? build_and_report(p->snapshot, only, parallelism, line, p, d)
				    : 0;
	json_decref(only);
	return rc;
}

int cmd_build(int argc, char **argv)
{
	static const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_VARS | SETUP_PARALLELISM | SETUP_NO_COLOR | SETUP_ENV),
		OPT_END(),
	};
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&build_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	struct diags d = DIAGS_INIT;
	struct cli_context cx = { 0 };
	const char *only = o.n_positional ? o.positional[0] : NULL;
	json_t *only_set = only ? json_pack("{s:b}", only, 1) : NULL;
	int code = 1, failed = 0, done = 0;

	/* The deployment's function results: a build key made here is the
	 * one its plan makes. */
	if (ctx_load_stack_deployed(&cx, &o, &d))
		goto out;
	progress_set_sink(&build_sink);
	ctx_stop_on_interrupt("\nInterrupt received: stopping the build.\n");
	const json_t *resources = json_object_get(cx.snapshot, "resources");
	const struct resource_type *rt;
	size_t n;

	if (only && !json_object_get(resources, only)) {
		ui_error("no resource %s in the stack", only);
		failed++;
	} else if (only && !resource_builds(json_object_get(resources, only), &rt)) {
		ui_error("%s has no build block", only);
		failed++;
	}
	/* In the stack's folder, as plan's and apply's builds (one cache). */
	struct strbuf where = STRBUF_INIT;
	int saved = -1;
	if (!failed && plan_enter_dir(cx.snapshot, &saved, &where)) {
		ui_error("%s", where.buf);
		failed++;
	}
	strbuf_release(&where);
	struct build_job *jobs = failed ? NULL
					: build_pool_run(cx.snapshot, only_set, o.parallelism,
							 isatty(STDOUT_FILENO), &n);
	plan_leave_dir(saved);
	for (size_t i = 0; jobs && i < n; i++) {
		struct build_job *j = &jobs[i];
		json_t *b = json_object_get(j->desired, "build");
		const char *key = json_string_value(json_object_get(b, "inputs_sha256"));

		if (!j->started)
			continue;
		if (!j->desired) {
			ui_error("%s: %s", j->address, j->err.buf);
			failed++;
			continue;
		}
		if (!key) {
			ui_printf(stdout, "%s: skipped: its build names a value terrace build does "
				  "not know (a lookup's result, which plan reads, or another "
				  "resource's attribute): plan or apply builds it\n", j->address);
			continue;
		}
		done++;
		if (j->ran)
			ui_printf(stdout, "%s: built in %.1f s\n", j->address, j->seconds);
		else if (j->shared)
			ui_printf(stdout, "%s: taken from the shared cache %s in %.1f s\n",
				  j->address, getenv(BUILD_SHARED_CACHE_ENV), j->seconds);
		else
			ui_printf(stdout, "%s: up to date (in the cache)\n", j->address);
		ui_printf(stdout, "  inputs  %s (%zu)\n  output  %s\n  %s\n", key,
			  json_object_size(json_object_get(b, "input_digests")),
			  json_string_value(json_object_get(b, "output_sha256")),
			  json_string_value(json_object_get(j->desired, "source")));
	}
	if (jobs)
		build_jobs_free(jobs, n);
	if (!failed && !done && !only)
		ui_printf(stdout, "No resource has a build block.\n");
	code = failed ? 1 : 0;
out:
	progress_set_sink(NULL);
	json_decref(only_set);
	if (ui_diags(&d))
		code = 1;
	diags_free(&d);
	ctx_release(&cx);
	cli_setup_release(&o);
	return code;
}
