/*
 * codeguruprofiler/rules.c: Amazon CodeGuru Profiler's (profiling groups)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * codeguruprofiler, signed codeguru-profiler). Its ledger:
 * checks/words/codeguruprofiler.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codeguruprofiler[] = {
	/* the tags of each type, whose registry Tag.Key has no pattern against
	 * aws: */
	RULE("awscc.codeguruprofiler.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::CodeGuruProfiler::ProfilingGroup Tag.Key"),
	{ NULL },
};
