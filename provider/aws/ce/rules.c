/*
 * ce/rules.c: AWS Cost Explorer's (CloudFormation's CE: anomaly monitors,
 * anomaly subscriptions, cost categories) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does not
 * call (its objects are made through Cloud Control alone): AWS's words of
 * the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rules on the expressions and rules the
 * registry takes as JSON text (a monitor's specification, a subscription's
 * threshold expression, a cost category's rules and split charge rules).
 * Its ledger: checks/words/ce.words.
 */
#include "provider/aws/checks/rules.h"
#include <stdlib.h>
#include <string.h>

#define CE "ce "
#define IMPACT_KEYS "ANOMALY_TOTAL_IMPACT_ABSOLUTE", "ANOMALY_TOTAL_IMPACT_PERCENTAGE"
#define RULE_KEYS "LINKED_ACCOUNT_NAME", "SERVICE_CODE"
#define IMPACT_WORDS "ANOMALY_TOTAL_IMPACT_ABSOLUTE and ANOMALY_TOTAL_IMPACT_PERCENTAGE can " \
	"only be used in AnomalySubscriptions."
#define RULE_KEYS_WORDS "LINKED_ACCOUNT_NAME and SERVICE_CODE can only be used in " \
	"CostCategoryRule."
/* the ASCII marks AWS's "alphanumeric characters, spaces, and any of the
 * following: _.:/=+@-" leaves out (as s3tables/rules.c reads its own); a
 * letter or a number of any script passes */
#define TAG_MARKS "[]!\"#$%&'()*,;<>?[\\^`{|}~]"

/* The JSON of attribute `name` of v (the registry's JSON text), or NULL:
 * not sent, not known yet, not JSON. The caller frees it. */
static json_t *json_text(const json_t *v, const char *name)
{
	json_t *parsed;
	const json_t *doc = aws_doc_json(json_object_get(v, name), &parsed);

	return parsed ? parsed : json_incref((json_t *)doc);
}

static bool is_one_of(const json_t *s, const char *const *words)
{
	for (; json_is_string(s) && *words; words++)
		if (!strcmp(json_string_value(s), *words))
			return true;
	return false;
}

static int refuse(struct strbuf *err, const char *attr, const char *what, const char *words,
		  const char *member)
{
	strbuf_addf(err, "%s: %s: AWS says \"%s\" (" CE "%s)", attr, what, words, member);
	return -1;
}

/* Each Dimensions object of an expression however deep (And, Or, Not):
 * its key none of `keys`; of an impact key in a threshold expression
 * (`threshold`), GREATER_THAN_OR_EQUAL among its match options and each
 * value a number 0 to 10,000,000,000 in a string. */
static int walk_expression(const json_t *e, const char *attr, const char *const *keys,
			   const char *words, bool threshold, const char *member,
			   struct strbuf *err)
{
	static const char *const impact[] = { IMPACT_KEYS, NULL };
	static const char *const ge[] = { "GREATER_THAN_OR_EQUAL", NULL };
	const char *k;
	const json_t *m, *d = json_object_get(e, "Dimensions");
	size_t i;

	if (json_is_array(e))
		json_array_foreach(e, i, m)
			if (walk_expression(m, attr, keys, words, threshold, member, err))
				return -1;
	if (!json_is_object(e))
		return 0;
	if (is_one_of(json_object_get(d, "Key"), keys))
		return refuse(err, attr, json_string_value(json_object_get(d, "Key")), words,
			      member);
	if (threshold && is_one_of(json_object_get(d, "Key"), impact)) {
		bool found = false;
		json_array_foreach(json_object_get(d, "MatchOptions"), i, m)
			found |= is_one_of(m, ge);
		if (!found)
			return refuse(err, attr, "no GREATER_THAN_OR_EQUAL", "The match option "
				      "GREATER_THAN_OR_EQUAL is required.", member);
		json_array_foreach(json_object_get(d, "Values"), i, m) {
			char *end = NULL;
			double n = json_is_string(m) ? strtod(json_string_value(m), &end) : -1;
			if (!end || *end || end == json_string_value(m) || n < 0 || n > 1e10)
				return refuse(err, attr, "a value not a number 0 to 10,000,000,000",
					      "Values must be numbers between 0 and "
					      "10,000,000,000 in string format.", member);
		}
	}
	json_object_foreach((json_t *)e, k, m)
		if (strcmp(k, "Dimensions") &&
		    walk_expression(m, attr, keys, words, threshold, member, err))
			return -1;
	return 0;
}

/* A monitor's specification: no key of cost category rules or of
 * subscriptions. */
static int rule_ce_monitor_specification(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const keys[] = { RULE_KEYS, IMPACT_KEYS, NULL };
	json_t *e = json_text(v, "monitor_specification");
	int rc = walk_expression(e, "monitor_specification", keys,
				 "LINKED_ACCOUNT_NAME and SERVICE_CODE can only be used in "
				 "CostCategoryRule; ANOMALY_TOTAL_IMPACT_ABSOLUTE and "
				 "ANOMALY_TOTAL_IMPACT_PERCENTAGE can only be used in "
				 "AnomalySubscriptions.", false,
				 "CreateAnomalyMonitor AnomalyMonitor.MonitorSpecification."
				 "Dimensions.Key", err);
	(void)r;
	json_decref(e);
	return rc;
}

/* A subscription's threshold expression: no key of cost category rules;
 * its impact keys from GREATER_THAN_OR_EQUAL, their values numbers. */
static int rule_ce_threshold_expression(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const keys[] = { RULE_KEYS, NULL };
	json_t *e = json_text(v, "threshold_expression");
	int rc = walk_expression(e, "threshold_expression", keys, RULE_KEYS_WORDS, true,
				 "CreateAnomalySubscription AnomalySubscription."
				 "ThresholdExpression", err);
	(void)r;
	json_decref(e);
	return rc;
}

/* A cost category's rules (each REGULAR or INHERITED_VALUE, no key of
 * subscriptions) and split charge rules (a FIXED method's parameters; a
 * source no other rule's source or target, a target no rule's source). */
static int rule_ce_cost_category(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const keys[] = { IMPACT_KEYS, NULL };
	static const char *const types[] = { "REGULAR", "INHERITED_VALUE", NULL };
	static const char *const fixed[] = { "FIXED", NULL };
	json_t *rules = json_text(v, "rules"), *split = json_text(v, "split_charge_rules");
	const json_t *rule, *other, *t;
	size_t i, k, n;
	int rc = 0;

	(void)r;
	json_array_foreach(rules, i, rule) {
		const json_t *type = json_object_get(rule, "Type");
		if (type && !is_one_of(type, types))
			rc = refuse(err, "rules", "a type neither REGULAR nor INHERITED_VALUE",
				    "You can define the CostCategoryRule rule type as either REGULAR "
				    "or INHERITED_VALUE.", "CreateCostCategoryDefinition Rules.Type");
		else
			rc = walk_expression(json_object_get(rule, "Rule"), "rules", keys,
					     IMPACT_WORDS, false, "CreateCostCategoryDefinition "
					     "Rules.Rule.Dimensions.Key", err);
		if (rc)
			goto done;
	}
	json_array_foreach(split, i, rule) {
		const json_t *source = json_object_get(rule, "Source");
		if (is_one_of(json_object_get(rule, "Method"), fixed) &&
		    !json_object_get(rule, "Parameters")) {
			rc = refuse(err, "split_charge_rules", "a FIXED method without parameters",
				    "This is only required for the FIXED method.",
				    "CreateCostCategoryDefinition SplitChargeRules.Parameters");
			goto done;
		}
		json_array_foreach(split, k, other) {
			if (k == i)
				continue;
			if (k < i && json_is_string(source) &&
			    json_equal(source, json_object_get(other, "Source"))) {
				rc = refuse(err, "split_charge_rules", json_string_value(source),
					    "That value can't be used as a source or a target in "
					    "other split charge rules.", "CreateCostCategoryDefinition "
					    "SplitChargeRules.Source");
				goto done;
			}
			json_array_foreach(json_object_get(other, "Targets"), n, t)
				if (json_is_string(source) && json_equal(source, t)) {
					rc = refuse(err, "split_charge_rules",
						    json_string_value(source), "These values can't be "
						    "used as a source in other split charge rules.",
						    "CreateCostCategoryDefinition SplitChargeRules."
						    "Targets");
					goto done;
				}
		}
	}
done:
	json_decref(rules);
	json_decref(split);
	return rc;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_ce[] = {
	/* an anomaly monitor's dimension and specification */
	AWS_SAYS("ce.custom_monitor_no_dimension", "awscc.ce.anomaly_monitor", AWS_CALL_ANY,
		 WHEN(IS("monitor_type", "CUSTOM")), THEN(UNSET("monitor_dimension")),
		 "For customer managed monitors, do not specify this field.",
		 CE "CreateAnomalyMonitor AnomalyMonitor.MonitorDimension"),
	AWS_SAYS("ce.tag_monitor_specification", "awscc.ce.anomaly_monitor", AWS_CALL_ANY,
		 WHEN(IS("monitor_dimension", "TAG", "COST_CATEGORY")),
		 THEN(SET("monitor_specification")),
		 "For TAG and COST_CATEGORY dimensions, you must also specify MonitorSpecification "
		 "to configure the specific tag or cost category key to analyze.",
		 CE "CreateAnomalyMonitor AnomalyMonitor.MonitorDimension"),
	AWS_SAYS("ce.service_monitor_no_specification", "awscc.ce.anomaly_monitor", AWS_CALL_ANY,
		 WHEN(IS("monitor_dimension", "SERVICE", "LINKED_ACCOUNT")),
		 THEN(UNSET("monitor_specification")),
		 "If MonitorDimension is SERVICE or LINKED_ACCOUNT, do not specify this field",
		 CE "CreateAnomalyMonitor AnomalyMonitor.MonitorSpecification"),
	RULE("awscc.ce.anomaly_monitor", "", rule_ce_monitor_specification,
	     CE "CreateAnomalyMonitor AnomalyMonitor.MonitorSpecification"),
	/* an anomaly subscription's threshold */
	AWS_SAYS("ce.one_threshold", "awscc.ce.anomaly_subscription", AWS_CALL_ANY, ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("threshold"), SET("threshold_expression"))),
		 "One of Threshold or ThresholdExpression is required for this resource.",
		 CE "CreateAnomalySubscription AnomalySubscription.Threshold"),
	RULE("awscc.ce.anomaly_subscription", "", rule_ce_threshold_expression,
	     CE "CreateAnomalySubscription AnomalySubscription.ThresholdExpression"),
	/* a cost category */
	AWS_SAYS("ce.effective_start_month", "awscc.ce.cost_category", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("effective_start", "^[0-9]{4}-[0-9]{2}-01T")),
		 "It can only be a billing start date (first day of the month).",
		 CE "CreateCostCategoryDefinition EffectiveStart"),
	RULE("awscc.ce.cost_category", "", rule_ce_cost_category,
	     CE "CreateCostCategoryDefinition Rules"),
	/* every type's tags (a monitor's and a subscription's resource_tags, a
	 * cost category's tags) */
	AWS_SAYS("ce.tags_at_most_50", "awscc.ce.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("resource_tags", 0, 50), LEN_IN("tags", 0, 50)),
		 "Although the maximum number of array members is 200, you can assign a maximum of "
		 "50 user-tags to one resource.", CE "CreateAnomalyMonitor ResourceTags"),
	AWS_SAYS("ce.tag_keys_unique", "awscc.ce.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("resource_tags[].key"), UNIQUE("tags[].key")),
		 "Each tag consists of a key and a value, and each key must be unique for the "
		 "resource.", CE "CreateAnomalyMonitor ResourceTags"),
	AWS_SAYS("ce.tag_chars", "awscc.ce.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("resource_tags", ALWAYS,
			   THEN(NOT_MATCHES("key", TAG_MARKS), NOT_MATCHES("value", TAG_MARKS))),
		      EACH("tags", ALWAYS,
			   THEN(NOT_MATCHES("key", TAG_MARKS), NOT_MATCHES("value", TAG_MARKS)))),
		 "Keys and values can only contain alphanumeric characters, spaces, and any of the "
		 "following: _.:/=+@-", CE "CreateAnomalyMonitor ResourceTags"),
	{ NULL },
};
