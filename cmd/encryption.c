/*
 * encryption.c: which encryption keys a command uses (plan/encrypt.h has
 * the crypto): a backend's, from the environment and its
 * encryption_key_file setting, and a saved plan's, from the environment or
 * the stack's backend settings. Key values given in the environment are
 * registered as secrets, so no message can echo them.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <limits.h>
#include <stdlib.h>

static int load_keys(struct encrypt_keys *k, const json_t *settings)
{
	redact_add(getenv(ENCRYPT_KEY_ENV));
	redact_add(getenv(ENCRYPT_FALLBACK_ENV));
	struct strbuf err = STRBUF_INIT;
	const char *file = json_string_value(json_object_get(settings, ENCRYPT_KEY_FILE_SETTING));
	int rc = encrypt_keys_load(k, file, &err);
	if (rc)
		ui_error("%s", err.buf);
	strbuf_release(&err);
	return rc;
}

int ctx_backend_keys(struct backend *b, const json_t *settings)
{
	return load_keys(&b->keys, settings);
}

int ctx_plan_keys(const struct cli_setup *o, struct encrypt_keys *keys)
{
	const char *const env[] = { ENCRYPT_KEY_ENV, ENCRYPT_KEY_FILE_ENV };
	bool from_env = false;
	for (size_t i = 0; i < sizeof(env) / sizeof(*env); i++) {
		const char *v = getenv(env[i]);
		from_env = from_env || (v && *v);
	}
	/* Otherwise the stack's backend may name a key file (its settings
	 * alone are read: show PLANFILE needs no resource of the stack); a
	 * folder that holds no stack simply has none. */
	struct stack *stack = NULL;
	json_t *settings = NULL;
	if (!from_env) {
		struct diags d = DIAGS_INIT;
		if (stack_load_settings(o->stack_path ? o->stack_path : ".", &stack, &d))
			stack = NULL;
		diags_free(&d);
		settings = ctx_backend_settings(stack ? stack->backend : NULL, o);
		if (stack)
			stack_free(stack);
		if (!settings)
			return -1;
	}
	int rc = load_keys(keys, settings);
	json_decref(settings);
	return rc;
}

void ctx_key_file_absolute(json_t *settings)
{
	const char *file = json_string_value(json_object_get(settings, ENCRYPT_KEY_FILE_SETTING));
	char abs[PATH_MAX];
	if (file && *file && realpath(file, abs))
		json_object_set_new(settings, ENCRYPT_KEY_FILE_SETTING, json_string(abs));
}
