/*
 * ecs/across.c: ECS's checks across the stack of what two awscc resources
 * would share that ECS lets one hold (ecs/rules.c's table runs them, one
 * STACK row): an Auto Scaling group capacity provider named by two
 * clusters (a cluster's capacity_providers or a cluster's capacity provider
 * associations), and one Service Connect discovery name twice in one
 * namespace. A value not known yet, or written through a variable, is left
 * alone; those made outside the stack are ECS's at the call.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/ecs/across.h"
#include "provider/aws/ecs/api.h"
#include "provider/provider.h"

/* Whether s is text the stack writes as it is (no ${...} in it). */
static bool literal(const char *s)
{
	return s && !strstr(s, "${");
}

/* What names capacity provider value v, for comparing: a literal name other
 * than Fargate's (FARGATE and FARGATE_SPOT serve every cluster), or a
 * reference to a capacity provider of the stack; NULL: neither. */
static const char *provider_named(const struct written_resource *rs, size_t n, const json_t *v)
{
	const char *s = json_string_value(v);
	char attr[64];
	size_t k;

	if (literal(s))
		return strcmp(s, "FARGATE") && strcmp(s, "FARGATE_SPOT") ? s : NULL;
	k = s ? aws_kind_reference(rs, n, s, attr, sizeof(attr)) : WRITTEN_NONE;
	return k != WRITTEN_NONE && aws_awscc_type_is(rs[k].type, "AWS::ECS::CapacityProvider")
		       ? s
		       : NULL;
}

/* The cluster resource i gives capacity providers to: its own literal
 * cluster_name, or an association's literal cluster, or the cluster
 * resource of the stack an association's reference names ("${c.arn}":
 * that one's name, else the resource itself, as "resource c"); NULL: not
 * known. */
static const char *cluster_of(const struct written_resource *rs, size_t n, size_t i, char *buf,
			      size_t size)
{
	const char *s;
	char attr[64];
	size_t k = i;

	if (aws_awscc_type_is(rs[i].type, "AWS::ECS::ClusterCapacityProviderAssociations")) {
		s = json_string_value(json_object_get(rs[i].config, "cluster"));
		if (literal(s))
			return s;
		k = s ? aws_kind_reference(rs, n, s, attr, sizeof(attr)) : WRITTEN_NONE;
		if (k == WRITTEN_NONE || !aws_awscc_type_is(rs[k].type, "AWS::ECS::Cluster"))
			return NULL;
	}
	s = json_string_value(json_object_get(rs[k].config, "cluster_name"));
	if (s)
		return literal(s) ? s : NULL;
	snprintf(buf, size, "resource %s", rs[k].name);
	return buf;
}

static bool holds_providers(const char *type)
{
	return aws_awscc_type_is(type, "AWS::ECS::Cluster") ||
	       aws_awscc_type_is(type, "AWS::ECS::ClusterCapacityProviderAssociations");
}

/* An Auto Scaling group capacity provider two clusters of the stack name. */
static void one_cluster_per_provider(const struct written_resource *rs, size_t n,
				     check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const json_t *mine = json_object_get(rs[i].config, "capacity_providers"), *v;
		char here[300];
		const char *cluster;
		size_t p;

		if (!holds_providers(rs[i].type) || rs[i].repeated ||
		    !(cluster = cluster_of(rs, n, i, here, sizeof(here))))
			continue;
		json_array_foreach(mine, p, v) {
			const char *name = provider_named(rs, n, v);
			size_t e;

			for (e = 0; name && e < i; e++) {
				const json_t *theirs = json_object_get(rs[e].config, "capacity_providers"), *w;
				char there[300], msg[900];
				const char *other;
				size_t q;
				bool shared = false;

				if (!holds_providers(rs[e].type) || rs[e].repeated ||
				    strcmp(rs[e].provider, rs[i].provider) ||
				    !(other = cluster_of(rs, n, e, there, sizeof(there))) ||
				    !strcmp(other, cluster))
					continue;
				json_array_foreach(theirs, q, w)
					shared |= json_is_string(w) && !strcmp(json_string_value(w), name);
				if (!shared)
					continue;
				snprintf(msg, sizeof(msg), "capacity_providers[%zu]: \"%s\" is also given "
					 "to another cluster by \"%s\": AWS says \"If specifying a "
					 "capacity provider that uses an Auto Scaling group, the capacity "
					 "provider must be created but not associated with another "
					 "cluster.\" (CloudFormation registry: AWS::ECS::Cluster "
					 "CapacityProviders)", p, name, rs[e].name);
				report(ctx, &(struct check_finding){
					.warning = false, .which = i, .attr = "capacity_providers",
					.other = e, .other_attr = "capacity_providers", .message = msg });
				break;
			}
		}
	}
}

/* The discovery name a Service Connect service element takes (its
 * discovery_name, else its port_name: ECS's default), when literal. */
static const char *discovery_of(const json_t *element)
{
	const char *s = json_string_value(json_object_get(element, "discovery_name"));

	if (!json_object_get(element, "discovery_name"))
		s = json_string_value(json_object_get(element, "port_name"));
	return literal(s) ? s : NULL;
}

/* The literal namespace of service i's enabled Service Connect (NULL: none,
 * or the cluster's default namespace, not written here). */
static const char *namespace_of(const struct written_resource *rs, size_t i)
{
	const json_t *sc = json_object_get(rs[i].config, "service_connect_configuration");
	const char *s = json_string_value(json_object_get(sc, "namespace"));

	if (!aws_awscc_type_is(rs[i].type, "AWS::ECS::Service") || rs[i].repeated ||
	    !json_is_true(json_object_get(sc, "enabled")))
		return NULL;
	return literal(s) ? s : NULL;
}

/* One discovery name twice in one namespace: in two services of the stack,
 * or twice in one. */
static void one_discovery_name(const struct written_resource *rs, size_t n,
			       check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const char *ns = namespace_of(rs, i);
		const json_t *mine = json_object_get(json_object_get(rs[i].config,
								     "service_connect_configuration"),
						     "services"), *v;
		size_t p;

		if (!ns)
			continue;
		json_array_foreach(mine, p, v) {
			const char *name = discovery_of(v);
			char attr[96], whose[300], msg[1000];
			size_t e, found = WRITTEN_NONE;

			for (e = 0; name && e <= i && found == WRITTEN_NONE; e++) {
				const json_t *theirs = json_object_get(json_object_get(
					rs[e].config, "service_connect_configuration"), "services");
				const char *other = namespace_of(rs, e);
				size_t q, last = e == i ? p : json_array_size(theirs);

				if (!other || strcmp(other, ns) || strcmp(rs[e].provider, rs[i].provider))
					continue;
				for (q = 0; q < last && found == WRITTEN_NONE; q++) {
					const char *d = discovery_of(json_array_get(theirs, q));
					if (d && !strcmp(d, name))
						found = e;
				}
			}
			if (found == WRITTEN_NONE)
				continue;
			snprintf(attr, sizeof(attr), "service_connect_configuration.services[%zu]", p);
			if (found == i)
				snprintf(whose, sizeof(whose), "another entry's of this service");
			else
				snprintf(whose, sizeof(whose), "service \"%s\"'s", rs[found].name);
			snprintf(msg, sizeof(msg), "%s: discovery name \"%s\" is also %s in namespace "
				 "\"%s\": AWS says \"This must be unique within the CMAP namespace.\" "
				 "(CloudFormation registry: AWS::ECS::Service "
				 "ServiceConnectService.DiscoveryName; without a discovery_name, the "
				 "port_name is the discovery name)", attr, name, whose, ns);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = attr,
				.other = found == i ? WRITTEN_NONE : found, .other_attr = NULL,
				.message = msg });
		}
	}
}

void ecs_check_shared_names(const struct written_resource *rs, size_t n, check_report_fn report,
			    void *ctx)
{
	one_cluster_per_provider(rs, n, report, ctx);
	one_discovery_name(rs, n, report, ctx);
}
