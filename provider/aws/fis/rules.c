/*
 * fis/rules.c: AWS Fault Injection Service's (experiment templates and their
 * target account configurations) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule on what an action starts after. Its
 * ledger: checks/words/fis.words.
 */
#include "provider/aws/checks/rules.h"

#define FIS "fis CreateExperimentTemplate "

/* An experiment template's actions (a map of the action's name to the
 * action): each name an action's start_after lists is one of the template's
 * actions ("The name of the action that must be completed before the
 * current action starts."). A name or a map not known yet passes. */
static int rule_fis_start_after(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *actions = json_object_get(v, "actions"), *action;
	const char *name;

	(void)r;
	if (!json_is_object(actions) || value_not_known(actions))
		return 0;
	json_object_foreach((json_t *)actions, name, action) {
		const json_t *after = json_object_get(action, "start_after"), *e;
		size_t i;

		if (!json_is_array(after))
			continue;
		json_array_foreach(after, i, e) {
			const char *before = value_known_string(e);
			if (!before || json_object_get(actions, before))
				continue;
			strbuf_addf(err, "actions.%s.start_after[%zu]: \"%s\" is none of the "
				    "template's actions: AWS says \"The name of the action that must "
				    "be completed before the current action starts.\" (" FIS
				    "actions.startAfter)", name, i, before);
			return -1;
		}
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_fis[] = {
	AWS_SAYS("fis.alarm_stop_condition_value", "awscc.fis.experiment_template", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("stop_conditions", WHEN(IS("source", "aws:cloudwatch:alarm")),
			   THEN(SET("value")))),
		 "This is required if the source is a CloudWatch alarm.",
		 FIS "stopConditions.value"),
	RULE("awscc.fis.experiment_template", "", rule_fis_start_after, FIS "actions.startAfter"),
	{ NULL },
};
