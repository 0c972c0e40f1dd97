/*
 * ssm/rules.c: the Systems Manager Parameter Store rules its models do not
 * carry (checks/rules.h): parameter names, a key only for a SecureString, the
 * size of a value per tier; AWS's words (checks/words/ssm.words) on the
 * written and the awscc parameter.
 */
#include <ctype.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/ssm/api.h"
#include "provider/provider.h"

/* Parameter Store, "Creating Systems Manager parameters": "Parameter names
 * can't be prefixed with "aws" or "ssm" (case-insensitive)", also after a
 * leading "/"
 * (https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-su-create.html);
 * the characters and the length are the model's. */
int rule_ssm_parameter_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v), *p;

	(void)r;
	if (!s)
		return 0;
	p = *s == '/' ? s + 1 : s;
	if (!strncasecmp(p, "aws", 3) || !strncasecmp(p, "ssm", 3)) {
		strbuf_addf(err, "\"%s\" starts with \"%.3s\": a parameter name may not start with "
			    "aws or ssm (any case), e.g. \"/retail/nightly/watermark\"", s, p);
		return -1;
	}
	return 0;
}

/* PutParameter Value: "You can't include values wrapped in double brackets
 * {{}} or {{ssm:parameter-name}} in a parameter value." and "Parameters
 * can't be referenced or nested in the values of other parameters." A
 * value wholly wrapped is refused: that is wrapped on every reading of the
 * sentence (one that holds {{ }} inside other text may or may not be); so
 * is a reference to another parameter anywhere in it ({{ssm:NAME}},
 * {{ssm-secure:NAME}}: one nested, on every reading of the second). The
 * value is never quoted: a SecureString's is a secret. */
static int rule_ssm_value_not_wrapped(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	size_t n = s ? strlen(s) : 0;
	const char *ref = s ? strstr(s, "{{ssm:") : NULL;

	(void)r;
	if (n >= 4 && !strncmp(s, "{{", 2) && !strcmp(s + n - 2, "}}")) {
		strbuf_addstr(err, "the value is wrapped in double brackets ({{...}}): \"You can't "
			      "include values wrapped in double brackets {{}} or "
			      "{{ssm:parameter-name}} in a parameter value.\" (ssm PutParameter Value)");
		return -1;
	}
	if (!ref && s)
		ref = strstr(s, "{{ssm-secure:");
	if (!ref || !strstr(ref, "}}"))
		return 0;
	strbuf_addstr(err, "the value holds a reference to another parameter ({{ssm:...}}): "
		      "\"Parameters can't be referenced or nested in the values of other "
		      "parameters.\" (ssm PutParameter Value)");
	return -1;
}

/* SSM PutParameter DataType: "When you create a String parameter and
 * specify aws:ec2:image, Amazon Web Services Systems Manager validates the
 * parameter value is in the required format, such as ami-12345abcdeEXAMPLE"
 * (the census's cues miss it: checks/words/sentences.py); a value of
 * another form is never made (the call answers 200, the validation that
 * follows fails, "the parameter will not be created or updated"). The
 * id's form is the AMI kind's (cfn-lint's format, checks/kinds). The
 * written parameter's value is sensitive: the message quotes none of it. */
static int rule_ssm_ami_value(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *type = value_known_member(v, "data_type");
	const char *value = value_known_member(v, "value");
	size_t n = value ? strlen(value) : 0;
	(void)r;

	if (!type || strcmp(type, "aws:ec2:image") || !value)
		return 0;
	if (!strncmp(value, "ami-", 4) && (n == 12 || n == 21) &&
	    strspn(value + 4, "0123456789abcdefghijklmnopqrstuvwxyz") == n - 4)
		return 0;
	strbuf_addstr(err, "value: it is not an AMI's id (ami- and 8 or 17 letters and digits), "
		      "but data_type is aws:ec2:image: AWS says \"When you create a String parameter "
		      "and specify aws:ec2:image, Amazon Web Services Systems Manager validates the "
		      "parameter value is in the required format, such as ami-12345abcdeEXAMPLE\" "
		      "(e.g. value: \"ami-0123456789abcdef0\"; ssm PutParameter DataType)");
	return -1;
}

/* A row for the whole resource. PutParameter KeyId: "The Key Management
 * Service (KMS) ID that you want to use to encrypt a parameter. Use a custom
 * key for better security. Required for parameters that use the
 * SecureString data type" (and refused for the others); Tier: "Standard
 * parameters have a value limit of 4 KB. Advanced parameters have a value
 * limit of 8 KB"
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html). */
int rule_ssm_parameter(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *type = value_known_member(v, "parameter_type");
	const char *key = value_known_member(v, "key_id");
	const char *tier = value_known_member(v, "tier");
	const char *value = value_known_member(v, "value");
	/* Intelligent-Tiering makes a parameter Advanced when its value needs it. */
	bool roomy = tier && (!strcmp(tier, "Advanced") || !strcmp(tier, "Intelligent-Tiering"));
	size_t most = roomy ? 8192 : 4096;

	(void)r;
	if (type && key && *key && strcmp(type, "SecureString")) {
		strbuf_addf(err, "key_id is set for a %s parameter: a KMS key encrypts only a "
			    "SecureString (set parameter_type: SecureString, or leave key_id out)", type);
		return -1;
	}
	if (value && strlen(value) > most) {
		strbuf_addf(err, "value has %zu bytes: the %s tier holds at most %zu%s",
			    strlen(value), tier ? tier : "Standard", most,
			    roomy ? "" : " (tier: Advanced holds 8192)");
		return -1;
	}
	return 0;
}

/*
 * The Systems Manager rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
const struct aws_check_row aws_rules_ssm[] = {
	RULE("aws.ssm.parameter", "name", rule_ssm_parameter_name,
	     "Systems Manager User Guide: creating Parameter Store parameters (names)"),
	RULE("aws.ssm.parameter", "", rule_ssm_parameter, "SSM API reference: PutParameter KeyId, Tier"),
	RULE("aws.ssm.parameter", "value", rule_ssm_value_not_wrapped, "ssm PutParameter Value"),
	RULE("awscc.ssm.parameter", "value", rule_ssm_value_not_wrapped, "ssm PutParameter Value"),
	RULE("aws.ssm.parameter", "", rule_ssm_ami_value, "ssm PutParameter DataType"),
	RULE("awscc.ssm.parameter", "", rule_ssm_ami_value, "ssm PutParameter DataType"),
	/* AWS's words (checks/words/ssm.words). */
	AWS_SAYS("ssm.name_at_most_1011", "aws.ssm.parameter", AWS_CALL_CREATE, ALWAYS,
		 THEN(LEN_IN("name", 1, 1011)),
		 "The maximum length for a parameter name that you specify is 1011 characters.",
		 "ssm PutParameter Name"),
	AWS_SAYS("ssm.name_not_arn", "aws.ssm.parameter", AWS_CALL_CREATE, WHEN(SET("name")),
		 THEN(NOT_MATCHES("name", "^arn:")),
		 "You can't enter the Amazon Resource Name (ARN) for a parameter, only the parameter "
		 "name itself.", "ssm PutParameter Name"),
	/* (AWS removes the spaces at the beginning and the end.) */
	AWS_SAYS("ssm.name_no_spaces", "aws.ssm.parameter", AWS_CALL_CREATE, WHEN(SET("name")),
		 THEN(NOT_MATCHES("name", "[^ ] +[^ ]")), "Parameter names can't contain spaces.",
		 "ssm PutParameter Name"),
	AWS_SAYS("ssm.hierarchy_leading_slash", "aws.ssm.parameter", AWS_CALL_CREATE,
		 WHEN(MATCHES("name", "/")), THEN(MATCHES("name", "^ */")),
		 "For parameters in a hierarchy, you must include a leading forward slash character "
		 "(/) when you create or reference a parameter.", "ssm PutParameter Name"),
	/* What a level counts (the name's own part or not) is not said: 17
	 * parts is over fifteen levels on either reading. */
	AWS_SAYS("ssm.hierarchy_at_most_15_levels", "aws.ssm.parameter", AWS_CALL_CREATE,
		 WHEN(SET("name")), THEN(NOT_MATCHES("name", "(/[^/]+){17}")),
		 "Parameter hierarchies are limited to a maximum depth of fifteen levels.",
		 "ssm PutParameter Name"),
	/* The awscc twin's (its registry schema's maxLength is the model's
	 * 2048, and it has no pattern). */
	AWS_SAYS("ssm.cfn_name_at_most_1011", "awscc.ssm.parameter", AWS_CALL_CREATE, ALWAYS,
		 THEN(LEN_IN("name", 1, 1011)),
		 "The maximum length for a parameter name that you specify is 1011 characters.",
		 "CloudFormation registry: AWS::SSM::Parameter Name"),
	AWS_SAYS("ssm.cfn_name_not_arn", "awscc.ssm.parameter", AWS_CALL_CREATE, WHEN(SET("name")),
		 THEN(NOT_MATCHES("name", "^arn:")),
		 "You can't enter the Amazon Resource Name (ARN) for a parameter, only the parameter "
		 "name itself.", "ssm PutParameter Name"),
	AWS_SAYS("ssm.cfn_name_no_spaces", "awscc.ssm.parameter", AWS_CALL_CREATE,
		 WHEN(SET("name")), THEN(NOT_MATCHES("name", "[^ ] +[^ ]")),
		 "Parameter names can't contain spaces.", "ssm PutParameter Name"),
	AWS_SAYS("ssm.cfn_hierarchy_leading_slash", "awscc.ssm.parameter", AWS_CALL_CREATE,
		 WHEN(MATCHES("name", "/")), THEN(MATCHES("name", "^ */")),
		 "For parameters in a hierarchy, you must include a leading forward slash character "
		 "(/) when you create or reference a parameter.", "ssm PutParameter Name"),
	AWS_SAYS("ssm.cfn_hierarchy_at_most_15_levels", "awscc.ssm.parameter", AWS_CALL_CREATE,
		 WHEN(SET("name")), THEN(NOT_MATCHES("name", "(/[^/]+){17}")),
		 "Parameter hierarchies are limited to a maximum depth of fifteen levels.",
		 "ssm PutParameter Name"),
	/* The tier the parameter has now is the state's (read back from
	 * GetParameters); a tier left out sends Standard, but is not judged
	 * here (the update may send nothing of it). */
	AWS_SAYS("ssm.advanced_stays_advanced", "aws.ssm.parameter", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("tier", "Advanced"))), THEN(IS_NOT("tier", "Standard")),
		 "But you can't revert an advanced parameter to a standard parameter.",
		 "ssm PutParameter Tier"),
	AWS_SAYS("ssm.cfn_advanced_stays_advanced", "awscc.ssm.parameter", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("tier", "Advanced"))), THEN(IS_NOT("tier", "Standard")),
		 "But you can't revert an advanced parameter to a standard parameter.",
		 "ssm PutParameter Tier"),
	{ NULL },
};
