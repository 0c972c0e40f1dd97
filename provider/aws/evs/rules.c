/*
 * evs/rules.c: Amazon Elastic VMware Service's (environments) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), an
 * environment's name, hosts and VLAN subnets, and the written rule of its
 * VLAN subnets' blocks, which must not overlap. Its ledger:
 * checks/words/evs.words.
 */
#include <stdint.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/ec2/api.h"
#include "provider/provider.h"

#define EVS "awscc.evs.environment"
#define CE "evs CreateEnvironment "
#define VLANS "initial_vlans."
/* a block of /24 to /28 ("a minimum CIDR block size of /28 and a maximum
 * size of /24") */
#define SIZE_24_TO_28 "/2[4-8]$"

/* The environment's VLAN subnets (CreateEnvironment's initialVlans), in the
 * registry's names. */
static const char *const vlans[] = { "vmk_management", "vm_management", "v_motion", "v_san",
				     "v_tep", "edge_v_tep", "nsx_up_link", "hcx",
				     "expansion_vlan_1", "expansion_vlan_2" };
#define N_VLANS (sizeof(vlans) / sizeof(*vlans))

/* No two of an environment's VLAN subnets' blocks overlap (the blocks
 * written in full; one not known yet is left to plan); v the resource. */
static int rule_evs_vlans_disjoint(const json_t *v, const json_t *r, struct strbuf *err)
{
	uint32_t first[N_VLANS], last[N_VLANS];
	bool known[N_VLANS];

	(void)r;
	v = json_object_get(v, "initial_vlans");
	for (size_t i = 0; i < N_VLANS; i++) {
		const char *cidr = value_known_string(
			json_object_get(json_object_get(v, vlans[i]), "cidr"));
		uint32_t addr;
		int len;
		known[i] = cidr && aws_parse_cidr(cidr, &addr, &len);
		if (!known[i])
			continue;
		uint32_t mask = len ? ~(uint32_t)0 << (32 - len) : 0;
		first[i] = addr & mask;
		last[i] = first[i] | ~mask;
		for (size_t j = 0; j < i; j++) {
			if (!known[j] || first[i] > last[j] || first[j] > last[i])
				continue;
			strbuf_addf(err, "initial_vlans.%s.cidr: %s overlaps initial_vlans.%s.cidr "
				    "%s: AWS says \"For each Amazon EVS VLAN subnet, you must specify "
				    "a non-overlapping CIDR block.\" (" CE "initialVlans)", vlans[i],
				    cidr, vlans[j],
				    json_string_value(json_object_get(
					    json_object_get(v, vlans[j]), "cidr")));
			return -1;
		}
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_evs[] = {
	/* its name's first character (its length and characters: the schema's
	 * pattern) */
	AWS_SAYS("evs.environment_name_first", EVS, AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("environment_name", "^[A-Za-z0-9]")),
		 "It must start with an alphanumeric character, and can't be longer than 100 "
		 "characters.", CE "environmentName"),
	/* its hosts' names, one another's (the other environments' are the
	 * account's) */
	AWS_SAYS("evs.host_names_unique", EVS, AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("hosts[].host_name")),
		 "DNS hostnames for hosts must be unique across Amazon EVS environments and within "
		 "VCF.", CE "hosts.hostName"),
	/* its VLAN subnets */
	AWS_SAYS("evs.vlan_cidr_24_to_28", EVS, AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES(VLANS "vmk_management.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "vm_management.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "v_motion.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "v_san.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "v_tep.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "edge_v_tep.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "nsx_up_link.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "hcx.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "expansion_vlan_1.cidr", SIZE_24_TO_28),
		      MATCHES(VLANS "expansion_vlan_2.cidr", SIZE_24_TO_28)),
		 "Amazon EVS VLAN subnets have a minimum CIDR block size of /28 and a maximum size "
		 "of /24.", CE "initialVlans"),
	RULE(EVS, "", rule_evs_vlans_disjoint, CE "initialVlans"),
	/* a public HCX VLAN subnet ("If you plan to use a public HCX VLAN
	 * subnet, the following requirements must be met:") */
	AWS_SAYS("evs.public_hcx_cidr_28", EVS, AWS_CALL_ANY,
		 WHEN(IS(VLANS "is_hcx_public", "true")), THEN(MATCHES(VLANS "hcx.cidr", "/28$")),
		 "Must have a /28 netmask and be allocated from the IPAM public pool.",
		 CE "initialVlans.hcx"),
	AWS_SAYS("evs.public_hcx_network_acl", EVS, AWS_CALL_ANY,
		 WHEN(IS(VLANS "is_hcx_public", "true")), THEN(SET(VLANS "hcx_network_acl_id")),
		 "Required when isHcxPublic is set to true.", CE "initialVlans.hcxNetworkAclId"),
	/* the tags, whose registry Tag.Key has no pattern against aws: */
	RULE("awscc.evs.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::EVS::Environment Tag.Key"),
	{ NULL },
};
