/*
 * checks/checks.h: the runners' entry, what the aws provider (provider.c:
 * its check hook, aws_checks_hook in checks/hook.c) and permissions.c call
 * of the checks: one runner per scope of the rows
 * (checks/row.h), in the order the rows stand in aws_rules_tables (the
 * shared table, then each service's in AWS_RULE_SERVICES' order):
 *   - VALUE and RESOURCE: aws_constraints_check, aws_constraints_warn
 *     (checks/run_values.c), with CloudFormation's per-region lists and
 *     extension rules held for a native type (aws_cfn_warn_growing,
 *     aws_cfn_check_rules);
 *   - STACK: aws_check_resources (checks/run_stack.c);
 *   - READ: aws_check_reads (checks/reads.c);
 * and the names' limits (aws_name_rules, checks/names.c). No service
 * includes it: a service writes rows (checks/rules.h), the runners run them.
 */
#ifndef TERRACE_AWS_CHECKS_H
#define TERRACE_AWS_CHECKS_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* ---- the hook (checks/hook.c) ---- */

/* The aws provider's provider_type.check (provider/provider.h): each
 * subject's own checks (as written, a provider configuration's region and
 * server), warnings or reads, or the STACK rows across them, as the
 * request's scopes say; each finding through req->report. -1 when one was
 * an error. */
int aws_checks_hook(const struct check_request *req);

/* ---- VALUE and RESOURCE (checks/run_values.c) ---- */

/*
 * Every check of the table for resource type `type` on the attributes in
 * `attrs` (written or evaluated; a value not known yet passes, and is checked
 * when it is known): the aws provider's check hook's CHECK_OWN, which the core runs at
 * validate, at plan and at apply before the request. `provider` is the
 * resource's provider configuration as the stack writes it (NULL: none
 * written), which says whether the rows marked account_default hold
 * (server.h's aws_provider_server), and its region the words rows on the
 * region read. `prior` is the object the request goes to (its attributes
 * now, for an update), NULL for a create (and at validate, which judges
 * what a create sends): the words rows are judged on the request they are
 * about (checks/words.h's aws_words_judged). -1 with err
 * "ATTR: VALUE ...: RULE (e.g. EXAMPLE; SOURCE)" and *attr set to the
 * attribute's path (static storage) when attr is not NULL.
 */
int aws_constraints_check(const char *type, const json_t *attrs, const json_t *provider,
			  const json_t *prior, const char **attr, struct strbuf *err);
/* aws_constraints_check of what a create sends, to an object that may
 * exist already (`terrace validate`, which does not read the state: struct
 * check_subject's may_exist): a row of the create that AWS holds creates to
 * from a date on (row.h's dated) is not refused, aws_constraints_warn_may_exist
 * says it. */
int aws_constraints_check_may_exist(const char *type, const json_t *attrs,
				    const json_t *provider, const char **attr, struct strbuf *err);

/* The warnings of the table for a resource of `type`: each value of an enum
 * AWS grows (a row's `grows`) that the installed models do not list, with
 * the nearest values they do; and what the written rows' warn functions say (IAM
 * actions and condition keys AWS's reference does not have); each written row marked
 * `warn_only` that the attributes break (what fails only at run time), and
 * each marked `account_default` when `provider` (as aws_constraints_check)
 * talks to another server than AWS; each words row of a create that an
 * object which exists (`prior` not NULL) breaks; each a warning through
 * report (`which` 0, `attr` the path of the value at fault). */
void aws_constraints_warn(const char *type, const json_t *attrs, const json_t *provider,
			  const json_t *prior, check_report_fn report, void *ctx);
/* aws_constraints_warn of what a create sends, to an object that may exist
 * already (as aws_constraints_check_may_exist): also each dated row of the
 * create the attributes break. */
void aws_constraints_warn_may_exist(const char *type, const json_t *attrs,
				    const json_t *provider, check_report_fn report, void *ctx);

/* A native type's values held to cfn-lint's per-region lists, as the awscc
 * type's are (cloudcontrol's cc_warn_growing), in `region` (NULL: not
 * known), each value outside its list a warning through report;
 * an attribute the stack leaves out counts as its default. */
void aws_cfn_warn_growing(const char *type, const json_t *attrs, const char *region,
			  check_report_fn report, void *ctx);

/* cfn-lint's extension rules (aws_cfn_rules) on a native type's attributes
 * (written or evaluated): the awscc type's attributes built from them as its
 * request sends them, and the awscc evaluator (cloudcontrol's
 * cc_check_rules) run on them. 0, or -1 with err "ATTR: ... (cfn-lint ID,
 * FILE)[: ADVICE]" naming the written attribute and *attr its name (static
 * storage) when attr is not NULL; a value not known yet decides nothing. */
int aws_cfn_check_rules(const char *type, const json_t *attrs, const char **attr,
			struct strbuf *err);

/*
 * Every CloudFormation rule on a resource of `type` (an awscc type or a
 * written one; attrs written or evaluated; a value not known yet decides
 * nothing), beside the type's other checks (provider.c's
 * aws_check_constraints, CHECK_OWN): for a written type, the extension rules of its
 * CloudFormation type (aws_cfn_check_rules); then the rows between its
 * attributes, its own and those of its awscc twin. 0, or -1 with err naming
 * the type's own attribute ("ATTR: A and B exclude each other: ...; drop B
 * or A (SOURCE)") and *attr the attribute at fault (static storage; NULL for
 * the resource itself) when attr is not NULL.
 */
int aws_cfn_check(const char *type, const json_t *attrs, const char **attr, struct strbuf *err);

/* ---- every scope: the written rows in order ---- */

/* The written VALUE or RESOURCE row after c in aws_rules_tables' order (c
 * NULL: the first); NULL after the last. */
const struct aws_check_row *aws_rules_next(const struct aws_check_row *c);
/* The written row of `scope` after c in aws_rules_tables' order (c NULL:
 * the first); NULL after the last. */
const struct aws_check_row *aws_rows_next(const struct aws_check_row *c,
					  enum aws_check_scope scope);
/* Whether a row's type names `type`:
 * the same, or a prefix ending in '*' ("aws.*": every aws type). */
bool aws_row_type_names(const char *row_type, const char *type);

/* ---- STACK (checks/run_stack.c) ---- */

/* The ROLE_TRUST rows `trust` (NULL-terminated) on the resources as the
 * stack writes them: each role of the stack a type gives a service trusts
 * that service (checks/roles.c); run first of the checks across. */
void aws_check_roles(const struct written_resource *rs, size_t n,
		     const struct aws_check_row *const *trust, check_report_fn report, void *ctx);
/* The aws check hook's CHECK_ACROSS: the ROLE_TRUST rows, then every STACK row's `across`, in
 * aws_rules_tables' order, on the resources as the stack writes them. */
void aws_check_resources(const struct written_resource *rs, size_t n,
			 check_report_fn report, void *ctx);
/* provider_type.check_resources_types: the types the STACK rows are handed,
 * every type of both families (test_rules_across holds it). */
extern const char *const aws_check_resources_types[];

/* ---- READ (checks/reads.c) ---- */

/* The aws check hook's CHECK_READS: every READ row of `type`, in
 * aws_rules_tables' order, at plan; the first that refuses: -1 with err and
 * *attr (static storage, or NULL) when attr is not NULL. */
int aws_check_reads(void *client, const char *type, const json_t *prior, const json_t *desired,
		    const char **attr, struct strbuf *err);

/* ---- names (checks/names.c) ---- */

/* The aws provider's provider_type.name_rules: each type's name attribute,
 * the most bytes AWS takes in it, and its separator. */
extern const struct provider_name_rule aws_name_rules[];

#endif
