/*
 * lex/rules.c: Amazon Lex V2's (bots, their locales, intents, slots and
 * slot types, aliases, versions, resource policies) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE, botocore's lexv2-models), and the written
 * rules that walk a bot's dialog (its next steps and waiting responses sit
 * at every depth, deep ones as JSON documents the registry nests past its
 * references) and a resource policy's grammar. Its ledger:
 * checks/words/lexv2-models.words.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/iam/api.h"

#define LEX "lexv2-models "
#define LEX_CFN "CloudFormation registry: AWS::Lex::Bot "
#define START_INTENT_WORDS "Only required when you're switching intents."
#define STILL_WAITING_WORDS "Minimum of 1 second, maximum of 5 minutes."
/* the regular expression operators a slot type's filter may not use: an
 * unescaped *, + or . and {x,} with no upper bound */
#define UNSUPPORTED_REGEX "(^|[^\\])[*+.]|[{][0-9]+,[}]"

/* What a dialog check finds in one object of the walk: 0, or -1 with one
 * line in err naming `at`, the object's path. */
typedef int (*lex_visit_fn)(const json_t *o, const char *at, struct strbuf *err);

/* Each object of v however deep (its members, a list's elements, a string
 * of JSON text parsed), visit first; `at` its path. A value not known yet
 * is left. */
static int lex_walk(const json_t *v, struct strbuf *at, lex_visit_fn visit, struct strbuf *err)
{
	size_t len = at->len, i;
	const char *key;
	const json_t *m;
	int rc = 0;

	if (json_is_string(v)) {
		json_t *parsed;
		const json_t *doc = aws_doc_json(v, &parsed);
		rc = doc ? lex_walk(doc, at, visit, err) : 0;
		json_decref(parsed);
		return rc;
	}
	if (json_is_object(v) && (rc = visit(v, at->len ? at->buf : ".", err)))
		return rc;
	if (json_is_object(v))
		json_object_foreach((json_t *)v, key, m) {
			strbuf_addf(at, "%s%s", at->len ? "." : "", key);
			rc = lex_walk(m, at, visit, err);
			strbuf_setlen(at, len);
			if (rc)
				return rc;
		}
	json_array_foreach(v, i, m) {
		strbuf_addf(at, "[%zu]", i);
		rc = lex_walk(m, at, visit, err);
		strbuf_setlen(at, len);
		if (rc)
			return rc;
	}
	return 0;
}

/* A dialog state (a next step: a dialog action and the intent) whose
 * action is StartIntent names the intent it switches to. */
static int start_intent_named(const json_t *o, const char *at, struct strbuf *err)
{
	const char *type = value_known_string(aws_doc_member(aws_doc_member(o, "dialog_action"),
							     "type"));
	const json_t *name = aws_doc_member(aws_doc_member(o, "intent"), "name");

	if (!type || strcmp(type, "StartIntent") || (name && !json_is_null(name)))
		return 0;
	strbuf_addf(err, "%s: a StartIntent dialog action without intent.name: AWS says \""
		    START_INTENT_WORDS "\" (" LEX "CreateIntent DialogState.intent.name)", at);
	return -1;
}

/* A slot's still-waiting response (of its value elicitation, a sub-slot's
 * too) is sent every 1 to 300 seconds. */
static int still_waiting_frequency(const json_t *o, const char *at, struct strbuf *err)
{
	const json_t *f = aws_doc_member(aws_doc_member(o, "still_waiting_response"),
					 "frequency_in_seconds");
	const char *text = value_known_string(f);
	double s = json_is_number(f) ? json_number_value(f) : text ? strtod(text, NULL) : 1;

	if (s >= 1 && s <= 300)
		return 0;
	strbuf_addf(err, "%s.still_waiting_response.frequency_in_seconds: %g: AWS says \""
		    STILL_WAITING_WORDS "\" (" LEX "CreateSlot valueElicitationSetting."
		    "waitAndContinueSpecification.stillWaitingResponse.frequencyInSeconds)", at, s);
	return -1;
}

/* A bot's dialog, each object of it however deep: a dialog state's
 * StartIntent names its intent; a still-waiting response's frequency is 1
 * to 300 seconds (one written row on the attribute: one mechanism each). */
static int dialog_object(const json_t *o, const char *at, struct strbuf *err)
{
	return start_intent_named(o, at, err) ? -1 : still_waiting_frequency(o, at, err);
}

static int rule_lex_bot_dialog(const json_t *v, const json_t *r, struct strbuf *err)
{
	struct strbuf at = STRBUF_INIT;
	int rc;

	(void)r;
	rc = lex_walk(v, &at, dialog_object, err);
	strbuf_release(&at);
	return rc;
}

/* A resource policy follows the IAM grammar (iam/rules.c's, as a bucket's). */
static int rule_lex_resource_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return aws_iam_resource_policy(v, 0, NULL, err);
}

#define EACH_INTENT(WHEN_, THEN_) \
	THEN(EACH("bot_locales", ALWAYS, THEN(EACH("intents", WHEN_, THEN_))))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A bot holds its locales, each its intents and slot types, an
 * intent its slots: what the API's CreateIntent, CreateSlot and
 * CreateSlotType say of one object is said of each element. */
const struct aws_check_row aws_rules_lex[] = {
	AWS_SAYS("lex.tag_key_not_aws", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("bot_tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:"))),
		      EACH("test_bot_alias_tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", LEX_CFN "Tag.Key"),
	AWS_SAYS("lex.fulfillment_updates_active", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 EACH_INTENT(ALWAYS,
			     THEN(EACH("fulfillment_code_hook.fulfillment_updates_specification",
				       WHEN(IS("active", "true")),
				       THEN(SET("start_response"), SET("update_response"),
					    SET("timeout_in_seconds"))))),
		 "If the active field is set to true, the startResponse, updateResponse, and "
		 "timeoutInSeconds fields are required.",
		 LEX "CreateIntent fulfillmentCodeHook.fulfillmentUpdatesSpecification.active"),
	AWS_SAYS("lex.intent_names_unique", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("bot_locales", ALWAYS, THEN(UNIQUE("intents[].name")))),
		 "Intent names must be unique in the locale that contains the intent and cannot "
		 "match the name of any built-in intent.", LEX "CreateIntent intentName"),
	AWS_SAYS("lex.kendra_index_in_region", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 EACH_INTENT(ALWAYS, THEN(IN_REGION("kendra_configuration.kendra_index"))),
		 "The index must be in the same account and Region as the Amazon Lex bot.",
		 LEX "CreateIntent kendraConfiguration.kendraIndex"),
	AWS_SAYS("lex.qna_not_with_kendra", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 EACH_INTENT(WHEN(SET("qn_a_intent_configuration")),
			     THEN(UNSET("kendra_configuration"))),
		 "If you specify this field, you can't specify the kendraConfiguration field.",
		 LEX "CreateIntent qnAIntentConfiguration"),
	/* within each intent, whose slots the registry nests in it (the API's
	 * "within the bot" is not held: the same slot name in two intents is
	 * how bots are written) */
	AWS_SAYS("lex.slot_names_unique", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 EACH_INTENT(ALWAYS, THEN(UNIQUE("slots[].name"))),
		 "Slot names must be unique within the bot that contains the slot.",
		 LEX "CreateSlot slotName"),
	AWS_SAYS("lex.slot_type_names_unique", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("bot_locales", ALWAYS, THEN(UNIQUE("slot_types[].name")))),
		 "A slot type name must be unique within the intent.",
		 LEX "CreateSlotType slotTypeName"),
	AWS_SAYS("lex.regex_filter_supported", "awscc.lex.bot", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("bot_locales", ALWAYS,
			   THEN(EACH("slot_types", ALWAYS,
				     THEN(NOT_MATCHES("value_selection_setting.regex_filter.pattern",
						      UNSUPPORTED_REGEX)))))),
		 "The following regular expression operators are not supported: Infinite "
		 "repeaters: *, +, or {x,} with no upper bound. Wild card (.)",
		 LEX "CreateSlotType valueSelectionSetting.regexFilter.pattern"),
	RULE("awscc.lex.bot", "bot_locales", rule_lex_bot_dialog,
	     LEX "CreateIntent DialogState.intent.name; CreateSlot stillWaitingResponse."
	     "frequencyInSeconds"),
	RULE("awscc.lex.resource_policy", "policy", rule_lex_resource_policy,
	     LEX "CreateResourcePolicy policy"),
	{ NULL },
};
