/*
 * checks/hook.c: the aws provider's one check hook (provider_type.check,
 * aws_checks_hook): a request's subjects through the runner of each scope
 * it names (checks/checks.h): as written, a provider configuration's
 * region and server; a resource's own checks (the awscc schema's values,
 * the table's VALUE and RESOURCE rows, CloudFormation's rules), its
 * warnings, its READ rows; the STACK rows across the resources. Each
 * finding goes to the request's report as a struct check_finding.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/checks/words.h"
#include "provider/aws/server.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

/* Whether a type is made at run time from data (an awscc type, read
 * through Cloud Control whatever its service), by its struct's family. */
static bool from_data(const struct resource_type *rt)
{
	return rt->family == TYPE_FAMILY_FROM_DATA;
}

/* At validate: a region the stack writes is one some partition has, unless
 * skip_region_validation says otherwise or an endpoint of one's own serves
 * every service (moto, MinIO take any region), as aws_client_new checks it
 * at plan, where a region from the environment or a profile is checked. */
static int aws_check_config(const json_t *config, const char **attr, struct strbuf *err)
{
	const char *region = json_string_value(json_object_get(config, "region"));
	const json_t *server = json_object_get(config, "server");

	/* server, written as a word: validate and plan judge the rows of an
	 * AWS account's defaults by it, as the stack writes it. */
	if (json_is_string(server)) {
		*attr = "server";
		if (value_not_known(server)) {
			strbuf_addf(err, "\"%s\": server is written as a word (aws, minio, ceph or "
				    "other), not an expression: validate judges the server by it",
				    json_string_value(server));
			return -1;
		}
		if (aws_server_check(json_string_value(server), "server", err))
			return -1;
		*attr = NULL;
	} else if (getenv("TERRACE_AWS_SERVER") && *getenv("TERRACE_AWS_SERVER") &&
		   aws_server_check(getenv("TERRACE_AWS_SERVER"), "TERRACE_AWS_SERVER", err)) {
		return -1; /* the default of server, for this provider */
	}

	if (!region || strstr(region, "${") || json_is_true(json_object_get(config,
									 "skip_region_validation")) ||
	    json_object_get(config, "endpoint"))
		return 0;
	*attr = "region";
	return aws_region_check(region, err);
}

/* The schema's checks for the awscc types (checks/schema/api.h), the
 * table's rows of the type (checks/row.h: a native type's every row, an
 * awscc type's words rows), then CloudFormation's rules for both
 * (checks/cfn.c), on attributes as written and as evaluated; *by_schema
 * when the schema's refused. */
static int aws_check_constraints(const struct resource_type *rt, const struct check_subject *s,
				 const char **attr, struct strbuf *err, bool *by_schema)
{
	const json_t *attrs = s->attrs, *provider = s->provider_config;
	const char *type = rt->name;
	int rc = from_data(rt) ? cc_check_values(type, attrs, attr, err) : 0;
	*by_schema = rc != 0;
	if (!rc) /* the table's rows of the type: an awscc type's are its words rows */
		rc = s->may_exist && !s->prior
			     ? aws_constraints_check_may_exist(type, attrs, provider, attr, err)
			     : aws_constraints_check(type, attrs, provider, s->prior, attr, err);
	return rc ? rc : aws_cfn_check(type, attrs, attr, err);
}

static void aws_warn_constraints(const struct resource_type *rt, const struct check_subject *s,
				 check_report_fn report, void *ctx)
{
	const char *type = rt->name;
	const json_t *attrs = s->attrs, *provider = s->provider_config;
	if (from_data(rt))
		cc_warn_values(type, attrs, aws_provider_region(provider), report, ctx);
	if (s->may_exist && !s->prior)
		aws_constraints_warn_may_exist(type, attrs, provider, report, ctx);
	else
		aws_constraints_warn(type, attrs, provider, s->prior, report, ctx);
	if (!from_data(rt))
		aws_cfn_warn_growing(type, attrs, aws_provider_region(provider), report, ctx);
}

/* Where a check's findings go: the request's report, a check of one
 * resource's findings (`which` 0) turned to subject `which`'s, and
 * whether one refused. */
struct aws_findings {
	const struct check_request *req;
	bool one;
	size_t which;
	bool refused;
};

static void aws_found(void *ctx, const struct check_finding *found)
{
	struct aws_findings *to = ctx;
	struct check_finding f = *found;
	if (to->one)
		f.which = to->which;
	to->refused |= !f.warning;
	to->req->report(to->req->ctx, &f);
}

/* A refusal that came back as a line in err and the attribute at fault. */
static void aws_refused(struct aws_findings *to, const char *attr, const char *why)
{
	aws_found(to, &(struct check_finding){ .which = to->which, .attr = attr,
					       .other = WRITTEN_NONE, .message = why });
}

/* Subject i's checks of the request's scopes: as written, a provider
 * configuration's; a resource's constraints, warnings and reads. */
static void aws_check_one(const struct check_request *req, size_t i, struct aws_findings *to)
{
	const struct check_subject *s = &req->subjects[i];
	const struct resource_type *rt = s->resource.rtype;
	struct strbuf why = STRBUF_INIT;
	const char *attr = NULL;
	to->one = true;
	to->which = i;
	if (!rt) {
		if ((req->scopes & CHECK_OWN) && req->moment == CHECK_AS_WRITTEN &&
		    aws_check_config(s->attrs, &attr, &why))
			aws_refused(to, attr, why.buf);
		strbuf_release(&why);
		return;
	}
	bool by_schema = false;
	aws_words_judging(rt->attrs); /* no message quotes what the type marks sensitive */
	if ((req->scopes & CHECK_OWN) && aws_check_constraints(rt, s, &attr, &why, &by_schema))
		aws_refused(to, attr, why.buf);
	/* as written, an awscc type's schema refusing what is written says it
	 * all: its warnings would repeat it (as a resource type's check_config) */
	if ((req->scopes & CHECK_WARNINGS) && !(by_schema && req->moment == CHECK_AS_WRITTEN))
		aws_warn_constraints(rt, s, aws_found, to);
	aws_words_judging(NULL);
	strbuf_reset(&why);
	attr = NULL;
	if ((req->scopes & CHECK_READS) &&
	    aws_check_reads(s->resource.client, s->resource.type, s->prior, s->attrs, &attr, &why))
		aws_refused(to, attr, why.buf);
	strbuf_release(&why);
}

int aws_checks_hook(const struct check_request *req)
{
	struct aws_findings to = { req, false, 0, false };
	if (req->scopes & CHECK_ACROSS) {
		struct written_resource *rs = xcalloc(req->n + 1, sizeof(*rs));
		for (size_t i = 0; i < req->n; i++)
			rs[i] = req->subjects[i].resource;
		aws_check_resources(rs, req->n, aws_found, &to);
		free(rs);
		return to.refused ? -1 : 0;
	}
	for (size_t i = 0; i < req->n; i++)
		aws_check_one(req, i, &to);
	return to.refused ? -1 : 0;
}

