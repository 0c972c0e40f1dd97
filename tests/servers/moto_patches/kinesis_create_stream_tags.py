"""Kinesis CreateStream takes the stream's tags; moto 5.2.1 drops its Tags
member (its create_stream reads StreamName, ShardCount and StreamModeDetails
only).

From the Kinesis API reference (CreateStream, Tags): "A set of up to 50 tags
to use as the stream's tags" (the model's TagMap takes up to 200 entries);
the stream carries them from its creation. terrace's create of a stream
whose answer was lost adopts the stream it finds only when it carries this
stack's tags, which CreateStream sets with the stream.
"""
from moto.kinesis.responses import KinesisResponse

_original_create_stream = KinesisResponse.create_stream


def _create_stream(self):
    out = _original_create_stream(self)
    tags = self._get_param("Tags")
    if tags:
        self.kinesis_backend.add_tags_to_stream(None, self._get_param("StreamName"), tags)
    return out


KinesisResponse.create_stream = _create_stream
