"""S3 ListMultipartUploads: each upload's Initiated is when it was begun.

The API reference (ListMultipartUploads, MultipartUpload) gives each upload's
Initiated: "Date and time at which the multipart upload was initiated".
moto 5.2.1 answers the same fixed date, 2010-11-10T20:48:33.000Z, for every
upload. This records the time CreateMultipartUpload began an upload and
answers it (ISO 8601 in UTC with milliseconds, as S3 writes it), so a client
that tells uploads apart by when they were begun can be tested.
"""
import datetime

from moto.s3.models import FakeMultipart
from moto.s3.responses import S3Response

_init = FakeMultipart.__init__


def _init_with_time(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.initiated = datetime.datetime.now(datetime.timezone.utc)


FakeMultipart.__init__ = _init_with_time

_list = S3Response.list_multipart_uploads


def _list_with_initiated(self):
    serialized = self.serialized

    def with_initiated(action_result):
        result = action_result.result
        if isinstance(result, dict):
            uploads = self.backend.get_bucket(self.bucket_name).multiparts
            for item in result.get("Uploads") or []:
                upload = uploads.get(item.get("UploadId"))
                when = getattr(upload, "initiated", None)
                if when is not None:
                    item["Initiated"] = when.strftime("%Y-%m-%dT%H:%M:%S.") + \
                        "%03dZ" % (when.microsecond // 1000)
        return serialized(action_result)

    self.serialized = with_initiated  # this request's response object only
    return _list(self)


S3Response.list_multipart_uploads = _list_with_initiated
