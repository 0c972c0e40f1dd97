/*
 * checks/schema/between.c: the rules between a block's properties that cfn-lint's
 * keywords say (gen_schemas.py's between(): "excludes" from dependentExcluded,
 * "requiredXor", "requiredOr"; dependentRequired is kept with "dependencies",
 * which validate.c's check_together judges), for a block of an awscc type as
 * the stack writes it. The same judge serves the rows of checks/between/
 * (cfn-lint's and Terraform's rules in an awscc type's names, and renamed
 * for its written twin: checks/cfn.c), which add "requires" ({"a": ["b"]}:
 * a set needs b set) and give requiredXor and requiredOr as lists of lists.
 *
 * What does not decide a refusal: a value not known yet (${...} at validate,
 * the unknown value at plan), which may still turn out null, and a false
 * where a rule refuses two properties together (AWS reads an option turned
 * off as one left out); where a rule asks for one, false counts as set.
 */
#include "provider/aws/checks/schema/api.h"

#include <string.h>

enum presence { ABSENT, MAYBE, PRESENT };

static enum presence presence(const json_t *obj, const char *name)
{
	const json_t *v = name ? json_object_get(obj, name) : NULL;

	if (!v || json_is_null(v))
		return ABSENT;
	return value_not_known(v) ? MAYBE : PRESENT;
}

/* Set, where a rule refuses it beside another: not false. */
static bool turned_on(const json_t *obj, const char *name)
{
	return presence(obj, name) == PRESENT && !json_is_false(json_object_get(obj, name));
}

static void names_text(struct strbuf *out, const json_t *names, const char *last_word)
{
	size_t i, n = json_array_size(names);
	json_t *name;

	json_array_foreach(names, i, name)
		strbuf_addf(out, "%s%s", i == 0 ? "" : i + 1 == n ? last_word : ", ",
			    json_string_value(name));
}

static bool any_set(const json_t *obj, const json_t *names)
{
	size_t i;
	json_t *name;

	json_array_foreach(names, i, name)
		if (presence(obj, json_string_value(name)) != ABSENT)
			return true;
	return false;
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
		if (p == PRESENT && (!at_most_one || turned_on(obj, json_string_value(name)))) {
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
	if (!present && !maybe && !any_set(obj, names)) {
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

	if (!value_known_object(obj))
		return 0;
	json_object_foreach((json_t *)json_object_get(node, "excludes"), name, others) {
		size_t i;
		json_t *other;
		if (!turned_on(obj, name))
			continue;
		json_array_foreach(others, i, other) {
			const char *o = json_string_value(other);
			if (!turned_on(obj, o))
				continue;
			strbuf_addf(why, "%s and %s exclude each other: AWS takes one of them; "
				    "drop %s or %s", name, o, o, name);
			*at = o;
			return -1;
		}
	}
	json_object_foreach((json_t *)json_object_get(node, "requires"), name, others) {
		size_t i;
		json_t *other;
		if (!turned_on(obj, name))
			continue;
		json_array_foreach(others, i, other) {
			const char *o = json_string_value(other);
			if (presence(obj, o) != ABSENT)
				continue;
			strbuf_addf(why, "sets %s, which needs %s set too: AWS takes %s only with %s; "
				    "set %s or drop %s", name, o, name, o, o, name);
			*at = name;
			return -1;
		}
	}
	static const char *const lists[] = { "requiredXor", "requiredOr" };
	for (size_t k = 0; k < 2; k++) {
		const json_t *list = json_object_get(node, lists[k]), *names;
		size_t i;
		if (!json_array_size(list))
			continue;
		if (!json_is_array(json_array_get(list, 0))) {
			if (one_of(obj, list, k == 0, why, at))
				return -1;
			continue;
		}
		json_array_foreach(list, i, names)
			if (one_of(obj, names, k == 0, why, at))
				return -1;
	}
	return 0;
}
