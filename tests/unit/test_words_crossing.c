/*
 * test_words_crossing.c: the words rows whose conditions cross a reference
 * ("task_definition->network_mode": what the resource of the stack that
 * attribute names writes, checks/words.c), each through aws_words_across
 * on a small stack: the resource refused, its message naming the attribute
 * and quoting AWS's sentence, and its passing twin; every such row of every
 * service has its case here (the files per service leave them out: a
 * resource alone cannot judge them). And the crossing itself: by a
 * reference, by a made object's ARN, not from within an element's own
 * path, nothing when the reference names no resource of the stack, and a
 * resource's own judgement (which has no stack) leaving the row.
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
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

/* A stack ({"NAME": {"type": TYPE, ...attributes}}) as written_resources:
 * each created, its configuration as written. */
struct stack {
	json_t *doc;
	struct written_resource rs[8];
	size_t n;
};

static void stack_load(struct stack *s, const char *text)
{
	const char *name;
	json_t *r;

	s->doc = js(text);
	s->n = 0;
	json_object_foreach(s->doc, name, r) {
		assert_true(s->n < sizeof(s->rs) / sizeof(s->rs[0]));
		s->rs[s->n++] = (struct written_resource){
			.name = name, .type = json_string_value(json_object_get(r, "type")),
			.config = r, .creating = true };
	}
}

struct findings {
	json_t *messages; /* "NAME ATTR: MESSAGE" */
	const struct stack *s;
};

static void collect(void *ctx, const struct check_finding *f)
{
	struct findings *fs = ctx;
	char *line = xasprintf("%s %s: %s", fs->s->rs[f->which].name, f->attr ? f->attr : "",
			       f->message);
	json_array_append_new(fs->messages, json_string(line));
	free(line);
}

/* What aws_words_across says of the stack: a new list of findings. */
static json_t *across(const char *text)
{
	struct stack s;
	struct findings fs = { json_array(), &s };

	stack_load(&s, text);
	aws_words_across(s.rs, s.n, collect, &fs);
	json_decref(s.doc);
	return fs.messages;
}

/* A row's refused stack (its finding begins "RESOURCE ATTR: ") and its
 * passing twin. */
struct crossing_case {
	const char *id, *resource, *attr;
	const char *refused, *passing;
};

#define TD(MODE) "'td': {'type': 'awscc.ecs.task_definition', 'family': 'reports', " \
		 "'network_mode': '" MODE "'}"
#define SERVICE(MORE) "'svc': {'type': 'awscc.ecs.service', 'task_definition': " \
		      "'${td.task_definition_arn}'" MORE "}"
#define TASK_SET(MORE) "'set': {'type': 'awscc.ecs.task_set', 'cluster': 'c', 'service': 's', " \
		       "'task_definition': '${td.task_definition_arn}'" MORE "}"
#define NETWORK ", 'network_configuration': {'awsvpc_configuration': {'subnets': ['subnet-1']}}"
#define REGISTRY(MORE) ", 'service_registries': [{'registry_arn': " \
		       "'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1'" MORE "}]"
/* An awscc read replica of SOURCE. */
#define REPLICA(SOURCE) "'replica': {'type': 'awscc.rds.db_instance', 'db_instance_class': " \
			"'db.m5.large', 'source_db_instance_identifier': '" SOURCE "'}"
#define FIFO "'q': {'type': 'aws.sqs.queue', 'name': 'jobs.fifo', 'fifo_queue': true}"
#define MAPPING(TYPE, BATCH) "'m': {'type': '" TYPE "', 'function_name': 'fn', " \
			     "'event_source_arn': '${q.arn}', 'batch_size': " BATCH "}"

static const struct crossing_case cases[] = {
	{ "ecs.cfn_service_awsvpc_network_configuration", "svc", "network_configuration",
	  "{" TD("awsvpc") ", " SERVICE("") "}", "{" TD("awsvpc") ", " SERVICE(NETWORK) "}" },
	{ "ecs.cfn_task_set_awsvpc_network_configuration", "set", "network_configuration",
	  "{" TD("awsvpc") ", " TASK_SET("") "}", "{" TD("awsvpc") ", " TASK_SET(NETWORK) "}" },
	{ "ecs.cfn_service_registry_bridge_host_container", "svc",
	  "service_registries[0].container_name",
	  "{" TD("host") ", " SERVICE(REGISTRY("")) "}",
	  "{" TD("host") ", " SERVICE(REGISTRY(", 'container_name': 'app', 'container_port': 80"))
	  "}" },
	{ "ecs.cfn_task_set_registry_bridge_host_container", "set",
	  "service_registries[0].container_name",
	  "{" TD("bridge") ", " TASK_SET(REGISTRY("")) "}",
	  "{" TD("awsvpc") ", " TASK_SET(NETWORK REGISTRY("")) "}" },
	{ "lambda.fifo_batch_up_to_10", "m", "batch_size",
	  "{" FIFO ", " MAPPING("aws.lambda.event_source_mapping", "11") "}",
	  "{" FIFO ", " MAPPING("aws.lambda.event_source_mapping", "10") "}" },
	{ "lambda.cfn_fifo_batch_up_to_10", "m", "batch_size",
	  "{" FIFO ", " MAPPING("awscc.lambda.event_source_mapping", "11") "}",
	  "{" FIFO ", " MAPPING("awscc.lambda.event_source_mapping", "10") "}" },
	/* helper wordsv: a read replica's source keeps automated backups. */
	{ "rds.cfn_replica_source_keeps_backups", "replica",
	  "the backup_retention_period of what source_db_instance_identifier names",
	  "{'src': {'type': 'awscc.rds.db_instance', 'db_instance_identifier': 'orders', "
	  "'backup_retention_period': 0}, " REPLICA("${src.db_instance_identifier}") "}",
	  "{'src': {'type': 'awscc.rds.db_instance', 'db_instance_identifier': 'orders', "
	  "'backup_retention_period': 1}, " REPLICA("${src.db_instance_identifier}") "}" },
};

static void test_each_row_refuses_and_its_twin_passes(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct crossing_case *k = &cases[i];
		const struct aws_check_row *row = words_row_named(k->id);
		char *start = xasprintf("%s %s: ", k->resource, k->attr);
		json_t *refused = across(k->refused), *passing = across(k->passing);
		const char *first = json_string_value(json_array_get(refused, 0));

		if (!row)
			fail_msg("no words row %s", k->id);
		if (json_array_size(refused) != 1 || strncmp(first, start, strlen(start)) ||
		    !strstr(first, row->words) || !strstr(first, row->source))
			fail_msg("%s: refused says %s, not one finding beginning \"%s\" with AWS's "
				 "words", k->id, json_dumps(refused, 0), start);
		if (json_array_size(passing))
			fail_msg("%s: its twin refused: %s", k->id, json_dumps(passing, 0));
		json_decref(refused);
		json_decref(passing);
		free(start);
	}
}

static void test_every_crossing_row_has_a_case(void **state)
{
	(void)state;
	size_t rows = 0;
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		bool tested = false;
		if (c->kind != 'w' || !(words_crosses(c->when) || words_crosses(c->then)))
			continue;
		rows++;
		for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			tested |= !strcmp(cases[i].id, c->id);
		if (!tested)
			fail_msg("words row %s crosses a reference and has no case here", c->id);
	}
	assert_int_equal(rows, sizeof(cases) / sizeof(cases[0]));
}

/* The crossing: by an ARN plan knows (the object made already) as by the
 * reference; a reference to no resource of the stack, or to a resource
 * that writes nothing there, leaves the row. */
static void test_what_a_crossing_finds(void **state)
{
	(void)state;
	json_t *by_arn = json_array(), *m;
	struct stack s;
	struct findings fs = { by_arn, &s };
	json_t *known = js("{'arn': 'arn:aws:sqs:us-east-1:123456789012:jobs.fifo'}");

	stack_load(&s, "{" FIFO ", 'm': {'type': 'aws.lambda.event_source_mapping', "
		       "'function_name': 'fn', 'event_source_arn': "
		       "'arn:aws:sqs:us-east-1:123456789012:jobs.fifo', 'batch_size': 50}}");
	s.rs[0].known = known;
	aws_words_across(s.rs, s.n, collect, &fs);
	assert_int_equal(json_array_size(by_arn), 1);
	assert_non_null(strstr(json_string_value(json_array_get(by_arn, 0)),
			       "m batch_size: batch_size: 50, but"));
	json_decref(by_arn);
	json_decref(known);
	json_decref(s.doc);

	m = across("{" FIFO ", 'm': {'type': 'aws.lambda.event_source_mapping', "
		   "'function_name': 'fn', 'event_source_arn': '${other.arn}', 'batch_size': 50}}");
	assert_int_equal(json_array_size(m), 0); /* no resource "other" in the stack */
	json_decref(m);
	m = across("{'td': {'type': 'awscc.ecs.task_definition', 'family': 'reports'}, "
		   SERVICE("") "}");
	assert_int_equal(json_array_size(m), 0); /* the mode the server gives: not judged */
	json_decref(m);
	m = across("{" TD("${var.mode}") ", " SERVICE("") "}");
	assert_int_equal(json_array_size(m), 0); /* not known yet */
	json_decref(m);
}

/* A resource's own judgement has no stack: the row is not known there and
 * passes, so only aws_words_across says it (once). */
static void test_own_judgement_leaves_it(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	json_t *svc = js("{'task_definition': 'arn:aws:ecs:us-east-1:123456789012:"
			 "task-definition/reports:1'}");
	assert_int_equal(aws_constraints_check("awscc.ecs.service", svc, NULL, NULL, NULL, &err), 0);
	json_decref(svc);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_refuses_and_its_twin_passes),
		cmocka_unit_test(test_every_crossing_row_has_a_case),
		cmocka_unit_test(test_what_a_crossing_finds),
		cmocka_unit_test(test_own_judgement_leaves_it),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
