/*
 * run.h: the runner of ssh.command and ssh.cron (run.c) and its log reader
 * (logs.c), which their types' tables name (provider.h, struct
 * resource_runner).
 */
#ifndef TERRACE_SSH_RUN_H
#define TERRACE_SSH_RUN_H

#include "provider/provider.h"

extern const struct resource_runner ssh_command_runner;

/* `terrace logs`: the file the resource's log_file names on the host
 * (logs.c), the runner's logs_* members. */
int ssh_logs_open(void *client, const char *id, const json_t *attrs, const char *run_id,
		  long long since_ms, void **reader, struct strbuf *err);
int ssh_logs_read(void *reader, const struct run_sink *sink, struct strbuf *err);
void ssh_logs_end(void *reader, const struct run_sink *sink);
void ssh_logs_close(void *reader);
/* A log_file value (a string is checked, anything else passes: unset or
 * not known yet) is an absolute path on one line: 0, or -1 with err. */
int ssh_check_log_file(const json_t *v, struct strbuf *err);
/* The same check at validate, of the stack's own text (resource_type's
 * check_config of ssh.command and ssh.cron). */
int ssh_check_log_file_config(const json_t *config, const char **attr, struct strbuf *err);

#endif
