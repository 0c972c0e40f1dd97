/*
 * comprehend/rules.c: Amazon Comprehend's (document classifiers,
 * flywheels) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are
 * made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), a
 * classifier's training data by its format and document type, a
 * flywheel's task by its model type, the tags of each, a classifier's
 * resource policy (JSON text) and its data in a bucket of the stack made in
 * another Region. Its ledger: checks/words/comprehend.words.
 */
#include "provider/aws/checks/rules.h"

#define CLASSIFIER "awscc.comprehend.document_classifier"
#define CDC "comprehend CreateDocumentClassifier "
#define INPUT "input_data_config."
#define NATIVE WHEN(IS(INPUT "document_type", "SEMI_STRUCTURED_DOCUMENT"))
#define CF "comprehend CreateFlywheel TaskConfig."

/* A classifier's training, test and output data (s3:// URIs) in a bucket of
 * the stack made in another Region (aws_check_bucket_region, at plan). */
static void check_comprehend_bucket_region(const struct written_resource *rs, size_t n,
					   check_report_fn report, void *ctx)
{
	static const struct aws_bucket_use uses[] = {
		{ "AWS::Comprehend::DocumentClassifier", INPUT "s3_uri",
		  "The S3 bucket must be in the same Region as the API endpoint that you are "
		  "calling.", CDC "InputDataConfig.S3Uri" },
		{ "AWS::Comprehend::DocumentClassifier", INPUT "test_s3_uri",
		  "The URI must be in the same Amazon Web Services Region as the API endpoint that "
		  "you are calling.", CDC "InputDataConfig.TestS3Uri" },
		{ "AWS::Comprehend::DocumentClassifier", "output_data_config.s3_uri",
		  "The URI must be in the same Region as the API endpoint that you are calling.",
		  CDC "OutputDataConfig.S3Uri" },
	};

	aws_check_bucket_region(rs, n, uses, sizeof(uses) / sizeof(*uses), report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_comprehend[] = {
	AWS_SAYS("comprehend.augmented_manifests_if_format", CLASSIFIER, AWS_CALL_ANY,
		 WHEN(IS(INPUT "data_format", "AUGMENTED_MANIFEST")),
		 THEN(SET(INPUT "augmented_manifests")),
		 "This parameter is required if you set DataFormat to AUGMENTED_MANIFEST.",
		 CDC "InputDataConfig.AugmentedManifests"),
	AWS_SAYS("comprehend.s3_uri_if_csv", CLASSIFIER, AWS_CALL_ANY,
		 WHEN(IS(INPUT "data_format", "COMPREHEND_CSV")), THEN(SET(INPUT "s3_uri")),
		 "This parameter is required if you set DataFormat to COMPREHEND_CSV.",
		 CDC "InputDataConfig.S3Uri"),
	AWS_SAYS("comprehend.feature_types_if_analyze", CLASSIFIER, AWS_CALL_ANY,
		 WHEN(IS(INPUT "document_reader_config.document_read_action",
			 "TEXTRACT_ANALYZE_DOCUMENT")),
		 THEN(SET(INPUT "document_reader_config.feature_types")),
		 "If you chose TEXTRACT_ANALYZE_DOCUMENT as the read action, you must specify one "
		 "or both of the following values:",
		 CDC "InputDataConfig.DocumentReaderConfig.FeatureTypes"),
	/* a native document model: of semi-structured documents ("provide
	 * semi-structured documents to create a native document model",
	 * DocumentType's words) */
	AWS_SAYS("comprehend.native_documents", CLASSIFIER, AWS_CALL_ANY, NATIVE,
		 THEN(SET(INPUT "documents")),
		 "This parameter is required in a request to create a native document model.",
		 CDC "InputDataConfig.Documents"),
	AWS_SAYS("comprehend.native_output", CLASSIFIER, AWS_CALL_ANY, NATIVE,
		 THEN(SET("output_data_config")),
		 "This parameter is required for a request that creates a native document model.",
		 CDC "OutputDataConfig"),
	/* its model policy, JSON text (sent to PutResourcePolicy on an update) */
	RULE(CLASSIFIER, "model_policy", rule_policy_json_text,
	     CDC "ModelPolicy; comprehend PutResourcePolicy ResourcePolicy"),
	ACROSS_ROW(CLASSIFIER, check_comprehend_bucket_region,
		   CDC "InputDataConfig.S3Uri, TestS3Uri, OutputDataConfig.S3Uri (a bucket of the "
		   "stack in another Region)"),
	/* a flywheel made for a new model (its task configuration set) */
	AWS_SAYS("comprehend.flywheel_classification_config", "awscc.comprehend.flywheel",
		 AWS_CALL_ANY, WHEN(IS("model_type", "DOCUMENT_CLASSIFIER"), SET("task_config")),
		 THEN(SET("task_config.document_classification_config")),
		 "Configuration required for a document classification model.",
		 CF "DocumentClassificationConfig"),
	AWS_SAYS("comprehend.flywheel_entity_config", "awscc.comprehend.flywheel", AWS_CALL_ANY,
		 WHEN(IS("model_type", "ENTITY_RECOGNIZER"), SET("task_config")),
		 THEN(SET("task_config.entity_recognition_config")),
		 "Configuration required for an entity recognition model.",
		 CF "EntityRecognitionConfig"),
	/* the tags of each type (TagResource's and UntagResource's words: the
	 * registry's Tags have neither maxItems nor a key's uniqueness) */
	AWS_SAYS("comprehend.tags_at_most_50", "awscc.comprehend.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("tags", 0, 50)),
		 "There can be a maximum of 50 tags (both existing and pending) associated with a "
		 "specific resource.", "comprehend TagResource Tags"),
	AWS_SAYS("comprehend.tag_keys_unique", "awscc.comprehend.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "Keys must be unique and cannot be duplicated for a particular resource.",
		 "comprehend UntagResource TagKeys"),
	{ NULL },
};
