"""RDS ModifyDBInstance DBPortNumber: the instance's new port.

From the RDS API reference (ModifyDBInstance): DBPortNumber is "the port
number on which the database accepts connections"; the change takes place
immediately (the instance reboots) and the new port shows in the instance's
Endpoint.Port and DbInstancePort. moto 5.2.1 stores the parameter under an
unused name and keeps answering the old port; this applies it.
"""
from moto.rds.models import DBInstance

_update = DBInstance.update


def update(self, *args, **kwargs):
    port = kwargs.get("db_port_number")
    _update(self, *args, **kwargs)
    if port is not None:
        self.port = int(port)


DBInstance.update = update
