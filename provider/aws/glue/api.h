/*
 * glue/api.h: what the Glue resource types share (glue/database.c,
 * glue/table.c, glue/connection.c, glue/job.c, glue/trigger.c,
 * glue/crawler.c): the call to Glue's json protocol, the ARNs of Glue
 * objects and how Glue's tags are read and changed, the shapes attributes
 * take between the stack and Glue, plan-time checks, and the create call.
 * Each is a helper a type calls; none is a framework it plugs into.
 */
#ifndef TERRACE_AWS_GLUE_H
#define TERRACE_AWS_GLUE_H

#include <jansson.h>
#include <stdbool.h>
#include <time.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"


/* Glue's json protocol, as the listings of listing.h take it. */

/*
 * One Glue operation (aws_service_glue, services.def), as
 * aws_json_call_codes: 0 on success (*output, when asked for, the parsed
 * answer); 1 when the error code is one of `accepted` (NULL-terminated, may
 * be NULL; *code, when asked for, gets it; err untouched); -1 with the
 * message in err (the transport waits out what AWS's timing calls for:
 * timing.h). *attempts, when given, gets how many attempts the transport
 * made over every retry.
 */
int glue_call(struct aws_client *c, const char *op, const json_t *input,
	      const char *const *accepted, json_t **output, const char **code, int *attempts,
	      struct strbuf *err);

/*
 * "arn:PARTITION:glue:REGION:ACCOUNT:KIND/NAME" as a new string. ACCOUNT is
 * `account`, or the caller's (aws_client_account_id) when that is NULL or
 * ""; NULL with err set when the caller's cannot be had.
 */
char *glue_arn(struct aws_client *c, const char *account, const char *kind, const char *name,
	       struct strbuf *err);

/* Glue's tags, by ARN (tags.h): GetTags, TagResource and UntagResource, as maps. */
extern const struct aws_json_tagging glue_tagging;

/*
 * The tags of the Glue object KIND/NAME ("job", "trigger", "crawler") into
 * o["tags"] and its ARN into o["arn"]: the ARN in prior when it names this
 * object in this region, else one built from the caller's account.
 */
int glue_read_arn_and_tags(struct aws_client *c, const char *kind, const char *name,
			   const json_t *prior, json_t *o, struct strbuf *err);
/* Bring the tags of KIND/NAME from current["tags"] to desired["tags"]. */
int glue_sync_tags(struct aws_client *c, const char *kind, const char *name,
		   const json_t *current, const json_t *desired, struct strbuf *err);

/*
 * The evidence of a catalog object (a database, table or connection: their
 * creates take no tags terrace reads) that a create found already there,
 * as the policy AWS_ADOPT_BY_READ_BACK takes it (adopt.h): get_op with
 * get_req (taken) answers the object in `member`; *sent is `input` (taken:
 * what the create sent for it), *got that member and *created its
 * `created_field`. 0; 1 when there is no such object; -1 with err set.
 */
int glue_catalog_evidence(struct aws_client *c, const char *get_op, json_t *get_req,
			  const char *member, json_t *input, const char *created_field,
			  json_t **sent, json_t **got, time_t *created, struct strbuf *err);

/*
 * The send of a Glue object's create (a native type's send_create,
 * provider/aws/adopt.h): OP with `input` (taken; its "Name" names the
 * object) and desired["tags"] as its Tags. 0 with sent->id (the name) and,
 * when Glue answered that the object is there already, sent->exists, its
 * attempts and why: the driver weighs it (AWS_ADOPT_BY_NAME_AND_TAGS);
 * -1 with err set.
 */
struct aws_sent;
int glue_send_create(struct aws_client *c, const char *op, json_t *input,
		     const json_t *desired, struct aws_sent *sent, struct strbuf *err);

/* ---- shapes ---- */

bool glue_str_is(const char *s, const char *want);     /* s is set and is want */
bool glue_str_in(const char *s, const char *const *set); /* s is one of set (NULL-ended) */
/* A string member as a new reference, else dflt (or null). */
json_t *glue_string_or(const json_t *o, const char *name, const char *dflt);
/* A member that must be an object (a map), copied; {} when absent. */
json_t *glue_object_or_empty(const json_t *o, const char *name);
/* A list member, copied; [] when absent. */
json_t *glue_list_or_empty(const json_t *o, const char *name);
/* A number member (new reference), else null. */
json_t *glue_number_or_null(const json_t *o, const char *name);
/* A whole-number attribute as the integer Glue expects. */
json_t *glue_whole(const json_t *v);
/* Set key only when v is set; v is borrowed. */
void glue_set_if(json_t *o, const char *key, const json_t *v);
/* Set key only when v is a non-empty string (or a non-empty map/list). */
void glue_set_if_nonempty(json_t *o, const char *key, const json_t *v);
/* A nested attribute the prior attributes leave unset is Glue's to choose:
 * left out of what read() reports (kept when there is no prior object). */
void glue_unset_where_prior_unset(json_t *obj, const json_t *prior_obj, const char *key);
/* Glue answers some role ARNs with the role's name (or path/name): the ARN
 * the stack wrote when it names the same role, else the server's value. */
json_t *glue_role_as_written(const char *server, const json_t *prior);
/* Whether any settable attribute of attrs other than those in `skip`
 * differs between current and desired. Unset OPTIONAL|COMPUTED ones are
 * the server's and never differ. */
bool glue_definition_differs(const struct attr_schema *attrs, const json_t *current,
			     const json_t *desired, const char *const *skip);

/* ---- catalog shapes (glue/database.c, glue/table.c, glue/connection.c) ----
 *
 * read() returns what create() and update() store, which is what the user
 * writes with the schema defaults filled in. An optional string the API
 * does not return is left out, unless the prior state holds "" for it (the
 * user wrote an empty string, which Glue may drop). Inside nested blocks an
 * optional value the API does not return is left out, as schema_coerce
 * leaves it out; a nested block that says nothing (every member empty)
 * reads as absent, unless the prior state holds such an empty block, which
 * is then given back.
 */

/* A top-level optional string read back: set when the API returns a
 * non-empty one; "" when it returns none and prior holds ""; else left out. */
void glue_read_string(json_t *out, const char *key, const json_t *api, const char *field,
		      const json_t *prior);
/* The string members of v as a new object ({} when v is no object). */
json_t *glue_string_map(const json_t *v);
/* Every member is null, "", false, [] or {} (recursively). */
bool glue_says_nothing(const json_t *v);
/* A nested block read back (v, taken): NULL when it says nothing, unless
 * prior holds an empty block there, which is then given back. */
json_t *glue_nothing_or_prior(json_t *v, const json_t *prior);
/* Give back o (taken) as *out with o["arn"] the ARN of KIND/NAME in
 * `account`'s catalog (the caller's when unset): 0, or -1 with err set and
 * o freed when the caller's account cannot be had. */
int glue_with_arn(struct aws_client *c, json_t *o, const char *account, const char *kind,
		  const char *name, json_t **out, struct strbuf *err);

/* ---- its rules (glue/rules.c) that other files use ---- */

/* Glue job: worker_type against glue_version, command and number_of_workers. */
int rule_glue_worker_type(const json_t *v, const json_t *r, struct strbuf *err);
/* Glue job max_capacity by job kind: pythonshell 0.0625 or 1, Spark 2 or more. */
int rule_glue_max_capacity(const json_t *v, const json_t *r, struct strbuf *err);

#endif
