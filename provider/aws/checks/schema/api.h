/*
 * checks/schema/api.h: the awscc types' schema evaluator, what the checks
 * judge an awscc type's values and a written twin's with: the walk of a
 * value and its CloudFormation resource schema together (validate.c: types,
 * enums, patterns, lengths, ranges, required, unknown properties,
 * oneOf/anyOf, dependencies, cfn-lint's extension rules), the rules between
 * a block's properties (between.c), the schemas' patterns as PCRE2 runs
 * them (pattern.c), the lists AWS grows (growing.c), and the entries the
 * rest of the checks call (values.c). The types themselves (their
 * attributes, their calls) are provider/aws/cloudcontrol/'s, which this
 * reads and which knows nothing of it.
 */
#ifndef TERRACE_AWS_CHECKS_SCHEMA_API_H
#define TERRACE_AWS_CHECKS_SCHEMA_API_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* validate.c: the check of what a stack writes for an awscc type (the aws
 * check hook's, as written): each value against its property's type, enum, pattern,
 * lengths, range and list sizes, required properties, unknown properties
 * (with did-you-mean), oneOf/anyOf and dependencies; a value holding ${...}
 * passes. -1 with one line in err and *attr the dotted path of the value at
 * fault ("vpc_configuration.subnet_ids[1]"; the calling thread's, valid
 * until its next check). */
int cc_check_config(const struct resource_type *rt, const json_t *config, const char **attr,
		    struct strbuf *err);
/* pattern.c: whether value matches `pattern` (a string of an awscc type's
 * schema, kept for the process: compiled once and kept, by its address) as
 * validate runs it: 1 yes, 0 no, -1 it does not compile in PCRE2
 * (or the match hit PCRE2's limits): not checked. */
int cc_pattern_matches(const json_t *pattern, const char *value);
/* What a properties document holds at path `at` (CloudFormation names, "*"
 * for each element of a list: "HealthCheckConfig", "BlockDeviceMappings/ * /
 * Ebs"), one level at a time: a new array of borrowed values, empty where
 * the path leads nowhere (doc_path.c; validate.c's extension rules,
 * growing.c's lists). */
json_t *cc_values_at(const json_t *doc, const json_t *at);

/* values.c: the checks validate runs on what a stack writes for awscc type `type`
 * (its schema's types, enums, patterns, lengths, ranges, required, ...),
 * on attributes as evaluated at plan: the aws provider's check hook (CHECK_OWN)
 * for the awscc types, so what was not known at validate is judged once it
 * is. 0, or -1 with one line in err and *attr (when not NULL) the path at
 * fault; a type the table lacks: 0. */
int cc_check_values(const char *type, const json_t *attrs, const char **attr,
		    struct strbuf *err);

/* growing.c: the lists AWS grows that awscc type rt's values are held to (gen_schemas.py's
 * growingEnums): cfn-lint's per-region lists (instance types, node types),
 * and the enums cfn-lint adds from AWS's API models where constraints.map
 * says the API's enum grows (Lambda's runtimes). Each value of config
 * outside its list (a per-region one: `region`'s; with region NULL, every
 * region's), a warning through report (at its attribute), with a
 * did-you-mean, since AWS adds values every few weeks. A value not known yet, a
 * region cfn-lint has no list for: nothing. */
void cc_warn_growing(const struct resource_type *rt, const json_t *config, const char *region,
		     check_report_fn report, void *ctx);

/* validate.c: cfn-lint's extension rules of awscc type rt named by `files` (their
 * "file": "aws_sqs_queue/properties.json"; NULL-terminated) on config
 * (snake_case attributes, as cc_check_config takes them): the one evaluator
 * of those rules, for the written types held to their CloudFormation type's
 * (checks/cfn.c's aws_cfn_check_rules). 0, or -1 with one line in err and
 * *attr the attribute at fault (as cc_check_config); a value not known yet
 * decides nothing. */
int cc_check_rules(const struct resource_type *rt, const json_t *config, const char *const *files,
		   const char **attr, struct strbuf *err);

/* The one judgement of a CloudFormation schema's keywords (enum, pattern,
 * minLength/maxLength, minimum/maximum, minItems/maxItems) for both
 * families, validate.c's walk: here on written twin row r's value v as
 * written (checks/row.h's aws_cfn_values: a string for 's', a number for
 * 'n', the list itself for 'l'; a value of another JSON kind is not the
 * row's to judge), against `node`, r's property's in its awscc type rt's
 * schema (cc_twin_node), the keywords r carries, in the written family's
 * words ("where AWS takes ... (e.g. EXAMPLE; SOURCE)"). 0, or -1 with the
 * message in why (no attribute before it). */
struct aws_cfn_value;
int cc_check_twin(const struct resource_type *rt, const json_t *node,
		  const struct aws_cfn_value *r, const json_t *v, struct strbuf *why);
/* known_text.c: a string not known whole (text around a ${...}) against the
 * schema node n of its property (resolved), by the text known of it
 * (value_known_affixes): true, with the reason in why, where that text
 * decides, more characters than its maxLength whatever the rest is, or an
 * enum none of whose values begins and ends so. sensitive: the message
 * quotes none of the text (a sensitive attribute's). */
bool cc_known_text_refused(const json_t *n, const json_t *v, bool sensitive, struct strbuf *why);
/* values.c: the node of row r's property in its awscc type's schema: a
 * list's own for 'l', its elements' otherwise; borrowed, or NULL. */
const json_t *cc_twin_node(const struct aws_cfn_value *r);

/* between.c: the rules between the properties of block `obj` that schema
 * node `node` (or a written type's row, in its attributes' names) carries:
 * "excludes" ({"a": ["b"]}: a set, b not), "requiredXor" (exactly one of
 * the list set), "requiredOr" (at least one). 0, or -1 with why ("a and b
 * exclude each other: ...; drop b or a") and *at the property to point at
 * (NULL: the block). A value not known yet decides nothing. */
int cc_between_check(const json_t *node, const json_t *obj, struct strbuf *why, const char **at);

/* growing.c: what is worth a warning in a stack's use of awscc type `type`, written
 * as attrs, in `region` (NULL: not known): a value outside a list AWS grows
 * (its region's instance types, Lambda's runtimes: cc_warn_growing), and a
 * type whose handlers terrace's copy of the registry does not have
 * ("handlers unknown", on the resource as a whole), each a warning through
 * report; the aws provider's check hook's warnings (CHECK_WARNINGS) for the
 * awscc types. */
void cc_warn_values(const char *type, const json_t *attrs, const char *region,
		    check_report_fn report, void *ctx);

#endif
