/*
 * convert_tf_internal.h: what the files of `terrace convert -from
 * terraform` share: stacks/convert_tf.c (the configuration read and
 * written), stacks/convert_tf_types.c (which aws_* and utility types become
 * which of terrace's), stacks/convert_tf_folds.c (the split resources
 * folded into their owner),
 * stacks/convert_tf_policy.c (aws_iam_policy_document),
 * stacks/convert_tf_modules.c (module blocks) and stacks/convert_tf_refs.c
 * (values, references and the warnings of what is left out, which the
 * others build on).
 */
#ifndef TERRACE_CONVERT_TF_INTERNAL_H
#define TERRACE_CONVERT_TF_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/provider.h"
#include "stacks/expr.h"
#include "stacks/hcl.h"

/* An aws_* type that is one of terrace's types: a written type (aws.*),
 * else the awscc type of the same CloudFormation type; its attributes
 * renamed where the names differ (pairs, NULL-ended), and the state
 * attribute that is the id `terrace import` takes. twin: the awscc type the
 * resource becomes when it sets an attribute the written type lacks and the
 * twin has (twin_renames its names there). Checked against the types'
 * schemas by test_convert_tf. */
struct tf_written {
	const char *tf, *type;
	const char *renames[13];
	const char *import_from;
	const char *twin;
	const char *twin_renames[39];
};

struct conv;

/* A data source terrace has as a lookup: its arguments and results renamed
 * (pairs, NULL-ended; an argument not named is left out with a warning). */
struct tf_lookup {
	const char *tf, *kind;
	const char *args[11];
	const char *results[5];
};

struct decl;

/* A resource Terraform splits off its owner (aws_s3_bucket_versioning,
 * aws_iam_role_policy) that terrace's type of the owner holds: folded into
 * the owner's converted resource by fold(), which warns of (and counts)
 * what it cannot carry. by: the attribute naming the owner; gives: the
 * owner's attribute it sets that the owner's type requires (a secret's
 * value), or NULL. */
struct tf_fold {
	const char *tf, *owner_tf, *by;
	void (*fold)(struct conv *c, const struct decl *dc, json_t *owner);
	const char *gives;
};

enum decl_kind { D_RESOURCE, D_DATA, D_MODULE };

/* A resource, data or module block of the configuration (a module's
 * tf_type is "module"). */
struct decl {
	enum decl_kind kind;
	const struct hcl_item *item;
	const char *tf_type, *tf_name;
	char *name;                         /* the stack's name for it */
	const struct resource_type *rt;     /* a resource's type, when carried */
	const struct tf_written *written;   /* an aws_* resource's row */
	bool twin;                          /* converted as written->twin */
	const struct tf_lookup *lookup;     /* a data source's, when carried */
	bool policy_document;               /* data "aws_iam_policy_document" */
	bool module_call;                   /* a module of a local folder: a call */
	const struct tf_fold *fold;         /* a split resource's row */
	struct decl *owner;                 /* and the resource it folds into */
	bool owner_by_name;                 /* its by the owner's name, not a reference */
	const struct hcl_item *archive_source; /* data "archive_file": source_dir/_file */
	bool data_value;                    /* a terraform_data without provisioners */
	bool lambda_package;                /* terraform-aws-lambda's package.py (convert_tf_package.c) */
};

struct conv {
	struct diags *d;
	size_t left_out;
	struct decl *decls;
	size_t n_decls;
	const struct hcl_item *at;          /* the attribute being converted */
	json_t *out;                        /* the stack, keys in order */
	/* Inside a policy document written as one expression: each.key and
	 * each.value, count.index and a dynamic block's iterator are the
	 * names the expression's for binds (each_key, count_index, ...). */
	bool each_bound, each_is_key, count_bound;
	const char *iterator;
	/* Inside a split resource being folded: its owner, whose references
	 * (a bucket's policy naming the bucket's ARN) are written without
	 * naming the resource they are part of. */
	const struct decl *folding_into;
	/* Inside a dead-letter queue's redrive allow policy being folded: a
	 * queue's ARN it names (its source queues') is written built of the
	 * queue's name, as the owner's own is, so the dead-letter queue does
	 * not depend on the queues whose redrive policies name it. */
	bool queue_arns_by_name;
	/* Inside a policy document a fold writes again (tf_document_again):
	 * the documents it names, written again too, as expressions by where
	 * they are named ("NAME.json", "NAME[0].json"). */
	json_t *documents_again;
	/* The resource being converted: self in its postconditions. */
	const struct decl *self;
	json_t *noted;                      /* what was warned of once, by key */
	/* The locals' attributes of every file, before they are converted: a
	 * split resource's owner named through a local (tf_find_owners). */
	const struct hcl_item **locals;
	size_t n_locals;
};

void tf_left_out(struct conv *c, const struct src_pos *pos, const char *fmt, const char *a,
		 const char *b);
/* An aws_* resource written as an awscc type, where hashicorp/aws's shape is
 * not the type's (convert_tf_awscc_shapes.c): a dynamic block's empty list
 * null, an ECS service's force_new_deployment its object, a subnet's private
 * DNS name arguments one object (the arguments tf_awscc_shape_reads). */
void tf_awscc_shapes(struct conv *c, const struct decl *dc, json_t *res);
bool tf_awscc_shape_reads(const char *tf, const char *arg);
/* The same, and the arguments a twin's conversion reads that do not make
 * the resource the twin (a topic's policy). */
bool tf_awscc_twin_reads(const char *tf, const char *arg);
/* Provider aliases (convert_tf_providers.c): provider "aws" with an alias as
 * a named configuration under providers: (false: not one of aws's, left to
 * the caller); a resource's or lookup's provider = aws.ALIAS as ALIAS, and
 * a module call's providers = { aws = aws.ALIAS } as {aws: ALIAS} (NULL:
 * warned, left out; or nothing to write). */
bool tf_provider_alias(struct conv *c, const struct hcl_item *blk);
json_t *tf_provider_ref(struct conv *c, const struct hcl_item *it);
json_t *tf_module_providers(struct conv *c, const struct hcl_item *it);
json_t *tf_section(struct conv *c, const char *key);
/* Attribute it's value, references renamed; NULL (warned, counted) when
 * terrace cannot read it. a: its schema, NULL when none is known. */
json_t *tf_attr_value(struct conv *c, const struct hcl_item *it, const struct attr_schema *a);
/* Attribute it's value, references renamed, as the text of one expression
 * (what goes inside ${...}). */
char *tf_attr_text(struct conv *c, const struct hcl_item *it);
/* The same of n, a part of it's value (a member of its object). */
char *tf_node_text(struct conv *c, const struct hcl_item *it, const struct expr_node *n);
/* A value of the stack as the text of one expression, into out: a string
 * "${x}" is (x), text a quoted string (its quotes and backslashes outside
 * ${...} escaped), an object {"key" = ...} and a list [...] of members so
 * written, anything else its JSON. */
void tf_add_expression(struct strbuf *out, const json_t *v);
/* Two arguments that rename to one attribute (convert_tf_either.c): the one
 * of had and v (v's reference taken) that is not null, as a conditional
 * where neither is known now. */
json_t *tf_either_of(json_t *had, json_t *v);
/* The argument of aws_* type tf that name is the other of (aws_ssm_parameter's
 * insecure_value: value), else name. */
const char *tf_either_name(const char *tf, const char *name);
/* The attribute Terraform's X_prefix argument name is the start of (name
 * of name_prefix), or NULL. */
const char *tf_prefix_of(const char *tf, const char *name);
/* A variable `type = string` with a bool default, var its conversion: its
 * type bool, with a warning (convert_tf_either.c). */
void tf_string_bool_variable(struct conv *c, const struct hcl_item *blk, json_t *var);
/* list (an array) holds the string s. */
bool tf_list_has(const json_t *list, const char *s);
void tf_add_source(struct strbuf *out, const struct hcl_item *it, const struct expr_node *n);
/* A member of a written type's block by terrace's name (a route's
 * cidr_block is destination_cidr_block), else name (convert_tf_types.c). */
const char *tf_nested_renamed(const char *type, const char *block, const char *name);

/* The written type of aws_* type tf (NULL: none), the row of a split
 * resource (NULL: none), and why a type terrace does not carry is left out
 * with what to write instead (NULL: no reason known). */
const struct tf_written *tf_written_find(const char *tf);
/* The written type's attribute that member of block (NULL: any member) of
 * an aws_* resource of type tf is (a record's weighted_routing_policy
 * { weight }: weight), or NULL; why the written type lacks attribute attr
 * of tf (NULL: no reason known), *whole when the resource is then left out
 * whole; an aws_route53_record's name completed with its zone's, as
 * Terraform completes it. */
const char *tf_lifted_attr(const char *tf, const char *block, const char *member);
const char *tf_lacks_why(const char *tf, const char *attr, bool *whole);
/* Where the written type lacks attribute it of dc but carries the object
 * while its value is what AWS takes when it is not sent (tf_lacks[]'s
 * only): a precondition of res that it is, saying why otherwise. */
void tf_lacks_guard(struct conv *c, const struct decl *dc, const struct hcl_item *it,
		    json_t *res);
/* A precondition of res (its lifecycle's list, made when missing). */
void tf_add_precondition(json_t *res, const char *condition, const char *message);
void tf_record_name(struct conv *c, const struct decl *dc, json_t *res);
/* Attributes of tf that its type's own conversion reads (the generic one
 * skips them: a security group rule's sources), that it gives when the
 * block does not (a Lambda permission's statement_id); that conversion,
 * after the generic one wrote dc as res into the stack's resources (it may
 * write res again, or more resources beside it). */
bool tf_type_reads(const char *tf, const char *attr);
bool tf_type_gives(const char *tf, const char *attr);
void tf_type_finish(struct conv *c, const struct decl *dc, json_t *res);
/* EC2's own objects as hashicorp/aws treats them (convert_tf_ec2_defaults.c):
 * a group's default egress rule revoked, a VPC's default ACL and main route
 * table taken by the VPC's id; the attributes it reads and gives. */
void tf_ec2_defaults_finish(struct conv *c, const struct decl *dc, json_t *res);
bool tf_ec2_defaults_reads(const char *tf, const char *attr);
bool tf_ec2_defaults_gives(const char *tf, const char *attr);
/* A network ACL's subnets as associations, a rule's protocol as its number
 * and its ports and ICMP as blocks (convert_tf_network_acl.c). */
void tf_network_acl_finish(struct conv *c, const struct decl *dc, json_t *res);
bool tf_network_acl_reads(const char *tf, const char *attr);
bool tf_network_acl_gives(const char *tf, const char *attr);
/* A resource's dynamic "NAME" block as NAME's value in res: a for
 * expression over its for_each, the iterator bound, its content's members
 * as the type has them (beside the blocks written, concatenated); false
 * (warned, counted) when it cannot be. */
/* A block the type takes as one map (an RDS parameter group's parameter
 * blocks, static or dynamic): merged into it, true; false for any other. */
bool tf_block_as_map(struct conv *c, const struct decl *dc, const struct hcl_item *it,
		     json_t *res);
bool tf_dynamic_block(struct conv *c, const struct decl *dc, const struct hcl_item *dyn,
		      json_t *res);
/* text (one expression) with the iterator name of an outer dynamic block
 * as the for expression binds it (name.value: name_value), for an inner
 * block's content, which is converted with its own iterator bound. */
void tf_bind_iterator(const char *name, struct strbuf *text);
/* count = 1, 0, or C ? 1 : 0: at most one instance (convert_tf_refs.c). */
bool tf_at_most_one(const struct hcl_item *count);
/* A policy document a fold names (rest ".json", or "[0].json" of one of at
 * most one instance) written again inside the fold, its references to the
 * owner the owner's own values; NULL when it cannot be. *encoded: the value
 * is the JSON text, else the document (convert_tf_policy.c). */
json_t *tf_document_again(struct conv *c, const struct decl *doc, const char *rest,
			  bool *encoded);
/* The diagnostics of converting an inner block's content (gathered in
 * quiet, which is freed) into c's, but the warning that the outer
 * iterator is not declared (NULL: none). */
void tf_outer_warnings(struct conv *c, struct diags *quiet, const char *outer);
/* An attribute of Terraform's type that dc's type lacks, as an expression
 * of what it has ({R} the resource's address, {C} a caller_identity
 * lookup's: an ARN built of its id), or NULL; every reference the stack
 * holds to such an attribute (or to one the type names otherwise) written
 * so, once the stack is converted (references refs.c kept as written: with
 * an index). */
const char *tf_derived_attr(const struct decl *dc, const char *attr);
/* tf_derived[]'s expression of dc's kind's attr, or NULL (convert_tf_derived.c). */
const char *tf_derived_expr(const struct decl *dc, const char *attr);
/* expr of tf_derived_attr's table, {R} the resource's address in the stack
 * (this[0]) and {C} the caller lookup, into out (one operand: no parentheses). */
void tf_derived_write(struct conv *c, const char *expr, const char *root, struct strbuf *out);
/* The aws.caller_identity lookup's name, made on first use: "caller", or
 * "convert_caller" where the stack has a "caller" of another kind. */
const char *tf_caller_lookup(struct conv *c);
void tf_attrs_by_type(struct conv *c);
/* An output's reference to a bucket's ARN (aws.s3.bucket, of one instance
 * or at most one) written of the bucket's name as the stack gives it, for
 * each instance of its count: known before the bucket is made, so a
 * calling stack may pass it back into the module (a bucket policy naming
 * its bucket, terraform-aws-lambda's with-vpc-s3-endpoint), as Terraform's
 * graph of resources allows (convert_tf_objects.c). */
void tf_output_bucket_arns(struct conv *c);
/* What tf_attrs_by_type writes for root.path, an instance of resource dc
 * (root its address in the stack, path Terraform's attribute and what
 * follows): the attribute renamed, or what AWS builds of what the type
 * keeps (tf_derived_attr); 0 when the type has it as named. */
int tf_instance_attr(struct conv *c, const struct decl *dc, const char *root, const char *path,
		     struct strbuf *out);
/* A for expression over a resource's instances (for k, v in NAME), after
 * tf_attrs_by_type: v.ATTR as tf_instance_attr writes NAME["k"].ATTR, and
 * v.id, which no instance object holds, as terrace's id of the instance
 * (stacks/convert_tf_for.c). */
void tf_for_attrs_by_type(struct conv *c);
/* An output that is a resource's whole objects (value = aws_subnet.private)
 * with each object's id merged in, as Terraform's objects hold it
 * (stacks/convert_tf_objects.c). */
void tf_whole_objects(struct conv *c);
/* The awscc type of the written type's name (or its twin) that has
 * attribute attr, which the written type lacks, or NULL: what a warning
 * may tell the user to write the resource as. */
const char *tf_twin_with(const struct decl *dc, const char *attr);
const struct tf_fold *tf_fold_find(const char *tf);
const char *tf_left_out_why(const char *tf);
extern const struct tf_written tf_written[];
extern const size_t n_tf_written;
extern const struct tf_fold tf_folds[];
extern const size_t n_tf_folds;

/* The schema's attribute of name (case and separators aside; an awscc
 * type's top-level <resource>_id is id, type <resource>_type), or NULL;
 * type: the awscc type's name, NULL for a nested schema or a written type.
 * tf_aws_attr: an aws_* resource's attribute by Terraform's name, as its
 * type has it (NULL: the type has none such). */
const struct attr_schema *tf_schema_attr(const struct attr_schema *attrs, const char *name,
					 const char *type);
const struct attr_schema *tf_aws_attr(const struct decl *dc, const char *name);
struct decl *tf_find_decl(struct conv *c, enum decl_kind kind, const char *type,
			  const char *name);
/* The first step of a canonical path ("lake" of "lake.arn") and where the
 * rest starts; a name as pairs rename it. */
size_t tf_first_step(const char *path);
const char *tf_renamed(const char *const *pairs, const char *name);

/* Split resources: each one's owner found, once every block is declared;
 * each folded into its owner's converted resource (or left out, warned);
 * a reference to the owner from inside one (rest: ".arn") written as the
 * owner's own value into out (0: it cannot be). */
void tf_find_owners(struct conv *c);
/* An aws_* resource whose type requires an attribute neither its block nor
 * a split resource folded into it sets, left out (its Terraform shape is
 * not the type's): after tf_find_owners. */
void tf_check_required(struct conv *c);
void tf_fold_decls(struct conv *c);
int tf_self_reference(struct conv *c, const struct decl *dc, const char *rest,
		      struct strbuf *out);

/* A variable standing for ref's value (what the conversion left out),
 * written into out; why: what ref refers to (NULL: "what the conversion
 * left out"). depends_on = [...] as the stack's names. */
void tf_stand_in(struct conv *c, const struct src_pos *pos, const struct expr_ref *ref,
		 const char *why, struct strbuf *out);
json_t *tf_depends_on(struct conv *c, const struct hcl_item *it);
/* The value of local it, which the conversion left out (a function terrace
 * lacks): ${var.local_NAME}, a stand-in, so that what refers to it
 * validates. */
json_t *tf_local_stand_in(struct conv *c, const struct hcl_item *it);

/* Modules (stacks/convert_tf_modules.c): the module block NAME of
 * module.NAME... (NULL: none); a reference to a module renamed into out
 * (0: kept as written); a module block declared, and converted. */
struct decl *tf_module_of(struct conv *c, const char *root);
int tf_module_ref(struct conv *c, const struct src_pos *pos, const struct expr_ref *ref,
		  struct strbuf *out);
void tf_declare_module(struct conv *c, const struct hcl_item *blk);
void tf_convert_module(struct conv *c, struct decl *dc);

/* v, the value of dc's attribute it as schema a takes it: the members of
 * its blocks (at any depth) the schema does not have left out, each warned
 * of (an aws_* resource's Terraform shape where terrace's type differs),
 * those it names otherwise renamed; false when a block then lacks a member
 * the schema requires (the caller leaves the attribute out). */
bool tf_prune_nested(struct conv *c, const struct decl *dc, const struct hcl_item *it,
		     json_t *v, const struct attr_schema *a);

/* A terraform_data without provisioners (stacks/convert_tf_refs.c): its
 * input a local of its name (a list of count's instances with count), its
 * preconditions on variables alone the validation of the first variable
 * each names; the rest warned of. A reference to its output or input is the
 * local. */
bool tf_is_data_value(const struct hcl_item *blk);
void tf_convert_data_value(struct conv *c, struct decl *dc);

/* Whether for_each's value is a set (or list) of strings, whose each.key
 * is each.value, rather than a map. */
bool tf_for_each_is_set(struct conv *c, const struct hcl_item *fe);

/* terraform-aws-lambda's package builder, data "external" running its
 * package.py prepare (stacks/convert_tf_package.c): whether blk is one;
 * the local its package is (TF_PACKAGE_LOCAL of its name: what terrace
 * zips, the requirements pip installs, what is not carried), whose source
 * its result.filename is (convert_tf_refs.c); once the stack is converted,
 * the functions and layers whose source is that package given their python
 * block and a precondition naming what terrace does not carry. */
#define TF_PACKAGE_LOCAL "%s_package"
bool tf_is_lambda_package(const struct hcl_item *blk);
void tf_convert_package(struct conv *c, const struct decl *dc);
/* An aws_s3_object whose source is a package builder's result.filename
 * (store_on_s3's upload) left out, once every block is declared: terrace's
 * aws.s3.object uploads a file, it does not zip a folder. */
void tf_package_objects(struct conv *c);
void tf_package_consumers(struct conv *c);

/* data "aws_iam_policy_document": the local holding the document. */
json_t *tf_policy_document(struct conv *c, const struct decl *dc);

#endif
