/*
 * fsx/rules.c: Amazon FSx's (data repository associations, S3 access point
 * attachments) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), an
 * association's path and tags, and the check across the stack of two
 * associations of one file system whose paths overlap. Its ledger:
 * checks/words/fsx.words.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"

#define FSX "fsx CreateDataRepositoryAssociation "
#define OVERLAP_WORDS "Two data repository associations cannot have overlapping file system " \
	"paths."

/* Association k's file system: its id, or a reference the same text of
 * which names the same one at every instance ("${var.fs}",
 * "${module.storage.fs_id}": not each.* nor count.*); NULL: neither. */
static const char *dra_file_system(const struct written_resource *rs, size_t k)
{
	const json_t *v = json_object_get(rs[k].config, "file_system_id");
	const char *id = json_string_value(v);
	char name[256], rest;

	if (!id || !value_not_known(v))
		return id;
	return sscanf(id, "${%255[A-Za-z0-9_.-]}%c", name, &rest) == 1 &&
	       strncmp(name, "each.", 5) && strncmp(name, "count.", 6) ? id : NULL;
}

/* Association k's file system path without its trailing slashes ("/":
 * ""), in out (room for size); false when it or its file system is not
 * known. */
static bool dra_path(const struct written_resource *rs, size_t k, char *out, size_t size)
{
	const char *path = value_known_string(json_object_get(rs[k].config, "file_system_path"));
	size_t len;

	if (!aws_awscc_type_is(rs[k].type, "AWS::FSx::DataRepositoryAssociation") || !path ||
	    !dra_file_system(rs, k) || (len = strlen(path)) >= size)
		return false;
	while (len > 0 && path[len - 1] == '/')
		len--;
	memcpy(out, path, len);
	out[len] = '\0';
	return true;
}

/* Whether path a is b or a directory above it (both without trailing
 * slashes; "" the root, above every path). */
static bool path_within(const char *a, const char *b)
{
	size_t n = strlen(a);

	return !strncmp(a, b, n) && (b[n] == '\0' || b[n] == '/');
}

/* Two associations of the stack on one file system (the same id, or the
 * same reference to it) whose paths overlap: the same directory, or one
 * below the other ("/" above every path). The account's associations made
 * before are its own at the call. */
static void check_fsx_overlapping_paths(const struct written_resource *rs, size_t n,
					check_report_fn report, void *ctx)
{
	for (size_t at = 0; at < n; at++) {
		char path[4100], other[4100];
		struct strbuf msg = STRBUF_INIT;
		const char *fs;

		if (!dra_path(rs, at, path, sizeof(path)))
			continue;
		fs = dra_file_system(rs, at);
		for (size_t k = 0; k < at; k++) {
			if (!dra_path(rs, k, other, sizeof(other)) ||
			    strcmp(fs, dra_file_system(rs, k)) ||
			    (!path_within(path, other) && !path_within(other, path)))
				continue;
			strbuf_addf(&msg, "file system path %s/ overlaps %s/ of association %s "
				 "on the same file system: AWS says \"" OVERLAP_WORDS "\" (" FSX
				 "FileSystemPath) (give each a directory of its own, neither below the "
				 "other)", path, other, rs[k].name);
			report(ctx, &(struct check_finding){ .warning = false, .which = at,
							     .attr = "file_system_path", .other = k,
							     .message = msg.buf });
			break;
		}
		strbuf_release(&msg);
	}
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_fsx[] = {
	AWS_SAYS("fsx.dra_path_leading_slash", "awscc.fsx.data_repository_association",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("file_system_path", "^/")),
		 "The leading forward slash in the name is required.", FSX "FileSystemPath"),
	/* an association's tags (TagResource's too: its handlers tag it; their
	 * 50 the schema's maxItems holds) */
	AWS_SAYS("fsx.dra_tag_keys_unique", "awscc.fsx.data_repository_association",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("tags[].key")),
		 "Tag keys must be unique for the resource to which they are attached.",
		 FSX "Tags.Key"),
	AWS_SAYS("fsx.dra_tag_keys_not_aws", "awscc.fsx.data_repository_association",
		 AWS_CALL_ANY, ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::FSx::DataRepositoryAssociation Tag.Key"),
	ACROSS_ROW("awscc.fsx.data_repository_association", check_fsx_overlapping_paths,
		   FSX "FileSystemPath"),
	{ NULL },
};
