/*
 * backend_settings.c: a state backend's settings as merged by every reader
 * of a state (see backend_settings.h): strings from a backend: block,
 * TERRACE_BACKEND_* from the environment, and where a workspace's local
 * state file is.
 */
#include "plan/backend_settings.h"
#include "provider/base/strbuf.h"
#include "stacks/stack.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static json_t *as_string(const json_t *v)
{
	if (json_is_string(v))
		return json_incref((json_t *)v);
	if (json_is_boolean(v))
		return json_string(json_is_true(v) ? "true" : "false");
	char *text = json_dumps(v, JSON_ENCODE_ANY);
	json_t *s = json_string(text ? text : "");
	free(text);
	return s;
}

json_t *backend_settings_of(const json_t *block)
{
	json_t *out = json_object();
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)block, k, v)
		json_object_set_new(out, k, as_string(v));
	return out;
}

void backend_settings_from_environment(json_t *settings, bool only_missing)
{
	static const char *const local_keys[] = { "path", NULL };
	const char *const *lists[] = { stack_backend_settings("s3"), local_keys };
	for (size_t l = 0; l < 2; l++) {
		for (size_t i = 0; lists[l][i]; i++) {
			char name[64] = "TERRACE_BACKEND_";
			size_t n = strlen(name);
			for (const char *c = lists[l][i]; *c && n + 1 < sizeof(name); c++)
				name[n++] = (char)toupper((unsigned char)*c);
			name[n] = '\0';
			const char *v = getenv(name);
			if (v && (!only_missing || !json_object_get(settings, lists[l][i])))
				json_object_set_new(settings, lists[l][i], json_string(v));
		}
	}
}

char *backend_workspace_path(const char *default_path, const char *workspace)
{
	if (!workspace || !strcmp(workspace, "default"))
		return xstrdup(default_path);
	const char *slash = strrchr(default_path, '/');
	if (!slash)
		return xasprintf(BACKEND_WORKSPACE_DIR "/%s/%s", workspace, default_path);
	return xasprintf("%.*s/" BACKEND_WORKSPACE_DIR "/%s/%s", (int)(slash - default_path),
			 default_path, workspace, slash + 1);
}
