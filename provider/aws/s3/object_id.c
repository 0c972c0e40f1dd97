/*
 * s3/object_id.c: what an aws.s3.object and an aws.s3.artifact share (both
 * ids are "BUCKET/KEY"): splitting the id and deleting the object it names,
 * and a header of a HeadObject answer as JSON.
 * A file of its own, holding no type's table, so that the contract scan
 * (tests/contract/members_code.py) credits a caller with these two
 * functions' requests only.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/s3/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const object_gone[] = { "404", "NoSuchKey", "NoSuchBucket", NULL };

int aws_s3_split_object_id(const char *type, const char *id, char **bucket, char **path,
			   struct strbuf *err)
{
	const char *slash = strchr(id, '/');

	if (!slash || slash == id || !slash[1]) {
		strbuf_addf(err, "%s: id \"%s\" is not BUCKET/KEY", type, id);
		return -1;
	}
	*bucket = xstrndup(id, (size_t)(slash - id));
	*path = xstrdup(slash); /* "/KEY" */
	return 0;
}

int aws_s3_delete_object_id(struct aws_client *c, const char *type, const char *id,
			    struct strbuf *err)
{
	char *bucket, *path;
	int ret;

	if (aws_s3_split_object_id(type, id, &bucket, &path, err))
		return -1;
	ret = s3_delete_subresource(c, "DeleteObject", bucket, path, NULL, object_gone, err);
	free(bucket);
	free(path);
	return ret;
}

json_t *aws_s3_header_string(const struct aws_response *resp, const char *name)
{
	const char *v = aws_response_header(resp, name);

	return v ? json_string(v) : json_null();
}
