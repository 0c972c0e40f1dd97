/*
 * lambda/permission.c: the resource type aws.lambda.permission, one
 * statement of a Lambda function's resource-based policy letting a service
 * or account invoke the function (an EventBridge rule, an S3 bucket), over
 * Lambda's rest-json protocol (lambda/api.h): AddPermission, GetPolicy (the
 * statement found by its Sid) and RemovePermission.
 *
 * Its id is FUNCTION/STATEMENT_ID, or FUNCTION:QUALIFIER/STATEMENT_ID for a
 * version or alias (Terraform's import id). Lambda cannot change a
 * statement: every attribute replaces it. A statement removed by hand, or
 * its function deleted, reads as gone.
 *
 * How GetPolicy shows what AddPermission was given: Principal
 * {"Service": "events.amazonaws.com"} for a service, {"AWS": "arn:...:root"}
 * for an account id (read back as the account id the stack gave),
 * Condition ArnLike AWS:SourceArn and StringEquals AWS:SourceAccount.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TYPE_NAME "aws.lambda.permission"
#define FUNCTIONS_PATH "/2015-03-31/functions"

static const struct attr_schema permission_attrs[] = {
	{ .name = "function_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the function's name or ARN, e.g. ${ingest.function_name}" },
	{ .name = "statement_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the statement's Sid, unique in the function's policy: letters, digits, "
			 "- _ and ." },
	{ .name = "action", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "what the principal may do",
	  .default_json = "\"lambda:InvokeFunction\"" },
	{ .name = "principal", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "who may: a service (events.amazonaws.com, s3.amazonaws.com, "
			 "scheduler.amazonaws.com ...) or an account id" },
	{ .name = "source_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "only on behalf of this resource, e.g. ${nightly.arn} (an EventBridge "
			 "rule) or a bucket's ARN" },
	{ .name = "source_account", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "only when the source belongs to this account (S3 buckets)" },
	{ .name = "qualifier", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "a version or alias of the function; the unqualified function when unset" },
	{ .name = NULL },
};

/* The parts of an id: FUNCTION[:QUALIFIER]/STATEMENT_ID (each a new string;
 * *qualifier NULL when there is none). A FUNCTION that is an ARN has its
 * qualifier as an eighth field. -1 with err set when the id has no
 * statement, in the words of the other types' ids (glue/table.c's). */
static int split_id(const char *id, char **function, char **qualifier, char **sid,
		    struct strbuf *err)
{
	const char *slash = strrchr(id, '/');
	const char *colon = NULL;

	*function = *qualifier = *sid = NULL;
	if (!slash || slash == id || !slash[1]) {
		strbuf_addf(err, TYPE_NAME ": id \"%s\" is not FUNCTION/STATEMENT_ID", id);
		return -1;
	}
	if (!strncmp(id, "arn:", 4)) {
		int fields = 0;

		for (const char *p = id; p < slash; p++)
			if (*p == ':' && ++fields == 7)
				colon = p;
	} else {
		colon = memchr(id, ':', (size_t)(slash - id));
	}
	*function = xstrndup(id, (size_t)((colon ? colon : slash) - id));
	if (colon && colon + 1 < slash)
		*qualifier = xstrndup(colon + 1, (size_t)(slash - colon - 1));
	*sid = xstrdup(slash + 1);
	return 0;
}

static char *make_id(const json_t *desired)
{
	const char *q = value_get_string(desired, "qualifier");

	return xasprintf("%s%s%s/%s", value_get_string(desired, "function_name"),
			 q && *q ? ":" : "", q && *q ? q : "",
			 value_get_string(desired, "statement_id"));
}

/* "Qualifier=Q" (encoded), or NULL. */
static char *qualifier_query(const char *qualifier)
{
	struct strbuf q = STRBUF_INIT;

	if (!qualifier || !*qualifier)
		return NULL;
	strbuf_addstr(&q, "Qualifier=");
	sigv4_uri_encode(&q, qualifier, strlen(qualifier), false);
	return strbuf_detach(&q);
}

/* The statement of `policy` (GetPolicy's Policy, JSON text) whose Sid is `sid`
 * (new reference), or NULL. */
static json_t *find_statement(const char *policy, const char *sid)
{
	json_t *doc = policy ? json_loads(policy, 0, NULL) : NULL, *st, *found = NULL;
	size_t i;

	json_array_foreach(value_get(doc, "Statement"), i, st)
		if (value_get_string(st, "Sid") && !strcmp(value_get_string(st, "Sid"), sid)) {
			found = json_incref(st);
			break;
		}
	json_decref(doc);
	return found;
}

/* The condition value Condition.OP.KEY (the key's case as AWS writes it,
 * or lower-cased), or NULL. */
static const char *condition(const json_t *st, const char *op, const char *key)
{
	json_t *block = value_get(value_get(st, "Condition"), op);
	const char *k;
	json_t *v;

	json_object_foreach(block, k, v)
		if (!strcasecmp(k, key))
			return json_is_string(v) ? json_string_value(v) : NULL;
	return NULL;
}

/* The principal as the stack writes it: the service name, the account id
 * of "arn:aws:iam::ACCOUNT:root" when prior wrote the account id, else the
 * principal as it is. */
static json_t *principal_of(const json_t *st, const json_t *prior)
{
	json_t *p = value_get(st, "Principal");
	const char *was = value_get_string(prior, "principal");
	const char *s;

	if (json_is_string(p))
		return json_incref(p);
	if ((s = value_get_string(p, "Service")))
		return json_string(s);
	if ((s = value_get_string(p, "AWS"))) {
		size_t n = was ? strlen(was) : 0;
		const char *acct = strstr(s, ":iam::");

		if (n && acct && !strncmp(acct + 6, was, n) && !strcmp(acct + 6 + n, ":root"))
			return json_string(was);
		return json_string(s);
	}
	return json_null();
}

static int permission_read(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err)
{
	char *function, *qualifier, *sid, *path, *query;
	struct aws_response resp;
	json_t *answer = NULL, *st, *o;
	const char *action, *arn, *account;
	int rc;

	*out = NULL;
	if (split_id(id, &function, &qualifier, &sid, err))
		return -1;
	path = xasprintf(FUNCTIONS_PATH "/%s/policy", function);
	query = qualifier_query(qualifier);
	rc = lambda_call(client, "GetPolicy", "GET", path, query, NULL, &answer, &resp, err);
	free(path);
	free(query);
	if (rc && resp.status == 404 && lambda_error_is(&resp, "ResourceNotFoundException")) {
		/* No function, or no policy: the statement is gone. */
		strbuf_reset(err);
		rc = 0;
	}
	aws_response_free(&resp);
	st = !rc && answer ? find_statement(value_get_string(answer, "Policy"), sid) : NULL;
	json_decref(answer);
	if (rc || !st)
		goto out;
	o = json_object();
	json_object_set_new(o, "function_name", json_string(function));
	json_object_set_new(o, "statement_id", json_string(sid));
	action = value_get_string(st, "Action");
	json_object_set_new(o, "action", action ? json_string(action) : json_null());
	json_object_set_new(o, "principal", principal_of(st, prior));
	arn = condition(st, "ArnLike", "AWS:SourceArn");
	if (!arn)
		arn = condition(st, "ArnEquals", "AWS:SourceArn");
	json_object_set_new(o, "source_arn", arn ? json_string(arn) : json_null());
	account = condition(st, "StringEquals", "AWS:SourceAccount");
	json_object_set_new(o, "source_account", account ? json_string(account) : json_null());
	json_object_set_new(o, "qualifier", qualifier ? json_string(qualifier) : json_null());
	json_decref(st);
	*out = o;
out:
	free(function);
	free(qualifier);
	free(sid);
	return rc ? -1 : 0;
}

/* The members AddPermission was given, as permission_read shows them: the
 * evidence that a statement found there is the one this create sent
 * (statements take no tags). */
static json_t *sent_statement(const json_t *desired)
{
	const char *action = value_get_string(desired, "action");
	json_t *sent = json_pack("{s:s, s:O}", "action", action ? action : "lambda:InvokeFunction",
				 "principal", value_get(desired, "principal"));

	if (value_get_string(desired, "source_arn"))
		json_object_set(sent, "source_arn", value_get(desired, "source_arn"));
	if (value_get_string(desired, "source_account"))
		json_object_set(sent, "source_account", value_get(desired, "source_account"));
	return sent;
}

/*
 * AddPermission. A Sid taken already (409 ResourceConflictException) is
 * weighed by the adopt policy: ours only when an attempt of this create may
 * have made it (then it is read here, once) and it reads back as sent.
 */
static int permission_send(struct aws_client *c, const json_t *desired,
			   const struct create_call *call, struct aws_sent *sent,
			   struct strbuf *err)
{
	const char *function = value_get_string(desired, "function_name");
	const char *sid = value_get_string(desired, "statement_id");
	const char *action = value_get_string(desired, "action");
	char *path, *query;
	struct aws_response resp;
	json_t *in;
	int rc;

	if (!function || !sid) {
		strbuf_addstr(err, TYPE_NAME ": function_name or statement_id has no value to send");
		return -1;
	}
	in = json_pack("{s:s, s:s, s:O}", "StatementId", sid, "Action",
		       action ? action : "lambda:InvokeFunction", "Principal",
		       value_get(desired, "principal"));
	if (value_get_string(desired, "source_arn"))
		json_object_set(in, "SourceArn", value_get(desired, "source_arn"));
	if (value_get_string(desired, "source_account"))
		json_object_set(in, "SourceAccount", value_get(desired, "source_account"));
	path = xasprintf(FUNCTIONS_PATH "/%s/policy", function);
	query = qualifier_query(value_get_string(desired, "qualifier"));
	rc = lambda_call(c, "AddPermission", "POST", path, query, in, NULL, &resp, err);
	json_decref(in);
	free(path);
	free(query);
	if (rc && resp.status == 409 && lambda_error_is(&resp, "ResourceConflictException")) {
		/* The Sid is taken: ours when an earlier attempt made it. */
		strbuf_reset(err);
		sent->exists = true;
		sent->attempts = resp.attempts;
		snprintf(sent->why, sizeof(sent->why), "lambda AddPermission: "
			 "ResourceConflictException");
		snprintf(sent->named, sizeof(sent->named), "%s of lambda function %s", sid,
			 function);
		rc = 0;
	} else if (rc && resp.status == 404) {
		strbuf_addf(err, " (" TYPE_NAME " function_name %s: no such function)", function);
	}
	aws_response_free(&resp);
	if (rc)
		return -1;
	sent->id = make_id(desired);
	if (sent->exists && !(call && call->may_exist) && sent->attempts <= 1)
		return 0; /* refused by the policy, nothing read */
	/* S3 checks a function's resource policy at once when told to notify
	 * it, before the statement has reached S3: noted by the function as
	 * named (its name is in its ARN), for the propagation wait (timing.h). */
	aws_client_note_grant(c, function);
	if (sent->exists)
		return permission_read(c, sent->id, desired, &sent->have, err);
	return 0;
}

/* BY_READ_BACK: what AddPermission sent, and the statement as the send
 * read it (1 when it read none). */
static int permission_evidence(struct aws_client *c, const char *id, const json_t *desired,
			       const json_t *have, json_t **sent, json_t **got, time_t *created,
			       struct strbuf *err)
{
	(void)c, (void)id, (void)err;
	*created = 0;
	if (!have)
		return 1;
	*sent = sent_statement(desired);
	*got = json_incref((json_t *)have);
	return 0;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): every attribute
 * replaces the statement, so an update only reads it (GetPolicy) and the
 * converge sends nothing. `prior` is not used (neither exception).
 */
static const struct aws_native_ops permission_native = {
	.send_create = permission_send,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "statement_id", .object = "statement %s",
		   .evidence = permission_evidence,
		   .differs = "its statement differs from the one this create sent" },
	.converge = aws_converge_nothing, /* every attribute replaces the statement */
	.read = permission_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = TYPE_NAME ": statement %s was added but GetPolicy does not show it",
	.gone = TYPE_NAME " %s: GetPolicy does not show the statement",
};

AWS_NATIVE_FUNCTIONS(permission, permission_native)

static int permission_delete(void *client, const char *id, const json_t *prior,
			     struct strbuf *err)
{
	char *function, *qualifier, *sid, *path, *query;
	struct aws_response resp;
	int rc;

	(void)prior;
	if (split_id(id, &function, &qualifier, &sid, err))
		return -1;
	path = xasprintf(FUNCTIONS_PATH "/%s/policy/%s", function, sid);
	query = qualifier_query(qualifier);
	rc = lambda_call(client, "RemovePermission", "DELETE", path, query, NULL, NULL, &resp, err);
	if (rc && resp.status == 404 && lambda_error_is(&resp, "ResourceNotFoundException")) {
		strbuf_reset(err);
		rc = 0;
	}
	aws_response_free(&resp);
	free(path);
	free(query);
	free(function);
	free(qualifier);
	free(sid);
	return rc ? -1 : 0;
}

const struct resource_type aws_lambda_permission_type = {
	.name = TYPE_NAME,
	.description = "a statement of a Lambda function's policy letting a service or account "
		       "invoke it (an EventBridge rule, an S3 bucket)",
	.attrs = permission_attrs,
	.terraform_type = "aws_lambda_permission",
	.terraform_attrs = "function_name statement_id action principal source_arn "
			   "source_account qualifier",
	.read = permission_read,
	.create = permission_create,
	.update = permission_update,
	.native = &permission_native,
	.delete = permission_delete,
	.import_id = "FUNCTION/STATEMENT_ID (FUNCTION:QUALIFIER/STATEMENT_ID for a version "
		     "or alias)",
};
