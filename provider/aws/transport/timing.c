/*
 * timing.c: the table of what AWS documents as eventually consistent
 * (timing.h), one rule a row, each citing its source; the schedule of the
 * pauses that wait it out; and how long a read of another run may miss a
 * new object. How long a long operation is waited for is its service's
 * (struct aws_poll, wait.h).
 */
#include "provider/aws/transport/timing.h"
#include "provider/base/text.h"

#include <string.h>
#include <strings.h>

#define EC2_CONSISTENCY "https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html"
#define IAM_CONSISTENCY "https://docs.aws.amazon.com/IAM/latest/UserGuide/" \
	"troubleshoot_general.html#troubleshoot_general_eventual-consistency"
#define S3_CONSISTENCY "https://docs.aws.amazon.com/AmazonS3/latest/userguide/" \
	"Welcome.html#ConsistencyModel"
#define SQS_CREATE "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/" \
	"API_CreateQueue.html"
#define SQS_DELETE "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/" \
	"API_DeleteQueue.html"
#define LAMBDA_MAPPING IAM_CONSISTENCY ", https://github.com/hashicorp/terraform-provider-aws/" \
	"blob/main/internal/service/lambda/event_source_mapping.go (retries both messages)"
#define S3_NOTIFICATION "https://repost.aws/knowledge-center/unable-validate-destination-s3, " \
	"https://github.com/pulumi/pulumi-aws/issues/1895, " \
	"https://github.com/zappa/Zappa/pull/1441"
#define FIREHOSE_ROLE "https://github.com/hashicorp/terraform-provider-aws/blob/main/" \
	"internal/service/firehose/delivery_stream.go (retryDeliveryStreamOp)"
#define CODEBUILD_ROLE "https://github.com/hashicorp/terraform-provider-aws/blob/main/" \
	"internal/service/codebuild/project.go (resourceProjectCreate)"
#define KMS_PRINCIPALS "https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html" \
	"#KMS-CreateKey-request-Policy"
#define LF_PRINCIPAL "https://github.com/hashicorp/terraform-provider-aws/blob/main/" \
	"internal/service/lakeformation/permissions.go (GrantPermissions)"
#define ENI_LINGER "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html, " \
	"https://repost.aws/knowledge-center/troubleshoot-dependency-error-delete-vpc"

static const char *const not_found_nat[] = { "NatGatewayNotFound", NULL };

static const char *const run_instances[] = { "RunInstances", "AssociateIamInstanceProfile",
					     "ReplaceIamInstanceProfileAssociation", NULL };
static const char *const invalid_parameter_value[] = { "InvalidParameterValue", NULL };

static const char *const lambda_role_ops[] = { "CreateFunction", "UpdateFunctionConfiguration",
					       NULL };
static const char *const lambda_invalid[] = { "InvalidParameterValueException", NULL };
static const char *const lambda_mapping_ops[] = { "CreateEventSourceMapping",
						  "UpdateEventSourceMapping", NULL };

static const char *const glue_role_ops[] = { "CreateJob", "UpdateJob", "CreateCrawler",
					     "UpdateCrawler", "CreateSession", NULL };
static const char *const glue_invalid[] = { "InvalidInputException", "AccessDeniedException",
					    NULL };

static const char *const rds_role_ops[] = { "CreateDBInstance", "ModifyDBInstance", NULL };

static const char *const sfn_role_ops[] = { "CreateStateMachine", "UpdateStateMachine", NULL };
static const char *const sfn_denied[] = { "AccessDeniedException", NULL };

static const char *const codebuild_role_ops[] = { "CreateProject", "UpdateProject", NULL };
static const char *const codebuild_invalid[] = { "InvalidInputException", NULL };

static const char *const scheduler_role_ops[] = { "CreateSchedule", "UpdateSchedule", NULL };
static const char *const scheduler_invalid[] = { "ValidationException", NULL };

#define CC_CONCURRENT \
	"https://docs.aws.amazon.com/cloudcontrolapi/latest/APIReference/API_DeleteResource.html"

static const char *const s3_notification_ops[] = { "PutBucketNotificationConfiguration", NULL };
static const char *const s3_invalid_argument[] = { "InvalidArgument", NULL };

static const char *const firehose_role_ops[] = { "CreateDeliveryStream", "UpdateDestination",
						 NULL };
static const char *const firehose_invalid[] = { "InvalidArgumentException", NULL };

static const char *const kms_policy_ops[] = { "CreateKey", "PutKeyPolicy", NULL };
static const char *const kms_malformed[] = { "MalformedPolicyDocumentException", NULL };

static const char *const lf_grant_ops[] = { "GrantPermissions", NULL };
static const char *const lf_invalid[] = { "InvalidInputException", NULL };

static const char *const cc_change_ops[] = { "UpdateResource", "DeleteResource", NULL };
static const char *const cc_concurrent[] = { "ConcurrentOperationException", NULL };

static const char *const no_such_bucket[] = { "NoSuchBucket", NULL };
static const char *const no_such_entity[] = { "NoSuchEntity", NULL };
/* The IAM calls whose NoSuchEntity can only be about the role, profile,
 * user, group or policy they name; not GetLoginProfile or GetRolePolicy,
 * whose NoSuchEntity is about what the entity does not have yet. */
static const char *const iam_entity_ops[] = {
	"GetRole", "UpdateRole", "UpdateRoleDescription", "UpdateAssumeRolePolicy", "TagRole",
	"UntagRole", "ListRoleTags", "AttachRolePolicy", "PutRolePolicy", "ListRolePolicies",
	"ListAttachedRolePolicies", "PutRolePermissionsBoundary", "AddRoleToInstanceProfile",
	"GetInstanceProfile", "TagInstanceProfile", "UntagInstanceProfile",
	"ListInstanceProfileTags", "GetUser", "UpdateUser", "TagUser", "UntagUser",
	"ListUserTags", "AttachUserPolicy", "PutUserPolicy", "ListUserPolicies",
	"ListAttachedUserPolicies", "AddUserToGroup", "ListGroupsForUser", "CreateLoginProfile",
	"CreateAccessKey", "ListAccessKeys", "GetGroup", "UpdateGroup", "AttachGroupPolicy",
	"PutGroupPolicy", "ListGroupPolicies", "ListAttachedGroupPolicies", "GetPolicy",
	"TagPolicy", "UntagPolicy", "ListPolicyTags", "ListPolicyVersions", "CreatePolicyVersion",
	NULL,
};

static const char *const queue_does_not_exist[] = { "QueueDoesNotExist",
						    "AWS.SimpleQueueService.NonExistentQueue", NULL };
static const char *const create_queue[] = { "CreateQueue", NULL };
/* The calls that take a queue's URL; not GetQueueUrl, whose QueueDoesNotExist
 * answers the lookup before a create (and may be about a name another
 * service's object made moments ago shares). */
static const char *const queue_url_ops[] = { "GetQueueAttributes", "SetQueueAttributes",
					     "ListQueueTags", "TagQueue", "UntagQueue", NULL };
static const char *const queue_deleted_recently[] = { "QueueDeletedRecently",
						      "AWS.SimpleQueueService.QueueDeletedRecently",
						      NULL };

static const char *const held_by_interfaces[] = { "DeleteSubnet", "DeleteSecurityGroup",
						  "DetachInternetGateway", "DeleteVpc", NULL };
static const char *const dependency_violation[] = { "DependencyViolation", NULL };
static const char *const address_ops[] = { "ReleaseAddress", "DisassociateAddress", NULL };
static const char *const address_in_use[] = { "InvalidIPAddress.InUse", NULL };

static const struct aws_retry_rule rules[] = {
	/* EC2: "the resource might not be immediately available... you might
	 * get an InvalidXxxID.NotFound error", for every id kind and every
	 * call naming it, deletes included (a delete that answers NotFound
	 * for an id made moments ago is not taken as done). */
	{ .service = &aws_service_ec2, .code_suffix = ".NotFound", .new_object = true,
	  .wait = AWS_WAIT_CONSISTENCY, .what = "an object made moments ago to be visible",
	  .source = EC2_CONSISTENCY },
	{ .service = &aws_service_ec2, .codes = not_found_nat, .new_object = true,
	  .wait = AWS_WAIT_CONSISTENCY, .what = "an object made moments ago to be visible",
	  .source = EC2_CONSISTENCY },
	/* IAM itself: "changes are eventually consistent": a role, profile,
	 * policy, user or group just made may be NoSuchEntity to the calls
	 * that attach, tag or read it. A message naming an ARN says which
	 * (AttachRolePolicy names the role and the policy): a policy this
	 * client did not make moments ago, an AWS managed one above all, is
	 * missing for good. */
	{ .service = &aws_service_iam, .operations = iam_entity_ops, .codes = no_such_entity,
	  .new_object = true, .about_in_message = true,
	  .wait = AWS_WAIT_CONSISTENCY, .what = "IAM to show what it made moments ago",
	  .source = IAM_CONSISTENCY },
	/* IAM to its consumers: a new or changed role or instance profile is
	 * refused, each service in its own words. */
	{ .service = &aws_service_ec2, .operations = run_instances,
		.codes = invalid_parameter_value,
	  .message = "Invalid IAM Instance Profile", .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the instance profile", .source = IAM_CONSISTENCY },
	{ .service = &aws_service_lambda, .operations = lambda_role_ops, .codes = lambda_invalid,
	  .message = "cannot be assumed by Lambda", .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the role", .source = IAM_CONSISTENCY },
	/* A role whose policy, attached moments ago, lets Lambda make the
	 * network interfaces of a function in a VPC: Lambda checks it at once. */
	{ .service = &aws_service_lambda, .operations = lambda_role_ops, .codes = lambda_invalid,
	  .message = "does not have permissions to call CreateNetworkInterface",
	  .wait = AWS_WAIT_PROPAGATION, .what = "IAM to propagate the role's policy",
	  .source = IAM_CONSISTENCY },
	/* A mapping's function role, or its policy, made moments ago: Lambda
	 * checks at CreateEventSourceMapping that the role may read the
	 * source ("The provided execution role does not have permissions to
	 * call ReceiveMessage on SQS"; Lambda Developer Guide, "Lambda
	 * execution role permissions" of each source); Terraform retries it
	 * for IAM's propagation. A role the stack does not let read the source
	 * is refused before apply (checks/roles.c), so here it is only late. */
	{ .service = &aws_service_lambda, .operations = lambda_mapping_ops, .codes = lambda_invalid,
	  .message = "execution role does not have permissions to call",
	  .wait = AWS_WAIT_PROPAGATION, .what = "IAM to propagate the role's policy",
	  .source = LAMBDA_MAPPING },
	{ .service = &aws_service_lambda, .operations = lambda_mapping_ops, .codes = lambda_invalid,
	  .message = "cannot be assumed by Lambda", .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the role", .source = LAMBDA_MAPPING },
	/* RDS's enhanced monitoring role. */
	{ .service = &aws_service_rds, .operations = rds_role_ops, .codes = invalid_parameter_value,
	  .message = "required permissions for: ENHANCED_MONITORING", .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the monitoring role", .source = IAM_CONSISTENCY },
	{ .service = &aws_service_glue, .operations = glue_role_ops, .codes = glue_invalid,
	  .message = "unable to assume", .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the role", .source = IAM_CONSISTENCY },
	{ .service = &aws_service_sfn, .operations = sfn_role_ops, .codes = sfn_denied,
	  .message = "authorized to assume", .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the role", .source = IAM_CONSISTENCY },
	{ .service = &aws_service_scheduler, .operations = scheduler_role_ops,
		.codes = scheduler_invalid,
	  .message = "to assume the role", .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the role", .source = IAM_CONSISTENCY },
	/* A role or policy this client wrote moments ago, which the service
	 * checks at once (new_grant: only then; a role or policy from
	 * elsewhere that a service refuses is refused for good, and said at
	 * once). What the stack writes is proved to allow it before apply:
	 * a notification's queue, topic or function of the stack that does
	 * not let S3 deliver is refused at validate (s3/rules.c), and so is a
	 * Firehose stream's role of the stack that does not trust Firehose
	 * (checks/roles.c); so here it is only late.
	 *
	 * S3 sends a test message to each destination of a notification
	 * configuration when it is put, and refuses it ("Unable to validate
	 * the following destination configurations", the destination's ARN
	 * and "Permissions on the destination queue do not allow S3 to
	 * publish notifications from this bucket" in ArgumentName1/Value1)
	 * while the queue's, topic's or function's policy written moments ago
	 * has not reached it: users of Pulumi ("fails sometimes, but
	 * sometimes works"), CDK and Terraform report it; Zappa retries it
	 * after AddPermission. The request names the destinations' ARNs, noted
	 * when their policies are written (sqs/queue.c, sns/topic.c,
	 * lambda/permission.c). */
	{ .service = &aws_service_s3, .operations = s3_notification_ops,
		.codes = s3_invalid_argument,
	  .message = "Unable to validate the following destination configurations",
	  .new_grant = true, .wait = AWS_WAIT_PROPAGATION,
	  .what = "S3 to see the destination's policy written moments ago",
	  .source = S3_NOTIFICATION },
	/* Firehose assumes the stream's roles at CreateDeliveryStream and
	 * UpdateDestination: "Firehose is unable to assume role ARN. Please
	 * check the role provided." for a role made moments ago; Terraform
	 * retries it for IAM's propagation. The message names the role; a role
	 * whose trust does not name Firehose is refused for good (the stack's
	 * rules warn of it), so only a role trusting it is waited for. */
	{ .service = &aws_service_firehose, .operations = firehose_role_ops,
		.codes = firehose_invalid,
	  .message = "is unable to assume role", .new_grant = true,
	  .trusting = "firehose.amazonaws.com", .about_in_message = true,
	  .wait = AWS_WAIT_PROPAGATION, .what = "IAM to propagate the role",
	  .source = FIREHOSE_ROLE },
	/* CodeBuild assumes a project's service role at CreateProject and
	 * UpdateProject: "CodeBuild is not authorized to perform:
	 * sts:AssumeRole on ROLE" for a role made moments ago (Terraform's
	 * project create retries it for IAM's propagation). The message names
	 * the role; a role from elsewhere, or one not trusting CodeBuild, is
	 * refused for good, at once. */
	{ .service = &aws_service_codebuild, .operations = codebuild_role_ops,
		.codes = codebuild_invalid,
	  .message = "not authorized to perform: sts:AssumeRole", .new_grant = true,
	  .trusting = "codebuild.amazonaws.com", .about_in_message = true,
	  .wait = AWS_WAIT_PROPAGATION, .what = "IAM to propagate the role",
	  .source = CODEBUILD_ROLE },
	/* KMS, CreateKey and PutKeyPolicy's Policy: "The principals in the key
	 * policy must exist and be visible to KMS. When you create a new
	 * Amazon Web Services principal, you might need to enforce a delay
	 * before including the new principal in a key policy"; meanwhile
	 * MalformedPolicyDocumentException "Policy contains a statement with
	 * one or more invalid principals." (Terraform's key create retries it). */
	{ .service = &aws_service_kms, .operations = kms_policy_ops, .codes = kms_malformed,
	  .message = "invalid principals", .new_grant = true, .wait = AWS_WAIT_PROPAGATION,
	  .what = "IAM to propagate the key policy's principals", .source = KMS_PRINCIPALS },
	/* Lake Formation's GrantPermissions to a role made moments ago:
	 * InvalidInputException "Invalid principal, arn: ARN" (reported from
	 * CDK), which Terraform's permissions create retries for IAM's
	 * propagation. The message names the role. */
	{ .service = &aws_service_lakeformation, .operations = lf_grant_ops, .codes = lf_invalid,
	  .message = "Invalid principal", .new_grant = true, .about_in_message = true,
	  .wait = AWS_WAIT_PROPAGATION, .what = "IAM to propagate the principal",
	  .source = LF_PRINCIPAL },
	/* Cloud Control: UpdateResource and DeleteResource answer
	 * ConcurrentOperationException "Another resource operation is
	 * currently being performed on this resource" while a request on it is
	 * IN_PROGRESS (a create an interrupted apply left running, another
	 * tool's change): the request is sent again once it has ended. */
	{ .service = &aws_service_cloudcontrol, .operations = cc_change_ops, .codes = cc_concurrent,
	  .wait = AWS_WAIT_DEPENDENCY,
	  .what = "the resource's other Cloud Control request to end", .source = CC_CONCURRENT },
	/* S3: bucket configuration is eventually consistent: a bucket just
	 * made may answer NoSuchBucket to its first configuration calls. */
	{ .service = &aws_service_s3, .codes = no_such_bucket, .new_object = true,
	  .wait = AWS_WAIT_CONSISTENCY, .what = "a bucket made moments ago to be visible",
	  .source = S3_CONSISTENCY },
	/* SQS: "After you create a queue, you must wait at least one second
	 * after the queue is created to be able to use the queue"; "When you
	 * delete a queue, you must wait at least 60 seconds before creating a
	 * queue with the same name." A queue just made is noted by its URL,
	 * which only the calls that use it carry. */
	{ .service = &aws_service_sqs, .operations = queue_url_ops, .codes = queue_does_not_exist,
	  .new_object = true,
	  .wait = AWS_WAIT_CONSISTENCY, .what = "a queue made moments ago to be usable",
	  .source = SQS_CREATE },
	{ .service = &aws_service_sqs, .operations = create_queue, .codes = queue_deleted_recently,
	  .wait = AWS_WAIT_DEPENDENCY,
	  .what = "SQS to release the name of a queue deleted moments ago (60 s)",
	  .source = SQS_DELETE },
	/* Network interfaces outlive instances, NAT gateways, interface
	 * endpoints and Lambda functions in a VPC; what they sit in cannot
	 * go until they have. */
	{ .service = &aws_service_ec2, .operations = held_by_interfaces,
		.codes = dependency_violation,
	  .wait = AWS_WAIT_DEPENDENCY, .what = "what depends on it (network interfaces) to go",
	  .source = ENI_LINGER },
	{ .service = &aws_service_ec2, .operations = address_ops, .codes = address_in_use,
	  .wait = AWS_WAIT_DEPENDENCY, .what = "the address's network interface to go",
	  .source = ENI_LINGER },
};

static bool rule_matches(const struct aws_retry_rule *r, const struct aws_request *req,
			 const struct aws_response *resp)
{
	const char *code = resp->error_code;

	if (strcmp(r->service->signing_name, req->service) || !code)
		return false;
	if (r->operations && !text_listed(r->operations, req->operation))
		return false;
	if (r->codes ? !text_listed(r->codes, code) : !(r->code_suffix && ends_with(code, r->code_suffix)))
		return false;
	return !r->message || (resp->error_message && strcasestr(resp->error_message, r->message));
}

const struct aws_retry_rule *aws_retry_rule_find(const struct aws_request *req,
						 const struct aws_response *resp)
{
	if (!req || !req->service || !resp || resp->status < 300)
		return NULL;
	for (size_t i = 0; i < sizeof(rules) / sizeof(*rules); i++)
		if (rule_matches(&rules[i], req, resp))
			return &rules[i];
	return NULL;
}

/* An ARN's end: a blank, or what closes a quote or a sentence. */
static size_t arn_length(const char *s)
{
	size_t n = strcspn(s, " \t\r\n\"'<>,;()");

	while (n && s[n - 1] == '.')
		n--;
	return n;
}

enum aws_answer_about aws_rule_answer_about(const struct aws_retry_rule *r, const char *message,
					    const char **arn, size_t *len)
{
	const char *p = message, *account;

	*arn = NULL;
	*len = 0;
	if (!r || !r->about_in_message || !message)
		return AWS_ABOUT_REQUEST;
	/* An ARN starts a word, and is more than a label ("Invalid
	 * principal, arn: arn:aws:iam::1:role/r"). */
	while ((p = strstr(p, "arn:")) &&
	       ((p > message && !strchr(" \t\"'(<", p[-1])) || !p[4] || strchr(" \t", p[4])))
		p += 4;
	if (!p)
		return AWS_ABOUT_REQUEST;
	*arn = p;
	*len = arn_length(p);
	/* arn:PARTITION:SERVICE:REGION:ACCOUNT:...: the account "aws" is AWS's. */
	account = p;
	for (int colons = 0; colons < 4 && account; colons++) {
		account = memchr(account, ':', (size_t)(p + *len - account));
		if (account)
			account++;
	}
	if (account && account + 4 <= p + *len && !strncmp(account, "aws:", 4))
		return AWS_ABOUT_AWS;
	return AWS_ABOUT_ARN;
}

const struct aws_retry_rule *aws_retry_rules(size_t *n)
{
	*n = sizeof(rules) / sizeof(*rules);
	return rules;
}

const char *aws_wait_setting(enum aws_wait_kind kind)
{
	switch (kind) {
	case AWS_WAIT_PROPAGATION:
		return "propagation_timeout";
	case AWS_WAIT_DEPENDENCY:
		return "dependency_timeout";
	default:
		return "consistency_timeout";
	}
}

const char *aws_wait_env(enum aws_wait_kind kind)
{
	switch (kind) {
	case AWS_WAIT_PROPAGATION:
		return "TERRACE_AWS_PROPAGATION_TIMEOUT";
	case AWS_WAIT_DEPENDENCY:
		return "TERRACE_AWS_DEPENDENCY_TIMEOUT";
	default:
		return "TERRACE_AWS_CONSISTENCY_TIMEOUT";
	}
}

int aws_wait_seconds(const struct aws_timing *t, enum aws_wait_kind kind)
{
	switch (kind) {
	case AWS_WAIT_PROPAGATION:
		return t->propagation_s;
	case AWS_WAIT_DEPENDENCY:
		return t->dependency_s;
	default:
		return t->consistency_s;
	}
}

double aws_rule_pause_s(int retry)
{
	double pause = 1.0;

	for (int i = 0; i < retry && pause < 10.0; i++)
		pause *= 1.5;
	return pause > 10.0 ? 10.0 : pause;
}

/* ---- how long a read of another run may miss a new object ---- */

static const struct consistency_row {
	const struct aws_service *service; /* the type's: its name is "ec2" of "aws.ec2.vpc" */
	double seconds;      /* < 0: the setting consistency_timeout */
	bool deletes;        /* a delete may answer NotFound too */
	const char *source;
} consistency_rows[] = {
	/* "if you run a command to modify or describe the resource that you
	 * just created, its ID might not have propagated throughout the
	 * system": backoff "starting with a couple of seconds of wait time,
	 * and increasing gradually up to a few minutes"; TerminateInstances'
	 * NotFound "doesn't mean the instance was or will be terminated". */
	{ &aws_service_ec2, -1, true, EC2_CONSISTENCY },
	/* "the change must be replicated across IAM, which can take some
	 * time": no bound. */
	{ &aws_service_iam, -1, false, IAM_CONSISTENCY },
	/* "Bucket configurations have an eventual consistency model": no
	 * bound (objects are read-after-write consistent, buckets are what a
	 * state holds). */
	{ &aws_service_s3, -1, false, S3_CONSISTENCY },
	/* "you must wait at least one second after the queue is created to be
	 * able to use the queue". */
	{ &aws_service_sqs, 1, false, SQS_CREATE },
};

double aws_consistency_window_s(const struct aws_timing *t, const char *type,
				bool through_cloud_control, bool *deletes)
{
	const char *service = type ? strchr(type, '.') : NULL;
	size_t n = service ? strcspn(service + 1, ".") : 0;
	double setting = t ? t->consistency_s : 0;

	if (deletes)
		*deletes = false;
	if (!service)
		return 0;
	/* Cloud Control's GetResource answers NotFound for a while after a
	 * create (pulumi-aws-native issue 1714; AWS's pages give no bound),
	 * whatever the service; its delete answering NotFound is done
	 * (cloudcontrol/resource.c). */
	if (through_cloud_control)
		return setting;
	for (size_t i = 0; i < sizeof(consistency_rows) / sizeof(*consistency_rows); i++) {
		const struct consistency_row *row = &consistency_rows[i];

		if (strlen(row->service->name) != n || strncmp(row->service->name, service + 1, n))
			continue;
		if (deletes)
			*deletes = row->deletes;
		return row->seconds < 0 || row->seconds > setting ? setting : row->seconds;
	}
	return 0;
}
