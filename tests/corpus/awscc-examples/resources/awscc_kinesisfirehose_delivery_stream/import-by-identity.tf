import {
  to = awscc_kinesisfirehose_delivery_stream.example
  identity = {
    delivery_stream_name = "delivery_stream_name"
  }
}
