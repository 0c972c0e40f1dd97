/*
 * amazonmq/rules.c: Amazon MQ's (brokers, their users, configurations) rows
 * of the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rule of a user's password. Its ledger: checks/words/mq.words.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"

#define MQ "mq "
/* The registry takes an engine type in any case. */
#define ACTIVEMQ "^[Aa][Cc][Tt][Ii][Vv][Ee][Mm][Qq]$"
#define RABBITMQ "^[Rr][Aa][Bb][Bb][Ii][Tt][Mm][Qq]$"
/* A version from ActiveMQ 5.18 and from RabbitMQ 3.13 on. */
#define FROM_5_18 "^(5\\.(1[89]|[2-9][0-9])|[6-9]|[1-9][0-9]+)(\\.|$)"
#define FROM_3_13 "^(3\\.(1[3-9]|[2-9][0-9])|[4-9]|[1-9][0-9]+)(\\.|$)"
#define MINOR_UPGRADES "Must be set to true for ActiveMQ brokers version 5.18 and above and for " \
	"RabbitMQ brokers version 3.13 and above."

/* Whether text has at least n different characters (a UTF-8 character's
 * bytes together). */
static bool has_characters(const char *text, size_t n)
{
	const char *seen[4];
	size_t lens[4], found = 0;

	for (const char *c = text; *c && found < n && found < 4;) {
		size_t len = 1, k;
		while ((c[len] & 0xC0) == 0x80)
			len++;
		for (k = 0; k < found && (lens[k] != len || memcmp(seen[k], c, len)); k++)
			;
		if (k == found) {
			seen[found] = c;
			lens[found++] = len;
		}
		c += len;
	}
	return found >= n;
}

/* Each user's password, where known, of 4 different characters at least
 * (its length and the characters it may not hold the registry's User
 * holds); the message does not quote it. */
static int rule_mq_password_characters(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *user;
	size_t i;

	(void)r;
	if (!json_is_array(v) || value_not_known(v))
		return 0;
	json_array_foreach(v, i, user) {
		const char *password = value_known_member(user, "password");
		if (password && !has_characters(password, 4)) {
			strbuf_addf(err, "[%zu].password: it has fewer than 4 different characters: "
				    "AWS says \"This value must be at least 12 characters long, must "
				    "contain at least 4 unique characters, and must not contain commas, "
				    "colons, or equal signs (,:=).\" (" MQ "CreateBroker Users.Password)",
				    i);
			return -1;
		}
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A path "subnet_ids[]->availability_zone" reads each subnet's
 * zone, as the stack's subnet writes it. */
const struct aws_check_row aws_rules_amazonmq[] = {
	/* left out, it is true (CreateBroker's "Set to true by default") */
	AWS_SAYS("mq.activemq_518_minor_upgrades", "awscc.amazonmq.broker", AWS_CALL_ANY,
		 WHEN(MATCHES("engine_type", ACTIVEMQ), MATCHES("engine_version", FROM_5_18)),
		 THEN(IS_NOT("auto_minor_version_upgrade", "false")), MINOR_UPGRADES,
		 MQ "CreateBroker AutoMinorVersionUpgrade"),
	AWS_SAYS("mq.rabbitmq_313_minor_upgrades", "awscc.amazonmq.broker", AWS_CALL_ANY,
		 WHEN(MATCHES("engine_type", RABBITMQ), MATCHES("engine_version", FROM_3_13)),
		 THEN(IS_NOT("auto_minor_version_upgrade", "false")), MINOR_UPGRADES,
		 MQ "CreateBroker AutoMinorVersionUpgrade"),
	AWS_SAYS("mq.crdr_primary_broker", "awscc.amazonmq.broker", AWS_CALL_CREATE,
		 WHEN(MATCHES("data_replication_mode", "^[Cc][Rr][Dd][Rr]$")),
		 THEN(SET("data_replication_primary_broker_arn")),
		 "Must be set when dataReplicationMode is set to CRDR.",
		 MQ "CreateBroker DataReplicationPrimaryBrokerArn"),
	AWS_SAYS("mq.subnets_distinct_zones", "awscc.amazonmq.broker", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("subnet_ids[]->availability_zone")),
		 "If you specify more than one subnet, the subnets must be in different "
		 "Availability Zones.",
		 MQ "CreateBroker SubnetIds"),
	/* the users a RabbitMQ broker is made with: its one administrative
	 * user, needed with simple authentication (the default); their names */
	AWS_SAYS("mq.rabbitmq_one_admin_user", "awscc.amazonmq.broker", AWS_CALL_CREATE,
		 WHEN(MATCHES("engine_type", RABBITMQ)), THEN(LEN_IN("users", 0, 1)),
		 "When provided, one and only one administrative user is accepted and created when "
		 "a broker is first provisioned.",
		 MQ "CreateBroker Users"),
	AWS_SAYS("mq.rabbitmq_simple_admin_user", "awscc.amazonmq.broker", AWS_CALL_CREATE,
		 WHEN(MATCHES("engine_type", RABBITMQ),
		      ANY_OF(UNSET("authentication_strategy"),
			     MATCHES("authentication_strategy", "^[Ss][Ii][Mm][Pp][Ll][Ee]$"))),
		 THEN(SET("users")),
		 "For Amazon MQ for RabbitMQ brokers, an administrative user is required if using "
		 "simple authentication and authorization.",
		 MQ "CreateBroker Users"),
	/* the registry's User.Username takes ~, as an ActiveMQ user's may */
	AWS_SAYS("mq.rabbitmq_username_no_tilde", "awscc.amazonmq.broker", AWS_CALL_ANY,
		 WHEN(MATCHES("engine_type", RABBITMQ)),
		 THEN(EACH("users", ALWAYS, THEN(NOT_MATCHES("username", "~")))),
		 "This value must not contain a tilde (~) character.",
		 MQ "CreateBroker Users.Username"),
	RULE("awscc.amazonmq.broker", "users", rule_mq_password_characters,
	     MQ "CreateBroker Users.Password"),
	/* the registry's Name has no bounds */
	AWS_SAYS("mq.configuration_name_length", "awscc.amazonmq.configuration", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("name", 1, 150)), "This value must be 1-150 characters long.",
		 MQ "CreateConfiguration Name"),
	{ NULL },
};
