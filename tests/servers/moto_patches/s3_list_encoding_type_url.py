"""S3 ListObjectVersions and ListMultipartUploads: honour encoding-type=url.

The API reference (ListObjectVersions, ListMultipartUploads) says that with
encoding-type=url S3 URL-encodes the object keys in the answer (Key, Prefix,
Delimiter, KeyMarker, NextKeyMarker), so that keys with characters XML 1.0
cannot carry (control characters, legal in S3 keys) come back in valid XML,
and answers EncodingType=url. moto 5.2.1 does so for ListObjectsV2 only and
ignores the parameter in these two, writing such a key raw into the XML. This
encodes them as S3 does (urllib.parse.quote, '/' kept) when asked.
"""
import urllib.parse

from moto.s3.responses import S3Response

_VERSION_FIELDS = ("Prefix", "Delimiter", "KeyMarker", "NextKeyMarker")
_UPLOAD_FIELDS = ("Prefix", "Delimiter", "KeyMarker", "NextKeyMarker")


def _quote(value):
    return urllib.parse.quote(value) if isinstance(value, str) and value else value


def _encoding_wrapper(original, fields, lists):
    def handler(self):
        if self.querystring.get("encoding-type", [None])[0] != "url":
            return original(self)
        serialized = self.serialized

        def encode(action_result):
            result = action_result.result
            if isinstance(result, dict):
                for field in fields:
                    if field in result:
                        result[field] = _quote(result[field])
                for name in lists:
                    for item in result.get(name) or []:
                        item["Key"] = _quote(item.get("Key"))
                for item in result.get("CommonPrefixes") or []:
                    item["Prefix"] = _quote(item.get("Prefix"))
                result["EncodingType"] = "url"
            return serialized(action_result)

        self.serialized = encode  # this request's response object only
        return original(self)
    return handler


S3Response.list_object_versions = _encoding_wrapper(
    S3Response.list_object_versions, _VERSION_FIELDS, ("Versions", "DeleteMarkers"))
S3Response.list_multipart_uploads = _encoding_wrapper(
    S3Response.list_multipart_uploads, _UPLOAD_FIELDS, ("Uploads",))
