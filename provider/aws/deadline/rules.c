/*
 * deadline/rules.c: AWS Deadline Cloud's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule of a fleet's GPU accelerators.
 * Its ledger: checks/words/deadline.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/base/text.h"
#include "provider/provider.h"

#define DL "deadline "
#define ACCELERATORS "CreateFleet configuration.serviceManagedEc2.instanceCapabilities." \
	"acceleratorCapabilities"

/* A service-managed fleet's GPU accelerators (configuration, a JSON document
 * written with awscc's keys or CloudFormation's:
 * service_managed_ec2.instance_capabilities.accelerator_capabilities): a
 * most accelerators (count.max) or the instance types allowed, each
 * accelerator named once, one runtime for all (a selection without one
 * takes "latest", AWS's default). A document not known whole, or written
 * as text, passes. */
int rule_deadline_fleet_accelerators(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *config = json_object_get(v, "configuration"), *caps, *acc, *picks, *pick;
	const char *runtime = NULL;
	size_t i, k;

	(void)r;
	if (!json_is_object(config))
		return 0;
	caps = aws_doc_member(aws_doc_member(config, "service_managed_ec2"),
			      "instance_capabilities");
	acc = json_is_object(caps) ? aws_doc_member(caps, "accelerator_capabilities") : NULL;
	if (!json_is_object(acc) || value_holds_not_known(caps))
		return 0;
	if (!aws_doc_member(aws_doc_member(acc, "count"), "max") &&
	    !aws_doc_member(caps, "allowed_instance_types")) {
		strbuf_addstr(err, "configuration.service_managed_ec2.instance_capabilities has "
			      "accelerator_capabilities with neither a count's max nor "
			      "allowed_instance_types: AWS says \"You must specify either "
			      "acceleratorCapabilities.count.max or allowedInstanceTypes when using "
			      "accelerator capabilities.\" (" DL ACCELERATORS ".count)");
		return -1;
	}
	picks = aws_doc_member(acc, "selections");
	json_array_foreach(picks, i, pick) {
		const json_t *name = json_is_object(pick) ? aws_doc_member(pick, "name") : NULL;
		const json_t *rt = json_is_object(pick) ? aws_doc_member(pick, "runtime") : NULL;
		const char *this_rt = rt ? json_string_value(rt) : "latest";
		for (k = 0; json_is_string(name) && k < i; k++) {
			const json_t *other = aws_doc_member(json_array_get(picks, k), "name");
			if (json_is_string(other) &&
			    !strcmp(json_string_value(other), json_string_value(name))) {
				strbuf_addf(err, "accelerator_capabilities.selections[%zu] names ", i);
				strbuf_add_safe(err, json_string_value(name),
						strlen(json_string_value(name)), TEXT_VALUE);
				strbuf_addf(err, " as [%zu] does: AWS says \"You cannot specify the same "
					    "accelerator name multiple times in the selections list.\" ("
					    DL ACCELERATORS ".selections)", k);
				return -1;
			}
		}
		if (!this_rt)
			return 0; /* a runtime that is no text: not judged */
		if (runtime && strcmp(runtime, this_rt)) {
			strbuf_addf(err, "accelerator_capabilities.selections[%zu]'s runtime ", i);
			strbuf_add_safe(err, this_rt, strlen(this_rt), TEXT_VALUE);
			strbuf_addstr(err, " is not the others' ");
			strbuf_add_safe(err, runtime, strlen(runtime), TEXT_VALUE);
			strbuf_addstr(err, " (a selection without one takes \"latest\"): AWS says \"All "
				      "accelerators in the selections must use the same runtime version.\" ("
				      DL ACCELERATORS ".selections)");
			return -1;
		}
		runtime = this_rt;
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_deadline[] = {
	/* a limit's most (-1: none) */
	AWS_SAYS("deadline.limit_max_count_not_zero", "awscc.deadline.limit", AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("max_count", "0")), "The maxCount must not be 0.",
		 DL "CreateLimit maxCount"),
	RULE("awscc.deadline.fleet", "", rule_deadline_fleet_accelerators, DL ACCELERATORS),
	/* every type's tag keys (the registry's Tag.Key has no pattern) */
#define TAG_KEYS(TYPE) RULE("awscc.deadline." TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: the type's Tag.Key")
	TAG_KEYS("farm"), TAG_KEYS("fleet"), TAG_KEYS("license_endpoint"), TAG_KEYS("monitor"),
	TAG_KEYS("queue"),
#undef TAG_KEYS
	{ NULL },
};
