"""EC2 AssociateRouteTable: a subnet that already has a route table
association is refused with Resource.AlreadyAssociated.

A subnet is associated with one route table at a time (EC2 API reference,
AssociateRouteTable; moving it is ReplaceRouteTableAssociation). AWS
answers a second AssociateRouteTable for it, with the same table or
another, "Resource.AlreadyAssociated: the specified association for route
table rtb-... conflicts with an existing association" (the answer quoted in
hashicorp/terraform-provider-aws issue 38960). moto 5.2.1 answers the
existing association's id instead, even when it is with another table, so
a request resent after its answer was lost never fails there as it does on
AWS.
"""
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models.route_tables import RouteBackend

_associate = RouteBackend.associate_route_table


def associate_route_table(self, route_table_id, gateway_id=None, subnet_id=None):
    if subnet_id is not None:
        for table in self.route_tables.values():
            if subnet_id in table._associations.values():
                raise EC2ClientError(
                    "Resource.AlreadyAssociated",
                    f"the specified association for route table {route_table_id} "
                    "conflicts with an existing association")
    return _associate(self, route_table_id, gateway_id=gateway_id, subnet_id=subnet_id)


RouteBackend.associate_route_table = associate_route_table
