/*
 * drift.c: what refresh found changed outside terrace, shown the way
 * Terraform shows it for `plan -refresh-only` and `apply -refresh-only`
 * ("Objects have changed outside of terrace"): per resource, the state's
 * value -> the value read now, as a plan shows a change (render_drift_lines:
 * names aligned, a map key by key), secrets redacted.
 */
#include "cmd/cli.h"
#include "stacks/expand.h"

#include <string.h>

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
	render_drift_lines(sb, c->rtype, stored, c->before, sens);
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
