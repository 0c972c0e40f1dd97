import {
  to = awscc_kinesisfirehose_delivery_stream.example
  id = "delivery_stream_name"
}