/*
 * checks.c: the one entry to a stack's checks (provider_checks_run, see
 * checks.h): it calls the check hooks for the request's moment and scopes,
 * in the order validate and plan have always said their findings (a
 * subject's check_config, its provider's constraints, its warnings; then
 * each provider type's checks across its resources; then the reads), each
 * provider type's hook (provider_type.check) with a request of one scope
 * on its part of the subjects, and hands each finding to the driver's
 * report.
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

/* A provider type's part of the request (the subjects at `index`), whose
 * findings go to the request's report with their indices turned into the
 * request's. */
struct part {
	const struct check_request *req;
	const size_t *index;
	bool refused;
};

static void report_part(void *ctx, const struct check_finding *found)
{
	struct part *p = ctx;
	struct check_finding f = *found;
	f.which = p->index[found->which];
	if (found->other != WRITTEN_NONE)
		f.other = p->index[found->other];
	p->refused |= !found->warning;
	p->req->report(p->req->ctx, &f);
}

/* Provider type pt's check hook on n subjects (copies, in the order of
 * their indices in the request) for `scopes`. -1 when it refused. */
static int run_part(const struct check_request *req, const struct provider_type *pt,
		    unsigned scopes, const struct check_subject *subjects, const size_t *index,
		    size_t n)
{
	struct part p = { req, index, false };
	struct check_request part = { req->moment, scopes, subjects, n, report_part, &p };
	int rc = pt->check(&part);
	return rc || p.refused ? -1 : 0;
}

/* As written, a resource type's check_config. -1 when it refused. */
static int check_written(const struct check_request *req, size_t i)
{
	const struct check_subject *s = &req->subjects[i];
	struct strbuf why = STRBUF_INIT;
	const char *attr = NULL;
	int rc = rtype_has_check_config(s->resource.rtype) &&
		 rtype_check_config(s->resource.rtype, s->attrs, &attr, &why);
	if (rc) {
		struct check_finding f = { false, i, attr, WRITTEN_NONE, NULL, why.buf };
		req->report(req->ctx, &f);
	}
	strbuf_release(&why);
	return rc ? -1 : 0;
}

/* Subject i's own checks and warnings, as the request's scopes say. -1
 * when one refused it. */
static int check_own(const struct check_request *req, size_t i)
{
	const struct check_subject *s = &req->subjects[i];
	const struct provider_type *pt = provider_of(s);
	bool has_hook = pt && pt->check;
	if (!json_is_object(s->attrs))
		return 0;
	if (!s->resource.rtype) /* a provider configuration: judged as written */
		return (req->scopes & CHECK_OWN) && req->moment == CHECK_AS_WRITTEN && has_hook
			       ? run_part(req, pt, CHECK_OWN, s, &i, 1)
			       : 0;
	if ((req->scopes & CHECK_OWN) && req->moment == CHECK_AS_WRITTEN && check_written(req, i))
		return -1; /* what is written is wrong: the rest would repeat it */
	/* one call for both: what the provider refuses as written may say it
	 * all, and its warnings then keep silent */
	return has_hook ? run_part(req, pt, req->scopes & (CHECK_OWN | CHECK_WARNINGS), s, &i, 1)
			: 0;
}

/* Each provider type's checks across its resources among the subjects
 * (those of the types it looks at and written as an object), in the
 * registry's order. -1 when one refused. */
static int check_across(const struct check_request *req)
{
	const struct provider_type *const *all = provider_types_all();
	const struct provider_type **pts = xcalloc(req->n + 1, sizeof(*pts));
	size_t *index = xcalloc(req->n + 1, sizeof(*index));
	int rc = 0;
	for (size_t i = 0; i < req->n; i++)
		pts[i] = req->subjects[i].resource.rtype ? provider_of(&req->subjects[i]) : NULL;
	for (size_t t = 0; all[t]; t++) {
		size_t n = 0;
		for (size_t i = 0; all[t]->check && i < req->n; i++) {
			const struct check_subject *s = &req->subjects[i];
			if (pts[i] != all[t] || !json_is_object(s->resource.config) ||
			    !provider_checks_across(all[t], s->resource.rtype->name))
				continue;
			index[n++] = i;
		}
		if (!n)
			continue;
		/* every subject is of this group (one provider's stack): the
		 * subjects themselves, not a copy of them (1 MB at 10,000) */
		struct check_subject *group = NULL;
		if (n < req->n) {
			group = xcalloc(n, sizeof(*group));
			for (size_t k = 0; k < n; k++)
				group[k] = req->subjects[index[k]];
		}
		if (run_part(req, all[t], CHECK_ACROSS, group ? group : req->subjects, index, n))
			rc = -1;
		free(group);
	}
	free(index);
	free(pts);
	return rc;
}

/* Subject i's reads, when it has a client that may read. */
static int check_reads(const struct check_request *req, size_t i)
{
	const struct check_subject *s = &req->subjects[i];
	const struct provider_type *pt = provider_of(s);
	if (!s->resource.rtype || !s->resource.client || !s->resource.may_read || !pt || !pt->check)
		return 0;
	return run_part(req, pt, CHECK_READS, s, &i, 1);
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
	return rt && resource_type_find(rt->name, &pt) && pt && pt->check;
}
