/*
 * cloudcontrol/rules.c: the rows of the one table of checks (checks/row.h)
 * on the awscc types of the services terrace's own code does not call, whose
 * only calls are Cloud Control's (this folder's): AWS's words of the census's
 * third scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE; the
 * ledgers checks/words/apigateway.words, connect.words, iot.words), each
 * service's rows together, and the written rules they need. A service that
 * gets a folder of its own takes its rows there.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define APIGW "CloudFormation registry: AWS::ApiGateway::"
#define CONNECT "CloudFormation registry: AWS::Connect::"
#define TICKET_SOURCES "OnZendeskTicketCreate", "OnZendeskTicketStatusUpdate", \
	"OnSalesforceCaseCreate"

/* Whether `id` (a string) is among `seen` (an array of strings); added to it
 * when not. */
static bool seen_before(json_t *seen, const json_t *id)
{
	size_t i;
	json_t *s;

	json_array_foreach(seen, i, s)
		if (!strcmp(json_string_value(s), json_string_value(id)))
			return true;
	json_array_append(seen, (json_t *)id);
	return false;
}

/* Each section's and question's ref_id of a list of an evaluation form's
 * items (sections nested in sections too) into `form`, each single select
 * question's options' ref_ids into a set of the question's own; the path
 * of the first one seen twice into err. A value not known yet is left. */
static int form_ref_ids(const json_t *items, const char *at, json_t *form, struct strbuf *err)
{
	size_t i, j;
	const json_t *item, *o;

	json_array_foreach(items, i, item) {
		const json_t *section = json_object_get(item, "section");
		const json_t *question = json_object_get(item, "question");
		const json_t *id = json_object_get(section ? section : question, "ref_id");
		char path[256];

		snprintf(path, sizeof(path), "%s[%zu].%s", at, i, section ? "section" : "question");
		if (json_is_string(id) && !value_not_known(id) && seen_before(form, id)) {
			strbuf_addf(err, "%s.ref_id: \"%s\" is another section's or question's "
				    "ref_id too: AWS says \"An identifier must be unique within the "
				    "evaluation form.\" (connect CreateEvaluationForm Items.Section.RefId, "
				    "Items.Question.RefId)", path, json_string_value(id));
			return -1;
		}
		if (section) {
			char inner[sizeof(path) + 8];
			snprintf(inner, sizeof(inner), "%s.items", path);
			if (json_is_array(json_object_get(section, "items")) &&
			    form_ref_ids(json_object_get(section, "items"), inner, form, err))
				return -1;
			continue;
		}
		const json_t *options = json_object_get(
			json_object_get(json_object_get(question, "question_type_properties"),
					"single_select"), "options");
		if (!json_is_array(options))
			continue;
		json_t *own = json_array();
		json_array_foreach(options, j, o) {
			id = json_object_get(o, "ref_id");
			if (json_is_string(id) && !value_not_known(id) && seen_before(own, id)) {
				strbuf_addf(err, "%s.question_type_properties.single_select.options[%zu]."
					    "ref_id: \"%s\" is another option's ref_id too: AWS says \"An "
					    "identifier must be unique within the question.\" (connect "
					    "CreateEvaluationForm Items.Question.QuestionTypeProperties."
					    "SingleSelect.Options.RefId)", path, j, json_string_value(id));
				json_decref(own);
				return -1;
			}
		}
		json_decref(own);
	}
	return 0;
}

/* An evaluation form's ref_ids: a section's and a question's unique in the
 * form, a single select question's options' unique in the question
 * (connect.words: the rows cannot gather the ids of sections and questions
 * of every level into one list). */
int rule_connect_form_ref_ids(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (!json_is_array(v))
		return 0;
	json_t *form = json_array();
	int rc = form_ref_ids(v, "items", form, err);
	json_decref(form);
	return rc;
}

/* One HTTP action of a topic rule: its confirmation_url a prefix of its url
 * when both are known and neither is a substitution template ("${...}",
 * known only when the rule runs). */
static int http_confirmation_prefix(const json_t *http, const char *at, struct strbuf *err)
{
	const json_t *url = json_object_get(http, "url");
	const json_t *confirmation = json_object_get(http, "confirmation_url");
	const char *u = json_string_value(url), *c = json_string_value(confirmation);

	if (!u || !c || value_not_known(url) || value_not_known(confirmation) ||
	    strstr(u, "${") || strstr(c, "${") || !strncmp(u, c, strlen(c)))
		return 0;
	strbuf_addf(err, "%s.http.confirmation_url: \"%s\" does not begin the url \"%s\": AWS "
		    "says \"The value of the confirmation URL must be a prefix of the endpoint "
		    "URL.\" (iot CreateTopicRule topicRulePayload.actions.http.confirmationUrl)",
		    at, c, u);
	return -1;
}

/* A topic rule's HTTP actions and its error action's: each confirmation URL
 * a prefix of its endpoint URL (iot.words: a relation of two values the
 * rows' conditions do not make). */
int rule_iot_http_confirmation_prefix(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *actions = json_object_get(v, "actions"), *a;
	size_t i;
	char at[64];

	(void)r;
	if (!json_is_object(v) || value_not_known(v))
		return 0;
	json_array_foreach(actions, i, a) {
		snprintf(at, sizeof(at), "actions[%zu]", i);
		if (json_is_object(json_object_get(a, "http")) &&
		    http_confirmation_prefix(json_object_get(a, "http"), at, err))
			return -1;
	}
	a = json_object_get(v, "error_action");
	if (json_is_object(a) && json_is_object(json_object_get(a, "http")))
		return http_confirmation_prefix(json_object_get(a, "http"), "error_action", err);
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_cloudcontrol[] = {
	/* API Gateway (apigateway.words): its handlers' permissions name HTTP
	 * methods (apigateway:POST), no operation, so its sentences are the
	 * registry's. */
	AWS_SAYS("apigateway.cfn_stage_description_needs_stage_name", "awscc.apigateway.deployment",
		 AWS_CALL_ANY, WHEN(SET("stage_description")), THEN(SET("stage_name")),
		 "To specify a stage description, you must also provide a stage name.",
		 APIGW "Deployment StageDescription"),
	AWS_SAYS("apigateway.cfn_rest_api_mode", "awscc.apigateway.rest_api", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("mode", "overwrite", "merge")),
		 "Valid values are ``overwrite`` or ``merge``.", APIGW "RestApi Mode"),
	/* CreateRestApi's name, unless ImportRestApi takes the definition's title */
	AWS_SAYS("apigateway.cfn_rest_api_name_without_openapi", "awscc.apigateway.rest_api",
		 AWS_CALL_CREATE, WHEN(UNSET("body"), UNSET("body_s3_location")),
		 THEN(SET("name")),
		 "A name is required if the REST API is not based on an OpenAPI specification.",
		 APIGW "RestApi Name"),
	AWS_SAYS("apigateway.cfn_method_setting_path_and_method", "awscc.apigateway.stage",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("method_settings", ALWAYS,
			   THEN(SET("http_method"), SET("resource_path")))),
		 "This parameter is required when you specify a ``MethodSetting``.",
		 APIGW "Stage MethodSetting.HttpMethod"),
	/* A method setting's path is the setting's patch path's head
	 * (/{resource_path}/{http_method}/...): a slash after the first, not
	 * encoded, splits it. "/" (the root) and "/" followed by a star (every resource) have
	 * none. */
	AWS_SAYS("apigateway.cfn_stage_method_path_encoded", "awscc.apigateway.stage",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("method_settings", ALWAYS, THEN(NOT_MATCHES("resource_path", "^/.*/")))),
		 "For example, the path value ``/resource/subresource`` must be encoded as "
		 "``/~1resource~1subresource``.", APIGW "Stage MethodSetting.ResourcePath"),
	AWS_SAYS("apigateway.cfn_deployment_method_path_encoded", "awscc.apigateway.deployment",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("stage_description.method_settings", ALWAYS,
			   THEN(NOT_MATCHES("resource_path", "^/.*/")))),
		 "For example, the path value ``/resource/subresource`` must be encoded as "
		 "``/~1resource~1subresource``.", APIGW "Deployment MethodSetting.ResourcePath"),
	AWS_SAYS("apigateway.cfn_firehose_log_stream_prefix", "awscc.apigateway.stage",
		 AWS_CALL_ANY,
		 WHEN(MATCHES("access_log_setting.destination_arn", "^arn:[^:]+:firehose:")),
		 THEN(MATCHES("access_log_setting.destination_arn",
			      ":deliverystream/amazon-apigateway-")),
		 "If you specify a Kinesis Data Firehose delivery stream, the stream name must "
		 "begin with ``amazon-apigateway-``.", APIGW "Stage AccessLogSetting.DestinationArn"),
	/* API Gateway's guide takes $context.extendedRequestId as well ("The log
	 * format must include $context.requestId or $context.extendedRequestId"):
	 * either passes. */
	AWS_SAYS("apigateway.cfn_access_log_format_request_id", "awscc.apigateway.stage",
		 AWS_CALL_ANY, WHEN(SET("access_log_setting.format")),
		 THEN(MATCHES("access_log_setting.format", "\\$context\\.(requestId|extendedRequestId)")),
		 "The format must include at least ``$context.requestId``.",
		 APIGW "Stage AccessLogSetting.Format"),

	/* Amazon Connect (connect.words): the members of the operations its
	 * types' handlers call, and the registry's sentences. */
	RULE("awscc.connect.evaluation_form", "items", rule_connect_form_ref_ids,
	     "Amazon Connect API reference: CreateEvaluationForm, EvaluationFormSection and "
	     "EvaluationFormQuestion RefId, EvaluationFormSingleSelectQuestionOption RefId"),
	AWS_SAYS("connect.cfn_evaluation_form_two_levels", "awscc.connect.evaluation_form",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("items", ALWAYS,
			   THEN(EACH("section.items", ALWAYS,
				     THEN(EACH("section.items", ALWAYS, THEN(UNSET("section")))))))),
		 "Evaluation forms can only contain sections and subsections (two level nesting).",
		 CONNECT "EvaluationForm EvaluationFormSection"),
	AWS_SAYS("connect.cfn_quick_connect_phone_config", "awscc.connect.quick_connect",
		 AWS_CALL_ANY, WHEN(IS("quick_connect_config.quick_connect_type", "PHONE_NUMBER")),
		 THEN(SET("quick_connect_config.phone_config")),
		 "This is required only if QuickConnectType is PHONE_NUMBER.",
		 "connect CreateQuickConnect QuickConnectConfig.PhoneConfig"),
	AWS_SAYS("connect.cfn_quick_connect_queue_config", "awscc.connect.quick_connect",
		 AWS_CALL_ANY, WHEN(IS("quick_connect_config.quick_connect_type", "QUEUE")),
		 THEN(SET("quick_connect_config.queue_config")),
		 "This is required only if QuickConnectType is QUEUE.",
		 "connect CreateQuickConnect QuickConnectConfig.QueueConfig"),
	AWS_SAYS("connect.cfn_quick_connect_user_config", "awscc.connect.quick_connect",
		 AWS_CALL_ANY, WHEN(IS("quick_connect_config.quick_connect_type", "USER")),
		 THEN(SET("quick_connect_config.user_config")),
		 "This is required only if QuickConnectType is USER.",
		 "connect CreateQuickConnect QuickConnectConfig.UserConfig"),
	AWS_SAYS("connect.cfn_rule_task_action_for_ticket_sources", "awscc.connect.rule",
		 AWS_CALL_ANY, WHEN(IS("trigger_event_source.event_source_name", TICKET_SOURCES)),
		 THEN(SET("actions.task_actions")),
		 "This field is required if ``TriggerEventSource`` is one of the following values: "
		 "``OnZendeskTicketCreate`` | ``OnZendeskTicketStatusUpdate`` | "
		 "``OnSalesforceCaseCreate``", CONNECT "Rule Actions.TaskActions"),
	AWS_SAYS("connect.cfn_rule_integration_for_ticket_sources", "awscc.connect.rule",
		 AWS_CALL_ANY, WHEN(IS("trigger_event_source.event_source_name", TICKET_SOURCES)),
		 THEN(SET("trigger_event_source.integration_association_arn")),
		 "The Amazon Resource Name (ARN) of the integration association. "
		 "``IntegrationAssociationArn`` is required if ``TriggerEventSource`` is one of the "
		 "following values: ``OnZendeskTicketCreate`` | ``OnZendeskTicketStatusUpdate`` | "
		 "``OnSalesforceCaseCreate``",
		 CONNECT "Rule RuleTriggerEventSource.IntegrationAssociationArn"),
	AWS_SAYS("connect.rule_name_change_ticket_sources", "awscc.connect.rule", AWS_CALL_UPDATE,
		 WHEN(IS_NOT("trigger_event_source.event_source_name", TICKET_SOURCES)),
		 THEN(UNCHANGED("name")),
		 "You can change the name only if TriggerEventSource is one of the following values: "
		 "OnZendeskTicketCreate | OnZendeskTicketStatusUpdate | OnSalesforceCaseCreate",
		 "connect UpdateRule Name"),
	/* The instance's identity management, through the instance the user's
	 * instance_arn names ("->", checks/words.c): test_words_crossing.c's. */
	AWS_SAYS("connect.user_password_connect_managed", "awscc.connect.user", AWS_CALL_CREATE,
		 WHEN(IS("instance_arn->identity_management_type", "CONNECT_MANAGED")),
		 THEN(SET("password")),
		 "A password is required if you are using Amazon Connect for identity management.",
		 CONNECT "User Password"),
	AWS_SAYS("connect.user_names_connect_or_saml", "awscc.connect.user", AWS_CALL_ANY,
		 WHEN(IS("instance_arn->identity_management_type", "CONNECT_MANAGED", "SAML")),
		 THEN(SET("identity_info.first_name"), SET("identity_info.last_name")),
		 "This is required if you are using Amazon Connect or SAML for identity management.",
		 CONNECT "User UserIdentityInfo.FirstName"),
	AWS_SAYS("connect.user_acw_limit_max", "awscc.connect.user", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("phone_config.after_contact_work_time_limit", 0, 2000000)),
		 "This parameter has a minimum value of 0 and a maximum value of 2,000,000 seconds "
		 "(24 days).", "connect CreateUser PhoneConfig.AfterContactWorkTimeLimit"),
	AWS_SAYS("connect.user_channel_acw_limit_max", "awscc.connect.user", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("after_contact_work_configs", ALWAYS,
			   THEN(IN("after_contact_work_config.after_contact_work_time_limit", 0,
				   2000000),
				IN("agent_first_callback_after_contact_work_config."
				   "after_contact_work_time_limit", 0, 2000000)))),
		 "Maximum: 2,000,000 seconds (24 days).",
		 "connect CreateUser AfterContactWorkConfigs.AfterContactWorkConfig."
		 "AfterContactWorkTimeLimit"),
	AWS_SAYS("connect.hierarchy_level_name_50", "awscc.connect.user_hierarchy_structure",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("user_hierarchy_structure.level_one.name", 0, 50),
		      LEN_IN("user_hierarchy_structure.level_two.name", 0, 50),
		      LEN_IN("user_hierarchy_structure.level_three.name", 0, 50),
		      LEN_IN("user_hierarchy_structure.level_four.name", 0, 50),
		      LEN_IN("user_hierarchy_structure.level_five.name", 0, 50)),
		 "Must not be more than 50 characters.",
		 "connect UpdateUserHierarchyStructure HierarchyStructure.LevelOne.Name"),
	/* CreateRoutingProfile is the create handler's one call of the
	 * profile's queues (registry/handlers.json): all of them in it */
	AWS_SAYS("connect.routing_profile_queue_configs_on_create", "awscc.connect.routing_profile",
		 AWS_CALL_CREATE, ALWAYS, THEN(LEN_IN("queue_configs", 0, 10)),
		 "The limit of 10 array members applies to the maximum number of "
		 "RoutingProfileQueueConfig objects that can be passed during a CreateRoutingProfile "
		 "API request.", "connect CreateRoutingProfile QueueConfigs"),
	/* "Valid Range for VOICE: Minimum value of 1. Maximum value of 1." */
	AWS_SAYS("connect.routing_voice_concurrency_one", "awscc.connect.routing_profile",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("media_concurrencies", WHEN(IS("channel", "VOICE")),
			   THEN(IN("concurrency", 1, 1)))),
		 "Maximum value of 1.", "connect CreateRoutingProfile MediaConcurrencies.Concurrency"),
	AWS_SAYS("connect.override_month_day_or_weekday", "awscc.connect.hours_of_operation",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("hours_of_operation_overrides",
			   WHEN(SET("recurrence_config.recurrence_pattern.by_month_day")),
			   THEN(UNSET("recurrence_config.recurrence_pattern.by_weekday_occurrence")))),
		 "This field cannot be used simultaneously with ByWeekdayOccurrence as they represent "
		 "different scheduling approaches (specific dates vs. relative weekday positions).",
		 "connect CreateHoursOfOperationOverride RecurrenceConfig.RecurrencePattern.ByMonthDay"),
	AWS_SAYS("connect.override_weekday_monthly_yearly", "awscc.connect.hours_of_operation",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("hours_of_operation_overrides",
			   WHEN(SET("recurrence_config.recurrence_pattern.by_weekday_occurrence")),
			   THEN(IS("recurrence_config.recurrence_pattern.frequency", "MONTHLY",
				   "YEARLY")))),
		 "Must be used with MONTHLY or YEARLY frequency.",
		 "connect CreateHoursOfOperationOverride "
		 "RecurrenceConfig.RecurrencePattern.ByWeekdayOccurrence"),
	/* 'connect:' and 'aws:' whatever their case */
	AWS_SAYS("connect.data_table_name_reserved", "awscc.connect.data_table", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES("name", "^([cC][oO][nN][nN][eE][cC][tT]|[aA][wW][sS]):")),
		 "Must not start with the reserved case insensitive values 'connect:' and 'aws:'.",
		 "connect CreateDataTable Name"),
	AWS_SAYS("connect.data_table_attribute_name_reserved", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("name", "^([cC][oO][nN][nN][eE][cC][tT]|[aA][wW][sS]):")),
		 "Must not start with the reserved case insensitive values 'connect:' and 'aws:'.",
		 "connect CreateDataTableAttribute Name"),
	AWS_SAYS("connect.validation_length_order", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS, THEN(AT_MOST("validation.min_length", "validation.max_length")),
		 "Must be less than or equal to MaxLength.",
		 "connect CreateDataTableAttribute Validation.MinLength"),
	AWS_SAYS("connect.validation_values_order", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS, THEN(AT_MOST("validation.min_values", "validation.max_values")),
		 "Must be an integer greater than or equal to 0 and less than or equal to MaxValues.",
		 "connect CreateDataTableAttribute Validation.MinValues"),
	AWS_SAYS("connect.validation_maximum_above", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("validation.minimum", "validation.maximum"),
		      BELOW("validation.exclusive_minimum", "validation.maximum")),
		 "Must be greater than or equal to Minimum and greater than ExclusiveMinimum.",
		 "connect CreateDataTableAttribute Validation.Maximum"),
	AWS_SAYS("connect.validation_exclusive_maximum_above", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(BELOW("validation.exclusive_minimum", "validation.exclusive_maximum"),
		      BELOW("validation.minimum", "validation.exclusive_maximum")),
		 "Must be greater than ExclusiveMinimum and Minimum.",
		 "connect CreateDataTableAttribute Validation.ExclusiveMaximum"),
	AWS_SAYS("connect.validation_multiple_of_positive", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS, THEN(ABOVE("validation.multiple_of", 0)),
		 "Must be greater than 0.", "connect CreateDataTableAttribute Validation.MultipleOf"),
	/* AWS IoT (iot.words). A topic rule's actions and its error action
	 * alike; a value that is a substitution template ("${...}") is known
	 * only when the rule runs, and passes. */
#define IOT_ACTIONS(COND) \
	EACH("topic_rule_payload.actions", ALWAYS, THEN(COND)), \
	EACH("topic_rule_payload.error_action", ALWAYS, THEN(COND))
#define IOT_ACTIONS_WHEN(WHEN_, COND) \
	EACH("topic_rule_payload.actions", WHEN_, THEN(COND)), \
	EACH("topic_rule_payload.error_action", WHEN_, THEN(COND))
#define LITERAL(ATTR) NOT_MATCHES(ATTR, "\\$\\{")
#define IOT_TR "iot CreateTopicRule topicRulePayload.actions."
	RULE("awscc.iot.topic_rule", "topic_rule_payload", rule_iot_http_confirmation_prefix,
	     "AWS IoT API reference: HttpAction confirmationUrl"),
	AWS_SAYS("iot.topic_rule_events_batch_no_message_id", "awscc.iot.topic_rule", AWS_CALL_ANY,
		 ALWAYS, THEN(IOT_ACTIONS_WHEN(WHEN(IS("iot_events.batch_mode", "true")),
					       UNSET("iot_events.message_id"))),
		 "When batchMode is true, you can't specify a messageId.",
		 IOT_TR "iotEvents.batchMode"),
	AWS_SAYS("iot.topic_rule_dimension_reserved", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS(EACH("timestream.dimensions", ALWAYS,
				       THEN(IS_NOT("name", "measure_name", "measure_value", "time"))))),
		 "Dimensions cannot be named: measure_name, measure_value, or time.",
		 IOT_TR "timestream.dimensions.name"),
	AWS_SAYS("iot.topic_rule_dimension_prefix", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS(EACH("timestream.dimensions", WHEN(LITERAL("name")),
				       THEN(NOT_MATCHES("name", "^(ts_|measure_value)|:"))))),
		 "Dimension names cannot start with ts_ or measure_value and they cannot contain the "
		 "colon (:) character.", IOT_TR "timestream.dimensions.name"),
	AWS_SAYS("iot.topic_rule_response_topic_no_wildcard", "awscc.iot.topic_rule", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("republish.headers.response_topic")),
				       NOT_MATCHES("republish.headers.response_topic", "[#+]"))),
		 "The topic must not contain wildcard characters.",
		 IOT_TR "republish.headers.responseTopic"),
	AWS_SAYS("iot.topic_rule_payload_format", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("republish.headers.payload_format_indicator")),
				       IS("republish.headers.payload_format_indicator",
					  "UNSPECIFIED_BYTES", "UTF8_DATA"))),
		 "Valid values are UNSPECIFIED_BYTES and UTF8_DATA.",
		 IOT_TR "republish.headers.payloadFormatIndicator"),
	/* base64's characters, its padding not asked (AWS does not say it
	 * refuses text without it) */
	AWS_SAYS("iot.topic_rule_correlation_base64", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("republish.headers.correlation_data")),
				       MATCHES("republish.headers.correlation_data",
					       "^[A-Za-z0-9+/]*={0,2}$"))),
		 "This binary data must be based64-encoded.",
		 IOT_TR "republish.headers.correlationData"),
	AWS_SAYS("iot.topic_rule_timestamp_unit", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("timestream.timestamp.unit")),
				       IS("timestream.timestamp.unit", "SECONDS", "MILLISECONDS",
					  "MICROSECONDS", "NANOSECONDS")),
		      IOT_ACTIONS_WHEN(WHEN(LITERAL("location.timestamp.unit")),
				       IS("location.timestamp.unit", "SECONDS", "MILLISECONDS",
					  "MICROSECONDS", "NANOSECONDS"))),
		 "Valid values: SECONDS | MILLISECONDS | MICROSECONDS | NANOSECONDS.",
		 IOT_TR "timestream.timestamp.unit"),
	AWS_SAYS("iot.topic_rule_sitewise_alias_or_ids", "awscc.iot.topic_rule", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IOT_ACTIONS(EACH("iot_site_wise.put_asset_property_value_entries", ALWAYS,
				       THEN(ANY_OF(SET("property_alias"), SET("asset_id")),
					    ANY_OF(SET("property_alias"), SET("property_id")))))),
		 "You must specify either a propertyAlias or both an aliasId and a propertyId.",
		 IOT_TR "iotSiteWise.putAssetPropertyValueEntries.propertyAlias"),
	AWS_SAYS("iot.topic_rule_sitewise_quality", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS(EACH("iot_site_wise.put_asset_property_value_entries", ALWAYS,
				       THEN(EACH("property_values", WHEN(LITERAL("quality")),
						 THEN(IS("quality", "GOOD", "BAD", "UNCERTAIN"))))))),
		 "Must be GOOD, BAD, or UNCERTAIN.",
		 IOT_TR "iotSiteWise.putAssetPropertyValueEntries.propertyValues.quality"),
	/* "To create a new rule action or to update an existing rule action, use
	 * the OpenSearch rule action instead": a create row */
	AWS_SAYS("iot.topic_rule_no_new_elasticsearch", "awscc.iot.topic_rule", AWS_CALL_CREATE,
		 ALWAYS, THEN(IOT_ACTIONS(UNSET("elasticsearch"))),
		 "The Elasticsearch action can only be used by existing rule actions.",
		 IOT_TR "elasticsearch"),
	AWS_SAYS("iot.scheduled_audit_day_of_month", "awscc.iot.scheduled_audit", AWS_CALL_ANY,
		 WHEN(IS("frequency", "MONTHLY")), THEN(SET("day_of_month")),
		 "This field is required if the frequency parameter is set to MONTHLY.",
		 "CloudFormation registry: AWS::IoT::ScheduledAudit DayOfMonth"),
	AWS_SAYS("iot.scheduled_audit_day_of_week", "awscc.iot.scheduled_audit", AWS_CALL_ANY,
		 WHEN(IS("frequency", "WEEKLY", "BIWEEKLY")), THEN(SET("day_of_week")),
		 "This field is required if the frequency parameter is set to WEEKLY or BIWEEKLY.",
		 "CloudFormation registry: AWS::IoT::ScheduledAudit DayOfWeek"),
	AWS_SAYS("iot.job_template_document_or_source", "awscc.iot.job_template", AWS_CALL_CREATE,
		 ALWAYS, THEN(ANY_OF(SET("document"), SET("document_source"))),
		 "Required if you don't specify a value for documentSource.",
		 "CloudFormation registry: AWS::IoT::JobTemplate Document"),
	AWS_SAYS("iot.cfn_mitigation_action_one_param", "awscc.iot.mitigation_action", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("action_params.add_things_to_thing_group_params"),
				     SET("action_params.enable_io_t_logging_params"),
				     SET("action_params.publish_finding_to_sns_params"),
				     SET("action_params.replace_default_policy_version_params"),
				     SET("action_params.update_ca_certificate_params"),
				     SET("action_params.update_device_certificate_params"))),
		 "You can specify only one type of parameter (in other words, you can apply only one "
		 "action for each defined mitigation action).",
		 "CloudFormation registry: AWS::IoT::MitigationAction ActionParams"),
	AWS_SAYS("iot.custom_metric_name_not_aws", "awscc.iot.custom_metric", AWS_CALL_CREATE, ALWAYS,
		 THEN(NOT_MATCHES("metric_name", "^aws:")), "The name can't begin with aws:.",
		 "iot CreateCustomMetric metricName"),
	AWS_SAYS("iot.command_iot_namespace_no_role", "awscc.iot.command", AWS_CALL_ANY,
		 WHEN(IS("namespace", "AWS-IoT")), THEN(UNSET("role_arn")),
		 "This field is not supported when you use the AWS-IoT namespace.",
		 "iot CreateCommand roleArn"),
	AWS_SAYS("iot.command_fleetwise_namespace_role", "awscc.iot.command", AWS_CALL_ANY,
		 WHEN(IS("namespace", "AWS-IoT-FleetWise")), THEN(SET("role_arn")),
		 "The IAM role that you must provide when using the AWS-IoT-FleetWise namespace.",
		 "iot CreateCommand roleArn"),
	AWS_SAYS("iot.command_content_type_format", "awscc.iot.command", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("payload.content_type", "^[^/[:space:]]+/[^/[:space:]]+")),
		 "This field must use a type/subtype format, such as application/json.",
		 "iot CreateCommand payload.contentType"),
	/* its range, 60 to 86400, the registry's keywords hold */
	AWS_SAYS("iot.fleet_metric_period_minutes", "awscc.iot.fleet_metric", AWS_CALL_ANY, ALWAYS,
		 THEN(MULTIPLE_OF("period", 60)),
		 "Range [60(1 min), 86400(1 day)] and must be multiple of 60.",
		 "iot CreateFleetMetric period"),
	/* the region of "the same Amazon Web Services account and region"; the
	 * account is the caller's, which a validate does not ask */
	AWS_SAYS("iot.domain_ocsp_responder_in_region", "awscc.iot.domain_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("server_certificate_config.ocsp_authorized_responder_arn")),
		 "The certificate must be in the same Amazon Web Services account and region as the "
		 "domain configuration.",
		 "iot CreateDomainConfiguration serverCertificateConfig.ocspAuthorizedResponderArn"),
	AWS_SAYS("iot.domain_ocsp_lambda_in_region", "awscc.iot.domain_configuration", AWS_CALL_ANY,
		 ALWAYS, THEN(IN_REGION("server_certificate_config.ocsp_lambda_arn")),
		 "The Lambda function must be in the same Amazon Web Services account and region as "
		 "the domain configuration.",
		 "iot CreateDomainConfiguration serverCertificateConfig.ocspLambdaArn"),
	AWS_SAYS("iot.ca_sni_only_no_verification", "awscc.iot.ca_certificate", AWS_CALL_CREATE,
		 WHEN(IS("certificate_mode", "SNI_ONLY")), THEN(UNSET("verification_certificate_pem")),
		 "If certificateMode is SNI_ONLY, the verificationCertificate field must be empty.",
		 "iot RegisterCACertificate verificationCertificate"),
	/* a mode left out (DEFAULT, AWS's) is not judged: a premise on a value
	 * not sent does not hold */
	AWS_SAYS("iot.ca_default_verification", "awscc.iot.ca_certificate", AWS_CALL_CREATE,
		 WHEN(IS("certificate_mode", "DEFAULT")), THEN(SET("verification_certificate_pem")),
		 "If certificateMode is DEFAULT or not provided, the verificationCertificate field "
		 "must not be empty.", "iot RegisterCACertificate verificationCertificate"),
	/* through the role the alias references ("->", test_words_crossing.c's) */
	AWS_SAYS("iot.role_alias_duration_within_role", "awscc.iot.role_alias", AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("credential_duration_seconds", "role_arn->max_session_duration")),
		 "This value must be less than or equal to the maximum session duration of the IAM "
		 "role that the role alias references.",
		 "iot CreateRoleAlias credentialDurationSeconds"),
	/* The tag keys' reserved prefix where the registry's Tag.Key has no
	 * pattern that holds it (connect.words, iot.words: "cannot be prefixed
	 * with aws:"). */
#define TAG_KEYS(TYPE) RULE(TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: the type's Tag.Key")
	TAG_KEYS("awscc.connect.contact_flow_module"), TAG_KEYS("awscc.connect.email_address"),
	TAG_KEYS("awscc.connect.instance"), TAG_KEYS("awscc.connect.notification"),
	TAG_KEYS("awscc.connect.prompt"), TAG_KEYS("awscc.connect.queue"),
	TAG_KEYS("awscc.connect.traffic_distribution_group"), TAG_KEYS("awscc.connect.workspace"),
	TAG_KEYS("awscc.iot.ca_certificate"), TAG_KEYS("awscc.iot.certificate_provider"),
	TAG_KEYS("awscc.iot.role_alias"), TAG_KEYS("awscc.iot.software_package"),
	TAG_KEYS("awscc.iot.software_package_version"),
#undef TAG_KEYS
	{ NULL },
};
