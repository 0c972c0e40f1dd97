/*
 * aps/rules.c: Amazon Managed Service for Prometheus' (workspaces, rule
 * groups namespaces, scrapers, anomaly detectors, resource policies) rows
 * of the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's amp,
 * signed aps). Its ledger: checks/words/amp.words.
 */
#include "provider/aws/checks/rules.h"

#define LABEL_SETS "workspace_configuration.limits_per_label_sets"
#define WORKSPACE_CONFIG "amp UpdateWorkspaceConfiguration limitsPerLabelSet"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_aps[] = {
	AWS_SAYS("aps.tag_keys_not_aws", "awscc.aps.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "Keys must not begin with aws:.", "amp TagResource tags"),
	/* an anomaly detector's labels (the registry's Label.Key, a copy of its
	 * Tag.Key's description, has no pattern against aws:) */
	AWS_SAYS("aps.cfn_label_keys_not_aws", "awscc.aps.anomaly_detector", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("labels", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::APS::AnomalyDetector Label.Key"),
	/* the operators the sentence's next one lists: avg, count, group, max,
	 * min, quantile, stddev, stdvar and sum, outermost ("sum(rate(x[5m]))",
	 * "avg by (job) (x)") */
	AWS_SAYS("aps.anomaly_query_aggregated", "awscc.aps.anomaly_detector", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("configuration.random_cut_forest.query",
			      "^[[:space:](]*(avg|count|group|max|min|quantile|stddev|stdvar|sum)"
			      "[[:space:]]*(\\(|(by|without)[[:space:]]*\\()")),
		 "Random Cut Forest queries must be wrapped by a supported PromQL aggregation "
		 "operator.", "amp CreateAnomalyDetector configuration.randomCutForest.query"),
	AWS_SAYS("aps.label_names_unique", "awscc.aps.workspace", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(LABEL_SETS, ALWAYS, THEN(UNIQUE("label_set[].name")))),
		 "Each label name in a label set must be unique.", WORKSPACE_CONFIG),
	AWS_SAYS("aps.metric_name_label", "awscc.aps.workspace", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(LABEL_SETS, ALWAYS,
			   THEN(EACH("label_set", WHEN(IS("name", "__name__")),
				     THEN(MATCHES("value", "^[a-zA-Z_:][a-zA-Z0-9_:]*$")))))),
		 "If the label name is metric name label __name__, then the metric part of the name "
		 "must conform to the following pattern: [a-zA-Z_:][a-zA-Z0-9_:]*",
		 WORKSPACE_CONFIG ".labelSet"),
	/* ASCII alone (no byte above 0x7f), and some character not a space */
	AWS_SAYS("aps.label_values_ascii", "awscc.aps.workspace", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(LABEL_SETS, ALWAYS,
			   THEN(EACH("label_set", ALWAYS,
				     THEN(MATCHES("value", "[^[:space:]]"),
					  NOT_MATCHES("value", "[^\x01-\x7f]")))))),
		 "Label values accept ASCII characters and must contain at least one character that "
		 "isn't whitespace.", WORKSPACE_CONFIG ".labelSet"),
	{ NULL },
};
