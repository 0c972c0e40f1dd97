/*
 * convert_cfn.h: what the two files of the CloudFormation converter share:
 * the template being converted (convert_cfn.c: its sections, its resources,
 * the stack written) and its intrinsic functions turned into ${...}
 * (convert_cfn_expr.c).
 */
#ifndef TERRACE_STACKS_CONVERT_CFN_H
#define TERRACE_STACKS_CONVERT_CFN_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"
#include "stacks/convert.h"
#include "stacks/yaml.h"

struct cfn {
	const struct convert_source *src;
	struct convert_result *res;
	struct diags *d;
	struct yaml_positions *pos;
	json_t *params, *conditions, *mappings, *resources; /* the template's sections (borrowed) */
	json_t *types;      /* logical id -> {"type", "attributes"}: the awscc types carried */
	json_t *variables;  /* the stack's, as written */
	json_t *locals;
	json_t *mapping_names; /* mapping -> the local that holds it */
	json_t *stack_lookups; /* data name -> a lookup: terrace.stack for Fn::ImportValue in a
				  set, aws.route53.zone for a record set's HostedZoneName */
	json_t *dynamic;    /* a dynamic reference {{resolve:...}} -> the variable standing in */
	json_t *stand_ins;  /* a reference to a resource left out ("Ref X") -> its variable */
	json_t *renamed, *renamed_from; /* logical id <-> its name in the stack (cfn_name) */
	json_t *assets;     /* the "files" of the CDK's assets manifest beside the template
			       (STACK.assets.json), or NULL */
	char *assets_dir;   /* the manifest's folder (cdk.out), where asset paths start */
	json_t *asset_buckets; /* the asset bucket's name as the template writes it (a
				  Fn::Sub's text) -> the bucket resource written in its place,
				  when the stack uploads every asset the template names */
	json_t *file_assets; /* the file assets it uploads: name -> {"key", "source"} */
	bool need_caller, need_azs;
	const json_t *near; /* the node a warning without a position of its own names */
};

/* A warning at node's position (else c->near's) that counts one construct
 * left out. */
void cfn_left_out(struct cfn *c, const json_t *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* convert_cfn_cdk.c: whether parameter `name` is the CDK's bootstrap
 * version (an SSM parameter's value, /cdk-bootstrap/QUALIFIER/version, read
 * by no resource, condition or output), which only its Rules read, to check
 * the bootstrap stack `cdk deploy` uses: terrace deploys without that stack,
 * so it is no variable to give (a plan would stop on it); whether a rule
 * reads it and no other parameter. tpl: the template. */
bool cfn_cdk_bootstrap_version(const struct cfn *c, const json_t *tpl, const char *name);
bool cfn_cdk_bootstrap_rule(const struct cfn *c, const json_t *tpl, const json_t *rule);
/* The written type of a CDK custom resource type terrace makes
 * (Custom::S3BucketNotifications: aws.s3.bucket_notification), or NULL;
 * and its resource `name`'s properties as that type's attributes, into out. */
/* Take out of c->types (each named in a warning, not counted) what serves
 * only the template's custom resources: the handler each one's ServiceToken
 * names (a custom resource is left out, or written as a type that calls no
 * handler), what only it reads (its role) and what is made for it alone (a
 * policy of that role), never what an output or another resource reads. */
void cfn_cdk_drop_handlers(struct cfn *c, const json_t *tpl);
/* The written type a CDK custom resource of cfn_type with properties
 * props is, or NULL (none, or these properties it cannot carry). */
const char *cfn_cdk_custom_type(const char *cfn_type, const json_t *props);
void cfn_cdk_custom_write(struct cfn *c, const char *name, const char *cfn_type,
			  const json_t *props, json_t *out);
/* convert_cfn_cdk.c, the CDK's file assets: read the assets manifest
 * beside a template `cdk synth` wrote (cdk.out/STACK.template.json's
 * STACK.assets.json) into c->assets. */
void cfn_cdk_read_assets(struct cfn *c);
/* The bucket and the objects that upload the template's file assets, when
 * asset_buckets names one, into resources (the stack's). */
void cfn_cdk_asset_resources(struct cfn *c, json_t *resources);
/* A resource whose properties name a file asset the stack uploads (its
 * key) waits for its upload: the object added to out's depends_on (a Glue
 * job's script, a state machine's definition, read when it is made). */
void cfn_cdk_asset_depends(const struct cfn *c, const json_t *props, json_t *out);
/* The type of resource `name`, an AWS::Lambda::Function whose Code is a
 * file asset of the manifest (S3Bucket and S3Key its destination in the
 * CDK's asset bucket) packaged from a folder that is there: aws.lambda.function,
 * which zips and uploads the folder itself ({"type", "cloudformation_type",
 * "attributes", "written", "asset": the folder as the stack names it}), or
 * NULL (a docker image, or an asset whose folder is not there: warned of). */
json_t *cfn_cdk_asset_function(struct cfn *c, const char *name, const json_t *r);
/* Its properties as aws.lambda.function takes them: without Code (the
 * type's "asset" is its source), Environment's Variables as Environment
 * (the type's flat map). A new object, its values props' own. */
json_t *cfn_cdk_asset_function_props(const json_t *props);
/* A new variable standing in for what cannot be carried (a value only
 * CloudFormation resolves): its name, made from hint; sensitive when
 * the value is a secret. */
const char *cfn_stand_in(struct cfn *c, const char *hint, const char *description,
			 bool sensitive);

/* The stack's name of a logical id: itself, or, when it begins with a digit
 * (CloudFormation takes any alphanumerics, a stack's names begin with a
 * letter or "_"), "_" and it; the stack says which in a comment. */
const char *cfn_name(struct cfn *c, const char *logical);

/* In the name of an export or an import, AWS::StackName (or the parameter
 * that names another stack): the byte the text holds for it. */
#define CFN_STACK_MARK '\x01'
/* The text of an export's or an import's name node (a string, Ref, Fn::Sub,
 * Fn::Join) into out, parameters as their defaults; with param not NULL,
 * the one parameter used (*param) as CFN_STACK_MARK. False when it cannot
 * be known. */
bool cfn_name_text(const json_t *params, const json_t *node, const char **param,
		   struct strbuf *out);

/* The intrinsic a node is ("Ref", "Fn::Sub", "Condition", ...: the long
 * name, for the short tags too) and its argument in *arg; NULL for any other
 * node. */
const char *cfn_intrinsic(const json_t *node, const json_t **arg);
/* node as a value of the stack: literals as they are (a "${" in a string
 * written "$${"), an intrinsic as "${...}"; attrs, when not NULL, the
 * schema's attributes the keys of a map are named from. NULL: nothing
 * (AWS::NoValue, or what was left out). hint names the place for a stand-in. */
json_t *cfn_value(struct cfn *c, const json_t *node, const json_t *attrs, const char *hint);
/* node as the value of the attribute a describes (cfn_value with its
 * nested attributes), rewritten where a written twin's row says the type
 * written takes it otherwise ("value_from": "*.elasticsearch", "value_to":
 * "*.search"; * the rest of the value; a value computed at plan is kept,
 * with a warning, unless the rule takes it whole). */
json_t *cfn_attr_value(struct cfn *c, const json_t *node, const json_t *a, const char *hint);
/* node as an expression inside ${...}, appended to out. */
void cfn_expr(struct cfn *c, const json_t *node, const json_t *attrs, const char *hint,
	      struct strbuf *out);
/* s as an HCL string literal, "..." with its escapes. */
void cfn_hcl_string(struct strbuf *out, const char *s);
/* The attribute of attrs whose CloudFormation name is cfn_name (its name in
 * *name), or NULL. */
const json_t *cfn_attr_named(const json_t *attrs, const char *cfn_name, const char **name);

#endif
