/*
 * lab_quotas.c: what a class will make, against the account's quotas,
 * before lab up (and lab plan) start anyone. A class of 300 meets quotas a
 * single deployment never does (1,000 IAM roles, 1,000 Glue jobs, 2,000
 * Glue job runs at once): for each quota of the table below, the resources
 * of its type in the stack (count and for_each when they are literal, else
 * one), each counting one, or, for a quota of what runs at once, the value
 * of an attribute of theirs (a job's max_concurrent_runs: Glue refuses a
 * job's run beyond it, so it bounds what the attendees and `lab run` start
 * at once; a function's reserved concurrency), times the attendees of the
 * whole list, plus what the quota keeps out of the class's reach (the 100
 * concurrent executions Lambda keeps unreserved), against the account's
 * value from Service Quotas (provider/aws/servicequotas/api.c: the applied
 * value, else AWS's default), else AWS's documented default (each citing
 * its page). Over the account's own value: refused, unless AWS holds to
 * the quota only when the class runs (Glue's concurrent runs: the stack
 * applies); over a default only, or over 80 % of the value: warned. Each message names the quota and how
 * to raise it. A class that needs less than a tenth of AWS's default asks
 * nothing.
 */
#include "cmd/lab.h"
#include "provider/aws/servicequotas/api.h"
#include "provider/provider.h"
#include "stacks/expr_path.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct lab_quota {
	const char *type;      /* the resource type that uses it */
	const char *service;   /* Service Quotas' service code */
	const char *code;      /* its quota code; NULL: not in Service Quotas */
	const char *name;
	double aws_default;    /* AWS's documented default */
	const char *page;      /* where AWS documents it */
	/* A quota of what runs at once: each instance counts the value of this
	 * attribute (a path: "execution_property.max_concurrent_runs"), or
	 * `unset` when the stack leaves it out (or writes an expression: then
	 * "at least"); the class needs that much of it, in `unit`, plus `kept`
	 * (`why_kept` says what keeps it). NULL: each instance counts one. */
	const char *attr;
	double unset;
	const char *unit;
	double kept;
	const char *why_kept;
	/* AWS takes the stack and holds to the quota only when the class runs
	 * (Glue makes every job, and refuses a run beyond the account's
	 * concurrent runs): warned, never refused, as the stack applies. */
	bool at_run;
};

static const struct lab_quota quotas[] = {
	{ "aws.iam.role", "iam", "L-FE177D64", "Roles per account", 1000,
	  "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html" },
	{ "aws.iam.user", "iam", "L-F55AF5E4", "Users per account", 5000,
	  "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html" },
	{ "aws.s3.bucket", "s3", "L-DC2B2D3D", "General purpose buckets", 10000,
	  "https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html" },
	{ "aws.glue.job", "glue", "L-611FDDE4", "Max jobs per account", 1000,
	  "https://docs.aws.amazon.com/general/latest/gr/glue.html" },
	{ "aws.sfn.state_machine", "states", NULL, "Maximum number of registered state machines",
	  10000, "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html" },
	{ "aws.glue.job", "glue", "L-5E4153CA", "Max concurrent job runs per account", 2000,
	  "https://docs.aws.amazon.com/general/latest/gr/glue.html",
	  "execution_property.max_concurrent_runs", 1, "concurrent job runs", 0, NULL, true },
	{ "aws.lambda.function", "lambda", "L-B99A9384", "Concurrent executions", 1000,
	  "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
	  "reserved_concurrent_executions", 0, "concurrent executions", 100,
	  "the 100 Lambda keeps unreserved" },
};

/* What one attendee's deployment needs of quota q: its instances of q's
 * type (count and for_each when literal, else one each), each counting one
 * or the value of q's attribute (*exact false where a guess was made). */
/* The instances of resource r: its count or for_each when literal, else
 * one (*exact false where a guess was made). */
static size_t copies_of(const struct stack_resource *r, bool *exact)
{
	if (json_is_integer(r->count) && json_integer_value(r->count) >= 0)
		return (size_t)json_integer_value(r->count);
	if (json_is_array(r->for_each))
		return json_array_size(r->for_each);
	if (json_is_object(r->for_each))
		return json_object_size(r->for_each);
	*exact = *exact && !r->count && !r->for_each;
	return 1;
}

static double per_attendee(const struct stack *s, const struct lab_quota *q, bool *exact)
{
	double n = 0;
	for (size_t i = 0; i < s->n_resources; i++) {
		const struct stack_resource *r = &s->resources[i];
		if (strcmp(r->type, q->type))
			continue;
		size_t copies = copies_of(r, exact);
		double each = 1;
		if (q->attr) {
			/* Left out (no attribute on the way): the unset value, exactly;
			 * an expression on the way: at least that. */
			struct strbuf err = STRBUF_INIT;
			const json_t *v = expr_path_get(r->config, q->attr, &err);
			bool left_out = !v ? strstr(err.buf, "no attribute") != NULL : json_is_null(v);
			strbuf_release(&err);
			each = json_is_number(v) ? json_number_value(v) : q->unset;
			*exact = *exact && (json_is_number(v) || left_out);
		}
		n += (double)copies * each;
	}
	return n;
}

/* n with a comma between thousands: 1,380. */
static char *thousands(double n)
{
	char digits[64];
	snprintf(digits, sizeof(digits), "%.0f", n);
	struct strbuf sb = STRBUF_INIT;
	size_t len = strlen(digits);
	for (size_t i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0 && digits[i - 1] != '-')
			strbuf_addch(&sb, ',');
		strbuf_addch(&sb, digits[i]);
	}
	return strbuf_detach(&sb);
}

/* The class's totals per type, for lab plan -json: {"attendees": 60,
 * "totals": {"aws.s3.bucket": 120, ...}, "at_least": [types whose count is
 * an expression's guess], "resources": 1380}; NULL for a stack without
 * resources. */
json_t *lab_class_totals_json(const struct lab *l)
{
	const struct stack *s = l->stack;
	json_int_t class = (json_int_t)json_array_size(l->listed);
	json_t *totals = json_object(), *at_least = json_array();
	json_int_t all = 0;
	for (size_t i = 0; i < s->n_resources; i++) {
		const struct stack_resource *r = &s->resources[i];
		bool exact = true;
		json_int_t n = (json_int_t)copies_of(r, &exact) * class;
		json_t *t = json_object_get(totals, r->type);
		json_object_set_new(totals, r->type, json_integer((t ? json_integer_value(t) : 0) + n));
		if (!exact && !json_array_size(at_least))
			json_array_append_new(at_least, json_string(r->type));
		else if (!exact) {
			size_t k;
			json_t *v;
			bool seen = false;
			json_array_foreach(at_least, k, v)
				seen = seen || !strcmp(json_string_value(v), r->type);
			if (!seen)
				json_array_append_new(at_least, json_string(r->type));
		}
		all += n;
	}
	if (!s->n_resources) {
		json_decref(totals);
		json_decref(at_least);
		return NULL;
	}
	return json_pack("{s:I, s:o, s:o, s:I}", "attendees", class, "totals", totals,
			 "at_least", at_least, "resources", all);
}

/* lab plan: "The class (60 attendees) makes: aws.s3.bucket 120, aws.iam.role
 * 60, ...: 1,380 resources." (the types as the stack first names them,
 * "at least" where a count or for_each is an expression); NULL for a
 * stack without resources. */
char *lab_class_totals(const struct lab *l)
{
	const struct stack *s = l->stack;
	json_t *j = lab_class_totals_json(l);
	if (!j)
		return NULL;
	size_t class = (size_t)json_integer_value(json_object_get(j, "attendees"));
	json_t *totals = json_object_get(j, "totals"), *at_least = json_object_get(j, "at_least");
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "The class (%zu attendee%s) makes: ", class, class == 1 ? "" : "s");
	json_t *shown = json_object();
	for (size_t i = 0; i < s->n_resources; i++) {
		const char *type = s->resources[i].type;
		if (json_object_get(shown, type))
			continue;
		bool exact = true;
		size_t k;
		json_t *v;
		json_array_foreach(at_least, k, v)
			exact = exact && strcmp(json_string_value(v), type);
		char *num = thousands((double)json_integer_value(json_object_get(totals, type)));
		strbuf_addf(&sb, "%s%s %s%s", json_object_size(shown) ? ", " : "", type,
			    exact ? "" : "at least ", num);
		free(num);
		json_object_set_new(shown, type, json_true());
	}
	char *num = thousands((double)json_integer_value(json_object_get(j, "resources")));
	strbuf_addf(&sb, ": %s%s resources.", json_array_size(at_least) ? "at least " : "", num);
	free(num);
	json_decref(shown);
	json_decref(j);
	return strbuf_detach(&sb);
}

/* How to raise quota q to at least want. */
static char *how_to_raise(const struct lab_quota *q, double want)
{
	if (!q->code)
		return xasprintf("ask AWS Support to raise it (%s)", q->page);
	return xasprintf("raise it in the Service Quotas console (https://console.aws.amazon.com/"
			 "servicequotas/home/services/%s/quotas/%s) or with `aws service-quotas "
			 "request-service-quota-increase --service-code %s --quota-code %s "
			 "--desired-value %.0f`", q->service, q->code, q->service, q->code, want);
}

/* 0 when the class fits (warnings printed), -1 after refusing it. */
int lab_check_quotas(struct lab *l)
{
	size_t class = json_array_size(l->listed);
	void *client = NULL;
	int opened = 0; /* 0: not yet; 1: open; -1: no aws provider, or it failed */
	int rc = 0;
	for (size_t k = 0; k < sizeof(quotas) / sizeof(*quotas); k++) {
		const struct lab_quota *q = &quotas[k];
		bool exact = true;
		double each = per_attendee(l->stack, q, &exact);
		double total = each * (double)class + q->kept;
		if (each <= 0 || total * 10 <= q->aws_default)
			continue;
		if (!opened)
			opened = lab_aws_client(l, &client) == 0 ? 1 : -1;
		if (opened < 0) {
			ui_warn("lab: the class was not held against the account's quotas: no aws "
				"provider to ask Service Quotas with");
			break;
		}
		double value = q->aws_default;
		enum aws_quota_source source = AWS_QUOTA_NONE;
		struct strbuf err = STRBUF_INIT;
		if (q->code && aws_service_quota(client, q->service, q->code, &value, &source, &err))
			ui_warn("lab: Service Quotas did not give \"%s\" (%s %s): %s", q->name,
				q->service, q->code, err.buf);
		strbuf_release(&err);
		if (source == AWS_QUOTA_NONE)
			value = q->aws_default;
		char *what = !q->attr
			     ? xasprintf("the class makes %s%.0f %s (%.0f per attendee x %zu attendees)",
					 exact ? "" : "at least ", total, q->type, each, class)
			     : xasprintf("the class needs %s%.0f %s (%s %s: %.0f per attendee x %zu "
					 "attendees%s%s)", exact ? "" : "at least ", total, q->unit,
					 q->type, q->attr, each, class, q->kept > 0 ? ", and " : "",
					 q->kept > 0 ? q->why_kept : "");
		char *of = source == AWS_QUOTA_APPLIED
			   ? xasprintf("the account's quota \"%s\" (%s%s%s) of %.0f", q->name,
				       q->service, q->code ? " " : "", q->code ? q->code : "", value)
			   : xasprintf("AWS's default for the quota \"%s\" (%s%s%s) of %.0f (%s; %s)",
				       q->name, q->service, q->code ? " " : "", q->code ? q->code : "",
				       value, source == AWS_QUOTA_DEFAULT ? "Service Quotas' default"
				       : q->page, source == AWS_QUOTA_DEFAULT
				       ? "the account's own value is not known"
				       : "Service Quotas does not give it: check the account's");
		char *raise = how_to_raise(q, total);
		/* The headroom, for lab plan's summary: "Roles per account: 1,050
		 * of 1,000 (the account's), over: lab up refuses the class". */
		bool refused = total > value && source == AWS_QUOTA_APPLIED && !q->at_run;
		char *used = thousands(total), *of_n = thousands(value);
		if (!l->headroom)
			l->headroom = json_array();
		const char *verdict = refused ? "refused" : total > value ? "warned"
				      : total > 0.8 * value ? "over 80 %" : "fits";
		json_t *line = json_sprintf(
			"%s (%s%s%s): %s%s of %s (%s)%s", q->name, q->service, q->code ? " " : "",
			q->code ? q->code : "", exact ? "" : "at least ", used, of_n,
			source == AWS_QUOTA_APPLIED ? "the account's" : "AWS's default",
			refused ? ", over: lab up refuses the class"
			: total > value ? ", over: warned"
			: total > 0.8 * value ? ", over 80 %: warned" : "");
		json_array_append_new(l->headroom, json_pack(
			"{s:s, s:s, s:s?, s:s, s:I, s:b, s:I, s:s, s:s, s:o}", "quota", q->name,
			"service", q->service, "code", q->code, "type", q->type,
			"used", (json_int_t)llround(total), "at_least", !exact,
			"limit", (json_int_t)llround(value), "limit_from",
			source == AWS_QUOTA_APPLIED ? "account" : "aws default", "verdict", verdict,
			"line", line));
		free(used);
		free(of_n);
		if (refused) {
			ui_error("lab %s: %s, over %s: %s, or make the class smaller", l->verb == LAB_UP
				 ? "up" : "plan", what, of, raise);
			rc = -1;
		} else if (total > value) {
			ui_warn("lab: %s, over %s: %s", what, of, raise);
		} else if (total > 0.8 * value) {
			ui_warn("lab: %s, %.0f %% of %s; what the account has already counts too: %s",
				what, floor(100.0 * total / value), of, raise);
		}
		free(what);
		free(of);
		free(raise);
	}
	if (opened > 0)
		provider_type_find("aws")->close(client);
	return rc;
}
