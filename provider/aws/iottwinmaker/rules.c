/*
 * iottwinmaker/rules.c: AWS IoT TwinMaker's (workspaces, component types,
 * entities, scenes, sync jobs) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/iottwinmaker.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_iottwinmaker[] = {
	/* the registry's SyncSource pattern takes any word */
	AWS_SAYS("iottwinmaker.sync_source_sitewise", "awscc.iottwinmaker.sync_job",
		 AWS_CALL_ANY, ALWAYS, THEN(IS("sync_source", "SITEWISE")),
		 "Currently the only supported syncSoource is SITEWISE .",
		 "iottwinmaker CreateSyncJob syncSource"),
	{ NULL },
};
