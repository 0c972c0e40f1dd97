/*
 * lookup.c: reading lookups for plan.c and apply.c (see lookup.h): their
 * arguments evaluated and typed by the lookup kind's schema, the provider
 * client, the read, and errors that name the lookup where the stack
 * declares it. The kinds terrace itself has (stacks/builtin_lookups.c:
 * terrace.stack) need no provider client and are read by their own file
 * (plan/stack_read.c).
 */
#include "plan/lookup.h"
#include "plan/stack_read.h"

#include <stdlib.h>
#include <string.h>

int lookup_read(struct run *r, const struct eval_scope *sc, pthread_mutex_t *lock,
		const char *name, const json_t *entry, json_t **out, bool *deferred,
		struct strbuf *err)
{
	const char *type = json_string_value(json_object_get(entry, "type"));
	const char *provider = json_string_value(json_object_get(entry, "provider"));
	const struct lookup_type *lt = lookup_kind_find(type ? type : "", NULL);
	*out = NULL;
	*deferred = false;
	if (!lt) {
		strbuf_addf(err, "unknown lookup type \"%s\"", type ? type : "");
		return -1;
	}
	json_t *sens = NULL;
	if (lock)
		pthread_mutex_lock(lock);
	json_t *args = eval_resource(sc, name, lt->attrs, json_object_get(entry, "config"), &sens,
				     err);
	if (lock)
		pthread_mutex_unlock(lock);
	json_decref(sens);
	if (!args)
		return -1;
	/* What the result fills in (OPTIONAL|COMPUTED) starts as given. */
	if (value_contains_unknown(args)) {
		json_decref(args);
		*deferred = true;
		return 0;
	}
	if (lt == &terrace_stack_lookup) {
		/* No provider: another stack's state (plan/stack_read.c). */
		int rc = stack_read(sc->snapshot, name, entry, args, out, deferred, err);
		json_decref(args);
		return rc;
	}
	bool not_yet = false;
	char *ptype = xstrndup(type, strcspn(type, "."));
	struct provider_conn *conn = run_conn(r, provider ? provider : ptype, ptype, &not_yet, err);
	free(ptype);
	if (!conn) {
		json_decref(args);
		if (!not_yet)
			return -1;
		*deferred = true;
		return 0;
	}
	int rc = lt->read(conn->client, args, out, err);
	json_decref(args);
	return rc ? -1 : 0;
}

void lookup_error(struct diags *d, const char *name, const json_t *entry, const char *message)
{
	const char *at = json_string_value(json_object_get(entry, "at"));
	const char *type = json_string_value(json_object_get(entry, "type"));
	char *file = at ? xstrdup(at) : NULL;
	struct src_pos pos = { NULL, 0, 0 };
	char *c2 = file ? strrchr(file, ':') : NULL;
	if (c2) {
		*c2 = '\0';
		char *c1 = strrchr(file, ':');
		if (c1) {
			*c1 = '\0';
			pos.file = file;
			pos.line = atoi(c1 + 1);
			pos.col = atoi(c2 + 1);
		}
	}
	diag_errorf(d, pos.line > 0 ? &pos : NULL, "lookup %s (%s): %s", name, type ? type : "?",
		    message);
	free(file);
}

json_t *lookup_state_entry(const struct planned_read *rd, const json_t *attrs)
{
	return json_pack("{s:s, s:s, s:O, s:[]}", "type", rd->type, "provider", rd->provider,
			 "attributes", attrs, "sensitive_attributes");
}
