/*
 * logs/rules.c: the CloudWatch Logs rows of the one table of checks
 * (checks/row.h): a log group's retention; AWS's words: that the KMS
 * key of the stack a log group names is a symmetric one, and on the
 * awscc types (a delivery destination's tag keys, a metric filter's
 * dimension names, a delivery source's log types by its resource, an
 * account policy's selection criteria, a transformer's processors; the
 * data protection and field index policy documents).
 */

#include "provider/aws/checks/rules.h"

/* A data protection policy document (PutDataProtectionPolicy's and
 * PutAccountPolicy's policyDocument: an awscc log group's
 * data_protection_policy, an account policy of DATA_PROTECTION_POLICY):
 * two statements ("blocks"), the first a DataIdentifier array with an
 * Audit operation holding a FindingsDestination, the second the same
 * DataIdentifier array with a Deidentify operation holding an empty
 * MaskConfig. */
static const char *dp_block(const json_t *st, const char *action, const json_t *first,
			    struct strbuf *say)
{
	const json_t *ids = aws_doc_member(st, "DataIdentifier");
	const json_t *op = aws_doc_member(st, "Operation");
	const json_t *act = json_is_object(op) ? aws_doc_member(op, action) : NULL;
	bool audit = !strcmp(action, "Audit");

	if (!json_is_array(ids) || !json_is_object(act)) {
		strbuf_addf(say, "names no DataIdentifier array and %s operation", action);
		return audit ? "The first block must include both a DataIdentifer array and an "
			       "Operation property with an Audit action."
			     : "The second block must include both a DataIdentifer array and an "
			       "Operation property with an Deidentify action.";
	}
	if (audit && !aws_doc_member(act, "FindingsDestination")) {
		strbuf_addstr(say, "has an Audit operation without FindingsDestination");
		return "This Audit action must contain a FindingsDestination object.";
	}
	if (!audit) {
		const json_t *mask = aws_doc_member(act, "MaskConfig");

		if (!json_is_object(mask) || json_object_size(mask)) {
			strbuf_addstr(say, mask ? "has a MaskConfig that is not {}"
						: "has a Deidentify operation without MaskConfig");
			return mask ? "The \"MaskConfig\": {} object must be empty."
				    : "The Operation property with the Deidentify action is what "
				      "actually masks the data, and it must contain the \"MaskConfig\": "
				      "{} object.";
		}
		if (json_is_array(first) && !json_equal(ids, first)) {
			strbuf_addstr(say, "has a DataIdentifier array other than the first's");
			return "The DataIdentifer array must exactly match the DataIdentifer array in "
			       "the first block of the policy.";
		}
	}
	return NULL;
}

static int rule_logs_data_protection_policy(const json_t *v, const json_t *r,
					    struct strbuf *err)
{
	json_t *parsed;
	const char *type = value_known_string(json_object_get(r, "policy_type"));
	const json_t *doc = aws_doc_json(v, &parsed);
	const json_t *list = doc ? aws_doc_member(doc, "Statement") : NULL;
	struct strbuf say = STRBUF_INIT;
	const char *words = NULL;
	size_t i = 0;

	if (json_object_get(r, "policy_type") && (!type || strcmp(type, "DATA_PROTECTION_POLICY")))
		doc = NULL; /* an account policy of another type, or not known yet */
	if (!doc || !list || value_holds_not_known(doc)) {
		json_decref(parsed);
		return 0;
	}
	if (!json_is_array(list) || json_array_size(list) != 2) {
		strbuf_addstr(&say, "Statement does not hold two blocks");
		words = "A data protection policy must include two JSON blocks:";
	}
	for (i = 0; !words && i < 2; i++)
		words = dp_block(json_array_get(list, i), i ? "Deidentify" : "Audit",
				 i ? aws_doc_member(json_array_get(list, 0), "DataIdentifier") : NULL,
				 &say);
	if (words && i)
		strbuf_addf(err, "Statement[%zu] ", i - 1);
	if (words)
		strbuf_addf(err, "%s: AWS says \"%s\" (logs PutDataProtectionPolicy "
			    "policyDocument)", say.buf, words);
	strbuf_release(&say);
	json_decref(parsed);
	return words ? -1 : 0;
}

/* A field index policy document (PutIndexPolicy's and PutAccountPolicy's
 * policyDocument, an account policy of FIELD_INDEX_POLICY): at least one
 * field index, in Fields (names) or FieldsV2 (an object keyed by name),
 * no name in both. */
static int rule_logs_index_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed;
	const char *type = value_known_string(json_object_get(r, "policy_type"));
	const json_t *doc = aws_doc_json(v, &parsed);
	const json_t *fields, *v2, *name;
	size_t i, n = 0;
	int rc = 0;

	if (!type || strcmp(type, "FIELD_INDEX_POLICY") || !json_is_object(doc) ||
	    value_holds_not_known(doc)) {
		json_decref(parsed);
		return 0;
	}
	fields = aws_doc_member(doc, "Fields");
	v2 = aws_doc_member(doc, "FieldsV2");
	n = (json_is_array(fields) ? json_array_size(fields) : 0) +
	    (json_is_object(v2) ? json_object_size(v2) : 0);
	if (!n) {
		strbuf_addstr(err, "names no field index in Fields or FieldsV2: AWS says \"It must "
				   "contain at least one field index.\" (logs PutAccountPolicy "
				   "policyDocument)");
		rc = -1;
	}
	json_array_foreach(json_is_array(fields) ? fields : NULL, i, name)
		if (!rc && json_is_string(name) && json_is_object(v2) &&
		    json_object_get(v2, json_string_value(name))) {
			strbuf_addf(err, "Fields[%zu] \"%s\" is in FieldsV2 too: AWS says \"Field "
					 "names within Fields and FieldsV2 must be mutually "
					 "exclusive.\" (logs PutAccountPolicy policyDocument)", i,
				    json_string_value(name));
			rc = -1;
		}
	json_decref(parsed);
	return rc;
}

/* An account policy's document, as its type makes it (one rule on the
 * attribute): a data protection policy's blocks, a field index policy's
 * fields. */
static int rule_logs_account_policy_document(const json_t *v, const json_t *r,
					     struct strbuf *err)
{
	return rule_logs_data_protection_policy(v, r, err) ? -1 : rule_logs_index_policy(v, r, err);
}

/* A transformer's processors (PutTransformer transformerConfig): a parser
 * of a service's logs (parseCloudfront, parsePostgres, parseRoute53,
 * parseVPC, parseWAF) "must be the first processor in your transformer". */
static int rule_logs_transformer_parser_first(const json_t *v, const json_t *r,
					      struct strbuf *err)
{
	static const char *const firsts[] = { "parse_cloudfront", "parse_postgres",
					      "parse_route53", "parse_vpc", "parse_waf", NULL };
	const json_t *p;
	size_t i;

	(void)r;
	json_array_foreach(json_is_array(v) ? v : NULL, i, p)
		for (size_t k = 0; i && firsts[k]; k++)
			if (value_is_set(json_object_get(p, firsts[k]))) {
				strbuf_addf(err, "[%zu].%s: AWS says \"If you use this processor, it "
						 "must be the first processor in your transformer.\" "
						 "(logs PutTransformer transformerConfig.%s)", i,
					    firsts[k], firsts[k]);
				return -1;
			}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
WORDS(log_retention_days, "0", "1", "3", "5", "7", "14", "30", "60", "90", "120", "150", "180",
      "365", "400", "545", "731", "1096", "1827", "2192", "2557", "2922", "3288", "3653");

#define LOGS "CloudWatch Logs API reference: PutRetentionPolicy"
/* A delivery source's log types, by the service its resource's ARN names
 * (PutDeliverySource logType: "For Elemental MediaTailor, the valid values
 * are ..."). */
#define BY_ARN(ARN) WHEN(MATCHES("resource_arn", "^arn:aws[a-z-]*:" ARN))
#define LOG_TYPES(...) THEN(IS("log_type", __VA_ARGS__))
#define LOG_TYPE "logs PutDeliverySource logType"
#define AGENTCORE "bedrock-agentcore:[^:]*:[^:]*:"
/* A parser of a service's logs reads @message alone (PutTransformer
 * transformerConfig.parseX.source) */
#define PARSER_READS_MESSAGE(PARSER) \
	THEN(EACH("transformer_config", WHEN(SET(PARSER ".source")), \
		  THEN(IS(PARSER ".source", "@message"))))
#define MESSAGE_ONLY "No other value than @message is allowed for source."
#define PARSER_SOURCE(MEMBER) "logs PutTransformer transformerConfig." MEMBER ".source"
#define CRITERIA "logs PutAccountPolicy selectionCriteria"
#define DP_WORDS "CloudWatch Logs API reference: PutDataProtectionPolicy policyDocument"

const struct aws_check_row aws_rules_logs[] = {
	NUMBER_ONE_OF("aws.logs.log_group", "retention_in_days", log_retention_days, "30",
		      LOGS " retentionInDays (0: never expire)"),
	/* AWS's words (checks/words/logs.words), on the awscc types: what the
	 * registry's schemas describe but their keywords do not hold. */
	AWS_SAYS("logs.cfn_tag_keys_not_aws", "awscc.logs.delivery_destination", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Logs::DeliveryDestination Tag.Key"),
	AWS_SAYS("logs.cfn_destination_tag_keys_not_aws", "awscc.logs.destination", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Logs::Destination Tag.Key"),
	AWS_SAYS("logs.cfn_dimension_names", "awscc.logs.metric_filter", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("metric_transformations", ALWAYS,
			   THEN(EACH("dimensions", ALWAYS,
				     THEN(MATCHES("key", "[^[:space:]]"), NOT_MATCHES("key", "^:")))))),
		 "Dimension names must contain only ASCII characters, must include at least one "
		 "non-whitespace character, and cannot start with a colon (:).",
		 "CloudFormation registry: AWS::Logs::MetricFilter Dimension.Key"),
	/* a log group's key, when the stack makes it, symmetric (checks/rules.h) */
	AWS_SAYS("logs.key_symmetric", "aws.logs.log_group", AWS_CALL_ANY, ALWAYS,
		 THEN(KEY_SYMMETRIC("kms_key_id")), "This must be a symmetric KMS key.",
		 "logs AssociateKmsKey kmsKeyId"),
	AWS_SAYS("logs.cfn_key_symmetric", "awscc.logs.log_group", AWS_CALL_ANY, ALWAYS,
		 THEN(KEY_SYMMETRIC("kms_key_id")), "This must be a symmetric KMS key.",
		 "logs AssociateKmsKey kmsKeyId"),
	/* AWS's words on what the awscc types' handlers call
	 * (checks/words/logs.words, its API keys) */
	AWS_SAYS("logs.metric_filter_system_dimensions", "awscc.logs.metric_filter", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("emit_system_field_dimensions", ALWAYS,
			   THEN(IS("", "@aws.account", "@aws.region")))),
		 "Valid values are @aws.account and @aws.region.",
		 "logs PutMetricFilter emitSystemFieldDimensions"),
	AWS_SAYS("logs.subscription_system_fields", "awscc.logs.subscription_filter", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("emit_system_fields", ALWAYS, THEN(IS("", "@aws.account", "@aws.region")))),
		 "Valid values are @aws.account and @aws.region.",
		 "logs PutSubscriptionFilter emitSystemFields"),
	/* a destination of logs names its resource; one of traces (XRAY) its
	 * type alone */
	AWS_SAYS("logs.destination_type_values", "awscc.logs.delivery_destination", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("delivery_destination_type", "S3", "CWL", "FH", "XRAY")),
		 "Valid values include:", "logs PutDeliveryDestination deliveryDestinationType"),
	AWS_SAYS("logs.destination_config_unless_xray", "awscc.logs.delivery_destination",
		 AWS_CALL_ANY, WHEN(UNSET("destination_resource_arn")),
		 THEN(IS("delivery_destination_type", "XRAY")),
		 "deliveryDestinationConfiguration is required for CloudWatch Logs, Amazon S3, "
		 "Firehose log delivery destinations and not required for X-Ray trace delivery "
		 "destinations. deliveryDestinationType is needed for X-Ray trace delivery "
		 "destinations but not required for other logs delivery destinations.",
		 "logs PutDeliveryDestination deliveryDestinationConfiguration"),
	/* a delivery's S3 settings, to a destination of the stack that is a
	 * bucket */
	AWS_SAYS("logs.delivery_s3_settings_to_bucket", "awscc.logs.delivery", AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("s3_suffix_path"), SET("s3_enable_hive_compatible_path"))),
		 THEN(MATCHES("delivery_destination_arn->destination_resource_arn",
			      "^arn:aws[a-z-]*:s3:::")),
		 "This structure contains parameters that are valid only when the delivery's "
		 "delivery destination is an S3 bucket.",
		 "logs CreateDelivery s3DeliveryConfiguration"),
	AWS_SAYS("logs.source_types_agentcore_gateway", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN(AGENTCORE "gateway/"),
		 LOG_TYPES("APPLICATION_LOGS", "TRACES"),
		 "For Amazon Bedrock AgentCore Gateway, the valid values are APPLICATION_LOGS "
		 "and TRACES.", LOG_TYPE),
	AWS_SAYS("logs.source_types_agentcore_identity", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN(AGENTCORE "workload-identity-directory/"),
		 LOG_TYPES("APPLICATION_LOGS", "TRACES"),
		 "For Amazon Bedrock AgentCore Identity, the valid values are APPLICATION_LOGS "
		 "and TRACES.", LOG_TYPE),
	AWS_SAYS("logs.source_types_agentcore_memory", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN(AGENTCORE "memory/"),
		 LOG_TYPES("APPLICATION_LOGS", "TRACES"),
		 "For Amazon Bedrock AgentCore Memory, the valid values are APPLICATION_LOGS and "
		 "TRACES.", LOG_TYPE),
	AWS_SAYS("logs.source_types_agentcore_runtime", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN(AGENTCORE "runtime/"),
		 LOG_TYPES("APPLICATION_LOGS", "USAGE_LOGS", "TRACES"),
		 "For Amazon Bedrock AgentCore Runtime, the valid values are APPLICATION_LOGS, "
		 "USAGE_LOGS and TRACES.", LOG_TYPE),
	AWS_SAYS("logs.source_types_agentcore_tools", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN(AGENTCORE "(code-interpreter|browser)(-custom)?/"),
		 LOG_TYPES("APPLICATION_LOGS", "USAGE_LOGS", "TRACES"),
		 "For Amazon Bedrock AgentCore Tools, the valid values are APPLICATION_LOGS, "
		 "USAGE_LOGS and TRACES.", LOG_TYPE),
	AWS_SAYS("logs.source_types_bedrock_agents", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("bedrock:[^:]*:[^:]*:agent/"),
		 LOG_TYPES("APPLICATION_LOGS", "EVENT_LOGS"),
		 "For Amazon Bedrock Agents, the valid values are APPLICATION_LOGS and "
		 "EVENT_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_mediapackage", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("mediapackagev2:"),
		 LOG_TYPES("EGRESS_ACCESS_LOGS", "INGRESS_ACCESS_LOGS"),
		 "For Elemental MediaPackage, the valid values are EGRESS_ACCESS_LOGS and "
		 "INGRESS_ACCESS_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_mediatailor", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("mediatailor:"),
		 LOG_TYPES("AD_DECISION_SERVER_LOGS", "MANIFEST_SERVICE_LOGS", "TRANSCODE_LOGS"),
		 "For Elemental MediaTailor, the valid values are AD_DECISION_SERVER_LOGS, "
		 "MANIFEST_SERVICE_LOGS, and TRANSCODE_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_mail_manager", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("ses:[^:]*:[^:]*:mailmanager-"),
		 LOG_TYPES("APPLICATION_LOGS", "TRAFFIC_POLICY_DEBUG_LOGS"),
		 "For Amazon SES mail manager, the valid values are APPLICATION_LOGS and "
		 "TRAFFIC_POLICY_DEBUG_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_amazon_q", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("qbusiness:"),
		 LOG_TYPES("EVENT_LOGS", "SYNC_JOB_LOGS"),
		 "For Amazon Q, the valid values are EVENT_LOGS and SYNC_JOB_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_rtb_fabric", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("rtbfabric:"),
		 LOG_TYPES("APPLICATION_LOGS"),
		 "For Amazon Web Services RTB Fabric, the valid values is APPLICATION_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_pcs", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("pcs:"),
		 LOG_TYPES("PCS_SCHEDULER_LOGS", "PCS_JOBCOMP_LOGS", "PCS_SCHEDULER_AUDIT_LOGS"),
		 "For PCS, the valid values are PCS_SCHEDULER_LOGS, PCS_JOBCOMP_LOGS, and "
		 "PCS_SCHEDULER_AUDIT_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_eks_auto_mode", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("eks:[^:]*:[^:]*:cluster/"),
		 LOG_TYPES("AUTO_MODE_BLOCK_STORAGE_LOGS", "AUTO_MODE_COMPUTE_LOGS",
			   "AUTO_MODE_IPAM_LOGS", "AUTO_MODE_LOAD_BALANCING_LOGS"),
		 "For Amazon EKS Auto Mode, the valid values are AUTO_MODE_BLOCK_STORAGE_LOGS, "
		 "AUTO_MODE_COMPUTE_LOGS, AUTO_MODE_IPAM_LOGS, and "
		 "AUTO_MODE_LOAD_BALANCING_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.source_types_workmail", "awscc.logs.delivery_source", AWS_CALL_ANY,
		 BY_ARN("workmail:"),
		 LOG_TYPES("ACCESS_CONTROL_LOGS", "AUTHENTICATION_LOGS",
			   "WORKMAIL_AVAILABILITY_PROVIDER_LOGS", "WORKMAIL_MAILBOX_ACCESS_LOGS",
			   "WORKMAIL_PERSONAL_ACCESS_TOKEN_LOGS"),
		 "For Amazon WorkMail, the valid values are ACCESS_CONTROL_LOGS, "
		 "AUTHENTICATION_LOGS, WORKMAIL_AVAILABILITY_PROVIDER_LOGS, "
		 "WORKMAIL_MAILBOX_ACCESS_LOGS, and WORKMAIL_PERSONAL_ACCESS_TOKEN_LOGS.", LOG_TYPE),
	AWS_SAYS("logs.anomaly_one_log_group", "awscc.logs.log_anomaly_detector", AWS_CALL_ANY,
		 WHEN(SET("log_group_arn_list")),
		 THEN(COUNT_IN("log_group_arn_list", NULL, 1, 1)),
		 "You can specify only one log group ARN.",
		 "logs CreateLogAnomalyDetector logGroupArnList"),
	AWS_SAYS("logs.log_group_class_unchanged", "awscc.logs.log_group", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("log_group_class")),
		 "The value of logGroupClass can't be changed after a log group is created.",
		 "logs CreateLogGroup logGroupClass"),
	AWS_SAYS("logs.scheduled_query_language", "awscc.logs.scheduled_query", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("query_language", "CWLI", "PPL", "SQL")),
		 "Valid values are CWLI, PPL, and SQL.", "logs CreateScheduledQuery queryLanguage"),
	AWS_SAYS("logs.account_policy_name_not_aws", "awscc.logs.account_policy", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES("policy_name", "^aws/")),
		 "This must be unique within the account and cannot start with aws/.",
		 "logs PutAccountPolicy policyName"),
	/* an account policy's selection criteria, by its type (a metric
	 * extraction policy's are PutMetricExtractionPolicy's, which the pinned
	 * model does not document: left alone) */
	AWS_SAYS("logs.criteria_policy_types", "awscc.logs.account_policy", AWS_CALL_ANY,
		 WHEN(SET("selection_criteria")),
		 THEN(IS_NOT("policy_type", "DATA_PROTECTION_POLICY")),
		 "Specifying selectionCriteria is valid only when you specify "
		 "SUBSCRIPTION_FILTER_POLICY, FIELD_INDEX_POLICY or TRANSFORMER_POLICYfor policyType.",
		 CRITERIA),
	AWS_SAYS("logs.criteria_subscription_filter", "awscc.logs.account_policy", AWS_CALL_ANY,
		 WHEN(IS("policy_type", "SUBSCRIPTION_FILTER_POLICY"), SET("selection_criteria")),
		 THEN(MATCHES("selection_criteria",
			      "^[[:space:]]*LogGroupName[[:space:]]+[Nn][Oo][Tt][[:space:]]+"
			      "[Ii][Nn][[:space:]]*\\[")),
		 "If policyType is SUBSCRIPTION_FILTER_POLICY, the only supported selectionCriteria "
		 "filter is LogGroupName NOT IN []", CRITERIA),
	AWS_SAYS("logs.criteria_transformer", "awscc.logs.account_policy", AWS_CALL_ANY,
		 WHEN(IS("policy_type", "TRANSFORMER_POLICY"), SET("selection_criteria")),
		 THEN(MATCHES("selection_criteria", "^[[:space:]]*LogGroupNamePrefix[^A-Za-z]")),
		 "If policyType is TRANSFORMER_POLICY, the only supported selectionCriteria filter "
		 "is LogGroupNamePrefix", CRITERIA),
	AWS_SAYS("logs.criteria_index_prefix_alone", "awscc.logs.account_policy", AWS_CALL_ANY,
		 WHEN(IS("policy_type", "FIELD_INDEX_POLICY"),
		      MATCHES("selection_criteria", "^[[:space:]]*LogGroupNamePrefix[^A-Za-z]")),
		 THEN(NOT_MATCHES("selection_criteria",
				  "[[:space:]][Aa][Nn][Dd][[:space:]]+DataSource(Name|Type)[^A-Za-z]")),
		 "When you specify selectionCriteria for a field index policy you can use either "
		 "LogGroupNamePrefix by itself or DataSourceName and DataSourceType together.",
		 CRITERIA),
	AWS_SAYS("logs.criteria_index_data_source_pair", "awscc.logs.account_policy",
		 AWS_CALL_ANY,
		 WHEN(IS("policy_type", "FIELD_INDEX_POLICY"),
		      MATCHES("selection_criteria", "^[[:space:]]*DataSource(Name|Type)[^A-Za-z]")),
		 THEN(MATCHES("selection_criteria", "DataSourceName"),
		      MATCHES("selection_criteria", "DataSourceType")),
		 "When you specify selectionCriteria for a field index policy you can use either "
		 "LogGroupNamePrefix by itself or DataSourceName and DataSourceType together.",
		 CRITERIA),
	/* a transformer's processors */
	AWS_SAYS("logs.parse_cloudfront_source", "awscc.logs.transformer", AWS_CALL_ANY, ALWAYS,
		 PARSER_READS_MESSAGE("parse_cloudfront"), MESSAGE_ONLY,
		 PARSER_SOURCE("parseCloudfront")),
	AWS_SAYS("logs.parse_postgres_source", "awscc.logs.transformer", AWS_CALL_ANY, ALWAYS,
		 PARSER_READS_MESSAGE("parse_postgres"), MESSAGE_ONLY,
		 PARSER_SOURCE("parsePostgres")),
	AWS_SAYS("logs.parse_route53_source", "awscc.logs.transformer", AWS_CALL_ANY, ALWAYS,
		 PARSER_READS_MESSAGE("parse_route53"), MESSAGE_ONLY,
		 PARSER_SOURCE("parseRoute53")),
	AWS_SAYS("logs.parse_vpc_source", "awscc.logs.transformer", AWS_CALL_ANY, ALWAYS,
		 PARSER_READS_MESSAGE("parse_vpc"), MESSAGE_ONLY, PARSER_SOURCE("parseVPC")),
	AWS_SAYS("logs.parse_waf_source", "awscc.logs.transformer", AWS_CALL_ANY, ALWAYS,
		 PARSER_READS_MESSAGE("parse_waf"), MESSAGE_ONLY, PARSER_SOURCE("parseWAF")),
	AWS_SAYS("logs.list_to_map_flattened_element", "awscc.logs.transformer", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("transformer_config", WHEN(IS("list_to_map.flatten", "true")),
			   THEN(SET("list_to_map.flattened_element")))),
		 "You must specify this parameter if flatten is true",
		 "logs PutTransformer transformerConfig.listToMap.flattenedElement"),
	RULE("awscc.logs.transformer", "transformer_config", rule_logs_transformer_parser_first,
	     "CloudWatch Logs API reference: PutTransformer transformerConfig"),
	RULE("awscc.logs.log_group", "data_protection_policy", rule_logs_data_protection_policy,
	     DP_WORDS),
	RULE("awscc.logs.account_policy", "policy_document", rule_logs_account_policy_document,
	     "CloudWatch Logs API reference: PutAccountPolicy policyDocument"),
	{ NULL },
};
