/*
 * rds/rules.c: the RDS rules its model does not carry (checks/rules.h):
 * master passwords and user names by engine, database names, storage,
 * instance classes (db.*),
 * identifiers, final snapshots, subnet groups and tags (the grammar of the
 * names and snapshots Redshift's share: rds/api.h); and AWS's own words
 * (AWS_SAYS) on RDS Custom instances, and on the awscc types: the
 * registry's sentences their schemas' keywords do not hold (a DB instance's
 * and cluster's restores, windows, monitoring, storage and names by engine;
 * the groups', subscriptions' and tags' names); across resources, an event
 * subscription's source ids that name the stack's RDS resources
 * (check_rds_event_sources), and a cluster's instance's subnet group and
 * security groups, its cluster's (check_rds_cluster_members), and a
 * parameter group's family of its user's engine
 * (check_rds_parameter_families). Redshift's
 * rows are its own rules.c's.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/rds/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/provider.h"

/* ---- RDS ------------------------------------------------------------------ */

/* What RDS CreateDBInstance documents per engine
 * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html):
 * MasterUserPassword's length; MasterUsername's (the reference says 1 to
 * 16, but RDS takes up to 63 for PostgreSQL, 32 for MySQL, 30 for Oracle and
 * 128 for SQL Server, as its per-engine pages say: the larger stands, so no
 * valid name is refused); AllocatedStorage's range for General Purpose
 * (SSD) storage, the type RDS uses when none is sent (terrace sends none).
 * 0: not documented, not checked. */
struct rds_engine {
	const char *name;  /* the engine, or a prefix of engines ending in '-' */
	size_t password_max, user_max;
	double storage_min, storage_max;
	bool oracle;       /* no & or ' in the password either */
};

static const struct rds_engine rds_engines[] = {
	{ "postgres", 128, 63, 20, 65536, false },
	{ "mysql", 41, 32, 20, 65536, false },
	{ "mariadb", 41, 16, 20, 65536, false },
	{ "oracle-", 30, 30, 20, 65536, true },
	{ "sqlserver-", 128, 128, 20, 16384, false },
	{ "db2-", 255, 0, 20, 65536, false },
	{ "custom-oracle-", 30, 30, 40, 65536, true },
	{ "custom-sqlserver-", 128, 128, 40, 16384, false },
	{ NULL, 0, 0, 0, 0, false },
};

/* The engine of RDS instance r as far as it is known (the schema's default,
 * postgres, when the stack does not set it); NULL when it is not known yet
 * or is none of the above (Aurora's, a new one). */
static const struct rds_engine *rds_engine_of(const json_t *r, const char **name)
{
	const json_t *e = value_known_object(r) ? json_object_get(r, "engine") : NULL;
	const char *s = (!e || json_is_null(e)) ? "postgres" : value_known_string(e);
	*name = s;
	for (size_t i = 0; s && rds_engines[i].name; i++) {
		const char *n = rds_engines[i].name;
		size_t len = strlen(n);
		if (n[len - 1] == '-' ? !strncmp(s, n, len) : !strcmp(s, n))
			return &rds_engines[i];
	}
	return NULL;
}

/* MasterUserPassword: "any printable ASCII character except "/", """, or
 * "@"" (and RDS refuses a space: "Only printable ASCII characters besides
 * '/', '@', '"', ' ' may be used"); Oracle's also no & or '; 8 characters
 * at least, at most the engine's. The value is a secret: no message shows
 * it, or any of its characters. */
int rule_rds_master_password(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v), *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	size_t n;
	if (!s)
		return 0;
	n = strlen(s);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= ' ' || *p > '~' || strchr("/\"@", *p) ||
		    (e && e->oracle && strchr("&'", *p))) {
			strbuf_addf(err, "holds a character RDS refuses in a master password: it takes "
				    "printable ASCII except / \" @ and space%s (the value is not shown)",
				    e && e->oracle ? ", and for Oracle & and '" : "");
			return -1;
		}
	if (n < 8 || (e && n > e->password_max)) {
		strbuf_addf(err, "has %zu characters: ", n);
		if (e)
			strbuf_addf(err, "a %s master password has 8 to %zu (the value is not shown)",
				    name, e->password_max);
		else
			strbuf_addstr(err, "an RDS master password has at least 8 (the value is not "
				      "shown)");
		return -1;
	}
	return 0;
}

/* The awscc instance's MasterUserPassword, by the same rule, where its
 * engine is written and not Aurora's (an Aurora instance's password is its
 * cluster's; a restore or a replica that names no engine takes its
 * source's, which the written type's default, postgres, need not be). */
static int rule_rds_cfn_master_password(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *engine = value_known_member(r, "engine");

	if (!engine || !strncasecmp(engine, "aurora", 6))
		return 0;
	return rule_rds_master_password(v, r, err);
}

/* MasterUsername: a letter, then letters, digits and _; at most the
 * engine's length; not a name the engine reserves: rdsadmin (RDS's own
 * user, every engine) and admin for PostgreSQL ("MasterUsername admin
 * cannot be used as it is a reserved word used by the engine"). */
int rule_rds_master_username(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v), *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	if (!s)
		return 0;
	if (!matches(s, "^[A-Za-z][A-Za-z0-9_]*$")) {
		strbuf_addf(err, "\"%s\": a master user name is a letter, then letters, digits and "
			    "_ (e.g. \"etl_admin\")", s);
		return -1;
	}
	if (e && e->user_max && strlen(s) > e->user_max) {
		strbuf_addf(err, "\"%s\" has %zu characters: a %s master user name has 1 to %zu "
			    "(e.g. \"etl_admin\")", s, strlen(s), name, e->user_max);
		return -1;
	}
	if (!strcmp(s, "rdsadmin") ||
	    (e && !strcmp(e->name, "postgres") && !strcmp(s, "admin"))) {
		strbuf_addf(err, "\"%s\" is reserved by %s (e.g. \"etl_admin\")", s,
			    !strcmp(s, "rdsadmin") ? "RDS" : "PostgreSQL on RDS");
		return -1;
	}
	return 0;
}

/* DBName by engine (RDS API reference, CreateDBInstance DBName): PostgreSQL
 * 1 to 63, MySQL, MariaDB and Db2 1 to 64 letters, digits and
 * underscores, a letter first; Oracle (the SID) at most 8 characters;
 * SQL Server: "Not applicable. Must be null." (RDS refuses any name); RDS
 * Custom for Oracle "Must contain 1 to 8 alphanumeric characters. Must
 * contain a letter."; Oracle's not the string null ("You can't specify the
 * string null, or any other reserved word, for DBName"; a SID is in any
 * case). The engines' other reserved words are left to RDS. */
static int rule_rds_db_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v), *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	const char *re = NULL, *letter = NULL, *what = NULL;
	if (!s || !e)
		return 0;
	if (has_prefix(e->name, "sqlserver-") || has_prefix(e->name, "custom-sqlserver-")) {
		strbuf_addf(err, "\"%s\": a %s instance takes no database name (CreateDBInstance "
			    "DBName: \"Not applicable. Must be null.\"): leave db_name unset and "
			    "create databases with SQL", s, name);
		return -1;
	}
	if (!strcmp(e->name, "postgres")) {
		re = "^[A-Za-z][A-Za-z0-9_]{0,62}$";
		what = "a PostgreSQL database name is 1 to 63 letters, digits and _, a letter first";
	} else if (!strcmp(e->name, "mysql") || !strcmp(e->name, "mariadb") ||
		   !strcmp(e->name, "db2-")) {
		re = "^[A-Za-z][A-Za-z0-9_]{0,63}$";
		what = "a database name is 1 to 64 letters, digits and _, a letter first";
	} else if (!strcmp(e->name, "custom-oracle-")) {
		re = "^[A-Za-z0-9]{1,8}$";
		letter = "[A-Za-z]";
		what = "an RDS Custom for Oracle database name (its SID) is 1 to 8 letters and "
		       "digits, a letter among them";
	} else if (e->oracle) {
		re = "^.{1,8}$";
		what = "an Oracle database name (its SID) has at most 8 characters";
	}
	if (e->oracle && !strcasecmp(s, "null")) {
		strbuf_addf(err, "\"%s\": Oracle reserves the word null, which no database name "
			    "(its SID) may be (%s; e.g. \"ORCL\")", s, name);
		return -1;
	}
	if (!re || (matches(s, re) && (!letter || matches(s, letter))))
		return 0;
	strbuf_addf(err, "\"%s\": %s (%s; e.g. \"orders\")", s, what ? what : "", name);
	return -1;
}

/* Port (RDS API reference, CreateDBInstance Port): 1150 to 65535, and for
 * SQL Server not 1234, 1434, 3260, 3343, 3389, 47001 or 49152 to 49156. */
static int rule_rds_port(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const int sqlserver_taken[] = { 1234, 1434, 3260, 3343, 3389, 47001, 0 };
	const char *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	double port;
	if (!known_number(v, &port))
		return 0;
	if (port != floor(port) || port < 1150 || port > 65535) {
		strbuf_addf(err, "%g, where AWS takes 1150 to 65535, a whole number (e.g. 5432; "
			    "RDS API reference: CreateDBInstance Port)", port);
		return -1;
	}
	if (!e || !strstr(e->name, "sqlserver-"))
		return 0;
	for (size_t i = 0; sqlserver_taken[i]; i++)
		if (port == sqlserver_taken[i] || (port >= 49152 && port <= 49156)) {
			strbuf_addf(err, "%g: RDS for SQL Server takes no port of 1234, 1434, 3260, "
				    "3343, 3389, 47001 or 49152-49156 (%s; e.g. 1433)", port, name);
			return -1;
		}
	return 0;
}

/* DBInstanceClass: "The compute and memory capacity of the DB instance, for
 * example db.m5.large." (rds CreateDBInstance; CreateDBCluster's
 * DBClusterInstanceClass alike). Every class RDS has is named db.*: the 402
 * of every Region and engine the pinned cfn-lint lists (its
 * aws_rds_dbinstance and aws_rds_dbcluster enums, a warning where a class
 * is not in the Region's list, as that list is older than AWS's), and
 * db.serverless; a name without the prefix is an EC2 instance type (t3.micro),
 * which RDS refuses (InvalidParameterValue: invalid DB instance class). */
static int rule_rds_instance_class(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);

	(void)r;
	if (!s || !strncmp(s, "db.", 3))
		return 0;
	aws_constraint_quote(err, s);
	strbuf_addf(err, " is no DB instance class: every RDS class is named db.* (AWS says \"The "
		    "compute and memory capacity of the DB instance, for example db.m5.large.\", rds "
		    "CreateDBInstance DBInstanceClass) (e.g. \"db.%s\")", s);
	return -1;
}

/* AllocatedStorage in GiB: a whole number within the engine's range. */
int rule_rds_allocated_storage(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	double gib;
	if (!known_number(v, &gib))
		return 0;
	if (gib != floor(gib)) {
		strbuf_addf(err, "%g is not a whole number of GiB (e.g. 20)", gib);
		return -1;
	}
	if (e && (gib < e->storage_min || gib > e->storage_max)) {
		strbuf_addf(err, "%g GiB: a %s instance on General Purpose (SSD) storage takes %g to "
			    "%g (e.g. %g)", gib, name, e->storage_min, e->storage_max, e->storage_min);
		return -1;
	}
	return 0;
}

/* RDS Tag (RDS API reference, Tag Key and Value): a key "can't be prefixed
 * with aws: or rds:", and a key or value "can only contain only the set of
 * Unicode letters, digits, white-space, '_', '.', ':', '/', '=', '+', '-',
 * '@'" (Java regex ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$): of ASCII, letters,
 * digits, the space and those seven. A character beyond ASCII is left to
 * RDS (which ones Unicode counts as letters is not held here), so that no
 * tag RDS takes is refused; the lengths and aws: are rule_tags'
 * (checks/tables.c). */
static bool rds_tag_char(unsigned char ch)
{
	return ch >= 0x80 || isalnum(ch) || (ch && strchr(" _.:/=+-@", ch));
}

static int rule_rds_tags(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	json_t *value;
	(void)r;
	if (!json_is_object(v) || value_is_unknown(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		const char *s = value_known_string(value);
		if (!strncmp(key, "rds:", 4)) {
			strbuf_addf(err, "key \"%s\": RDS reserves the rds: prefix (e.g. \"team\"; "
				    "AWS says a key \"can't be prefixed with aws: or rds:\")", key);
			return -1;
		}
		for (int half = 0; half < 2; half++) {
			const char *t = half ? s : key;
			if (!t || (!half && value_key_not_known(key)) || (half && value_is_unknown(value)))
				continue;
			for (const unsigned char *p = (const unsigned char *)t; *p; p++)
				if (!rds_tag_char(*p)) {
					strbuf_addf(err, "%s \"%s\" has '%c': RDS takes letters, digits, "
						    "spaces and _ . : / = + - @ in tags (e.g. \"cost-center\")",
						    half ? "the value" : "key", t, isprint(*p) ? *p : '?');
					return -1;
				}
		}
	}
	return 0;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* RDS CreateDBInstance: MasterUserPassword or ManageMasterUserPassword, one
 * of the two. */
static int rule_rds_password(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *manage = json_object_get(v, "manage_master_user_password");
	bool have_password = is_set(v, "master_password");
	(void)r;
	if (value_not_known(manage))
		return 0;
	if (have_password && json_is_true(manage)) {
		strbuf_addstr(err, "set master_password or manage_master_user_password: true, "
			      "not both");
		return -1;
	}
	if (!have_password && !json_is_true(manage)) {
		strbuf_addstr(err, "master_password is not set: set it, or set "
			      "manage_master_user_password: true to have RDS keep the password in "
			      "Secrets Manager");
		return -1;
	}
	return 0;
}

/* ---- RDS and Redshift names ---------------------------------------------- */

/* RDS and Redshift identifiers (instances, clusters, snapshots): 1 to max
 * letters, digits and hyphens, a letter first, no hyphen last or twice in a
 * row; lower_only: no capital (Redshift's rule; RDS takes any case and
 * keeps the identifier in lower case). */
int db_identifier(const json_t *v, size_t max, bool lower_only, const char *source,
		  struct strbuf *err)
{
	const char *s = value_known_string(v);
	size_t n = s ? strlen(s) : 0;
	bool ok = n >= 1 && n <= max && isalpha((unsigned char)s[0]) && s[n - 1] != '-';

	if (!s)
		return 0;
	for (size_t i = 0; ok && i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		ok = (isalnum(ch) || ch == '-') && !(lower_only && isupper(ch)) &&
		     !(ch == '-' && s[i + 1] == '-');
	}
	if (ok)
		return 0;
	strbuf_addf(err, "\"%s\" is not valid: use 1 to %zu %sletters, digits and hyphens, "
		    "starting with a letter, without a hyphen at the end or two in a row "
		    "(e.g. \"orders-db\"; %s)", s, max, lower_only ? "lower-case " : "", source);
	return -1;
}

int rule_rds_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 63, false, "RDS CreateDBInstance DBInstanceIdentifier", err);
}

/* A final snapshot's name: an RDS identifier. */
static int rule_rds_snapshot_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 255, false, "RDS DeleteDBInstance FinalDBSnapshotIdentifier",
			     err);
}

/* RDS DeleteDBInstance and Redshift DeleteCluster take a final snapshot
 * unless told to skip it, and then need its name. */
int rule_db_final_snapshot(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *skip = json_object_get(v, "skip_final_snapshot");
	(void)r;
	if (value_not_known(skip) || json_is_true(skip) || is_set(v, "final_snapshot_identifier"))
		return 0;
	strbuf_addstr(err, "final_snapshot_identifier must be set when skip_final_snapshot is false "
		      "(the default): destroy takes a final snapshot under that name; or set "
		      "skip_final_snapshot: true");
	return -1;
}

/* DB subnet group names (RDS CreateDBSubnetGroup: letters, digits, periods,
 * underscores, spaces and hyphens; Redshift CreateClusterSubnetGroup:
 * letters, digits and hyphens), 1 to 255 of them, not "default"; both
 * services keep the name in lower case, and so do the types. */
int subnet_group_name(const json_t *v, const char *extra, const char *source,
		      struct strbuf *err)
{
	const char *s = value_known_string(v);
	size_t n = s ? strlen(s) : 0;
	bool ok = n >= 1 && n <= 255 && strcasecmp(s, "default");

	if (!s)
		return 0;
	for (size_t i = 0; ok && i < n; i++)
		ok = isalnum((unsigned char)s[i]) || s[i] == '-' || strchr(extra, s[i]);
	if (ok)
		return 0;
	strbuf_addf(err, "\"%s\" is not valid: use 1 to 255 letters, digits%s and hyphens, not "
		    "\"default\" (e.g. \"orders-db\"; %s)", s,
		    *extra ? ", periods, underscores, spaces" : "", source);
	return -1;
}

/* An RDS subnet group's name. */
static int rule_rds_subnet_group_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return subnet_group_name(v, "._ ", "RDS CreateDBSubnetGroup DBSubnetGroupName", err);
}

/* A subnet group holds subnets (RDS: in at least two availability zones). */
int rule_subnet_group_subnets(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (!json_is_array(v) || json_array_size(v))
		return 0;
	strbuf_addstr(err, "an empty list: a subnet group needs subnets (for RDS, in at least two "
		      "availability zones)");
	return -1;
}

/*
 * The RDS rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define RDS_NAMES "RDS User Guide: naming constraints in Amazon RDS"
#define RDS_API "RDS API reference: CreateDBInstance"
#define RDS_TAGS "RDS API reference: Tag Key, Value"
/* CreateDBInstance Engine's valid values for RDS Custom. */
#define RDS_CUSTOM_ORACLE "custom-oracle-ee", "custom-oracle-ee-cdb", "custom-oracle-se2", \
	"custom-oracle-se2-cdb"
/* The registry's documents the awscc rows cite. */
#define CFN_RDS "CloudFormation registry: AWS::RDS::"
/* Engines as the awscc rows match them, in any case (RDS takes "MySQL"):
 * Oracle's and RDS Custom for Oracle's; PostgreSQL; MySQL, MariaDB and
 * Db2; and those whose database names begin with a letter (those and
 * Aurora's). */
#define RDS_ORACLE_ENGINES "^([Cc][Uu][Ss][Tt][Oo][Mm]-)?[Oo][Rr][Aa][Cc][Ll][Ee]-"
#define RDS_POSTGRES_ENGINE "^[Pp][Oo][Ss][Tt][Gg][Rr][Ee][Ss]$"
#define RDS_CUSTOM_ORACLE_ENGINES "^[Cc][Uu][Ss][Tt][Oo][Mm]-[Oo][Rr][Aa][Cc][Ll][Ee]-"
#define RDS_MYSQL_ENGINES "^([Mm][Yy][Ss][Qq][Ll]|[Mm][Aa][Rr][Ii][Aa][Dd][Bb])$|^[Dd][Bb]2-"
#define RDS_LETTER_FIRST_ENGINES "^(([Aa][Uu][Rr][Oo][Rr][Aa]-)?([Mm][Yy][Ss][Qq][Ll]|" \
	"[Pp][Oo][Ss][Tt][Gg][Rr][Ee][Ss]([Qq][Ll])?)|[Mm][Aa][Rr][Ii][Aa][Dd][Bb])$|^[Dd][Bb]2-"
/* Those whose Iops are .5 to 50 times their storage (not SQL Server's). */
#define RDS_HALF_IOPS_ENGINES "^([Mm][Yy][Ss][Qq][Ll]|[Mm][Aa][Rr][Ii][Aa][Dd][Bb]|" \
	"[Pp][Oo][Ss][Tt][Gg][Rr][Ee][Ss])$|^([Oo][Rr][Aa][Cc][Ll][Ee]|[Dd][Bb]2)-"
#define RDS_CUSTOM_SQLSERVER "custom-sqlserver-ee", "custom-sqlserver-se", "custom-sqlserver-web", \
	"custom-sqlserver-dev"

/* ---- across resources: an event subscription's sources ----------------- */

/* The types of the stack whose names each source type takes
 * (AWS::RDS::EventSubscription SourceIds: "If the source type is a DB
 * instance, a DBInstanceIdentifier value must be supplied", and so on);
 * snapshots are no type of the stack. */
static const struct {
	const char *source_type, *const types[3];
} rds_event_sources[] = {
	{ "db-instance", { "aws.rds.instance", "awscc.rds.db_instance" } },
	{ "db-cluster", { "awscc.rds.db_cluster" } },
	{ "db-parameter-group", { "awscc.rds.db_parameter_group" } },
	{ "db-security-group", { "awscc.rds.db_security_group" } },
	{ "db-snapshot", { NULL } },
	{ "db-cluster-snapshot", { NULL } },
	{ "db-proxy", { "awscc.rds.db_proxy" } },
};

/* Whether the stack's `type` is among what source type `st` names (1), an
 * RDS type it is not (0), or neither is known (-1: another source type, or
 * a type not RDS's). */
static int rds_source_of(const char *st, const char *type)
{
	if (!aws_type_of_service(type, "AWS::RDS::"))
		return -1;
	for (size_t i = 0; st && i < sizeof(rds_event_sources) / sizeof(rds_event_sources[0]); i++)
		if (!strcmp(rds_event_sources[i].source_type, st)) {
			for (const char *const *t = rds_event_sources[i].types; *t; t++)
				if (!strcmp(*t, type))
					return 1;
			return 0;
		}
	return -1;
}

/* Each source id of a subscription given as ${NAME.ATTR} of the stack's RDS
 * resource: an ARN is refused (a source id is a name: letters, digits and
 * hyphens, rds.cfn_source_id_characters); a resource of another kind than
 * source_type names is warned of (RDS finds no source of that name unless
 * the account has one of the kind: its state, not the stack's). */
static void check_rds_event_sources(const struct written_resource *rs, size_t n,
				    check_report_fn report, void *ctx)
{
	for (size_t at = 0; at < n; at++) {
		const json_t *ids = json_object_get(rs[at].config, "source_ids"), *e;
		const char *st = json_string_value(json_object_get(rs[at].config, "source_type"));
		size_t i;

		if (!aws_awscc_type_is(rs[at].type, "AWS::RDS::EventSubscription"))
			continue;
		json_array_foreach((json_t *)ids, i, e) {
			const char *s = json_string_value(e);
			char name[256], attr[64], rest, *msg = NULL, where[48];
			size_t k, len;
			bool warning = false;

			if (!s || sscanf(s, " ${ %255[A-Za-z0-9_-].%63[a-z0-9_] } %c", name, attr,
					 &rest) != 2)
				continue;
			for (k = 0; k < n && strcmp(rs[k].name, name); k++)
				;
			if (k == n || !aws_type_of_service(rs[k].type, "AWS::RDS::"))
				continue;
			len = strlen(attr);
			snprintf(where, sizeof(where), "source_ids[%zu]", i);
			if (len >= 3 && !strcmp(attr + len - 3, "arn"))
				msg = xasprintf("%s: %s is the ARN of %s, where a source id is its name "
						"(letters, digits and hyphens)", where, s, name);
			else if (rds_source_of(st, rs[k].type) == 0) {
				warning = true;
				msg = xasprintf("%s: %s names %s, an %s, where source_type %s takes a "
						"name of its kind: RDS finds no such source unless the "
						"account has one of that name", where, s, name,
						rs[k].type, st);
			}
			if (!msg)
				continue;
			report(ctx, &(struct check_finding){ .warning = warning, .which = at,
							     .attr = "source_ids", .other = k,
							     .other_attr = attr, .message = msg });
			free(msg);
		}
	}
}

/* ---- across resources: a cluster's instance ----------------------------- */

/* Whether lists a and b hold the same strings (as sets), both known. */
static bool same_string_sets(const json_t *a, const json_t *b)
{
	size_t i, j;
	const json_t *x, *y;

	if (!json_is_array(a) || !json_is_array(b) || value_holds_not_known(a) ||
	    value_holds_not_known(b))
		return true; /* not told */
	json_array_foreach((json_t *)a, i, x) {
		bool found = false;
		json_array_foreach((json_t *)b, j, y)
			found |= json_is_string(x) && json_is_string(y) &&
				 !strcmp(json_string_value(x), json_string_value(y));
		if (!found)
			return false;
	}
	json_array_foreach((json_t *)b, i, y) {
		bool found = false;
		json_array_foreach((json_t *)a, j, x)
			found |= json_is_string(x) && json_is_string(y) &&
				 !strcmp(json_string_value(x), json_string_value(y));
		if (!found)
			return false;
	}
	return true;
}

/* An awscc instance of the stack's awscc DB cluster (its
 * db_cluster_identifier a reference to it) that writes its DB subnet group
 * or VPC security groups: "If specified, the setting must match the DB
 * cluster setting" (AWS::RDS::DBInstance DBSubnetGroupName,
 * VPCSecurityGroups), where both are written and known. */
static void check_rds_cluster_members(const struct written_resource *rs, size_t n,
				      check_report_fn report, void *ctx)
{
	for (size_t at = 0; at < n; at++) {
		const json_t *c = rs[at].config;
		const char *ref = json_string_value(json_object_get(c, "db_cluster_identifier"));
		const char *mine, *its;
		char name[256], attr[64], rest, msg[768];
		size_t k;

		if (!aws_awscc_type_is(rs[at].type, "AWS::RDS::DBInstance") || !ref ||
		    sscanf(ref, " ${ %255[A-Za-z0-9_-].%63[a-z0-9_] } %c", name, attr, &rest) != 2)
			continue;
		for (k = 0; k < n && strcmp(rs[k].name, name); k++)
			;
		if (k == n || !aws_awscc_type_is(rs[k].type, "AWS::RDS::DBCluster"))
			continue;
		mine = value_known_string(json_object_get(c, "db_subnet_group_name"));
		its = value_known_string(json_object_get(rs[k].config, "db_subnet_group_name"));
		if (mine && its && !strstr(mine, "${") && !strstr(its, "${") && strcasecmp(mine, its)) {
			snprintf(msg, sizeof(msg), "db_subnet_group_name: \"%s\", where its cluster %s "
				 "has \"%s\": AWS says \"If specified, the setting must match the DB "
				 "cluster setting.\" (CloudFormation registry: AWS::RDS::DBInstance "
				 "DBSubnetGroupName)", mine, name, its);
			report(ctx, &(struct check_finding){ .which = at,
							     .attr = "db_subnet_group_name",
							     .other = k,
							     .other_attr = "db_subnet_group_name",
							     .message = msg });
		}
		if (!same_string_sets(json_object_get(c, "vpc_security_groups"),
				      json_object_get(rs[k].config, "vpc_security_group_ids"))) {
			snprintf(msg, sizeof(msg), "vpc_security_groups: not the groups of its cluster "
				 "%s's vpc_security_group_ids: AWS says \"If specified, the setting "
				 "must match the DB cluster setting.\" (CloudFormation registry: "
				 "AWS::RDS::DBInstance VPCSecurityGroups)", name);
			report(ctx, &(struct check_finding){ .which = at,
							     .attr = "vpc_security_groups",
							     .other = k,
							     .other_attr = "vpc_security_group_ids",
							     .message = msg });
		}
	}
}

/* ---- across resources: a parameter group's family ----------------------- */

/* The stack's resource of `type` a reference ${NAME.ATTR} names, or n. */
static size_t rds_referenced(const struct written_resource *rs, size_t n, const char *ref,
			     const char *type)
{
	char name[256], attr[64], rest;
	size_t k;

	if (!ref || sscanf(ref, " ${ %255[A-Za-z0-9_-].%63[a-z0-9_] } %c", name, attr, &rest) != 2)
		return n;
	for (k = 0; k < n && strcmp(rs[k].name, name); k++)
		;
	return k < n && !strcmp(rs[k].type, type) ? k : n;
}

/* An awscc instance or cluster whose parameter group is the stack's awscc
 * group of a family of another engine: "can be applied only to a DB
 * instance running a database engine and engine version compatible with
 * that DB parameter group family" (AWS::RDS::DBParameterGroup Family; the
 * cluster's, DBClusterParameterGroup Family). A family is its engine's name
 * and a version (postgres16, aurora-mysql8.0, oracle-ee-19): one that does
 * not begin with the engine's name is another's; the version is not
 * judged. */
static void check_rds_parameter_families(const struct written_resource *rs, size_t n,
					 check_report_fn report, void *ctx)
{
	static const struct {
		const char *type, *attr, *group, *member;
	} uses[] = {
		{ "awscc.rds.db_instance", "db_parameter_group_name", "awscc.rds.db_parameter_group",
		  "DBParameterGroup Family" },
		{ "awscc.rds.db_cluster", "db_cluster_parameter_group_name",
		  "awscc.rds.db_cluster_parameter_group", "DBClusterParameterGroup Family" },
	};

	for (size_t at = 0; at < n; at++)
		for (size_t u = 0; u < sizeof(uses) / sizeof(uses[0]); u++) {
			const json_t *c = rs[at].config;
			const char *engine, *family;
			size_t k, len;
			char msg[768];

			if (strcmp(rs[at].type, uses[u].type))
				continue;
			k = rds_referenced(rs, n, json_string_value(json_object_get(c, uses[u].attr)),
					   uses[u].group);
			engine = value_known_string(json_object_get(c, "engine"));
			family = k < n ? value_known_string(json_object_get(rs[k].config, "family"))
				       : NULL;
			if (!engine || !family || strstr(engine, "${") || strstr(family, "${"))
				continue;
			len = strlen(engine);
			if (!strncasecmp(family, engine, len) &&
			    (isdigit((unsigned char)family[len]) || family[len] == '-' || !family[len]))
				continue;
			snprintf(msg, sizeof(msg), "%s: names %s, a group of family %s, where the %s "
				 "engine's family begins %s: AWS says \"A DB parameter group can be "
				 "associated with one and only one DB parameter group family, and can be "
				 "applied only to a DB instance running a database engine and engine "
				 "version compatible with that DB parameter group family.\" "
				 "(CloudFormation registry: AWS::RDS::%s)", uses[u].attr, rs[k].name,
				 family, engine, engine, uses[u].member);
			report(ctx, &(struct check_finding){ .which = at, .attr = uses[u].attr,
							     .other = k, .other_attr = "family",
							     .message = msg });
		}
}

const struct aws_check_row aws_rules_rds[] = {
	RULE("aws.rds.instance", "identifier", rule_rds_identifier, RDS_NAMES),
	RULE("aws.rds.instance", "final_snapshot_identifier", rule_rds_snapshot_identifier,
	     RDS_NAMES),
	RULE("aws.rds.instance", "master_password", rule_rds_master_password,
	     RDS_API " MasterUserPassword"),
	RULE("awscc.rds.db_instance", "master_user_password", rule_rds_cfn_master_password,
	     CFN_RDS "DBInstance MasterUserPassword; " RDS_API " MasterUserPassword"),
	RULE("aws.rds.instance", "master_username", rule_rds_master_username,
	     RDS_API " MasterUsername; RDS for PostgreSQL, MySQL: master user name"),
	RULE("aws.rds.instance", "instance_class", rule_rds_instance_class,
	     RDS_API " DBInstanceClass (every class db.*)"),
	RULE("aws.rds.instance", "allocated_storage", rule_rds_allocated_storage,
	     RDS_API " AllocatedStorage (General Purpose SSD)"),
	WHOLE_IN("aws.rds.instance", "backup_retention_period", 0, 35,
		 RDS_API " BackupRetentionPeriod"),
	RULE("aws.rds.instance", "port", rule_rds_port, RDS_API " Port (by engine)"),
	RULE("aws.rds.instance", "db_name", rule_rds_db_name, RDS_API " DBName (by engine)"),
	RULE("aws.rds.instance", "", rule_rds_password, RDS_API),
	RULE("aws.rds.instance", "", rule_db_final_snapshot, "RDS API reference: DeleteDBInstance"),
	RULE("aws.rds.instance", "tags", rule_rds_tags, RDS_TAGS),
	RULE("aws.rds.subnet_group", "name", rule_rds_subnet_group_name, RDS_NAMES),
	RULE("aws.rds.subnet_group", "tags", rule_rds_tags, RDS_TAGS),
	RULE("aws.rds.subnet_group", "subnet_ids", rule_subnet_group_subnets,
	     "RDS API reference: CreateDBSubnetGroup SubnetIds"),

	/* AWS's words (checks/words/rds.words) */
	AWS_SAYS("rds.custom_oracle_backups", "aws.rds.instance", AWS_CALL_ANY,
		 WHEN(IS("engine", RDS_CUSTOM_ORACLE)), THEN(IN("backup_retention_period", 1, 35)),
		 "Can't be set to 0 for an RDS Custom for Oracle DB instance.",
		 "rds CreateDBInstance BackupRetentionPeriod"),
	AWS_SAYS("rds.custom_oracle_engine_version", "aws.rds.instance", AWS_CALL_CREATE,
		 WHEN(IS("engine", RDS_CUSTOM_ORACLE)), THEN(SET("engine_version")),
		 "This setting is required for RDS Custom for Oracle.",
		 "rds CreateDBInstance EngineVersion"),
	AWS_SAYS("rds.custom_skips_final_snapshot", "aws.rds.instance", AWS_CALL_ANY,
		 WHEN(IS("engine", RDS_CUSTOM_ORACLE, RDS_CUSTOM_SQLSERVER)),
		 THEN(SET("skip_final_snapshot"), IS("skip_final_snapshot", "true")),
		 "If you delete a read replica or an RDS Custom instance, you must enable this "
		 "setting.", "rds DeleteDBInstance SkipFinalSnapshot"),
	/* On the awscc types: what the registry's schemas describe but their
	 * keywords (and cfn-lint's extension rules, which the awscc walk
	 * carries) do not hold. An engine is matched in any case: RDS takes
	 * "MySQL" for mysql. A boolean a sentence forbids beside another is
	 * refused only true (AWS reads false as left out). */
	/* of a DB instance and a DB cluster, the only awscc.rds.db_* types
	 * with these attributes; the password is never quoted: the row is
	 * said of its sibling */
	AWS_SAYS("rds.cfn_managed_or_given_password", "awscc.rds.db_*", AWS_CALL_ANY,
		 WHEN(SET("master_user_password")),
		 THEN(IS_NOT("manage_master_user_password", "true")),
		 "Can't manage the master user password with AWS Secrets Manager if "
		 "MasterUserPassword is specified.",
		 CFN_RDS "DBInstance, DBCluster ManageMasterUserPassword"),
	AWS_SAYS("rds.cfn_backup_window_format", "awscc.rds.db_*", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("preferred_backup_window",
			      "^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$")),
		 "Must be in the format hh24:mi-hh24:mi.",
		 CFN_RDS "DBInstance, DBCluster PreferredBackupWindow"),
	AWS_SAYS("rds.cfn_backup_window_30_minutes", "awscc.rds.db_*", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOW_IN("preferred_backup_window", 30, 1440)), "Must be at least 30 minutes.",
		 CFN_RDS "DBInstance, DBCluster PreferredBackupWindow"),
	AWS_SAYS("rds.cfn_maintenance_window_30_minutes", "awscc.rds.db_*", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOW_IN("preferred_maintenance_window", 30, 10080)),
		 "Constraints: Minimum 30-minute window.",
		 CFN_RDS "DBInstance, DBCluster PreferredMaintenanceWindow"),
	AWS_SAYS("rds.cfn_backup_apart_from_maintenance", "awscc.rds.db_*", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOWS_APART("preferred_backup_window", "preferred_maintenance_window")),
		 "Must not conflict with the preferred maintenance window.",
		 CFN_RDS "DBInstance, DBCluster PreferredBackupWindow"),
	/* every awscc.rds.* type's tags are a list of key and value (a DB
	 * proxy's TagFormat too); a global cluster's page says aws: only, and
	 * RDS reserves rds: on every resource it tags (AddTagsToResource) */
	AWS_SAYS("rds.cfn_tag_key_prefixes", "awscc.rds.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^(aws|rds):")))),
		 "The string value can be from 1 to 128 Unicode characters in length and can't be "
		 "prefixed with aws: or rds:.", CFN_RDS "DBInstance Tag.Key (and every RDS type's)"),
	AWS_SAYS("rds.cfn_additional_volume_size", "awscc.rds.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("additional_storage_volumes", ALWAYS,
			   THEN(IN("allocated_storage", 20, 65536)))),
		 "The minimum is 20 GiB.", CFN_RDS "DBInstance AdditionalStorageVolume.AllocatedStorage"),
	AWS_SAYS("rds.cfn_additional_volume_names", "awscc.rds.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("additional_storage_volumes", ALWAYS,
			   THEN(IS("volume_name", "RDSDBDATA2", "RDSDBDATA3", "RDSDBDATA4")))),
		 "Valid Values: RDSDBDATA2 | RDSDBDATA3 | RDSDBDATA4",
		 CFN_RDS "DBInstance AdditionalStorageVolume.VolumeName"),
	/* io1's ratios (RDS gives io1 to an instance with Iops and no
	 * StorageType); io2's and gp3's are others */
	AWS_SAYS("rds.cfn_instance_iops_ratio", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(ANY_OF(UNSET("storage_type"), IS("storage_type", "io1")),
		      MATCHES("engine", RDS_HALF_IOPS_ENGINES)),
		 THEN(RATIO_IN("iops", "allocated_storage", 0.5, 50)),
		 "For RDS for Db2, MariaDB, MySQL, Oracle, and PostgreSQL - Must be a multiple between "
		 ".5 and 50 of the storage amount for the DB instance.", CFN_RDS "DBInstance Iops"),
	AWS_SAYS("rds.cfn_sqlserver_iops_ratio", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(ANY_OF(UNSET("storage_type"), IS("storage_type", "io1")),
		      MATCHES("engine", "^[Ss][Qq][Ll][Ss][Ee][Rr][Vv][Ee][Rr]-")),
		 THEN(RATIO_IN("iops", "allocated_storage", 1, 50)),
		 "For RDS for SQL Server - Must be a multiple between 1 and 50 of the storage amount "
		 "for the DB instance.", CFN_RDS "DBInstance Iops"),
	AWS_SAYS("rds.cfn_cluster_iops_ratio", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(IS("storage_type", "io1")), THEN(RATIO_IN("iops", "allocated_storage", 0.5, 50)),
		 "Must be a multiple between .5 and 50 of the storage amount for the DB cluster.",
		 CFN_RDS "DBCluster Iops"),
	AWS_SAYS("rds.cfn_serverless_v2_max_above_half", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 ALWAYS, THEN(ABOVE("serverless_v2_scaling_configuration.max_capacity", 0.5)),
		 "The maximum capacity must be higher than 0.5 ACUs.",
		 CFN_RDS "DBCluster ServerlessV2ScalingConfiguration.MaxCapacity"),
	/* a point-in-time restore or a clone (its source by identifier or
	 * by resource id) */
	AWS_SAYS("rds.cfn_restore_time_or_latest_given", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("source_db_cluster_identifier"),
			     SET("source_db_cluster_resource_id")),
		      ANY_OF(UNSET("use_latest_restorable_time"),
			     IS("use_latest_restorable_time", "false"))),
		 THEN(SET("restore_to_time")),
		 "Must be specified if UseLatestRestorableTime parameter isn't provided",
		 CFN_RDS "DBCluster RestoreToTime"),
	/* an instance has VPC security groups now that EC2-Classic is gone */
	AWS_SAYS("rds.cfn_no_db_security_groups_after_vpc", "awscc.rds.db_instance",
		 AWS_CALL_UPDATE, WHEN(WAS(SET("vpc_security_groups"))),
		 THEN(UNSET("db_security_groups")),
		 "You can't revert to using an RDS security group after you establish a VPC security "
		 "group membership.", CFN_RDS "DBInstance VPCSecurityGroups"),
	AWS_SAYS("rds.cfn_source_id_characters", "awscc.rds.event_subscription", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("source_ids", ALWAYS, THEN(MATCHES("", "^[A-Za-z][A-Za-z0-9-]*$")))),
		 "An identifier must begin with a letter and must contain only ASCII letters, digits, "
		 "and hyphens.", CFN_RDS "EventSubscription SourceIds"),
	AWS_SAYS("rds.cfn_source_id_hyphens", "awscc.rds.event_subscription", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("source_ids", ALWAYS, THEN(NOT_MATCHES("", "-$|--")))),
		 "It can't end with a hyphen or contain two consecutive hyphens.",
		 CFN_RDS "EventSubscription SourceIds"),
	AWS_SAYS("rds.cfn_restore_time_or_latest", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("use_latest_restorable_time", "true")), THEN(UNSET("restore_time")),
		 "Can't be specified if the UseLatestRestorableTime parameter is enabled.",
		 CFN_RDS "DBInstance RestoreTime"),
	AWS_SAYS("rds.cfn_zone_not_multi_az", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("multi_az", "true")), THEN(UNSET("availability_zone")),
		 "The AvailabilityZone parameter can't be specified if the DB instance is a "
		 "Multi-AZ deployment.", CFN_RDS "DBInstance AvailabilityZone"),
	AWS_SAYS("rds.cfn_db_or_vpc_security_groups", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("db_security_groups")), THEN(UNSET("vpc_security_groups")),
		 "If you set DBSecurityGroups, you must not set VPCSecurityGroups, and vice versa.",
		 CFN_RDS "DBInstance DBSecurityGroups"),
	AWS_SAYS("rds.cfn_key_with_vpc_security_groups", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("kms_key_id")), THEN(UNSET("db_security_groups")),
		 "To specify both a security group and this property, you must use a VPC security "
		 "group.", CFN_RDS "DBInstance KmsKeyId"),
	/* the profile's name, by itself or the last of its ARN; its role's
	 * name is another object's */
	AWS_SAYS("rds.cfn_custom_profile_prefix", "awscc.rds.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("custom_iam_instance_profile", "(^|/)AWSRDSCustom[^/]*$")),
		 "The instance profile name and the associated IAM role name must start with the "
		 "prefix AWSRDSCustom.", CFN_RDS "DBInstance CustomIAMInstanceProfile"),
	AWS_SAYS("rds.cfn_one_source_kind", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("source_db_instance_identifier")),
		 THEN(UNSET("source_db_cluster_identifier")),
		 "Can't be specified if the SourceDBInstanceIdentifier parameter is also specified.",
		 CFN_RDS "DBInstance SourceDBClusterIdentifier"),
	AWS_SAYS("rds.cfn_one_snapshot_kind", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("db_snapshot_identifier")), THEN(UNSET("db_cluster_snapshot_identifier")),
		 "Can't be specified when DBSnapshotIdentifier is specified.",
		 CFN_RDS "DBInstance DBClusterSnapshotIdentifier"),
	AWS_SAYS("rds.cfn_replica_not_from_snapshot", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("source_db_instance_identifier")), THEN(UNSET("db_snapshot_identifier")),
		 "If you specify SourceDBInstanceIdentifier, don't specify the DBSnapshotIdentifier "
		 "property.", CFN_RDS "DBInstance SourceDBInstanceIdentifier"),
	AWS_SAYS("rds.cfn_instance_insights_retention", "awscc.rds.db_instance", AWS_CALL_CREATE,
		 WHEN(SET("performance_insights_retention_period")),
		 THEN(SET("enable_performance_insights"), IS("enable_performance_insights", "true")),
		 "When creating a DB instance without enabling Performance Insights, you can't "
		 "specify the parameter PerformanceInsightsRetentionPeriod.",
		 CFN_RDS "DBInstance PerformanceInsightsRetentionPeriod"),
	AWS_SAYS("rds.cfn_monitoring_role_needs_interval", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("monitoring_role_arn")),
		 THEN(SET("monitoring_interval"), IS_NOT("monitoring_interval", "0")),
		 "If MonitoringRoleArn is specified, then you must set MonitoringInterval to a "
		 "value other than 0.", CFN_RDS "DBInstance MonitoringInterval"),
	AWS_SAYS("rds.cfn_monitoring_interval_needs_role", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS_NOT("monitoring_interval", "0")), THEN(SET("monitoring_role_arn")),
		 "If MonitoringInterval is set to a value other than 0, then you must supply a "
		 "MonitoringRoleArn value.", CFN_RDS "DBInstance MonitoringRoleArn"),
	/* of a DB instance and a DB cluster, the only awscc.rds.db_* types
	 * with these attributes */
	AWS_SAYS("rds.cfn_monitoring_intervals", "awscc.rds.db_*", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("monitoring_interval", "0", "1", "5", "10", "15", "30", "60")),
		 "Valid Values: 0 | 1 | 5 | 10 | 15 | 30 | 60",
		 CFN_RDS "DBInstance, DBCluster MonitoringInterval"),
	AWS_SAYS("rds.cfn_lifecycle_support", "awscc.rds.db_*", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("engine_lifecycle_support", "open-source-rds-extended-support",
				 "open-source-rds-extended-support-disabled")),
		 "Valid Values: open-source-rds-extended-support | "
		 "open-source-rds-extended-support-disabled",
		 CFN_RDS "DBInstance, DBCluster EngineLifecycleSupport"),
	AWS_SAYS("rds.cfn_domain_names_up_to_64", "awscc.rds.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("domain_fqdn", 0, 64), LEN_IN("domain_ou", 0, 64)),
		 "Can't be longer than 64 characters.", CFN_RDS "DBInstance DomainFqdn, DomainOu"),
	AWS_SAYS("rds.cfn_two_domain_dns_ips", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("domain_dns_ips")), THEN(LEN_IN("domain_dns_ips", 2, 2)),
		 "Two IP addresses must be provided.", CFN_RDS "DBInstance DomainDnsIps"),
	AWS_SAYS("rds.cfn_sqlserver_ports", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("engine", "^[Ss][Qq][Ll][Ss][Ee][Rr][Vv][Ee][Rr]-")),
		 THEN(NOT_MATCHES("port", "^(1234|1434|3260|3343|3389|47001|4915[2-6])$")),
		 "For RDS for Microsoft SQL Server, the value can't be 1234, 1434, 3260, 3343, "
		 "3389, 47001, or 49152-49156.", CFN_RDS "DBInstance Port"),
	/* DBName, MasterUsername and Port by engine: the sentences of the
	 * engine's heading in the property's description (CreateDBInstance's
	 * say the same). "Letters or numbers" is not held: the same headings
	 * take underscores after the first letter, as the written rules of
	 * aws.rds.instance do. */
	AWS_SAYS("rds.cfn_oracle_db_name_up_to_8", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("engine", RDS_ORACLE_ENGINES)), THEN(LEN_IN("db_name", 0, 8)),
		 "Can't be longer than 8 characters", CFN_RDS "DBInstance DBName (RDS for Oracle)"),
	AWS_SAYS("rds.cfn_postgres_db_name_up_to_63", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("engine", RDS_POSTGRES_ENGINE)), THEN(LEN_IN("db_name", 1, 63)),
		 "Must contain 1 to 63 characters.",
		 CFN_RDS "DBInstance DBName (RDS for PostgreSQL)"),
	AWS_SAYS("rds.cfn_db_name_up_to_64", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("engine", RDS_MYSQL_ENGINES)), THEN(LEN_IN("db_name", 1, 64)),
		 "Must contain 1 to 64 letters or numbers.",
		 CFN_RDS "DBInstance DBName (RDS for MySQL, MariaDB, Db2)"),
	AWS_SAYS("rds.cfn_db_name_letter_first", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("engine", RDS_LETTER_FIRST_ENGINES)), THEN(MATCHES("db_name", "^[A-Za-z]")),
		 "Must begin with a letter.",
		 CFN_RDS "DBInstance DBName (RDS for MySQL, MariaDB, Db2, PostgreSQL; Aurora)"),
	AWS_SAYS("rds.cfn_oracle_master_username_up_to_30", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("engine", RDS_ORACLE_ENGINES)), THEN(LEN_IN("master_username", 1, 30)),
		 "Must be 1 to 30 letters or numbers.",
		 CFN_RDS "DBInstance MasterUsername (RDS for Oracle)"),
	AWS_SAYS("rds.cfn_postgres_master_username_up_to_63", "awscc.rds.db_instance",
		 AWS_CALL_ANY, WHEN(MATCHES("engine", RDS_POSTGRES_ENGINE)),
		 THEN(LEN_IN("master_username", 1, 63)), "Must be 1 to 63 letters or numbers.",
		 CFN_RDS "DBInstance MasterUsername (RDS for PostgreSQL)"),
	AWS_SAYS("rds.cfn_port_range", "awscc.rds.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("port", 1150, 65535)), "Valid Values: 1150-65535", CFN_RDS "DBInstance Port"),
	/* a restore or a replica takes its storage from its source */
	AWS_SAYS("rds.cfn_io1_needs_iops", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("storage_type", "io1"), UNSET("db_snapshot_identifier"),
		      UNSET("db_cluster_snapshot_identifier"), UNSET("source_db_instance_identifier"),
		      UNSET("source_dbi_resource_id"), UNSET("source_db_instance_automated_backups_arn")),
		 THEN(SET("iops")),
		 "If you specify io1 for the StorageType property, then you must also specify the "
		 "Iops property.", CFN_RDS "DBInstance Iops"),
	/* io2, Provisioned IOPS as io1 is (rds.cfn_io1_needs_iops); the
	 * sentence's gp3 is no row: RDS takes gp3 without Iops for small volumes,
	 * a baseline it gives. */
	AWS_SAYS("rds.cfn_io2_needs_iops", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("storage_type", "io2"), UNSET("db_snapshot_identifier"),
		      UNSET("db_cluster_snapshot_identifier"), UNSET("source_db_instance_identifier"),
		      UNSET("source_dbi_resource_id"), UNSET("source_db_instance_automated_backups_arn")),
		 THEN(SET("iops")),
		 "If you specify io1, io2, or gp3, you must also include a value for the Iops "
		 "parameter.", CFN_RDS "DBInstance StorageType"),
	AWS_SAYS("rds.cfn_backup_replication_up_to_35", "awscc.rds.db_instance", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("automatic_backup_replication_retention_period", 1, 35)),
		 "The maximum allowed value is 35.",
		 CFN_RDS "DBInstance AutomaticBackupReplicationRetentionPeriod"),
	AWS_SAYS("rds.cfn_cluster_insights_retention", "awscc.rds.db_cluster", AWS_CALL_CREATE,
		 WHEN(SET("performance_insights_retention_period")),
		 THEN(SET("performance_insights_enabled"), IS("performance_insights_enabled", "true")),
		 "When creating a DB cluster without enabling Performance Insights, you can't "
		 "specify the parameter PerformanceInsightsRetentionPeriod.",
		 CFN_RDS "DBCluster PerformanceInsightsRetentionPeriod"),
	/* the retention period's 465: RDS takes a longer one as well (its
	 * other pages), so only Performance Insights' being on is held */
	AWS_SAYS("rds.cfn_advanced_insights_needs_performance", "awscc.rds.db_cluster",
		 AWS_CALL_ANY, WHEN(IS("database_insights_mode", "advanced")),
		 THEN(SET("performance_insights_enabled"), IS("performance_insights_enabled", "true")),
		 "If you set this value to advanced, you must also set the PerformanceInsightsEnabled "
		 "parameter to true and the PerformanceInsightsRetentionPeriod parameter to 465.",
		 CFN_RDS "DBCluster DatabaseInsightsMode"),
	AWS_SAYS("rds.cfn_scaling_timeout_action", "awscc.rds.db_cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("scaling_configuration.timeout_action", "ForceApplyCapacityChange",
			 "RollbackCapacityChange")),
		 "The action to take when the timeout is reached, either ForceApplyCapacityChange "
		 "or RollbackCapacityChange.", CFN_RDS "DBCluster ScalingConfiguration.TimeoutAction"),
	AWS_SAYS("rds.cfn_scaling_min_at_most_max", "awscc.rds.db_cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("scaling_configuration.min_capacity",
			      "scaling_configuration.max_capacity")),
		 "The minimum capacity must be less than or equal to the maximum capacity.",
		 CFN_RDS "DBCluster ScalingConfiguration.MinCapacity"),
	AWS_SAYS("rds.cfn_backtrack_up_to_72_hours", "awscc.rds.db_cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("backtrack_window", 0, 259200)),
		 "If specified, this value must be set to a number from 0 to 259,200 (72 hours).",
		 CFN_RDS "DBCluster BacktrackWindow"),
	/* a restore names its source by identifier or by resource id */
	AWS_SAYS("rds.cfn_restore_time_needs_source", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(SET("restore_to_time"), UNSET("source_db_cluster_resource_id")),
		 THEN(SET("source_db_cluster_identifier")),
		 "This property must be used with SourceDBClusterIdentifier property.",
		 CFN_RDS "DBCluster RestoreToTime"),
	AWS_SAYS("rds.cfn_restore_to_time_or_latest", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(IS("use_latest_restorable_time", "true")), THEN(UNSET("restore_to_time")),
		 "Can't be specified if the UseLatestRestorableTime parameter is enabled",
		 CFN_RDS "DBCluster RestoreToTime"),
	AWS_SAYS("rds.cfn_no_restore_time_copy_on_write", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(IS("restore_type", "copy-on-write")), THEN(UNSET("restore_to_time")),
		 "Can't be specified if the RestoreType parameter is copy-on-write",
		 CFN_RDS "DBCluster RestoreToTime"),
	AWS_SAYS("rds.cfn_one_source_cluster_name", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(SET("source_db_cluster_resource_id")),
		 THEN(UNSET("source_db_cluster_identifier")),
		 "Cannot be specified if SourceDbClusterResourceId is specified.",
		 CFN_RDS "DBCluster SourceDBClusterIdentifier"),
	/* a restore, a replica or a global cluster's member takes its
	 * encryption from its source */
	AWS_SAYS("rds.cfn_cluster_key_needs_encryption", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(SET("kms_key_id"), UNSET("snapshot_identifier"),
		      UNSET("source_db_cluster_identifier"), UNSET("source_db_cluster_resource_id"),
		      UNSET("replication_source_identifier"), UNSET("global_cluster_identifier")),
		 THEN(SET("storage_encrypted"), IS("storage_encrypted", "true")),
		 "If you specify this property, you must set the StorageEncrypted property to true.",
		 CFN_RDS "DBCluster KmsKeyId"),
	/* an instance's own storage: not a cluster's member's, a replica's, a
	 * restore's, whose encryption follows their source */
	AWS_SAYS("rds.cfn_instance_key_needs_encryption", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("kms_key_id"), UNSET("db_cluster_identifier"),
		      UNSET("source_db_instance_identifier"), UNSET("db_snapshot_identifier"),
		      UNSET("db_cluster_snapshot_identifier"),
		      UNSET("source_db_instance_automated_backups_arn"), UNSET("source_dbi_resource_id"),
		      UNSET("source_db_cluster_identifier")),
		 THEN(SET("storage_encrypted"), IS("storage_encrypted", "true")),
		 "If you specify the ``KmsKeyId`` property, then you must enable encryption.",
		 CFN_RDS "DBInstance StorageEncrypted"),
	AWS_SAYS("rds.cfn_custom_needs_instance_profile", "awscc.rds.db_instance", AWS_CALL_CREATE,
		 WHEN(IS("engine", RDS_CUSTOM_ORACLE, RDS_CUSTOM_SQLSERVER)),
		 THEN(SET("custom_iam_instance_profile")),
		 "This setting is required for RDS Custom.",
		 CFN_RDS "DBInstance CustomIAMInstanceProfile"),
	AWS_SAYS("rds.cfn_limitless_deletes_backups", "awscc.rds.db_cluster", AWS_CALL_ANY,
		 WHEN(IS("cluster_scalability_type", "limitless")),
		 THEN(IS_NOT("delete_automated_backups", "false")),
		 "If you set this property to limitless, you cannot set DeleteAutomatedBackups to "
		 "false.", CFN_RDS "DBCluster ClusterScalabilityType"),
	AWS_SAYS("rds.cfn_subnet_group_not_default", "awscc.rds.db_subnet_group", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES("db_subnet_group_name", "^[Dd][Ee][Ff][Aa][Uu][Ll][Tt]$")),
		 "Must not be default.", CFN_RDS "DBSubnetGroup DBSubnetGroupName"),
	AWS_SAYS("rds.cfn_subnet_group_name_chars", "awscc.rds.db_subnet_group", AWS_CALL_ANY,
		 ALWAYS, THEN(MATCHES("db_subnet_group_name", "^[A-Za-z0-9._ -]{1,255}$")),
		 "Must contain no more than 255 letters, numbers, periods, underscores, spaces, or "
		 "hyphens.", CFN_RDS "DBSubnetGroup DBSubnetGroupName"),
	AWS_SAYS("rds.cfn_option_group_name_chars", "awscc.rds.option_group", AWS_CALL_ANY,
		 ALWAYS, THEN(MATCHES("option_group_name", "^[A-Za-z0-9-]{1,255}$")),
		 "Must be 1 to 255 letters, numbers, or hyphens", CFN_RDS "OptionGroup OptionGroupName"),
	AWS_SAYS("rds.cfn_option_group_name_letter_first", "awscc.rds.option_group", AWS_CALL_ANY,
		 ALWAYS, THEN(MATCHES("option_group_name", "^[A-Za-z]")),
		 "First character must be a letter", CFN_RDS "OptionGroup OptionGroupName"),
	AWS_SAYS("rds.cfn_option_group_name_hyphens", "awscc.rds.option_group", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES("option_group_name", "(-$|--)")),
		 "Can't end with a hyphen or contain two consecutive hyphens",
		 CFN_RDS "OptionGroup OptionGroupName"),
	AWS_SAYS("rds.cfn_parameter_group_name_up_to_255", "awscc.rds.db_parameter_group",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("db_parameter_group_name", 1, 255)),
		 "Must be 1 to 255 letters, numbers, or hyphens.",
		 CFN_RDS "DBParameterGroup DBParameterGroupName"),
	AWS_SAYS("rds.cfn_source_ids_need_type", "awscc.rds.event_subscription", AWS_CALL_ANY,
		 WHEN(SET("source_ids")), THEN(SET("source_type")),
		 "If SourceIds are supplied, SourceType must also be provided.",
		 CFN_RDS "EventSubscription SourceIds"),
	AWS_SAYS("rds.cfn_context_needs_key", "awscc.rds.integration", AWS_CALL_ANY,
		 WHEN(SET("additional_encryption_context")), THEN(SET("kms_key_id")),
		 "You can only include this parameter if you specify the KMSKeyId parameter.",
		 CFN_RDS "Integration AdditionalEncryptionContext"),
	AWS_SAYS("rds.cfn_latest_image_or_image_id", "awscc.rds.custom_db_engine_version",
		 AWS_CALL_ANY, WHEN(IS("use_aws_provided_latest_image", "true")),
		 THEN(UNSET("image_id")),
		 "If you specify UseAwsProvidedLatestImage, you can't also specify ImageId.",
		 CFN_RDS "CustomDBEngineVersion UseAwsProvidedLatestImage"),
	/* the engine: the schema's oneOf of SourceDBClusterIdentifier and
	 * Engine holds it */
	AWS_SAYS("rds.cfn_global_from_source_cluster", "awscc.rds.global_cluster", AWS_CALL_ANY,
		 WHEN(SET("source_db_cluster_identifier")),
		 THEN(UNSET("engine_version"), IS_NOT("storage_encrypted", "true")),
		 "If you specify the SourceDBClusterIdentifier property, don't specify this "
		 "property.", CFN_RDS "GlobalCluster EngineVersion, StorageEncrypted"),
	/* Provisioned IOPS storage: its least rate, and the least storage that
	 * takes a rate (SQL Server's io1 and io2 start at 20 GiB: its engines
	 * are left out). */
	AWS_SAYS("rds.cfn_provisioned_iops_at_least_1000", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("storage_type", "io1", "io2")), THEN(ABOVE("iops", 999)),
		 "The value must be equal to or greater than 1000.", CFN_RDS "DBInstance Iops"),
	AWS_SAYS("rds.cfn_iops_storage_at_least_100", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(SET("iops"), MATCHES("engine", RDS_HALF_IOPS_ENGINES)),
		 THEN(IN("allocated_storage", 100, 65536)),
		 "If any value is set in the Iops parameter, AllocatedStorage must be at least 100 "
		 "GiB, which corresponds to the minimum Iops value of 1,000.",
		 CFN_RDS "DBInstance AllocatedStorage"),
	/* A read replica of the stack's instance: its source keeps automated
	 * backups (CreateDBInstanceReadReplica refuses a source whose
	 * retention is 0); crossing the reference, so judged across the stack. */
	AWS_SAYS("rds.cfn_replica_source_keeps_backups", "awscc.rds.db_instance", AWS_CALL_CREATE,
		 ALWAYS, THEN(ABOVE("source_db_instance_identifier->backup_retention_period", 0)),
		 "Can't be set to 0 if the DB instance is a source to read replicas",
		 CFN_RDS "DBInstance BackupRetentionPeriod"),
	/* The cluster a db.serverless instance joins, when the stack makes it:
	 * its scaling is written (a cluster outside the stack is its state). */
	AWS_SAYS("rds.cfn_serverless_instance_cluster_scaling", "awscc.rds.db_instance",
		 AWS_CALL_CREATE, WHEN(IS("db_instance_class", "db.serverless")),
		 THEN(SET("db_cluster_identifier->serverless_v2_scaling_configuration")),
		 "If you have an Aurora cluster, you must set this attribute before you add a DB "
		 "instance that uses the db.serverless DB instance class.",
		 CFN_RDS "DBCluster ServerlessV2ScalingConfiguration"),
	/* An instance's zone and key are its region's (a cross-Region
	 * replica's key is of the replica's Region, the provider's). */
	AWS_SAYS("rds.cfn_zone_in_region", "awscc.rds.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("availability_zone")),
		 "The specified Availability Zone must be in the same AWS-Region as the current "
		 "endpoint.", CFN_RDS "DBInstance AvailabilityZone"),
	/* A cluster named by its identifier is the region's; by its ARN, the
	 * ARN's region. */
	AWS_SAYS("rds.cfn_cluster_replica_in_region", "awscc.rds.db_instance", AWS_CALL_ANY,
		 ALWAYS, THEN(IN_REGION("source_db_cluster_identifier")),
		 "Cross-Region replication isn't supported.",
		 CFN_RDS "DBInstance SourceDBClusterIdentifier"),
	AWS_SAYS("rds.cfn_kms_key_in_region", "awscc.rds.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("kms_key_id")),
		 "KMS encryption keys are specific to the region that they're created in, and you "
		 "can't use encryption keys from one region in another region.",
		 CFN_RDS "DBInstance KmsKeyId"),
	/* The instance's current version is the object's (its state, read back):
	 * a version whose leading number differs is a major version on every
	 * engine (5.7 to 8.0, 15 to 16, 19 to 21; 5.6 to 5.7, also major, is not
	 * seen: a weaker row, never a stronger one). */
	AWS_SAYS("rds.cfn_major_upgrade_allowed", "awscc.rds.db_instance", AWS_CALL_UPDATE,
		 WHEN(CHANGED_PART("engine_version", "^[0-9]+")),
		 THEN(SET("allow_major_version_upgrade"), IS("allow_major_version_upgrade", "true")),
		 "Constraints: Major version upgrades must be allowed when specifying a value for the "
		 "EngineVersion parameter that is a different major version than the DB instance's "
		 "current version.", CFN_RDS "DBInstance AllowMajorVersionUpgrade"),
	/* DB security groups (EC2-Classic's) to VPC ones: the instance must be
	 * made again. */
	AWS_SAYS("rds.cfn_db_security_groups_stay", "awscc.rds.db_instance", AWS_CALL_UPDATE,
		 WHEN(WAS(SET("db_security_groups"))), THEN(UNSET("vpc_security_groups")),
		 "If you're already using the DBSecurityGroups property, you can't use these other "
		 "properties by updating your DB instance to use a VPC security group.",
		 CFN_RDS "DBInstance DBSecurityGroups"),
	/* Storage by its type, the bounds that hold of every engine that takes
	 * the type (SQL Server's are narrower: its engines' own sentences). */
	AWS_SAYS("rds.cfn_magnetic_storage_5_to_3072", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("storage_type", "standard")), THEN(IN("allocated_storage", 5, 3072)),
		 "+ Magnetic storage (standard): Must be an integer from 5 to 3072.",
		 CFN_RDS "DBInstance AllocatedStorage"),
	AWS_SAYS("rds.cfn_gp2_storage_20_to_65536", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("storage_type", "gp2"), MATCHES("engine", RDS_HALF_IOPS_ENGINES)),
		 THEN(IN("allocated_storage", 20, 65536)),
		 "+ General Purpose (SSD) storage (gp2): Must be an integer from 20 to 65536.",
		 CFN_RDS "DBInstance AllocatedStorage"),
	/* The registry's sentence says 20 to 64000 (rds cfn c0ba6bc6), the
	 * CreateDBInstance reference 20 to 65536 for the same engines: the row
	 * holds the least both say and the greater of the two greatest. */
	AWS_SAYS("rds.cfn_gp3_storage_20_to_65536", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(IS("storage_type", "gp3"), MATCHES("engine", RDS_HALF_IOPS_ENGINES)),
		 THEN(IN("allocated_storage", 20, 65536)),
		 "General Purpose (SSD) storage (gp3): Must be an integer from 20 to 65536.",
		 "rds CreateDBInstance AllocatedStorage"),
	/* 0, 1 or 2 standby shard groups (the registry's list after it). */
	AWS_SAYS("rds.cfn_shard_compute_redundancy", "awscc.rds.db_shard_group", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("compute_redundancy", "0", "1", "2")),
		 "Valid values are the following:", CFN_RDS "DBShardGroup ComputeRedundancy"),
	ACROSS_ROW("awscc.rds.event_subscription", check_rds_event_sources,
		   "CloudFormation registry: AWS::RDS::EventSubscription SourceIds"),
	ACROSS_ROW("awscc.rds.db_instance", check_rds_cluster_members,
		   "CloudFormation registry: AWS::RDS::DBInstance DBSubnetGroupName, "
		   "VPCSecurityGroups"),
	ACROSS_ROW("aws.*", check_rds_parameter_families,
		   "CloudFormation registry: AWS::RDS::DBParameterGroup Family, "
		   "DBClusterParameterGroup Family"),
	/* RDS Custom for Oracle's CreateDBInstance sentences from the awscc
	 * instance too (after its own rows), its engine in any case (RDS takes
	 * "Custom-Oracle-EE"). */
	AWS_SAYS("rds.cfn_custom_oracle_backups", "awscc.rds.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("engine", RDS_CUSTOM_ORACLE_ENGINES)),
		 THEN(IN("backup_retention_period", 1, 35)),
		 "Can't be set to 0 for an RDS Custom for Oracle DB instance.",
		 "rds CreateDBInstance BackupRetentionPeriod"),
	AWS_SAYS("rds.cfn_custom_oracle_engine_version", "awscc.rds.db_instance", AWS_CALL_CREATE,
		 WHEN(MATCHES("engine", RDS_CUSTOM_ORACLE_ENGINES)), THEN(SET("engine_version")),
		 "This setting is required for RDS Custom for Oracle.",
		 "rds CreateDBInstance EngineVersion"),
	{ NULL },
};
