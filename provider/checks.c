/*
 * checks.c: the one entry to a stack's checks (provider_checks_run, see
 * checks.h): it calls the providers' check hooks for the request's moment
 * and scopes, in the order validate and plan have always said their
 * findings (a subject's check_config, its constraints, its warnings; then
 * each provider type's checks across its resources; then the reads), and
 * hands each finding to the driver's report.
 */
#include "provider/checks.h"

#include <stdlib.h>

/* The provider type of subject s: a provider configuration's own, or its
 * resource type's. */
static const struct provider_type *provider_of(const struct check_subject *s)
{
	const struct provider_type *pt = s->ptype;
	if (!pt && s->resource.rtype)
		resource_type_find(s->resource.rtype->name, &pt);
	return pt;
}

static void report_error(const struct check_request *req, size_t which, const char *attr,
			 const char *message)
{
	struct check_finding f = { false, which, attr, WRITTEN_NONE, NULL, message };
	req->report(req->ctx, &f);
}

/* As written: a provider configuration's check_config, or a resource
 * type's. -1 when it refused. */
static int check_written(const struct check_request *req, size_t i, const struct provider_type *pt)
{
	const struct check_subject *s = &req->subjects[i];
	struct strbuf why = STRBUF_INIT;
	const char *attr = NULL;
	int rc = 0;
	if (s->ptype)
		rc = pt->check_config && pt->check_config(s->attrs, &attr, &why);
	else
		rc = rtype_has_check_config(s->resource.rtype) &&
		     rtype_check_config(s->resource.rtype, s->attrs, &attr, &why);
	if (rc)
		report_error(req, i, attr, why.buf);
	strbuf_release(&why);
	return rc ? -1 : 0;
}

/* The constraints the provider's API puts on what the resource sends. */
static int check_constraints(const struct check_request *req, size_t i,
			     const struct provider_type *pt)
{
	const struct check_subject *s = &req->subjects[i];
	struct strbuf why = STRBUF_INIT;
	const char *attr = NULL;
	int rc = pt && pt->check_constraints &&
		 pt->check_constraints(s->resource.rtype->name, s->attrs, s->provider_config, s->prior,
				       &attr, &why);
	if (rc)
		report_error(req, i, attr, why.buf);
	strbuf_release(&why);
	return rc ? -1 : 0;
}

struct warning_to {
	const struct check_request *req;
	size_t which;
};

static void report_warning(void *ctx, const char *attr, const char *message)
{
	const struct warning_to *w = ctx;
	struct check_finding f = { true, w->which, attr, WRITTEN_NONE, NULL, message };
	w->req->report(w->req->ctx, &f);
}

/* Subject i's own checks and warnings, as the request's scopes say. -1
 * when one refused it. */
static int check_own(const struct check_request *req, size_t i)
{
	const struct check_subject *s = &req->subjects[i];
	const struct provider_type *pt = provider_of(s);
	int rc = 0;
	if (!json_is_object(s->attrs))
		return 0;
	if ((req->scopes & CHECK_OWN) && req->moment == CHECK_AS_WRITTEN &&
	    check_written(req, i, pt))
		return -1; /* what is written is wrong: the rest would repeat it */
	if (!s->resource.rtype)
		return 0; /* a provider configuration has no more */
	if (req->scopes & CHECK_OWN)
		rc = check_constraints(req, i, pt);
	if ((req->scopes & CHECK_WARNINGS) && pt && pt->warn_constraints) {
		struct warning_to w = { req, i };
		pt->warn_constraints(s->resource.rtype->name, s->attrs, s->provider_config, s->prior,
				     report_warning, &w);
	}
	return rc;
}

/* What a check across reports, with its indices (into the group handed to
 * it) turned into the request's. */
struct across_group {
	const struct check_request *req;
	const size_t *index;
	bool refused;
};

static void report_across(void *ctx, size_t which, const char *attr, size_t other,
			  const char *other_attr, const char *msg, bool warning)
{
	struct across_group *g = ctx;
	struct check_finding f = { warning, g->index[which], attr,
				   other == WRITTEN_NONE ? WRITTEN_NONE : g->index[other], other_attr,
				   msg };
	g->refused |= !warning;
	g->req->report(g->req->ctx, &f);
}

/* Each provider type's checks across its resources among the subjects
 * (those of the types it looks at and written as an object), in the
 * registry's order. -1 when one refused. */
static int check_across(const struct check_request *req)
{
	const struct provider_type *const *all = provider_types_all();
	const struct provider_type **pts = xcalloc(req->n + 1, sizeof(*pts));
	struct written_resource *w = xcalloc(req->n + 1, sizeof(*w));
	size_t *index = xcalloc(req->n + 1, sizeof(*index));
	struct across_group g = { req, index, false };
	for (size_t i = 0; i < req->n; i++)
		pts[i] = req->subjects[i].resource.rtype ? provider_of(&req->subjects[i]) : NULL;
	for (size_t t = 0; all[t]; t++) {
		size_t n = 0;
		for (size_t i = 0; all[t]->check_resources && i < req->n; i++) {
			const struct check_subject *s = &req->subjects[i];
			if (pts[i] != all[t] || !json_is_object(s->resource.config) ||
			    !provider_checks_across(all[t], s->resource.rtype->name))
				continue;
			w[n] = s->resource;
			index[n++] = i;
		}
		if (n)
			all[t]->check_resources(w, n, report_across, &g);
	}
	free(index);
	free(w);
	free(pts);
	return g.refused ? -1 : 0;
}

/* Subject i's reads, when it has a client that may read. */
static int check_reads(const struct check_request *req, size_t i)
{
	const struct check_subject *s = &req->subjects[i];
	const struct provider_type *pt = provider_of(s);
	struct strbuf why = STRBUF_INIT;
	const char *attr = NULL;
	int rc = s->resource.rtype && s->resource.client && s->resource.may_read && pt &&
		 pt->check_reads &&
		 pt->check_reads(s->resource.client, s->resource.type, s->prior, s->attrs, &attr,
				 &why);
	if (rc)
		report_error(req, i, attr, why.buf);
	strbuf_release(&why);
	return rc ? -1 : 0;
}

int provider_checks_run(const struct check_request *req)
{
	int rc = 0;
	if (req->scopes & (CHECK_OWN | CHECK_WARNINGS))
		for (size_t i = 0; i < req->n; i++)
			if (check_own(req, i))
				rc = -1;
	if ((req->scopes & CHECK_ACROSS) && check_across(req))
		rc = -1;
	if (req->scopes & CHECK_READS)
		for (size_t i = 0; i < req->n; i++)
			if (check_reads(req, i))
				rc = -1;
	return rc;
}

bool provider_has_read_checks(const struct resource_type *rt)
{
	const struct provider_type *pt = NULL;
	return rt && resource_type_find(rt->name, &pt) && pt && pt->check_reads;
}
