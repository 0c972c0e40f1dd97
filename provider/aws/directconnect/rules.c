/*
 * directconnect/rules.c: AWS Direct Connect's (connections, LAGs, gateways
 * and their associations, virtual interfaces) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/directconnect.words.
 */
#include "provider/aws/checks/rules.h"

/* an IPv6 prefix (a ':' in it) of /64 or shorter */
#define IPV6_64(LIST) \
	EACH(LIST, WHEN(MATCHES("", ":")), THEN(MATCHES("", "/([0-9]|[1-5][0-9]|6[0-4])$")))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_directconnect[] = {
	/* a transit gateway named by its id or ARN ("tgw-", ".../transit-gateway/tgw-") */
	AWS_SAYS("directconnect.transit_gateway_prefixes",
		 "awscc.directconnect.direct_connect_gateway_association", AWS_CALL_CREATE,
		 WHEN(MATCHES("associated_gateway_id", "(^|/)tgw-")),
		 THEN(SET("allowed_prefixes_to_direct_connect_gateway")),
		 "This parameter is required when you create an association to a transit gateway.",
		 "directconnect CreateDirectConnectGatewayAssociation "
		 "addAllowedPrefixesToDirectConnectGateway"),
	/* an association's allowed prefixes, a public interface's route filter */
	AWS_SAYS("directconnect.ipv6_prefixes_64", "awscc.directconnect.*", AWS_CALL_ANY, ALWAYS,
		 THEN(IPV6_64("allowed_prefixes_to_direct_connect_gateway"),
		      IPV6_64("route_filter_prefixes")),
		 "An IPv6 CIDR must use /64 or shorter.",
		 "directconnect CreateDirectConnectGatewayAssociation "
		 "addAllowedPrefixesToDirectConnectGateway.cidr"),
	AWS_SAYS("directconnect.gateway_asn_private", "awscc.directconnect.direct_connect_gateway",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(IN("amazon_side_asn", 64512, 65534),
			     IN("amazon_side_asn", 4200000000.0, 4294967294.0))),
		 "The ASN must be in the private range of 64,512 to 65,534 or 4,200,000,000 to "
		 "4,294,967,294.", "directconnect CreateDirectConnectGateway amazonSideAsn"),
	/* the registry's one Asn, which the handler sends as asn (at most 2147483646)
	 * or asnLong (at most 4294967294): the greater maximum */
	AWS_SAYS("directconnect.bgp_asn_in_range", "awscc.directconnect.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("bgp_peers", ALWAYS, THEN(IN("asn", 1, 4294967294.0)))),
		 "If you provide a number greater than the maximum, an error is returned.",
		 "directconnect CreatePrivateVirtualInterface newPrivateVirtualInterface.asnLong"),
	/* a tag key's aws: (the registry's Tag.Key pattern takes it) */
	AWS_SAYS("directconnect.cfn_tag_keys_not_aws", "awscc.directconnect.*", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::DirectConnect::Connection Tag.Key"),
	{ NULL },
};
