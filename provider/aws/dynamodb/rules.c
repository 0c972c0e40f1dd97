/*
 * dynamodb/rules.c: the DynamoDB rules its models do not carry (checks/rules.h):
 * the keys of the table and of its indexes among the attribute
 * definitions, the billing mode's capacities (the table's and its global
 * indexes'), the indexes' counts, names and projections, and a stream's
 * view type; and AWS's own words (AWS_SAYS) on the awscc table: keys among
 * the attribute definitions, each index's throughput, the non-key
 * attributes in all, tag keys, TTL's attribute name, local indexes only
 * at the table's creation and on a table with a sort key, a Kinesis
 * stream's ARN and an import's format.
 */
#include <string.h>

#include "provider/aws/dynamodb/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/provider.h"

/* The position of attribute `name` in the attribute list, or -1. */
static long declared(const json_t *attrs, const char *name)
{
	json_t *e;
	size_t i;

	json_array_foreach(attrs, i, e)
		if (value_known_member(e, "name") && !strcmp(value_known_member(e, "name"), name))
			return (long)i;
	return -1;
}

/* Whether `name` is a key of the table or of one of its indexes. */
static bool used_by_key(const json_t *v, const char *name)
{
	static const char *const lists[] = { "global_secondary_index", "local_secondary_index",
					     NULL };
	const char *h = value_known_member(v, "hash_key"), *r = value_known_member(v, "range_key");
	const json_t *e;
	size_t i;

	if ((h && !strcmp(h, name)) || (r && !strcmp(r, name)))
		return true;
	for (const char *const *l = lists; *l; l++)
		json_array_foreach(json_object_get(v, *l), i, e) {
			h = value_known_member(e, "hash_key");
			r = value_known_member(e, "range_key");
			if ((h && !strcmp(h, name)) || (r && !strcmp(r, name)))
				return true;
		}
	return false;
}

/* Each key of each index among the attribute definitions. */
static int index_keys_declared(const json_t *v, const json_t *attrs, struct strbuf *err)
{
	static const char *const lists[] = { "global_secondary_index", "local_secondary_index",
					     NULL };
	static const char *const keys[] = { "hash_key", "range_key", NULL };
	const json_t *e;
	size_t i;

	for (const char *const *l = lists; *l; l++)
		json_array_foreach(json_object_get(v, *l), i, e)
			for (const char *const *k = keys; *k; k++) {
				const char *n = value_known_member(e, *k);

				if (n && *n && declared(attrs, n) < 0) {
					strbuf_addf(err, "%s \"%s\" of %s[%zu] is not among "
						    "attribute's names: declare it (attribute: "
						    "[{name: %s, type: S}])", *k, n, *l, i, n);
					return -1;
				}
			}
	return 0;
}

/* A row for the whole resource. CreateTable AttributeDefinitions: "An array
 * of attributes that describe the key schema for the table and indexes";
 * KeySchema: "Each KeySchemaElement in the array is composed of:
 * AttributeName - The name of this key attribute", which must be one of the
 * AttributeDefinitions; and an attribute defined but used by no key is
 * refused ("One or more parameter values were invalid: Some AttributeDefinitions
 * are not used"); the same holds of the indexes' keys, "AttributeDefinitions
 * ... describe the key schema for the table and indexes"
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html). */
int rule_dynamodb_keys(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *attrs = json_object_get(v, "attribute");
	const char *hash = value_known_member(v, "hash_key");
	const char *range = value_known_member(v, "range_key");
	json_t *e;
	size_t i;

	(void)r;
	if (!json_is_array(attrs) || value_holds_not_known(attrs))
		return 0;
	if (hash && declared(attrs, hash) < 0) {
		strbuf_addf(err, "hash_key \"%s\" is not among attribute's names: declare it "
			    "(attribute: [{name: %s, type: S}])", hash, hash);
		return -1;
	}
	if (range && *range && declared(attrs, range) < 0) {
		strbuf_addf(err, "range_key \"%s\" is not among attribute's names: declare it "
			    "(attribute: [{name: %s, type: S}])", range, range);
		return -1;
	}
	if (index_keys_declared(v, attrs, err))
		return -1;
	if (!hash || value_not_known(json_object_get(v, "range_key")) ||
	    value_holds_not_known(json_object_get(v, "global_secondary_index")) ||
	    value_holds_not_known(json_object_get(v, "local_secondary_index")))
		return 0;
	json_array_foreach(attrs, i, e) {
		const char *n = value_known_member(e, "name");

		if (!n)
			continue;
		if ((long)i != declared(attrs, n)) {
			strbuf_addf(err, "attribute \"%s\" is declared twice", n);
			return -1;
		}
		if (!used_by_key(v, n)) {
			strbuf_addf(err, "attribute \"%s\" is neither hash_key nor range_key of the "
				    "table or of an index: DynamoDB takes definitions of key "
				    "attributes only (other attributes need no declaring)", n);
			return -1;
		}
	}
	return 0;
}

/* A row for the whole resource. CreateTable BillingMode: "PROVISIONED - We
 * recommend using PROVISIONED for predictable workloads" with
 * ProvisionedThroughput: "If you set BillingMode as PROVISIONED, you must
 * specify this property. If you set BillingMode as PAY_PER_REQUEST, you
 * cannot specify this property"
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html). */
int rule_dynamodb_billing(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *mode = json_object_get(v, "billing_mode");
	const char *m = value_known_string(mode);
	bool reads = value_is_set(json_object_get(v, "read_capacity"));
	bool writes = value_is_set(json_object_get(v, "write_capacity"));

	(void)r;
	if (value_not_known(mode))
		return 0;
	if (!m || !strcmp(m, "PROVISIONED")) {
		if (!reads || !writes) {
			strbuf_addf(err, "billing_mode PROVISIONED%s needs read_capacity and "
				    "write_capacity (e.g. 1 and 1), or billing_mode: "
				    "PAY_PER_REQUEST", m ? "" : " (the default)");
			return -1;
		}
	} else if (!strcmp(m, "PAY_PER_REQUEST") && (reads || writes)) {
		strbuf_addf(err, "billing_mode PAY_PER_REQUEST takes no %s: leave it out, or "
			    "use billing_mode: PROVISIONED", reads ? "read_capacity" : "write_capacity");
		return -1;
	}
	return 0;
}

/* A row for the whole resource. StreamSpecification StreamViewType: "When
 * an item in the table is modified, StreamViewType determines what
 * information is written to the stream" and is required with StreamEnabled
 * true (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/
 * API_StreamSpecification.html); a view type with the stream off would
 * never be sent, and plan a change for ever. */
int rule_dynamodb_stream(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *on = json_object_get(v, "stream_enabled");
	const json_t *view = json_object_get(v, "stream_view_type");

	(void)r;
	if (value_not_known(on) || value_not_known(view))
		return 0;
	if (json_is_true(on) && !value_is_set(view)) {
		strbuf_addstr(err, "stream_enabled needs stream_view_type (KEYS_ONLY, NEW_IMAGE, "
			      "OLD_IMAGE or NEW_AND_OLD_IMAGES)");
		return -1;
	}
	if (!json_is_true(on) && value_is_set(view)) {
		strbuf_addstr(err, "stream_view_type is for a table with stream_enabled: true: "
			      "set it, or leave stream_view_type out");
		return -1;
	}
	return 0;
}

/* One index's projection: INCLUDE names its non-key attributes, the others
 * none (Projection, https://docs.aws.amazon.com/amazondynamodb/latest/
 * APIReference/API_Projection.html: NonKeyAttributes "Represents the non-key
 * attribute names which will be projected into the index"; AWS answers
 * ALL or KEYS_ONLY with them "ValidationException: ... NonKeyAttributes
 * ... is specified" and INCLUDE without them likewise). */
static int index_projection(const json_t *e, const char *list, size_t i, size_t *n_nka,
			    struct strbuf *err)
{
	const json_t *type = json_object_get(e, "projection_type");
	const json_t *nka = json_object_get(e, "non_key_attributes");
	const char *t = value_known_string(type);

	if (json_is_array(nka))
		*n_nka += json_array_size(nka);
	if (!t || value_not_known(nka))
		return 0;
	if (!strcmp(t, "INCLUDE") && !json_array_size(nka)) {
		strbuf_addf(err, "%s[%zu] (%s): projection_type INCLUDE needs non_key_attributes "
			    "(the attributes besides the keys it copies), or projection_type ALL "
			    "or KEYS_ONLY", list, i, value_known_member(e, "name")
			    ? value_known_member(e, "name") : "?");
		return -1;
	}
	if (strcmp(t, "INCLUDE") && json_array_size(nka)) {
		strbuf_addf(err, "%s[%zu] (%s): projection_type %s takes no non_key_attributes: "
			    "leave them out, or use projection_type INCLUDE", list, i,
			    value_known_member(e, "name") ? value_known_member(e, "name") : "?", t);
		return -1;
	}
	return 0;
}

/* DynamoDB CreateTable's ValidationException on local secondary indexes
 * without the table's sort key (its words, quoted in the message). */
#define LSI_NEEDS_RANGE "One or more parameter values were invalid: Table KeySchema does not " \
			"have a range key, which is required when specifying a LocalSecondaryIndex"

/* The awscc table's (and global table's) local secondary indexes need the
 * table's key schema to hold a RANGE key: the table's key_schema is a JSON
 * document (an object list or its JSON text) in CloudFormation's names
 * (KeyType) or snake_case, the global table's a list of blocks. A key
 * schema, an element or a key type not known yet passes. */
static int rule_dynamodb_cfn_local_needs_range(const json_t *v, const json_t *r,
					      struct strbuf *err)
{
	const json_t *lsi = json_object_get(v, "local_secondary_indexes"), *e;
	bool own;
	json_t *keys;
	size_t i;
	int rc = 0;

	(void)r;
	if (!json_is_array(lsi) || value_not_known(lsi) || !json_array_size(lsi))
		return 0;
	keys = policy_json(json_object_get(v, "key_schema"), &own);
	if (!keys && json_is_array(json_object_get(v, "key_schema")))
		keys = json_object_get(v, "key_schema");
	if (!json_is_array(keys) || value_not_known(keys))
		goto out;
	json_array_foreach(keys, i, e) {
		const json_t *t = json_object_get(e, "key_type");
		const char *type;

		if (!t)
			t = json_object_get(e, "KeyType");
		type = value_known_string(t);
		if (!value_known_object(e) || !type || !strcmp(type, "RANGE"))
			goto out;
	}
	strbuf_addf(err, "local_secondary_indexes: %zu index(es), but key_schema has no RANGE "
		    "(sort) key: AWS says \"%s\" (dynamodb CreateTable LocalSecondaryIndexes): "
		    "add a RANGE key to the table's key_schema, or make the indexes global",
		    json_array_size(lsi), LSI_NEEDS_RANGE);
	rc = -1;
out:
	if (own)
		json_decref(keys);
	return rc;
}

/* A row for the whole resource. CreateTable
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html):
 * LocalSecondaryIndexes "One or more local secondary indexes (the maximum
 * is 5)", each with "the same partition key as the table" (terrace sends
 * the table's hash_key) and so on a table with a sort key (Developer Guide,
 * "Local secondary indexes": "a table with a composite primary key");
 * IndexName "must be unique only for this table"; Projection as
 * index_projection; "The total count of attributes provided in
 * NonKeyAttributes, summed across all of the secondary indexes, must not
 * exceed 100"; a global index's ProvisionedThroughput as the table's
 * (rule_dynamodb_billing): required with PROVISIONED, refused with
 * PAY_PER_REQUEST (GlobalSecondaryIndex ProvisionedThroughput, "Represents
 * the provisioned throughput settings for the specified global secondary
 * index"; "ValidationException: One or more parameter values were invalid:
 * ProvisionedThroughput should not be specified for index ... when
 * BillingMode is PAY_PER_REQUEST"). */
int rule_dynamodb_indexes(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const lists[] = { "global_secondary_index", "local_secondary_index",
					     NULL };
	const json_t *lsi = json_object_get(v, "local_secondary_index");
	const json_t *mode = json_object_get(v, "billing_mode"), *e, *f;
	const char *m = value_known_string(mode);
	size_t i, j, n_nka = 0;

	(void)r;
	if (json_array_size(lsi) > 5) {
		strbuf_addf(err, "local_secondary_index has %zu indexes: a table has at most 5",
			    json_array_size(lsi));
		return -1;
	}
	if (json_array_size(lsi) && !value_not_known(json_object_get(v, "range_key")) &&
	    !value_is_set(json_object_get(v, "range_key"))) {
		strbuf_addstr(err, "local_secondary_index needs a table with range_key: a local "
			      "index shares the table's hash_key and sorts by another key (AWS says \""
			      LSI_NEEDS_RANGE "\", dynamodb CreateTable)");
		return -1;
	}
	json_t *names = json_array();
	for (const char *const *l = lists; *l; l++)
		json_array_foreach(json_object_get(v, *l), i, e) {
			const char *name = value_known_member(e, "name");

			if (index_projection(e, *l, i, &n_nka, err)) {
				json_decref(names);
				return -1;
			}
			json_array_foreach(names, j, f)
				if (name && !strcmp(json_string_value(f), name)) {
					strbuf_addf(err, "index name \"%s\" is used twice: each "
						    "index of a table has a name of its own", name);
					json_decref(names);
					return -1;
				}
			if (name)
				json_array_append_new(names, json_string(name));
		}
	json_decref(names);
	if (n_nka > 100) {
		strbuf_addf(err, "the indexes name %zu non_key_attributes in all: DynamoDB takes "
			    "at most 100, summed across the table's indexes", n_nka);
		return -1;
	}
	if (value_not_known(mode))
		return 0;
	json_array_foreach(json_object_get(v, "global_secondary_index"), i, e) {
		bool reads = value_is_set(json_object_get(e, "read_capacity"));
		bool writes = value_is_set(json_object_get(e, "write_capacity"));
		const char *name = value_known_member(e, "name") ? value_known_member(e, "name") : "?";

		if ((!m || !strcmp(m, "PROVISIONED")) && (!reads || !writes)) {
			strbuf_addf(err, "global_secondary_index[%zu] (%s) of a PROVISIONED table "
				    "needs read_capacity and write_capacity (e.g. 1 and 1)", i, name);
			return -1;
		}
		if (m && !strcmp(m, "PAY_PER_REQUEST") && (reads || writes)) {
			strbuf_addf(err, "global_secondary_index[%zu] (%s) of a PAY_PER_REQUEST "
				    "table takes no %s: leave it out", i, name,
				    reads ? "read_capacity" : "write_capacity");
			return -1;
		}
	}
	return 0;
}

/* A warning for the whole resource. CreateTable GlobalSecondaryIndexes:
 * "One or more global secondary indexes (the maximum is 20)"; the
 * Developer Guide's "Service, account, and table quotas" calls 20 a
 * default quota that an account may have raised, so more is a warning,
 * not a refusal. */
int rule_dynamodb_index_count(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t n = json_array_size(json_object_get(v, "global_secondary_index"));

	(void)r;
	if (n <= 20)
		return 0;
	strbuf_addf(err, "global_secondary_index has %zu indexes: AWS refuses more than 20 "
		    "unless the account's quota \"Global secondary indexes per table\" was "
		    "raised", n);
	return -1;
}

/*
 * The DynamoDB rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define DYNAMODB "DynamoDB API reference: CreateTable AttributeDefinitions, KeySchema, BillingMode"

const struct aws_check_row aws_rules_dynamodb[] = {
	RULE("aws.dynamodb.table", "", rule_dynamodb_keys, DYNAMODB),
	RULE("aws.dynamodb.table", "", rule_dynamodb_billing, DYNAMODB),
	RULE("aws.dynamodb.table", "", rule_dynamodb_stream,
	     "DynamoDB API reference: StreamSpecification"),
	RULE("aws.dynamodb.table", "", rule_dynamodb_indexes,
	     "DynamoDB API reference: CreateTable LocalSecondaryIndexes, GlobalSecondaryIndexes, "
	     "Projection"),
	ACCOUNT_WARN_RULE("aws.dynamodb.table", "", rule_dynamodb_index_count,
		  "DynamoDB API reference: CreateTable GlobalSecondaryIndexes (20, a default quota)"),
	/* AWS's words on the awscc type (checks/words/dynamodb.words): what the
	 * registry's schema describes but its keywords do not hold. The
	 * table's key_schema is a JSON document, written in CloudFormation's
	 * names (AttributeName) or in snake_case (t1251); the indexes' key
	 * schemas are blocks. */
	RULE("awscc.dynamodb.table", "", rule_dynamodb_cfn_local_needs_range,
	     "dynamodb CreateTable LocalSecondaryIndexes (ValidationException)"),
	RULE("awscc.dynamodb.global_table", "", rule_dynamodb_cfn_local_needs_range,
	     "dynamodb CreateTable LocalSecondaryIndexes (ValidationException)"),
	AWS_SAYS("dynamodb.cfn_attribute_definitions_at_create", "awscc.dynamodb.table",
		 AWS_CALL_CREATE, ALWAYS, THEN(SET("attribute_definitions")),
		 "This property is required to create a DDB table.",
		 "CloudFormation registry: AWS::DynamoDB::Table AttributeDefinitions"),
	AWS_SAYS("dynamodb.cfn_keys_defined", "awscc.dynamodb.table", AWS_CALL_ANY, ALWAYS,
		 THEN(AMONG("key_schema[].AttributeName", "attribute_definitions[].attribute_name"),
		      AMONG("key_schema[].attribute_name", "attribute_definitions[].attribute_name")),
		 "The attributes in the KeySchema property must also be defined in the "
		 "AttributeDefinitions property.", "CloudFormation registry: AWS::DynamoDB::Table KeySchema"),
	/* a key attribute is one of AttributeDefinitions, whose types the schema
	 * holds to S, N and B: a scalar, top-level attribute */
	AWS_SAYS("dynamodb.cfn_global_index_keys_defined", "awscc.dynamodb.table", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(AMONG("global_secondary_indexes[].key_schema[].attribute_name",
			    "attribute_definitions[].attribute_name")),
		 "A KeySchemaElement must be a scalar, top-level attribute (not a nested attribute).",
		 "CloudFormation registry: AWS::DynamoDB::Table KeySchema"),
	AWS_SAYS("dynamodb.cfn_local_index_keys_defined", "awscc.dynamodb.table", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(AMONG("local_secondary_indexes[].key_schema[].attribute_name",
			    "attribute_definitions[].attribute_name")),
		 "The attribute cannot be nested within a List or a Map.",
		 "CloudFormation registry: AWS::DynamoDB::Table KeySchema"),
	/* each index's provisioned throughput by the table's capacity mode:
	 * required when PROVISIONED, refused when PAY_PER_REQUEST */
	AWS_SAYS("dynamodb.cfn_global_index_throughput_by_mode", "awscc.dynamodb.table",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("global_secondary_indexes", WHEN(IS("/billing_mode", "PROVISIONED")),
			   THEN(SET("provisioned_throughput"))),
		      EACH("global_secondary_indexes", WHEN(IS("/billing_mode", "PAY_PER_REQUEST")),
			   THEN(UNSET("provisioned_throughput")))),
		 "You must use either OnDemandThroughput or ProvisionedThroughput based on your "
		 "table's capacity mode.",
		 "CloudFormation registry: AWS::DynamoDB::Table GlobalSecondaryIndex.ProvisionedThroughput"),
	AWS_SAYS("dynamodb.cfn_on_demand_read_or_write", "awscc.dynamodb.table", AWS_CALL_ANY,
		 WHEN(SET("on_demand_throughput")),
		 THEN(ANY_OF(SET("on_demand_throughput.max_read_request_units"),
			     SET("on_demand_throughput.max_write_request_units"))),
		 "If you use this property, you must specify MaxReadRequestUnits, "
		 "MaxWriteRequestUnits, or both.",
		 "CloudFormation registry: AWS::DynamoDB::Table OnDemandThroughput"),
	AWS_SAYS("dynamodb.cfn_global_index_on_demand_read_or_write", "awscc.dynamodb.table",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("global_secondary_indexes", WHEN(SET("on_demand_throughput")),
			   THEN(ANY_OF(SET("on_demand_throughput.max_read_request_units"),
				       SET("on_demand_throughput.max_write_request_units"))))),
		 "If you use this parameter, you must specify MaxReadRequestUnits, "
		 "MaxWriteRequestUnits, or both.",
		 "CloudFormation registry: AWS::DynamoDB::Table GlobalSecondaryIndex.OnDemandThroughput"),
	AWS_SAYS("dynamodb.cfn_global_index_warm_read_or_write", "awscc.dynamodb.table",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("global_secondary_indexes", WHEN(SET("warm_throughput")),
			   THEN(ANY_OF(SET("warm_throughput.read_units_per_second"),
				       SET("warm_throughput.write_units_per_second"))))),
		 "If you use this parameter, you must specify ReadUnitsPerSecond, "
		 "WriteUnitsPerSecond, or both.",
		 "CloudFormation registry: AWS::DynamoDB::Table GlobalSecondaryIndex.WarmThroughput"),
	AWS_SAYS("dynamodb.cfn_non_key_attributes_100", "awscc.dynamodb.table", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("global_secondary_indexes[].projection.non_key_attributes",
			       "local_secondary_indexes[].projection.non_key_attributes", 0, 100)),
		 "For global and local secondary indexes, the total count of NonKeyAttributes summed "
		 "across all of the secondary indexes, must not exceed 100.",
		 "CloudFormation registry: AWS::DynamoDB::Table Projection.NonKeyAttributes"),
	AWS_SAYS("dynamodb.cfn_tag_keys_not_aws", "awscc.dynamodb.table", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "AWS-assigned tag names and values are automatically assigned the aws: prefix, which "
		 "the user cannot assign.", "CloudFormation registry: AWS::DynamoDB::Table Tag"),
	/* TTL's attribute name: required while TTL is on, now or before the
	 * update; changed only by turning TTL off first */
	AWS_SAYS("dynamodb.cfn_ttl_name_while_enabled", "awscc.dynamodb.table", AWS_CALL_ANY,
		 WHEN(SET("time_to_live_specification"),
		      ANY_OF(IS("time_to_live_specification.enabled", "true"),
			     WAS(IS("time_to_live_specification.enabled", "true")))),
		 THEN(SET("time_to_live_specification.attribute_name")),
		 "The AttributeName property is required when enabling the TTL, or when TTL is "
		 "already enabled.",
		 "CloudFormation registry: AWS::DynamoDB::Table TimeToLiveSpecification.AttributeName"),
	AWS_SAYS("dynamodb.cfn_ttl_rename_after_disabling", "awscc.dynamodb.table", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("time_to_live_specification.enabled", "true")),
		      IS("time_to_live_specification.enabled", "true")),
		 THEN(UNCHANGED("time_to_live_specification.attribute_name")),
		 "To update this property, you must first disable TTL and then enable TTL with the new "
		 "attribute name.",
		 "CloudFormation registry: AWS::DynamoDB::Table TimeToLiveSpecification.AttributeName"),
	AWS_SAYS("dynamodb.cfn_local_index_only_at_create", "awscc.dynamodb.table", AWS_CALL_UPDATE,
		 ALWAYS,
		 THEN(WAS_AMONG("local_secondary_indexes[].index_name",
				"local_secondary_indexes[].index_name")),
		 "A local secondary index can only be created when its parent table is created.",
		 "CloudFormation registry: AWS::DynamoDB::Table LocalSecondaryIndex"),
	AWS_SAYS("dynamodb.cfn_kinesis_stream_arn_at_most_1024", "awscc.dynamodb.table", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("kinesis_stream_specification.stream_arn", 0, 1024)),
		 "Maximum length of 1024.",
		 "CloudFormation registry: AWS::DynamoDB::Table KinesisStreamSpecification.StreamArn"),
	AWS_SAYS("dynamodb.cfn_kinesis_stream_arn_at_least_37", "awscc.dynamodb.table",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("kinesis_stream_specification.stream_arn", 37, 1e9)),
		 "Length Constraints: Minimum length of 37.",
		 "CloudFormation registry: AWS::DynamoDB::Table KinesisStreamSpecification.StreamArn"),
	AWS_SAYS("dynamodb.cfn_import_formats", "awscc.dynamodb.table", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("import_source_specification.input_format", "CSV", "DYNAMODB_JSON", "ION")),
		 "Valid values for ImportFormat are CSV, DYNAMODB_JSON or ION.",
		 "CloudFormation registry: AWS::DynamoDB::Table ImportSourceSpecification.InputFormat"),
	/* The API's enums (botocore's StreamViewType, BillingMode), which the
	 * handler sends and the registry's schema does not carry. */
	AWS_SAYS("dynamodb.cfn_stream_view_types", "awscc.dynamodb.table", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("stream_specification.stream_view_type", "KEYS_ONLY", "NEW_IMAGE",
			 "OLD_IMAGE", "NEW_AND_OLD_IMAGES")),
		 "Valid values for ``StreamViewType`` are:",
		 "CloudFormation registry: AWS::DynamoDB::Table StreamSpecification.StreamViewType"),
	AWS_SAYS("dynamodb.cfn_billing_modes", "awscc.dynamodb.table", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("billing_mode", "PROVISIONED", "PAY_PER_REQUEST")), "Valid values include:",
		 "CloudFormation registry: AWS::DynamoDB::Table BillingMode"),
	{ NULL },
};
