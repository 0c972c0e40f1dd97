/*
 * build.c: `terrace build [ADDRESS]`: build what the stack's resources
 * upload (their `build` blocks, provider/base/build.h) without planning or
 * applying: no state, no lock, no server. To try a build locally, or to
 * fill the cache (.terrace/build, TERRACE_BUILD_CACHE) in CI before plan.
 */
#include "cmd/cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plan/eval.h"
#include "plan/plan.h"
#include "provider/base/build.h"
#include "provider/base/progress.h"

static const struct cli_command build_cmd = {
	"build", "terrace build [options] [ADDRESS]",
	"Build the outputs of the resources that have a build block (or of ADDRESS alone),\n"
	"as plan would, into the build cache: a resource whose inputs are unchanged is\n"
	"taken from the cache, not built again. Reads no state and calls no server.",
	1,
};

/* Build blocks name variables and locals; a resource's attributes are not
 * known here (nothing is read). */
static const json_t *no_resource_attrs(void *ctx, const char *name,
				       const json_t **sensitive_names, bool *exists)
{
	const json_t *resources = ctx;

	*sensitive_names = NULL;
	*exists = json_object_get(resources, name) != NULL;
	return NULL;
}

static bool stop_requested(void)
{
	return plan_stop_requested();
}

/* The library says "building OUTPUT" (progress_status) when a command
 * runs, not when an output comes from a cache. */
static bool ran_command;

static void build_status(const char *text)
{
	if (!strncmp(text, "building ", 9))
		ran_command = true;
}

static const struct progress_sink build_sink = { .stop_requested = stop_requested,
						 .status = build_status };

static double seconds_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Build one resource as plan would: its attributes evaluated (other
 * resources' unknown) and its type's derivation run, which builds. 0 built
 * or found, 1 skipped, -1 failed. */
static int build_one(const struct eval_scope *sc, const char *address,
		     const struct resource_type *rt, const json_t *res)
{
	struct strbuf err = STRBUF_INIT;
	json_t *sensitive = NULL;
	struct timespec t0;
	int rc = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	ran_command = false;
	json_t *desired = plan_desired_attrs(sc, address, rt, res, NULL, &sensitive, NULL, &err);
	json_t *b = json_object_get(desired, "build");
	const char *key = json_string_value(json_object_get(b, "inputs_sha256"));

	if (!desired) {
		ui_error("%s: %s", address, err.buf);
		rc = -1;
	} else if (!key) {
		ui_printf(stdout, "%s: skipped: its build names values known only after apply\n",
			  address);
		rc = 1;
	} else {
		if (ran_command)
			ui_printf(stdout, "%s: built in %.1f s\n", address, seconds_since(&t0));
		else
			ui_printf(stdout, "%s: up to date (in the cache)\n", address);
		ui_printf(stdout, "  inputs  %s (%zu)\n  output  %s\n  %s\n", key,
			  json_object_size(json_object_get(b, "input_digests")),
			  json_string_value(json_object_get(b, "output_sha256")),
			  json_string_value(json_object_get(desired, "source")));
	}
	json_decref(desired);
	json_decref(sensitive);
	strbuf_release(&err);
	return rc;
}

int cmd_build(int argc, char **argv)
{
	static const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_VARS | SETUP_NO_COLOR | SETUP_ENV),
		OPT_END(),
	};
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&build_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	struct diags d = DIAGS_INIT;
	struct cli_context cx = { 0 };
	const char *only = o.n_positional ? o.positional[0] : NULL;
	int code = 1, failed = 0, done = 0;

	if (ctx_load_stack(&cx, &o, &d))
		goto out;
	progress_set_sink(&build_sink);
	ctx_stop_on_interrupt("\nInterrupt received: stopping the build.\n");
	const json_t *resources = json_object_get(cx.snapshot, "resources");
	struct eval_scope sc = { .snapshot = cx.snapshot, .resource_attrs = no_resource_attrs,
				 .ctx = (void *)resources };
	const char *address;
	json_t *res;
	json_object_foreach((json_t *)resources, address, res) {
		const char *type = json_string_value(json_object_get(res, "type"));
		const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
		const json_t *config = json_object_get(res, "config");
		bool builds = (rt && schema_find(rt->attrs, "build") &&
			       json_object_get(config, "build")) ||
			      (rt && schema_find(rt->attrs, "python") &&
			       json_object_get(config, "python"));

		if (only && strcmp(only, address))
			continue;
		if (!builds) {
			if (only) {
				ui_error("%s has no build block", address);
				failed++;
			}
			continue;
		}
		int rc = build_one(&sc, address, rt, res);
		failed += rc < 0;
		done += rc == 0;
		if (plan_stop_requested())
			break;
	}
	if (only && !json_object_get(resources, only)) {
		ui_error("no resource %s in the stack", only);
		failed++;
	}
	if (!failed && !done && !only)
		ui_printf(stdout, "No resource has a build block.\n");
	code = failed ? 1 : 0;
out:
	progress_set_sink(NULL);
	if (ui_diags(&d))
		code = 1;
	diags_free(&d);
	ctx_release(&cx);
	cli_setup_release(&o);
	return code;
}
