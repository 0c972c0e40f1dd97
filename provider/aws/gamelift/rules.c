/*
 * gamelift/rules.c: Amazon GameLift Servers' (fleets, container fleets and
 * group definitions, aliases, builds, scripts, queues, game server groups,
 * matchmaking) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rule of a container group definition's containers, and the check across
 * the stack of the buckets and the peer VPC it names in another Region.
 * Its ledger: checks/words/gamelift.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define GL "gamelift "
#define TO_PORT "This value must be equal to or greater than FromPort."
#define RESERVED "The port range must not overlap with the Amazon GameLift Servers reserved " \
	"port range 4092-4191."
/* a port range (FROM, TO) clear of the reserved 4092-4191 */
#define CLEAR(FROM, TO) ANY_OF(IN(TO, 0, 4091), IN(FROM, 4192, 1e9))
#define CAPACITY "location_capacity."
#define STRATEGY CAPACITY "managed_capacity_configuration.zero_capacity_strategy"
#define GAME_SERVER "game_server_container_definition."
#define SUPPORT "support_container_definitions"

/* Container i of a definition (the game server container first, then the
 * support containers), NULL past the last. */
static const json_t *container(const json_t *v, size_t i)
{
	const json_t *game = json_object_get(v, "game_server_container_definition");

	if (game && !i)
		return game;
	return json_array_get(json_object_get(v, SUPPORT), i - (game != NULL));
}

/* Whether the container named `name` of a definition is marked essential. */
static bool essential(const json_t *v, const char *name)
{
	const json_t *c;

	for (size_t i = 0; (c = container(v, i)); i++) {
		const char *n = value_known_string(json_object_get(c, "container_name"));
		if (n && !strcmp(n, name))
			return json_is_true(json_object_get(c, "essential"));
	}
	return false;
}

/* A container's port ranges: two of one protocol overlapping (their
 * indexes in *a, *b), or none (0). */
static int ranges_overlap(const json_t *ranges, size_t *a, size_t *b)
{
	const json_t *x, *y;
	double xf, xt, yf, yt;
	size_t i, j;

	json_array_foreach(ranges, i, x) {
		for (j = i + 1; (y = json_array_get(ranges, j)); j++) {
			const char *px = value_known_string(json_object_get(x, "protocol"));
			const char *py = value_known_string(json_object_get(y, "protocol"));
			if (!px || !py || strcmp(px, py) ||
			    !json_is_number(json_object_get(x, "from_port")) ||
			    !json_is_number(json_object_get(x, "to_port")) ||
			    !json_is_number(json_object_get(y, "from_port")) ||
			    !json_is_number(json_object_get(y, "to_port")))
				continue;
			xf = json_number_value(json_object_get(x, "from_port"));
			xt = json_number_value(json_object_get(x, "to_port"));
			yf = json_number_value(json_object_get(y, "from_port"));
			yt = json_number_value(json_object_get(y, "to_port"));
			if (xf > yt || yf > xt)
				continue;
			*a = i;
			*b = j;
			return 1;
		}
	}
	return 0;
}

/* A container group definition's containers: names unique; one container's
 * port ranges of one protocol not overlapping; a COMPLETE or SUCCESS
 * dependency not an essential container; the support containers' vCPU
 * within the group's total. What is not known yet passes. */
int rule_gamelift_containers(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *c, *d, *other;
	double total = 0;
	size_t a, b, k;

	(void)r;
	for (size_t i = 0; (c = container(v, i)); i++) {
		const char *name = value_known_string(json_object_get(c, "container_name"));
		for (size_t j = i + 1; name && (other = container(v, j)); j++) {
			const char *n = value_known_string(json_object_get(other, "container_name"));
			if (!n || strcmp(n, name))
				continue;
			strbuf_addf(err, "container_name: \"%s\" names two containers: AWS says "
				    "\"Container definition names must be unique with a container "
				    "group definition.\" (CloudFormation registry: "
				    "AWS::GameLift::ContainerGroupDefinition "
				    "GameServerContainerDefinition.ContainerName)", name);
			return -1;
		}
		if (ranges_overlap(json_object_get(json_object_get(c, "port_configuration"),
						   "container_port_ranges"), &a, &b)) {
			strbuf_addf(err, "the container %s's container_port_ranges[%zu] and [%zu] "
				    "overlap with one protocol: AWS says \"The ranges can't overlap if "
				    "the ranges' network protocols are the same.\" (" GL
				    "CreateContainerGroupDefinition SupportContainerDefinitions."
				    "PortConfiguration.ContainerPortRanges)", name ? name : "?", a, b);
			return -1;
		}
		json_array_foreach(json_object_get(c, "depends_on"), k, d) {
			const char *cond = value_known_string(json_object_get(d, "condition"));
			const char *on = value_known_string(json_object_get(d, "container_name"));
			if (!cond || !on || (strcmp(cond, "COMPLETE") && strcmp(cond, "SUCCESS")) ||
			    !essential(v, on))
				continue;
			strbuf_addf(err, "the container %s's depends_on[%zu] waits for %s of the "
				    "essential container %s: AWS says \"The dependency container can't "
				    "be an essential container.\" (" GL "CreateContainerGroupDefinition "
				    "SupportContainerDefinitions.DependsOn.Condition)", name ? name : "?",
				    k, cond, on);
			return -1;
		}
	}
	json_array_foreach(json_object_get(v, SUPPORT), k, c) {
		const json_t *cpu = json_object_get(c, "vcpu");
		if (!json_is_number(cpu))
			return 0;
		total += json_number_value(cpu);
	}
	other = json_object_get(v, "total_vcpu_limit");
	if (!json_is_number(other) || total <= json_number_value(other))
		return 0;
	strbuf_addf(err, "total_vcpu_limit: %g is less than the containers' vcpu, %g in all: AWS says "
		    "\"If you specify vCPU limits for individual containers, the total value must be "
		    "equal to or greater than the sum of the CPU limits for all containers in the "
		    "group.\" (" GL "CreateContainerGroupDefinition TotalVcpuLimit)",
		    json_number_value(other), total);
	return -1;
}

/* The buckets GameLift reads or writes, each of its Region: a build's and a
 * script's storage location, a container fleet's log bucket. */
static const struct aws_bucket_use gamelift_buckets[] = {
	{ "AWS::GameLift::Build", "storage_location.bucket",
	  "The S3 bucket and your new build must be in the same Region.",
	  "gamelift CreateBuild StorageLocation" },
	{ "AWS::GameLift::Script", "storage_location.bucket",
	  "The S3 bucket must be in the same Region where you want to create a new script.",
	  "gamelift CreateScript StorageLocation" },
	{ "AWS::GameLift::ContainerFleet", "log_configuration.s3_bucket_name",
	  "This bucket must reside in the fleet's home Amazon Web Services Region.",
	  "gamelift CreateContainerFleet LogConfiguration.LogDestination" },
};

/* At plan, fleet i's peer VPC of the stack (${VPC.id}, aws.ec2.vpc or
 * awscc.ec2.vpc) made by a client of another Region than the fleet's. */
static void peer_vpc_region(const struct written_resource *rs, size_t n, size_t i,
			    const char *mine, check_report_fn report, void *ctx)
{
	static const char *const id[] = { "id", "vpc_id", NULL };
	const char *ref = json_string_value(json_object_get(rs[i].config, "peer_vpc_id"));
	const char *theirs;
	char msg[600];
	size_t v = ref ? aws_written_named(rs, n, &rs[i], ref, "aws.ec2.vpc", id) : WRITTEN_NONE;

	if (v == WRITTEN_NONE && ref)
		v = aws_written_named(rs, n, &rs[i], ref, "awscc.ec2.vpc", id);
	if (v == WRITTEN_NONE || !rs[v].client || !strcmp(theirs = aws_client_region(rs[v].client),
							  mine))
		return;
	snprintf(msg, sizeof(msg), "peer_vpc_id: VPC \"%s\" is made in %s, and the fleet in %s: "
		 "AWS says \"The VPC must be in the same Region as your fleet.\" (gamelift "
		 "CreateFleet PeerVpcId)", rs[v].name, theirs, mine);
	report(ctx, &(struct check_finding){ .warning = false, .which = i, .attr = "peer_vpc_id",
					     .other = v, .other_attr = NULL, .message = msg });
}

/* At plan, a bucket of the stack that a build, a script or a container
 * fleet names made in another Region than it (aws_check_bucket_region), and
 * a fleet's peer VPC of the stack made in another Region. */
static void check_gamelift_bucket_region(const struct written_resource *rs, size_t n,
					 check_report_fn report, void *ctx)
{
	aws_check_bucket_region(rs, n, gamelift_buckets,
				sizeof(gamelift_buckets) / sizeof(*gamelift_buckets), report, ctx);
	for (size_t i = 0; i < n; i++) {
		const char *mine = rs[i].client ? aws_client_region(rs[i].client) : NULL;

		if (mine && aws_awscc_type_is(rs[i].type, "AWS::GameLift::Fleet"))
			peer_vpc_region(rs, n, i, mine, report, ctx);
	}
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_gamelift[] = {
	ACROSS_ROW("awscc.gamelift.build", check_gamelift_bucket_region,
		   "gamelift CreateBuild, CreateScript StorageLocation, CreateContainerFleet "
		   "LogConfiguration (a bucket of the stack in another Region)"),
	RULE("awscc.gamelift.container_group_definition", "", rule_gamelift_containers,
	     GL "CreateContainerGroupDefinition"),
	/* ports */
	AWS_SAYS("gamelift.fleet_ports_ordered",
		 "awscc.gamelift.fleet", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("ec2_inbound_permissions", ALWAYS,
			   THEN(AT_MOST("from_port", "to_port")))),
		 TO_PORT, GL "CreateFleet EC2InboundPermissions.ToPort"),
	AWS_SAYS("gamelift.container_fleet_ports_ordered",
		 "awscc.gamelift.container_fleet", AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("instance_connection_port_range.from_port",
			      "instance_connection_port_range.to_port"),
		      EACH("instance_inbound_permissions", ALWAYS,
			   THEN(AT_MOST("from_port", "to_port")))),
		 TO_PORT, GL "CreateContainerFleet InstanceConnectionPortRange.ToPort"),
	AWS_SAYS("gamelift.container_ports_ordered",
		 "awscc.gamelift.container_group_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(GAME_SERVER "port_configuration.container_port_ranges", ALWAYS,
			   THEN(AT_MOST("from_port", "to_port"))),
		      EACH(SUPPORT, ALWAYS,
			   THEN(EACH("port_configuration.container_port_ranges", ALWAYS,
				     THEN(AT_MOST("from_port", "to_port")))))),
		 TO_PORT, GL "CreateContainerGroupDefinition GameServerContainerDefinition."
		 "PortConfiguration.ContainerPortRanges.ToPort"),
	AWS_SAYS("gamelift.reserved_ports",
		 "awscc.gamelift.container_fleet", AWS_CALL_ANY, ALWAYS,
		 THEN(CLEAR("instance_connection_port_range.from_port",
			    "instance_connection_port_range.to_port"),
		      EACH("instance_inbound_permissions", ALWAYS,
			   THEN(CLEAR("from_port", "to_port")))),
		 RESERVED, GL "CreateContainerFleet InstanceConnectionPortRange"),
	/* capacity */
	AWS_SAYS("gamelift.desired_within",
		 "awscc.gamelift.*", AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("min_size", "desired_ec2_instances"),
		      AT_MOST("desired_ec2_instances", "max_size"),
		      EACH("locations", ALWAYS,
			   THEN(AT_MOST(CAPACITY "min_size", CAPACITY "desired_ec2_instances"),
				AT_MOST(CAPACITY "desired_ec2_instances", CAPACITY "max_size")))),
		 "This value must fall between the minimum and maximum size limits.",
		 GL "UpdateFleetCapacity DesiredInstances"),
	AWS_SAYS("gamelift.zero_capacity_no_min",
		 "awscc.gamelift.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("locations", WHEN(IS(STRATEGY, "SCALE_TO_AND_FROM_ZERO")),
			   THEN(UNSET(CAPACITY "min_size")))),
		 "When set to SCALE_TO_AND_FROM_ZERO, MinSize must not be specified and will be "
		 "managed automatically.",
		 "CloudFormation registry: AWS::GameLift::Fleet "
		 "ManagedCapacityConfiguration.ZeroCapacityStrategy"),
	AWS_SAYS("gamelift.manual_capacity_min",
		 "awscc.gamelift.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("locations", WHEN(IS(STRATEGY, "MANUAL")),
			   THEN(SET(CAPACITY "min_size")))),
		 "When set to MANUAL, MinSize is required.",
		 "CloudFormation registry: AWS::GameLift::Fleet "
		 "ManagedCapacityConfiguration.ZeroCapacityStrategy"),
	/* a fleet's runtime */
	AWS_SAYS("gamelift.runtime_server_processes",
		 "awscc.gamelift.fleet", AWS_CALL_CREATE,
		 WHEN(SET("runtime_configuration")),
		 THEN(SET("runtime_configuration.server_processes"),
		      LEN_IN("runtime_configuration.server_processes", 1, 1e9)),
		 "When creating a fleet, the runtime configuration must have at least one server "
		 "process configuration; otherwise the request fails with an invalid request "
		 "exception.", "CloudFormation registry: AWS::GameLift::Fleet RuntimeConfiguration"),
	/* a container fleet's game server group definition */
	AWS_SAYS("gamelift.game_server_definition_kept",
		 "awscc.gamelift.container_fleet", AWS_CALL_UPDATE,
		 WHEN(WAS(SET("game_server_container_group_definition_name"))),
		 THEN(SET("game_server_container_group_definition_name")),
		 "You can't remove a fleet's game server container group definition, you can only "
		 "update or replace it with another definition.",
		 GL "UpdateContainerFleet GameServerContainerGroupDefinitionName"),
	AWS_SAYS("gamelift.game_server_group_type",
		 "awscc.gamelift.container_fleet", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("game_server_container_group_definition_name->container_group_type",
			 "GAME_SERVER")),
		 "You must specify GAME_SERVER container group.",
		 "CloudFormation registry: AWS::GameLift::ContainerFleet "
		 "GameServerContainerGroupDefinitionName"),
	/* a container group definition */
	AWS_SAYS("gamelift.game_server_container_type",
		 "awscc.gamelift.container_group_definition", AWS_CALL_ANY,
		 WHEN(SET("game_server_container_definition")),
		 THEN(IS("container_group_type", "GAME_SERVER")),
		 "Define a game server container only when the container group type is "
		 "GAME_SERVER.", GL "CreateContainerGroupDefinition GameServerContainerDefinition"),
	AWS_SAYS("gamelift.per_instance_essential",
		 "awscc.gamelift.container_group_definition", AWS_CALL_ANY,
		 WHEN(IS("container_group_type", "PER_INSTANCE")),
		 THEN(SOME(SUPPORT, IS("essential", "true"))),
		 "At least one support container in a per-instance container group must be "
		 "essential.", GL "CreateContainerGroupDefinition SupportContainerDefinitions.Essential"),
	AWS_SAYS("gamelift.memory_below_total",
		 "awscc.gamelift.container_group_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(BELOW(SUPPORT "[].memory_hard_limit_mebibytes", "total_memory_limit_mebibytes")),
		 "If you specify memory limits for an individual container, the total value must be "
		 "greater than any individual container's memory limit.",
		 GL "CreateContainerGroupDefinition TotalMemoryLimitMebibytes"),
	AWS_SAYS("gamelift.image_region",
		 "awscc.gamelift.container_group_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION(GAME_SERVER "image_uri"),
		      EACH(SUPPORT, ALWAYS, THEN(IN_REGION("image_uri")))),
		 "The repository must be in the same Amazon Web Services account and Amazon Web "
		 "Services Region where you're creating the container group definition.",
		 GL "CreateContainerGroupDefinition GameServerContainerDefinition.ImageUri"),
	/* a script's runtime */
	AWS_SAYS("gamelift.node_js_version",
		 "awscc.gamelift.script", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("node_js_version", "10.x", "24.x")),
		 "The valid values are 10.x | 24.x.", GL "CreateScript NodeJsVersion"),
	/* a game session queue */
	AWS_SAYS("gamelift.latency_policy_maximum",
		 "awscc.gamelift.game_session_queue", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("player_latency_policies", ALWAYS,
			   THEN(SET("maximum_individual_player_latency_milliseconds")))),
		 "All policies must have a value set for this property.",
		 GL "CreateGameSessionQueue PlayerLatencyPolicies."
		 "MaximumIndividualPlayerLatencyMilliseconds"),
	AWS_SAYS("gamelift.location_order_once",
		 "awscc.gamelift.game_session_queue", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("priority_configuration.location_order[]")),
		 "Each location must be listed only once.",
		 GL "CreateGameSessionQueue PriorityConfiguration.LocationOrder"),
	AWS_SAYS("gamelift.queue_timeout",
		 "awscc.gamelift.game_session_queue", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("timeout_in_seconds", 10, 600)),
		 "The minimum value is 10 and the maximum value is 600.",
		 GL "CreateGameSessionQueue TimeoutInSeconds"),
	/* a game server group's instance types */
	AWS_SAYS("gamelift.instance_types_differ",
		 "awscc.gamelift.game_server_group", AWS_CALL_ANY,
		 WHEN(LEN_IN("instance_definitions", 2, 2)),
		 THEN(UNIQUE("instance_definitions[].instance_type")),
		 "The instance definitions must specify at least two different instance types that "
		 "are supported by Amazon GameLift Servers FleetIQ.",
		 GL "CreateGameServerGroup InstanceDefinitions"),
	/* a matchmaking configuration's rule set */
	AWS_SAYS("gamelift.rule_set_region",
		 "awscc.gamelift.matchmaking_configuration", AWS_CALL_ANY,
		 WHEN(MATCHES("rule_set_name", "^arn:")), THEN(IN_REGION("rule_set_name")),
		 "A matchmaking configuration can only use rule sets that are defined in the same "
		 "Region.", GL "CreateMatchmakingConfiguration RuleSetName"),
	/* an alias's routing */
	AWS_SAYS("gamelift.alias_simple_fleet",
		 "awscc.gamelift.alias", AWS_CALL_ANY,
		 WHEN(IS("routing_strategy.type", "SIMPLE")), THEN(SET("routing_strategy.fleet_id")),
		 "If you specify SIMPLE for the Type property, you must specify this property.",
		 "CloudFormation registry: AWS::GameLift::Alias RoutingStrategy.FleetId"),
	AWS_SAYS("gamelift.alias_terminal_message",
		 "awscc.gamelift.alias", AWS_CALL_ANY,
		 WHEN(IS("routing_strategy.type", "TERMINAL")), THEN(SET("routing_strategy.message")),
		 "If you specify TERMINAL for the Type property, you must specify this property.",
		 "CloudFormation registry: AWS::GameLift::Alias RoutingStrategy.Message"),
	{ NULL },
};
