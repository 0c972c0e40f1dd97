/*
 * lambda/api.h: what the Lambda resource types share (lambda/function.c,
 * lambda/layer_version.c, lambda/event_source_mapping.c): the rest-json
 * call, reading answers, tags, and the code package of a function or
 * layer. Helpers a type calls.
 */
#ifndef TERRACE_AWS_LAMBDA_H
#define TERRACE_AWS_LAMBDA_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* Lambda's signing name, once (rest-json: each call's path carries its API
 * version, e.g. /2015-03-31/functions). */

/* Whose code a helper packages: the type named in messages, and whether a
 * .zip file given as source is sent as it is (layers) or zipped (functions,
 * whose source is the code itself). */
struct lambda_code_form {
	const char *type;
	bool zip_file_as_is;
};

/* The error response carries this AWS error code. */
bool lambda_error_is(const struct aws_response *resp, const char *code);

/*
 * One rest-json call: `input` (may be NULL) is sent as the JSON body, and
 * when `output` is given it receives the parsed response ({} for an empty
 * body). resp is always filled and the caller frees it.
 */
int lambda_call(struct aws_client *c, const char *operation, const char *method,
		const char *path, const char *query, const json_t *input,
		json_t **output, struct aws_response *resp, struct strbuf *err);

/* The tags of a function or event source mapping by its ARN (ListTags):
 * 0 with *tags ({} when none), or -1. */
/* A wait for function `name` to be ready judged on its configuration
 * (GetFunctionConfiguration's answer): 0 while State is Pending or
 * LastUpdateStatus InProgress; with fail_on_failed, -1 with err naming the
 * reason code and reason when State or LastUpdateStatus is Failed; else 1.
 * status gets both fields. Pure, for tests/unit/test_waiter_rows.c, which
 * drives every pair of the two. */
int lambda_ready_verdict(const char *name, const json_t *conf, bool fail_on_failed,
			 struct strbuf *status, struct strbuf *err);
int lambda_get_tags(struct aws_client *c, const char *arn, json_t **tags, struct strbuf *err);
/* Bring the tags of the function or mapping `arn` from `current` to
 * `desired` (UntagResource, TagResource): 0 or -1. */
int lambda_converge_tags(struct aws_client *c, const char *arn, const json_t *current,
			 const json_t *desired, struct strbuf *err);

/* A GET of `path` (operation `operation`): 0 with *doc the answer, or
 * *doc NULL when Lambda answers 404 ResourceNotFoundException (the function
 * or mapping is gone); -1 with err set. */
int lambda_get_or_gone(struct aws_client *c, const char *operation, const char *path,
		       json_t **doc, struct strbuf *err);

/* A string or number member of an answer as a new reference, else null. */
json_t *lambda_string_or_null(const json_t *o, const char *name);
json_t *lambda_number_or_null(const json_t *o, const char *name);

/* Whether the desired attributes give the code as a package of `source`
 * (else as an S3 object); that they give exactly one form is a row of the
 * one table of checks (rule_lambda_code_form). */
bool lambda_code_from_source(const json_t *desired);

/* At plan time: code_sha256 of the package of `source` (when it is the form
 * used and known), so an edited file plans as new code. */
int lambda_plan_code_sha256(const struct lambda_code_form *form, json_t *desired,
			    struct strbuf *err);

/*
 * The code fields (ZipFile, or S3Bucket/S3Key/S3ObjectVersion) added to
 * `into`: the Code object of CreateFunction or the body of
 * UpdateFunctionCode.
 */
int lambda_add_code(const struct lambda_code_form *form, json_t *into, const json_t *desired,
		    struct strbuf *err);

/* ---- its rules (lambda/rules.c) that other files use ---- */

/* Lambda: a runtime identifier (memory_size, timeout and handler are the
 * models', with the documented maxima in constraints.map). */
int rule_lambda_runtime(const json_t *v, const json_t *r, struct strbuf *err);
/* Lambda function names: at most AWS_LAMBDA_FUNCTION_NAME_MAX (checks/rules.h)
 * characters (an ARN may be longer). */
int rule_lambda_function_name(const json_t *v, const json_t *r, struct strbuf *err);
/* Lambda environment variables: names of [a-zA-Z][a-zA-Z0-9_]+, none of
 * the keys Lambda reserves, 4 KB for all of them. */
int rule_lambda_environment(const json_t *v, const json_t *r, struct strbuf *err);
/* Runtimes Lambda no longer lets a function be created with (CreateFunction
 * refuses them; existing functions keep running): run before CreateFunction,
 * and at plan by the rows of a create (lambda/rules.c). */
int rule_lambda_runtime_for_create(const json_t *v, const json_t *r, struct strbuf *err);
/* A deprecated runtime's dates (YYYY-MM-DD), from cfn-lint's table of the
 * Lambda Developer Guide's (lambda/runtimes.gen.c, gen_runtimes.py): when it
 * was deprecated, when Lambda blocks creating functions with it, when it
 * blocks updating them; its successor (NULL: none named). The table ends
 * with a NULL name. */
struct lambda_runtime_dates {
	const char *name, *deprecated, *create_block, *update_block, *successor;
};
extern const struct lambda_runtime_dates lambda_runtime_dates[];
/* Where runtime stands on day `today` (YYYY-MM-DD...: its first 10
 * characters are read): supported (or not in the table), deprecated,
 * blocked for creates, blocked for updates too; *dates its row (NULL when
 * none). */
enum lambda_runtime_stage {
	LAMBDA_RUNTIME_SUPPORTED,
	LAMBDA_RUNTIME_DEPRECATED,
	LAMBDA_RUNTIME_CREATE_BLOCKED,
	LAMBDA_RUNTIME_UPDATE_BLOCKED,
};
enum lambda_runtime_stage lambda_runtime_stage(const char *runtime, const char *today,
					       const struct lambda_runtime_dates **dates);
/* An event source mapping: its source is one terrace maps, and what that
 * source takes (starting position, batch size and window, scaling,
 * destination) (lambda/rules.c). */
int rule_lambda_event_source_mapping(const json_t *v, const json_t *r, struct strbuf *err);

#endif
