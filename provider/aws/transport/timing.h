/*
 * timing.h: AWS's timing as data: the answers AWS gives while it catches up
 * with itself, which a call waits out instead of failing.
 *
 * AWS is eventually consistent and says so per service: an EC2 id just made
 * may answer *.NotFound for a while, a role just made or changed is refused
 * by the services that assume it until IAM has propagated it, a bucket just
 * made may answer NoSuchBucket, and a delete is refused with
 * DependencyViolation while the network interfaces of what was deleted
 * before it linger. Each such answer is one rule of one table (timing.c):
 * which service and operations, which error codes or message, whether it
 * holds only for an object the client made moments ago, which of the
 * client's waits (struct aws_timing) bounds it, and the AWS page that
 * documents it. The transport (client.c) looks every error answer up in the
 * table, whatever protocol the call used, and retries a match with growing
 * pauses until the wait runs out: no call site has a loop of its own.
 */
#ifndef TERRACE_AWS_TIMING_H
#define TERRACE_AWS_TIMING_H

#include <stdbool.h>

#include "provider/aws/transport/client.h"

/* Which of struct aws_timing's waits bounds a rule. */
enum aws_wait_kind {
	AWS_WAIT_CONSISTENCY, /* consistency_timeout: an object just made */
	AWS_WAIT_PROPAGATION, /* propagation_timeout: IAM roles and profiles */
	AWS_WAIT_DEPENDENCY,  /* dependency_timeout: what lingers after a delete */
};

struct aws_retry_rule {
	const struct aws_service *service; /* &aws_service_ec2 (its signing name is matched) */
	const char *const *operations;  /* NULL-terminated; NULL: every operation */
	const char *const *codes;       /* NULL-terminated error codes; NULL: see suffix */
	const char *code_suffix;        /* with codes NULL: a code ending so (".NotFound") */
	const char *message;            /* a part of the message (any case), or NULL */
	bool new_object;                /* only when the request names an object this
	                                   client made less than the wait ago */
	bool new_grant;                 /* only when the request names an object whose
	                                   role or policy this client wrote less than
	                                   the wait ago (aws_client_note_grant): a
	                                   service's refusal of a role or policy from
	                                   elsewhere is true at once */
	const char *trusting;           /* with new_grant: only for a role whose trust
	                                   policy, as this client wrote it, names this
	                                   service principal ("firehose.amazonaws.com"):
	                                   a service refuses for good a role that does
	                                   not trust it (the stack's rules warn of it) */
	bool about_in_message;          /* with new_object or new_grant: the message
	                                   names what the answer is about when it names
	                                   an ARN (aws_rule_answer_about) */
	enum aws_wait_kind wait;
	const char *what;               /* what is waited for, for the log and errors */
	const char *source;             /* the AWS page that documents it */
};

/* The rule an error answer to req matches, or NULL. */
const struct aws_retry_rule *aws_retry_rule_find(const struct aws_request *req,
						 const struct aws_response *resp);

/*
 * What an answer to a new_object or new_grant rule is about, when the rule
 * reads it from the message (about_in_message: IAM's "Policy ARN does not
 * exist or is not attachable.", to a request that also names the role just
 * made; Firehose's "is unable to assume role ARN", to a request that also
 * names a bucket just made):
 *   AWS_ABOUT_REQUEST  the message names no ARN (or the rule does not read
 *                      it): waited when the request names an object the
 *                      client made moments ago;
 *   AWS_ABOUT_AWS      an ARN of AWS's own (arn:PARTITION:SERVICE::aws:...,
 *                      an AWS managed policy), which no client makes: never
 *                      waited, the answer is true at once;
 *   AWS_ABOUT_ARN      another ARN, *arn (not NUL-terminated, *len bytes):
 *                      waited only when it names an object the client made
 *                      moments ago.
 */
enum aws_answer_about { AWS_ABOUT_REQUEST, AWS_ABOUT_AWS, AWS_ABOUT_ARN };
enum aws_answer_about aws_rule_answer_about(const struct aws_retry_rule *r, const char *message,
					    const char **arn, size_t *len);

/* The whole table, for the docs and tests: *n gets its length. */
const struct aws_retry_rule *aws_retry_rules(size_t *n);

/* The setting and its environment variable that bound kind
 * ("consistency_timeout", "TERRACE_AWS_CONSISTENCY_TIMEOUT"), and its
 * seconds in t. */
const char *aws_wait_setting(enum aws_wait_kind kind);
const char *aws_wait_env(enum aws_wait_kind kind);
int aws_wait_seconds(const struct aws_timing *t, enum aws_wait_kind kind);

/*
 * How long after its create an object of `type` ("aws.ec2.vpc",
 * "awscc.logs.log_group") may still be reported missing by a read of
 * another run (a refresh), in seconds: its service's row of a table
 * (timing.c), each citing the AWS page that documents the lag. Where the
 * page gives no bound (EC2: "up to a few minutes"; IAM; S3's bucket
 * configurations; Cloud Control's reads, for every awscc type) the
 * setting consistency_timeout; where it gives one (SQS: "wait at least
 * one second after the queue is created"), that, within the setting; a
 * service whose pages document no such lag, 0: its read is believed at
 * once, as Terraform believes a refresh. With deletes, *deletes says
 * whether the page says a delete too may answer that an object made
 * moments ago does not exist (EC2: "If you get an
 * InvalidInstanceID.NotFound error after running TerminateInstances, this
 * doesn't mean the instance was or will be terminated"): a destroy's
 * delete of such an object is then waited out within the window
 * (aws_client_note_made_aged); elsewhere a delete answering NotFound is
 * final.
 */
double aws_consistency_window_s(const struct aws_timing *t, const char *type, bool *deletes);

/* The pause before retry number `retry` (0 for the first) of a rule's wait:
 * 1 s, growing by half up to 10 s. The one schedule for what AWS is caught
 * up on: the rules above, and a refresh reading again an object made
 * moments ago that it did not find (the aws provider's
 * consistency_pause_s, plan/plan.c). */
double aws_rule_pause_s(int retry);

/*
 * The long operations the aws types wait for with aws_wait (wait.h), one
 * row each of one table (timing.c): how long at most, and the first pause
 * (growing by half up to 30 s). Where the stack sets the bound (a
 * database's timeout, an instance's host_keys_timeout) the row has only
 * the pause.
 */
enum aws_poll {
	AWS_POLL_GLUE_TRIGGER,  /* a Glue trigger settling after a change: 300 s, 2 s */
	AWS_POLL_LAMBDA_READY,  /* a Lambda function Active and its update done: 600 s, 1 s */
	AWS_POLL_EC2_INSTANCE,  /* an EC2 instance reaching a state: 900 s, 2 s */
	AWS_POLL_EC2_HOST_KEYS, /* host keys on an instance's console: 2 s */
	AWS_POLL_DB_INSTANCE,   /* an RDS instance or Redshift cluster: 2 s */
	AWS_POLL_ROUTE_TABLE_ASSOCIATION, /* a subnet let go of by another table
					   * while AssociateRouteTable was refused:
					   * 2 s, 1 s (two tries) */
	AWS_POLL_DYNAMODB_TABLE, /* a DynamoDB table ACTIVE after CreateTable or
				  * UpdateTable, gone after DeleteTable: 600 s, 1 s */
	AWS_POLL_BATCH,          /* a Batch compute environment or job queue VALID
				  * after a create or update, gone after a delete:
				  * 600 s, 1 s */
	AWS_POLL_EMR_SERVERLESS_APPLICATION, /* an EMR Serverless application
					      * CREATED after CreateApplication,
					      * STOPPED after StopApplication,
					      * TERMINATED after its delete: 600 s, 1 s */
	AWS_POLL_KINESIS_STREAM, /* a Kinesis stream ACTIVE after CreateStream or a
				  * change, gone after DeleteStream: 1800 s, 1 s */
	AWS_POLL_FIREHOSE_STREAM, /* a Firehose stream ACTIVE after its create, its
				   * encryption ENABLED or DISABLED, gone after its
				   * delete: 600 s, 1 s */
	AWS_POLL_DYNAMODB_INDEX, /* a DynamoDB global secondary index ACTIVE after
				  * UpdateTable added it (its backfill), gone after
				  * it removed it: 3600 s, 1 s */
	AWS_POLL_EVENT_SOURCE_MAPPING, /* a Lambda event source mapping Enabled or
					* Disabled after its create or update,
					* gone after its delete: 600 s, 1 s */
	AWS_POLL_NAT_GATEWAY,   /* an EC2 NAT gateway available, or deleted: 900 s, 2 s */
	AWS_POLL_VPC_ENDPOINT,  /* a VPC endpoint available, or deleted: 600 s, 2 s */
	AWS_POLL_SFN_DELETE,    /* a Step Functions state machine gone after
				 * DeleteStateMachine: 300 s, 2 s */
	AWS_POLL_GLUE_CRAWLER,  /* a Glue crawler's crawl ended (READY): 900 s, 2 s */
	AWS_POLL_CLOUDCONTROL,  /* a Cloud Control resource request (an awscc
				 * type's create, update or delete) ended: 7200 s,
				 * 1 s */
};
double aws_poll_timeout_s(enum aws_poll poll);
double aws_poll_interval_s(enum aws_poll poll);

#endif
