/*
 * checks/row.h: the one row type of the checks (struct aws_check_row) and
 * its four scopes, keyed by type and attribute:
 *   - VALUE (one attribute's value) and RESOURCE (several attributes of one
 *     resource, attr ""), run by checks/run_values.c on a resource's
 *     attributes as the stack writes them (terrace validate, at the
 *     attribute's file:line:col) and as they are evaluated (plan, and apply
 *     before the request);
 *   - STACK (across the stack's resources: `across`, handed them all), run by
 *     checks/run_stack.c at validate and plan;
 *   - READ (at plan, reading AWS: `read`), run by checks/reads.c.
 * The rows come in two halves:
 *   - aws_constraints[]: what the AWS service models put on the request
 *     members the attributes go into (lengths, enums, patterns, ranges, list
 *     sizes), generated into checks/constraints.gen.c from constraints.map, where a
 *     documented value that differs from the model's stands and says why;
 *     after them (aws_cfn_values, generated into the same file from
 *     cfn.map), the keywords of CloudFormation's resource schemas on the
 *     attributes the models' rows and the written ones leave unchecked,
 *     judged by the awscc twin's walk (docs/validation.md);
 *   - aws_rules_tables[] (checks/tables.c): the rules AWS documents that its
 *     models do not carry, written by hand, each row citing its source:
 *     enums and ranges the models omit, and rules too rich for a row,
 *     written once as functions; each service's rows of every scope and its
 *     functions in its <service>/rules.c (checks/rules.h's macros), the rows
 *     every type shares in checks/tables.c.
 * One attribute is checked by one half only (test_constraints fails
 * otherwise), unless its map line names the written rule that completes
 * the model's ("rule=NAME"). The runners' entry is checks/checks.h.
 */
#ifndef TERRACE_AWS_CONSTRAINTS_H
#define TERRACE_AWS_CONSTRAINTS_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* A rule too rich for a row, over one attribute's known value; `resource`
 * is the whole resource's attributes (for rules that compare two of them).
 * 0, or -1 with one line in err: what is wrong, the rule, a valid example. */
typedef int (*aws_rule_fn)(const json_t *value, const json_t *resource, struct strbuf *err);

/* What a written row warns of, over the known value of its top-level
 * attribute `attr`: what AWS takes but what is most likely a mistake (an
 * IAM action no service has), each a warning through report (its attr the
 * path of the value at fault: the row's attribute, or a path below it,
 * "policy.Statement[0].Action[1]", valid for the call only). */
typedef void (*aws_warn_fn)(const json_t *value, const char *attr, check_report_fn report,
			    void *ctx);

/* When a row runs, and what it judges. */
enum aws_check_scope {
	AWS_SCOPE_VALUE,    /* one attribute's value (the default: 0) */
	AWS_SCOPE_RESOURCE, /* several attributes of one resource (attr "") */
	AWS_SCOPE_STACK,    /* across the stack's resources */
	AWS_SCOPE_READ,     /* at plan, reading AWS */
};

/* A STACK row's check across the resources as the stack writes them: each
 * problem through report, `which` and `other` indices into rs. */
typedef void (*aws_check_across_fn)(const struct written_resource *rs, size_t n,
			      check_report_fn report, void *ctx);

/* The request a row is about (`call`): any that sends the attribute, the
 * create (CreateDBInstance: judged when the plan creates or replaces the
 * object; on an object that exists and stays, a warning at most), or the
 * update (ModifyDBInstance: judged on what an update sends anew). */
enum aws_call { AWS_CALL_ANY, AWS_CALL_CREATE, AWS_CALL_UPDATE };

/* A condition of a words row (kind 'w', checks/words.c) on the resource's
 * own values (`attr`, a dotted path: "encryption.kms_key"; within EACH,
 * a path into the element), on the object's values now (an update's
 * prior), or on the region its provider sends to; a list of them ends
 * with AWS_COND_END. */
enum aws_cond_op {
	AWS_COND_END,
	AWS_COND_SET,      /* attr has a value (neither absent nor null) */
	AWS_COND_UNSET,    /* attr is absent or null */
	AWS_COND_IS,       /* attr's value is one of `words` (a number or a
			    * boolean as its text: "1", "true") */
	AWS_COND_IS_NOT,   /* attr has a value, none of `words` */
	AWS_COND_IN,       /* attr's number is min to max */
	AWS_COND_LEN_IN,   /* attr's length (characters, or a list's items)
			    * is min to max */
	AWS_COND_AT_MOST,  /* attr's number is at most attr `other`'s */
	AWS_COND_BELOW,    /* each number at path attr ("[]": each element's)
			    * is less than attr `other`'s ("later than") */
	AWS_COND_MULTIPLE, /* attr's number is a whole multiple of min */
	AWS_COND_REGION,   /* the provider's region is one of `words` */
	AWS_COND_HAS,      /* attr's list has an item that is one of `words`
			    * (a scalar: attr is one of them) */
	AWS_COND_ENDS_WITH, /* attr's text ends with one of `words` (absent:
			     * holds, as IN's) */
	AWS_COND_MATCHES,  /* attr's text has a match of the POSIX extended
			    * regular expression words[0] ("^arn:") */
	AWS_COND_NOT_MATCHES, /* attr's text has none */
	AWS_COND_ABOVE,    /* attr's number is more than min */
	AWS_COND_RATIO_IN, /* attr's number is min to max times other's */
	AWS_COND_EACH,     /* in each element of list attr (a block: itself)
			    * where every condition of sub_when holds, every
			    * one of sub does, their paths the element's */
	AWS_COND_ANY_OF,   /* at least one condition of sub holds */
	AWS_COND_EXACTLY_ONE_OF, /* exactly one condition of sub holds of what is
				  * sent (each judged as a premise) */
	AWS_COND_AMONG,    /* each value at path attr ("[]": of each element:
			    * "global_secondary_index[].hash_key") is one of the
			    * values at path other, from the resource's
			    * attributes ("attribute[].name") */
	AWS_COND_COUNT_IN, /* the items of the lists at path attr ("[]": each
			    * element's) and at other (or NULL), in all, are
			    * min to max */
	AWS_COND_UNCHANGED, /* attr's value is the object's now (prior's);
			     * holds on a create, and of a value not sent or
			     * one the object's state does not hold */
	AWS_COND_CHANGED_PART, /* the part of attr's text that the ERE
				* words[0] first matches differs from the
				* object's now (prior's): an update whose
				* value and the object's both match */
	AWS_COND_WAS,      /* every condition of sub holds of the object's
			    * values now (prior's; none: as a value absent) */
	AWS_COND_WAS_AMONG, /* AMONG, other's values the object's now (prior's);
			     * holds on a create */
	AWS_COND_WINDOW_IN, /* attr's time window ("hh24:mi-hh24:mi" daily,
			     * "ddd:hh24:mi-ddd:hh24:mi" weekly) lasts min to
			     * max minutes */
	AWS_COND_WINDOWS_APART, /* attr's window and other's share no minute (a
				 * daily one recurring each day) */
	AWS_COND_SUM_IN,   /* the numbers at path attr ("[]": each element's)
			    * sum to min to max */
	AWS_COND_UNIQUE,   /* no two values at path attr ("[]": each
			    * element's) are the same */
	AWS_COND_SOME,     /* list attr has an element where every condition
			    * of sub holds (each judged as a premise) */
	AWS_COND_SAME,     /* every value at path attr and at other (or NULL;
			    * "[]": each element's, "->": what one names) is
			    * the same ("All specified subnets and security
			    * groups must be from the same VPC") */
	AWS_COND_COUNT_WHERE, /* the elements of list attr where every
			       * condition of sub holds (each judged as a
			       * premise) are min to max ("Only one IPv4
			       * address can be designated as primary") */
	AWS_COND_WITHIN_CIDR, /* attr's IPv4 address or block lies within the
			       * IPv4 block at other ("a value from the IPv4
			       * address range of the subnet") */
	AWS_COND_IN_REGION, /* attr names something of the provider's region:
			     * an ARN's region field (empty: global), a zone's
			     * name, an ECR image's registry host; other text
			     * tells none, and holds */	AWS_COND_NOT_OLDER, /* attr's version (numbers joined by dots: "7.1")
			     * is not older than the object's now (prior's);
			     * holds on a create, of a value not sent or not
			     * known, and from a part that is no number on
			     * ("6.x") */
};
struct aws_cond {
	enum aws_cond_op op;
	const char *attr;
	const char *const *words; /* NULL-terminated */
	double min, max;
	const char *other;
	const struct aws_cond *sub, *sub_when; /* ending with AWS_COND_END */
};

/* Where a type gives a role to a service (a ROLE_TRUST row, checks/rules.h):
 * attribute `attr`, or its member `member` (an object's, or each element's
 * of a list), `service` the principal's first label ("lambda"), `path` its
 * name in the message. `refused`: the service's create call refuses a role
 * it cannot assume (an error); otherwise it takes the role and fails when
 * it uses it (a warning: AWS accepts the stack). `then` says which. */
struct aws_role_use {
	const char *attr;
	const char *member;
	const char *path;
	const char *service;
	bool refused;
	const char *then;
};

struct aws_check_row;
/* A READ row's reading of AWS (never a change) at plan, through the client
 * (struct aws_client) on a resource of `type` (one the row's type names):
 * `prior` what the state holds (NULL: a new resource), `desired` what plan
 * sends. 0, or -1 with one line in err and *attr the attribute at fault
 * (static storage; NULL: none) when attr is not NULL. */
typedef int (*aws_check_read_fn)(void *client, const struct aws_check_row *row, const char *type,
			   const json_t *prior, const json_t *desired, const char **attr,
			   struct strbuf *err);

struct aws_check_row {
	const char *type;   /* "aws.glue.job"; "aws.*": every aws type (VALUE,
			     * RESOURCE, READ); STACK: the type it refuses, or
			     * "aws.*" when it judges many */
	const char *attr;   /* "worker_type", or a path: "command.name",
			     * "s3_targets[].path" ([]: each element of a list);
			     * "": the whole resource (a rule over settings that
			     * go together, RESOURCE); STACK: NULL; READ: the
			     * attribute it reads of, or NULL (every one) */
	bool each;          /* of each element of the list, not the list */
	const char *source; /* "glue CreateJob WorkerType": service, operation,
			     * member; or the documentation page of a written row */
	char kind;          /* 's' string length, 'n' number (one of `enums`, as
			     * numbers, when it has them), 'l' list size, 'c' a
			     * name's characters (ASCII letters, digits and
			     * `chars`) and length, 'r' the rule function `rule`,
			     * 'w' AWS's words as conditions (`when`, `then`),
			     * 'b' a rule between the resource's attributes
			     * (`between`) */
	bool has_min;
	double min;
	bool has_max;
	double max;
	const char *const *enums; /* NULL-terminated, or NULL */
	const char *pattern;      /* the model's (Java) pattern, for messages, or NULL */
	const char *xsd;          /* the same as an XML Schema regular expression */
	const char *example;      /* a value that matches it, or NULL */
	bool whole;               /* 'n': a whole number (the model's integer, long) */
	aws_rule_fn rule;         /* 'r' */
	const char *also;         /* a generated row: the written rule that completes
				   * it for the same attribute (constraints.map's
				   * "rule=NAME"), or NULL */
	bool grows;               /* an enum AWS grows every few weeks (runtimes,
				   * instance and worker types): a value outside the
				   * installed models' list is a warning, not an
				   * error (constraints.map's "grows") */
	const char *between;      /* 'b': JSON of checks/schema/between.c's keywords
				   * on the resource's attributes ({"excludes": {"a":
				   * ["b"]}, "requires": {...}, "requiredXor": [["a",
				   * "b"]], "requiredOr": [[...]]}), in the type's
				   * names: what cfn-lint's schemas and
				   * terraform-provider-aws's rules say between them
				   * (checks/between/gen_between.py holds the rows to
				   * those sources) */
	const char *sent_if;      /* a generated row: the boolean attribute (a path)
				   * while whose value is true alone the attribute
				   * is sent as written (constraints.map's
				   * "sent_if=ttl.enabled"); judged only then, or NULL */
	aws_warn_fn warn;         /* a written row's warnings besides its rule's
				   * refusals (aws_constraints_warn), or NULL */
	bool warn_only;           /* a written row whose breach AWS takes and the
				   * run then fails on (or never runs): a warning
				   * (aws_constraints_warn), an error only with
				   * validate -strict, never a refusal of a request */
	bool account_default;     /* a written row that rests on what an AWS account
				   * has by default (Block Public Access on every new
				   * bucket, a default quota): it holds where the
				   * provider's server is AWS; against another server
				   * (MinIO, Ceph: server.h's aws_provider_server) its breach is a
				   * warning, and while the server is not known yet it
				   * passes */
	const char *chars;        /* 'c': the characters a name may have besides
				   * ASCII letters and digits ("+=,.@_-") */
	const char *noun;         /* 'c': whose names, for messages ("IAM role") */
	/* what the scopes other than VALUE have (the generated rows', listed by
	 * position, are all VALUE: 0) */
	enum aws_check_scope scope;
	aws_check_across_fn across;     /* STACK */
	const struct aws_role_use *trust; /* STACK, a ROLE_TRUST row (no across):
					   * the role the type gives a service
					   * trusts it (checks/roles.c runs them) */
	aws_check_read_fn read;         /* READ */
	const char *action;       /* READ: the IAM action its read takes on each
				   * value of attr (`terrace policy`), or NULL when
				   * the reader's rows say their own */
	/* A words row (kind 'w', RESOURCE, checks/words.c): what AWS's
	 * documentation of a request member says, as a row. When every
	 * condition of `when` holds (NULL: always), every one of `then`
	 * must; a value not known yet passes. */
	const char *id;           /* its name in the ledger of AWS's words
				   * (checks/words/): "rds.iops_needs_storage" */
	enum aws_call call;       /* the request it is about */
	bool dated;               /* a row of the create that AWS holds creates to
				   * from a date on (a Lambda runtime's block
				   * date): an object made before keeps what it
				   * breaks, so where whether the object exists is
				   * not known (`terrace validate`) its breach is a
				   * warning, and plan refuses it when it creates */
	const struct aws_cond *when, *then;
	const char *words;        /* AWS's sentence, quoted in the message */
	bool known_text;          /* 'r': the rule judges a string not known whole
				   * too, by the text known around its ${...}
				   * (value_known_affixes; RULE_TEXT) */
};

/* How terrace runs a CloudFormation schema's pattern with PCRE2, for the
 * awscc types and their written twins (checks/schema/validate.c), and the
 * kinds' checks (checks/kinds/check.c): JavaScript's \uHHHH and
 * \xHH, $ only at the end, UTF-8; the pattern searches the value. */
#define AWS_ECMA_PCRE2_OPTIONS (PCRE2_UTF | PCRE2_ALT_BSUX | PCRE2_DOLLAR_ENDONLY)

/* The two halves of the table: the models' rows, ending with { NULL }; the
 * written rows, a list of tables (the shared rows, then each service's, each
 * ending with { NULL }) ending with NULL, run in that order. */
extern const struct aws_check_row aws_constraints[];
extern const struct aws_check_row *const aws_rules_tables[];

/* A native type that is a CloudFormation type (cfn.map's "type" lines,
 * generated into checks/constraints.gen.c): the table ends with { NULL, NULL }. */
struct aws_cfn_type {
	const char *type;      /* "aws.kinesis.stream" */
	const char *cfn_type;  /* "AWS::Kinesis::Stream" */
};
extern const struct aws_cfn_type aws_cfn_types[];
/* The CloudFormation type of native type `type`, or NULL (cfn.map's
 * "none" types, and the awscc types, whose rows say their own). */
const char *aws_cfn_type_of(const char *type);
/* The native type whose CloudFormation type is cfn_type (the same table read
 * the other way: types.def's twins), or NULL. */
const char *aws_written_type_of(const char *cfn_type);

/* An attribute of a native type as the awscc type of its CloudFormation
 * type names it, in the request's view (cfn.map: gen_constraints.py), the
 * rows of the two tables below; each ends with { NULL }. */
struct aws_cfn_attr {
	const char *type;        /* "aws.rds.instance" */
	const char *awscc;       /* "awscc.rds.db_instance" */
	const char *attr;        /* "instance_class" */
	const char *awscc_attr;  /* "db_instance_class" */
	const char *default_json; /* what the request sends when it is left out
				   * ("\"postgres\""), or NULL */
};
/* Those cfn-lint's per-region lists of the CloudFormation type read (the
 * listed property, or one its case is chosen by: growing_attr_rows). */
extern const struct aws_cfn_attr aws_cfn_growing[];

/* cfn-lint's extension rules (conditional rules between properties) held
 * for a native type, judged on what its request sends (gen_constraints.py's
 * extension_rows, from cfn.map): each carried rule, by its file; the table
 * ends with { NULL }. */
struct aws_cfn_rule {
	const char *type;   /* "aws.sqs.queue" */
	const char *awscc;  /* "awscc.sqs.queue": whose schema carries the rule */
	const char *file;   /* "aws_sqs_queue/properties.json" */
	const char *id;     /* cfn-lint's rule id, "E3501" */
	const char *advice; /* what to write instead, in the type's terms, or NULL */
};
extern const struct aws_cfn_rule aws_cfn_rules[];
/* Those the carried rules read (extension_rows). */
extern const struct aws_cfn_attr aws_cfn_rule_attrs[];

/* Which of a schema node's keywords a written twin's row judges
 * (struct aws_cfn_value's `judged`): the least and the most (minLength/
 * maxLength for 's', minimum/maximum for 'n', minItems/maxItems for 'l'),
 * the enum, the pattern. */
#define AWS_CFN_MIN 1u
#define AWS_CFN_MAX 2u
#define AWS_CFN_ENUM 4u
#define AWS_CFN_PATTERN 8u

/* A CloudFormation schema's keywords on an attribute of a native type that
 * no model's row nor written row checks, judged on the value as written by
 * the awscc twin's walk on the property's node (cloudcontrol's
 * cc_check_twin), in the written family's words: "where AWS takes ...
 * (e.g. EXAMPLE; SOURCE)". Generated from cfn.map (gen_constraints.py's
 * entries_of_cfn); run after the models' rows, before the written ones
 * (aws_constraints_check); the table ends with { NULL }. */
struct aws_cfn_value {
	const char *type;       /* "aws.events.rule" */
	const char *attr;       /* "targets[].id": the table's path syntax */
	bool each;              /* each element of the list at attr */
	char kind;              /* 's' a string, 'n' a number, 'l' a list's size */
	const char *awscc;      /* "awscc.events.rule" */
	const char *awscc_path; /* "targets.id": the property, in the awscc schema's names */
	unsigned judged;        /* AWS_CFN_*: the keywords the row carries (cfn.map's
				 * drop lines, a pattern PCRE2 reads otherwise, a
				 * bound every value keeps, are left out) */
	const char *example;    /* a value the pattern finds a match in, or NULL */
	const char *source;     /* "AWS::Events::Rule Targets.Id" */
	bool grows;             /* an enum AWS grows: a name it does not list is a
				 * warning (aws_constraints_warn), a known one
				 * misspelt an error */
};
extern const struct aws_cfn_value aws_cfn_values[];

/* A written type's attribute whose rows judge its awscc twin's value too,
 * at the property's awscc path, where the property takes the attribute's
 * shape (cfn.map: gen_constraints.py's twin_value_rows): its data rows (a
 * models' row, a written row of a value's words, range, characters or
 * list size) where the property carries none of CloudFormation's schema
 * keywords, its rule rows where each function reads the value alone. The
 * table ends with { NULL }. */
struct aws_twin_row {
	const char *awscc;      /* "awscc.batch.job_definition" */
	const char *awscc_attr; /* "retry_strategy.attempts": the table's path syntax */
	const char *type;       /* "aws.batch.job_definition" */
	const char *attr;       /* the rows' attr: "retry_strategy.attempts" */
	bool data;              /* its data rows judge the twin */
	bool rules;             /* its rule rows ('r') judge the twin */
};
extern const struct aws_twin_row aws_twin_rows[];

/* One row on a resource's attributes (what the table's edge tests hold). */
int aws_constraint_check_row(const struct aws_check_row *c, const json_t *attrs,
			     struct strbuf *err);

/* A name against a 'c' row (a name's characters and length): its length,
 * then its characters; -1 with "\"NAME\" has N characters: NOUN names have
 * MIN to MAX (e.g. ...)" or "\"NAME\" has 'C': NOUN names use only ASCII
 * letters, digits and CHARS (e.g. ...)". The table's rows run it; a rule
 * function checking a name inside a value (an inline policy's) calls it
 * with a row of its own. */
int aws_constraint_check_name(const struct aws_check_row *c, const char *name,
			      struct strbuf *err);

/* The words of the messages (checks/text.c): value in double quotes,
 * its controls and quotes escaped; c's range ("1 to 64", "at least 3")
 * with unit after each number; whether v is outside c's range. */
void aws_constraint_quote(struct strbuf *out, const char *value);
void aws_constraint_range_text(const struct aws_check_row *c, const char *unit,
			       struct strbuf *err);
bool aws_constraint_outside(const struct aws_check_row *c, double v);

/* Whether value matches c's pattern as AWS matches it (a model's: the
 * whole value); true when c has none, and for a value libxml2 cannot judge
 * (one holding a character XML does not have: controls other than tab,
 * newline and return; U+FFFE, U+FFFF), which is left to AWS. */
bool aws_constraint_matches(const struct aws_check_row *c, const char *value);

/* Whether value has only characters XML has, which libxml2's regular
 * expressions judge. */
bool aws_constraint_xml_text(const char *value);

#endif
