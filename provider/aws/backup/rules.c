/*
 * backup/rules.c: AWS Backup's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule of a backup plan's lifecycles and
 * backup options. Its ledger: checks/words/backup.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define BK "backup "
#define RULES "backup_plan.backup_plan_rule"
#define LOCK "lock_configuration."
#define SELECTION "recovery_point_selection."
/* a lifecycle's days at most 100 years */
#define LIFECYCLE_DAYS(P) IN(P "delete_after_days", 0, 36500), \
	IN(P "move_to_cold_storage_after_days", 0, 36500)
#define CONDITION_LENGTHS THEN(LEN_IN("key", 1, 128), LEN_IN("value", 0, 256))
/* a list of ARNs or the wildcard alone */
#define WILDCARD_ALONE(LIST) ANY_OF(COUNT_WHERE(LIST, 0, 0, IS("", "*")), LEN_IN(LIST, 1, 1))
/* at most 500 ARNs, 30 when one has a wildcard */
#define ARN_COUNTS(LIST) LEN_IN(LIST, 0, 500), \
	ANY_OF(COUNT_WHERE(LIST, 0, 0, MATCHES("", "[*]")), LEN_IN(LIST, 0, 30))

/* A lifecycle's days in cold storage: at least 90 before it expires. */
static int cold_90(const json_t *lifecycle, const char *where, struct strbuf *err)
{
	const json_t *cold = json_object_get(lifecycle, "move_to_cold_storage_after_days");
	const json_t *del = json_object_get(lifecycle, "delete_after_days");

	if (!json_is_number(cold) || !json_is_number(del) ||
	    json_number_value(del) >= json_number_value(cold) + 90)
		return 0;
	strbuf_addf(err, "%s.delete_after_days %g is not 90 days after move_to_cold_storage_after_days "
		    "%g: AWS says \"This value must be at least 90 days after the number of days "
		    "specified in MoveToColdStorageAfterDays.\" (" BK "CreateBackupPlan "
		    "BackupPlan.Rules.Lifecycle.DeleteAfterDays)", where, json_number_value(del),
		    json_number_value(cold));
	return -1;
}

/* An advanced setting's backup options (a JSON document, written as an
 * object or as its text): each option one AWS names, enabled or disabled. */
static int backup_options(const json_t *options, size_t at, struct strbuf *err)
{
	static const char *const names[] = { "WindowsVSS", "BackupACLs", "BackupObjectTags", NULL };
	json_t *parsed;
	const char *key;
	const json_t *value;
	int rc = 0;

	options = aws_doc_json(options, &parsed);
	if (!json_is_object(options) || value_holds_not_known(options)) {
		json_decref(parsed);
		return 0;
	}
	json_object_foreach((json_t *)options, key, value) {
		bool named = false;
		for (const char *const *n = names; *n; n++)
			named |= !strcmp(key, *n);
		if (named && json_is_string(value) &&
		    (!strcmp(json_string_value(value), "enabled") ||
		     !strcmp(json_string_value(value), "disabled")))
			continue;
		strbuf_addf(err, "backup_plan.advanced_backup_settings[%zu].backup_options names "
			    "\"%s\", not an option AWS names (WindowsVSS, BackupACLs, "
			    "BackupObjectTags: enabled or disabled): AWS says \"If you specify an "
			    "invalid option, you get an InvalidParameterValueException exception.\" ("
			    BK "CreateBackupPlan BackupPlan.AdvancedBackupSettings.BackupOptions)", at,
			    key);
		rc = -1;
		break;
	}
	json_decref(parsed);
	return rc;
}

/* A backup plan's rules' lifecycles and copy actions' (at least 90 days in
 * cold storage before they expire), and its advanced settings' backup
 * options. Values not known yet pass. */
int rule_backup_plan_documents(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *plan = json_object_get(v, "backup_plan"), *rules, *rule, *copies, *copy;
	const json_t *settings, *setting;
	char where[128];
	size_t i, k;

	(void)r;
	rules = json_object_get(plan, "backup_plan_rule");
	json_array_foreach(rules, i, rule) {
		snprintf(where, sizeof(where), RULES "[%zu].lifecycle", i);
		if (cold_90(json_object_get(rule, "lifecycle"), where, err))
			return -1;
		copies = json_object_get(rule, "copy_actions");
		json_array_foreach(copies, k, copy) {
			snprintf(where, sizeof(where), RULES "[%zu].copy_actions[%zu].lifecycle", i, k);
			if (cold_90(json_object_get(copy, "lifecycle"), where, err))
				return -1;
		}
	}
	settings = json_object_get(plan, "advanced_backup_settings");
	json_array_foreach(settings, i, setting)
		if (backup_options(json_object_get(setting, "backup_options"), i, err))
			return -1;
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_backup[] = {
	/* a backup plan: its names, windows, lifecycles, indexes, vaults */
	RULE("awscc.backup.backup_plan", "", rule_backup_plan_documents,
	     BK "CreateBackupPlan BackupPlan.Rules.Lifecycle.DeleteAfterDays"),
	AWS_SAYS("backup.plan_and_rule_names", "awscc.backup.backup_plan", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("backup_plan.backup_plan_name", "^[A-Za-z0-9_.-]{1,50}$"),
		      EACH(RULES, ALWAYS, THEN(MATCHES("rule_name", "^[A-Za-z0-9_.-]{1,50}$")))),
		 "Must contain 1 to 50 alphanumeric or '-_.' characters.",
		 BK "CreateBackupPlan BackupPlan.BackupPlanName"),
	AWS_SAYS("backup.start_window_minutes", "awscc.backup.backup_plan", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(RULES, ALWAYS, THEN(IN("start_window_minutes", 60, 52560000)))),
		 "If this value is included, it must be at least 60 minutes to avoid errors.",
		 BK "CreateBackupPlan BackupPlan.Rules.StartWindowMinutes"),
	AWS_SAYS("backup.lifecycle_100_years", "awscc.backup.backup_plan", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(RULES, ALWAYS,
			   THEN(LIFECYCLE_DAYS("lifecycle."),
				EACH("copy_actions", ALWAYS, THEN(LIFECYCLE_DAYS("lifecycle.")))))),
		 "This parameter has a maximum value of 100 years (36,500 days).",
		 BK "CreateBackupPlan BackupPlan.Rules.Lifecycle"),
	AWS_SAYS("backup.index_resource_types", "awscc.backup.backup_plan", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(RULES, ALWAYS,
			   THEN(LEN_IN("index_actions", 0, 1),
				EACH("index_actions", ALWAYS,
				     THEN(LEN_IN("resource_types", 0, 1),
					  EACH("resource_types", ALWAYS,
					       THEN(IS("", "EBS", "S3")))))))),
		 "Valid values: EBS for Amazon Elastic Block Store S3 for Amazon Simple Storage "
		 "Service (Amazon S3)", BK "CreateBackupPlan BackupPlan.Rules.IndexActions"),
	AWS_SAYS("backup.air_gapped_vault_region", "awscc.backup.backup_plan", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(RULES, ALWAYS,
			   THEN(IN_REGION("target_logically_air_gapped_backup_vault_arn")))),
		 "ARN must be in the same account and Region.",
		 BK "CreateBackupPlan BackupPlan.Rules.TargetLogicallyAirGappedBackupVaultArn"),

	/* a backup selection's ARNs */
	AWS_SAYS("backup.selection_arn_counts", "awscc.backup.backup_selection", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(ARN_COUNTS("backup_selection.resources"),
		      ARN_COUNTS("backup_selection.not_resources")),
		 "The maximum number of ARNs is 500 without wildcards, or 30 ARNs with wildcards.",
		 BK "CreateBackupSelection BackupSelection.Resources"),

	/* vaults: a lock's days, an air-gapped vault's retention */
	AWS_SAYS("backup.changeable_for_days", "awscc.backup.backup_vault", AWS_CALL_ANY, ALWAYS,
		 THEN(IN(LOCK "changeable_for_days", 3, 36500)),
		 "Therefore, you must set ChangeableForDays to 3 or greater.",
		 BK "PutBackupVaultLockConfiguration ChangeableForDays"),
	AWS_SAYS("backup.lock_retention_bounds", "awscc.backup.backup_vault", AWS_CALL_ANY, ALWAYS,
		 THEN(IN(LOCK "min_retention_days", 1, 1e15), IN(LOCK "max_retention_days", 0, 36500)),
		 "The shortest minimum retention period you can specify is 1 day.",
		 BK "PutBackupVaultLockConfiguration MinRetentionDays"),
	AWS_SAYS("backup.air_gapped_min_retention", "awscc.backup.logically_air_gapped_backup_vault",
		 AWS_CALL_ANY, ALWAYS, THEN(IN("min_retention_days", 7, 1e15)),
		 "The minimum value accepted is 7 days.",
		 BK "CreateLogicallyAirGappedBackupVault MinRetentionDays"),

	/* frameworks and report plans */
	AWS_SAYS("backup.framework_one_control", "awscc.backup.framework", AWS_CALL_ANY, ALWAYS,
		 THEN(SET("framework_controls"), LEN_IN("framework_controls", 1, 1e9)),
		 "Each framework must contain at least one control.",
		 "CloudFormation registry: AWS::Backup::Framework FrameworkControls"),
	AWS_SAYS("backup.control_name_256", "awscc.backup.framework", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("framework_controls", ALWAYS, THEN(LEN_IN("control_name", 1, 256)))),
		 "This name is between 1 and 256 characters.",
		 BK "CreateFramework FrameworkControls.ControlName"),
	AWS_SAYS("backup.control_scope_one_tag", "awscc.backup.framework", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("framework_controls", ALWAYS, THEN(LEN_IN("control_scope.tags", 0, 1)))),
		 "A maximum of one key-value pair can be provided.",
		 BK "CreateFramework FrameworkControls.ControlScope.Tags"),
	AWS_SAYS("backup.framework_report_names", "awscc.backup.*", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("framework_name", "^[A-Za-z][_A-Za-z0-9]*$"),
		      MATCHES("report_plan_name", "^[A-Za-z][_A-Za-z0-9]*$")),
		 "The name must be between 1 and 256 characters, starting with a letter, and "
		 "consisting of letters (a-z, A-Z), numbers (0-9), and underscores (_).",
		 BK "CreateFramework FrameworkName"),
	AWS_SAYS("backup.tag_keys_not_aws", "awscc.backup.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("framework_tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:"))),
		      EACH("report_plan_tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:"))),
		      EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", "CloudFormation registry: AWS::Backup::Framework Tag.Key"),

	/* restore testing: names, vaults, windows, selections */
	AWS_SAYS("backup.plan_names_alnum_underscore", "awscc.backup.*", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("restore_testing_plan_name", "^[A-Za-z0-9_]+$"),
		      MATCHES("tiering_configuration_name", "^[A-Za-z0-9_]+$")),
		 "This cannot be changed after creation, and it must consist of only alphanumeric "
		 "characters and underscores.", BK "CreateRestoreTestingPlan RestoreTestingPlan"),
	AWS_SAYS("backup.include_vaults", "awscc.backup.restore_testing_plan", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN(SELECTION "include_vaults", 1, 1e9)),
		 "You must include one or more backup vaults.",
		 BK "CreateRestoreTestingPlan RestoreTestingPlan.RecoveryPointSelection"),
	AWS_SAYS("backup.selection_window_days", "awscc.backup.restore_testing_plan", AWS_CALL_ANY,
		 ALWAYS, THEN(IN(SELECTION "selection_window_days", 1, 365)),
		 "SelectionWindowDays (optional) Value must be an integer (in days) from 1 to 365.",
		 BK "CreateRestoreTestingPlan RestoreTestingPlan.RecoveryPointSelection"),
	AWS_SAYS("backup.start_window_hours", "awscc.backup.restore_testing_plan", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("start_window_hours", 0, 168)),
		 "If this value is included, this parameter has a maximum value of 168 hours (one "
		 "week).", BK "CreateRestoreTestingPlan RestoreTestingPlan.StartWindowHours"),
	AWS_SAYS("backup.arns_or_wildcard", "awscc.backup.*", AWS_CALL_ANY, ALWAYS,
		 THEN(WILDCARD_ALONE("protected_resource_arns"),
		      EACH("resource_selection", ALWAYS, THEN(WILDCARD_ALONE("resources")))),
		 "Each protected resource can be filtered by its specific ARNs, such as "
		 "ProtectedResourceArns: [\"arn:aws:...\", \"arn:aws:...\"] or by a wildcard: "
		 "ProtectedResourceArns: [\"*\"], but not both.",
		 BK "CreateRestoreTestingSelection RestoreTestingSelection.ProtectedResourceArns"),
	AWS_SAYS("backup.condition_lengths", "awscc.backup.restore_testing_selection", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("protected_resource_conditions.string_equals", ALWAYS, CONDITION_LENGTHS),
		      EACH("protected_resource_conditions.string_not_equals", ALWAYS,
			   CONDITION_LENGTHS)),
		 "Length Constraints: Minimum length of 1. Maximum length of 128.",
		 BK "CreateRestoreTestingSelection RestoreTestingSelection.ProtectedResourceConditions."
		    "StringEquals.Key"),
	AWS_SAYS("backup.testing_selection_name_50", "awscc.backup.restore_testing_selection",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("restore_testing_selection_name", 1, 50)),
		 "Maximum length is 50.",
		 BK "CreateRestoreTestingSelection RestoreTestingSelection.RestoreTestingSelectionName"),
	AWS_SAYS("backup.validation_window_hours", "awscc.backup.restore_testing_selection",
		 AWS_CALL_ANY, ALWAYS, THEN(IN("validation_window_hours", 0, 168)),
		 "Accepted value is an integer between 0 and 168 (the hourly equivalent of seven "
		 "days).", BK "UpdateRestoreTestingSelection RestoreTestingSelection."
				 "ValidationWindowHours"),
	AWS_SAYS("backup.tiering_down_days", "awscc.backup.tiering_configuration", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("resource_selection", ALWAYS,
			   THEN(IN("tiering_down_settings_in_days", 60, 36500)))),
		 "Must be a positive integer between 60 and 36500 days.",
		 BK "CreateTieringConfiguration TieringConfiguration.ResourceSelection."
		    "TieringDownSettingsInDays"),
	{ NULL },
};
