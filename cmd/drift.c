/*
 * drift.c: what refresh found changed outside terrace, shown the way
 * Terraform shows it for `plan -refresh-only` and `apply -refresh-only`
 * ("Objects have changed outside of terrace"): per resource, the state's
 * value -> the value read now (a map key by key), secrets redacted.
 */
#include "cmd/cli.h"
#include "stacks/expand.h"

#include <string.h>

static bool is_secret(const struct resource_type *rt, const json_t *state_sensitive,
		      const char *name)
{
	const struct attr_schema *a = schema_find(rt->attrs, name);
	if (a && (a->flags & ATTR_SENSITIVE))
		return true;
	size_t i;
	json_t *v;
	json_array_foreach(state_sensitive, i, v)
		if (!strcmp(json_string_value(v), name))
			return true;
	return false;
}

static void drift_value(struct strbuf *sb, const json_t *v, bool secret)
{
	if (secret && v && !json_is_null(v))
		strbuf_addstr(sb, "(sensitive value)");
	else
		render_value(sb, v, 6);
}

/* One attribute that differs between the state (was) and the read (now). */
static void drift_attr(struct strbuf *sb, const char *name, const json_t *was,
		       const json_t *now, bool secret)
{
	bool had = was && !json_is_null(was), has = now && !json_is_null(now);
	strbuf_addf(sb, "      %s %s = ", had && has ? "~" : has ? "+" : "-", name);
	if (had && has && !secret && json_is_object(was) && json_is_object(now) &&
	    !value_is_hashed(was) && !value_is_hashed(now)) {
		/* A map (tags): the keys that changed, as a plan shows them. */
		render_map_diff(sb, was, now, 6);
		strbuf_addch(sb, '\n');
		return;
	}
	if (had)
		drift_value(sb, was, secret);
	if (had && has)
		strbuf_addstr(sb, " -> ");
	if (has)
		drift_value(sb, now, secret);
	strbuf_addch(sb, '\n');
}

static void drift_change(struct strbuf *sb, const struct planned_change *c, const json_t *entry)
{
	char *short_name = address_name(c->name);
	if (c->gone) {
		strbuf_addf(sb, "  %s# %s%s has been deleted\n  - resource \"%s\" \"%s\" {\n"
			    "      id = \"%s\"\n    }\n\n", ui_c("\033[1m"), c->name, ui_c("\033[0m"),
			    c->type, short_name, c->id ? c->id : "");
		free(short_name);
		return;
	}
	const json_t *stored = json_object_get(entry, "attributes");
	const json_t *sens = json_object_get(entry, "sensitive_attributes");
	strbuf_addf(sb, "  %s# %s%s has changed\n  ~ resource \"%s\" \"%s\" {\n",
		    ui_c("\033[1m"), c->name, ui_c("\033[0m"), c->type, short_name);
	free(short_name);
	for (const struct attr_schema *a = c->rtype->attrs; a->name; a++) {
		const json_t *was = json_object_get(stored, a->name);
		const json_t *now = json_object_get(c->before, a->name);
		if (!now || value_matches_stored(now, was))
			continue;
		if (!was && json_is_null(now))
			continue;
		drift_attr(sb, a->name, was, now, is_secret(c->rtype, sens, a->name));
	}
	strbuf_addstr(sb, "    }\n\n");
}

void render_drift(const struct plan *p, const json_t *state, FILE *out)
{
	struct strbuf sb = STRBUF_INIT;
	if (!plan_has_drift(p)) {
		strbuf_addf(&sb, "\n%sNo changes.%s Your infrastructure still matches the configuration.\n\n"
			    "terrace has checked that the real remote objects still match the result of "
			    "your most\nrecent changes, and found no differences.\n",
			    ui_c("\033[1;32m"), ui_c("\033[0m"));
		ui_write(out, sb.buf);
		strbuf_release(&sb);
		return;
	}
	strbuf_addf(&sb, "\n%sNote: Objects have changed outside of terrace%s\n\n"
		    "terrace detected the following changes made outside of terrace since the last\n"
		    "\"terrace apply\" which may have affected this plan:\n\n",
		    ui_c("\033[1m"), ui_c("\033[0m"));
	const json_t *res = json_object_get(state, "resources");
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		if ((c->drifted || c->gone) && c->rtype)
			drift_change(&sb, c, json_object_get(res, c->name));
	}
	strbuf_addstr(&sb, "This is a refresh-only plan, so terrace will not take any actions to undo\n"
		      "these. If you were expecting these changes then you can apply this plan to\n"
		      "record the updated values in the terrace state without changing any remote\n"
		      "objects.\n");
	ui_write(out, sb.buf);
	strbuf_release(&sb);
}
