/*
 * version.c: `terrace version`.
 */
#include "cmd/cli.h"

static const char *const version_options[] = { "json", NULL };
static const struct cli_command version_cmd = {
	"version", "terrace version [-json]", "Print terrace's version.", version_options, 0,
};

int cmd_version(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&version_cmd, argc, argv, &o))
		return 1;
	if (o.help)
		cli_print_help(&version_cmd, stdout);
	else if (o.json)
		printf("{\"terrace_version\": \"%s\"}\n", TERRACE_VERSION);
	else
		printf("terrace v%s\n", TERRACE_VERSION);
	cli_opts_release(&o);
	return 0;
}
