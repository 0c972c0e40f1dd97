import {
  to = awscc_kinesis_stream.example
  identity = {
    name = "name"
  }
}
