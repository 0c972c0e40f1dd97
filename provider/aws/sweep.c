/*
 * sweep.c: the kinds of sweep.h, one per aws resource type with a list()
 * hook (and the awscc types a stack declares), in deletion order; finding their objects through the hooks, with
 * tags read where a listing has none; and deleting what was found through
 * the types' own delete(); whether a written type's object and an awscc
 * type's are one (their CloudFormation type and an identifier).
 */
#include "provider/aws/sweep.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/row.h"
#include "provider/aws/listing.h"
#include "provider/provider.h"

extern const struct provider_type aws_provider_type;

/* As many as the registry has types with a list() hook, sized when first
 * asked for (no cap), kept for the process. */
static struct aws_sweep_kind *kinds;
static pthread_once_t kinds_once = PTHREAD_ONCE_INIT;

/* The types with a list() hook, sorted by rank and, within a rank, in the
 * registry's order (an insertion sort keeps equal ranks in order). */
static void collect_kinds(void)
{
	size_t n = 0, listable = 0;

	for (const struct resource_type *const *t = aws_provider_type.resources; *t; t++)
		listable += rtype_has_list(*t);
	kinds = xcalloc(listable + 1, sizeof(*kinds));
	for (const struct resource_type *const *t = aws_provider_type.resources; *t; t++) {
		size_t at = n;

		if (!rtype_has_list(*t))
			continue;
		while (at > 0 && kinds[at - 1].rank > (*t)->list_rank) {
			kinds[at] = kinds[at - 1];
			at--;
		}
		kinds[at] = (struct aws_sweep_kind){ (*t)->name, *t, (*t)->list_rank,
						     (*t)->list_account_wide };
		n++;
	}
	kinds[n].type = NULL;
}

const struct aws_sweep_kind *aws_sweep_kinds(void)
{
	pthread_once(&kinds_once, collect_kinds);
	return kinds;
}

struct aws_sweep_kind *aws_sweep_kinds_with(const struct resource_type *const *more, size_t n)
{
	const struct aws_sweep_kind *all = aws_sweep_kinds();
	size_t n_all = 0;
	while (all[n_all].type)
		n_all++;
	struct aws_sweep_kind *out = calloc(n + n_all + 1, sizeof(*out));
	if (!out)
		abort();
	for (size_t i = 0; i < n; i++)
		out[i] = (struct aws_sweep_kind){ more[i]->name, more[i], (int)i - (int)n,
						  more[i]->list_account_wide };
	memcpy(out + n, all, (n_all + 1) * sizeof(*out));
	return out;
}

bool aws_sweep_kind_tagged(const struct aws_sweep_kind *k)
{
	return rtype_tags_schema(k->rt) != NULL;
}

bool aws_sweep_named(const struct resource_item *it, const char *prefix)
{
	return aws_has_name_prefix(it->name, prefix) || aws_has_name_prefix(it->id, prefix) ||
	       aws_has_name_prefix(it->parent, prefix);
}

int aws_sweep_find(struct aws_client *c, const struct aws_sweep_kind *k, const char *prefix,
		   struct resource_items *out, struct aws_failure *why, struct strbuf *err)
{
	const struct resource_type *rt = k->rt;
	struct resource_query q = { NULL, aws_sweep_kind_tagged(k) };
	struct resource_items found = { NULL, 0 };
	int rc;

	if (!q.tagged) {
		if (!prefix || !*prefix)
			return 0;
		q.prefix = prefix;
	}
	/* A listing throttled past max_attempts gives up: the type is named
	 * as not looked for, never waited on for the whole operation_timeout. */
	c = aws_client_for_listing(c);
	aws_failure_forget();
	rc = rtype_list(rt, c, &q, &found, err);
	for (size_t i = 0; i < found.n; i++) {
		struct resource_item *it = &found.v[i];
		bool keep;

		if (!q.tagged) {
			keep = aws_sweep_named(it, prefix);
		} else if (it->tags || rc) {
			keep = it->tags != NULL;
		} else {
			/* The listing has no tags: read the object. */
			json_t *attrs = NULL;

			rc = rtype_read(rt, c, it->id, NULL, &attrs, err);
			if (rc == 0 && attrs) {
				json_t *tags = rtype_tags(rt, attrs);

				it->tags = tags ? tags : json_object();
			}
			keep = rc == 0 && attrs;
			json_decref(attrs);
			if (rc)
				strbuf_prefixf(err, "%s %s: ", k->type, it->name);
		}
		if (keep) {
			out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
			out->v[out->n++] = *it;
		} else {
			resource_item_release(it);
		}
	}
	free(found.v);
	aws_client_free(c);
	if (rc && why)
		*why = aws_failure_last();
	return rc ? -1 : 0;
}

const char *aws_sweep_kind_cfn(const struct aws_sweep_kind *k)
{
	if (!k || !k->type)
		return NULL;
	if (k->rt->family == TYPE_FAMILY_FROM_DATA)
		return cc_cfn_type(k->type);
	return aws_cfn_type_of(k->type);
}

/* Whether an identifier is an address: an ARN or a URL (a queue's). */
static bool address(const char *s)
{
	return !strncmp(s, "arn:", 4) || !strncmp(s, "https://", 8) || !strncmp(s, "http://", 7);
}

/* What an address names: its last part (after its last '/', or ':' for
 * an ARN). */
static const char *named_by(const char *s)
{
	const char *slash = strrchr(s, '/');
	const char *colon = strncmp(s, "arn:", 4) ? NULL : strrchr(s, ':');
	const char *end = slash > colon ? slash : colon;

	return end ? end + 1 : s;
}

/* Two identifiers name one object: they are equal, or one is an address
 * (and the other not) whose last part is the other. Two addresses are one
 * only when equal: "layer:a:3" and "layer:b:3" end alike, and a queue's
 * URL differs by endpoint (its name is the written type's name). */
static bool same_key(const char *x, const char *y)
{
	if (!x || !y || !*x || !*y)
		return false;
	if (!strcmp(x, y))
		return true;
	if (address(x) == address(y))
		return false;
	return address(x) ? !strcmp(named_by(x), y) : !strcmp(x, named_by(y));
}

bool aws_sweep_same_object(const struct aws_sweep_kind *ka, const struct resource_item *a,
			   const struct aws_sweep_kind *kb, const struct resource_item *b)
{
	const char *ca = aws_sweep_kind_cfn(ka), *cb = aws_sweep_kind_cfn(kb);
	const char *keys_a[] = { a->id, a->name }, *keys_b[] = { b->id, b->name };

	if (!ca || !cb || strcmp(ca, cb))
		return false;
	for (size_t i = 0; i < 2; i++)
		for (size_t j = 0; j < 2; j++)
			if (same_key(keys_a[i], keys_b[j]))
				return true;
	return false;
}

int aws_sweep_delete(struct aws_client *c, const struct aws_sweep_kind *k, const char *id,
		     struct strbuf *err)
{
	const struct resource_type *rt = k->rt;
	/* Each type's delete() reads only its own of these. */
	json_t *prior = json_pack("{s:b, s:b, s:i}", "force_destroy", 1, "skip_final_snapshot", 1,
				  "recovery_window_in_days", 0);
	int rc;

	rc = rtype_delete(rt, c, id, prior, err);
	json_decref(prior);
	return rc;
}
