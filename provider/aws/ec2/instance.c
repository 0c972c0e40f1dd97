/*
 * ec2/instance.c: the resource type aws.ec2.instance, one EC2 instance (a
 * bastion, an Airflow host) in a subnet, with its security groups, key
 * pair, instance profile, user data, root volume size and tags, over EC2's
 * query protocol (ec2/api.h). Its id is the instance id (i-...).
 *
 * create sends RunInstances with a ClientToken made from the create token
 * the engine keeps in the create's pending record (progress.h), and the
 * instance's tags (terrace's own and the create token tag among them) in
 * its TagSpecification: a resend by the transport, or the next apply's
 * retry after a lost answer, gets the instance the first attempt made,
 * never a second one, and a destroy after an interrupted apply finds it by
 * the token tag (find_made). It then
 * waits until the instance is running. An instance type or user data
 * change stops the instance, modifies it and starts it again (waiting for
 * each state; one found stopped is started too); security groups, the
 * instance profile and tags change in
 * place; the AMI, subnet, key pair, root volume size and public address
 * replace it. delete terminates it and waits until it is terminated, so
 * its subnet and security groups can go next; a terminated instance counts
 * as gone.
 *
 * With wait_for_host_keys, create then also waits (bounded by
 * host_keys_timeout, polling GetConsoleOutput) until cloud-init has printed
 * the instance's SSH host keys on its console at first boot, between
 * "-----BEGIN SSH HOST KEY KEYS-----" and "-----END SSH HOST KEY KEYS-----",
 * and records them as `host_keys` ("TYPE BASE64" lines) for the ssh
 * provider's `host_key`. They are AWS's record of the first boot: read
 * once, kept in state by refresh and update, never compared again (the
 * console of a later boot may no longer hold them).
 *
 * User data is never stored in clear: `user_data` is sensitive (state keeps
 * only its salted hash), and `user_data_hash`, the SHA-256 of its text in
 * hex, is what plan compares with the instance's (DescribeInstanceAttribute
 * userData), so a change, made in the stack or by hand, shows as a change
 * of hash.
 */
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/base/progress.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"

#define HOST_KEYS_BEGIN "-----BEGIN SSH HOST KEY KEYS-----"
#define HOST_KEYS_END "-----END SSH HOST KEY KEYS-----"

static const char *const not_found[] = { "InvalidInstanceID.NotFound", NULL };

static const struct attr_schema instance_attrs[] = {
	{ .name = "ami", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the image to launch (ami-...)" },
	{ .name = "instance_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "e.g. t3.micro; a change stops the instance, modifies it and starts it" },
	{ .name = "subnet_id", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "its subnet, e.g. ${public_a.subnet_id} (EC2's default subnet when unset)" },
	{ .name = "vpc_security_group_ids", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "its security groups (a set), changed in place; the VPC's default "
			 "group when unset" },
	{ .name = "key_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the key pair for SSH, e.g. ${deploy.key_name}" },
	{ .name = "iam_instance_profile", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the instance profile's name, e.g. ${etl.name}; changed in place" },
	{ .name = "user_data", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_SENSITIVE | ATTR_CONFIG_ONLY,
	  .description = "the text run at first boot (cloud-init); never stored: plan compares "
			 "user_data_hash; a change stops and starts the instance" },
	{ .name = "user_data_hash", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "SHA-256 of user_data in hex, as the instance has it" },
	{ .name = "root_volume_size", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "the root volume's size in GiB (the AMI's when unset)" },
	{ .name = "associate_public_ip_address", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "give it a public IPv4 address (the subnet's setting when unset)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "instance tags", .default_json = "{}" },
	{ .name = "wait_for_host_keys", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY, .default_json = "false",
	  .description = "after launch, wait until the console output (GetConsoleOutput) shows "
			 "the SSH host keys cloud-init prints at first boot and record them in "
			 "host_keys; on AWS that output appears a minute or more after boot" },
	{ .name = "host_keys_timeout", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY, .default_json = "600",
	  .description = "seconds wait_for_host_keys waits for them (polled every 2 s, growing "
			 "to 30 s)" },
	{ .name = "host_keys", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_COMPUTED,
	  .description = "its SSH host public keys (\"ssh-ed25519 AAAA...\") from the console "
			 "output of its first boot, with wait_for_host_keys (else null): for the "
			 "ssh provider's host_key; kept from state afterwards, not checked for "
			 "drift" },
	{ .name = "instance_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "i-..." },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:ec2:REGION:ACCOUNT:instance/ID" },
	{ .name = "private_ip", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its address in the subnet" },
	{ .name = "public_ip", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its public IPv4 address (null when it has none), e.g. an ssh host" },
	{ .name = "private_dns", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its private DNS name" },
	{ .name = "public_dns", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its public DNS name (null when it has none)" },
	{ .name = "availability_zone", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the zone of its subnet" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "running, stopped, ..." },
	{ .name = NULL },
};

/* ---- user data ---- */

static char *base64_of(const char *text)
{
	return base64_encode(text, strlen(text));
}

/* The hash of the instance's user data (base64 as EC2 gives it), or JSON
 * null when it has none. */
static json_t *user_data_hash_of(const char *b64)
{
	size_t len = b64 ? strlen(b64) : 0, n;
	unsigned char *raw;
	char hex[65];

	if (!len)
		return json_null();
	if (base64_decode(b64, len, &raw, &n))
		return json_string("(not base64)");
	sha256_hex(raw, n, hex);
	free(raw);
	return json_string(hex);
}

/* ---- reading ---- */

static int read_user_data(struct aws_client *c, const char *id, json_t *o, struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s}", "InstanceId", id, "Attribute", "userData");
	xmlDocPtr doc = NULL;
	char *v;
	int rc = ec2_call(c, "DescribeInstanceAttribute", p, not_found, &doc, err);

	json_decref(p);
	if (rc < 0)
		return -1;
	v = rc ? NULL : xml_child_text(xmlDocGetRootElement(doc), "userData/value");
	json_object_set_new(o, "user_data_hash", user_data_hash_of(v));
	free(v);
	xmlFreeDoc(doc);
	return 0;
}

/* The size of the root device's volume (JSON null when it has none). */
static int read_root_size(struct aws_client *c, xmlNodePtr inst, json_t *o, struct strbuf *err)
{
	char *root = xml_child_text(inst, "rootDeviceName"), *vol = NULL, *size = NULL;
	xmlNodePtr m;
	int rc = 0;

	for (m = xml_child(inst, "blockDeviceMapping/item"); m && root && !vol;
	     m = xml_next_same(m)) {
		char *dev = xml_child_text(m, "deviceName");

		if (dev && !strcmp(dev, root))
			vol = xml_child_text(m, "ebs/volumeId");
		free(dev);
	}
	if (vol) {
		json_t *p = json_pack("{s:s}", "VolumeId.1", vol);
		static const char *const gone[] = { "InvalidVolume.NotFound", NULL };
		xmlDocPtr doc = NULL;

		rc = ec2_call(c, "DescribeVolumes", p, gone, &doc, err);
		json_decref(p);
		if (!rc)
			size = xml_child_text(xmlDocGetRootElement(doc), "volumeSet/item/size");
		xmlFreeDoc(doc);
		rc = rc < 0 ? -1 : 0;
	}
	json_object_set_new(o, "root_volume_size",
			    size && *size ? json_integer(strtoll(size, NULL, 10)) : json_null());
	free(size);
	free(vol);
	free(root);
	return rc;
}

/* The instance's name from its profile's ARN (...:instance-profile/PATH/NAME). */
static json_t *profile_name(xmlNodePtr inst)
{
	char *arn = xml_child_text(inst, "iamInstanceProfile/arn");
	const char *slash = arn ? strrchr(arn, '/') : NULL;
	json_t *v = slash && slash[1] ? json_string(slash + 1) : json_null();

	free(arn);
	return v;
}

static bool is_gone_state(const char *state)
{
	return state && (!strcmp(state, "terminated") || !strcmp(state, "shutting-down"));
}

static int instance_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *p = json_pack("{s:s}", "InstanceId.1", id), *o;
	xmlDocPtr doc = NULL;
	xmlNodePtr res, i;
	char *state, *owner, *pub;
	const char *region = aws_client_region(c);
	const char *part = aws_partition(region);
	int rc;

	*out = NULL;
	rc = ec2_call(c, "DescribeInstances", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	res = xml_child(xmlDocGetRootElement(doc), "reservationSet/item");
	i = res ? xml_child(res, "instancesSet/item") : NULL;
	state = i ? xml_child_text(i, "instanceState/name") : NULL;
	if (!i || is_gone_state(state)) {
		free(state);
		xmlFreeDoc(doc);
		return 0;
	}
	o = json_object();
	ec2_set_text(o, "ami", i, "imageId");
	ec2_set_text(o, "instance_type", i, "instanceType");
	ec2_set_text(o, "subnet_id", i, "subnetId");
	json_object_set_new(o, "vpc_security_group_ids", ec2_item_texts(i, "groupSet", "groupId"));
	ec2_set_text(o, "key_name", i, "keyName");
	json_object_set_new(o, "iam_instance_profile", profile_name(i));
	/* A stopped instance has given its public address back: what it
	 * was launched with is then what prior knows. */
	pub = xml_child_text(i, "ipAddress");
	if (strcmp(state ? state : "", "running") &&
	    json_is_boolean(value_get(prior, "associate_public_ip_address")))
		json_object_set(o, "associate_public_ip_address",
				value_get(prior, "associate_public_ip_address"));
	else
		json_object_set_new(o, "associate_public_ip_address", json_boolean(pub && *pub));
	free(pub);
	json_object_set_new(o, "tags", ec2_tags_of(i));
	json_object_set_new(o, "instance_id", json_string(id));
	owner = xml_child_text(res, "ownerId");
	json_object_set_new(o, "arn", json_sprintf("arn:%s:ec2:%s:%s:instance/%s",
						   part ? part : "aws", region ? region : "",
						   owner ? owner : "", id));
	free(owner);
	ec2_set_text(o, "private_ip", i, "privateIpAddress");
	ec2_set_text(o, "public_ip", i, "ipAddress");
	ec2_set_text(o, "private_dns", i, "privateDnsName");
	ec2_set_text(o, "public_dns", i, "dnsName");
	ec2_set_text(o, "availability_zone", i, "placement/availabilityZone");
	json_object_set_new(o, "state", json_string(state ? state : ""));
	free(state);
	/* Empty texts are no value (a key pair, a public name). */
	for (const char *const *k = (const char *const[]){ "key_name", "public_ip", "public_dns",
							   "subnet_id", NULL }; *k; k++) {
		const char *v = value_get_string(o, *k);

		if (v && !*v)
			json_object_set_new(o, *k, json_null());
	}
	/* The console's keys are read once, at first boot: kept as recorded. */
	if (json_is_array(value_get(prior, "host_keys")))
		json_object_set(o, "host_keys", value_get(prior, "host_keys"));
	else
		json_object_set_new(o, "host_keys", json_null());
	rc = read_root_size(c, i, o, err);
	xmlFreeDoc(doc);
	if (!rc)
		rc = read_user_data(c, id, o, err);
	if (rc) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

/* ---- waiting ---- */

#define INSTANCE_ITEM "reservationSet/item/instancesSet/item/"

static const char *const running[] = { "running", NULL };
static const char *const stopped[] = { "stopped", NULL };
static const char *const terminated[] = { "terminated", NULL };
static const char *const not_running[] = { "shutting-down", "terminated", "stopping", NULL };
static const char *const not_stopping[] = { "shutting-down", "terminated", NULL };

/* An EC2 instance reaching a state. */
static const struct aws_poll instance_poll = { .timeout_s = 900.0, .interval_s = 2.0 };

/* An instance running after RunInstances or StartInstances, stopped after
 * StopInstances, terminated (or gone) after TerminateInstances; a state it
 * will not leave for the one waited for ends the wait, with EC2's reason. */
const struct aws_waiter instance_running = {
	.what = "instance %s to be running", .service = &aws_service_ec2,
	.operation = "DescribeInstances", .id_param = "InstanceId.1",
	.status_path = INSTANCE_ITEM "instanceState/name",
	.reason_path = INSTANCE_ITEM "stateReason/message", .done = running,
	.failed = not_running, .gone = not_found, .poll = &instance_poll,
};
const struct aws_waiter instance_stopped = {
	.what = "instance %s to be stopped", .service = &aws_service_ec2,
	.operation = "DescribeInstances", .id_param = "InstanceId.1",
	.status_path = INSTANCE_ITEM "instanceState/name",
	.reason_path = INSTANCE_ITEM "stateReason/message", .done = stopped,
	.failed = not_stopping, .gone = not_found, .poll = &instance_poll,
};
const struct aws_waiter instance_terminated = {
	.what = "instance %s to be terminated", .service = &aws_service_ec2,
	.operation = "DescribeInstances", .id_param = "InstanceId.1",
	.status_path = INSTANCE_ITEM "instanceState/name", .done = terminated,
	.gone = not_found, .gone_is_done = true, .poll = &instance_poll,
};

/* ---- host keys from the console output ---- */

struct host_keys_wait {
	struct aws_client *c;
	const char *id;
	json_t *keys; /* set once found */
};

static bool is_key_line(const char *line)
{
	static const char *const types[] = { "ssh-ed25519 ", "ecdsa-sha2-nistp256 ",
					     "ecdsa-sha2-nistp384 ", "ecdsa-sha2-nistp521 ",
					     "ssh-rsa ", "ssh-dss " };

	for (size_t i = 0; i < sizeof(types) / sizeof(*types); i++)
		if (!strncmp(line, types[i], strlen(types[i])))
			return true;
	return false;
}

/*
 * The key lines of cloud-init's block in console text, as "TYPE BASE64"
 * (the "root@host" comment dropped), or NULL when the text has no complete
 * block with at least one key yet. Lines may end in \r and carry the "ec2: "
 * prefix some images put on cloud-init's console lines.
 */
static json_t *console_host_keys(const char *text)
{
	const char *begin = strstr(text, HOST_KEYS_BEGIN), *end;
	json_t *keys;

	if (!begin)
		return NULL;
	begin += strlen(HOST_KEYS_BEGIN);
	end = strstr(begin, HOST_KEYS_END);
	if (!end)
		return NULL;
	keys = json_array();
	for (const char *p = begin; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char *line = xstrndup(p, n), *l = line, *sp;

		l[strcspn(l, "\r")] = '\0';
		if (!strncmp(l, "ec2: ", 5))
			l += 5;
		if (is_key_line(l)) {
			sp = strchr(l, ' ');
			sp[1 + strcspn(sp + 1, " \t")] = '\0';
			if (sp[1])
				json_array_append_new(keys, json_string(l));
		}
		free(line);
		p += n + 1;
	}
	if (!json_array_size(keys)) {
		json_decref(keys);
		return NULL;
	}
	return keys;
}

/* No row serves: what is waited for is text in the console output, not a status. */
static int host_keys_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct host_keys_wait *w = ctx;
	/* Not Latest: that is for Nitro instances only; the default (the
	 * output kept since boot) holds the first boot's block. */
	json_t *p = json_pack("{s:s}", "InstanceId", w->id);
	xmlDocPtr doc = NULL;
	char *b64, *text;
	int rc = ec2_call(w->c, "GetConsoleOutput", p, not_found, &doc, err);

	json_decref(p);
	if (rc < 0)
		return -1;
	b64 = rc ? NULL : xml_child_text(xmlDocGetRootElement(doc), "output");
	xmlFreeDoc(doc);
	text = b64 ? base64_decode_text(b64) : NULL;
	if (b64 && !text) {
		strbuf_addf(err, "ec2 GetConsoleOutput: the output of instance %s is not base64",
			    w->id);
		free(b64);
		return -1;
	}
	w->keys = text ? console_host_keys(text) : NULL;
	if (!w->keys)
		strbuf_addf(status, "console output (%zu bytes) has no SSH host keys yet",
			    text ? strlen(text) : 0);
	free(b64);
	free(text);
	return w->keys ? 1 : 0;
}

/* Host keys on an instance's console: bounded by the stack's
 * host_keys_timeout. */
static const struct aws_poll host_keys_poll = { .timeout_s = 0, .interval_s = 2.0 };

/* Wait for the instance's host keys on its console output; new reference. */
static int wait_host_keys(struct aws_client *c, const char *id, const json_t *desired,
			  json_t **keys, struct strbuf *err)
{
	struct host_keys_wait w = { c, id, NULL };
	double timeout = (double)value_get_integer(desired, "host_keys_timeout", 600);
	char *what = xasprintf("the SSH host keys of instance %s on its console output", id);
	int rc = aws_wait(what, timeout, host_keys_poll.interval_s, host_keys_check, &w, err);

	free(what);
	if (rc) {
		strbuf_addstr(err, " (aws.ec2.instance wait_for_host_keys: cloud-init prints them "
			      "at first boot; an image without cloud-init never does; raise "
			      "host_keys_timeout or set wait_for_host_keys: false)");
		json_decref(w.keys);
		return -1;
	}
	*keys = w.keys;
	return 0;
}

/* With wait_for_host_keys, out gets the recorded host_keys, or those the
 * console shows now when none are recorded yet. */
static int set_host_keys(struct aws_client *c, const char *id, const json_t *prior,
			 const json_t *desired, json_t *out, struct strbuf *err)
{
	const json_t *recorded = value_get(prior, "host_keys");
	json_t *keys = NULL;

	if (json_is_array(recorded) && json_array_size(recorded)) {
		json_object_set(out, "host_keys", (json_t *)recorded);
		return 0;
	}
	if (!json_is_true(value_get(desired, "wait_for_host_keys")))
		return 0;
	if (wait_host_keys(c, id, desired, &keys, err))
		return -1;
	json_object_set_new(out, "host_keys", keys);
	return 0;
}

/* ---- changing ---- */

static int call_id(struct aws_client *c, const char *action, const char *param, const char *id,
		   struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", param, id);
	int rc = ec2_call(c, action, p, NULL, NULL, err);

	json_decref(p);
	return rc ? -1 : 0;
}

static int modify(struct aws_client *c, const char *id, const char *name, const char *value,
		  struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s}", "InstanceId", id, name, value);
	int rc = ec2_call(c, "ModifyInstanceAttribute", p, NULL, NULL, err);

	json_decref(p);
	return rc ? -1 : 0;
}

/* Instance type and user data change only while it is stopped. */
static int stop_modify_start(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, bool new_type, bool new_data,
			     struct strbuf *err)
{
	const char *type = value_get_string(desired, "instance_type");
	const char *data = value_get_string(desired, "user_data");
	int rc = 0;

	if (strcmp(value_get_string_or(have, "state", ""), "stopped")) {
		rc = call_id(c, "StopInstances", "InstanceId.1", id, err);
		if (!rc)
			rc = aws_waiter_run(c, &instance_stopped, id, err);
	}
	if (!rc && new_type)
		rc = modify(c, id, "InstanceType.Value", type, err);
	if (!rc && new_data) {
		char *b64 = base64_of(data ? data : "");

		rc = modify(c, id, "UserData.Value", b64, err);
		free(b64);
	}
	/* Started again even when found stopped: an earlier apply may have
	 * stopped it and failed before it could start it. */
	if (!rc) {
		rc = call_id(c, "StartInstances", "InstanceId.1", id, err);
		if (!rc)
			rc = aws_waiter_run(c, &instance_running, id, err);
	}
	return rc;
}

/* The id of the instance's profile association, or NULL; *arn (when not
 * NULL) the ARN of its profile. */
static int profile_association(struct aws_client *c, const char *id, char **assoc,
			       char **arn, struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s}", "Filter.1.Name", "instance-id", "Filter.1.Value.1", id);
	xmlDocPtr doc = NULL;
	xmlNodePtr a;
	int rc = ec2_call(c, "DescribeIamInstanceProfileAssociations", p, NULL, &doc, err);

	json_decref(p);
	*assoc = NULL;
	for (a = rc ? NULL : xml_child(xmlDocGetRootElement(doc),
				       "iamInstanceProfileAssociationSet/item");
	     a && !*assoc; a = xml_next_same(a)) {
		char *state = xml_child_text(a, "state");

		if (state && (!strcmp(state, "associated") || !strcmp(state, "associating"))) {
			*assoc = xml_child_text(a, "associationId");
			if (arn)
				*arn = xml_child_text(a, "iamInstanceProfile/arn");
		}
		free(state);
	}
	xmlFreeDoc(doc);
	return rc ? -1 : 0;
}

/* An AssociateIamInstanceProfile refused with IncorrectState (the instance
 * has an association): done when it is with profile `want` (a resend whose
 * first attempt, its answer lost, made it), else -1 naming the profile. */
static int profile_already_there(struct aws_client *c, const char *id, const char *want,
				 struct strbuf *err)
{
	char *assoc = NULL, *arn = NULL;
	const char *name;
	int rc = profile_association(c, id, &assoc, &arn, err);

	name = arn && strrchr(arn, '/') ? strrchr(arn, '/') + 1 : "";
	if (!rc && (!assoc || strcmp(name, want))) {
		strbuf_addf(err, "ec2 AssociateIamInstanceProfile: IncorrectState: the instance "
			    "has profile %s", arn ? arn : "(none)");
		rc = -1;
	}
	free(assoc);
	free(arn);
	return rc;
}

static int set_profile(struct aws_client *c, const char *id, const char *want,
		       struct strbuf *err)
{
	static const char *const associated[] = { "IncorrectState", NULL };
	char *assoc = NULL;
	json_t *p;
	int rc = profile_association(c, id, &assoc, NULL, err);

	if (rc)
		return -1;
	if (!want || !*want) {
		p = assoc ? json_pack("{s:s}", "AssociationId", assoc) : NULL;
		rc = p ? ec2_call(c, "DisassociateIamInstanceProfile", p, NULL, NULL, err) : 0;
	} else if (assoc) {
		p = json_pack("{s:s, s:s}", "AssociationId", assoc, "IamInstanceProfile.Name", want);
		rc = ec2_call(c, "ReplaceIamInstanceProfileAssociation", p, NULL, NULL, err);
	} else {
		p = json_pack("{s:s, s:s}", "InstanceId", id, "IamInstanceProfile.Name", want);
		rc = ec2_call(c, "AssociateIamInstanceProfile", p, associated, NULL, err);
		if (rc == 1)
			rc = profile_already_there(c, id, want, err);
	}
	json_decref(p);
	free(assoc);
	if (rc)
		strbuf_addf(err, " (aws.ec2.instance %s iam_instance_profile %s)", id,
			    want && *want ? want : "(none)");
	return rc ? -1 : 0;
}

/* have's and desired's string `name` differ (no value and "" are alike). */
static bool string_differs(const json_t *have, const json_t *desired, const char *name)
{
	return strcmp(value_get_string_or(have, name, ""), value_get_string_or(desired, name, "")) != 0;
}

/*
 * From `have` (the instance as instance_read gives it; an update's read
 * takes prior, so have holds the host keys recorded): groups, profile,
 * type and user data (stopped, modified, started), tags to desired; then
 * read back, with the recorded host keys or, with wait_for_host_keys, those
 * the console shows now when none are recorded yet (exception (a): no later
 * read returns them) (aws_converge_fn).
 */
static int instance_converge(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want_groups = value_string_set(value_get(desired, "vpc_security_group_ids"));
	int rc = 0;

	*out = NULL;
	if (want_groups && json_array_size(want_groups) &&
	    !json_equal(want_groups, value_get(have, "vpc_security_group_ids"))) {
		json_t *p = json_pack("{s:s}", "InstanceId", id);

		ec2_add_list(p, "GroupId", want_groups);
		rc = ec2_call(c, "ModifyInstanceAttribute", p, NULL, NULL, err) ? -1 : 0;
		json_decref(p);
	}
	if (!rc && string_differs(have, desired, "iam_instance_profile"))
		rc = set_profile(c, id, value_get_string(desired, "iam_instance_profile"), err);
	if (!rc) {
		const char *type = value_get_string(desired, "instance_type");
		bool new_type = type && strcmp(type, value_get_string_or(have, "instance_type", ""));
		bool new_data = string_differs(have, desired, "user_data_hash");

		if (new_type || new_data)
			rc = stop_modify_start(c, id, have, desired, new_type, new_data, err);
	}
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	json_decref(want_groups);
	if (!rc)
		rc = aws_read_written(instance_read, c, id, NULL, out, err,
				      "aws.ec2.instance %s: not found after it was written", id);
	if (!rc && set_host_keys(c, id, have, desired, *out, err)) {
		json_decref(*out);
		*out = NULL;
		rc = -1;
	}
	return rc;
}

/* ---- create, update, delete ---- */

/* The root device of the image (/dev/xvda, /dev/sda1), for its size. */
static int image_root_device(struct aws_client *c, const char *ami, char **dev,
			     struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "ImageId.1", ami);
	xmlDocPtr doc = NULL;
	int rc = ec2_call(c, "DescribeImages", p, NULL, &doc, err);

	json_decref(p);
	*dev = rc ? NULL : xml_child_text(xmlDocGetRootElement(doc), "imagesSet/item/rootDeviceName");
	xmlFreeDoc(doc);
	if (rc)
		return -1;
	if (!*dev || !**dev) {
		free(*dev);
		*dev = NULL;
		strbuf_addf(err, "aws.ec2.instance: root_volume_size is set but ami %s has no "
				 "root device (DescribeImages)", ami);
		return -1;
	}
	return 0;
}

/* ClientToken: from the create's token in its pending record, so every
 * attempt at this create sends the same one; a random one when there is
 * none (then the transport's resends still share it). */
static void client_token(const struct create_call *call, char out[65])
{
	char own[33];

	if (call && call->token) {
		snprintf(out, 65, "terrace-%s", call->token);
		return;
	}
	random_hex(16, own);
	snprintf(out, 65, "terrace-%s", own);
}

/* The create call (RunInstances with the ClientToken and the token tag),
 * saying what it made at once, and the wait until it runs; what it sends
 * is all of desired but the attributes converge checks (left_out). */
static int instance_send(struct aws_client *c, const json_t *desired,
			 const struct create_call *call, struct aws_sent *sent,
			 struct strbuf *err)
{
	const char *ami = value_get_string(desired, "ami");
	const char *type = value_get_string(desired, "instance_type");
	const char *subnet = value_get_string(desired, "subnet_id");
	const char *key = value_get_string(desired, "key_name");
	const char *profile = value_get_string(desired, "iam_instance_profile");
	const char *data = value_get_string(desired, "user_data");
	const json_t *groups = value_get(desired, "vpc_security_group_ids");
	const json_t *pub = value_get(desired, "associate_public_ip_address");
	json_int_t size = value_get_integer(desired, "root_volume_size", 0);
	char token[65];
	json_t *p;
	xmlDocPtr doc = NULL;
	int rc;

	/* a retried create (call->may_exist) needs nothing more: the
	 * ClientToken makes it return what was made */
	if (!ami || !type) {
		strbuf_addstr(err, "aws.ec2.instance: ami or instance_type has no value to send");
		return -1;
	}
	client_token(call, token);
	p = json_pack("{s:s, s:s, s:i, s:i, s:s}", "ImageId", ami, "InstanceType", type,
		      "MinCount", 1, "MaxCount", 1, "ClientToken", token);
	if (json_is_boolean(pub)) {
		/* A public address is asked for on the first network interface,
		 * which then carries the subnet and groups too. */
		json_object_set_new(p, "NetworkInterface.1.DeviceIndex", json_integer(0));
		json_object_set_new(p, "NetworkInterface.1.AssociatePublicIpAddress",
				    json_boolean(json_is_true(pub)));
		json_object_set_new(p, "NetworkInterface.1.DeleteOnTermination", json_true());
		if (subnet && *subnet)
			json_object_set_new(p, "NetworkInterface.1.SubnetId", json_string(subnet));
		ec2_add_list(p, "NetworkInterface.1.SecurityGroupId", groups);
	} else {
		if (subnet && *subnet)
			json_object_set_new(p, "SubnetId", json_string(subnet));
		ec2_add_list(p, "SecurityGroupId", groups);
	}
	if (key && *key)
		json_object_set_new(p, "KeyName", json_string(key));
	if (profile && *profile)
		json_object_set_new(p, "IamInstanceProfile.Name", json_string(profile));
	if (data && *data) {
		char *b64 = base64_of(data);

		json_object_set_new(p, "UserData", json_string(b64));
		free(b64);
	}
	if (size > 0) {
		char *dev = NULL;

		if (image_root_device(c, ami, &dev, err)) {
			json_decref(p);
			return -1;
		}
		json_object_set_new(p, "BlockDeviceMapping.1.DeviceName", json_string(dev));
		json_object_set_new(p, "BlockDeviceMapping.1.Ebs.VolumeSize", json_integer(size));
		json_object_set_new(p, "BlockDeviceMapping.1.Ebs.DeleteOnTermination", json_true());
		free(dev);
	}
	{
		/* The create's token as a tag too, by which a destroy after an
		 * interrupted apply finds the instance (instance_find_made). */
		const json_t *tags = value_get(desired, "tags");
		json_t *with_token = json_is_object(tags) ? json_copy((json_t *)tags) : json_object();

		if (call && call->token)
			json_object_set_new(with_token, EC2_TOKEN_TAG,
					    json_string(call->token));
		ec2_add_tag_spec(p, "instance", with_token);
		json_decref(with_token);
	}
	rc = ec2_call(c, "RunInstances", p, NULL, &doc, err);
	json_decref(p);
	if (rc) {
		strbuf_addf(err, " (aws.ec2.instance ami %s, instance_type %s%s%s)", ami, type,
			    subnet && *subnet ? ", subnet_id " : "", subnet && *subnet ? subnet : "");
		return -1;
	}
	sent->id = xml_child_text(xmlDocGetRootElement(doc), "instancesSet/item/instanceId");
	xmlFreeDoc(doc);
	if (!sent->id) {
		strbuf_addstr(err, "ec2 RunInstances: the answer has no instancesSet/item/instanceId");
		return -1;
	}
	create_call_made(call, sent->id);
	aws_client_note_made(c, sent->id);
	sent->left_out = true;
	return aws_waiter_run(c, &instance_running, sent->id, err) ? -1 : 0;
}

/* What an interrupted create made, for a destroy: the instances carrying
 * its token tag (ec2_find_made). */
static int instance_find_made(void *client, const char *token, json_t **ids,
			      struct strbuf *err)
{
	return ec2_find_made(client, "DescribeInstances", "reservationSet/item/instancesSet",
			     "instanceId", token, ids, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): RunInstances
 * carries the service's own idempotency token, so a resend answers with
 * what the first attempt made. The update's read takes `prior` for the
 * host keys alone (exception (a)), which converge keeps.
 */
static const struct aws_native_ops instance_native = {
	.send_create = instance_send,
	.adopt = { .by = AWS_ADOPT_BY_SERVICE_TOKEN, .noun = "instance",
		   .object = "aws.ec2.instance: instance %s" },
	.converge = instance_converge,
	.read = instance_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = "aws.ec2.instance %s: not found after it was written",
	.gone = "aws.ec2.instance %s: not found after it was written",
};

AWS_NATIVE_FUNCTIONS(instance, instance_native)

static int instance_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	(void)prior;
	if (ec2_delete(client, "TerminateInstances", "InstanceId.1", id, not_found, err))
		return -1;
	/* Its network interface leaves the subnet and groups once terminated. */
	return aws_waiter_run(client, &instance_terminated, id, err);
}


/* Groups as a set; user_data_hash from the text plan knows. */
static int instance_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *groups = value_string_set(value_get(desired, "vpc_security_group_ids"));
	const json_t *data = value_get(desired, "user_data");

	(void)prior;
	(void)err;
	if (groups)
		json_object_set_new(desired, "vpc_security_group_ids", groups);
	if (json_is_string(data)) {
		char hex[65];
		const char *text = json_string_value(data);

		if (*text) {
			sha256_hex(text, strlen(text), hex);
			json_object_set_new(desired, "user_data_hash", json_string(hex));
		}
	}
	return 0;
}

static bool is_gone_instance(xmlNodePtr entry)
{
	char *state = xml_child_text(entry, "instanceState/name");
	bool gone = is_gone_state(state);

	free(state);
	return gone;
}

static int instance_list(void *client, const struct resource_query *q,
			 struct resource_items *out, struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeInstances", "reservationSet/item/instancesSet/item",
			"instanceId", is_gone_instance, out, err);
}

const struct resource_type aws_ec2_instance_type = {
	.name = "aws.ec2.instance",
	.description = "an EC2 instance in a subnet (a bastion, a host for Airflow)",
	.attrs = instance_attrs,
	.terraform_type = "aws_instance",
	.terraform_attrs = "ami instance_type subnet_id vpc_security_group_ids key_name "
			   "iam_instance_profile user_data_hash=user_data "
			   "associate_public_ip_address tags instance_id=id arn private_ip "
			   "public_ip private_dns public_dns availability_zone "
			   "state=instance_state",
	.read = instance_read,
	.create = instance_create,
	.find_made = instance_find_made,
	.update = instance_update,
	.native = &instance_native,
	.delete = instance_delete,
	.plan_desired = instance_plan_desired,
	.import_id = "its id (i-...)",
	.list = instance_list,
	.list_rank = 11,
};
