/*
 * between.c: the rules between a block's properties that cfn-lint's
 * keywords say (gen_schemas.py's between(): "excludes" from dependentExcluded,
 * "requiredXor", "requiredOr"; dependentRequired is kept with "dependencies",
 * which validate.c's check_together judges), for a block of an awscc type as
 * the stack writes it. The same judge serves the written types' rows
 * (provider/aws/rules_between.c), which name their own attributes.
 *
 * A value not known yet (${...} at validate, the unknown value at plan) may
 * still turn out null: it neither counts as set where a rule refuses two
 * properties together, nor as unset where a rule asks for one.
 */
#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/rules.h"

#include <string.h>

enum presence { ABSENT, MAYBE, PRESENT };

static enum presence presence(const json_t *obj, const char *name)
{
	const json_t *v = name ? json_object_get(obj, name) : NULL;

	if (!v || json_is_null(v))
		return ABSENT;
	return aws_rule_unknown(v) ? MAYBE : PRESENT;
}

static void names_text(struct strbuf *out, const json_t *names, const char *last_word)
{
	size_t i, n = json_array_size(names);
	json_t *name;

	json_array_foreach(names, i, name)
		strbuf_addf(out, "%s%s", i == 0 ? "" : i + 1 == n ? last_word : ", ",
			    json_string_value(name));
}

/* The rule "exactly one of names" (at_most_one and at_least_one) or "at
 * least one" (at_least_one alone). */
static int one_of(const json_t *obj, const json_t *names, bool at_most_one, struct strbuf *why,
		  const char **at)
{
	size_t i, present = 0, maybe = 0;
	const char *first = NULL, *second = NULL;
	json_t *name;

	json_array_foreach(names, i, name) {
		enum presence p = presence(obj, json_string_value(name));
		maybe += p == MAYBE;
		if (p == PRESENT) {
			if (!first)
				first = json_string_value(name);
			else if (!second)
				second = json_string_value(name);
			present++;
		}
	}
	if (at_most_one && present > 1) {
		strbuf_addf(why, "%s and %s exclude each other: AWS takes exactly one of ", first,
			    second);
		names_text(why, names, " and ");
		strbuf_addf(why, "; drop %s or %s", first, second);
		*at = second;
		return -1;
	}
	if (!present && !maybe) {
		strbuf_addstr(why, "sets none of ");
		names_text(why, names, " and ");
		strbuf_addf(why, ", where AWS takes %s of them; set ",
			    at_most_one ? "exactly one" : "at least one");
		names_text(why, names, " or ");
		*at = NULL;
		return -1;
	}
	return 0;
}

int cc_between_check(const json_t *node, const json_t *obj, struct strbuf *why, const char **at)
{
	const char *name;
	json_t *others;

	if (!aws_known_object(obj))
		return 0;
	json_object_foreach((json_t *)json_object_get(node, "excludes"), name, others) {
		size_t i;
		json_t *other;
		if (presence(obj, name) != PRESENT)
			continue;
		json_array_foreach(others, i, other) {
			const char *o = json_string_value(other);
			if (presence(obj, o) != PRESENT)
				continue;
			strbuf_addf(why, "%s and %s exclude each other: AWS takes one of them; "
				    "drop %s or %s", name, o, o, name);
			*at = o;
			return -1;
		}
	}
	const json_t *xor = json_object_get(node, "requiredXor");
	if (json_array_size(xor) && one_of(obj, xor, true, why, at))
		return -1;
	const json_t *or = json_object_get(node, "requiredOr");
	if (json_array_size(or) && one_of(obj, or, false, why, at))
		return -1;
	return 0;
}
