/*
 * devopsagent/rules.c: AWS DevOps Agent's (agent spaces, associations,
 * services, private connections) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's devops-agent, signed aidevops), and the written
 * rule on an association's service id by its configuration, which the
 * registry takes as a JSON document. Its ledger:
 * checks/words/devops-agent.words.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"

#define AWS_ID_WORDS "For SourceAws and Aws configurations, this must be 'aws'."

/* An association whose configuration is of AWS (SourceAws or Aws, by
 * either spelling, written as an object or as its JSON text) names the
 * service "aws"; a service id or configuration not known yet passes. */
static int rule_devopsagent_aws_service_id(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *conf = json_object_get(v, "configuration");
	const char *id = value_known_string(json_object_get(v, "service_id"));
	json_t *parsed = NULL;
	int rc = 0;

	(void)r;
	if (json_is_string(conf) && !value_not_known(conf))
		conf = parsed = json_loads(json_string_value(conf), 0, NULL);
	if (id && json_is_object(conf) && !value_not_known(conf) && strcmp(id, "aws") &&
	    (aws_doc_member(conf, "source_aws") || aws_doc_member(conf, "aws"))) {
		strbuf_addstr(err, "service_id: ");
		aws_constraint_quote(err, id);
		strbuf_addstr(err, " names another service than aws, where the configuration is "
			      "of AWS: AWS says \"" AWS_ID_WORDS "\" (CloudFormation registry: "
			      "AWS::DevOpsAgent::Association ServiceId) (e.g. \"aws\")");
		rc = -1;
	}
	json_decref(parsed);
	return rc;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_devopsagent[] = {
	RULE("awscc.devopsagent.association", "", rule_devopsagent_aws_service_id,
	     "CloudFormation registry: AWS::DevOpsAgent::Association ServiceId"),
	{ NULL },
};
