"""KMS ListAliases gives each alias its CreationDate and LastUpdatedDate;
moto 5.2.1 leaves both out (a TODO in its list_aliases).

From the AWS KMS API reference (ListAliases, AliasListEntry): CreationDate,
"Date and time that the alias was most recently created in the account and
Region"; LastUpdatedDate, "Date and time that the alias was most recently
associated with a KMS key in the account and Region". terrace's create of an
alias whose answer was lost adopts the alias it finds only when it was
created since the create was sent.
"""
import json
import time

from moto.kms.models import Alias
from moto.kms.responses import KmsResponse

_original_init = Alias.__init__
_original_list_aliases = KmsResponse.list_aliases
_original_set_alias = KmsResponse._set_alias


def _init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    self.creation_date = self.last_updated_date = time.time()


def _set_alias(self, update=False):
    out = _original_set_alias(self, update)
    if update:
        for alias in self.kms_backend.list_aliases():
            if alias.alias_name == self._get_param("AliasName"):
                alias.last_updated_date = time.time()
    return out


def _list_aliases(self):
    body = json.loads(_original_list_aliases(self))
    dates = {a.alias_name: a for a in self.kms_backend.list_aliases()}
    for entry in body.get("Aliases", []):
        alias = dates.get(entry["AliasName"])
        if alias is not None and hasattr(alias, "creation_date"):
            entry["CreationDate"] = alias.creation_date
            entry["LastUpdatedDate"] = alias.last_updated_date
    return json.dumps(body)


Alias.__init__ = _init
KmsResponse._set_alias = _set_alias
KmsResponse.list_aliases = _list_aliases
