/*
 * kinds/api.h: what the rest of the aws provider sees of the kinds of
 * identifier AWS's data says each attribute takes and gives
 * ("AWS::KMS::Key.Arn": a KMS key's ARN), generated into kinds.gen.c by
 * gen_kinds.py from the pinned cfn-lint (its formats and their rules'
 * patterns, the registry's relationshipRefs) and cfn.map, for the written
 * aws types; the awscc types carry theirs in their schemas
 * (cloudcontrol/api.h, cc_kinds_at). check.c holds references and
 * literals to them, facts.c the facts of the stack's graph (a value's VPC,
 * zone, region) and facts.def's rules over them; reads.c
 * reads what a literal names, at plan.
 */
#ifndef TERRACE_AWS_KINDS_API_H
#define TERRACE_AWS_KINDS_API_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/provider.h"

struct aws_kind {
	const char *name;    /* "AWS::KMS::Key.Arn", as cfn-lint's format */
	const char *words;   /* "a KMS key's ARN", for messages */
	const char *pattern; /* what a literal of the kind matches (PCRE2), or
			      * NULL: cfn-lint has no rule, any literal passes */
	const char *example; /* "arn:aws:kms:us-east-1:123456789012:key/ID" */
	bool own_arn;        /* a type's own ARN no data names (gen_kinds.py's
			      * arn_kinds: "AWS::DynamoDB::Table.Arn"), its
			      * example made of its types.def format: no
			      * attribute takes it, and a reference of it is
			      * refused only where the example fits none of the
			      * kinds the attribute takes */
};

/* A written type's attribute (a dotted path; a list's elements are the
 * list's) that takes the kinds `kinds` (space-separated), or, with
 * `gives`, whose value is an identifier of kind `kinds` (one). */
struct aws_kind_attr {
	const char *type;
	const char *attr;
	const char *kinds;
	bool gives;
};

extern const struct aws_kind aws_kinds[];      /* ends with {NULL} */
/* The own_arn kinds whose example says only their service
 * ("arn:aws:backup:us-east-1:123456789012:ID": gen_kinds.py's
 * schema_arn_kinds, a type's own ARN its schema gives), sorted; ends with
 * NULL. A reference of one fits a kind that is an ARN of its service. */
extern const char *const aws_kinds_by_service[];
bool aws_kind_by_service(const struct aws_kind *k);
/* The kind of aws_kinds named by the len bytes at name, or NULL. */
const struct aws_kind *aws_kind_named(const char *name, size_t len);
extern const struct aws_kind_attr aws_kind_attrs[]; /* ends with {NULL} */

/* The kinds an attribute takes or gives. */
#define AWS_MAX_KINDS 8
struct aws_kinds {
	const struct aws_kind *k[AWS_MAX_KINDS];
	size_t n;
};

/* The kinds attribute `path` (dotted; a list's elements are the list's) of
 * `type` takes (gives == false) or gives: a written type's rows, an awscc
 * type's schema. An awscc type's own kinds (its name within it) are its
 * identity, not a reference; its `arn`, `id` or `name` gives its own
 * type's kind of that name. */
struct aws_kinds aws_kinds_of(const char *type, const char *path, bool gives);
/* Whether literal `s` is of kind k: true for a kind without a pattern, and
 * for anything but PCRE2's clear "no match". */
bool aws_kind_literal_is(const struct aws_kind *k, const char *s);
/* Whether ks holds the kind named `name` ("AWS::EC2::VPC.Id"). */
bool aws_kinds_has(const struct aws_kinds *ks, const char *name);
/* The resource of rs that value "${NAME.ATTR}" names (its index, ATTR in
 * attr, which has room for 64 bytes), when value is that one reference;
 * else WRITTEN_NONE. */
size_t aws_kind_reference(const struct written_resource *rs, size_t n, const char *value,
			  char *attr, size_t attr_size);
/* The resources of one stack, indexed by name for aws_kind_reference while
 * the checks across judge them (aws_check_resources: index, then forget);
 * an rs not indexed is walked. */
void aws_kind_names_index(const struct written_resource *rs, size_t n);
void aws_kind_names_forget(void);

/* The CloudFormation type of resource type `type` ("AWS::RDS::DBInstance"),
 * of either family: an awscc type's own, a written type's cfn.map twin;
 * NULL when it has none. */
const char *aws_cfn_type_of_any(const char *type);
/* Whether `type` is the awscc type of CloudFormation type cfn_type (asked
 * of the type's struct, not of its name's prefix). */
bool aws_awscc_type_is(const char *type, const char *cfn_type);
/* Whether `type`, of either family, is of CloudFormation service `service`
 * ("AWS::RDS::"). */
bool aws_type_of_service(const char *type, const char *service);

/* The service of the ARN v is ("sqs" of arn:aws:sqs:...), as written or,
 * for plan's unknown value of an attribute that gives an ARN
 * (value_unknown_kind: ${queue.arn}), as its kind's ARN says: its length
 * in out (room for `size`), 0 when v is neither (not known, no ARN, a kind
 * that is no ARN). So a rule judges a reference by what it names. */
size_t aws_arn_service_of(const json_t *v, char *out, size_t size);
/* The service of ARN text arn, as aws_arn_service_of (0: no ARN). */
size_t aws_arn_service_in(const char *arn, char *out, size_t size);

/* Each string of v at every depth whose attribute of `type` takes kinds
 * (a list's elements are the list's; an unknown object or key is passed
 * over) to fn, with those kinds and its path as a message names it
 * ("vpc_config.subnet_ids[1]"); a string holding ${...} too, for fn to
 * judge. fn returns nonzero to stop the walk, which returns it. */
typedef int (*aws_kinds_visit_fn)(void *ctx, const json_t *value, const struct aws_kinds *takes,
				  const char *where);
int aws_kinds_walk(const char *type, const json_t *v, aws_kinds_visit_fn fn, void *ctx);

/* The checks across resources' part of the kinds (kinds/check.c): a
 * reference of the wrong kind, and a literal of none of the kinds an
 * attribute takes, refused naming the attribute that gives the right one. */
void aws_check_kinds(const struct written_resource *rs, size_t n, check_report_fn report,
		     void *ctx);

/* What plan reads of a literal of a kind (reads.c, from the rows of
 * kinds/reads.def): whether the object it names exists, by one call of
 * the service's protocol that takes the value (the row says how) and an
 * answer that says "none" (an error code, or an empty list). */
struct aws_client;
struct aws_service;
enum aws_read_form {
	AWS_READ_AS_IS,    /* the value as it is */
	AWS_READ_NAME_PART /* an ARN's name: after its last '/', else its last ':' */
};
struct aws_kind_read {
	const char *kind;      /* "AWS::EC2::Subnet.Id" */
	const char *action;    /* "ec2:DescribeSubnets", for the plan's permissions */
	const char *call;      /* "EC2 DescribeSubnets", for messages */
	const struct aws_service *service; /* its row of transport/services.def */
	const char *request;   /* REST: "GET /2015-03-31/functions/{FunctionName}"; else NULL */
	const char *operation; /* "DescribeSubnets" */
	const char *member;    /* "SubnetId.1" */
	enum aws_read_form form;
	const char *shape;      /* a value is read only when it matches (PCRE2), or NULL */
	const char *extra;      /* "NAME=VALUE" sent beside it, or NULL */
	const char *none_codes; /* space-separated, or NULL */
	const char *none_list;  /* "subnetSet/item", "logGroups=logGroupName", or NULL */
	const char *skip;       /* a value holding it is not read, or NULL */
	const char *source;     /* the AWS page the row comes from */
};
extern const struct aws_kind_read aws_kind_reads[]; /* ends with {NULL} */
/* The kinds that have no read, and why (reads.def's NO_READ rows). */
struct aws_kind_no_read {
	const char *kind;
	const char *why;
};
extern const struct aws_kind_no_read aws_kind_no_reads[]; /* ends with {NULL} */
/* Whether the object `value` names exists, by row r: 1 yes, 0 AWS says
 * none, -1 it cannot tell. Asked once per client, row's kind and value:
 * the answer is kept for the rest of the run. */
int aws_kind_read_exists(struct aws_client *c, const struct aws_kind_read *r, const char *value);
/* Forget what client c read (the provider's close, before it frees c). */
void aws_kind_reads_forget(const struct aws_client *c);
/* Whether plan reads what literals name (TERRACE_AWS_READ_LITERALS is not
 * 0 or false). */
bool aws_kind_reads_on(void);
/* The shared table's READ row (reads.c, an aws_check_read_fn, run by
 * checks/reads.c): every literal of a kind that `desired` holds, of a
 * resource of `type`, read when plan reads literals (aws_kind_reads_on);
 * -1 with err ("WHERE: \"VALUE\" is ... that AWS does not have (CALL says
 * none): ...") and *attr NULL when AWS says none of each kind it may be. */
struct aws_check_row;
struct strbuf;
int aws_read_kinds(void *client, const struct aws_check_row *row, const char *type,
		   const json_t *prior, const json_t *desired, const char **attr,
		   struct strbuf *err);
/* The place of subnet or security group `value` (kind AWS::EC2::Subnet.Id
 * or AWS::EC2::SecurityGroup.Id), by the read that says it exists (EC2
 * DescribeSubnets, DescribeSecurityGroups: the same actions): 1 with its
 * VPC's id in vpc and, for a subnet, its Availability Zone's name in zone
 * ("" for a group), 0 when the answer cannot tell. */
int aws_kind_read_place(struct aws_client *c, const char *kind, const char *value, char *vpc,
			size_t vpc_size, char *zone, size_t zone_size);

/* kinds/facts.c: facts.def's rules over the facts of the stack's graph:
 * what one block names of a network is of one VPC; a load balancer's or an
 * endpoint's subnets one per zone; an alarm's actions of its region; a
 * rule's source group of its group's VPC or a joined one. Refused naming
 * both sides. */
void aws_check_facts(const struct written_resource *rs, size_t n, check_report_fn report,
		     void *ctx);

/* The kinds folder's other parts, which the core reaches through this
 * header: at most N of an association, kinds a sibling asks for, what names
 * an awscc type's object. */
#include "provider/aws/checks/kinds/associations.h"
#include "provider/aws/checks/kinds/by_sibling.h"
#include "provider/aws/checks/kinds/object_names.h"

#endif
