/*
 * convert_tf_folds.c: the resources Terraform splits off an object that
 * terrace's type holds whole (tf_folds[]: S3's versioning, encryption,
 * public access block, lifecycle, policy and ACL; a role's inline policies
 * and attachments, a group's attachments; a topic's data protection
 * policy (its owner then the awscc twin); a secret's value; a queue's and a key's policy; a
 * queue's redrive policies; an EventBridge rule's targets), folded into
 * the owner's resource (tf_find_owners, tf_fold_decls). A split resource
 * with count or for_each is folded per instance, into an owner of at most
 * one instance, or, named by its name and depends_on (a module's event
 * targets), into each owner instance of that name; one whose owner is
 * picked by a condition (a module's directory bucket or bucket) into the
 * owner whose count holds that condition; its dynamic blocks as for
 * expressions (fold_blocks). Which types convert as what is
 * convert_tf_types.c's.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

/* ---- folds -------------------------------------------------------------------- */

static char *expression_of(const json_t *v);

/* count and for_each of a split resource: its instances, which
 * fold_instances() folds each; by, and the depends_on naming an owner by
 * name (owner_by_name): its owner */
static bool fold_meta(const struct decl *dc, const struct hcl_item *it)
{
	return !it->is_block && (!strcmp(it->name, dc->fold->by) || !strcmp(it->name, "count") ||
				 !strcmp(it->name, "for_each") ||
				 (dc->owner_by_name && !strcmp(it->name, "depends_on")));
}

static void fold_left_out(struct conv *c, const struct decl *dc, const struct hcl_item *it)
{
	tf_left_out(c, &it->pos, "%s of %s left out: terrace's type of its owner has no "
		    "counterpart", it->name, dc->tf_type);
}

/* "Enabled" as true, another text as false, an expression as the
 * comparison. */
static json_t *enabled(struct conv *c, const struct hcl_item *status)
{
	json_t *v = tf_attr_value(c, status, NULL);
	if (json_is_string(v) && !strstr(json_string_value(v), "${")) {
		bool on = !strcmp(json_string_value(v), "Enabled");
		json_decref(v);
		return json_boolean(on);
	}
	json_decref(v);
	char *t = tf_attr_text(c, status);
	json_t *r = t ? json_sprintf("${%s == \"Enabled\"}", t) : NULL;
	free(t);
	return r;
}

/* Each attribute of body named in pairs (Terraform's, terrace's; "" when
 * the caller reads it) set on to; a block named in blocks is left to the
 * caller; anything else is left out, by (the owner's reference) aside. */
static void fold_attrs(struct conv *c, const struct decl *dc, const struct hcl_body *b,
		       const char *const *pairs, const char *const *blocks, json_t *to)
{
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *it = &b->items[i];
		if (b == dc->item->body && fold_meta(dc, it))
			continue;
		const char *as = NULL;
		for (size_t k = 0; pairs[k]; k += 2)
			if (!it->is_block && !strcmp(pairs[k], it->name))
				as = pairs[k + 1];
		bool block = false;
		bool dyn = it->is_block && !strcmp(it->name, "dynamic") && it->n_labels == 1;
		for (size_t k = 0; blocks && blocks[k]; k++)
			block = block || (it->is_block && !strcmp(blocks[k],
								   dyn ? it->labels[0] : it->name));
		if (block)
			continue;
		if (!as) {
			fold_left_out(c, dc, it);
			continue;
		}
		if (!*as)
			continue;
		json_t *v = tf_attr_value(c, it, NULL);
		if (v)
			json_object_set_new(to, as, v);
	}
}

static const struct hcl_item *block_of(const struct hcl_body *b, const char *name)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->items[i].is_block && !strcmp(b->items[i].name, name))
			return &b->items[i];
	return NULL;
}

static void fold_versioning(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const none[] = { NULL };
	static const char *const blocks[] = { "versioning_configuration", NULL };
	fold_attrs(c, dc, dc->item->body, none, blocks, owner);
	const struct hcl_item *vc = block_of(dc->item->body, "versioning_configuration");
	for (size_t i = 0; i < dc->item->body->n; i++)
		if (dc->item->body->items[i].is_block &&
		    !strcmp(dc->item->body->items[i].name, "dynamic"))
			fold_left_out(c, dc, &dc->item->body->items[i]); /* written ones only */
	const struct hcl_item *status = vc ? hcl_attr(vc->body, "status") : NULL;
	json_t *on = status ? enabled(c, status) : NULL;
	if (on)
		json_object_set_new(owner, "versioning", on);
	for (size_t i = 0; vc && i < vc->body->n; i++)
		if (strcmp(vc->body->items[i].name, "status"))
			fold_left_out(c, dc, &vc->body->items[i]);
}

/* The blocks named name in b, each as fill makes it of its body: a list of
 * the written ones, and a dynamic one a for expression over its for_each,
 * its iterator bound (an outer dynamic block's too), concatenated ("${...}");
 * NULL when there is none. */
static json_t *fold_blocks(struct conv *c, const struct decl *dc, const struct hcl_body *b,
			   const char *name,
			   json_t *(*fill)(struct conv *, const struct decl *,
					   const struct hcl_body *))
{
	json_t *written = json_array();
	struct strbuf loops = STRBUF_INIT;
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *it = &b->items[i];
		if (it->is_block && !strcmp(it->name, name)) {
			json_array_append_new(written, fill(c, dc, it->body));
			continue;
		}
		if (!it->is_block || strcmp(it->name, "dynamic") || it->n_labels != 1 ||
		    strcmp(it->labels[0], name))
			continue;
		const struct hcl_item *fe = hcl_attr(it->body, "for_each");
		const struct hcl_item *iter = hcl_attr(it->body, "iterator");
		const struct hcl_item *content = block_of(it->body, "content");
		char *fe_text = fe ? tf_attr_text(c, fe) : NULL;
		if (!fe_text || !content) {
			tf_left_out(c, &it->pos, "dynamic \"%s\" left out: %s", name,
				    "it has no readable for_each or no content block");
			free(fe_text);
			continue;
		}
		const char *outer = c->iterator;
		c->iterator = iter && iter->expr && iter->expr->kind == EXPR_REF && !iter->expr->ref.path
			      ? iter->expr->ref.root : name;
		struct diags *d = c->d, quiet = DIAGS_INIT;
		c->d = &quiet;
		json_t *one = fill(c, dc, content->body);
		c->d = d;
		bool bind = outer && strcmp(outer, c->iterator);
		tf_outer_warnings(c, &quiet, bind ? outer : NULL);
		struct strbuf each = STRBUF_INIT;
		tf_add_expression(&each, one);
		json_decref(one);
		if (bind)
			tf_bind_iterator(outer, &each);
		strbuf_addf(&loops, ", [for %s_key, %s_value in %s : %s]", c->iterator, c->iterator,
			    fe_text, each.buf);
		c->iterator = outer;
		strbuf_release(&each);
		free(fe_text);
	}
	json_t *v = written;
	if (loops.len) {
		char *w = expression_of(written);
		v = json_sprintf("${concat(%s%s)}", w, loops.buf);
		free(w);
		json_decref(written);
	} else if (!json_array_size(written)) {
		json_decref(written);
		v = NULL;
	}
	strbuf_release(&loops);
	return v;
}

/* The first of blocks (fold_blocks), merged into into (an object); into
 * as it is when there is none: an object, or an expression of one. */
static json_t *merge_first(json_t *into, json_t *blocks)
{
	if (json_is_array(blocks)) {
		json_object_update(into, json_array_get(blocks, 0));
		json_decref(blocks);
		return into;
	}
	if (!blocks)
		return into;
	const char *s = json_string_value(blocks);
	char *mine = expression_of(into);
	json_t *v = json_sprintf("${merge(%s, try(%.*s[0], {}))}", mine, (int)strlen(s) - 3, s + 2);
	free(mine);
	json_decref(into);
	json_decref(blocks);
	return v;
}

static json_t *encryption_by_default(struct conv *c, const struct decl *dc,
				     const struct hcl_body *b)
{
	static const char *const pairs[] = { "sse_algorithm", "sse_algorithm", "kms_master_key_id",
					     "kms_key_id", NULL };
	json_t *enc = json_object();
	fold_attrs(c, dc, b, pairs, NULL, enc);
	return enc;
}

static json_t *encryption_rule(struct conv *c, const struct decl *dc, const struct hcl_body *b)
{
	static const char *const none[] = { NULL };
	static const char *const rule_blocks[] = { "apply_server_side_encryption_by_default", NULL };
	json_t *enc = json_object();
	fold_attrs(c, dc, b, none, rule_blocks, enc);
	return merge_first(enc, fold_blocks(c, dc, b, "apply_server_side_encryption_by_default",
					    encryption_by_default));
}

/* rule { apply_server_side_encryption_by_default { ... } }, written or
 * dynamic (terraform-aws-s3-bucket's): the first rule's default. */
static void fold_encryption(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const none[] = { NULL };
	static const char *const blocks[] = { "rule", NULL };
	fold_attrs(c, dc, dc->item->body, none, blocks, owner);
	json_t *rules = fold_blocks(c, dc, dc->item->body, "rule", encryption_rule);
	const char *s = json_string_value(rules);
	if (json_is_array(rules))
		json_object_set(owner, "encryption", json_array_get(rules, 0));
	else if (s)
		json_object_set_new(owner, "encryption", json_sprintf("${try(%.*s[0], null)}",
								      (int)strlen(s) - 3, s + 2));
	else
		json_object_set_new(owner, "encryption", json_object());
	json_decref(rules);
}

static void fold_public_access(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = {
		"block_public_acls", "block_public_acls", "ignore_public_acls", "ignore_public_acls",
		"block_public_policy", "block_public_policy", "restrict_public_buckets",
		"restrict_public_buckets", NULL };
	json_t *pab = json_object();
	fold_attrs(c, dc, dc->item->body, pairs, NULL, pab);
	json_object_set_new(owner, "public_access_block", pab);
}

static void fold_lifecycle(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const none[] = { NULL };
	static const char *const rules[] = { "rule", NULL };
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		if (it->is_block && !strcmp(it->name, "dynamic") && it->n_labels == 1 &&
		    !strcmp(it->labels[0], "rule")) {
			/* what each rule holds is known at plan only: a rule whose
			 * filter (tags, object sizes) were dropped would expire more */
			tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type,
				    "its rules are a dynamic block, and a rule's filter by tags or "
				    "object size, multipart upload abort and noncurrent version "
				    "transitions have no counterpart in terrace's aws.s3.bucket "
				    "lifecycle_rules (a rule without its filter would expire more "
				    "objects): write the rules on the bucket");
			return;
		}
	}
	fold_attrs(c, dc, dc->item->body, none, rules, owner);
	json_t *list = json_array();
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *r = &dc->item->body->items[i];
		if (!r->is_block || strcmp(r->name, "rule"))
			continue;
		json_t *rule = json_object();
		static const char *const pairs[] = { "status", "", "id", "id", "prefix", "prefix",
						     NULL };
		static const char *const blocks[] = { "filter", "expiration",
						      "noncurrent_version_expiration", "transition",
						      NULL };
		fold_attrs(c, dc, r->body, pairs, blocks, rule);
		const struct hcl_item *status = hcl_attr(r->body, "status");
		json_t *on = status ? enabled(c, status) : NULL;
		if (on)
			json_object_set_new(rule, "enabled", on);
		const struct hcl_item *f = block_of(r->body, "filter");
		static const char *const filter[] = { "prefix", "prefix", NULL };
		if (f)
			fold_attrs(c, dc, f->body, filter, NULL, rule);
		const struct hcl_item *e = block_of(r->body, "expiration");
		static const char *const exp[] = { "days", "expiration_days", NULL };
		if (e)
			fold_attrs(c, dc, e->body, exp, NULL, rule);
		const struct hcl_item *n = block_of(r->body, "noncurrent_version_expiration");
		static const char *const nexp[] = { "noncurrent_days",
						    "noncurrent_version_expiration_days", NULL };
		if (n)
			fold_attrs(c, dc, n->body, nexp, NULL, rule);
		json_t *transitions = json_array();
		for (size_t k = 0; k < r->body->n; k++) {
			const struct hcl_item *t = &r->body->items[k];
			if (!t->is_block || strcmp(t->name, "transition"))
				continue;
			json_t *one = json_object();
			static const char *const tr[] = { "days", "days", "storage_class",
							  "storage_class", NULL };
			fold_attrs(c, dc, t->body, tr, NULL, one);
			json_array_append_new(transitions, one);
		}
		if (json_array_size(transitions))
			json_object_set_new(rule, "transitions", transitions);
		else
			json_decref(transitions);
		json_array_append_new(list, rule);
	}
	json_object_set_new(owner, "lifecycle_rules", list);
}

/* policy = data.aws_iam_policy_document.x.json: the document itself,
 * written again (tf_document_again); NULL when p is not such a reference. */
static json_t *document_inline(struct conv *c, const struct hcl_item *p)
{
	const struct expr_node *n = p->expr;
	if (!n || n->kind != EXPR_REF || !n->ref.path ||
	    strcmp(n->ref.root, "data.aws_iam_policy_document"))
		return NULL;
	size_t len = tf_first_step(n->ref.path);
	char *name = xstrndup(n->ref.path, len);
	const struct decl *doc = tf_find_decl(c, D_DATA, "aws_iam_policy_document", name);
	free(name);
	bool encoded;
	return doc ? tf_document_again(c, doc, n->ref.path + len, &encoded) : NULL;
}

/* policy = ...: the owner's policy document (jsonencode(X) is X). */
static void fold_policy(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = { "policy", "", NULL };
	fold_attrs(c, dc, dc->item->body, pairs, NULL, owner);
	const struct hcl_item *p = hcl_attr(dc->item->body, "policy");
	const struct attr_schema *a = schema_find(dc->owner->rt->attrs, "policy");
	json_t *v = p ? document_inline(c, p) : NULL;
	if (p && !v)
		v = tf_attr_value(c, p, a);
	if (v)
		json_object_set_new(owner, "policy", v);
}

static void fold_acl(struct conv *c, const struct decl *dc, json_t *owner)
{
	(void)owner;
	const struct hcl_item *acl = hcl_attr(dc->item->body, "acl");
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		if (fold_meta(dc, it))
			continue;
		if (it == acl && it->expr && it->expr->kind == EXPR_LITERAL &&
		    json_is_string(it->expr->literal) &&
		    !strcmp(json_string_value(it->expr->literal), "private"))
			continue; /* what terrace's buckets are: S3's default, ACLs disabled */
		tf_left_out(c, &it->pos, "%s of %s left out: terrace's buckets keep S3's default "
			    "(ACLs disabled, the bucket owner's): grant access in the bucket's policy",
			    it->name, dc->tf_type);
	}
}

/* aws_iam_role_policy: one of the role's inline policies, by its name. */
static void fold_role_policy(struct conv *c, const struct decl *dc, json_t *owner)
{
	const struct hcl_item *name = hcl_attr(dc->item->body, "name");
	const struct hcl_item *prefix = hcl_attr(dc->item->body, "name_prefix");
	const struct hcl_item *policy = hcl_attr(dc->item->body, "policy");
	/* its name, as text or a template ("${local.policy_name}-logs"); with
	 * name_prefix (a module's use_name_prefix: one of the two null), the
	 * name where it is not null, else the prefix and a suffix stable per
	 * stack, workspace, module instance and policy */
	json_t *kv = name ? tf_attr_value(c, name, NULL) : NULL;
	char *n_text = name && prefix ? tf_attr_text(c, name) : NULL;
	char *p_text = prefix ? tf_attr_text(c, prefix) : NULL;
	/* as a local the policy names (the fold may write the name inside a
	 * for expression's text, where a quoted string cannot go), unless it
	 * reads the instance (count.index, each) */
	if (p_text && !strstr(p_text, "count.") && !strstr(p_text, "each.") &&
	    (!n_text || (!strstr(n_text, "count.") && !strstr(n_text, "each.")))) {
		char *prefixed = xasprintf("${%s}${substr(sha1(\"${terrace.stack}/${terrace."
					   "workspace}/%s${terrace.module}\"), 0, 8)}", p_text, dc->name);
		char *local = xasprintf("%s_name", dc->name);
		json_object_set_new(tf_section(c, "locals"), local,
				    n_text ? json_sprintf("${(%s) != null ? (%s) : \"%s\"}", n_text,
							  n_text, prefixed)
					   : json_string(prefixed));
		json_decref(kv);
		kv = json_sprintf("${local.%s}", local);
		free(local);
		free(prefixed);
	}
	free(n_text);
	free(p_text);
	const char *key = json_string_value(kv);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		if (it != name && it != prefix && it != policy && !fold_meta(dc, it))
			fold_left_out(c, dc, it);
	}
	if (!key || !policy) {
		tf_left_out(c, &dc->item->pos, "%s left out: %s", dc->tf_type,
			    "an inline policy is kept by its name, with its policy");
		json_decref(kv);
		return;
	}
	bool twin = dc->owner->twin;
	const struct attr_schema *a = twin ? NULL
				      : schema_find(dc->owner->rt->attrs, "inline_policies");
	json_t *doc = tf_attr_value(c, policy, a);
	if (!doc) {
		json_decref(kv);
		return;
	}
	if (twin) {
		json_t *list = json_object_get(owner, "policies");
		if (!list)
			json_object_set_new(owner, "policies", list = json_array());
		json_array_append_new(list, json_pack("{s:s,s:o}", "policy_name", key,
						       "policy_document", doc));
		json_decref(kv);
		return;
	}
	json_t *map = json_object_get(owner, "inline_policies");
	const char *expr = json_string_value(map); /* the role's inline_policy blocks */
	char *doc_text = expr ? tf_attr_text(c, policy) : NULL;
	if (doc_text) {
		/* merged after them, its name and policy as expressions */
		char *k = expr_is_one_expression(key) ? xasprintf("%.*s", (int)strlen(key) - 3, key + 2)
			  : json_dumps(kv, JSON_ENCODE_ANY);
		json_object_set_new(owner, "inline_policies",
				    json_sprintf("${merge(%.*s, {(%s) = %s})}", (int)strlen(expr) - 3,
						 expr + 2, k, doc_text));
		free(k);
		free(doc_text);
		json_decref(doc);
		json_decref(kv);
		return;
	}
	if (!map)
		json_object_set_new(owner, "inline_policies", map = json_object());
	json_object_set_new(map, key, doc);
	json_decref(kv);
}

/* Append attribute attr of the fold's body to the owner's list key. */
static void fold_append(struct conv *c, const struct decl *dc, json_t *owner, const char *attr,
			const char *key)
{
	const struct hcl_item *it = hcl_attr(dc->item->body, attr);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *o = &dc->item->body->items[i];
		if (o != it && !fold_meta(dc, o))
			fold_left_out(c, dc, o);
	}
	json_t *list = json_object_get(owner, key);
	if (!list)
		json_object_set_new(owner, key, list = json_array());
	json_t *v = it ? tf_attr_value(c, it, NULL) : NULL;
	if (v && json_is_array(list))
		json_array_append_new(list, v);
	else if (v) {
		json_decref(v);
		tf_left_out(c, &dc->item->pos, "%s left out: %s", dc->tf_type,
			    "its owner's list is an expression, not a list to add to");
	}
}

static void fold_attachment(struct conv *c, const struct decl *dc, json_t *owner)
{
	fold_append(c, dc, owner, "policy_arn", "managed_policy_arns");
}

static void fold_group_attachment(struct conv *c, const struct decl *dc, json_t *owner)
{
	fold_append(c, dc, owner, "policy_arn", "policy_arns");
}

/* aws_sns_topic_data_protection_policy: the topic's DataProtectionPolicy,
 * which AWS::SNS::Topic holds (its owner is written as that twin:
 * tf_find_owners). */
static void fold_data_protection(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = { "policy", "data_protection_policy", "arn", "",
					     NULL };
	fold_attrs(c, dc, dc->item->body, pairs, NULL, owner);
}

static void fold_secret_version(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = { "secret_string", "value", NULL };
	fold_attrs(c, dc, dc->item->body, pairs, NULL, owner);
}

/* aws_cloudwatch_event_target: one of the rule's targets. Its id where
 * target_id is unset or null as hashicorp/aws makes it, "terraform-" and
 * a suffix, here one that stays the same for the stack, workspace and
 * instance (Terraform's is a timestamp it keeps in state). */
static void fold_event_target(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = { "target_id", "id", "arn", "arn", "role_arn", "role_arn",
					     "input", "input", "event_bus_name", "event_bus_name",
					     NULL };
	json_t *t = json_object();
	fold_attrs(c, dc, dc->item->body, pairs, NULL, t);
	json_object_del(t, "event_bus_name"); /* the rule's own */
	json_t *generated = json_sprintf("terraform-${substr(sha1(\"${terrace.stack}/${terrace."
					 "workspace}/%s${terrace.module}%s\"), 0, 8)}", dc->name,
					 c->each_bound ? "[${each_key}]"
					 : c->count_bound ? "[${count_index}]" : "");
	const json_t *id = json_object_get(t, "id");
	if (!id) {
		json_object_set(t, "id", generated);
	} else if (!json_is_string(id) || strstr(json_string_value(id), "${")) {
		char *given = expression_of(id), *made = expression_of(generated);
		json_object_set_new(t, "id", json_sprintf("${%s != null ? %s : %s}", given, given,
							  made));
		free(given);
		free(made);
	}
	json_decref(generated);
	json_t *list = json_object_get(owner, "targets");
	if (!list)
		json_object_set_new(owner, "targets", list = json_array());
	json_array_append_new(list, t);
}

/* aws_sqs_queue_redrive_policy, aws_sqs_queue_redrive_allow_policy: the
 * queue's attribute of the same name (jsonencode(X) is X); left out,
 * warned, where terrace's type of the queue has no such attribute. */
static void fold_queue_attr(struct conv *c, const struct decl *dc, json_t *owner,
			    const char *attr)
{
	const char *pairs[] = { attr, "", NULL };
	fold_attrs(c, dc, dc->item->body, pairs, NULL, owner);
	const struct hcl_item *it = hcl_attr(dc->item->body, attr);
	const struct attr_schema *a = schema_find(dc->owner->rt->attrs, attr);
	if (it && !a) {
		char *why = xasprintf("terrace's %s has no %s (awscc.sqs.queue has: write the queue "
				      "as awscc_sqs_queue to keep it)", dc->owner->rt->name, attr);
		tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type, why);
		free(why);
		return;
	}
	json_t *v = it ? tf_attr_value(c, it, a) : NULL;
	if (v)
		json_object_set_new(owner, attr, v);
}

static void fold_redrive(struct conv *c, const struct decl *dc, json_t *owner)
{
	fold_queue_attr(c, dc, owner, "redrive_policy");
}

static void fold_redrive_allow(struct conv *c, const struct decl *dc, json_t *owner)
{
	fold_queue_attr(c, dc, owner, "redrive_allow_policy");
}

const struct tf_fold tf_folds[] = {
	{ "aws_cloudwatch_event_target", "aws_cloudwatch_event_rule", "rule", fold_event_target },
	{ "aws_iam_group_policy_attachment", "aws_iam_group", "group", fold_group_attachment },
	{ "aws_iam_role_policy", "aws_iam_role", "role", fold_role_policy },
	{ "aws_iam_role_policy_attachment", "aws_iam_role", "role", fold_attachment },
	{ "aws_kms_key_policy", "aws_kms_key", "key_id", fold_policy },
	{ "aws_s3_bucket_acl", "aws_s3_bucket", "bucket", fold_acl },
	{ "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket", "bucket", fold_lifecycle },
	{ "aws_s3_bucket_policy", "aws_s3_bucket", "bucket", fold_policy },
	{ "aws_s3_bucket_public_access_block", "aws_s3_bucket", "bucket", fold_public_access },
	{ "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket", "bucket",
	  fold_encryption },
	{ "aws_s3_bucket_versioning", "aws_s3_bucket", "bucket", fold_versioning },
	{ "aws_secretsmanager_secret_version", "aws_secretsmanager_secret", "secret_id",
	  fold_secret_version, "value" },
	{ "aws_sns_topic_data_protection_policy", "aws_sns_topic", "arn", fold_data_protection,
	  "data_protection_policy" },
	{ "aws_sns_topic_policy", "aws_sns_topic", "arn", fold_policy },
	{ "aws_sqs_queue_policy", "aws_sqs_queue", "queue_url", fold_policy },
	/* the redrive policy first: of it and an allow policy naming its queue
	 * (a circle together), it is the one folded (tf_find_owners) */
	{ "aws_sqs_queue_redrive_policy", "aws_sqs_queue", "queue_url", fold_redrive },
	{ "aws_sqs_queue_redrive_allow_policy", "aws_sqs_queue", "queue_url", fold_redrive_allow },
};
const size_t n_tf_folds = sizeof(tf_folds) / sizeof(tf_folds[0]);

const struct tf_fold *tf_fold_find(const char *tf)
{
	for (size_t i = 0; i < n_tf_folds; i++)
		if (!strcmp(tf_folds[i].tf, tf))
			return &tf_folds[i];
	return NULL;
}

/* ---- owners ---- */

/* A split resource's owner: the carried resource its `by` attribute
 * names (aws_s3_bucket_versioning's bucket = aws_s3_bucket.logs.id). */
/* Whether body's text names decl x ("aws_lambda_function.fn", a data
 * source's with "data."), at any depth. */
static bool mentions(const struct hcl_body *body, const struct decl *x)
{
	char *name = xasprintf("%s%s.%s", x->kind == D_DATA ? "data." : "", x->tf_type,
			       x->tf_name);
	size_t len = strlen(name);
	bool found = false;
	for (size_t i = 0; i < body->n && !found; i++) {
		const struct hcl_item *it = &body->items[i];
		if (it->is_block) {
			found = mentions(it->body, x);
			continue;
		}
		for (const char *p = it->text; p && !found && (p = strstr(p, name)); p += len)
			found = (p == it->text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_' ||
						   p[-1] == '.')) &&
				!(isalnum((unsigned char)p[len]) || p[len] == '_' || p[len] == '-');
	}
	free(name);
	return found;
}

/* Whether decl x names owner once folded: its own body, or that of a split
 * resource already folded into it (the queue whose split redrive policy
 * names a dead-letter queue). */
static bool names_once_folded(struct conv *c, const struct decl *x, const struct decl *owner)
{
	if (mentions(x->item->body, owner))
		return true;
	for (size_t i = 0; i < c->n_decls; i++)
		if (c->decls[i].owner == x && mentions(c->decls[i].item->body, owner))
			return true;
	return false;
}

/* Whether fold dc writes the queues' ARNs it names built of their names
 * (struct conv's queue_arns_by_name): a dead-letter queue's redrive allow
 * policy, which names its source queues, whose redrive policies name it. */
static bool queues_by_name(const struct decl *dc)
{
	return dc->fold && dc->fold->fold == fold_redrive_allow;
}

/* A queue whose ARN can be built of its name (tf_self_reference): one
 * Terraform gives a name or a name_prefix (converted to a name). */
static bool named_queue(const struct decl *x)
{
	return x->tf_type && !strcmp(x->tf_type, "aws_sqs_queue") &&
	       (hcl_attr(x->item->body, "name") || hcl_attr(x->item->body, "name_prefix"));
}

/* Whether x is a split resource folded into owner too (a lifecycle
 * configuration's depends_on = [aws_s3_bucket_versioning.this]): both end
 * on the owner, no edge between them. */
static bool sibling_fold(const struct decl *x, const struct decl *owner)
{
	if (!x->fold || strcmp(x->fold->owner_tf, owner->tf_type))
		return false;
	const struct hcl_item *by = hcl_attr(x->item->body, x->fold->by);
	struct hcl_body just_by = { (struct hcl_item *)by, by ? 1 : 0, 0 };
	return by && mentions(&just_by, owner);
}

/* Whether folding dc into owner makes the owner depend on itself: what dc
 * names (through what that names, and so on) names the owner (a role's
 * inline policy naming a function whose role it is; a dead-letter queue's
 * allow policy naming the queue whose split redrive policy names it). */
static bool fold_cycle(struct conv *c, const struct decl *dc, const struct decl *owner,
		       bool indexed)
{
	bool *reached = xcalloc(c->n_decls, sizeof(*reached));
	/* the documents written again in the fold: those it names, and those
	 * they name in turn (tf_document_again) */
	bool *again = xcalloc(c->n_decls, sizeof(*again));
	bool cycle = false, grew = true;
	/* the owners whose ARN refs.c's tf_self_reference builds of their name
	 * (a topic's or a key's it cannot: written again, the document would
	 * name the owner) */
	bool self_arn = !strcmp(owner->tf_type, "aws_s3_bucket") ||
			!strcmp(owner->tf_type, "aws_sqs_queue");
	/* a dead-letter queue's allow policy names its source queues by an
	 * ARN built of their names (queue_arns_by_name): no edge to them */
	bool arns_by_name = queues_by_name(dc);
	if (indexed) {
		/* the owner named through [0] anywhere but in by: refs.c writes
		 * an owner's own values for a reference without an index only */
		struct hcl_body rest = { 0 };
		rest.items = xcalloc(dc->item->body->n + 1, sizeof(*rest.items));
		for (size_t i = 0; i < dc->item->body->n; i++)
			if (strcmp(dc->item->body->items[i].name, dc->fold->by))
				rest.items[rest.n++] = dc->item->body->items[i];
		cycle = mentions(&rest, owner);
		free(rest.items);
	}
	while (grew && !cycle) {
		grew = false;
		for (size_t i = 0; i < c->n_decls && !cycle; i++) {
			const struct decl *x = &c->decls[i];
			if (reached[i] || x == owner || x == dc || x->kind == D_MODULE ||
			    (arns_by_name && named_queue(x)) || sibling_fold(x, owner) ||
			    (x->kind == D_RESOURCE && !x->rt && !x->fold))
				continue;
			bool named = mentions(dc->item->body, x);
			for (size_t k = 0; k < c->n_decls && !named; k++)
				named = reached[k] && mentions(c->decls[k].item->body, x);
			if (named) {
				/* a document the fold names is written again in it, its
				 * references to the owner the owner's own values */
				reached[i] = grew = true;
				const struct hcl_item *xc = hcl_attr(x->item->body, "count");
				bool named_again = mentions(dc->item->body, x);
				for (size_t k = 0; k < c->n_decls && !named_again; k++)
					named_again = again[k] && mentions(c->decls[k].item->body, x);
				again[i] = x->policy_document && self_arn && (!xc || tf_at_most_one(xc)) &&
					   !hcl_attr(x->item->body, "for_each") && named_again;
				cycle = names_once_folded(c, x, owner) && !again[i];
			}
		}
	}
	free(reached);
	free(again);
	return cycle;
}


/* Whether a and b are the same expression (by their trees). */
static bool same_expr(const struct expr_node *a, const struct expr_node *b)
{
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind)
		return false;
	if (a->kind == EXPR_LITERAL)
		return json_equal(a->literal, b->literal);
	if (a->kind == EXPR_REF)
		return !strcmp(a->ref.root, b->ref.root) &&
		       (a->ref.path && b->ref.path ? !strcmp(a->ref.path, b->ref.path)
			: a->ref.path == b->ref.path);
	if (strcmp(a->op, b->op) || a->func != b->func || a->n_args != b->n_args ||
	    (a->name || b->name ? !a->name || !b->name || strcmp(a->name, b->name) : false))
		return false;
	for (size_t i = 0; i < a->n_args; i++)
		if (!same_expr(a->args[i], b->args[i]))
			return false;
	return true;
}

/* Whether want (negated: !want) is one of g's operands of &&. */
static bool has_operand(const struct expr_node *g, const struct expr_node *want, bool negated)
{
	if (g->kind == EXPR_OP && !strcmp(g->op, "&&") && g->n_args == 2)
		return has_operand(g->args[0], want, negated) || has_operand(g->args[1], want, negated);
	if (negated)
		return g->kind == EXPR_OP && !strcmp(g->op, "!") && g->n_args == 1 &&
		       same_expr(g->args[0], want);
	return same_expr(g, want);
}

/* Whether count is G ? 1 : 0 with want (negated: !want) among G's operands
 * of &&: the resource has an instance only where want holds. */
static bool guarded_by(const struct hcl_item *count, const struct expr_node *want, bool negated)
{
	const struct expr_node *n = count ? count->expr : NULL;
	return n && n->kind == EXPR_OP && !strcmp(n->op, "?") && n->n_args == 3 &&
	       n->args[1]->kind == EXPR_LITERAL && json_integer_value(n->args[1]->literal) == 1 &&
	       n->args[2]->kind == EXPR_LITERAL && json_is_integer(n->args[2]->literal) &&
	       json_integer_value(n->args[2]->literal) == 0 && has_operand(n->args[0], want, negated);
}

static bool names_type(const struct expr_node *n, const char *tf)
{
	return n && n->kind == EXPR_REF && n->ref.path && !strcmp(n->ref.root, tf);
}

/* The reference by makes to an owner of the fold's type: by itself, or of
 * by = C ? A : B the one branch naming that type (terraform-aws-s3-bucket's
 * bucket = var.is_directory_bucket ? aws_s3_directory_bucket.this[0].bucket
 * : aws_s3_bucket.this[0].id), *guard then C (*negated: the owner's is B);
 * by = local.NAME as that local's expression (terraform-aws-iam's group =
 * local.group_name, var.create_group ? aws_iam_group.this[0].id :
 * var.name); *other the branch not naming the owner. */
static const struct expr_node *owner_ref(struct conv *c, const struct decl *dc,
					 const struct hcl_item *by,
					 const struct expr_node **guard, bool *negated,
					 const struct expr_node **other)
{
	const struct expr_node *n = by ? by->expr : NULL;
	if (n && n->kind == EXPR_REF && !strcmp(n->ref.root, "local") && n->ref.path &&
	    !strchr(n->ref.path, '.') && !strchr(n->ref.path, '['))
		for (size_t i = 0; i < c->n_locals; i++)
			if (!strcmp(c->locals[i]->name, n->ref.path)) {
				n = c->locals[i]->expr;
				break;
			}
	*guard = NULL;
	*negated = false;
	if (n && n->kind == EXPR_OP && !strcmp(n->op, "?") && n->n_args == 3) {
		bool a = names_type(n->args[1], dc->fold->owner_tf);
		bool b = names_type(n->args[2], dc->fold->owner_tf);
		if (a == b)
			return NULL;
		*guard = n->args[0];
		*negated = b;
		*other = a ? n->args[2] : n->args[1];
		n = a ? n->args[1] : n->args[2];
	}
	return names_type(n, dc->fold->owner_tf) ? n : NULL;
}

/* The owner a split resource of several instances names by its name, not
 * by a reference (terraform-aws-eventbridge's targets: rule =
 * each.value.Name, over a map of their own, with depends_on =
 * [aws_cloudwatch_event_rule.this]): the one carried resource of the
 * owner's type its depends_on lists, which has a name to match
 * (fold_instances folds each instance into the owner's of that name). */
static struct decl *owner_by_name(struct conv *c, const struct decl *dc)
{
	const struct hcl_item *dep = hcl_attr(dc->item->body, "depends_on");
	if (!dep || !(hcl_attr(dc->item->body, "count") || hcl_attr(dc->item->body, "for_each")))
		return NULL;
	struct hcl_body just_dep = { (struct hcl_item *)dep, 1, 0 };
	struct decl *found = NULL;
	for (size_t i = 0; i < c->n_decls; i++) {
		struct decl *x = &c->decls[i];
		if (x->kind != D_RESOURCE || !x->tf_type || strcmp(x->tf_type, dc->fold->owner_tf) ||
		    !mentions(&just_dep, x))
			continue;
		if (found)
			return NULL;
		found = x;
	}
	return found && found->rt && schema_find(found->rt->attrs, "name") ? found : NULL;
}

/* The owners, fold by fold in tf_folds[]'s order: of two folds that would
 * make a circle together, the first is folded (a queue's redrive policy,
 * before the dead-letter queue's allow policy naming that queue, which is
 * left out then). A fold whose by picks its owner by a condition folds
 * into it only where the owner's count holds that condition (count = ...
 * && !C ? 1 : 0 for the else branch): the owner then exists exactly where
 * Terraform's split resource names it. */
void tf_find_owners(struct conv *c)
{
	for (size_t f = 0; f < n_tf_folds * c->n_decls; f++) {
		struct decl *dc = &c->decls[f % c->n_decls];
		if (dc->fold != &tf_folds[f / c->n_decls])
			continue;
		const struct expr_node *guard, *other = NULL;
		bool negated;
		const struct expr_node *ref = owner_ref(c, dc, hcl_attr(dc->item->body, dc->fold->by),
							&guard, &negated, &other);
		if (!ref) {
			struct decl *owner = owner_by_name(c, dc);
			if (owner && !fold_cycle(c, dc, owner, false)) {
				dc->owner = owner;
				dc->owner_by_name = true;
			}
			continue;
		}
		size_t n = tf_first_step(ref->ref.path);
		char *name = xstrndup(ref->ref.path, n);
		struct decl *owner = tf_find_decl(c, D_RESOURCE, dc->fold->owner_tf, name);
		free(name);
		/* an owner of one instance, or of at most one named [0] (a
		 * module's count = var.create ? 1 : 0) */
		const struct hcl_item *oc = owner ? hcl_attr(owner->item->body, "count") : NULL;
		bool one = owner && !hcl_attr(owner->item->body, "for_each") &&
			   (!oc ? ref->ref.path[n] != '['
			    : tf_at_most_one(oc) && !strncmp(ref->ref.path + n, "[0]", 3));
		if (guard && !guarded_by(oc, guard, negated))
			continue;
		if (owner && owner->rt && one && !fold_cycle(c, dc, owner, oc != NULL))
			dc->owner = owner;
		/* what the fold gives that the owner's written type lacks and its
		 * awscc twin has (a topic's data protection policy): the owner is
		 * the twin */
		const struct resource_type *twin = dc->owner && dc->fold->gives &&
						   dc->owner->written && dc->owner->written->twin &&
						   !dc->owner->twin &&
						   !schema_find(dc->owner->rt->attrs, dc->fold->gives)
						   ? resource_type_find(dc->owner->written->twin, NULL)
						   : NULL;
		if (twin && schema_find(twin->attrs, dc->fold->gives)) {
			dc->owner->twin = true;
			dc->owner->rt = twin;
		}
		/* the other branch an owner made elsewhere (a name given as a
		 * variable: a module's create_group = false), which no resource of
		 * the stack holds: there, the split resource is not made */
		if (dc->owner && other && !(other->kind == EXPR_REF && other->ref.path &&
					    !strncmp(other->ref.root, "aws_", 4)))
			tf_left_out(c, &dc->item->pos, "resource \"%s\" left out where its owner is "
				    "not made here: %s", dc->tf_type, "folded into the owner the "
				    "configuration makes, it has no counterpart for one it is given "
				    "(make it on that owner's stack)");
	}
}

/* A value of JSON as an expression's text (tf_add_expression): a string
 * "${X}" of one expression is (X), an object an object constructor. */
static char *expression_of(const json_t *v)
{
	struct strbuf out = STRBUF_INIT;
	tf_add_expression(&out, v);
	return strbuf_detach(&out);
}

/* A split resource with count or for_each folded per instance: each
 * attribute it gives the owner as a for expression over its instances
 * (count.index, each.key and each.value bound): a list the owner's and
 * theirs concatenated, a map merged, anything else the first instance's
 * (the owner's own, or unset, when there is none). */
static void fold_instances(struct conv *c, const struct decl *dc, json_t *owner)
{
	const struct hcl_item *count = hcl_attr(dc->item->body, "count");
	const struct hcl_item *fe = hcl_attr(dc->item->body, "for_each");
	char *over = tf_attr_text(c, count ? count : fe);
	if (!over)
		return;
	bool set = fe && tf_for_each_is_set(c, fe);
	c->count_bound = count != NULL;
	c->each_bound = fe != NULL;
	c->each_is_key = set;
	json_t *theirs = json_object();
	dc->fold->fold(c, dc, theirs);
	/* an owner named by its name: the instances whose by is the owner's
	 * name (the owner's own instance's, where it has several) */
	char *by = dc->owner_by_name ? tf_attr_text(c, hcl_attr(dc->item->body, dc->fold->by))
		   : NULL;
	c->count_bound = c->each_bound = c->each_is_key = false;
	const json_t *owner_name = json_object_get(owner, "name");
	char *mine_name = owner_name ? expression_of(owner_name) : NULL;
	char *only = by && mine_name ? xasprintf(" if (%s) == %s", by, mine_name) : xstrdup("");
	free(mine_name);
	/* said, not counted as left out: Terraform's names a rule wherever it
	 * is, terrace's holds the targets of the rules it makes */
	if (*only)
		diag_warnf(c->d, &dc->item->pos, "resource \"%s\" folded into %s.%s by name: an "
			   "instance naming none of its instances (one made elsewhere) is not "
			   "carried", dc->tf_type, dc->owner->tf_type, dc->owner->tf_name);
	if (dc->owner_by_name && !*only) {
		tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type,
			    "it names its owner by a name the owner does not give");
		free(by);
		free(only);
		free(over);
		json_decref(theirs);
		return;
	}
	free(by);
	bool one = count && tf_at_most_one(count);
	const char *k;
	json_t *v;
	json_object_foreach(theirs, k, v) {
		const struct attr_schema *a = schema_find(dc->owner->rt->attrs, k);
		if (!one && !json_is_array(v) && !(a && a->type == ATTR_MAP)) {
			char *why = xasprintf("its instances (for_each, or a count of more than one) "
					      "would each set the owner's one %s: give it on the owner",
					      k);
			tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type,
				    why);
			free(why);
			free(only);
			free(over);
			json_decref(theirs);
			return;
		}
	}
	char *loop = count ? xasprintf("for count_index in range(%s)", over)
		     : set ? xasprintf("for each_key in %s", over)
		     : xasprintf("for each_key, each_value in %s", over);
	json_object_foreach(theirs, k, v) {
		const json_t *had = json_object_get(owner, k);
		const struct attr_schema *a = schema_find(dc->owner->rt->attrs, k);
		char *mine = had ? expression_of(had) : NULL;
		char *each = expression_of(v);
		json_t *w;
		if (json_is_array(v))
			w = json_sprintf("${concat(%s, flatten([%s : %s%s]))}", mine ? mine : "[]",
					 loop, each, only);
		else if (a && a->type == ATTR_MAP)
			w = json_sprintf("${merge(%s, [%s : %s%s]...)}", mine ? mine : "{}", loop,
					 each, only);
		else
			w = json_sprintf("${try([%s : %s%s][0], %s)}", loop, each, only,
					 mine ? mine : "null");
		json_object_set_new(owner, k, w);
		free(mine);
		free(each);
	}
	free(loop);
	free(only);
	free(over);
	json_decref(theirs);
}

/* A split resource whose owner the stack does not write (another
 * configuration's queue or role, named by a variable) as the written type
 * of its own that sets it on its owner: a queue's policy as
 * aws.sqs.queue_policy (queues), a role's inline policy as
 * aws.iam.inline_policy (roles), its count or for_each its own; false when
 * it has none, or when its owner is a resource the stack writes (which
 * holds every policy of its own, and would remove this one), unless the
 * owner leaves a policy it is not given alone (beside_owner: a topic's,
 * aws.sns.topic's policy unset being SNS's as it is; a topic policy that
 * cannot fold, its document naming what names the topic, as
 * terraform-aws-sns's `complete` names its queue, whose policy names the
 * topic). */
static const struct {
	const char *tf, *type, *list;
	const char *pairs[5];
	bool beside_owner;
} standalones[] = {
	{ "aws_sns_topic_policy", "aws.sns.topic_policy", "topics", { "policy", "policy", NULL },
	  true },
	{ "aws_sqs_queue_policy", "aws.sqs.queue_policy", "queues", { "policy", "policy", NULL },
	  false },
	{ "aws_iam_role_policy", "aws.iam.inline_policy", "roles",
	  { "name", "name", "policy", "policy", NULL }, false },
};

static bool standalone(struct conv *c, const struct decl *dc)
{
	size_t k = 0;
	while (k < sizeof(standalones) / sizeof(standalones[0]) && strcmp(standalones[k].tf,
									  dc->tf_type))
		k++;
	if (k == sizeof(standalones) / sizeof(standalones[0]))
		return false;
	const struct resource_type *rt = resource_type_find(standalones[k].type, NULL);
	if (!rt)
		return false;
	/* an owner the stack writes holds every policy of its own (a queue's
	 * policy, a role's inline_policies) and removes another's */
	const struct hcl_item *by = hcl_attr(dc->item->body, dc->fold->by);
	struct hcl_body just_by = { (struct hcl_item *)by, by ? 1 : 0, 0 };
	for (size_t i = 0; !standalones[k].beside_owner && i < c->n_decls; i++)
		if (c->decls[i].kind == D_RESOURCE && c->decls[i].rt &&
		    !strcmp(c->decls[i].tf_type, dc->fold->owner_tf) &&
		    mentions(&just_by, &c->decls[i]))
			return false;
	json_t *res = json_pack("{s:s}", "type", rt->name);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		const char *as = NULL;
		for (size_t p = 0; standalones[k].pairs[p]; p += 2)
			if (!it->is_block && !strcmp(it->name, standalones[k].pairs[p]))
				as = standalones[k].pairs[p + 1];
		json_t *v = NULL;
		if (!it->is_block && (!strcmp(it->name, "count") || !strcmp(it->name, "for_each"))) {
			as = it->name;
			v = tf_attr_value(c, it, NULL);
		} else if (!it->is_block && !strcmp(it->name, "depends_on")) {
			as = it->name;
			v = tf_depends_on(c, it);
		} else if (!it->is_block && !strcmp(it->name, dc->fold->by)) {
			as = standalones[k].list;
			json_t *one = tf_attr_value(c, it, NULL);
			v = one ? json_pack("[o]", one) : NULL;
		} else if (as) {
			v = tf_attr_value(c, it, schema_find(rt->attrs, as));
		} else {
			tf_left_out(c, &it->pos, "%s left out: %s", it->name,
				    "terrace's type has no such attribute");
		}
		if (v)
			json_object_set_new(res, as, v);
	}
	json_t *resources = tf_section(c, "resources");
	char *name = json_object_get(resources, dc->name)
		     ? xasprintf("%s_%s", dc->tf_type + 4, dc->tf_name) : xstrdup(dc->name);
	json_object_set_new(resources, name, res);
	free(name);
	return true;
}

/* Whether what a folded value names, through the locals and resources it
 * names, reaches the owner (target, the stack's name): the owner would
 * depend on itself (a bucket policy of local.policy, a local fold_cycle
 * does not read, whose documents name the bucket's ARN). */
struct reach {
	struct conv *c;
	const char *target;
	json_t *seen;
	bool found;
};

static void reach_walk(struct reach *r, const json_t *v);

static int reach_ref(void *ctx, const struct expr_ref *ref, struct strbuf *out,
		     struct strbuf *err)
{
	struct reach *r = ctx;
	(void)out;
	(void)err;
	bool local = !strcmp(ref->root, "local") && ref->path;
	char *name = local ? xstrndup(ref->path, tf_first_step(ref->path))
		     : xstrndup(ref->root, strcspn(ref->root, "["));
	char *key = xasprintf("%s%s", local ? "local." : "", name);
	const json_t *v = json_object_get(json_object_get(r->c->out, local ? "locals" : "resources"),
					  name);
	if (!local && !strcmp(name, r->target))
		r->found = true;
	else if (v && !r->found && !json_object_get(r->seen, key)) {
		json_object_set_new(r->seen, key, json_true());
		reach_walk(r, v);
	}
	free(key);
	free(name);
	return 0;
}

static void reach_walk(struct reach *r, const json_t *v)
{
	struct strbuf err = STRBUF_INIT;
	json_decref(expr_rename_refs(v, reach_ref, r, &err));
	strbuf_release(&err);
}

/* Fold dc into owner; undone (left out, warned) when what it gives the
 * owner names the owner itself. */
static void fold_into(struct conv *c, const struct decl *dc, json_t *owner)
{
	json_t *before = json_deep_copy(owner);
	c->folding_into = dc->owner;
	c->queue_arns_by_name = queues_by_name(dc);
	if (hcl_attr(dc->item->body, "count") || hcl_attr(dc->item->body, "for_each"))
		fold_instances(c, dc, owner);
	else
		dc->fold->fold(c, dc, owner);
	c->folding_into = NULL;
	c->queue_arns_by_name = false;
	struct reach r = { c, dc->owner->name, json_object(), false };
	const char *k;
	json_t *v;
	json_object_foreach(owner, k, v)
		if (!r.found && !json_equal(v, json_object_get(before, k)))
			reach_walk(&r, v);
	json_decref(r.seen);
	if (r.found) {
		json_object_clear(owner);
		json_object_update(owner, before);
		tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type,
			    "what it gives its owner names the owner (through a local): the owner "
			    "would depend on itself (write it on the owner)");
	}
	json_decref(before);
}

/* Each split resource into its owner's converted resource; one whose
 * owner is not a resource of the configuration carried, or that has count
 * or for_each, is left out. */
void tf_fold_decls(struct conv *c)
{
	/* those of one instance first, then those of several, whose values
	 * are expressions over the owner's */
	for (size_t i = 0; i < 2 * c->n_decls; i++) {
		const struct decl *dc = &c->decls[i % c->n_decls];
		bool several = dc->fold && (hcl_attr(dc->item->body, "count") ||
					    hcl_attr(dc->item->body, "for_each"));
		if (!dc->fold || several != (i >= c->n_decls))
			continue;
		if ((!dc->owner || !dc->owner->rt) && standalone(c, dc))
			continue;
		if (!dc->owner || !dc->owner->rt) {
			tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type,
				    "it is folded into its owner's resource, and its owner here is "
				    "not a resource the conversion carried, has for_each or a count "
				    "of more than one instance, or what it names depends on the "
				    "owner (write it on the owner)");
			continue;
		}
		json_t *owner = json_object_get(json_object_get(c->out, "resources"),
						dc->owner->name);
		if (owner)
			fold_into(c, dc, owner);
	}
}
