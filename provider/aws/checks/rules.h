/*
 * checks/rules.h: the rules AWS enforces that its service models do not carry
 * (bucket naming and lifecycle rules, IAM names and paths, tags, CIDR
 * blocks, security group ports, key pair and secret names, schedule
 * expressions per service, log retention, IAM policy documents, Step
 * Functions definitions, Glue workers and capacity, Lambda settings and
 * environment variables, database passwords, user names and storage, S3
 * key lengths, time zones),
 * each written once as a pure function (aws_rule_fn, checks/row.h) in its
 * service's <service>/rules.c, which the service's rows of the one table of
 * checks name there (its prototype in the service's api.h when another file
 * calls it; never a check across resources, which is a static function its
 * STACK row names); here: the row macros of every scope every rules.c
 * writes its rows with, and what every service shares (what is not known
 * yet, which every check tests, is provider/value.h's).
 *
 * A rule gets a known value: a string holding ${...} (not evaluated yet) or
 * an unknown value passes, and is checked when it is known. Every rule
 * returns 0, or -1 with one line in err: what is wrong, the rule, and a
 * valid example. A rule never refuses what AWS accepts.
 */
#ifndef TERRACE_AWS_RULES_H
#define TERRACE_AWS_RULES_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/*
 * The rows of the written half of the table (checks/row.h), each service's
 * in its <service>/rules.c as aws_rules_<service>[], ending with { NULL },
 * listed once by aws_rules_tables (checks/tables.c).
 *
 * A row marked warn (WARN_RULE) is what AWS takes and the run then fails
 * on, or never runs: a warning (aws_constraints_warn), never a refusal.
 *
 * A row marked account_default (ACCOUNT_RULE, ACCOUNT_WARN_RULE) rests on
 * what an AWS account has by default, not on the API: Block Public Access
 * on every new bucket, a quota an account may have raised. It holds where
 * the provider's server is AWS; against another server (MinIO, Ceph: the
 * provider's `server`, aws_provider_server) it is a warning. Every such
 * rule is one of these rows, never a test of the server in its function.
 */
/* A row's scope from its attribute, a literal: "" the whole resource
 * (RESOURCE), else one attribute's value (VALUE). */
#define AWS_ROW_SCOPE(ATTR) (sizeof(ATTR) == 1 ? AWS_SCOPE_RESOURCE : AWS_SCOPE_VALUE)

/* A row that names a rule function; one that takes one of a list of words;
 * one that takes a whole number of at least MIN. */
#define RULE(TYPE, ATTR, FN, SOURCE) \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN) }
/* A rule AWS holds creates to from a date on (row.h's call and dated: a
 * runtime's block date): judged when the plan creates or replaces the
 * object; on an object that exists and stays, and at validate, which does
 * not know whether it exists, a warning (checks/run_values.c's
 * warn_created): an object made before the date keeps it. */
#define RULE_ON_CREATE_SINCE(TYPE, ATTR, FN, SOURCE) \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .call = AWS_CALL_CREATE, .dated = true }
/* A rule that judges a string not known whole by its known text too
 * (row.h's known_text): "alias/aws/${...}" */
#define RULE_TEXT(TYPE, ATTR, FN, SOURCE) \
	{ .scope = AWS_ROW_SCOPE(ATTR), .type = (TYPE), .attr = (ATTR), .source = (SOURCE), \
	  .kind = 'r', .rule = (FN), .known_text = true }
/* A rule row that also warns (aws_constraints_warn runs WARN). */
#define RULE_WARNS(TYPE, ATTR, FN, WARN, SOURCE)                                             \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN),        \
	  .warn = (WARN) }
#define ONE_OF(TYPE, ATTR, WORDS, SOURCE) \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 's', .enums = (WORDS) }
#define WHOLE_FROM(TYPE, ATTR, MIN, SOURCE)                                                   \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .has_min = true,    \
	  .min = (MIN), .whole = true }

#define WHOLE_IN(TYPE, ATTR, MIN, MAX, SOURCE)                                                \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .has_min = true,    \
	  .min = (MIN), .has_max = true, .max = (MAX), .whole = true }

/* A name of ASCII letters, digits and CHARS (NAME_CHARS_IN: MIN to MAX of
 * them); NOUN names whose ("IAM role"), EXAMPLE is a valid one. */
#define NAME_CHARS(TYPE, ATTR, NOUN, CHARS, EXAMPLE, SOURCE)                                  \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'c', .noun = (NOUN),      \
	  .chars = (CHARS), .example = (EXAMPLE) }
#define NAME_CHARS_IN(TYPE, ATTR, NOUN, CHARS, MIN, MAX, EXAMPLE, SOURCE)                     \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'c', .noun = (NOUN),      \
	  .chars = (CHARS), .has_min = true, .min = (MIN), .has_max = true, .max = (MAX),        \
	  .example = (EXAMPLE) }
/* A number that is one of a list (written as words: WORDS). */
#define NUMBER_ONE_OF(TYPE, ATTR, NUMBERS, EXAMPLE, SOURCE)                                   \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .enums = (NUMBERS),  \
	  .example = (EXAMPLE) }

/* A rule whose breach AWS takes and the run fails on: a warning. */
#define WARN_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .warn_only = true }

/* Rules that rest on an AWS account's defaults (above): an error where the
 * server is AWS, a warning elsewhere; and one that is a warning anywhere. */
#define ACCOUNT_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .account_default = true }
#define ACCOUNT_WARN_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .scope = AWS_ROW_SCOPE(ATTR), \
	  .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .warn_only = true, .account_default = true }

/* A check across the stack's resources (STACK): FN (aws_check_across_fn) is
 * handed every resource of the aws provider, picks those it looks at by
 * their types, and refuses or warns of TYPE's (or "aws.*": of many). */
/* A rule between TYPE's attributes (checks/row.h's `between`), JSON of
 * between.c's keywords in TYPE's names; gen_between.py --check holds every
 * such row to cfn-lint's schemas and terraform-provider-aws's rules. */
#define BETWEEN(TYPE, RULE, SOURCE)                                                    \
	{ .type = (TYPE), .attr = "", .source = (SOURCE), .kind = 'b', .between = (RULE), \
	  .scope = AWS_SCOPE_RESOURCE }

#define ACROSS_ROW(TYPE, FN, SOURCE) \
	{ .scope = AWS_SCOPE_STACK, .type = (TYPE), .source = (SOURCE), .across = (FN) }
/* A role TYPE gives a service (STACK): ATTR (or its MEMBER), named PATH in
 * the message, is a role of the stack that must trust SERVICE
 * ("lambda": lambda.amazonaws.com); REFUSED: the service's create call
 * refuses it (an error), else a warning saying THEN. The shared table's
 * role check (checks/roles.c) runs every such row. */
#define ROLE_TRUST(TYPE, ATTR, MEMBER, PATH, SERVICE, REFUSED, THEN, SOURCE) \
	{ .scope = AWS_SCOPE_STACK, .type = (TYPE), .source = (SOURCE), \
	  .trust = &(const struct aws_role_use){ (ATTR), (MEMBER), (PATH), (SERVICE), \
						 (REFUSED), (THEN) } }
/* A read of AWS at plan (READ): FN (aws_check_read_fn) reads what ATTR of a
 * resource of TYPE names (NULL: what any attribute does), taking IAM
 * action ACTION on each value (NULL: its reader's rows say theirs). */
#define READ_ROW(TYPE, ATTR, FN, ACTION, SOURCE) \
	{ .scope = AWS_SCOPE_READ, .type = (TYPE), .attr = (ATTR), .source = (SOURCE), \
	  .read = (FN), .action = (ACTION) }

/*
 * A words row (kind 'w', checks/words.c): AWS's sentence WORDS, documented
 * on SOURCE ("rds CreateDBInstance Iops": service, operation, member, the
 * ledger's key in checks/words/), as conditions on TYPE's own values: when
 * every condition of WHEN holds (ALWAYS: none), every one of THEN must.
 * CALL is the request it is about (AWS_CALL_CREATE, _UPDATE, _ANY); ID its
 * name in the ledger.
 *
 *   AWS_SAYS("redshift.nodes_multi_node", "aws.redshift.cluster",
 *            AWS_CALL_CREATE, WHEN(IS("cluster_type", "multi-node")),
 *            THEN(SET("number_of_nodes")),
 *            "This parameter is required when the ClusterType parameter is "
 *            "specified as multi-node.", "redshift CreateCluster NumberOfNodes")
 */
#define AWS_SAYS(ID, TYPE, CALL, WHEN_, THEN_, WORDS_, SOURCE) \
	{ .scope = AWS_SCOPE_RESOURCE, .type = (TYPE), .attr = "", .kind = 'w', .id = (ID), \
	  .call = (CALL), .when = (WHEN_), .then = (THEN_), .words = (WORDS_), \
	  .source = (SOURCE) }
#define WHEN(...) ((const struct aws_cond[]){ __VA_ARGS__, { .op = AWS_COND_END } })
#define THEN(...) WHEN(__VA_ARGS__)
#define ALWAYS NULL
/* The conditions (struct aws_cond): ATTR is a dotted path of the type's
 * attributes (within EACH, of the element's; there, a path beginning "/"
 * is the resource's own: "/billing_mode" in a condition on each index). */
#define SET(ATTR) { .op = AWS_COND_SET, .attr = (ATTR) }
#define UNSET(ATTR) { .op = AWS_COND_UNSET, .attr = (ATTR) }
#define IS(ATTR, ...) \
	{ .op = AWS_COND_IS, .attr = (ATTR), .words = (const char *const[]){ __VA_ARGS__, NULL } }
#define IS_NOT(ATTR, ...) \
	{ .op = AWS_COND_IS_NOT, .attr = (ATTR), .words = (const char *const[]){ __VA_ARGS__, NULL } }
#define IN(ATTR, MIN, MAX) { .op = AWS_COND_IN, .attr = (ATTR), .min = (MIN), .max = (MAX) }
/* more than N (AWS's "higher than 0.5") */
#define ABOVE(ATTR, N) { .op = AWS_COND_ABOVE, .attr = (ATTR), .min = (N) }
#define LEN_IN(ATTR, MIN, MAX) { .op = AWS_COND_LEN_IN, .attr = (ATTR), .min = (MIN), .max = (MAX) }
#define AT_MOST(ATTR, OTHER) { .op = AWS_COND_AT_MOST, .attr = (ATTR), .other = (OTHER) }
/* each number at path ATTR ("[]": each element's) is less than OTHER's */
#define BELOW(ATTR, OTHER) { .op = AWS_COND_BELOW, .attr = (ATTR), .other = (OTHER) }
/* ATTR is MIN to MAX times OTHER ("a multiple between .5 and 50 of the
 * storage amount") */
#define RATIO_IN(ATTR, OTHER, MIN, MAX) \
	{ .op = AWS_COND_RATIO_IN, .attr = (ATTR), .other = (OTHER), .min = (MIN), .max = (MAX) }
#define MULTIPLE_OF(ATTR, N) { .op = AWS_COND_MULTIPLE, .attr = (ATTR), .min = (N) }
#define REGION_IS(...) { .op = AWS_COND_REGION, .words = (const char *const[]){ __VA_ARGS__, NULL } }
/* ATTR's ARN, zone name or ECR image of the provider's region ("The
 * specified Availability Zone must be in the same AWS-Region as the current
 * endpoint"; "The namespace must be in ... this AWS Region") */
#define IN_REGION(ATTR) { .op = AWS_COND_IN_REGION, .attr = (ATTR) }
#define HAS(ATTR, ...) \
	{ .op = AWS_COND_HAS, .attr = (ATTR), .words = (const char *const[]){ __VA_ARGS__, NULL } }
#define ENDS_WITH(ATTR, ...) \
	{ .op = AWS_COND_ENDS_WITH, .attr = (ATTR), \
	  .words = (const char *const[]){ __VA_ARGS__, NULL } }
/* ERE, a POSIX extended regular expression, found in the value's text
 * (a prefix: "^aws:"). */
#define MATCHES(ATTR, ERE) \
	{ .op = AWS_COND_MATCHES, .attr = (ATTR), .words = (const char *const[]){ (ERE), NULL } }
#define NOT_MATCHES(ATTR, ERE) \
	{ .op = AWS_COND_NOT_MATCHES, .attr = (ATTR), .words = (const char *const[]){ (ERE), NULL } }
/* Within each element of list LIST (a block: itself) where WHEN_ holds
 * (ALWAYS, or WHEN(...) of the element's paths; "": the element itself, of
 * a list of scalars), THEN_ must:
 *   EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))
 *   EACH("source_ids", ALWAYS, THEN(NOT_MATCHES("", "-$|--"))) */
#define EACH(LIST, WHEN_, THEN_) \
	{ .op = AWS_COND_EACH, .attr = (LIST), .sub_when = (WHEN_), .sub = (THEN_) }
/* At least one of the conditions ("you must specify X, Y, or both");
 * exactly one of them, of what is sent ("either X or Y, but not both"). */
#define ANY_OF(...) { .op = AWS_COND_ANY_OF, .sub = WHEN(__VA_ARGS__) }
#define EXACTLY_ONE_OF(...) { .op = AWS_COND_EXACTLY_ONE_OF, .sub = WHEN(__VA_ARGS__) }
/* Each value at path ATTR ("[]" each element's) among those at path OTHER
 * of the resource: AMONG("global_secondary_index[].hash_key",
 * "attribute[].name") */
#define AMONG(ATTR, OTHER) { .op = AWS_COND_AMONG, .attr = (ATTR), .other = (OTHER) }
/* The items of the lists at ATTR and OTHER (NULL: none), "[]" each
 * element's, in all MIN to MAX ("summed across all of the secondary
 * indexes, must not exceed 100") */
#define COUNT_IN(ATTR, OTHER, MIN, MAX) \
	{ .op = AWS_COND_COUNT_IN, .attr = (ATTR), .other = (OTHER), .min = (MIN), .max = (MAX) }
/* ATTR as the object has it now ("You can't change KeyUsage after the key
 * is created": an AWS_CALL_UPDATE row); the conditions of the object's
 * values now (WAS(IS("ttl.enabled", "true")); WAS(AMONG("subnet_ids[]",
 * "subnet_ids[]")): each value the object has now among those sent). */
#define UNCHANGED(ATTR) { .op = AWS_COND_UNCHANGED, .attr = (ATTR) }
#define WAS(...) { .op = AWS_COND_WAS, .sub = WHEN(__VA_ARGS__) }
/* ATTR's version not older than the object's now ("you cannot downgrade
 * to an earlier engine version": an AWS_CALL_UPDATE row) */
#define NOT_OLDER(ATTR) { .op = AWS_COND_NOT_OLDER, .attr = (ATTR) }
/* The part of ATTR's text the ERE first matches is not the object's now
 * (an AWS_CALL_UPDATE row's premise: "a value for the EngineVersion
 * parameter that is a different major version than the DB instance's
 * current version": CHANGED_PART("engine_version", "^[0-9]+")); as a
 * premise it holds of neither a create nor a value, sent or the object's,
 * that ERE does not match */
#define CHANGED_PART(ATTR, ERE) \
	{ .op = AWS_COND_CHANGED_PART, .attr = (ATTR), .words = (const char *const[]){ (ERE), NULL } }
/* Each value at path ATTR among those the object has now at OTHER (an
 * AWS_CALL_UPDATE row: "A local secondary index can only be created when
 * its parent table is created": each index's name among the object's) */
#define WAS_AMONG(ATTR, OTHER) { .op = AWS_COND_WAS_AMONG, .attr = (ATTR), .other = (OTHER) }
/* A time window as AWS writes them ("hh24:mi-hh24:mi" daily,
 * "ddd:hh24:mi-ddd:hh24:mi" weekly): lasting MIN to MAX minutes ("Must be
 * at least 30 minutes"); sharing no minute with OTHER's ("Must not conflict
 * with the preferred maintenance window") */
#define WINDOW_IN(ATTR, MIN, MAX) \
	{ .op = AWS_COND_WINDOW_IN, .attr = (ATTR), .min = (MIN), .max = (MAX) }
#define WINDOWS_APART(ATTR, OTHER) { .op = AWS_COND_WINDOWS_APART, .attr = (ATTR), .other = (OTHER) }
/* Over a list's elements: their numbers at path ATTR ("[]") summing to MIN
 * to MAX ("The sum of the weights ... must be equal to 100"); no two values
 * at ATTR the same ("A port can only be included in one port mapping");
 * an element of list LIST where every condition holds, each a premise ("At
 * least one capacity provider must have a weight greater than zero") */
#define SUM_IN(ATTR, MIN, MAX) { .op = AWS_COND_SUM_IN, .attr = (ATTR), .min = (MIN), .max = (MAX) }
#define UNIQUE(ATTR) { .op = AWS_COND_UNIQUE, .attr = (ATTR) }
#define SOME(LIST, ...) { .op = AWS_COND_SOME, .attr = (LIST), .sub = WHEN(__VA_ARGS__) }
/* Every value at paths ATTR and OTHER (NULL: ATTR's alone; "[]" each
 * element's, "->" what one names) the same: SAME("subnets[]->vpc_id",
 * "security_groups[]->vpc_id") ("must be from the same VPC"); the elements
 * of list LIST where every condition holds, each a premise, MIN to MAX:
 * COUNT_WHERE("addresses", 0, 1, IS("primary", "true")) ("Only one ...
 * can be designated as primary") */
/* ATTR's IPv4 address or CIDR block within OTHER's IPv4 block:
 * WITHIN_CIDR("private_ip_address", "subnet_id->cidr_block") ("a value from
 * the IPv4 address range of the subnet"; text of another form holds) */
#define WITHIN_CIDR(ATTR, OTHER) { .op = AWS_COND_WITHIN_CIDR, .attr = (ATTR), .other = (OTHER) }
#define SAME(ATTR, OTHER) { .op = AWS_COND_SAME, .attr = (ATTR), .other = (OTHER) }
#define COUNT_WHERE(LIST, MIN, MAX, ...) \
	{ .op = AWS_COND_COUNT_WHERE, .attr = (LIST), .min = (MIN), .max = (MAX), \
	  .sub = WHEN(__VA_ARGS__) }
/* The KMS key of the stack that path KEY names (crossing the reference) is
 * a symmetric encryption key ("Amazon S3 only supports symmetric encryption
 * KMS keys"): its spec (an aws.kms.key's customer_master_key_spec, an
 * awscc.kms.key's key_spec) and usage as written; unset, KMS's defaults,
 * which are; a key outside the stack is KMS's to say. */
#define KEY_SYMMETRIC(KEY) \
	IS(KEY "->customer_master_key_spec", "SYMMETRIC_DEFAULT"), \
	IS(KEY "->key_spec", "SYMMETRIC_DEFAULT"), IS(KEY "->key_usage", "ENCRYPT_DECRYPT")

#define WORDS(NAME, ...) static const char *const NAME[] = { __VA_ARGS__, NULL }

/* The sources the rows of several services cite. */
#define IAM_POLICY "IAM User Guide: IAM JSON policy elements reference"
#define S3_KEYS "Amazon S3 User Guide: naming objects (a key is at most 1,024 bytes of UTF-8)"
#define SCHEDULES "EventBridge User Guide: schedule expressions; Scheduler: schedule types"

/* ---- the rules (aws_rule_fn) ---- */

/* A required value that the request cannot send empty (checks/common.c). */
int rule_not_empty(const json_t *v, const json_t *r, struct strbuf *err);

/* Tags: at most 50 (terrace's own two included), keys of 1-128 and values
 * of 0-256 characters, no key starting with aws: (checks/tables.c). */
int rule_tags(const json_t *v, const json_t *r, struct strbuf *err);
/* An awscc type's tags, a list of {key, value}: no key begins with aws:. */
int rule_tag_list_keys(const json_t *v, const json_t *r, struct strbuf *err);
/* An awscc type's policy as JSON text: a JSON object or list. */
int rule_policy_json_text(const json_t *v, const json_t *r, struct strbuf *err);
/* Member `name` of a JSON document's object o by either spelling, awscc's
 * or CloudFormation's (case and '_' ignored); NULL: none (checks/common.c). */
const json_t *aws_doc_member(const json_t *o, const char *name);
/* A JSON document as written: v itself when it is an object or a list, or
 * the object or list its JSON text holds (a json attribute written as a
 * string); NULL when it is neither, or is text not known yet (a ${...} in
 * it). *parsed: the new reference to release (NULL: none) (checks/common.c). */
const json_t *aws_doc_json(const json_t *v, json_t **parsed);
/* Whether member name `key` is `name` by either spelling (checks/common.c). */
bool aws_doc_name_is(const char *key, const char *name);
/* Lambda function names: at most 64 characters (an ARN may be longer). */
#define AWS_LAMBDA_FUNCTION_NAME_MAX 64

/* The checks across resources that join a service to the IAM role the
 * stack gives it: the role trusts the service (each service's ROLE_TRUST
 * rows, run first by checks/run_stack.c through checks/roles.c); the
 * services' own are STACK rows of their rules.c, which use the helpers
 * below: a state
 * machine's role may start the Glue jobs and Lambda functions of the
 * stack its Tasks name (sfn, a warning); a Lambda function's role may
 * manage the network interfaces of its VPC (lambda, a warning); a Firehose
 * stream's roles may write its bucket and read its stream (firehose, a
 * warning); an ECS task definition's execution role may pull from ECR and
 * write to awslogs (ecs, a warning); an event source mapping's function's
 * role may read its source (lambda, an error). */
/* The resource that value "${NAME.ATTR}" names (ATTR one of attrs, a
 * NULL-terminated list), when it is of `type`, one object (no count or
 * for_each), under from's provider configuration; else WRITTEN_NONE. */
size_t aws_written_named(const struct written_resource *rs, size_t n,
			 const struct written_resource *from, const char *value,
			 const char *type, const char *const *attrs);
/* checks/names.c, a STACK row of the shared table: two resources naming
 * one object (one CloudFormation type, written or awscc, and one name),
 * refused naming both. */
void aws_check_one_object(const struct written_resource *rs, size_t n,
			  check_report_fn report, void *ctx);
/* checks/names.c: two resources of the stack of the registry's type
 * cfn_type (written or awscc) under one parent (attribute `parent` written
 * alike: one reference, or one ARN or name, under one provider
 * configuration) with one known value of `attr` (a number or a string):
 * the later refused, naming the earlier ("priority: 10 is also listener
 * rule "a"'s on the same listener (${l.arn}): AWS says ..."). Those made
 * outside the stack are the parent's at the call. */
struct aws_one_per_parent {
	const char *cfn_type, *parent, *attr;
	const char *kind, *parent_kind; /* "listener rule", "listener" */
	const char *words, *source;     /* AWS's sentence and its document */
};
void aws_check_one_per_parent(const struct written_resource *rs, size_t n,
			      const struct aws_one_per_parent *u, check_report_fn report,
			      void *ctx);
/* checks/names.c: the bucket of the stack (aws.s3.bucket, awscc.s3.bucket,
 * one object) that `value` names: "${NAME.ATTR}" of it, or the name it
 * writes; WRITTEN_NONE: none. Where plan makes bucket resource r: its
 * written region, else its client's (NULL: not known, as at validate). */
size_t aws_stack_bucket_named(const struct written_resource *rs, size_t n, const char *value);
const char *aws_stack_bucket_region(const struct written_resource *r);
/* checks/names.c: at plan, a bucket of the stack that the value at `path`
 * ("storage_location.bucket", "containers[].model_data_url": each element
 * of a list; a name, a reference or an S3 URI) of an awscc resource of
 * cfn_type names, made in another Region than the resource
 * (aws_stack_bucket_region); at validate, and for a bucket not the stack's,
 * nothing: a bucket's name names no Region. For the services' STACK rows,
 * each with its table of uses. */
struct aws_bucket_use {
	const char *cfn_type, *path;
	const char *words, *source; /* AWS's sentence and its document */
};
void aws_check_bucket_region(const struct written_resource *rs, size_t n,
			     const struct aws_bucket_use *uses, size_t count,
			     check_report_fn report, void *ctx);
/* Whether policy document doc (a trust or key policy) has an Allow
 * statement of `action` for service `svc`'s principal (svc.amazonaws.com,
 * svc.REGION.amazonaws.com); what is not known yet counts as allowing
 * (checks/roles.c). */
bool aws_policy_lets_service(const json_t *doc, const char *svc, const char *action);
/* The same for the principals `who` accepts (given a statement's
 * Principal, "*" or an object of AWS, Service, ...). */
bool aws_policy_lets(const json_t *doc, bool (*who)(const json_t *principal, const void *arg),
		     const void *arg, const char *action);
/* Whether a string-or-list element of a policy statement holds a value
 * match(value, arg) is true of. */
bool aws_policy_any_of(const json_t *v, bool (*match)(const char *, const void *), const void *arg);
/* Whether the policies the stack writes for role `role` (its inline
 * policies, the aws.iam.policy resources in its managed_policy_arns) allow
 * `action` on any resource, or an AWS managed policy of granted_by (names)
 * does; what is not known yet allows. *outside gets a managed policy ARN
 * of the role not in the stack, which may still allow it (checks/roles.c). */
bool aws_role_allows_action(const struct written_resource *rs, size_t n, size_t role,
			    const char *action, const char *const *granted_by, const char **outside);
/* Whether text holds a reference to resource `name` (${NAME.ATTR}, inside a
 * longer string too). */
bool aws_text_refers_to(const char *text, const char *name);
/* Whether a policy the stack writes for role `role` has an Allow statement
 * of `action` whose Resource names resource `at` of the stack: "*", by
 * reference (${NAME.arn}/...) or by an ARN holding in_arn (":::raw-data",
 * NULL: none). Only what is written and known counts (checks/roles.c). */
bool aws_role_acts_on(const struct written_resource *rs, size_t n, size_t role,
		      const char *action, size_t at, const char *in_arn);

#endif
