/*
 * b2bi/rules.c: AWS B2B Data Interchange's (capabilities, partnerships,
 * profiles, transformers) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), written as rules on the JSON documents the registry nests
 * (a partnership's outbound EDI options; a transformer's X12 validation
 * rules, past the depth terrace's schema carries the registry's enums to).
 * Its ledger: checks/words/b2bi.words.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"

#define B2BI "b2bi "
#define ONE_LINE_WORDS "When you specify ONE_LINE, do not provide either the line length nor " \
	"the line terminator value."
#define REQUIREMENT_WORDS "Valid values are OPTIONAL (the element may be omitted) or " \
	"MANDATORY (the element must be present)."

/* Member `name` of v (an object, or its JSON text, by awscc's keys or
 * CloudFormation's); NULL: none, or not known. *parsed: the new reference
 * to release (NULL: none). */
static const json_t *doc_member(const json_t *v, const char *name, json_t **parsed)
{
	return aws_doc_member(aws_doc_json(v, parsed), name);
}

/* A partnership's outbound X12 wrap options: with ONE_LINE, neither a line
 * length nor a line terminator. */
static int rule_b2bi_one_line_wrap(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed;
	const json_t *x12 = aws_doc_member(doc_member(v, "outbound_edi", &parsed), "x12");
	const json_t *wrap = aws_doc_member(x12, "wrap_options");
	const char *by = value_known_string(aws_doc_member(wrap, "wrap_by"));
	const char *given = aws_doc_member(wrap, "line_length") ? "line length" :
			    aws_doc_member(wrap, "line_terminator") ? "line terminator" : NULL;
	int rc = 0;

	(void)r;
	if (by && !strcmp(by, "ONE_LINE") && given) {
		strbuf_addf(err, "outbound_edi.X12.WrapOptions: ONE_LINE with a %s: AWS says \""
			    ONE_LINE_WORDS "\" (" B2BI "CreatePartnership capabilityOptions."
			    "outboundEdi.x12.wrapOptions.wrapBy)", given);
		rc = -1;
	}
	json_decref(parsed);
	return rc;
}

/* A transformer's X12 validation rules (of its input or output conversion):
 * each element requirement OPTIONAL or MANDATORY. */
static int rule_b2bi_element_requirement(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed;
	const json_t *rules = doc_member(aws_doc_member(aws_doc_member(aws_doc_member(v,
		"advanced_options"), "x12"), "validation_options"), "validation_rules", &parsed);
	const json_t *rule;
	size_t i;
	int rc = 0;

	(void)r;
	json_array_foreach(rules, i, rule) {
		const char *req = value_known_string(aws_doc_member(
			aws_doc_member(rule, "element_requirement_validation_rule"), "requirement"));
		if (!req || !strcmp(req, "OPTIONAL") || !strcmp(req, "MANDATORY"))
			continue;
		strbuf_addf(err, "advanced_options.x12.validation_options.validation_rules[%zu]."
			    "ElementRequirementValidationRule.Requirement: \"%s\": AWS says \""
			    REQUIREMENT_WORDS "\" (" B2BI "CreateTransformer inputConversion."
			    "advancedOptions.x12.validationOptions.validationRules."
			    "elementRequirementValidationRule.requirement)", i, req);
		rc = -1;
		break;
	}
	json_decref(parsed);
	return rc;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_b2bi[] = {
	RULE("awscc.b2bi.partnership", "capability_options", rule_b2bi_one_line_wrap,
	     B2BI "CreatePartnership capabilityOptions.outboundEdi.x12.wrapOptions.wrapBy"),
	RULE("awscc.b2bi.transformer", "input_conversion", rule_b2bi_element_requirement,
	     B2BI "CreateTransformer inputConversion.advancedOptions.x12.validationOptions"),
	RULE("awscc.b2bi.transformer", "output_conversion", rule_b2bi_element_requirement,
	     B2BI "CreateTransformer outputConversion.advancedOptions.x12.validationOptions"),
	{ NULL },
};
