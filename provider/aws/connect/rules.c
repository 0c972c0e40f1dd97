/*
 * connect/rules.c: Amazon Connect's
 * rows of the one table of checks (checks/row.h) on the awscc types of
 * a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rules they need.
 * Its ledger: checks/words/connect.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

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

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_connect[] = {
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
	/* the one array of a validation (its enum's values: the shape has no
	 * other, and nests no validation in another) */
	AWS_SAYS("connect.validation_arrays_at_most_5", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS, THEN(COUNT_IN("validation.enum.values", NULL, 0, 5)),
		 "The maximum length of arrays within validations and depth of validations is 5.",
		 "connect CreateDataTableAttribute Validation"),
	AWS_SAYS("connect.validation_multiple_of_positive", "awscc.connect.data_table_attribute",
		 AWS_CALL_ANY, ALWAYS, THEN(ABOVE("validation.multiple_of", 0)),
		 "Must be greater than 0.", "connect CreateDataTableAttribute Validation.MultipleOf"),
	/* The tag keys' reserved prefix where the registry's Tag.Key has no
	 * pattern that holds it (connect.words, iot.words: "cannot be prefixed
	 * with aws:"). */
#define TAG_KEYS(TYPE) RULE(TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: the type's Tag.Key")
	TAG_KEYS("awscc.connect.contact_flow_module"), TAG_KEYS("awscc.connect.email_address"),
	TAG_KEYS("awscc.connect.instance"), TAG_KEYS("awscc.connect.notification"),
	TAG_KEYS("awscc.connect.prompt"), TAG_KEYS("awscc.connect.queue"),
	TAG_KEYS("awscc.connect.traffic_distribution_group"), TAG_KEYS("awscc.connect.workspace"),
#undef TAG_KEYS
	{ NULL },
};
