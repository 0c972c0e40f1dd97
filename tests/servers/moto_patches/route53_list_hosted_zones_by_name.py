"""ListHostedZonesByName as AWS answers it: the zones from DNSName (and
HostedZoneId) on, in AWS's order, MaxItems of them a page.

From the Route 53 API reference (ListHostedZonesByName): the zones are
sorted "by their names with the labels reversed" (com.example.www.), in
ASCII order; "If you specify DNSName, ... the response includes a
HostedZones element that contains HostedZone elements that have a name
greater than or equal to DNSName" and, for zones of that one name, from
HostedZoneId on; MaxItems (at most 100) zones a page; while IsTruncated
is true, NextDNSName and NextHostedZoneId name the first zone of the next
page. moto 5.2.1 answers only the zones whose name is DNSName exactly, all
of them in one page, and no IsTruncated; this holds to what AWS does, so
that a lookup's paging and its end at the first zone of another name are
tested as AWS behaves (aws.route53.zone, route53/lookup_zone.c).
"""
from moto.core.responses import ActionResult
from moto.route53.responses import Route53


def _order(name):
    """A zone name in AWS's order: lower case, labels reversed, with its dot."""
    name = name.lower()
    if not name.endswith("."):
        name += "."
    return ".".join(reversed(name[:-1].split("."))) + "."


def list_hosted_zones_by_name(self):
    dnsname = self._get_param("DNSName")
    zone_id = self._get_param("HostedZoneId")
    max_items = min(self._get_int_param("MaxItems", 100), 100)
    zones = sorted(self.backend.zones.values(), key=lambda z: (_order(z.name), z.resource_id))
    if dnsname:
        start = (_order(dnsname), (zone_id or "").replace("/hostedzone/", ""))
        zones = [z for z in zones if (_order(z.name), z.resource_id) >= start]
    page, rest = zones[:max_items], zones[max_items:]
    result = {"HostedZones": page, "IsTruncated": bool(rest), "MaxItems": max_items}
    if dnsname:
        result["DNSName"] = dnsname
    if zone_id:
        result["HostedZoneId"] = zone_id
    if rest:
        result["NextDNSName"] = rest[0].name
        result["NextHostedZoneId"] = rest[0].resource_id
    return ActionResult(result)


Route53.list_hosted_zones_by_name = list_hosted_zones_by_name
