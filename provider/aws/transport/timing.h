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
 * (timing.c), each citing the AWS page that documents the lag, or Cloud
 * Control's when the caller says the type is read through it
 * (through_cloud_control: the awscc types, whatever their service). Where
 * the page gives no bound (EC2: "up to a few minutes"; IAM; S3's bucket
 * configurations; Cloud Control's reads) the setting consistency_timeout;
 * where it gives one (SQS: "wait at least one second after the queue is
 * created"), that, within the setting; a service whose pages document no
 * such lag, 0: its read is believed at once, as Terraform believes a
 * refresh. With deletes, *deletes says whether the page says a delete too
 * may answer that an object made moments ago does not exist (EC2: "If you
 * get an InvalidInstanceID.NotFound error after running
 * TerminateInstances, this doesn't mean the instance was or will be
 * terminated"): a destroy's delete of such an object is then waited out
 * within the window (aws_client_note_made_aged); elsewhere a delete
 * answering NotFound is final.
 */
double aws_consistency_window_s(const struct aws_timing *t, const char *type,
				bool through_cloud_control, bool *deletes);

/* The pause before retry number `retry` (0 for the first) of a rule's wait:
 * 1 s, growing by half up to 10 s. The one schedule for what AWS is caught
 * up on: the rules above, and a refresh reading again an object made
 * moments ago that it did not find (the aws provider's
 * consistency_pause_s, plan/plan.c). */
double aws_rule_pause_s(int retry);

#endif
