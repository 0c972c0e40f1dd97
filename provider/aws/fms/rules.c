/*
 * fms/rules.c: AWS Firewall Manager's (policies, resource sets,
 * notification channels) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule on a policy's managed service data,
 * which the registry takes as a JSON document. Its ledger:
 * checks/words/fms.words.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"

#define FMS "fms PutPolicy Policy.SecurityServicePolicyData.ManagedServiceData"
#define MSD "security_service_policy_data.managed_service_data"
#define NF_MODEL "security_service_policy_data.policy_option.network_firewall_policy." \
	"firewall_deployment_model"
#define CENTRALIZED_KEY "\"centralizedFirewallDeploymentModel\""

/* Whether member `name` of JSON object o is set (not null). */
static bool msd_set(const json_t *o, const char *name)
{
	const json_t *m = json_object_get(o, name);

	return m && !json_is_null(m);
}

/* Each priority of rule group list `list` of a DNS firewall's data within
 * [min, max] (AWS's words `words`); -1 with err written where one is not. */
static int dns_priorities(const json_t *data, const char *list, long min, long max,
			  const char *words, struct strbuf *err)
{
	const json_t *g;
	size_t i;

	json_array_foreach(json_object_get(data, list), i, g) {
		const json_t *p = json_object_get(g, "priority");

		if (json_is_integer(p) && (json_integer_value(p) < min || json_integer_value(p) > max)) {
			strbuf_addf(err, MSD ": %s[%zu].priority %lld is not within %ld to %ld: AWS "
				    "says \"%s\" (" FMS ")", list, i, (long long)json_integer_value(p),
				    min, max, words);
			return -1;
		}
	}
	return 0;
}

/* An Availability Zone of firewall creation config anywhere in o named by
 * both its name and its id; -1 with err written where one is. */
static int zones_named_once(const json_t *o, struct strbuf *err)
{
	const json_t *v, *z;
	const char *key;
	size_t i;

	if (json_is_array(o)) {
		json_array_foreach(o, i, v)
			if (zones_named_once(v, err))
				return -1;
		return 0;
	}
	json_object_foreach((json_t *)o, key, v) {
		if (!strcmp(key, "availabilityZoneConfigList"))
			json_array_foreach(v, i, z)
				if (msd_set(z, "availabilityZoneName") && msd_set(z, "availabilityZoneId")) {
					strbuf_addf(err, MSD ": availabilityZoneConfigList[%zu] names both "
						    "its availabilityZoneName and its availabilityZoneId: "
						    "AWS says \"To configure the Availability Zones in "
						    "firewallCreationConfig, specify either the "
						    "availabilityZoneName or availabilityZoneId parameter, "
						    "not both parameters.\" (" FMS ")", i);
					return -1;
				}
		if ((json_is_object(v) || json_is_array(v)) && zones_named_once(v, err))
			return -1;
	}
	return 0;
}

/* A policy's managed service data (JSON text) as AWS's words on it say:
 * a DNS firewall's rule groups' priorities, an Availability Zone named once,
 * a Shield Advanced automatic response's action where it is enabled, and a
 * security group policy's tag distribution with its manual changes
 * reverted. Text that is not known yet, or not JSON (the schema's
 * string), passes. */
static int rule_fms_managed_service_data(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *text = value_known_string(json_object_get(
		json_object_get(v, "security_service_policy_data"), "managed_service_data"));
	json_t *data = text ? json_loads(text, 0, NULL) : NULL;
	const char *type = json_string_value(json_object_get(data, "type"));
	const json_t *response = json_object_get(data, "automaticResponseConfiguration");
	const json_t *status = json_object_get(response, "automaticResponseStatus");
	int rc = 0;

	(void)r;
	if (!json_is_object(data)) {
		json_decref(data);
		return 0;
	}
	if (type && !strcmp(type, "DNS_FIREWALL"))
		rc = dns_priorities(data, "preProcessRuleGroups", 1, 99, "Valid values for "
				    "preProcessRuleGroups are between 1 and 99.", err) ||
		     dns_priorities(data, "postProcessRuleGroups", 9901, 10000, "Valid values for "
				    "postProcessRuleGroups are between 9901 and 10000.", err) ? -1 : 0;
	if (!rc)
		rc = zones_named_once(data, err);
	if (!rc && json_is_string(status) && !strcmp(json_string_value(status), "ENABLED") &&
	    !msd_set(response, "automaticResponseAction")) {
		strbuf_addstr(err, MSD ": automaticResponseConfiguration's automaticResponseStatus "
			      "ENABLED without an automaticResponseAction: AWS says \"The value for "
			      "automaticResponseAction is only required when automaticResponseStatus "
			      "is set to ENABLED.\" (" FMS ") (e.g. \"automaticResponseAction\": "
			      "\"COUNT\")");
		rc = -1;
	}
	if (!rc && json_is_true(json_object_get(data, "enableTagDistribution")) &&
	    !json_is_true(json_object_get(data, "revertManualSecurityGroupChanges"))) {
		strbuf_addstr(err, MSD ": enableTagDistribution true without "
			      "revertManualSecurityGroupChanges true: AWS says \"To use security "
			      "group tag distribution, you must also set revertManualSecurityGroupChanges "
			      "to true, otherwise Firewall Manager won't be able to create the "
			      "policy.\" (" FMS ")");
		rc = -1;
	}
	json_decref(data);
	return rc;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_fms[] = {
	AWS_SAYS("fms.resource_set_items_arns", "awscc.fms.resource_set", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("resources", ALWAYS, THEN(MATCHES("", "^arn:")))),
		 "The URIs must be Amazon Resource Names (ARNs).",
		 "fms BatchAssociateResource Items"),
	/* its name is no create-only property of the registry's: an update
	 * would send PutResourceSet a new one */
	AWS_SAYS("fms.resource_set_name_unchanged", "awscc.fms.resource_set", AWS_CALL_UPDATE,
		 ALWAYS, THEN(UNCHANGED("name")),
		 "You can't change the name of a resource set after you create it.",
		 "fms PutResourceSet ResourceSet.Name"),
	/* a Network Firewall policy's deployment model, as its managed service
	 * data has it (a centralized one names its
	 * centralizedFirewallDeploymentModel) and as its policy option says;
	 * a distributed one's DISTRIBUTED option is left alone (the API's enum
	 * takes it) */
	AWS_SAYS("fms.centralized_policy_option", "awscc.fms.policy", AWS_CALL_ANY,
		 WHEN(IS("security_service_policy_data.type", "NETWORK_FIREWALL"),
		      MATCHES(MSD, CENTRALIZED_KEY)),
		 THEN(IS(NF_MODEL, "CENTRALIZED")),
		 "To use the centralized deployment model, you must set PolicyOption to CENTRALIZED.",
		 FMS),
	AWS_SAYS("fms.distributed_policy_option", "awscc.fms.policy", AWS_CALL_ANY,
		 WHEN(IS("security_service_policy_data.type", "NETWORK_FIREWALL"), SET(MSD),
		      NOT_MATCHES(MSD, CENTRALIZED_KEY)),
		 THEN(IS_NOT(NF_MODEL, "CENTRALIZED")),
		 "To use the distributed deployment model, you must set PolicyOption to NULL.", FMS),
	RULE("awscc.fms.policy", "", rule_fms_managed_service_data, FMS),
	{ NULL },
};
