/*
 * kinds/object_names.h: what names the object of each awscc type whose
 * primary identifier is not its name, generated into object_names.gen.c by
 * gen_object_names.py from the pinned cfn-lint's schemas; checks/names.c
 * (one name, one object) reads it.
 */
#ifndef TERRACE_AWS_KINDS_OBJECT_NAMES_H
#define TERRACE_AWS_KINDS_OBJECT_NAMES_H

#include <stddef.h>

struct aws_object_name {
	const char *type;  /* "awscc.sqs.queue" */
	const char *cfn;   /* "AWS::SQS::Queue" */
	const char *names[3]; /* "queue_name"; "database_name", "database_input.name":
			       * the attributes (dotted) that name the object,
			       * the first written counts */
	const char *scope; /* create-only attributes two resources naming one
			    * object share ("server_id"), space-separated, or "" */
};

extern const struct aws_object_name aws_object_names[]; /* ends with {NULL} */

#endif
