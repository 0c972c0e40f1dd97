/*
 * version.c: `terrace version`.
 */
#include "cmd/cli.h"

static const struct cli_command version_cmd = {
	"version", "terrace version [-json]", "Print terrace's version.", 0,
};

int cmd_version(int argc, char **argv)
{
	static const struct cli_option options[] = { OPT_SETUP(SETUP_JSON), OPT_END() };
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&version_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	if (o.json)
		printf("{\"terrace_version\": \"%s\"}\n", TERRACE_VERSION);
	else
		printf("terrace v%s\n", TERRACE_VERSION);
	cli_setup_release(&o);
	return 0;
}
