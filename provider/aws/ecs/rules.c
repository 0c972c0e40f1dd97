/*
 * ecs/rules.c: the ECS rules its model does not carry (checks/rules.h): what a task definition
 * for Fargate needs (awsvpc, a task size) and the task sizes Fargate takes, CPU with memory;
 * and, inside container_definitions (JSON that no row of the models reaches), text where the
 * model types a member as a string, and a container's memory, name, image digest and port
 * mappings. AWS's words as rows (AWS_SAYS, checks/words/ecs.words): a Windows task on
 * Fargate's CPU, and on the awscc service, cluster and task definition the registry's
 * sentences their schemas' keywords do not hold (names, a role, deployment controllers and
 * strategies, placement, managed EBS volumes, Service Connect; containers and volumes by
 * network mode, IPC mode, Fargate and Windows, health checks, restart policies, EFS and S3
 * Files volumes).
 *
 * Across resources (aws_check_resources, checks/run_stack.c), against the role the
 * stack gives it:
 * an ECS task definition whose container pulls its image from ECR, or
 * logs with awslogs, while no policy the stack writes for its execution
 * role allows what that takes (ecr:GetAuthorizationToken, BatchGetImage,
 * GetDownloadUrlForLayer; logs:CreateLogStream, PutLogEvents; Amazon ECS
 * Developer Guide, "Amazon ECS task execution IAM role"): granted by
 * AmazonECSTaskExecutionRolePolicy and the broader managed policies. A
 * warning: RegisterTaskDefinition takes the role and each task fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/ecs/across.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/checks/roles.h"
#include "provider/provider.h"

/* AWS's words on an ECS name (a cluster's, a service's, a container's, a volume's). */
#define ECS_NAME_WORDS "Up to 255 letters (uppercase and lowercase), numbers, underscores, and " \
	"hyphens are allowed."

/* Fargate's task sizes: CPU units, and the memory (MiB) each takes, from
 * lo to hi in steps of step. */
static const struct {
	long cpu, lo, hi, step;
} fargate_sizes[] = {
	{ 256, 512, 2048, 0 },       /* 512, 1024, 2048 */
	{ 512, 1024, 4096, 1024 },
	{ 1024, 2048, 8192, 1024 },
	{ 2048, 4096, 16384, 1024 },
	{ 4096, 8192, 30720, 1024 },
	{ 8192, 16384, 61440, 4096 },
	{ 16384, 32768, 122880, 8192 },
};

static bool takes(size_t i, long mem)
{
	if (!fargate_sizes[i].step)
		return mem == 512 || mem == 1024 || mem == 2048;
	return mem >= fargate_sizes[i].lo && mem <= fargate_sizes[i].hi &&
	       (mem - fargate_sizes[i].lo) % fargate_sizes[i].step == 0;
}

/* A whole number written as text ("512"), else -1. */
static long whole(const char *s)
{
	char *end;
	long n;

	if (!s || !*s)
		return -1;
	n = strtol(s, &end, 10);
	return *end || n < 0 ? -1 : n;
}

static bool for_fargate(const json_t *v)
{
	const json_t *compat = json_object_get(v, "requires_compatibilities"), *e;
	size_t i;

	json_array_foreach(compat, i, e)
		if (value_known_string(e) && !strcmp(value_known_string(e), "FARGATE"))
			return true;
	return false;
}

/* Whether a container as written logs with awslogs. */
static bool logs_with_awslogs(const json_t *v)
{
	json_t *parsed;
	const json_t *c, *defs = aws_doc_json(json_object_get(v, "container_definitions"), &parsed);
	bool found = false;
	size_t i;

	json_array_foreach(defs, i, c) {
		const char *d = value_known_member(json_object_get(c, "logConfiguration"), "logDriver");

		if (d && !strcmp(d, "awslogs"))
			found = true;
	}
	json_decref(parsed);
	return found;
}

/* A task size in CPU units or vCPU ("1024", "1 vCPU", ".25 vcpu"), or in
 * MiB or GB ("2048", "2GB", "2 GB"), as RegisterTaskDefinition takes them
 * (API reference: cpu "can be expressed in CPU units (for example, 1024) or
 * as a string using vCPUs (for example, 1 vCPU or 1 vcpu)", memory "in MiB
 * (for example, 1024) or as a string using GB (for example, 1GB or 1
 * GB)"): the units or MiB, or -1 for text of another form (left to AWS). */
static long task_size(const char *s, const char *unit)
{
	char *end;
	double n;

	if (!s || !*s || !strchr("0123456789.", *s))
		return -1;
	n = strtod(s, &end);
	while (*end == ' ')
		end++;
	if (*end) {
		if (strcasecmp(end, unit))
			return -1;
		n *= 1024;
	}
	return n >= 0 && n == (double)(long)n ? (long)n : -1;
}

/* Whether Fargate takes cpu units with mem MiB (written cpu_text,
 * mem_text): 0, or -1 with what it takes in err. */
static int fargate_size(long cpu, long mem, const char *cpu_text, const char *mem_text,
			struct strbuf *err)
{
	for (size_t i = 0; i < sizeof(fargate_sizes) / sizeof(*fargate_sizes); i++) {
		if (fargate_sizes[i].cpu != cpu)
			continue;
		if (takes(i, mem))
			return 0;
		if (!fargate_sizes[i].step)
			strbuf_addf(err, "Fargate takes memory 512, 1024 or 2048 with cpu 256, not "
				    "\"%s\"", mem_text);
		else
			strbuf_addf(err, "Fargate takes memory %ld to %ld in steps of %ld with cpu "
				    "%ld, not \"%s\"", fargate_sizes[i].lo, fargate_sizes[i].hi,
				    fargate_sizes[i].step, cpu, mem_text);
		strbuf_addf(err, ": memory: \"%ld\"", fargate_sizes[i].lo);
		return -1;
	}
	strbuf_addf(err, "Fargate takes cpu 256, 512, 1024, 2048, 4096, 8192 or 16384, not \"%s\": "
		    "cpu: \"256\"", cpu_text);
	return -1;
}

/* A row for the whole resource. RegisterTaskDefinition networkMode: "If
 * you're using Fargate, the awsvpc network mode is required"; cpu and memory:
 * "If you're using the Fargate launch type, this field is required", with
 * the table of the values Fargate supports (256 CPU: 512, 1024 or 2048 MiB;
 * 512: 1-4 GB; 1024: 2-8 GB; 2048: 4-16 GB; 4096: 8-30 GB, each in 1 GB
 * steps; 8192: 16-60 GB in 4 GB steps; 16384: 32-120 GB in 8 GB steps)
 * (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html,
 * Amazon ECS Developer Guide, "Task size"); executionRoleArn: a Fargate task
 * definition whose container uses the awslogs driver needs it
 * (ClientException "Fargate requires task definition to have execution role
 * ARN to support log driver awslogs"; Developer Guide, "Using the awslogs
 * log driver"). */
int rule_ecs_fargate(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *mode = json_object_get(v, "network_mode");
	const json_t *cpu_v = json_object_get(v, "cpu"), *mem_v = json_object_get(v, "memory");
	long cpu, mem;

	(void)r;
	if (!for_fargate(v))
		return 0;
	if (!value_not_known(mode) &&
	    (!value_known_string(mode) || strcmp(value_known_string(mode), "awsvpc"))) {
		strbuf_addf(err, "requires_compatibilities has FARGATE, which takes network_mode "
			    "awsvpc only%s%s%s: network_mode: awsvpc",
			    value_known_string(mode) ? " (not " : "",
			    value_known_string(mode) ? value_known_string(mode) : "",
			    value_known_string(mode) ? ")" : "");
		return -1;
	}
	if (!json_object_get(v, "execution_role_arn") && logs_with_awslogs(v)) {
		strbuf_addstr(err, "a container logs with awslogs, which Fargate writes with the "
			      "task's execution role, and execution_role_arn is not set: "
			      "execution_role_arn: ${ecs_execution.arn}");
		return -1;
	}
	if (value_not_known(cpu_v) || value_not_known(mem_v))
		return 0;
	if (!value_known_string(cpu_v) || !value_known_string(mem_v)) {
		strbuf_addstr(err, "requires_compatibilities has FARGATE, which needs the task's "
			      "cpu and memory: cpu: \"256\", memory: \"512\"");
		return -1;
	}
	cpu = task_size(value_known_string(cpu_v), "vcpu");
	mem = task_size(value_known_string(mem_v), "gb");
	return fargate_size(cpu, mem, value_known_string(cpu_v), value_known_string(mem_v), err);
}

/* The awscc task definition's Fargate task size (CloudFormation registry:
 * AWS::ECS::TaskDefinition Cpu, Memory: "You must use one of the following
 * values. The value that you choose determines your range of valid values
 * for the memory parameter", the same table): judged once both are known
 * and of a form AWS takes. */
static int rule_ecs_cc_fargate_size(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *cpu_text = value_known_string(json_object_get(v, "cpu"));
	const char *mem_text = value_known_string(json_object_get(v, "memory"));
	long cpu = task_size(cpu_text, "vcpu"), mem = task_size(mem_text, "gb");

	(void)r;
	if (!for_fargate(v) || cpu < 0 || mem < 0)
		return 0;
	return fargate_size(cpu, mem, cpu_text, mem_text, err);
}

/* The awscc service on Fargate takes no task placement (ECS Developer
 * Guide, "Amazon ECS task placement"; CreateService's InvalidParameterException
 * "Placement strategies are not supported with FARGATE launch type."): on
 * Fargate when launch_type is FARGATE, or each provider of its capacity
 * provider strategy is FARGATE or FARGATE_SPOT. Strategies either way;
 * constraints by capacity provider (by launch type: the row
 * ecs.cfn_fargate_no_placement_constraints). An empty list passes. */
static int rule_ecs_cc_fargate_placement(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *launch = value_known_member(v, "launch_type");
	const json_t *cps = known_list(v, "capacity_provider_strategy"), *e, *l;
	bool providers = cps && json_array_size(cps);
	size_t i;

	(void)r;
	json_array_foreach(cps, i, e) {
		const char *p = value_known_member(e, "capacity_provider");
		providers = providers && p && (!strcmp(p, "FARGATE") || !strcmp(p, "FARGATE_SPOT"));
	}
	if (!providers && !(launch && !strcmp(launch, "FARGATE")))
		return 0;
	for (int k = 0; k < (providers ? 2 : 1); k++) {
		const char *attr = k ? "placement_constraints" : "placement_strategies";

		if (!(l = known_list(v, attr)) || !json_array_size(l))
			continue;
		strbuf_addf(err, "%s on Fargate (%s): AWS says \"Task placement strategies and "
			    "constraints aren't supported for tasks using the Fargate launch type.\" "
			    "(ECS Developer Guide: Amazon ECS task placement): leave %s out", attr,
			    providers ? "capacity providers FARGATE" : "launch_type FARGATE", attr);
		return -1;
	}
	return 0;
}

/* The members of ECS's ContainerDefinition that its model types as strings
 * (botocore's ecs service-2.json: ContainerDefinition and the shapes under
 * it, enums included; map keys are text in JSON anyway), as paths: "a.b",
 * "a[]" each element of a list, "a{}" each value of a map. */
static const char *const container_strings[] = {
	"name", "image", "repositoryCredentials.credentialsParameter", "links[]",
	"portMappings[].protocol", "portMappings[].name", "portMappings[].appProtocol",
	"portMappings[].containerPortRange", "entryPoint[]", "command[]", "environment[].name",
	"environment[].value", "environmentFiles[].value", "environmentFiles[].type",
	"mountPoints[].sourceVolume", "mountPoints[].containerPath",
	"volumesFrom[].sourceContainer", "linuxParameters.capabilities.add[]",
	"linuxParameters.capabilities.drop[]", "linuxParameters.devices[].hostPath",
	"linuxParameters.devices[].containerPath", "linuxParameters.devices[].permissions[]",
	"linuxParameters.tmpfs[].containerPath", "linuxParameters.tmpfs[].mountOptions[]",
	"secrets[].name", "secrets[].valueFrom", "dependsOn[].containerName",
	"dependsOn[].condition", "versionConsistency", "hostname", "user", "workingDirectory",
	"dnsServers[]", "dnsSearchDomains[]", "extraHosts[].hostname", "extraHosts[].ipAddress",
	"dockerSecurityOptions[]", "dockerLabels{}", "ulimits[].name",
	"logConfiguration.logDriver", "logConfiguration.options{}",
	"logConfiguration.secretOptions[].name", "logConfiguration.secretOptions[].valueFrom",
	"healthCheck.command[]", "systemControls[].namespace", "systemControls[].value",
	"resourceRequirements[].value", "resourceRequirements[].type",
	"firelensConfiguration.type", "firelensConfiguration.options{}", "credentialSpecs[]",
	NULL,
};

/* The first value at `path` inside v that is known and is not text: -1
 * with *bad it and `shown` its path as written ("environment[1].value"),
 * else 0. */
static int not_text(const json_t *v, const char *path, struct strbuf *shown, const json_t **bad)
{
	size_t at = shown->len, n, i;
	const char *key;
	const json_t *item;
	char name[128];

	if (!v || value_not_known(v) || json_is_null(v))
		return 0;
	if (*path == '.')
		path++;
	if (!*path) {
		if (json_is_string(v))
			return 0;
		*bad = v;
		return -1;
	}
	if (!strncmp(path, "[]", 2)) {
		json_array_foreach(v, i, item) {
			strbuf_setlen(shown, at);
			strbuf_addf(shown, "[%zu]", i);
			if (not_text(item, path + 2, shown, bad))
				return -1;
		}
		return 0;
	}
	if (!value_known_object(v))
		return 0;
	if (!strncmp(path, "{}", 2)) {
		json_object_foreach((json_t *)v, key, item) {
			strbuf_setlen(shown, at);
			strbuf_addf(shown, ".%s", key);
			if (not_text(item, path + 2, shown, bad))
				return -1;
		}
		return 0;
	}
	n = strcspn(path, ".[{");
	if (n >= sizeof(name))
		return 0;
	memcpy(name, path, n);
	name[n] = '\0';
	strbuf_addf(shown, "%s%s", at ? "." : "", name);
	return not_text(json_object_get(v, name), path + n, shown, bad);
}

/* RegisterTaskDefinition containerDefinitions: the members above are
 * strings in the Amazon ECS API reference (ContainerDefinition,
 * KeyValuePair, Secret, LogConfiguration, ...), and ECS refuses a number or
 * a boolean in one; YAML reads an unquoted 5432 or true as one. */
int rule_ecs_container_strings(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed;
	const json_t *c, *bad = NULL, *list = aws_doc_json(v, &parsed);
	struct strbuf shown = STRBUF_INIT;
	size_t i;
	int rc = 0;

	(void)r;
	json_array_foreach(list, i, c) {
		for (size_t k = 0; !rc && container_strings[k]; k++) {
			strbuf_reset(&shown);
			rc = not_text(c, container_strings[k], &shown, &bad);
		}
		if (rc)
			break;
	}
	if (rc) {
		const char *name = value_known_member(c, "name");
		char *text = json_dumps(bad, JSON_ENCODE_ANY | JSON_COMPACT);

		if (name)
			strbuf_addf(err, "the container %s's ", name);
		else
			strbuf_addf(err, "container [%zu]'s ", i);
		strbuf_addf(err, "%s is %s %s, where ECS takes text (Amazon ECS API reference: ContainerDefinition): write it as text: \"%s\" or "
			    "tostring(...)", shown.buf,
			    json_is_number(bad) ? "the number" : json_is_boolean(bad) ? "the boolean"
			    : json_is_array(bad) ? "a list" : "an object",
			    text ? text : "", text ? text : "");
		free(text);
	}
	strbuf_release(&shown);
	json_decref(parsed);
	return rc ? -1 : 0;
}

/* ---- a task definition's execution role: pulls from ECR, writes to awslogs ---- */

/* Amazon ECS Developer Guide, "Amazon ECS task execution IAM role": a task
 * whose image is in a private ECR repository needs these of its execution
 * role, and one whose container logs with awslogs the other two; the AWS
 * managed policy AmazonECSTaskExecutionRolePolicy grants all five. */
static const char *const pull_actions[] = {
	"ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", NULL,
};
static const char *const pull_managed[] = {
	"AmazonECSTaskExecutionRolePolicy", "AmazonEC2ContainerRegistryReadOnly",
	"AmazonEC2ContainerRegistryPullOnly", "AmazonEC2ContainerRegistryPowerUser",
	"AmazonEC2ContainerRegistryFullAccess", "AdministratorAccess", "PowerUserAccess", NULL,
};
static const char *const log_actions[] = { "logs:CreateLogStream", "logs:PutLogEvents", NULL };
static const char *const log_managed[] = {
	"AmazonECSTaskExecutionRolePolicy", "CloudWatchLogsFullAccess", "AdministratorAccess",
	"PowerUserAccess", NULL,
};

/* The containers as written (a list, or JSON text of one): a new
 * reference, or NULL when not known yet. Unlike aws_doc_json, text with a
 * ${...} inside a member is read: an image's ${NAME.repository_url} is
 * what container_using looks for. */
static json_t *known_containers(const json_t *v)
{
	json_t *list = json_is_string(v) ? json_loads(json_string_value(v), 0, NULL)
					  : json_incref((json_t *)v);

	if (json_is_array(list) && !value_not_known(list))
		return list;
	json_decref(list);
	return NULL;
}

/* The first container (its name) whose image is in ECR (a
 * ACCOUNT.dkr.ecr.REGION host, or a repository's ${NAME.repository_url}),
 * or that logs with awslogs (`logs` true): NULL when none does. */
static const char *container_using(const json_t *containers, bool logs)
{
	const json_t *c;
	size_t i;

	json_array_foreach(containers, i, c) {
		const char *image = value_known_member(c, "image");
		const char *driver = value_known_member(json_object_get(c, "logConfiguration"),
						       "logDriver");
		const char *raw = json_string_value(json_object_get(c, "image"));

		if (logs ? driver && !strcmp(driver, "awslogs")
			 : (image && strstr(image, ".dkr.ecr.")) ||
			   (raw && (strstr(raw, ".dkr.ecr.") || strstr(raw, ".repository_url}"))))
			return value_known_member(c, "name") ? value_known_member(c, "name") : "";
	}
	return NULL;
}

/* Warn when role `role` (task definition i's execution role) allows none of
 * some of `actions`, which a container of it needs for `why`. */
static void check_execution_needs(const struct written_resource *rs, size_t n, size_t i,
				  size_t role, const char *container, const char *why,
				  const char *const *actions, const char *const *managed,
				  const char *fails, check_report_fn report, void *ctx)
{
	char msg[1024], also[400], list[300];
	const char *first;

	if (!role_lacks(rs, n, role, actions, managed, why, list, sizeof(list), also,
			sizeof(also), &first))
		return;
	snprintf(msg, sizeof(msg),
		 "execution_role_arn: container \"%s\" %s, but no policy the stack writes for "
		 "role \"%s\" allows %s%s: %s (attach arn:aws:iam::aws:policy/service-role/"
		 "AmazonECSTaskExecutionRolePolicy in managed_policy_arns)",
		 container, why, rs[role].name, list, also, fails);
	report(ctx, &(struct check_finding){
		.warning = true, .which = i, .attr = "execution_role_arn", .other = role,
		.other_attr = "managed_policy_arns", .message = msg });
}

/* Across resources, against the execution role the stack gives a task
 * definition (checks/roles.h): it may pull from ECR and write to awslogs (a
 * warning). */

static void check_ecs_executions(const struct written_resource *rs, size_t n,
				 check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const char *pulls, *logs;
		json_t *containers;
		size_t role;

		if (strcmp(rs[i].type, "aws.ecs.task_definition") || rs[i].repeated)
			continue;
		role = aws_written_named(rs, n, &rs[i],
					 json_string_value(json_object_get(rs[i].config,
									   "execution_role_arn")),
					 "aws.iam.role", role_attrs);
		containers = known_containers(json_object_get(rs[i].config,
							      "container_definitions"));
		if (role == WRITTEN_NONE || !containers) {
			json_decref(containers);
			continue;
		}
		pulls = container_using(containers, false);
		logs = container_using(containers, true);
		if (pulls)
			check_execution_needs(rs, n, i, role, pulls, "pulls its image from ECR",
					      pull_actions, pull_managed,
					      "its tasks stop with CannotPullContainerError",
					      report, ctx);
		if (logs)
			check_execution_needs(rs, n, i, role, logs, "logs with awslogs", log_actions,
					      log_managed, "its tasks stop before the container "
					      "starts, unable to write its log stream", report, ctx);
		json_decref(containers);
	}
}

/* A container's MiB as written (a number, or a whole number as text), else
 * -1 (absent, not known yet). */
static double container_mib(const json_t *c, const char *key)
{
	const json_t *v = json_object_get(c, key);

	if (json_is_number(v))
		return json_number_value(v);
	return value_known_string(v) ? (double)whole(value_known_string(v)) : -1;
}

/* Whether an image's digest (after '@') is sha256: and 64 hex digits. */
static bool digest_takes(const char *digest)
{
	if (strncmp(digest, "sha256:", 7) || strlen(digest + 7) != 64)
		return false;
	return strspn(digest + 7, "0123456789abcdefABCDEF") == 64;
}

/* The first hostPort of a container's portMappings that is known and is not
 * its containerPort (0 too: a dynamic port), else -1. */
static long fixed_port_differs(const json_t *c)
{
	const json_t *m;
	size_t i;

	json_array_foreach(json_object_get(c, "portMappings"), i, m) {
		const json_t *host = json_object_get(m, "hostPort");
		const json_t *container = json_object_get(m, "containerPort");

		if (json_is_number(host) && json_is_number(container) &&
		    json_number_value(host) != json_number_value(container))
			return (long)json_number_value(host);
	}
	return -1;
}

/* A row for the whole resource: inside container_definitions, what RegisterTaskDefinition's
 * ContainerDefinition says of a container's memory: "don't specify less than 4 MiB of memory
 * for your containers"; "If you specify both a container-level memory and memoryReservation
 * value, memory must be greater than memoryReservation" (ECS takes them equal); "If using the
 * EC2 launch type, you must specify either a task-level memory value or a container-level
 * memory value" (ClientException "At least one of 'memory' or 'memoryReservation' must be
 * specified"); "The total amount of memory reserved for all containers within a task must be
 * lower than the task memory value, if one is specified" (ClientException "The sum of all
 * container 'memoryReservation' values cannot be greater than the value of the task
 * 'memory'"); of its image: "The only supported hash function is sha256, and the hash value
 * after sha256: must be exactly 64 characters"; of its name, ECS_NAME_WORDS; and networkMode:
 * "If the network mode is set to none, you cannot specify port mappings in your container
 * definitions", and "With the host and awsvpc network modes, exposed container ports are
 * mapped directly to the corresponding host port ... so you cannot take advantage of dynamic
 * host port mappings" (ClientException "When networkMode=awsvpc, the host ports must either be
 * undefined or equal to the container port values") (Amazon ECS API reference:
 * RegisterTaskDefinition, ContainerDefinition). */
static int rule_ecs_container_settings(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *containers = known_containers(json_object_get(v, "container_definitions"));
	const json_t *task_memory = json_object_get(v, "memory"), *c;
	const char *mode = value_known_member(v, "network_mode");
	double reserved = 0;
	size_t i;
	int rc = 0;

	(void)r;
	json_array_foreach(containers, i, c) {
		const char *name = value_known_member(c, "name") ? value_known_member(c, "name") : "";
		const char *image = value_known_member(c, "image");
		double memory = container_mib(c, "memory");
		double reservation = container_mib(c, "memoryReservation");
		long port;

		if (!value_known_object(c))
			continue;
		rc = -1;
		if (memory >= 0 && memory < 4)
			strbuf_addf(err, "container_definitions: container \"%s\": memory %g: ECS "
				    "takes 4 MiB or more for a container (\"don't specify less than "
				    "4 MiB of memory for your containers\")", name, memory);
		else if (memory >= 0 && reservation >= 0 && memory < reservation)
			strbuf_addf(err, "container_definitions: container \"%s\": memory %g is "
				    "less than memoryReservation %g: the hard limit is at least the "
				    "reservation (memory: %g)", name, memory, reservation, reservation);
		else if (!value_is_set(task_memory) && !value_is_set(json_object_get(c, "memory")) &&
			 !value_is_set(json_object_get(c, "memoryReservation")))
			strbuf_addf(err, "container_definitions: container \"%s\" has neither memory "
				    "nor memoryReservation, and the task no memory: ECS needs one of "
				    "them (\"memoryReservation\": 512)", name);
		else if (mode && !strcmp(mode, "none") &&
			 json_array_size(json_object_get(c, "portMappings")))
			strbuf_addf(err, "container_definitions: container \"%s\" has portMappings, "
				    "which network_mode none does not take (\"If the network mode is "
				    "set to none, you cannot specify port mappings\")", name);
		else if (mode && (!strcmp(mode, "awsvpc") || !strcmp(mode, "host")) &&
			 (port = fixed_port_differs(c)) >= 0)
			strbuf_addf(err, "container_definitions: container \"%s\": hostPort %ld is "
				    "not its containerPort: network_mode %s maps each container port "
				    "to the same host port (\"you cannot take advantage of dynamic host "
				    "port mappings\"): leave hostPort out or make it the containerPort",
				    name, port, mode);
		else if (*name && !matches(name, "^[A-Za-z0-9_-]{1,255}$"))
			strbuf_addf(err, "container_definitions: container \"%s\": a container's "
				    "name has 1 to 255 letters, digits, _ and - (\"%s\")", name, ECS_NAME_WORDS);
		else if (image && strchr(image, '@') && !digest_takes(strchr(image, '@') + 1))
			strbuf_addf(err, "container_definitions: container \"%s\": image \"%s\": a "
				    "digest is sha256: and 64 hex digits (\"The only supported hash "
				    "function is sha256\")", name, image);
		else
			rc = 0;
		if (rc)
			break;
		if (reservation > 0)
			reserved += reservation;
	}
	if (!rc && value_known_string(task_memory) && whole(value_known_string(task_memory)) >= 0 &&
	    reserved > (double)whole(value_known_string(task_memory))) {
		strbuf_addf(err, "container_definitions: the containers' memoryReservation values "
			    "sum to %g MiB, more than the task's memory %s (\"The total amount of "
			    "memory reserved for all containers within a task must be lower than "
			    "the task memory value\")", reserved, value_known_string(task_memory));
		rc = -1;
	}
	json_decref(containers);
	return rc;
}

/* A port range as written ("8000-8010"): its first and last port; false
 * for text of another form (left to AWS). */
static bool port_range(const json_t *v, long *first, long *last)
{
	const char *s = value_known_string(v);
	char *end;

	if (!s || *s < '0' || *s > '9')
		return false;
	*first = strtol(s, &end, 10);
	if (*end != '-' || end[1] < '0' || end[1] > '9')
		return false;
	*last = strtol(end + 1, &end, 10);
	return !*end;
}

/* A port mapping's ports (a container_port: one port), protocol (tcp when
 * unset) and whether they are a range; false when it has neither known. */
static bool mapping_ports(const json_t *m, long *first, long *last, const char **protocol,
			  bool *range)
{
	const json_t *port = json_object_get(m, "container_port");

	*protocol = value_known_member(m, "protocol") ? value_known_member(m, "protocol") : "tcp";
	*range = !json_is_integer(port);
	if (json_is_integer(port)) {
		*first = *last = (long)json_integer_value(port);
		return true;
	}
	return port_range(json_object_get(m, "container_port_range"), first, last);
}

/* Whether the container of the list named `name` is essential as written
 * (unset: true); false when it is not known or no container has that name. */
static bool named_essential(const json_t *containers, const char *name)
{
	const json_t *c;
	size_t i;

	json_array_foreach(containers, i, c) {
		const json_t *e = json_object_get(c, "essential");
		if (!value_known_member(c, "name") || strcmp(value_known_member(c, "name"), name))
			continue;
		return !e || json_is_true(e);
	}
	return false;
}

/* The awscc task definition's containers (CloudFormation registry:
 * AWS::ECS::TaskDefinition PortMapping.ContainerPortRange: "The
 * containerPortRange valid values are between 1 and 65535", "The first
 * port in the range must be less than last port in the range", "You cannot
 * specify overlapping port ranges", "A port can only be included in one
 * port mapping per container" (said of ranges: judged where one of the
 * two is a range, of one protocol: a port's tcp and udp mappings are two); ContainerDependency.Condition COMPLETE and SUCCESS:
 * "This condition can't be set on an essential container";
 * ContainerDefinition.Memory: "The total amount of memory reserved for all
 * containers within a task must be lower than the task memory value, if
 * one is specified", as rule_ecs_container_settings sums the written
 * type's memoryReservation values). What is not known yet passes. */
static int rule_ecs_cc_containers(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *containers = json_object_get(v, "container_definitions"), *c;
	const char *task_memory = value_known_string(json_object_get(v, "memory"));
	long memory = task_size(task_memory, "gb");
	double reserved = 0;
	size_t i, k, j;

	(void)r;
	json_array_foreach(containers, i, c) {
		const json_t *maps = json_object_get(c, "port_mappings"), *m, *o, *d;
		const char *name = value_known_member(c, "name") ? value_known_member(c, "name") : "";
		long a0, a1, b0, b1;
		const char *pa, *pb;
		bool ra, rb;

		json_array_foreach(maps, k, m) {
			if (!port_range(json_object_get(m, "container_port_range"), &a0, &a1))
				continue;
			if (a0 < 1 || a1 > 65535 || a0 >= a1) {
				strbuf_addf(err, "container_definitions[%zu].port_mappings[%zu]."
					    "container_port_range: \"%s\": %s (e.g. \"8000-8010\")", i, k,
					    value_known_string(json_object_get(m, "container_port_range")),
					    a0 >= a1 ? "the first port must be less than the last"
						     : "ports are 1 to 65535");
				return -1;
			}
		}
		json_array_foreach(maps, k, m)
			for (j = 0; j < k && mapping_ports(m, &a0, &a1, &pa, &ra); j++) {
				o = json_array_get(maps, j);
				if (!mapping_ports(o, &b0, &b1, &pb, &rb) || !(ra || rb) ||
				    strcasecmp(pa, pb) || a1 < b0 || b1 < a0)
					continue; /* two single ports: not a range's rule */
				strbuf_addf(err, "container_definitions[%zu].port_mappings[%zu]: container "
					    "\"%s\": its ports %ld-%ld meet port_mappings[%zu]'s %ld-%ld: "
					    "ECS takes a port in one port mapping of a container, and no "
					    "overlapping ranges", i, k, name, a0, a1, j, b0, b1);
				return -1;
			}
		json_array_foreach(json_object_get(c, "depends_on"), k, d) {
			const char *cond = value_known_member(d, "condition");
			const char *on = value_known_member(d, "container_name");
			if (cond && on && (!strcmp(cond, "COMPLETE") || !strcmp(cond, "SUCCESS")) &&
			    named_essential(containers, on)) {
				strbuf_addf(err, "container_definitions[%zu].depends_on[%zu].condition: "
					    "\"%s\" on container \"%s\", which is essential: ECS sets "
					    "COMPLETE and SUCCESS only on a container that is not (essential: "
					    "false on \"%s\", or condition: START)", i, k, cond, on, on);
				return -1;
			}
		}
		if (json_is_number(json_object_get(c, "memory_reservation")))
			reserved += json_number_value(json_object_get(c, "memory_reservation"));
	}
	if (memory >= 0 && reserved > (double)memory) {
		strbuf_addf(err, "container_definitions: the containers' memory_reservation values sum "
			    "to %g MiB, more than the task's memory \"%s\" (\"The total amount of memory "
			    "reserved for all containers within a task must be lower than the task "
			    "memory value\")", reserved, task_memory);
		return -1;
	}
	return 0;
}

/* The ECS rows of the one table of checks (checks/row.h), in the order they run: a type's
 * rows for single values before its rows for the whole resource; aws_rules_tables
 * (checks/tables.c) lists this table. */
#define ECS_API "Amazon ECS API reference: "
#define ECS_FARGATE "Amazon ECS API reference: RegisterTaskDefinition networkMode, cpu, memory; " \
	"Amazon ECS Developer Guide: task size"

const struct aws_check_row aws_rules_ecs[] = {
	NAME_CHARS_IN("aws.ecs.cluster", "name", "ECS", "-_", 1, 255, "data-jobs",
		      ECS_API "CreateCluster clusterName"),
	NAME_CHARS_IN("aws.ecs.task_definition", "family", "ECS", "-_", 1, 255, "dbt-nightly",
		      ECS_API "RegisterTaskDefinition family"),
	RULE("aws.ecs.task_definition", "", rule_ecs_fargate, ECS_FARGATE),
	/* AWS's words (checks/words/ecs.words). */
	AWS_SAYS("ecs.windows_fargate_cpu", "aws.ecs.task_definition", AWS_CALL_CREATE,
		 WHEN(HAS("requires_compatibilities", "FARGATE"),
		      IS_NOT("runtime_platform.operating_system_family", "LINUX")),
		 THEN(IN("cpu", 1024, 16384)),
		 "The CPU units cannot be less than 1 vCPU when you use Windows containers on "
		 "Fargate.", "ecs RegisterTaskDefinition memory"),
	/* On the awscc types: what the registry's schemas describe but their
	 * keywords do not hold. */
	/* Through the task definition the service names ("->": what that
	 * resource of the stack writes, checks/words.c). */
	AWS_SAYS("ecs.cfn_service_awsvpc_network_configuration", "awscc.ecs.service",
		 AWS_CALL_CREATE, WHEN(IS("task_definition->network_mode", "awsvpc")),
		 THEN(SET("network_configuration")),
		 "This parameter is required for task definitions that use the awsvpc network mode "
		 "to receive their own elastic network interface, and it is not supported for "
		 "other network modes.", "CloudFormation registry: AWS::ECS::Service NetworkConfiguration"),
	AWS_SAYS("ecs.cfn_role_not_awsvpc", "awscc.ecs.service", AWS_CALL_CREATE,
		 WHEN(IS("task_definition->network_mode", "awsvpc")), THEN(UNSET("role")),
		 "This parameter is only permitted if you are using a load balancer with your service "
		 "and your task definition doesn't use the awsvpc network mode.",
		 "CloudFormation registry: AWS::ECS::Service Role"),
	AWS_SAYS("ecs.cfn_task_set_awsvpc_network_configuration", "awscc.ecs.task_set",
		 AWS_CALL_CREATE, WHEN(IS("task_definition->network_mode", "awsvpc")),
		 THEN(SET("network_configuration")),
		 "If the network mode is awsvpc, the task is allocated an elastic network "
		 "interface, and you must specify a NetworkConfiguration value when you create a "
		 "service or run a task with the task definition.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition NetworkMode"),
	AWS_SAYS("ecs.cfn_service_registry_bridge_host_container", "awscc.ecs.service",
		 AWS_CALL_CREATE,
		 ALWAYS, THEN(EACH("service_registries",
				   WHEN(IS("/task_definition->network_mode", "bridge", "host")),
				   THEN(SET("container_name"), SET("container_port")))),
		 "If the task definition that your service task specifies uses the bridge or host "
		 "network mode, you must specify a containerName and containerPort combination "
		 "from the task definition.",
		 "CloudFormation registry: AWS::ECS::Service ServiceRegistry.ContainerName"),
	AWS_SAYS("ecs.cfn_task_set_registry_bridge_host_container", "awscc.ecs.task_set",
		 AWS_CALL_CREATE,
		 ALWAYS, THEN(EACH("service_registries",
				   WHEN(IS("/task_definition->network_mode", "bridge", "host")),
				   THEN(SET("container_name"), SET("container_port")))),
		 "If the task definition that your service task specifies uses the bridge or host "
		 "network mode, you must specify a containerName and containerPort combination "
		 "from the task definition.",
		 "CloudFormation registry: AWS::ECS::TaskSet ServiceRegistry.ContainerName"),
	/* A registry of the stack (its service's DNS records) of an awsvpc task:
	 * the registry's port, or its container's (CloudFormation registry:
	 * "you must specify either a containerName and containerPort
	 * combination or a port value", the task set's "but not both"). */
	AWS_SAYS("ecs.cfn_service_registry_awsvpc_srv", "awscc.ecs.service", AWS_CALL_CREATE,
		 ALWAYS, THEN(EACH("service_registries",
				   WHEN(IS("/task_definition->network_mode", "awsvpc"),
					SOME("registry_arn->dns_config.dns_records", IS("type", "SRV"))),
				   THEN(ANY_OF(SET("port"), SET("container_port"))))),
		 "If the task definition that your service task specifies uses the awsvpc network "
		 "mode and a type SRV DNS record is used, you must specify either a containerName "
		 "and containerPort combination or a port value.",
		 "CloudFormation registry: AWS::ECS::Service ServiceRegistry.ContainerName"),
	AWS_SAYS("ecs.cfn_task_set_registry_awsvpc_srv", "awscc.ecs.task_set", AWS_CALL_CREATE,
		 ALWAYS, THEN(EACH("service_registries",
				   WHEN(IS("/task_definition->network_mode", "awsvpc"),
					SOME("registry_arn->dns_config.dns_records", IS("type", "SRV"))),
				   THEN(EXACTLY_ONE_OF(SET("port"), SET("container_port"))))),
		 "If the task definition that your service task specifies uses the awsvpc network "
		 "mode and a type SRV DNS record is used, you must specify either a containerName "
		 "and containerPort combination or a port value, but not both.",
		 "CloudFormation registry: AWS::ECS::TaskSet ServiceRegistry.ContainerName"),
	/* The target groups of an awsvpc task set's load balancers (what each
	 * target_group_arn names): of target type ip, not instance (an unset
	 * type is the server's, which an adopted group keeps: not judged); a
	 * service's: kinds/by_sibling.def's ECS_AWSVPC. */
	AWS_SAYS("ecs.cfn_task_set_awsvpc_target_type_ip", "awscc.ecs.task_set", AWS_CALL_CREATE,
		 WHEN(IS("task_definition->network_mode", "awsvpc")),
		 THEN(EACH("load_balancers", ALWAYS,
			   THEN(IS_NOT("target_group_arn->target_type", "instance")))),
		 "If your service's task definition uses the awsvpc network mode (which is required "
		 "for the Fargate launch type), you must choose ip as the target type, not instance, "
		 "when creating your target groups because tasks that use the awsvpc network mode "
		 "are associated with an elastic network interface, not an Amazon EC2 instance.",
		 "CloudFormation registry: AWS::ECS::TaskSet LoadBalancer.TargetGroupArn"),
	/* A per-request timeout while every port mapping of the task definition
	 * is TCP (no app_protocol: "If you don't set a value for this
	 * parameter, then TCP is used", API reference PortMapping.appProtocol;
	 * a service's port_name names one of them). */
	AWS_SAYS("ecs.cfn_service_connect_timeout_not_tcp", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(IS("service_connect_configuration.enabled", "true"),
		      SOME("task_definition->container_definitions", SET("port_mappings")),
		      COUNT_WHERE("task_definition->container_definitions", 0, 0,
				  SOME("port_mappings", SET("app_protocol")))),
		 THEN(EACH("service_connect_configuration.services", ALWAYS,
			   THEN(IN("timeout.per_request_timeout_seconds", 0, 0)))),
		 "A value of 0 can be set to disable perRequestTimeout. perRequestTimeout can only "
		 "be set if Service Connect appProtocol isn't TCP.",
		 "CloudFormation registry: AWS::ECS::Service TimeoutConfiguration.PerRequestTimeoutSeconds"),
	/* A load balancer's container port among the task definition's port
	 * mappings (an awscc task definition's: its containers' port_mappings;
	 * judged while none of them maps a range, whose ports AWS's sentence
	 * does not place). */
	AWS_SAYS("ecs.cfn_service_lb_port_in_task_definition", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SOME("task_definition->container_definitions", SET("port_mappings")),
		      COUNT_WHERE("task_definition->container_definitions", 0, 0,
				  SOME("port_mappings", SET("container_port_range")))),
		 THEN(AMONG("load_balancers[].container_port",
			    "task_definition->container_definitions[].port_mappings[].container_port")),
		 "This port must correspond to a containerPort in the task definition the tasks in "
		 "the service are using.",
		 "CloudFormation registry: AWS::ECS::Service LoadBalancer.ContainerPort"),
	AWS_SAYS("ecs.cfn_task_set_lb_port_in_task_definition", "awscc.ecs.task_set",
		 AWS_CALL_CREATE,
		 WHEN(SOME("task_definition->container_definitions", SET("port_mappings")),
		      COUNT_WHERE("task_definition->container_definitions", 0, 0,
				  SOME("port_mappings", SET("container_port_range")))),
		 THEN(AMONG("load_balancers[].container_port",
			    "task_definition->container_definitions[].port_mappings[].container_port")),
		 "This port must correspond to a containerPort in the task definition the tasks in "
		 "the service are using.",
		 "CloudFormation registry: AWS::ECS::TaskSet LoadBalancer.ContainerPort"),
	AWS_SAYS("ecs.cfn_service_connect_port_name_in_task_definition", "awscc.ecs.service",
		 AWS_CALL_ANY,
		 WHEN(IS("service_connect_configuration.enabled", "true"),
		      SOME("task_definition->container_definitions", SET("port_mappings"))),
		 THEN(AMONG("service_connect_configuration.services[].port_name",
			    "task_definition->container_definitions[].port_mappings[].name")),
		 "The portName must match the name of one of the portMappings from all the "
		 "containers in the task definition of this Amazon ECS service.",
		 "CloudFormation registry: AWS::ECS::Service ServiceConnectService.PortName"),
	AWS_SAYS("ecs.cfn_service_volume_name_in_task_definition", "awscc.ecs.service",
		 AWS_CALL_ANY, WHEN(SET("task_definition->container_definitions")),
		 THEN(AMONG("volume_configurations[].name", "task_definition->volumes[].name")),
		 "This value must match the volume name from the Volume object in the task "
		 "definition.", "CloudFormation registry: AWS::ECS::Service ServiceVolumeConfiguration.Name"),
	/* The subnets and security groups the stack writes, by the VPC each
	 * names (what a subnet's or group's vpc_id names: one resource). */
	AWS_SAYS("ecs.cfn_service_subnets_groups_one_vpc", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(SAME("network_configuration.awsvpc_configuration.subnets[]->vpc_id->",
			   "network_configuration.awsvpc_configuration.security_groups[]->vpc_id->")),
		 "All specified subnets and security groups must be from the same VPC.",
		 "CloudFormation registry: AWS::ECS::Service NetworkConfiguration.AwsvpcConfiguration"),
	AWS_SAYS("ecs.cfn_task_set_subnets_groups_one_vpc", "awscc.ecs.task_set", AWS_CALL_CREATE,
		 ALWAYS,
		 THEN(SAME("network_configuration.aws_vpc_configuration.subnets[]->vpc_id->",
			   "network_configuration.aws_vpc_configuration.security_groups[]->vpc_id->")),
		 "All specified subnets and security groups must be from the same VPC.",
		 "CloudFormation registry: AWS::ECS::TaskSet AwsVpcConfiguration"),
	/* A namespace named by its ARN: of the provider's region (a name is the
	 * caller's region's; the ARN's account against the caller's is not
	 * known before the call). */
	AWS_SAYS("ecs.cfn_service_namespace_in_region", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("service_connect_configuration.namespace")),
		 "The namespace must be in the same AWS Region as the Amazon ECS service and "
		 "cluster.", "CloudFormation registry: AWS::ECS::Service ServiceConnectConfiguration.Namespace"),
	AWS_SAYS("ecs.cfn_cluster_namespace_in_region", "awscc.ecs.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("service_connect_defaults.namespace")),
		 "The namespace must be in this account and this AWS Region.",
		 "CloudFormation registry: AWS::ECS::Cluster ServiceConnectDefaults.Namespace"),
	/* A Classic Load Balancer is named by load_balancer_name, an
	 * Application or Network Load Balancer by its target group. */
	AWS_SAYS("ecs.cfn_code_deploy_no_classic", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(IS("deployment_controller.type", "CODE_DEPLOY")),
		 THEN(EACH("load_balancers", ALWAYS, THEN(UNSET("load_balancer_name")))),
		 "If the service is using the CODE_DEPLOY deployment controller, the service is "
		 "required to use either an Application Load Balancer or Network Load Balancer.",
		 "CloudFormation registry: AWS::ECS::Service LoadBalancer"),
	/* Over a list's elements (SOME, COUNT_WHERE). */
	AWS_SAYS("ecs.cfn_service_strategy_weight", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(LEN_IN("capacity_provider_strategy", 2, 1000000)),
		 THEN(SOME("capacity_provider_strategy", ABOVE("weight", 0))),
		 "When multiple capacity providers are specified within a capacity provider "
		 "strategy, at least one of the capacity providers must have a weight value greater "
		 "than zero and any capacity providers with a weight of 0 can't be used to place "
		 "tasks.", "CloudFormation registry: AWS::ECS::Service CapacityProviderStrategyItem.Weight"),
	AWS_SAYS("ecs.cfn_cluster_strategy_weight", "awscc.ecs.cluster", AWS_CALL_ANY,
		 WHEN(LEN_IN("default_capacity_provider_strategy", 2, 1000000)),
		 THEN(SOME("default_capacity_provider_strategy", ABOVE("weight", 0))),
		 "When multiple capacity providers are specified within a capacity provider "
		 "strategy, at least one of the capacity providers must have a weight value greater "
		 "than zero and any capacity providers with a weight of 0 can't be used to place "
		 "tasks.", "CloudFormation registry: AWS::ECS::Cluster CapacityProviderStrategyItem.Weight"),
	AWS_SAYS("ecs.cfn_service_strategy_one_base", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_WHERE("capacity_provider_strategy", 0, 1, ABOVE("base", 0))),
		 "Only one capacity provider in a capacity provider strategy can have a base "
		 "defined.", "CloudFormation registry: AWS::ECS::Service CapacityProviderStrategyItem.Base"),
	AWS_SAYS("ecs.cfn_cluster_strategy_one_base", "awscc.ecs.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_WHERE("default_capacity_provider_strategy", 0, 1, ABOVE("base", 0))),
		 "Only one capacity provider in a capacity provider strategy can have a base "
		 "defined.", "CloudFormation registry: AWS::ECS::Cluster CapacityProviderStrategyItem.Base"),
	AWS_SAYS("ecs.cfn_one_volume_configured_at_launch", "awscc.ecs.task_definition",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(COUNT_WHERE("volumes", 0, 1, IS("configured_at_launch", "true"))),
		 "The volume configuration may contain multiple volumes but only one volume "
		 "configured at launch is supported.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition Volume"),
	AWS_SAYS("ecs.cfn_one_essential_container", "awscc.ecs.task_definition", AWS_CALL_CREATE,
		 WHEN(SET("container_definitions")),
		 THEN(SOME("container_definitions",
			   ANY_OF(UNSET("essential"), IS("essential", "true")))),
		 "All tasks must have at least one essential container.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.Essential"),
	RULE("awscc.ecs.task_definition", "", rule_ecs_cc_containers,
	     "CloudFormation registry: AWS::ECS::TaskDefinition PortMapping.ContainerPortRange, "
	     "ContainerDependency.Condition, ContainerDefinition.Memory"),
	RULE("awscc.ecs.task_definition", "", rule_ecs_cc_fargate_size,
	     "CloudFormation registry: AWS::ECS::TaskDefinition Cpu, Memory; " ECS_FARGATE),
	AWS_SAYS("ecs.cfn_strategy_without_launch_type", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("capacity_provider_strategy")), THEN(UNSET("launch_type")),
		 "If a capacityProviderStrategy is specified, the launchType parameter must be "
		 "omitted.", "CloudFormation registry: AWS::ECS::Service CapacityProviderStrategy"),
	RULE("awscc.ecs.service", "", rule_ecs_cc_fargate_placement,
	     "ECS Developer Guide: Amazon ECS task placement; ecs CreateService placementStrategy"),
	AWS_SAYS("ecs.cfn_fargate_no_placement_constraints", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(IS("launch_type", "FARGATE")), THEN(UNSET("placement_constraints")),
		 "If you're using the Fargate launch type, task placement constraints aren't "
		 "supported.", "CloudFormation registry: AWS::ECS::Service PlacementConstraint"),
	AWS_SAYS("ecs.cfn_role_with_load_balancers", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("role")), THEN(SET("load_balancers")),
		 "If you specify the Role property, LoadBalancers must be specified as well.",
		 "CloudFormation registry: AWS::ECS::Service LoadBalancers"),
	AWS_SAYS("ecs.cfn_service_name_chars", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("service_name")), THEN(MATCHES("service_name", "^[A-Za-z0-9_-]{1,255}$")),
		 ECS_NAME_WORDS, "CloudFormation registry: AWS::ECS::Service ServiceName"),
	AWS_SAYS("ecs.cfn_task_definition_names", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", WHEN(SET("name")),
			   THEN(MATCHES("name", "^[A-Za-z0-9_-]{1,255}$"))),
		      EACH("volumes", WHEN(SET("name")), THEN(MATCHES("name", "^[A-Za-z0-9_-]{1,255}$")))),
		 ECS_NAME_WORDS, "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.Name"),
	AWS_SAYS("ecs.cfn_strategies_up_to_5", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("placement_strategies")), THEN(LEN_IN("placement_strategies", 0, 5)),
		 "You can specify a maximum of 5 strategy rules for each service.",
		 "CloudFormation registry: AWS::ECS::Service PlacementStrategies"),
	AWS_SAYS("ecs.cfn_constraints_up_to_10", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("placement_constraints")), THEN(LEN_IN("placement_constraints", 0, 10)),
		 "You can specify a maximum of 10 constraints for each task.",
		 "CloudFormation registry: AWS::ECS::Service PlacementConstraints"),
	AWS_SAYS("ecs.cfn_one_service_registry", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("service_registries")), THEN(LEN_IN("service_registries", 0, 1)),
		 "Multiple service registries for each service isn't supported.",
		 "CloudFormation registry: AWS::ECS::Service ServiceRegistries"),
	AWS_SAYS("ecs.cfn_namespace_name_chars", "awscc.ecs.cluster", AWS_CALL_ANY,
		 WHEN(NOT_MATCHES("service_connect_defaults.namespace", "^arn:")),
		 THEN(NOT_MATCHES("service_connect_defaults.namespace", "[<>\"/]")),
		 "The name can't include greater than (>), less than (<), double quotation marks "
		 "(\"), or slash (/).",
		 "CloudFormation registry: AWS::ECS::Cluster ServiceConnectDefaults.Namespace"),
	AWS_SAYS("ecs.cfn_override_needs_log_configuration", "awscc.ecs.cluster", AWS_CALL_ANY,
		 WHEN(IS("configuration.execute_command_configuration.logging", "OVERRIDE")),
		 THEN(SET("configuration.execute_command_configuration.log_configuration")),
		 "If the OVERRIDE logging option is specified, the logConfiguration is required.",
		 "CloudFormation registry: AWS::ECS::Cluster ExecuteCommandConfiguration.Logging"),
	AWS_SAYS("ecs.cfn_strategy_up_to_20", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("capacity_provider_strategy", 0, 20)),
		 "A capacity provider strategy can contain a maximum of 20 capacity providers.",
		 "CloudFormation registry: AWS::ECS::Service CapacityProviderStrategy"),
	AWS_SAYS("ecs.cfn_alarms_with_ecs_controller", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(IS("deployment_configuration.alarms.enable", "true")),
		 THEN(IS("deployment_controller.type", "ECS")),
		 "You can only use the DeploymentAlarms method to detect failures when the "
		 "DeploymentController is set to ECS.",
		 "CloudFormation registry: AWS::ECS::Service DeploymentAlarms"),
	AWS_SAYS("ecs.cfn_circuit_breaker_with_ecs_controller", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(IS("deployment_configuration.deployment_circuit_breaker.enable", "true")),
		 THEN(IS("deployment_controller.type", "ECS")),
		 "The deployment circuit breaker can only be used for services using the rolling "
		 "update (ECS) deployment type.",
		 "CloudFormation registry: AWS::ECS::Service DeploymentCircuitBreaker"),
	AWS_SAYS("ecs.cfn_task_definition_with_controller", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(IS("deployment_controller.type", "ECS", "CODE_DEPLOY")),
		 THEN(SET("task_definition")),
		 "A task definition must be specified if the service uses either the ECS or "
		 "CODE_DEPLOY deployment controllers.",
		 "CloudFormation registry: AWS::ECS::Service TaskDefinition"),
	AWS_SAYS("ecs.cfn_canary_only_with_canary", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("deployment_configuration.canary_configuration")),
		 THEN(IS("deployment_configuration.strategy", "CANARY")),
		 "Only valid when the deployment strategy is CANARY.",
		 "CloudFormation registry: AWS::ECS::Service DeploymentConfiguration."
		 "CanaryConfiguration"),
	AWS_SAYS("ecs.cfn_linear_only_with_linear", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("deployment_configuration.linear_configuration")),
		 THEN(IS("deployment_configuration.strategy", "LINEAR")),
		 "Only valid when the deployment strategy is LINEAR.",
		 "CloudFormation registry: AWS::ECS::Service DeploymentConfiguration."
		 "LinearConfiguration"),
	AWS_SAYS("ecs.cfn_canary_percent_tenths", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("deployment_configuration.canary_configuration.canary_percent",
			      "^[0-9]+(\\.[0-9])?$")),
		 "Valid values are multiples of 0.1 from 0.1 to 100.0.",
		 "CloudFormation registry: AWS::ECS::Service CanaryConfiguration.CanaryPercent"),
	AWS_SAYS("ecs.cfn_step_percent_tenths", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("deployment_configuration.linear_configuration.step_percent",
			      "^[0-9]+(\\.[0-9])?$")),
		 "Valid values are multiples of 0.1 from 3.0 to 100.0.",
		 "CloudFormation registry: AWS::ECS::Service LinearConfiguration.StepPercent"),
	AWS_SAYS("ecs.cfn_access_logs_need_log_configuration", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(SET("service_connect_configuration.access_log_configuration")),
		 THEN(SET("service_connect_configuration.log_configuration")),
		 "To enable access logs, you must also specify a logConfiguration in the "
		 "serviceConnectConfiguration.",
		 "CloudFormation registry: AWS::ECS::Service ServiceConnectConfiguration."
		 "AccessLogConfiguration"),
	AWS_SAYS("ecs.cfn_ephemeral_storage_21_to_200", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("ephemeral_storage.size_in_gi_b", 21, 200)),
		 "The minimum supported value is 21 GiB and the maximum supported value is 200 GiB.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition EphemeralStorage.SizeInGiB"),
	AWS_SAYS("ecs.cfn_fargate_awsvpc", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(SET("network_mode"), IS("network_mode", "awsvpc")),
		 "For Amazon ECS tasks on Fargate, the awsvpc network mode is required.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition NetworkMode"),
	AWS_SAYS("ecs.cfn_windows_fargate_cpu", "awscc.ecs.task_definition", AWS_CALL_CREATE,
		 WHEN(HAS("requires_compatibilities", "FARGATE"),
		      IS_NOT("runtime_platform.operating_system_family", "LINUX")),
		 THEN(IN("cpu", 1024, 16384)),
		 "The CPU units cannot be less than 1 vCPU when you use Windows containers on "
		 "Fargate.", "ecs RegisterTaskDefinition memory"),
	AWS_SAYS("ecs.cfn_fargate_cpu", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")), THEN(SET("cpu")),
		 "If you use the Fargate launch type, this field is required.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition Cpu"),
	AWS_SAYS("ecs.cfn_fargate_memory", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")), THEN(SET("memory")),
		 "If your tasks runs on AWS Fargate, this field is required.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition Memory"),
	AWS_SAYS("ecs.cfn_fargate_task_no_placement_constraints", "awscc.ecs.task_definition",
		 AWS_CALL_ANY, WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(UNSET("placement_constraints")),
		 "Task placement constraints aren't supported for tasks run on AWS Fargate.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition PlacementConstraints"),
	AWS_SAYS("ecs.cfn_fargate_pid_mode_task", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")), THEN(IS("pid_mode", "task")),
		 "On Fargate for Linux containers, the only valid value is task.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition PidMode"),
	/* Within the awscc service's lists: its placement constraints and
	 * strategies, its volumes' EBS settings, its service registries and
	 * Service Connect services (EACH: each element's own values). */
	AWS_SAYS("ecs.cfn_no_expression_for_distinct_instance", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("placement_constraints", WHEN(IS("type", "distinctInstance")),
			   THEN(UNSET("expression")))),
		 "You can't specify an expression if the constraint type is distinctInstance.",
		 "CloudFormation registry: AWS::ECS::Service PlacementConstraint.Expression"),
	AWS_SAYS("ecs.cfn_expression_up_to_2000", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("placement_constraints", ALWAYS, THEN(LEN_IN("expression", 0, 2000)))),
		 "The expression can have a maximum length of 2000 characters.",
		 "CloudFormation registry: AWS::ECS::Service PlacementConstraint.Expression"),
	AWS_SAYS("ecs.cfn_binpack_cpu_or_memory", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("placement_strategies", WHEN(IS("type", "binpack")),
			   THEN(IS("field", "cpu", "memory")))),
		 "For the binpack placement strategy, valid values are cpu and memory.",
		 "CloudFormation registry: AWS::ECS::Service PlacementStrategy.Field"),
	AWS_SAYS("ecs.cfn_volume_throughput_up_to_1000", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volume_configurations", ALWAYS,
			   THEN(IN("managed_ebs_volume.throughput", 0, 1000)))),
		 "The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s.",
		 "CloudFormation registry: AWS::ECS::Service ServiceManagedEBSVolumeConfiguration."
		 "Throughput"),
	AWS_SAYS("ecs.cfn_volume_throughput_only_gp3", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volume_configurations", WHEN(SET("managed_ebs_volume.throughput")),
			   THEN(IS("managed_ebs_volume.volume_type", "gp3")))),
		 "This parameter is only supported for the gp3 volume type.",
		 "CloudFormation registry: AWS::ECS::Service ServiceManagedEBSVolumeConfiguration."
		 "Throughput"),
	AWS_SAYS("ecs.cfn_volume_initialization_rate_with_snapshot", "awscc.ecs.service",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volume_configurations",
			   WHEN(SET("managed_ebs_volume.volume_initialization_rate")),
			   THEN(SET("managed_ebs_volume.snapshot_id")))),
		 "This property can be specified only if you specify a snapshotId.",
		 "CloudFormation registry: AWS::ECS::Service ServiceManagedEBSVolumeConfiguration."
		 "VolumeInitializationRate"),
	AWS_SAYS("ecs.cfn_volume_iops_for_io1_io2", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volume_configurations",
			   WHEN(IS("managed_ebs_volume.volume_type", "io1", "io2")),
			   THEN(SET("managed_ebs_volume.iops")))),
		 "This parameter is required for io1 and io2 volume types.",
		 "CloudFormation registry: AWS::ECS::Service ServiceManagedEBSVolumeConfiguration.Iops"),
	AWS_SAYS("ecs.cfn_volume_no_iops_for_st1_sc1_standard", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("volume_configurations",
			   WHEN(IS("managed_ebs_volume.volume_type", "st1", "sc1", "standard")),
			   THEN(UNSET("managed_ebs_volume.iops")))),
		 "This parameter is not supported for st1, sc1, or standard volume types.",
		 "CloudFormation registry: AWS::ECS::Service ServiceManagedEBSVolumeConfiguration.Iops"),
	AWS_SAYS("ecs.cfn_fargate_no_magnetic_volume", "awscc.ecs.service", AWS_CALL_ANY,
		 WHEN(IS("launch_type", "FARGATE")),
		 THEN(EACH("volume_configurations", ALWAYS,
			   THEN(IS_NOT("managed_ebs_volume.volume_type", "standard")))),
		 "The magnetic volume type is not supported on Fargate.",
		 "CloudFormation registry: AWS::ECS::Service ServiceManagedEBSVolumeConfiguration."
		 "VolumeType"),
	AWS_SAYS("ecs.cfn_volume_size_or_snapshot", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volume_configurations", WHEN(SET("managed_ebs_volume")),
			   THEN(ANY_OF(SET("managed_ebs_volume.size_in_gi_b"),
				       SET("managed_ebs_volume.snapshot_id"))))),
		 "You must specify either a volume size or a snapshot ID.",
		 "CloudFormation registry: AWS::ECS::Service ServiceManagedEBSVolumeConfiguration."
		 "SizeInGiB"),
	AWS_SAYS("ecs.cfn_volume_tags_not_reserved", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volume_configurations", ALWAYS,
			   THEN(EACH("managed_ebs_volume.tag_specifications", ALWAYS,
				     THEN(EACH("tags", ALWAYS,
					       THEN(IS_NOT("key", "AmazonECSCreated",
							   "AmazonECSManaged")))))))),
		 "AmazonECSCreated and AmazonECSManaged are reserved tags that can't be used.",
		 "CloudFormation registry: AWS::ECS::Service EBSTagSpecification.Tags"),
	AWS_SAYS("ecs.cfn_registry_port_or_container", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("service_registries", WHEN(SET("port")),
			   THEN(UNSET("container_name"), UNSET("container_port")))),
		 "However, you can't specify both.",
		 "CloudFormation registry: AWS::ECS::Service ServiceRegistry.ContainerName, "
		 "ContainerPort (a containerName and containerPort combination or a port value)"),
	AWS_SAYS("ecs.cfn_one_client_alias", "awscc.ecs.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("service_connect_configuration.services", ALWAYS,
			   THEN(LEN_IN("client_aliases", 0, 1)))),
		 "The maximum number of client aliases that you can have in this list is 1.",
		 "CloudFormation registry: AWS::ECS::Service ServiceConnectService.ClientAliases"),
	AWS_SAYS("ecs.cfn_connect_names_no_leading_hyphen", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("service_connect_configuration.services", ALWAYS,
			   THEN(NOT_MATCHES("discovery_name", "^-"),
				EACH("client_aliases", ALWAYS,
				     THEN(NOT_MATCHES("dns_name", "^-")))))),
		 "The name can't start with a hyphen.",
		 "CloudFormation registry: AWS::ECS::Service ServiceConnectService.DiscoveryName, "
		 "ServiceConnectClientAlias.DnsName"),
	AWS_SAYS("ecs.cfn_port_mapping_name_no_leading_hyphen", "awscc.ecs.task_definition",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(EACH("port_mappings", ALWAYS, THEN(NOT_MATCHES("name", "^-")))))),
		 "The name can't start with a hyphen.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition PortMapping.Name"),
	/* Service Connect's own log configuration, as a container's */
	AWS_SAYS("ecs.cfn_service_log_datetime_or_multiline", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(ANY_OF(UNSET("service_connect_configuration.log_configuration.options."
				   "awslogs-datetime-format"),
			     UNSET("service_connect_configuration.log_configuration.options."
				   "awslogs-multiline-pattern"))),
		 "You cannot configure both the awslogs-datetime-format and "
		 "awslogs-multiline-pattern options.",
		 "CloudFormation registry: AWS::ECS::Service LogConfiguration.Options"),
	AWS_SAYS("ecs.cfn_service_log_mode_blocking_or_not", "awscc.ecs.service", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("service_connect_configuration.log_configuration.options.mode",
			 "non-blocking", "blocking")),
		 "mode Required: No Valid values: non-blocking | blocking",
		 "CloudFormation registry: AWS::ECS::Service LogConfiguration.Options"),
	/* Within the awscc task definition's containers and volumes, and what
	 * its network mode, IPC mode, operating system and compatibilities
	 * (requiresCompatibilities, which ECS validates the registration
	 * against) leave out. */
	AWS_SAYS("ecs.cfn_memory_over_reservation", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(AT_MOST("memory_reservation", "memory")))),
		 "If you specify both a container-level memory and memoryReservation value, memory "
		 "must be greater than memoryReservation.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.Memory "
		 "(equal is what ECS takes, as rule_ecs_container_settings holds)"),
	AWS_SAYS("ecs.cfn_container_memory_from_4", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS, THEN(IN("memory", 4, 2147483647)))),
		 "The Docker 19.03.13-ce or earlier daemon reserves a minimum of 4 MiB of memory for "
		 "a container, so you should not specify fewer than 4 MiB of memory for your "
		 "containers.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.Memory (ECS "
		 "refuses less, as rule_ecs_container_settings holds)"),
	AWS_SAYS("ecs.cfn_container_memory_without_task_memory", "awscc.ecs.task_definition",
		 AWS_CALL_ANY, WHEN(UNSET("memory")),
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(ANY_OF(SET("memory"), SET("memory_reservation"))))),
		 "If a task-level memory value is not specified, you must specify a non-zero "
		 "integer for one or both of memory or memoryReservation in a container definition.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition."
		 "MemoryReservation"),
	AWS_SAYS("ecs.cfn_none_network_no_port_mappings", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(IS("network_mode", "none")),
		 THEN(EACH("container_definitions", ALWAYS, THEN(UNSET("port_mappings")))),
		 "If the network mode of a task definition is set to none, then you can't specify "
		 "port mappings.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.PortMappings"),
	AWS_SAYS("ecs.cfn_host_port_is_container_port", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(IS("network_mode", "awsvpc", "host")),
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(EACH("port_mappings", WHEN(SET("host_port")),
				     THEN(AT_MOST("host_port", "container_port"),
					  AT_MOST("container_port", "host_port")))))),
		 "If you use containers in a task with the awsvpc or host network mode, the hostPort "
		 "can either be left blank or set to the same value as the containerPort.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition PortMapping.HostPort"),
	AWS_SAYS("ecs.cfn_awsvpc_no_extra_hosts", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(IS("network_mode", "awsvpc")),
		 THEN(EACH("container_definitions", ALWAYS, THEN(UNSET("extra_hosts")))),
		 "This parameter isn't supported for Windows containers or tasks that use the "
		 "awsvpc network mode.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.ExtraHosts"),
	AWS_SAYS("ecs.cfn_awsvpc_no_hostname", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(IS("network_mode", "awsvpc")),
		 THEN(EACH("container_definitions", ALWAYS, THEN(UNSET("hostname")))),
		 "The hostname parameter is not supported if you're using the awsvpc network mode.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.Hostname"),
	AWS_SAYS("ecs.cfn_links_only_bridge", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(IS_NOT("network_mode", "bridge")),
		 THEN(EACH("container_definitions", ALWAYS, THEN(UNSET("links")))),
		 "This parameter is only supported if the network mode of a task definition is "
		 "bridge.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.Links"),
	AWS_SAYS("ecs.cfn_port_ranges_bridge_or_awsvpc", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(IS("network_mode", "host", "none")),
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(EACH("port_mappings", ALWAYS, THEN(UNSET("container_port_range")))))),
		 "You must use either the bridge network mode or the awsvpc network mode.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition PortMapping.ContainerPortRange"),
	AWS_SAYS("ecs.cfn_host_ipc_no_ipc_system_controls", "awscc.ecs.task_definition",
		 AWS_CALL_ANY, WHEN(IS("ipc_mode", "host")),
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(EACH("system_controls", ALWAYS,
				     THEN(NOT_MATCHES("namespace",
						      "^(kernel\\.(msg|sem|shm)|fs\\.mqueue\\.)")))))),
		 "For tasks that use the host IPC mode, IPC namespace systemControls aren't "
		 "supported.", "CloudFormation registry: AWS::ECS::TaskDefinition SystemControl"),
	AWS_SAYS("ecs.cfn_host_network_no_net_system_controls", "awscc.ecs.task_definition",
		 AWS_CALL_ANY, WHEN(IS("network_mode", "host")),
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(EACH("system_controls", ALWAYS,
				     THEN(NOT_MATCHES("namespace", "^net\\.")))))),
		 "For tasks that use the host network mode, the network namespace systemControls "
		 "aren't supported.", "CloudFormation registry: AWS::ECS::TaskDefinition SystemControl"),
	AWS_SAYS("ecs.cfn_s3_files_access_point_root", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("volumes", WHEN(SET("s3_files_volume_configuration.access_point_arn")),
			   THEN(IS("s3_files_volume_configuration.root_directory", "/")))),
		 "If a S3 Files access point is specified in the accessPointArn, the root directory "
		 "parameter must either be omitted or set to / which will enforce the path set on "
		 "the S3 Files access point.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition S3FilesVolumeConfiguration."
		 "RootDirectory"),
	AWS_SAYS("ecs.cfn_efs_access_point_root", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volumes",
			   WHEN(SET("efs_volume_configuration.authorization_config.access_point_id")),
			   THEN(IS("efs_volume_configuration.root_directory", "/")))),
		 "If an EFS access point is specified in the authorizationConfig, the root directory "
		 "parameter must either be omitted or set to / which will enforce the path set on "
		 "the EFS access point.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition EFSVolumeConfiguration."
		 "RootDirectory"),
	AWS_SAYS("ecs.cfn_efs_access_point_transit_encryption", "awscc.ecs.task_definition",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volumes",
			   WHEN(SET("efs_volume_configuration.authorization_config.access_point_id")),
			   THEN(SET("efs_volume_configuration.transit_encryption"),
				IS("efs_volume_configuration.transit_encryption", "ENABLED")))),
		 "If an access point is used, transit encryption must be on in the "
		 "EFSVolumeConfiguration.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition AuthorizationConfig.AccessPointId"),
	AWS_SAYS("ecs.cfn_efs_iam_transit_encryption", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("volumes",
			   WHEN(IS("efs_volume_configuration.authorization_config.iam", "ENABLED")),
			   THEN(SET("efs_volume_configuration.transit_encryption"),
				IS("efs_volume_configuration.transit_encryption", "ENABLED")))),
		 "Transit encryption must be turned on if Amazon EFS IAM authorization is used.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition EFSVolumeConfiguration."
		 "TransitEncryption"),
	AWS_SAYS("ecs.cfn_efs_volume_named", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volumes", WHEN(SET("efs_volume_configuration")), THEN(SET("name")))),
		 "When a volume is using the efsVolumeConfiguration, the name is required.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition Volume.Name"),
	AWS_SAYS("ecs.cfn_s3_files_volume_named", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volumes", WHEN(SET("s3_files_volume_configuration")), THEN(SET("name")))),
		 "When a volume is using the s3filesVolumeConfiguration, the name is required.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition Volume.Name"),
	AWS_SAYS("ecs.cfn_volume_one_kind", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("volumes",
			   WHEN(ANY_OF(IS("configured_at_launch", "true"),
				       SET("docker_volume_configuration"),
				       SET("efs_volume_configuration"),
				       SET("s3_files_volume_configuration"),
				       SET("fsx_windows_file_server_volume_configuration"), SET("host"))),
			   THEN(EXACTLY_ONE_OF(IS("configured_at_launch", "true"),
					       SET("docker_volume_configuration"),
					       SET("efs_volume_configuration"),
					       SET("s3_files_volume_configuration"),
					       SET("fsx_windows_file_server_volume_configuration"),
					       SET("host"))))),
		 "Each volume defined in the volume configuration may only specify a name and one "
		 "of either configuredAtLaunch, dockerVolumeConfiguration, efsVolumeConfiguration, "
		 "s3filesVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration, or host.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition Volume"),
	AWS_SAYS("ecs.cfn_s3_files_needs_task_role", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(COUNT_IN("volumes[].s3_files_volume_configuration", NULL, 1, 1000)),
		 THEN(SET("task_role_arn")), "Your task definition must include a Task IAM Role.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition S3FilesVolumeConfiguration"),
	AWS_SAYS("ecs.cfn_port_ranges_up_to_100", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(COUNT_IN("port_mappings[].container_port_range", NULL, 0, 100)))),
		 "You can specify a maximum of 100 port ranges per container.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition PortMapping.ContainerPortRange"),
	AWS_SAYS("ecs.cfn_health_command_cmd", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(IS("health_check.command[0]", "CMD", "CMD-SHELL")))),
		 "The string array must start with CMD to run the command arguments directly, or "
		 "CMD-SHELL to run the command with the container's default shell.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition HealthCheck.Command"),
	AWS_SAYS("ecs.cfn_mount_points_name_volumes", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(AMONG("container_definitions[].mount_points[].source_volume", "volumes[].name")),
		 "Must be a volume name referenced in the name parameter of task definition volume.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition MountPoint.SourceVolume"),
	AWS_SAYS("ecs.cfn_log_datetime_or_multiline", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(ANY_OF(UNSET("log_configuration.options.awslogs-datetime-format"),
				       UNSET("log_configuration.options.awslogs-multiline-pattern"))))),
		 "You cannot configure both the awslogs-datetime-format and "
		 "awslogs-multiline-pattern options.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition LogConfiguration.Options"),
	AWS_SAYS("ecs.cfn_log_mode_blocking_or_not", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(IS("log_configuration.options.mode", "non-blocking", "blocking")))),
		 "mode Required: No Valid values: non-blocking | blocking",
		 "CloudFormation registry: AWS::ECS::TaskDefinition LogConfiguration.Options"),
	AWS_SAYS("ecs.cfn_health_retries_1_to_10", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS, THEN(IN("health_check.retries", 1, 10)))),
		 "You may specify between 1 and 10 retries.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition HealthCheck.Retries"),
	AWS_SAYS("ecs.cfn_health_interval_5_to_300", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS, THEN(IN("health_check.interval", 5, 300)))),
		 "You may specify between 5 and 300 seconds.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition HealthCheck.Interval"),
	AWS_SAYS("ecs.cfn_health_timeout_2_to_60", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS, THEN(IN("health_check.timeout", 2, 60)))),
		 "You may specify between 2 and 60 seconds.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition HealthCheck.Timeout"),
	AWS_SAYS("ecs.cfn_health_start_period_0_to_300", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(IN("health_check.start_period", 0, 300)))),
		 "You can specify between 0 and 300 seconds.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition HealthCheck.StartPeriod"),
	AWS_SAYS("ecs.cfn_restart_exit_codes_up_to_50", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(LEN_IN("restart_policy.ignored_exit_codes", 0, 50)))),
		 "You can specify a maximum of 50 container exit codes.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition RestartPolicy.IgnoredExitCodes"),
	AWS_SAYS("ecs.cfn_restart_period_60_to_1800", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(IN("restart_policy.restart_attempt_period", 60, 1800)))),
		 "You can set a minimum restartAttemptPeriod of 60 seconds and a maximum "
		 "restartAttemptPeriod of 1800 seconds.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition RestartPolicy.RestartAttemptPeriod"),
	AWS_SAYS("ecs.cfn_user_ids_not_negative", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(NOT_MATCHES("user", "(^|:)-[0-9]")))),
		 "If specifying a UID or GID, you must specify it as a positive integer.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.User"),
	AWS_SAYS("ecs.cfn_one_credential_spec", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS, THEN(LEN_IN("credential_specs", 0, 1)))),
		 "The maximum number of ARNs is 1.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition ContainerDefinition.CredentialSpecs"),
	AWS_SAYS("ecs.cfn_environment_files_env", "awscc.ecs.task_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(EACH("environment_files", ALWAYS, THEN(ENDS_WITH("value", ".env")))))),
		 "The file must have a .env file extension.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition EnvironmentFile"),
	AWS_SAYS("ecs.cfn_fargate_no_devices", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(EACH("container_definitions", ALWAYS, THEN(UNSET("linux_parameters.devices")))),
		 "If you're using tasks that use the Fargate launch type, the devices parameter isn't "
		 "supported.", "CloudFormation registry: AWS::ECS::TaskDefinition LinuxParameters.Devices"),
	AWS_SAYS("ecs.cfn_fargate_no_shared_memory_size", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(UNSET("linux_parameters.shared_memory_size")))),
		 "If you are using tasks that use the Fargate launch type, the sharedMemorySize "
		 "parameter is not supported.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition LinuxParameters.SharedMemorySize"),
	AWS_SAYS("ecs.cfn_fargate_no_swappiness", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(EACH("container_definitions", ALWAYS,
			   THEN(UNSET("linux_parameters.swappiness")))),
		 "If you're using tasks that use the Fargate launch type, the swappiness parameter "
		 "isn't supported.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition LinuxParameters.Swappiness"),
	AWS_SAYS("ecs.cfn_fargate_no_max_swap", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(EACH("container_definitions", ALWAYS, THEN(UNSET("linux_parameters.max_swap")))),
		 "If you're using tasks that use the Fargate launch type, the maxSwap parameter isn't "
		 "supported.", "CloudFormation registry: AWS::ECS::TaskDefinition LinuxParameters.MaxSwap"),
	AWS_SAYS("ecs.cfn_fargate_no_source_path", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(EACH("volumes", ALWAYS, THEN(UNSET("host.source_path")))),
		 "If you're using the Fargate launch type, the sourcePath parameter is not supported.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition HostVolumeProperties.SourcePath"),
	AWS_SAYS("ecs.cfn_fargate_no_docker_volumes", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(EACH("volumes", ALWAYS, THEN(UNSET("docker_volume_configuration")))),
		 "Docker volumes aren't supported by tasks run on AWS Fargate.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition Volume.DockerVolumeConfiguration"),
	AWS_SAYS("ecs.cfn_fargate_no_ipc_mode_or_privileged", "awscc.ecs.task_definition",
		 AWS_CALL_ANY, WHEN(HAS("requires_compatibilities", "FARGATE")),
		 THEN(UNSET("ipc_mode"),
		      EACH("container_definitions", ALWAYS, THEN(IS_NOT("privileged", "true")))),
		 "This parameter is not supported for Windows containers or tasks run on AWS Fargate.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition IpcMode, ContainerDefinition."
		 "Privileged"),
	AWS_SAYS("ecs.cfn_windows_unsupported", "awscc.ecs.task_definition", AWS_CALL_ANY,
		 WHEN(MATCHES("runtime_platform.operating_system_family", "^WINDOWS")),
		 THEN(UNSET("pid_mode"),
		      EACH("container_definitions", ALWAYS,
			   THEN(IS_NOT("disable_networking", "true"), UNSET("dns_search_domains"),
				UNSET("dns_servers"), UNSET("links"), UNSET("linux_parameters"),
				IS_NOT("readonly_root_filesystem", "true"), UNSET("ulimits"),
				UNSET("user"), UNSET("system_controls")))),
		 "This parameter is not supported for Windows containers.",
		 "CloudFormation registry: AWS::ECS::TaskDefinition PidMode, ContainerDefinition."
		 "DisableNetworking, DnsSearchDomains, DnsServers, Links, LinuxParameters, "
		 "ReadonlyRootFilesystem, Ulimits, User, SystemControl"),
	RULE("aws.ecs.task_definition", "container_definitions", rule_ecs_container_strings,
	     ECS_API "RegisterTaskDefinition containerDefinitions: ContainerDefinition, "
	     "KeyValuePair value, Secret name and valueFrom, LogConfiguration options (String)"),
	RULE("aws.ecs.task_definition", "", rule_ecs_container_settings,
	     ECS_API "RegisterTaskDefinition containerDefinitions (ContainerDefinition memory, "
	     "memoryReservation, image) and networkMode"),
	ACROSS_ROW("aws.ecs.task_definition", check_ecs_executions,
		   "Amazon ECS Developer Guide: task execution IAM role"),
	ACROSS_ROW("awscc.ecs.cluster", ecs_check_shared_names, "CloudFormation registry: "
		   "AWS::ECS::Cluster CapacityProviders, AWS::ECS::Service DiscoveryName"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html,
	 * task-iam-roles.html: RegisterTaskDefinition takes any role; a task
	 * whose execution role ECS cannot assume does not start, and its
	 * containers get no credentials from a task role ECS cannot assume. */
	ROLE_TRUST("aws.ecs.task_definition", "execution_role_arn", NULL, "execution_role_arn", "ecs-tasks", false,
		   "ECS takes it, and every task stops before its containers start",
		   "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html"),
	ROLE_TRUST("aws.ecs.task_definition", "task_role_arn", NULL, "task_role_arn", "ecs-tasks", false,
		   "ECS takes it, and the containers get no credentials from it",
		   "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html"),
	{ NULL },
};
