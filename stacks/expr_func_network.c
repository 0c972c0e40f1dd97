/*
 * expr_func_network.c: the CIDR functions, as Terraform's, for IPv4 and
 * IPv6: cidrhost, cidrnetmask, cidrsubnet and cidrsubnets (whose packing
 * follows Terraform's: each prefix starts after the end of the one
 * before, aligned to its own size). Addresses are 128-bit numbers here;
 * an IPv4 address uses the low 32 bits.
 */
#include "stacks/expr_func_lib.h"
#include "provider/provider.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned __int128 addr_t;

struct prefix {
	addr_t ip;     /* the network's first address */
	unsigned len;  /* prefix length */
	unsigned bits; /* 32 or 128 */
};

static addr_t host_mask(const struct prefix *p, unsigned len)
{
	unsigned host = p->bits - len;
	return host >= 128 ? ~(addr_t)0 : (((addr_t)1 << host) - 1);
}

static addr_t all_ones(const struct prefix *p)
{
	return p->bits == 128 ? ~(addr_t)0 : (((addr_t)1 << 32) - 1);
}

static void addr_text(const struct prefix *p, addr_t ip, struct strbuf *out)
{
	char buf[INET6_ADDRSTRLEN];
	if (p->bits == 32) {
		uint32_t v = htonl((uint32_t)ip);
		inet_ntop(AF_INET, &v, buf, sizeof(buf));
	} else {
		unsigned char b[16];
		for (int i = 15; i >= 0; i--, ip >>= 8)
			b[i] = (unsigned char)(ip & 0xFF);
		inet_ntop(AF_INET6, b, buf, sizeof(buf));
	}
	strbuf_addstr(out, buf);
}

static json_t *cidr_json(const struct prefix *p, addr_t ip, unsigned len)
{
	struct strbuf sb = STRBUF_INIT;
	addr_text(p, ip, &sb);
	strbuf_addf(&sb, "/%u", len);
	json_t *out = json_stringn(sb.buf, sb.len);
	strbuf_release(&sb);
	return out;
}

/* Argument 0 as a prefix ("10.0.0.0/16", "fd00::/56"), host bits cleared;
 * -1 with err set. */
static int prefix_arg(const struct func_args *a, const char *name, struct prefix *p,
		      struct strbuf *err)
{
	char *text = fn_text(a, 0);
	char *slash = strchr(text, '/');
	unsigned char b[16];
	int rc = -1;
	memset(p, 0, sizeof(*p));
	if (slash) {
		*slash = '\0';
		char *end;
		unsigned long len = strtoul(slash + 1, &end, 10);
		bool v6 = strchr(text, ':') != NULL;
		p->bits = v6 ? 128 : 32;
		if (slash[1] >= '0' && slash[1] <= '9' && !*end && len <= p->bits &&
		    inet_pton(v6 ? AF_INET6 : AF_INET, text, b) == 1) {
			p->len = (unsigned)len;
			for (unsigned i = 0; i < p->bits / 8; i++)
				p->ip = p->ip << 8 | b[i];
			p->ip &= ~host_mask(p, p->len) & all_ones(p);
			rc = 0;
		}
		*slash = '/';
	}
	if (rc < 0)
		fn_bad_arg(err, name, 0, "a CIDR prefix like \"10.0.0.0/16\" or \"fd00::/56\"",
			   a->v[0], a->secret);
	free(text);
	return rc;
}

/* cidrhost(prefix, hostnum): the address numbered hostnum in prefix; a
 * negative hostnum counts from the end (-1 is the last). */
json_t *fn_cidrhost(const struct func_args *a, struct strbuf *err)
{
	struct prefix p;
	long long host;
	if (prefix_arg(a, "cidrhost", &p, err) < 0 || fn_whole(a, 1, "cidrhost", &host, err) < 0)
		return NULL;
	addr_t size_mask = host_mask(&p, p.len);
	unsigned host_bits = p.bits - p.len;
	bool fits = host >= 0 ? (host_bits >= 64 || (unsigned long long)host <= (unsigned long long)size_mask)
			      : (host_bits >= 64 || (unsigned long long)(-(host + 1)) <= (unsigned long long)size_mask);
	if (!fits) {
		strbuf_addf(err, "cidrhost: a /%u prefix has no host numbered %lld", p.len, host);
		return NULL;
	}
	addr_t offset = host >= 0 ? (addr_t)host : size_mask + 1 - (addr_t)(-(host + 1)) - 1;
	struct strbuf sb = STRBUF_INIT;
	addr_text(&p, (p.ip + offset) & all_ones(&p), &sb);
	json_t *out = json_stringn(sb.buf, sb.len);
	strbuf_release(&sb);
	return out;
}

/* cidrnetmask(prefix): the IPv4 prefix's netmask, "255.255.0.0". */
json_t *fn_cidrnetmask(const struct func_args *a, struct strbuf *err)
{
	struct prefix p;
	if (prefix_arg(a, "cidrnetmask", &p, err) < 0)
		return NULL;
	if (p.bits != 32) {
		strbuf_addstr(err, "cidrnetmask: an IPv6 prefix has no netmask");
		return NULL;
	}
	struct strbuf sb = STRBUF_INIT;
	addr_text(&p, ~host_mask(&p, p.len) & all_ones(&p), &sb);
	json_t *out = json_stringn(sb.buf, sb.len);
	strbuf_release(&sb);
	return out;
}

/* Argument i as a number of new bits that fits p; -1 with err set. */
static int newbits_arg(const struct func_args *a, size_t i, const char *name,
		       const struct prefix *p, unsigned *out, struct strbuf *err)
{
	long long n;
	if (fn_whole(a, i, name, &n, err) < 0)
		return -1;
	if (n < 0 || n > (long long)(p->bits - p->len)) {
		strbuf_addf(err, "%s: argument %zu (newbits): a /%u prefix cannot be extended by %lld "
			    "bits (an IPv%d address has %u)", name, i + 1, p->len, n,
			    p->bits == 32 ? 4 : 6, p->bits);
		return -1;
	}
	*out = (unsigned)n;
	return 0;
}

/* cidrsubnet(prefix, newbits, netnum): the prefix extended by newbits
 * bits, the subnet numbered netnum among them. */
json_t *fn_cidrsubnet(const struct func_args *a, struct strbuf *err)
{
	struct prefix p;
	unsigned newbits;
	long long netnum;
	if (prefix_arg(a, "cidrsubnet", &p, err) < 0 ||
	    newbits_arg(a, 1, "cidrsubnet", &p, &newbits, err) < 0 ||
	    fn_whole(a, 2, "cidrsubnet", &netnum, err) < 0)
		return NULL;
	if (netnum < 0 || (newbits < 63 && (unsigned long long)netnum >= (1ULL << newbits))) {
		strbuf_addf(err, "cidrsubnet: netnum %lld does not fit in %u bits (0 to %llu)", netnum,
			    newbits, newbits < 63 ? (1ULL << newbits) - 1 : ~0ULL);
		return NULL;
	}
	unsigned len = p.len + newbits;
	/* netnum is 0 when newbits is; a shift by all 128 bits is undefined. */
	addr_t ip = p.ip | (netnum ? (addr_t)netnum << (p.bits - len) : 0);
	return cidr_json(&p, ip & all_ones(&p), len);
}

/* cidrsubnets(prefix, newbits...): consecutive subnets of the given sizes,
 * each after the one before (Terraform's packing). */
json_t *fn_cidrsubnets(const struct func_args *a, struct strbuf *err)
{
	struct prefix p;
	if (prefix_arg(a, "cidrsubnets", &p, err) < 0)
		return NULL;
	json_t *out = json_array();
	if (a->n == 1)
		return out;
	unsigned first;
	if (newbits_arg(a, 1, "cidrsubnets", &p, &first, err) < 0)
		goto fail;
	unsigned cur_len = p.len + first;
	addr_t ones = all_ones(&p);
	addr_t cur = ((p.ip - 1) & ones) & ~host_mask(&p, cur_len);
	for (size_t i = 1; i < a->n; i++) {
		unsigned newbits, len;
		if (newbits_arg(a, i, "cidrsubnets", &p, &newbits, err) < 0)
			goto fail;
		len = p.len + newbits;
		addr_t last = cur | host_mask(&p, cur_len);
		addr_t sub_last = (last & ~host_mask(&p, len)) | host_mask(&p, len);
		addr_t next = (sub_last + 1) & ones;
		if (!next || (next & ~host_mask(&p, p.len) & ones) != p.ip) {
			strbuf_addf(err, "cidrsubnets: no room left in the prefix for a /%u (argument "
				    "%zu) after ", len, i + 1);
			addr_text(&p, cur, err);
			strbuf_addf(err, "/%u", cur_len);
			goto fail;
		}
		cur = next & ~host_mask(&p, len);
		cur_len = len;
		json_array_append_new(out, cidr_json(&p, cur, cur_len));
	}
	return out;
fail:
	json_decref(out);
	return NULL;
}
