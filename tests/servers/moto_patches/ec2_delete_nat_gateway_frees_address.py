"""EC2 DeleteNatGateway: the gateway's Elastic IP and network interface are freed.

From the EC2 API reference (DeleteNatGateway): "Deleting a public NAT gateway
disassociates its Elastic IP address, but does not release the address from
your account. Deleting a NAT gateway does not delete any NAT gateway routes
in your route tables." Its network interface goes with it. moto 5.2.1 only
marks the gateway deleted: the address stays associated with the gateway's
interface, so a new NAT gateway given the same allocation id is refused
(Resource.AlreadyAssociated) and the interface stays in the subnet. This
disassociates the address and deletes the interface, as AWS does once the
gateway reaches the deleted state.
"""
from moto.ec2.models.nat_gateways import NatGatewayBackend

_delete = NatGatewayBackend.delete_nat_gateway


def delete_nat_gateway(self, nat_gateway_id):
    nat = _delete(self, nat_gateway_id)
    eni = getattr(nat, "_eni", None)
    if eni is not None:
        for eip in list(self.addresses):
            if eip.eni is not None and eip.eni.id == eni.id:
                self.disassociate_address(address=eip.public_ip)
        if eni.id in self.enis:
            self.delete_network_interface(eni.id)
    return nat


NatGatewayBackend.delete_nat_gateway = delete_nat_gateway
