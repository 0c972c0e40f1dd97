/*
 * test_words_gamelift.c: the words rows (AWS_SAYS, checks/words.c) of Amazon
 * GameLift Servers' awscc types (gamelift/rules.c; the ledger
 * checks/words/gamelift.words), the census's third scope, each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (but the one that reads the
 * container group definition a fleet names: test_words_crossing.c's). And
 * the written rule of a container group definition's containers
 * (rule_gamelift_containers), and the check across the stack of the
 * buckets it names in another Region (check_gamelift_bucket_region).
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/words.h"
#include "provider/aws/transport/client.h"
#include "provider/provider.h"
#include "tests/unit/aws_client_support.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

#define FLEET(MORE) "{'name': 'f'" MORE "}"
#define CFLEET(MORE) "{'fleet_role_arn': 'arn:aws:iam::123456789012:role/gl'" MORE "}"
/* a container group definition of MORE */
#define CGD(MORE) "{'name': 'g', 'operating_system': 'AMAZON_LINUX_2023', " \
	"'total_memory_limit_mebibytes': 4096, 'total_vcpu_limit': 2" MORE "}"
#define GAME(MORE) ", 'game_server_container_definition': {'container_name': 'game', " \
	"'image_uri': 'game:1', 'server_sdk_version': '5.0.0'" MORE "}"
#define SUPPORTS(LIST) ", 'support_container_definitions': [" LIST "]"
#define SUPPORT(NAME, MORE) "{'container_name': '" NAME "', 'image_uri': 'tool:1'" MORE "}"
#define RANGE(FROM, TO) "{'from_port': " FROM ", 'to_port': " TO ", 'protocol': 'UDP'}"
#define PERMISSION(FROM, TO) "{'from_port': " FROM ", 'to_port': " TO ", 'ip_range': " \
	"'0.0.0.0/0', 'protocol': 'UDP'}"
#define CONNECT(FROM, TO) ", 'instance_connection_port_range': {'from_port': " FROM ", " \
	"'to_port': " TO "}"
/* one location of capacity CAPACITY */
#define LOCATION(CAPACITY) ", 'locations': [{'location': 'us-east-1', 'location_capacity': {" \
	CAPACITY "}}]"
#define ZERO(STRATEGY) "'managed_capacity_configuration': {'zero_capacity_strategy': '" \
	STRATEGY "'}"
#define QUEUE(MORE) "{'name': 'q'" MORE "}"
#define GROUP(A, B) "{'game_server_group_name': 'g', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/gl', 'instance_definitions': [{'instance_type': '" A \
	"'}, {'instance_type': '" B "'}]}"
#define MATCHMAKING(RULE_SET) "{'name': 'm', 'acceptance_required': false, " \
	"'request_timeout_seconds': 60, 'rule_set_name': '" RULE_SET "'}"
#define ALIAS(MORE) "{'name': 'a', 'routing_strategy': {" MORE "}}"
#define SCRIPT(VERSION) "{'storage_location': {'bucket': 'b', 'key': 'k.zip', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/gl'}, 'node_js_version': '" VERSION "'}"
#define ECR(REGION) "123456789012.dkr.ecr." REGION ".amazonaws.com/game:1"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "gamelift.fleet_ports_ordered", "awscc.gamelift.fleet",
	  "ec2_inbound_permissions[0].from_port",
	  FLEET(", 'ec2_inbound_permissions': [" PERMISSION("2000", "1000") "]"), NULL,
	  FLEET(", 'ec2_inbound_permissions': [" PERMISSION("1000", "2000") "]"), NULL },
	{ "gamelift.container_fleet_ports_ordered", "awscc.gamelift.container_fleet",
	  "instance_connection_port_range.from_port", CFLEET(CONNECT("5000", "4500")), NULL,
	  CFLEET(CONNECT("4500", "5000")), NULL },
	{ "gamelift.container_ports_ordered", "awscc.gamelift.container_group_definition",
	  "game_server_container_definition.port_configuration.container_port_ranges[0]."
	  "from_port",
	  CGD(GAME(", 'port_configuration': {'container_port_ranges': [" RANGE("2000", "1000")
		   "]}")), NULL,
	  CGD(GAME(", 'port_configuration': {'container_port_ranges': [" RANGE("1000", "2000")
		   "]}")), NULL },
	{ "gamelift.reserved_ports", "awscc.gamelift.container_fleet",
	  "instance_connection_port_range.to_port", CFLEET(CONNECT("4100", "4200")), NULL,
	  CFLEET(CONNECT("4200", "4300")), NULL },
	{ "gamelift.desired_within", "awscc.gamelift.fleet",
	  "locations[0].location_capacity.desired_ec2_instances",
	  FLEET(LOCATION("'desired_ec2_instances': 5, 'min_size': 0, 'max_size': 2")), NULL,
	  FLEET(LOCATION("'desired_ec2_instances': 2, 'min_size': 0, 'max_size': 2")), NULL },
	{ "gamelift.zero_capacity_no_min", "awscc.gamelift.fleet",
	  "locations[0].location_capacity.min_size",
	  FLEET(LOCATION("'max_size': 2, 'min_size': 1, " ZERO("SCALE_TO_AND_FROM_ZERO"))), NULL,
	  FLEET(LOCATION("'max_size': 2, " ZERO("SCALE_TO_AND_FROM_ZERO"))), NULL },
	{ "gamelift.manual_capacity_min", "awscc.gamelift.container_fleet",
	  "locations[0].location_capacity.min_size",
	  CFLEET(LOCATION("'max_size': 2, " ZERO("MANUAL"))), NULL,
	  CFLEET(LOCATION("'max_size': 2, 'min_size': 0, " ZERO("MANUAL"))), NULL },
	{ "gamelift.runtime_server_processes", "awscc.gamelift.fleet",
	  "runtime_configuration.server_processes",
	  FLEET(", 'runtime_configuration': {'game_session_activation_timeout_seconds': 300}"),
	  NULL,
	  FLEET(", 'runtime_configuration': {'server_processes': [{'concurrent_executions': 1, "
		"'launch_path': '/local/game/server'}]}"), NULL },
	{ "gamelift.game_server_definition_kept", "awscc.gamelift.container_fleet",
	  "game_server_container_group_definition_name", CFLEET(""),
	  CFLEET(", 'game_server_container_group_definition_name': 'g'"),
	  CFLEET(", 'game_server_container_group_definition_name': 'g2'"),
	  CFLEET(", 'game_server_container_group_definition_name': 'g'") },
	{ "gamelift.game_server_container_type", "awscc.gamelift.container_group_definition",
	  "container_group_type",
	  CGD(", 'container_group_type': 'PER_INSTANCE'" GAME("")
	      SUPPORTS(SUPPORT("tool", ", 'essential': true"))), NULL,
	  CGD(", 'container_group_type': 'GAME_SERVER'" GAME("")), NULL },
	{ "gamelift.per_instance_essential", "awscc.gamelift.container_group_definition",
	  "support_container_definitions",
	  CGD(", 'container_group_type': 'PER_INSTANCE'"
	      SUPPORTS(SUPPORT("tool", ", 'essential': false"))), NULL,
	  CGD(", 'container_group_type': 'PER_INSTANCE'"
	      SUPPORTS(SUPPORT("tool", ", 'essential': true"))), NULL },
	{ "gamelift.memory_below_total", "awscc.gamelift.container_group_definition",
	  "support_container_definitions[0].memory_hard_limit_mebibytes",
	  CGD(GAME("") SUPPORTS(SUPPORT("tool", ", 'memory_hard_limit_mebibytes': 8192"))), NULL,
	  CGD(GAME("") SUPPORTS(SUPPORT("tool", ", 'memory_hard_limit_mebibytes': 1024"))),
	  NULL },
	{ "gamelift.image_region", "awscc.gamelift.container_group_definition",
	  "game_server_container_definition.image_uri",
	  "{'name': 'g', 'operating_system': 'AMAZON_LINUX_2023', 'total_memory_limit_mebibytes': "
	  "4096, 'total_vcpu_limit': 2, 'game_server_container_definition': {'container_name': "
	  "'game', 'image_uri': '" ECR("eu-west-1") "', 'server_sdk_version': '5.0.0'}}", NULL,
	  "{'name': 'g', 'operating_system': 'AMAZON_LINUX_2023', 'total_memory_limit_mebibytes': "
	  "4096, 'total_vcpu_limit': 2, 'game_server_container_definition': {'container_name': "
	  "'game', 'image_uri': '" ECR("us-east-1") "', 'server_sdk_version': '5.0.0'}}", NULL },
	{ "gamelift.node_js_version", "awscc.gamelift.script", "node_js_version",
	  SCRIPT("20.x"), NULL, SCRIPT("24.x"), NULL },
	{ "gamelift.latency_policy_maximum", "awscc.gamelift.game_session_queue",
	  "player_latency_policies[0].maximum_individual_player_latency_milliseconds",
	  QUEUE(", 'player_latency_policies': [{'policy_duration_seconds': 60}]"), NULL,
	  QUEUE(", 'player_latency_policies': [{'policy_duration_seconds': 60, "
		"'maximum_individual_player_latency_milliseconds': 100}]"), NULL },
	{ "gamelift.location_order_once", "awscc.gamelift.game_session_queue",
	  "priority_configuration.location_order[1]",
	  QUEUE(", 'priority_configuration': {'location_order': ['us-east-1', 'us-east-1']}"),
	  NULL,
	  QUEUE(", 'priority_configuration': {'location_order': ['us-east-1', 'us-west-2']}"),
	  NULL },
	{ "gamelift.queue_timeout", "awscc.gamelift.game_session_queue", "timeout_in_seconds",
	  QUEUE(", 'timeout_in_seconds': 5"), NULL, QUEUE(", 'timeout_in_seconds': 10"), NULL },
	{ "gamelift.instance_types_differ", "awscc.gamelift.game_server_group",
	  "instance_definitions[1].instance_type", GROUP("c5.large", "c5.large"), NULL,
	  GROUP("c5.large", "c5.xlarge"), NULL },
	{ "gamelift.rule_set_region", "awscc.gamelift.matchmaking_configuration",
	  "rule_set_name",
	  MATCHMAKING("arn:aws:gamelift:eu-west-1:123456789012:matchmakingruleset/r"), NULL,
	  MATCHMAKING("arn:aws:gamelift:us-east-1:123456789012:matchmakingruleset/r"), NULL },
	{ "gamelift.alias_simple_fleet", "awscc.gamelift.alias", "routing_strategy.fleet_id",
	  ALIAS("'type': 'SIMPLE'"), NULL, ALIAS("'type': 'SIMPLE', 'fleet_id': 'fleet-1234'"),
	  NULL },
	{ "gamelift.alias_terminal_message", "awscc.gamelift.alias", "routing_strategy.message",
	  ALIAS("'type': 'TERMINAL'"), NULL, ALIAS("'type': 'TERMINAL', 'message': 'closed'"),
	  NULL },
};

static const char *const services[] = { "gamelift.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_gamelift.c");
}

/* A container group definition's containers (rule_gamelift_containers):
 * names unique, one container's ranges of one protocol apart, a COMPLETE or
 * SUCCESS dependency on a container not essential, the vCPU within the
 * total. */
static void test_gamelift_containers(void **state)
{
	static const char *const refused[][2] = {
		{ CGD(GAME("") SUPPORTS(SUPPORT("game", ""))), "names two containers" },
		{ CGD(GAME(", 'port_configuration': {'container_port_ranges': ["
			   RANGE("1000", "2000") ", " RANGE("1500", "2500") "]}")), "overlap" },
		{ CGD(SUPPORTS(SUPPORT("init", ", 'essential': true") ", "
			       SUPPORT("tool", ", 'depends_on': [{'container_name': 'init', "
					       "'condition': 'COMPLETE'}]"))),
		  "essential container init" },
		{ CGD(SUPPORTS(SUPPORT("a", ", 'vcpu': 1.5") ", " SUPPORT("b", ", 'vcpu': 1"))),
		  "total_vcpu_limit: 2 is less than" },
	};
	static const char *const passing[] = {
		CGD(GAME("") SUPPORTS(SUPPORT("tool", ""))),
		CGD(GAME(", 'port_configuration': {'container_port_ranges': [" RANGE("1000", "2000")
			 ", {'from_port': 1500, 'to_port': 2500, 'protocol': 'TCP'}]}")),
		CGD(SUPPORTS(SUPPORT("init", ", 'essential': false") ", "
			     SUPPORT("tool", ", 'depends_on': [{'container_name': 'init', "
					     "'condition': 'SUCCESS'}]"))),
		CGD(SUPPORTS(SUPPORT("init", ", 'essential': true") ", "
			     SUPPORT("tool", ", 'depends_on': [{'container_name': 'init', "
					     "'condition': 'START'}]"))),
		CGD(SUPPORTS(SUPPORT("a", ", 'vcpu': 1") ", " SUPPORT("b", ", 'vcpu': 1"))),
		CGD(SUPPORTS(SUPPORT("a", ", 'vcpu': 1.5") ", " SUPPORT("b", ", 'vcpu': '${var.c}'"))),
	};

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.gamelift.container_group_definition", refused[i][0], NULL,
				 NULL, &err))
			fail_msg("accepted %s", refused[i][0]);
		if (!strstr(err.buf, refused[i][1]) || !strstr(err.buf, "AWS says"))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][1]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.gamelift.container_group_definition", passing[i], NULL, NULL,
				&err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

/* What aws_check_resources reported, one "WHICH~OTHER MSG" line each. */
static void collect(void *ctx, const struct check_finding *found)
{
	strbuf_addf(ctx, "%zu~%d %s\n", found->which,
		    found->other == WRITTEN_NONE ? -1 : (int)found->other, found->message);
}

/* At plan, a build's, a script's or a container fleet's bucket of the stack,
 * or a fleet's peer VPC, made in another Region (gamelift/rules.c's check_gamelift_bucket_region,
 * the check across the stack gamelift.words names): refused; one of its
 * Region, one not the stack's, and any at validate (no client), pass. */
static void test_gamelift_bucket_region(void **state)
{
#define STORE(B) "{'storage_location': {'bucket': '" B "', 'key': 'k.zip', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/g'}}"
	json_t *stack = js("[{'name': 'west-builds'}, {'bucket_name': 'here-builds'}, "
			   STORE("${west.name}") ", " STORE("here-builds") ", "
			   STORE("other-builds") ", {'log_configuration': {'log_destination': "
			   "'S3', 's3_bucket_name': 'west-builds'}}, {'cidr_block': '10.0.0.0/16'}, "
			   "{'cidr_block': '10.1.0.0/16'}, {'name': 'f1', 'peer_vpc_id': '${wv.id}', "
			   "'peer_vpc_aws_account_id': '123456789012'}, {'name': 'f2', "
			   "'peer_vpc_id': '${ev.id}', 'peer_vpc_aws_account_id': '123456789012'}]");
	static const char *const names[] = { "west", "here", "b", "s", "o", "f", "wv", "ev",
					     "f1", "f2" };
	static const char *const types[] = { "aws.s3.bucket", "awscc.s3.bucket",
					     "awscc.gamelift.build", "awscc.gamelift.script",
					     "awscc.gamelift.build", "awscc.gamelift.container_fleet",
					     "aws.ec2.vpc", "aws.ec2.vpc", "awscc.gamelift.fleet",
					     "awscc.gamelift.fleet" };
	struct aws_client *east = new_client(NULL, false, "us-east-1", 0);
	struct aws_client *west = new_client(NULL, false, "us-west-2", 0);
	struct written_resource w[10];
	struct strbuf out = STRBUF_INIT;

	(void)state;
	for (size_t i = 0; i < 10; i++)
		w[i] = (struct written_resource){ .name = names[i], .type = types[i],
						  .rtype = resource_type_find(types[i], NULL),
						  .config = json_array_get(stack, i), .provider = "aws",
						  .client = i == 0 || i == 6 ? west : east,
						  .creating = true };
	aws_check_resources(w, 10, collect, &out);
	assert_string_equal(out.buf,
			    "2~0 storage_location.bucket: bucket \"west\" is made in us-west-2, and "
			    "this in us-east-1: AWS says \"The S3 bucket and your new build must be in "
			    "the same Region.\" (gamelift CreateBuild StorageLocation)\n"
			    "5~0 log_configuration.s3_bucket_name: bucket \"west\" is made in "
			    "us-west-2, and this in us-east-1: AWS says \"This bucket must reside in the "
			    "fleet's home Amazon Web Services Region.\" (gamelift CreateContainerFleet "
			    "LogConfiguration.LogDestination)\n"
			    "8~6 peer_vpc_id: VPC \"wv\" is made in us-west-2, and the fleet in "
			    "us-east-1: AWS says \"The VPC must be in the same Region as your fleet.\" "
			    "(gamelift CreateFleet PeerVpcId)\n");
	strbuf_reset(&out);
	for (size_t i = 0; i < 10; i++)
		w[i].client = NULL;
	aws_check_resources(w, 10, collect, &out);
	assert_string_equal(out.buf, "");
	aws_client_free(east);
	aws_client_free(west);
	json_decref(stack);
	strbuf_release(&out);
#undef STORE
}

int main(void)
{
	/* the Region gamelift.image_region and gamelift.rule_set_region are about */
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_gamelift_containers),
		cmocka_unit_test(test_gamelift_bucket_region),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
