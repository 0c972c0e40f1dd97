/*
 * checks/schema/growing.c: the warnings of an awscc type's values
 * (cc_warn_values): the lists AWS grows (cc_warn_growing), where a value
 * of an awscc type's property that cfn-lint's copy of such a list (a
 * region's instance types, Lambda's runtimes: the schema's growingEnums,
 * gen_schemas.py) does not hold is said as a warning, not refused, since
 * AWS adds values every few weeks; and a type whose handlers terrace's
 * copy of the registry does not have.
 */
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/cloudcontrol/cloudcontrol.h"
#include "provider/base/diag.h"

#include <stdlib.h>
#include <string.h>

/* Whether doc's properties hold case condition cond ({"Engine": "postgres",
 * "LicenseModel": null}: equal, or absent for null). */
static bool case_holds(const json_t *doc, const json_t *cond)
{
	const char *k;
	json_t *want;

	json_object_foreach((json_t *)cond, k, want) {
		const json_t *have = json_object_get(doc, k);
		if (json_is_null(want) ? have != NULL : !have || !json_equal((json_t *)have, want))
			return false;
	}
	return true;
}

/* The indices into list r's "sets" that a value is held to, for region
 * (NULL: every region's), and what they are "for" in a message; an empty
 * array when nothing holds it (a region or a case cfn-lint has no list
 * for). A list is one set (the API model's), one per region ("regions":
 * {REGION: INDEX}), or one per region and case of other properties
 * ("cases": {REGION: [[{PROPERTY: VALUE}, INDEX], ...]}: RDS's classes by
 * engine and license). */
static json_t *sets_held_to(const json_t *r, const json_t *doc, const char *region,
			    struct strbuf *what)
{
	const json_t *regions = json_object_get(r, "regions"), *cases = json_object_get(r, "cases");
	json_t *out = json_array(), *v, *c;
	const char *name;
	size_t i;

	if (!regions && !cases) {
		json_array_append_new(out, json_integer(0));
		strbuf_addstr(what, "takes from AWS's API model");
		return out;
	}
	strbuf_addf(what, "lists for %s", region ? region : "any region");
	json_object_foreach((json_t *)(regions ? regions : cases), name, v) {
		if (region && strcmp(name, region))
			continue;
		if (regions) {
			json_array_append(out, v);
			continue;
		}
		json_array_foreach(v, i, c) {
			const json_t *cond = json_array_get(c, 0);
			if (!case_holds(doc, cond))
				continue;
			if (!json_array_size(out)) {
				const char *k;
				json_t *want;
				bool first = true;
				json_object_foreach((json_t *)cond, k, want) {
					if (!json_is_string(want))
						continue;
					strbuf_addf(what, "%s%s %s", first ? " (" : ", ", k,
						    json_string_value(want));
					first = false;
				}
				if (!first)
					strbuf_addstr(what, ")");
			}
			json_array_append(out, json_array_get(c, 1));
		}
	}
	return out;
}

void cc_warn_growing(const struct resource_type *rt, const json_t *config, const char *region,
		     check_report_fn report, void *ctx)
{
	const struct cc_type *t = cc_type_of(rt);
	const json_t *lists = t ? json_object_get(t->schema, "growingEnums") : NULL;
	size_t i, k;
	json_t *r, *v;

	if (!json_array_size(lists) || !value_known_object(config))
		return;
	json_t *doc = cc_to_properties(t->schema, config);
	json_array_foreach(lists, i, r) {
		const json_t *sets = json_object_get(r, "sets");
		struct strbuf what = STRBUF_INIT;
		json_t *held = sets_held_to(r, doc, region, &what);
		json_t *found = json_array_size(held) ? cc_values_at(doc, json_object_get(r, "at"))
						      : json_array();
		json_array_foreach(found, k, v) {
			const char *s = json_string_value(v);
			size_t n, m;
			json_t *index, *e;
			bool listed = false;
			if (!s || strstr(s, "${"))
				continue; /* not known yet: plan judges it */
			json_array_foreach(held, n, index) {
				json_array_foreach(json_array_get(sets, (size_t)json_integer_value(index)),
						   m, e)
					if (!strcmp(json_string_value(e), s))
						listed = true;
			}
			if (listed)
				continue;
			/* the nearest of the first list it is held to */
			const json_t *own = json_array_get(sets, (size_t)json_integer_value(
								   json_array_get(held, 0)));
			size_t count = json_array_size(own);
			const char **names = xcalloc(count ? count : 1, sizeof(*names));
			for (m = 0; m < count; m++)
				names[m] = json_string_value(json_array_get(own, m));
			const char *near = diag_suggest(s, names, count);
			const json_t *at = json_object_get(r, "at");
			const char *prop = json_string_value(json_array_get(at, json_array_size(at) - 1));
			char *msg = xasprintf(
				"\"%s\" is not one of the %s values cfn-lint %s %s (%s, %s); the list "
				"may be older than AWS's (AWS adds values every few weeks): a warning, "
				"not a refusal%s%s%s", s, strcmp(prop, "*") ? prop : "listed",
				cc_cfn_lint_version, what.buf, json_string_value(json_object_get(r, "id")),
				json_string_value(json_object_get(r, "file")),
				near ? "; did you mean \"" : "", near ? near : "", near ? "\"?" : "");
			report(ctx, &(struct check_finding){
				.warning = true,
				.attr = json_string_value(json_object_get(r, "attr")),
				.other = WRITTEN_NONE, .message = msg });
			free(msg);
			free(names);
		}
		json_decref(found);
		json_decref(held);
		strbuf_release(&what);
	}
	json_decref(doc);
}

void cc_warn_values(const char *type, const json_t *attrs, const char *region,
		    check_report_fn report, void *ctx)
{
	const struct cc_schema_row *row = type ? cc_schema_find(type) : NULL;
	char *msg;

	if (!row)
		return;
	cc_warn_growing(cc_type_find(type), attrs, region, report, ctx);
	if (cc_handlers_known(type))
		return;
	msg = xasprintf("handlers unknown: %s is not in terrace's copy of the CloudFormation "
			"registry's handlers, so which operations Cloud Control has for it and the "
			"permissions they need are not known; Cloud Control's answer will say "
			"(docs/providers/awscc.md)", row->cfn_type);
	report(ctx, &(struct check_finding){
		.warning = true, .attr = NULL, .other = WRITTEN_NONE, .message = msg });
	free(msg);
}
