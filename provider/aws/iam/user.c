/*
 * iam/user.c: the resource type aws.iam.user (attendee accounts): users
 * with their path, tags, group memberships, attached policies, console
 * login profile and access key. Also the initial password generator of
 * iam/api.h.
 *
 * aws.iam.user: the id is the user name. Shapes: name, path, arn,
 * unique_id, sign_in_url, access_key_id ("" without a key),
 * credentials_secret_arn ("" without a secret) strings; tags {"k": "v"};
 * groups and policy_arns sorted sets; login_profile, access_key bools;
 * credentials_secret (the secret's name) as configured.
 *
 * Generated secrets never reach the state (it keeps only hashes of
 * sensitive values, and these are made here, not configured). The initial
 * password and the access key's secret go to the Secrets Manager secret
 * named by credentials_secret, as the JSON object
 *   {"access_key_id", "password", "secret_access_key", "sign_in_url", "user"}
 * (null for what the user does not have), tagged terrace:iam-user=USER
 * besides the user's own tags. That tag is how terrace tells its own secret
 * from another one of the same name, which it refuses to overwrite. An
 * existing password or key is kept as long as the secret still holds it;
 * new ones are made only when login_profile or access_key is switched on,
 * the user is replaced, or the secret lost them (deleted or overwritten
 * outside terrace: read() then reports no credentials_secret, and the plan
 * shows the update that makes new ones). Of the user's access keys, terrace
 * manages the one it made (in state and in the secret); on an adopting
 * create, every key the user has is from the interrupted attempt.
 *
 * Passwords and keys are never put into an error message (IAM's answers to
 * the calls that carry a password have it cut out) and never logged: the
 * debug log has only operation names.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define SECRET_OWNER_TAG "terrace:iam-user"
#define PASSWORD_LENGTH 24

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };

/* ---- the initial password ---- */

static const char *const password_classes[] = {
	"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	"abcdefghijklmnopqrstuvwxyz",
	"0123456789",
	"!@#%^&*()_+-=[]{}",
};
#define N_PASSWORD_CLASSES (sizeof(password_classes) / sizeof(password_classes[0]))

int iam_user_password(char *out, size_t len, struct strbuf *err)
{
	char alphabet[128] = "";
	size_t n, limit;

	for (size_t k = 0; k < N_PASSWORD_CLASSES; k++)
		strcat(alphabet, password_classes[k]);
	n = strlen(alphabet);
	limit = 256 - 256 % n;  /* bytes at or above it would favour the first characters */
	if (len < 20) {
		strbuf_addstr(err, "iam: an initial password has at least 20 characters");
		return -1;
	}
	/* A draw lacking a class is drawn again: rare at this length, and it
	 * keeps every accepted password uniformly distributed. */
	for (int attempt = 0; attempt < 100; attempt++) {
		bool has[N_PASSWORD_CLASSES] = { false };
		bool complete = true;
		size_t filled = 0;

		while (filled < len) {
			unsigned char bytes[64];

			if (RAND_bytes(bytes, sizeof(bytes)) != 1) {
				OPENSSL_cleanse(out, len);
				strbuf_addstr(err, "iam: OpenSSL has no randomness for a password");
				return -1;
			}
			for (size_t i = 0; i < sizeof(bytes) && filled < len; i++)
				if (bytes[i] < limit)
					out[filled++] = alphabet[bytes[i] % n];
			OPENSSL_cleanse(bytes, sizeof(bytes));
		}
		out[len] = '\0';
		for (size_t i = 0; i < len; i++)
			for (size_t k = 0; k < N_PASSWORD_CLASSES; k++)
				if (strchr(password_classes[k], out[i]))
					has[k] = true;
		for (size_t k = 0; k < N_PASSWORD_CLASSES; k++)
			complete = complete && has[k];
		if (complete)
			return 0;
	}
	OPENSSL_cleanse(out, len);
	strbuf_addstr(err, "iam: could not draw a password with every kind of character");
	return -1;
}

/* ---- small helpers ---- */

static bool str_eq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* Overwrite the string members of an object (credentials) before it goes. */
static void wipe_decref(json_t *o)
{
	const char *key;
	json_t *v;

	json_object_foreach(o, key, v)
		if (json_is_string(v))
			OPENSSL_cleanse((char *)json_string_value(v), json_string_length(v));
	json_decref(o);
}

static void wipe_free(char *s)
{
	if (s) {
		OPENSSL_cleanse(s, strlen(s));
		free(s);
	}
}

/* ---- aws.iam.user ---- */

static const char *const user_sets[] = { "groups", "policy_arns", NULL };

static const struct attr_schema user_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "user name, unique in the account" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "path of the user, like \"/attendees/\"", .default_json = "\"/\"" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "user tags", .default_json = "{}" },
	{ .name = "groups", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "names of the groups the user is in (a set)", .default_json = "[]" },
	{ .name = "policy_arns", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "ARNs of managed policies attached to the "
	  "user (a set)", .default_json = "[]" },
	{ .name = "login_profile", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "console access, with a generated initial password that must be "
			 "changed at first sign-in (kept in credentials_secret)",
	  .default_json = "false" },
	{ .name = "access_key", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "one access key (its secret kept in credentials_secret)",
	  .default_json = "false" },
	{ .name = "credentials_secret", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "name of the Secrets Manager secret terrace writes the user's "
			 "credentials to (JSON: user, password, access_key_id, "
			 "secret_access_key, sign_in_url); required with login_profile or "
			 "access_key" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:iam::ACCOUNT:user/PATH/NAME" },
	{ .name = "unique_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stable id IAM gives the user (AIDA...)" },
	{ .name = "access_key_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the access key's id (not secret); \"\" without a key" },
	{ .name = "sign_in_url", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "https://ACCOUNT.signin.aws.amazon.com/console" },
	{ .name = "credentials_secret_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of the credentials secret; \"\" without one" },
	{ .name = NULL },
};

/* The console sign-in URL of the account in a user's ARN
 * (arn:PARTITION:iam::ACCOUNT:user/...), else of the caller's account. */
static char *sign_in_url(struct aws_client *c, const char *arn, struct strbuf *err)
{
	const char *p = arn ? arn : "";
	char *account = NULL, *url;

	for (int colons = 0; *p && colons < 4; p++)
		if (*p == ':')
			colons++;
	if (*p && *p != ':')
		account = xstrndup(p, strcspn(p, ":"));
	else if (aws_client_account_id(c, &account, err))
		return NULL;
	url = xasprintf("https://%s.signin.aws.amazon.com/console", account);
	free(account);
	return url;
}

/* ---- the credentials secret ---- */

struct creds_secret {
	char *arn;        /* NULL: no such secret (or one scheduled for deletion) */
	char *name;
	bool ours;        /* tagged terrace:iam-user = the user */
	json_t *tags;
	char *text;       /* its value */
	json_t *creds;    /* the value parsed, when it is this user's credentials */
};

static void creds_secret_release(struct creds_secret *s)
{
	free(s->arn);
	free(s->name);
	json_decref(s->tags);
	wipe_free(s->text);
	wipe_decref(s->creds);
	memset(s, 0, sizeof(*s));
}

/* A credential from the secret ("password", "access_key_id", ...), or NULL. */
static const char *creds_get(const struct creds_secret *s, const char *key)
{
	return s ? nonempty_or_null(value_get_string(s->creds, key)) : NULL;
}

/* Read the secret `id` (name or ARN) as user's credentials secret. */
static int creds_secret_load(struct aws_client *c, const char *id, const char *user,
			     struct creds_secret *s, struct strbuf *err)
{
	json_t *out = NULL, *parsed;

	memset(s, 0, sizeof(*s));
	if (aws_secretsmanager_secret_type.read(c, id, NULL, &out, err))
		return -1;
	if (!out)
		return 0;
	s->arn = xstrdup(iam_str_or(value_get_string(out, "arn"), id));
	s->name = xstrdup(iam_str_or(value_get_string(out, "name"), id));
	s->tags = json_incref(value_get(out, "tags"));
	s->ours = str_eq(value_get_string(s->tags, SECRET_OWNER_TAG), user);
	if (value_get_string(out, "value"))
		s->text = xstrdup(value_get_string(out, "value"));
	wipe_decref(out);
	parsed = s->text ? json_loads(s->text, 0, NULL) : NULL;
	if (s->ours && str_eq(value_get_string(parsed, "user"), user))
		s->creds = parsed;
	else
		wipe_decref(parsed);
	return 0;
}

/* The secret's value: compact JSON, keys sorted, null for what is absent. */
static char *creds_text(const char *user, const char *password, const char *key_id,
			const char *secret_key, const char *url)
{
	json_t *o = json_pack("{s:s, s:s?, s:s?, s:s?, s:s}", "user", user, "password", password,
			      "access_key_id", key_id, "secret_access_key", secret_key,
			      "sign_in_url", url);
	char *text = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);

	wipe_decref(o);
	return text;
}

static json_t *creds_secret_tags(const char *user, const json_t *user_tags)
{
	json_t *tags = json_is_object(user_tags) ? json_deep_copy(user_tags) : json_object();

	json_object_set_new(tags, SECRET_OWNER_TAG, json_string(user));
	return tags;
}

/* Create the secret, or bring the existing one (`existing_arn`) to `text`
 * and the user's tags. *arn gets its ARN. */
static int creds_secret_write(struct aws_client *c, const char *name, const char *user,
			      const json_t *user_tags, const char *text,
			      const char *existing_arn, char **arn, struct strbuf *err)
{
	const struct resource_type *sm = &aws_secretsmanager_secret_type;
	char *description = xasprintf("credentials of IAM user %s (written by terrace)", user);
	json_t *desired = json_pack("{s:s, s:s, s:s, s:o, s:i}", "name", name,
				    "description", description, "value", text,
				    "tags", creds_secret_tags(user, user_tags),
				    "recovery_window_in_days", 0);
	json_t *out = NULL;
	char *id = NULL;
	int rc;

	*arn = NULL;
	if (existing_arn)
		rc = sm->update(c, existing_arn, NULL, desired, &out, err);
	else
		rc = sm->create(c, desired, &(const struct create_call){ .may_exist = false }, &id,
				&out, err);
	if (!rc)
		*arn = xstrdup(iam_str_or(value_get_string(out, "arn"), iam_str_or(id, name)));
	free(id);
	free(description);
	wipe_decref(desired);
	wipe_decref(out);
	return rc ? -1 : 0;
}

static int creds_secret_delete(struct aws_client *c, const char *id, struct strbuf *err)
{
	json_t *prior = json_pack("{s:i}", "recovery_window_in_days", 0);
	int rc = aws_secretsmanager_secret_type.delete(c, id, prior, err);

	json_decref(prior);
	return rc;
}

/* ---- login profile and access key ---- */

/* A login profile call that carries the password: it is cut out of any
 * error. CreateLoginProfile may answer EntityAlreadyExists (1). */
static int login_profile_call(struct aws_client *c, const char *action, const char *user,
			      const char *password, struct strbuf *err)
{
	static const char *const exists[] = { "EntityAlreadyExists", NULL };
	json_t *params = json_pack("{s:s, s:s, s:b}", "UserName", user, "Password", password,
				   "PasswordResetRequired", 1);
	int rc = aws_query_call_xml(c, &aws_service_iam, action, params, password,
				    exists, NULL, NULL, NULL, err);

	wipe_decref(params);
	return rc;
}

/*
 * Make the user's login profile exist with a new password (in `password`,
 * PASSWORD_LENGTH + 1 bytes), or, when keep is not NULL and a profile
 * exists, keep that one.
 */
static int converge_login_profile(struct aws_client *c, const char *user, bool want,
				  const char *keep, char *password, const char **use,
				  struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "UserName", user);
	int have = iam_call(c, "GetLoginProfile", params, no_such_entity, NULL, NULL, err);
	int rc;

	json_decref(params);
	*use = NULL;
	if (have < 0)
		return -1;
	have = !have;
	if (!want)
		return have && iam_call2(c, "DeleteLoginProfile", "UserName", user, NULL, NULL, true,
				     err) < 0 ? -1 : 0;
	if (have && keep) {
		*use = keep;
		return 0;
	}
	if (iam_user_password(password, PASSWORD_LENGTH, err))
		return -1;
	rc = login_profile_call(c, have ? "UpdateLoginProfile" : "CreateLoginProfile", user,
				password, err);
	if (rc == 1)    /* made meanwhile (a lost answer): set our password on it */
		rc = login_profile_call(c, "UpdateLoginProfile", user, password, err);
	if (rc)
		return -1;
	*use = password;
	return 0;
}

/* CreateAccessKey: *key_id and *secret_key (new strings). `before` is what
 * the user had: a retried call whose first answer was lost may have made
 * one more key, which is deleted. */
static int create_access_key(struct aws_client *c, const char *user, const json_t *before,
			     char **key_id, char **secret_key, struct strbuf *err)
{
	static const char *const limit[] = { "LimitExceeded", NULL };
	json_t *params = json_pack("{s:s}", "UserName", user), *now = NULL, *v;
	xmlNodePtr key;
	xmlDocPtr doc;
	int attempts = 0, rc;
	size_t i;

	*key_id = *secret_key = NULL;
	rc = aws_query_call_xml(c, &aws_service_iam, "CreateAccessKey", params, NULL,
				limit, &doc, NULL, &attempts, err);
	json_decref(params);
	if (rc == 1)
		strbuf_addf(err, "user %s already has the two access keys IAM allows, made outside "
			    "terrace: delete one, then apply again (iam CreateAccessKey: "
			    "LimitExceeded)", user);
	if (rc)
		return -1;
	key = xml_child(xmlDocGetRootElement(doc), "CreateAccessKeyResult/AccessKey");
	*key_id = xml_child_text(key, "AccessKeyId");
	*secret_key = xml_child_text(key, "SecretAccessKey");
	xmlFreeDoc(doc);
	if (!*key_id || !*secret_key) {
		strbuf_addf(err, "iam CreateAccessKey: the answer for user %s has no key", user);
		goto fail;
	}
	if (attempts > 1) {
		if (iam_list_set(c, "ListAccessKeys", "UserName", user, "AccessKeyId", &now, err))
			goto fail;
		json_array_foreach(now, i, v)
			if (!value_list_has_string(before, json_string_value(v)) &&
			    strcmp(json_string_value(v), *key_id) &&
			    iam_call2(c, "DeleteAccessKey", "UserName", user, "AccessKeyId",
				  json_string_value(v), true, err) < 0)
				goto fail;
		json_decref(now);
	}
	return 0;
fail:
	json_decref(now);
	free(*key_id);
	wipe_free(*secret_key);
	*key_id = *secret_key = NULL;
	return -1;
}

/*
 * Keep the user's access key (`keep`, whose secret is known) or make one,
 * deleting the keys terrace made that are not kept: the one in state
 * (`prior_id`), the one in the secret (`known_id`), or, on an adopting
 * create (`all_ours`), every key the user has. *key_id gets the key kept or
 * made, *secret_key the new secret (NULL when kept).
 */
static int converge_access_key(struct aws_client *c, const char *user, bool want,
			       const char *known_id, bool known_secret, const char *prior_id,
			       bool all_ours, char **key_id, char **secret_key,
			       struct strbuf *err)
{
	json_t *keys = NULL, *remaining = json_array(), *v;
	const char *keep = NULL;
	size_t i;
	int ret = -1;

	*key_id = *secret_key = NULL;
	if (iam_list_set(c, "ListAccessKeys", "UserName", user, "AccessKeyId", &keys, err)) {
		if (!err->len)
			strbuf_addf(err, "user %s was deleted while it was being configured", user);
		goto out;
	}
	if (want && known_id && known_secret && value_list_has_string(keys, known_id))
		keep = known_id;
	json_array_foreach(keys, i, v) {
		const char *k = json_string_value(v);
		bool ours = all_ours || str_eq(k, prior_id) || str_eq(k, known_id);

		if (ours && !str_eq(k, keep)) {
			if (iam_call2(c, "DeleteAccessKey", "UserName", user, "AccessKeyId", k, true,
				  err) < 0)
				goto out;
		} else {
			json_array_append(remaining, v);
		}
	}
	if (keep)
		*key_id = xstrdup(keep);
	else if (want && create_access_key(c, user, remaining, key_id, secret_key, err))
		goto out;
	ret = 0;
out:
	json_decref(keys);
	json_decref(remaining);
	return ret;
}

/*
 * Bring the user's login profile, access key and credentials secret to
 * desired. `prior` is the state's attributes (NULL on a create); `fresh`
 * says it is a create's, so the keys the user has are an earlier attempt's
 * (one just made has none). *key_id and *secret_arn get what to store (new strings or NULL).
 */
static int converge_credentials(struct aws_client *c, const char *user, const char *arn,
				const json_t *desired, const json_t *prior, bool fresh,
				char **key_id, char **secret_arn, struct strbuf *err)
{
	const char *want_secret = nonempty_or_null(value_get_string(desired, "credentials_secret"));
	const char *prior_name = nonempty_or_null(value_get_string(prior, "credentials_secret"));
	const char *prior_arn = nonempty_or_null(value_get_string(prior, "credentials_secret_arn"));
	bool want_profile = json_is_true(value_get(desired, "login_profile"));
	bool want_key = json_is_true(value_get(desired, "access_key"));
	bool moved = prior_name && !str_eq(prior_name, want_secret);
	struct creds_secret cur = { 0 }, old = { 0 };
	const struct creds_secret *known = NULL;
	char password[PASSWORD_LENGTH + 1] = "";
	const char *password_use = NULL;
	char *new_secret_key = NULL, *text = NULL, *url = NULL;
	int ret = -1;

	*key_id = *secret_arn = NULL;
	if ((want_profile || want_key) && !want_secret) {
		strbuf_addf(err, "user %s: login_profile and access_key need credentials_secret",
			    user);
		return -1;
	}
	if (want_secret && creds_secret_load(c, want_secret, user, &cur, err))
		goto out;
	if (cur.arn && !cur.ours) {
		strbuf_addf(err, "secret %s already exists and is not the credentials secret of "
			    "user %s (it lacks the tag %s=%s): choose another credentials_secret "
			    "or delete that secret", want_secret, user, SECRET_OWNER_TAG, user);
		goto out;
	}
	/* A renamed or removed credentials_secret: the old one still holds the
	 * credentials, which move to the new one. */
	if (moved && creds_secret_load(c, prior_arn ? prior_arn : prior_name, user, &old, err))
		goto out;
	known = cur.creds ? &cur : old.creds ? &old : NULL;

	if (converge_login_profile(c, user, want_profile, creds_get(known, "password"), password,
				   &password_use, err) ||
	    converge_access_key(c, user, want_key, creds_get(known, "access_key_id"),
				creds_get(known, "secret_access_key") != NULL,
				nonempty_or_null(value_get_string(prior, "access_key_id")), fresh,
				key_id, &new_secret_key, err))
		goto out;
	if (want_secret) {
		const char *secret_key = new_secret_key ? new_secret_key
							: *key_id ? creds_get(known, "secret_access_key")
								  : NULL;
		json_t *tags = creds_secret_tags(user, value_get(desired, "tags"));
		bool same;

		url = sign_in_url(c, arn, err);
		if (!url) {
			json_decref(tags);
			goto out;
		}
		text = creds_text(user, password_use, *key_id, secret_key, url);
		same = cur.arn && str_eq(cur.text, text) && value_equal(cur.tags, tags);
		json_decref(tags);
		if (same)
			*secret_arn = xstrdup(cur.arn);
		else if (creds_secret_write(c, want_secret, user, value_get(desired, "tags"), text,
					    cur.arn, secret_arn, err))
			goto out;
	}
	if (moved && old.arn && old.ours && creds_secret_delete(c, old.arn, err))
		goto out;
	ret = 0;
out:
	if (ret) {
		free(*key_id);
		free(*secret_arn);
		*key_id = *secret_arn = NULL;
	}
	OPENSSL_cleanse(password, sizeof(password));
	wipe_free(new_secret_key);
	wipe_free(text);
	free(url);
	creds_secret_release(&cur);
	creds_secret_release(&old);
	return ret;
}

/* ---- read ---- */

/*
 * The key terrace manages among the user's keys: the one in state; on an
 * import (prior without access_key_id), the user's only key.
 */
static const char *managed_key(const json_t *keys, const json_t *prior)
{
	const char *prior_id = value_get_string(prior, "access_key_id");

	if (prior_id)
		return value_list_has_string(keys, prior_id) ? prior_id : NULL;
	return json_array_size(keys) == 1 ? json_string_value(json_array_get(keys, 0)) : NULL;
}

/* Report credentials_secret (and its ARN) only while the secret holds the
 * user's credentials as they are: with the password when terrace made the
 * login profile, with the access key that exists. */
static int read_credentials_secret(struct aws_client *c, const char *user,
				   const json_t *prior, json_t *o, struct strbuf *err)
{
	const char *name = nonempty_or_null(value_get_string(prior, "credentials_secret"));
	const char *arn = nonempty_or_null(value_get_string(prior, "credentials_secret_arn"));
	const char *key = nonempty_or_null(value_get_string(o, "access_key_id"));
	bool need_password = json_is_true(value_get(o, "login_profile")) &&
			     json_is_true(value_get(prior, "login_profile"));
	struct creds_secret s;

	json_object_set_new(o, "credentials_secret_arn", json_string(""));
	if (!name)
		return 0;
	if (creds_secret_load(c, arn ? arn : name, user, &s, err))
		return -1;
	if (s.creds && str_eq(s.name, name) &&
	    (!need_password || creds_get(&s, "password")) &&
	    str_eq(creds_get(&s, "access_key_id"), key) == (key != NULL) &&
	    (!key || creds_get(&s, "secret_access_key"))) {
		json_object_set_new(o, "credentials_secret", json_string(name));
		json_object_set_new(o, "credentials_secret_arn", json_string(s.arn));
	}
	creds_secret_release(&s);
	return 0;
}

/*
 * What read() reports beyond the user's name, path, arn, unique_id, tags,
 * groups and policy_arns (already in o): login_profile, the managed access
 * key, sign_in_url and the credentials secret, which only per-user calls
 * show. 0 done, 1 when the user is gone, -1 with err set.
 */
static int user_read_rest(struct aws_client *c, const char *name, const json_t *prior,
			  json_t *o, struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "UserName", name), *keys = NULL;
	const char *key;
	char *url;
	int profile, ret = iam_list_set(c, "ListAccessKeys", "UserName", name, "AccessKeyId", &keys,
					err);

	if (!ret) {
		profile = iam_call(c, "GetLoginProfile", params, no_such_entity, NULL, NULL, err);
		ret = profile < 0 ? -1 : 0;
	}
	if (!ret) {
		json_object_set_new(o, "login_profile", json_boolean(profile == 0));
		key = managed_key(keys, prior);
		json_object_set_new(o, "access_key", json_boolean(key != NULL));
		json_object_set_new(o, "access_key_id", json_string(iam_str_or(key, "")));
		url = sign_in_url(c, value_get_string(o, "arn"), err);
		if (url)
			json_object_set_new(o, "sign_in_url", json_string(url));
		else
			ret = -1;
		free(url);
	}
	if (!ret)
		ret = read_credentials_secret(c, name, prior, o, err);
	json_decref(params);
	json_decref(keys);
	return ret;
}

/* Everything read() reports. 0 with *out, 1 when the user does not exist. */
static int user_read_existing(struct aws_client *c, const char *name, const json_t *prior,
			      json_t **out, struct strbuf *err)
{
	static const char *const tag_fields[] = { "Key", "Value", NULL };
	json_t *o, *params = json_pack("{s:s}", "UserName", name);
	json_t *tags = NULL, *groups = NULL, *policies = NULL, *v;
	xmlDocPtr doc;
	size_t i;
	int ret = iam_call(c, "GetUser", params, no_such_entity, &doc, NULL, err);

	*out = NULL;
	if (ret) {
		json_decref(params);
		return ret;
	}
	o = iam_entity_attrs(xml_child(xmlDocGetRootElement(doc), "GetUserResult/User"), name,
			 "UserId", "unique_id");
	xmlFreeDoc(doc);

	ret = iam_list(c, "ListUserTags", params, NULL, tag_fields, &tags, err);
	if (!ret)
		ret = iam_list_set(c, "ListGroupsForUser", "UserName", name, "GroupName", &groups,
				   err);
	if (!ret)
		ret = iam_list_set(c, "ListAttachedUserPolicies", "UserName", name, "PolicyArn",
				   &policies, err);
	if (!ret) {
		json_t *map = json_object();

		json_array_foreach(tags, i, v)
			if (value_get_string(v, "Key"))
				json_object_set_new(map, value_get_string(v, "Key"),
						    json_string(iam_str_or(value_get_string(v, "Value"), "")));
		json_object_set_new(o, "tags", map);
		json_object_set_new(o, "groups", json_incref(groups));
		json_object_set_new(o, "policy_arns", json_incref(policies));
		ret = user_read_rest(c, name, prior, o, err);
	}
	json_decref(params);
	json_decref(tags);
	json_decref(groups);
	json_decref(policies);
	if (ret) {
		json_decref(o);
		return ret;
	}
	*out = o;
	return 0;
}

static int user_read(void *client, const char *id, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	return user_read_existing(client, id, prior, out, err) < 0 ? -1 : 0;
}

/* ---- create, update, delete ---- */

/* Bring a user's path, tags, groups and attached policies from `current` to
 * `desired`. */
static int user_apply(struct aws_client *c, const char *name, const json_t *current,
		      const json_t *desired, struct strbuf *err)
{
	const char *want_path = iam_str_or(value_get_string(desired, "path"), "/");
	json_t *none = json_array();
	int ret = -1;

#define SET_OR_NONE(o, k) (value_is_set(value_get(o, k)) ? value_get(o, k) : none)
	if (strcmp(iam_str_or(value_get_string(current, "path"), "/"), want_path) &&
	    iam_call2(c, "UpdateUser", "UserName", name, "NewPath", want_path, false, err))
		goto out;
	if (iam_sync_tags(c, "TagUser", "UntagUser", "UserName", name,
			  value_get(current, "tags"), value_get(desired, "tags"), err))
		goto out;
	if (iam_sync_set(c, "AddUserToGroup", "RemoveUserFromGroup", "UserName", name, "GroupName",
		     SET_OR_NONE(current, "groups"), SET_OR_NONE(desired, "groups"), err))
		goto out;
	if (iam_sync_set(c, "AttachUserPolicy", "DetachUserPolicy", "UserName", name, "PolicyArn",
		     SET_OR_NONE(current, "policy_arns"), SET_OR_NONE(desired, "policy_arns"), err))
		goto out;
#undef SET_OR_NONE
	ret = 0;
out:
	json_decref(none);
	return ret;
}

static json_t *user_stored(struct aws_client *c, const json_t *desired, const char *arn,
			   const char *unique_id, const char *key_id, const char *secret_arn,
			   struct strbuf *err)
{
	char *url = sign_in_url(c, arn, err);
	json_t *o;

	if (!url)
		return NULL;
	o = iam_stored_base(user_attrs, desired, user_sets);
	json_object_set_new(o, "arn", json_string(iam_str_or(arn, "")));
	json_object_set_new(o, "unique_id", json_string(iam_str_or(unique_id, "")));
	json_object_set_new(o, "access_key_id", json_string(iam_str_or(key_id, "")));
	json_object_set_new(o, "sign_in_url", json_string(url));
	json_object_set_new(o, "credentials_secret_arn", json_string(iam_str_or(secret_arn, "")));
	free(url);
	return o;
}

/* Once the user has its settings: its credentials, and what to store. */
static int user_finish(struct aws_client *c, const char *name, const char *arn,
		       const char *unique_id, const json_t *desired, const json_t *prior,
		       bool fresh, json_t **out, struct strbuf *err)
{
	char *key_id = NULL, *secret_arn = NULL;

	if (converge_credentials(c, name, arn, desired, prior, fresh, &key_id, &secret_arn, err))
		return -1;
	*out = user_stored(c, desired, arn, unique_id, key_id, secret_arn, err);
	free(key_id);
	free(secret_arn);
	return *out ? 0 : -1;
}

/*
 * The converge create and update end in (docs/design.md): what differs
 * between `have` (the user as read; right after CreateUser its path, tags,
 * ARN and id) and desired is sent, the credentials brought to desired, then
 * the user is read back, addressed by what was just stored: its key and
 * secret. `prior` (NULL on a create) serves the two narrow uses the
 * contract allows: (a) the password and the secret access key are
 * write-only, kept in the credentials secret the state names, so
 * converge_credentials takes prior to find them; (b) which of the user's
 * access keys and which secret are terrace's is the state's access_key_id
 * and credentials_secret, which the reads need to address them. `fresh`
 * says it is a create's, made or adopted (its keys are an earlier
 * attempt's).
 */
static int user_converge(struct aws_client *c, const char *id, const json_t *have,
			 const json_t *desired, const json_t *prior, bool fresh, json_t **out,
			 struct strbuf *err)
{
	json_t *stored = NULL;
	char *arn = NULL;
	int ret = -1;

	if (user_apply(c, id, have, desired, err))
		goto out;
	/* A new path is a new ARN: read it after the move. */
	if (!nonempty_or_null(value_get_string(have, "arn")) ||
	    strcmp(iam_str_or(value_get_string(have, "path"), "/"),
		   iam_str_or(value_get_string(desired, "path"), "/"))) {
		json_t *params = json_pack("{s:s}", "UserName", id);
		xmlDocPtr doc;
		int rc;

		rc = iam_call(c, "GetUser", params, no_such_entity, &doc, NULL, err);
		json_decref(params);
		if (rc == 1)
			strbuf_addf(err, "user %s was deleted while it was being written", id);
		if (rc)
			goto out;
		arn = xml_child_text(xmlDocGetRootElement(doc), "GetUserResult/User/Arn");
		xmlFreeDoc(doc);
	} else {
		arn = xstrdup(value_get_string(have, "arn"));
	}
	if (user_finish(c, id, arn, value_get_string(have, "unique_id"), desired, prior, fresh,
			&stored, err))
		goto out;
	ret = aws_read_written(user_read, c, id, stored, out, err,
			       "user %s was written but GetUser does not find it", id);
out:
	json_decref(stored);
	free(arn);
	return ret;
}

/* The converge the contract runs: prior is NULL on a create, whose user
 * (made, or adopted: its keys an earlier attempt's) has no keys but its
 * own. */
static int user_converge_prior(struct aws_client *c, const char *id, const json_t *have,
			       const json_t *desired, const json_t *prior, json_t **out,
			       struct strbuf *err)
{
	return user_converge(c, id, have, desired, prior, prior == NULL, out, err);
}

/* CreateUser with its path and tags: the rest converges from what its
 * answer says (path, tags, ARN and id). */
static int user_send_create(struct aws_client *c, const json_t *desired,
			    const struct create_call *call, struct aws_sent *sent,
			    struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *path = iam_str_or(value_get_string(desired, "path"), "/");
	json_t *params, *have;
	xmlNodePtr user;
	xmlDocPtr doc;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, "aws.iam.user: name has no value to send");
		return -1;
	}
	params = json_pack("{s:s, s:s}", "UserName", name, "Path", path);
	iam_tags_params(params, "Tags", value_get(desired, "tags"));
	rc = iam_send_entity(c, "CreateUser", params, "user", name, sent, &doc, err);
	json_decref(params);
	if (rc || sent->exists)
		return rc;
	user = xml_child(xmlDocGetRootElement(doc), "CreateUserResult/User");
	have = json_pack("{s:s}", "path", path);
	iam_set_xml_string(have, "arn", user, "Arn", "");
	iam_set_xml_string(have, "unique_id", user, "UserId", "");
	xmlFreeDoc(doc);
	if (value_is_set(value_get(desired, "tags")))
		json_object_set(have, "tags", value_get(desired, "tags"));
	sent->left_out = true;
	sent->have = have;
	return 0;
}

/* The update reads the user with its prior (which of its keys and which
 * secret are terrace's); a user a create found, with none. */
static json_t *user_update_shape(const json_t *prior, const json_t *desired)
{
	(void)desired;
	return prior ? json_deep_copy(prior) : NULL;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): a user found
 * there is ours when an attempt of this create may have made it and it
 * carries this stack's tags, which CreateUser sets. An update converges
 * from a live read, given `prior` for the two narrow uses user_converge
 * says.
 */
static const struct aws_native_ops user_native = {
	.send_create = user_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "user %s" },
	.converge_prior = user_converge_prior,
	.read = user_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape_of = user_update_shape,
	.made_missing = "user %s was written but GetUser does not find it",
	.gone = "user %s was deleted while it was being updated",
};

AWS_NATIVE_FUNCTIONS(user, user_native)

/* The credentials secret goes with the user: the one in state by ARN, or
 * the named one when it is ours. */
static int delete_user_secret(struct aws_client *c, const char *user, const json_t *prior,
			      struct strbuf *err)
{
	const char *arn = nonempty_or_null(value_get_string(prior, "credentials_secret_arn"));
	const char *name = nonempty_or_null(value_get_string(prior, "credentials_secret"));
	struct creds_secret s;
	int rc;

	if (arn)
		return creds_secret_delete(c, arn, err);
	if (!name)
		return 0;
	if (creds_secret_load(c, name, user, &s, err))
		return -1;
	rc = s.arn && s.ours ? creds_secret_delete(c, s.arn, err) : 0;
	creds_secret_release(&s);
	return rc;
}

static int user_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *mfa = NULL, *v;
	size_t i;
	int ret;

	/* IAM deletes a user only once it has no keys, login profile, MFA
	 * devices, groups or policies. A user already gone (deleted by hand)
	 * is fine; its secret still goes. */
	ret = iam_remove_each(c, "UserName", id, "ListAccessKeys", "AccessKeyId", "DeleteAccessKey",
			      "AccessKeyId", err);
	if (!ret)
		ret = iam_call2(c, "DeleteLoginProfile", "UserName", id, NULL, NULL, true, err) < 0
		      ? -1 : 0;
	if (!ret)
		ret = iam_list_set(c, "ListMFADevices", "UserName", id, "SerialNumber", &mfa, err);
	json_array_foreach(mfa, i, v) {
		const char *serial = json_string_value(v);

		if (!ret)
			ret = iam_call2(c, "DeactivateMFADevice", "UserName", id, "SerialNumber",
				    serial, true, err) < 0 ? -1 : 0;
		if (!ret && !strncmp(serial, "arn:", 4))   /* a virtual device */
			ret = iam_call2(c, "DeleteVirtualMFADevice", "SerialNumber", serial, NULL, NULL,
				    true, err) < 0 ? -1 : 0;
	}
	json_decref(mfa);
	if (!ret)
		ret = iam_remove_each(c, "UserName", id, "ListGroupsForUser", "GroupName",
				      "RemoveUserFromGroup", "GroupName", err);
	if (!ret)
		ret = iam_remove_each(c, "UserName", id, "ListAttachedUserPolicies", "PolicyArn",
				      "DetachUserPolicy", "PolicyArn", err);
	if (!ret)
		ret = iam_remove_each(c, "UserName", id, "ListUserPolicies", NULL,
				      "DeleteUserPolicy", "PolicyName", err);
	if (!ret)
		ret = iam_call2(c, "DeleteUser", "UserName", id, NULL, NULL, true, err);
	if (ret < 0)
		return -1;
	return delete_user_secret(c, id, prior, err);
}


static int user_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	(void)err;
	iam_sort_sets(desired, user_sets);
	return 0;
}

/* ---- refresh by listing ---- */

/*
 * GetAccountAuthorizationDetails' UserDetail has the user's path, arn, id,
 * tags, groups and attached policies; its login profile, access keys and
 * credentials secret are still read per user (user_read_rest).
 */
static const char *const user_needs[] = { "Path", "Arn", "UserId", NULL };
static const struct iam_listing user_details = {
	"GetAccountAuthorizationDetails", "User", "UserDetailList/member", "UserName", user_needs,
};

static int user_listed(void *ctx, struct aws_client *c, const char *id, xmlNodePtr entry,
		       const json_t *prior, json_t **out, struct strbuf *err)
{
	json_t *o = iam_entity_attrs(entry, id, "UserId", "unique_id");
	int ret;

	(void)ctx;
	json_object_set_new(o, "tags", iam_tags_parse(xml_child(entry, "Tags")));
	json_object_set_new(o, "groups", iam_member_set(xml_child(entry, "GroupList"), ""));
	json_object_set_new(o, "policy_arns",
			    iam_member_set(xml_child(entry, "AttachedManagedPolicies"), "PolicyArn"));
	ret = user_read_rest(c, id, prior, o, err);
	if (ret) {              /* gone meanwhile (read() says so), or failed */
		json_decref(o);
		return ret < 0 ? -1 : 0;
	}
	*out = o;
	return 0;
}

static int user_read_many(void *client, size_t n, const char *const *ids,
			  const json_t *const *priors, size_t max_pages, json_t **out,
			  struct strbuf *err)
{
	return iam_read_many(client, &user_details, n, ids, priors, max_pages, out,
				 user_listed, NULL, err);
}

/* For sweep (listing.h). */
static const struct aws_query_listing user_listing = {
	&aws_service_iam, "ListUsers", NULL, "UserName", NULL, "CreateDate",
	"ListUserTags", "UserName", iam_listed_tags,
};

static int user_list(void *client, const struct resource_query *q,
		     struct resource_items *out, struct strbuf *err)
{
	return aws_list_query(client, &user_listing, q, out, err);
}


const struct resource_type aws_iam_user_type = {
	.name = "aws.iam.user",
	.description = "an IAM user with its groups, attached policies, tags, console login "
		       "profile and access key; generated credentials go to a Secrets Manager "
		       "secret",
	.attrs = user_attrs,
	.terraform_type = "aws_iam_user",
	.terraform_attrs = "name path tags arn unique_id",
	.read = user_read,
	.create = user_create,
	.update = user_update,
	.native = &user_native,
	.delete = user_delete,
	.plan_desired = user_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
	.list = user_list,
	.list_rank = 11,
	.list_account_wide = true,
	.read_many = user_read_many,
};
