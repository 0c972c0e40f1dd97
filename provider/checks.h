/*
 * checks.h: the one entry to a stack's checks (provider/checks.c). validate,
 * plan and apply's audit hand it a request (the moment, the resources, what
 * to run and where to report) and never call a provider's check hooks
 * (provider_type.check_config, check_constraints, warn_constraints,
 * check_resources, check_reads; resource_type.check_config) themselves:
 * each driver renders what is found in its own words and positions.
 */
#ifndef TERRACE_PROVIDER_CHECKS_H
#define TERRACE_PROVIDER_CHECKS_H

#include "provider/provider.h"

/* When the values are judged. */
enum check_moment {
	/* `terrace validate`: as the stack writes them (${...} is not known
	 * yet and passes); the types' and providers' checks of what is
	 * written (check_config) run first. */
	CHECK_AS_WRITTEN,
	/* plan, and `terrace validate -var`: evaluated with what is known. */
	CHECK_AS_KNOWN,
	/* apply's audit before a request (and import and build, which
	 * evaluate as apply does): evaluated, about to be sent. */
	CHECK_AS_SENT,
};

/* What to run, in this order. */
enum check_scope {
	/* Each subject's refusals: as written, its type's check_config (a
	 * provider configuration's: its provider type's), then, when that
	 * passed, the provider's constraints on what the resource sends. */
	CHECK_OWN = 1,
	/* Each resource's warnings (said, not refused; validate -strict
	 * refuses them), unless its check_config refused it in the same
	 * request. */
	CHECK_WARNINGS = 2,
	/* The checks across the resources given (each provider type's on
	 * its own: the drivers give those whose own checks passed). */
	CHECK_ACROSS = 4,
	/* At plan: the reads of what a resource is about to send and no
	 * stack makes, on each resource with a client that may read. */
	CHECK_READS = 8,
};

/* A resource (or a provider configuration) to check. */
struct check_subject {
	/* Its name, type and, for the checks across and the reads, what
	 * they look at (written_resource's fields: its provider's name, its
	 * configuration as written with what plan knows put in, its known
	 * attributes, its client, may_read, creating, repeated). */
	struct written_resource resource;
	/* A provider configuration (resource.rtype NULL): its type, whose
	 * check_config judges `attrs`. NULL for a resource. */
	const struct provider_type *ptype;
	/* What its own checks, warnings and reads judge: as written, as
	 * evaluated, or (reads) what plan may read as a literal. */
	const json_t *attrs;
	/* Its provider's configuration as the stack writes it (NULL: the
	 * stack writes none; the unknown value: not at hand yet). */
	const json_t *provider_config;
	/* The object its request goes to: its attributes now, for an update
	 * (what it sends anew is what attrs has and prior has not); NULL for
	 * a create, a replacement, and at `terrace validate`; the unknown
	 * value (value_unknown) for the stack as loaded for the other
	 * commands, before the state says whether it exists. The reads read
	 * only what is sent anew; the own checks and warnings judge what AWS
	 * judges only on a create only when there is none (a warning when
	 * there is one; nothing while it is not known: plan judges it). */
	const json_t *prior;
};

/* One thing a check found: subject `which`'s attribute `attr` (a dotted
 * path, static storage; NULL or "": the resource as a whole) is wrong for
 * `message`; `other` (a subject's index, or WRITTEN_NONE) and
 * `other_attr` name what it was held against. A warning is said, not
 * refused. */
struct check_finding {
	bool warning;
	size_t which;
	const char *attr;
	size_t other;
	const char *other_attr;
	const char *message;
};

struct check_request {
	enum check_moment moment;
	unsigned scopes;                       /* enum check_scope, or'ed */
	const struct check_subject *subjects;
	size_t n;
	void (*report)(void *ctx, const struct check_finding *found);
	void *ctx;
};

/*
 * Runs the request's scopes on its subjects, each finding through report:
 * each subject's own checks and warnings in turn, then the checks across,
 * then the reads. -1 when an error (not a warning) was found.
 *
 * A driver calls it where it holds what a scope needs, so that its
 * messages keep their order: validate, a provider's and a resource's own
 * checks as it walks the stack (after the schema's), the checks across at
 * its end on the resources whose own checks passed; validate -var, the own
 * checks and warnings of each resource evaluated; plan, a resource's own
 * checks within its evaluation (a refusal stops it), its warnings once it
 * is evaluated, its reads once diffed, the checks across once every
 * resource planned without a failure; apply's audit, the own checks of
 * what is about to be sent.
 */
int provider_checks_run(const struct check_request *req);

/* Whether CHECK_READS has anything to run for a resource of type rt (so a
 * driver makes its client and literal values only then). */
bool provider_has_read_checks(const struct resource_type *rt);

#endif
