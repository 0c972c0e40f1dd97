/*
 * kendra/rules.c: Amazon Kendra's (indexes, data sources, FAQs) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/kendra.words.
 */
#include "provider/aws/checks/rules.h"

#define DS "awscc.kendra.data_source"
#define CREATE_DS "kendra CreateDataSource "
#define FIELD_MAPPING "kendra CreateDataSource Configuration.SharePointConfiguration.FieldMappings"

/* A field mapping's index field: one of Kendra's reserved fields (their
 * names begin with "_": _document_title, _created_at ...) or a field the
 * index the data source names has (its document_metadata_configurations,
 * read across the reference "index_id->"); a literal index id is not read. */
#define INDEX_FIELD(LIST) \
	EACH(LIST, WHEN(NOT_MATCHES("index_field_name", "^_")), \
	     THEN(AMONG("index_field_name", "index_id->document_metadata_configurations[].name")))
#define MAPPINGS(LIST) INDEX_FIELD("data_source_configuration." LIST)
#define SALESFORCE "data_source_configuration.salesforce_configuration."

/* A Confluence mapping of a date field (the registry's field names: a page's
 * CREATED_DATE and MODIFIED_DATE, a blog's PUBLISH_DATE, an attachment's
 * CREATED_DATE; a space has none) gives its date format. */
#define DATED(LIST, ...) \
	EACH("data_source_configuration.confluence_configuration." LIST, \
	     WHEN(IS("data_source_field_name", __VA_ARGS__)), THEN(SET("date_field_format")))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A CUSTOM data source is one the caller feeds with
 * BatchPutDocument: Kendra connects to no repository of its own. */
const struct aws_check_row aws_rules_kendra[] = {
	AWS_SAYS("kendra.configuration_unless_custom", DS, AWS_CALL_CREATE,
		 WHEN(IS_NOT("data_source_type", "CUSTOM")), THEN(SET("data_source_configuration")),
		 "The Configuration parameter is required for all other data sources.",
		 CREATE_DS "Configuration"),
	AWS_SAYS("kendra.custom_no_configuration", DS, AWS_CALL_CREATE,
		 WHEN(IS("data_source_type", "CUSTOM")), THEN(UNSET("data_source_configuration")),
		 "You can't specify the Configuration parameter when the Type parameter is set to "
		 "CUSTOM.", CREATE_DS "Configuration"),
	AWS_SAYS("kendra.role_arn_unless_custom", DS, AWS_CALL_CREATE,
		 WHEN(IS_NOT("data_source_type", "CUSTOM")), THEN(SET("role_arn")),
		 "The RoleArn parameter is required for all other data sources.", CREATE_DS "RoleArn"),
	AWS_SAYS("kendra.custom_no_role_arn", DS, AWS_CALL_CREATE,
		 WHEN(IS("data_source_type", "CUSTOM")), THEN(UNSET("role_arn")),
		 "You can't specify the RoleArn parameter when the Type parameter is set to CUSTOM.",
		 CREATE_DS "RoleArn"),
	AWS_SAYS("kendra.custom_no_schedule", DS, AWS_CALL_CREATE,
		 WHEN(IS("data_source_type", "CUSTOM")), THEN(UNSET("schedule")),
		 "You can't specify the Schedule parameter when the Type parameter is set to CUSTOM.",
		 CREATE_DS "Schedule"),
	/* every field mapping list the registry's DataSourceConfiguration carries */
	AWS_SAYS("kendra.index_field_exists", DS, AWS_CALL_ANY, ALWAYS,
		 THEN(MAPPINGS("confluence_configuration.attachment_configuration."
			       "attachment_field_mappings"),
		      MAPPINGS("confluence_configuration.blog_configuration.blog_field_mappings"),
		      MAPPINGS("confluence_configuration.page_configuration.page_field_mappings"),
		      MAPPINGS("confluence_configuration.space_configuration.space_field_mappings"),
		      MAPPINGS("database_configuration.column_configuration.field_mappings"),
		      MAPPINGS("google_drive_configuration.field_mappings"),
		      MAPPINGS("one_drive_configuration.field_mappings"),
		      MAPPINGS("salesforce_configuration.chatter_feed_configuration.field_mappings"),
		      EACH(SALESFORCE "knowledge_article_configuration."
				      "custom_knowledge_article_type_configurations", ALWAYS,
			   THEN(INDEX_FIELD("field_mappings"))),
		      MAPPINGS("salesforce_configuration.knowledge_article_configuration."
			       "standard_knowledge_article_type_configuration.field_mappings"),
		      MAPPINGS("salesforce_configuration.standard_object_attachment_configuration."
			       "field_mappings"),
		      EACH(SALESFORCE "standard_object_configurations", ALWAYS,
			   THEN(INDEX_FIELD("field_mappings"))),
		      MAPPINGS("service_now_configuration.knowledge_article_configuration."
			       "field_mappings"),
		      MAPPINGS("service_now_configuration.service_catalog_configuration."
			       "field_mappings"),
		      MAPPINGS("share_point_configuration.field_mappings"),
		      MAPPINGS("work_docs_configuration.field_mappings")),
		 "You must first create the index field using the UpdateIndex API.",
		 FIELD_MAPPING ".DataSourceFieldName"),
	AWS_SAYS("kendra.confluence_date_format", DS, AWS_CALL_ANY, ALWAYS,
		 THEN(DATED("attachment_configuration.attachment_field_mappings", "CREATED_DATE"),
		      DATED("blog_configuration.blog_field_mappings", "PUBLISH_DATE"),
		      DATED("page_configuration.page_field_mappings", "CREATED_DATE",
			    "MODIFIED_DATE")),
		 "If the field specified in DataSourceFieldName is a date field you must specify "
		 "the date format.",
		 CREATE_DS "Configuration.ConfluenceConfiguration.PageConfiguration.PageFieldMappings"
			   ".DateFieldFormat"),
	AWS_SAYS("kendra.target_value_or_deletion", DS, AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("custom_document_enrichment_configuration.inline_configurations",
			   WHEN(IS("target.target_document_attribute_value_deletion", "true")),
			   THEN(UNSET("target.target_document_attribute_value")))),
		 "You cannot create a target value and set this to TRUE.",
		 CREATE_DS "CustomDocumentEnrichmentConfiguration.InlineConfigurations.Target"
			   ".TargetDocumentAttributeValueDeletion"),
	/* "not case sensitive": the rows hold the keys written alike */
	AWS_SAYS("kendra.tag_keys_unique", "awscc.kendra.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "Keys are not case sensitive and must be unique for the index, FAQ, data source, or "
		 "other resource.", "kendra CreateIndex Tags.Key"),
	AWS_SAYS("kendra.gen_ai_attribute_filter", "awscc.kendra.index", AWS_CALL_ANY,
		 WHEN(IS("edition", "GEN_AI_ENTERPRISE_EDITION")),
		 THEN(IS("user_context_policy", "ATTRIBUTE_FILTER")),
		 "If you're using an Amazon Kendra Gen AI Enterprise Edition index, you can only use "
		 "ATTRIBUTE_FILTER to filter search results by user context.",
		 "kendra CreateIndex UserContextPolicy"),
	{ NULL },
};
