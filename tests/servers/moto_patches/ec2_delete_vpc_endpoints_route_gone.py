"""EC2 DeleteVpcEndpoints: a gateway endpoint whose route is already gone is
still deleted.

From the EC2 API reference (DeleteVpcEndpoints): deleting a gateway endpoint
"also deletes the endpoint routes in the route tables that were associated
with the endpoint"; nothing in it fails because such a route is no longer
there. moto 5.2.1 keeps one route per route table and prefix list, so when
two gateway endpoints of one service share a route table (as a create sent
twice makes in moto, which ignores ClientToken), deleting the first removes
the route and deleting the second fails with InvalidRoute.NotFound. This
skips a route that is already gone.
"""
from moto.ec2.exceptions import InvalidRouteError
from moto.ec2.models.vpcs import VPCBackend


def delete_vpc_endpoints(self, vpce_ids=None):
    for vpce_id in vpce_ids or []:
        vpc_endpoint = self.vpc_end_points.get(vpce_id, None)
        if not vpc_endpoint:
            continue
        if vpc_endpoint.vpc_endpoint_type.lower() == "interface":
            for eni_id in vpc_endpoint.network_interface_ids:
                self.enis.pop(eni_id, None)
        else:
            for route_table_id in vpc_endpoint.route_table_ids:
                try:
                    self.delete_route(route_table_id, vpc_endpoint.destination_prefix_list_id)
                except InvalidRouteError:
                    pass
        vpc_endpoint.state = "deleted"


VPCBackend.delete_vpc_endpoints = delete_vpc_endpoints
