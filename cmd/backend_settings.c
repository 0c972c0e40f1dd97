/*
 * backend_settings.c: the bottom of cmd/'s state handling, used by every
 * piece above it: the merged settings of the state backend (the stack's
 * backend: block, overridden by TERRACE_BACKEND_<KEY> in the environment
 * as plan/backend_settings.c merges them for any reader of a state, and
 * then -backend-config KEY=VALUE), the default state file beside a
 * stack, and durations (-lock-timeout). Uses nothing else of cmd/ but the
 * messages (cmd/ui.c).
 */
#include "cmd/cli.h"
#include "plan/backend_settings.h"
#include "plan/state.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *ctx_default_state_path(const char *stack_path)
{
	struct stat st;
	if (!stack_path)
		stack_path = ".";
	if (stat(stack_path, &st) == 0 && S_ISDIR(st.st_mode))
		return xasprintf("%s/" BACKEND_STATE_FILE, stack_path);
	char *copy = xstrdup(stack_path);
	char *path = xasprintf("%s/" BACKEND_STATE_FILE, dirname(copy));
	free(copy);
	return path;
}

int ctx_parse_duration(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || v < 0)
		return -1;
	if (!*end || !strcmp(end, "s"))
		*out = v;
	else if (!strcmp(end, "ms"))
		*out = v / 1000;
	else if (!strcmp(end, "m"))
		*out = v * 60;
	else if (!strcmp(end, "h"))
		*out = v * 3600;
	else
		return -1;
	return 0;
}

json_t *ctx_backend_settings(const json_t *block, const struct cli_setup *o)
{
	json_t *settings = backend_settings_of(block);
	backend_settings_from_environment(settings, false);
	for (size_t i = 0; i < o->backend_configs.n; i++) {
		const char *kv = o->backend_configs.items[i];
		const char *eq = strchr(kv, '=');
		if (!eq || eq == kv) {
			ui_error("-backend-config: expected KEY=VALUE, got \"%s\"", kv);
			json_decref(settings);
			return NULL;
		}
		char *key = xstrndup(kv, (size_t)(eq - kv));
		json_object_set_new(settings, key, json_string(eq + 1));
		free(key);
	}
	const char *secret = json_string_value(json_object_get(settings, "secret_key"));
	if (secret && *secret)
		redact_add(secret);
	return settings;
}
