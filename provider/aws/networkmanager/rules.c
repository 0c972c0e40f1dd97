/*
 * networkmanager/rules.c: AWS Network Manager's rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE).
 * Its ledger: checks/words/networkmanager.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define NM "networkmanager "
/* the characters a link's provider and type do not take: | \ ^ */
#define LINK_MARKS "[|\\^]"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_networkmanager[] = {
	/* a link's provider (provider_name, or its old name link_provider) and
	 * type, as CreateLink takes them (UpdateLink's words do not say it) */
	AWS_SAYS("networkmanager.link_provider_chars", "awscc.networkmanager.link",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(NOT_MATCHES("provider_name", LINK_MARKS),
		      NOT_MATCHES("link_provider", LINK_MARKS)),
		 "Cannot include the following characters: | \\ ^", NM "CreateLink Provider"),
	AWS_SAYS("networkmanager.link_type_chars", "awscc.networkmanager.link", AWS_CALL_CREATE,
		 ALWAYS, THEN(NOT_MATCHES("link_type", LINK_MARKS)),
		 "Cannot include the following characters: | \\ ^", NM "CreateLink Type"),

	/* every type's tags (the registry's Tag bounds them at 10,000,000) */
	AWS_SAYS("networkmanager.tag_key_length", "awscc.networkmanager.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("key", 0, 128)))),
		 "Constraints: Maximum length of 128 characters.", NM "TagResource Tags.Key"),
	AWS_SAYS("networkmanager.tag_value_length", "awscc.networkmanager.*", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(LEN_IN("value", 0, 256)))),
		 "Constraints: Maximum length of 256 characters.", NM "TagResource Tags.Value"),
	AWS_SAYS("networkmanager.cfn_tag_key_prefix", "awscc.networkmanager.*", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^[Aa][Ww][Ss]:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: each AWS::NetworkManager type's Tag.Key"),
	{ NULL },
};
