/*
 * refactorspaces/rules.c: AWS Migration Hub Refactor Spaces' (applications,
 * services, routes) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * migration-hub-refactor-spaces), a service's health URL against its URL,
 * and the check across the stack of an application's default route. Its
 * ledger: checks/words/migration-hub-refactor-spaces.words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"

#define RS "migration-hub-refactor-spaces "
#define PUBLIC_WORDS "If the URL is a public endpoint, the HealthUrl must also be a public " \
	"endpoint."
#define PRIVATE_WORDS "If the URL is a private endpoint inside a virtual private cloud (VPC), " \
	"the health URL must also be a private endpoint, and the host must be the same as the URL."
#define DEFAULT_ROUTE_WORDS "Applications must have a default route before any other routes " \
	"can be created."
/* Top-level domains the root zone never delegates: RFC 6761's and 6762's
 * special-use names, ICANN's .internal (2024) and the names its board
 * keeps out of the root (.home, .corp: 2018). */
#define UNDELEGATED_TLD "^https://([^/?#@]*@)?[^/?#:@]*\\.(local|localhost|test|example|" \
	"invalid|internal|home|corp)\\.?(:[0-9]*)?([/?#]|$)"

/* The host of URL u (after its scheme and user, before its port or path),
 * in out (room for size); false when u has none. */
static bool url_host(const char *u, char *out, size_t size)
{
	const char *h = u ? strstr(u, "://") : NULL;
	size_t n;

	if (!h)
		return false;
	h += 3;
	n = strcspn(h, "/?#");
	for (size_t i = n; i > 0; i--)
		if (h[i - 1] == '@') { /* the user's part ends at its last '@' */
			h += i;
			n -= i;
			break;
		}
	if (strcspn(h, ":") < n)
		n = strcspn(h, ":");
	if (!n || n >= size)
		return false;
	memcpy(out, h, n);
	out[n] = '\0';
	return true;
}

/* Whether host is an IPv4 address (its four parts in a), and whether it is
 * one of RFC 1918's private networks (*private), or an address the public
 * internet routes (*public: not private, loopback, link-local, shared or
 * multicast). */
static bool ipv4_of(const char *host, bool *private, bool *public)
{
	unsigned a[4];
	char end;

	if (sscanf(host, "%3u.%3u.%3u.%3u%c", &a[0], &a[1], &a[2], &a[3], &end) != 4 ||
	    a[0] > 255 || a[1] > 255 || a[2] > 255 || a[3] > 255 ||
	    strspn(host, "0123456789.") != strlen(host))
		return false;
	*private = a[0] == 10 || (a[0] == 172 && a[1] >= 16 && a[1] <= 31) ||
		   (a[0] == 192 && a[1] == 168);
	*public = !*private && a[0] != 0 && a[0] != 127 && a[0] < 224 &&
		  !(a[0] == 169 && a[1] == 254) && !(a[0] == 100 && a[1] >= 64 && a[1] <= 127);
	return true;
}

/* A URL service's health URL against its URL, where the URL's host is an
 * IPv4 address (a name's address is the DNS's at the call): a private
 * URL's health URL of the same host, a public URL's none of a private
 * network. */
static int rule_refactorspaces_health_url(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *ep = json_object_get(v, "url_endpoint");
	const char *url = value_known_string(json_object_get(ep, "url"));
	const char *health = value_known_string(json_object_get(ep, "health_url"));
	char host[256], health_host[256];
	bool private, public, health_private, health_public;

	(void)r;
	if (!url_host(url, host, sizeof(host)) || !url_host(health, health_host, sizeof(health_host)) ||
	    !ipv4_of(host, &private, &public))
		return 0;
	if (private && strcmp(host, health_host)) {
		strbuf_addstr(err, "url_endpoint.health_url: ");
		aws_constraint_quote(err, health);
		strbuf_addf(err, " is not of the URL's host %s, a private network's address: AWS says \""
			    PRIVATE_WORDS "\" (" RS "CreateService UrlEndpoint.HealthUrl) (e.g. "
			    "http://%s/health)", host, host);
		return -1;
	}
	if (public && ipv4_of(health_host, &health_private, &health_public) && health_private) {
		strbuf_addstr(err, "url_endpoint.health_url: ");
		aws_constraint_quote(err, health);
		strbuf_addf(err, " is a private network's address, where the URL's host %s is public: "
			    "AWS says \"" PUBLIC_WORDS "\" (" RS "CreateService UrlEndpoint.HealthUrl) "
			    "(e.g. http://%s/health)", host, host);
		return -1;
	}
	return 0;
}

/* The application of the stack a route names by reference
 * ("${app.application_identifier}"); WRITTEN_NONE: none of the stack's. */
static size_t route_application(const struct written_resource *rs, size_t n, size_t route)
{
	const char *id = json_string_value(json_object_get(rs[route].config,
							    "application_identifier"));
	char attr[64];
	size_t app;

	if (!id || (app = aws_kind_reference(rs, n, id, attr, sizeof(attr))) == WRITTEN_NONE ||
	    !aws_awscc_type_is(rs[app].type, "AWS::RefactorSpaces::Application"))
		return WRITTEN_NONE;
	return app;
}

/* Whether route k of rs is of type `type` (known). */
static bool route_is(const struct written_resource *rs, size_t k, const char *type)
{
	const char *t = value_known_string(json_object_get(rs[k].config, "route_type"));

	return aws_awscc_type_is(rs[k].type, "AWS::RefactorSpaces::Route") && t && !strcmp(t, type);
}

/* A URI_PATH route of an application the stack makes (a new application
 * has no route but those the stack gives it) needs a DEFAULT route of that
 * application in the stack. */
static void check_refactorspaces_default_route(const struct written_resource *rs, size_t n,
					       check_report_fn report, void *ctx)
{
	for (size_t at = 0; at < n; at++) {
		size_t app, k;
		char msg[512];

		if (!route_is(rs, at, "URI_PATH") ||
		    (app = route_application(rs, n, at)) == WRITTEN_NONE || !rs[app].creating)
			continue;
		for (k = 0; k < n; k++)
			if (aws_awscc_type_is(rs[k].type, "AWS::RefactorSpaces::Route") &&
			    route_application(rs, n, k) == app &&
			    !route_is(rs, k, "URI_PATH"))
				break; /* DEFAULT, or a type not known yet */
		if (k < n)
			continue;
		snprintf(msg, sizeof(msg), "a URI_PATH route of application %s, which the stack makes "
			 "with no DEFAULT route: AWS says \"" DEFAULT_ROUTE_WORDS "\" (" RS
			 "CreateRoute RouteType) (add a route of route_type DEFAULT of the "
			 "application, and depends_on it here)", rs[app].name);
		report(ctx, &(struct check_finding){ .warning = false, .which = at,
						     .attr = "route_type", .other = WRITTEN_NONE,
						     .message = msg });
	}
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_refactorspaces[] = {
	AWS_SAYS("refactorspaces.https_host_tld_delegated",
		 "awscc.refactorspaces.service", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("url_endpoint.url", UNDELEGATED_TLD)),
		 "If the scheme is https, the top level domain of the host must be listed in the "
		 "IANA root zone database.", RS "CreateService UrlEndpoint.Url"),
	RULE("awscc.refactorspaces.service", "", rule_refactorspaces_health_url,
	     RS "CreateService UrlEndpoint.HealthUrl"),
	ACROSS_ROW("awscc.refactorspaces.route", check_refactorspaces_default_route,
		   RS "CreateRoute RouteType"),
	{ NULL },
};
