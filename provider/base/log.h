/*
 * log.h: the debug log. Library code reports what it does (each HTTP
 * attempt, retries, waits) through log_debugf(); nothing is written unless
 * the CLI installed a sink (TERRACE_LOG=debug), and the CLI's sink passes
 * every line through the same secret redaction as all other output. Callers
 * still never log values: names, operations, statuses and timings only.
 */
#ifndef TERRACE_LOG_H
#define TERRACE_LOG_H

#include <stdbool.h>

typedef void (*log_sink_fn)(const char *line);

/* Install the sink (NULL turns logging off). Call before threads start. */
void log_set_sink(log_sink_fn sink);
bool log_enabled(void);
void log_debugf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
