/*
 * rules_dynamodb.c: the DynamoDB rules its models do not carry (rules.h):
 * the keys among the attribute definitions, the billing mode's
 * capacities, and a stream's view type.
 */
#include <string.h>

#include "provider/aws/rules.h"
#include "provider/provider.h"

/* The position of attribute `name` in the attribute list, or -1. */
static long declared(const json_t *attrs, const char *name)
{
	json_t *e;
	size_t i;

	json_array_foreach(attrs, i, e)
		if (aws_known_member(e, "name") && !strcmp(aws_known_member(e, "name"), name))
			return (long)i;
	return -1;
}

/* A row for the whole resource. CreateTable AttributeDefinitions: "An array
 * of attributes that describe the key schema for the table and indexes";
 * KeySchema: "Each KeySchemaElement in the array is composed of:
 * AttributeName - The name of this key attribute", which must be one of the
 * AttributeDefinitions; and an attribute defined but used by no key is
 * refused ("One or more parameter values were invalid: Some AttributeDefinitions
 * are not used")
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html). */
int rule_dynamodb_keys(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *attrs = json_object_get(v, "attribute");
	const char *hash = aws_known_member(v, "hash_key");
	const char *range = aws_known_member(v, "range_key");
	json_t *e;
	size_t i;

	(void)r;
	if (!json_is_array(attrs) || aws_rule_contains_unknown(attrs))
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
	if (!hash || aws_rule_unknown(json_object_get(v, "range_key")))
		return 0;
	json_array_foreach(attrs, i, e) {
		const char *n = aws_known_member(e, "name");

		if (!n)
			continue;
		if ((long)i != declared(attrs, n)) {
			strbuf_addf(err, "attribute \"%s\" is declared twice", n);
			return -1;
		}
		if (strcmp(n, hash) && (!range || strcmp(n, range))) {
			strbuf_addf(err, "attribute \"%s\" is neither hash_key nor range_key: "
				    "DynamoDB takes definitions of key attributes only (other "
				    "attributes need no declaring)", n);
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
	const char *m = aws_known_string(mode);
	bool reads = value_is_set(json_object_get(v, "read_capacity"));
	bool writes = value_is_set(json_object_get(v, "write_capacity"));

	(void)r;
	if (aws_rule_unknown(mode))
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
	if (aws_rule_unknown(on) || aws_rule_unknown(view))
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
