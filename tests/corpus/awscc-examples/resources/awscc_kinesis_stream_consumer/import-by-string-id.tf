import {
  to = awscc_kinesis_stream_consumer.example
  id = "consumer_arn"
}