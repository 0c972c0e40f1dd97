/*
 * logs/api.h: the API of CloudWatch Logs (json protocol: aws_service_logs,
 * services.def), which aws.logs.log_group and the runners' log reader call;
 * written once: its call (api.c).
 */
#ifndef TERRACE_AWS_LOGS_API_H
#define TERRACE_AWS_LOGS_API_H

#include "provider/aws/transport/transport.h"


/* 0 on success (*out, when asked for, the answer), 1 when AWS answered
 * with one of `codes` (NULL-terminated, may be NULL; err untouched), -1
 * with the message in err; *attempts, when given, gets how many attempts
 * the transport made. */
int logs_call(struct aws_client *c, const char *op, const json_t *in,
	      const char *const *codes, json_t **out, int *attempts, struct strbuf *err);

/*
 * The objects named inside a log group (a metric filter, a log stream):
 * their id is "LOG_GROUP:NAME" (neither name may hold a ':').
 */
/* desired's log_group_name:name, a new string, or NULL when either has no value. */
char *logs_in_group_id(const json_t *desired);
/* The group (a new string in *group) and name of such an id; -1 with err
 * ("TYPE: ID is not LOG_GROUP:NAME"). */
int logs_in_group_split(const char *type, const char *id, char **group, const char **name,
			struct strbuf *err);
/* Delete such an object with op, its name sent as member ("filterName");
 * gone already (ResourceNotFoundException) is done. 0 or -1 with err. */
int logs_in_group_delete(struct aws_client *c, const char *type, const char *op,
			 const char *member, const char *id, struct strbuf *err);

#endif
