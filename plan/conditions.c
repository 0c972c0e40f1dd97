/*
 * conditions.c: judging preconditions, postconditions and check asserts
 * (conditions.h). A condition is an expression that must come out true or
 * false; error_message is a string that may use ${...} as well. A secret in
 * a message is never shown: the message is replaced by a note saying so.
 */
#include "plan/conditions.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

enum verdict { HOLDS, FAILS, NOT_KNOWN, BROKEN };

/* Judge one {condition, error_message, at}: on FAILS, *message is the
 * evaluated error message; on BROKEN it says why. */
static enum verdict judge(const struct eval_scope *sc, const json_t *c, char **message)
{
	struct strbuf err = STRBUF_INIT;
	bool secret = false;
	*message = NULL;
	json_t *v = eval_value(sc, json_object_get(c, "condition"), &secret, &err);
	enum verdict verdict;
	if (!v) {
		*message = xasprintf("the condition cannot be evaluated: %s", err.buf);
		verdict = BROKEN;
	} else if (value_contains_unknown(v)) {
		verdict = NOT_KNOWN;
	} else if (!json_is_boolean(v)) {
		*message = xstrdup("the condition must be true or false");
		verdict = BROKEN;
	} else {
		verdict = json_is_true(v) ? HOLDS : FAILS;
	}
	json_decref(v);
	if (verdict == FAILS) {
		strbuf_reset(&err);
		secret = false;
		json_t *m = eval_value(sc, json_object_get(c, "error_message"), &secret, &err);
		if (secret)
			*message = xstrdup("(its error_message uses a secret: not shown)");
		else if (json_is_string(m))
			*message = xstrdup(json_string_value(m));
		else
			*message = xstrdup(json_string_value(json_object_get(c, "error_message")));
		json_decref(m);
	}
	strbuf_release(&err);
	return verdict;
}

int conditions_check(const struct eval_scope *sc, const json_t *res, const char *kind,
		     int *deferred, struct strbuf *err)
{
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(res, "conditions"), i, c) {
		if (kind && strcmp(kind, json_string_value(json_object_get(c, "kind"))))
			continue;
		char *message;
		enum verdict v = judge(sc, c, &message);
		if (v == NOT_KNOWN && deferred)
			(*deferred)++;
		if (v == FAILS || v == BROKEN) {
			strbuf_addf(err, "%s failed (%s): %s",
				    json_string_value(json_object_get(c, "kind")),
				    json_string_value(json_object_get(c, "at")), message);
			free(message);
			return -1;
		}
		free(message);
	}
	return 0;
}

int checks_run(const struct eval_scope *sc, const json_t *snapshot, struct diags *d)
{
	int failed = 0;
	const char *name;
	json_t *asserts;
	json_object_foreach(json_object_get(snapshot, "checks"), name, asserts) {
		size_t i;
		json_t *c;
		json_array_foreach(asserts, i, c) {
			char *message;
			enum verdict v = judge(sc, c, &message);
			if (v == FAILS || v == BROKEN) {
				diag_warnf(d, NULL, "check \"%s\" failed (%s): %s", name,
					   json_string_value(json_object_get(c, "at")), message);
				failed++;
			}
			free(message);
		}
	}
	return failed;
}
