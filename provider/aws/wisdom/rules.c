/*
 * wisdom/rules.c: Amazon Q in Connect's (CloudFormation's Wisdom: its
 * assistants, knowledge bases, AI agents, prompts and guardrails, message
 * templates, quick responses) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's qconnect, signed wisdom).
 * Its ledger: checks/words/qconnect.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_wisdom[] = {
	/* a knowledge base's rendering template */
	AWS_SAYS("wisdom.template_uri_external",
		 "awscc.wisdom.knowledge_base", AWS_CALL_CREATE,
		 WHEN(SET("rendering_configuration.template_uri")),
		 THEN(IS("knowledge_base_type", "EXTERNAL")),
		 "This can only be set for EXTERNAL knowledge bases.",
		 "qconnect CreateKnowledgeBase renderingConfiguration.templateUri"),
	{ NULL },
};
