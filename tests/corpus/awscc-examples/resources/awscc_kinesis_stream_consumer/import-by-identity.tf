import {
  to = awscc_kinesis_stream_consumer.example
  identity = {
    consumer_arn = "consumer_arn"
  }
}
