/*
 * between/rules.c: the runner of the rows of rules between a resource's
 * attributes (api.h; rows.gen.c from checks/between/gen_between.py): each
 * row of the type, its rule parsed once, judged by the awscc types' judge
 * (cloudcontrol/between.c) on the block it names (the resource's attributes,
 * or each element of a block or list of blocks), and reported under the
 * attribute at fault with what to write instead and where the rule comes
 * from. Run for the written types and the awscc types beside their other
 * checks (provider.c's aws_check_constraints), as written and as evaluated.
 */
#include "provider/aws/checks/between/api.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/base/text.h"

static json_t **parsed;
static pthread_once_t parse_once = PTHREAD_ONCE_INIT;

static void parse_rows(void)
{
	size_t n = 0;

	while (aws_between_rows[n].type)
		n++;
	parsed = calloc(n + 1, sizeof(*parsed));
	for (size_t i = 0; parsed && i < n; i++)
		parsed[i] = json_loads(aws_between_rows[i].rule, 0, NULL);
}

/* A refusal in err; *attr gets the path it names, kept for the process
 * (text_kept), so no later check writes over it. */
static int judge(const struct aws_between_row *r, const json_t *rule, const json_t *obj,
		 const char *where, const char **attr, struct strbuf *err)
{
	struct strbuf why = STRBUF_INIT;
	const char *at = NULL;
	char error_path[256];

	if (!cc_between_check(rule, obj, &why, &at)) {
		strbuf_release(&why);
		return 0;
	}
	snprintf(error_path, sizeof(error_path), "%s%s%s", where, *where && at ? "." : "",
		 at ? at : "");
	if (*error_path)
		strbuf_addf(err, "%s: ", error_path);
	strbuf_addf(err, "%s (%s)", why.buf, r->source);
	if (attr)
		*attr = *error_path ? text_kept(error_path) : NULL;
	strbuf_release(&why);
	return -1;
}

int aws_between_check(const char *type, const json_t *attrs, const char **attr,
		      struct strbuf *err)
{
	if (!aws_known_object(attrs))
		return 0;
	pthread_once(&parse_once, parse_rows);
	for (size_t i = 0; parsed && aws_between_rows[i].type; i++) {
		const struct aws_between_row *r = &aws_between_rows[i];
		if (strcmp(r->type, type) || !parsed[i])
			continue;
		if (!*r->block) {
			if (judge(r, parsed[i], attrs, "", attr, err))
				return -1;
			continue;
		}
		/* a block, or a list of blocks: each element */
		const json_t *b = json_object_get(attrs, r->block);
		char where[200];
		if (json_is_object(b)) {
			if (judge(r, parsed[i], b, r->block, attr, err))
				return -1;
		} else if (json_is_array(b)) {
			size_t k;
			json_t *e;
			json_array_foreach(b, k, e) {
				snprintf(where, sizeof(where), "%s[%zu]", r->block, k);
				if (json_is_object(e) && judge(r, parsed[i], e, where, attr, err))
					return -1;
			}
		}
	}
	return 0;
}
