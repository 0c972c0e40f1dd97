import {
  to = awscc_kinesis_stream.example
  id = "name"
}