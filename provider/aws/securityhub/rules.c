/*
 * securityhub/rules.c: AWS Security Hub's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rules of the findings filters (the
 * comparisons of one field, an automation rule's criteria lists), the
 * custom parameters of a control, a hub's tag keys.
 * Its ledger: checks/words/securityhub.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define SH "securityhub "
#define SAYS_CONTAINS "CONTAINS filters can only be used with other CONTAINS filters."
#define SAYS_NOT_CONTAINS "NOT_CONTAINS filters can only be used with other NOT_CONTAINS " \
	"filters."
#define SAYS_EQUALS "Similarly, you can't provide both an EQUALS filter and a NOT_EQUALS or " \
	"PREFIX_NOT_EQUALS filter on the same field."

/* The sentence the comparisons cmp[0..n) of one field break (NULL: none). */
static const char *comparisons_conflict(const char *const *cmp, size_t n)
{
	bool contains = false, not_contains = false, equals = false, negated = false;
	bool besides_contains = false, besides_not_contains = false;

	for (size_t i = 0; i < n; i++) {
		bool c = !strcmp(cmp[i], "CONTAINS"), nc = !strcmp(cmp[i], "NOT_CONTAINS");
		contains |= c;
		besides_contains |= !c;
		not_contains |= nc;
		besides_not_contains |= !nc;
		equals |= !strcmp(cmp[i], "EQUALS");
		negated |= !strcmp(cmp[i], "NOT_EQUALS") || !strcmp(cmp[i], "PREFIX_NOT_EQUALS");
	}
	if (contains && besides_contains)
		return SAYS_CONTAINS;
	if (not_contains && besides_not_contains)
		return SAYS_NOT_CONTAINS;
	return equals && negated ? SAYS_EQUALS : NULL;
}

/* Filter i of a list: its field within the list (a map filter's key; in
 * an OCSF criteria's filter, its field name and key) into field, its
 * comparison (NULL: none known). */
static const char *filter_of(const json_t *item, bool ocsf, struct strbuf *field)
{
	const json_t *f = ocsf ? json_object_get(item, "filter") : item;
	const char *key = value_known_string(json_object_get(f, "key"));

	strbuf_reset(field);
	if (ocsf)
		strbuf_addstr(field, value_known_string(json_object_get(item, "field_name")) ?
			      value_known_string(json_object_get(item, "field_name")) : "");
	if (key)
		strbuf_addf(field, "\x1f%s", key);
	return value_known_string(json_object_get(f, "comparison"));
}

/* The filters of list `list` (at path `at`), grouped by field: no field's
 * comparisons break AWS's words. A field with a comparison not known yet
 * passes. */
static int list_comparisons(const json_t *list, bool ocsf, const char *at, const char *source,
			    struct strbuf *err)
{
	struct strbuf field = STRBUF_INIT, other = STRBUF_INIT;
	size_t n = json_array_size(list);
	const char *cmp[128];
	int rc = 0;

	if (n > sizeof(cmp) / sizeof(*cmp))
		return 0;
	for (size_t i = 0; i < n && !rc; i++) {
		size_t k = 0;
		bool known = filter_of(json_array_get(list, i), ocsf, &field) != NULL;
		for (size_t j = 0; j < n && known; j++) {
			const char *c = filter_of(json_array_get(list, j), ocsf, &other);
			if (strcmp(other.buf, field.buf))
				continue;
			known = c != NULL;
			cmp[k++] = c;
		}
		const char *says = known ? comparisons_conflict(cmp, k) : NULL;
		if (says) {
			strbuf_addf(err, "%s[%zu].comparison: the filters on its field combine "
				    "comparisons AWS refuses together: AWS says \"%s\" (" SH "%s)",
				    at, i, says, source);
			rc = -1;
		}
	}
	strbuf_release(&field);
	strbuf_release(&other);
	return rc;
}

/* The comparisons of one field of an insight's filters, an automation
 * rule's criteria, an OCSF automation rule's composite filters: a CONTAINS
 * filter with CONTAINS filters alone, a NOT_CONTAINS one with NOT_CONTAINS
 * ones alone, no EQUALS with a NOT_EQUALS or PREFIX_NOT_EQUALS. */
int rule_securityhub_filter_comparisons(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *filters = json_object_get(v, "filters"), *list, *c;
	const json_t *composite = json_object_get(json_object_get(json_object_get(v, "criteria"),
								  "ocsf_finding_criteria"),
						  "composite_filters");
	struct strbuf at = STRBUF_INIT;
	const char *name;
	size_t i;
	int rc = 0;

	(void)r;
	if (!filters)
		filters = json_object_get(v, "criteria");
	json_object_foreach((json_t *)filters, name, list) {
		if (rc || !json_is_array(list))
			continue;
		strbuf_reset(&at);
		strbuf_addf(&at, "%s.%s", json_object_get(v, "filters") ? "filters" : "criteria", name);
		rc = list_comparisons(list, false, at.buf, "StringFilter Comparison", err);
	}
	json_array_foreach(composite, i, c) {
		static const char *const lists[] = { "string_filters", "map_filters" };
		for (size_t l = 0; l < 2 && !rc; l++) {
			strbuf_reset(&at);
			strbuf_addf(&at, "criteria.ocsf_finding_criteria.composite_filters[%zu].%s", i,
				    lists[l]);
			rc = list_comparisons(json_object_get(c, lists[l]), true, at.buf,
					      "StringFilter Comparison", err);
		}
	}
	strbuf_release(&at);
	return rc;
}

/* An automation rule's criteria: each list given holds one filter at least. */
int rule_securityhub_criteria_items(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *list;
	const char *name;

	(void)r;
	json_object_foreach(json_object_get(v, "criteria"), name, list) {
		if (!json_is_array(list) || json_array_size(list))
			continue;
		strbuf_addf(err, "criteria.%s is an empty list: AWS says \"Array Members: Minimum "
			    "number of 1 item.\" (" SH "CreateAutomationRule Criteria)", name);
		return -1;
	}
	return 0;
}

/* The parameters document `doc` (at path `at`, written as an object or as
 * its text; one not known yet passes): a CUSTOM parameter's value given,
 * not empty. */
static int custom_values(const json_t *doc, const char *at, struct strbuf *err)
{
	json_t *parsed;
	const json_t *params = aws_doc_json(doc, &parsed), *p, *value;
	const char *name;
	int rc = 0;

	if (!json_is_object(params) || value_holds_not_known(params))
		params = NULL;
	json_object_foreach((json_t *)params, name, p) {
		const char *type = value_known_string(aws_doc_member(p, "value_type"));
		value = aws_doc_member(p, "value");
		if (!type || strcmp(type, "CUSTOM") ||
		    (value && !(json_is_object(value) && !json_object_size(value))))
			continue;
		strbuf_addf(err, "%s.%s: its value_type is CUSTOM and its value is %s: AWS says "
			    "\"When ValueType is set equal to CUSTOM, the Value field can't be "
			    "empty.\" (" SH "UpdateSecurityControl Parameters.ValueType)", at, name,
			    value ? "empty" : "not given");
		rc = -1;
		break;
	}
	json_decref(parsed);
	return rc;
}

/* A control's custom parameters: a security control's, or each of a
 * configuration policy's. */
int rule_securityhub_custom_parameters(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *hub = json_object_get(json_object_get(v, "configuration_policy"),
					    "security_hub");
	const json_t *custom = json_object_get(json_object_get(hub, "security_controls_configuration"),
					       "security_control_custom_parameters"), *c;
	char at[160];
	size_t i;

	(void)r;
	if (custom_values(json_object_get(v, "parameters"), "parameters", err))
		return -1;
	json_array_foreach(custom, i, c) {
		snprintf(at, sizeof(at), "configuration_policy.security_hub.security_controls_"
			 "configuration.security_control_custom_parameters[%zu].parameters", i);
		if (custom_values(json_object_get(c, "parameters"), at, err))
			return -1;
	}
	return 0;
}

/* A hub's tags (a map): each key of 1 to 128 characters, not aws:. */
int rule_securityhub_tag_keys(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *value;
	const char *key;

	(void)r;
	json_object_foreach(json_object_get(v, "tags"), key, value) {
		size_t chars = 0;
		(void)value;
		if (strstr(key, "${"))
			continue;
		for (const char *c = key; *c; c++)
			chars += ((unsigned char)*c & 0xC0) != 0x80;
		if (chars >= 1 && chars <= 128 && strncmp(key, "aws:", 4))
			continue;
		strbuf_addf(err, "tags: the key \"%s\" %s: AWS says \"You can specify a key that is "
			    "1 to 128 Unicode characters in length and cannot be prefixed with aws:.\" "
			    "(CloudFormation registry: AWS::SecurityHub::HubV2 Tags)", key,
			    chars >= 1 && chars <= 128 ? "begins with aws:" : "is not 1 to 128 long");
		return -1;
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_securityhub[] = {
	RULE("awscc.securityhub.insight", "", rule_securityhub_filter_comparisons,
	     SH "CreateInsight Filters"),
	RULE("awscc.securityhub.automation_rule", "", rule_securityhub_filter_comparisons,
	     SH "CreateAutomationRule Criteria"),
	RULE("awscc.securityhub.automation_rule_v2", "", rule_securityhub_filter_comparisons,
	     SH "CreateAutomationRuleV2 Criteria"),
	RULE("awscc.securityhub.automation_rule", "", rule_securityhub_criteria_items,
	     SH "CreateAutomationRule Criteria"),
	RULE("awscc.securityhub.security_control", "", rule_securityhub_custom_parameters,
	     SH "UpdateSecurityControl Parameters"),
	RULE("awscc.securityhub.configuration_policy", "", rule_securityhub_custom_parameters,
	     SH "CreateConfigurationPolicy ConfigurationPolicy"),
	RULE("awscc.securityhub.hub_v2", "", rule_securityhub_tag_keys,
	     "CloudFormation registry: AWS::SecurityHub::HubV2 Tags"),
	/* a control disabled in a standard */
	AWS_SAYS("securityhub.disabled_control_reason",
		 "awscc.securityhub.standard", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("disabled_standards_controls", ALWAYS, THEN(SET("reason")))),
		 "If you are disabling a control, then this property is required.",
		 "CloudFormation registry: AWS::SecurityHub::Standard StandardsControl.Reason"),
	/* an organization configured centrally */
	AWS_SAYS("securityhub.central_auto_enable",
		 "awscc.securityhub.organization_configuration", AWS_CALL_ANY,
		 WHEN(IS("configuration_type", "CENTRAL")), THEN(IS("auto_enable", "false")),
		 "If the ConfigurationType of your organization is set to CENTRAL, then this field "
		 "is set to false and can't be changed in the home Region and linked Regions.",
		 SH "UpdateOrganizationConfiguration AutoEnable"),
	AWS_SAYS("securityhub.central_auto_enable_standards",
		 "awscc.securityhub.organization_configuration", AWS_CALL_ANY,
		 WHEN(IS("configuration_type", "CENTRAL")), THEN(IS("auto_enable_standards", "NONE")),
		 "If the ConfigurationType of your organization is set to CENTRAL, then this field "
		 "is set to NONE and can't be changed in the home Region and linked Regions.",
		 SH "UpdateOrganizationConfiguration AutoEnableStandards"),
	{ NULL },
};
