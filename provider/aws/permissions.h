/*
 * permissions.h: the IAM policy a plan's changes need (`terrace plan
 * -policy`, `terrace policy`), and the check of it against the caller's own
 * permissions (iam:SimulatePrincipalPolicy).
 *
 * The actions come from permissions.gen.c, which docs/gen-reference.py
 * traces from the source: per aws type and entry point (phase), the
 * operations the code can send, as IAM actions. The resources come from
 * each type's ARN formats (its types.def line's ARNS), filled with the attributes the
 * plan knows; what is not known before apply becomes a wildcard there.
 * Which actions take "*" and which are reads (a refresh's and a listing's
 * are List and Read only) come from AWS's Service Authorization Reference
 * (iam_actions.h).
 *
 * The awscc types share one row, "awscc.*": Cloud Control's own actions
 * (cloudformation:CreateResource, ...). Each type's handlers also act with
 * the caller's permissions (a hosted zone's create handler calls
 * route53:CreateHostedZone): the registry's schemas list those per handler
 * (provider/aws/cloudcontrol/registry/handlers.json, in cloudcontrol/schemas.gen.c), and
 * each phase adds its handlers' on "*"; a type that copy lacks is named
 * instead (aws_permissions.handlers).
 */
#ifndef TERRACE_AWS_PERMISSIONS_H
#define TERRACE_AWS_PERMISSIONS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"

struct aws_client;

enum aws_phase {
	AWS_PHASE_READ,     /* a refresh: read, read_many */
	AWS_PHASE_CREATE,
	AWS_PHASE_UPDATE,
	AWS_PHASE_DELETE,   /* delete, and find_made after an interrupted create */
	AWS_PHASE_RUN,      /* `terrace run` */
	AWS_PHASE_LIST,     /* `terrace sweep` */
};
#define AWS_PHASE_BIT(p) (1u << (p))

/* permissions.gen.c (generated): the actions of one type's phase, separated
 * by spaces; the table ends with a NULL type. */
struct aws_permission_row {
	const char *type;
	enum aws_phase phase;
	const char *actions;
};
extern const struct aws_permission_row aws_permission_rows[];

/* The types that hand a role to a service, and the attributes naming it
 * ("role_arn, targets.role_arn": dotted paths, lists walked). */
struct aws_role_passing {
	const char *type;
	const char *attrs;
};
extern const struct aws_role_passing aws_role_passing[];

/* Where ARNs are: the partition, region and account ("*" when unknown). */
struct aws_arn_place {
	const char *partition;
	const char *region;
	const char *account;
};

/* One action on one resource that a resource of the stack needs; with a
 * condition, the statement allowing it has one: its operator, key and one
 * value ("StringEquals", "iam:PassedToService", "glue.amazonaws.com";
 * "StringLike", "s3:prefix", "lake/terrace.state.json.journal/\*"). */
struct aws_permission {
	char *address;   /* the resource's address in the stack */
	char *action;    /* "s3:CreateBucket" */
	char *resource;  /* an ARN, possibly with wildcards, or "*" */
	char *cond_op, *cond_key, *cond_value; /* all NULL: none */
};

/* Every permission of a plan, in the order added; duplicates kept out. And
 * the awscc types among its resources whose handlers are unknown (names, in
 * the order added, once each): their handlers' permissions the policy lacks. */
struct aws_permissions {
	struct aws_permission *items;
	size_t n, alloc;
	char **handlers;
	size_t n_handlers;
	/* asked for (`terrace policy -with-iam-listing`): the account-wide IAM
	 * reads of a refresh by listing (aws_account_wide_reads), which
	 * otherwise are left out and the refresh reads each entity instead */
	bool iam_listing;
};
#define AWS_PERMISSIONS_INIT { NULL, 0, 0, NULL, 0, false }

/* The account-wide IAM reads a refresh by listing sends
 * (GetAccountAuthorizationDetails, ListRoles), NULL-terminated: a listing
 * of every entity of the account, which a refresh falls back from (a
 * denied listing is read one by one), so a policy has them only when asked. */
extern const char *const aws_account_wide_reads[];
void aws_permissions_release(struct aws_permissions *ps);

/* Add what resource `address` of `type` needs for the phases in the bit set
 * `phases` (AWS_PHASE_BIT), its ARNs built from `attrs` (borrowed: the
 * planned attributes, or the state's for a delete; unknown values become
 * wildcards). `config` (borrowed; NULL: not known) is the stack's own
 * configuration of the resource: an attribute not known yet is a setting
 * the resource has (a KMS key, folders) only when the stack sets it, not
 * when it is merely read back after the create. A type this table does not
 * know adds nothing. */
void aws_permissions_add(struct aws_permissions *ps, const char *address, const char *type,
			 unsigned phases, const json_t *attrs, const json_t *config,
			 const struct aws_arn_place *at);
/* What the policy of ps cannot say, one line each (new strings, in the
 * order added; NULL-terminated, free each and the array): "awscc.route53.
 * hosted_zone: plus the permissions of AWS::Route53::HostedZone's handlers
 * ...". NULL when there is none. */
char **aws_permissions_notes(const struct aws_permissions *ps);
/* One action on one resource for `address`, with a condition (cond_op,
 * cond_key, cond_value; NULL: none). The policy allows an action on a
 * resource without a condition when any of its items has none; otherwise
 * with one condition whose values are every item's (a role passed to Glue
 * and to Lambda: iam:PassedToService, both). */
void aws_permissions_add_one(struct aws_permissions *ps, const char *address, const char *action,
			     const char *resource, const char *cond_op, const char *cond_key,
			     const char *cond_value);
/* The service (its principal, "glue.amazonaws.com") to which a resource of
 * `type` (a row of aws_role_passing) passes its roles: iam:PassRole's
 * iam:PassedToService. false when the type passes none; true with *service
 * NULL when the call that passes it names no service (an instance
 * profile's AddRoleToInstanceProfile): iam:PassRole then has no
 * condition. */
bool aws_passed_to_service(const char *type, const char **service);
/* What a change's prior attributes (the state's, `prior`) need beyond its
 * planned ones in `phases`: the actions a type sends only for a setting
 * (aws_permissions_add's sent_for_setting) that the prior has and the
 * planned value may not (a folder dropped from a bucket: its marker is
 * deleted). */
void aws_permissions_add_prior(struct aws_permissions *ps, const char *address, const char *type,
			       unsigned phases, const json_t *prior,
			       const struct aws_arn_place *at);
/* The ARN a policy names KMS key `key` by (a new string): a key's ARN as it
 * is, a key id in at's account and region; an alias (KMS authorizes the key
 * behind it), a key not made yet (NULL, a reference) and an empty text:
 * every key of the account and region, key/\*. */
char *aws_kms_key_arn(const char *key, const struct aws_arn_place *at);
/* sts:GetCallerIdentity, which every client sends first. */
void aws_permissions_add_identity(struct aws_permissions *ps);

/* The IAM policy document (a new object): one Allow statement per set of
 * resources and condition, its actions sorted. */
json_t *aws_permissions_policy(const struct aws_permissions *ps);

/* The principal SimulatePrincipalPolicy takes for a caller's ARN (a new
 * string): a user's or role's own; an assumed role's session
 * (arn:P:sts::A:assumed-role/R/S) as its role (arn:P:iam::A:role/R). */
char *aws_principal_of(const char *caller);

/*
 * Check the permissions against the caller's own policies with
 * iam:SimulatePrincipalPolicy, as the caller (its ARN from sts
 * GetCallerIdentity; an assumed role's session ARN is simulated as its
 * role). An item with an exact condition value is simulated with it as
 * the context (ContextEntries: iam:PassedToService). Returns 0 with *denied a new array of {"address", "action",
 * "resource", "decision"} (empty: every action is allowed); 1 when the check
 * cannot be made, with `why` saying why in one line (the caller may not call
 * SimulatePrincipalPolicy, the endpoint does not serve it); -1 never: any
 * failure is a reason to skip.
 */
int aws_permissions_simulate(struct aws_client *c, const struct aws_permissions *ps,
			     json_t **denied, struct strbuf *why);

#endif
