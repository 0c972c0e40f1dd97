/*
 * firehose/rules.c: the Firehose checks across resources, run by
 * aws_check_resources (checks/run_stack.c) against the roles the stack gives
 * a delivery stream:
 * a Firehose delivery stream of the stack whose S3 destination's role may
 * not write its bucket (s3:AbortMultipartUpload, s3:GetBucketLocation,
 * s3:GetObject, s3:ListBucket, s3:ListBucketMultipartUploads,
 * s3:PutObject), or whose Kinesis source's role may not read the stream
 * (kinesis:DescribeStream, kinesis:GetShardIterator, kinesis:GetRecords,
 * kinesis:ListShards): the Amazon Data Firehose Developer Guide,
 * "Controlling access with Amazon Data Firehose", "Grant Firehose access
 * to an Amazon S3 destination" and "Grant Firehose access to your Kinesis
 * data stream" (docs.aws.amazon.com/firehose/latest/dev/
 * controlling-access.html). A warning: Firehose takes the role, and each
 * delivery (or read of the stream) fails.
 * A role is "of the stack" when the consumer names it by reference to an
 * aws.iam.role of one object under the same provider configuration
 * (checks/roles.c); what is not known yet passes.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/firehose/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/roles.h"
#include "provider/aws/checks/shared.h"

/* ---- a Firehose stream's roles: write the bucket, read the stream ---- */

/* What a role given to Firehose must be allowed, where (the object holding
 * role_arn), what on ("the bucket ..."), and the AWS managed policies that
 * allow all of it. */
struct delivery_access {
	const char *attr;               /* "extended_s3_configuration" */
	const char *target;             /* the member naming what it touches */
	const char *what;               /* "write its bucket" */
	const char *fails;              /* what then fails */
	const char *const *actions;
	const char *const *managed;
};

static const char *const s3_write_actions[] = {
	"s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket",
	"s3:ListBucketMultipartUploads", "s3:PutObject", NULL,
};
static const char *const s3_write_managed[] = {
	"AmazonS3FullAccess", "AdministratorAccess", "PowerUserAccess", NULL,
};
static const char *const kinesis_read_actions[] = {
	"kinesis:DescribeStream", "kinesis:GetShardIterator", "kinesis:GetRecords",
	"kinesis:ListShards", NULL,
};
static const char *const kinesis_read_managed[] = {
	"AmazonKinesisReadOnlyAccess", "AmazonKinesisFullAccess", "AdministratorAccess",
	"PowerUserAccess", NULL,
};
static const struct delivery_access delivery_accesses[] = {
	{ "extended_s3_configuration", "bucket_arn", "write its bucket",
	  "every delivery to the bucket fails", s3_write_actions, s3_write_managed },
	{ "kinesis_source_configuration", "kinesis_stream_arn", "read its Kinesis stream",
	  "no record of the stream is delivered", kinesis_read_actions, kinesis_read_managed },
};

static void check_delivery_access(const struct written_resource *rs, size_t n, size_t i,
				  const struct delivery_access *a, check_report_fn report,
				  void *ctx)
{
	const json_t *block = json_object_get(rs[i].config, a->attr);
	const char *target, *first;
	char msg[1024], also[400], list[300], path[96];
	size_t role;

	if (!value_known_object(block))
		return;
	role = aws_written_named(rs, n, &rs[i], json_string_value(json_object_get(block, "role_arn")),
				 "aws.iam.role", role_attrs);
	if (role == WRITTEN_NONE ||
	    !role_lacks(rs, n, role, a->actions, a->managed, a->what, list, sizeof(list), also,
			sizeof(also), &first))
		return;
	target = value_known_member(block, a->target);
	snprintf(path, sizeof(path), "%s.role_arn", a->attr);
	snprintf(msg, sizeof(msg),
		 "%s: Firehose assumes role \"%s\" to %s%s%s, but no policy the stack writes "
		 "for it allows %s%s: Firehose takes the role, and %s (e.g. an inline "
		 "policy {\"Effect\": \"Allow\", \"Action\": [\"%s\", ...], "
		 "\"Resource\": ...})",
		 path, rs[role].name, a->what, target ? ", " : "", target ? target : "", list,
		 also, a->fails, first);
	report(ctx, &(struct check_finding){
		.warning = true, .which = i, .attr = path, .other = role,
		.other_attr = "inline_policies", .message = msg });
}

/* Across resources, against the roles the stack gives a stream
 * (checks/roles.h): they may write its bucket and read its Kinesis stream (a
 * warning). */

static void check_firehose_deliveries(const struct written_resource *rs, size_t n,
				      check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(rs[i].type, "aws.firehose.delivery_stream") || rs[i].repeated)
			continue;
		for (size_t k = 0; k < sizeof(delivery_accesses) / sizeof(delivery_accesses[0]); k++)
			check_delivery_access(rs, n, i, &delivery_accesses[k], report, ctx);
	}
}

/* A row for the whole resource. StartDeliveryStreamEncryption: "You can't
 * enable SSE for a Firehose stream that uses Kinesis Data Streams as its
 * source"; DeliveryStreamEncryptionConfigurationInput KeyARN: "If you set
 * KeyType to CUSTOMER_MANAGED_CMK, you must specify the Amazon Resource Name
 * (ARN) of the CMK. If you set KeyType to AWS_OWNED_CMK, Firehose uses a
 * service-account CMK" (a KeyARN with it is refused)
 * (https://docs.aws.amazon.com/firehose/latest/APIReference/). */
int rule_firehose_encryption(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *sse = json_object_get(v, "server_side_encryption");
	const json_t *on = json_is_object(sse) ? json_object_get(sse, "enabled") : NULL;
	const json_t *type = json_is_object(sse) ? json_object_get(sse, "key_type") : NULL;
	const char *t = value_known_string(type);
	bool key = json_is_object(sse) && value_is_set(json_object_get(sse, "key_arn"));

	(void)r;
	if (!json_is_object(sse) || value_not_known(on) || !json_is_true(on))
		return 0;
	if (value_is_set(json_object_get(v, "kinesis_source_configuration"))) {
		strbuf_addstr(err, "server_side_encryption is for a stream fed directly: one "
			      "reading a Kinesis stream (kinesis_source_configuration) is "
			      "encrypted by that stream's encryption_type");
		return -1;
	}
	if (value_not_known(type))
		return 0;
	if (t && !strcmp(t, "CUSTOMER_MANAGED_CMK") && !key) {
		strbuf_addstr(err, "server_side_encryption key_type CUSTOMER_MANAGED_CMK needs "
			      "key_arn (the key's ARN)");
		return -1;
	}
	if ((!t || strcmp(t, "CUSTOMER_MANAGED_CMK")) && key) {
		strbuf_addstr(err, "server_side_encryption key_arn is for key_type "
			      "CUSTOMER_MANAGED_CMK: set it, or leave key_arn out");
		return -1;
	}
	return 0;
}

/* Firehose CreateDeliveryStream and TagDeliveryStream Tag Key and Value:
 * "Valid characters: Unicode letters, digits, white space, _ . / = + - %
 * @" (the registry's AWS::KinesisFirehose::DeliveryStream Tag pattern,
 * which takes ':' too, is the one held: ^[\p{L}\p{Z}\p{N}_.:/=+\-@%]*$). */
static bool firehose_tag_text(const char *s)
{
	static const char pattern[] = "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@%]*$";
	int rc;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
				       &rc, &off, NULL);
	pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
	bool ok = !md || pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) >= 0;
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return ok;
}

static int rule_firehose_tag_chars(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	const json_t *value;
	(void)r;
	if (!json_is_object(v) || value_is_unknown(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		const char *text = value_known_string(value);
		const char *bad = value_key_not_known(key) ? NULL
				  : !firehose_tag_text(key) ? key
				  : text && !value_not_known(value) && !firehose_tag_text(text) ? text
				  : NULL;
		if (bad) {
			strbuf_addf(err, "tag %s \"%s\": a delivery stream's tag keys and values take "
				    "letters, digits, spaces and _ . : / = + - %% @ only: AWS says "
				    "\"Valid characters: Unicode letters, digits, white space, _ . / = "
				    "+ - %% @\"", bad == key ? "key" : "value", bad);
			return -1;
		}
	}
	return 0;
}

/* The Firehose Developer Guide, "Understand custom prefixes for Amazon S3
 * objects" (docs.aws.amazon.com/firehose/latest/dev/s3-prefixes.html): a
 * prefix holding expressions (!{namespace:value}) needs an error output
 * prefix, which CreateDeliveryStream refuses without: InvalidArgumentException
 * "ErrorOutputPrefix cannot be null or empty when Prefix contains
 * expressions". The guide is no model, so the census holds it not
 * (checks/words/); the awscc stream's handler makes the same call. Each of
 * blocks (an S3 destination's) judged; what is not known yet passes. */
static int error_prefix_of_expressions(const json_t *v, const char *const *blocks,
				       struct strbuf *err)
{
	for (; *blocks; blocks++) {
		const json_t *b = json_object_get(v, *blocks);
		const char *prefix = value_known_member(b, "prefix");
		const json_t *e = json_object_get(b, "error_output_prefix");
		const char *error_prefix = value_known_string(e);

		if (!prefix || !strstr(prefix, "!{") || (e && !error_prefix) ||
		    (error_prefix && *error_prefix))
			continue;
		strbuf_addf(err, "%s.error_output_prefix: it is not set, but the prefix ", *blocks);
		aws_constraint_quote(err, prefix);
		strbuf_addstr(err, " holds "
			    "expressions: AWS says \"ErrorOutputPrefix cannot be null or empty when "
			    "Prefix contains expressions\" (e.g. error_output_prefix: "
			    "\"errors/!{firehose:error-output-type}/\"; Firehose Developer Guide: "
			    "custom prefixes for Amazon S3 objects)");
		return -1;
	}
	return 0;
}

static int rule_firehose_error_prefix(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const blocks[] = { "extended_s3_configuration", NULL };
	(void)r;
	return error_prefix_of_expressions(v, blocks, err);
}

static int rule_firehose_cfn_error_prefix(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const blocks[] = { "extended_s3_destination_configuration",
					      "s3_destination_configuration", NULL };
	(void)r;
	return error_prefix_of_expressions(v, blocks, err);
}

/*
 * The Firehose rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(firehose_destinations, "extended_s3");

#define FIREHOSE "Firehose API reference: CreateDeliveryStream, StartDeliveryStreamEncryption"

const struct aws_check_row aws_rules_firehose[] = {
	ONE_OF("aws.firehose.delivery_stream", "destination", firehose_destinations, FIREHOSE),
	RULE("aws.firehose.delivery_stream", "", rule_firehose_encryption, FIREHOSE),
	RULE("aws.firehose.delivery_stream", "", rule_firehose_error_prefix,
	     "Firehose Developer Guide: custom prefixes for Amazon S3 objects"),
	RULE("awscc.kinesisfirehose.delivery_stream", "", rule_firehose_cfn_error_prefix,
	     "Firehose Developer Guide: custom prefixes for Amazon S3 objects"),
	RULE("aws.firehose.delivery_stream", "tags", rule_firehose_tag_chars,
	     "Firehose API reference: Tag Key, Tag Value"),
	ACROSS_ROW("aws.firehose.delivery_stream", check_firehose_deliveries,
		   "Amazon Data Firehose Developer Guide: controlling access with IAM"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/firehose/latest/dev/controlling-access.html: the
	 * role Firehose assumes to write the destination and read the source;
	 * CreateDeliveryStream and UpdateDestination assume it at once:
	 * InvalidArgumentException "Firehose is unable to assume role ARN.
	 * Please check the role provided." (terraform-provider-aws's
	 * delivery_stream.go retries it while a new role propagates; timing.c
	 * waits for it only for a role this client just made whose trust names
	 * firehose.amazonaws.com). A warning, not an error: the last release
	 * took such a stack (its deployments must plan and destroy as before),
	 * and a trust this check cannot read may still let Firehose in. */
	ROLE_TRUST("aws.firehose.delivery_stream", "extended_s3_configuration", "role_arn", "extended_s3_configuration.role_arn", "firehose", false,
		   "Firehose refuses to create a stream whose role it cannot assume",
		   "https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html"),
	ROLE_TRUST("aws.firehose.delivery_stream", "kinesis_source_configuration", "role_arn", "kinesis_source_configuration.role_arn", "firehose", false,
		   "Firehose refuses to create a stream whose role it cannot assume",
		   "https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html"),
	{ NULL },
};
