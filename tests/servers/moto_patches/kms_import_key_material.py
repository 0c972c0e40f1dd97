"""KMS keys of imported key material: GetParametersForImport,
ImportKeyMaterial and DeleteImportedKeyMaterial.

From the KMS API reference and developer guide ("Importing key material"):
CreateKey with Origin EXTERNAL makes a key with no key material, KeyState
PendingImport and Enabled false. GetParametersForImport(KeyId,
WrappingAlgorithm, WrappingKeySpec) answers a wrapping public key (DER
SubjectPublicKeyInfo) and an import token, valid 24 hours
(ParametersValidTo), for a key whose Origin is EXTERNAL
(UnsupportedOperationException otherwise). ImportKeyMaterial(KeyId,
ImportToken, EncryptedKeyMaterial, ExpirationModel, ValidTo) takes the
material encrypted with that public key: a token of another key or of an
earlier request is InvalidImportTokenException, material the private key
cannot decrypt InvalidCiphertextException, ExpirationModel
KEY_MATERIAL_EXPIRES without ValidTo (or the other model with it)
ValidationException; the key is then Enabled, and DescribeKey answers its
ExpirationModel (and ValidTo). DeleteImportedKeyMaterial puts it back in
PendingImport; material other than what the key held before is
IncorrectKeyMaterialException. moto 5.2.1 made an EXTERNAL key Enabled with key material of
its own and answered HTTP 500 to the three, which hashicorp/aws's
aws_kms_external_key retried until stopped (terraform-aws-kms `complete`;
tests/twins, issue 86).

Wrapping algorithms taken: RSAES_OAEP_SHA_256, RSAES_OAEP_SHA_1 and
RSAES_PKCS1_V1_5 with RSA_2048, RSA_3072 or RSA_4096 wrapping keys (the
RSA_AES_KEY_WRAP_* and SM2PKE ones are not modelled: ValidationException
saying so).
"""
import base64
import datetime
import json
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from moto.core.exceptions import JsonRESTError
from moto.core.utils import unix_time
from moto.kms.exceptions import InvalidCiphertextException, ValidationException
from moto.kms.models import Key, KmsBackend
from moto.kms.responses import KmsResponse

WRAPPING_BITS = {"RSA_2048": 2048, "RSA_3072": 3072, "RSA_4096": 4096}
PADDINGS = {
    "RSAES_OAEP_SHA_256": lambda: padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(),
                                               label=None),
    "RSAES_OAEP_SHA_1": lambda: padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(),
                                             label=None),
    "RSAES_PKCS1_V1_5": padding.PKCS1v15,
}


class _Error(JsonRESTError):
    def __init__(self, code, message):
        super().__init__(code, message)


_create_key = KmsBackend.create_key


def create_key(self, policy, key_usage, key_spec, description, tags, multi_region=False, origin="AWS_KMS"):
    key = _create_key(self, policy, key_usage, key_spec, description, tags, multi_region, origin)
    if origin == "EXTERNAL":
        key.key_state, key.enabled = "PendingImport", False
    return key


KmsBackend.create_key = create_key

_to_dict = Key.to_dict


def to_dict(self):
    out = _to_dict(self)
    meta = out["KeyMetadata"]
    if self.origin == "EXTERNAL" and getattr(self, "expiration_model", None):
        meta["ExpirationModel"] = self.expiration_model
        if self.valid_to is not None:
            meta["ValidTo"] = self.valid_to
    return out


Key.to_dict = to_dict


def _external_key(response):
    key_id = response._get_param("KeyId")
    response._validate_key_id(key_id)
    key = response.kms_backend.describe_key(response.kms_backend.get_key_id(key_id))
    if key.origin != "EXTERNAL":
        raise _Error("UnsupportedOperationException",
                     f"{key.arn} origin is {key.origin} which is not valid for this operation.")
    return key


def get_parameters_for_import(self):
    key = _external_key(self)
    algorithm = self._get_param("WrappingAlgorithm")
    spec = self._get_param("WrappingKeySpec")
    if algorithm not in PADDINGS or spec not in WRAPPING_BITS:
        raise ValidationException(f"WrappingAlgorithm {algorithm} with WrappingKeySpec {spec} "
                                  "is not modelled by the test server")
    private = rsa.generate_private_key(public_exponent=65537, key_size=WRAPPING_BITS[spec])
    token = os.urandom(64)
    key.import_parameters = {"token": token, "private": private, "algorithm": algorithm}
    public = private.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    valid_to = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=24)
    return json.dumps({"KeyId": key.arn, "ImportToken": base64.b64encode(token).decode(),
                       "PublicKey": base64.b64encode(public).decode(),
                       "ParametersValidTo": unix_time(valid_to.replace(tzinfo=None))})


def import_key_material(self):
    key = _external_key(self)
    params = getattr(key, "import_parameters", None)
    token = base64.b64decode(self._get_param("ImportToken") or "")
    if not params or token != params["token"]:
        raise _Error("InvalidImportTokenException",
                     "The import token is not valid for this key or has been used before.")
    model = self._get_param("ExpirationModel") or "KEY_MATERIAL_EXPIRES"
    valid_to = self._get_param("ValidTo")
    if model == "KEY_MATERIAL_EXPIRES" and valid_to is None:
        raise ValidationException("A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES")
    if model == "KEY_MATERIAL_DOES_NOT_EXPIRE" and valid_to is not None:
        raise ValidationException("A validTo date must not be set if the ExpirationModel is "
                                  "KEY_MATERIAL_DOES_NOT_EXPIRE")
    try:
        material = params["private"].decrypt(base64.b64decode(self._get_param("EncryptedKeyMaterial") or ""),
                                             PADDINGS[params["algorithm"]]())
    except ValueError:
        raise InvalidCiphertextException()
    if getattr(key, "expiration_model", None) and material != key.key_material:
        raise _Error("IncorrectKeyMaterialException",
                     "The key material does not match the key material previously imported into this key.")
    key.import_parameters = None  # a token is used once
    key.key_material = material
    key.expiration_model, key.valid_to = model, valid_to
    key.key_state, key.enabled = "Enabled", True
    return "{}"


def delete_imported_key_material(self):
    key = _external_key(self)
    key.key_state, key.enabled = "PendingImport", False
    key.expiration_model, key.valid_to = None, None
    return "{}"


KmsResponse.get_parameters_for_import = get_parameters_for_import
KmsResponse.import_key_material = import_key_material
KmsResponse.delete_imported_key_material = delete_imported_key_material
