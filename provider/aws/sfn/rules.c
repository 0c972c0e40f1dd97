/*
 * sfn/rules.c: the Step Functions rules its models do not carry (checks/rules.h):
 * state machine names, definitions (Amazon States Language) and logging.
 *
 * Across resources (aws_check_resources, checks/run_stack.c), against the role the
 * stack gives it:
 * a state machine whose Task starts a Glue job or invokes a Lambda
 * function of the stack, while no policy the stack writes for its role
 * allows that (glue:StartJobRun, lambda:InvokeFunction): a warning, since
 * a policy may come from outside the stack.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/roles.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/sfn/api.h"
#include "provider/provider.h"

/* ---- Step Functions -------------------------------------------------------- */

/* Amazon States Language (https://states-language.net/spec.html). */
static const char *const state_types[] = { "Task", "Pass", "Choice", "Wait", "Succeed", "Fail",
					   "Parallel", "Map", NULL };

/* A state that ends the execution, or may once its values are known (a
 * Type or End not known yet, a transition to a state not known yet). */
static bool state_is_terminal(const json_t *st)
{
	const char *t = value_get_string(st, "Type");
	return !value_known_object(st) || value_not_known(json_object_get(st, "Type")) ||
	       value_not_known(json_object_get(st, "End")) ||
	       (t && (!strcmp(t, "Succeed") || !strcmp(t, "Fail"))) ||
	       json_is_true(json_object_get(st, "End"));
}

static int check_states(const json_t *machine, const char *where, struct strbuf *err);

/* Every known transition target of a state, in turn, through fn; stops at
 * -1. A target not known yet is not passed to fn. */
static int each_target(const json_t *st, int (*fn)(const char *target, const char *via,
						   void *ctx), void *ctx)
{
	size_t i;
	json_t *e;
	const char *next = value_known_member(st, "Next");
	if (next && fn(next, "Next", ctx))
		return -1;
	const char *def = value_known_member(st, "Default");
	if (def && fn(def, "Default", ctx))
		return -1;
	json_array_foreach(json_object_get(st, "Choices"), i, e) {
		const char *n = value_known_member(e, "Next");
		if (n && fn(n, "Choices[].Next", ctx))
			return -1;
	}
	json_array_foreach(json_object_get(st, "Catch"), i, e) {
		const char *n = value_known_member(e, "Next");
		if (n && fn(n, "Catch[].Next", ctx))
			return -1;
	}
	return 0;
}

/* A state with a transition not known yet (a Next, Default, Choices or
 * Catch of ${...}, or the lists themselves): it may reach any state. */
static bool has_unknown_target(const json_t *st)
{
	size_t i;
	json_t *e;
	static const char *const lists[] = { "Choices", "Catch" };
	if (value_not_known(json_object_get(st, "Next")) ||
	    value_not_known(json_object_get(st, "Default")))
		return true;
	for (size_t l = 0; l < 2; l++) {
		const json_t *list = json_object_get(st, lists[l]);
		if (value_not_known(list))
			return true;
		json_array_foreach(list, i, e)
			if (!value_known_object(e) || value_not_known(json_object_get(e, "Next")))
				return true;
	}
	return false;
}

struct sfn_walk {
	const json_t *states;
	const char *state;
	const char *where;
	json_t *seen;      /* reached state names */
	struct strbuf *err;
};

static int target_exists(const char *target, const char *via, void *ctx)
{
	struct sfn_walk *w = ctx;
	if (json_object_get(w->states, target))
		return 0;
	strbuf_addf(w->err, "%sstate \"%s\": its %s \"%s\" is not a state of States", w->where,
		    w->state, via, target);
	return -1;
}

static int mark_reached(const char *target, const char *via, void *ctx)
{
	struct sfn_walk *w = ctx;
	(void)via;
	if (!json_object_get(w->seen, target)) {
		json_object_set_new(w->seen, target, json_true());
		w->state = target;
	}
	return 0;
}

/* A state's own required fields by type (Amazon States Language, "Choice
 * State", "Wait State", "Parallel State", "Map State"): a Choice's
 * non-empty Choices, a Wait's one of Seconds, Timestamp, SecondsPath and
 * TimestampPath, a Parallel's non-empty Branches, a Map's ItemProcessor
 * (or Iterator, its older name). A field whose name or value is not known
 * yet may be the one: the state passes. (A Task's Resource and Next or End
 * are check_states'.) */
static int state_lacks_field(const json_t *st, const char *type, const char *name,
			     const char *where, struct strbuf *err)
{
	static const char *const waits[] = { "Seconds", "Timestamp", "SecondsPath",
					     "TimestampPath", NULL };
	const char *key;
	const json_t *e;
	json_object_foreach((json_t *)st, key, e)
		if (value_key_not_known(key))
			return 0;
	if (!strcmp(type, "Choice") || !strcmp(type, "Parallel")) {
		const char *list = !strcmp(type, "Choice") ? "Choices" : "Branches";
		e = json_object_get(st, list);
		if (value_not_known(e) || (json_is_array(e) && json_array_size(e)))
			return 0;
		strbuf_addf(err, "%sstate \"%s\": a %s state needs %s, a non-empty list", where,
			    name, type, list);
		return -1;
	}
	if (!strcmp(type, "Wait")) {
		size_t n = 0;
		for (size_t i = 0; waits[i]; i++)
			n += json_object_get(st, waits[i]) != NULL;
		if (n == 1)
			return 0;
		strbuf_addf(err, "%sstate \"%s\": a Wait state has exactly one of Seconds, "
			    "Timestamp, SecondsPath and TimestampPath (it has %zu)", where, name, n);
		return -1;
	}
	if (!strcmp(type, "Map") && !json_object_get(st, "ItemProcessor") &&
	    !json_object_get(st, "Iterator")) {
		strbuf_addf(err, "%sstate \"%s\": a Map state needs ItemProcessor (or Iterator), "
			    "the states it runs for each item", where, name);
		return -1;
	}
	return 0;
}

/* Step Functions Developer Guide, "State machine structure in Amazon States
 * Language": StartAt (Required). */
#define ASL_START_AT "StartAt (Required): A string that must exactly match (is case " \
		     "sensitive) the name of one of the state objects."

static int check_states(const json_t *machine, const char *where, struct strbuf *err)
{
	const json_t *states = json_object_get(machine, "States");
	const char *start = value_get_string(machine, "StartAt");
	const char *name;
	json_t *st;

	/* Not known yet, checked at plan: the machine or its States; and
	 * what a StartAt or a state's name of ${...} decides (which states
	 * exist, and which are reached). */
	if (value_not_known(machine) || value_not_known(states))
		return 0;
	bool start_known = !value_not_known(json_object_get(machine, "StartAt"));
	bool names_known = true;
	json_object_foreach((json_t *)states, name, st)
		if (value_key_not_known(name))
			names_known = false;
	if (!json_is_object(states) || !json_object_size(states)) {
		strbuf_addf(err, "%sStates is a map of state name to state (e.g. {\"Done\": "
			    "{\"Type\": \"Succeed\"}})", where);
		return -1;
	}
	if (!start && start_known) {
		strbuf_addf(err, "%sStartAt names the first state: AWS says \"%s\" (Step "
			    "Functions Developer Guide: state machine structure; e.g. \"StartAt\": "
			    "\"%s\")", where, ASL_START_AT,
			    json_object_iter_key(json_object_iter((json_t *)states)));
		return -1;
	}
	if (start && start_known && names_known && !json_object_get(states, start)) {
		strbuf_addf(err, "%sStartAt \"%s\" is not a state of States: AWS says \"%s\" "
			    "(Step Functions Developer Guide: state machine structure)", where, start,
			    ASL_START_AT);
		return -1;
	}
	json_object_foreach((json_t *)states, name, st) {
		const char *type = value_get_string(st, "Type");
		size_t i;
		if (!value_known_object(st) || value_not_known(json_object_get(st, "Type")))
			continue;
		for (i = 0; type && state_types[i] && strcmp(type, state_types[i]); i++)
			;
		if (!type || !state_types[i]) {
			strbuf_addf(err, "%sstate \"%s\": Type is Task, Pass, Choice, Wait, Succeed, "
				    "Fail, Parallel or Map", where, name);
			return -1;
		}
		struct sfn_walk w = { states, name, where, NULL, err };
		if (names_known && each_target(st, target_exists, &w))
			return -1;
		bool ends = json_is_true(json_object_get(st, "End"));
		bool has_next = json_object_get(st, "Next") != NULL;
		if (strcmp(type, "Choice") && strcmp(type, "Succeed") && strcmp(type, "Fail") &&
		    !value_not_known(json_object_get(st, "End")) && ends == has_next) {
			strbuf_addf(err, "%sstate \"%s\": a %s state has exactly one of Next and "
				    "\"End\": true", where, name, type);
			return -1;
		}
		if (state_lacks_field(st, type, name, where, err))
			return -1;
		if (!strcmp(type, "Task")) {
			const json_t *res = json_object_get(st, "Resource");
			const char *rs = value_known_string(res);
			if (!res || (rs && !has_prefix(rs, "arn:"))) {
				strbuf_addf(err, "%sstate \"%s\": a Task's Resource is an ARN (e.g. "
					    "\"arn:aws:states:::glue:startJobRun.sync\" or a Lambda "
					    "function's ARN)", where, name);
				return -1;
			}
		}
		if (!strcmp(type, "Parallel")) {
			size_t bi;
			json_t *b;
			json_array_foreach(json_object_get(st, "Branches"), bi, b) {
				if (value_not_known(b))
					continue;
				char *inner = xasprintf("%sstate \"%s\" branch %zu: ", where, name,
							bi + 1);
				int rc = check_states(b, inner, err);
				free(inner);
				if (rc)
					return -1;
			}
		}
		if (!strcmp(type, "Map")) {
			const json_t *inner_m = json_object_get(st, "ItemProcessor");
			if (!inner_m)
				inner_m = json_object_get(st, "Iterator");
			if (inner_m && !value_not_known(inner_m)) {
				char *inner = xasprintf("%sstate \"%s\" ItemProcessor: ", where, name);
				int rc = check_states(inner_m, inner, err);
				free(inner);
				if (rc)
					return -1;
			}
		}
	}
	/* A terminal state is reachable from StartAt. */
	if (!start || !start_known || !names_known)
		return 0;
	struct sfn_walk w = { states, NULL, where, json_object(), err };
	json_object_set_new(w.seen, start, json_true());
	bool terminal = false, grew = true;
	while (grew && !terminal) {
		size_t before = json_object_size(w.seen);
		json_object_foreach(w.seen, name, st) {
			const json_t *s = json_object_get(states, name);
			if (state_is_terminal(s) || has_unknown_target(s))
				terminal = true;
			each_target(s, mark_reached, &w);
		}
		grew = json_object_size(w.seen) != before;
	}
	json_decref(w.seen);
	if (!terminal) {
		strbuf_addf(err, "%sno state reached from StartAt \"%s\" ends the execution: add a "
			    "Succeed or Fail state, or \"End\": true", where, start);
		return -1;
	}
	return 0;
}

int rule_sfn_definition(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	(void)r;
	json_t *doc = policy_json(v, &own);
	if (!doc)
		return 0;
	int rc = json_is_object(doc) ? check_states(doc, "", err) : 0;
	if (own)
		json_decref(doc);
	return rc;
}

/* The awscc state machine's definition, as the written one's: its
 * definition (a JSON document) and its definition_string (JSON text), each
 * where it is known JSON, by the same validator. With
 * definition_substitutions set (or not known yet) CloudFormation replaces
 * ${...} placeholders in the text before Step Functions reads it, so what
 * it judges is not known here: the definition passes. A definition in S3
 * (definition_s3_location) is not read. */
static int rule_sfn_cfn_definition(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const attrs[] = { "definition", "definition_string", NULL };
	const json_t *subst = json_object_get(v, "definition_substitutions");

	if (!value_known_object(v) || (subst && !json_is_null(subst)))
		return 0;
	for (size_t i = 0; attrs[i]; i++) {
		const json_t *d = json_object_get(v, attrs[i]);

		if (!d || value_not_known(d) || !rule_sfn_definition(d, r, err))
			continue;
		strbuf_prefixf(err, "%s: ", attrs[i]);
		return -1;
	}
	return 0;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* CreateStateMachine name: "A name must not contain: white space, brackets
 * < > { } [ ], wildcard characters ? *, special characters " # % \ ^ | ~ `
 * $ & , ; : /, control characters (U+0000-001F, U+007F-009F)" (Step
 * Functions API reference); other letters, any script's, it takes. */
static int rule_sfn_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const unsigned char *s = (const unsigned char *)value_known_string(v);

	(void)r;
	for (size_t i = 0; s && s[i]; i++) {
		bool control = s[i] < 0x20 || s[i] == 0x7f ||
			       (s[i] == 0xc2 && s[i + 1] >= 0x80 && s[i + 1] <= 0x9f);

		if (!control && !strchr(" <>{}[]?*\"#%\\^|~`$&,;:/", s[i]))
			continue;
		aws_constraint_quote(err, (const char *)s);
		if (control)
			strbuf_addstr(err, " has a control character");
		else
			strbuf_addf(err, " has '%c'", s[i]);
		strbuf_addstr(err, ": a state machine's name has no white space, brackets, wildcards "
			      "(? *), special characters (\" # % \\ ^ | ~ ` $ & , ; : /) or control "
			      "characters (e.g. \"nightly-load\")");
		return -1;
	}
	return 0;
}

/* Step Functions LoggingConfiguration: a level other than OFF needs a
 * destination. */
static int rule_sfn_logging(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *level = value_known_member(v, "level");
	(void)r;
	if (level && strcmp(level, "OFF") && !is_set(v, "log_group_arn")) {
		strbuf_addf(err, "level %s needs log_group_arn (a CloudWatch Logs log group ARN "
			    "ending in \":*\")", level);
		return -1;
	}
	return 0;
}

/*
 * Every state of a definition's States, in Parallel branches and Map
 * processors (ItemProcessor, or the older Iterator) too: check(name, state)
 * for each, the first refusal ending the walk.
 */
typedef int (*state_check_fn)(const char *name, const json_t *st, struct strbuf *err);

static int each_state(const json_t *states, state_check_fn check, struct strbuf *err)
{
	const char *name;
	json_t *st;

	json_object_foreach((json_t *)states, name, st) {
		const json_t *e;
		size_t i;

		if (!value_known_object(st))
			continue;
		if (check(name, st, err))
			return -1;
		json_array_foreach(json_object_get(st, "Branches"), i, e)
			if (value_known_object(e) && each_state(json_object_get(e, "States"), check, err))
				return -1;
		e = json_object_get(st, "ItemProcessor");
		if (!value_known_object(e))
			e = json_object_get(st, "Iterator");
		if (value_known_object(e) && each_state(json_object_get(e, "States"), check, err))
			return -1;
	}
	return 0;
}

/* Step Functions, "Choosing workflow type" (Standard vs. Express): an
 * Express workflow "does not support Job-run (.sync) or Callback
 * (.waitForTaskToken) service integration patterns", and CreateStateMachine
 * refuses such a Task in an EXPRESS definition (InvalidDefinition). */
static int express_task(const char *name, const json_t *st, struct strbuf *err)
{
	const char *type = value_known_member(st, "Type");
	const char *res = value_known_member(st, "Resource");

	if (type && !strcmp(type, "Task") && res &&
	    (strstr(res, ".sync") || has_suffix(res, ".waitForTaskToken"))) {
		strbuf_addf(err, "state \"%s\": Resource \"%s\" waits for its job or a task "
			    "token (%s), which an EXPRESS state machine does not support: "
			    "use state_machine_type STANDARD, or the request-response "
			    "integration (the ARN without the suffix)", name, res,
			    has_suffix(res, ".waitForTaskToken") ? ".waitForTaskToken" : ".sync");
		return -1;
	}
	return 0;
}

/* An EXPRESS machine's definition as an object (*own: the caller's to
 * free), or NULL: another type, or not known yet. */
static json_t *express_definition(const json_t *v, bool *own)
{
	const char *type = value_known_member(v, "state_machine_type");
	json_t *doc;

	if (!type || strcmp(type, "EXPRESS"))
		return NULL;
	doc = policy_json(json_object_get(v, "definition"), own);
	if (doc && !value_known_object(doc)) {
		if (*own)
			json_decref(doc);
		return NULL;
	}
	return doc;
}

/* An EXPRESS state machine's Tasks: no .sync or .waitForTaskToken. */
static int rule_sfn_express(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	json_t *doc = express_definition(v, &own);
	int rc = 0;
	(void)r;
	if (doc && value_known_object(json_object_get(doc, "States")))
		rc = each_state(json_object_get(doc, "States"), express_task, err);
	if (doc && own)
		json_decref(doc);
	if (rc)
		strbuf_prefixf(err, "definition: ");
	return rc;
}

/* Step Functions quotas: an Express execution lasts at most five minutes
 * ("Maximum execution time: 5 minutes"); CreateStateMachine takes a
 * definition that waits longer, and the execution then fails when it runs
 * past them. A warning (a `warn` row): a Wait's Seconds, or a
 * TimeoutSeconds (the machine's or a state's), above 300 in an EXPRESS
 * machine, in Parallel branches and Map processors too. */
#define EXPRESS_MAX_SECONDS 300

static int express_long(const char *name, const json_t *st, struct strbuf *err)
{
	static const char *const fields[] = { "Seconds", "TimeoutSeconds", "HeartbeatSeconds",
					      NULL };
	double n;

	for (size_t f = 0; fields[f]; f++)
		if (known_number(json_object_get(st, fields[f]), &n) && n > EXPRESS_MAX_SECONDS) {
			strbuf_addf(err, "state \"%s\": %s %g: an EXPRESS execution lasts at most "
				    "%d seconds, and fails when it runs longer (use "
				    "state_machine_type STANDARD)", name, fields[f], n,
				    EXPRESS_MAX_SECONDS);
			return -1;
		}
	return 0;
}

/* An EXPRESS machine that waits or times out past five minutes (a
 * warning: AWS takes it and the run fails). */
static int rule_sfn_express_duration(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	json_t *doc = express_definition(v, &own);
	double n;
	int rc = 0;
	(void)r;
	if (!doc)
		return 0;
	if (known_number(json_object_get(doc, "TimeoutSeconds"), &n) && n > EXPRESS_MAX_SECONDS) {
		strbuf_addf(err, "definition: TimeoutSeconds %g: an EXPRESS execution lasts at most "
			    "%d seconds (use state_machine_type STANDARD)", n, EXPRESS_MAX_SECONDS);
		rc = -1;
	} else if (value_known_object(json_object_get(doc, "States")) &&
		   each_state(json_object_get(doc, "States"), express_long, err)) {
		strbuf_prefixf(err, "definition: ");
		rc = -1;
	}
	if (own)
		json_decref(doc);
	return rc;
}

/* ---- a state machine's Task its role may start ---- */

struct task_check {
	const struct written_resource *rs;
	size_t n, sm, role;
	check_report_fn report;
	void *ctx;
};

static void check_task_states(struct task_check *c, const json_t *states);

static void check_task_state(struct task_check *c, const char *name, const json_t *st)
{
	const json_t *branches = json_object_get(st, "Branches"), *b;
	struct started s;
	const char *outside = NULL;
	char msg[1024], also[400] = "";
	size_t i;

	json_array_foreach(branches, i, b)
		check_task_states(c, json_object_get(b, "States"));
	check_task_states(c, json_object_get(json_object_get(st, "Iterator"), "States"));
	check_task_states(c, json_object_get(json_object_get(st, "ItemProcessor"), "States"));
	if (!task_starts(c->rs, c->n, &c->rs[c->sm], st, &s) ||
	    role_allows(c->rs, c->n, c->role, &s, &outside))
		return;
	if (outside)
		snprintf(also, sizeof(also), " (unless %s, not in the stack, does)", outside);
	snprintf(msg, sizeof(msg),
		 "definition: state \"%s\" starts %s \"%s\", but no policy the stack writes for "
		 "role \"%s\" allows %s on it%s: the execution would fail with AccessDenied "
		 "(e.g. an inline policy {\"Effect\": \"Allow\", \"Action\": \"%s\", "
		 "\"Resource\": \"${%s.arn}\"})",
		 name, s.what, c->rs[s.at].name, c->rs[c->role].name, s.action, also, s.action,
		 c->rs[s.at].name);
	c->report(c->ctx, &(struct check_finding){
		.warning = true, .which = c->sm, .attr = "definition", .other = c->role,
		.other_attr = "inline_policies", .message = msg });
}

static void check_task_states(struct task_check *c, const json_t *states)
{
	const char *name;
	const json_t *st;

	if (!value_known_object(states))
		return;
	json_object_foreach((json_t *)states, name, st)
		if (json_is_object(st))
			check_task_state(c, name, st);
}

/* Across resources, against the role the stack gives a state machine
 * (checks/roles.h): the role may start the Glue jobs and Lambda functions of
 * the stack its Tasks name (a warning). */

static void check_sfn_tasks(const struct written_resource *rs, size_t n,
			    check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		struct task_check c = { rs, n, i, WRITTEN_NONE, report, ctx };
		json_t *def;

		if (strcmp(rs[i].type, "aws.sfn.state_machine") || rs[i].repeated)
			continue;
		c.role = aws_written_named(rs, n, &rs[i],
					   json_string_value(json_object_get(rs[i].config, "role_arn")),
					   "aws.iam.role", role_attrs);
		if (c.role == WRITTEN_NONE)
			continue;
		def = known_document(json_object_get(rs[i].config, "definition"));
		if (def)
			check_task_states(&c, json_object_get(def, "States"));
		json_decref(def);
	}
}

/*
 * The Step Functions rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(sfn_log_levels, "ALL", "ERROR", "FATAL", "OFF");

/* An alias's routing (Step Functions CreateStateMachineAlias
 * routingConfiguration): its versions of one state machine, the ARN
 * before its version (arn:...:stateMachine:NAME:VERSION); an ARN not known
 * whole passes. */
static int rule_sfn_alias_one_machine(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *first = NULL;
	const json_t *route;
	size_t i, first_len = 0;

	(void)r;
	json_array_foreach(json_is_array(v) ? v : NULL, i, route) {
		const char *arn = value_known_string(json_object_get(route,
								     "state_machine_version_arn"));
		const char *version = arn ? strrchr(arn, ':') : NULL;

		if (!version)
			continue;
		if (!first) {
			first = arn;
			first_len = (size_t)(version - arn);
		} else if ((size_t)(version - arn) != first_len || strncmp(arn, first, first_len)) {
			strbuf_addf(err, "[%zu].state_machine_version_arn: \"%s\" is not a version of "
				    "%.*s: AWS says \"If you specify the ARN of a second version, it "
				    "must belong to the same state machine as the first version.\" "
				    "(stepfunctions CreateStateMachineAlias routingConfiguration."
				    "stateMachineVersionArn)", i, arn, (int)first_len, first);
			return -1;
		}
	}
	return 0;
}

#define SFN "Amazon States Language specification; Step Functions: logging"

const struct aws_check_row aws_rules_sfn[] = {
	RULE("aws.sfn.state_machine", "name", rule_sfn_name,
	     "Step Functions API reference: CreateStateMachine name"),
	RULE("aws.sfn.state_machine", "definition", rule_sfn_definition, SFN),
	RULE("awscc.stepfunctions.state_machine", "", rule_sfn_cfn_definition,
	     "Step Functions Developer Guide: state machine structure (Amazon States Language); "
	     "CloudFormation registry: AWS::StepFunctions::StateMachine Definition, "
	     "DefinitionString"),
	ONE_OF("aws.sfn.state_machine", "logging_configuration.level", sfn_log_levels, SFN),
	RULE("aws.sfn.state_machine", "logging_configuration", rule_sfn_logging, SFN),	/* AWS's words (checks/words/stepfunctions.words). */
	AWS_SAYS("sfn.log_group_arn_star", "aws.sfn.state_machine", AWS_CALL_ANY, ALWAYS,
		 THEN(ENDS_WITH("logging_configuration.log_group_arn", ":*")),
		 "The ARN must end with :*",
		 "stepfunctions CreateStateMachine "
		 "loggingConfiguration.destinations.cloudWatchLogsLogGroup.logGroupArn"),

	AWS_SAYS("sfn.cfn_log_group_arn_star", "awscc.stepfunctions.state_machine", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("logging_configuration.destinations", ALWAYS,
			   THEN(ENDS_WITH("cloud_watch_logs_log_group.log_group_arn", ":*")))),
		 "The ARN must end with :*",
		 "stepfunctions CreateStateMachine "
		 "loggingConfiguration.destinations.cloudWatchLogsLogGroup.logGroupArn"),
	RULE("awscc.stepfunctions.state_machine_alias", "routing_configuration",
	     rule_sfn_alias_one_machine,
	     "Step Functions API reference: CreateStateMachineAlias routingConfiguration"),
	AWS_SAYS("sfn.cfn_alias_weights_sum_100", "awscc.stepfunctions.state_machine_alias",
		 AWS_CALL_ANY, WHEN(SET("routing_configuration")),
		 THEN(SUM_IN("routing_configuration[].weight", 100, 100)),
		 "The sum of the weights in the routing configuration must be equal to 100.",
		 "CloudFormation registry: AWS::StepFunctions::StateMachineAlias "
		 "RoutingConfigurationVersion.Weight"),
	RULE("aws.sfn.state_machine", "", rule_sfn_express,
	     "Step Functions Developer Guide: choosing workflow type (Express: no .sync, "
	     "no .waitForTaskToken)"),
	WARN_RULE("aws.sfn.state_machine", "", rule_sfn_express_duration,
		  "Step Functions Developer Guide: quotas (an Express execution lasts at most 5 "
		  "minutes)"),
	ACROSS_ROW("aws.sfn.state_machine", check_sfn_tasks,
		   "Step Functions Developer Guide: IAM policies for integrated services"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html;
	 * CreateStateMachine: AccessDeniedException "Neither the global service
	 * principal states.amazonaws.com, nor the regional one is authorized to
	 * assume the provided role". */
	ROLE_TRUST("aws.sfn.state_machine", "role_arn", NULL, "role_arn", "states", true,
		   "Step Functions refuses to create a state machine whose role it cannot assume",
		   "https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html"),
	{ NULL },
};
