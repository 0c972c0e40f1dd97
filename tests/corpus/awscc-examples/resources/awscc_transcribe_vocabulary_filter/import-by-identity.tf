import {
  to = awscc_transcribe_vocabulary_filter.example
  identity = {
    arn = "arn"
  }
}
