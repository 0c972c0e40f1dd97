/*
 * ssm/rules.c: the Systems Manager Parameter Store rules its models do not
 * carry (checks/rules.h): parameter names, a key only for a SecureString, the
 * size of a value per tier; AWS's words (checks/words/ssm.words) on the
 * written and the awscc parameter, and on the awscc types the handlers of
 * associations, documents, maintenance windows, patch baselines and
 * resource data syncs call.
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

/* CreateResourceDataSync S3Destination.AWSKMSKeyARN: "Must belong to the
 * same Region as the destination S3 bucket." The awscc resource data
 * sync's key, in its s3_destination or (the older form) beside its
 * bucket_name, against the bucket's region it gives; an ARN's region is
 * its fourth field, a key given by id or alias names no region. */
static int sync_key_region(const char *key, const char *region, const char *at,
			   struct strbuf *err)
{
	const char *from = key && !strncmp(key, "arn:", 4) ? key : NULL;
	size_t n;

	for (int field = 0; from && field < 3; field++)
		from = strchr(from, ':') ? strchr(from, ':') + 1 : NULL;
	if (!from || !region || !strchr(from, ':'))
		return 0;
	n = (size_t)(strchr(from, ':') - from);
	if (!n || (strlen(region) == n && !strncmp(from, region, n)))
		return 0;
	strbuf_addf(err, "%skms_key_arn: the key is of region %.*s, the bucket of %s: AWS says "
		    "\"Must belong to the same Region as the destination S3 bucket.\" (ssm "
		    "CreateResourceDataSync S3Destination.AWSKMSKeyARN)", at, (int)n, from, region);
	return -1;
}

static int rule_ssm_sync_key_region(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *dest = json_object_get(v, "s3_destination");

	(void)r;
	if (sync_key_region(value_known_member(dest, "kms_key_arn"),
			    value_known_member(dest, "bucket_region"), "s3_destination.", err))
		return -1;
	return sync_key_region(value_known_member(v, "kms_key_arn"),
			       value_known_member(v, "bucket_region"), "", err);
}

/* UpdateMaintenanceWindowTask TaskParameters (RegisterTaskWithMaintenanceWindow's
 * model says the same): "Key: string, between 1 and 255 characters" and
 * "Value: an array of strings, each string is between 1 and 255
 * characters"; the awscc task's task_parameters, a JSON map of a name to
 * {"Values": [...]}. */
static int rule_ssm_task_parameters(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *name;
	json_t *param;

	(void)r;
	if (!json_is_object(v))
		return 0;
	json_object_foreach((json_t *)v, name, param) {
		const json_t *values = json_object_get(param, "Values"), *one;
		size_t i;

		if (!*name || strlen(name) > 255) {
			strbuf_addf(err, "a parameter's name has %zu characters: AWS says \"Key: "
				    "string, between 1 and 255 characters\" (ssm "
				    "UpdateMaintenanceWindowTask TaskParameters)", strlen(name));
			return -1;
		}
		json_array_foreach(values, i, one) {
			const char *s = json_string_value(one);
			if (s && (!*s || strlen(s) > 255) && !value_holds_not_known(one)) {
				strbuf_addf(err, "%s's value %zu has %zu characters: AWS says "
					    "\"Value: an array of strings, each string is between "
					    "1 and 255 characters\" (ssm "
					    "UpdateMaintenanceWindowTask TaskParameters)", name, i,
					    strlen(s));
				return -1;
			}
		}
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
	RULE("awscc.ssm.resource_data_sync", "", rule_ssm_sync_key_region,
	     "ssm CreateResourceDataSync S3Destination.AWSKMSKeyARN"),
	RULE("awscc.ssm.maintenance_window_task", "task_parameters", rule_ssm_task_parameters,
	     "ssm UpdateMaintenanceWindowTask TaskParameters"),
	/* The awscc types of the handlers' calls (checks/words/ssm.words). A
	 * window that does not allow unassociated targets takes tasks on its
	 * registered targets only (a task names them by WindowTargetIds). */
	AWS_SAYS("ssm.cfn_task_registered_targets", "awscc.ssm.maintenance_window_task",
		 AWS_CALL_ANY, WHEN(IS("window_id->allow_unassociated_targets", "false")),
		 THEN(EACH("targets", ALWAYS, THEN(IS("key", "WindowTargetIds")))),
		 "If you don't enable this option, then you must specify previously-registered "
		 "targets when you register a task with the maintenance window.",
		 "ssm CreateMaintenanceWindow AllowUnassociatedTargets"),
	AWS_SAYS("ssm.cfn_targetless_task_no_rate", "awscc.ssm.maintenance_window_task",
		 AWS_CALL_ANY, WHEN(COUNT_IN("targets", NULL, 0, 0)),
		 THEN(UNSET("max_concurrency"), UNSET("max_errors")),
		 "For maintenance window tasks without a target specified, you can't supply a "
		 "value for this option.", "ssm RegisterTaskWithMaintenanceWindow MaxConcurrency"),
	AWS_SAYS("ssm.cfn_task_targets_rate", "awscc.ssm.maintenance_window_task", AWS_CALL_ANY,
		 WHEN(COUNT_IN("targets", NULL, 1, 1000)),
		 THEN(SET("max_concurrency"), SET("max_errors")),
		 "Although this element is listed as \"Required: No\", a value can be omitted "
		 "only when you are registering or updating a targetless task You must provide a "
		 "value in all other cases.",
		 "ssm RegisterTaskWithMaintenanceWindow MaxConcurrency"),
	AWS_SAYS("ssm.cfn_run_command_task_targets", "awscc.ssm.maintenance_window_task",
		 AWS_CALL_ANY, WHEN(IS("task_type", "RUN_COMMAND")),
		 THEN(COUNT_IN("targets", NULL, 1, 1000)),
		 "One or more targets must be specified for maintenance window Run Command-type "
		 "tasks.", "ssm RegisterTaskWithMaintenanceWindow Targets"),
	AWS_SAYS("ssm.cfn_cron_interval_not_rate", "awscc.ssm.association", AWS_CALL_ANY,
		 WHEN(IS("apply_only_at_cron_interval", "true")),
		 THEN(NOT_MATCHES("schedule_expression", "^ *rate\\(")),
		 "This parameter isn't supported for rate expressions.",
		 "ssm CreateAssociation ApplyOnlyAtCronInterval"),
	AWS_SAYS("ssm.cfn_schedule_offset_cron_interval", "awscc.ssm.association", AWS_CALL_ANY,
		 WHEN(SET("schedule_offset")),
		 THEN(SET("apply_only_at_cron_interval"),
		      IS("apply_only_at_cron_interval", "true")),
		 "To use offsets, you must specify the ApplyOnlyAtCronInterval parameter.",
		 "ssm CreateAssociation ScheduleOffset"),
	AWS_SAYS("ssm.cfn_instance_id_alone", "awscc.ssm.association", AWS_CALL_ANY,
		 WHEN(SET("instance_id")),
		 THEN(UNSET("association_name"), UNSET("document_version"), UNSET("max_errors"),
		      UNSET("max_concurrency"), UNSET("output_location"),
		      UNSET("schedule_expression")),
		 "In addition, if you use the parameter InstanceId, you can't use the parameters "
		 "AssociationName, DocumentVersion, MaxErrors, MaxConcurrency, OutputLocation, or "
		 "ScheduleExpression.", "ssm CreateAssociation InstanceId"),
	/* An Automation runbook's association (its document the stack's) on
	 * targets at a rate. */
	AWS_SAYS("ssm.cfn_automation_target_parameter", "awscc.ssm.association", AWS_CALL_ANY,
		 WHEN(IS("name->document_type", "Automation"), COUNT_IN("targets", NULL, 1, 1000),
		      ANY_OF(SET("max_concurrency"), SET("max_errors"))),
		 THEN(SET("automation_target_parameter_name")),
		 "This target is required for associations that use an Automation runbook and "
		 "target resources by using rate controls.",
		 "ssm CreateAssociation AutomationTargetParameterName"),
	/* Debian and Ubuntu left out: "Not supported for Debian Server or Ubuntu
	 * Server" is said of both members. */
	AWS_SAYS("ssm.cfn_patch_rule_approval", "awscc.ssm.patch_baseline", AWS_CALL_ANY,
		 WHEN(ANY_OF(UNSET("operating_system"),
			     IS_NOT("operating_system", "UBUNTU", "DEBIAN"))),
		 THEN(EACH("approval_rules.patch_rules", ALWAYS,
			   THEN(ANY_OF(SET("approve_after_days"), SET("approve_until_date"))))),
		 "This parameter is marked as Required: No, but your request must include a value "
		 "for either ApproveAfterDays or ApproveUntilDate.",
		 "ssm CreatePatchBaseline ApprovalRules.PatchRules.ApproveAfterDays"),
	AWS_SAYS("ssm.cfn_ubuntu_source_one_line", "awscc.ssm.patch_baseline", AWS_CALL_ANY,
		 WHEN(IS("operating_system", "UBUNTU")),
		 THEN(EACH("sources", ALWAYS, THEN(NOT_MATCHES("configuration", "\n")))),
		 "Repo information for Ubuntu Server repositories must be specifed in a single "
		 "line.",
		 "ssm CreatePatchBaseline Sources.Configuration"),
	AWS_SAYS("ssm.cfn_document_name_prefix", "awscc.ssm.document", AWS_CALL_CREATE,
		 WHEN(SET("name")),
		 THEN(NOT_MATCHES("name",
				  "^(aws|amazon|amzn|AWSEC2|AWSConfigRemediation|AWSSupport)")),
		 "You can't use the following strings as document name prefixes.",
		 "ssm CreateDocument Name"),
	AWS_SAYS("ssm.cfn_document_content_64kb", "awscc.ssm.document", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("content", 1, 65536)),
		 "The content of the document must not exceed 64KB.", "ssm CreateDocument Content"),
	AWS_SAYS("ssm.cfn_app_config_requires", "awscc.ssm.document", AWS_CALL_CREATE,
		 WHEN(IS("document_type", "ApplicationConfiguration")),
		 THEN(COUNT_IN("requires", NULL, 1, 1000)),
		 "When a user creates an AppConfig configuration in an SSM document, the user must "
		 "also specify a required document for validation purposes.",
		 "ssm CreateDocument Requires"),
	/* SyncToDestination is the default type. */
	AWS_SAYS("ssm.cfn_sync_to_destination_s3", "awscc.ssm.resource_data_sync",
		 AWS_CALL_CREATE,
		 WHEN(ANY_OF(UNSET("sync_type"), IS("sync_type", "SyncToDestination"))),
		 THEN(ANY_OF(SET("s3_destination"), SET("bucket_name"))),
		 "If you specify SyncToDestination, you must provide a value for S3Destination.",
		 "ssm CreateResourceDataSync SyncType"),
	AWS_SAYS("ssm.cfn_sync_from_source", "awscc.ssm.resource_data_sync", AWS_CALL_CREATE,
		 WHEN(IS("sync_type", "SyncFromSource")), THEN(SET("sync_source")),
		 "If you specify SyncFromSource, you must provide a value for SyncSource.",
		 "ssm CreateResourceDataSync SyncType"),
	AWS_SAYS("ssm.cfn_sync_source_type", "awscc.ssm.resource_data_sync", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("sync_source.source_type", "AwsOrganizations",
			 "SingleAccountMultiRegions")),
		 "SourceType is either AwsOrganizations (if an organization is present in "
		 "Organizations) or SingleAccountMultiRegions.",
		 "ssm CreateResourceDataSync SyncSource.SourceType"),
	AWS_SAYS("ssm.cfn_organization_source_type", "awscc.ssm.resource_data_sync",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS("sync_source.aws_organizations_source.organization_source_type",
			 "OrganizationalUnits", "EntireOrganization")),
		 "If an Amazon Web Services organization is present, this is either "
		 "OrganizationalUnits or EntireOrganization.",
		 "ssm CreateResourceDataSync "
		 "SyncSource.AwsOrganizationsSource.OrganizationSourceType"),
	{ NULL },
};
