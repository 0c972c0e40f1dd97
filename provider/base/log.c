/*
 * log.c: the debug log's sink (see log.h).
 */
#include "provider/base/log.h"
#include "provider/base/strbuf.h"

#include <stdarg.h>

static log_sink_fn log_sink;

void log_set_sink(log_sink_fn sink)
{
	log_sink = sink;
}

bool log_enabled(void)
{
	return log_sink != NULL;
}

void log_debugf(const char *fmt, ...)
{
	if (!log_sink)
		return;
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	log_sink(sb.buf);
	strbuf_release(&sb);
}
