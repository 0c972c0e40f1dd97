"""RDS: each DB instance its own DbiResourceId.

moto 5.2.1 gives every DB instance the same DbiResourceId
("db-M5ENSHXFPU6XHZ4G4ZEI5QIO2U"). AWS's is "the AWS Region-unique, immutable
identifier for the DB instance" (the RDS API reference, DBInstance), of the
form db- and 26 upper-case letters and digits, as moto already makes a
cluster's DbClusterResourceId. hashicorp/aws 5 keeps an aws_db_instance by
its resource id and reads it back with DescribeDBInstances' dbi-resource-id
filter: with two instances in the account (terraform-aws-rds's examples make
two or three) every read matched both, and Terraform polled ("Still
creating...") until it gave up, "couldn't find resource" (tests/twins,
issue 86: the RDS examples timed out at 120 s).
"""
import string

from moto.moto_api._internal import mock_random as random
from moto.rds.models import DBInstance

_init = DBInstance.__init__


def _init_with_own_resource_id(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.dbi_resource_id = "db-" + "".join(
        random.choice(string.ascii_uppercase + string.digits) for _ in range(26))


DBInstance.__init__ = _init_with_own_resource_id
