"""DynamoDB UpdateTable turns on a stream again after it was turned off;
moto 5.2.1 refuses it ("Cannot enable stream") once a table has ever had a
stream, as it keeps the old stream's label after the stream is turned off.

From the DynamoDB Developer Guide ("Change data capture for DynamoDB
Streams", enabling a stream): "If you disable a stream on a table, the data
in the stream continues to be readable for 24 hours. ... you can enable a
new stream on the table"; the new stream has a new label, so a new
LatestStreamArn. Only a table whose stream is on refuses another
(ResourceInUseException). terrace changes a stream's view type by turning
it off and on again.
"""
from moto.dynamodb.exceptions import StreamAlreadyEnabledException
from moto.dynamodb.models import DynamoDBBackend


def _update_table_streams(self, table, stream_specification):
    on = bool((table.stream_specification or {}).get("StreamEnabled"))
    if (stream_specification.get("StreamEnabled")
            or stream_specification.get("StreamViewType")) and on:
        raise StreamAlreadyEnabledException
    table.set_stream_specification(stream_specification)


DynamoDBBackend.update_table_streams = _update_table_streams
