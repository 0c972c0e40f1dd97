/*
 * kinesis/rules.c: the Kinesis and Firehose rules their models do not carry
 * (checks/rules.h): a stream's shard count by capacity mode and the key of its KMS
 * encryption; a Firehose stream's server-side encryption; and AWS's own words
 * (AWS_SAYS) on the awscc stream: warm throughput only on demand; an awscc
 * resource policy's statements each with a principal and actions.
 */
#include <string.h>

#include "provider/aws/kinesis/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

/* A resource policy's statements (Kinesis PutResourcePolicy Policy, which
 * the awscc resource policy's handlers call): each names its principal and
 * its actions (or their Not forms). A document or statement not known yet
 * passes. */
static int rule_kinesis_policy_principal_action(const json_t *v, const json_t *r,
						struct strbuf *err)
{
	json_t *parsed;
	const json_t *doc = aws_doc_json(v, &parsed);
	const json_t *list = aws_doc_member(doc, "Statement"), *st;
	size_t n = json_is_array(list) ? json_array_size(list) : json_is_object(list) ? 1 : 0;
	int rc = 0;

	(void)r;
	for (size_t i = 0; i < n && !rc; i++) {
		const char *lacks = NULL;

		st = json_is_array(list) ? json_array_get(list, i) : list;
		if (!value_known_object(st) || value_holds_not_known(st))
			continue;
		if (!aws_doc_member(st, "Principal") && !aws_doc_member(st, "NotPrincipal"))
			lacks = "a principal";
		else if (!aws_doc_member(st, "Action") && !aws_doc_member(st, "NotAction"))
			lacks = "actions";
		if (lacks) {
			strbuf_addf(err, "Statement[%zu] names no %s: AWS says \"It must include the "
				    "identity of the principal and the actions allowed on this "
				    "resource.\" (kinesis PutResourcePolicy Policy)", i,
				    !strcmp(lacks, "actions") ? "actions" : "principal");
			rc = -1;
		}
	}
	json_decref(parsed);
	return rc;
}

/* A row for the whole resource. CreateStream ShardCount: "This parameter is
 * required when StreamMode is PROVISIONED"; an ON_DEMAND stream is refused
 * one ("ShardCount is not expected when StreamMode=ON_DEMAND"); and
 * StartStreamEncryption: "KeyId ... Required" with EncryptionType KMS
 * (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html,
 * API_StartStreamEncryption.html). */
int rule_kinesis_stream(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *details = json_object_get(v, "stream_mode_details");
	const json_t *mode = json_is_object(details) ? json_object_get(details, "stream_mode")
						      : NULL;
	const json_t *enc = json_object_get(v, "encryption_type");
	const char *m = value_known_string(mode), *e = value_known_string(enc);
	bool shards = value_is_set(json_object_get(v, "shard_count"));

	(void)r;
	if (!value_not_known(details) && !value_not_known(mode)) {
		if ((!m || !strcmp(m, "PROVISIONED")) && !shards) {
			strbuf_addf(err, "stream_mode PROVISIONED%s needs shard_count (e.g. 1), or "
				    "stream_mode_details: {stream_mode: ON_DEMAND}",
				    m ? "" : " (the default)");
			return -1;
		}
		if (m && !strcmp(m, "ON_DEMAND") && shards) {
			strbuf_addstr(err, "stream_mode ON_DEMAND takes no shard_count (Kinesis "
				      "scales its shards): leave it out, or use stream_mode: "
				      "PROVISIONED");
			return -1;
		}
	}
	if (!value_not_known(enc) && e && !strcmp(e, "KMS") &&
	    !value_is_set(json_object_get(v, "kms_key_id"))) {
		strbuf_addstr(err, "encryption_type KMS needs kms_key_id (a key's ARN, id or "
			      "alias, e.g. alias/aws/kinesis)");
		return -1;
	}
	return 0;
}

/*
 * The Kinesis rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define KINESIS "Kinesis API reference: CreateStream ShardCount, StartStreamEncryption KeyId"
#define KINESIS_RETENTION "Kinesis Data Streams Developer Guide: changing the data " \
	"retention period"

const struct aws_check_row aws_rules_kinesis[] = {
	WHOLE_IN("aws.kinesis.stream", "retention_period", 24, 8760, KINESIS_RETENTION),
	/* its awscc twin's RetentionPeriodHours, whose schema takes 1 up */
	WHOLE_IN("awscc.kinesis.stream", "retention_period_hours", 24, 8760, KINESIS_RETENTION),
	RULE("aws.kinesis.stream", "", rule_kinesis_stream, KINESIS),
	/* AWS's words on the awscc type (checks/words/kinesis.words) */
	AWS_SAYS("kinesis.cfn_warm_throughput_on_demand", "awscc.kinesis.stream", AWS_CALL_ANY,
		 WHEN(SET("warm_throughput_mi_bps")),
		 THEN(IS("stream_mode_details.stream_mode", "ON_DEMAND")),
		 "This property can ONLY be set when StreamMode is ON_DEMAND.",
		 "CloudFormation registry: AWS::Kinesis::Stream WarmThroughputMiBps"),
	RULE("awscc.kinesis.resource_policy", "resource_policy",
	     rule_kinesis_policy_principal_action,
	     "Kinesis API reference: PutResourcePolicy Policy"),
	{ NULL },
};
