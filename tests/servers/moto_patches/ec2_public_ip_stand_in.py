"""A test's stand-in address for the hosts it makes (not an AWS behaviour).

moto gives an instance a random public address (random_public_ip) that
nothing answers at. A test that has the ssh provider reach a host made in
the same stack (`host: ${bastion.public_ip}`) needs that address to be the
OpenSSH server standing in for the instance. With MOTO_STAND_IN_PUBLIC_IP
set in moto's environment (start_moto MOTO_STAND_IN_PUBLIC_IP=ADDRESS),
every public address moto assigns to a network interface at launch is
ADDRESS: several instances then share it, as they share the one stand-in
server. Unset, moto assigns addresses as it always does.
"""
import os

from moto.ec2.models.elastic_network_interfaces import NetworkInterface

# Read when an address is given, not at import: moto_zygote.py's forks take
# the variable from the file that asked for them.
_original = NetworkInterface.check_auto_public_ip


def check_auto_public_ip(self):
    _original(self)
    stand_in = os.environ.get("MOTO_STAND_IN_PUBLIC_IP")
    if stand_in and self.public_ip is not None:
        self.public_ip = stand_in


NetworkInterface.check_auto_public_ip = check_auto_public_ip
